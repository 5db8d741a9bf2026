"""MUC-4 perpetrators and their confidence, second set (issue 3): our own short items in the style of the
1989-90 Latin American wire copy (English in capitals as distributed, two thirds; French wire style, one
third), written before running bilan on them. Each row names the perpetrator words the adapter's PERP
fills must hold (or None), the confidence label the task definition gives them (7.12, folded as the
adapter scores it), and, for the negatives, a group named in the text as a victim, a speaker or a denier
of something else that must be no perpetrator. The classes:

- doers told as the subject of a construction: "BLEW UP", "SET FIRE TO", "TOOK PART IN", « ont fait
  sauter », « ont fait exploser », « ont mis le feu à », « ont pris part à »;
- doers in a relative clause on the victims or the things hit ("THE PEASANTS WHOM SHINING PATH
  GUERRILLAS MURDERED", « les paysans que le Sentier lumineux a assassinés »);
- a passive agent far from its verb, an apposition that says who the doers are ("THE ATTACKERS,
  MEMBERS OF THE FMLN,"), a claim of responsibility in a later sentence, "ATTRIBUTED TO" / "BLAMED ON"
  (suspected or accused), "A COMMUNIQUE SIGNED BY" (claimed);
- which speaker says it: an authority blaming is SUSPECTED OR ACCUSED (BY AUTHORITIES, folded), a rebel
  group telling the army's act is an accusation, "DID NOT RULE OUT" is POSSIBLE.

First run (before any rule change): 39 of 58 passed (0.672). After the rules of this round (the subject
of an object relative clause read on the words, who found the bodies no doer, the doer of another act of
the sentence, a passive agent after adverbials, the signer of a communique, a death squad no guerrilla
and former members no armed actor, a rebel group's word on the forces' act an accusation, "CAUSED ... TO
EXPLODE", "DID NOT RULE OUT THAT"): 56 of 58 (EN 37/38, FR 19/20). Then ("BLAMED THE ATTACK ON THE PLANT ON X"
with the complement hung on the act's phrase, « être à l'origine de », the blamer no side of the act): 58 of 58.
Merged with h-muc4bg (« charges de dynamite » a bombing word), fr_far1 lost its doer: the weapon became the
act's word and the passive's agent was read on the verb only; the agent of the verb a weapon noun is the
means of now counts (far3 added then, a row written after the rule)."""

import pytest
from test_muc4_style_confidence import CLAIMED, FACT, POSS, SA, SAA, _fills, _fold

from bilan.evaluate.muc4 import norm

