"""The shape of the house: the layers below the UI never import Qt (so the CLI and scripts run
without a display), no layer imports one above it, and no modules import each other in a circle."""

import ast
import subprocess
import sys
from pathlib import Path

import partsdesk

PACKAGE = Path(partsdesk.__file__).parent
QT_FREE = ["db", "services", "documents", "spreadsheets"]


def test_logic_layers_import_no_qt():
    modules = sorted(
        "partsdesk." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for layer in QT_FREE for p in (PACKAGE / layer).rglob("*.py"))
    modules = [m.removesuffix(".__init__") for m in modules]
    code = ("import sys\n"
            f"for m in {modules!r}: __import__(m)\n"
            "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
            "print(','.join(qt))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "", f"Qt imported by the logic layers: {result.stdout}"


def test_logic_layers_do_not_mention_qt_in_source():
    offenders = [str(p.relative_to(PACKAGE)) for layer in QT_FREE
                 for p in (PACKAGE / layer).rglob("*.py")
                 if "PySide6" in p.read_text(encoding="utf-8")]
    assert offenders == []


# --- the shape of the house --------------------------------------------------------------------
# Every import inside partsdesk/, at the top of a module or inside a function alike: an import
# put inside a function to dodge a circle is still a circle.

# what each layer must never import (the layers above it)
NOT_BELOW = {
    "db": ("services", "documents", "spreadsheets", "ui", "cli", "demo"),
    "services": ("documents", "spreadsheets", "ui", "cli", "demo"),
    "documents": ("ui", "cli", "demo"),
    "spreadsheets": ("ui", "cli", "demo"),
    "ui": ("cli",),
}


def _module_name(path: Path) -> str:
    parts = ("partsdesk",) + path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """partsdesk module -> the partsdesk modules it imports."""
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py")
             if "forms" not in p.relative_to(PACKAGE).parts}
    graph: dict[str, set[str]] = {name: set() for name in paths}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package.split(".")[:len(package.split(".")) - node.level + 1]
                                    + ([base] if base else []))
                # ``from package import module`` imports the module
                targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in paths else base
                           for alias in node.names]
            else:
                continue
            for target in targets:
                while target and target not in paths:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_circle_inside_partsdesk():
    assert circles(import_graph()) == []


def test_no_layer_imports_a_layer_above_it():
    wrong = []
    for name, targets in import_graph().items():
        layer = name.split(".")[1] if "." in name else ""
        for target in sorted(targets):
            above = target.split(".")[1] if "." in target else ""
            if above in NOT_BELOW.get(layer, ()):
                wrong.append(f"{name} -> {target}")
    assert wrong == []


def test_the_circle_finder_sees_a_circle():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


ROOM_SIZE = 600     # lines: a module of services/ or ui/ longer than this holds several things


def test_no_workflow_module_holds_several_things():
    long = {str(p.relative_to(PACKAGE)): n for layer in ("services", "ui")
            for p in (PACKAGE / layer).rglob("*.py")
            if "forms" not in p.relative_to(PACKAGE).parts
            and (n := len(p.read_text(encoding="utf-8").splitlines())) > ROOM_SIZE}
    assert long == {}
