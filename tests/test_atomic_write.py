"""core.atomic_write: what the written file looks like to other users."""

from __future__ import annotations

import os
import stat

from core.atomic_write import write_text_atomic


def test_a_new_file_is_as_readable_as_open_would_make_it_and_a_replaced_one_keeps_its_mode(tmp_path):
    """mkstemp makes temporaries private (0600); a report saved to a shared folder must not be."""
    old = os.umask(0o022)
    try:
        fresh = tmp_path / "informe.xlsx"
        write_text_atomic(fresh, "x")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
        kept = tmp_path / "kept.csv"
        kept.write_text("old")
        kept.chmod(0o640)
        write_text_atomic(kept, "new")
        assert stat.S_IMODE(kept.stat().st_mode) == 0o640
        secret = tmp_path / "pin.json"
        write_text_atomic(secret, "{}", private=True)
        assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    finally:
        os.umask(old)
