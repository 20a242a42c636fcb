"""Convert CoNLL-U treebanks and CoNLL-2002/2003 NER files into spaCy DocBins.

Our own converter (rather than ``spacy convert``) so that we control the
normalisations documented in training/pipelines/README.md:

* multiword-token range lines (``1-2``) and empty nodes (``1.1``) are skipped;
  spaCy is trained on the syntactic words;
* ``SpaceAfter=No`` in MISC is respected, so the docs' text is the real text;
* lemma normalisation per language (Dutch: the compound separators of the
  current Alpino/LassySmall lemmas are removed, ``klooster_orde`` ->
  ``kloosterorde``, so lemmas agree with the v2.0 LassySmall train);
* relation renames for older annotation (Dutch v2.0: ``flat:name`` -> ``flat``);
* NER IOB tags are mapped to PER/ORG/LOC/MISC.
"""
from __future__ import annotations

import random
from pathlib import Path
from typing import Callable, Iterable, Iterator

from spacy.tokens import Doc, DocBin
from spacy.training import iob_to_biluo, biluo_tags_to_spans
from spacy.vocab import Vocab

Sentence = list[list[str]]  # rows of 10 CoNLL-U columns


def read_conllu(path: str | Path, merge_mwt: bool = False) -> Iterator[Sentence]:
    if merge_mwt:
        yield from _read_conllu_surface(path)
        return
    rows: Sentence = []
    pending_mwt = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    yield rows
                rows = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                continue
            if "." in cols[0]:
                continue  # empty node
            if "-" in cols[0]:
                # multiword-token range: its words are written without spaces between them,
                # the last one takes the range's SpaceAfter
                a, b = cols[0].split("-")
                mwt_end, mwt_misc = int(b), cols[9]
                pending_mwt = (int(a), mwt_end, mwt_misc)
                continue
            if pending_mwt is not None and pending_mwt[0] <= int(cols[0]) <= pending_mwt[1]:
                cols = list(cols)
                nospace = "SpaceAfter=No" in pending_mwt[2].split("|")
                if int(cols[0]) < pending_mwt[1] or nospace:
                    cols[9] = "SpaceAfter=No"
                else:
                    cols[9] = "_"
            rows.append(cols)
    if rows:
        yield rows


def _read_conllu_surface(path: str | Path) -> Iterator[Sentence]:
    """Sentences with each multiword token merged into one surface token (fr ``du`` = de + le,
    es ``del``, de ``zum``). spaCy's tokenizers for these languages do not split such words, so a
    pipeline trained on syntactic words would never see ``du`` in running text. The merged token
    takes the annotation of its syntactic head word (the word whose head lies outside the range;
    ``du`` -> ADP ``de``, ``dárselo`` -> VERB ``dar``); dependents of the other words go to it."""
    words: list[list[str]] = []
    ranges: list[tuple[int, int, str, str]] = []

    def flush() -> Sentence:
        ids = {int(w[0]): w for w in words}
        new_id: dict[int, int] = {}
        keep: dict[int, list[str]] = {}
        for a, b, form, misc in ranges:
            inside = [i for i in range(a, b + 1) if i in ids]
            if not inside:
                continue
            head_words = [i for i in inside if not (a <= int(ids[i][6]) <= b)]
            kept = head_words[0] if head_words else inside[0]
            row = list(ids[kept])
            row[1], row[9] = form, misc
            keep[kept] = row
            for i in inside:
                new_id[i] = kept
        out: Sentence = []
        renum: dict[int, int] = {}
        for w in words:
            i = int(w[0])
            if new_id.get(i, i) != i:
                continue
            renum[i] = len(out) + 1
            out.append(keep.get(i, list(w)))
        for row in out:
            h = int(row[6])
            row[6] = str(renum[new_id.get(h, h)]) if h > 0 else "0"
            row[0] = str(renum[int(row[0])])
        return out

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if words:
                    yield flush()
                words, ranges = [], []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 10 or "." in cols[0]:
                continue
            if "-" in cols[0]:
                a, b = cols[0].split("-")
                ranges.append((int(a), int(b), cols[1], cols[9]))
                continue
            words.append(cols)
    if words:
        yield flush()


