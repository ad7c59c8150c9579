"""Plain-English questions of the competency-question kinds, answered with their sources.

A question is read by patterns over the shipped vocabularies (countries and
blocs by name, alias, code or demonym; domains by key, label or keyword;
instruments; dates), never by a language model. A question that fits no form,
or names something a form cannot use, is declined with the forms it can read:
nothing is guessed.
"""

from __future__ import annotations

import re
import sys
import types
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Optional

from pydantic import BaseModel, Field

from . import queries
from .errors import InputError
from .results import Table
from .store import Store
from .vocabulary import load_vocabulary

FORMS = {
    "cq01": "which bilateral DOMAIN accords does COUNTRY hold, and when were they signed?",
    "cq02": "who signed the COUNTRY-COUNTRY [INSTRUMENT]?",
    "cq03": "which programmes carry COUNTRY's cooperation with COUNTRY?",
    "cq04": "what was signed in PERIOD?  /  what did COUNTRY sign in PERIOD?",
    "cq05": "who works with COUNTRY [on DOMAIN]?",
    "cq06": "what is planned [with COUNTRY] [in PERIOD]?",
    "cq07": "what is the evidence that COUNTRY and COUNTRY signed [in PERIOD]?",
    "cq08": "which funding is committed [in COUNTRY's accords]?",
    "cq09": "which country is the hub of [DOMAIN] accords?",
    "cq10": "how is COUNTRY connected to COUNTRY?  /  which parties are farthest apart?",
    "accords": "which [bilateral] [DOMAIN] accords does COUNTRY hold [since PERIOD] [before PERIOD]?",
}
_SLOTS = ("COUNTRY: a name, alias, code or demonym (Japan, JPN, Japanese, the EU); DOMAIN: a key, label or keyword "
          "(quantum, chips, artificial intelligence); PERIOD: 2025, May 2025 or 13 May 2025.")
_REFUSE = re.compile(r"\b(why|should|would|could|will|predict\w*|forecast\w*|opinion|think|best|worst|better|worse|likely)\b")
_RELATIVE = re.compile(r"\b(last|next|this|previous|coming) (year|month|week|decade)\b|\b(yesterday|today|recently|lately)\b")
_GENERIC_INSTRUMENTS = {"agreement", "unspecified"}
_CUES = [  # (kind, cue): the first kind whose cue the question holds is the form it is read as
    ("cq07", r"\b(evidence|sources?|proof|prove[sn]?|cite|citations?|which sentences?|how do (?:we|you|i) know|where does it say)\b"),
    ("cq02", r"\bwho (?:has |have |had )?(?:signed|signs|sign)\b|\bsignator|\bin what posts?\b"),
    ("cq03", r"\bprogram|\b(?:carr(?:y|ies|ied)|implement(?:s|ed)?)\b"),
    ("cq08", r"\b(?:fund(?:s|ing|ed)?|money|budgets?|financ\w*|invest\w*|committ?(?:ed|s|ment|ments)?)\b"),
    ("cq06", r"\b(?:planned|plans?|upcoming|scheduled|events?|coming up)\b"),
    ("cq09", r"\b(?:hubs?|most (?:partners|connected|accords)|best connected|central\w*|key players?|highest degree)\b"),
    ("cq10", r"\b(?:connected|connects?|paths?|routes?|linked|links?|chain|separation|reach(?:es)?|apart|farthest|furthest)\b"),
    ("cq05", r"\b(?:works? with|working with|cooperat\w*|co-operat\w*|collaborat\w*|partners?|partnered|allies|with whom)\b"),
    ("cq01", r"\bbilateral\b"),
    ("cq04", r"\b(?:sign(?:s|ed)?|agreed|concluded|accords?|agreements?|deals?|treat(?:y|ies)|memorand\w*|mo[uc]s?|pacts?|happened|hold|holds|list)\b"),
]  # a cq04 question without a period lists accords


class Citation(BaseModel):
    """A sentence an answer rests on: its document, character offsets and text."""

    accord: Optional[str] = None  # the accord or event id it supports
    document: str
    start: int
    end: int
    text: str


class Answer(BaseModel):
    """What `ask` understood, the rows answering it, their sources, and a plain message."""

    question: str
    kind: str  # cq01 ... cq10, or accords
    understood: str  # the form the question was read as
    parameters: dict[str, Any] = Field(default_factory=dict)
    table: Table
    citations: list[Citation] = Field(default_factory=list)
    message: str = ""


class QuestionNotUnderstood(InputError):
    """A question that fits none of the forms `ask` reads (the message lists them)."""


