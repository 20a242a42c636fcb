"""The reference article (shared/examples/seed) coded end to end with the real pipeline."""
from pathlib import Path

import pytest

from heron.evaluation import gold, score

SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed"


@pytest.fixture(scope="module")
def result():
    if not SEED.is_dir():
        pytest.skip(f"{SEED} not present")
    return score.evaluate_dir(SEED)


def test_all_required_events_found(result):
    (outcome,) = result.outcomes
    missed = [g["id"] for g in outcome.missed]
    assert missed == [], f"missed gold events: {missed}"
    assert len(outcome.matched) == 9


def test_dates_and_places_of_matched_events(result):
    assert result.date_accuracy() == 1.0
    assert result.place_accuracy() == 1.0


def test_no_not_event_is_emitted(result):
    assert result.not_event_errors() == 0


def test_precision_on_the_seed(result):
    assert result.precision >= 0.75, [(e.event_type, e.sentence) for e in result.outcomes[0].false]


def test_kazan_forum_is_placed_in_kazan(result):
    (outcome,) = result.outcomes
    event = next(e for g, e in outcome.matched if g["id"] == "e13")
    assert event.location["geonames_id"] == 551487
    assert {a["country"] for a in event.actor} == {"RUS", "AFG"}


def test_events_point_back_to_their_words(result):
    document = gold.load(SEED)[0].document
    for _, event in result.outcomes[0].matched:
        trig = event.trigger
        assert document.text[trig["start"]:trig["end"]] == trig["text"]
        for actor in event.actor:
            assert document.text[actor["start"]:actor["end"]] == actor["text"]
        assert event.sentence in document.text
