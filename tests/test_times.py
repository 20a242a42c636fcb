"""heron.times: finding and resolving time expressions (real data, no mocks)."""
from __future__ import annotations

import time

import pytest

from heron.times import find, resolve

MONTH = "2025-05"          # publication day unknown
DAY = "2025-05-14"         # a Wednesday


def one(text, pub, lang):
    """The single expression found in `text` as (matched text, value, precision)."""
    hits = find(text, pub, lang)
    assert len(hits) == 1, hits
    h = hits[0]
    assert text[h["start"]:h["end"]] == h["text"]
    return h["text"], h["value"], h["precision"]


def value(text, pub, lang):
    return one(text, pub, lang)[1:]


# (language, sentence, publication date, expected value, expected precision)
CASES = [
    # last month / last year
    ("nl", "Dat gebeurde vorige maand in Gaza.", MONTH, "2025-04", "month"),
    ("en", "That happened last month in Gaza.", MONTH, "2025-04", "month"),
    ("de", "Das geschah letzten Monat in Gaza.", MONTH, "2025-04", "month"),
    ("fr", "Cela s'est produit le mois dernier à Gaza.", MONTH, "2025-04", "month"),
    ("es", "Eso ocurrió el mes pasado en Gaza.", MONTH, "2025-04", "month"),
    ("nl", "De regering viel vorig jaar.", MONTH, "2024", "year"),
    ("en", "The government fell last year.", MONTH, "2024", "year"),
    ("de", "Die Regierung stürzte im vergangenen Jahr.", MONTH, "2024", "year"),
    ("fr", "Le gouvernement est tombé l'année dernière.", MONTH, "2024", "year"),
    ("es", "El gobierno cayó el año pasado.", MONTH, "2024", "year"),
    # last March: the most recent March before the publication month
    ("nl", "De aanslag van afgelopen maart.", MONTH, "2025-03", "month"),
    ("en", "The attack last March.", MONTH, "2025-03", "month"),
    ("de", "Der Anschlag im vergangenen März.", MONTH, "2025-03", "month"),
    ("fr", "L'attentat en mars dernier.", MONTH, "2025-03", "month"),
    ("es", "El atentado el pasado marzo.", MONTH, "2025-03", "month"),
    ("es", "El atentado en marzo pasado.", MONTH, "2025-03", "month"),
    ("nl", "De aanslag van afgelopen maart.", "2025-03-10", "2024-03", "month"),
    # later this month
    ("nl", "De top is later deze maand.", MONTH, "2025-05", "month"),
    ("en", "The summit is later this month.", MONTH, "2025-05", "month"),
    ("de", "Der Gipfel ist später in diesem Monat.", MONTH, "2025-05", "month"),
    ("fr", "Le sommet aura lieu plus tard ce mois-ci.", MONTH, "2025-05", "month"),
    ("es", "La cumbre será más tarde este mes.", MONTH, "2025-05", "month"),
    # this week: month precision when the day is unknown
    ("nl", "Er wordt deze week gestemd.", MONTH, "2025-05", "month"),
    ("en", "A vote is due this week.", MONTH, "2025-05", "month"),
    ("de", "Diese Woche wird abgestimmt.", MONTH, "2025-05", "month"),
    ("fr", "Le vote a lieu cette semaine.", MONTH, "2025-05", "month"),
    ("es", "La votación es esta semana.", MONTH, "2025-05", "month"),
    # month + year
    ("nl", "Hij werd in augustus 2021 gearresteerd.", MONTH, "2021-08", "month"),
    ("en", "He was arrested in August 2021.", MONTH, "2021-08", "month"),
    ("de", "Er wurde im August 2021 verhaftet.", MONTH, "2021-08", "month"),
    ("fr", "Il a été arrêté en août 2021.", MONTH, "2021-08", "month"),
    ("es", "Fue detenido en agosto de 2021.", MONTH, "2021-08", "month"),
    # since 2003 (a date, unlike "for 20 years")
    ("nl", "Het land is sinds 2003 bezet.", MONTH, "2003", "year"),
    ("en", "The country has been occupied since 2003.", MONTH, "2003", "year"),
    ("de", "Das Land ist seit 2003 besetzt.", MONTH, "2003", "year"),
    ("fr", "Le pays est occupé depuis 2003.", MONTH, "2003", "year"),
    ("es", "El país está ocupado desde 2003.", MONTH, "2003", "year"),
    # weekdays: most recent one before the publication day; month if the day is unknown
    ("nl", "De betoging was op vrijdag.", DAY, "2025-05-09", "day"),
    ("nl", "Vrijdag werd betoogd.", DAY, "2025-05-09", "day"),
    ("nl", "De betoging was op vrijdag.", MONTH, "2025-05", "month"),
    ("en", "Protesters marched on Friday.", DAY, "2025-05-09", "day"),
    ("en", "Protesters marched on Friday.", MONTH, "2025-05", "month"),
    ("de", "Die Demonstranten zogen am Freitag los.", DAY, "2025-05-09", "day"),
    ("fr", "Les manifestants ont défilé vendredi.", DAY, "2025-05-09", "day"),
    ("es", "Los manifestantes marcharon el viernes.", DAY, "2025-05-09", "day"),
    ("es", "Los manifestantes marcharon el viernes.", MONTH, "2025-05", "month"),
    # yesterday
    ("nl", "De minister zei gisteren dat", DAY, "2025-05-13", "day"),
    ("nl", "De minister zei gisteren dat", MONTH, "2025-05", "month"),
    ("en", "The minister said yesterday that", DAY, "2025-05-13", "day"),
    ("en", "The minister said yesterday that", MONTH, "2025-05", "month"),
    ("de", "Der Minister sagte gestern, dass", DAY, "2025-05-13", "day"),
    ("fr", "Le ministre a déclaré hier que", DAY, "2025-05-13", "day"),
    ("es", "El ministro dijo ayer que", DAY, "2025-05-13", "day"),
    # full dates
    ("nl", "Op 17 april 2025 vielen doden.", MONTH, "2025-04-17", "day"),
    ("en", "On April 17, 2025 people died.", MONTH, "2025-04-17", "day"),
    ("en", "On 17 April 2025 people died.", MONTH, "2025-04-17", "day"),
    ("de", "Am 17. April 2025 starben Menschen.", MONTH, "2025-04-17", "day"),
    ("fr", "Le 17 avril 2025, des gens sont morts.", MONTH, "2025-04-17", "day"),
    ("es", "El 17 de abril de 2025 murieron personas.", MONTH, "2025-04-17", "day"),
    ("nl", "Op 17 april vielen doden.", DAY, "2025-04-17", "day"),
    ("en", "On 17/04/2025 and", None, "2025-04-17", "day"),
    ("nl", "Datum: 2025-04-17.", None, "2025-04-17", "day"),
    # a year
    ("nl", "De verkiezingen in 2019 waren vrij.", MONTH, "2019", "year"),
    ("en", "The elections in 2019 were free.", MONTH, "2019", "year"),
    ("de", "Die Wahlen im Jahr 2019 waren frei.", MONTH, "2019", "year"),
    ("fr", "Les élections en 2019 étaient libres.", MONTH, "2019", "year"),
    ("es", "Las elecciones en 2019 fueron libres.", MONTH, "2019", "year"),
    # a month named alone: the most recent one not after the publication month
    ("nl", "In maart vielen doden.", MONTH, "2025-03", "month"),
    ("nl", "In mei vielen doden.", MONTH, "2025-05", "month"),
    ("nl", "In juni vielen doden.", MONTH, "2024-06", "month"),
    ("en", "In March people died.", MONTH, "2025-03", "month"),
    ("de", "Im März starben Menschen.", MONTH, "2025-03", "month"),
    ("fr", "En mars, des gens sont morts.", MONTH, "2025-03", "month"),
    ("es", "En marzo murieron personas.", MONTH, "2025-03", "month"),
    # English extras
    ("en", "Talks resume next week.", DAY, "2025-05", "month"),
    ("en", "Talks resume next week.", "2025-05-28", "2025-06", "month"),
    ("en", "He was freed two days ago.", DAY, "2025-05-12", "day"),
    ("en", "He was freed two days ago.", MONTH, "2025-05", "month"),
    ("en", "He was freed three years ago.", MONTH, "2022", "year"),
    ("en", "The vote is tomorrow.", DAY, "2025-05-15", "day"),
    ("en", "It was signed next month.", MONTH, "2025-06", "month"),
    ("en", "Elections are due next year.", MONTH, "2026", "year"),
    ("en", "It happened last Friday.", "2025-05-16", "2025-05-09", "day"),
    ("en", "It is due next Friday.", DAY, "2025-05-16", "day"),
    ("en", "Early next year, maybe.", MONTH, "2026", "year"),
    # weeks at month precision: the month of the week's Thursday (ISO)
    ("en", "A vote is due this week.", "1989-10-30", "1989-11", "month"),
    # fixed relative phrases, holidays, years in words
    ("en", "Profit rose from the year-earlier period.", DAY, "2024", "year"),
    ("en", "Sales fell 5% from a year earlier.", DAY, "2024", "year"),
    ("en", "Debt will be repaid by year-end.", DAY, "2025", "year"),
    ("en", "Results for the full year were weak.", DAY, "2025", "year"),
    ("en", "They met on Thanksgiving Day.", "2000-01-07", "1999-11-25", "day"),
    ("en", "Polls open on Election Day.", "1998-10-26", "1998-11-03", "day"),
    ("en", "It started in nineteen ninety-six.", DAY, "1996", "year"),
    ("en", "Back in January nineteen ninety-seven.", DAY, "1997-01", "month"),
    ("en", "Ready by the year two thousand.", "1998-02-05", "2000", "year"),
    # German extras
    ("de", "Die Gespräche waren vor zwei Tagen.", DAY, "2025-05-12", "day"),
    ("de", "Er kam vor einem Jahr.", MONTH, "2024", "year"),
    ("de", "Er kam heute Morgen.", DAY, "2025-05-14", "day"),
    ("de", "Ende letzten Jahres kam er.", MONTH, "2024", "year"),
    ("de", "Nächste Woche beginnen Gespräche.", "2025-05-28", "2025-06", "month"),
    # French extras
    ("fr", "Il est arrivé il y a deux jours.", DAY, "2025-05-12", "day"),
    ("fr", "Il est venu l'an dernier.", MONTH, "2024", "year"),
    ("fr", "Le sommet a eu lieu le 1er mai.", DAY, "2025-05-01", "day"),
    ("fr", "La réunion est la semaine prochaine.", "2025-05-28", "2025-06", "month"),
    # Spanish extras
    ("es", "Llegó hace dos días.", DAY, "2025-05-12", "day"),
    ("es", "Llegó ayer por la mañana.", DAY, "2025-05-13", "day"),
    ("es", "Llegará mañana.", DAY, "2025-05-15", "day"),
    ("es", "Ocurrió a finales del año pasado.", MONTH, "2024", "year"),
    ("es", "La reunión es la semana que viene.", "2025-05-28", "2025-06", "month"),
]