@dataclass
class Reading:
    """The vocabulary terms found in a question."""

    text: str
    parties: list[str] = field(default_factory=list)
    domain: Optional[str] = None
    instrument: Optional[str] = None
    period: Optional[str] = None
    since: Optional[str] = None
    until: Optional[str] = None
    bilateral: bool = False


def forms_text() -> str:
    """The forms `ask` reads, one per line, for a declined question."""
    return "\n".join(f"  {k:<8} {v}" for k, v in FORMS.items()) + "\n  " + _SLOTS


def decline(question: str, why: str = "") -> QuestionNotUnderstood:
    return QuestionNotUnderstood(f"Cannot read {question.strip()!r} as a question of a known form{why}; "
                                 f"nothing was guessed. Forms it reads:\n{forms_text()}")


def read_question(question: str) -> tuple[str, Reading]:
    """The kind of a question and the terms it names; raises QuestionNotUnderstood otherwise."""
    text = " ".join(question.replace("’", "'").replace("–", "-").split())
    low = text.lower()
    if not low or _REFUSE.search(low):
        raise decline(question, " (it asks for a reason, an opinion or a prediction)" if low else "")
    if _RELATIVE.search(low):
        raise InputError(f"{question.strip()!r} names a relative period; give it as 2025, May 2025 or 13 May 2025.")
    r = Reading(text=low, parties=_parties(text), bilateral=bool(re.search(r"\bbilateral\b", low)))
    r.domain = _domain(low.replace("_", " "), text)
    r.instrument = _instrument(text)
    _periods(text, r)
    kind = next((k for k, cue in _CUES if re.search(cue, low)), None)
    if kind is None:
        raise decline(question)
    if kind == "cq05" and len(r.parties) == 2:
        kind = "accords"  # "does Japan work with India": their accords
    if kind == "cq04" and not r.period:
        kind = "accords"
    if kind == "accords" and not (r.parties or r.domain or r.instrument or r.since or r.until or r.bilateral or "all" in low.split()):
        raise decline(question, " (it names no country, domain, instrument or period)")
    need = {"cq01": 1, "cq02": 2, "cq03": 2, "cq05": 1, "cq07": 2}.get(kind, 0)
    if len(r.parties) < need:
        _unknown_party(text)
        raise decline(question, f" (the form {FORMS[kind]!r} needs {need} countr{'y' if need == 1 else 'ies'}, found {len(r.parties)})")
    if kind in ("cq01", "cq05", "cq09", "accords") and not r.domain:
        _unknown_domain(low)
    if kind == "cq01" and not r.domain:
        kind = "accords"
    return kind, r


def _parties(text: str) -> list[str]:
    """Countries and blocs in order of mention: names, aliases, demonyms, and ISO alpha-3 codes in capitals."""
    from .gazetteer import party_matcher
    from .text import tokenize

    vocab, found = load_vocabulary(), []
    spans = [(m.start, m.end, m.entry.code) for m in party_matcher().find(tokenize(text)) if m.entry.kind in ("party", "demonym")]
    spans += [(m.start(), m.end(), m.group()) for m in re.finditer(r"\b[A-Z]{3}\b", text)
              if m.group() in vocab.parties and vocab.parties[m.group()].kind == "country" and not any(a <= m.start() < b for a, b, _ in spans)]
    for _, _, code in sorted(spans):
        p = vocab.parties[code]
        found.append(p.code if p.is_state else p.country)
    return list(dict.fromkeys(found))


def _unknown_party(text: str) -> None:
    """Raise a did-you-mean error when a word looks like a misspelt country."""
    import difflib

    vocab = load_vocabulary()
    names = sorted({p.name for p in vocab.parties.values() if p.is_state})
    for word in re.findall(r"\b[A-Za-z][a-z]{3,}\b", text):
        if word.lower() in vocab.common_words:
            continue
        close = difflib.get_close_matches(word.title(), names, n=1, cutoff=0.8)
        if close and close[0].lower() != word.lower():
            vocab.party(word)  # raises UnknownTermError with the suggestion


def _domain(low: str, text: str) -> Optional[str]:
    """The one domain a question names (the most specific wording wins)."""
    vocab, hits = load_vocabulary(), []
    for key, spec in vocab.domains.items():
        words = [(w, r"s?\b") for w in (key.replace("_", " "), spec.get("label", ""))] + [(w, "") for w in spec.get("keywords", [])]
        for word, tail in words:
            hits.extend((m.start(), -len(word), key) for m in re.finditer(r"\b" + re.escape(word.lower()) + tail, low))
        for abbr in spec.get("abbreviations", []):
            hits.extend((m.start(), -len(abbr), key) for m in re.finditer(r"\b" + re.escape(abbr) + r"(?!\w)", text))
    kept: list[tuple[int, int, str]] = []
    for start, neg, key in sorted(hits):
        if not any(s <= start < s - n for s, n, _ in kept):
            kept.append((start, neg, key))
    found = list(dict.fromkeys(k for _, _, k in kept))
    if len(found) > 1:
        raise InputError(f"The question names several domains ({', '.join(found)}); ask about one at a time.")
    return found[0] if found else None


