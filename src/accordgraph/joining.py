"""Accords that parties join one by one.

"Nigeria and Rwanda signed the Artemis Accords" binds each joiner to the
accord's leader, not to the other joiners; "Brazil followed in March 2019 with
a TSA, and the United Kingdom concluded one in June 2020" gives each follower
its own accord, on its own date, with the party the document is about.
"""

from __future__ import annotations

import re
from typing import Optional

from .mentions import SentenceFacts
from .modality import signing_date, strong_sign
from .parties import country_of, dates_after_each, partners_after_with

_FOLLOWED = re.compile(r"\bfollow(?:ed|s)\s+(?:in|on|with|suit|(?:earlier|later)\s+(?:this|that|last)\s+(?:year|month)|last\s+(?:year|month))\b|\b(?:concluded|signed|agreed)\s+(?:one|its own|a similar one)\b", re.I)


JOINED_BARE = re.compile(r"\b(?:joined|signed\s+up|signed\s+on)\b(?!\s+(?:the|a|an|its|their|forces|talks|in|with|by|as|to|up|behalf|for)\b)")  # "Peru joined last month"


def by_salience(salience: dict[str, int], least: int = 0) -> list[str]:
    """Parties named at least `least` times, the most often named first (ties in order of first mention)."""
    return [c for c, n in sorted(salience.items(), key=lambda kv: -kv[1]) if n >= least]


def followers(f: SentenceFacts, status: str, salience: dict[str, int], anchor: Optional[str]) -> list[tuple[str, Optional[str]]]:
    """ "Brazil followed in March 2019 with a TSA, and the United Kingdom concluded one on 16 June 2020": each
    follower signed the same kind of accord with the party the document is about, on its own date."""
    if status != "signed" or not _FOLLOWED.search(f.text) or len(f.codes()) < 2:
        return []
    last = list(_FOLLOWED.finditer(f.text))[-1]
    if any(p.start - f.span.start >= last.end() for p in f.parties):
        return []  # "Indonesia followed last month, with $20 billion from a group led by the United States and Japan": partners named, not followers
    partner = followed_with(f)
    top = partner or next(iter(by_salience(salience)), None)
    ps = sorted({p.country: p for p in reversed(f.parties) if p.code != partner}.values(), key=lambda p: p.start)  # one per state, the first named
    if not top or any(country_of(p.code) == country_of(top) for p in ps):
        return []
    return list(zip((p.code for p in ps), dates_after_each(f, ps, f.dates, _COORDINATED)))  # "Nigeria and Rwanda signed in December 2022": both then


def followed_with(f: SentenceFacts) -> Optional[str]:
    """ "Poland signed a declaration with the United States in September 2019, and Slovenia followed":
    the partner the first signer signed "with", whom the followers join too; None when there is none."""
    follow = _FOLLOWED.search(f.text)
    partner = next(iter(partners_after_with(f)), None) if follow else None
    return partner if partner and any(p.code == partner and p.start - f.span.start < follow.start() for p in f.parties) else None


_COORDINATED = re.compile(r"\s*(?:,\s*)?(?:and\s+|as well as\s+)?")


def joiners(f: SentenceFacts, led: Optional[str], joins: list, status: str, anchor: Optional[str]) -> list[tuple[str, Optional[str]]]:
    """ "Nigeria and Rwanda signed the Artemis Accords": each joiner binds itself to the
    accord's leader, not to the other joiners."""
    if not led or status != "signed" or not (joins or strong_sign(f.text)):
        return []
    aside = re.search(r",?\s+(?:while|whereas|although|even as)\b", f.text)  # "..., while staying in China's Moon base"
    named = list(dict.fromkeys(p.code for p in f.parties if not aside or p.start - f.span.start < aside.start()))
    codes = [c for c in named if country_of(c) != led]
    if len(codes) < (1 if len(named) < len(f.codes()) else 2) or len(codes) != len(named):
        return []
    date = signing_date(f, anchor)
    return [(c, date) for c in codes]