@pytest.mark.parametrize("lang,text,pub,val,prec", CASES)
def test_resolves(lang, text, pub, val, prec):
    assert value(text, pub, lang) == (val, prec)


NOT_DATES = [
    ("nl", "Na 20 jaar oorlog zijn 145 mensen gedood."),
    ("nl", "Het conflict duurt al 20 jaar."),
    ("nl", "De 45-jarige man en 2000 mensen."),
    ("nl", "De afgelopen jaren nam het geweld toe."),
    ("nl", "Om 14.00 uur begon de betoging."),
    ("nl", "Er waren 1500 agenten en 3,5 miljoen euro."),
    ("en", "They fought for 20 years; 145 people died."),
    ("en", "In recent years violence rose."),
    ("en", "The 45-year-old man, aged 45, and 2000 people."),
    ("en", "At 10:30 the march began. He may be freed."),
    ("en", "Theresa May said the 5 may be freed."),
    ("de", "Seit 20 Jahren herrscht Krieg; 145 Menschen starben."),
    ("de", "In den letzten Jahren stieg die Gewalt. 2000 Menschen kamen."),
    ("fr", "Depuis 20 ans, 145 personnes sont mortes."),
    ("fr", "Ces dernières années, la violence a augmenté."),
    ("es", "Desde hace 20 años murieron 145 personas."),
    ("es", "En los últimos años aumentó la violencia. Por la mañana llovió."),
]


