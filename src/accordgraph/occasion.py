"""The occasion of a signing told without its own date or place.

A sentence often leaves the when and where of a signing to its neighbours: a
timeline's date heading, a wire lead's weekday ("agreed on Friday to ..."),
"today" a sentence or two before, "at the same event", or a later "The signing
took place in Sao Paulo". These rules fill an accord's date and place from
that context; none overrides what the accord's own sentence says.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from . import people, places
from .context import TODAY, dateline_refs
from .dates import agrees, day_offset, find_dates, parse_anchor, shift_day
from .documents import Document, place_date_line
from .drafts import Draft, make_draft, told_together
from .names import CAP, known_places
from .mentions import SentenceFacts, analyse
from .parties import country_of
from .modality import instrument_of_name, signing_date, strong_sign
from .persons import PersonIndex
from .records import Evidence, Signatory
from .text import Span

SAME_OCCASION = re.compile(r"\b(?:also|at the same (?:event|ceremony|meeting|signing|time|conference|summit|forum)|the same (?:event|ceremony|meeting|signing)\b|(?:on\s+)?the same (?:day|occasion)|that same day"
                           r"|during the same visit|^\s*(?:another|a further|a third|a fourth|alongside\s+(?:the|this|that))\b)", re.I)  # "Another memorandum ...": one more of that day's
_THE_OCCASION = re.compile(r"\b(?:after|following|during|at|on the sidelines of)\s+(?:the|their|this)\s+(?:two\s+leaders['’]\s+)?(?:talks|meeting|summit|visit|ceremony)\b", re.I)


def of_the_occasion(f: SentenceFacts) -> bool:
    """ "In a joint statement issued after the talks, ...": a sentence that places its accord at the occasion the story reports."""
    return bool(_THE_OCCASION.search(f.text))


_THE_TWO_SIGNERS = re.compile(r"\bthe\s+(?:two|three)\s+(?:men|women|ministers|leaders|officials|heads|chiefs)\s+(?:had\s+|have\s+|also\s+){0,2}(?:signed|put\s+their\s+names?\s+to|inked)\b")
SIGNING_HELD = re.compile(r"\bsigning(?:\s+ceremony)?(?:\s+of\s+(?:the|this|that)\s+[\w\s-]{1,60}?)?\s+(?:took place|was held|happened|was staged)\b", re.I)


def complete_from_context(d: Draft, f: SentenceFacts, doc: Document, drafts: list[Draft], recent: list[SentenceFacts],
                          persons: PersonIndex, section_date: Optional[str], lead_day: Optional[str],
                          section_place: Optional[str] = None) -> None:
    """Date, place and known signatories of a new accord from the text around its sentence.

    `recent` are the four sentences just before this one; `section_date` and `section_place` the
    date and city heading the timeline or tracker entry it sits in; `lead_day` the day a wire
    story's lead gives, when this sentence follows it closely and shares a party with it.
    """
    dateline_refs(d, f, doc)
    if d.status != "signed":
        return
    # People the index knows: "Habeck and Støre signed", "the Prime Minister and the Crown Prince signed"
    known = people.named_signatories(f, [(persons.full_name(f.text[p.start - f.span.start:p.end - f.span.start]), p.country, p.start)
                                         for p in f.parties if p.via == "person"] + persons.post_holders(f))
    if _THE_TWO_SIGNERS.search(f.text) and drafts and len(drafts[-1].signatories) >= 2:  # "the two men had also put their names to a second protocol"
        known = known + list(drafts[-1].signatories)
    for s in known + people.surname_signatories(f, persons.by_surname):  # "Ehrenfreund and Cho Gwang Rae signed": named in full before
        if all(s.name != x.name and s.name.split()[-1] not in x.name for x in d.signatories):
            d.signatories.append(s)
    offset = day_offset(f.text) if not d.signed else None
    told_last = None
    if offset is not None:  # "A similar memorandum ... was signed a day later": the day told last, moved; the accord signed that day, if it was one
        told = [(max(e.start for e in x.evidence), x.signed, x) for x in drafts if x.status == "signed" and x.signed and len(x.signed) == 10 and x.evidence]
        told += [(x.start, x.value, None) for x in recent for x in x.dates if len(x.value) == 10]
        if told:
            told.sort(key=lambda t: t[0], reverse=True)
            day = told[0][1]
            told_last = next((x for _, v, x in told if x is not None and v == day), None)
            d.signed = shift_day(day, offset)
    if not d.signed:
        d.signed = section_date or lead_day  # "X and Y agreed on Friday to ... . Their ministers signed a memorandum"
    if not d.signed and any(TODAY.search(x.text) for x in recent[-2:]):  # "PM X today met President Y. ... they witnessed the signing"
        d.signed = doc.dateline or doc.published
    before = recent[-1] if recent and "\n\n" not in doc.text[recent[-1].span.end:f.span.start] else None  # the sentence before, same paragraph
    if before is None and _AFTER_TALKS.search(f.text) or before is not None and not before.dates and SAME_OCCASION.search(f.text):
        before = next((x for x in reversed(recent) if _VISIT.search(x.text) and x.dates), None)  # "On January 26 in Moscow took place the talks ... . Following the talks, ... signed"
    if not d.signed and before is not None:  # "Modi arrived in Tokyo on 28 August. The two sides signed ...": the day the sentence before gives
        days = [x for x in before.dates if len(x.value) == 10]
        if len(days) == 1 and len(before.dates) == 1 and (before.codes() and set(before.codes()) & set(d.parties) or _VISIT.search(before.text)
                                                          or not before.instruments and set(before.codes()) <= set(d.parties)):  # "That changed on Monday in Bangkok."
            d.signed = days[0].value
    if not (d.signed and d.place) and SAME_OCCASION.search(f.text):  # "Britain and Japan also agreed ..."
        signed = [x for x in drafts if x.status == "signed" and (x.signed or x.place)]
        same = [x for x in signed if x.countries == d.countries]  # the same parties' newest signing, not an older one told in passing
        prev = max(same, key=lambda x: x.signed or "") if same else signed[-1] if signed else None
        if offset is not None:  # "at the same conference a day later": the signing of the day before
            prev = told_last
        if prev is not None and (not d.signed or not prev.signed or d.signed == prev.signed or offset is not None):
            d.signed, d.place = d.signed or prev.signed, d.place or prev.place
    d.signed = d.signed or at_dated_occasion(f.text, doc.text, doc.dateline or doc.published)
    d.place = d.place or section_place or places.at_known_occasion(f.text, doc.text)
    if not d.place and before is not None and _VISIT.search(before.text) and not (d.signed and any(not agrees(x.value, d.signed) for x in before.dates)):
        d.place = places.place(before)  # "Modi and Al Nahyan held talks in Abu Dhabi today. The two leaders witnessed the exchange of ..."


def signing_held(drafts: list[Draft], f: SentenceFacts, anchor: Optional[str]) -> bool:
    """ "The signing of the memorandum took place in Sao Paulo": the place and date of the
    accord just told. True when the sentence was taken up."""
    if not drafts or drafts[-1].status != "signed" or not SIGNING_HELD.search(f.text):
        return False
    d = drafts[-1]
    d.place = d.place or places.place(f)
    d.signed = d.signed or signing_date(f, anchor)
    d.add_evidence([Evidence(start=f.span.start, end=f.span.end, text=f.text)])
    return True


def signed_by_people(drafts: list[Draft], f: SentenceFacts) -> bool:
    """ "German Economy Minister Robert Habeck signed for Berlin and Energy Minister Diego Pardow
    for Santiago": a signing sentence that names people but no accord gives the signatories of
    the accord just told. True when the sentence was taken up."""
    if not drafts or drafts[-1].status != "signed" or f.instruments or not (strong_sign(f.text) or people.SIGNATORIES_WERE.search(f.text)) \
            or re.search(r"\b(?:not|never|neither|nor|none|no one)\b", f.text, re.I):
        return False
    d = drafts[-1]
    found = [s for s in people.signatories(f, sorted(d.parties)) if not s.party or country_of(s.party) in d.countries]
    if not found:
        return False
    for x in told_together(drafts, d, f.text):
        x.add_signatories(found)
        x.add_evidence([Evidence(start=f.span.start, end=f.span.end, text=f.text)])
    return True


_AFTER_TALKS = re.compile(r"\b(?:following|after|at|during|at the end of|in the course of)\s+(?:the\s+results\s+of\s+)?(?:the|their|these)\s+(?:[\w-]+\s+)?(?:talks|meeting|negotiations|discussions)\b", re.I)
_VISIT = re.compile(r"\b(?:visit|visited|visiting|arrived|met|meeting|summit|talks|held)\b", re.I)
_ISSUED_THIS = re.compile(r"\b(?:issued|adopted|released|signed)\s+this\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé])\b", re.I)  # "... met on 27 April and issued this joint statement"
_WE = re.compile(r"^\s*(?:\d+\.\s*)?We,?\s+(?:the\s+)?(?:[A-Z]|leaders|ministers|heads|undersigned|participants)")


def own_text_accord(doc: Document, title: Optional[SentenceFacts], opening: list[Span]) -> Optional[Draft]:
    """A page that is itself the accord's text ("Joint Declaration on ... between Egypt and the
    European Union", then "Cairo, 17 March 2024" and "We, the President of ..."): the accord it
    is, signed on its dateline's day in its dateline's city."""
    closing = _SIGNED_AT.search(doc.text[-3000:])  # "Signed in Hanoi on 31 October 2010.", "Done at Brussels, 14 June 2023"
    if title is None or len({p.country for p in title.parties}) < 2 or not (closing or any(_WE.match(s.text) or _ISSUED_THIS.search(s.text) for s in opening)):
        return None
    kind = instrument_of_name(doc.title)
    if kind is None:
        return None
    base = dict(instrument=kind, status="signed", domains=list(title.domains))
    evidence = [Evidence(start=title.span.start, end=title.span.end, text=title.text)]
    closed = [x.value for x in find_dates(closing.group(), parse_anchor(doc.published))] if closing else []
    d = make_draft(frozenset(title.codes()), base, (closed[:1] or [doc.dateline or doc.published])[0], evidence, title, strong=True)
    d.place = (closing.group("place") if closing and closing.group("place") in known_places() else None) \
        or place_date_line(doc.text, 2000) or doc.dateline_city  # "Cairo, 17 March 2024" on a line of its own
    d.name = re.sub(r"^[\"“']|[\"”']$", "", (doc.title or "").strip()) or None
    d.signatories = _signature_blocks(doc) or _signature_columns(doc)
    return d


_SIGNED_AT = re.compile(r"^\s*(?:Signed|Done|Adopted)\s+(?:at|in)\s+(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?),?\s+(?:on\s+)?(?:this\s+)?(?:the\s+)?[^\n]{0,40}?\b(?:19|20)\d\d\b", re.M)
_FOR_COLUMNS = re.compile(r"^\s*For (?:the )?(?P<a>\S.*?\S)\s{2,}For (?:the )?(?P<b>\S.*?\S)\s*\n(?P<names>[^\n]+)\n(?P<posts>[^\n]+)$", re.M)


def _signature_columns(doc: Document) -> list[Signatory]:
    """ "For Japan        For the Socialist Republic of Viet Nam" over "Naoto Kan        Nguyen Tan Dung" and their
    posts: the two signature blocks of a treaty page set side by side."""
    out = []
    for m in _FOR_COLUMNS.finditer(doc.text):
        names, posts = re.split(r"\s{2,}", m.group("names").strip()), re.split(r"\s{2,}", m.group("posts").strip())
        if len(names) != 2:
            continue
        for i, key in enumerate(("a", "b")):
            codes = analyse(Span(m.start(key), m.end(key), m.group(key))).codes()
            if len(codes) == 1 and len(names[i].split()) >= 2:
                out.append(Signatory(name=names[i], party=codes[0], post=posts[i] if len(posts) == 2 else None))
    return out


_SIGNATURE_BLOCK = re.compile(r"^\s*For (?:the )?(?P<party>[^\n]{2,80})\n\s*(?P<name>[A-Z][\w.'’ -]{2,60})\n\s*(?P<post>[^\n]{2,120})$", re.M)


def _signature_blocks(doc: Document) -> list[Signatory]:
    """ "For the European Union / Ursula von der Leyen / President of the European Commission"
    closing a declaration's text: who signed, for whom, as what."""
    out = []
    for m in _SIGNATURE_BLOCK.finditer(doc.text):
        line = m.group("party")
        codes = analyse(Span(m.start("party"), m.end("party"), line)).codes()
        if len(codes) == 1 and len(m.group("name").split()) >= 2:
            out.append(Signatory(name=m.group("name").strip(), party=codes[0], post=m.group("post").strip()))
    return out


