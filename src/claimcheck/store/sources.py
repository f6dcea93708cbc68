"""What identifies a source file in the archive (its key) and whether it changed (its content hash)."""

from __future__ import annotations

import hashlib
import os

from ..errors import InputError
from ..io import SIDE_SUFFIX


def source_key(path: str) -> str:
    """The archive key of a file: its path relative to the working directory when inside it, else absolute.

    ``./seeds/a.txt``, ``seeds//a.txt`` and ``$PWD/seeds/a.txt`` are one document;
    an archive built from a checkout's root works from any clone of it.
    """
    if path == "-":
        raise InputError("standard input cannot be archived: it has no path", path=path)
    full = os.path.abspath(path)
    rel = os.path.relpath(full)
    return (full if rel.startswith("..") else rel).replace(os.sep, "/")


def content_hash(path: str, published: str | None = None) -> str:
    """SHA-256 over everything a Document is read from: the file, its sidecar, and a ``--published`` override.

    Plain ``os`` calls, not pathlib: on a warm run this is most of the work.
    """
    digest = hashlib.sha256()
    folder, name = os.path.split(path)
    side = os.path.join(folder, os.path.splitext(name)[0] + SIDE_SUFFIX)
    try:
        with open(path, "rb") as fh:
            digest.update(fh.read())
        if os.path.isfile(side):
            with open(side, "rb") as fh:
                digest.update(b"\0sidecar\0" + fh.read())
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=str(exc.filename or path)) from exc
    if published:
        digest.update(b"\0published\0" + published.encode())
    return digest.hexdigest()