def test_anaphora():
    """"that year", "the following month": from the latest preceding expression."""
    hits = find("He left in 1996. He returned the following year and died that year. "
                "In March 1989 it fell; the following month it rose.", DAY, "en")
    assert [(h["text"], h["value"]) for h in hits] == [
        ("1996", "1996"), ("the following year", "1997"), ("that year", "1997"),
        ("March 1989", "1989-03"), ("the following month", "1989-04")]
    # without a preceding date: the publication date
    assert value("Prices rose the following day.", DAY, "en") == ("2025-05-15", "day")
    assert find("The year before, it was the year after.", DAY, "en") == []


@pytest.mark.parametrize("lang,text", NOT_DATES)
def test_not_dates(lang, text):
    assert find(text, DAY, lang) == []


def test_spans_and_order():
    text = "Vorige maand, op 17 april 2025, en vorig jaar."
    hits = find(text, MONTH, "nl")
    assert [h["text"] for h in hits] == ["Vorige maand", "17 april 2025", "vorig jaar"]
    assert all(text[h["start"]:h["end"]] == h["text"] for h in hits)
    assert all(a["end"] <= b["start"] for a, b in zip(hits, hits[1:]))


def test_no_publication_date():
    hits = find("Vorige maand, op 17 april 2025.", None, "nl")
    assert [(h["text"], h["value"]) for h in hits] == [("17 april 2025", "2025-04-17")]


