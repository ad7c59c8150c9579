"""Signatories and signing places: who put their name to an accord, and where.

A person is a run of capitalised words standing next to a post ("Japan's
Science Minister, Minoru Kiuchi," or "Henna Virkkunen, Executive
Vice-President of the European Commission") in a sentence with a signing
verb. People named after a witness cue ("in the presence of") did not sign.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Optional

from .mentions import SentenceFacts
from .names import CAP, PARTICLE, RUN, lexicon, not_a_name, post_and_name
from .records import Signatory
from .signer_parties import acting_for, bracketed_party, heads_party, of_party, party_in, party_of, share_out_parties, signed_for_before
from .vocabulary import load_vocabulary, seated_at

@cache
def _sign_verbs() -> str:
    """The signing verbs as one alternation ("signing" the noun left out)."""
    return "|".join(re.escape(v) for v in lexicon()["signing_verbs"] if v != "signing")


@cache
def act_verbs() -> str:
    """Signing verbs and the verbs that tie a place to an accord ("agreed in New Delhi")."""
    return "|".join(re.escape(v) for v in lexicon()["signing_verbs"] + lexicon()["place_verbs"])


@cache
def _witness_cues() -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in load_vocabulary().cues["witness"]), re.I)


def signing_acts(text: str) -> list[re.Match]:
    """Signing verbs used as verbs ("signed", "signing for their agencies", not "the signing"), not for domestic law."""
    verbs = _sign_verbs()
    return [m for m in re.finditer(rf"\b(?:{verbs}|signing(?=\s+(?:for|on behalf of)\b))\b", text, re.I)
            if not re.match(r"\s+(?:into\s+law|of)\b", text[m.end():])  # "signed into law", "a sign of"
            and not re.match(r"\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:visit|meeting|trip|tour|summit|talks|consultations|session|conference)\b", text[m.end():])
            and not re.search(r"\b(?:a|the)\s+$", text[:m.start()])]


def _signs(acts: list[re.Match], start: int, text: str) -> bool:
    """A name signs when it stands before a signing verb (its subject) or after "by"
    following one ("signed by", not "a forum hosted by")."""
    if _OTHER_BY.search(text[:start]):
        return False
    were = SIGNATORIES_WERE.search(text[:start])
    if were and not re.search(r"\.(?!\w)|;(?!\s*(?:and\s+)?(?:for\s+(?:the\s+)?[A-Z][^,;]{0,40},\s*)?[A-Z])", text[were.end():start]):
        return True  # "Signatories were Argentine Minister X and Chinese Minister Y"
    for a in acts:
        if start < a.start() and not _OTHER_SUBJECT.search(text[start:a.start()]):
            return True
        if re.search(r"\bwith\s+(?:his\s+|her\s+|their\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}?(?:[A-Z][\w’'-]*[’']s\s+)?(?:(?:[A-Z][\w-]*|[a-z][\w-]*|and)\s+){0,4}(?:Minister|Secretary|President|Commissioner|Ambassador|Governor|Director|Administrator|Chairman|Chair|counterpart|minister|secretary|president|commissioner|ambassador|director|administrator|chief)\b[^.;]{0,140}$", text[a.end():start]) \
                and not re.search(r"\b(?:looking on|looked on|watching|present|in attendance)\b", text[start:start + 60]) \
                and not re.search(r"\b(?:talks|met|meets|meeting|held|where|when|while|who)\b", text[a.end():start]):
            return True  # "signed a memorandum ... with Egypt's Minister of Petroleum Tarek El Molla"
        if _GAPPED_FOR.fullmatch(text[a.end():start]):
            return True  # "X signed for Japan and Y for India"
        if re.fullmatch(r"\s+(?:[\w-]+\s+){0,6}?with\s+", text[a.end():start]):
            return True  # "signed the document with Ed Husic, Australia's Minister for Industry"
        by = re.search(r"\b(?:by|between)\b", text[a.end():start]) or re.search(r"signatures of\b", text[a.start():start])
        if by and not re.search(r"\b(?:on the day|when|while|as|after|before|during|where|whose)\b", text[a.end() + by.end():start]):
            return True  # "signed ... by X", not "signed by X on the day Y and Z met"
    return False


_GAPPED_FOR = re.compile(r"\s+(?:the\s+\w+\s+)?(?:for|on behalf of)\s+(?:the\s+)?[A-Z][^,;.]{0,40}?,?\s+and\s+(?:[\w.]+\s+){0,3}$")  # "signed for Japan and [Y] for India"
SIGNATORIES_WERE = re.compile(r"\b(?:signator(?:y|ies)|signers)\s*(?::|\s(?:were|was|are|is|included)\b)|\bsignatures\s+(?:were|are)\s+(?:those\s+of\b)?"
                              r"|\bsigning\s+for\s+(?:the\s+)?[A-Z][^;.]{0,40}?\s+(?:was|were)\b", re.I)  # "Signing for Japan was ...; for India, ..."
_OTHER_SUBJECT = re.compile(r"\b(?:the two sides|both sides|the two countries|both countries|the two governments|both governments|the parties|officials)\b", re.I)
_OTHER_BY = re.compile(r"\b(?:hosted|led|chaired|co-chaired|organi[sz]ed|attended|opened|accompanied|witnessed|held|presided|moderated|welcomed|addressed|backed|funded"
                       r"|(?:visit|tour|trip)(?:\s+to\s+[\w\s.’'-]{1,40}?)?)\s+by\s+(?:[\w.’'-]+\s+){0,6}$"
                       r"|\b(?:visit|tour|trip)\s+of\s+(?:[\w.,’'-]+\s+){0,8}$", re.I)  # "during a visit by President X", "the visit of the then President of Egypt, Dr."


_LIST_GOES_ON = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:,\s*(?:and\s+)?|,?\s+and\s+)(?:(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*[’']s\s+)?")  # "X, Kenya's Y and Mali's Z"
def _in_other_clause(text: str, start: int, acts: list[re.Match]) -> bool:
    """ "When Macron returned the visit, CNES's president signed", "After Moon met the Crown Prince, the
    governments signed": the name at `start` is the subject of another verb in a clause of its own."""
    verb = next((a.start() for a in acts if a.start() > start), len(text))
    return bool(_SUBORDINATE.search(text[:start]) and _OTHER_VERB.search(text[start:verb]))


