"""The shipped vocabularies: countries, blocs, agencies, programmes, instruments,
domains and the cue words of the rules, read from package data files.

They are data, not code, so an installed accordgraph works outside the
repository and a new alias is a one-line change to a CSV file.
"""

from __future__ import annotations

import csv
import difflib
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Optional

from .errors import UnknownTermError
from .records import DOMAINS

BLOC_CODES_WITHOUT_DATA = {"EU": "European Union"}


@dataclass(frozen=True)
class Party:
    """A country, bloc or organisation that can be a party to an accord."""

    code: str
    name: str
    kind: str  # country | bloc | agency | ministry | university | institute | region | company | state_company (signs for its state)
    country: str  # the state or bloc it belongs to (itself for states and blocs)
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: Optional[str] = None
    alpha2: Optional[str] = None
    numeric: Optional[str] = None
    wikidata: Optional[str] = None
    members: tuple[str, ...] = ()
    ambiguous: bool = False
    case_sensitive: bool = False
    exact_aliases: tuple[str, ...] = ()  # forms matched only in their written case ("US", "CAR")
    as_members: bool = False  # an informal grouping (the Quad, AUKUS) whose accords are its members'

    @property
    def is_state(self) -> bool:
        return self.kind in ("country", "bloc")


@dataclass(frozen=True)
class Programme:
    code: str
    name: str
    owner: Optional[str]
    aliases: tuple[str, ...] = ()
    wikidata: Optional[str] = None
    case_sensitive: bool = False
    domain: Optional[str] = None  # the technology domain the programme funds, if it is one


@dataclass(frozen=True)
class Vocabulary:
    parties: dict[str, Party]
    programmes: dict[str, Programme]
    instruments: dict[str, dict]
    domains: dict[str, dict]
    cues: dict[str, list[str]]
    events: dict[str, list[str]]
    common_words: frozenset[str] = field(default_factory=frozenset)
    combining_forms: dict[str, str] = field(default_factory=dict)

    def countries(self) -> list[Party]:
        return [p for p in self.parties.values() if p.kind == "country"]

    def party(self, text: str) -> Party:
        """A country or bloc by code, name or alias, as users type them.

        >>> load_vocabulary().party("japan").code
        'JPN'
        """
        key = text.strip().casefold()
        index = _lookup_index()
        if key in index:
            return self.parties[index[key]]
        choices = sorted({p.name for p in self.parties.values() if p.is_state})
        close = difflib.get_close_matches(text.strip().title(), choices, n=3, cutoff=0.7)
        hint = f" Did you mean {', '.join(close)}?" if close else " Use a name (Japan), an ISO code (JPN, JP) or a bloc code (EU)."
        raise UnknownTermError(f"Unknown country or bloc {text!r}.{hint}")

    def domain(self, text: str) -> str:
        """A domain key, from its key or label; narrower concepts allowed."""
        key = text.strip().lower().replace(" ", "_").replace("-", "_")
        if key in self.domains:
            return key
        for k, d in self.domains.items():
            if d.get("label", "").lower() == text.strip().lower():
                return k
        close = difflib.get_close_matches(key, list(self.domains), n=3, cutoff=0.6)
        hint = f" Did you mean {', '.join(close)}?" if close else ""
        raise UnknownTermError(f"Unknown domain {text!r}.{hint} Valid domains: {', '.join(DOMAINS)}.")

    def narrower(self, domain: str) -> list[str]:
        """The domain and every concept below it in the SKOS scheme."""
        out = [domain]
        for k, d in self.domains.items():
            if d.get("broader") == domain:
                out.extend(self.narrower(k))
        return out


def _split(cell: Optional[str]) -> tuple[str, ...]:
    return tuple(x.strip() for x in (cell or "").split("|") if x.strip())


def _rows(name: str) -> list[dict]:
    path = resources.files("accordgraph") / "vocab" / name
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _toml(name: str) -> dict:
    return tomllib.loads((resources.files("accordgraph") / "vocab" / name).read_text(encoding="utf-8"))


@cache
def load_vocabulary() -> Vocabulary:
    """Read every vocabulary file once per process."""
    parties: dict[str, Party] = {}
    for r in _rows("countries.csv"):
        parties[r["alpha3"]] = Party(
            code=r["alpha3"], name=r["name"], kind="country", country=r["alpha3"],
            aliases=_split(r.get("aliases")), demonyms=_split(r.get("demonyms")),
            capital=(r.get("capital") or None), alpha2=r.get("alpha2") or None,
            numeric=r.get("numeric") or None, wikidata=r.get("wikidata") or None,
            ambiguous=bool((r.get("ambiguous") or "").strip()),
            exact_aliases=_split(r.get("case_sensitive_aliases")),
        )
    for r in _rows("blocs.csv"):
        parties[r["code"]] = Party(
            code=r["code"], name=r["name"], kind="bloc", country=r["code"],
            aliases=_split(r.get("aliases")), members=_split(r.get("members")),
            wikidata=r.get("wikidata") or None, case_sensitive=bool((r.get("case_sensitive") or "").strip()),
            capital=(r.get("seat") or "").strip() or None,  # "Brussels" acting stands for the EU
            as_members=bool((r.get("acts_as_members") or "").strip()),
        )
    for r in _rows("agencies.csv"):
        code = r["short_name"].strip()
        if code in parties:
            continue
        parties[code] = Party(
            code=code, name=r["name"], kind=(r.get("kind") or "agency").strip(), country=r["country"].strip(),
            aliases=_split(r.get("aliases")), wikidata=r.get("wikidata") or None,
            case_sensitive=bool((r.get("case_sensitive") or "").strip()),
        )
    programmes = {
        r["short_name"]: Programme(r["short_name"], r["name"], r.get("owner") or None, _split(r.get("aliases")),
                                   r.get("wikidata") or None, bool((r.get("case_sensitive") or "").strip()),
                                   (r.get("domain") or "").strip() or None)
        for r in _rows("programmes.csv")
    }
    common = (resources.files("accordgraph") / "vocab" / "common_words.txt").read_text(encoding="utf-8")
    return Vocabulary(
        parties=parties,
        programmes=programmes,
        instruments=_toml("instruments.toml"),
        domains=_toml("domains.toml"),
        cues=_toml("cues.toml"),
        events=_toml("events.toml"),
        common_words=frozenset(w.strip() for w in common.splitlines() if w.strip() and not w.startswith("#")),
        combining_forms=_toml("combining_forms.toml"),
    )


@cache
def _lookup_index() -> dict[str, str]:
    """casefolded code, alpha-2, name or alias -> party code (states and blocs first)."""
    vocab = load_vocabulary()
    index: dict[str, str] = {}
    ordered = sorted(vocab.parties.values(), key=lambda p: not p.is_state)
    for p in ordered:
        for form in (p.code, p.alpha2, p.name, *p.aliases, *p.exact_aliases):
            if form:
                index.setdefault(form.casefold(), p.code)
    return index


@cache
def _seats() -> tuple[tuple[str, str], ...]:
    """(capital or seat, party code): blocs' seats first, so "Brussels" is the EU's before Belgium's."""
    vocab = load_vocabulary()
    blocs = [(p.capital, p.code) for p in vocab.parties.values() if p.kind == "bloc" and p.capital]
    return tuple(blocs + [(p.capital, p.code) for p in vocab.countries() if p.capital])


def seated_at(name: str) -> Optional[str]:
    """The bloc or state whose seat or capital `name` begins with ("Washington D.C." -> USA,
    "Brussels" -> EU), else None."""
    return next((code for capital, code in _seats() if name.startswith(capital)), None)
