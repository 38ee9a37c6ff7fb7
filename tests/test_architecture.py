"""The shape of the code (shared/STYLE.md): core is GUI-free, its packages form layers that
read like the data path, nothing imports in a circle, and imports hide inside functions only
where a heavy library must wait (TensorFlow/Keras, Spark, matplotlib), with the reason."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from conftest import REPO

BLOCK_QT = """
import sys, importlib.abc
class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split('.')[0] in ('PySide6', 'PyQt5', 'PyQt6', 'shiboken6'):
            raise ImportError('Qt is blocked in this test: ' + name)
        return None
sys.meta_path.insert(0, BlockQt())
import pkgutil, importlib, core
for info in pkgutil.walk_packages(core.__path__, 'core.'):
    importlib.import_module(info.name)
print('imported', len(list(pkgutil.walk_packages(core.__path__, 'core.'))))
"""

# Lowest first. A module may import modules of its own layer or of a lower one, never of a
# higher one. The tree reads like the data path: read -> cleanse -> features -> score -> rank
# -> report, with the app's state and the model's life cycle above, the entry points on top.
LAYERS: list[tuple[str, ...]] = [
    (
        "core.contract",
        "core.errors",
        "core.progress",
        "core.paths",
        "core.text",
        "core.i18n",
        "core.i18n_build",
        "core.os_errors",
        "core.atomic_write",
        "core.catalogs",
        "core.unit_names",
    ),
    ("core.reading",),
    ("core.cleansing",),
    ("core.importer", "core.offers_csv"),
    ("core.encoding", "core.rubric", "core.features_v1", "core.features"),
    ("core.model",),
    ("core.ranking",),
    ("core.report",),
    # The week's purchase plan uses the ranking's constraints and the report's cell writer (its
    # orders workbook) and reads needs files with the importer's guarded readers; the workspace
    # (appstate) stores its needs, recipes and terms but needs none of its code, so it sits above.
    ("core.planning",),
    ("core.appstate",),
    ("core.history",),
    ("core.lifecycle",),
    ("core.charts",),
    ("core.workflow",),
    ("core.pipeline", "core.spark"),
    ("core.cli",),
]
# Function-level imports are allowed only for these (they start TensorFlow, a JVM or a
# plotting backend), each with a comment saying why.
# pyarrow: it reads only the DVC training data of the admin machine, and the installed package
# leaves it out (160 MB): imported at module level, it stopped the frozen app from starting.
LAZY_ALLOWED = {"tensorflow", "keras", "pyspark", "matplotlib", "pyarrow"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def core_modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted((REPO / "core").rglob("*.py"))}


def imported_names(node: ast.AST, package: str) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        if node.level:
            base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            root = f"{base}.{node.module}" if node.module else base
        else:
            root = node.module or ""
        return [root] + [f"{root}.{alias.name}" for alias in node.names]
    return []


def core_imports(modules: dict[str, Path]) -> dict[str, set[str]]:
    """module -> the core modules it imports (anywhere in the file)."""
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            for target in imported_names(node, package):
                if target in modules and target != name:
                    found.add(target)
        graph[name] = found
    return graph


def layer_of(module: str) -> int:
    for index, members in enumerate(LAYERS):
        if any(module == m or module.startswith(m + ".") for m in members):
            return index
    raise AssertionError(f"{module} belongs to no layer: add it to LAYERS in tests/test_architecture.py")


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def package_imports(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """Only imports of modules, not of a package's own __init__ by its submodules."""
    return {m: {t for t in targets if not m.startswith(t + ".")} for m, targets in graph.items()}


def test_every_core_module_imports_without_qt():
    done = subprocess.run([sys.executable, "-c", BLOCK_QT], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "imported" in done.stdout


def test_no_import_cycles_inside_core():
    graph = package_imports(core_imports(core_modules()))
    assert cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_layers_import_only_downwards():
    graph = package_imports(core_imports(core_modules()))
    upward = [f"{m} -> {t}" for m, targets in graph.items() for t in sorted(targets) if layer_of(t) > layer_of(m)]
    assert upward == [], "a lower layer imports a higher one"


def test_nothing_below_the_entry_layer_imports_cli_pipeline_or_spark():
    graph = core_imports(core_modules())
    entry = ("core.cli", "core.pipeline", "core.spark")
    wrong = [
        f"{m} -> {t}" for m, targets in graph.items() if not m.startswith(entry) for t in targets if t.startswith(entry)
    ]
    assert wrong == []
    spark_to_cli = [
        f"{m} -> {t}"
        for m, targets in graph.items()
        if m.startswith(("core.spark", "core.pipeline"))
        for t in targets
        if t.startswith("core.cli")
    ]
    assert spark_to_cli == []


def function_level_imports(path: Path) -> list[tuple[int, str, str]]:
    """(line, imported module, source lines incl. the one above) of imports inside functions."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found = []
    for node in ast.walk(ast.parse("\n".join(lines))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for sub in ast.walk(node):
                if isinstance(sub, (ast.Import, ast.ImportFrom)):
                    module = sub.module if isinstance(sub, ast.ImportFrom) else sub.names[0].name
                    context = "\n".join(lines[max(0, sub.lineno - 2) : sub.end_lineno])
                    found.append((sub.lineno, module or "", context))
    return found


def test_core_imports_inside_functions_only_heavy_libraries_with_a_reason():
    wrong = []
    for name, path in core_modules().items():
        for line, module, context in function_level_imports(path):
            if name == "core.cli" and module == "core.cli":
                continue  # the command line loads one subcommand module per command by name
            if module.split(".")[0] not in LAZY_ALLOWED:
                wrong.append(f"{path.relative_to(REPO)}:{line} imports {module} inside a function")
            elif "#" not in context:
                wrong.append(f"{path.relative_to(REPO)}:{line} imports {module} lazily without saying why")
    assert wrong == []


def test_desktop_imports_inside_functions_say_why():
    wrong = []
    for path in sorted((REPO / "desktop_app").rglob("*.py")):
        for line, module, context in function_level_imports(path):
            if "#" not in context:
                wrong.append(f"{path.relative_to(REPO)}:{line} imports {module} inside a function without a reason")
    assert wrong == []


def test_the_desktop_entry_paints_before_pandas_and_the_core_modules_load():
    """The start screen is painted before the heavy imports (start time): desktop_app.main alone
    must not bring in pandas, numpy, matplotlib or the window's modules."""
    code = (
        "import sys, desktop_app.main; "
        "print(sorted(m for m in ('pandas', 'numpy', 'matplotlib', 'scipy', 'openpyxl', 'desktop_app.main_window') "
        "if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
