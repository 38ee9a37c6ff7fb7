"""One audit as the sustainability officer enters it (window or command line), checked before it
is stored, and its evidence file kept as a read-only copy in the user's data folder.

The original evidence file is only read. The copy is named by its content's sha256, so the
same document attached twice is kept once and a copy can be checked against its name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from core.errors import UserError
from core.i18n import tr
from core.ranking.audits import SCOPES, evidence_copy_name

EVIDENCE_FOLDER = "evidence"
MAX_EVIDENCE_BYTES = 50 * 1024 * 1024  # a scanned certificate or an audit report, not a video


@dataclass
class Audit:
    """``scope`` "offer" needs supplier and product (pack optional); "supplier_ingredient" needs
    supplier and ingredient. ``audit_date`` is YYYY-MM-DD (default today)."""

    scope: str
    supplier: str
    score: float
    auditor: str
    product: str = ""
    pack_qty: float | None = None
    pack_unit: str = ""
    ingredient: str = ""
    audit_date: str = ""
    note: str = ""
    evidence: str = ""  # path of the file to attach; stored as the copy's name
    offer_id: int | None = None

    @classmethod
    def for_offer(cls, offer: dict, scope: str, score: float, auditor: str, **details) -> Audit:
        """An audit of the offer shown in the window (a row of the ranking)."""
        qty = offer.get("pack_qty")
        try:
            qty = float(qty) if qty is not None and math.isfinite(float(qty)) else None
        except (TypeError, ValueError):
            qty = None
        offer_id = offer.get("offer_id")
        return cls(
            scope=scope,
            supplier=str(offer.get("supplier") or ""),
            product=str(offer.get("product") or "") if scope == "offer" else "",
            pack_qty=qty if scope == "offer" else None,
            pack_unit=str(offer.get("pack_unit") or "") if scope == "offer" else "",
            ingredient=str(offer.get("ingredient") or ""),
            score=score,
            auditor=auditor,
            offer_id=int(offer_id) if offer_id is not None and scope == "offer" else None,
            **details,
        )

    def check(self) -> None:
        """Raise UserError with one sentence when something is missing or out of range."""
        if self.scope not in SCOPES:
            raise UserError(tr('Unknown audit scope "{scope}": use offer or supplier_ingredient.', scope=self.scope))
        try:
            score = float(self.score)
        except (TypeError, ValueError):
            raise UserError(tr("An audited score must be between 0 and 1.")) from None
        if not (math.isfinite(score) and 0.0 <= score <= 1.0):
            raise UserError(tr("An audited score must be between 0 and 1."))
        if not self.auditor.strip():
            raise UserError(tr("Say who audited the score (the auditor's name)."))
        if not self.supplier.strip():
            raise UserError(tr("An audit needs the supplier it is about."))
        if self.scope == "offer" and not self.product.strip():
            raise UserError(tr("An audit of one offer needs the product as the supplier wrote it."))
        if self.scope == "supplier_ingredient" and not self.ingredient.strip():
            raise UserError(tr("An audit of a supplier's ingredient needs the ingredient."))
        self.audit_date = self.audit_date or dt.date.today().isoformat()
        try:
            day = dt.date.fromisoformat(self.audit_date)
        except ValueError:
            raise UserError(
                tr('The audit date "{date}" is not a date: write it as YYYY-MM-DD.', date=self.audit_date)
            ) from None
        if day > dt.date.today():
            raise UserError(tr("The audit date {date} is in the future.", date=self.audit_date))
        self.audit_date = day.isoformat()
        if self.evidence:
            path = Path(self.evidence)
            if not path.is_file():
                raise UserError(tr("The evidence file {path} does not exist.", path=path))
            if path.stat().st_size > MAX_EVIDENCE_BYTES:
                raise UserError(tr("The evidence file {path} is larger than 50 MB.", path=path))


def keep_evidence(source: Path, folder: Path) -> tuple[str, str]:
    """Copy ``source`` into ``folder`` as ``<sha256 prefix>-<name>`` (read-only); return the
    copy's name and the full sha256. The source is only read."""
    digest = hashlib.sha256()
    with open(source, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    name = evidence_copy_name(digest.hexdigest(), source.name)
    target = folder / name
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f".{name}.part"
        shutil.copyfile(source, partial)
        os.chmod(partial, 0o444)
        os.replace(partial, target)
    return name, digest.hexdigest()
