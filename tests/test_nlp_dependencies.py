"""Reading a dependency parse (heron/nlp/dependencies.py), shared by the recipient model's syntax
features and the confidence model's structural ones; a hand-made parse, no pipeline needed."""
import spacy
from spacy.tokens import Doc

from heron.nlp import dependencies


def _doc():
    # 'Ukraine said that the United States sanctioned Russia .'
    words = ["Ukraine", "said", "that", "the", "United", "States", "sanctioned", "Russia", "."]
    heads = [1, 1, 6, 5, 5, 6, 1, 6, 1]
    deps = ["nsubj", "ROOT", "mark", "det", "compound", "nsubj", "ccomp", "obj", "punct"]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)


def test_the_head_of_a_character_span_is_the_word_whose_head_lies_outside_it():
    doc = _doc()
    start = doc.text.index("the United")
    assert dependencies.head(doc, start, doc.text.index(" sanctioned")).text == "States"
    assert [t.text for t in dependencies.span(doc, start - 1, start + 3)] == ["the"]  # (a space is no word)
    assert dependencies.span(doc, start - 1, start) is None


def test_a_word_s_clause_and_its_relation():
    doc = _doc()
    assert dependencies.clause(doc[7]).text == "sanctioned"
    assert dependencies.clause(doc[0]).text == "said"
    assert dependencies.relation(doc[1]) == "root"


def test_a_quotation_beyond_scare_quotes():
    text = 'Rusland is een “bondgenoot”, zei hij: “We zien en waarderen de inspanningen van Rusland,” zei Kabulov.'
    assert not dependencies.quoted(text, text.index("bondgenoot"))
    assert dependencies.quoted(text, text.index("bondgenoot"), label_words=None)
    assert dependencies.quoted(text, text.index("waarderen"))
    assert not dependencies.quoted(text, text.index("Kabulov"))
