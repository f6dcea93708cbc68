"""Matrix products of the statistical pipeline through numpy's BLAS on one thread, instead of thinc's blis.

thinc's ``NumpyOps`` multiplies with blis; on the 2-core AMD EPYC that runs
the benchmarks, blis reaches ~30 GFLOP/s on the tok2vec shapes (rows x 288 by
288 x 288, float32) and numpy's bundled OpenBLAS ~95 GFLOP/s on one thread.
``NumpyOps(use_blis=False)`` sends ``gemm`` to ``numpy.dot``; nothing else
changes. OpenBLAS would use every core for one product, which doubles the CPU
for 1.7x the wall time and fights ``--jobs`` workers for cores, so parsing
holds it to one thread (thread-local, restored after).

A row's product must not depend on the rows batched with it (a sentence is
parsed alike whichever sentences share its batch, so a document's claims do
not depend on its neighbours, nor on ``--jobs``). OpenBLAS computes products
of fewer than ~20 rows with other kernels whose sums round differently, so
smaller products are padded with zero rows to ``MIN_ROWS``.
"""

from __future__ import annotations

import ctypes
import glob
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any


#: products of fewer rows are padded to this many (measured: 1-18 rows take other kernels)
MIN_ROWS = 64


def use_numpy_gemm(nlp: Any) -> None:
    """Make every thinc layer of ``nlp``'s components multiply with ``numpy.dot``."""
    ops = _ops()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


@lru_cache(maxsize=1)
def _ops() -> Any:
    import numpy
    from thinc.api import NumpyOps

    class PaddedNumpyOps(NumpyOps):  # type: ignore[misc,valid-type]
        """``numpy.dot`` products, every one computed over at least ``MIN_ROWS`` rows."""

        def gemm(self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
            rows = x.shape[1] if trans1 else x.shape[0]
            if rows >= MIN_ROWS or trans1 or x.ndim != 2:
                return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
            padded = numpy.zeros((MIN_ROWS, x.shape[1]), dtype=x.dtype)
            padded[:rows] = x
            product = super().gemm(padded, y, trans2=trans2)[:rows]
            if out is None:
                return numpy.ascontiguousarray(product)
            out[...] = product
            return out

    return PaddedNumpyOps(use_blis=False)


@contextmanager
def one_thread() -> Iterator[None]:
    """Hold numpy's OpenBLAS to one thread in the calling thread (no-op where it cannot be found)."""
    setter = _thread_setter()
    if setter is None:
        yield
        return
    previous = setter(1)
    try:
        yield
    finally:
        setter(previous)


@lru_cache(maxsize=1)
def _thread_setter() -> Any:
    """OpenBLAS's ``openblas_set_num_threads_local`` from the library numpy ships with, or None."""
    import numpy

    for path in sorted(glob.glob(os.path.join(os.path.dirname(numpy.__file__) + ".libs", "*openblas*"))):
        try:
            return ctypes.CDLL(path).openblas_set_num_threads_local
        except (OSError, AttributeError):
            continue
    return None
