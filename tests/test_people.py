"""Who signed, with their post and the party they signed for (people.py), on tiny inline documents."""

from accordgraph.extractor import extract

from .conftest import doc


def signers(text, published="2024-05-01"):
    return {(s.name, s.party) for a in extract(doc(text, published)).agreements for s in a.signatories}


def test_signed_between_two_people_with_their_posts_in_apposition():
    found = signers("Ghana and Korea signed a memorandum of understanding on critical minerals in Accra. The memorandum was "
                    "signed between Ghana's Minister of Lands, Samuel Jinapor, and Korea's Ambassador, Kim Young-chae.")
    assert found == {("Samuel Jinapor", "GHA"), ("Kim Young-chae", "KOR")}


def test_a_counterpart_signed_with():
    found = signers("Kenya and Japan signed an agreement on space cooperation. Eliud Owalo, Kenya's Cabinet Secretary for ICT, "
                    "signed the deal with his Japanese counterpart Taro Kono.")
    assert found == {("Eliud Owalo", "KEN"), ("Taro Kono", "JPN")}


def test_an_ambassador_in_a_capital_signs():
    found = signers("In January 2010, US Homeland Security Secretary Janet Napolitano and New Zealand's ambassador in "
                    "Washington, Roy Ferguson, signed the Agreement on Science and Technology Cooperation.")
    assert {n for n, _ in found} == {"Janet Napolitano", "Roy Ferguson"}


def test_a_name_without_a_post_that_signed_for_a_party():
    found = signers("The UAE and France signed a framework agreement on artificial intelligence in Paris, with the two leaders "
                    "looking on. Khaldoon Al Mubarak signed for the UAE and Economy Minister Bruno Le Maire for France.")
    assert found == {("Khaldoon Al Mubarak", "ARE"), ("Bruno Le Maire", "FRA")}


def test_a_title_followed_by_for_is_not_a_name():
    found = signers("India and France signed an agreement on space in New Delhi. The Joint Vision for Space Cooperation "
                    "was adopted by the two leaders.")
    assert all(n != "Joint Vision" for n, _ in found)


def test_a_post_given_by_a_who_runs_clause():
    found = signers("Iran and Russia signed a protocol on nuclear fuel at Bushehr. Alexander Rumyantsev, who runs Russia's "
                    "Federal Atomic Energy Agency, and Gholamreza Aghazadeh, an Iranian vice president, signed the protocol.")
    assert {n for n, _ in found} == {"Alexander Rumyantsev", "Gholamreza Aghazadeh"}


def test_signed_with_a_minister_of_two_portfolios():
    found = signers("India and the US signed a memorandum on semiconductors. Commerce Secretary Gina Raimondo signed the "
                    "memorandum with Commerce and Industry Minister Piyush Goyal in New Delhi.")
    assert {n for n, _ in found} == {"Gina Raimondo", "Piyush Goyal"}


def test_signatories_were_names_the_signers():
    found = signers("Argentina and China signed a memorandum on lithium. Signatories were Argentine Productive Development "
                    "Minister Matias Kulfas and Chinese Commerce Minister Wang Wentao.")
    assert found == {("Matias Kulfas", "ARG"), ("Wang Wentao", "CHN")}
