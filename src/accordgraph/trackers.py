"""Tables of accords with named columns, as trackers and reference pages keep them:

    | Partner | Agreement | Signed | Signed at | Signed by | In force |

The header says which cell holds what; each row below is one accord: its parties
(the partner cells, hyphenated pairs in the accord's name, else the party the
document is about), its kind and name, the signing date at the precision the
cell gives, the city and the signers. A row with no signing date is not told
as signed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .dates import find_dates
from .details import name_of
from .drafts import Draft, make_draft
from .gazetteer import find_domains
from .mentions import SentenceFacts
from .modality import instrument_of
from .names import not_a_name, post_and_name
from .parties import country_of
from .records import Evidence, Signatory

_SIGNED = re.compile(r"^(?:date\s+(?:of\s+)?)?(?:signed|signature|signing|concluded)(?:\s+(?:on|date))?$|^date$", re.I)
_WHAT = re.compile(r"\b(?:agreement|accord|document|instrument|treaty|memorand\w*|mou|name|title|text|deal|partnership)s?\b", re.I)
_WHO = re.compile(r"^(?:partner|partners|country|countries|counterpart|parties|party|with|signator(?:y|ies)\s+countr\w*)$", re.I)
_WHERE = re.compile(r"^(?:(?:signed|signing)\s+(?:at|in)|place|venue|city|where)$", re.I)
_BY = re.compile(r"^(?:signed\s+by|signatories|signers|signatory)$", re.I)
_PROPER = re.compile(r"(?:[A-Z][\w’'-]*\s+(?:(?:of|on|for|and|the|in|to)\s+)*){2,}[A-Z][\w’'-]*(?:\s*\([^)]*\))?")  # "Japan-Malaysia Economic Partnership Agreement (JMEPA)", not "Joint statement on quantum cooperation"
_EMPTY = re.compile(r"^[\s—–\-*_n/a.]*$", re.I)


@dataclass(frozen=True)
class Columns:
    """Which cell of a row holds the signing date, the accord, the partner, the place and the signers."""

    signed: int
    what: Optional[int]
    who: Optional[int]
    where: Optional[int]
    by: Optional[int]
    width: int


def cells(text: str) -> list[str]:
    """The cells of a table row ("| a | b |" -> ["a", "b"])."""
    return [c.strip().strip("*_ ") for c in text.strip().strip("|").split("|")]


def tracker_columns(text: str) -> Optional[Columns]:
    """The columns of a tracker's header row, when it has a signing-date column and an accord or partner column."""
    if text.count("|") < 3 or "\n" in text.strip():
        return None
    heads = cells(text)
    signed = next((k for k, h in enumerate(heads) if _SIGNED.match(h)), None)
    what = next((k for k, h in enumerate(heads) if k != signed and _WHAT.search(h) and not _BY.match(h)), None)
    who = next((k for k, h in enumerate(heads) if _WHO.match(h)), None)
    if signed is None or what is None and who is None:
        return None
    return Columns(signed, what, who, next((k for k, h in enumerate(heads) if _WHERE.match(h)), None),
                   next((k for k, h in enumerate(heads) if _BY.match(h)), None), len(heads))


def is_separator(text: str) -> bool:
    """ "| --- | --- |": the line under a header."""
    return bool(re.fullmatch(r"[\s|:\-]+", text.strip())) and "-" in text


def row_accord(cols: Columns, f: SentenceFacts, host: list[str], domains: list[str]) -> Optional[Draft]:
    """The accord one row of a tracker tells, or None when the row names no second party or no signing date."""
    row = cells(f.text)
    if len(row) != cols.width or _EMPTY.match(row[cols.signed]):
        return None
    bounds = _cell_bounds(f, row)
    parties = list(dict.fromkeys(_parties_in(f, bounds, cols.who) + _parties_in(f, bounds, cols.what)))
    if len({country_of(p) for p in parties}) < 2:
        parties += [h for h in host if country_of(h) not in {country_of(p) for p in parties}][:1]
    dates = [d.value for d in find_dates(row[cols.signed]) if d.value[:1] in "12"]
    dotted = re.fullmatch(r"(0?[1-9]|1[0-2])\.((?:19|20)\d\d)", row[cols.signed])  # "11.2020": a month, as such tables write it
    dates = dates or ([f"{dotted.group(2)}-{int(dotted.group(1)):02d}"] if dotted else [])
    if len({country_of(p) for p in parties}) < 2 or not dates:
        return None
    what = row[cols.what] if cols.what is not None else ""
    kinds = [i for i in f.instruments if cols.what is not None and bounds[cols.what][0] <= i[1] < bounds[cols.what][1]]
    base = dict(instrument=instrument_of(kinds) if kinds else "unspecified", status="signed",
                domains=list(dict.fromkeys(d for _, d in find_domains(" ".join(row)))) or list(domains))
    d = make_draft(frozenset(parties), base, dates[0], [Evidence(start=f.span.start, end=f.span.end, text=f.text)], f, strong=True)
    d.name = name_of(what) or (re.sub(r"\s*\([^)]*\)\s*$", "", what) if kinds and _PROPER.fullmatch(what) else None)
    place = row[cols.where] if cols.where is not None else ""
    d.place = place if place[:1].isupper() and len(place.split()) <= 3 else None  # a city, not "online" or "—"
    d.signatories = _signers(row[cols.by]) if cols.by is not None else []
    return d


def _cell_bounds(f: SentenceFacts, row: list[str]) -> list[tuple[int, int]]:
    """Where each cell of a row lies in the document, to tell whose party a mention is."""
    out, at = [], f.text.find(row[0]) if row[0] else 0
    for cell in row:
        pos = f.text.find(cell, at) if cell else at
        out.append((f.span.start + pos, f.span.start + pos + len(cell)))
        at = pos + len(cell)
    return out


def _parties_in(f: SentenceFacts, bounds: list[tuple[int, int]], k: Optional[int]) -> list[str]:
    """The parties named in cell `k` (none for a column the header lacks)."""
    return [] if k is None else list(dict.fromkeys(p.code for p in f.parties if bounds[k][0] <= p.start < bounds[k][1]))


_SHORT_POSTS = {"PM": "Prime Minister", "FM": "Foreign Minister", "VP": "Vice President", "Amb.": "Ambassador", "Sec.": "Secretary"}


def _signers(cell: str) -> list[Signatory]:
    """ "PM Junichiro Koizumi; President Gloria Macapagal-Arroyo": each signer with the post before the name."""
    out = []
    for part in re.split(r"\s*(?:;|\band\b|/)\s*", cell):
        words = part.split()
        short = _SHORT_POSTS.get(words[0]) if words else None
        post, name = post_and_name(words[1:] if short else words, least=2)
        if 2 <= len(name) <= 5 and not not_a_name(name):
            out.append(Signatory(name=" ".join(name), party=None, post=short or post))
    return out
