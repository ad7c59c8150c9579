"""Names of people as the text writes them (names.py)."""

from accordgraph.names import not_a_name, person_name, post_and_name


def test_a_post_opening_a_run_is_cut_from_the_name():
    assert post_and_name("Foreign Minister Wang Yi".split(), least=2) == ("Foreign Minister", ["Wang", "Yi"])


def test_a_hyphenated_post_is_a_post():
    assert post_and_name("German Vice-Chancellor Robert Habeck".split(), least=2) == ("German Vice-Chancellor", ["Robert", "Habeck"])


def test_the_state_that_ends_a_post_is_not_part_of_the_name():
    # "President of the Republic of Azerbaijan Ilham Aliyev": the run after "of" is the state, then the name
    assert post_and_name("Azerbaijan Ilham Aliyev".split(), least=2) == (None, ["Ilham", "Aliyev"])


def test_honours_around_a_name_are_not_part_of_it():
    assert person_name("Dr. Paolo S. Mendoza") == "Paolo S. Mendoza"
    assert post_and_name("Senator Arthur Sinodinos AO".split(), least=2)[1] == ["Arthur", "Sinodinos"]


def test_states_months_and_organisations_are_not_names():
    assert not_a_name(["South", "Korea"]) and not_a_name(["May", "Day"])
    assert not not_a_name(["Ilham", "Aliyev"])
