"""MUC-4 style human and physical targets (h-muctgt), as the MUC-4 adapter fills HUM TGT and PHYS TGT from the
incidents that would be templates.

- "the blast wounded the leg of Rosa Quispe", "wounded Rosa Quispe's arm": the person whose body part the act hit
  (``victims_<lang>.OWNED_BODY_PARTS``, after "of" or before "'s") is a person hit, named by the name alone; not
  after a word that names an office too ("the head of ...").
- "DESTROYED A SECTION OF THE MULTIPURPOSE PIPELINE ... THE PIPELINE": a target named again in fewer words with the
  same noun is one target; not after a word that makes it another thing ("OTHER BANKS",
  ``targets_<lang>.OTHER_WORDS``).
- "damaging the buildings", « endommageant les bâtiments »: the plural generic building word names again what was
  hit (``targets_<lang>.BUILDING_ANAPHORS``).
- "a home-made bomb": the first part of a hyphenated word is no target noun; "HIGH-TENSION POWER POLES": a
  hyphenated modifier is one word of the mention.
- "the attacks carried out against the Federation of Teachers and against the Committee of Relatives": every
  organisation an attack noun (or the participle carrying it out) was aimed at.
- "KNOCKED DOWN 46 TOWERS", "toppled two pylons", « ont abattu deux pylônes »: verbs of damage.
- "THE MACHINERY WAS NOT DAMAGED", « n'ont pas été endommagés »: a negated verb of damage hits nothing.
- "using a stolen pickup, the gunmen hurled grenades", « utilisant une camionnette »: the object of a verb of use
  (``targets_<lang>.USE_VERBS``) is what the doers did it with.

Rows written for this file, in the style of the 1980s wires (upper case) and of today's news, EN and FR, with
invented names and places.
"""

import datetime as dt

import pytest
from extracting import incidents

from bilan.evaluate.muc4 import in_scope, muc_type, pred_slots

PUBLISHED = dt.date(1989, 8, 17)


def _fills(text: str, lang: str, slot: str) -> list[str]:
    """The mentions of ``slot`` over the incidents of ``text`` that would be MUC-4 templates."""
    out = []
    for inc in incidents(text, lang, PUBLISHED):
        if muc_type(inc) and in_scope(inc, PUBLISHED, text):
            out += [m for _, m in pred_slots(inc)[slot]]
    return out


def _has(fills: list[str], want: str) -> bool:
    return any(want.lower() in f.lower() for f in fills)


FR_BODY_PART = pytest.mark.xfail(strict=True, reason="the French parse hangs the surname on « bras » as an apposition, "
                                                     "so the name after « de » is one word")


@pytest.mark.parametrize("text,lang,want,not_want", [
    ("A bomb went off outside the town hall of Villa Rosales on Monday, and the blast wounded the leg of "
     "Rosa Quispe Loayza.", "en", "Rosa Quispe Loayza", None),
    ("A BOMB WENT OFF OUTSIDE THE TOWN HALL OF VILLA ROSALES ON MONDAY. THE EXPLOSION WOUNDED THE ARM OF "
     "MARIA ELENA SOTO, DAMAGED THE DOORS OF THE OFFICES, AND BROKE THE WINDOWS.", "en", "MARIA ELENA SOTO", None),
    ("A bomb went off outside the town hall of Villa Rosales on Monday. The blast wounded Rosa Quispe Loayza's arm.",
     "en", "Rosa Quispe Loayza", None),
    ("A bomb went off at the town hall of Villa Rosales on Monday. The blast wounded the arm of a street vendor, "
     "Rosa Quispe.", "en", "street vendor", None),
    # guards: a word that names an office too; a thing's owner
    ("A bomb went off at the town hall of Villa Rosales on Monday. The blast wounded the head of Andes Mining "
     "Company.", "en", None, "Andes Mining"),
    ("A BOMB WENT OFF AT THE TOWN HALL OF VILLA ROSALES ON MONDAY AND DAMAGED THE DOORS OF BANCO ANDINO.", "en",
     None, "BANCO ANDINO"),
    pytest.param("Une bombe a explosé devant la mairie de Villa Rosales lundi. L'explosion a blessé le bras de "
                 "Rosa Quispe Loayza.", "fr", "Rosa Quispe Loayza", None, marks=FR_BODY_PART),
])
def test_whose_body_part_was_hit_is_a_human_target(text, lang, want, not_want):
    got = _fills(text, lang, "hum_target")
    if want:
        assert _has(got, want), got
    if not_want:
        assert not _has(got, not_want), got


