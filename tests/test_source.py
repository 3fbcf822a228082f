"""Checks on kg's own source that a reader would not see at a glance."""
import ast
from collections import Counter
from pathlib import Path

import kg

PACKAGE = Path(kg.__file__).parent


def test_no_function_is_defined_twice_in_a_module():
    """A second ``def`` with the same name silently replaces the first one, and
    every caller of the first then runs the second. In a rule-heavy module this
    breaks unrelated rules without an error, so each name is defined once."""
    twice = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = Counter(node.name for node in tree.body
                        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)))
        dup = sorted(name for name, n in names.items() if n > 1)
        if dup:
            twice[str(path.relative_to(PACKAGE))] = dup
    assert twice == {}, f"defined twice (the later one shadows the earlier): {twice}"


def test_no_constant_is_silently_reassigned_in_a_module():
    """A module-level name bound twice, the second time without reading the first
    (``X = X | {...}`` is fine), throws the first value away for every rule."""
    rebound = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        seen: set[str] = set()
        for node in tree.body:
            if not isinstance(node, ast.Assign):
                continue
            used = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
            for target in node.targets:
                if isinstance(target, ast.Name):
                    if target.id in seen and target.id not in used:
                        rebound.setdefault(str(path.relative_to(PACKAGE)), []).append(target.id)
                    seen.add(target.id)
    assert rebound == {}, f"bound twice, the first value lost: {rebound}"
