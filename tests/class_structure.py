"""Checks of how a spaCy component is assembled from mixin classes, shared by
tests/test_entity_modules.py and tests/test_relation_modules.py: which methods a class defines
itself, which are defined in two of a component's classes (then the order of the bases would
decide which rule runs), which modules a module imports (no import cycle among the mixins), and
which attributes and word lists (``self.words.x``) a class's code reads."""

import ast
import inspect
import textwrap


def own_methods(cls) -> set[str]:
    """The methods ``cls`` defines itself (static and class methods included)."""
    return {name for name, value in vars(cls).items() if inspect.isfunction(getattr(value, "__func__", value))}


def methods_defined_twice(classes) -> list[tuple[str, str, str]]:
    """(method, first class, second class) for each method other than ``__init__`` that two of
    ``classes`` define."""
    seen: dict[str, str] = {}
    twice = []
    for cls in classes:
        for name in own_methods(cls) - {"__init__"}:
            if name in seen:
                twice.append((name, seen[name], cls.__name__))
            seen[name] = cls.__name__
    return twice


def imported_modules(module) -> set[str]:
    """The modules ``module`` imports from or imports."""
    tree = ast.parse(inspect.getsource(module))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    return imported | {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}


def self_reads(cls) -> set[str]:
    """The component attributes a class's code reads: ``self.x`` as "x", a word list ``self.words.x`` as "words.x"."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    read = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
            read.add(node.attr)
        elif (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute) and node.value.attr == "words"
              and isinstance(node.value.value, ast.Name) and node.value.value.id == "self"):
            read.add(f"words.{node.attr}")
    return read - {"words"}