@pytest.mark.parametrize("text,lang,want,not_want", [
    # a target named again in fewer words
    ("BOGOTA, 9 OCT 89 -- REBELS OF THE POPULAR FRONT DYNAMITED A SECTION OF THE MULTIPURPOSE PIPELINE NEAR SAN "
     "TELMO TODAY. THE BLAST ALSO DAMAGED THE PIPELINE NEAR PUERTO ALEGRE.", "en",
     ["MULTIPURPOSE PIPELINE"], ["PIPELINE$"]),
    ("Two bombs planted in two government vehicles exploded in Santa Elvira on Friday. The rebels claimed "
     "responsibility for the destruction of the two vehicles.", "en", ["government vehicles"], ["vehicles$"]),
    # guards: another thing of the same noun; an indefinite mention, maybe more of them
    ("THE GUERRILLAS DESTROYED 12 ELECTRIC POLES AND 2 POWER PYLONS NEAR SAN TELMO. THE POWER LINE WAS OUT OF "
     "SERVICE BECAUSE A NUMBER OF PYLONS WERE DESTROYED.", "en", ["POWER PYLONS", "PYLONS$"], []),
    ("A bomb exploded at the door of the Banco Andino in Villa Rosales, and the blast damaged nearby banks. "
     "Other banks and shops were damaged by a second bomb.", "en", ["nearby banks", "banks$"], []),
    # the plural generic building word
    ("Guerrillas attacked two hotels in Nueva Tola on Sunday, damaging the buildings and injuring a girl.", "en",
     ["hotels"], ["buildings"]),
    ("Des guérilleros ont attaqué deux hôtels à Nueva Tola dimanche, endommageant les bâtiments.", "fr",
     ["hôtels"], ["bâtiments"]),
    # a hyphenated word
    ("Rebels hurled a home-made bomb at the town hall of Santa Elvira on Sunday night.", "en",
     ["town hall"], ["home"]),
    ("THE ATTACKERS HURLED A HOME-MADE BOMB AT THE MAYOR'S OFFICE IN SANTA ELVIRA.", "en", ["OFFICE"], ["HOME"]),
    ("A BOMB EXPLODED IN A DANCE HALL IN SAN TELMO LAST NIGHT. THE POLICE HAVE ATTRIBUTED THE ATTACK TO "
     "TERRORISTS WHO USED A HOME-MADE BOMB.", "en", ["DANCE HALL"], ["HOME"]),
    # a negated verb of damage
    ("Rebels set fire to a warehouse in Nueva Tola on Sunday. The tractors and the machinery were not damaged.",
     "en", ["warehouse"], ["machinery", "tractors"]),
    ("Des rebelles ont incendié un entrepôt à Nueva Tola dimanche. Les tracteurs n'ont pas été endommagés.",
     "fr", ["entrepôt"], ["tracteurs"]),
    # guard: damage told without a negation
    ("Rebels set fire to a warehouse in Nueva Tola on Sunday. The tractors and the machinery were damaged.",
     "en", ["warehouse", "machinery"], []),
    # a verb of bringing down
    ("REGARDING DAMAGE TO THE ELECTRICITY SYSTEM, THE REBELS KNOCKED DOWN 30 TOWERS AND 120 HIGH-TENSION POWER POLES "
     "AND DAMAGED 9 TRANSFORMERS.", "en", ["TOWERS", "HIGH-TENSION POWER POLES", "TRANSFORMERS"], []),
    ("Rebels toppled two power pylons near San Telmo on Sunday, cutting electricity to the town.", "en",
     ["power pylons"], []),
    ("Des rebelles ont abattu deux pylônes électriques près de San Telmo dimanche.", "fr", ["pylônes"], []),
    # the organisations an attack noun was aimed at, coordinated, or after the participle that carries it out
    ("The government condemned the bomb attack against the National Federation of Teachers and the Committee of "
     "Relatives of the Disappeared in San Telmo on Tuesday.", "en",
     ["National Federation of Teachers", "Committee of Relatives of the Disappeared"], []),
    ("The government condemned the bomb attacks carried out on Tuesday against the National Federation of Teachers "
     "and against the Committee of Relatives of the Disappeared in San Telmo.", "en",
     ["National Federation of Teachers", "Committee of Relatives of the Disappeared"], []),
    ("SAN TELMO, 1 NOV 89 -- THE GOVERNMENT STRONGLY CONDEMNS THE TERRORIST ATTACKS CARRIED OUT WITH EXPLOSIVES "
     "TODAY AGAINST THE COMMITTEE OF RELATIVES OF THE DISAPPEARED AND AGAINST THE NATIONAL FEDERATION OF TEACHERS.",
     "en", ["COMMITTEE OF RELATIVES"], []),
    pytest.param("SAN TELMO, 1 NOV 89 -- THE GOVERNMENT STRONGLY CONDEMNS THE TERRORIST ATTACKS CARRIED OUT WITH "
                 "EXPLOSIVES TODAY AGAINST THE COMMITTEE OF RELATIVES OF THE DISAPPEARED AND AGAINST THE NATIONAL "
                 "FEDERATION OF TEACHERS.", "en", ["NATIONAL FEDERATION OF TEACHERS"], [],
                 marks=pytest.mark.xfail(strict=True, reason="in capitals the pipeline's parse does not give the "
                                                             "second 'AGAINST' phrase as a conjunct of the first "
                                                             "one, so the second organisation is not read")),
    ("Le gouvernement a condamné l'attentat contre la Fédération nationale des enseignants à San Telmo mardi.", "fr",
     ["Fédération nationale des enseignants"], []),
    pytest.param("Le gouvernement a condamné l'attentat à la bombe contre le Comité des familles de disparus et contre "
                 "la Fédération nationale des enseignants à San Telmo mardi.", "fr",
                 ["Comité des familles de disparus", "Fédération nationale des enseignants"], [],
                 marks=pytest.mark.xfail(strict=True, reason="French: two organisations coordinated after « contre "
                                                             "... et contre » are not read (the entities the tagger "
                                                             "gives do not fit the names)")),
    # the object of a verb of use
    ("Using a stolen pickup, the gunmen hurled two grenades at the offices of the Andes Mining Company in Santa "
     "Elvira.", "en", ["offices"], ["pickup"]),
    ("THE PERPETRATORS, USING AN UNIDENTIFIED VEHICLE, HURLED TWO GRENADES AT THE REGIONAL OFFICES OF AEROSUR IN "
     "SAN TELMO.", "en", ["OFFICES"], ["VEHICLE"]),
    ("THE POLICE ARE SEARCHING FOR THE PERPETRATORS OF THE ATTACK WHO, USING AN UNIDENTIFIED VEHICLE, HURLED TWO "
     "GRENADES AT THE OFFICES OF AEROSUR IN SAN TELMO.", "en", ["OFFICES"], ["VEHICLE"]),
    pytest.param("Une bombe a explosé dans une discothèque de San Telmo hier soir. La police attribue l'attentat à "
                 "des terroristes qui ont utilisé une bombe artisanale et une voiture.", "fr", ["discothèque"],
                 ["voiture"], marks=pytest.mark.xfail(strict=True, reason="the French parse hangs « une voiture » on "
                                                                          "« attribue », not on « utilisé »")),
    ("Utilisant une camionnette volée, des hommes armés ont lancé deux grenades contre les bureaux d'une compagnie "
     "minière à Santa Elvira.", "fr", ["bureaux"], ["camionnette"]),
    # guard: a vehicle hit
    ("Gunmen fired on a pickup carrying farm workers near Santa Elvira on Sunday.", "en", ["pickup"], []),
])
def test_physical_targets(text, lang, want, not_want):
    got = _fills(text, lang, "phys_target")
    for w in want:
        if w.endswith("$"):  # the whole mention
            assert any(f.lower() == w[:-1].lower() for f in got), got
        else:
            assert _has(got, w), got
    for w in not_want:
        if w.endswith("$"):
            assert not any(f.lower() == w[:-1].lower() for f in got), got
        else:
            assert not _has(got, w), got
