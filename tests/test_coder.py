"""Event-coder behaviour on sentences written for the purpose (not the seed article)."""
from pathlib import Path

import pytest

import heron
from heron.events import confidence_model
from heron.evaluation import score

DEV = Path(__file__).parent / "data" / "coder"


def countries(side):
    return {x["country"] for x in side}


def one(text, pub, lang, **kw):
    events = heron.code(text, publication_date=pub, language=lang, **kw)
    assert len(events) == 1, [(e.event_type, e.trigger["text"]) for e in events]
    return events[0]


# measured at session 12's end; English lost one event to the recipient margins chosen leave one set
# out ('ease restrictions on the Kerem Shalom crossing' gets a target from the story: bench/RESULTS.md)
@pytest.mark.parametrize("lang,measured_f1,measured_precision", [("en", 0.895, 0.895), ("nl", 1.0, 1.0)])
def test_dev_sets_do_not_regress(lang, measured_f1, measured_precision):
    result = score.evaluate_dir(DEV / lang)
    assert result.f1 >= measured_f1 - 0.05
    assert result.precision >= measured_precision - 0.05
    assert result.not_event_errors() == 0


def test_dutch_verb_final_subordinate_clause():
    e = one("De minister zei dat Frankrijk de Malinese regering met wapens zal steunen.", "2023-02-01", "nl")
    assert e.event_type == "AGREE"              # future SUPPORT is AGREE (PLOVER)
    assert countries(e.actor) == {"FRA"} and countries(e.recipient) == {"MLI"}


def test_dutch_inverted_order_and_relative_date():
    e = one("Vorige week heeft Turkije de Zweedse ambassadeur ontboden.", "2023-01-25", "nl")
    assert e.event_type == "ACCUSE"             # summoning an ambassador is ACCUSE
    assert countries(e.actor) == {"TUR"} and countries(e.recipient) == {"SWE"}
    assert e.date == "2023-01" and e.date_source == "text"


def test_passive_agent_is_the_actor():
    e = one("Two Ukrainian villages were shelled by Russian forces on Sunday.", "2023-03-07", "en")
    assert e.event_type == "ASSAULT" and e.mode == "heavy-weapons"
    assert countries(e.actor) == {"RUS"} and countries(e.recipient) == {"UKR"}
    assert e.date == "2023-03-05"


def test_dutch_passive_with_door():
    e = one("Drie Israëlische soldaten werden donderdag door Hezbollah ontvoerd.", "2006-07-14", "nl")
    assert e.event_type == "ASSAULT" and e.mode == "abduct"
    assert countries(e.actor) == {"LBN"} and countries(e.recipient) == {"ISR"}


def test_reported_speech_keeps_the_speaker():
    e = one("\u201cWe will send aid to Haiti,\u201d the Canadian foreign minister said on Monday.", "2024-03-13", "en")
    assert e.event_type == "AGREE"
    assert countries(e.actor) == {"CAN"} and countries(e.recipient) == {"HTI"}
    assert e.speaker and e.speaker["country"] == "CAN"


def test_negated_and_hypothetical_statements_are_not_events_unless_asked():
    text = "China did not condemn Russia. If Iran attacks Israel, the United States could impose sanctions on Iran."
    assert heron.code(text, publication_date="2024-04-01", language="en") == []
    flagged = heron.code(text, publication_date="2024-04-01", language="en", include_unasserted=True)
    assert {e.modality for e in flagged} == {"negated", "hypothetical"}
    assert any(e.event_type == "ACCUSE" and e.modality == "negated" for e in flagged)


