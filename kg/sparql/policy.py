"""What a SPARQL request would make the endpoint do, decided by a real parser, and a
worker sandbox that holds whatever the parser misses.

Two layers, each enough on its own for the default (no outgoing requests):

1. ``inspect`` parses the request with rdflib's SPARQL 1.1 grammar (which expands ``\\u``
   escapes everywhere before parsing, as the SPARQL spec says, so an escape can only make it
   see *more* code than Oxigraph does, never less) and walks the algebra for ``SERVICE``
   and ``LOAD``. A request rdflib cannot parse is refused rather than guessed at.
2. ``sandbox_network`` installs a seccomp filter in a query worker before it opens the
   store: no socket but AF_UNIX can be created and ``connect`` always fails, so Oxigraph's
   HTTP client cannot reach the network from that process, whatever the query says.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
import platform
import struct
import sys
from dataclasses import dataclass

from kg.errors import KGError


class PolicyError(KGError):
    """A request the endpoint will not run; ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


NETWORK_OPERATIONS = {"ServiceGraphPattern": "SERVICE", "Load": "LOAD"}


@dataclass(frozen=True)
class RequestPlan:
    """What parsing found: the operations that would reach the network."""

    network: frozenset[str]


def _names(node, found: set[str], depth: int = 0) -> None:
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        found.add(node.name)
        for value in node.values():
            _names(value, found, depth + 1)
    elif isinstance(node, (list, tuple, ParseResults)):
        for value in node:
            _names(value, found, depth + 1)
    elif hasattr(node, "algebra"):  # a translated Query/Update
        _names(node.algebra, found, depth + 1)


@functools.lru_cache(maxsize=1024)
def inspect(text: str, kind: str = "query") -> RequestPlan:
    """Parse ``text`` (a query, or an update with ``kind="update"``) and report what it does.

    Raises ``PolicyError(400)`` when the grammar refuses it. Call with a deep recursion
    limit (workers run on a 512 MiB stack): the grammar is recursive. rdflib's parser takes
    5-50 ms for a typical query, so plans are cached per text (clients repeat queries).
    """
    from rdflib.plugins.sparql.algebra import translateQuery, translateUpdate
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    found: set[str] = set()
    try:
        tree = parseUpdate(text) if kind == "update" else parseQuery(text)
    except RecursionError:
        raise PolicyError(400, f"the {kind} nests too deeply to be parsed") from None
    except Exception as exc:  # noqa: BLE001 - pyparsing's errors have no common useful base
        where = f" at line {exc.lineno}, column {exc.col}" if hasattr(exc, "lineno") and hasattr(exc, "col") else ""
        what = getattr(exc, "msg", None) or (str(exc).splitlines() or [type(exc).__name__])[0]
        raise PolicyError(400, f"SPARQL syntax error{where}: {what[:300]}") from None
    _names(tree, found)
    try:  # the algebra as well: what the engine would evaluate
        algebra = translateUpdate(tree) if kind == "update" else translateQuery(tree)
        _names(algebra, found)
    except Exception:  # noqa: BLE001 - rdflib cannot translate every valid request; the parse tree stands
        pass
    return RequestPlan(frozenset(op for name, op in NETWORK_OPERATIONS.items() if name in found))


def check(text: str, kind: str, allow_network: bool) -> RequestPlan:
    """``inspect``, then refuse (403) what would fetch from the network unless allowed.

    With the network allowed there is nothing to refuse, so nothing is parsed here (Oxigraph
    parses and reports syntax errors itself; rdflib's grammar also refuses some valid
    federated queries, e.g. a ``#`` in an IRI before ``SERVICE``).
    """
    if allow_network:
        return RequestPlan(frozenset())
    plan = inspect(text, kind)
    if plan.network and not allow_network:
        raise PolicyError(403, f"{'/'.join(sorted(plan.network))} would make this endpoint fetch from the network; "
                               "it is disabled (start kg serve with --allow-service)")
    return plan


# --- the sandbox -----------------------------------------------------------------------------

_ARCH = {  # machine: (AUDIT_ARCH_*, __NR_socket, __NR_connect, __NR_io_uring_setup)
    "x86_64": (0xC000003E, 41, 42, 425),
    "aarch64": (0xC00000B7, 198, 203, 425),
}
_AF_UNIX = 1
_RET_ALLOW = 0x7FFF0000
_RET_EPERM = 0x00050000 | 1
_LD_ABS_W, _JEQ_K, _JGE_K, _RET_K = 0x20, 0x15, 0x35, 0x06
_PR_SET_NO_NEW_PRIVS, _PR_SET_SECCOMP, _SECCOMP_MODE_FILTER = 38, 22, 2


def _filter_program(machine: str) -> bytes:
    """The seccomp BPF program: deny socket(!AF_UNIX), connect, io_uring and foreign ABIs."""
    arch, nr_socket, nr_connect, nr_uring = _ARCH[machine]
    ALLOW, DENY = "allow", "deny"
    prog: list[tuple] = [
        (_LD_ABS_W, 0, 0, 4),                  # 0 arch
        (_JEQ_K, 1, 0, arch),                  # 1 native ABI? → 3
        (_RET_K, 0, 0, _RET_EPERM),            # 2 other ABIs (i386, x32 via arch) refused
        (_LD_ABS_W, 0, 0, 0),                  # 3 syscall number
        (_JGE_K, DENY, 0, 0x40000000),         # 4 x32 syscall numbers
        (_JEQ_K, DENY, 0, nr_connect),         # 5
        (_JEQ_K, DENY, 0, nr_uring),           # 6 io_uring could connect without a syscall
        (_JEQ_K, 0, ALLOW, nr_socket),         # 7
        (_LD_ABS_W, 0, 0, 16),                 # 8 socket(domain, …): low word of args[0]
        (_JEQ_K, ALLOW, DENY, _AF_UNIX),       # 9
        (_RET_K, 0, 0, _RET_ALLOW),            # 10 allow
        (_RET_K, 0, 0, _RET_EPERM),            # 11 deny
    ]
    labels = {ALLOW: 10, DENY: 11}
    out = bytearray()
    for pc, (code, jt, jf, k) in enumerate(prog):
        jt = labels[jt] - pc - 1 if isinstance(jt, str) else jt
        jf = labels[jf] - pc - 1 if isinstance(jf, str) else jf
        out += struct.pack("HBBI", code, jt, jf, k)
    return bytes(out)


def sandbox_network() -> str | None:
    """Forbid this process (and threads it starts later) to open network connections.

    Returns None when installed, else why not (not Linux, unknown CPU, kernel refused);
    callers log that and rely on ``check`` alone.
    """
    machine = platform.machine().lower()
    if not sys.platform.startswith("linux"):
        return f"no seccomp on {sys.platform}"
    if machine not in _ARCH:
        return f"no seccomp filter for {machine}"
    program = _filter_program(machine)

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    buffer = ctypes.create_string_buffer(program, len(program))
    fprog = SockFprog(len(program) // 8, ctypes.cast(buffer, ctypes.c_void_p))
    libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return f"prctl(NO_NEW_PRIVS) failed: {os.strerror(ctypes.get_errno())}"
    if libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) != 0:
        return f"seccomp filter refused: {os.strerror(ctypes.get_errno())}"
    return None