def dated_heading(f: SentenceFacts) -> Optional[tuple[str, Optional[str]]]:
    """ "## 22 May 2019 | OECD Recommendation on AI | Paris": a tracker's heading that opens with a full date, and the
    city closing it if it names one; "### 4. Merkel's farewell visit (15 July)", a heading closed by its date. None else."""
    text = f.text.strip().lstrip("#*_ ")
    if f.text.lstrip().startswith("##") and f.dates and len(f.dates[-1].value) == 10 and re.search(r"\(\s*" + re.escape(f.dates[-1].text) + r"\s*\)[*_\s]*$", text):
        return f.dates[-1].value, None  # "### 4. Merkel's farewell visit (15 July)": the entry's day, the year the page's
    if f.text.lstrip().startswith("##") and f.dates and len(f.dates[-1].value) >= 7 and re.search(r"\b(?:[Vv]isit|[Ss]ummit|[Mm]eeting|[Cc]onference|[Ff]orum|[Tt]our)\b", text) \
            and re.search(r",\s*" + re.escape(f.dates[-1].text) + r"[*_\s]*$", text):
        return f.dates[-1].value, None  # "## State Visit of the Prime Minister of India, 2-3 July 2025": the visit's days date what it produced
    if "|" not in text or not f.dates or not re.search(r"(?:19|20)\d\d", f.dates[0].text) or len(f.dates[0].value) < 7 \
            or not text.startswith(f.dates[0].text):
        return None
    last = text.rsplit("|", 1)[1].strip(" *_")
    return f.dates[0].value, (last if last in known_places() else None)


