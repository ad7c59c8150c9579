"""The status of an accord a sentence tells: signed, planned, negotiating or ongoing, from the cue that stands
nearest the accord's instrument; None for a denial. Split from modality.py, whose modal and signing-act
readers it uses."""

from __future__ import annotations

import re
from typing import Optional

from .mentions import SentenceFacts, is_cue
from .modality import OF_LATER_NOUN, governed_by_modal, strong_sign

_COORDINATED_INFINITIVE = re.compile(r"\b(?:to|will|would|could|can|may|might|should|must|shall)\s+[\w-]+\b[^.;:!?]{0,80}?\s+(?:and|or)\s+$", re.I)  # "hoped to reach a middle ground and sign"
_RELATIVE_SIGNED = re.compile(r"\b(?:agreement|memorandum|accord|treaty|pact|deal|arrangement|partnership|declaration|statement)s?\s+"
                              r"(?:that\s+|which\s+)?(?:[\w’'-]+\s+){1,4}$", re.I)  # "once the agreement the two sides signed ... takes effect": signed


def _relative_signing(before: str) -> bool:
    """ "once the agreement the two sides signed earlier this month takes effect": the signing sits in a
    relative clause of its own subject, done, whatever the condition around it."""
    m = _RELATIVE_SIGNED.search(before)
    return bool(m) and not re.search(r"\b(?:has|have|had|is|are|was|were|been|be|being|will|would|shall|can|could|to)\b", m.group(), re.I)


_SIGNING_ACT = re.compile(r"(?:sign|ink|put\s+(?:their|his|her|its)\s+(?:names?|signatures?)\s+to)\b", re.I)
_WHEN_CLAUSE = re.compile(r"\b(?:after|when|as soon as)\b[^,;.]*$", re.I)
_NOT_BEFORE = re.compile(r"\b(?:not|never)\s+(?:[\w-]+\s+){0,2}$", re.I)
_CONDITION = re.compile(r"\b(?:once|if|unless|until|before)\b[^,;.]*$", re.I)
_PENDING = re.compile(r"\b(?:not\s+yet|yet\s+to|still)\b", re.I)
_IN_TALKS = re.compile(r"\b(?:(?:in|into|resumed|continu\w+)\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations)\s+(?:on|over|about|for)"
                       r"|(?:still|were|are|is|was|been|be)\s+negotiating\s+(?:over|on|about|for)|close to agreeing|(?:been|are|were)\s+talking\s+about)\b", re.I)


def in_talks(f: SentenceFacts) -> bool:
    """ "Malaysia and China are in early-stage talks on building a rare earths plant": a pending accord
    told without an instrument noun, in a sentence that names a domain (its callers ask for the parties)."""
    return bool(f.domains) and bool(_IN_TALKS.search(f.text))


_LATER = re.compile(r"(?:,\s+but|;)\s+(?:[\w’'-]+\s+){0,4}$")
_TALKS_ON = re.compile(r"(?<!concluded )(?<!completed )(?<!wrapped up )(?<!finalised )(?<!finalized )\b(?:negotiations?|talks|discussions)\s+(?:between\s+[^,;]{1,60}?\s+)?(?:on|for|over|about|toward|towards|to conclude|to finali[sz]e)\s+(?:[\w-]+\s+){0,5}$", re.I)


