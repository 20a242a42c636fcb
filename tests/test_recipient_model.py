"""The recipient model (heron/events/recipient_model) on sentences, with the shipped weights."""
import pytest

import heron
from heron.document import Document
from heron.events import recipient_model
from heron.events.recipient_model.features import NONE, Story
from heron.pipeline import Pipeline


def _code(text: str, lang: str) -> list[tuple]:
    return [(e.event_type, sorted({a["country"] for a in e.actor if a["country"]}),
             sorted({r["country"] for r in e.recipient if r["country"]}))
            for e in heron.code(text, publication_date="2025-03-12", language=lang)]


def test_the_shipped_weights_were_measured():
    m = recipient_model.model()
    assert m["weights"] and {"here", "away"} <= set(m["margins"]) <= {"here", "away", "replace"}
    cv = m["cross_validation"]
    assert cv["model_right"] > cv["rules_right"]        # the model is only shipped when it helps


def test_the_shipped_weights_never_saw_a_blind_set():
    """Trained on the readable sets up to heldout21 (the session-20 recipe; session 25); heldout22, opened in session
    26, is not in it, and heldout23 on stay blind."""
    trained_on = set(recipient_model.model()["leave_one_set_out"])
    assert {"coder", "heldout2", "heldout20", "heldout21"} <= trained_on
    assert not trained_on & {f"heldout{n}" for n in range(23, 30)}


@pytest.mark.parametrize("text,lang", [
    ("Gupta werd op verzoek van de Verenigde Staten in Praag gearresteerd.", "nl"),
    ("Gupta was arrested in Prague at the request of the United States.", "en"),
    ("Gupta war Ende Juni auf Ersuchen der USA in Prag festgenommen worden.", "de"),
    ("Gupta avait été arrêté à Prague à la demande des États-Unis.", "fr"),
    ("Gupta fue detenido en Praga a petición de Estados Unidos.", "es"),
])
def test_a_country_at_whose_request_an_act_is_done_is_not_brought_in(text, lang):
    """'op verzoek van de Verenigde Staten gearresteerd': the requester is neither the arrest's doer nor
    its target (recipient_model.requesters); the session-20 weights brought it in before the bar."""
    doc = Pipeline(min_confidence=0.0)(Document(id="x", text=text, language=lang, publication_date="2025-03-12"))
    arrests = [e for e in doc.events if e.event_type == "COERCE"]
    assert arrests and all("USA" not in {r["country"] for r in e.recipient} for e in arrests)
    assert recipient_model.requesters(arrests[0], Story(doc, None)) == {"USA"}


def test_a_target_the_rules_leave_empty_is_filled_from_the_sentence():
    assert ("MOBILIZE", ["CHN"], ["TWN"]) in _code("China held military drills around Taiwan.", "en")
    assert ("SANCTION", ["USA"], ["CHN"]) in _code("Die USA verhängten Zölle auf Stahl aus China.", "de")


def test_a_joint_act_gets_no_recipient():
    assert ("COOPERATE", ["CHN", "RUS"], []) in _code(
        "Russia and China held joint naval exercises in the Sea of Japan.", "en")
    # an act done with a partner ('agree with'): its actors are each other's partners
    assert ("AGREE", ["ISR", "PSE"], []) in _code("Israel and Hamas agreed to a ceasefire on Thursday.", "en")


@pytest.mark.parametrize("text,lang,expected", [
    ("Een zware aardbeving trof dinsdag het oosten van Taiwan. Ook Japan en de Verenigde Staten boden hulp aan.", "nl",
     ("AGREE", ["JPN", "USA"], ["TWN"])),
    ("Un terremoto sacudió el sur de Chile. México y Perú ofrecieron ayuda.", "es", ("AGREE", ["MEX", "PER"], ["CHL"])),
    ("Gunmen stormed the Mexican embassy in Quito on Friday. Brazil, Chile and Colombia condemned the raid.", "en",
     ("ACCUSE", ["BRA", "CHL", "COL"], ["ECU"])),
    ("Ein Wirbelsturm verwüstete Kuba. Mexiko und Venezuela schickten Schiffe mit Lebensmitteln.", "de",
     ("AID", ["MEX", "VEN"], ["CUB"])),
])
def test_several_countries_doing_a_one_sided_act_still_aim_it(text, lang, expected):
    """'Ook Japan en de Verenigde Staten boden hulp aan': several actor countries of an act that is not
    mutual (an offer, a condemnation, aid) still have its object as their recipient (CODING 3); only a
    mutual act (recipient_model.joint) gives them none. The readable golds code all such acts so
    (heldout/nl afrika, heldout4/nl overstromingen, heldout9/en ecuador_embassy, heldout4/de jamaika)."""
    assert expected in _code(text, lang)


