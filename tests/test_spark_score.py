"""`sourcing score --engine spark` writes the very file the local path writes."""

from __future__ import annotations

import pandas as pd
from model_fixtures import offer, tiny_bundle_dir

from core.model.registry import ModelRegistry


def test_spark_scoring_writes_the_same_file_as_the_local_path(spark, tmp_path, monkeypatch):
    from core.cli import main

    registry = ModelRegistry()  # the test's own user data folder
    version = registry.register(tiny_bundle_dir())
    registry.promote(version)
    rows = [
        offer(
            supplier=f"Proveedor {k}",
            ingredient=ingredient,
            origin=origin,
            transport_mode=mode,
            certifications=certs,
            price=5.0 + k,
            product=f'Producto "{k}", fresco',
        )
        for k, (ingredient, origin, mode, certs) in enumerate(
            [
                ("quinoa", "Puno", "truck", "organic"),
                ("avocado", "Ica", "", ""),
                ("beef", "Argentina", "sea", "organic;fairtrade"),
                ("", "Lima", "truck", ""),
            ]
            * 30
        )
    ]
    offers = tmp_path / "offers.csv"
    pd.DataFrame(rows).to_csv(offers, index=False)
    monkeypatch.chdir(tmp_path)  # no params.yaml here: the session of this test run is reused

    assert main(["score", str(offers), "--out", str(tmp_path / "local.csv"), "--month", "5"]) == 0
    import core.cli.score_cmd

    monkeypatch.setattr(core.cli.score_cmd, "stop_session", lambda: None)  # keep the run's one session
    assert main(["score", str(offers), "--out", str(tmp_path / "spark.csv"), "--month", "5", "--engine", "spark"]) == 0
    local = (tmp_path / "local.csv").read_bytes()
    assert (tmp_path / "spark.csv").read_bytes() == local
    assert len(pd.read_csv(tmp_path / "spark.csv")) == len(rows)
    assert not list(tmp_path.glob(".scored-*"))  # no parts left behind