def _unknown_domain(low: str) -> None:
    """Raise a did-you-mean error for "on WORD" when WORD is no domain."""
    m = re.search(r"\b(?:on|in the field of|in the area of) ([a-z][a-z-]{2,})\b", low)
    if m and m.group(1) not in ("the", "which", "what", "whose", "its", "their", "behalf", "record", "paper"):
        load_vocabulary().domain(m.group(1))


def _instrument(text: str) -> Optional[str]:
    from .gazetteer import instrument_matcher
    from .text import tokenize

    keys = [m.entry.code for m in instrument_matcher().find(tokenize(text)) if m.entry.code not in _GENERIC_INSTRUMENTS]
    return keys[0] if keys else None


def _periods(text: str, r: Reading) -> None:
    from .dates import find_dates

    for d in find_dates(text):
        if d.value.startswith("--"):
            raise InputError(f"{d.text!r} has no year; give the period as 2025, May 2025 or 13 May 2025.")
        before = text[: d.start].lower().rstrip()
        if re.search(r"\b(since|from|after)$", before) or (re.search(r"\bbetween$", before)):
            r.since = _shift(d.value, 1) if before.endswith("after") else d.value
        elif re.search(r"\b(until|till|by|before|to|and)$", before) and (r.since or not before.endswith(("to", "and"))):
            r.until = _shift(d.value, -1) if before.endswith("before") else d.value
        else:
            r.period = d.value


def _shift(value: str, step: int) -> str:
    """The period just after (step 1) or before (-1) a year, month or day."""
    if len(value) == 4:
        return f"{int(value) + step:04d}"
    if len(value) == 7:
        y, m = int(value[:4]), int(value[5:]) + step
        y, m = (y + 1, 1) if m == 13 else (y - 1, 12) if m == 0 else (y, m)
        return f"{y:04d}-{m:02d}"
    return (date.fromisoformat(value) + timedelta(days=step)).isoformat()


def ask(store: Store, question: str) -> Answer:
    """Answer a plain-English question of a competency-question kind, with citations.

    >>> ask(store, "which bilateral quantum accords does Japan hold").table.rows  # doctest: +SKIP
    """
    kind, r = read_question(question)
    table, cited, understood, message = _ANSWER[kind](store, r)
    params = {k: v for k, v in vars(r).items() if v and k != "text"}
    return Answer(question=question, kind=kind, understood=understood, parameters=params, table=table,
                  citations=citations(store, cited), message=message or table.message or f"{len(table)} rows.")


def citations(store: Store, subjects: list[str]) -> list[Citation]:
    """The sentences behind each accord or event id, in the order given, without repeats."""
    return [Citation(accord=s, **row) for s in dict.fromkeys(subjects) for row in queries.sources(store, s).rows]


def _name(code: str) -> str:
    p = load_vocabulary().parties.get(code)
    return p.name if p else code


def _terms(r: Reading, skip: tuple[str, ...] = ()) -> str:
    """The terms of a reading in words: "with Japan, in quantum, since 2020"."""
    parts = [] if "parties" in skip or not r.parties else ["with " + " and ".join(map(_name, r.parties))]
    parts += [f"in {r.domain}"] if r.domain and "domain" not in skip else []
    parts += [f"{r.instrument.replace('_', ' ')}s"] if r.instrument and "instrument" not in skip else []
    parts += [f"in {r.period}"] if r.period and "period" not in skip else []
    parts += [f"since {r.since}"] if r.since else []
    parts += [f"until {r.until}"] if r.until else []
    return ", ".join(parts)


def _in_period(signed: Optional[str], period: str) -> bool:
    """CQ4's reading: a date matches a period only at the period's precision or finer."""
    return bool(signed) and not signed.startswith("--") and signed.startswith(period) and len(signed) >= len(period)