def test_year_only_publication_date():
    assert value("Het gebeurde vorig jaar.", "2025", "nl") == ("2024", "year")


def test_resolve():
    assert resolve("vorige maand", MONTH, "nl") == ("2025-04", "month")
    assert resolve("17 avril 2025", None, "fr") == ("2025-04-17", "day")
    assert resolve("vrijdag", DAY, "nl") == ("2025-05-09", "day")
    assert resolve("nonsense words", DAY, "en") is None


ARTICLE = ("Kiev, 14 mei - Bij Russische luchtaanvallen op Kiev zijn vrijdag en gisteren "
           "zeker 145 mensen om het leven gekomen, meldde de burgemeester. Vorige maand "
           "vielen ook al doden, en sinds 2022 duurt de oorlog. De president zei dat de "
           "gesprekken later deze maand in Istanbul hervat worden. In augustus 2021 "
           "trokken de Amerikanen zich terug uit Afghanistan, na 20 jaar oorlog. ") * 12


def test_speed():
    assert 500 < len(ARTICLE.split()) < 800
    find(ARTICLE, DAY, "nl")
    for lang in ("en", "de", "fr", "es"):
        find("warm up", DAY, lang)
    # the best of five batches, as timeit does: other processes on the machine only ever slow a batch down
    per_article = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        for _ in range(10):
            hits = find(ARTICLE, DAY, "nl")
        per_article = min(per_article, (time.perf_counter() - t0) / 10)
    assert len(hits) >= 60
    assert per_article < 0.020, f"{per_article * 1000:.1f} ms per article"


@pytest.mark.parametrize("lang,text,value", [
    ("es", "Milei lanzó el ataque el domingo. Ese mismo día, el ministro exigió una disculpa.", "2024-05-19"),
    ("nl", "Rusland viel zondag aan. De dag daarop eiste de minister excuses.", "2024-05-20"),
    ("de", "Russland griff am Sonntag an. Am selben Tag forderte der Minister eine Entschuldigung.", "2024-05-19"),
    ("fr", "La Russie a attaqué dimanche. Le lendemain, le ministre a exigé des excuses.", "2024-05-20"),
])
def test_same_day_and_next_day_resolve_against_the_previous_date(lang, text, value):
    found = find(text, "2024-05-21", lang)
    assert found[-1]["value"] == value and found[-1]["precision"] == "day"