def status_of(f: SentenceFacts, cues: dict, pivot: int, joins: Optional[list[tuple[int, str]]] = None) -> Optional[str]:
    """The status whose cue stands nearest the pivot; None for a denial. `joins` are
    the joining cues that count as signing (by default the plain `join` list)."""
    if f.find(cues["non_party"]):
        return None
    denials = [(pos, cue) for pos, cue in f.find(cues["negation"]) if not _NON_SIGNER.search(f.text[:pos - f.span.start])
               and not (pos > pivot and (_LATER.search(gap := f.text[pivot - f.span.start:pos - f.span.start]) and re.match(r"scrap|terminat|cancel|pulled|suspend|withdr", cue)
                                         or OF_LATER_NOUN.search(gap)))]  # "..., but parliament scrapped that arrangement"; "resume talks on a trade deal, which were suspended"
    if denials:  # a denial or a failure between named parties: not signed, still on the table
        named = len({p.country for p in f.parties}) >= 2 or f.find(cues["anaphora_parties"])
        plain = all(is_cue(cue, cues["negation_final"]) for _, cue in denials)  # "did not sign a separate agreement": nothing pending either
        pending = not plain or _PENDING.search(f.text) or any(not any(a <= pos < a + len(c) for a, c in denials) for pos, _ in f.find(cues["negotiating"]))
        return "negotiating" if (f.instruments or in_talks(f)) and named and pending else None
    before = f.text[: max(0, pivot - f.span.start)]
    if _TALKS_ON.search(before):  # "negotiations on the minerals agreement"
        return "negotiating"
    best: Optional[tuple[int, int, str, str]] = None
    deferred = False  # a signing act a modal defers: planned, when no other cue tells the status
    found_by = {status: f.find(cues[status]) + ((f.find(cues["join"]) if joins is None else joins) if status == "signed" else [])
                for status in ("planned", "negotiating", "signed", "ongoing")}
    spans = [(pos, pos + len(cue), status) for status, hits in found_by.items() for pos, cue in hits]
    for rank, status in enumerate(("planned", "negotiating", "signed", "ongoing")):
        inside = "planned" if status == "signed" else "signed"  # "the latest country to sign", "postponed the signing": the cue inside the longer one is part of it
        found = [(pos, cue) for pos, cue in found_by[status]
                 if not any(st == inside and a <= pos and pos + len(cue) <= b and b - a > len(cue) for a, b, st in spans)
                 or status == "signed" and not re.match(r"sign(?:ing|ature)\b", f.text[pos - f.span.start:], re.I)]  # "to sign" is a planned cue; "sign" in it still counts
        for pos, cue in found:
            if status == "signed":
                before = f.text[: pos - f.span.start]
                after = f.text[pos - f.span.start + len(cue):]
                if governed_by_modal(before):
                    if not _NOT_BEFORE.search(before) and _SIGNING_ACT.match(f.text[pos - f.span.start:]) and not re.match(r"\w*\s+(?:up|on)\b", after, re.I):
                        deferred = True  # "are due in Bucharest on Saturday to put their names to an agreement"
                    continue
                if re.match(r"(?:finali[sz]|agreed|settled|completed)", cue, re.I) and re.search(r"\btext\b[^,;.]{0,80}$", before, re.I):
                    continue  # "the text of the agreement had been finalised": ready to sign, not signed
                if re.match(r"sign(?:ing|ature)\s+of\b", f.text[pos - f.span.start:], re.I) and re.search(r"\bthe\s+$", before, re.I) \
                        and any(p > pos for p, _ in found_by["planned"]):
                    continue  # "The signing of the memorandum is planned for Friday": a noun whose predicate tells the status
                if (_WHEN_CLAUSE.search(before) or _PROPOSED_THAT.search(before)) and re.match(r"(?:sign|ink)s?\b", f.text[pos - f.span.start:], re.I):
                    deferred = True  # "the text will be released after the leaders sign it on Saturday", "proposed that the two countries sign"
                    continue
                if cue.lower() in ("sign", "ink") and _COORDINATED_INFINITIVE.search(before) \
                        or re.match(r"\s+(?:up|on to|of)\b", after, re.I) or _CONDITION.search(before) and not _relative_signing(before) \
                        or re.search(r"\b(?:ahead of|pending|awaiting|pencill?ed in|scheduled|arranged|(?:timetable|date|deadline|schedule)\s+for)\s+(?:the\s+|a\s+)?$", before, re.I) \
                        or re.search(r"\banniversary\s+of\s+(?:the\s+)?$", before, re.I) \
                        or _gerund(f.text[pos - f.span.start:]) and re.search(r"\b(?:would|could|might)\b", after[:120]):
                    # "signing an agreement with such a clause would amount to ...": a hypothetical
                    # "will sign", "sign up", "once the agreement has been signed": no signing here
                    continue
            if status == "negotiating" and re.search(r"\b(?:following|after|during|at the (?:end|close) of)\s+(?:[\w-]+\s+){0,3}$",
                                                     f.text[: pos - f.span.start], re.I):
                continue  # "Following their talks, the following documents were signed": when, not what
            distance = abs(pos - pivot)
            between = f.text[pos - f.span.start + len(cue):pivot - f.span.start]
            if status == "signed" and pos < pivot and (re.fullmatch(r"(?:\s+(?:on\s+\w+day|[\w’'-]+)){0,8}\s+", between) and re.match(r"(?:signed|inked|sealed|signs?|inks?)\b", cue, re.I)
                                                     or re.match(r"agreed\b.*\bto\s+(?:launch|establish|create|set\s+up|form)\b", cue, re.I) and re.fullmatch(r"\s*(?:[\w’'-]+\s+){0,3}", between)):  # "agreed on Friday to launch a global vaccine partnership"
                distance = -1  # "on Monday signed a broad science and technology cooperation agreement, ending a negotiation": the verb governing it
            if best is None or (distance, rank) < best[:2]:
                best = (distance, rank, status, cue)
    if best and best[2] == "planned" and re.fullmatch(r"initiall?(?:ed|ing)", best[3], re.I) \
            and (m := strong_sign(f.text)) and not re.match(r"initial", m.group(), re.I):
        return "signed"  # "was initialled in Brussels in December 2002 and signed in 2004"
    if best and best[2] == "signed" and _DRAFT.search(f.text[: max(0, pivot - f.span.start)]) and not strong_sign(f.text):
        return "planned" if found_by["planned"] else "negotiating"  # "the cabinet approved a draft memorandum": not signed yet
    return best[2] if best else "planned" if deferred else None


