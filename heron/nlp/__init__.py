"""Linguistic analysis: language identification, the shipped spaCy pipelines, lemmas.

    import heron.nlp
    nlp = heron.nlp.load("de")        # the trained pipeline, or the fallback (blank + simplemma)
    heron.nlp.installed()             # the shipped pipelines with their accuracy

heron.nlp.dependencies parses with them and reads the parse, for the trained models that use one.
"""
from heron.nlp.models import installed, load

__all__ = ["load", "installed"]
