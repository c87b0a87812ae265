"""Sizes a reader can hold, measured from the source of ``pipeline/``.

No class over 400 lines, no function over 80 lines or over a cyclomatic complexity of 20
(McCabe, as ``radon cc`` counts it), no module over 800 lines, no import cycle between the
package's modules, and no private name (``_x``) imported from another module.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from radon.complexity import cc_visit

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"
MODULES = sorted(PACKAGE.rglob("*.py"))
MAX_CLASS_LINES, MAX_FUNCTION_LINES, MAX_COMPLEXITY, MAX_MODULE_LINES = 400, 80, 20, 800


def _name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def _ids(paths: list[Path]) -> list[str]:
    return [_name(p) for p in paths]


@pytest.mark.parametrize("path", MODULES, ids=_ids(MODULES))
def test_sizes(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    too_big = []
    if len(source.splitlines()) > MAX_MODULE_LINES:
        too_big.append(f"module: {len(source.splitlines())} lines")
    for node in ast.walk(ast.parse(source)):
        size = getattr(node, "end_lineno", 0) - getattr(node, "lineno", 0) + 1
        if isinstance(node, ast.ClassDef) and size > MAX_CLASS_LINES:
            too_big.append(f"class {node.name}: {size} lines")
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and size > MAX_FUNCTION_LINES:
            too_big.append(f"function {node.name}: {size} lines")
    for block in cc_visit(source):
        for item in [block, *getattr(block, "methods", [])]:
            if item.letter != "C" and item.complexity > MAX_COMPLEXITY:
                too_big.append(f"{item.fullname}: complexity {item.complexity}")
    assert not too_big, "\n".join(too_big)


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """``(module, names)`` of every ``pipeline`` import of a file (top level or in a function);
    a relative import is resolved against the file's package."""
    here = _name(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    out = []
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.Import):
            out += [(a.name, []) for a in node.names if a.name.split(".")[0] == "pipeline"]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            if module.split(".")[0] == "pipeline":
                out.append((module, [a.name for a in node.names]))
    return out


def test_no_private_name_is_imported_from_another_module() -> None:
    found = [
        f"{_name(path)} imports {name} from {module}"
        for path in MODULES
        for module, names in _imports(path)
        for name in names
        if name.startswith("_") and not name.startswith("__")
    ]
    assert not found, "\n".join(found)


def test_no_import_cycle() -> None:
    modules = {_name(p) for p in MODULES}
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for path in MODULES:
        for module, names in _imports(path):
            targets = {f"{module}.{n}" for n in names} & modules or {module} & modules
            graph[_name(path)] |= {t for t in targets if t != _name(path)}
    # a package's __init__ re-exporting its own modules is not a cycle of the code
    for module in modules:
        graph[module] = {t for t in graph[module] if not module.startswith(t + ".")}
    cycles, state = [], dict.fromkeys(modules, 0)

    def visit(module: str, stack: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph[module]):
            if state[target] == 1:
                cycles.append(" -> ".join([*stack[stack.index(target) :], target]))
            elif state[target] == 0:
                visit(target, [*stack, target])
        state[module] = 2

    for module in sorted(modules):
        if state[module] == 0:
            visit(module, [module])
    assert not cycles, "\n".join(cycles)