def bracketed_place(f: SentenceFacts) -> Optional[str]:
    """ "23 November 2001 (New Delhi)": the known city a timeline's date line gives in brackets."""
    m = re.search(r"\(\s*([^()]{1,40}?)\s*\)", f.text)
    return m.group(1) if m and m.group(1) in known_places() else None


def dated_item(f: SentenceFacts) -> Optional[tuple[str, Optional[str]]]:
    """ "- **3 October 2018.** Bremen, 69th International Astronautical Congress.": a timeline entry that opens
    with its day dates the sentences under it, and the known city right after the date places them."""
    m = re.match(r"\s*(?:[-*•]|\d{1,2}[.)])\s+[*_]{0,2}|\s*\*\*", f.text)  # or "**Dec. 2019** [Tokyo] - The two governments sign ..."
    if not m or not f.dates or f.dates[0].start - f.span.start != m.end() or len(f.dates[0].value) != 10 and not m.group().strip() == "**":
        return None
    rest = re.match(r"[*_.:,\s–-]*\[?(?P<city>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s*[\],.]", f.text[f.dates[0].end - f.span.start:])
    return f.dates[0].value, (rest.group("city") if rest and rest.group("city") in known_places() else None)


def release_day(doc: Document, f: SentenceFacts, body_start: int) -> Optional[str]:
    """A datelined release's day, for the first accord its opening paragraphs tell without a date
    ("Colombo, 5 April 2025" then "the following memoranda were exchanged:")."""
    near = f.span.start - body_start < 2400 and not doc.dateline_city  # a wire lead ("TOKYO, May 3 -") has its own rules
    return doc.dateline if near and doc.dateline and len(doc.dateline) == 10 else None


