"""People who stand for a state: "Macron and Scholz signed", "Yoon and Tokayev adopted".

A document's `PersonIndex` knows two kinds of names: office holders of the
shipped `leaders.csv` in office around the document's date, and people the
document itself introduces with their country ("Spain's prime minister, Pedro
Sánchez", "Zambian Foreign Minister Stanley Kakubo"). Later a full name or a
surname alone maps back to the state. An ambiguous surname maps to nothing.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Optional

from .mentions import PartyMention, SentenceFacts
from .vocabulary import load_vocabulary

_NAME = r"[A-Z][\w’'.-]+(?:\s+(?:(?:de|da|van|von|der|den|bin|al|el|di|du|la|le|dos|das)\s+)*[A-Z][\w’'.-]+){1,3}"
_FAMILY_FIRST = {"CHN", "KOR", "PRK", "TWN", "VNM", "KHM", "MNG", "HUN"}


@dataclass(frozen=True)
class Leader:
    name: str
    country: str
    role: str
    start: Optional[int]
    end: Optional[int]
    aliases: tuple[str, ...] = ()


@cache
def leaders() -> tuple[Leader, ...]:
    """Office holders shipped in vocab/leaders.csv (none if the file is absent)."""
    path = resources.files("accordgraph") / "vocab" / "leaders.csv"
    if not path.is_file():
        return ()
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    year = lambda v: int(v) if (v or "").strip().isdigit() else None  # noqa: E731
    return tuple(Leader(r["name"].strip(), r["country"].strip(), r.get("role", "").strip(), year(r.get("start")), year(r.get("end")),
                        tuple(a.strip() for a in (r.get("aliases") or "").split("|") if a.strip())) for r in rows if r.get("name"))


def _forms(name: str, country: str) -> list[str]:
    words = name.split()
    forms = [name]
    if len(words) >= 2:
        forms.append(words[-1])
        if country in _FAMILY_FIRST:
            forms.append(words[0])
    return forms


class PersonIndex:
    """Names that stand for a state in one document."""

    def __init__(self, anchor: Optional[date] = None) -> None:
        self._full: dict[str, set[str]] = {}
        self._short: dict[str, set[str]] = {}
        known = load_vocabulary().parties
        common = load_vocabulary().common_words
        for leader in leaders():
            if leader.country not in known:
                continue
            if anchor and not ((leader.start or 0) - 1 <= anchor.year <= (leader.end or 9999) + 1):
                continue
            for alias in (leader.name, *leader.aliases):
                self._full.setdefault(alias, set()).add(leader.country)
                for form in _forms(alias, leader.country)[1:]:
                    if len(form) > 2 and form.lower() not in common:
                        self._short.setdefault(form, set()).add(leader.country)
        self._learned: dict[str, str] = {}
        self._names: dict[str, str] = {}
        self._rx = None  # compiled on first use, again after each new introduction

    def learn(self, f: SentenceFacts) -> None:
        """Remember people this sentence introduces with their country."""
        heads = _post_heads()
        base = f.span.start
        for p in f.parties:
            if p.kind != "country":
                continue
            after = f.text[p.end - base:]
            m = re.match(rf"(?:[’']s)?\s+(?:[\w-]+\s+){{0,6}}?(?:{heads})\s*,?\s+(?P<n>{_NAME})", after)
            if not m:
                before = f.text[:p.start - base]
                m = re.search(rf"(?P<n>{_NAME}),\s+(?:the\s+)?$", before) if re.match(rf"(?:[’']s)?\s+(?:[\w-]+\s+){{0,6}}?(?:{heads})\b", after) else None
            if m:
                name = m.group("n").rstrip(".,")
                for form in _forms(name, p.country):
                    if self._learned.get(form) != p.country:
                        self._learned[form] = p.country
                        self._rx = None

    def mentions(self, f: SentenceFacts) -> list[PartyMention]:
        """The people of this sentence who stand for a state, as party mentions."""
        if self._rx is None:
            names = {k: next(iter(v)) for k, v in self._short.items() if len(v) == 1}
            names.update({k: next(iter(v)) for k, v in self._full.items() if len(v) == 1})
            names.update(self._learned)
            self._names = names
            alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
            self._rx = re.compile(rf"(?<![\w’'-])(?:{alts})(?![\w’'-])") if names else False
        if not self._rx:
            return []
        out = []
        for m in self._rx.finditer(f.text):
            country = self._names[m.group()]
            party = load_vocabulary().parties.get(country)
            out.append(PartyMention(country, country, party.kind if party else "country", f.span.start + m.start(), f.span.start + m.end(), "person"))
        return out


@cache
def _post_heads() -> str:
    import tomllib
    lex = tomllib.loads((resources.files("accordgraph") / "vocab" / "people.toml").read_text(encoding="utf-8"))
    words = set(lex["post_heads"]) | set(lex["post_lower"])
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