_OTHER_VERB = re.compile(r"\b(?:met|meets|returned|returns|visited|visits|arrived|held|hosted|travell?ed|flew|came|went|spoke|said|took|announced|was|were)\b", re.I)
def _watching(text: str, end: int, witness: list[int]) -> bool:
    """ "with Howard and Putin standing behind them": a witness cue right after the name ending at `end`,
    with at most another name between."""
    return any(re.fullmatch(r"\.?(?:\s+and\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})?\s+", text[end:w]) for w in witness if w > end)  # "Marcos Jr. in attendance"


_IN_ACCORD_NAME = re.compile(r"\b(?:Agreement|Memorandum|Treaty|Convention|Protocol|Declaration|Arrangement|Statement|Charter)\s+(?:on|of|for|concerning|between)\s+(?:[A-Z][\w-]*\s+){0,4}$")  # "the Agreement on Technology Safeguards"
_PORTFOLIO_AND = re.compile(r"\b(?:Ministry|Department|Minister|Secretary|Office|Faculty|School)\s+(?:of|for)\s+(?:[A-Z][\w-]*\s+){1,3}and\s+$")  # "the Ministry of Education and Vocational Training"
_SIGNED_AT_BY = re.compile(r"\b(?:signed|inked)\s+[^,;]*\bby\s+(?:[A-Z][\w.-]*\s+){0,3}$")  # "signed on the margins of the EU-CELAC Summit by Commissioner X"
_SUBORDINATE = re.compile(r"\b(?:when|while|as|after|before|since|once|until)\s+(?:[\w’'.-]+\s+){0,3}$", re.I)  # "when Macron returned the visit, ... signed"
_MET = re.compile(r"\b(?:talks|meeting|met|visit|summit)\s+(?:between|with|by|of)\b(?:[^,;]|,\s+(?:who|which)\b[^,;]*,)*$", re.I)  # the name is one who met
# ("talks between President Medvedev, who is on a visit, and President Triet")