# (key, text, perpetrator words or None, folded label or None, words that must be no perpetrator or None)
EN = [
 # --- the doers as subject of a phrasal or causative construction
 ("blew1", "URBAN GUERRILLAS OF THE FMLN BLEW UP AN ELECTRICAL TOWER IN SANTA TECLA LAST NIGHT.", "FMLN", FACT, None),
 ("blew2", "SHINING PATH GUERRILLAS BLEW UP THE TOWN HALL OF A VILLAGE IN HUANCAVELICA DEPARTMENT.", "SHINING PATH", FACT, None),
 ("fire1", "MEMBERS OF THE ELN SET FIRE TO FOUR BUSES OF A TRANSPORT COMPANY IN CUCUTA.", "ELN", FACT, None),
 ("part1", "FIFTY MRTA REBELS TOOK PART IN THE ATTACK ON THE TOWN OF JUANJUI, WHERE THEY BURNED THE BANK.", "MRTA", FACT, None),
 ("part2", "FARC GUERRILLAS TOOK PART IN THE MASSACRE OF 12 PEASANTS IN A HAMLET OF META.", "FARC", FACT, None),
 ("cause1", "A COMMANDO OF THE MANUEL RODRIGUEZ PATRIOTIC FRONT CAUSED A BOMB TO EXPLODE AT THE ENTRANCE OF A BANK IN SANTIAGO.", "MANUEL RODRIGUEZ", FACT, None),
 ("setoff1", "FARC GUERRILLAS SET OFF A DYNAMITE CHARGE AT THE MUNICIPAL BUILDING OF PUERTO RICO.", "FARC", FACT, None),
 ("fire2", "THE HOUSE OF THE JUDGE WAS SET ON FIRE BY MEMBERS OF THE EXTRADITABLES.", "EXTRADITABLES", FACT, None),
 # --- the doers in a relative clause on the victims or the things hit
 ("rel1", "THE ARMY FOUND THE BODIES OF THE SIX PEASANTS WHOM SHINING PATH GUERRILLAS MURDERED IN AYACUCHO LAST WEEK.", "SHINING PATH", FACT, "ARMY"),
 ("rel2", "THE JUDGE WHOM THE EXTRADITABLES KIDNAPPED ON MONDAY WAS RELEASED TODAY IN MEDELLIN.", "EXTRADITABLES", FACT, None),
 ("rel3", "THE BUSES THAT FMLN COMMANDOS BURNED IN SOYAPANGO BELONGED TO A PRIVATE COMPANY.", "FMLN", FACT, None),
 ("rel4", "RELATIVES BURIED THE TWO UNION LEADERS WHOM MEMBERS OF THE TREASURY POLICE HAD KIDNAPPED AND KILLED.", "TREASURY POLICE", FACT, None),
 ("rel5", "TWO PEASANTS WHO HAD BEEN KIDNAPPED BY THE FARC WERE FOUND DEAD IN CAQUETA.", "FARC", FACT, None),
 # --- a passive agent far from its verb
 ("far1", "THE HOME OF THE MAYOR OF SAN MIGUEL WAS ATTACKED EARLY TODAY WITH RIFLES AND GRENADES BY A GROUP OF FMLN URBAN COMMANDOS.", "FMLN", FACT, None),
 ("far2", "TWO ENGINEERS OF THE OIL COMPANY WERE KIDNAPPED ON THE ROAD BETWEEN SARAVENA AND TAME LAST NIGHT BY ARMED MEMBERS OF THE ELN.", "ELN", FACT, None),
 # (added at the merge with h-muc4bg, whose « charges de dynamite » trigger made fr_far1's weapon the act's
 # word: the agent of the passive verb the weapon is the means of)
 ("far3", "THE PARTY HEADQUARTERS WAS DESTROYED LAST NIGHT WITH SEVERAL DYNAMITE CHARGES BY AN MRTA COMMANDO.", "MRTA", FACT, None),
 # --- an apposition that says who the doers are
 ("appo1", "THE ATTACKERS, MEMBERS OF THE FMLN, BURNED THREE TRUCKS ON THE LITTORAL HIGHWAY.", "FMLN", FACT, None),
 ("appo2", "THE ASSAILANTS, FIVE MEMBERS OF THE SHINING PATH, MURDERED THE MAYOR OF HUANTA AND HIS WIFE.", "SHINING PATH", FACT, None),
 # --- the claim of responsibility in a later sentence
 ("later1", "A BOMB DESTROYED THE OFFICES OF THE CONSERVATIVE PARTY IN BOGOTA LAST NIGHT. THE M-19 CLAIMED RESPONSIBILITY FOR THE ATTACK IN A TELEPHONE CALL TO A RADIO STATION.", "M-19", CLAIMED, None),
 ("later2", "UNKNOWN PERSONS KIDNAPPED A WEST GERMAN ENGINEER IN ARAUCA ON TUESDAY. TODAY THE ELN CLAIMED RESPONSIBILITY FOR THE KIDNAPPING.", "ELN", CLAIMED, None),
 # --- attributed to, blamed on
 ("attr1", "THE AUTHORITIES ATTRIBUTED THE DYNAMITE ATTACK ON THE BRIDGE OVER THE LEMPA RIVER TO THE FMLN.", "FMLN", SAA, None),
 ("attr2", "THE MURDER OF THE JOURNALIST WAS BLAMED ON THE MEDELLIN CARTEL.", "MEDELLIN CARTEL", SA, None),
 ("attr3", "THE ARMY BLAMED THE ATTACK ON THE POWER PLANT ON SHINING PATH GUERRILLAS.", "SHINING PATH", SAA, None),
 ("attr4", "THE POLICE ATTRIBUTED TO THE EXTRADITABLES THE CAR BOMB THAT EXPLODED IN FRONT OF THE DAS BUILDING.", "EXTRADITABLES", SAA, None),
 # --- a communique signed by the group
 ("signed1", "A COMMUNIQUE SIGNED BY THE RICARDO FRANCO FRONT SAID THAT THE GROUP EXECUTED THE TWO KIDNAPPED RANCHERS.", "RICARDO FRANCO", CLAIMED, None),
 ("signed2", "IN A COMMUNIQUE SIGNED BY ITS CENTRAL COMMAND, THE EPL SAID THAT IT HAD DYNAMITED THE RAILWAY BRIDGE AT PUERTO BERRIO.", "EPL", CLAIMED, None),
 # --- who says it
 ("spk1", "A POLICE SPOKESMAN ACCUSED THE EPL OF BURNING TWO TRUCKS IN CORDOBA.", "EPL", SAA, None),
 ("spk2", "COLONEL RENE PONCE, THE ARMED FORCES CHIEF OF STAFF, BLAMED THE FMLN FOR THE MURDER OF TWO MAYORS IN MORAZAN.", "FMLN", SAA, None),
 ("spk3", "THE LEGAL AID OFFICE OF THE ARCHDIOCESE ACCUSED THE TREASURY POLICE OF THE KIDNAPPING OF FOUR STUDENTS.", "TREASURY POLICE", SA, None),
 ("spk4", "A SPOKESMAN FOR THE FMLN SAID THAT SOLDIERS OF THE ATLACATL BATTALION MURDERED SIX PEASANTS IN SAN VICENTE.", "ATLACATL", SA, "FMLN"),
 ("spk5", "ACCORDING TO THE ELN, THE ARMY MURDERED FOUR PEASANTS IN ARAUCA.", "ARMY", SA, "ELN"),
 ("poss1", "THE ARMY DID NOT RULE OUT THAT THE FMLN WAS BEHIND THE BOMBING OF THE BUS TERMINAL.", "FMLN", POSS, None),
 ("hedge1", "POLICE SOURCES SAID THE BOMB WAS PROBABLY PLACED BY THE EXTRADITABLES.", "EXTRADITABLES", SAA, None),
 # --- negatives: the group is a victim, a speaker, a denier of something else
 ("vict1", "SHINING PATH GUERRILLAS MURDERED THREE MEMBERS OF THE APRA PARTY IN HUANCAYO.", "SHINING PATH", FACT, "APRA"),
 ("vict2", "FMLN REBELS KIDNAPPED TWO MEMBERS OF THE NATIONALIST REPUBLICAN ALLIANCE (ARENA) IN USULUTAN.", "FMLN", FACT, "ARENA"),
 ("vict3", "A DEATH SQUAD MURDERED FOUR FORMER MEMBERS OF THE M-19 IN CALI.", "DEATH SQUAD", None, "M-19"),
 ("spk6", "THE FMLN SAID ON RADIO VENCEREMOS THAT A DEATH SQUAD MURDERED A UNION LEADER IN SAN SALVADOR.", "DEATH SQUAD", None, "FMLN"),
 ("deny1", "THE FMLN DENIED REPORTS THAT ITS COMMANDERS HAD LEFT THE COUNTRY. MEANWHILE, A BOMB EXPLODED AT A BANK IN SAN SALVADOR.", None, None, "FMLN"),
 ("spk7", "THE MRTA ANNOUNCED A TRUCE FOR THE ELECTIONS. ON THE SAME DAY, A CAR BOMB EXPLODED NEAR THE PRESIDENTIAL PALACE IN LIMA.", None, None, "MRTA"),
]

