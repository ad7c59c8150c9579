"""The extractor: sentences and their mentions assembled into extraction records.

Each rule handles a phenomenon, not a sentence: parties named, implied
("both sides", "the agreement") or listed with one date each; status from the
cue nearest the instrument; the signing date at the precision written; the
signatories standing next to the signing verb. Mentions of one accord across
the document merge into one record that keeps every sentence as evidence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Optional

from . import people, places
from .context import (NUMBER, THE_FOLLOWING, THE_N, context_for, subject_points_back, day_before, day_in, lead_in_before, table_announced, fold, is_date_line, is_date_only, is_heading,
                      is_headline, news_day, pronoun_subject, year_from_before, year_from_heading)
from .details import UNDER, attach_programmes, described_as, funding_of, name_of, programmes_of
from .documents import Document, from_string, iter_paths, load
from .drafts import describes_last, names_last, disclaims, Draft, fold_back, majority, make_draft, merge_into, settle_counted
from .events import find_events
from .joining import JOINED_BARE, by_salience, followers, joiners
from .listing import (announces_ordinals, ordinal_kinds, coordinated_accords, dates_respectively, is_item, is_lead_in, is_signing_table_header, is_ordinal_item, listed_accord, lists_accords, names_only,
                      paired_accords, respective_occasions, signed_in_passing)
from .mentions import PartyMention, SentenceFacts, analyse, in_proper_name
from .occasion import (bracketed_place, complete_from_context, dated_heading, dated_item, live_blog_day, place_of_the_day, place_of_the_lead_in, of_the_occasion, own_text_accord, release_day, todays_signing, signed_by_people,
                       signing_held)
from .modality import (BUILDS_ON, DOMESTIC_LAW, names_another, no_accord_in_particular, add_acronyms, bare_noun, learn_acronyms, instrument_of, instrument_of_name, list_instrument, names_event, refers_back, referred_instruments, signing_date, strong_sign)
from .parties import (TRAVELS, acting, fronted_with, within_bloc, as_named_before, companies_sign, country_of, each_with, foreign_firms, own_partners, hyphen_pairs, led_accord, items_host, is_list, joined_respectively, leader_of, list_items,
                      partners_after_with, single_bloc, with_non_party)
from .status import NON_SIGNER, in_talks, status_of
from .subjects import subject_clause
from .persons import PersonIndex
from .records import GENERIC_INSTRUMENTS, Evidence, ExtractionRecord
from .text import Span, sentences
from .vocabulary import load_vocabulary

GENERIC = GENERIC_INSTRUMENTS

_ABOUT_IT = re.compile(r"^(?:the|this|that)\s+(?:new\s+)?(?:agreement|memorandum|initiative|partnership|accord|arrangement|declaration|statement|deal|pact|framework|treaty|mou|moc)\s+(?:covers|spans|includes|focuses|will cover|aims|targets|concerns|addresses)\b", re.I)
_COUNTED = re.compile(r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|\d+|several)\s+(?:[A-Z]\w+\s+)?(?:countries|nations|states|governments|partners|members|heads of state|heads of government|leaders|presidents)\b", re.I)
_QUESTION = re.compile(r"\?[\s*_\"'’”)]*$")
_UNDER_A = re.compile(r"\bunder\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}$", re.I)


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
    entry: Optional[tuple[str, Optional[str]]] = None  # the day and city a timeline entry opens with
    lead_day: Optional[tuple[str, frozenset[str], int, Optional[str]]] = None  # a wire lead's day, its parties, its sentence, its city
    persons = PersonIndex(anchor)
    body_start = len(doc.text) - len(doc.text.lstrip())
    salience: dict[str, int] = {c: 2 for c in (title.codes() if title else [])}  # how often each party is named so far
    itself = own_text_accord(doc, title, spans[:8])
    if itself is not None:  # the page is the declaration's own text
        drafts.append(itself)
    acronyms: dict[str, str] = {}  # "TSA" -> agreement, as this document defines it
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
        if pending is not None and is_item(span.text) and names_only(f):  # "adopted by the following 38 countries:" then "- Australia"
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
            section_date, section_year, section_place = dated[0], dated[0][:4], dated[1]
            continue
        if is_item(span.text) or i and "\n\n" in doc.text[spans[i - 1].end:span.start]:
            entry = dated_item(f)  # "- **3 October 2018.** Bremen, ...": the entry's day and city, until the next entry or paragraph
        told = table_announced(facts_all, i) if not f.instruments and span.text.count("|") >= 2 else None  # a table row, not every sentence
        if not f.instruments and is_signing_table_header(span.text, told is not None) and (len(ctx_parties) >= 2 or told):
            announced = lead_in_before(facts_all, spans, i) or told  # "held talks in New Delhi on 20 August, after which ... the following documents."
            lead, topics, ordinal = make_draft(frozenset(), dict(instrument="unspecified", status="signed", domains=[]),
                                               announced and day_in(announced, doc) or release_day(doc, f, body_start), [], f, strong=True), False, False
            lead.table, lead.place = True, place_of_the_lead_in(facts_all, announced)
            continue  # "S.No. | Document | Exchanged ... by": the rows below are the accords signed
        if is_heading(span.text, numbered=lead is None):  # a heading inside a list (a fact sheet's sections) keeps it; prose after it ends it
            ctx_parties, section_date = (f.codes() if len(set(f.codes())) >= 2 else ctx_parties), None if span.text.lstrip().startswith("##") else section_date  # "2.1 The Philippines-US 123 Agreement"; "### 3. Two summits": a new, undated entry
            continue
        iso = anchor.isoformat() if anchor else None
        if lead is not None and is_item(span.text) and topics:  # a topic of the accord the lead-in names
            lead.domains = list(dict.fromkeys(lead.domains + f.domains))
            continue
        if lead is not None and (is_item(span.text) or ordinal and is_ordinal_item(span.text)):
            new = [d for d in [listed_accord(f, lead, iso, tuple(ctx_parties), ordinal)] if d]
            for d in new:
                d.name, d.programmes, d.funding = name_of(f.text), programmes_of(f), funding_of(f)
                d.another = d.another or d.instrument not in GENERIC  # "the following documents: - a Memorandum ...": each its own
        else:
            lead = None
            subject = pronoun_subject(f, facts_all[-2] if len(facts_all) > 1 else None)
            new = [] if _QUESTION.search(span.text) or dates_respectively(drafts, f) else \
                _accords_in(f, cues, context_for(f.text, ctx_parties, history), event_nouns, iso, ctx_accord, salience, subject)  # a question asserts nothing
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
        new = [] if disclaims(drafts, f, cues, spans[i - 1].start if i else 0) else new  # "the paper signed in Berlin is not an agreement between the two countries"
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


def _accords_in(f: SentenceFacts, cues: dict, ctx_parties: list[str], event_spans: list[tuple[int, int]], anchor: Optional[str] = None,
                ctx_accord: Optional[str] = None, salience: Optional[dict[str, int]] = None, subject: Optional[str] = None) -> list[Draft]:
    salience = salience or {}
    instruments = [i for i in f.instruments if not names_event(f, i, event_spans) and not refers_back(f, i)
                   and not re.search(r"\b(?:not|nor|never)\s+(?:a|an|any)\s+(?:[\w-]+\s+)?$", f.text[:i[1] - f.span.start], re.I)  # "rules, not a treaty"
                   and not NON_SIGNER.search(f.text[:i[1] - f.span.start])]  # "a country that has not signed the Nuclear Non-Proliferation Treaty"
    off = [(pos - f.span.start, cue) for pos, cue in f.find(cues["off_topic"])]
    before_off = list(instruments)
    instruments = [i for i in instruments  # "a bilateral investment treaty", "defence logistics agreements": off topic in itself
                   if not any(s0 <= i[2] - f.span.start and i[1] - f.span.start - (s0 + len(c)) <= 40
                              and not re.search(r"[,;.]|\b(?:on|for|in|with)\b", f.text[s0 + len(c):i[1] - f.span.start])
                              for s0, c in off)
                   and not any(re.fullmatch(r"\s+(?:on|for|concerning|in the field of|in the area of)\s+(?:the\s+)?(?:[\w-]+\s+){0,1}",
                                            f.text[i[2] - f.span.start:s0]) for s0, c in off)]  # "an Agreement on military cooperation"
    off_accords = any(re.search(r"\band\s+(?:an?|the|one)\s+(?:[\w-]+\s+){0,3}$", f.text[:i[1] - f.span.start])
                      for i in before_off if i not in instruments)  # "a Memorandum on energy and an Agreement on military cooperation"
    if any(not bare_noun(f, i) for i in instruments):  # "The memorandum delivers on the joint statement they issued in 2022"
        instruments = [i for i in instruments if not bare_noun(f, i)]
    led = led_accord(f) or (leader_of(f, ctx_accord) if JOINED_BARE.search(f.text) else None)  # "Peru joined last month": the led accord in view
    joins = f.find(cues["join"]) + (f.find(cues["join_led"]) if led else [])
    acts = f.find(cues["acts"]) + joins
    if not instruments and not acts:
        return []
    pivot = instruments[0][1] if instruments else min(pos for pos, _ in acts)
    status = status_of(f, cues, pivot, joins)
    if status is None:
        return []
    if status == "ongoing" and instruments and _UNDER_A.search(f.text[:instruments[0][1] - f.span.start]) \
            and any(pos > instruments[0][1] for pos, _ in f.find(cues["signed"])):
        status = "signed"  # "works with the EU under a framework agreement that dates from 2003": the frame was signed
    if DOMESTIC_LAW.search(f.text):  # "Biden signed the CHIPS and Science Act": a law, not an accord
        return []
    codes = f.codes()
    if companies_sign(f):  # "Samsung and ASML signed": firms, whatever their flags
        return []
    anaphora = f.find(cues["anaphora_parties"]) or f.find(cues["anaphora_accord"]) or THE_N.search(f.text) \
        or single_bloc(codes) and codes[0] in ctx_parties and len(ctx_parties) >= 2 \
        or not codes and instruments and status == "signed" and len(ctx_parties) >= 2 and (len(people.signatories(f)) >= 2 or bool(strong_sign(f.text) and signing_date(f, anchor)))
    # "ESA's chief signed": with the partner just named; "foreign ministers Malcorra and Wang Yi signed a protocol": the parties in view
    firms = foreign_firms(f, codes) if status == "signed" else []
    codes = codes + firms  # "Malaysia signed a ten-year agreement with British chip designer Arm": the state and the firm
    if f.companies and len(codes) < 2 and not anaphora:
        return []
    instrument = instrument_of(instruments or before_off, f)  # "a strategic investment agreement for a nuclear plant": still an agreement
    told = [i[0] for i in f.instruments if i[0] != "unspecified" and refers_back(f, i)]
    if instrument == "unspecified" and told:
        instrument = told[0]  # "signed the agreement in Brussels", "the partnership ... was signed": that kind, whether or not one was named before
    if instrument == "unspecified" and status == "ongoing" and re.search(r"\bresearch\b", f.text, re.I):
        instrument = "joint_research_programme"
    if not instruments and status == "signed" and not strong_sign(f.text) and not joins:
        return []
    if not instruments and status in ("planned", "negotiating") and not re.search(r"\bsign", f.text, re.I) and not (status == "negotiating" and in_talks(f)):
        return []
    if no_accord_in_particular(f, instruments, status):
        return []
    off_topic = [c for pos, c in f.find(cues["off_topic"]) if not in_proper_name(f.text, pos - f.span.start)]  # "Minister of ... Culture"
    if not f.domains and off_topic and not (off_accords and instruments):  # a cultural or trade accord between the same parties
        return []
    base = dict(instrument=instrument, status=status, domains=list(f.domains))
    evidence = [Evidence(start=f.span.start, end=f.span.end, text=f.text)]
    strong = bool(strong_sign(f.text))
    pairs = hyphen_pairs(f)
    if len({p for p, _ in pairs}) >= 2 and status == "signed":  # "the Canada-U.S. Plan, in January 2020, and the Canada-EU Partnership"
        return paired_accords(f, pairs, base, evidence, strong, anchor)
    following = followers(f, status, salience, anchor)
    context_host, each = next((c for c in by_salience(salience, least=2) if c not in f.codes()), None), each_with(f)  # "Saudi Arabia and the UAE each signed ... with Japan"
    listed = following or list_items(f, context_host, subject)
    items = (each and each[1]) or listed or joined_respectively(f, leader_of(f, ctx_accord), ctx_parties) or joiners(f, led, joins, status, anchor)
    out: list[Draft] = []
    if items:
        base["instrument"] = list_instrument(f, instruments)
        host = (each and [each[0]]) or [c for c in items_host(f) if all(c != x for x, _ in items)] or [c for c in [leader_of(f, ctx_accord), listed and subject] if c][:1] or [c for c in f.codes() if not listed and all(c != x for x, _ in items)][:1] \
            or [c for c in [context_host, *ctx_parties] if c and len(items) >= 2 and all(c != x for x, _ in items)][:1]
        if led and all(code != led for code, _ in items) and led not in host:
            host = [led]
        if following:  # "Nigeria and Rwanda signed the accords ..., and Angola followed": with the accord's leader, never one of them
            leader = leader_of(f, ctx_accord)
            items = [x for x in items if x[0] != leader]
            host = [c for c in [leader] + [subject] * bool(subject) + by_salience(salience) if c and all(country_of(c) != country_of(x) for x, _ in items)][:1]
        where, signers = (places.each_place(f, len(items)), people.host_signers(f, host)) if status == "signed" else ([None] * len(items), [])
        for (code, date), at in zip(items, where):
            date = date if status == "signed" and date and not (anchor and date[:len(anchor)] > anchor[:len(date)]) else None
            out.append(make_draft(frozenset(host + [code]), dict(base, place=at, signatories=list(signers)), date, evidence, f, strong, listed=True))
        return [replace(d, instrument=kind) for d, kind in zip(out, ordinal_kinds(f, len(out)))] or out  # "the first, a partnership; the second, a framework agreement"
    codes = subject_clause(f, subject_points_back(f, codes, ctx_parties))
    hosts, chain = items_host(f), partners_after_with(f)
    if hosts and chain and len(codes) > len(hosts) + len(chain):  # "X signed ... with Y, during a tour that took her to Z"
        codes = [c for c in codes if c in hosts or c in chain]
    counted = _COUNTED.search(f.text)
    n = NUMBER.get(counted.group("n").lower(), 0) if counted else 0
    definite = counted and re.search(r"\b(?:the|these|those|both|all|its|their)\s+$", f.text[:counted.start()], re.I)
    if status == "signed" and n >= 3 and n > len(codes) + 1 and not definite and not items_host(f):  # "ten countries and the EU adopted": named later
        unnamed = make_draft(frozenset(), base, signing_date(f, anchor), evidence, f, strong)
        unnamed.place = places.place(f) if people.has_signing_verb(f.text) else None
        unnamed.named = frozenset(codes)
        unnamed.counted_in = frozenset(p.code for p in f.parties if counted.start() <= p.start - f.span.start < counted.end())
        return [unnamed]
    leader = leader_of(f, ctx_accord)
    if len(codes) == 1 and leader and leader != country_of(codes[0]) and (joins or strong_sign(f.text)):
        codes = codes + [leader]  # "Ukraine followed in November 2020": joining the US-led accords
    if len(set(codes)) == 1 and subject and country_of(subject) != country_of(codes[0]):
        codes = codes[:1] + [subject]  # "Washington ... . It signed one with Sweden": the subject of the sentence before
    host = people.host_of(f) if len(codes) == 1 else None
    if host and host != country_of(codes[0]) and host not in load_vocabulary().parties[codes[0]].members:  # "signed in Washington during Iohannis's visit": the host is the partner
        codes = codes + [host]
    if len(codes) == 1 and with_non_party(f):  # "Ottawa had signed an arrangement with IBM": a firm, not a second state
        return []
    if len(codes) < 2 and (anaphora or not single_bloc(codes) or status != "signed"):  # a bloc alone signs, never plans alone
        seat, fronted = people.host_of(f), fronted_with(f)  # "In Tokyo, the two sides signed"; "With Japan, the basis is ..."
        other = country_of(codes[0]) if codes else seat  # the host is one of them
        if not ctx_parties and len(codes) <= 1 and status == "signed" and other:  # "A memorandum ..., signed with the United States": the document's other party
            ctx_parties = [c for c in by_salience(salience, least=2 if codes else 1) if country_of(c) != other][:1]
        if not (anaphora or codes) or not ctx_parties:
            if not _COUNTED.search(f.text):
                return []
            unnamed = make_draft(frozenset(), base, signing_date(f, anchor) if status == "signed" else None, evidence, f, strong)
            unnamed.place = places.place(f) if people.has_signing_verb(f.text) else None
            return [unnamed]
        if codes and (codes[0] not in ctx_parties or fronted):  # "With Japan, the basis is the agreement signed in 2018": with the party in view
            own = country_of(codes[0])
            partners = sorted([c for c in by_salience(salience, least=2) + by_salience({c: salience.get(c, 0) for c in ctx_parties}) if c != codes[0] and country_of(c) != own],
                              key=lambda c: fronted and c in ctx_parties)  # the party the document is about, not another one "with" it
            codes = codes + partners[:1]
        else:  # "In Tokyo, the two sides signed" after a sentence naming one of them: the host is the other
            codes = list(ctx_parties) + ([seat] if seat and len(ctx_parties) == 1 and seat != country_of(ctx_parties[0]) else [])
        if f.find(cues["anaphora_states"]):  # "the two governments": the states behind the agencies
            codes = list(dict.fromkeys(country_of(c) for c in codes))
        if len(codes) < 2 and not single_bloc(codes):
            return []
    date = signing_date(f, anchor) if status == "signed" else None
    d = make_draft(frozenset(codes), base, date, evidence, f, strong)
    if status == "signed" and (people.has_signing_verb(f.text) or people.SIGNATORIES_WERE.search(f.text)):
        d.signatories = people.signatories(f, sorted(d.parties))
        d.place = places.place(f)
    elif status == "signed":  # "At their summit in Hiroshima, the leaders launched the partnership"
        d.place = places.place(f)
    d.name = name_of(f.text)
    d.refers = referred_instruments(f)
    d.own = frozenset(people.not_witnesses(f, acting(f)))  # "The memorandum was signed ... in the presence of Meloni and Rutte": the one just told
    d.back = bool(f.find(cues["anaphora_accord"]) or d.refers) and all(i[0] in GENERIC or bare_noun(f, i) for i in instruments)
    d.bare = not f.instruments
    d.another = names_another(f, instruments)
    d.programmes = programmes_of(f)
    d.funding = funding_of(f)
    older, verb = next(((i, m) for i in instruments[1:] if (m := BUILDS_ON.search(f.text[:i[1] - f.span.start]))), (None, None))
    fresh = instruments and not re.search(r"\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}$", f.text[:instruments[0][1] - f.span.start], re.I)
    if older is not None and status == "signed" and fresh and instruments[0][2] - f.span.start <= verb.start():
        # "Another memorandum builds on the agreement the two governments signed in 2009": two accords
        then = [x.value for x in f.dates if x.start > older[2]]
        return [replace(d, instrument=instruments[0][0], signed=None, another=True, evidence=list(d.evidence)),
                replace(d, instrument=older[0], signed=then[0] if then else None, another=True, name=None,
                        evidence=list(d.evidence), signatories=[])]
    if passing := signed_in_passing(f, instruments, status, anchor):  # "launched following the Memorandum ... signed in Astana on 28 August 2006"
        return [replace(d, instrument=instruments[0][0], back=bool(f.find(cues["anaphora_accord"])), evidence=list(d.evidence)), replace(
            d, instrument=passing[0], status="signed", signed=passing[1], place=places.place(f), another=True, name=None, evidence=list(d.evidence))]
    each = respective_occasions(f) if status == "signed" else []
    if each:  # "Two successor agreements ... were signed on 9 January 1984 and on 31 May 1989 respectively"
        return [replace(d, signed=day, place=where or d.place, another=True, group=id(f), evidence=list(d.evidence)) for day, where in each]
    parts = coordinated_accords(f, instruments)
    if parts:  # two accords in one sentence, each with its own instrument and domains
        partners = own_partners(f, [pos for _, _, pos, _ in parts])
        return [replace(d, instrument=key, domains=domains, status=status_of(f, cues, pos, joins) or status, group=id(f),
                        signed=(day or d.signed) if (status_of(f, cues, pos, joins) or status) == "signed" else None,
                        evidence=list(d.evidence), signatories=list(d.signatories),
                        **({"parties": parts_of, "countries": frozenset(country_of(c) for c in parts_of)} if (parts_of := partners[k]) else {}))
                for k, (key, domains, pos, day) in enumerate(parts)]
    return [d]


def extract_text(text: str, doc_id: str = "inline.txt") -> ExtractionRecord:
    """Extract from a string (front matter allowed), as `extract` does from a file."""
    return extract(from_string(text, doc_id=doc_id))


def extract_paths(paths: Iterable[str | Path]) -> list[ExtractionRecord]:
    """Extract every supported file named or inside folders named."""
    return [extract(load(p)) for p in iter_paths(paths)]
