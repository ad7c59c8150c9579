"""The extractor: sentences and their mentions assembled into extraction records.

Each rule handles a phenomenon, not a sentence: parties named, implied
("both sides", "the agreement") or listed with one date each; status from the
cue nearest the instrument; the signing date at the precision written; the
signatories standing next to the signing verb. Mentions of one accord across
the document merge into one record that keeps every sentence as evidence.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Optional

from . import places
from .context import (told_since, heading_level, THE_FOLLOWING, context_for, day_before, day_in, lead_in_before, table_announced, fold, is_date_line, is_date_only, is_heading, is_headline, news_day, pronoun_subject, year_from_before, year_from_heading)
from .details import UNDER, attach_programmes, described_as, funding_of, name_of, programmes_of
from .documents import Document, from_string, iter_paths, load
from .drafts import describes_last, names_last, disclaims, Draft, fold_back, majority, make_draft, merge_into, settle_counted
from .events import find_events
from .joining import by_salience
from .listing import (announces_ordinals, dates_respectively, is_item, is_item_field, is_lead_in, is_signing_table_header, is_ordinal_item, listed_accord, lists_accords, may_head_a_table, names_only)
from .mentions import PartyMention, SentenceFacts, analyse
from .occasion import (bracketed_place, complete_from_context, dated_heading, dated_item, heading_accord, live_blog_day, place_of_the_day, place_of_the_lead_in, of_the_occasion, own_text_accord, release_day, todays_signing, signed_by_people, signing_held)
from .modality import add_acronyms, learn_acronyms, instrument_of_name
from .parties import TRAVELS, within_bloc, as_named_before, is_list, leader_of, single_bloc
from .status import status_of
from .sentence_accords import accords_in
from .persons import PersonIndex
from .records import GENERIC_INSTRUMENTS, ExtractionRecord
from .text import Span, sentences
from .trackers import Columns, is_separator, row_accord, tracker_columns
from .vocabulary import load_vocabulary

GENERIC = GENERIC_INSTRUMENTS

_ABOUT_IT = re.compile(r"^(?:the|this|that)\s+(?:new\s+)?(?:agreement|memorandum|initiative|partnership|accord|arrangement|declaration|statement|deal|pact|framework|treaty|mou|moc)\s+(?:covers|spans|includes|focuses|will cover|aims|targets|concerns|addresses)\b", re.I)
_ROSTER = re.compile(r"^\W*(?:The|Its|These|Those)\s+(?:\w+\s+){0,2}(?:partners|members|signatories|countries|donors|lenders|parties)\s+(?:are|were|include|included)\b")  # "The partners are France and Germany, ..."
_IT_BUILDS_ON = re.compile(r"^\W*(?:The|This|That|It)\s+(?:[\w-]+\s+){0,3}?(?:agreement|memorandum|accord|arrangement|declaration|statement|partnership|protocol|deal|treaty|charter)?\s*"
                           r"(?:builds|built|draws|drew|replaces|replaced|follows|followed|succeeds|extends|updates)\s+(?:on\s+)?", re.I)
_QUESTION = re.compile(r"\?[\s*_\"'’”)]*$")


def extract(doc: Document) -> ExtractionRecord:
    """Read one document into its extraction record."""
    vocab = load_vocabulary()
    cues = vocab.cues
    anchor = doc.anchor
    spans = sentences(doc.text)
    title = analyse(Span(0, len(doc.title or ""), doc.title or ""), anchor) if doc.title else None
    headline = fold(doc.title or "")
    ctx_parties: list[str] = [c for c in (title.codes() if title else [])]
    history: list[list[str]] = [ctx_parties] if ctx_parties else []  # every party set named so far
    ctx_domains: list[str] = list(title.domains) if title else []
    doc_domains: list[str] = []
    drafts: list[Draft] = []
    facts_all: list[SentenceFacts] = []
    pending: Optional[Draft] = None
    lead: Optional[Draft] = None
    topics = ordinal = False
    pending_age = 0
    ctx_accord: Optional[str] = None
    section_date: Optional[str] = live_blog_day(doc)  # a live blog's entries are its day's
    section_year: Optional[str] = None  # a timeline's year heading
    section_place: Optional[str] = None  # a tracker's "date | name | place" heading
    section_level = 9  # the markdown level of the heading that dated the section ("### Instruments exchanged" under it keeps the date)
    entry: Optional[tuple[str, Optional[str]]] = None  # the day and city a timeline entry opens with
    lead_day: Optional[tuple[str, frozenset[str], int, Optional[str]]] = None  # a wire lead's day, its parties, its sentence, its city
    persons = PersonIndex(anchor)
    body_start = len(doc.text) - len(doc.text.lstrip())
    salience: dict[str, int] = {c: 2 for c in (title.codes() if title else [])}  # how often each party is named so far
    itself = own_text_accord(doc, title, spans[:8])
    if itself is not None:  # the page is the declaration's own text
        drafts.append(itself)
    acronyms: dict[str, str] = {}  # "TSA" -> agreement, as this document defines it
    heading: Optional[SentenceFacts] = None  # the last heading, when it names an accord
    tracker: Optional[Columns] = None  # the columns of the table of accords being read
    for i, span in enumerate(spans):
        f = analyse(span, anchor)
        as_named_before(f, salience)
        year_from_before(f, facts_all, spans, i, doc.text)
        year_from_heading(f, section_year)
        add_acronyms(f, acronyms)
        learn_acronyms(f, acronyms)
        persons.learn(f)
        for code in f.codes():  # in order of mention, so ties rank the first-named first
            salience[code] = salience.get(code, 0) + 1
        label = facts_all[-1] if facts_all else None  # "- Romania." heading the item that follows
        if label is not None and not (pending is not None and pending.roster) and len(label.text.split()) <= 4 and len(set(label.codes())) == 1 and len(set(f.codes())) < 2 \
                and label.parties[0].country not in {p.country for p in f.parties}:
            p0 = label.parties[0]
            f.parties = [PartyMention(p0.code, p0.country, p0.kind, f.span.start, f.span.start, "label")] + f.parties
        persons.stand_for_states(f)
        facts_all.append(f)
        if lead_day is None and i < 6 and (news := news_day(f, doc, ctx_parties)):
            lead_day = (news, frozenset(f.codes() or ctx_parties), i, places.place(f))
        doc_domains += f.domains
        if is_headline(span.text, headline) or is_date_line(span.text):
            continue
        if pending is not None and ((is_item(span.text) or len(set(f.codes())) >= 3) and names_only(f) or _ROSTER.match(span.text) and len(set(f.codes())) >= 2):  # "adopted by the following 38 countries:" then "- Australia"
            pending.roster += [c for c in f.codes() if c not in pending.roster]
            pending_age = 0
            continue
        event_nouns = find_events(f, [], ctx_parties, anchor, probe=True)
        if f.programmes:
            ctx_accord = f.programmes[-1][0]
        if is_date_only(f):  # a timeline's date heading dates the entries under it; the page's own date does not
            section_date = f.dates[0].value if f.dates[0].value != (doc.published or doc.dateline) else section_date
            section_year = f.dates[0].value[:4] if not f.dates[0].relative and f.dates[0].value[:1] in "12" else section_year
            section_place = bracketed_place(f)
            continue
        dated = dated_heading(f)
        if dated:  # "## 22 May 2019 | OECD Recommendation on AI | Paris": the entries under it happened then and there
            section_date, section_year, section_place, section_level = dated[0], dated[0][:4], dated[1], heading_level(span.text)
            continue
        if is_item(span.text) or i and "\n\n" in doc.text[spans[i - 1].end:span.start]:
            entry = dated_item(f)  # "- **3 October 2018.** Bremen, ...": the entry's day and city, until the next entry or paragraph
        columns = tracker_columns(span.text) if span.text.count("|") >= 3 else None
        if columns is not None or tracker is not None and span.text.count("|") >= 3:  # "| Partner | Agreement | Signed | Signed at |" and its rows
            tracker = columns or tracker
            row = None if columns is not None or is_separator(span.text) else row_accord(tracker, f, [c for c in [leader_of(f, ctx_accord)] if c] or ctx_parties or by_salience(salience)[:1], ctx_domains)
            if row is not None:
                merge_into(drafts, row, ctx_domains)
            continue
        tracker = None
        header = may_head_a_table(span.text, bool(f.instruments))
        told = table_announced(facts_all, i) if header else None  # a table row, not every sentence
        if header and is_signing_table_header(span.text, told is not None) and (len(ctx_parties) >= 2 or told):
            announced = lead_in_before(facts_all, spans, i) or told  # "held talks in New Delhi on 20 August, after which ... the following documents."
            lead, topics, ordinal = make_draft(frozenset(), dict(instrument="unspecified", status="signed", domains=[]),
                                               announced and day_in(announced, doc) or release_day(doc, f, body_start), [], f, strong=True), False, False
            lead.table, lead.place = True, place_of_the_lead_in(facts_all, announced)
            continue  # "S.No. | Document | Exchanged ... by": the rows below are the accords signed
        if is_heading(span.text, numbered=lead is None):  # a heading inside a list (a fact sheet's sections) keeps it; prose after it ends it
            ctx_parties, section_date = (f.codes() if len(set(f.codes())) >= 2 else ctx_parties), None if span.text.lstrip().startswith("##") and heading_level(span.text) <= section_level else section_date  # "2.1 The Philippines-US 123 Agreement"; "### 3. Two summits": a new, undated entry
            heading = f if f.instruments else None
            continue
        told_beneath = heading_accord(heading, f, anchor.isoformat() if anchor else None) if heading is not None and is_item(span.text) else None
        if told_beneath is not None:  # "## Australia-Japan Critical Minerals Partnership" then "- Signed in October 2022."
            merge_into(drafts, told_beneath, ctx_domains)
            heading = None
            continue
        iso = anchor.isoformat() if anchor else None
        if lead is not None and is_item(span.text) and topics:  # a topic of the accord the lead-in names
            lead.domains = list(dict.fromkeys(lead.domains + f.domains))
            continue
        if lead is not None and is_item_field(span.text):
            continue  # "Parties: ...", "Description: ..." under a listed item: the item goes on, and so does the list
        if lead is not None and (is_item(span.text) or ordinal and is_ordinal_item(span.text)):
            new = [d for d in [listed_accord(f, lead, iso, tuple(ctx_parties), ordinal)] if d]
            for d in new:
                d.name, d.programmes, d.funding = name_of(f.text), programmes_of(f), funding_of(f)
                d.another = d.another or d.instrument not in GENERIC  # "the following documents: - a Memorandum ...": each its own
        else:
            lead = None
            subject = pronoun_subject(f, facts_all[-2] if len(facts_all) > 1 else None)
            new = [] if _QUESTION.search(span.text) or dates_respectively(drafts, f) else \
                accords_in(f, cues, sorted(drafts[-1].parties) if drafts and len(drafts[-1].parties) >= 2 and _IT_BUILDS_ON.match(span.text)  # "The construction agreement builds on a memorandum that the two organizations signed": its parties
                           else context_for(f.text, ctx_parties, history), event_nouns, iso, ctx_accord, salience, subject)  # a question asserts nothing
        for d in new:
            day = lead_day[0] if lead_day and (i - lead_day[2] <= 3 or of_the_occasion(f)) and d.parties & lead_day[1] else None
            complete_from_context(d, f, doc, drafts, facts_all[-5:-1], persons, entry[0] if entry else section_date, day,
                                  entry[1] if entry else section_place or (lead_day[3] if day and not d.signed else None))
            if not d.signed and d.status == "signed" and (opening := release_day(doc, f, body_start)) \
                    and all(x.signed and x.signed[:4] < opening[:4] for x in drafts if x.status == "signed"):  # those told yet are older
                d.signed, d.place = opening, d.place or doc.release_place
        ordinal = ordinal if lead is not None else False
        if new and new[-1].parties and announces_ordinals(span.text, spans[i + 1].text if i + 1 < len(spans) else ""):
            lead, topics, ordinal = new[-1], False, True  # "signed three memorandums. The first, ..."
            new = [d for d in new[:-1] if d.group is None or d.group != lead.group]  # the count's copies: the items tell them
        elif len(new) == 1 and len(new[0].parties) >= 1 and is_lead_in(span.text):
            lead, topics = new[0], not lists_accords(f)  # "Ministers from both countries signed:" introduces the accords
            if not lead.signed and lead.status == "signed" and (today := todays_signing(drafts, doc)):
                lead.signed, lead.place = today.signed, lead.place or today.place  # "After the meeting, the ministers witnessed the exchange of:"
            new = new if topics else []
        elif not new and is_lead_in(span.text) and (f.instruments or THE_FOLLOWING.search(span.text)) and lists_accords(f):
            # "a chain of agreements signed over 14 years:", "The United States and India are committed to the following:"
            pivot = f.instruments[-1][1] if f.instruments else f.span.start + THE_FOLLOWING.search(span.text).start()
            named = frozenset(f.codes()) if len(set(f.codes())) >= 2 else frozenset()
            today = todays_signing(drafts, doc)
            opening = release_day(doc, f, body_start) if not drafts else today.signed if today else None
            lead, topics = make_draft(named, dict(instrument="unspecified", status=status_of(f, cues, pivot) or "signed",
                                                  domains=list(f.domains)), day_before(facts_all, spans, i, doc) or opening, [], f, strong=True), False
            lead.place = opening and lead.signed == opening and (doc.release_place or today and today.place) \
                or place_of_the_lead_in(facts_all, f)  # "Colombo, 5 April 2025" heads the release whose list this introduces
        new = [] if disclaims(drafts, f, cues, told_since(facts_all, spans, i)) else new  # "the paper signed in Berlin is not an agreement between the two countries"
        opens_with_anaphora = any(d.status == "ongoing" for d in new) and (any(pos - f.span.start <= 1 for pos, _ in f.find(cues["anaphora_parties"] + cues["anaphora_accord"]))
                                                                           or names_last(drafts, f.text))  # only an ongoing mention folds; "The fund is run jointly"
        for d in new:
            if not d.parties:  # "Seven countries signed ...": the next sentences name them
                pending, pending_age = d, 0
                continue
            if pending is not None and len(d.parties) >= 2:
                if len(pending.roster) >= 2:  # the counted group was listed: an accord of its own
                    settle_counted(drafts, pending, ctx_domains)
                else:
                    d.absorb_unnamed(pending)
                pending = None
            if opens_with_anaphora and describes_last(drafts, d):  # "The two sides want to identify joint projects": the accord just signed
                continue
            if fold_back(drafts, d):  # "That agreement was signed by ...": the accord named before
                continue
            merge_into(drafts, d, ctx_domains or f.weak_domains or majority(doc_domains))
        if pending is not None:
            pending_age += 0 if span.text.rstrip().endswith(":") else 1  # "The governments that signed are:" leads to the list
            if pending_age > 2:
                settle_counted(drafts, pending, ctx_domains)
                pending = None
        if not new and f.programmes or (not new and UNDER.search(span.text)):
            attach_programmes(drafts, f, ctx_parties)
        if not new:  # "The signing took place in Sao Paulo", "The main text is an intergovernmental protocol on ..."
            signing_held(drafts, f, iso) or signed_by_people(drafts, f)
            described_as(drafts, f, GENERIC)
        if not new and drafts and f.domains and _ABOUT_IT.match(span.text):  # "The initiative covers telecoms, ..."
            drafts[-1].domains = list(dict.fromkeys(drafts[-1].domains + f.domains))
        if len(f.codes()) >= 2 and not is_list(f) and (f.instruments or not TRAVELS.search(f.text)):  # not "Biden flew to Jeddah from Israel"
            ctx_parties = f.codes()
            history.append(ctx_parties)
        if f.domains:
            ctx_domains = f.domains
    if pending is not None:
        settle_counted(drafts, pending, ctx_domains)
    record = ExtractionRecord(document=doc.path, published=doc.published or doc.dateline, title=doc.title)
    for d in drafts:
        if len(d.countries) == 1 and not single_bloc(sorted(d.countries)) or d.status != "signed" and within_bloc(d.countries):
            continue  # an agency and its own state are one party, not an accord; nor is France's part in "joint EU projects"
        d.place = places.as_written(place_of_the_day(d, doc), doc.text)
        record.agreements.append(d.to_agreement(instrument_of_name(d.name)))
    events = []
    ctx = title.codes() if title else []
    for f in facts_all:
        if is_headline(f.text, headline):
            continue
        if len(f.codes()) >= 2:
            ctx = f.codes()
        find_events(f, events, ctx, anchor)
    record.events = events
    return record


def extract_text(text: str, doc_id: str = "inline.txt") -> ExtractionRecord:
    """Extract from a string (front matter allowed), as `extract` does from a file."""
    return extract(from_string(text, doc_id=doc_id))


def extract_paths(paths: Iterable[str | Path]) -> list[ExtractionRecord]:
    """Extract every supported file named or inside folders named."""
    return [extract(load(p)) for p in iter_paths(paths)]
