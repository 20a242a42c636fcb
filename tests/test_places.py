"""The place stage on the real index: find(), lookup(), filters, ranking, load time."""
import time

import pytest

from heron import places
from heron.places.gazetteer import Gazetteer

KEYS = {"start", "end", "text", "geonames_id", "name", "country", "admin1", "lat", "lon",
        "precision"}


def only(text, language="nl", countries=None):
    found = places.find(text, language, countries)
    assert len(found) == 1, found
    return found[0]


def test_index_loads_fast():
    started = time.perf_counter()
    Gazetteer()
    assert time.perf_counter() - started < 2.0


def test_moskou_is_moscow_russia_with_offsets():
    text = "Bij een aanslag in een concertzaal buiten Moskou vielen doden."
    place = only(text)
    assert set(place) == KEYS
    assert (place["geonames_id"], place["name"], place["country"]) == (524901, "Moscow", "RUS")
    assert text[place["start"]:place["end"]] == "Moskou"
    assert place["precision"] == "city"


def test_kazan_has_its_admin1():
    place = only("Het gebeurde in de Russische stad Kazan.")
    assert (place["geonames_id"], place["country"], place["admin1"]) == (551487, "RUS", "Tatarstan")


def test_country():
    place = only("Duizenden vluchtelingen uit Afghanistan.")
    assert (place["name"], place["country"], place["precision"]) == ("Afghanistan", "AFG", "country")


@pytest.mark.parametrize("text,language,geonames_id,country", [
    ("Het hof in Den Haag besliste.", "nl", 2747373, "NLD"),
    ("Explosies in Kabul.", "nl", 1138958, "AFG"),
    ("Protesters gathered in Parijs.", "nl", 2988507, "FRA"),
    ("Protesters gathered in Paris.", "en", 2988507, "FRA"),
    ("Los manifestantes en París.", "es", 2988507, "FRA"),
    ("De trein naar Keulen.", "nl", 2886242, "DEU"),
    ("Der Zug nach Köln.", "de", 2886242, "DEU"),
    ("The train to Cologne.", "en", 2886242, "DEU"),
    ("Les manifestants à Londres.", "fr", 2643743, "GBR"),
    ("Talks in Washington ended.", "en", 4140963, "USA"),
])
def test_multilingual_names(text, language, geonames_id, country):
    place = only(text, language)
    assert (place["geonames_id"], place["country"]) == (geonames_id, country)


@pytest.mark.parametrize("text,language,name,country", [
    # a name of several words the index has without accents: 'Port Sudán' is 'Port Sudan'
    ("Las autoridades de Port Sudán habían cerrado el paso.", "es", "Port Sudán", "SDN"),
    ("Las autoridades de Port Sudan habían cerrado el paso.", "es", "Port Sudan", "SDN"),
])
def test_a_name_of_several_words_is_found_without_its_accents(text, language, name, country):
    place = only(text, language)
    assert (place["text"], place["country"]) == (name, country)


def test_names_in_english():
    assert only("De trein naar Keulen.")["name"] == "Cologne"
    assert only("Het hof in Den Haag.")["name"] == "The Hague"


def test_new_york_is_usa_and_longest_match_wins():
    place = only("Talks in New York ended.", "en")
    assert place["country"] == "USA" and place["text"] == "New York"
    assert only("Rallies in New York City.", "en")["geonames_id"] == 5128581
    assert only("Een betoging in Buenos Aires.")["text"] == "Buenos Aires"


def test_countries_hint_does_not_override_population():
    assert places.lookup("Paris", ["USA"])["country"] == "FRA"
    assert places.lookup("Moskou")["geonames_id"] == 524901


def test_context_resolves_to_local_place():
    found = places.find("The fire in Paris, Texas was put out.", "en")
    assert [p["country"] for p in found] == ["USA", "USA"]
    assert found[0]["admin1"] == "Texas"
    assert places.find("Jackson, Tenn., was flooded.", "en")[0]["admin1"] == "Tennessee"


def test_common_words_and_lowercase_are_not_places():
    assert places.find("Van de week was het Zijn beurt. Most people say Nice things.", "en") == []
    assert places.find("Man is the measure. Of course. Is it?", "en") == []
    assert places.find("the people of paris", "en") == []
    assert places.find("Den ganzen Tag.", "de") == []
    assert places.find("Der Zug fuhr ab.", "de") == []
    assert [p["text"] for p in places.find("In Noord-Holland en Gelderland.", "nl")] == ["Gelderland"]
    # a common noun or an institution that is also some place's alternate name (Rauma's 'Raum',
    # Casablanca's 'White House'); the hand lists of training/build_gazetteer.py keep them out
    assert [p["text"] for p in places.find("Sie feuerte aus dem Raum Rafah Raketen ab.", "de")] == ["Rafah"]
    assert places.find("The White House said on Monday it would respond.", "en") == []


