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
