"""The place stage's geocoding rules on the real index: name variants, regions without an
admin unit, fallbacks for given spans, county lists, comma lists, hints in longer names,
weak alternate names of hamlets, region centres."""
from heron import places
from heron.places.gazetteer import gazetteer


def spans_of(text, *names):
    out = []
    for name in names:
        start = text.index(name)
        out.append((start, start + len(name)))
    return out


def test_abbreviated_and_full_first_words():
    assert places.lookup("Mt. Pleasant")["name"] == "Mount Pleasant"
    assert places.lookup("St. Paul")["geonames_id"] == 5045360
    assert places.lookup("Saint Louis")["geonames_id"] == 4407066      # GeoNames: 'St. Louis'
    assert places.lookup("Ft. Worth")["name"] == "Fort Worth"


def test_regions_without_an_admin_unit():
    middle_east = places.lookup("Middle East")
    assert (middle_east["precision"], middle_east["country"], middle_east["geonames_id"]) == (
        "continent", None, None)
    darfur = places.lookup("Darfur")
    assert (darfur["precision"], darfur["country"]) == ("admin1", "SDN")
    assert places.lookup("South Ossetia")["country"] == "GEO"
    assert places.lookup("Kashmir")["country"] == "IND"           # not Cashmere, Washington
    assert places.lookup("Midden-Oosten")["name"] == "Middle East"
    assert places.lookup("Rode Zee")["name"] == "Red Sea"


def test_union_of_states_is_no_place_in_running_text():
    text = "The European Union and EU ministers met in Brussels to discuss Darfur."
    assert [p["text"] for p in places.find(text, "en")] == ["Brussels", "Darfur"]
    resolved = places.resolve_spans(text, spans_of(text, "European Union", "EU ministers"[:2]))
    assert [r["name"] for r in resolved] == ["European Union", "European Union"]


def test_given_span_without_its_full_stop():
    text = "Officials in Sacramento, Calif. and Albany, N.Y. said so."
    calif, ny = (text.index("Calif"), text.index("Calif") + 5), (text.index("N.Y"),
                                                                 text.index("N.Y") + 3)
    resolved = places.resolve_spans(text, [calif, ny])
    assert [r["name"] for r in resolved] == ["California", "New York"]
    assert [r["precision"] for r in resolved] == ["admin1", "admin1"]


def test_inhabitant_words_on_given_spans_only():
    text = "Minnesotans and Ohioans met South Ossetian and European leaders."
    spans = spans_of(text, "Minnesotans", "Ohioans", "South Ossetian", "European")
    resolved = places.resolve_spans(text, spans)
    assert [r["name"] for r in resolved] == ["Minnesota", "Ohio", "South Ossetia", "Europe"]
    assert places.resolve_spans(text, spans, demonyms=False) == [None] * 4
    assert places.find(text, "en") == []


def test_features_named_after_places():
    text = "Crews worked at the Port of Los Angeles and in Boston Harbor; Jackson Township met."
    resolved = places.resolve_spans(
        text, spans_of(text, "Port of Los Angeles", "Boston Harbor", "Jackson Township"))
    assert [r and r["name"] for r in resolved] == ["Los Angeles", "Boston", None]
    # a township takes its namesake only where the article is
    text = "Jackson Township trustees met in Wooster, Ohio, with Wayne County officials."
    resolved = places.resolve_spans(text, spans_of(text, "Jackson Township", "Wooster", "Ohio"))
    assert resolved[0] is not None and resolved[0]["admin1"] == "Ohio"


def test_names_in_a_list_of_counties_are_counties():
    text = "Snow fell in Harvey, Harper and Kingman counties in Kansas."
    found = places.find(text, "en")
    assert [(p["name"], p["precision"]) for p in found[:3]] == [
        ("Harvey County", "admin2"), ("Harper County", "admin2"), ("Kingman County", "admin2")]
    assert {p["admin1"] for p in found} == {"Kansas"}


def test_a_town_after_a_comma_in_a_list_of_towns_stays_a_town():
    text = ("The Guard opened armories in Dodge City, Great Bend, Hutchinson, Kingman, Larned "
            "and Pratt.")
    found = places.find(text, "en")
    assert [p["precision"] for p in found] == ["city"] * 6
    assert {p["admin1"] for p in found} == {"Kansas"}
    # 'City, County' is still a town in its county
    assert places.find("Paris, Lamar County was hit.", "en")[0]["admin1"] == "Texas"


def test_region_names_inside_longer_names_are_context():
    text = ("An Albany police SWAT team and Georgia Bureau of Investigation agents raided a "
            "home in Albany.")
    assert [p["admin1"] for p in places.find(text, "en")] == ["Georgia", "Georgia"]
    resolved = places.resolve_spans(text, [(3, 9), (text.rindex("Albany"),
                                                    text.rindex("Albany") + 6)])
    assert [r["admin1"] for r in resolved] == ["Georgia", "Georgia"]
    # a street or a person named like a state is no hint
    text = "Police in Albany closed Georgia Street, George Washington said."
    assert places.resolve_spans(text, [(10, 16)])[0]["admin1"] == "New York"


def test_odd_alternate_names_of_hamlets_are_not_found_in_running_text():
    index = gazetteer()
    assert "mundy" in index and not index.findable("mundy")     # an alternate of Bromley, Ky.
    assert all(c.weak for c in index.candidates("mundy"))
    text = "Coach Mundy said Kentucky will play. Mundy left for Covington, Kentucky."
    assert "Mundy" not in [p["text"] for p in places.find(text, "en")]


def test_large_regions_are_centred_on_their_area():
    ontario, texas = places.lookup("Ontario"), places.lookup("Texas")
    assert 46 < ontario["lat"] < 52 and -90 < ontario["lon"] < -80
    assert abs(texas["lat"] - 31) < 1 and abs(texas["lon"] + 100) < 1
    alaska = places.lookup("Alaska")                           # across the antimeridian
    assert 60 < alaska["lat"] < 66 and -160 < alaska["lon"] < -145


def test_oceans_keep_stray_words_from_voting():
    text = "Georgia's parliament backed its euro-Atlantic integration, Georgia's leaders said."
    assert {p["country"] for p in places.find(text, "en")} == {"GEO", None}


def test_bare_name_beside_its_city_named_city_is_not_that_city():
    found = places.find("Flights from Mexico City were cut. Mexico closed schools.", "en")
    assert [(p["name"], p["precision"]) for p in found] == [("Mexico City", "city"),
                                                            ("Mexico", "country")]
    found = places.find("Rallies in New York City. Across New York, schools shut.", "en")
    assert [p["precision"] for p in found] == ["city", "admin1"]
    assert places.find("Talks in New York ended.", "en")[0]["geonames_id"] == 5128581


def test_the_words_after_a_name_say_what_kind_of_region_it_is():
    found = places.find("The cow was found on a Washington state farm.", "en")
    assert [(p["name"], p["precision"]) for p in found] == [("Washington", "admin1")]
    found = places.find("Fighting spread in Helmand province.", "en")
    assert [(p["country"], p["precision"]) for p in found] == [("AFG", "admin1")]


def test_states_in_a_list_are_not_towns_in_the_next_state():
    text = "Bees died in Georgia, Oklahoma, Pennsylvania, Wisconsin and California."
    found = places.find(text, "en")
    assert [p["precision"] for p in found] == ["admin1"] * 5
    assert [p["name"] for p in found][1] == "Oklahoma"