FR = [
 ("fr_blew1", "Des guérilleros urbains du FMLN ont fait sauter un pylône électrique à Santa Tecla.", "FMLN", FACT, None),
 ("fr_blew2", "Des membres de l'ELN ont fait exploser une bombe devant le siège d'une compagnie pétrolière à Bucaramanga.", "ELN", FACT, None),
 ("fr_fire1", "Des rebelles du Sentier lumineux ont mis le feu à la mairie d'un village de Huancavelica.", "Sentier lumineux", FACT, None),
 ("fr_part1", "Une centaine de guérilleros du MRTA ont pris part à l'attaque contre la ville de Juanjui.", "MRTA", FACT, None),
 ("fr_rel1", "Les corps des paysans que le Sentier lumineux a assassinés ont été retrouvés près d'Ayacucho.", "Sentier lumineux", FACT, None),
 ("fr_rel2", "Le juge que les Extradables avaient enlevé lundi a été libéré aujourd'hui à Medellin.", "Extradables", FACT, None),
 ("fr_rel3", "Les autobus que des commandos du FMLN ont incendiés appartenaient à une entreprise privée.", "FMLN", FACT, None),
 ("fr_far1", "Le siège du parti a été détruit dans la nuit de lundi à mardi, à l'aide de plusieurs charges de dynamite, par un commando du MRTA.", "MRTA", FACT, None),
 ("fr_appo1", "Les assaillants, des membres du FMLN, ont incendié trois camions sur la route du littoral.", "FMLN", FACT, None),
 ("fr_appo2", "Les ravisseurs, un groupe de guérilleros de l'EPL, ont enlevé un éleveur près de Monteria.", "EPL", FACT, None),
 ("fr_later1", "Une bombe a détruit le siège du Parti conservateur à Bogota la nuit dernière. Le M-19 a revendiqué l'attentat dans un appel téléphonique à une radio.", "M-19", CLAIMED, None),
 ("fr_later2", "Deux ingénieurs ont été enlevés mardi en Arauca. L'ELN a revendiqué l'enlèvement dans un communiqué.", "ELN", CLAIMED, None),
 ("fr_attr1", "Les autorités ont attribué au FMLN l'attentat à la dynamite contre le pont sur le Lempa.", "FMLN", SAA, None),
 ("fr_attr2", "L'assassinat du journaliste a été attribué au cartel de Medellin.", "cartel de Medellin", SA, None),
 ("fr_signed1", "Un communiqué signé par le Front Ricardo Franco affirme que le groupe a exécuté les deux éleveurs enlevés.", "Ricardo Franco", CLAIMED, None),
 ("fr_poss1", "L'armée n'exclut pas que le FMLN soit à l'origine de l'attentat contre le terminal d'autobus.", "FMLN", POSS, None),
 ("fr_vict1", "Des guérilleros du Sentier lumineux ont assassiné trois militants de l'APRA à Huancayo.", "Sentier lumineux", FACT, "APRA"),
 ("fr_vict2", "Un escadron de la mort a assassiné quatre anciens membres du M-19 à Cali.", "escadron de la mort", None, "M-19"),
 ("fr_spk1", "Selon l'ELN, l'armée a assassiné quatre paysans en Arauca.", "armée", SA, "ELN"),
 ("fr_deny1", "Le FMLN a démenti que ses commandants aient quitté le pays. Par ailleurs, une bombe a explosé devant une banque de San Salvador.", None, None, "FMLN"),
]

