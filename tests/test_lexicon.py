"""The trigger lexicon's word classes: a pattern's @class token stands for every member of the
class in heron/lang/<lang>/word_classes.tsv."""
import pytest

from heron.events import lexicon

LANGUAGES = ("nl", "en", "de", "fr", "es")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_class_token_is_expanded(lang):
    lex = lexicon.load(lang)
    triggers = [t for ts in lex.exact.values() for t in ts] + [t for _, t in lex.suffixes + lex.prefixes]
    assert not [t.pattern for t in triggers if any(tok.lstrip("=").startswith("@") for tok in t.tokens)]


def test_a_class_token_becomes_one_row_per_member():
    row = {"pattern": "send =@troops", "type": "MOBILIZE"}
    rows = lexicon._expand(row, {"troops": ("soldier", "~marines")}, "en")
    assert [r["pattern"] for r in rows] == ["send =soldier", "send =~marines"]
    assert all(r["type"] == "MOBILIZE" for r in rows)


def test_a_class_token_keeps_its_particle_mark():
    rows = lexicon._expand({"pattern": "@moves @back+", "type": "RETREAT"},
                           {"moves": ("ziehen",), "back": ("zurück", "ab+")}, "de")
    assert [r["pattern"] for r in rows] == ["ziehen zurück+", "ziehen ab+"]


def test_an_unknown_class_fails_loudly():
    with pytest.raises(ValueError, match="unknown word class"):
        lexicon._expand({"pattern": "send @troop", "type": "MOBILIZE"}, {"troops": ("soldier",)}, "en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_cue_list_is_named_twice(lang):
    # json.loads keeps the last of two equal keys: a second list of the same name (two branches
    # adding 'object_pronouns') silently replaces the first
    import json
    from pathlib import Path

    def unique(pairs):
        keys = [k for k, _ in pairs]
        assert len(keys) == len(set(keys)), sorted(k for k in set(keys) if keys.count(k) > 1)
        return dict(pairs)

    folder = Path(lexicon.__file__).parents[1] / "lang" / lang
    for path in folder.glob("*.json"):
        json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=unique)


def test_a_dutch_particle_verb_also_reads_split():
    # 'afkeuren' is written once; 'keurde het besluit af' is the same verb with its particle closing
    # the clause (grammar.json separable_particles), generated when the lexicon loads
    rows = lexicon._split_particle_verbs([{"pattern": "afkeuren", "type": "ACCUSE"},
                                          {"pattern": "sanctie opleggen", "type": "SANCTION"},
                                          {"pattern": "afzien =van ~eis", "type": "CONCEDE"}],
                                         {"separable_particles": ["af", "op"]})
    assert [r["pattern"] for r in rows[3:]] == ["keuren af+", "sanctie leggen op+"]
    lex = lexicon.load("nl")
    assert any(t.pattern == "keuren af+" and t.event_type == "ACCUSE" for t in lex.exact["keuren"])


def test_a_split_form_written_by_hand_is_not_doubled():
    rows = lexicon._split_particle_verbs([{"pattern": "afwijzen", "type": "REJECT"},
                                          {"pattern": "wijzen af", "type": "REJECT"}],
                                         {"separable_particles": ["af"]})
    assert len(rows) == 2
