"""Linguistic analysis: language identification, the shipped spaCy pipelines, lemmas.

    import heron.nlp
    nlp = heron.nlp.load("de")        # the trained pipeline, or the fallback (blank + simplemma)
    heron.nlp.installed()             # the shipped pipelines with their accuracy
"""
from heron.nlp.models import installed, load

__all__ = ["load", "installed"]
