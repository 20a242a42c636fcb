"""Which trigger candidates of one sentence are one event (heron/events/grouping.py): two acts of one type
joined by 'and', each with its own object, are two events; two verbs sharing one object, or an attack and
its toll, are one."""
import pytest

import heron


def _code(text: str, lang: str):
    return [(e.event_type, sorted({a["country"] for a in e.actor}), sorted({r["country"] for r in e.recipient}))
            for e in heron.code(text, publication_date="2024-05-12", language=lang)]


@pytest.mark.parametrize("lang,text,expected", [
    # the first verb's object is a word of its pattern ('expel diplomat')
    ("en", "Russia expelled two Polish diplomats and closed the consulate in Gdansk.",
     ("SANCTION", ["RUS"], ["POL"])),
    # the second verb's object is inside its pattern, before the separated particle
    ("de", "Algerien rief seinen Botschafter aus Madrid zurück und setzte den Handel mit Spanien aus.",
     ("SANCTION", ["DZA"], ["ESP"])),
    # verb-final conjuncts: each object before its verb
    ("de", "Paraguay hat seinen Botschafter aus Brasilien abberufen und die Verhandlungen über Itaipú auf Eis "
           "gelegt.", ("SANCTION", ["PRY"], ["BRA"])),
    ("nl", "Paraguay heeft de ambassadeur uit Brazilië teruggeroepen en de handelsbetrekkingen opgeschort.",
     ("SANCTION", ["PRY"], ["BRA"])),
    ("nl", "China heeft de invoer van Litouws rundvlees stopgezet en zijn ambassadeur uit Vilnius teruggeroepen.",
     ("SANCTION", ["CHN"], ["LTU"])),
    # a measure named by a noun, the object of the first verb
    ("de", "Iran verhängte eine nächtliche Ausgangssperre über mehrere Städte und sperrte den Zugang zu Instagram.",
     ("COERCE", ["IRN"], ["IRN"])),
    ("nl", "Iran stelde een avondklok in en blokkeerde de toegang tot Instagram.", ("COERCE", ["IRN"], ["IRN"])),
    ("fr", "L'Iran a imposé un couvre-feu dans la capitale et bloqué l'accès aux réseaux sociaux.",
     ("COERCE", ["IRN"], ["IRN"])),
    ("es", "Irán impuso un toque de queda en la capital y bloqueó el acceso a las redes sociales.",
     ("COERCE", ["IRN"], ["IRN"])),
    ("es", "Rusia expulsó a dos diplomáticos polacos y cerró el consulado en Gdansk.", ("SANCTION", ["RUS"], ["POL"])),
])
def test_two_coordinated_acts_of_one_type_with_their_own_objects_are_two_events(lang, text, expected):
    coded = _code(text, lang)
    assert len(coded) == 2 and coded.count(expected) == 2, coded


@pytest.mark.parametrize("lang,text", [
    ("en", "Police arrested and detained the mayor of Istanbul."),
    ("de", "Die Polizei hat den Bürgermeister von Istanbul festgenommen und inhaftiert."),
    ("nl", "De politie heeft de burgemeester van Istanbul gearresteerd en vastgezet."),
    ("fr", "La police a arrêté et placé en détention le maire d'Istanbul."),
    ("es", "La policía detuvo y encarceló al alcalde de Estambul."),
    # the killing is the attack's toll, not a second attack
    ("en", "Rebels attacked the village and killed 20 people."),
    ("de", "Rebellen überfielen das Dorf und töteten 20 Menschen."),
    ("nl", "Rebellen vielen het dorp aan en doodden twintig mensen."),
    ("fr", "Des rebelles ont attaqué le village et tué 20 personnes."),
    ("es", "Los rebeldes atacaron la aldea y mataron a 20 personas."),
])
def test_two_verbs_of_one_act_are_one_event(lang, text):
    assert len(_code(text, lang)) == 1, _code(text, lang)