def todays_signing(drafts: list[Draft], doc: Document) -> Optional[Draft]:
    """The signing a datelined release reports for its own day ("4 January 2024" then "Kathmandu and New Delhi today
    signed ..."), which a list of documents exchanged after the same meeting shares."""
    return next((d for d in drafts if d.status == "signed" and d.signed and d.signed == (doc.dateline or doc.published)), None)


def place_of_the_lead_in(facts: list[SentenceFacts], announced: Optional[SentenceFacts]) -> Optional[str]:
    """ "held talks in Abu Dhabi today. The two leaders ... witnessed the exchange of the following agreements": the
    place of the sentence that announced a table of documents, else of the sentence just before it."""
    if announced is None:
        return None
    k = next((j for j in range(len(facts) - 1, -1, -1) if facts[j] is announced), 0)  # it stands near the end
    return places.place(announced) or (places.place(facts[k - 1]) if k and TODAY.search(facts[k - 1].text) else None)


def place_of_the_day(d: Draft, doc: Document) -> Optional[str]:
    """ "ABU DHABI, Jan. 15 - ... signed 13 memorandums on Sunday. ... The two sides also put their names to a memorandum
    on hydrogen": a signing of the document's own day that its text places nowhere happened where the release is datelined."""
    if d.place or d.status != "signed" or not d.signed:
        return d.place
    if d.signed == (doc.dateline or doc.published):
        return doc.dateline_city or doc.release_place or title_place(doc.title)
    return title_place(doc.title) if _weeks_before(d.signed, doc.published) else None


