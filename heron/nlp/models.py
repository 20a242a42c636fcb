"""Loading the per-language spaCy pipelines (trained by training/pipelines, shipped in the package).

A shipped pipeline lives in ``heron/nlp/pipelines/<lang>/``:

* ``config.cfg``   the spaCy config the pipeline is rebuilt from;
* ``pipeline.bin`` the weights, vocabulary and tokenizer (``nlp.to_bytes()``; a single file so that
  the setuptools package-data globs include it);
* ``meta.json``    spaCy meta plus ``heron_accuracy`` (held-out scores) and ``heron_speed_wps``;
* ``MODEL_CARD.md`` training data, licences, accuracy, speed.

A standard ``nlp.to_disk`` directory is accepted too (anything ``spacy.load`` can read).

Languages without a trained pipeline get a language-independent fallback: spaCy's blank
tokenizer for the language (``xx`` if spaCy has no such language), a punctuation sentencizer,
and lemmas from simplemma (the ``heron_simplemma`` component). `load` caches one pipeline per
language.
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

PIPELINES_DIR = Path(__file__).parent / "pipelines"

__all__ = ["load", "installed", "pipeline_path", "PIPELINES_DIR"]


def pipeline_path(lang: str) -> Path | None:
    """The directory of the shipped pipeline for ``lang``, or None."""
    path = PIPELINES_DIR / lang
    if (path / "config.cfg").exists() and ((path / "pipeline.bin").exists() or (path / "meta.json").exists()):
        return path
    return None


def _load_shipped(path: Path) -> Language:
    if not (path / "pipeline.bin").exists():
        return spacy.load(path)                     # a plain nlp.to_disk() directory
    config = spacy.util.load_config(path / "config.cfg", interpolate=False)
    nlp = spacy.util.load_model_from_config(config, auto_fill=False, validate=False)
    nlp.from_bytes((path / "pipeline.bin").read_bytes())
    return nlp


class _SimplemmaLemmatizer:
    """Sets ``token.lemma_`` from simplemma (language-independent fallback lemmatiser)."""

    def __init__(self, lang: str):
        self.lang = lang
        self._cache: dict[str, str] = {}

    def _lemma(self, word: str) -> str:
        lem = self._cache.get(word)
        if lem is None:
            try:
                import simplemma
                lem = simplemma.lemmatize(word, lang=self.lang)
            except (ValueError, KeyError):          # a language simplemma does not know
                lem = word
            lem = lem.replace("_", "") or word
            if len(self._cache) < 200_000:
                self._cache[word] = lem
        return lem

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            token.lemma_ = self._lemma(token.text)
        return doc


@Language.factory("heron_simplemma", default_config={"lang": None})
def _make_simplemma(nlp: Language, name: str, lang: str | None):
    return _SimplemmaLemmatizer(lang or nlp.lang)


def _fallback(lang: str) -> Language:
    try:
        nlp = spacy.blank(lang)
    except ImportError:
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("heron_simplemma", config={"lang": lang})
    nlp.meta["heron_fallback"] = True
    nlp.meta["lang"] = lang
    return nlp


@cache
def load(lang: str) -> Language:
    """The pipeline for ``lang`` (ISO 639-1): the shipped trained one, else the fallback. Cached."""
    path = pipeline_path(lang)
    if path is not None:
        return _load_shipped(path)
    return _fallback(lang)


def installed() -> list[dict]:
    """One dict per shipped pipeline: language, path, name, version, components, accuracy, speed."""
    out = []
    if not PIPELINES_DIR.exists():
        return out
    for path in sorted(PIPELINES_DIR.iterdir()):
        if pipeline_path(path.name) is None:
            continue
        meta = {}
        if (path / "meta.json").exists():
            meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        out.append({
            "language": path.name,
            "path": str(path),
            "name": meta.get("name"),
            "version": meta.get("version"),
            "components": meta.get("pipeline", []),
            "accuracy": meta.get("heron_accuracy", {}),
            "speed_wps": meta.get("heron_speed_wps"),
            "model_card": str(path / "MODEL_CARD.md") if (path / "MODEL_CARD.md").exists() else None,
        })
    return out
