from accordgraph.text import normalize, sentences, tokenize


def test_sentences_keep_offsets_into_the_text():
    text = "Japan and the EU signed a letter. It covers quantum [3]. Mr. Kiuchi spoke.\n\nheading\nNext line"
    spans = sentences(text)
    assert [s.text for s in spans][:2] == ["Japan and the EU signed a letter.", "It covers quantum [3]."]
    assert all(text[s.start:s.end] == s.text for s in spans)
    assert "Mr. Kiuchi spoke." in [s.text for s in spans]


def test_headings_stand_alone():
    spans = sentences("strengthening ties\nJapan signed.")
    assert [s.text for s in spans] == ["strengthening ties", "Japan signed."]


def test_invisible_characters_become_spaces_keeping_length():
    text = "Ukr\u200baine and Po\u202eland"
    assert len(normalize(text)) == len(text)
    assert "\u200b" not in normalize(text)


def test_tokens_have_offsets():
    toks = tokenize("Japan-EU pact", 10)
    assert [(t.text, t.start) for t in toks] == [("Japan", 10), ("-", 15), ("EU", 16), ("pact", 19)]


def test_a_hyphen_in_a_headline_is_not_a_dateline():
    from accordgraph.documents import from_string
    d = from_string("Malaysia, China sign COVID-19 vaccine pact\n\nKUALA LUMPUR, Nov 18 (Wire) - Malaysia and China signed.")
    assert d.dateline_city == "Kuala Lumpur"


def test_a_short_form_inside_a_name_does_not_end_the_sentence():
    text = "It was signed by Acting Secretary Ma. Cristina A. Roque and Ahn Duk-geun. He met Jack Ma. The talks ended."
    assert [text[s.start:s.end] for s in sentences(text)] == [
        "It was signed by Acting Secretary Ma. Cristina A. Roque and Ahn Duk-geun.", "He met Jack Ma.", "The talks ended."]


def test_a_hard_wrapped_paragraph_is_one_run_of_prose():
    text = ("Bangladesh and Russia signed the agreement for the construction of the\n"
            "country's first nuclear power plant at Rooppur on 2 November\n"
            "2011. It was signed in Dhaka.\n\nWhat it covers\n\nTwo units.")
    found = [s.text for s in sentences(text)]
    assert found[0].startswith("Bangladesh") and found[0].endswith("2011.")
    assert found[1:] == ["It was signed in Dhaka.", "What it covers", "Two units."]


def test_lines_of_a_list_stay_apart_in_wrapped_text():
    text = "The ministers agreed to the following and\nsigned two texts:\n- a memorandum on energy\n- a letter on space\n"
    assert [s.text for s in sentences(text)][-2:] == ["- a memorandum on energy", "- a letter on space"]


def test_unwrapped_lines_still_end_a_sentence():
    assert [s.text for s in sentences("Japan And Korea Sign Quantum Pact\nSEOUL - The two signed a memorandum.")] == \
        ["Japan And Korea Sign Quantum Pact", "SEOUL - The two signed a memorandum."]


def test_a_word_broken_at_a_line_end_is_rejoined_without_moving_what_follows():
    text = "the intergovern-\nmental agreement"
    out = normalize(text)
    assert out.split() == ["the", "intergovernmental", "agreement"]
    assert len(out) == len(text) and out.index("agreement") == text.index("agreement")


def test_a_table_rule_is_no_sentence_and_a_row_number_does_not_end_one():
    text = "| S. No. | Name |\n|---|---|\n| 1. | Memorandum on power |\n"
    assert [s.text for s in sentences(text)] == ["| S. No. | Name |", "| 1. | Memorandum on power |"]


def test_two_signings_joined_by_a_semicolon_are_two_sentences():
    text = "Kazakhstan and the EU signed a memorandum on Monday; the EU signed a similar one with Ukraine in 2021."
    assert [s.text for s in sentences(text)] == ["Kazakhstan and the EU signed a memorandum on Monday;",
                                                  "the EU signed a similar one with Ukraine in 2021."]
    assert len(sentences("X signed for Japan; Y for India.")) == 1


def test_a_numbered_markdown_heading_is_one_line_not_two_sentences():
    assert [s.text for s in sentences("### 4. Merkel's farewell visit (15 July)\n\nMerkel signed the declaration.")] == [
        "### 4. Merkel's farewell visit (15 July)", "Merkel signed the declaration."]
