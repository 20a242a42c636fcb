"""The recipient model (heron/events/recipient_model) on sentences, with the shipped weights."""
import heron
from heron.events import recipient_model
from heron.events.recipient_model.features import NONE


def _code(text: str, lang: str) -> list[tuple]:
    return [(e.event_type, sorted({a["country"] for a in e.actor if a["country"]}),
             sorted({r["country"] for r in e.recipient if r["country"]}))
            for e in heron.code(text, publication_date="2025-03-12", language=lang)]


def test_the_shipped_weights_were_measured():
    m = recipient_model.model()
    assert m["weights"] and set(m["margins"]) == {"here", "away"}
    cv = m["cross_validation"]
    assert cv["model_right"] > cv["rules_right"]        # the model is only shipped when it helps


def test_a_target_the_rules_leave_empty_is_filled_from_the_sentence():
    assert ("MOBILIZE", ["CHN"], ["TWN"]) in _code("China held military drills around Taiwan.", "en")
    assert ("SANCTION", ["USA"], ["CHN"]) in _code("Die USA verhängten Zölle auf Stahl aus China.", "de")


def test_a_joint_act_gets_no_recipient():
    assert ("COOPERATE", ["CHN", "RUS"], []) in _code(
        "Russia and China held joint naval exercises in the Sea of Japan.", "en")


def test_the_rules_recipient_and_their_exclusions_stand():
    # a third party named by 'in de strijd tegen' is not the recipient the rules chose
    assert ("AID", ["RUS"], ["SYR"]) in _code("Rusland zal Syrië helpen in de strijd tegen Islamitische Staat.", "nl") \
        or ("AGREE", ["RUS"], ["SYR"]) in _code("Rusland zal Syrië helpen in de strijd tegen Islamitische Staat.", "nl")
    # the forum of a complaint is where, not whom
    assert ("ACCUSE", ["CAN"], []) in _code("Le Canada allait saisir l'Organisation mondiale du commerce.", "fr")


def test_the_actor_own_country_is_never_brought_in():
    cands = {"NLD": {"bias": 1.0, "here": 1.0}, NONE: {"none": 1.0}}
    weights = {"bias": 5.0, "here": 5.0}
    assert recipient_model.choice(cands, set(), {"NLD"}, False, weights, {"here": 0.0, "away": 0.0}) is None
    assert recipient_model.choice(cands, set(), set(), False, weights, {"here": 0.0, "away": 0.0}) == "NLD"
    assert recipient_model.choice(cands, set(), set(), True, weights, {"here": 0.0, "away": 0.0}) is None


def test_a_court_or_prosecutor_gets_no_foreign_target_from_the_model():
    # 'Die Bundesanwaltschaft wirft ... vor': a charge by a judicial body falls on people at home
    assert not recipient_model.judicial(_event([{"country": "RUS", "sector": "GOV"}]))
    assert recipient_model.judicial(_event([{"country": "DEU", "sector": "JUD"}]))
    assert not recipient_model.judicial(_event([{"country": "DEU", "sector": "JUD"}, {"country": "DEU", "sector": None}]))


def _event(actor: list[dict]):
    from types import SimpleNamespace
    return SimpleNamespace(actor=actor)