def _identity(x: str) -> str:
    return x


def strip_compound_marks(lemma: str) -> str:
    """Alpino marks compound/particle boundaries with '_' in lemmas."""
    if len(lemma) > 1 and "_" in lemma:
        return lemma.replace("_", "")
    return lemma


def conllu_to_docs(
    path: str | Path,
    vocab: Vocab,
    n_sents: int = 10,
    lemma_fn: Callable[[str], str] = _identity,
    dep_map: dict[str, str] | None = None,
    keep: Callable[[int], bool] | None = None,
    fix_v1: bool = False,
    merge_mwt: bool = False,
) -> Iterator[Doc]:
    """Yield docs of ``n_sents`` sentences each. ``keep(i)`` filters sentences by index;
    ``fix_v1`` converts UD v1-style cc and punctuation attachment (fix_cc_v2, fix_punct_v2)."""
    dep_map = dep_map or {}
    buf: list[Sentence] = []

    def flush() -> Doc:
        words, spaces, pos, tags, morphs, lemmas, heads, deps, starts = ([] for _ in range(9))
        offset = 0
        for sent in buf:
            for i, c in enumerate(sent):
                words.append(c[1])
                misc = c[9]
                spaces.append("SpaceAfter=No" not in misc.split("|"))
                pos.append(c[3] if c[3] != "_" else "X")
                tags.append(c[4] if c[4] != "_" else "")
                morphs.append(c[5] if c[5] != "_" else "")
                lemmas.append(lemma_fn(c[2]) if c[2] != "_" or c[1] == "_" else c[1])
                h = int(c[6])
                heads.append(offset + h - 1 if h > 0 else offset + i)
                d = c[7] if c[7] != "_" else "dep"
                deps.append(dep_map.get(d, d))
                starts.append(i == 0)
            offset += len(sent)
        return Doc(
            vocab, words=words, spaces=spaces, pos=pos, tags=tags, morphs=morphs,
            lemmas=lemmas, heads=heads, deps=deps, sent_starts=starts,
        )

    for i, sent in enumerate(read_conllu(path, merge_mwt=merge_mwt)):
        if keep is not None and not keep(i):
            continue
        if fix_v1:
            sent = fix_punct_v2(fix_cc_v2([list(c) for c in sent]))
        buf.append(sent)
        if len(buf) >= n_sents:
            yield flush()
            buf = []
    if buf:
        yield flush()


NER_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


def read_conll_ner(path: str | Path) -> Iterator[list[tuple[str, str]]]:
    """Yield documents (lists of sentences of (word, iob)) split at -DOCSTART-."""
    doc: list = []
    sent: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                if sent:
                    doc.append(sent)
                sent = []
                continue
            parts = line.split(" ")
            if parts[0] == "-DOCSTART-":
                if sent:
                    doc.append(sent)
                    sent = []
                if doc:
                    yield doc
                doc = []
                continue
            word, tag = parts[0], parts[-1]
            if tag != "O":
                prefix, label = tag.split("-", 1)
                tag = f"{prefix}-{NER_MAP.get(label, 'MISC')}"
            sent.append((word, tag))
    if sent:
        doc.append(sent)
    if doc:
        yield doc


GERMEVAL_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC",
                # derivations ("deutsche") are MISC in CoNLL; parts ("Deutschlandreise") are not names
                "PERderiv": "MISC", "ORGderiv": "MISC", "LOCderiv": "MISC", "OTHderiv": "MISC"}


def _tsv_articles(path: str | Path, token_tag, per_article: int) -> Iterator[list[list[tuple[str, str]]]]:
    """Blank-line separated sentences of tab-separated rows, ``token_tag(cols) -> (word, iob)``,
    grouped ``per_article`` sentences per pseudo-article; ``#`` lines are comments."""
    art: list = []
    sent: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if sent:
                    art.append(sent)
                    if len(art) >= per_article:
                        yield art
                        art = []
                sent = []
                continue
            sent.append(token_tag(line.split("\t")))
    if sent:
        art.append(sent)
    if art:
        yield art


