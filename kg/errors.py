"""One root exception for everything kg raises on purpose.

Callers (the CLI, library users) catch ``KGError``; anything else escaping kg is a bug.
"""
from __future__ import annotations


class KGError(Exception):
    """Root of every error kg raises deliberately."""


class InputError(KGError):
    """An input file or option cannot be used at all (missing file, unknown format)."""


class EmptyBuildError(InputError):
    """A build found no paper; it does not replace an output set with an empty one."""


class RecordError(InputError):
    """One input record is unusable; readers turn it into a counted ``Reject``."""


class ConfigError(KGError):
    """A pipeline config, gazetteer or schema file is wrong."""


class SchemaError(KGError):
    """A node or edge does not fit the schema (unknown label or relationship type)."""


class SinkError(KGError):
    """A sink could not write (bad target, unknown sink name, store refused)."""


class EvalError(KGError):
    """A gold file or build directory cannot be evaluated."""


class MissingExtraError(KGError):
    """A feature needs an optional dependency (a ``kg[extra]``) that is not installed."""