def test_person_names_are_not_places():
    assert places.find("Vladimir Putin spoke.", "en") == []
    found = places.find("Vladimir Putin flew to Vladimir.", "en")
    assert [p["start"] for p in found] == [len("Vladimir Putin flew to ")]
    assert places.find("The Washington Post reported it.", "en") == []


@pytest.mark.parametrize("lang,text,name,country", [
    ("de", "Die Polizei in Bayern nahm drei Männer fest.", "Bayern", "DEU"),
    ("es", "La Junta de Andalucía aprobó el plan.", "Andalucía", "ESP"),
    ("nl", "In Catalonië gingen duizenden mensen de straat op.", "Catalonië", "ESP"),
    ("fr", "En Lombardie, les hôpitaux sont saturés.", "Lombardie", "ITA"),
])
def test_first_level_regions_have_their_names_in_each_language(lang, text, name, country):
    # GeoNames names its admin1 regions in English only; the translations come from ISO 3166-2
    found = [p for p in places.find(text, lang) if p["text"] == name]
    assert found and found[0]["country"] == country and found[0]["precision"] == "admin1"


def test_lookup():
    assert places.lookup("Kabul")["geonames_id"] == 1138958
    assert places.lookup("Kosovo")["country"] == "KOS"
    assert places.lookup("Nowhere-on-earth-xyz") is None


def test_find_is_fast():
    places.find("warm up", "en")
    article = ("Officials in Kabul and Washington said on Tuesday that talks in Doha, Qatar, "
               "would resume after fighting near Kandahar and in Helmand province. ") * 30
    # CPU time, best of three: other jobs on a shared machine must not fail the test
    timings = []
    for _ in range(3):
        started = time.process_time()
        places.find(article, "en")
        timings.append(time.process_time() - started)
    assert min(timings) < 0.1


def test_precision_values():
    assert places.lookup("Kabul")["precision"] == "city"
    assert places.lookup("Laurel County")["precision"] == "admin2"
    assert places.lookup("Tennessee")["precision"] == "admin1"
    assert places.lookup("Afghanistan")["precision"] == "country"
    europe = places.lookup("Europe")
    assert (europe["precision"], europe["country"], europe["geonames_id"]) == ("continent", None,
                                                                            6255148)


def test_us_counties_and_their_short_forms():
    for name in ("Laurel County", "Laurel Co."):
        county = places.lookup(name)
        assert (county["name"], county["admin1"], county["country"]) == (
            "Laurel County", "Kentucky", "USA")
        assert abs(county["lat"] - 37.1) < 0.5 and abs(county["lon"] + 84.1) < 0.5
    found = places.find("Flooding in Laurel County, Ky. closed roads.", "en")
    assert [(p["text"], p["precision"], p["admin1"]) for p in found] == [
        ("Laurel County", "admin2", "Kentucky"), ("Ky.", "admin1", "Kentucky")]
    assert places.lookup("Rapides Parish")["admin1"] == "Louisiana"


def test_county_context_picks_the_namesake_in_it():
    text = "Jobs in Henry County rose. Benton County, Weakley County and Carroll County lost."
    found = places.find(text, "en")
    assert [p["admin1"] for p in found] == ["Tennessee"] * 4


def test_bare_county_names_are_not_taken_in_running_text():
    # 'Jones' could be Jones County; in running text it is a person
    text = "Sheriff Bill said Jones was arrested in Laurel County, Kentucky."
    assert [p["text"] for p in places.find(text, "en")] == ["Laurel County", "Kentucky"]


def test_english_counties():
    assert places.lookup("West Sussex")["precision"] == "admin2"
    assert places.lookup("Lancashire")["country"] == "GBR"


def test_demonyms_only_on_given_spans():
    text = "Russian troops entered Georgia, Palestinian officials said."
    found = places.find(text, "en")
    assert [p["text"] for p in found] == ["Georgia"]        # find(): nationality words are no place
    spans = [(0, 7), (23, 30), (32, 43)]
    resolved = places.resolve_spans(text, spans)
    assert [(r["country"], r["precision"]) for r in resolved] == [
        ("RUS", "country"), ("GEO", "country"), ("PSE", "country")]
    assert places.resolve_spans(text, spans, demonyms=False)[0] is None


def test_new_york_state_in_a_list_of_states_city_elsewhere():
    found = places.find("People from Missouri, New York and Virginia came.", "en")
    assert [p["precision"] for p in found] == ["admin1"] * 3
    assert found[1]["name"] == "New York"
    assert places.find("Watertown, New York was hit.", "en")[1]["precision"] == "admin1"
    assert only("Talks in New York ended.", "en")["geonames_id"] == 5128581


def test_resolve_spans_uses_the_other_spans_as_context():
    text = "Paris police said. Paris is the seat of Lamar County, Texas."
    resolved = places.resolve_spans(text, [(0, 5), (19, 24), (40, 52), (54, 59)])
    assert [r["admin1"] for r in resolved] == ["Texas"] * 4
    assert resolved[2]["precision"] == "admin2"
