"""Language identification on short news sentences (the real py3langid model)."""
import pytest

from heron.document import HeronInputError
from heron.nlp.language import identify


@pytest.mark.parametrize("text,lang", [
    ("Japan praised South Korea on Monday.", "en"),
    ("Rusland helpt Syrië in de strijd tegen IS.", "nl"),
    ("Die Polizei nahm zwölf Demonstranten fest.", "de"),
    ("La France a condamné l'attaque contre le Mali.", "fr"),
    ("Estados Unidos impuso sanciones a Venezuela.", "es"),
    ("Il governo italiano ha condannato l'attacco.", "it"),
])
def test_short_sentences(text, lang):
    assert identify(text)[0] == lang


@pytest.mark.parametrize("text", ["1234 5678 ---- 99", "", "ok ok"])
def test_too_little_text_is_undecidable(text):
    with pytest.raises(HeronInputError):
        identify(text)