def not_witnesses(f: SentenceFacts, codes: list[str]) -> list[str]:
    """The codes less those named only after a witness cue ("signed ... in the presence of Italian Prime Minister
    Giorgia Meloni and Dutch Prime Minister Mark Rutte": Italy and the Netherlands did not sign)."""
    cue = _witness_cues().search(f.text)
    if not cue:
        return codes
    return [c for c in codes if any(p.code == c and p.start < f.span.start + cue.start() for p in f.parties) or all(p.code != c for p in f.parties)]


def has_signing_verb(text: str) -> bool:
    verbs = act_verbs()
    return bool(re.search(rf"\b(?:{verbs})\b", text, re.I))


def full_names(text: str) -> list[str]:
    """The people named in full in a sentence ("Minister Marcos Pontes" -> "Marcos Pontes"), so
    that a surname alone can be read as them later."""
    heads = "|".join(re.escape(h) for h in lexicon()["post_heads"] + lexicon()["post_lower"])
    acts = signing_acts(text)
    out = []
    for m in RUN.finditer(text):
        post, words = post_and_name(m.group("run").split(), least=2)
        if not 2 <= len(words) <= 5 or not_a_name(words) or re.match(r"[’']s\b", text[m.end():m.end() + 2]):
            continue
        posted = post or re.search(rf"\b(?:{heads})\b[^.;]{{0,40}}$", text[max(0, m.start() - 60):m.start()]) \
            or re.match(rf",\s+(?:the\s+|a\s+|an\s+)?(?:then\s+)?(?:[\w’'-]+\s+){{0,6}}?(?:{heads})\b", text[m.end():]) \
            or re.search(r"[’']s\s+$", text[:m.start()]) or re.match(r",?\s+(?:who\s+|then\s+)?(?:said|says|told|visited|met|runs|heads|leads|chairs)\b", text[m.end():]) \
            or _signs(acts, m.start(), text)
        if posted:  # a person: named with a post, a country's, signing or doing what people do; not "Cerro Armazones"
            out.append(" ".join(words))
    return out


def surname_signatories(f: SentenceFacts, full_of) -> list[Signatory]:
    """Signers named by one word the document introduced in full before ("Urpilainen signed",
    "Minister Lee and Arati Prabhakar signed"): `full_of` maps that word to the full name, or None."""
    text = f.text
    acts = signing_acts(text)
    if not acts:
        return []
    witness = [m.start() for m in _witness_cues().finditer(text)]
    out = []
    for m in RUN.finditer(text):
        inline_post, words = post_and_name(m.group("run").split(), least=1)
        full = full_of(words[0]) if len(words) == 1 else None
        if not full or not_a_name(words):
            continue
        s = m.start("run") + m.group("run").rfind(words[0])
        verb_after = next((a.start() for a in acts if a.start() > s), None)
        watched = verb_after is not None and any(s < w < verb_after for w in witness)
        if watched or any(w < s and not _after_fronted(text, w, s, verb_after) for w in witness) or _MET.search(text[:s]) or _in_other_clause(text, s, acts) or not _signs(acts, s, text) \
                or _watching(text, s + len(words[0]), witness):
            continue
        out.append(Signatory(name=full, party=None, post=_clean_post(inline_post)))
    return out


