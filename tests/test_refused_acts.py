"""Acts commonly demanded and refused (triggers.tsv flag refused): 'would not reconsider', 'zal niet van
koers veranderen', 'werde nicht teilnehmen', 'ne changera pas de cap', 'no se sentará con': a refusal
(REJECT) when told as one, no event when told as done or promised."""
import heron
import pytest


def _code(text: str, lang: str):
    return [(e.event_type, sorted({a["country"] for a in e.actor}), sorted({r["country"] for r in e.recipient}))
            for e in heron.code(text, publication_date="2024-05-12", language=lang, min_confidence=0.0)]


REFUSALS = [
    ("en", "The White House said the administration would not reconsider its decision on Iran.", ["USA"], ["IRN"]),
    ("en", "Hungary said it will not change course on Ukraine despite pressure from Brussels.", ["HUN"], ["UKR"]),
    ("en", "Spain will not take part in the NATO summit, Prime Minister Pedro Sanchez said.", ["ESP"], ["IGO"]),
    ("en", "Germany said it would not pay reparations to Poland.", ["DEU"], ["POL"]),
    ("nl", "De Turkse regering zal haar besluit niet heroverwegen, aldus Erdogan.", ["TUR"], []),
    ("nl", "Hongarije laat weten dat het niet van koers zal veranderen.", ["HUN"], []),
    ("nl", "Rusland zegt dat het niet zal deelnemen aan de vredestop in Zwitserland.", ["RUS"], ["CHE"]),
    ("de", "Ungarn werde seine Haltung zur Ukraine nicht überdenken, sagte Orban.", ["HUN"], ["UKR"]),
    ("de", "Die Regierung in Madrid werde auf keiner Ebene an dem Treffen teilnehmen, sagte der Außenminister.",
     ["ESP"], []),
    ("fr", "Le gouvernement algérien a affirmé qu'il ne changera pas de cap face aux pressions de Paris.",
     ["DZA"], ["FRA"]),
    ("fr", "La Hongrie ne reviendra pas sur sa décision, a déclaré Orban.", ["HUN"], []),
    ("es", "Venezuela anunció que no reconsiderará su decisión de expulsar a los diplomáticos de Perú.",
     ["VEN"], ["PER"]),
    ("es", "Argentina dijo que no pagará la deuda al FMI en las condiciones actuales.", ["ARG"], ["IGO"]),
]


@pytest.mark.parametrize("lang,text,actors,recipients", REFUSALS)
def test_a_demanded_act_told_refused_is_a_rejection(lang, text, actors, recipients):
    assert ("REJECT", actors, recipients) in _code(text, lang)


DONE_OR_PROMISED = [
    ("en", "The minister said Spain would reconsider its position on Morocco."),
    ("en", "Germany paid the first instalment last week."),
    ("nl", "De regering zal haar beleid aanpassen, zei de premier."),
    ("de", "Ungarn werde seine Haltung zur Ukraine überdenken, sagte Orban."),
    ("fr", "La Hongrie a changé de cap sur l'Ukraine."),
    ("es", "Argentina dijo que pagará la deuda al FMI."),
]


@pytest.mark.parametrize("lang,text", DONE_OR_PROMISED)
def test_a_demanded_act_done_or_promised_is_no_event_of_its_own(lang, text):
    assert not [e for e in _code(text, lang) if e[0] == "REJECT"]


SUMMITS = [
    ("en", "Mexico will participate in the summit with the United States.", ["MEX"], ["USA"]),
    ("nl", "België zal deelnemen aan de top in Parijs.", ["BEL"], ["FRA"]),
    ("de", "Österreich wird an dem Gipfel in Brüssel teilnehmen.", ["AUT"], ["EUR"]),
    ("fr", "La Belgique participera au sommet de Paris.", ["BEL"], ["FRA"]),
    ("es", "Colombia participará en la cumbre de la CELAC.", ["COL"], ["IGO"]),
]


@pytest.mark.parametrize("lang,text,actors,recipients", SUMMITS)
def test_taking_part_in_a_meeting_promised_is_the_meeting_promised(lang, text, actors, recipients):
    # the verb of a row told only as refused is no verb whose content the summit would be
    assert ("AGREE", actors, recipients) in _code(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "The government said there would be no trade talks with Canada until the dispute was resolved."),
    ("nl", "Over toetreding tot het verdrag wil Syrië voorlopig niet praten met Israël."),
])
def test_talks_held_back_until_a_condition_is_met_are_refused(lang, text):
    assert "REJECT" in [e[0] for e in _code(text, lang)]
