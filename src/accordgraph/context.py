"""What earlier lines lend to a sentence: the party set "the three governments" points
back to, the year a day written without one belongs to, the day "today" means,
and which lines are headings, headlines or date lines rather than prose."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Sequence

from .documents import Document
from .drafts import Draft
from .listing import is_item
from .mentions import SentenceFacts
from .modality import IN_FORCE, SAID
from .vocabulary import seated_at
from .text import LEADS_DATELINE, NUMBER, Span

TODAY = re.compile(r"\btoday\b", re.I)


THE_N = re.compile(r"\b(?:the|all|both|all the|the same|these|those)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?"
                    r"(?:countries|governments|nations|sides|partners|leaders|states|parties|ministers|agencies|signatories)\b", re.I)


def context_for(text: str, ctx: list[str], history: list[list[str]]) -> list[str]:
    """ "the three governments": the latest party set of that size, else the latest one."""
    m = THE_N.search(text)
    if not m or len(ctx) == NUMBER[m.group("n").lower()]:
        return ctx
    n = NUMBER[m.group("n").lower()]
    exact = next((h for h in reversed(history) if len(h) == n), None)
    if exact:
        return exact
    union: list[str] = []
    for h in reversed(history[-4:]):  # "the six governments": the parties of the last few sentences together
        union += [c for c in h if c not in union]
        if len(union) == n:
            return union
    return ctx


def subject_points_back(f: SentenceFacts, codes: list[str], ctx: list[str]) -> list[str]:
    """ "In December 2021 the same three countries issued a joint statement committing to fund the cable
    to Nauru, Kiribati and Micronesia": the subject points back to the party set in view; the states
    named after the accord are what it is about."""
    m = THE_N.search(f.text)
    if not m or not f.instruments or not f.parties or len(ctx) != NUMBER[m.group("n").lower()] or m.start() > f.instruments[0][1] - f.span.start \
            or any(p.start < f.instruments[0][1] for p in f.parties):
        return codes
    between = re.search(r"\bbetween\s", f.text[f.instruments[0][1] - f.span.start:])
    if between and len({p.country for p in f.parties if p.start - f.instruments[0][1] >= between.start()}) == len(ctx):
        return codes  # "the two leaders signed the Accord on Support and Cooperation between Japan and Ukraine": its title names them
    return list(ctx)


_MONTH_DAY = re.compile(r"^(?!.*\b(?:19|20)\d\d\b)(?=.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)", re.I)


def year_from_before(f: SentenceFacts, facts: list[SentenceFacts], spans: list[Span], i: int, text: str) -> None:
    """ "... its list of November 2023. That same month, on 22 November, ...": a day written without
    its year takes the year written before it in the same sentence ("declared complete in April 2003,
    ... signed on 14 April"), else the one the sentence before gives, in the same paragraph."""
    for k, d in enumerate(f.dates):
        years = [e.value[:4] for e in f.dates[:k] if not e.relative and e.value[:1] in "12"]
        if years and d.relative and len(d.value) == 10 and _MONTH_DAY.match(d.text) and not d.value.startswith(years[-1]):
            f.dates[k] = replace(d, value=years[-1] + d.value[4:])
    same_paragraph = i > 0 and facts and "\n\n" not in text[spans[i - 1].end:spans[i].start]
    years = [d.value[:4] for d in facts[-1].dates if not d.relative and d.value[:1] in "12"] if same_paragraph else []
    for k, d in enumerate(f.dates):  # "took shape in 2003 ... . Japan joined the following year": 2004
        step = _SEQUEL.get(d.text.lower())
        told = [e.value[:4] for e in f.dates[:k] if not e.relative and e.value[:1] in "12"] or years
        if step and told:
            f.dates[k] = replace(d, value=f"{int(told[-1]) + step:04d}")
    if years:
        _give_year(f, years[-1], (10,))


_SEQUEL = {"the following year": 1, "the previous year": -1}


def _give_year(f: SentenceFacts, year: str, lengths: tuple[int, ...]) -> None:
    """Dates written without a year ("22 November") take `year`, for values of the given lengths."""
    for k, d in enumerate(f.dates):
        if any(e is not d and len(e.value) == 7 and e.value[5:] == d.value[5:7] for e in f.dates):
            continue  # "In early February ...: on 5 February": the sentence's own month gives the year
        if d.relative and len(d.value) in lengths and _MONTH_DAY.match(d.text) and not d.value.startswith(year):
            f.dates[k] = replace(d, value=year + d.value[4:])


def year_from_heading(f: SentenceFacts, year: Optional[str]) -> None:
    """ "**1979**" over "- **31 January** - Carter and Deng sign ...": a timeline's year
    heading gives the year of the days and months listed under it."""
    if year:
        _give_year(f, year, (7, 10))


def day_before(facts: list[SentenceFacts], spans: list[Span], i: int, doc: Document) -> Optional[str]:
    """ "held talks in Abu Dhabi today. The leaders witnessed the exchange of the following:": the
    list takes the date the sentence before gives in the same paragraph."""
    if i == 0 or "\n\n" in doc.text[spans[i - 1].end:spans[i].start]:
        return None
    prev = facts[i - 1]
    if TODAY.search(prev.text):
        return doc.dateline or doc.published
    if len(prev.dates) == 1:
        return prev.dates[0].value
    anchor = doc.anchor.isoformat() if doc.anchor else "9999"
    days = [d.value for d in prev.dates if len(d.value) == 10 and d.value <= anchor]
    return max(days) if days else None  # "hosted the leaders on 13 May 2016, after the gathering of 4 September 2013": the news day


def lead_in_before(facts: list[SentenceFacts], spans: list[Span], i: int) -> Optional[SentenceFacts]:
    """ "... after which the leaders witnessed the exchange of the following documents." then a heading
    and a table: the sentence that announced the table at `i`, across up to two headings between."""
    j = i - 1
    while j >= 0 and i - j <= 3 and is_heading(spans[j].text):
        j -= 1
    if j < 0 or i - j > 3 or not (THE_FOLLOWING.search(spans[j].text) or spans[j].text.rstrip().endswith(":")):
        return None
    return facts[j]


_ANNOUNCES_SIGNED = re.compile(r"\bthe\s+following\s+(?:[\w-]+\s+){0,2}(?:documents|agreements|memoranda|memorandums|mous|instruments)(?:\s*/\s*(?:mous|agreements|memoranda|documents))?\s+"
                               r"(?:were|have\s+been|was)\s+(?:signed|exchanged|concluded)\b", re.I)


def table_announced(facts: list[SentenceFacts], i: int) -> Optional[SentenceFacts]:
    """ "The following documents were exchanged in Colombo on 5 April 2025 ...", then a sentence or two
    and a heading: the sentence, within the four before `i` (the table's header, `facts[i]`), that
    announced the table of documents signed."""
    return next((f for f in reversed(facts[max(0, i - 4):i]) if _ANNOUNCES_SIGNED.search(f.text)), None)


def day_in(f: SentenceFacts, doc: Document) -> Optional[str]:
    """The one day a sentence gives ("today" is the document's)."""
    if TODAY.search(f.text):
        return doc.dateline or doc.published
    days = [d.value for d in f.dates if len(d.value) == 10]
    return days[-1] if len(set(days)) == 1 else None


THE_FOLLOWING = re.compile(r"\bthe following\b", re.I)


def dateline_refs(d: Draft, f: SentenceFacts, doc: Document) -> None:
    """ "signed ... here today": the dateline's city and day, even a day without a year."""
    if d.status != "signed":
        return
    if not d.place and doc.dateline_city and (re.search(r"\bsign\w*\s+(?:[^.;]{0,60}?\s)?(?:here|in the capital)\b", f.text, re.I)
                                              or LEADS_DATELINE.match(f.text)):
        d.place = doc.dateline_city  # "signed here", or the story datelined CITY leads with the signing
        d.place_guessed = not re.search(r"\b(?:here|in the capital)\b", f.text, re.I)
    if not d.signed and doc.dateline_city and LEADS_DATELINE.match(f.text) and (doc.dateline or doc.published) and not f.dates:
        d.signed = doc.dateline or doc.published  # "SAN FRANCISCO - A and B have signed ...": the release's own day
    today = TODAY.search(f.text) or (doc.anchor is None and (doc.dateline or "").startswith("--") and _ON_WEEKDAY.search(f.text))
    if not d.signed and today and not SAID.search(f.text[:today.start()]) and not IN_FORCE.search(f.text[:today.start()]):
        d.signed = doc.dateline or doc.published  # a yearless dateline: "on Wednesday" is the day it names


_ON_WEEKDAY = re.compile(r"\bon\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def is_headline(text: str, folded_title: str) -> bool:
    """The headline is context, not evidence: it may claim more than the body says.

    A first line that ends like a sentence is the lead, not a headline.
    """
    return fold(text) == folded_title and not text.rstrip().endswith((".", "!", "?"))


def is_heading(text: str, numbered: bool = False) -> bool:
    """A short line with no closing punctuation, not a list item: a heading or the headline of a linked story ("Related:
    Japan, UK sign chip pact"), context only; with `numbered` (no list is open), "3. Memorandum of Cooperation with New Zealand" too."""
    line = text.strip().strip("*#_ ")
    return ("\n" not in line and len(line.split()) <= 20 and not line.endswith((".", "!", "?", ":", ";", ",", '"', "”", ")"))
            and (not is_item(text) or numbered and bool(_NUMBERED_TITLE.fullmatch(line))))


_NUMBERED_TITLE = re.compile(r"\d{1,2}[.)]\s+[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|on|with|and|for|the|in|to|at))*")


def is_date_only(f: SentenceFacts) -> bool:
    """A line that is nothing but a date ("May 2013", "**13 December**"), perhaps with where in
    brackets ("23 November 2001 (New Delhi)")."""
    if len(f.dates) != 1:
        return False
    rest = f.text.replace(f.dates[0].text, "")
    return not re.search(r"\w", re.sub(r"\([^()]{1,40}\)", "", rest)) and len(f.text) < 40 + len(rest)


def is_date_line(text: str) -> bool:
    return bool(re.match(r"^\s*(?:19|20)\d\d-\d\d-\d\d\b", text)) and len(text) < 40


_NEWS_DAY = re.compile(r"\b(?:yesterday|today|tonight|(?:on|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", re.I)


def news_day(f: SentenceFacts, doc: Document, headline_parties: Sequence[str] = ()) -> Optional[str]:
    """The day a wire story's lead gives ("agreed on Friday to work together"): the
    signing its next sentences tell without a date happened that day. A lead that names
    no one ("the two neighbours agreed on Friday") speaks of the headline's parties."""
    if not doc.dateline_city or len(set(f.codes() or headline_parties)) < 2:
        return None
    day = next((d for d in f.dates if _NEWS_DAY.search(d.text) and len(d.value) == 10
                and not SAID.search(f.text[:d.start - f.span.start])), None)  # "the minister announced on Wednesday": the telling
    return day.value if day else None


_PRONOUN_SUBJECT = re.compile(r"^\s*(?:It|They|The\s+(?:country|kingdom|city-state|emirate|sultanate|republic|island\s+(?:nation|state)|Gulf\s+state|archipelago|bloc))"
                              r"\s+(?:also\s+|later\s+|then\s+|has\s+|have\s+|had\s+){0,2}(?:signed|inked|concluded|sealed|struck|put\s+its\s+name\s+to)\b")  # "The city-state signed"


def pronoun_subject(f: SentenceFacts, prev: Optional[SentenceFacts]) -> Optional[str]:
    """ "Washington has been collecting quantum statements. It signed one with Sweden in April
    2022": the party that opened the sentence before, for a sentence whose subject is "It". For
    an accord sentence naming one state, the one state that opened the sentence before is its
    topic ("South Africa is the cautionary tale. The agreement its minister signed with Rosatom")."""
    if prev is None:
        return None
    if not _PRONOUN_SUBJECT.match(f.text):  # "South Africa is the cautionary tale. The agreement its minister signed with Rosatom ...": the topic
        topic = {p.code for p in prev.parties}
        opens = prev.parties and prev.parties[0].start - prev.span.start <= 4 and not prev.instruments and len(topic) == 1
        return prev.parties[0].code if opens and len({p.country for p in f.parties}) == 1 and f.instruments else None
    head = prev.text.lstrip(" #*-")
    first = next((p for p in prev.parties if p.start - prev.span.start <= len(prev.text) - len(head) + 4), None)
    if first is not None:
        return first.code
    opening = re.match(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*", head)  # "Washington, for its part, ..." opens with a capital
    seat = seated_at(opening.group()) if opening else None
    if seat is None and len({p.code for p in prev.parties}) == 1 and prev.parties[0].via == "capital":
        return prev.parties[0].code  # "... the accords Ottawa has struck with allies. It concluded ...": the one state acting there
    return seat


def told_since(facts: list[SentenceFacts], spans: list[Span], i: int) -> int:
    """Where the accord a disclaimer in sentence `i` speaks of was told: the sentence before, or up to
    three back while the sentences between only speak of it again ("the deal is a package of commercial
    contracts ... . It is not a government-to-government accord"); a sentence telling a new deal
    ("X and Y announced a partnership") is the last one it can reach."""
    k = i - 1
    while k > max(0, i - 3) and not (_TELLS_A_DEAL.search(facts[k].text) and any(
            re.search(r"\b(?:an?|another)\s+(?:[\w-]+\s+){0,3}$", facts[k].text[:s - facts[k].span.start], re.I) for _, s, _ in facts[k].instruments)):
        k -= 1
    return spans[max(0, k)].start


_TELLS_A_DEAL = re.compile(r"\b(?:sign|announc|conclud|struck|strik|agree|inked|seal|launch)\w*", re.I)


def heading_level(text: str) -> int:
    """ "### Instruments exchanged" -> 3: the markdown level of a heading (0 for none)."""
    line = text.lstrip()
    return len(line) - len(line.lstrip("#"))