def test_a_group_phrase_is_a_joint_act():
    """'De twee landen veroordeelden ...': a group phrase stands for its parties acting together
    (group_phrases.parties puts one mention of each on the phrase's words), whatever the act."""
    from types import SimpleNamespace
    pair = [{"country": "NLD", "start": 40, "end": 54}, {"country": "UKR", "start": 40, "end": 54}]
    named = [{"country": "NLD", "start": 0, "end": 9}, {"country": "UKR", "start": 14, "end": 22}]
    event = lambda actor, etype="ACCUSE", frame="svo": SimpleNamespace(  # noqa: E731
        actor=actor, event_type=etype, language="nl", trigger={"lemma": "veroordelen", "frame": frame})
    assert recipient_model.joint(event(pair))
    assert not recipient_model.joint(event(named))
    assert recipient_model.joint(event(named, "CONSULT")) and recipient_model.joint(event(named, frame="sym"))
    assert not recipient_model.joint(event(named[:1], "CONSULT"))


def test_the_rules_recipient_and_their_exclusions_stand():
    # a third party named by 'in de strijd tegen' is not the recipient the rules chose
    assert ("AID", ["RUS"], ["SYR"]) in _code("Rusland zal Syrië helpen in de strijd tegen Islamitische Staat.", "nl") \
        or ("AGREE", ["RUS"], ["SYR"]) in _code("Rusland zal Syrië helpen in de strijd tegen Islamitische Staat.", "nl")
    # the forum of a complaint is where, not whom
    assert ("ACCUSE", ["CAN"], []) in _code("Le Canada allait saisir l'Organisation mondiale du commerce.", "fr")


@pytest.mark.parametrize("text,lang,pair", [
    ("España afirmó que Rusia debe retirar sus tropas de Ucrania.", "es", ("ESP", "RUS")),
    ("Benin said Niger must first reopen its border with Nigeria.", "en", ("BEN", "NER")),
    ("Berlin erklärte, Serbien müsse den Verdächtigen an Kosovo ausliefern.", "de", ("DEU", "SRB")),
])
def test_an_obliged_party_stays_the_recipient(text, lang, pair):
    """'España afirmó que Rusia debe retirar sus tropas': the party a speaker says must act is whom the
    demand is aimed at (candidates._demand); its record carries the rule (group_record.OBLIGED), so the
    model, which may now overrule a recipient named before the trigger, keeps it."""
    events = [e for e in heron.code(text, publication_date="2025-03-12", language=lang) if e.event_type == "REQUEST"]
    assert events and all(r.get("rule") == "obliged party" for r in events[0].recipient)
    assert ({a["country"] for a in events[0].actor}, {r["country"] for r in events[0].recipient}) == \
        ({pair[0]}, {pair[1]})


def test_the_actor_own_country_is_never_brought_in():
    cands = {"NLD": {"bias": 1.0, "here": 1.0}, NONE: {"none": 1.0}}
    weights = {"bias": 5.0, "here": 5.0}
    assert recipient_model.choice(cands, set(), {"NLD"}, False, weights, {"here": 0.0, "away": 0.0}) is None
    assert recipient_model.choice(cands, set(), set(), False, weights, {"here": 0.0, "away": 0.0}) == "NLD"
    assert recipient_model.choice(cands, set(), set(), True, weights, {"here": 0.0, "away": 0.0}) is None


