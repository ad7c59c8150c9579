"""Hostile documents (issue 8, item 5): a clear message or a clean skip, bounded time and memory.

Empty, binary, mis-encoded, oversized, script-only HTML, invisible and bidi
characters, homoglyph country names, future and contradictory dates; and an
ingest of all of them stores the good document and nothing else.
"""

import json
import subprocess
import sys
import time
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accordgraph.documents import MAX_BYTES, load
from accordgraph.errors import InputError
from accordgraph.extractor import extract_text

GOOD = "---\ntitle: t\npublished: 2025-05-13\n---\nJapan and Denmark signed a memorandum of cooperation on quantum technology on 22 January 2025.\n"
SCRIPT_ONLY = ("<html><head><script>var a = 'Japan and Denmark signed a memorandum';</script></head>"
               "<body><script>document.write('Japan and Denmark signed a memorandum on 22 January 2025.')</script>"
               "<noscript></noscript></body></html>")
HOSTILE = {  # file name -> (bytes, words the refusal must say)
    "empty.txt": (b"", "empty"),
    "blank.md": (b" \n\t\n  ", "empty"),
    "nul.txt": (b"Japan\x00and\x00Denmark" * 10, "binary"),
    "controls.txt": (bytes(range(1, 9)) * 200 + b"Japan", "binary"),
    "png.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
    "latin1.txt": ("Japan and Denmark signed in München and Bogotá.".encode("latin-1"), "UTF-8"),
    "utf16.txt": ("Japan and Denmark signed.".encode("utf-16"), "UTF-16"),
    "script.html": (SCRIPT_ONLY.encode(), "no article text"),
}


def _head(published):
    return f"---\ntitle: test\npublished: {published}\n---\n" if published else ""


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_each_hostile_file_is_refused_with_a_clear_message(tmp_path, name):
    data, words = HOSTILE[name]
    (tmp_path / name).write_bytes(data)
    with pytest.raises(InputError, match=words) as e:
        load(tmp_path / name)
    assert name in str(e.value)


def test_an_ingest_of_hostile_files_stores_the_good_one_and_nothing_else(tmp_path):
    from accordgraph.pipeline import ingest
    from accordgraph.store import Store

    (tmp_path / "docs").mkdir()
    for name, (data, _) in HOSTILE.items():
        (tmp_path / "docs" / name).write_bytes(data)
    (tmp_path / "docs" / "good.txt").write_text(GOOD)
    store = Store(tmp_path / "s")
    report = ingest([tmp_path / "docs"], store)
    assert report.added == 1 and sorted(p.rsplit("/", 1)[-1] for p, _ in report.skipped) == sorted(HOSTILE)
    assert set(store.documents()) == {"good.txt"}


def test_the_cli_skips_each_with_its_reason_and_exits_2_when_nothing_is_left(tmp_path):
    from typer.testing import CliRunner

    from accordgraph.cli import app
    from accordgraph.store import Store

    (tmp_path / "docs").mkdir()
    for name, (data, _) in HOSTILE.items():
        (tmp_path / "docs" / name).write_bytes(data)
    out = CliRunner().invoke(app, ["ingest", str(tmp_path / "docs"), "--store", str(tmp_path / "s")])
    assert out.exit_code == 2 and out.output.count("skipped: ") == len(HOSTILE) and "Traceback" not in out.output
    assert Store(tmp_path / "s", read_only=True).documents() == {}


def test_a_file_name_that_is_not_utf8_is_skipped_with_a_printable_reason(tmp_path):
    import os

    from typer.testing import CliRunner

    from accordgraph.cli import app

    (tmp_path / "docs").mkdir()
    with open(os.path.join(os.fsencode(tmp_path / "docs"), b"\xff\xfe_news.txt"), "wb") as f:
        f.write(GOOD.encode())
    out = CliRunner().invoke(app, ["ingest", str(tmp_path / "docs"), "--store", str(tmp_path / "s")])
    assert out.exit_code == 2 and "\\xff\\xfe_news.txt: the file name is not valid UTF-8" in out.output, out.output
    assert "Traceback" not in out.output


