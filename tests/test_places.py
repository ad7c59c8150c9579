"""Where an accord was signed (places.py), on single sentences."""

from accordgraph.extractor import extract
from accordgraph.mentions import analyse
from accordgraph.places import as_written, place
from accordgraph.text import Span

from .conftest import doc


def where(text):
    return place(analyse(Span(0, len(text), text)))


def test_a_venue_then_its_city_places_the_signing_in_the_city():
    text = "The leaders met at Hyderabad House, New Delhi, and signed a memorandum on digital technologies."
    assert where(text) == "New Delhi"


def test_a_region_a_partner_lies_in_is_not_where_it_was_signed():
    text = "This is the first agreement of its kind that Japan has signed with a country in Central Asia."
    assert where(text) is None


def test_the_region_an_accord_is_the_first_of_its_kind_in_is_not_where_it_was_signed():
    assert where("Germany and Namibia signed a hydrogen partnership on Monday, the first of its kind in Africa.") is None
    assert where("Korea and Chile signed the memorandum on Monday, the first such deal in Latin America.") is None


def test_the_site_of_a_project_is_not_where_its_treaty_was_signed():
    text = ("India signs the ITER Agreement at the Elysee Palace together with China, Euratom and Japan, becoming a member "
            "of the international fusion reactor project at Cadarache.")
    assert where(text) == "Paris"


def test_a_residence_in_a_city_places_the_exchange_in_the_city():
    assert where("The memorandum was exchanged at Seri Perdana, the prime minister's official residence in Putrajaya.") == "Putrajaya"


def test_a_seat_of_government_places_the_signing_in_its_capital():
    assert where("The presidents signed a joint declaration on nuclear cooperation at the Casa Rosada.") == "Buenos Aires"
    assert where("The documents were signed at La Moneda palace after talks with President Boric.") == "Santiago"



def test_a_capital_is_spelt_as_the_document_spells_it():
    text = "They signed in the Brazilian capital. The framework had been signed at the Foreign Ministry in Brasilia."
    assert as_written("Brasília", text) == "Brasilia"
    assert as_written("Brasília", "They signed in the Brazilian capital.") == "Brasília"


def test_an_accord_launched_during_a_visit_is_placed_where_the_visit_went():
    found = extract(doc("Prime Minister Manmohan Singh and President Barack Obama launched the Partnership to Advance Clean Energy "
                        "during Singh's state visit to Washington in November 2009.", "2011-07-20")).agreements
    assert [(a.signed, a.place) for a in found] == [("2009-11", "Washington")]


def test_a_meeting_at_the_white_house_is_in_washington():
    found = extract(doc("In April 2021, at Yoshihide Suga's first meeting with Joe Biden at the White House, Tokyo and Washington "
                        "launched their Competitiveness and Resilience Partnership on 5G.", "2023-06-30")).agreements
    assert [a.place for a in found] == ["Washington"]


def test_an_event_placed_once_places_the_signings_told_at_it_later():
    text = ("## COP27\n\nLeaders gathered at COP27 in Sharm el-Sheikh in November 2022.\n\n"
            "Also at COP27, on 16 November, the European Union and Egypt signed a memorandum of understanding on renewable hydrogen.")
    found = extract(doc(text, "2022-12-01")).agreements
    assert [(a.signed, a.place) for a in found] == [("2022-11-16", "Sharm el-Sheikh")]


def test_accords_told_together_take_the_city_of_the_sentence_or_each_its_own_respectively():
    found = extract(doc("Korea signed memorandums on critical minerals with Tanzania and Madagascar on Tuesday, on the sidelines of "
                        "the Korea-Africa summit in Seoul.", "2024-06-14")).agreements
    assert [a.place for a in found] == ["Seoul", "Seoul"]
    found = extract(doc("The EU signed raw materials memoranda with Argentina and with Chile in Buenos Aires and Brussels, in June "
                        "and July 2023 respectively.", "2023-09-01")).agreements
    assert sorted((a.party_countries[0], a.place) for a in found) == [("ARG", "Buenos Aires"), ("CHL", "Brussels")]


def test_a_city_whose_name_has_a_lower_case_particle_is_kept_whole():
    for city in ("Dar es Salaam", "Rio de Janeiro", "Port of Spain"):
        assert where(f"Tanzania and Brazil signed a memorandum on solar energy in {city} in February 2008.") == city


def test_a_city_where_a_later_conference_meets_is_not_the_place():
    assert where("The two leaders issued a joint statement on climate ahead of the U.N. climate conference in Paris in December.") is None


def test_the_city_a_leader_visited_is_the_place():
    assert where("The first was signed with Mongolia in October 2011 during a visit by Merkel to Ulan Bator.") == "Ulan Bator"