def signatories(f: SentenceFacts, parties: Optional[list[str]] = None) -> list[Signatory]:
    """People who signed, with their post and the party they signed for (one of
    `parties`, the accord's, when given)."""
    lex = lexicon()
    text = f.text
    witness = [m.start() for m in _witness_cues().finditer(text)]
    heads = "|".join(re.escape(h) for h in lex["post_heads"] + lex["post_lower"])
    out: list[tuple[Signatory, int, bool]] = []
    acts = signing_acts(text)
    for m in RUN.finditer(text):
        inline_post, words = post_and_name(m.group("run").split(), least=2)
        if len(words) < 2 or len([w for w in words if not re.fullmatch(PARTICLE, w)]) > 5 or not_a_name(words):  # "Sheikh Khalid bin Ahmed Al Khalifa"
            continue
        name = " ".join(words)
        where = list(re.finditer(r"\s+".join(map(re.escape, words)), m.group("run")))[-1]  # "Concerning   Peaceful": however it is spaced
        s, e = m.start("run") + where.start(), m.start("run") + where.end()
        if re.match(r"[’']s\b", text[e:e + 2]) or re.search(r"\b(?:of|for|the)\s+$", text[max(0, s - 5):s]) and not re.search(r"\bthose\s+of\s+$", text[:s]) or _PORTFOLIO_AND.search(text[max(0, s - 80):s]):
            continue  # "Fumio Kishida's visit", "Minister for Economic Cooperation"
        if _DATELINE_OPEN.match(text[:s]) and re.match(r"[^()]*\)\s*[-–—]", text[e:]):
            continue  # "LONDON, Wednesday (Energy Wire City) - ...": the wire's name
        if _MET.search(text[:s]) and not _SIGNED_AT_BY.search(text[:s]) or _in_other_clause(text, s, acts) or _IN_ACCORD_NAME.search(text[:s]):
            continue  # "Following talks between Modi and Dissanayake, the memoranda were exchanged"; not "signed at the Summit by X"
        verb_after = next((a.start() for a in acts if a.start() > s), None)
        watched = verb_after is not None and any(s < w < verb_after for w in witness)  # "Yoon and Tokayev looked on as ... signed"
        if watched or any(w < s and not _after_fronted(text, w, s, verb_after) for w in witness) or _watching(text, e, witness) or not (_signs(acts, s, text) or re.match(r",?\s+(?:for|on behalf of)\s+(?:the\s+)?[A-Z]", text[e:])
                                                                                           or _FOR_AFTER_POST.match(text[e:]) and any(a.end() < s for a in acts)):
            continue
        before, after = text[max(0, s - 200):s], text[e:e + 140]
        before = _TRAILING_HONORIFIC.sub("", before)  # "The Minister of ..., Prof. Isa Pantami"
        pre = re.search(rf"((?:{CAP}[’']s\s+)?(?:(?:{CAP}|of|for|and|the)\s+){{0,6}}?(?:[a-z][\w-]*\s+){{0,2}}?(?:{heads})(?:\s+(?:of|for|to|in)\s+(?:the\s+)?{CAP}(?:,?\s+(?:and\s+)?(?!(?:Dr|Mr|Mrs|Ms|Prof|Sir|Hon)\b){CAP})*)*),?\s*$", before)
        post_after = re.match(rf"^(?:,\s*|\s+\()(?:then\s+|now\s+|former\s+|currently\s+)?(?:the\s+|a\s+|an\s+)?(?!and\b)((?:{CAP}[’']s\s+)?(?:[\w’'-]+\s+){{0,5}}?(?:{heads}|{'|'.join(lex['post_lower'])})\b(?:\s+(?:{heads})\b)*(?:\s+(?:of|for|in|to)\s+(?:the\s+)?(?:{CAP}\s*(?:and\s+)?)+)?)", after)
        who_heads = re.match(r",\s*who\s+(?:heads|runs|leads|chairs|directs)\s+((?:the\s+)?[^,;()]{3,80}?),", after)
        signed_by = re.search(r"\b(?:(?:signed|inked|initialled)\s+(?:[^.;]{0,60}\s)?by|signatures\s+of)\s+(?:(?:[^.;]|\.(?=\s+[A-Z])){0,150})?$", before) \
            or SIGNATORIES_WERE.search(before) or _GAPPED_FOR.search(before) and re.match(r"\s+(?:for|on behalf of)\s+(?:the\s+)?[A-Z]", text[e:])
        if inline_post:
            post = inline_post
            lead = re.search(rf"((?:{CAP}\s+)*(?:{heads})\s+(?:of|for)\s+(?:the\s+)?)$", text[:m.start("run")])
            if lead:  # "Secretary of State Antony Blinken": the post began before the run
                post = lead.group(1) + post
        elif pre:
            post = re.sub(r"^(?:[a-z][\w-]*\s+)*?by\s+", "", pre.group(1).strip().rstrip(","))  # not "signed by President of ..."
            post = post.split(out[-1][0].name)[-1].lstrip(" ,;") if out else post  # "Japanese trade minister X and Indian IT minister Y": Y's own post
        elif post_after:
            post = post_after.group(1).strip().rstrip(",")
        elif who_heads:  # "Alexander Rumyantsev, who runs Russia's Federal Atomic Energy Agency, and ..."
            post = "head of " + who_heads.group(1)
        elif of_party(f, e) and _signs(acts, s, text):  # "Marise Payne of Australia and Toshimitsu Motegi of Japan signed"
            post = _group_post(text[:s])
        elif signed_by or re.match(r"\s+(?:signed|signs)\s+(?:for|on behalf of)\s+(?:the\s+)?[A-Z]", text[e:]) or out and _LIST_GOES_ON.fullmatch(text[out[-1][1] + len(out[-1][0].name):s]) \
                or re.match(rf"(?:\s*\([^()]{{1,40}}\))?(?:\s+and\s+(?:[A-Z][\w.’'-]*\s+){{1,6}}?(?:\([^()]{{1,40}}\)\s*)?)?\s*(?:{_sign_verbs()}|signing\s+for)\b", text[e:], re.I):
            post = None  # "Ministers Piyush Goyal and Don Farrell signed": the second shares the first's plural post
        else:
            continue
        explicit = signed_for_before(f, s) or of_party(f, e) or acting_for(f, e) or bracketed_party(f, e) or heads_party(f, e) or party_in(post)  # "for the Philippines", "Canada's Minister of ..."
        post = _clean_post(post)
        party = explicit or party_of(f, s, e, post)
        out.append((Signatory(name=name, party=party, post=post), s, bool(explicit)))
    return share_out_parties(out, f, parties)


