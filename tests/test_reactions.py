"""Reactions to a named act (heron.events.reactions): a condemnation, welcome or criticism whose
object is a noun or pronoun for an earlier act is aimed at whoever did that act; for an
agreement, at its parties; never at the reacting party itself or at the last country named.
"""
import pytest

import heron


def _code(text: str, lang: str, min_confidence: float | None = None):
    return [(e.event_type, sorted({a["country"] for a in e.actor}), sorted({r["country"] for r in e.recipient}))
            for e in heron.code(text, publication_date="2025-05-12", language=lang, min_confidence=min_confidence)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Serbia and Kosovo signed a deal on electricity in Brussels. The United States welcomed the deal."),
    ("de", "Serbien und das Kosovo unterzeichneten in Brüssel ein Abkommen über Strom. Die USA begrüßten das Abkommen."),
    ("nl", "Servië en Kosovo ondertekenden in Brussel een akkoord over elektriciteit. "
           "De Verenigde Staten juichten de overeenkomst toe."),
    ("fr", "La Serbie et le Kosovo ont signé un accord sur l'électricité à Bruxelles. Les États-Unis ont salué l'accord."),
    ("es", "Serbia y Kosovo firmaron un acuerdo sobre electricidad en Bruselas. Estados Unidos celebró el acuerdo."),
])
def test_praise_of_a_signed_agreement_is_aimed_at_all_its_parties(lang, text):
    # the signing is SUPPORT too, but an act the praise answers, not another party's praise beside it
    assert ("SUPPORT", ["USA"], ["KOS", "SRB"]) in _code(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "Turkey launched air strikes on Kurdish positions in northern Syria. Iraq and Iran condemned them."),
    ("de", "Die Türkei hat Luftangriffe auf kurdische Stellungen in Nordsyrien geflogen. "
           "Der Irak und der Iran verurteilten sie scharf."),
    ("nl", "Turkije voerde luchtaanvallen uit op Koerdische posities in Noord-Syrië. Irak en Iran veroordeelden ze."),
    ("fr", "La Turquie a lancé des frappes aériennes contre des positions kurdes en Syrie. "
           "L'Irak et l'Iran les ont condamnées lundi."),
    ("es", "Turquía lanzó ataques aéreos contra posiciones kurdas en el norte de Siria. "
           "Irak e Irán los han condenado en un comunicado."),
])
def test_a_reaction_to_a_pronoun_for_an_earlier_act_is_aimed_at_its_doer(lang, text):
    # 'condemned them', 'las condenaron': the pronoun stands for the attacks; several reacting states
    assert ("ACCUSE", ["IRN", "IRQ"], ["TUR"]) in _code(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "L'Arabie saoudite et l'Iran ont conclu un accord à Pékin. Le ministre chinois a rencontré l'ambassadeur "
           "iranien. Le secrétaire général de l'ONU s'est félicité de l'accord."),
    ("es", "Arabia Saudí e Irán alcanzaron un acuerdo en Pekín. El ministro chino se reunió con el embajador iraní. "
           "El secretario general de la ONU se felicitó por el acuerdo."),
])
def test_a_pronominal_verb_reacts_to_its_prepositional_object(lang, text):
    # 's'est félicité de l'accord': the agreement and its parties, not the meeting told last
    events = _code(text, lang)
    assert ("SUPPORT", ["UNO"], ["IRN", "SAU"]) in events
    assert ("SUPPORT", ["UNO"], ["CHN"]) not in events


@pytest.mark.parametrize("lang,text", [
    ("en", "A Polish court refused to extradite the suspect to Germany. His lawyer praised the ruling. "
           "Berlin did not say whether it would renew its request. Moscow denounced a \"scandalous\" decision."),
    ("de", "Ein polnisches Gericht lehnte die Auslieferung des Verdächtigen an Deutschland ab. Sein Anwalt lobte "
           "das Urteil. Berlin sagte nicht, ob es seinen Antrag erneuern würde. "
           "Moskau kritisierte eine „skandalöse“ Entscheidung."),
    ("nl", "Een Poolse rechtbank weigerde de verdachte uit te leveren aan Duitsland. Zijn advocaat prees de "
           "uitspraak. Berlijn zei niet of het zijn verzoek zou herhalen. Moskou hekelde een \"schandalige\" beslissing."),
    ("fr", "Un tribunal polonais a refusé d'extrader le suspect vers l'Allemagne. Son avocat a salué le jugement. "
           "Berlin n'a pas dit s'il renouvellerait sa demande. Moscou a dénoncé une décision « scandaleuse »."),
    ("es", "Un tribunal polaco rechazó extraditar al sospechoso a Alemania. Su abogado elogió el fallo. "
           "Berlín no dijo si renovaría su petición. Moscú denunció una decisión \"escandalosa\"."),
])
def test_a_judged_act_answers_the_act_not_a_request_told_only_as_possible(lang, text):
    # 'une décision « scandaleuse »': the court's refusal, named and judged; the request Berlin
    # might renew was not made, and the praise before is words about the act, not the act (the rules' answer,
    # every event kept: the confidence model rates the one-sentence reaction of this made-up story low)
    events = _code(text, lang, 0.0)
    assert ("ACCUSE", ["RUS"], ["POL"]) in events
    assert ("ACCUSE", ["RUS"], ["DEU"]) not in events
