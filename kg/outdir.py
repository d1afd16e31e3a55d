"""Atomic output sets: a build writes into a staging directory beside ``--out``, then swaps.

A build that is killed (``kill -9``, out of memory, power) leaves ``--out`` exactly as the
previous build left it; the next build removes the dead build's staging directory. On Linux
the swap is one ``renameat2(RENAME_EXCHANGE)``; elsewhere (or on a file system without it)
two renames, with the old set kept under a recoverable name in between.

Entries of ``--out`` that a build does not write (a FalkorDB or Oxigraph store, a user's own
files) are carried over into the new set.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import errno
import hashlib
import os
import shutil
from pathlib import Path

from kg.processes import pid_alive

STAGE_MARK = ".kg-new-"
OLD_MARK = ".kg-old-"
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def file_digest(path: Path) -> str:
    """SHA-256 of a file, read in blocks (graph.nt of a large build is gigabytes)."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def build_fingerprint(out: Path, names: tuple[str, ...]) -> dict[str, str]:
    """What a store loaded from the build in ``out`` was made of: the digest of each file it
    reads. ``kg serve`` (graph.nt) and ``kg load``/``kg query`` (nodes.jsonl, edges.jsonl)
    compare it with the one they recorded to tell that a rebuild made their store stale."""
    return {name: file_digest(Path(out) / name) for name in names}


def stage_dir(out: Path) -> Path:
    """The staging directory of this process for ``out`` (beside it: same file system)."""
    return out.parent / f".{out.name}{STAGE_MARK}{os.getpid()}"


def clean_stale(out: Path) -> list[Path]:
    """Remove staging directories of builds that died; restore a set left mid-swap."""
    removed = []
    parent = out.parent if out.parent != Path("") else Path(".")
    if not parent.is_dir():
        return removed
    for mark in (STAGE_MARK, OLD_MARK):
        prefix = f".{out.name}{mark}"
        for entry in parent.iterdir():
            if not entry.name.startswith(prefix):
                continue
            try:
                pid = int(entry.name[len(prefix):])
            except ValueError:
                continue
            if pid == os.getpid() or pid_alive(pid):
                continue
            if mark == OLD_MARK and not out.exists():
                os.replace(entry, out)  # died between the two renames: the old set comes back
                continue
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories atomically (Linux renameat2); False where unsupported."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    rc = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if rc == 0:
        return True
    if ctypes.get_errno() in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EPERM):
        return False
    raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()), str(b))


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def commit(stage: Path, out: Path, written: set[str]) -> None:
    """Make ``stage`` the new ``out``: carry over what the build did not write, then swap."""
    for name in written:
        path = stage / name
        if path.is_file():
            with path.open("rb") as fh:
                os.fsync(fh.fileno())
    if out.is_dir():
        for entry in out.iterdir():
            if entry.name not in written and not (stage / entry.name).exists():
                os.replace(entry, stage / entry.name)  # stores and user files move along (same file system)
    _fsync_dir(stage)
    if not out.exists():
        os.replace(stage, out)
    elif _exchange(stage, out):
        shutil.rmtree(stage, ignore_errors=True)  # stage now holds the old set
    else:
        old = out.parent / f".{out.name}{OLD_MARK}{os.getpid()}"
        os.replace(out, old)
        os.replace(stage, out)
        shutil.rmtree(old, ignore_errors=True)
    _fsync_dir(out.parent if str(out.parent) else Path("."))