def test_unasserted_statements_asked_for_are_not_left_out_by_the_confidence_threshold():
    # the confidence model rates asserted events only; 'erkent de Taliban niet' is shown, flagged, whatever it rates it
    seed = Path(__file__).resolve().parents[2] / "shared/examples/seed/article.txt"
    if not seed.exists():
        pytest.skip("shared/examples/seed not present")
    text = seed.read_text(encoding="utf-8")
    every = heron.code(text, publication_date="2021-09-21", language="nl", include_unasserted=True, min_confidence=0.0)
    shown = heron.code(text, publication_date="2021-09-21", language="nl", include_unasserted=True)
    negated = [e.event_id for e in every if e.modality == "negated"]
    assert negated and set(negated) <= {e.event_id for e in shown}
    threshold = confidence_model.threshold()
    assert all(e.confidence >= threshold for e in shown if e.modality in ("asserted", "future"))


def test_third_parties_are_not_recipients():
    e = one("Rusland zal Syrië helpen in de strijd tegen Islamitische Staat.", "2015-10-01", "nl")
    assert countries(e.recipient) == {"SYR"}


def test_compound_actors_stay_together():
    e = one("Israel and Lebanon agreed on Tuesday to resume talks on their maritime border.", "2022-10-12", "en")
    assert countries(e.actor) == {"ISR", "LBN"}


@pytest.mark.parametrize("lang,text", [
    ("nl", "De Russische president Vladimir Poetin en de Chinese leider Xi Jinping feliciteerden Loekasjenko."),
    ("en", "Russian President Vladimir Putin and Chinese leader Xi Jinping congratulated Lukashenko."),
])
def test_compound_actors_of_people_with_titles_stay_together(lang, text):
    e = one(text, "2025-01-28", lang)
    assert e.event_type == "SUPPORT"
    assert countries(e.actor) == {"RUS", "CHN"} and countries(e.recipient) == {"BLR"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Washington announced $17 million in humanitarian assistance for Myanmar."),
    ("es", "España anunció 10 millones en ayuda humanitaria para Myanmar."),
])
def test_aid_after_an_amount_is_no_circumstance(lang, text):
    """'$17 million in assistance' measures the aid; 'in a suicide bombing' is a circumstance."""
    e = one(text, "2023-06-09", lang)
    assert e.event_type == "AID" and countries(e.recipient) == {"MMR"}


@pytest.mark.parametrize("text,recipient", [
    ("The Kremlin has dismissed the reports as fake.", set()),
    ("Russia dismissed the claims by Ukraine.", {"UKR"}),
])
def test_the_subject_of_a_dismissal_rejects(text, recipient):
    e = one(text, "2025-02-01", "en")
    assert e.event_type == "REJECT" and countries(e.actor) == {"RUS"} and countries(e.recipient) == recipient


def test_both_countries_act_together():
    text = "China en India hielden dinsdag overleg. Beide landen kwamen overeen de grensgesprekken te hervatten."
    events = heron.code(text, publication_date="2024-10-22", language="nl")
    agree = [e for e in events if e.event_type == "AGREE"]
    assert len(agree) == 1 and countries(agree[0].actor) == {"CHN", "IND"}


@pytest.mark.parametrize("lang,text,actor", [
    ("fr", "Le maître du Kremlin exige que l'Ukraine retire ses troupes.", {"RUS"}),
    ("en", "The head of the Kremlin demanded that Ukraine withdraw its troops.", {"RUS"}),
])
def test_an_unknown_subject_stands_for_its_owner(lang, text, actor):
    e = one(text, "2025-08-20", lang)
    assert e.event_type == "REQUEST" and countries(e.actor) == actor and countries(e.recipient) == {"UKR"}


def test_a_host_in_a_relative_clause_receives_the_named_guest():
    e = one("The talks followed a meeting with Serbian President Aleksandar Vucic, who hosted Dodik in Belgrade "
            "on Tuesday.", "2025-03-12", "en")
    assert e.event_type == "CONSULT" and countries(e.actor) == {"BIH"} and countries(e.recipient) == {"SRB"}


def test_a_phrase_of_circumstance_ends_at_the_article_of_the_event_noun():
    """'voor zestig dagen de noodtoestand': 'voor' governs 'zestig dagen', not the state of emergency."""
    e = one("Noboa riep maandag voor zestig dagen de noodtoestand uit.", "2024-01-09", "nl")
    assert e.event_type == "COERCE" and countries(e.actor) == {"ECU"}


