"""Language identification with py3langid (small, fast).

py3langid knows 97 languages; over all of them its probabilities are diffuse on short texts
('Japan praised South Korea on Monday.' gets English at 0.35). We restrict it to the
languages news is commonly written in, which sharpens the decision (0.81 there); a text in
another language then comes out undecidable (or as its closest relative) and the user
passes --language.
"""
from __future__ import annotations

from functools import cache

from heron.document import HeronInputError

#: below this normalised probability the language is undecidable.
MIN_PROBABILITY = 0.5
MIN_LETTERS = 12
NEWS_LANGUAGES = ("en", "nl", "de", "fr", "es", "it", "pt", "ru", "uk", "pl", "cs", "sk", "ro", "hu",
                  "sv", "da", "no", "fi", "tr", "ar", "fa", "he", "zh", "ja", "ko", "id", "ms", "vi",
                  "th", "hi", "ur", "bn", "el", "bg", "sr", "hr", "ca", "sw", "af", "lt", "lv", "et")


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(NEWS_LANGUAGES))
    return identifier


def identify(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of the text's language; HeronInputError if undecidable."""
    sample = text[:5000]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        raise HeronInputError("too little text to decide its language")
    lang, prob = _identifier().classify(sample)
    if prob < MIN_PROBABILITY:
        raise HeronInputError(f"language undecidable (best guess {lang!r} at {prob:.2f}); pass --language")
    return lang, float(prob)
