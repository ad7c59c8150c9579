"""Rendering: a Table or an Answer as the exact table, JSON or CSV text the CLI prints."""

import json

from accordgraph.ask import Answer, Citation
from accordgraph.render import render_answer, render_table
from accordgraph.results import Table

COLUMNS = ["accord", "parties", "signed", "label"]
TWO = Table(columns=COLUMNS, rows=[
    {"accord": "a1", "parties": ["JPN", "USA"], "signed": "2019", "label": "JPN–USA partnership"},
    {"accord": "a2", "parties": ["DNK", "JPN"], "signed": None, "label": 'a "quoted", label'},
])
EMPTY = Table(columns=COLUMNS, message="No accords match.")
ANSWER = Answer(question="q", kind="cq05", understood="CQ5: partners of Japan", message="Japan works with 2 partners.",
                table=TWO, citations=[Citation(accord="a1", document="d.txt", start=3, end=9, text="They signed.")])


def test_csv_joins_lists_leaves_none_empty_and_ends_rows_with_crlf():
    assert render_table(TWO, "csv") == ("accord,parties,signed,label\r\n"
                                        "a1,JPN;USA,2019,JPN–USA partnership\r\n"
                                        'a2,DNK;JPN,,"a ""quoted"", label"\r\n')
    assert render_table(EMPTY, "csv") == "accord,parties,signed,label\r\n"


def test_json_keeps_columns_rows_and_message_unescaped():
    text = render_table(TWO, "json")
    assert text.endswith("}\n") and "JPN–USA" in text
    assert json.loads(text) == {"columns": COLUMNS, "rows": TWO.rows, "message": None}
    assert json.loads(render_table(EMPTY, "json"))["message"] == "No accords match."


def test_table_shows_every_row_and_an_unknown_signing_date():
    text = render_table(TWO, "table")
    lines = text.splitlines()
    assert text.endswith("\n") and "\x1b[" not in text and max(map(len, lines)) <= 200
    assert "accord" in lines[1] and any("a1" in x and "JPN;USA" in x and "2019" in x for x in lines)
    assert any("a2" in x and "unknown" in x for x in lines)


def test_table_keeps_the_given_width_and_styles_only_when_asked():
    narrow = render_table(TWO, "table", width=40)
    assert max(map(len, narrow.splitlines())) <= 40
    assert "\x1b[1m" in render_table(TWO, "table", color=True)


def test_an_empty_table_is_its_message():
    assert render_table(EMPTY, "table") == "No accords match.\n"
    assert render_table(Table(columns=["x"]), "table") == "No results.\n"


def test_answer_as_table_json_and_csv():
    text = render_answer(ANSWER, "table")
    assert text.startswith("CQ5: partners of Japan.\nJapan works with 2 partners.\n")
    assert text.endswith("[1] d.txt 3-9 (a1): They signed.\n") and render_table(TWO, "table") in text
    assert render_answer(ANSWER, "csv") == render_table(TWO, "csv")
    assert json.loads(render_answer(ANSWER, "json"))["citations"][0]["text"] == "They signed."
    no_rows = ANSWER.model_copy(update={"table": EMPTY, "citations": [], "message": "No accords match."})
    assert render_answer(no_rows, "table") == "CQ5: partners of Japan.\nNo accords match.\n"