def _germeval_row(cols: list[str]) -> tuple[str, str]:
    tag = cols[2]
    if tag != "O":
        prefix, label = tag.split("-", 1)
        label = GERMEVAL_MAP.get(label)
        tag = f"{prefix}-{label}" if label else "O"
    return cols[1], tag


def _last_column_row(cols: list[str]) -> tuple[str, str]:
    tag = cols[-1]
    if tag != "O":
        prefix, label = tag.split("-", 1)
        tag = f"{prefix}-{NER_MAP.get(label, 'MISC')}"
    return cols[0], tag


def read_germeval(path: str | Path, per_article: int = 10) -> Iterator[list[list[tuple[str, str]]]]:
    """GermEval 2014 (``n<TAB>token<TAB>outer<TAB>inner``, ``#`` source lines): outer level only,
    mapped to CoNLL labels; sentences are independent, grouped ``per_article`` per pseudo-article."""
    return _tsv_articles(path, _germeval_row, per_article)


def read_tsv_ner(path: str | Path, per_article: int = 10) -> Iterator[list[list[tuple[str, str]]]]:
    """Tab-separated NER with the token first and the IOB tag last (German Europarl NER)."""
    return _tsv_articles(path, _last_column_row, per_article)


def _fix_iob(tags: list[str]) -> list[str]:
    """Make IOB1/IOB2 consistent IOB2 (an I- after O or another label starts an entity)."""
    out = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def ner_docs(ner_doc_iter: Iterable[list[list[tuple[str, str]]]], vocab: Vocab,
             n_sents: int = 10) -> Iterator[Doc]:
    for article in ner_doc_iter:
        for k in range(0, len(article), n_sents):
            chunk = article[k:k + n_sents]
            words, tags, starts = [], [], []
            for sent in chunk:
                for i, (w, t) in enumerate(sent):
                    words.append(w)
                    tags.append(t)
                    starts.append(i == 0)
            doc = Doc(vocab, words=words, sent_starts=starts)
            # tags per sentence so entities never cross sentence boundaries
            fixed: list[str] = []
            for sent in chunk:
                fixed.extend(_fix_iob([t for _, t in sent]))
            doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(fixed))
            yield doc


def write_docbin(docs: Iterable[Doc], out: Path) -> tuple[int, int]:
    db = DocBin(store_user_data=False)
    n_docs = n_words = 0
    for d in docs:
        db.add(d)
        n_docs += 1
        n_words += len(d)
    out.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(out)
    return n_docs, n_words


def split_ner_articles(path: str | Path, dev_every: int = 10):
    """Split CoNLL NER train into (train, dev) by article: every ``dev_every``-th article is dev."""
    arts = list(read_conll_ner(path))
    train = [a for i, a in enumerate(arts) if i % dev_every != dev_every - 1]
    dev = [a for i, a in enumerate(arts) if i % dev_every == dev_every - 1]
    return train, dev


def shuffle(seq: list, seed: int = 0) -> list:
    seq = list(seq)
    random.Random(seed).shuffle(seq)
    return seq


def read_wikiann(path: str | Path) -> Iterator[list[tuple[str, str]]]:
    """WikiANN (Rahimi et al. splits): ``lang:token<TAB>IOB2`` lines, blank line between sentences."""
    sent: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if sent:
                    yield sent
                sent = []
                continue
            tok, tag = line.split("\t")
            sent.append((tok.split(":", 1)[1], tag))
    if sent:
        yield sent


def silver_ner_docs(sents: Iterable[list[tuple[str, str]]], vocab: Vocab, n_sents: int = 10,
                    min_len: int = 6, limit: int | None = None, seed: int = 0) -> Iterator[Doc]:
    """Silver PER/ORG/LOC data without MISC: an O on a capitalised token is set to *missing*
    (it may be a MISC entity in CoNLL terms), so the model is not taught that it is outside."""
    sents = [s for s in sents if len(s) >= min_len]
    sents = shuffle(sents, seed)[:limit] if limit else sents
    for k in range(0, len(sents), n_sents):
        chunk = sents[k:k + n_sents]
        words, starts, tags = [], [], []
        for sent in chunk:
            fixed = _fix_iob([t for _, t in sent])
            for i, ((w, _), t) in enumerate(zip(sent, fixed)):
                words.append(w)
                starts.append(i == 0)
                tags.append(t)
        doc = Doc(vocab, words=words, sent_starts=starts)
        spans = biluo_tags_to_spans(doc, iob_to_biluo(tags))
        missing = [doc[i:i + 1] for i, (w, t) in enumerate(zip(words, tags)) if t == "O" and w[:1].isupper()]
        doc.set_ents(spans, missing=missing, default="outside")
        yield doc