_TITLE_TELLS = re.compile(r"\b(?:sign|seal|ink|agree|adopt|deals?\b|accords?\b|pacts?\b|agreements?\b|memorand|mous?\b|partnership|declaration|statement)", re.I)


def title_place(title: Optional[str]) -> Optional[str]:
    """ "Orbit Weekly: the deals signed in Adelaide", "EU And Africa Adopt Joint Strategy At Lisbon Summit", "EU Leaders Head
    To Cairo To Seal ...": the known city a headline about a signing puts it in."""
    if not title or not _TITLE_TELLS.search(title) or title.count(",") >= 2:  # "A Cable To Brazil, A Space Deal In Brussels, Minerals With Canada": one item's
        return None
    for m in re.finditer(rf"\b(?:[Ii]n|[Aa]t|[Tt]o|[Vv]isits?)\s+(?:the\s+)?(?P<p>{CAP}(?:\s+{CAP}){{0,2}})", title):
        city = places.known_prefix(m.group("p").split())
        if city:
            return city
    return None


def _weeks_before(signed: str, published: Optional[str]) -> bool:
    """A signing at most a month before publication (at day or month precision): the news the headline tells."""
    day, pub = parse_anchor(signed), parse_anchor(published)
    if pub is None or len(signed) < 7 or signed.startswith("--"):  # "--05-30": no year to count from
        return False
    if day is not None:
        return 0 <= (pub - day).days <= 31
    months = pub.year * 12 + pub.month - int(signed[:4]) * 12 - int(signed[5:7])
    return 0 <= months <= 1


def live_blog_day(doc: Document) -> Optional[str]:
    """ "**13:05** Now the signings.": a page of timestamped entries is a live blog, and its entries happen on its day."""
    return (doc.dateline or doc.published) if _LIVE_ENTRY.search(doc.text) else None


