"""The core is GUI-free: it imports and works with Qt blocked."""

from __future__ import annotations

import subprocess
import sys

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


def test_every_core_module_imports_without_qt():
    done = subprocess.run([sys.executable, "-c", BLOCK_QT], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "imported" in done.stdout
