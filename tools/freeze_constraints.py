"""Write constraints.txt: every distribution kg[test] needs, at the version installed here.

Run in an environment where the README's test command passed:
    python tools/freeze_constraints.py > constraints.txt
With it, `pip install -e ".[test]" -c constraints.txt` resolves in one pass (no backtracking
through old releases, as pip did through 12 versions of weasel) and installs what was tested.
"""
from __future__ import annotations

import re
import sys
from importlib import metadata

from packaging.markers import default_environment
from packaging.requirements import Requirement


def closure(root: str, extras: set[str]) -> dict[str, str]:
    """{distribution: version} of ``root[extras]`` and everything it requires, as installed."""
    pins: dict[str, str] = {}
    todo = [(root, frozenset(extras))]
    seen = set()
    while todo:
        name, wanted = todo.pop()
        if (name, wanted) in seen:
            continue
        seen.add((name, wanted))
        dist = metadata.distribution(name)
        canonical = re.sub(r"[-_.]+", "-", dist.metadata["Name"]).lower()
        if canonical != root:
            pins[canonical] = dist.version
        for line in dist.requires or []:
            req = Requirement(line)
            if req.marker and not any(req.marker.evaluate({**default_environment(), "extra": e}) for e in (wanted or {""})):
                continue
            try:
                metadata.distribution(req.name)
            except metadata.PackageNotFoundError:
                continue  # an optional dependency of a dependency that kg does not use
            todo.append((req.name, frozenset(req.extras)))
    return pins


def main() -> None:
    pins = closure("kg", {"test"})
    print("# pip constraints: the dependency closure of kg[test] as tested (python tools/freeze_constraints.py > constraints.txt)")
    for name in sorted(pins):
        print(f"{name}=={pins[name]}")


if __name__ == "__main__":
    main()
    sys.exit(0)