_STATE_WHO = r"\b(?:countr(?:y|ies)|states?|nations?|governments?|members?)\s+(?:that|which|who)\s+"
_NON_SIGNER = re.compile(_STATE_WHO + r"(?:[\w’'-]+\s+){0,2}$", re.I)  # a denial about other states: "a country that has not signed the NPT"
NON_SIGNER = re.compile(_STATE_WHO + r"(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?(?:signed|joined|ratified)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}$", re.I)  # and the accord it names
_PROPOSED_THAT = re.compile(r"\b(?:propos|suggest|urg|recommend|ask|demand|insist)\w*\s+(?:[\w’'-]+\s+){0,4}?that\s+(?:[\w’'-]+\s+){1,5}$", re.I)
_DRAFT = re.compile(r"\bdraft\s+(?:[\w-]+\s+){0,2}$", re.I)


def _gerund(text: str) -> bool:
    return bool(text.strip()) and text.split(None, 1)[0].lower().endswith("ing")


def reported_headline(f: SentenceFacts) -> bool:
    """ "Your front page last week announced that "Czechia and America seal $2bn chip pact"", "An earlier
    version of this article, published under the headline "India, US sign satellite internet pacts"": a
    signing quoted from a headline is the claim the text reports, not what it tells."""
    return bool(_HEADLINE.search(f.text)) and any(_SIGNING_WORDS.search(m.group()) for m in _QUOTED.finditer(f.text))


_HEADLINE = re.compile(r"\b(?:headlines?|headlined|front\s+page|front-page|(?:an|the)\s+(?:earlier|original|previous)\s+version|your\s+(?:report|article|story|editorial|correspondent))\b", re.I)
_QUOTED = re.compile(r"[“\"‘][^”\"’]{8,200}[”\"’]")
_SIGNING_WORDS = re.compile(r"\b(?:sign\w*|seal\w*|ink\w*|pacts?|deals?|agreements?|accords?|treaty|mou)\b", re.I)
