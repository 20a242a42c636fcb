"""Language identification with py3langid (small, fast, 97 languages)."""
from __future__ import annotations

from functools import cache

from heron.document import HeronInputError

#: below this normalised probability the language is undecidable.
MIN_PROBABILITY = 0.5
MIN_LETTERS = 12


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of the text's language; HeronInputError if undecidable."""
    sample = text[:5000]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        raise HeronInputError("too little text to decide its language")
    lang, prob = _identifier().classify(sample)
    if prob < MIN_PROBABILITY:
        raise HeronInputError(f"language undecidable (best guess {lang!r} at {prob:.2f}); pass --language")
    return lang, float(prob)