def test_a_country_named_only_earlier_needs_the_away_margin_but_no_story_link():
    """A country only earlier sentences name (no 'here', no link such as the actor's last target) is
    brought in when it beats NONE by the `away` margin (session 23: the link was a bar before; the
    features weigh it)."""
    cands = {"SDN": {"bias": 1.0, "earlier_sentences": 1.0}, NONE: {"none": 1.0}}
    margins = {"here": 0.0, "away": 2.0, "replace": 1.0}
    assert recipient_model.choice(cands, set(), set(), False, {"earlier_sentences": 3.0}, margins) == "SDN"
    assert recipient_model.choice(cands, set(), set(), False, {"earlier_sentences": 1.5}, margins) is None


def test_a_recipient_the_rules_chose_yields_only_to_a_clearly_better_one():
    weights = {"rule": 1.0, "strong": 5.0, "none": 0.0}
    margins = {"here": 0.5, "away": 3.0, "replace": 1.0}
    cands = {"SRB": {"rule": 1.0, "here": 1.0, "after": 1.0}, "BIH": {"strong": 1.0, "here": 1.0, "after": 1.0},
             NONE: {"none": 1.0}}
    assert recipient_model.choice(cands, {"SRB"}, {"USA"}, False, weights, margins) == "BIH"
    # not without a replace margin (as in the session-9 model), nor by a small lead
    assert recipient_model.choice(cands, {"SRB"}, {"USA"}, False, weights, {"here": 0.5, "away": 3.0}) is None
    assert recipient_model.choice(cands, {"SRB"}, {"USA"}, False, weights, dict(margins, replace=5.0)) is None
    # never to a third party ('in de strijd tegen IS')
    third = dict(cands, BIH=dict(cands["BIH"], third_party=1.0))
    assert recipient_model.choice(third, {"SRB"}, {"USA"}, False, weights, margins) is None
    # a recipient named only before the trigger yields the same way (session 23; the obliged party of
    # 'Rusia debe retirar' carries its rule and is never asked: test_an_obliged_party_stays_the_recipient)
    before = dict(cands, SRB={"rule": 1.0, "here": 1.0, "before": 1.0})
    assert recipient_model.choice(before, {"SRB"}, {"USA"}, False, weights, margins) == "BIH"
    # and NONE may clear a recipient the rules brought in
    cleared = dict(cands, BIH={"here": 1.0, "after": 1.0}, **{NONE: {"strong": 1.0}})
    assert recipient_model.choice(cleared, {"SRB"}, {"USA"}, False, weights, margins) == NONE


def test_a_court_may_have_a_foreign_target():
    """'La Cour pénale internationale a dénoncé ... au lendemain des sanctions imposées par Washington': a
    court's act may be aimed at a foreign state or national (a court convicts foreigners as readily as its
    own; the bar on foreign targets for courts cost heldout10 fr and others, session 23)."""
    text = ("LA HAYE, 21 août (AFP) – La Cour pénale internationale (CPI) a dénoncé jeudi une « attaque flagrante "
            "contre l'indépendance d'une institution judiciaire impartiale », au lendemain des sanctions imposées "
            "par Washington à deux de ses juges.")
    assert ("ACCUSE", ["IGO"], ["USA"]) in _code(text, "fr")
    # left without a target by the rules, the court's act gets the model's foreign one
    from heron import pipeline
    before = pipeline.Pipeline(pipeline.STAGES[:pipeline.STAGES.index(recipient_model.choose)],
                               pipeline.EVERY_MODALITY, min_confidence=0.0)
    doc = before(Document(id="x", text=text, language="fr", publication_date="2025-08-21"))
    court = next(e for e in doc.events if e.event_type == "ACCUSE")
    court.actor = [dict(a, sector="JUD") for a in court.actor]
    court.recipient = []
    recipient_model.choose(doc)
    assert {r["country"] for r in court.recipient} == {"USA"}


def test_the_choice_is_the_same_under_any_hash_seed():
    # two candidates with equal scores ('between Serbia and Kosovo'): the country named first wins on
    # every run; a set's iteration order (PYTHONHASHSEED) once decided it
    import os
    import subprocess
    import sys
    code = ("import heron; e = heron.code('Germany called the agreement between Serbia and Kosovo a historic step.', "
            "language='en', publication_date='2025-01-15'); print([r['country'] for x in e for r in x.recipient])")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env=dict(os.environ, PYTHONHASHSEED=str(seed))).stdout for seed in (1, 2, 3)}
    assert outs == {"['SRB']\n"}