def _within(d: Optional[str], since: Optional[str], until: Optional[str]) -> bool:
    """The --since/--until reading of `accords`: a date is kept if its own precision allows, an undated one never."""
    if not (since or until):
        return True
    if not d or d.startswith("--"):
        return False
    return not (since and d < since[: len(d)]) and not (until and d[: len(until)] > until)


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _restrict(store: Store, t: Table, r: Reading, applied: set[str]) -> Table:
    """Keep the rows whose accord fits the terms the kind's own query did not apply."""
    parties = [] if "parties" in applied else r.parties
    domain, instrument, period = (None if k in applied else getattr(r, k) for k in ("domain", "instrument", "period"))
    bilateral = r.bilateral and "bilateral" not in applied
    since, until = (None, None) if "window" in applied else (r.since, r.until)
    if not (parties or domain or instrument or period or bilateral or since or until):
        return t
    found = queries.accords(store, country=parties[0] if parties else None, domain=domain, bilateral=bilateral, since=since, until=until)
    keep = {a["accord"] for a in found.rows if set(parties) <= set(a["parties"])
            and (not instrument or a["instrument"] == instrument) and (not period or _in_period(a["signed"], period))}
    t.rows = [x for x in t.rows if x["accord"] in keep]
    return t


def _refuse(r: Reading, kind: str, *slots: str) -> None:
    named = [s for s in slots if getattr(r, s)]
    if named:
        raise InputError(f"The form {FORMS[kind]!r} cannot use the {' or '.join(named)} the question names; ask without it.")


def _cq01(store: Store, r: Reading):
    t = _restrict(store, queries.bilateral_accords(store, _name(r.parties[0]), r.domain), r, {"domain", "bilateral"} | ({"parties"} if len(r.parties) == 1 else set()))
    undated = sum(1 for x in t.rows if not x["signed"])
    msg = f"{_name(r.parties[0])} holds {_n(len(t), 'bilateral ' + r.domain + ' accord')}" + (f"; {undated} without a known signing date, listed last." if undated else ".")
    return t, [x["accord"] for x in t.rows], f"CQ1: bilateral {r.domain} accords of {_name(r.parties[0])}, with signing dates", msg if t.rows else ""


def _cq02(store: Store, r: Reading):
    a, b = r.parties[:2]
    t = _restrict(store, queries.signatories(store, _name(a), _name(b), r.instrument), r, {"instrument"} | ({"parties"} if len(r.parties) == 2 else set()))
    what = r.instrument.replace("_", " ") if r.instrument else "accords"
    msg = "; ".join(f"{x['name']} for {_name(x['partyCode'] or '')}" + (f" ({x['post']})" if x["post"] else "") + (f" in {x['place']}" if x["place"] else "") for x in t.rows)
    return t, [x["accord"] for x in t.rows], f"CQ2: who signed the {_name(a)}–{_name(b)} {what}, for whom, in what post, where", msg


def _cq03(store: Store, r: Reading):
    a, b = r.parties[:2]
    t = _restrict(store, queries.programmes(store, _name(a), _name(b)), r, {"parties"} if len(r.parties) == 2 else set())
    msg = "Programmes: " + ", ".join(dict.fromkeys(x["programme"] for x in t.rows)) + "." if t.rows else ""
    return t, [x["accord"] for x in t.rows], f"CQ3: programmes carrying the cooperation of {_name(a)} and {_name(b)}", msg


def _cq04(store: Store, r: Reading):
    t = _restrict(store, queries.signed_in(store, r.period), r, {"period"})
    terms = _terms(r, ("period",))
    msg = f"{_n(len(t), 'accord')} signed in {r.period}" + (f" ({terms})" if terms else "") + "." if t.rows else ""
    return t, [x["accord"] for x in t.rows], f"CQ4: accords signed in {r.period}" + (f", {terms}" if terms else ""), msg


def _cq05(store: Store, r: Reading):
    _refuse(r, "cq05", "instrument", "period", "since", "until")
    c = r.parties[0]
    t = queries.partners(store, _name(c), r.domain)
    cited = queries.accords(store, country=c, domain=r.domain).rows
    where = f" on {r.domain}" if r.domain else ""
    msg = f"{_name(c)} works with {_n(len(t), 'partner')}{where}, in order of first agreement." if t.rows else ""
    return t, [x["accord"] for x in cited if len(x["parties"]) > 1], f"CQ5: partners of {_name(c)}{where}, in order of first agreement", msg


def _cq06(store: Store, r: Reading):
    _refuse(r, "cq06", "domain", "instrument")
    t = queries.planned_events(store)
    t.rows = [x for x in t.rows if set(r.parties) <= set((x["parties"] or "").split(","))
              and (not r.period or _in_period(x["date"], r.period)) and _within(x["date"], r.since, r.until)]
    terms = _terms(r)
    return t, [x["event"] for x in t.rows], "CQ6: planned events, when and where" + (f" ({terms})" if terms else ""), f"{_n(len(t), 'planned event')}." if t.rows else ""


