"""Small process helpers shared by the build (pool and writer processes, staging
directories) and the embedded FalkorDB: is a process alive, die with the parent, give freed
memory back."""
from __future__ import annotations

import ctypes
import os
import signal
import sys
from pathlib import Path

_PR_SET_PDEATHSIG = 1


def pid_alive(pid: int) -> bool:
    """Running (a zombie waiting for its parent to reap it has stopped: not alive)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def die_with_parent(parent_pid: int | None = None, sig: int = signal.SIGKILL) -> None:
    """Ask Linux to send ``sig`` to this process when its parent dies (a ``kill -9``'d
    ``kg build`` must not leave workers running); exit at once if the parent is already gone."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, sig, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if parent_pid is not None and os.getppid() != parent_pid:
        os._exit(1)


def release_freed_memory() -> None:
    """Give the heap pages this process has freed back to the system (glibc keeps them for
    reuse otherwise; elsewhere this does nothing): after linking, the sinks start from the
    graph's size rather than linking's peak, and forked writers share fewer pages."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return
