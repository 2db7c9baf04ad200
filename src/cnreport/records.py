"""Record models: the typed contract of SPEC.md, frozen so a record never changes after extraction."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer


def _decimal_to_json(value: Decimal | None) -> int | float | None:
    """Exact inside, a plain JSON number outside (integers stay integers: 182000 not 182000.0)."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


JsonDecimal = Annotated[Decimal, PlainSerializer(_decimal_to_json, return_type=Any)]


class Kind(StrEnum):
    LEVEL = "level"
    GROWTH_RATE = "growth_rate"
    CHANGE = "change"
    SHARE = "share"
    GAP = "gap"
    CONTRIBUTION = "contribution"
    RANK = "rank"


class Modality(StrEnum):
    TARGET = "target"
    FORECAST = "forecast"


class Qualifier(StrEnum):
    APPROX = "approx"
    OVER = "over"
    UNDER = "under"


class Record(BaseModel):
    """One quantitative fact (SPEC section 2) plus provenance into the original text."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=True)

    metric: str = Field(description="Measured quantity as a noun phrase (规上 expanded to 规模以上).")
    value: JsonDecimal = Field(description="Signed value with magnitude multipliers applied; lower end of a range.")
    value_max: JsonDecimal | None = Field(default=None, description="Upper end of a range, else null.")
    unit: str = Field(description="Canonical unit: %, pp, rank, 倍, 元, 美元, 家, 吨 … or '' for a ratio/index.")
    kind: Kind
    modality: Modality | None = None
    period: str | None = Field(default=None, description="Canonical period, e.g. 2025-H1, 2025-01/2025-08.")
    base: str | None = Field(default=None, description="Comparison base: yoy, prev, period:…, entity:…, metric:….")
    subject: str | None = Field(default=None, description="Region or organisation the figure is about.")
    qualifier: Qualifier | None = None
    doc: str | None = Field(default=None, description="The document the record came from (path as given).")
    span: tuple[int, int] = Field(description="[start, end) character offsets into the ORIGINAL text.")
    text: str = Field(description="The original text at span (what a reader sees in the source).")
    pattern: str | None = Field(default=None, description="Id of the rule that produced the record.")

    def to_json_dict(self) -> dict[str, Any]:
        """The record as JSON-ready data (SPEC fields, provenance), values as numbers."""
        return self.model_dump(mode="json")


SPEC_FIELDS = (
    "metric",
    "value",
    "value_max",
    "unit",
    "kind",
    "modality",
    "period",
    "base",
    "subject",
    "qualifier",
)