_LIVE_ENTRY = re.compile(r"^[ \t]*[*_#>-]{0,3}\s*\d{1,2}[:.]\d\d\b.*(?:\n+[ \t]*[*_#>-]{0,3}\s*\d{1,2}[:.]\d\d\b.*){2}", re.M)


_TOLD_BENEATH = re.compile(r"^[\W\d]*(?:(?:formally|officially|jointly)\s+)?(?:signed|concluded|agreed|adopted|announced|launched|established|inked|sealed)\b", re.I)


def heading_accord(heading: SentenceFacts, item: SentenceFacts, anchor: Optional[str]) -> Optional[Draft]:
    """A fact sheet's section "## Australia-Japan Critical Minerals Partnership" whose bullet says only
    "Signed in October 2022": the accord the heading names (its parties and kind), signed then."""
    codes = list(dict.fromkeys(heading.codes()))
    if len(codes) < 2 or not heading.instruments or item.instruments or item.parties or not _TOLD_BENEATH.match(item.text):
        return None
    date = signing_date(item, anchor)
    if not date:
        return None
    evidence = [Evidence(start=x.span.start, end=x.span.end, text=x.text) for x in (heading, item)]
    base = dict(instrument=heading.instruments[0][0], status="signed", domains=list(heading.domains or item.domains))
    return make_draft(frozenset(codes), base, date, evidence, heading, strong=True)


_OCCASION = re.compile(rf"\b(?P<e>COP\s?\d+|(?:{CAP}\s+){{0,5}}(?i:summit|conference|forum|congress|expo|dialogue|meeting|assembly))\b")
_SPAN_OF_DAYS = re.compile(r"\d\s*(?:-|–|to|and)\s*\d|\bfrom\b[^.;]{0,40}\bto\b", re.I)


@lru_cache(maxsize=64)
def dated_occasions(text: str, anchor: Optional[str]) -> dict[str, list[tuple[str, str]]]:
    """The events a document dates ("the G7 summit in Hiroshima on 19-21 May 2023", "the Atomexpo forum, which
    opened in Moscow in June 2015"), by the word that names them later ("summit", "forum"), each with the sentence
    that dates it: a one-day summit or meeting its day, anything longer its month."""
    out: dict[str, list[tuple[str, str]]] = {}
    day = parse_anchor(anchor)
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        dates = [x for x in find_dates(sentence, day) if len(x.value) >= 7 and not x.value.startswith("--")]
        for m in _OCCASION.finditer(sentence) if dates else ():
            gap = {x.value: max(x.start - m.end(), m.start() - x.end) for x in dates}
            near = [v for v, g in sorted(gap.items(), key=lambda vg: vg[1]) if g < 80][:1]  # its own date, not a dateline's
            if not near:
                continue
            key = places.occasion_key(m.group("e"))
            one_day = len(near[0]) == 10 and key in ("summit", "meeting") and not _SPAN_OF_DAYS.search(sentence)
            out.setdefault(key, []).append((sentence, near[0] if one_day else near[0][:7]))
    return out


def at_dated_occasion(sentence: str, text: str, anchor: Optional[str]) -> Optional[str]:
    """ "Korea signed memorandums with Tanzania on the sidelines of the summit": the date the document gives that
    event; one the sentence qualifies ("the first summit between the EU and ASEAN") only from a sentence naming the
    same, and none when the dated events of that word disagree."""
    events = dated_occasions(text, anchor)
    m = places.at_occasion(sentence, events)
    if not m:
        return None
    qualifiers = [w for w in re.findall(r"\b[A-Z][\w-]*", m.group("q") + (m.group("after") or "")) if w not in ("The", "In")]
    values = {v for s, v in events[places.occasion_key(m.group("e"))] if all(w in s for w in qualifiers) and sentence.strip() not in s}  # its own dates were weighed
    return values.pop() if len(values) == 1 else None
