"""The declared shape of a model bundle's JSON files (shared/DESIGN.md, "Model bundle").

metadata.json and preprocessing.json come with a bundle that may have been copied from another
machine, a share or a USB stick; valid checksums only prove that nobody changed the files
after they were written, not that what was written is usable. These pydantic models say what
each file must hold; ``check_metadata`` and ``check_preprocessing`` turn a violation into one
sentence naming the file and the field. Unknown extra fields are kept (newer bundles may add
some); wrong kinds, missing fields and non-finite numbers are refused.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, ValidationError, field_validator

from core.i18n import tr

METADATA_FILE = "metadata.json"
PREPROCESSING_FILE = "preprocessing.json"
BUNDLE_FORMAT = 1

Finite = Annotated[float, Field(allow_inf_nan=False, strict=False)]
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
NonEmptyText = Annotated[str, Field(min_length=1)]
Span = Annotated[list[StrictInt], Field(min_length=2, max_length=2)]  # [start, end)


class _Shape(BaseModel):
    model_config = ConfigDict(extra="allow", strict=True)


class Metadata(_Shape):
    format: StrictInt = BUNDLE_FORMAT
    version: StrictStr = ""
    created: StrictStr = ""
    dataset_hash: StrictStr = ""
    interval: Annotated[float, Field(gt=0.0, lt=1.0, allow_inf_nan=False, strict=False)] = 0.9
    features: list[NonEmptyText] = Field(min_length=1)
    files: dict[StrictStr, Sha256] = Field(min_length=1)
    metrics: dict[StrictStr, Finite | dict[StrictStr, Finite]] = Field(default_factory=dict)
    params: dict[StrictStr, Any] = Field(default_factory=dict)
    members: StrictInt | None = Field(default=None, ge=1)

    @field_validator("files")
    @classmethod
    def _plain_names(cls, files: dict[str, str]) -> dict[str, str]:
        for name in files:
            if Path(name).name != name or name in ("", ".", ".."):
                raise ValueError("a file name must not hold a folder")
        return files

    @field_validator("format")
    @classmethod
    def _known_format(cls, value: int) -> int:
        if value != BUNDLE_FORMAT:
            raise ValueError("unknown bundle format")
        return value


class NumericScale(_Shape):
    mean: Finite
    std: Annotated[float, Field(ge=0.0, allow_inf_nan=False, strict=False)]
    min: Finite
    max: Finite
    median: Finite


class IngredientFacts(_Shape):
    category: NonEmptyText
    kg_co2e_per_kg: Finite | None = None
    risk: list[StrictStr] = Field(default_factory=list)
    season_months: list[Annotated[int, Field(ge=1, le=12, strict=True)]] = Field(default_factory=list)


class Preprocessing(_Shape):
    format: StrictInt
    home_country: NonEmptyText
    features: list[NonEmptyText] = Field(min_length=1)
    feature_groups: dict[StrictStr, Span] = Field(min_length=1)
    baseline: list[Finite] = Field(min_length=1)
    numeric: dict[StrictStr, NumericScale]
    ingredients: dict[StrictStr, IngredientFacts] = Field(min_length=1)
    vocab: dict[StrictStr, list[StrictStr]]
    risks: list[StrictStr]
    transport_per_km: dict[StrictStr, Finite]
    certification_bonus: dict[StrictStr, Finite]
    practice_impact: dict[StrictStr, Finite]
    packaging_impact: dict[StrictStr, Finite]
    place_country: dict[StrictStr, StrictStr]

    @field_validator("vocab")
    @classmethod
    def _all_vocabularies(cls, vocab: dict[str, list[str]]) -> dict[str, list[str]]:
        missing = {"ingredient", "category", "transport_mode", "certification", "practice", "packaging"} - set(vocab)
        if missing:
            raise ValueError(f"vocabularies missing: {', '.join(sorted(missing))}")
        return vocab


def _where(error: Mapping[str, Any]) -> str:
    """'metrics.keras.mae', 'features' — the field a violation is about, as a reader finds it."""
    parts = [str(p) for p in error.get("loc", ()) if not re.fullmatch(r"function-after\[.*\]|float|dict\[.*\]", str(p))]
    return ".".join(parts) or tr("the top level")


def _refusal(folder: Path, file_name: str, error: ValidationError) -> str:
    first = error.errors()[0]
    field = _where(first)
    if first.get("type") == "missing":
        return tr(
            "The model in {path} is damaged: {file} has no {field}; it was not used.",
            path=folder,
            file=file_name,
            field=field,
        )
    return tr(
        "The model in {path} is damaged: {file} has a wrong value for {field}; it was not used.",
        path=folder,
        file=file_name,
        field=field,
    )


def check_metadata(folder: Path, data: object) -> Metadata:
    try:
        return Metadata.model_validate(data)
    except ValidationError as error:
        raise ValueError(_refusal(folder, METADATA_FILE, error)) from error


def check_preprocessing(folder: Path, data: object) -> Preprocessing:
    try:
        return Preprocessing.model_validate(data)
    except ValidationError as error:
        raise ValueError(_refusal(folder, PREPROCESSING_FILE, error)) from error
