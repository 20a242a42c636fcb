"""The sentence-type model (heron.events.sentence_types): the shipped model, on sentences of all five
languages it was not trained on, and as a feature of the confidence model."""
import numpy as np
import pytest

from heron import ontology
from heron.events import sentence_types
from heron.events.confidence_model.features import Story, features
from heron.pipeline import Pipeline, EVERY_MODALITY
from heron.document import Document


def test_the_shipped_model_rates_every_plover_type():
    m = sentence_types.model()
    assert sorted(m["types"]) == sorted(ontology.event_types())
    assert m["weights"].shape == (len(m["index"]), len(m["types"]))
    assert len(m["index"]) > 5000


def test_a_sentence_vector_is_its_known_words_and_pairs_normalised():
    m = sentence_types.model()
    idx, val = sentence_types.vector(sentence_types.text_of("The police arrested the protesters.", "en"), m)
    known = {m["index"][t] for t in ("en", "police", "arrested", "the police", "police arrested") if t in m["index"]}
    assert known <= set(idx.tolist()) and len(known) >= 3
    assert abs(float(np.linalg.norm(val)) - 1.0) < 1e-5
    assert sentence_types.vector("zzqx qqzv", m)[0].size == 0    # nothing known: no vector, no crash
    assert sentence_types.probabilities(["zzqx qqzv"], "en")[0]["COERCE"] < 0.5


@pytest.mark.parametrize("lang,arrest,attack,talks", [
    ("en", "Police arrested dozens of opposition supporters in the capital on Monday.",
     "Rebels shelled the town overnight, killing at least twelve civilians.",
     "The two foreign ministers met in Geneva on Tuesday for talks on the border dispute."),
    ("nl", "De politie arresteerde maandag tientallen aanhangers van de oppositie in de hoofdstad.",
     "Rebellen beschoten de stad 's nachts, waarbij zeker twaalf burgers om het leven kwamen.",
     "De twee ministers van Buitenlandse Zaken spraken dinsdag in Genève over het grensconflict."),
    ("de", "Die Polizei nahm am Montag Dutzende Anhänger der Opposition in der Hauptstadt fest.",
     "Rebellen beschossen die Stadt in der Nacht und töteten mindestens zwölf Zivilisten.",
     "Die beiden Außenminister trafen sich am Dienstag in Genf zu Gesprächen über den Grenzstreit."),
    ("fr", "La police a arrêté lundi des dizaines de partisans de l'opposition dans la capitale.",
     "Les rebelles ont bombardé la ville pendant la nuit, tuant au moins douze civils.",
     "Les deux ministres des Affaires étrangères se sont rencontrés mardi à Genève pour discuter du différend."),
    ("es", "La policía detuvo el lunes a decenas de simpatizantes de la oposición en la capital.",
     "Los rebeldes bombardearon la ciudad durante la noche y mataron al menos a doce civiles.",
     "Los dos cancilleres se reunieron el martes en Ginebra para conversar sobre la disputa fronteriza."),
])
def test_each_sentence_reads_most_like_its_own_type(lang, arrest, attack, talks):
    p = sentence_types.probabilities([arrest, attack, talks], lang)
    assert p[0]["COERCE"] > max(p[1]["COERCE"], p[2]["COERCE"]), p
    assert p[1]["ASSAULT"] > max(p[0]["ASSAULT"], p[2]["ASSAULT"]), p
    assert p[2]["CONSULT"] > max(p[0]["CONSULT"], p[1]["CONSULT"]), p


def test_the_confidence_model_reads_the_sentence_type_of_each_event():
    text = "De politie arresteerde maandag in Nairobi tientallen demonstranten."
    document = Pipeline(modalities=EVERY_MODALITY, min_confidence=0.0)(
        Document(id="t", text=text, language="nl", publication_date="2025-03-04"))
    event = next(e for e in document.events if e.event_type == "COERCE")
    story = Story(document, "KEN")
    told = sentence_types.probabilities([event.sentence], "nl")[0]["COERCE"]
    assert story.sentence_types[event.sentence_start]["COERCE"] == pytest.approx(told)
    assert [k for k in features(event, story) if k.startswith("sentence_type=")] != []