@pytest.mark.parametrize("lang,text", [
    ("fr", "La CPI a dénoncé une attaque, au lendemain des sanctions imposées par Washington à deux de ses juges."),
    ("en", "The ICC condemned an attack, a day after the sanctions imposed by Washington on two of its judges."),
])
def test_a_participle_on_its_trigger_noun_has_its_own_agent(lang, text):
    # the rule's events, whatever the confidence model rates them (its threshold has its own tests)
    events = heron.code(text, publication_date="2025-08-21", language=lang, min_confidence=0.0)
    sanction = [e for e in events if e.event_type == "SANCTION"]
    assert len(sanction) == 1 and countries(sanction[0].actor) == {"USA"}


@pytest.mark.parametrize("lang,text,actor,recipient", [
    ("es", "El secretario de Defensa de EE.UU., Pete Hegseth, se reunió el miércoles en Santo Domingo con el "
           "presidente dominicano, Luis Abinader.", {"USA"}, {"DOM"}),
    ("en", "Pete Hegseth met Dominican President Luis Abinader in Santo Domingo on Wednesday.", {"USA"}, {"DOM"}),
    # coordinated subjects meet jointly; a meeting elsewhere has all parties as actors
    ("nl", "De ministers van Frankrijk en Duitsland kwamen bijeen in Parijs.", {"FRA", "DEU"}, set()),
    ("en", "Pete Hegseth met Dominican President Luis Abinader in Madrid on Wednesday.", {"USA", "DOM"}, set()),
])
def test_a_meeting_in_one_partys_country_is_a_visit(lang, text, actor, recipient):
    e = one(text, "2025-11-27", lang)
    assert e.event_type == "CONSULT" and countries(e.actor) == actor and countries(e.recipient) == recipient


@pytest.mark.parametrize("lang,text", [
    ("de", "Die russischen und iranischen Angriffe auf die Ukraine gingen weiter."),
    ("fr", "Les frappes russes et iraniennes contre l'Ukraine se poursuivent."),
])
def test_coordinated_nationalities_on_an_event_noun_are_its_doers(lang, text):
    e = one(text, "2025-06-01", lang)
    assert e.event_type == "ASSAULT" and countries(e.actor) == {"RUS", "IRN"} and countries(e.recipient) == {"UKR"}


def test_a_pronoun_after_that_is_the_subject_of_its_clause():
    """'said that it had accepted offers from Spain, Qatar ...': the listed countries are no subject."""
    e = one("Morocco's Interior Ministry said on Sunday that it had accepted offers of assistance from Spain, the "
            "United Kingdom, Qatar and the United Arab Emirates.", "2023-09-12", "en")
    assert e.event_type == "AGREE" and countries(e.actor) == {"MAR"} and countries(e.recipient) == {"ESP", "GBR", "QAT", "ARE"}


def test_repeated_mentions_are_one_event():
    text = ("Japan praised South Korea for its handling of the crisis. "
            "Tokyo also said it praised Seoul's leadership.")
    events = heron.code(text, publication_date="2024-03-12", language="en")
    assert len(events) == 1 and len(events[0].mentions) == 2


def test_a_second_act_of_the_same_kind_is_a_second_event():
    text = ("Azerbaijani police arrested two Russian journalists in Baku on Monday. "
            "Azerbaijan also detained several Russian citizens on drug charges.")
    events = heron.code(text, publication_date="2025-07-01", language="en")
    assert [(e.event_type, len(e.mentions)) for e in events] == [("COERCE", 1), ("COERCE", 1)]
    assert {e.trigger["text"] for e in events} == {"arrested", "detained"}


