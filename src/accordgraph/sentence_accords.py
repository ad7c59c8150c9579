"""The accords one sentence tells: its parties (named, implied or listed one per partner), the
instrument and status of each, the signing date and place, and who signed. `extractor` walks a
document and folds what each sentence tells into its records."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from . import people, places
from .context import NUMBER, THE_N, subject_points_back
from .details import funding_of, name_of, programmes_of
from .drafts import Draft, make_draft
from .joining import JOINED_BARE, by_salience, followed_with, followers, joiners
from .listing import ordinal_kinds, coordinated_accords, issued_by_others, paired_accords, respective_occasions, signed_in_passing
from .mentions import SentenceFacts, in_proper_name
from .modality import (BUILDS_ON, DOMESTIC_LAW, names_another, no_accord_in_particular, bare_noun, instrument_of, list_instrument, names_event, refers_back, referred_instruments, signing_date, strong_sign)
from .parties import (acting, fronted_with, companies_sign, firms_negotiate, country_of, each_with, foreign_firms, own_partners, hyphen_pairs, led_accord, items_host, joined_respectively, leader_of, list_items, partners_after_with, single_bloc, with_non_party)
from .status import NON_SIGNER, in_talks, reported_headline, status_of
from .subjects import subject_clause
from .records import GENERIC_INSTRUMENTS, Evidence
from .vocabulary import load_vocabulary


GENERIC = GENERIC_INSTRUMENTS

_COUNTED = re.compile(r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|\d+|several)\s+(?:[A-Z]\w+\s+)?(?:countries|nations|states|governments|partners|members|heads of state|heads of government|leaders|presidents)\b", re.I)
_GROUP_OF = re.compile(r"\b(?:an?)\s+(?:small\s+|large\s+)?(?:group|coalition|club|consortium)\s+of\s+(?:[\w-]+\s+){0,2}?(?:partners|countries|nations|donors|lenders|governments|economies)\b", re.I)
_WEIGHING = re.compile(r"\b(?:considering|contemplating|weighing|exploring|discussing|studying|mulling|to)\s+$|\b(?:whether|if)\s+[^.;,]{0,80}$", re.I)  # "whether any economy ... joins"
_UNDER_A = re.compile(r"\bunder\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}$", re.I)
_FORMAL_TITLE = re.compile(r"\bthe\s+(?:Agreement|Memorandum|Treaty|Accord|Arrangement|Protocol|Declaration|Convention)\s+(?:between|concerning|for|on)\s+(?:the\s+)?[A-Z]")  # a named accord
_DATED_ACCORD = re.compile(r"\b(?:the|its|their|a)\s+(?P<y>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}$", re.I)
_AGREED_THAT = re.compile(r"\bagreed\s+(?:(?:on|in|at)\s+[\w-]+\s+){0,2}that\s+(?![^.;]{0,60}\b(?:talks|discuss\w*|negotiat\w*|consult\w*|meet|study|explore|consider)\b)", re.I)  # not "agreed that they would hold talks"


def accords_in(f: SentenceFacts, cues: dict, ctx_parties: list[str], event_spans: list[tuple[int, int]], anchor: Optional[str] = None,
               ctx_accord: Optional[str] = None, salience: Optional[dict[str, int]] = None, subject: Optional[str] = None) -> list[Draft]:
    """The accords sentence `f` tells, as drafts: `ctx_parties` stand for "the two sides", `ctx_accord` is the
    programme last named (the accord others join), `salience` counts how often each party was named so far,
    `subject` is the party "It" or "The kingdom" stands for."""
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
    joins = [(pos, cue) for pos, cue in f.find(cues["join"]) + (f.find(cues["join_led"]) if led else [])
             if not _WEIGHING.search(f.text[:pos - f.span.start])]  # "is considering joining the Artemis Accords": not yet
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
    if status == "ongoing" and instruments and (dated := _DATED_ACCORD.search(f.text[:instruments[0][1] - f.span.start])) \
            and not (anchor and dated.group("y") > anchor[:4]):
        status = "signed"  # "The 2006 agreement between the two governments ... set the framework for joint projects": signed then
    if DOMESTIC_LAW.search(f.text) or reported_headline(f):  # "Biden signed the CHIPS and Science Act": a law, not an accord
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
    if f.companies and len(codes) < 2 and not anaphora or status in ("planned", "negotiating") and firms_negotiate(f):
        return []
    instrument = instrument_of(instruments or before_off, f)  # "a strategic investment agreement for a nuclear plant": still an agreement
    told = [i[0] for i in f.instruments if i[0] != "unspecified" and refers_back(f, i)]
    if instrument == "unspecified" and told:
        instrument = told[0]  # "signed the agreement in Brussels", "the partnership ... was signed": that kind, whether or not one was named before
    if instrument == "unspecified" and status == "ongoing" and re.search(r"\bresearch\b", f.text, re.I):
        instrument = "joint_research_programme"
    if not instruments and status == "signed" and not strong_sign(f.text) and not joins and not (_AGREED_THAT.search(f.text) and len(set(f.codes())) >= 2):
        return []  # but "Tanaka and Geisel agreed that Japan would help develop the Cerrado": an understanding reached
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
            host = [c for c in [followed_with(f), leader] + [subject] * bool(subject) + by_salience(salience) if c and all(country_of(c) != country_of(x) for x, _ in items)][:1]
        where, signers = (places.each_place(f, len(items)), people.host_signers(f, host)) if status == "signed" else ([None] * len(items), [])
        if following:  # "Poland signed ... in Warsaw in September 2019, and Slovenia followed": the city is the first signing's
            where = where[:1] + [None] * (len(items) - 1)
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
    if not counted and (counted := _GROUP_OF.search(f.text)):
        n = len(codes) + 3  # "Senegal and a group of international partners launched a JETP": named later
    definite = counted and re.search(r"\b(?:the|these|those|both|all|its|their)\s+$", f.text[:counted.start()], re.I)
    if status == "signed" and n >= 3 and n > len(codes) + 1 and not definite and not items_host(f):  # "ten countries and the EU adopted": named later
        unnamed = make_draft(frozenset(), base, signing_date(f, anchor), evidence, f, strong)
        unnamed.place = places.place(f) if people.has_signing_verb(f.text) else None
        unnamed.named = frozenset(codes)
        unnamed.counted_in = frozenset(p.code for p in f.parties if counted.start() <= p.start - f.span.start < counted.end())
        return [unnamed]
    leader = leader_of(f, ctx_accord)
    if len(codes) == 1 and leader and leader != country_of(codes[0]) and (joins or strong_sign(f.text) or led and status == "signed"):
        codes = codes + [leader]  # "Ukraine followed in November 2020": joining the US-led accords
    if len(set(codes)) == 1 and subject and country_of(subject) != country_of(codes[0]):
        codes = codes[:1] + [subject]  # "Washington ... . It signed one with Sweden": the subject of the sentence before
    elif len(set(codes)) >= 2 and subject and country_of(subject) not in {country_of(c) for c in codes} and re.search(r"\bwith\b", f.text):
        codes = [subject] + codes  # "The city-state signed the DEPA with Chile and New Zealand": it and both of them
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
    d.back = bool(f.find(cues["anaphora_accord"]) or d.refers) and all(i[0] in GENERIC or bare_noun(f, i) for i in instruments) \
        and not _FORMAL_TITLE.search(f.text)  # "to sign the Agreement between Japan and Viet Nam for Cooperation in ...": named, not pointed back at
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
    if issued := issued_by_others(f):  # "in accordance with the Declaration issued by the G7 leaders and Ukraine in Vilnius"
        key, at, by, day, city = issued
        own = [c for c in codes if c not in by or any(p.code == c and p.start < at for p in f.parties)]
        told = make_draft(frozenset(by), dict(base, instrument=key, status="signed"), day, evidence, f, strong)
        told.place, told.another = city, True
        first = f.instruments[0][0] if f.instruments[0][1] < at else d.instrument  # "the Accord ..., in accordance with the Joint Declaration": the Accord's kind
        return ([replace(d, parties=frozenset(own), countries=frozenset(country_of(c) for c in own), instrument=first, evidence=list(d.evidence))] if len(own) >= 2 else []) + [told]
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

