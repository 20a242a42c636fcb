"""The words of a sentence as the event stages read them: numbered from 0, with their document
offsets, lemma and dependency, taken in one pass over the document's spaCy Doc.

Separate because the coder (every sentence) and story_country (the lead sentence) both need them and
this is the one place that reads the parse's tokens; the token cache it keeps in document.meta is the
events stage's, which coder.code clears when it is done.
"""
from __future__ import annotations

import bisect

from heron.document import Document
from heron.events.clauses import Word


def words(document: Document, sent, head_end: int = 0) -> list[Word]:
    """The sentence's words, numbered from 0, with their document offsets."""
    tokens = document.meta.get("_tokens")
    if tokens is None:   # one pass over the spaCy Doc per document, not one per sentence
        doc = document.analysis
        parsed = doc.has_annotation("DEP")   # heron.nlp.analysis.PARSE
        lemmas = doc.user_data.get("heron_lemmas") or [t.lemma_.lower() for t in doc]
        tokens = [(t.text, t.lower_, lemma, t.idx, t.dep_ if parsed else "", t.head.i if parsed else -1)
                  for t, lemma in zip(doc, lemmas)]
        document.meta["_tokens"] = tokens
        document.meta["_token_starts"] = [t[3] for t in tokens]
    starts = document.meta["_token_starts"]
    # the wire head is no part of the first sentence: 'PRAGUE, May 28 (Reuters) -' has no modal 'may',
    # 'KYIV, March 3' no march
    first = max(sent.start, head_end)
    lo, hi = bisect.bisect_left(starts, first), bisect.bisect_left(starts, sent.end)
    return [Word(k, text, lower, lemma, idx, idx + len(text), dep,
                 head - lo if lo <= head < hi else -1)
            for k, (text, lower, lemma, idx, dep, head) in enumerate(tokens[lo:hi])]