def _after_fronted(text: str, w: int, s: int, verb: Optional[int]) -> bool:
    """ "In the presence of Modi and Macron, S. Somanath and Philippe Baptiste exchanged ...": a name after the comma that
    closes a fronted witness phrase, with no comma before its verb, is the subject, not a witness."""
    return verb is not None and bool(re.fullmatch(r"\W*(?:in|with|under)?\s*", text[:w], re.I)) and "," in text[w:s] and "," not in text[s:verb]


_DATELINE_OPEN = re.compile(r"\s*[A-Z][\w .’'-]{1,40},[^()]{0,40}\([^()]*$")
_FOR_AFTER_POST = re.compile(r",\s+[^,;]{3,90},\s+for\s+(?:the\s+)?[A-Z]")  # "X signs for Euratom and Y, Chairman of ..., for India"
_TRAILING_HONORIFIC = re.compile(r"(?:\b(?:Prof|Dr|Col|Gen|Lt|Maj|Capt|Adm|Amb|Hon|Rev|Mr|Mrs|Ms|Sir|Dame|H\.E)\.?\s+)+$")


_GROUP_POST = re.compile(r"\b((?:[A-Za-z][\w-]*\s+){0,2}?(?:[Mm]inister|[Pp]resident|[Aa]mbassador|[Ll]eader|[Hh]ead)s?|[Ss]ecretaries)\s+of\s+the\s+(?:two|three|four|\w+)\s+(?:countries|nations|governments|sides|states)\b")


