"""What the package build installs (packaging/requirements/) against what the code imports and
what pyproject.toml allows. Twice a module imported a library the build venv did not have
(Babel, then pydantic) and the installed app crashed at start, while every test of the source
tree passed; these checks read files only, so they run in the default suite."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, packages_distributions, requires
from pathlib import Path

from packaging.utils import canonicalize_name

from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parents[1]
REQUIREMENTS = REPO / "packaging" / "requirements"
# Not in the package on purpose (README "Packaging", docs/installing.md): training and the
# DVC tool chain run on an admin machine; inference runs on Keras' JAX backend.
LEFT_OUT = {"tensorflow", "pyspark", "dvc", "pyarrow"}
# Code that runs only where training runs (the DVC stages, the Spark jobs) or builds translations.
TRAINING_ONLY = ("core/pipeline/", "core/spark/", "core/i18n_build.py")


def pins(name: str = "jax.txt") -> dict[str, str]:
    """name -> version of a requirements file and the files it includes (-r)."""
    found: dict[str, str] = {}
    for line in (REQUIREMENTS / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("-r "):
            found.update(pins(line[3:].strip()))
        elif line:
            requirement = Requirement(line)
            (version,) = [s.version for s in requirement.specifier]
            found[canonicalize_name(requirement.name)] = version
    return found


def declared() -> dict[str, Requirement]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {canonicalize_name(r.name): r for r in map(Requirement, project["dependencies"])}


def test_every_pin_lies_within_pyproject_s_bounds():
    bounds = declared()
    outside = [
        f"{name}=={version} (pyproject: {bounds[name].specifier})"
        for name, version in pins().items()
        if name in bounds and not bounds[name].specifier.contains(version, prereleases=True)
    ]
    assert outside == []


def test_every_run_time_dependency_is_pinned_for_the_package_or_left_out_on_purpose():
    missing = sorted(set(declared()) - set(pins()) - LEFT_OUT)
    assert missing == [], f"add to packaging/requirements/common.txt: {missing}"


def _installed_closure(names: set[str]) -> set[str]:
    """The pinned distributions and everything they require, as installed here."""
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            needs = requires(name) or []
        except PackageNotFoundError:
            continue
        for text in needs:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(canonicalize_name(requirement.name))
    return seen


def test_every_library_the_app_imports_at_module_level_is_in_the_package():
    shipped = _installed_closure(set(pins()))
    distributions = packages_distributions()
    missing = []
    for path in [*(REPO / "core").rglob("*.py"), *(REPO / "desktop_app").rglob("*.py")]:
        where = path.relative_to(REPO).as_posix()
        if where.startswith(TRAINING_ONLY):
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:  # module level: runs on import
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for top in {n.split(".")[0] for n in names}:
                if top in sys.stdlib_module_names or top in ("core", "desktop_app", "__future__"):
                    continue
                owners = {canonicalize_name(d) for d in distributions.get(top, [top])}
                if not owners & shipped:
                    missing.append(f"{where}: {top}")
    assert missing == [], "imported at module level but not in the package build: " + ", ".join(missing)


def test_the_left_out_libraries_are_named_in_the_requirements_header():
    header = (REQUIREMENTS / "common.txt").read_text(encoding="utf-8")
    for name in LEFT_OUT:
        assert re.search(rf"\b{name}\b", header, re.IGNORECASE), name