# items the current rules get wrong, with the reason (strict: a fix must remove the mark)
XFAIL: dict[str, str] = {}


def _has(fills: list[dict], words: str) -> bool:
    return any(f" {norm(words)} " in f" {norm(x or '')} " for s in fills for p in s["perp"] for x in p)


def _params(items, lang):
    return [pytest.param(text, lang, who, label, not_who, id=key,
                         marks=[pytest.mark.xfail(strict=True, reason=XFAIL[key])] if key in XFAIL else [])
            for key, text, who, label, not_who in items]


@pytest.mark.parametrize("text,lang,who,label,not_who", _params(EN, "en") + _params(FR, "fr"))
def test_muc4_style_perpetrators_and_confidence(text, lang, who, label, not_who):
    fills = _fills(text, lang)
    assert fills, "no MUC-4 incident"
    if not_who is not None:
        assert not _has(fills, not_who), fills
    if who is None:  # no doer told: no perpetrator organisation, so no confidence
        assert all(not s["perp_confidence"] for s in fills), fills
        return
    assert _has(fills, who), fills
    mine = [s for s in fills if any(f" {norm(who)} " in f" {norm(x or '')} " for p in s["perp"] for x in p)]
    got = [c for s in mine for c in s["perp_confidence"]]
    if label is None:  # a general description of the doers: no organisation, no confidence (7.12)
        assert not got, fills
    else:
        assert got and set(got) == {_fold(label)}, (got, fills)
