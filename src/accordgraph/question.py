"""Reading a plain-English question: which competency-question form it fits and the terms it names.

A question is read by patterns over the shipped vocabularies (countries and
blocs by name, alias, code or demonym; domains by key, label or keyword;
instruments; dates), never by a language model. A question that fits no form,
or names something a form cannot use, is declined with the forms it can read:
nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Optional

from .errors import InputError
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
    """The error for a question no form reads (why, if given, says what was missing), listing the forms."""
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