def test_a_50_mb_single_line_is_refused_by_size_before_it_is_read(tmp_path, monkeypatch):
    import pathlib

    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.write(b"Japan and Denmark signed a memorandum " * (50 * 2**20 // 38 + 1))
    assert big.stat().st_size > MAX_BYTES

    def unread(self, *args, **kwargs):
        raise AssertionError(f"{self} was opened: its size should have refused it")

    monkeypatch.setattr(pathlib.Path, "open", unread)
    monkeypatch.setattr(pathlib.Path, "read_bytes", unread)
    monkeypatch.setattr(pathlib.Path, "read_text", unread)
    t = time.monotonic()
    with pytest.raises(InputError, match="over the 20,971,520-byte limit"):
        load(big)
    assert time.monotonic() - t < 1.0


FIVE_MB_LINE = """
import resource, sys, time
from accordgraph.documents import load
from accordgraph.extractor import extract
t = time.monotonic()
record = extract(load(sys.argv[1]))
print(round(time.monotonic() - t, 1), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, len(record.agreements))
"""


@pytest.mark.slow
def test_a_5_mb_single_line_is_read_in_bounded_time_and_memory(tmp_path):
    """One line, no full stop: every sentence rule would rescan it for each of its thousands of
    dates; cut into sentences of at most 1,000 characters it is read in linear time."""
    unit = "x" * 950 + " Japan signed a memorandum on 3 March 2024 and "
    line = (unit * (5 * 2**20 // len(unit) + 1))[: 5 * 2**20]
    (tmp_path / "line.txt").write_text(line)
    t = time.monotonic()
    out = subprocess.run([sys.executable, "-c", FIVE_MB_LINE, str(tmp_path / "line.txt")], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    seconds, megabytes, _ = out.stdout.split()
    assert time.monotonic() - t < 90 and int(megabytes) < 1024, out.stdout


def test_many_mentions_of_one_accord_make_one_record_with_every_sentence():
    """3,400 mentions of one accord (300 KB) fold into one record that keeps every
    sentence; the merge keys evidence by offsets, so this stays linear (speed itself
    is measured in bench/, not asserted here; the timeout only guards against a hang)."""
    code = ("from accordgraph.extractor import extract_text; "
            "r = extract_text('Japan and Denmark signed a memorandum on quantum technology in Tokyo on 22 January 2025. ' * 3400); "
            "print(len(r.agreements), len(r.agreements[0].evidence))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.split() == ["1", "3400"]


# -- invisible characters -------------------------------------------------------------------------

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\U000e0041"


def test_bidi_and_zero_width_characters_never_reach_the_evidence():
    text = _head("2025-05-13") + "\u202eJapan\u202c and \u2066Denmark\u2069 signed a memo\u200brandum of cooperation on quantum technology on 22 January 2025.\U000e0041\n"
    record = extract_text(text)
    evidence = [e for a in record.agreements for e in a.evidence]
    assert {p for a in record.agreements for p in a.parties} == {"DNK", "JPN"}
    assert evidence and not any(c in INVISIBLE for e in evidence for c in e.text)


def test_invisible_characters_keep_offsets_and_never_make_another_country():
    from accordgraph.documents import from_string

    raw = _head("2025-05-13") + "Ja\u200bpan and Den\u00admark signed a memorandum on quantum technology on 22 January 2025."
    d = from_string(raw)
    assert len(d.text) == len(raw) and not any(c in INVISIBLE for c in d.text)
    record = extract_text(raw)
    assert {p for a in record.agreements for p in a.parties} <= {"DNK", "JPN"}
    for e in (e for a in record.agreements for e in a.evidence):
        assert d.text[e.start:e.end] == e.text


# -- homoglyphs ------------------------------------------------------------------------------------


def test_homoglyph_country_reads_as_the_country_it_shows_never_another():
    """"Ukrаine" with a Cyrillic а is folded to the Latin it imitates (offsets kept); a word with a
    letter that has no Latin twin ("Жapan") matches nothing."""
    record = extract_text(_head("2025-05-13") + "Ukr\u0430ine and P\u043eland signed a memorandum of understanding on critical minerals on 2 May 2025.")
    assert [a.parties for a in record.agreements] == [["POL", "UKR"]]
    record = extract_text(_head("2025-05-13") + "\u0416apan and Denmark signed a memorandum of cooperation on quantum technology on 22 January 2025.")
    assert {p for a in record.agreements for p in a.parties} <= {"DNK"}


def test_real_cyrillic_and_greek_words_are_left_as_written():
    """Only a word mixing Latin with look-alikes is folded: quoted Russian or Greek stays intact."""
    from accordgraph.text import normalize

    text = "Москва и Киев; ΚΕΝΥΑ και Αθήνα; Ukr\u0430ine"
    assert normalize(text) == "Москва и Киев; ΚΕΝΥΑ και Αθήνα; Ukraine"


def _country_names() -> list[str]:
    from accordgraph.vocabulary import load_vocabulary

    return sorted(p.name for p in load_vocabulary().countries() if p.name.isascii())


LOOKALIKE = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "y": "\u0443", "x": "\u0445",
             "i": "\u0456", "k": "\u043a", "A": "\u0391", "B": "\u0392", "E": "\u0415", "K": "\u039a", "M": "\u041c",
             "H": "\u041d", "O": "\u039f", "P": "\u03a1", "T": "\u0422", "X": "\u03a7", "u": "\u03c5", "v": "\u03bd"}
SENTENCE = _head("2025-05-13") + "{} and Denmark signed a memorandum of understanding on quantum technology on 2 May 2025."


def _parties(name: str) -> set[str]:
    return {p for a in extract_text(SENTENCE.format(name)).agreements for p in a.parties}


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(_country_names()), seed=st.integers(0, 2**16))
def test_a_spoofed_name_reads_exactly_as_the_name_it_imitates(name, seed):
    import random

    rng = random.Random(seed)
    spoofed = "".join(LOOKALIKE[c] if c in LOOKALIKE and rng.random() < 0.5 else c for c in name)
    assert _parties(spoofed) == _parties(name), (name, spoofed)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(_country_names()), where=st.integers(0, 100), letter=st.sampled_from("жпλЖДФ"))
def test_a_letter_with_no_latin_twin_acts_as_a_typo_never_as_another_name(name, where, letter):
    """"U.S. Virgiп Islands" may read as "U.S." (as the typo "U.S. Virgix Islands" does), but a
    homoglyph never yields a party that neither the plain name nor the typo would."""
    i = where % len(name)
    spoofed, typo = name[:i] + letter + name[i + 1:], name[:i] + "x" + name[i + 1:]
    assert _parties(spoofed) <= _parties(name) | _parties(typo), (name, spoofed)


# -- dates -----------------------------------------------------------------------------------------


def test_a_signing_date_after_publication_is_not_kept():
    record = extract_text(_head("2025-05-13") + "Japan and Denmark signed a memorandum of cooperation on quantum technology on 22 January 2026.")
    assert record.agreements and all(a.signed is None or a.signed <= "2025-05-13" for a in record.agreements)


def test_a_dateline_after_publication_does_not_date_the_signing_in_the_future():
    record = extract_text(_head("2025-05-13") + "TOKYO, March 3, 2027 - Japan and Denmark signed a memorandum of cooperation on quantum technology on Tuesday.")
    assert all(a.signed is None or a.signed[:4] <= "2027" for a in record.agreements)


def test_contradictory_dates_in_one_document_each_come_from_the_text():
    text = (_head("2025-05-13") + "Japan and Denmark signed a memorandum of cooperation on quantum technology on 22 January 2025. "
            "Japan and Denmark signed the memorandum on quantum technology on 3 March 2024.")
    dated = [a.signed for a in extract_text(text).agreements if a.signed]
    assert dated and set(dated) <= {"2025-01-22", "2024-03-03"}


def test_contradictory_dates_across_documents_are_kept_as_a_conflict(tmp_path):
    from accordgraph.pipeline import ingest
    from accordgraph.queries import accords
    from accordgraph.store import Store

    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text(GOOD)
    (tmp_path / "d" / "b.txt").write_text(GOOD.replace("22 January", "23 January"))
    store = Store(tmp_path / "s")
    ingest([tmp_path / "d"], store)
    rows = accords(store).rows
    assert len(rows) == 1 and rows[0]["conflicts"] >= 1 and rows[0]["signed"] not in ("2025-01-22", "2025-01-23")


def test_an_impossible_day_is_never_stored_as_a_day():
    record = extract_text(_head("2025-05-13") + "Japan and Denmark signed a memorandum of cooperation on quantum technology on 31 February 2025.")
    assert all(a.signed in (None, "2025-02", "2025") for a in record.agreements)


def test_the_json_of_a_hostile_record_is_valid_json():
    record = extract_text(_head("2025-05-13") + "Japan and Denmark \"signed\" a memorandum \\ on quantum \u202etechnology on 22 January 2025.")
    json.loads(json.dumps(record.to_json_dict()))


def test_a_megabyte_of_letters_is_normalised_whole():
    from accordgraph.text import normalize
    text = "a" * 1_000_000 + "-\nb"
    assert normalize(text) == "a" * 1_000_000 + "b  "
