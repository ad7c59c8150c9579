import pytest

from accordgraph.errors import UnknownTermError
from accordgraph.vocabulary import load_vocabulary


def test_every_iso_3166_country_is_shipped_with_codes():
    vocab = load_vocabulary()
    countries = vocab.countries()
    assert len(countries) == 249
    assert vocab.parties["JPN"].alpha2 == "JP" and vocab.parties["JPN"].wikidata == "Q17"


def test_countries_by_name_alias_or_code():
    vocab = load_vocabulary()
    for text in ("Japan", "japan", "JPN", "JP"):
        assert vocab.party(text).code == "JPN"
    assert vocab.party("EU").code == "EU"


def test_unknown_country_suggests_a_close_name():
    with pytest.raises(UnknownTermError, match="Did you mean Japan"):
        load_vocabulary().party("Japn")


def test_domains_form_a_scheme_with_narrower_terms():
    vocab = load_vocabulary()
    assert "quantum_sensing" in vocab.narrower("quantum")
    with pytest.raises(UnknownTermError, match="Valid domains"):
        vocab.domain("quantumm")


def test_agencies_map_to_the_state_they_sign_for():
    vocab = load_vocabulary()
    assert vocab.parties["JST"].country == "JPN"
    assert vocab.parties["A*STAR"].country == "SGP"


def test_only_informal_groupings_act_as_their_members():
    parties = load_vocabulary().parties
    assert parties["QUAD"].as_members and parties["AUKUS"].as_members
    assert not parties["EU"].as_members and not parties["G7"].as_members


def test_a_cable_system_is_telecom_but_a_diplomatic_cable_is_no_domain():
    from accordgraph.mentions import analyse
    from accordgraph.text import Span

    for text, domains in [("The Coral Sea Cable System runs from Sydney to Honiara.", ["telecom"]),
                          ("A leaked diplomatic cable described the talks.", [])]:
        assert analyse(Span(0, len(text), text)).domains == domains


def test_an_energy_hub_is_clean_energy_and_a_pharmacopoeia_is_biotech():
    from accordgraph.mentions import analyse
    from accordgraph.text import Span

    for text, domains in [("a memorandum on developing Trincomalee as an energy hub", ["clean_energy"]),
                          ("a memorandum on cooperation in the field of pharmacopoeia", ["biotech"])]:
        assert analyse(Span(0, len(text), text)).domains == domains


def test_a_green_partnership_or_alliance_is_clean_energy():
    from accordgraph.mentions import analyse
    from accordgraph.text import Span

    for text in ("The leaders launched the EU-Republic of Korea Green Partnership at the summit.",
                 "Norway and the EU set up a Green Alliance.", "a memorandum on the green transition",
                 "the Strategic Partnership for Innovation and Green Solutions"):
        assert analyse(Span(0, len(text), text)).domains == ["clean_energy"]


def test_the_baltic_states_act_as_their_three_members():
    vocab = load_vocabulary()
    assert vocab.parties["BALTIC"].as_members and sorted(vocab.parties["BALTIC"].members) == ["EST", "LTU", "LVA"]
