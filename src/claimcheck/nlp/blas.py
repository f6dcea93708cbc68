"""Matrix products of the statistical pipeline through numpy's BLAS on one thread, instead of thinc's blis.

thinc's ``NumpyOps`` multiplies with blis; on the 2-core AMD EPYC that runs
the benchmarks, blis reaches ~30 GFLOP/s on the tok2vec shapes (rows x 288 by
288 x 288, float32) and numpy's bundled OpenBLAS ~95 GFLOP/s on one thread.
``NumpyOps(use_blis=False)`` sends ``gemm`` to ``numpy.dot``; nothing else
changes. OpenBLAS would use every core for one product, which doubles the CPU
for 1.7x the wall time and fights ``--jobs`` workers for cores, so parsing
holds it to one thread (thread-local, restored after).
"""

from __future__ import annotations

import ctypes
import glob
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any


def use_numpy_gemm(nlp: Any) -> None:
    """Make every thinc layer of ``nlp``'s components multiply with ``numpy.dot``."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


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