@pytest.mark.parametrize("text, language", [
    ("Azerbaijan accused Russia of extrajudicial killings on Monday. "
     "The Azerbaijani government also demanded the punishment of those responsible.", "en"),
    ("Het Russische ministerie van Buitenlandse Zaken beschuldigde Polen van provocaties. Moskou eiste ook een onderzoek.",
     "nl"),
])
def test_a_demand_with_no_named_target_is_aimed_at_the_actors_last_target(text, language):
    events = heron.code(text, publication_date="2025-07-01", language=language)
    request = next(e for e in events if e.event_type == "REQUEST")
    assert countries(request.recipient) == countries(events[0].recipient) and countries(request.recipient)


def test_another_body_of_the_same_country_does_not_take_the_governments_target():
    text = ("El Gobierno de Venezuela acusó a Estados Unidos de injerencia. "
            "La oposición venezolana exigió un recuento de los votos.")
    events = heron.code(text, publication_date="2025-07-01", language="es")
    request = next(e for e in events if e.event_type == "REQUEST")
    assert countries(request.actor) == {"VEN"} and "USA" not in countries(request.recipient)


def test_durations_are_not_dates_and_past_events_are_historical():
    e = one("In augustus 2021 trokken de Amerikaanse troepen zich na 20 jaar uit Afghanistan terug.", "2025-05", "nl")
    assert e.event_type == "RETREAT" and e.date == "2021-08" and e.historical
    assert e.location and e.location["country"] == "AFG"


def test_language_without_a_lexicon_says_so():
    from heron.document import Document
    from heron.pipeline import Pipeline
    doc = Pipeline()(Document("it", "Il governo italiano ha condannato l'attacco contro la Francia.", language="it"))
    assert doc.events == [] and "no event lexicon" in doc.meta["events"]


def test_a_list_of_parties_with_a_serial_comma_is_kept_whole():
    e = one("The US, Russia, and Switzerland met in Geneva on Monday.", "2021-06-15", "en")
    assert e.event_type == "CONSULT" and countries(e.actor) == {"USA", "RUS", "CHE"}
    assert e.location and e.location["country"] == "CHE" and e.date == "2021-06-14"


@pytest.mark.parametrize("text,lang", [
    ("El acuerdo firmado con Cuba en 2016 sigue vigente, dijo el Gobierno de Colombia.", "es"),
    ("L'accord signé avec l'Iran en 2015 reste en vigueur, selon la France.", "fr"),
])
def test_participles_describing_a_noun_are_not_events(text, lang):
    assert not [e for e in heron.code(text, publication_date="2024-05-02", language=lang)
                if e.event_type == "SUPPORT"]


def test_a_participle_with_its_auxiliary_is_an_event():
    e = one("Colombia ha firmado un acuerdo con Cuba.", "2024-05-02", "es")
    assert e.event_type == "SUPPORT" and countries(e.actor) >= {"COL"}


@pytest.mark.parametrize("text", [
    "PRAGUE, May 28 (Reuters) - The Czech government summoned the Chinese ambassador on Wednesday.",
    "KYIV, March 3 (Reuters) - Russia attacked Kharkiv with drones overnight.",
])
def test_the_wire_head_is_no_part_of_the_first_sentence(text):
    # 'May' in the dateline is no modal (the sentence was hypothetical), 'March' no protest
    events = heron.code(text, publication_date="2025-05-28", language="en")
    assert [e.event_type for e in events] in (["ACCUSE"], ["ASSAULT"]) and events[0].modality == "asserted"


def test_a_participle_after_its_noun_with_the_clause_verb_after_it_describes_the_noun():
    events = heron.code("Five Americans detained in Iran were freed on Monday.", publication_date="2023-09-18",
                        language="en")
    assert [e.event_type for e in events] == ["RETREAT"]
    # a past tense with a that-clause after it is the clause's verb
    events = heron.code("Hungarian and Romanian officials agreed on Wednesday that their countries should cooperate.",
                        publication_date="2023-09-18", language="en")
    assert "AGREE" in [e.event_type for e in events]
