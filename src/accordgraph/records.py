"""Typed records that mirror ../shared/extraction-format.md.

They are what the extractor returns, what gold files hold, and what the RDF
mapping reads. Unknown keys are kept (the format allows extra keys), but every
key of the contract is checked against its vocabulary.
"""

from __future__ import annotations

import re
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

Instrument = Literal[
    "letter_of_intent", "memorandum_of_understanding", "memorandum_of_cooperation",
    "joint_statement", "joint_declaration", "implementing_arrangement",
    "framework_agreement", "agreement", "treaty", "partnership",
    "joint_research_programme", "unspecified",
]
Status = Literal["signed", "planned", "ongoing", "negotiating"]
Domain = Literal[
    "quantum", "semiconductors", "ai", "telecom", "space", "critical_minerals",
    "clean_energy", "cybersecurity", "biotech", "digital", "science_general",
]
EventKind = Literal["ministerial_meeting", "workshop", "summit", "call_for_proposals", "other"]
EventStatus = Literal["held", "planned"]

INSTRUMENTS: tuple[str, ...] = Instrument.__args__
STATUSES: tuple[str, ...] = Status.__args__
DOMAINS: tuple[str, ...] = Domain.__args__
EVENT_KINDS: tuple[str, ...] = EventKind.__args__

# How far an accord has come: talks, then a date to sign, then the signing. When
# mentions or sources differ, the furthest status wins.
STATUS_RANK = {"signed": 3, "ongoing": 2, "planned": 1, "negotiating": 0}
# Instruments that say only that there is an accord; any other wording is more specific.
GENERIC_INSTRUMENTS = ("unspecified", "agreement")

PARTIAL_DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$")


def check_partial_date(value: Optional[str]) -> Optional[str]:
    """Accept ISO 8601 at day, month or year precision, or `--MM-DD`."""
    if value is None or value == "":
        return None
    if not PARTIAL_DATE.match(value):
        raise ValueError(f"date {value!r} is not YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD")
    return value


class _Record(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class Evidence(_Record):
    """A span of the document text a fact was read from."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Signatory(_Record):
    name: str
    party: Optional[str] = None
    post: Optional[str] = None


class Funding(_Record):
    amount: float
    currency: str
    per: Optional[str] = None
    party: Optional[str] = None


class Agreement(_Record):
    parties: list[str]
    party_countries: list[str] = Field(default_factory=list)
    name: Optional[str] = None
    instrument: Instrument = "unspecified"
    status: Status = "signed"
    domains: list[Domain] = Field(default_factory=list)
    signed: Optional[str] = None
    place: Optional[str] = None
    signatories: list[Signatory] = Field(default_factory=list)
    programmes: list[str] = Field(default_factory=list)
    funding: list[Funding] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: Optional[float] = Field(default=None, ge=0, le=1)

    _date = field_validator("signed")(classmethod(lambda cls, v: check_partial_date(v)))

    @field_validator("parties", "party_countries")
    @classmethod
    def _sorted_codes(cls, v: list[str]) -> list[str]:
        return sorted({c.strip() for c in v if c and c.strip()})

    def model_post_init(self, __context) -> None:
        if not self.party_countries:
            self.party_countries = list(self.parties)


class Event(_Record):
    kind: EventKind = "other"
    status: EventStatus = "planned"
    parties: list[str] = Field(default_factory=list)
    date: Optional[str] = None
    place: Optional[str] = None
    label: Optional[str] = None
    evidence: list[Evidence] = Field(default_factory=list)

    _date = field_validator("date")(classmethod(lambda cls, v: check_partial_date(v)))


class ExtractionRecord(_Record):
    """Everything read from one document."""

    document: str
    published: Optional[str] = None
    title: Optional[str] = None
    agreements: list[Agreement] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

    _date = field_validator("published")(classmethod(lambda cls, v: check_partial_date(v)))

    def to_json_dict(self) -> dict:
        """The record as extraction-format.md writes it (no null keys)."""
        return self.model_dump(mode="json", exclude_none=True)
