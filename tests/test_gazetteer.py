

def test_weak_domain_words_are_kept_apart():
    from accordgraph.gazetteer import find_domains, find_weak_domains
    assert find_domains("a research agreement") == []
    assert {d for _, d in find_weak_domains("a research agreement")} == {"science_general"}
    assert {d for _, d in find_domains("joint research on hydrogen")} == {"clean_energy"}


def test_civil_nuclear_power_is_clean_energy():
    from accordgraph.gazetteer import find_domains
    assert {d for _, d in find_domains("cooperation on civil nuclear power")} == {"clean_energy"}


def test_short_domain_words_match_whole_words_only():
    from accordgraph.gazetteer import find_domains
    assert find_domains("a pipeline to Marseille") == []
    assert {d for _, d in find_domains("a mission to Mars and the Moon")} == {"space"}


def test_grid_connectivity_and_power_trade_are_energy_not_telecom():
    from accordgraph.gazetteer import find_domains
    assert {d for _, d in find_domains("an agreement on electric power trade and grid connectivity")} == {"clean_energy"}


def test_a_battery_value_chain_is_about_critical_minerals_as_well():
    from accordgraph.gazetteer import find_domains

    found = {d for _, d in find_domains("a memorandum to develop an electric vehicle battery value chain")}
    assert {"critical_minerals", "clean_energy"} <= found