def _group_post(text: str) -> Optional[str]:
    """ "The foreign ministers of the two countries, ..." -> "foreign minister": the post the names after it share."""
    m = _GROUP_POST.search(text)
    return re.sub(r"(?:ies|s)$", lambda x: "y" if x.group() == "ies" else "", m.group(1).strip()).removeprefix("The ").removeprefix("the ") if m else None


def _clean_post(post: Optional[str]) -> Optional[str]:
    if not post:
        return None
    post = re.split(r"\b(?:and|by)\s+(?=[A-Z][\w.-]*[’']s\s)", post)[-1]  # "Jane Doe and Canada's Minister of ..."
    post = re.sub(r"^(?:and|by|with|while|as|from|,)\s+", "", post.strip(), flags=re.I)
    post = re.sub(r"^(?:the|a|an|its|their|his|her)\s+", "", post, flags=re.I)
    post = re.sub(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?[’']s\s+", "", post)
    return re.sub(r"(?<=[a-z]{2}|[A-Z]{2})\.$", "", post.strip(" ,")) or None  # "Minister of Science and ICT." ends a sentence


def named_signatories(f: SentenceFacts, persons: list[tuple[str, str, int]]) -> list[Signatory]:
    """People known by name only ("Habeck and Støre signed") who stand before the signing
    verb with no witness cue between: (full name, party, offset) each."""
    text = f.text
    acts = signing_acts(text)
    witness = [m.start() for m in _witness_cues().finditer(text)]
    out = []
    for name, party, pos in persons:
        s = pos - f.span.start
        verb = next((a.start() for a in acts if a.start() > s), None)
        if _MET.search(text[:s]) or _in_other_clause(text, s, acts) or re.match(r"(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.-]*[’']s\b", text[s:]):
            continue  # "Following talks between Modi and Dissanayake, ... were exchanged", "Yoon Suk Yeol's visit produced ..."
        if verb is not None and not any(w < verb for w in witness):
            out.append(Signatory(name=name, party=party, post=None))
    return out


def host_signers(f: SentenceFacts, host: list[str]) -> list[Signatory]:
    """ "Goldin signed four memorandums, one each with ESA, CSA and Japan": who signed for the one
    side all the accords of the sentence share (`host`), never a partner's own signer."""
    cut = re.search(r"\bwith\b", f.text)
    if not has_signing_verb(f.text) or not cut:
        return []
    parties = load_vocabulary().parties
    home = {parties[h].country if h in parties else h for h in host}
    return [s for s in signatories(f) if -1 < f.text.find(s.name) < cut.start()  # the subject, before "with" and the partners
            and (s.party is None or (parties[s.party].country if s.party in parties else s.party) in home)]


def host_of(f: SentenceFacts) -> Optional[str]:
    """The state whose capital a signing sentence says it happened in ("signed in Washington"),
    or whose seat of government was visited ("visit to the White House")."""
    verbs = act_verbs()
    for m in re.finditer(rf"\b(?:{verbs})\b[^.;]{{0,40}}?\bin\s+(?P<p>{CAP}(?:\s+{CAP})?)|^\s*In\s+(?P<f>{CAP}(?:\s+{CAP})?)(?=,|\s+on\b|\s+last\b)", f.text):  # "signed in Washington", "In Tokyo on Monday, ..."
        seat = seated_at(m.group("p") or m.group("f"))  # "signed in Brussels": the EU's seat
        if seat:
            return seat
    for m in re.finditer(rf"\b(?:visit(?:ed|ing|s)?|visit\s+to|arrived\s+in|travell?ed\s+to|trip\s+to)\s+(?P<v>{CAP}(?:\s+{CAP})?)(?=(?:\s+(?:on|last|this)\s+\w+)?[,;]\s+where\b)", f.text):
        seat = seated_at(m.group("v"))  # "Korea's minister visited Stockholm, where the two governments signed": the host
        if seat:
            return seat
    seats = lexicon().get("seats_of_government", {})
    m = re.search(r"\bvisit to the (" + "|".join(re.escape(k) for k in seats) + r")\b", f.text) if seats else None
    return seats[m.group(1)] if m else None
