"""dvc.yaml cannot go stale: every core module a stage imports (directly or through other core
modules) is covered by that stage's deps, a file or a folder holding it. Otherwise editing the
module would not re-run the stage and the metrics would silently describe older code."""

from __future__ import annotations

import yaml
from conftest import REPO
from test_architecture import core_imports, core_modules

# Modules that never change what a stage computes (messages, paths, progress lines).
NOT_COMPUTATION = {"core", "core.i18n", "core.errors", "core.progress", "core.paths", "core.os_errors"}


def imported_closure(start: str, graph: dict[str, set[str]]) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        module = todo.pop()
        if module not in seen:
            seen.add(module)
            todo.extend(graph.get(module, ()))
    return seen


def covered(path: str, deps: list[str]) -> bool:
    return any(path == dep or path.startswith(dep.rstrip("/") + "/") for dep in deps)


def test_every_stage_depends_on_every_core_module_it_imports():
    stages = yaml.safe_load((REPO / "dvc.yaml").read_text(encoding="utf-8"))["stages"]
    modules = core_modules()
    graph = core_imports(modules)
    missing = []
    for name, stage in stages.items():
        entry = stage["cmd"].split("-m ")[1].split()[0]
        for module in sorted(imported_closure(entry, graph) - NOT_COMPUTATION):
            path = modules[module].relative_to(REPO).as_posix()
            if path.endswith("__init__.py") and modules[module].stat().st_size == 0:
                continue
            if not covered(path, stage["deps"]):
                missing.append(f"{name}: {path}")
    assert missing == [], "add these to the stage's deps in dvc.yaml"


def test_a_missing_dependency_is_found():
    graph = {"core.pipeline.x": {"core.a"}, "core.a": {"core.b"}}
    assert imported_closure("core.pipeline.x", graph) == {"core.pipeline.x", "core.a", "core.b"}
    assert covered("core/cleansing/packs.py", ["core/cleansing"]) and not covered(
        "core/cleansing2.py", ["core/cleansing"]
    )
