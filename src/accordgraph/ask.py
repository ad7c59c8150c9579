"""Plain-English questions of the competency-question kinds, answered with their sources.

`question` reads a question into a form and its terms (or declines it); this
module runs the form's query, keeps the rows that fit every named term, and
cites the sentences behind them.
"""

from __future__ import annotations

import sys
import types
from typing import Any, Optional

from pydantic import BaseModel, Field

from . import queries
from .errors import InputError
from .question import FORMS, QuestionNotUnderstood, Reading, decline, forms_text, read_question
from .results import Table
from .store import Store
from .vocabulary import load_vocabulary

# answering lives here, reading in `question`; its public names stay importable from `accordgraph.ask`
__all__ = ["Answer", "Citation", "FORMS", "QuestionNotUnderstood", "Reading", "ask", "citations", "decline",
           "forms_text", "read_question"]


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