def _cq07(store: Store, r: Reading):
    a, b = r.parties[:2]
    t = _restrict(store, queries.evidence(store, _name(a), _name(b), r.period or ""), r, {"period"} | ({"parties"} if len(r.parties) == 2 else set()))
    when = f" in {r.period}" if r.period else ""
    msg = f"{_n(len({x['document'] for x in t.rows}), 'document')}, {_n(len(t), 'sentence')}." if t.rows else ""
    return t, [x["accord"] for x in t.rows], f"CQ7: the evidence that {_name(a)} and {_name(b)} signed{when}", msg


def _cq08(store: Store, r: Reading):
    t = _restrict(store, queries.funding(store), r, set())
    terms = _terms(r)
    msg = "; ".join(f"{_name(x['funderCode'] or '?')}: {x['amount']:,.0f} {x['currency']}" + (f" per {x['per']}" if x["per"] else "") for x in t.rows)
    return t, [x["accord"] for x in t.rows], "CQ8: funding committed, by whom, for what" + (f" ({terms})" if terms else ""), msg


def _network(store: Store, r: Reading):
    from .network import filter_network, generate_network

    return filter_network(generate_network(store), r.domain, r.since or r.period, r.until or r.period)


def _cq09(store: Store, r: Reading):
    from .network import hubs

    _refuse(r, "cq09", "parties", "instrument")
    g = _network(store, r)
    rows = hubs(g, top=10)
    t = Table(columns=["party", "label", "degree", "accords", "betweenness"], rows=rows, message=None if rows else "No accords of two or more parties match.")
    top = [x for x in rows if rows and x["degree"] == rows[0]["degree"]]
    scope = _terms(r) or "all domains"
    cited = sorted({d["accord"] for x in top[:1] for _, _, d in g.edges(x["party"], data=True)})
    msg = ""
    if top:
        msg = f"{top[0]['label']} is the hub: {_n(top[0]['degree'], 'partner')} over {_n(len(cited), 'accord')}" + (
            f"; tied on partners with {', '.join(x['label'] for x in top[1:])}, ranked by betweenness, then code." if len(top) > 1 else ".")
    return t, cited, f"CQ9: the hub of the accord network ({scope})", msg


def _cq10(store: Store, r: Reading):
    from .network import farthest_pair, path_accords, shortest_path

    _refuse(r, "cq10", "instrument")
    g = _network(store, r)
    if len(r.parties) == 1 or (len(r.parties) == 2 and r.parties[0] == r.parties[1]):
        raise decline(r.text, " (a path needs two different countries, or none to find the farthest pair)")
    if r.parties:
        a, b = r.parties[:2]
        path = shortest_path(g, a, b)
        understood = f"CQ10: the fewest-accords path from {_name(a)} to {_name(b)}"
    else:
        path, _ = farthest_pair(g)
        understood = "CQ10: the two parties joined through the most others, and the path"
    hops = path_accords(g, path)
    t = Table(columns=["from", "to", "accords", "domains", "signed"], rows=hops,
              message=None if hops else f"{' and '.join(map(_name, r.parties)) or 'No two parties'} are not connected by accords in the store.")
    via = [_name(p) for p in path[1:-1]]
    msg = f"{_name(path[0])} reaches {_name(path[-1])} " + (f"through {', '.join(via)}" if via else "directly") + f" ({_n(len(hops), 'hop')})." if hops else ""
    return t, [a for h in hops for a in h["accords"]], understood, msg


def _accords(store: Store, r: Reading):
    t = _restrict(store, queries.accords(store, country=r.parties[0] if r.parties else None, domain=r.domain, bilateral=r.bilateral,
                                         since=r.since, until=r.until), r, {"domain", "bilateral", "window"} | ({"parties"} if len(r.parties) < 2 else set()))
    terms = _terms(r)
    return t, [x["accord"] for x in t.rows], "accords" + (f" {terms}" if terms else ", all"), f"{_n(len(t), 'accord')}." if t.rows else ""


_ANSWER = {"cq01": _cq01, "cq02": _cq02, "cq03": _cq03, "cq04": _cq04, "cq05": _cq05, "cq06": _cq06,
           "cq07": _cq07, "cq08": _cq08, "cq09": _cq09, "cq10": _cq10, "accords": _accords}


class _CallableModule(types.ModuleType):
    """`accordgraph.ask` names this module and its function: importing the module puts the
    module where the package's lazy `ask` was, so the module answers calls as the function."""

    def __call__(self, store: Store, question: str) -> Answer:
        return ask(store, question)


sys.modules[__name__].__class__ = _CallableModule
