"""Names of people as news text writes them: a run of capitalised words, the post
that opens it ("Foreign Minister Wang Yi"), the honours around it ("Dr.", "AO"),
and what is not a name at all (a state, a month, an organisation's word)."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Optional

from .gazetteer import party_matcher
from .text import tokenize
from .vocabulary import load_vocabulary

CAP = r"(?:(?:[dD][’'])?[A-Z][\w’'.-]*|(?:al|el|bin|ibn|abu|ben)-[A-Z][\w’'.-]*)"  # "Saud al-Faisal" too
PARTICLE = r"(?:de|da|van|von|der|den|bin|al|el|di|du|la|le|ter|dos|das)"
RUN = re.compile(rf"(?<![\w’'-])(?P<run>{CAP}(?:\s+(?:{PARTICLE}\s+)*{CAP})*)")


@cache
def lexicon() -> dict:
    return tomllib.loads((resources.files("accordgraph") / "vocab" / "people.toml").read_text(encoding="utf-8"))


@cache
def known_places() -> frozenset[str]:
    """Every city accords are often signed in: the capitals and vocab/cities.txt."""
    vocab = load_vocabulary()
    cities = (resources.files("accordgraph") / "vocab" / "cities.txt").read_text(encoding="utf-8").splitlines()
    capitals = {p.capital for p in vocab.countries() if p.capital}
    return frozenset(c.strip() for c in cities if c.strip() and not c.startswith("#")) | capitals


def not_a_name(words: list[str]) -> bool:
    lex = lexicon()
    stop = set(lex["post_words"]) | {"The", "This", "That", "Both", "In", "On", "At", "For", "And", "Under", "With", "By", "After", "Before", "As"} | set(lex["org_words"])
    months = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
              "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
    if any(w in stop or w in months for w in words):
        return True
    text = " ".join(words)
    if party_matcher().find(tokenize(text)):
        return True
    return text in known_places() or any(w.isupper() and len(w) > 1 and "." not in w for w in words)


def without_honorifics(words: list[str]) -> list[str]:
    """ "Dr.", "H.E.", "His Excellency", "Dato' Seri" at the head of a name are not part of it."""
    honorifics = lexicon()["honorifics"]
    while words and (words[0].rstrip(".") in honorifics or words[0] in honorifics or " ".join(words[:2]) in honorifics):
        words = words[2:] if " ".join(words[:2]) in honorifics else words[1:]
    return words


def person_name(text: str) -> Optional[str]:
    """The name in "Mr. Gobind Singh Deo" or "Dato' Seri Mohamad Hasan", without honorifics; None for
    what is not a person's name."""
    words = without_honorifics(text.split())
    name = " ".join(words)
    return name if 2 <= len(words) <= 6 and RUN.fullmatch(name) and not not_a_name(words) else None


def post_and_name(words: list[str], least: int) -> tuple[Optional[str], list[str]]:
    """ "Foreign Minister Wang Yi" -> ("Foreign Minister", ["Wang", "Yi"]): the post words a run of
    capitalised words opens with, and the name left; no name for a possessive ("Modi's visit").
    A post is cut off only where at least `least` words of name are left."""
    lex = lexicon()
    heads_set = set(lex["post_heads"])
    titles = heads_set | set(lex["post_words"])
    cut = max((i + 1 for i, w in enumerate(words) if w.rstrip(",") in titles or w.rstrip(",").split("-")[-1] in heads_set
               or w.rstrip(",").removesuffix("s") in heads_set), default=0)  # "Presidents Lula and Fernandez"
    if cut and not any(w in heads_set for w in words[:cut]):
        cut = 0 if len(words) - cut < least else cut
    inline_post = " ".join(words[:cut]) if cut else None
    words = without_honorifics(words[cut:])
    owner = max((i + 1 for i, w in enumerate(words[:-2]) if re.search(r"[’']s$", w)), default=0)
    words = words[owner:]  # "NASA's Bill Nelson", "South Sudan's Salva Kiir": the possessor is the post's, not the name's
    words = words[_state_ahead(words):]  # "President of the Republic of Azerbaijan Ilham Aliyev": the post's state, then the name
    while len(words) > 2 and words[-1].rstrip(".,") in lex["post_nominals"]:
        words = words[:-1]  # "Arthur Sinodinos AO", "Jane Doe CBE"
    if words:
        words[-1] = words[-1].rstrip(",") if words[-1].rstrip(",") in ("Jr.", "Sr.") else words[-1].rstrip(".,")  # "Edmund G. Brown Jr."
        if re.search(r"[’']s$", words[-1]):
            return inline_post, []  # "Narendra Modi's visit": named, not signing
    return inline_post, words


def _state_ahead(words: list[str]) -> int:
    """How many of `words` name a state that ends a post before the name ("Azerbaijan" in "Azerbaijan Ilham Aliyev")."""
    for k in range(1, min(3, len(words) - 2) + 1):
        head = " ".join(words[:k])
        found = party_matcher().find(tokenize(head))
        if found and found[0].start == 0 and found[0].end == len(head) and not not_a_name(words[k:]):
            return k
    return 0
