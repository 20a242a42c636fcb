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


def test_person_names_are_not_places():
    assert places.find("Vladimir Putin spoke.", "en") == []
    found = places.find("Vladimir Putin flew to Vladimir.", "en")
    assert [p["start"] for p in found] == [len("Vladimir Putin flew to ")]
    assert places.find("The Washington Post reported it.", "en") == []


def test_lookup():
    assert places.lookup("Kabul")["geonames_id"] == 1138958
    assert places.lookup("Kosovo")["country"] == "KOS"
    assert places.lookup("Nowhere-on-earth-xyz") is None


def test_find_is_fast():
    places.find("warm up", "en")
    article = ("Officials in Kabul and Washington said on Tuesday that talks in Doha, Qatar, "
               "would resume after fighting near Kandahar and in Helmand province. ") * 30
    started = time.perf_counter()
    places.find(article, "en")
    assert time.perf_counter() - started < 0.1
