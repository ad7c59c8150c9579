"""A seeded synthetic news corpus: wire-style articles about technology accords.

Each article is written from templates (nothing is copied from real news): a
front-matter block, a dateline, a signing or talks sentence naming two to four
countries with an instrument, a domain and a date at day, month or year
precision, signatories, and background sentences that mention other
countries, programmes and dates. The same seed always writes the same files.
"""

from __future__ import annotations

import random
from pathlib import Path

from accordgraph.vocabulary import load_vocabulary

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
INSTRUMENTS = ["memorandum of understanding", "memorandum of cooperation", "letter of intent", "joint statement",
               "joint declaration", "implementing arrangement", "framework agreement", "science and technology agreement"]
DOMAINS = ["quantum technology", "quantum computing", "semiconductor supply chains", "artificial intelligence",
           "5G and undersea cables", "space exploration", "critical minerals", "clean hydrogen", "cybersecurity",
           "biotechnology", "digital trade and data flows", "research and innovation"]
VERBS = ["signed", "concluded", "agreed", "launched"]
FIRST = ["Akira", "Maria", "John", "Priya", "Lars", "Chen", "Fatima", "Olu", "Sofia", "Kenji", "Anna", "Raj", "Elena",
         "Tomas", "Amina", "Claire", "Diego", "Ingrid", "Kwame", "Yuki"]
LAST = ["Tanaka", "Schmidt", "Okafor", "Sharma", "Nielsen", "Wang", "Haddad", "Adeyemi", "Rossi", "Sato", "Kowalski",
        "Patel", "Petrova", "Novak", "Diallo", "Suzuki", "Martin", "Garcia", "Larsen", "Mensah"]
POSTS = ["Minister of Science and Technology", "Foreign Minister", "Minister for Industry", "Ambassador",
         "Secretary of State for Digital Affairs", "Minister of Economy"]
FILLER = [
    "Officials said the arrangement would be reviewed by a joint committee every two years.",
    "Industry groups welcomed the step but said funding details remained unclear.",
    "The two sides have cooperated on research since the early {year}s, according to a government statement.",
    "Analysts said the move reflected growing concern about supply chain resilience.",
    "A spokesperson declined to say how much money would be committed in the first phase.",
    "Universities in both countries are expected to exchange researchers under the programme.",
    "The ministry said further talks were planned for {month} {year}.",
    "Trade between the two countries reached a record last year, customs data showed.",
    "Opposition lawmakers questioned whether the deal would bring jobs at home.",
    "The announcement came after a meeting of senior officials in {city} in {month}.",
]


class CorpusWriter:
    """Writes articles `doc_000000.txt`, ... until a byte budget is reached."""

    def __init__(self, seed: int = 11):
        self.rng = random.Random(seed)
        vocab = load_vocabulary()
        self.countries = sorted((p for p in vocab.countries() if p.capital and not p.ambiguous), key=lambda p: p.code)
        self.weights = [1.0 / (i + 1) ** 0.7 for i in range(len(self.countries))]
        self.rng.shuffle(self.weights)

    def _date(self) -> tuple[str, str]:
        r = self.rng
        y, m, d = r.randint(2005, 2025), r.randint(1, 12), r.randint(1, 28)
        kind = r.choice(["day", "day", "month", "year"])
        if kind == "day":
            return f"on {d} {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}"
        if kind == "month":
            return f"in {MONTHS[m - 1]} {y}", f"{y}-{m:02d}"
        return f"in {y}", str(y)

    def article(self, i: int) -> str:
        """The text of article `i` (front matter included)."""
        r = self.rng
        n = r.choices([2, 3, 4], weights=[70, 20, 10])[0]
        parties = []
        while len(parties) < n:
            p = r.choices(self.countries, weights=self.weights)[0]
            if p not in parties:
                parties.append(p)
        names = [p.name for p in parties]
        joined = " and ".join([", ".join(names[:-1]), names[-1]]) if n > 2 else " and ".join(names)
        instrument, domain = r.choice(INSTRUMENTS), r.choice(DOMAINS)
        when, iso = self._date()
        pub_year = int(iso[:4])
        city = parties[0].capital
        title = f"{names[0]} and {names[1]} sign {instrument} on {domain}"
        lead = (f"{city.upper()}, {MONTHS[r.randint(0, 11)]} {r.randint(1, 28)} (Wire) - {joined} {r.choice(VERBS)} a "
                f"{instrument} on cooperation in {domain} {when}, the governments said.")
        sigs = []
        for p in parties[:2]:
            sigs.append(f"{r.choice(FIRST)} {r.choice(LAST)}, {p.name}'s {r.choice(POSTS)}")
        body = [lead, f"The document was signed by {' and '.join(sigs)} at a ceremony in {city}."]
        other = r.choice(self.countries)
        w2, _ = self._date()
        body.append(f"{names[0]} signed a similar {r.choice(INSTRUMENTS)} with {other.name} {w2}, officials recalled.")
        for _ in range(r.randint(6, 14)):
            body.append(r.choice(FILLER).format(year=r.randint(1990, 2024), month=r.choice(MONTHS),
                                                city=r.choice(self.countries).capital))
        paras, k = [], 0
        while k < len(body):
            step = r.randint(2, 4)
            paras.append(" ".join(body[k:k + step]))
            k += step
        head = f"---\ntitle: {title}\npublished: {pub_year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}\nurl: https://news.example.org/{i}\n---\n"
        return head + "\n\n".join(paras) + "\n"

    def write(self, folder: Path, megabytes: float) -> list[Path]:
        """Write articles into `folder` until they hold `megabytes` MB; return their paths."""
        folder.mkdir(parents=True, exist_ok=True)
        budget, used, out, i = int(megabytes * 1_000_000), 0, [], 0
        while used < budget:
            text = self.article(i).encode("utf-8")
            path = folder / f"doc_{i:06d}.txt"
            path.write_bytes(text)
            out.append(path)
            used += len(text)
            i += 1
        return out


def corpus(folder: Path, megabytes: float, seed: int = 11) -> list[Path]:
    """The corpus of at least `megabytes` MB under `folder`, written once and reused.

    The same seed writes the same sequence of articles, so a smaller corpus is
    a prefix of a larger one and one folder serves every size.
    """
    stamp = folder / f".done-{seed}"
    if stamp.exists() and float(stamp.read_text()) >= megabytes:
        return sorted(folder.glob("doc_*.txt"))
    for old in folder.glob("doc_*.txt"):
        old.unlink()
    paths = CorpusWriter(seed).write(folder, megabytes)
    stamp.write_text(f"{megabytes}\n")
    return paths