# ---------------------------------------------------------------------------
# 2017 Dutch annotation (UD v2.0 LassySmall, 2017 Alpino partial train) attaches coordinating
# conjunctions to the FIRST conjunct and nearly all punctuation to the root (UD v1 style); the
# current treebanks attach cc to the following conjunct and punctuation to a neighbouring
# phrase (UD v2). These two functions convert the old sentences to the current convention.
# ---------------------------------------------------------------------------
def _heads(sent: Sentence) -> list[int]:
    return [0] + [int(c[6]) for c in sent]            # 1-based: heads[i] for token i


def _depth(heads: list[int], i: int) -> int:
    d = 0
    while i != 0 and d < 1000:
        i = heads[i]
        d += 1
    return d


def _is_ancestor(heads: list[int], a: int, b: int) -> bool:
    """a is an ancestor of b"""
    seen = 0
    while b != 0 and seen < 1000:
        b = heads[b]
        if b == a:
            return True
        seen += 1
    return False


def _is_tree(sent: Sentence) -> bool:
    heads = _heads(sent)
    for i in range(1, len(heads)):
        j, steps = i, 0
        while j != 0:
            j = heads[j]
            steps += 1
            if steps > len(heads) or not 0 <= j < len(heads):
                return False
    return True


def fix_cc_v2(sent: Sentence) -> Sentence:
    heads = _heads(sent)
    rels = [""] + [c[7] for c in sent]
    for i in range(1, len(heads)):
        if rels[i] != "cc" or heads[i] >= i:
            continue
        h = heads[i]
        conjs = [j for j in range(i + 1, len(heads)) if heads[j] == h and rels[j].startswith("conj")]
        if conjs:
            sent[i - 1] = list(sent[i - 1])
            sent[i - 1][6] = str(min(conjs))
    return sent


def fix_punct_v2(sent: Sentence) -> Sentence:
    """Attach non-final punctuation like Udapi's ud.FixPunct (simplified): climb from the nearest
    non-punctuation neighbours as long as their parents stay on the same side, then take the
    lower candidate (neither dominating the other: the left one)."""
    n = len(sent)
    if not _is_tree(sent):
        return sent                                    # e.g. a self-loop in the 2017 data
    is_p = [False] + [c[3] == "PUNCT" for c in sent]
    for i in range(1, n + 1):
        if not is_p[i] or sent[i - 1][7] != "punct":
            continue
        if sent[i - 1][6] == "0":
            continue
        heads = _heads(sent)
        if i == n or all(is_p[k] for k in range(i, n + 1)):
            continue                                   # sentence-final punctuation: keep (root)
        l = i - 1
        while l > 0 and is_p[l]:
            l -= 1
        r = i + 1
        while r <= n and is_p[r]:
            r += 1
        lc = rc = None
        if l > 0:
            lc = l
            while heads[lc] != 0 and heads[lc] < i:
                lc = heads[lc]
        if r <= n:
            rc = r
            while heads[rc] != 0 and heads[rc] > i:
                rc = heads[rc]
        if lc is None and rc is None:
            continue
        if lc is None:
            cand = rc
        elif rc is None:
            cand = lc
        elif _is_ancestor(heads, rc, lc):             # the lower candidate wins (as in Udapi)
            cand = lc
        elif _is_ancestor(heads, lc, rc):
            cand = rc
        else:
            cand = lc
        if cand == i or _is_ancestor(heads, i, cand):
            continue                                   # would create a cycle
        sent[i - 1] = list(sent[i - 1])
        sent[i - 1][6] = str(cand)
    return sent
