"""English event lexicon (same structure as events_fr)."""

# the bodies whose remit an act's noun names ("the disarmament commission", "the disarmament committee"): the noun
# tells no act then (flag "not_remit"; events._remit_of_body)
REMIT_BODY_NOUNS = ["commission", "commissions", "committee", "committees", "council", "ministry", "minister", "agency",
                    "office", "commissioner", "secretariat", "directorate"]

# the documents a protest is written in ("a protest note", "a note of protest", "the note represents a protest"): a
# government's or a body's protest sent in writing, a diplomatic act, no demonstration (flag "not_in_writing";
# events._protest_in_writing)
PROTEST_DOCUMENT_NOUNS = ["note", "notes", "letter", "letters", "memorandum", "memorandums", "memoranda", "cable",
                          "cables", "telegram", "telegrams", "communique", "communiques", "communiqué", "communiqués",
                          "message", "messages", "statement", "statements", "declaration", "declarations", "resolution",
                          "resolutions", "petition", "petitions"]

# the parts of the body a bullet hits someone in ("hit in the chest", "struck in the head"): the triggers "hit in
# the X", "strike in the X" (TRIGGERS)
BODY_PARTS = ["chest", "head", "stomach", "abdomen", "leg", "legs", "arm", "neck", "back", "shoulder", "thigh", "foot",
              "hand", "face", "side", "groin", "hip", "knee"]

TRIGGERS = [
    # a specific threat made against someone (MUC-4's STAGE OF EXECUTION "threatened"; ACLED and UCDP code
    # none): typed by the act threatened, checked by events._threat ("death threats against the judge",
    # "threatened to kill the mayor", "threatened him with death"); no incident of its own beside an act done
    ("death threat", "Violence against civilians", "Attack", "THREATEN", 20, ("threat", "threat:kill")),
    ("threaten", "Violence against civilians", "Attack", "THREATEN", 20, ("threat", "threat:kill")),
    ("threaten", "Explosions/Remote violence", "Remote explosive/landmine/IED", "THREATEN", 21, ("threat", "threat:bomb")),
    ("air strike", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("airstrike", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("air raid", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("drone strike", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 92, ()),
    ("bombing raid", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 88, ()),
    # aircraft firing on the ground ("planes strafed the village"); French "mitrailler" is any shooting,
    # typed by its aircraft word when one is named
    ("strafe", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 86, ()),
    # the aircraft outranks the missile it fired or the depot it destroyed ("jets fired missiles"); aircraft told at
    # an air show strike nothing (context class air_show: "fighter jets flew over the capital during an air show")
    ("warplane", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ("not:air_show", "not_hit_craft")),
    ("jet", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89, ("not:air_show", "not_hit_craft")),
    ("air force", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89, ("needs:property",)),
    # the air force that strikes, whatever it hits ("The Nigerian Air Force bombed a camp of bandits"; not "rebels
    # attacked the air force headquarters": events._striking_force)
    ("air force", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89, ("needs_striking_force",)),
    ("fighter jet", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ("not:air_show", "not_hit_craft")),
    ("helicopter gunship", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 72, ("not:air_show", "not_hit_craft")),
    ("chopper", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 66, ("needs_armed_actor", "not:air_show", "not_hit_craft")),
    ("helicopter", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 64,
        ("needs_armed_actor", "needs_casualty", "not:air_show", "not_hit_craft")),
    # a strike by fighters on foot ("militants struck an army base") is no air strike
    ("strike", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 70, ("needs_armed_actor", "not:labour",
                                                                                 "not_combatant_subject",
                                                                                 "not_attributive")),
    # fighters who strike attack: typed by what they hit ("militants struck an army base", "the attackers struck
    # on the evening of May 12")
    ("strike", "Violence against civilians", "Attack", "ASSAULT", 31, ("generic", "needs_armed_actor", "not:labour",
                                                                        "not_attributive")),
    # a drone that sprays crops, maps or delivers is no strike ("used drones to spray pesticide")
    ("drone", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 60,
        ("needs_armed_actor", "not:civil_drone", "not:air_show", "not_civil_use")),
    # a drone that hits a building or an installation struck it, whoever sent it ("drones hit an oil refinery")
    ("drone", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 59,
        ("needs:property", "not:civil_drone", "not:air_show", "not_civil_use")),
    # a drone that drops a munition ("a drone dropped a grenade on a checkpoint", "a grenade dropped by a drone") struck
    # from the air: it outranks the grenade (events._drops_munition)
    ("drone", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 88, ("needs_dropping",)),
    # a drone that is the subject of a verb of striking, or its passive's agent ("Drones bombed rebel positions",
    # events._striking_force): it struck from the air, as the air force does, whatever it hit and whoever sent it
    ("drone", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89,
        ("needs_striking_force", "not:civil_drone", "not:air_show", "not_civil_use")),
    # a drone loaded with explosives and flown at its target is ACLED's drone strike, not a planted bomb
    ("explosive-laden drone", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 92, ()),
    ("bomb-laden drone", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 92, ()),
    ("explosives-laden drone", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 92, ()),
    ("kamikaze drone", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 92, ()),
    ("armed drone", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 92, ()),
    ("drone attack", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ("not:civil_drone",)),
    ("shelling", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 76, ()),
    ("shell", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 74, ()),
    ("artillery", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 76, ()),
    ("rocket", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 77, ()),
    ("missile", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 72, ()),
    ("mortar", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 74, ()),
    ("roadside bomb", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("improvised explosive device", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("improvised explosive", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("detonate", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 80, ("needs:weapon",)),
    ("ied", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("landmine", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 84, ()),
    ("explosive device", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("ground mine", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 84, ()),
    ("land mine", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 84, ()),
    ("car bomb", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 85, ()),
    ("truck bomb", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 85, ()),
    ("bomb", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 70, ()),
    ("bombing", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 70, ()),
    ("explosion", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 65, ("needs_casualty", "not_accidental")),
    # a death or a blast laid at someone's door ("blamed the FMLN for the death of four peasants", "responsible
    # for the explosion at the bank"): an act, with no figure of the dead; a death by a verb of accusing only
    # (being "responsible for the death of about 12,000 people" may sum up a group's record)
    ("explosion", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 64, ("noun_only", "needs_blame")),
    ("death", "Violence against civilians", "Attack", "ASSAULT", 28, ("generic", "noun_only", "needs_accusation")),
    # "the crime" names an act only as one told before, in a blame ("the hand of drug traffickers was behind the crime",
    # "police blamed the guerrillas for the crime", "the crime was committed by two men"): no act of its own
    # (events._one_act_blamed; incidents drops it when no act was told before); "crime has risen" names none
    ("crime", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "noun_only", "told_act_only")),
    # a toll told with no act word in a headline or lead ("Five dead in Bria", "At least 12 dead as violence flares
    # in Bambari", "Death toll rises to 30 in Ndiki"): people were killed, by a side the text does not name, as
    # "five people were killed" is; only when nothing else in its sentence tells the act, nothing tells a cause
    # that is no violence (TOLL_ONLY_OTHER_CAUSES) and a figure counts the dead (events._toll_only, incidents)
    ("dead", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "toll_only")),
    ("death toll", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "toll_only")),
    ("blast", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 66, ("needs_casualty", "not_accidental")),
    # a blast laid at someone's door in a later sentence ("The blast was blamed on JNIM", "blamed the blast on"):
    # the act told before, its doer named (as "explosion" above)
    ("blast", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 64, ("noun_only", "needs_blame")),
    ("suicide bomber", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("suicide bombing", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("suicide attack", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("suicide car bomb", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 96, ()),
    ("suicide bomb", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("suicide vest", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("suicide vehicle", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 96, ()),
    ("svbied", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 96, ()),
    ("blow himself up", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("blow herself up", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("blow themselves up", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    # explosives worn on the body: the bomber carried them ("detonated a bomb strapped to his body")
    ("strapped to his body", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ("worn",)),
    ("strapped to her body", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ("worn",)),
    ("strapped to their bodies", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ("worn",)),
    ("strapped to himself", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ("worn",)),
    ("strapped to herself", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ("worn",)),
    ("grenade", "Explosions/Remote violence", "Grenade", "ASSAULT", 82, ()),
    ("clash", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("fighting", "Battles", "Armed clash", "ASSAULT", 60, ()),
    # fighting within one side ("infighting broke out between Kurdish fighters and an allied brigade"); a party's
    # or a cabinet's quarrels are no fight (an armed side must be told)
    ("infighting", "Battles", "Armed clash", "ASSAULT", 60, ("needs_armed_actor",)),
    ("firefight", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("gunbattle", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("gun battle", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("battle", "Battles", "Armed clash", "ASSAULT", 58, ()),
    ("ambush", "Battles", "Armed clash", "ASSAULT", 64, ("typed_by_victims",)),
    ("offensive", "Battles", "Armed clash", "ASSAULT", 58, ()),
    ("assault", "Battles", "Armed clash", "ASSAULT", 58, ()),
    # harassing a post or troops: the guerrillas' fire on a garrison from a distance, FBIS's "harassment"
    # ("FMLN TERRORISTS HARASSED THE 4TH INFANTRY BRIGADE", "SOME MILITARY PERSONNEL WERE HARASSED"); only
    # against a post or troops by armed men, not "police harassed journalists"
    ("harass", "Battles", "Armed clash", "ASSAULT", 56, ("needs_armed_actor", "object:base")),
    ("harass", "Battles", "Armed clash", "ASSAULT", 56, ("needs_armed_actor", "object:troops")),
    ("advance", "Battles", "Armed clash", "ASSAULT", 45, ("needs_armed_actor",)),
    ("recapture", "Battles", "Government regains territory", "ASSAULT", 52, ("needs_armed_actor",)),
    ("retake", "Battles", "Government regains territory", "ASSAULT", 52, ("needs_armed_actor",)),
    # the model's lemma of "retook" is the form itself
    ("retook", "Battles", "Government regains territory", "ASSAULT", 52, ("needs_armed_actor",)),
    ("seize control", "Battles", "Non-state actor overtakes territory", "ASSAULT", 50, ("needs_armed_actor",)),
    ("take control", "Battles", "Non-state actor overtakes territory", "ASSAULT", 50, ("needs_armed_actor",)),
    ("overrun", "Battles", "Non-state actor overtakes territory", "ASSAULT", 50, ("needs_armed_actor",)),
    ("abduct", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 70, ()),
    ("abduction", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 70, ()),
    ("kidnap", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 70, ()),
    ("kidnapping", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 70, ()),
    # a hostage killed is the victim of that killing, not an abduction of its own ("victim_noun")
    ("hostage", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 55, ("victim_noun",)),
    ("massacre", "Violence against civilians", "Attack", "ASSAULT", 72, ()),
    # (not a sentence carried out by the state after a trial, "executed a man convicted of murder": no conflict event,
    # JUDICIAL_PHRASES; nor "executed a warrant", no person its object)
    ("execute", "Violence against civilians", "Attack", "ASSAULT", 60, ("needs_person_obj", "not_judicial")),
    ("execution", "Violence against civilians", "Attack", "ASSAULT", 60, ("needs_person_obj", "not_judicial")),
    ("executions", "Violence against civilians", "Attack", "ASSAULT", 60, ("needs_person_obj", "not_judicial")),
    ("kill", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic",)),
    ("shoot", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic",)),
    ("gun down", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    # a person hit by a bullet ("hit by a stray bullet", "struck by a bullet") or in a part of the body ("hit in
    # the chest", "struck in the head"): shot at, typed by who was hit; whether they died the sentence tells
    # ("... and died shortly afterwards", "is out of danger"); told no death, who was hit is wounded (flag
    # "hits_person": "A police officer hit by a bullet ... is out of danger", "a trader shot in the leg")
    *[(f"{verb} {what}", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "hits_person"))
      for verb in ("hit", "strike")
      for what in ("by a bullet", "by bullets", "by a stray bullet", "by stray bullets", "by gunfire",
                   *(f"in the {part}" for part in BODY_PARTS))],
    *[(f"shoot in the {part}", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "hits_person"))
      for part in BODY_PARTS],
    # wounded to death ("fatally wounded", "mortally wounded"; "fatally" tells the death)
    ("fatally wound", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    ("mortally wound", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    ("fatally injure", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    # a person found dead: killed, by whom the text may not say ("a journalist was found dead")
    ("find dead", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("attack", "Violence against civilians", "Attack", "ASSAULT", 35, ("generic",)),
    # people fallen upon ("residents set upon two suspected robbers, beating them"): typed like "attack", by who did
    # it and whom it hit
    ("set upon", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    ("fall upon", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    ("open fire", "Violence against civilians", "Attack", "ASSAULT", 34, ("generic",)),
    # shooting at someone (typed by who was shot): the verb forms only, "machinegun" alone is a weapon;
    # "fired at/on" by armed men only ("the manager was fired on Friday" lost his job)
    ("fired at", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "needs_armed_actor")),
    ("fired on", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "needs_armed_actor")),
    ("fired upon", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "needs_armed_actor")),
    # shots fired into a crowd or a house ("troops fired into a crowd at a wedding"), by armed men only
    ("fired into", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "needs_armed_actor")),
    # live rounds fired, by armed men ("officers fired live rounds at a crowd"); "fired tear gas" is crowd control
    ("fire", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "needs_armed_actor", "object:live_fire")),
    ("machinegunned", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    ("machine-gunned", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    ("riddled with bullets", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    # shooting told by its instrument ("SPRAYED THE CAR OF THE MAYOR WITH BULLETS", "the house was raked with
    # gunfire", "peppered with bullets"): only with it (events._shot_with), not "sprayed the fields with pesticide"
    ("spray", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "needs_shot_with")),
    ("rake", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "needs_shot_with")),
    ("pepper", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "needs_shot_with")),
    # a body found shot through or cut up is a killing ("the bullet-riddled body of a professor was
    # found", "the decapitated bodies of two young men")
    ("bullet-riddled", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    # bodies found are people killed ("the bodies of two peasants were found"; MUC-4 keys make them a
    # murder), only under a verb of discovery ("the bodies were handed over to their families" is none)
    ("bodies", "Violence against civilians", "Attack", "ASSAULT", 34, ("generic", "needs_found")),
    ("body", "Violence against civilians", "Attack", "ASSAULT", 34, ("generic", "needs_found")),
    ("corpses", "Violence against civilians", "Attack", "ASSAULT", 34, ("generic", "needs_found")),
    ("corpse", "Violence against civilians", "Attack", "ASSAULT", 34, ("generic", "needs_found")),
    ("decapitate", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    # a person wounded by bullets: shot ("was wounded by gunfire", « blessé par balles »)
    ("wounded by gunfire", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    ("wounded by bullets", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    ("wound by gunfire", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    ("gunshot", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic",)),
    ("gunshots", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic",)),
    ("shooting", "Violence against civilians", "Attack", "ASSAULT", 34, ("generic",)),
    ("raid", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "untargeted")),
    ("incursion", "Violence against civilians", "Attack", "ASSAULT", 34, ("generic",)),
    ("protest", "Protests", "Peaceful protest", "PROTEST", 50, ("not_in_writing",)),
    ("demonstration", "Protests", "Peaceful protest", "PROTEST", 50, ("needs_protest_context",)),
    ("demonstrator", "Protests", "Peaceful protest", "PROTEST", 48, ("participant",)),
    ("protester", "Protests", "Peaceful protest", "PROTEST", 48, ("participant",)),
    ("rally", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_protest_context",)),
    ("march", "Protests", "Peaceful protest", "PROTEST", 35, ("needs_protest_context",)),
    ("sit-in", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    # a protest told by its act, with no protest word: people who glue or chain themselves somewhere
    ("glue themselves", "Protests", "Peaceful protest", "PROTEST", 48, ()),
    ("glued themselves", "Protests", "Peaceful protest", "PROTEST", 48, ()),
    ("chain themselves", "Protests", "Peaceful protest", "PROTEST", 48, ()),
    ("chained themselves", "Protests", "Peaceful protest", "PROTEST", 48, ()),
    # a riot word that qualifies a force or its gear names the force, no riot ("riot officers", "a riot squad", "riot
    # gear"; FORCE_UNIT_NOUNS, events._force_unit)
    ("riot", "Riots", "Violent demonstration", "PROTEST", 70, ("not_force_unit",)),
    ("rioter", "Riots", "Violent demonstration", "PROTEST", 70, ("participant",)),
    ("lynch", "Riots", "Mob violence", "ASSAULT", 70, ()),
    ("mob", "Riots", "Mob violence", "ASSAULT", 60, ()),
    ("vigilante", "Riots", "Mob violence", "ASSAULT", 58, ("needs_doer",)),
    ("jungle justice", "Riots", "Mob violence", "ASSAULT", 70, ()),
    # more protest words; participants are people, never a generalisation ("protesters rallied")
    ("protest march", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    ("demonstrate", "Protests", "Peaceful protest", "PROTEST", 48, ("needs_protest_context",)),
    ("marcher", "Protests", "Peaceful protest", "PROTEST", 46, ("participant",)),
    ("striker", "Protests", "Peaceful protest", "PROTEST", 44, ("participant",)),
    # a road blocked by a crowd (not by troops or police): ACLED's protest ("garment workers block highway in
    # Gazipur over unpaid wages", "striking miners blocked roads")
    ("block", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_crowd_doer", "object:roadway")),
    # ... or barricaded: a road blocked is ACLED's peaceful protest, a barricade or tyres burnt on it a riot's manner
    # (RIOT_CUES: "barricaded roads with burning tyres", "erected barricades on the main road")
    ("barricade", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_crowd_doer", "object:roadway")),
    ("erect barricades", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_crowd_doer",)),
    ("put up barricades", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_crowd_doer",)),
    # people described as on strike ("Police disperse striking nurses", "striking miners set fire to the offices"):
    # workers on strike, no military strike (the "strike" entries are "not_attributive")
    ("striking", "Protests", "Peaceful protest", "PROTEST", 44, ("participant", "attributive")),
    ("walkout", "Protests", "Peaceful protest", "PROTEST", 46, ()),
    # a strike told without the word: workers who down tools, stop work (over a labour demand) or bring their
    # sector to a standstill; not snow that brings traffic to a standstill, a company that stops work on a site
    ("down tools", "Protests", "Peaceful protest", "PROTEST", 46, ()),
    ("stop work", "Protests", "Peaceful protest", "PROTEST", 44, ("needs_crowd_subject", "needs:labour")),
    ("bring to a standstill", "Protests", "Peaceful protest", "PROTEST", 44, ("needs_crowd_subject",)),
    ("paralyse", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_crowd_subject",)),
    ("paralyze", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_crowd_subject",)),
    ("human chain", "Protests", "Peaceful protest", "PROTEST", 48, ()),
    ("vigil", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_protest_context",)),
    ("gathering", "Protests", "Peaceful protest", "PROTEST", 38, ("needs_protest_context",)),
    ("picket", "Protests", "Peaceful protest", "PROTEST", 44, ()),
    ("die-in", "Protests", "Peaceful protest", "PROTEST", 48, ()),
    # police action against a crowd names the protest it broke up ("dispersed the crowds")
    ("disperse", "Protests", "Protest with intervention", "PROTEST", 44, ("needs:crowd",)),
    ("tear gas", "Protests", "Protest with intervention", "PROTEST", 43, ("needs:crowd",)),
    # the police who fire tear gas, water cannon or rubber bullets intervene on a gathering even where no word
    # names the crowd ("police fired tear gas in a shopping district", "tear gas was fired by police"); buying
    # tear gas or banning its use is no event (events._fired: the means is what a verb of use acts on)
    ("tear gas", "Protests", "Protest with intervention", "PROTEST", 42, ("needs_armed_actor", "needs_use_verb")),
    ("teargas", "Protests", "Protest with intervention", "PROTEST", 42, ("needs_armed_actor", "needs_use_verb")),
    ("water cannon", "Protests", "Protest with intervention", "PROTEST", 42, ("needs_armed_actor", "needs_use_verb")),
    ("rubber bullet", "Protests", "Protest with intervention", "PROTEST", 42, ("needs_armed_actor", "needs_use_verb")),
    ("pepper spray", "Protests", "Protest with intervention", "PROTEST", 42, ("needs_armed_actor", "needs_use_verb")),
    # a means of crowd control "against" a crowd in a headline with no verb ("Water cannon and tear gas against
    # farmers at Shambhu border"): a crowd met by force (events._used_against_crowd)
    ("tear gas", "Protests", "Protest with intervention", "PROTEST", 42, ("needs_used_against_crowd",)),
    ("teargas", "Protests", "Protest with intervention", "PROTEST", 42, ("needs_used_against_crowd",)),
    ("water cannon", "Protests", "Protest with intervention", "PROTEST", 42, ("needs_used_against_crowd",)),
    ("rubber bullet", "Protests", "Protest with intervention", "PROTEST", 42, ("needs_used_against_crowd",)),
    ("pepper spray", "Protests", "Protest with intervention", "PROTEST", 42, ("needs_used_against_crowd",)),
    # the shells and canisters of tear gas are no artillery ("fired tear gas shells to disperse them")
    ("tear gas shell", "Protests", "Protest with intervention", "PROTEST", 42, ("needs_armed_actor", "needs_use_verb")),
    ("teargas shell", "Protests", "Protest with intervention", "PROTEST", 42, ("needs_armed_actor", "needs_use_verb")),
    ("tear-gas shell", "Protests", "Protest with intervention", "PROTEST", 42, ("needs_armed_actor", "needs_use_verb")),
    ("tear gas canister", "Protests", "Protest with intervention", "PROTEST", 42, ("needs_armed_actor", "needs_use_verb")),
    ("teargas canister", "Protests", "Protest with intervention", "PROTEST", 42, ("needs_armed_actor", "needs_use_verb")),
    # "riot police" are police facing a crowd, not a riot
    ("riot police", "Protests", "Protest with intervention", "PROTEST", 30, ("needs_protest_context",)),
    ("riot police", "Protests", "Protest with intervention", "PROTEST", 29, ("needs:crowd",)),
    *[(f"riot {unit}", "Protests", "Protest with intervention", "PROTEST", prio, flags)
      for unit in ("officer", "officers", "squad", "squads", "unit", "units", "troops", "policeman", "policemen", "cops")
      for prio, flags in ((30, ("needs_protest_context",)), (29, ("needs:crowd",)))],
    # more killings typed by their victims
    ("murder", "Violence against civilians", "Attack", "ASSAULT", 31, ("generic",)),
    ("assassinate", "Violence against civilians", "Attack", "ASSAULT", 31, ("generic",)),
    ("assassination", "Violence against civilians", "Attack", "ASSAULT", 31, ("generic",)),
    # an attempt on someone's life is an attack on that person whatever its outcome (MUC-4 STAGE OF
    # EXECUTION "attempted"): "an attempt on the life of Senator X", "escaped unhurt from an attempt on
    # his life" (the possessive stands for the person named before it)
    ("attempt on the life", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("attempt on the lives", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("attempt on his life", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("attempt on her life", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("attempt on their lives", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("attempt against the life", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("attempt against his life", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("attempt against her life", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("behead", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    ("stab", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic",)),
    ("violence", "Violence against civilians", "Attack", "ASSAULT", 25, ("generic", "needs_casualty", "lead_only")),
    # violence told as renewed or as a wave in a headline or lead ("Renewed violence in Bria"), and an
    # armed group's violence ("militia violence leaves villages devastated"): violence happened, typed
    # by its victims or doers when told, else an attack (flag "default_type")
    ("renewed violence", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("fresh violence", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("new violence", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("resurgence of violence", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("upsurge of violence", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("upsurge in violence", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("surge in violence", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("surge of violence", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("wave of violence", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("flare-up of violence", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("outbreak of violence", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("spate of violence", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("violence", "Violence against civilians", "Attack", "ASSAULT", 24, ("generic", "needs_armed_owner", "lead_only", "default_type")),
    # violence told by the verb it breaks out or grows by (RISING_VERBS), the verb of the nouns above ("Violence erupts
    # in Bria", "Civilians targeted as violence surges"): violence happened, typed as they are
    ("violence", "Violence against civilians", "Attack", "ASSAULT", 25, ("generic", "needs_rising", "lead_only", "default_type")),
    # an "incident" that leaves dead or wounded, in the headline or lead ("five dead in an armed
    # incident"), typed by its victims
    ("incident", "Violence against civilians", "Attack", "ASSAULT", 24, ("generic", "needs_casualty", "lead_only")),
    # a force routed has fought; people hunted down, or a town besieged, typed by who is hunted or besieged
    ("rout", "Battles", "Armed clash", "ASSAULT", 58, ("needs_armed_actor",)),
    ("besiege", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "needs_armed_actor")),
    # an armed side that storms, charges or targets a place (a town, a base, a building) attacks it, typed like
    # "attack" by what was hit ("militants charged a camp", "gunmen stormed a church"); not fans who storm a
    # pitch, a campaign that targets voters, the police who charge a minister with corruption
    ("storm", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "needs_armed_subject", "object:place")),
    ("charge", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "needs_armed_subject", "object:place")),
    ("target", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "needs_armed_subject", "object:place")),
    # an armed side that invades a place ("gunmen invaded Kadawa community", "bandits invaded two villages"), typed like
    # "attack" by who was hit; not a crowd that invades a pitch, nor pests that invade farms
    ("invade", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "needs_armed_subject", "object:place")),
    # armed men who come down on a place ("bandits descended on Tsauni village", "gunmen swooped on the market"),
    # a place named near the verb
    ("descend on", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "needs_armed_subject", "needs:place")),
    ("descend upon", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "needs_armed_subject", "needs:place")),
    ("swoop on", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "needs_armed_subject", "needs:place")),
    ("hunt down", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic",)),
    ("shootout", "Battles", "Armed clash", "ASSAULT", 62, ()),
    # a gunfight in the words of the Nigerian and South Asian press ("a gun duel with kidnappers", "killed in
    # an encounter with militants"); troops "neutralise" fighters: they kill them, typed by who they are
    ("gun duel", "Battles", "Armed clash", "ASSAULT", 62, ()),
    # fire across a border or a line of control between two armies ("resorted to unprovoked cross-border
    # firing", "small-arms firing along the LoC"); shells fired across it stay a shelling (higher priority)
    ("cross-border firing", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("unprovoked firing", "Battles", "Armed clash", "ASSAULT", 62, ("needs_armed_actor",)),
    ("small arms firing", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("small-arms firing", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("gunduel", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("encounter", "Battles", "Armed clash", "ASSAULT", 58, ("needs_armed_actor",)),
    ("neutralise", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic", "needs_person_obj")),
    ("neutralize", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic", "needs_person_obj")),
    ("skirmish", "Battles", "Armed clash", "ASSAULT", 62, ()),
    # chemical weapons outrank the shell or bomb that carried them
    ("chemical weapon", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("chemical attack", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("chemical agent", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("gas attack", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    # chlorine told with water treatment ("chlorine found in the water supply") is no weapon
    ("chlorine", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ("not:water_treatment",)),
    ("sarin", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("mustard gas", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("sulfur mustard", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("sulphur mustard", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("poisonous gas", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("poison gas", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("toxic gas", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("nerve agent", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    # sexual violence
    ("rape", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("gang-rape", "Violence against civilians", "Sexual violence", "ASSAULT", 76, ()),
    ("gang rape", "Violence against civilians", "Sexual violence", "ASSAULT", 76, ()),
    ("sexual assault", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("sexually assault", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("sexual violence", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("sexual abuse", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("sexually abuse", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("molest", "Violence against civilians", "Sexual violence", "ASSAULT", 74, ()),
    # the model lemmatises "raped" as "rap": the inflected forms match on their lower-case form
    ("raped", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("raping", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("abuse", "Violence against civilians", "Sexual violence", "ASSAULT", 72, ("needs:women", "not:rules")),
    # territory: typed by who took it (state forces regain, non-state actors overtake)
    ("recapture", "Battles", "Government regains territory", "ASSAULT", 68, ("territory", "needs:territory", "needs_object")),
    ("retake", "Battles", "Government regains territory", "ASSAULT", 68, ("territory", "needs:territory", "needs_object")),
    ("retook", "Battles", "Government regains territory", "ASSAULT", 68, ("territory", "needs:territory", "needs_object")),
    ("regain control", "Battles", "Government regains territory", "ASSAULT", 68, ("territory",)),
    ("recover control", "Battles", "Government regains territory", "ASSAULT", 68, ("territory",)),
    ("reclaim control", "Battles", "Government regains territory", "ASSAULT", 68, ("territory",)),
    ("retake control", "Battles", "Government regains territory", "ASSAULT", 68, ("territory",)),
    ("recover", "Battles", "Government regains territory", "ASSAULT", 67, ("territory", "needs:territory", "needs_object")),
    ("regain", "Battles", "Government regains territory", "ASSAULT", 67, ("territory", "needs:territory", "needs_object")),
    ("reclaim", "Battles", "Government regains territory", "ASSAULT", 67, ("territory", "needs:territory", "needs_object")),
    ("liberate", "Battles", "Government regains territory", "ASSAULT", 67, ("territory", "needs:area", "needs_object")),
    ("free", "Battles", "Government regains territory", "ASSAULT", 66, ("territory", "needs:area", "needs_object")),
    ("drive out", "Battles", "Government regains territory", "ASSAULT", 66, ("territory", "needs:territory", "needs_object", "needs_armed_object")),
    ("dislodge", "Battles", "Government regains territory", "ASSAULT", 66, ("territory", "needs:territory", "needs_object", "needs_armed_object")),
    ("expel", "Battles", "Government regains territory", "ASSAULT", 66, ("territory", "needs:territory", "needs_object", "needs_armed_object")),
    ("flush out", "Battles", "Government regains territory", "ASSAULT", 66, ("territory", "needs:territory", "needs_object", "needs_armed_object")),
    ("drive back", "Battles", "Government regains territory", "ASSAULT", 66, ("territory", "needs:territory", "needs_object", "needs_armed_object")),
    ("push back", "Battles", "Government regains territory", "ASSAULT", 66, ("territory", "needs:territory", "needs_object", "needs_armed_object")),
    ("push out", "Battles", "Government regains territory", "ASSAULT", 66, ("territory", "needs:territory", "needs_object", "needs_armed_object")),
    ("seize back", "Battles", "Government regains territory", "ASSAULT", 68, ("territory",)),
    ("win back", "Battles", "Government regains territory", "ASSAULT", 68, ("territory",)),
    ("take back control", "Battles", "Government regains territory", "ASSAULT", 68, ("territory",)),
    ("take back", "Battles", "Government regains territory", "ASSAULT", 67, ("territory", "needs:territory", "needs_object")),
    # who took control types these (state forces regain, non-state actors overtake)
    ("take control", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory", "needs:territory")),
    ("take full control", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory",)),
    ("establish control", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory",)),
    ("wrest control", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory",)),
    ("seize control", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory", "needs:territory")),
    ("occupy", "Battles", "Non-state actor overtakes territory", "ASSAULT", 66, ("territory", "needs:territory", "needs_object")),
    ("capture", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory", "needs:territory", "needs_object")),
    ("seize", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory", "needs:territory", "needs_object")),
    # ground taken by an armed side ("militants took over the town"), not a firm taking over an airport's management
    ("take over", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory", "needs:territory", "needs_object", "needs_armed_actor")),
    ("gain control", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory",)),
    ("gain ground", "Battles", "Non-state actor overtakes territory", "ASSAULT", 66, ("territory",)),
    # (not a figure that falls: "the temperature fell to -5 degrees", events._to_a_figure)
    ("fall to", "Battles", "Non-state actor overtakes territory", "ASSAULT", 66, ("territory", "not_to_figure")),
    ("fall into the hands", "Battles", "Non-state actor overtakes territory", "ASSAULT", 66, ("territory",)),
    # Strategic developments
    ("withdraw", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ("needs:territory",)),
    ("withdrawal", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ("needs:territory",)),
    ("pull out", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ("needs:territory",)),
    ("hand over", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ("needs:territory",)),
    # ground or a base handed to another side without "over" ("SDF hands Manbij villages to Syrian army")
    ("hand", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ("object:territory", "needs_armed_actor")),
    ("hand", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ("object:base", "needs_armed_actor")),
    ("handover", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ()),
    # an armed side leaving ground or a base, its own subject the side and its object the place ("Kenyan troops
    # left the base in Kolbiyow", "the rebels departed the town", "leaving the town to the SPLM-N"): ACLED's
    # non-violent transfer (a withdrawal), told without a withdrawal word
    ("leave", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 66, ("needs_armed_subject", "needs_territory_object")),
    ("leave", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 66, ("needs_armed_subject", "object:base")),
    ("depart", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 66, ("needs_armed_subject", "needs_territory_object")),
    ("depart", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 66, ("needs_armed_subject", "object:base")),
    ("pull back", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ("needs:territory", "needs_armed_actor")),
    ("without resistance", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    ("without a fight", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    ("without fighting", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    ("ceasefire", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("cease-fire", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("truce", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("peace deal", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("peace agreement", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("peace accord", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("agreement", "Strategic developments", "Agreement", "AGREE", 60, ()),
    # a government agreeing to pay strikers settles a labour dispute, no agreement between conflict actors
    ("agree", "Strategic developments", "Agreement", "AGREE", 58, ("not:labour",)),
    ("in exchange for the release", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("exchange of prisoners of war", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("deal", "Strategic developments", "Agreement", "AGREE", 56, ("needs:accord",)),
    ("prisoner exchange", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("prisoner swap", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("exchange of prisoners", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("exchange prisoners", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("exchange", "Strategic developments", "Agreement", "AGREE", 60, ("needs:accord",)),
    # the sides swap their dead or their captives ("exchanged the bodies of fallen fighters"): ACLED's agreement
    ("exchange", "Strategic developments", "Agreement", "AGREE", 60, ("needs:swapped",)),
    ("swap", "Strategic developments", "Agreement", "AGREE", 60, ("needs:swapped",)),
    ("surrender", "Strategic developments", "Agreement", "AGREE", 57, ()),
    # captives freed after negotiations, talks or mediation: a release the captors agreed to is ACLED's
    # agreement, not the abduction it ends ("freed the 12 hostages after talks with tribal elders"); a
    # release by force ("freed 12 hostages in a raid") or with no word of talks keeps its own type
    ("free", "Strategic developments", "Agreement", "AGREE", 71, ("needs:negotiation", "needs_person_obj")),
    ("release", "Strategic developments", "Agreement", "AGREE", 71, ("needs:negotiation", "needs_person_obj")),
    # a convoy or travellers an armed side forced back ("a convoy was forced by rebels to turn back", "Rebels forced
    # the trucks to turn back"): a verb of COERCION_VERBS a few words before (events._coercer)
    ("turn back", "Strategic developments", "Other", "COERCE", 39, ("needs_armed_actor", "lead_only", "needs_coercion")),
    ("arrest", "Strategic developments", "Arrests", "COERCE", 44, ()),
    ("detain", "Strategic developments", "Arrests", "COERCE", 44, ()),
    ("round up", "Strategic developments", "Arrests", "COERCE", 44, ()),
    ("apprehend", "Strategic developments", "Arrests", "COERCE", 44, ()),
    ("take into custody", "Strategic developments", "Arrests", "COERCE", 44, ()),
    # people intercepted by the forces are arrested ("intercepted three suspected gunmen at a checkpoint"); with
    # weapons it stays a disrupted weapons use, drones or a phone call intercepted are no arrest
    ("intercept", "Strategic developments", "Arrests", "COERCE", 44, ("needs_person_obj", "needs_armed_subject")),
    ("set up", "Strategic developments", "Headquarters or base established", "MOBILIZE", 72, ("needs:base",)),
    ("establish", "Strategic developments", "Headquarters or base established", "MOBILIZE", 72, ("needs:base",)),
    ("build", "Strategic developments", "Headquarters or base established", "MOBILIZE", 72, ("needs:base",)),
    ("create", "Strategic developments", "Headquarters or base established", "MOBILIZE", 72, ("needs:base",)),
    ("install", "Strategic developments", "Headquarters or base established", "MOBILIZE", 72, ("needs:base",)),
    ("deploy", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ("not_object:crowd_control",)),
    ("redeploy", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ("not_object:crowd_control",)),
    ("dispatch", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ("needs:troops",)),
    ("send", "Strategic developments", "Change to group/activity", "MOBILIZE", 40, ("needs:troops",)),
    # an armed side that moves into ground the other side left ("al-Shabaab moved into the town after the troops
    # withdrew"): the ground changed hands without a fight (before the move of troops, tried first)
    ("move", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70,
     ("needs:territory", "needs_armed_actor", "needs_withdrawal")),
    ("move", "Strategic developments", "Change to group/activity", "MOBILIZE", 40, ("needs:troops",)),
    ("forward", "Strategic developments", "Change to group/activity", "MOBILIZE", 40, ("needs:troops",)),
    ("reinforce", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ()),
    ("mobilize", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ()),
    ("mobilise", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ()),
    ("defect", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ()),
    ("fortify", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ()),
    ("military drill", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ()),
    ("military exercise", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ()),
    # disrupted weapons use: seized, found or defused weapons outrank the bomb they name
    ("seize", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon", "not_person_obj")),
    ("seizure", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("confiscate", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("find", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("discover", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("uncover", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("recover", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    # weapons a search "turned up" ("a raid on a farmhouse turned up rifles and grenades"): found, as "uncover"
    ("turn up", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon", "needs_object")),
    ("intercept", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon", "not_person_obj")),
    ("capture", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon", "not_person_obj")),
    ("destroy", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon", "object:weapon")),
    ("dismantle", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("defuse", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ()),
    ("bomb disposal", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ()),
    ("weapons cache", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ()),
    ("arms cache", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ()),
    ("accidentally detonate", "Strategic developments", "Disrupted weapons use", "COERCE", 89, ()),
    ("accidentally activate", "Strategic developments", "Disrupted weapons use", "COERCE", 89, ()),
    # looting and property destruction (a riot when protesters do it: the protest trigger wins)
    ("torched", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ("not:field_burning",)),
    ("afire", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ("needs:property", "not_accidental")),
    ("destruction", "Strategic developments", "Looting/property destruction", "ASSAULT", 45, ("needs:property", "not_accidental")),
    ("loot", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("looting", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("ransack", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("vandalize", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("vandalise", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("arson", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("torch", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ("not:field_burning", "not_held")),
    ("torching", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ("not:field_burning",)),
    ("set fire", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ("not:field_burning",)),
    ("set ablaze", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ("not:field_burning",)),
    ("set alight", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ("not:field_burning",)),
    ("burn down", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    # setting fire told by its noun, by an armed actor the sentence names ("the burning of four buses was carried
    # out by FMLN urban commandos"); a fire with no one armed to it is an accident ("the burning of the forest")
    ("burning", "Strategic developments", "Looting/property destruction", "ASSAULT", 45,
     ("noun_only", "needs:property", "not_accidental", "needs_armed_actor")),
    ("burn", "Strategic developments", "Looting/property destruction", "ASSAULT", 45, ("needs:property", "not_accidental")),
    # armed men destroying property ("rebels destroyed the town hall"); a flood or a fire is no actor
    ("destroy", "Strategic developments", "Looting/property destruction", "ASSAULT", 44,
     ("needs_armed_subject", "needs:property")),
    # aircraft destroyed on the ground by armed men ("THE GUERRILLAS DESTROYED TWO MILITARY PLANES ON THE GROUND"): what
    # the act hit, no air strike (events._craft_hit)
    ("destroy", "Strategic developments", "Looting/property destruction", "ASSAULT", 44,
     ("needs_armed_subject", "object:aircraft_hit")),
    ("wreck", "Strategic developments", "Looting/property destruction", "ASSAULT", 44,
     ("needs_armed_subject", "needs:property")),
    # explosives used on property ("blew up power lines", "dynamited a bridge"); sabotage is destruction
    ("blow up", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 69, ()),
    ("dynamite", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 71, ()),
    ("dynamited", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 71, ()),
    # the act by its noun ("CLAIMED RESPONSIBILITY FOR THE DYNAMITING OF A SECTION OF THE PIPELINE")
    ("dynamiting", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 71, ()),
    ("sabotage", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("sabotaged", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    # infrastructure brought down ("rebels downed an electric tower", "toppled two pylons"): destruction; a
    # downed aircraft is no property of this class
    ("down", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ("object:property",)),
    ("topple", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ("object:property",)),
    # ACLED's "Other" strategic development: a mass grave found is news of its own, whatever the
    # bodies in it say about the killings ("with_casualties": the dead it counts do not outrank it)
    # a convoy or travellers an armed side forced back ("convoy forced to turn back by rebels"): no fight told
    ("forced to turn back", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("force to turn back", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("forced back", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("forced to turn around", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("force to turn around", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("mass grave", "Strategic developments", "Other", "ASSAULT", 74, ("with_casualties", "needs_discovery")),
    # a secret grave of many bodies, as Mexico's "clandestine graves" are told ("found a clandestine grave holding 17 bodies")
    ("clandestine grave", "Strategic developments", "Other", "ASSAULT", 74, ("with_casualties", "needs_discovery")),
    ("mass burial site", "Strategic developments", "Other", "ASSAULT", 74, ("with_casualties", "needs_discovery")),
    ("common grave", "Strategic developments", "Other", "ASSAULT", 74, ("with_casualties", "needs_discovery")),
    # the model lemmatises "graves" as "graf": the plurals match on their lower-case form
    ("mass graves", "Strategic developments", "Other", "ASSAULT", 74, ("with_casualties", "needs_discovery")),
    ("common graves", "Strategic developments", "Other", "ASSAULT", 74, ("with_casualties", "needs_discovery")),
    # ACLED definitions, word by word (2026-12-02 night): air/drone strikes named by the aircraft or the manner
    ("aerial bombardment", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 91, ()),
    ("air bombardment", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 91, ()),
    ("aerial bombing", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("aerial attack", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("air attack", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("aerial strike", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("unmanned aerial vehicle", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 92, ()),
    ("uav", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 92, ()),
    ("armed drone", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 92, ()),
    ("combat drone", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 92, ()),
    ("military aircraft", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89,
        ("not_carrier", "not:air_show", "not_hit_craft")),
    ("fighter plane", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ("not:air_show", "not_hit_craft")),
    ("military plane", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89,
        ("not_carrier", "not:air_show", "not_hit_craft")),
    ("combat aircraft", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ("not:air_show", "not_hit_craft")),
    ("fighter aircraft", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ("not:air_show", "not_hit_craft")),
    ("aircraft", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 88, ("not_carrier", "not:air_show", "not_hit_craft")),
    ("gunship", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 72, ("not:air_show", "not_hit_craft")),
    # shelling, artillery and missiles: the gun, the round, the launcher (an anti-aircraft gun is ground fire; ACLED counts a rocket-propelled grenade as a rocket, not a thrown grenade)
    ("bombard", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 74, ('needs_armed_actor',)),
    ("bombardment", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 75, ()),
    ("artillery fire", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 77, ()),
    ("tank fire", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 76, ()),
    ("tank shell", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 76, ()),
    ("tank attack", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 76, ()),
    ("howitzer", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 76, ()),
    ("katyusha", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 77, ()),
    ("grad rocket", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 77, ()),
    ("rocket launcher", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 77, ()),
    ("anti-aircraft", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 70, ()),
    ("rocket-propelled grenade", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 83, ()),
    ("rpg", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 83, ()),
    ("shelled", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 76, ()),
    # remote explosives: the device by its kind; a mine is a weapon unless it is dug for ore (flag not:mining)
    ("mine", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 84, ('not:mining',)),
    ("anti-personnel mine", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 85, ()),
    ("anti-tank mine", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 85, ()),
    ("sticky bomb", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("magnetic bomb", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("booby trap", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 85, ()),
    ("booby-trapped", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 85, ()),
    ("booby-trap", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 85, ()),
    ("parcel bomb", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("letter bomb", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("motorcycle bomb", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 85, ()),
    ("bicycle bomb", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 85, ()),
    ("vbied", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("explosive-laden", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 85, ()),
    ("bomb blast", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("remote-controlled bomb", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 87, ()),
    ("remotely detonated", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 87, ()),
    # suicide bombs: the vest or belt worn
    ("explosive vest", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("explosives vest", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("explosive belt", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("explosives belt", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("suicide belt", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("suicide attacker", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("suicide bomb attack", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("suicide car bomber", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("blew himself up", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("blew herself up", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("blew themselves up", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    # chemical weapons: agents and munitions (tear gas is a protest intervention, not one)
    ("mustard agent", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("phosgene", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("vx nerve agent", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("chemical munition", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("chemical bomb", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("chemical shell", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("chemical rocket", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("chemical strike", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("chemical gas", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("toxic chemical", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("chemically armed", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("chemical-laden", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("chemical weapons attack", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("poisonous substance", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("toxic substance", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("chlorine-filled", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("chlorine-laden", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    # sexual violence: ACLED counts any harm of a sexual nature (Nigerian English 'defile' is rape)
    ("defile", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("defilement", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("sexual slavery", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("sex slave", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("sexual exploitation", "Violence against civilians", "Sexual violence", "ASSAULT", 74, ()),
    ("sexually exploit", "Violence against civilians", "Sexual violence", "ASSAULT", 74, ()),
    ("sodomise", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("sodomize", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("forced prostitution", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("sexual harassment", "Violence against civilians", "Sexual violence", "ASSAULT", 72, ()),
    ("sexually harass", "Violence against civilians", "Sexual violence", "ASSAULT", 72, ()),
    ("stripped naked", "Violence against civilians", "Sexual violence", "ASSAULT", 73, ()),
    ("strip naked", "Violence against civilians", "Sexual violence", "ASSAULT", 73, ()),
    ("sexual assaults", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    # abduction and forced disappearance: taken to an unknown place, whereabouts unknown
    ("forcibly disappear", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 72, ()),
    ("forced disappearance", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 72, ()),
    ("enforced disappearance", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 72, ()),
    ("disappearance", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 60, ()),
    # people taken to where no one knows, or whose whereabouts are unknown: a forced disappearance (FR
    # "lieu inconnu", "destination inconnue", "sort inconnu"); below an arrest, which says who took them
    ("unknown location", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 43, ()),
    ("unknown destination", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 43, ()),
    ("whereabouts remain unknown", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 43, ("person_owner",)),
    ("whereabouts remained unknown", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 43, ("person_owner",)),
    ("whereabouts are unknown", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 43, ("person_owner",)),
    ("whereabouts were unknown", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 43, ("person_owner",)),
    ("whereabouts unknown", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 43, ("person_owner",)),
    ("whereabouts are still unknown", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 43, ("person_owner",)),
    ("whereabouts remain unclear", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 43, ("person_owner",)),
    ("snatch", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 66, ('needs_person_obj',)),
    ("held captive", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 62, ()),
    ("hold captive", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 62, ()),
    ("taken captive", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 62, ()),
    ("take captive", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 62, ()),
    ("unknown location", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 43, ()),
    ("unknown destination", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 43, ()),
    ("seize", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 66, ('needs_person_obj',)),
    ("hostage-taking", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 62, ()),
    ("ransom", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 56, ()),
    # armed clashes: an exchange of fire between armed sides
    ("fight", "Battles", "Armed clash", "ASSAULT", 58, ('needs_armed_actor',)),
    # partisans fighting each other need no armed side (typed as mob violence: events.refine_type)
    ("fight", "Battles", "Armed clash", "ASSAULT", 57, ("needs_partisan_subject",)),
    ("come to blows", "Battles", "Armed clash", "ASSAULT", 57, ("needs_partisan_subject",)),
    # a brawl: of armed sides a fight, of partisans or of people fighting one another a crowd's fight ("a brawl
    # between students", typed as mob violence: events.refine_type)
    ("brawl", "Battles", "Armed clash", "ASSAULT", 57, ("needs_armed_actor",)),
    ("brawl", "Battles", "Armed clash", "ASSAULT", 56, ("needs_partisan_subject",)),
    ("exchange fire", "Battles", "Armed clash", "ASSAULT", 63, ()),
    ("exchange of fire", "Battles", "Armed clash", "ASSAULT", 63, ()),
    ("exchange gunfire", "Battles", "Armed clash", "ASSAULT", 63, ()),
    ("exchange of gunfire", "Battles", "Armed clash", "ASSAULT", 63, ()),
    ("trade fire", "Battles", "Armed clash", "ASSAULT", 63, ()),
    ("exchanged fire", "Battles", "Armed clash", "ASSAULT", 63, ()),
    ("crossfire", "Battles", "Armed clash", "ASSAULT", 60, ()),
    ("counterattack", "Battles", "Armed clash", "ASSAULT", 60, ('needs_armed_actor',)),
    ("counter-attack", "Battles", "Armed clash", "ASSAULT", 60, ('needs_armed_actor',)),
    ("counter-offensive", "Battles", "Armed clash", "ASSAULT", 60, ('needs_armed_actor',)),
    ("counteroffensive", "Battles", "Armed clash", "ASSAULT", 60, ('needs_armed_actor',)),
    ("repel", "Battles", "Armed clash", "ASSAULT", 58, ('needs_armed_actor',)),
    ("repulse", "Battles", "Armed clash", "ASSAULT", 58, ('needs_armed_actor',)),
    ("confrontation", "Battles", "Armed clash", "ASSAULT", 55, ('needs_armed_actor',)),
    ("hostilities", "Battles", "Armed clash", "ASSAULT", 52, ('needs_armed_actor',)),
    # territory: irregular forms the lemmatizer misses
    ("retook", "Battles", "Government regains territory", "ASSAULT", 68, ('territory', 'needs:territory', 'needs_object')),
    ("retook control", "Battles", "Government regains territory", "ASSAULT", 68, ('territory',)),
    ("retaken control", "Battles", "Government regains territory", "ASSAULT", 68, ('territory',)),
    ("overran", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ('territory', 'needs:territory')),
    ("seized control", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ('territory',)),
    ("overrun", "Battles", "Non-state actor overtakes territory", "ASSAULT", 66, ('territory', 'needs:territory')),
    # non-violent transfers: the side that left or ceded the ground
    ("unopposed", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    ("without any resistance", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    ("without encountering resistance", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    ("no resistance", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ('negation_ok',)),
    ("any resistance", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ('negation_ok',)),
    ("a single shot", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ('negation_ok',)),
    ("without a shot", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    ("without firing a shot", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    ("without any fighting", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    ("without clashes", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    ("without a battle", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    ("cede", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ('needs:territory',)),
    ("relinquish", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ('needs:territory',)),
    ("abandon", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 68, ('needs:territory', 'needs_armed_actor')),
    ("evacuate", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 66, ('needs:territory', 'needs_armed_actor', 'not_object:evacuees')),
    ("vacate", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 68, ('needs:territory',)),
    ("pullout", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ()),
    # an armed side that enters ground the other side left ("entered the district centre after the troops
    # abandoned their posts"): the ground changed hands without a fight
    ("enter", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70,
     ("needs:territory", "needs_armed_actor", "needs_withdrawal")),
    ("hand over control", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    # control handed with no "over" ("handed control of the town to government troops"), the French « remettre le
    # contrôle »
    ("hand control", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    ("handed over control", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    # control or ground transferred to an armed side, active or passive ("Control of the border post was transferred to
    # the army", "transferred the base to Malian troops"), the French « transférer le contrôle »
    ("transfer", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ("object:control", "needs:territory", "needs_armed_actor")),
    ("transfer", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ("object:territory", "needs_armed_actor")),
    # arrests: more verbs of detention; a captured person (no town, no weapon) is arrested
    ("nab", "Strategic developments", "Arrests", "COERCE", 44, ()),
    ("arrestee", "Strategic developments", "Arrests", "COERCE", 44, ()),
    ("handcuff", "Strategic developments", "Arrests", "COERCE", 44, ()),
    # a person taken by people not identified ("picked up by men in plain clothes", "taken away by unidentified
    # armed men") is ACLED's forced disappearance; taken by the police it is an arrest (events._unknown_taker)
    ("pick up", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 62,
     ("needs_person_obj", "needs_unknown_taker")),
    ("take away", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 62,
     ("needs_person_obj", "needs_unknown_taker")),
    ("whisk away", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 62,
     ("needs_person_obj", "needs_unknown_taker")),
    # people taken by people not identified or by an armed group ("18 people had been taken by gunmen", "bandits
    # took two farmers"): an abduction (FR « emmener »)
    ("take", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 62,
     ("needs_person_obj", "needs_unknown_taker")),
    # an arrest by people not identified ("his arrest by men in plain clothes"): a forced disappearance
    ("arrest", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 62, ("needs_unknown_taker",)),
    ("detention", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 62, ("needs_unknown_taker",)),
    ("pick up", "Strategic developments", "Arrests", "COERCE", 42, ('needs_person_obj',)),
    # people captured by a rebel or unnamed armed group are taken, no arrest (ACLED: arrests are the state's, or
    # an authority's in control): "JNIM fighters captured two soldiers" (events.refine_type, "taken_if_non_state")
    ("capture", "Strategic developments", "Arrests", "COERCE", 46, ('needs_person_obj', "taken_if_non_state")),
    ("remand", "Strategic developments", "Arrests", "COERCE", 40, ()),
    ("mass arrest", "Strategic developments", "Arrests", "COERCE", 45, ()),
    # agreements: signed accords and pacts
    ("treaty", "Strategic developments", "Agreement", "AGREE", 60, ()),
    ("pact", "Strategic developments", "Agreement", "AGREE", 58, ()),
    ("armistice", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("peace treaty", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("peace pact", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("non-aggression pact", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("memorandum of understanding", "Strategic developments", "Agreement", "AGREE", 60, ()),
    ("sign", "Strategic developments", "Agreement", "AGREE", 58, ('needs:accord',)),
    ("reconciliation agreement", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("power-sharing", "Strategic developments", "Agreement", "AGREE", 60, ()),
    ("power sharing deal", "Strategic developments", "Agreement", "AGREE", 63, ()),
    # change to group/activity: mergers, splits, allegiances, recruitment, leaders, disarmament, arrivals
    ("merge", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ("announced_ok",)),
    ("merger", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ("announced_ok",)),
    ("disband", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ("announced_ok",)),
    ("splinter", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ()),
    ("break away", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ()),
    ("breakaway faction", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ()),
    ("pledge allegiance", "Strategic developments", "Change to group/activity", "MOBILIZE", 58, ()),
    ("swear allegiance", "Strategic developments", "Change to group/activity", "MOBILIZE", 58, ()),
    ("declare allegiance", "Strategic developments", "Change to group/activity", "MOBILIZE", 58, ()),
    ("join forces", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ()),
    ("recruit", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ()),
    ("recruitment", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ()),
    ("reinforcement", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ()),
    ("appoint", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ('needs:leader',)),
    ("new leader", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ()),
    ("lay down arms", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ()),
    # an armed group that gives up its armed struggle or turns into a party changes its activity
    # ("The rebel group announced it would end its armed struggle and become a political party")
    ("end its armed struggle", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ("announced_ok",)),
    ("end their armed struggle", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ("announced_ok",)),
    ("end the armed struggle", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ("announced_ok",)),
    ("renounce armed struggle", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ("announced_ok",)),
    ("renounce its armed struggle", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ("announced_ok",)),
    ("renounce the armed struggle", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ("announced_ok",)),
    ("abandon armed struggle", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ("announced_ok",)),
    ("abandon its armed struggle", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ("announced_ok",)),
    ("abandon the armed struggle", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ("announced_ok",)),
    ("become a political party", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ("announced_ok",)),
    ("transform into a political party", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ("announced_ok",)),
    ("lay down their arms", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ()),
    ("lay down their weapons", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ()),
    ("demobilize", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ()),
    ("demobilise", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ()),
    # (the name of what a body is for, "the disarmament commission", tells none: REMIT_BODY_NOUNS)
    ("disarmament", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ("not_remit",)),
    ("disarm", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ()),
    ("war games", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ()),
    ("joint exercise", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ()),
    ("military manoeuvres", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ()),
    ("military maneuvers", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ()),
    ("military drills", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ()),
    ("rename", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ()),
    # disrupted weapons use: attacks foiled, missiles and drones intercepted or shot down, mines cleared
    ("foil", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ('needs:weapon',)),
    ("thwart", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ('needs:weapon',)),
    ("shoot down", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ('needs:weapon',)),
    ("disarm", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ('needs:weapon',)),
    ("controlled explosion", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ()),
    ("controlled detonation", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ()),
    ("demine", "Strategic developments", "Disrupted weapons use", "COERCE", 86, ()),
    ("demining", "Strategic developments", "Disrupted weapons use", "COERCE", 86, ()),
    ("mine clearance", "Strategic developments", "Disrupted weapons use", "COERCE", 86, ()),
    ("make safe", "Strategic developments", "Disrupted weapons use", "COERCE", 86, ('needs:weapon',)),
    ("neutralize", "Strategic developments", "Disrupted weapons use", "COERCE", 86, ("needs:weapon", "object:weapon")),
    ("neutralise", "Strategic developments", "Disrupted weapons use", "COERCE", 86, ("needs:weapon", "object:weapon")),
    ("air defence", "Strategic developments", "Disrupted weapons use", "COERCE", 87, ("needs:weapon",)),
    ("air defense", "Strategic developments", "Disrupted weapons use", "COERCE", 87, ("needs:weapon",)),
    ("weapons depot", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ('needs:weapon',)),
    ("arms depot", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ('needs:weapon',)),
    ("arms haul", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ()),
    ("weapons haul", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ()),
    ("bomb-making", "Strategic developments", "Disrupted weapons use", "COERCE", 86, ()),
    ("bomb factory", "Strategic developments", "Disrupted weapons use", "COERCE", 86, ()),
    # where weapons are made, as the bomb factory ("Army destroys IED factory in Borno")
    ("IED factory", "Strategic developments", "Disrupted weapons use", "COERCE", 86, ()),
    ("weapons factory", "Strategic developments", "Disrupted weapons use", "COERCE", 86, ()),
    ("arms factory", "Strategic developments", "Disrupted weapons use", "COERCE", 86, ()),
    ("explosives factory", "Strategic developments", "Disrupted weapons use", "COERCE", 86, ()),
    # looting and property destruction: demolished, razed, plundered, stolen, damaged property
    ("demolish", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ("not_accidental",)),
    ("demolition", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("raze", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("bulldoze", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("pillage", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("steal", "Strategic developments", "Looting/property destruction", "ASSAULT", 45, ('needs_verb_object',)),
    # goods carried off in a raid ("raided the market, carting away foodstuffs and livestock")
    ("cart away", "Strategic developments", "Looting/property destruction", "ASSAULT", 45, ('needs_verb_object',)),
    ("cart off", "Strategic developments", "Looting/property destruction", "ASSAULT", 45, ('needs_verb_object',)),
    ("make off with", "Strategic developments", "Looting/property destruction", "ASSAULT", 45, ()),
    # goods carried off by their takers (« emporter »; "fighters carried off the railway tracks"), not houses carried
    # away by a flood (not_accidental, not_disaster)
    ("carry off", "Strategic developments", "Looting/property destruction", "ASSAULT", 44,
     ("needs_verb_object", "needs:property", "not_accidental", "not_disaster")),
    ("carry away", "Strategic developments", "Looting/property destruction", "ASSAULT", 44,
     ("needs_verb_object", "needs:property", "not_accidental", "not_disaster")),
    ("plunder", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("set on fire", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ("not:field_burning",)),
    ("burn to the ground", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("ablaze", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ('needs:property', 'lead_only', 'not_accidental')),
    ("damage", "Strategic developments", "Looting/property destruction", "ASSAULT", 40, ('needs:property', 'lead_only', 'needs_verb_object', 'not_accidental')),
    ("petrol bomb", "Strategic developments", "Looting/property destruction", "ASSAULT", 47, ()),
    ("molotov cocktail", "Strategic developments", "Looting/property destruction", "ASSAULT", 47, ()),
    ("firebomb", "Strategic developments", "Looting/property destruction", "ASSAULT", 47, ()),
    ("fire bomb", "Strategic developments", "Looting/property destruction", "ASSAULT", 47, ()),
    ("gasoline bomb", "Strategic developments", "Looting/property destruction", "ASSAULT", 47, ()),
    ("arsonist", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("rustle", "Strategic developments", "Looting/property destruction", "ASSAULT", 45, ()),
    ("cattle rustling", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("confiscate", "Strategic developments", "Looting/property destruction", "ASSAULT", 44, ('needs:property',)),
    ("expropriate", "Strategic developments", "Looting/property destruction", "ASSAULT", 44, ('needs:property',)),
    # protests: strikes and crowds in the street
    ("go on strike", "Protests", "Peaceful protest", "PROTEST", 52, ()),
    ("on strike", "Protests", "Peaceful protest", "PROTEST", 52, ()),
    ("general strike", "Protests", "Peaceful protest", "PROTEST", 52, ()),
    ("hunger strike", "Protests", "Peaceful protest", "PROTEST", 52, ()),
    ("strike action", "Protests", "Peaceful protest", "PROTEST", 52, ()),
    ("industrial action", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    # South Asian forms of a general strike: shops shut in protest ("observed a shutter-down strike", "a
    # Bharat bandh", "a hartal"; FR "ville morte")
    ("shutter-down strike", "Protests", "Peaceful protest", "PROTEST", 52, ()),
    ("shutter down strike", "Protests", "Peaceful protest", "PROTEST", 52, ()),
    ("shutdown strike", "Protests", "Peaceful protest", "PROTEST", 52, ()),
    ("wheel-jam strike", "Protests", "Peaceful protest", "PROTEST", 52, ()),
    ("hartal", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    ("bandh", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    # South Asian names of a protest: a sit-in ("staged a dharna"), surrounding an official until heard
    # ("students gheraoed the vice-chancellor"), blocking a road or a railway ("a rasta roko", "a rail roko",
    # "a chakka jam"); an effigy burnt is the protest's symbol, not a riot (RIOT_SYMBOLS)
    ("dharna", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    ("gherao", "Protests", "Peaceful protest", "PROTEST", 48, ()),
    ("gheraoed", "Protests", "Peaceful protest", "PROTEST", 48, ()),  # the model lemmatises it "gheraoe"
    ("rasta roko", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    ("rail roko", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    ("chakka jam", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    ("effigy", "Protests", "Peaceful protest", "PROTEST", 46, ()),
    # the Latin American protest of banging pots and pans ("a cacerolazo against austerity")
    ("cacerolazo", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    ("cacerolazos", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    ("banged pots and pans", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    # an "agitation" is a protest movement in South Asian English ("the agitating farmers", "agitators
    # blocked the road"); the police's cane charge is on a crowd, whatever word names it ("police
    # lathi-charged the job aspirants")
    ("agitation", "Protests", "Peaceful protest", "PROTEST", 46, ()),
    ("agitator", "Protests", "Peaceful protest", "PROTEST", 46, ("participant",)),
    ("agitating", "Protests", "Peaceful protest", "PROTEST", 44, ("needs_protest_context",)),
    ("lathi-charge", "Protests", "Protest with intervention", "PROTEST", 44, ()),
    ("lathi charge", "Protests", "Protest with intervention", "PROTEST", 44, ()),
    ("lathicharge", "Protests", "Protest with intervention", "PROTEST", 44, ()),
    ("lathi-charged", "Protests", "Protest with intervention", "PROTEST", 44, ()),
    ("lathi charged", "Protests", "Protest with intervention", "PROTEST", 44, ()),
    ("work stoppage", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    ("take to the street", "Protests", "Peaceful protest", "PROTEST", 52, ()),
    ("took to the streets", "Protests", "Peaceful protest", "PROTEST", 52, ()),
    ("protestor", "Protests", "Peaceful protest", "PROTEST", 48, ('participant',)),
    ("picketer", "Protests", "Peaceful protest", "PROTEST", 44, ('participant',)),
    ("demonstrating", "Protests", "Peaceful protest", "PROTEST", 48, ('needs_protest_context',)),
    ("march", "Protests", "Peaceful protest", "PROTEST", 35, ('needs_crowd_subject',)),
    ("rally", "Protests", "Peaceful protest", "PROTEST", 40, ('needs_crowd_subject',)),
    ("demonstrate", "Protests", "Peaceful protest", "PROTEST", 48, ('needs_crowd_subject',)),
    # killings by their manner (typed by their victims, like "kill")
    ("hack", "Violence against civilians", "Attack", "ASSAULT", 30, ('generic',)),
    ("hack to death", "Violence against civilians", "Attack", "ASSAULT", 32, ('generic',)),
    ("beat to death", "Violence against civilians", "Attack", "ASSAULT", 32, ('generic',)),
    # a death at the hands of its doers is their killing ("Four farmers died at the hands of gunmen"), typed by who
    # died and who did it (the hands stand for their "of" complement: incidents._hand_of)
    ("die at the hands of", "Violence against civilians", "Attack", "ASSAULT", 32, ('generic',)),
    ("died at the hands of", "Violence against civilians", "Attack", "ASSAULT", 32, ('generic',)),
    ("killed at the hands of", "Violence against civilians", "Attack", "ASSAULT", 32, ('generic',)),
    # a beating in the South Asian and Nigerian press ("villagers thrashed a suspected thief"), typed by who did
    # it and to whom; a person beaten, not a team ("India thrashed Pakistan")
    ("thrash", "Violence against civilians", "Attack", "ASSAULT", 28, ('generic', 'needs_person_obj')),
    ("beat up", "Violence against civilians", "Attack", "ASSAULT", 28, ('generic', 'needs_person_obj')),
    ("burn alive", "Violence against civilians", "Attack", "ASSAULT", 32, ('generic',)),
    ("slaughter", "Violence against civilians", "Attack", "ASSAULT", 32, ('generic',)),
    ("slay", "Violence against civilians", "Attack", "ASSAULT", 30, ('generic',)),
    ("butcher", "Violence against civilians", "Attack", "ASSAULT", 30, ('generic',)),
    ("torture", "Violence against civilians", "Attack", "ASSAULT", 30, ('generic',)),
    ("mutilate", "Violence against civilians", "Attack", "ASSAULT", 30, ('generic',)),
    ("flog", "Violence against civilians", "Attack", "ASSAULT", 30, ('generic',)),
    ("whip", "Violence against civilians", "Attack", "ASSAULT", 28, ('generic',)),
    ("open", "Strategic developments", "Headquarters or base established", "MOBILIZE", 72, ('needs:base',)),
    # more forms of the same cues (a noun the model misreads, a compound, a nominalisation)
    ("government plane", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89, ("not:air_show", "not_hit_craft")),
    ("regime plane", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89, ("not_hit_craft",)),
    ("army plane", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89, ("not:air_show", "not_hit_craft")),
    ("air force plane", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89, ("not:air_show", "not_hit_craft")),
    ("war plane", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89, ("not:air_show", "not_hit_craft")),
    ("coalition plane", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89, ("not_hit_craft",)),
    ("enemy plane", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89, ("not_hit_craft",)),
    ("bomber plane", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89, ("not_hit_craft",)),
    ("attack helicopter", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89, ("not:air_show", "not_hit_craft")),
    ("helicopter gunship", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89, ("not:air_show", "not_hit_craft")),
    ("barrel bomb", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    # bombs dropped from aircraft ("a Russian guided bomb struck a store", "dropped a glide bomb"): an air strike
    ("guided bomb", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("glide bomb", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("gliding bomb", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("aerial bomb", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("aerial bombardment", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("sarin gas", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("chlorine gas", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("liberation of", "Battles", "Government regains territory", "ASSAULT", 67, ('territory', 'needs:area')),
    ("fall of", "Battles", "Non-state actor overtakes territory", "ASSAULT", 66, ('territory', 'needs:territory')),
    ("rioting", "Riots", "Violent demonstration", "PROTEST", 70, ()),
    ("burn to death", "Violence against civilians", "Attack", "ASSAULT", 32, ('generic',)),
    ("killing", "Violence against civilians", "Attack", "ASSAULT", 30, ('generic',)),
    ("killing themselves", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 94, ('needs:explosive',)),
    ("killed themselves", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 94, ('needs:explosive',)),
    ("killing himself", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 94, ('needs:explosive',)),
    ("killed himself", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 94, ('needs:explosive',)),
    ("killing herself", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 94, ('needs:explosive',)),
    ("killed herself", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 94, ('needs:explosive',)),
    # ACLED's 'Other' strategic development: expulsions, displacement, weapons tests, tunnels found
    # people forced out ("expelled 300 migrants"); diplomats expelled are diplomacy, no ACLED event
    ("expel", "Strategic developments", "Other", "ASSAULT", 40, ('not:diplomat',)),
    ("expulsion", "Strategic developments", "Other", "ASSAULT", 42, ('not:diplomat',)),
    ("deport", "Strategic developments", "Other", "ASSAULT", 40, ('needs:person', 'not:diplomat')),
    ("mass deportation", "Strategic developments", "Other", "ASSAULT", 42, ()),
    # people forced back across a border ("refugees were pushed back across the border"): forced out, as
    # expelled; an armed side pushed back is ground regained (the "push back" of the territory triggers)
    ("push back", "Strategic developments", "Other", "ASSAULT", 40, ("needs_person_obj", "needs:territory")),
    ("test-fire", "Strategic developments", "Other", "ASSAULT", 78, ()),
    ("test fire", "Strategic developments", "Other", "ASSAULT", 78, ()),
    ("missile test", "Strategic developments", "Other", "ASSAULT", 78, ()),
    ("weapons test", "Strategic developments", "Other", "ASSAULT", 78, ()),
    ("nuclear test", "Strategic developments", "Other", "ASSAULT", 78, ()),
    ("test launch", "Strategic developments", "Other", "ASSAULT", 78, ()),
    ("mass exodus", "Strategic developments", "Other", "ASSAULT", 40, ()),
    ("exodus", "Strategic developments", "Other", "ASSAULT", 38, ()),
    ("flee their homes", "Strategic developments", "Other", "ASSAULT", 40, ()),
    ("fled their homes", "Strategic developments", "Other", "ASSAULT", 40, ()),
    # a crowd counted by a figure word fleeing a place ("Thousands fled Beni after a night of attacks"): displacement
    # (events._crowd_fled_place)
    ("flee", "Strategic developments", "Other", "ASSAULT", 38, ("needs_crowd_fled_place",)),
    # people fleeing their villages or across a border en masse: displacement, as "fled their homes" (the French
    # « fuir leurs villages »)
    ("flee their villages", "Strategic developments", "Other", "ASSAULT", 40, ()),
    ("flee across the border", "Strategic developments", "Other", "ASSAULT", 40, ()),
    # people fleeing a fight or violence, which is what they fled, not the news ("Thousands have fled the fighting in
    # Ituri into Uganda", the French « ont fui les combats »)
    ("flee the fighting", "Strategic developments", "Other", "ASSAULT", 40, ()),
    ("fled the fighting", "Strategic developments", "Other", "ASSAULT", 40, ()),
    ("flee the violence", "Strategic developments", "Other", "ASSAULT", 40, ()),
    ("fled the violence", "Strategic developments", "Other", "ASSAULT", 40, ()),
    ("flee the clashes", "Strategic developments", "Other", "ASSAULT", 40, ()),
    ("fled the clashes", "Strategic developments", "Other", "ASSAULT", 40, ()),
    ("forced displacement", "Strategic developments", "Other", "ASSAULT", 42, ()),
    # people driven from their homes told as a passive ("3,000 families have been displaced from their villages"), the
    # French « déplacées de leurs villages »
    ("displace from their homes", "Strategic developments", "Other", "ASSAULT", 40, ()),
    ("displace from their villages", "Strategic developments", "Other", "ASSAULT", 40, ()),
    # people forced from their homes ("Hundreds of families have been forced from their homes by insurgent attacks"),
    # the French « chassées de leurs maisons »: displacement, what drove them out its cause
    ("force from their homes", "Strategic developments", "Other", "ASSAULT", 40, ()),
    ("forced from their homes", "Strategic developments", "Other", "ASSAULT", 40, ()),
    ("forced from their villages", "Strategic developments", "Other", "ASSAULT", 40, ()),
    # people displaced by the violence told as a passive ("10,000 people have been displaced by the violence"); not the
    # active "The conflict has displaced over a million people", a background figure before the news
    ("displaced by the violence", "Strategic developments", "Other", "ASSAULT", 40, ()),
    # people counted told displaced after them, a headline's participle or a passive ("5,000 villagers displaced in
    # Benue", "800 households have been displaced"): the displacement is the news (events._displaced_count); not "has
    # displaced 10,000 people" (a background figure), nor "displaced people"; a flood's displaced are no ACLED event
    ("displace", "Strategic developments", "Other", "ASSAULT", 38, ("needs_displaced_count", "not_disaster")),
    ("displaced by the fighting", "Strategic developments", "Other", "ASSAULT", 40, ()),
    ("displaced by the clashes", "Strategic developments", "Other", "ASSAULT", 40, ()),
    ("tunnel", "Strategic developments", "Other", "ASSAULT", 45, ('needs_discovery',)),
    ("tunnels", "Strategic developments", "Other", "ASSAULT", 45, ('needs_discovery',)),
    ("gunfight", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("gun fight", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("engage", "Battles", "Armed clash", "ASSAULT", 58, ('needs_armed_actor', 'needs_armed_object')),
    # one armed side confronting another ("troops confronted the militants near the border"), not a problem faced
    ("confront", "Battles", "Armed clash", "ASSAULT", 58, ('needs_armed_actor', 'needs_armed_object')),
    ("beat", "Violence against civilians", "Attack", "ASSAULT", 28, ('generic', 'needs_casualty')),
    ("burn", "Violence against civilians", "Attack", "ASSAULT", 28, ('generic', 'needs_casualty')),
    ("dissolution", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ('needs_armed_actor',)),
    ("new alliance", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ()),
    ("new coalition", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ()),
    ("new armed group", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ()),
    ("new faction", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ()),
    ("into custody", "Strategic developments", "Arrests", "COERCE", 44, ()),
    # a work stoppage (no air strike: no armed actor, or words of labour near it), a demonstration
    # against something
    ("strike", "Protests", "Peaceful protest", "PROTEST", 40, ('needs:labour',)),
    ("strike", "Protests", "Peaceful protest", "PROTEST", 40, ('needs_crowd_subject', 'not:weapon')),
    ("demonstration", "Protests", "Peaceful protest", "PROTEST", 50, ('needs_crowd_subject',)),
    # mob violence: crowd justice
    ("mob justice", "Riots", "Mob violence", "ASSAULT", 70, ()),
    ("lynching", "Riots", "Mob violence", "ASSAULT", 70, ()),
    ("lynch mob", "Riots", "Mob violence", "ASSAULT", 70, ()),
    ("irate mob", "Riots", "Mob violence", "ASSAULT", 62, ()),
    ("instant justice", "Riots", "Mob violence", "ASSAULT", 70, ()),
    ("street justice", "Riots", "Mob violence", "ASSAULT", 70, ()),
    ("vigilante group", "Riots", "Mob violence", "ASSAULT", 58, ("needs_doer",)),
    # paraphrase probes of 2026-12-03 (tests/test_event_types_paraphrases.py), by codebook definition:
    # the aircraft named with its owner, the suicide modifier on a car or truck bomb
    ("military helicopter", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89, ("not:air_show", "not_hit_craft")),
    ("army helicopter", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89, ("not:air_show", "not_hit_craft")),
    ("military jet", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89, ("not:air_show", "not_hit_craft")),
    ("suicide car bombing", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 96, ()),
    ("suicide truck bomb", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 96, ()),
    ("suicide truck bombing", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 96, ()),
    ("suicide truck bomber", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 96, ()),
    # ACLED codes the explosion of unexploded ordnance and remnants of war as a remote explosive,
    # whatever shell or bomb it was (the shell was not fired that day)
    ("unexploded ordnance", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 89, ()),
    ("unexploded shell", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 89, ()),
    ("unexploded bomb", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 89, ()),
    ("unexploded device", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 89, ()),
    ("unexploded mortar", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 89, ()),
    ("unexploded munition", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 89, ()),
    ("unexploded rocket", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 89, ()),
    ("unexploded grenade", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 89, ()),
    ("explosive remnants of war", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 89, ()),
    ("remnant of war", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 89, ()),
    ("uxo", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 89, ()),
    # a town taken by an armed side: "take" only with a territory as its own object
    ("take", "Battles", "Non-state actor overtakes territory", "ASSAULT", 64,
     ("territory", "needs_territory_object", "needs_armed_actor")),
    # a deal reached or struck is an agreement whatever it is about
    ("reach a deal", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("reach an agreement", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("reach an accord", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("strike a deal", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("seal a deal", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("sign a deal", "Strategic developments", "Agreement", "AGREE", 63, ()),
    # change to group/activity: a new name, a move of the group's forces
    ("change its name", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ()),
    ("change their name", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ()),
    ("relocate", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ("needs:troops",)),
    # a weapons test is ACLED's "Other", not a missile attack (the written past form: the noun "test"
    # would make every "test of a bomb" an event word)
    ("tested", "Strategic developments", "Other", "ASSAULT", 78, ("needs:weapon", "needs_verb_object")),
    # ... and a headline's present ("Iran tests new long-range missile"), with a weapon as its object
    ("tests", "Strategic developments", "Other", "ASSAULT", 78, ("object:weapon", "needs_verb_object")),
    # a protest called by its support verb ("a demonstration was held", "staged a rally")
    ("demonstration", "Protests", "Peaceful protest", "PROTEST", 50, ("needs_support_verb",)),
    ("rally", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_support_verb",)),
    ("march", "Protests", "Peaceful protest", "PROTEST", 35, ("needs_support_verb",)),
    ("vigil", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_support_verb",)),
    ("gather", "Protests", "Peaceful protest", "PROTEST", 36, ("needs_protest_purpose",)),
    # an attack foiled or thwarted is no attack: the plot is what was disrupted
    ("foil", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:plot",)),
    ("thwart", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:plot",)),
    ("assemble", "Protests", "Peaceful protest", "PROTEST", 36, ("needs_protest_purpose",)),
    # a crowd of people who gathered, with no purpose told ("Several hundred people gathered in Freedom Square",
    # "a crowd assembled near the mosque"): a CASE / ACLED event is a protest (as « se rassembler »)
    # (intransitive: not "women gathered firewood", "assembled a bomb")
    ("gather", "Protests", "Peaceful protest", "PROTEST", 36, ("needs_crowd_subject", "not_transitive")),
    ("assemble", "Protests", "Peaceful protest", "PROTEST", 36, ("needs_crowd_subject", "not_transitive")),
    # a gathering to remember someone is a peaceful protest in ACLED ("hundreds gathered in memory of the
    # victims", "students gathered to pay tribute to a classmate", "a candlelight vigil for the victims")
    ("gather", "Protests", "Peaceful protest", "PROTEST", 36, ("needs_commemoration",)),
    ("assemble", "Protests", "Peaceful protest", "PROTEST", 36, ("needs_commemoration",)),
    ("march", "Protests", "Peaceful protest", "PROTEST", 35, ("needs_commemoration",)),
    ("rally", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_commemoration",)),
    ("vigil", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_crowd_subject",)),
    ("vigil", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_commemoration",)),
    ("candlelight vigil", "Protests", "Peaceful protest", "PROTEST", 44, ()),
    ("silent march", "Protests", "Peaceful protest", "PROTEST", 44, ()),
    ("memorial march", "Protests", "Peaceful protest", "PROTEST", 44, ()),
    ("converge", "Protests", "Peaceful protest", "PROTEST", 36, ("needs_protest_purpose",)),
    # people who march to protest, whoever they are ("fans marched to the stadium to protest against the owners")
    ("march", "Protests", "Peaceful protest", "PROTEST", 35, ("needs_protest_purpose",)),
    # held-out probes: militants cleared from villages, a man stoned, people forcibly displaced
    ("clear", "Battles", "Government regains territory", "ASSAULT", 66,
     ("territory", "needs:territory", "needs_object", "needs_armed_object")),
    ("stoned", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic",)),
    ("stone to death", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("stoning", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic",)),
    ("forcibly displace", "Strategic developments", "Other", "ASSAULT", 42, ()),
    ("forcibly displaced", "Strategic developments", "Other", "ASSAULT", 42, ()),
    # a crowd throwing stones or burning tyres riots, with or without a protest word (news-style probes);
    # "crowd_act": with no police and no protest in the sentence, a crowd's act is mob violence
    ("hurl stones", "Riots", "Violent demonstration", "PROTEST", 60, ("needs_crowd_subject", "crowd_act")),
    ("throw stones", "Riots", "Violent demonstration", "PROTEST", 60, ("needs_crowd_subject", "crowd_act")),
    ("hurl rocks", "Riots", "Violent demonstration", "PROTEST", 60, ("needs_crowd_subject", "crowd_act")),
    ("throw rocks", "Riots", "Violent demonstration", "PROTEST", 60, ("needs_crowd_subject", "crowd_act")),
    ("pelt", "Riots", "Violent demonstration", "PROTEST", 60, ("needs_crowd_subject", "crowd_act")),
    # (tyres burnt are a demonstration's road-blocking, the ACLED codebook's "burning tires", aimed at no one: no
    # "crowd_act", whose crowd with no police nor protest in sight is a mob)
    ("burn tyres", "Riots", "Violent demonstration", "PROTEST", 60, ("needs_crowd_subject",)),
    ("burn tires", "Riots", "Violent demonstration", "PROTEST", 60, ("needs_crowd_subject",)),
    # bottles thrown by a crowd; and the same acts by partisans or sports fans, no protest crowd ("fans threw
    # bottles at police": typed as mob violence over a sports occasion, events.refine_type)
    ("throw bottles", "Riots", "Violent demonstration", "PROTEST", 60, ("needs_crowd_subject", "crowd_act")),
    ("hurl bottles", "Riots", "Violent demonstration", "PROTEST", 60, ("needs_crowd_subject", "crowd_act")),
    ("hurl stones", "Riots", "Violent demonstration", "PROTEST", 59, ("needs_partisan_subject", "crowd_act")),
    ("throw stones", "Riots", "Violent demonstration", "PROTEST", 59, ("needs_partisan_subject", "crowd_act")),
    ("hurl rocks", "Riots", "Violent demonstration", "PROTEST", 59, ("needs_partisan_subject", "crowd_act")),
    ("throw rocks", "Riots", "Violent demonstration", "PROTEST", 59, ("needs_partisan_subject", "crowd_act")),
    ("pelt", "Riots", "Violent demonstration", "PROTEST", 59, ("needs_partisan_subject", "crowd_act")),
    ("throw bottles", "Riots", "Violent demonstration", "PROTEST", 59, ("needs_partisan_subject", "crowd_act")),
    ("hurl bottles", "Riots", "Violent demonstration", "PROTEST", 59, ("needs_partisan_subject", "crowd_act")),
    # fire exchanged or traded whatever its modifiers ("exchanged heavy fire", "traded intense gunfire")
    ("exchange", "Battles", "Armed clash", "ASSAULT", 63, ("object:fire",)),
    ("trade", "Battles", "Armed clash", "ASSAULT", 63, ("object:fire",)),
    # an armed group joining a coalition or another group
    ("join", "Strategic developments", "Change to group/activity", "MOBILIZE", 45,
     ("object:group", "needs_armed_actor")),
    # a group's leadership changes: its leader or commander steps down or resigns, a new one is named;
    # a group splits or its fighters are integrated into an army (ACLED's change to group/activity)
    ("step down", "Strategic developments", "Change to group/activity", "MOBILIZE", 48, ("needs:leader", "needs_armed_actor")),
    ("resign", "Strategic developments", "Change to group/activity", "MOBILIZE", 48, ("needs:leader", "needs_armed_actor")),
    ("name", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ("object:leader", "needs_armed_actor")),
    # an armed group ending its truce ("the TTP announced it was ending its ceasefire with the government"): a
    # change to its activity, not an agreement (BREACH_WORDS)
    ("end", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("object:truce", "needs_armed_actor")),
    ("split", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ("needs:group", "needs_armed_actor")),
    # a new armed group or wing created by a side ("The militia announced the creation of a new armed wing", "formed a
    # new militia"): ACLED's change to group/activity
    ("creation", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ("needs:group", "needs_armed_actor")),
    ("formation", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ("needs:group", "needs_armed_actor")),
    ("create", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ("object:group", "needs_armed_actor")),
    ("form", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ("object:group", "needs_armed_actor")),
    ("integrate", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ("needs_armed_actor",)),
    ("integration", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ("needs_armed_actor",)),
    # a group that moves its headquarters or base establishes it where it moves it
    ("move", "Strategic developments", "Headquarters or base established", "MOBILIZE", 72, ("object:base", "needs_armed_actor")),
    ("relocate", "Strategic developments", "Headquarters or base established", "MOBILIZE", 72, ("object:base", "needs_armed_actor")),
    # a change to what a group or a population may do (ACLED's change to group/activity): a curfew, a state of
    # emergency or martial law imposed, declared, extended or lifted ("imposed an indefinite curfew"); gatherings
    # banned ("banned all demonstrations"); a group's operations or activities suspended ("suspending its armed
    # operations for the election"); a ceasefire one side declares alone (no second party: no agreement); a
    # change of leadership told as a noun; a group dissolving itself
    ("impose", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("object:restriction", "not_disaster")),
    ("declare", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("object:restriction", "not_disaster")),
    ("decree", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("object:restriction", "not_disaster")),
    ("extend", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("object:restriction", "not_disaster")),
    ("lift", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("object:restriction", "not_disaster")),
    ("ban", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("object:gathering",)),
    ("prohibit", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("object:gathering",)),
    ("outlaw", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("object:gathering",)),
    ("suspend", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("object:activity",)),
    ("unilateral ceasefire", "Strategic developments", "Change to group/activity", "MOBILIZE", 64, ()),
    ("unilateral cease-fire", "Strategic developments", "Change to group/activity", "MOBILIZE", 64, ()),
    ("unilateral truce", "Strategic developments", "Change to group/activity", "MOBILIZE", 64, ()),
    ("change of leadership", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("after_its_cause",)),
    ("change in leadership", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("after_its_cause",)),
    ("leadership change", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("after_its_cause",)),
    ("dissolve", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ("object:self", "needs_armed_actor")),
    # soldiers taking power: a coup, ACLED's "Other" strategic development (no ground taken from a side)
    ("seize power", "Strategic developments", "Other", "ASSAULT", 66, ()),
    ("take power", "Strategic developments", "Other", "ASSAULT", 66, ()),
    ("grab power", "Strategic developments", "Other", "ASSAULT", 66, ()),
]

# verbs that make a demonstration, rally or march happen ("a demonstration was held", "staged a
# rally", "organised a march"): with them the noun is a protest, not a show of strength
PROTEST_SUPPORT_VERBS = ["hold", "stage", "organise", "organize", "lead", "join", "mount", "participate", "attend",
                         "staged"]  # the model lemmatises "staged" as "stag"
# taking part in a protest ("took part in a march"): the verbs and the noun of the phrase
PARTICIPATION = (["take"], ["part"])
# the copula of a description ("gunmen suspected to be herdsmen")
COPULAS = ["be"]
# participles that name a person by a charge ("a man accused of stealing a motorbike", "suspected of
# kidnapping"): what they are said to have done is no event of the report
CHARGE_PARTICIPLES = ["accuse", "accused", "suspect", "suspected", "charge", "charged", "convict", "convicted"]
# participles that tell the state a person died in ("A third man, badly burned, died in hospital"): hung on
# the subject of a death verb (victims_<lang>.DYING_WORDS), with no object and no doer, they tell the
# wounds of a victim of an act told before, no act of their own
STATE_PARTICIPLES = ["burn", "burned", "burnt", "wound", "wounded", "injure", "injured", "scald", "scalded"]
# what a gathering is for ("gathered outside parliament to oppose the bill"): protest purposes
# what a gathering to remember someone is in ("in memory of", "in honour of", "on the anniversary of"), or
# is for ("to pay tribute", "to commemorate the massacre"): _commemorates
COMMEMORATION_NOUNS = ["memory", "honour", "honor", "tribute", "homage", "remembrance", "commemoration",
                       "anniversary", "respects"]
COMMEMORATION_VERBS = ["commemorate", "honour", "honor", "remember", "mourn"]
PROTEST_PURPOSE_VERBS = ["protest", "oppose", "denounce", "decry", "condemn", "demand", "demonstrate", "call",
                         "press", "reject", "express", "voice", "show", "mourn", "demand"]

# match each trigger's plural too ("Rockets were fired": a sentence-initial plural the model takes
# for a proper noun keeps its written form as lemma)
INFLECT_PLURALS = True

# particles of phrasal-verb triggers, matched also when the object splits them ("drove the militants out")
PARTICLES = ["out", "back", "up", "down", "over", "off", "away"]

# the nouns of a force, its members or its gear that a riot word may qualify ("riot officers", "riot squad", "riot
# gear", "anti-riot units"): the force, no riot (flag not_force_unit, events._force_unit)
FORCE_UNIT_NOUNS = ["officer", "officers", "squad", "squads", "unit", "units", "troops", "trooper", "troopers", "gear",
                    "shield", "shields", "cop", "cops", "policeman", "policemen", "policewoman", "policewomen", "police",
                    "force", "forces", "brigade", "brigades", "battalion", "battalions", "control", "helmet",
                    "helmets", "vehicle", "vehicles", "van", "vans", "agent", "agents"]

PROTEST_INTERVENTION = [
    "disperse", "tear gas", "teargas", "water cannon", "arrest", "detain", "baton", "suppress", "pepper spray",
    "pepper-spray", "pepper-sprayed", "rubber bullet", "break up", "halt", "baton charge", "chase",
    # the force said as a verb done to the protesters ("protesters were tear-gassed")
    "tear-gassed", "teargassed", "tear gassed", "tear-gas", "baton-charged", "baton charged",
    # protesters taken in at the protest ("rounded up dozens of protesters at a rally"); the dispersal
    # told as a noun ("the violent dispersal of the sit-in")
    "round up", "dispersal",
    # ... or taken "into custody" ("police took nine of them into custody")
    "into custody",
    # the South Asian police's cane charge ("police resorted to lathi-charge", "lathi-charged the crowd")
    "lathi-charge", "lathi charge", "lathicharge", "lathi-charged", "lathi charged", "lathicharged",
    "cane-charge", "cane charge",
    # protesters beaten or clubbed by the forces ("police beat a protester"): counted only with protesters as the
    # object (FORCE_ON_PROTESTERS_ONLY: "India beat Pakistan", "beat the deadline" are none)
    "beat", "club",
    # a protest the forces of order prevented (FR "empêcher"), stopped or blocked ("stopped a march from reaching the
    # centre", "blocked a march"; PREVENTION_WORDS: only with the forces as their subject, not "protesters blocked roads")
    "prevent", "stop", "block",
    # a protest crushed or quelled, a protest camp dismantled by the forces (FR « écraser », « mater », « démanteler »)
    "crush", "quell", "dismantle",
]
# force cues with other senses, counted only with protesters as their object ("police beat the protesters")
FORCE_ON_PROTESTERS_ONLY = ["beat", "club"]
PROTEST_LETHAL = [
    "live ammunition", "live round", "live rounds", "fired into", "shoot", "kill", "open fire",
    # shots aimed at the crowd (« ont tiré sur des manifestants »: French "tirer"); tear gas fired on it is gentle
    "fire on", "fired on", "fire at", "fired at", "shot at", "excessive force", "violently suppress", "violently disperse",
    "violently crush", "brutally crush",
    # a protest broken up by force ("police violently broke up a demonstration"; FR « violemment disperser »)
    "violently break up", "brutally break up", "forcibly break up",
    "crackdown", "gunfire", "die", "dead", "injure", "injured", "injuries", "wound", "brutally",
    # force that killed told by its manner ("a student was beaten to death by police who broke up a sit-in")
    "to death",
    # protesters shot dead told by a phrasal verb ("police gunned down two protesters")
    "gun down", "gunned down",
    # force that left serious injuries (ACLED: violence resulting in serious injuries, as a hospital stay), told by
    # its effect ("beat protesters ..., leaving several hospitalised", "a student was left unconscious")
    "hospitalise", "hospitalised", "hospitalize", "hospitalized", "unconscious",
    # or by the state it left them in ("leaving two in critical condition", "critically injured")
    "critical condition", "critically",
]
# shots fired to warn or frighten, not at people ("fired warning shots into the air to disperse protesters", "shot
# in the air"): no lethal force on the protest, an intervention at most (events._lethal_force)
WARNING_FIRE = ["warning shot", "warning shots", "into the air", "in the air", "shots in the air",
                "shots into the air"]
RIOT_CUES = [
    "violent", "torch", "set fire", "loot", "looting", "stone", "hurl", "vandalize", "ransack", "clash", "molotov",
    "throw", "rock", "barricade", "block", "burn", "smash", "violence", "stone-throwing",
    # more of a riot's manner: storming, pelting, missiles thrown, fires set
    "storm", "pelt", "petrol bomb", "molotov cocktail", "firebomb", "projectile", "projectiles", "firework",
    "fireworks", "bottle", "bottles", "brick", "bricks", "scuffle", "ablaze", "arson", "rampage", "unruly",
    "attack police", "set alight", "vandalise",
    # fireworks or firecrackers set off at the police (FR « pétards », « feux d'artifice »)
    "firecracker", "firecrackers",
]
# what a protest burns as its symbol ("burnt an effigy of the minister", "burned copies of the law"): no
# riot (events._riot_manner)
RIOT_SYMBOLS = ["effigy", "effigies", "flag", "flags", "copy", "copies", "poster", "posters", "portrait",
                "portraits"]
# who may storm or burn without it being the protesters' riot ("police stormed the sit-in")
CROWD_CONTROL_FORCES = ["police", "policeman", "policemen", "security forces", "security force", "riot police",
                        "riot officers", "riot officer", "riot squad", "riot squads", "riot units", "riot troops",
                        "riot policemen", "riot policeman", "riot cops",
                        "army", "military", "soldier", "soldiers", "troops", "officers", "officer", "gendarmes",
                        "authorities", "forces", "carabineros"]
# people whose march, rally or demonstration is a protest whatever the sentence says about it
# ("students demonstrated against fees", "thousands marched in the capital")
PROTEST_CROWDS = [
    "student", "students", "worker", "workers", "teacher", "teachers", "doctor", "doctors", "nurse", "nurses",
    "resident", "residents", "farmer", "farmers", "trader", "traders", "women", "youth", "youths", "thousands",
    "hundreds", "dozens", "tens of thousands", "supporters", "activist", "activists", "employees", "villagers",
    "opposition", "citizens", "people", "crowd", "crowds", "lawyers", "journalists", "pensioners", "retirees",
    "drivers", "miners", "vendors", "parents", "relatives", "families", "members", "protesters", "demonstrators",
    # road users who block the road they use ("Commuters blocked the Nakuru-Eldoret highway")
    "commuters", "motorists",
    # those who drive goods on the roads they block ("Truckers blocked the Pan-American Highway")
    "truckers", "hauliers", "transporters",
    # a movement named by the garment its marchers wear ("yellow vests")
    "vests",
]
# words of a protest's purpose attached to the march itself ("marched against", "rallied for")
PROTEST_PURPOSE_PREPS = ["against", "for", "over", "in support of", "in solidarity"]
# what people gather for that is no protest's purpose ("police officers who had gathered for afternoon prayers",
# "gathered for a wedding"): no protest (events._crowd_marches), whoever gathered
GATHERING_OCCASIONS = ["prayer", "prayers", "wedding", "funeral", "burial", "mass", "service", "match", "game",
                       "concert", "festival", "celebration", "celebrations", "feast", "party", "ceremony", "meal",
                       "iftar", "market", "meeting"]
# riot cues that are a riot's manner only when a place's roads in the plural are blocked ("blocked streets in the
# capital", "blocked roads and railways"), the ACLED codebook's road-blocking; one road, one crossing or traffic
# blocked by a crowd is a protest with no violence told (events._blocks_no_roads)
ROAD_BLOCK_CUES = ["block"]
# riot cues that are violence only as nouns ("threw rocks", not "protests rocked the city"); "stone" is violence as a
# verb too ("Demonstrators stoned police vehicles")
RIOT_NOUNS_ONLY = ["rock"]
# a prefix that negates the cue after it ("non-violent protesters")
NEGATING_PREFIXES = ["non"]
# munitions fired, whose load a suspicion may name ("suspect the shells contained poisonous gas": events._suspected_load)
MUNITION_NOUNS = ["shell", "shells", "rocket", "rockets", "bomb", "bombs", "munition", "munitions", "missile", "missiles",
                 "projectile", "projectiles", "canister", "canisters", "container", "containers", "barrel", "barrels"]
PROTEST_CONTEXT = [
    "protester", "protesters", "demonstrator", "demonstrators", "anger", "demand", "slogan", "chant", "strike",
    "activist", "activists", "supporters", "stage", "against corruption", "take part", "peaceful",
]
# the means of crowd control: what police use them on is a crowd ("clashed with supporters and fired
# tear gas": a riot, not a battle), what they disperse or break up a gathering of protesters
# a gathering shot at with no word of protest ("the troops fired into a crowd that had gathered outside the
# governor's office"): alone an attack on civilians; in a story whose lead is a protest, the protest's crowd, so
# excessive force against it (incidents._lead_day_for_parts)
FIRED_ON_CROWDS = ["crowd", "crowds", "gathering", "throng"]
CROWD_CONTROL_MEANS = ["tear gas", "teargas", "water cannon", "rubber bullet", "pepper spray"]
PROTEST_CONTEXT += ["disperse", "break up", *CROWD_CONTROL_MEANS]
# a gathering told held without the authorities' leave ("arrested 30 at an unauthorised rally"): a public
# demonstration defying them, a protest
PROTEST_CONTEXT += ["unauthorised", "unauthorized", "unsanctioned"]
# a protest's people named by their role ("detained several protest leaders during a march"): the march is a protest
PROTEST_CONTEXT += ["protest"]
# what the police do with them on a gathering (events._fired): a verb of use, or a noun of use with its support verb
CROWD_CONTROL_USE_VERBS = ["fire", "use", "lob", "shoot", "spray", "launch", "throw", "unleash", "deploy"]
CROWD_CONTROL_USE_PHRASES = [("make", "use"), ("resort", "use")]

DEATH_CUES = [
    "kill", "killed", "killing", "dead", "die", "died", "death", "deaths", "toll", "body", "bodies", "life", "lives",
    "fatality", "fatalities", "perish", "massacre", "execute", "execution", "executions", "slain", "murder", "murdered", "assassinate",
    "assassinated", "assassination", "behead", "beheaded", "beheading", "slay", "deadly", "fatally", "mortally",
    # a death of one hurt in the act ("a passenger, badly burned, succumbed to his injuries"; as « succomber »)
    "succumb", "succumbed",
    # burnt alive: killed
    "burnt alive", "burned alive", "burn alive",
    # killing verbs of the trigger lexicon that say a death ("were slaughtered", "gunned down")
    "slaughter", "slaughtered", "gun down", "gunned down", "shot down",
    # killed by a crowd ("a mob lynched two suspected robbers")
    "lynch", "lynched",
    # armies' communiqués "neutralise" fighters: they kill them ("troops neutralised 20 terrorists"); a device
    # "neutralised" is no one (quantities_en.NOT_COUNTS)
    "neutralise", "neutralize", "neutralised", "neutralized", "neutralising", "neutralizing",
]
# what an attack may hit that is not people: without casualties, property destruction
PROPERTY_ONLY = ["property", "properties", "premises", "infrastructure", "facilities", "warehouse", "warehouses", "crops", "belongings",
                 # infrastructure hit with no one hurt ("the attack against the oil pipeline"); one word each
                 "pipeline", "pipelines", "pylon", "pylons", "substation", "substations", "bridge", "bridges"]
# what a protest is against: a riot word there is its topic, not its manner ("against gun violence")
PROTEST_TOPICS = ["against", "denounce", "decry", "condemn", "over", "demand", "end", "release"]
# force or a death the protest follows is its cause, not force against it ("protested following the death
# of a prisoner", "rallied after the killing of a student")
PROTEST_CAUSE_PREPS = ["following", "after"]
# force dated to another day than the protest's own is no force against it ("marched, a day after police
# opened fire", "undeterred by ... the previous day when security forces opened fire"): time nouns that
# say so alone, time nouns with one of the words, or under a clause the words introduce
OTHER_DAY_NOUNS = ["eve"]
TIME_NOUNS = ["day", "days", "night", "nights", "week", "weeks", "weekend", "month", "months", "monday", "tuesday",
              "wednesday", "thursday", "friday", "saturday", "sunday"]
OTHER_DAY_WORDS = ["previous", "preceding", "earlier", "before", "after", "prior", "last", "since"]
# casualty nouns that name no victim of their own ("le bilan de l'attaque", "the toll of the raid")
# a killing of several people by its name ("a massacre in Mbrés"): two dead at least, when no figure is given
MASS_KILLING_NOUNS = ["massacre"]
# nouns of an act done to people, whose "of" complement is who underwent it, never its doer ("the execution of two
# soldiers", "the assassination of two policemen"; but "the attack of the rebels": an attack noun keeps its doer;
# incidents._patient_of_act_noun)
PATIENT_OF_NOUNS = ["execution", "executions", "assassination", "assassinations", "murder", "murders", "massacre",
                    "massacres", "killing", "killings", "slaying", "slayings", "beheading", "beheadings", "lynching",
                    "lynchings", "kidnapping", "kidnappings", "abduction", "abductions"]
# words of life that are words of death ("lost their lives", "claimed the lives of 12 people", "loss of life"),
# only with one of LIFE_TAKING_WORDS as their head or its head (matching._life_taken: "marched for a better life" is
# no death)
LIFE_NOUNS = ["life", "lives"]
LIFE_TAKING_WORDS = ["lose", "lost", "claim", "cost", "take", "loss", "losses", "toll"]
TOLL_NOUNS = ["toll", "victim", "victims", "body", "bodies", "life", "lives", "fatality", "fatalities", "death", "deaths"]
# a toll told heavy with no figure ("leaves heavy toll"): people died, two at least (incidents._heavy_toll); not a
# toll of things (NOT_DEATH_TOLL)
HEAVY_TOLL_WORDS = ["heavy", "heavier", "mounting"]
# the noun of a toll told with no act word ("Death toll rises to 30 in Ndiki"): a toll only with a figure under its
# verb or on it (events._counted_toll_word)
TOLL_FIGURE_NOUNS = ["toll"]
# the verb that leaves the dead its subject's act made ("Gunmen leave 12 dead in Bria"): with fighters as its subject
# (a COMB cue) the toll told with no act word is theirs; "Floods leave 12 dead" stays none (events._counted_toll_word)
TOLL_LEAVING_VERBS = ["leave"]
NOT_DEATH_TOLL = ["economic", "financial", "material", "humanitarian", "psychological", "emotional"]
INJURY_CUES = ["wound", "wounded", "injure", "injured", "injury", "injuries", "hurt", "hospitalize", "hospitalized",
               "hospitalise", "hospitalised"]

CIVILIAN_NOUNS = [
    "civilian", "civilians", "resident", "residents", "villager", "villagers", "child", "children", "woman", "women",
    "worshipper", "worshippers", "student", "students", "passer-by", "passers-by", "displaced", "refugee", "refugees",
    "journalist", "journalists", "aid worker", "aid workers", "farmer", "farmers", "herder", "herders", "miner", "miners",
    "family", "families", "baby", "babies", "pupil", "pupils", "shopper", "shoppers", "trader", "traders",
    # who keeps a shop, the French « commerçant » ("the murder of a shopkeeper")
    "shopkeeper", "shopkeepers", "shop owner", "shop owners",
    "population", "locals", "tourist", "tourists", "patient", "patients", "passenger", "passengers", "worshiper",
    "worshipers", "traveller", "travellers", "traveler", "travelers",
    "schoolgirl", "schoolgirls", "schoolboy", "schoolboys", "schoolchildren",
    # who raises cattle, the French « éleveurs »
    "rancher", "ranchers",
    # who tends flocks, as a herder does (the French « berger »)
    "shepherd", "shepherds",
    # who fishes for a living, the French « pêcheurs » ("executed five fishermen on the shore of Lake Chad")
    "fisherman", "fishermen",
    # who guards a bank, a shop, a site for its owner, not for the state: civilians, no combatants
    # ("A BANK GUARD WAS SHOT DEAD BY FOUR MEN WHO ATTACKED THE BANK", "a night watchman was killed")
    "bank guard", "bank guards", "security guard", "security guards", "private guard", "private guards",
    "night watchman", "night watchmen", "watchman", "watchmen",
    # who carries a bank's cash, the French « convoyeurs de fonds »
    "cash-in-transit guard", "cash-in-transit guards",
    # who teach, counted one by one as the French « enseignant », « institutrice » are ("Gunmen killed a teacher")
    "teacher", "teachers", "schoolteacher", "schoolteachers",
]
# who attacks as a crowd (no armed group): their violence is ACLED's mob violence ("a crowd attacked a
# police station", "villagers beat two suspected thieves to death")
MOB_AGENTS = ["crowd", "crowds", "mob", "mobs", "villagers", "residents", "locals", "youths", "vigilantes",
              "neighbours", "neighbors", "irate", "enraged",
              # traders or passers-by who fall on a suspect ("traders set upon a suspected pickpocket at the market")
              "traders", "passers-by", "bystanders"]
# the words that make the people of a doer's phrase armed ("armed men", « des hommes armés »): no crowd's justice, no
# mob (events._mob_agent)
ARMED_WORDS = ["armed"]
# what a cattle raid falls on ("youths from Tonj East county attacked a cattle camp", "raided the herders' cattle"):
# a crowd's word for its doers names a community's armed men, no mob (events._mob_agent; their act an attack or a
# fight, their side a communal militia: incidents._communal_doers)
CATTLE_RAID_WORDS = ["cattle", "livestock", "herd", "herds", "cows"]
# where cattle are kept, a raid's object with a word of CATTLE_RAID_WORDS in its phrase ("a cattle camp"; not "a cattle
# thief", a person)
CATTLE_PLACES = ["camp", "camps", "kraal", "kraals", "pen", "pens", "enclosure", "enclosures"]
# vigilante and self-defence groups, which ACLED codes as militias: an armed group attacking them fights an
# armed side ("bandits attacked a team of vigilantes", "ambushed members of the Civilian JTF"), where
# vigilantes beating a suspect are a crowd (MOB_AGENTS)
SELF_DEFENCE_GROUPS = ["vigilante", "vigilantes", "vigilante group", "vigilante groups", "self-defence group",
                       "self-defense group", "self-defence groups", "self-defense groups", "civilian jtf", "cjtf",
                       "koglweogo", "dozo", "dozos", "dozo hunters", "volunteers for the defence of the homeland",
                       # a village's or a community's own guards and watchmen, its defence militia: the same militias
                       # ("attacked village guards", "killed two community watchmen"; not a bank's night watchman)
                       "village guard", "village guards", "community guard", "community guards", "village watchman",
                       "village watchmen", "community watchman", "community watchmen", "village militia",
                       "village defence militia", "village defense militia", "village defence force"]
# a territory change said with these is a non-violent transfer ("took over the town peacefully")
PEACEFUL_TRANSFER = ["peacefully", "unopposed", "uncontested"]
# ... or with a fight noun under one of these prepositions ("without engaging in any armed clashes")
ABSENCE_PREPS = ["without"]
# a retreat under fire or attack is forced, no transfer without a fight (events._forced_out)
FORCED_RETREAT_PREPS = ["under"]
FORCED_RETREAT_NOUNS = ["fire", "attack", "assault", "bombardment", "shelling"]
# a fight of two sides told first heads before a heavy weapon a later clause names (incidents._two_sided_fight_first)
TWO_SIDED_FIGHT_WORDS = ["clash", "fighting", "fight", "battle", "firefight", "skirmish", "gunbattle", "gunfight"]
FIGHT_NOUNS = ["clash", "fighting", "fight", "battle", "combat", "resistance", "firefight", "skirmish"]
# an event said with these has not happened ("an expected offensive", "the planned attack")
IRREALIS_MODIFIERS = ["expected", "anticipated", "imminent", "looming", "planned", "possible", "potential",
                      "future", "upcoming", "impending", "feared", "threatened", "likely"]

COMBATANT_NOUNS = [
    "soldier", "soldiers", "troop", "troops", "policeman", "policemen", "police officer", "police officers", "officer",
    "officers", "fighter", "fighters", "militant", "militants", "jihadist", "jihadists", "rebel", "rebels", "insurgent",
    "insurgents", "attacker", "attackers", "gunman", "gunmen", "terrorist", "terrorists", "militiaman", "militiamen",
    "peacekeeper", "peacekeepers", "guard", "guards", "armed men", "gunman", "militiaman", "guerrilla", "guerrillas",
    "assailant", "assailants", "marine", "marines",
    # armed auxiliaries who fight beside an army ("soldiers and civilian auxiliaries"): no civilians
    "auxiliary", "auxiliaries", "civilian auxiliary", "civilian auxiliaries",
    # security staff named by their service ("27 security personnel were killed in Taliban attacks")
    "security personnel", "military personnel", "serviceman", "servicemen", "trooper", "troopers", "border guard",
    "border guards", "gendarme", "gendarmes",
    # armed men named by their trade ("the army said it killed 15 bandits", "police shot dead three armed robbers"):
    # a force that kills them fights an armed side (ACLED's armed clash); robbers not told armed are no fighters
    "bandit", "bandits", "armed bandits", "armed robber", "armed robbers",
]
PERSON_NOUNS = [
    "person", "people", "individual", "individuals", "victim", "victims", "man", "men",
    # people a crowd accuses of witchcraft ("Mob lynches suspected witch"): persons, hit as such
    "witch", "witches", "sorcerer", "sorcerers", "wizard", "wizards",
    # people named by their standing or kin ("a village chief killed", "a father and his son")
    "chief", "chiefs", "imam", "priest", "pastor", "elder", "elders", "commander", "general", "father", "mother",
    "son", "daughter", "boy", "girl", "youth", "youths",
    "brother", "brothers", "sister", "sisters", "husband", "wife", "uncle", "nephew", "cousin",
    # people named by their trade or their passport, counted one by one ("a nurse and a doctor")
    "nurse", "nurses", "doctor", "doctors", "citizen", "citizens",
    # who drives a bus, a lorry, a car, the French « chauffeur » ("abducted three teachers and a driver"): a counted person
    "driver", "drivers",
    # people named by the crime they do for gain ("FOUR BANK ROBBERS WERE KILLED IN A SHOOTOUT"): counted
    # people, neither civilians nor combatants (victims_en.CRIME_DOER_NOUNS makes them the doers of their act)
    "robber", "robbers", "burglar", "burglars",
    # people held by their takers, counted when they are killed ("Jihadists executed three hostages"); a figure of them
    # taken stays a count of the abducted (incidents._people_taken)
    "hostage", "hostages",
    # people named by the protest they take part in, counted one by one ("One protester was killed")
    "protester", "demonstrator", "rioter", "marcher",
]

# what a thing is held or carried with or by ("marched with torches", "carrying torches"): a noun of an act that is a
# thing in hand names no act (flag not_held, events._held_thing)
# the prepositions of what a means is used against ("tear gas against students": events._used_against_crowd)
AGAINST_PREPS = ["against"]
HELD_PREPS = ["with", "carrying", "holding", "bearing", "brandishing", "waving"]
# (but what one is armed with is a weapon in hand: "armed with stones", « armés de pierres »)
ARMING_WORDS = ["armed", "arm"]
HELD_VERBS = ["carry", "hold", "brandish", "wave", "light", "bear"]

IRREALIS = [
    "try", "attempt", "seek", "threaten", "want", "plan", "prevent", "avoid", "risk", "fear", "suspect", "could",
    "would", "might", "may", "lure", "provoke", "urge", "call", "demand", "vow", "promise", "prepare",
    "deny", "effort", "talk", "negotiate", "negotiation", "propose", "discuss", "hope", "aim",
    "intend", "intention",
    # waiting for it, ready for it, expecting it ("waiting for the order to launch the assault")
    "wait", "await", "poised", "ready", "anticipation", "anticipate", "expect",
    # what may happen ("there is always the possibility of sabotage")
    "possibility", "eventuality",
]
# a warning is of what may come ("The UN warned of renewed violence in Bambari"), unless it reports a clause told
# with a tense ("Violence flared again, the UN warned"): events._warned_of
WARNING_VERBS = ["warn", "caution"]
# irrealis words that may put in doubt who did an act the text takes as known ("THE ATTACK may have been
# carried out by", "suspect that X ordered THE MURDER", "denied any part in THE MURDER"): the act was done
DOER_DOUBT_WORDS = ["may", "might", "could", "suspect", "deny"]
# denials whose clause, with a pronoun for its doer, is the denier's own part ("denied that it had kidnapped")
OWN_DENIAL_WORDS = ["deny"]
# modals of a subject clause that make the act it names a possibility ("all they can do is bomb the place",
# "what the army will do is shell the town"; "could", "may" are IRREALIS already)
CLEFT_MODALS = ["can", "will", "shall", "must", "should"]
# the future: an act told in the future is a threat or a forecast, no act yet ("the guerrillas will
# attack any vehicle", "more powerful bombs will explode"); a future tense by the verb's morphology
FUTURE_AUXILIARIES = ["will", "shall", "'ll"]
FUTURE_TENSES = ["Fut"]
# irrealis words that say an act was begun: a protest attempted has gathered people ("detained during an
# attempt to protest", "tried to march on parliament")
ATTEMPT_WORDS = ["try", "attempt"]
# a protest the forces of order stopped from taking place was called and met by them ("police
# prevented an opposition march")
# (and "halt": "police halted the march", not "traffic was halted for a day")
PREVENTION_WORDS = ["prevent", "stop", "block", "halt"]
COMBATANT_CLAIM = ["combatant", "combatants", "fighter", "fighters", "militant", "militants", "terrorist", "terrorists"]

# points a side holds in a fight, no location it controls: taking them is the battle, not a territory
# change ("clashed with ISIL and took control of five positions", "overran several checkpoints")
TACTICAL_POINTS = ["position", "positions", "checkpoint", "checkpoints", "check-point", "check-points",
                   # outposts overrun in a fight ("overran their outposts", FR « avant-postes »)
                   "outpost", "outposts"]

MILITARY_TARGETS = [
    "military camp", "base", "barracks", "outpost", "post", "position", "positions", "convoy", "patrol", "checkpoint",
    "garrison", "police station",
    # a unit's garrison ("attacked a military detachment in Tillia")
    "military detachment", "military detachments",
    # the parser lemmatises "bases" as "basis": the plural written out
    "bases",
]

DEFINITE_DETERMINERS = ["the", "this", "that"]
DEFINITE_DETERMINERS += ["its", "their"]
# ... and a plural one beside those ("the", "its", "their" serve both numbers: incidents._plural_told_back)
PLURAL_DEFINITE_DETERMINERS: list[str] = []
# determiners that make a noun, singular or plural, a thing already known ("the towers blown up")
KNOWN_NOUN_DETERMINERS = DEFINITE_DETERMINERS + ["these", "those"]
# a preposition fused with the definite article (French « au convoi »): none in English
KNOWN_NOUN_CONTRACTIONS: list[str] = []
# a preposition fused with the plural definite article before a number (the French « des deux attaques »): none
NUMBERED_KNOWN_CONTRACTIONS: list[str] = []
# an event told as the nth time something happened is the event just told
# ("this is the second time that an attempted sabotage has taken place")
NTH_TIME_NOUNS = ["time"]
ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth",
                 "sixth", "seventh", "eighth", "ninth", "tenth"]
# what a told event was done with ("the attacks were carried out with grenades")
INSTRUMENT_PREPS = ["with", "using"]
# what a verb of spraying is done with when it tells shooting (events._shot_with)
SHOT_INSTRUMENTS = ["bullet", "bullets", "gunfire", "machinegun fire", "machine-gun fire", "fire", "shots", "bursts",
                    "buckshot", "shotgun pellets"]
SHOT_PREPS = ["with"]
# the prepositions that take the person a shot or an attack was aimed at ("began shooting at him", "opened fire on
# her"): a personal pronoun there is the person hit, as the verb's object is
AIMED_AT_PREPOSITIONS = ["at", "on", "upon"]
# what an act done "with" it makes an explosion ("the attacks carried out with explosives")
EXPLOSIVE_INSTRUMENTS = ["explosives", "explosive", "dynamite", "bomb", "bombs", "grenade", "grenades",
                         "explosive device", "explosive devices", "charge", "charges", "tnt"]
# a place described as the scene of an event: background to the sentence's own event
SCENE_NOUNS = ["scene", "site", "theatre", "theater"]
TEMPORAL_PREPOSITIONS = ["before", "after", "since", "during", "following"]
# nouns of a compound preposition of sequel ("in the wake of clashes", "in the aftermath of the fighting"): their
# complement is what came before (events._armed_subject)
SEQUEL_NOUNS = ["wake", "aftermath"]
# stretches of time said before "after" ("sent troops to Rawa, days after an assault"): the phrase dates the verb the
# stretch hangs on (events._drop_time_references)
STRETCH_NOUNS = ["hours", "days", "weeks", "months", "hour", "day", "week", "month", "minutes", "moments"]
RIOT_PARTICIPANTS = ["youths", "crowd", "crowds", "protesters", "rioters", "demonstrators", "mob"]

# people who may be seized, snatched or captured besides civilians, combatants and kin (a trigger
# flagged "needs_person_obj" has one of these, a person's name or a casualty-cue noun as its object)
PERSON_OBJECTS = [
    "businessman", "businessmen", "official", "officials", "leader", "leaders", "activist", "activists", "suspect",
    "suspects", "member", "members", "worker", "workers", "employee", "employees", "prisoner", "prisoners",
    "hostage", "hostages", "nun", "nuns", "monk", "monks", "lawyer", "lawyers", "doctor", "doctors", "engineer",
    "engineers", "politician", "politicians", "candidate", "lawmaker", "lawmakers", "mayor", "governor", "someone",
    "them", "him", "her", "dozens", "hundreds", "scores", "foreigner", "foreigners", "national", "nationals",
    "citizen", "citizens", "teenager", "teenagers", "minor", "minors", "kid", "kids", "driver", "drivers",
    "teacher", "teachers", "he", "she", "blogger", "bloggers", "critic", "critics", "dissident", "dissidents",
    # people a crowd or a gang beats or takes ("beat up two suspected thieves", "thrashed a youth")
    "thief", "thieves", "man", "men", "youth", "youths", "boy", "boys", "girl", "girls",
    # people dragged from their homes to be killed ("DRAGGED THREE PEASANTS FROM THEIR HOMES AND EXECUTED THEM")
    "peasant", "peasants",
]

# words a trigger flagged "needs:<class>" must have within a few tokens ("seized weapons", "captured
# the town", "set up a military base"); "not:<class>" forbids them
CONTEXT_WORDS = {
    # what is handed when ground changes hands by a transfer verb ("control of the post was transferred to the army")
    "control": ["control"],
    # goods a force seizes (a seizure, not a territory taken: "seized a boat sailing the river")
    "goods": [
        "boat", "boats", "vessel", "vessels", "ship", "ships", "tanker", "tankers", "trawler", "trawlers", "truck", "trucks", "lorry", "lorries", "vehicle", "vehicles",
        "car", "cars", "cargo", "cocaine", "cocaine base", "heroin", "marijuana", "drugs", "narcotics", "cash",
        "money", "goods", "merchandise", "contraband", "counterfeit", "barrels", "tons", "kilos", "livestock",
    ],
    # a work stoppage, not an air strike ("a hunger strike", "the general strike called by the labor
    # federations", "teachers on strike for a bonus")
    "labour": [
        "hunger", "general strike", "national strike", "nationwide strike", "labor", "labour", "union", "unions", "unionists", "trade union", "wage",
        "wages", "bonus", "salary", "salaries", "walkout", "picket", "pickets", "federation", "federations",
        # who stops work ("a 24-hour strike by workers in the judicial sector", "the strike by coca growers")
        "workers", "strikers", "teachers", "growers", "work stoppage",
        # what strikers are paid ("agreed to pay the doctors' arrears", "to raise teachers' allowances")
        "arrears", "back pay", "allowance", "allowances", "pay rise",
    ],
    "weapon": [
        "weapon", "arms", "ammunition", "ammo", "explosive", "explosive device", "firearm", "gun", "rifle", "pistol",
        "bullet", "round", "grenade", "bomb", "ied", "rocket", "mortar", "munition", "detonator", "cache",
        "arsenal", "missile", "landmine", "mine", "improvised explosive device", "suicide vest", "explosive belt",
        # what air defences intercept or shoot down, and what sappers clear
        "drone", "drones", "uav", "projectile", "projectiles", "ordnance", "ballistic missile", "explosives",
        "weapons", "rockets", "missiles", "mines", "shells", "shell", "mortar shells",
    ],
    # a mine dug for ore, not laid as a weapon ("gold mine", "artisanal miners")
    "mining": ["gold", "coal", "mining", "miner", "miners", "mineral", "minerals", "copper", "diamond", "diamonds",
               "artisanal", "quarry", "cobalt", "tin", "coltan", "ore", "shaft",
               # a mine as a workplace ("workers at the state-owned mine went on strike over wages")
               "state-owned", "concession", "wage", "wages", "salary", "salaries"],
    # who is appointed: a group's leader, not an official
    "leader": ["leader", "commander", "emir", "chief of staff", "military chief", "army chief", "head of the group",
               "chief", "political chief"],
    # what is formed: an armed group, not a government
    "group": ["armed group", "militia", "brigade", "faction", "coalition", "alliance", "armed wing", "battalion",
              "rebel group", "new group", "front", "self-defence group", "self-defense group", "vigilante group"],
    "territory": [
        "town", "city", "village", "district", "area", "region", "province", "territory", "base", "position",
        "border", "crossing", "port", "neighborhood", "neighbourhood", "hill", "highway", "road", "airport",
        "oilfield", "stronghold", "locality", "countryside", "suburb", "island", "outpost", "border point",
        "border post", "capital", "county", "valley", "ground", "camp", "hill post", "strongholds", "villages",
        "areas", "towns", "oil field", "oil fields", "gas field", "oilfields", "mountain", "hilltop", "bases", "cities",
        "districts",
    ],
    "area": [],
    "base": [
        "base", "military base", "observation post", "observation point", "military post", "outpost", "checkpoint",
        "headquarters", "military camp", "post", "garrison", "bases", "military bases", "barracks", "point",
        "points", "posts", "camp", "camps", "airbase", "air base", "airbases", "air bases", "airfield",
        # an army unit's garrison as FBIS copy names it ("HARASSED THE MILITARY DETACHMENT IN SENSUNTEPEQUE")
        "detachment", "detachments", "military detachment", "brigade headquarters",
    ],
    "troops": [
        "troops", "troop", "soldiers", "forces", "fighters", "reinforcements", "units", "battalion", "military vehicles",
        "tanks", "militants", "personnel",
    ],
    "property": [
        "house", "home", "shop", "store", "vehicle", "car", "property", "properties", "building", "office", "church",
        "mosque", "school", "market", "warehouse", "hut", "crops", "livestock", "premises",
        # infrastructure and goods (ACLED's looting/property destruction)
        "mast", "tower", "pipeline", "bridge", "power line", "power lines", "pylon", "infrastructure", "equipment",
        "machinery", "tractor", "truck", "bus", "farm", "granary", "factory", "monument", "statue", "shrine",
        "temple", "tomb", "library", "clinic", "hospital", "hotel", "bank", "restaurant", "houses", "homes", "shops",
        "vehicles", "cars", "buildings", "offices", "cattle", "goods", "land", "headquarters", "billboard", "railway",
        "station", "polling station", "ballot", "ballot boxes", "kiosk", "stall", "stalls", "granaries", "harvest",
        "installations", "facilities", "town hall", "city hall", "plant", "power station", "substation", "dam",
        "barn", "barns", "farms", "farmland", "farmlands",
        # a market of stocks, a building like a bank ("gunmen stormed the stock exchange")
        "stock exchange",
        # a village burnt or razed as a whole (« villages incendiés »)
        "village", "villages", "hamlet", "hamlets",
        # food and wares carried off (FR « vivres », « denrées », « marchandises »)
        "foodstuffs", "merchandise", "provisions",
    ],
    "person": [*CIVILIAN_NOUNS, *PERSON_NOUNS],
    # what armed sides exchange in a clash
    "fire": ["fire", "gunfire", "shots", "gunshots", "artillery fire", "rocket fire", "mortar fire", "salvos"],
    # live ammunition fired at people, not tear gas nor rubber bullets ("fired live rounds at a crowd")
    "live_fire": ["live rounds", "live round", "live ammunition", "live bullets"],
    # what is foiled or thwarted ("foiled a suicide attack", "thwarted a bomb plot")
    "plot": ["attack", "attacks", "plot", "plots", "bombing", "bombings", "suicide attack"],
    "crowd": ["crowd", "crowds", "protesters", "demonstrators", "marchers", "rioters", "protestors", "supporters"],
    "women": ["woman", "women", "girl", "girls", "wife", "wives", "schoolgirl", "schoolgirls"],
    # what is violated with no sexual violence: a rule, an accord, a territory ("violated the ceasefire")
    "rules": ["ceasefire", "truce", "accord", "agreement", "treaty", "law", "laws", "constitution", "embargo",
              "airspace", "sovereignty", "resolution", "curfew", "rules", "commitments",
              "territorial integrity", "sanctions"],
    # what is imposed, declared or lifted over a place: a restriction on what people may do ("imposed a curfew")
    "restriction": ["curfew", "curfews", "state of emergency", "states of emergency", "martial law", "lockdown",
                    "state of siege", "emergency rule", "ban", "curfew order"],
    # what is banned: people gathering ("banned all demonstrations and public gatherings")
    "gathering": ["demonstration", "demonstrations", "protest", "protests", "gathering", "gatherings", "rally",
                  "rallies", "march", "marches", "sit-in", "sit-ins", "assembly", "assemblies", "meeting", "meetings"],
    # what a group suspends: its operations or activities, not a service ("suspended mobile internet services")
    "activity": ["operations", "military operations", "armed operations", "offensive operations", "activities",
                 "attacks", "hostilities", "armed struggle", "offensive", "military activities"],
    # what dissolves itself: the group that does it
    "self": ["itself", "themselves"],
    # who is expelled in a diplomatic row, not people forced out ("expelled three Russian diplomats")
    "diplomat": ["diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys", "embassy", "embassies",
                 "consul", "consuls", "consulate", "chargé d'affaires", "attaché", "attachés"],
    "accord": ["peace", "ceasefire", "cease-fire", "truce", "prisoner", "prisoners", "hostage", "hostages", "border",
               "agreement", "accord", "treaty", "pact", "armistice", "hostilities", "memorandum"],
    # what a release the captors agreed to follows ("freed the hostages after talks with elders")
    "negotiation": ["negotiation", "negotiations", "talks", "mediation", "deal", "agreement", "accord",
                    # a release traded for something ("released 82 girls in exchange for five commanders")
                    "exchange"],
    # who takes a person and is not identified: a forced disappearance, not an arrest ("men in plain clothes")
    "unknown_taker": ["unidentified", "unknown", "masked", "hooded", "plain clothes", "plain-clothes", "plainclothes",
                      "civilian clothes", "civilian clothing", "strangers"],
}

# what an attack on civilians is aimed at ("gunmen attacked a church", "opened fire on a bus"):
# buildings, after any preposition of place; settlements, civilian populations and vehicles only
# as the object ("attacked the village", "fired on a bus", not "gunmen in a car")
CIVILIAN_BUILDINGS = [
    "house", "home", "church", "mosque", "temple", "synagogue", "school", "hospital", "clinic", "market",
    "marketplace", "shop", "store", "restaurant", "cafe", "café", "teahouse", "hotel", "bar", "nightclub", "concert", "wedding", "funeral", "mall", "university", "college",
    "bank", "farm", "residence", "stadium", "shrine", "building", "stock exchange",
]
CIVILIAN_SETTLEMENTS = [
    "village", "villages", "town", "community", "communities", "hamlet", "settlement", "population", "civilians",
    "civilian", "residents", "villagers", "worshippers", "worshipers", "passengers", "travellers", "farmers",
    "herders", "displaced", "IDP", "IDPs", "idp", "idps", "refugee", "refugees", "bus", "minibus", "vehicle", "car", "truck", "train",
]
TARGET_PREPOSITIONS = ["on", "against", "upon", "of"]
# what makes a convoy or a vehicle a civilian one, beside the civilian nouns ("a humanitarian convoy", "a convoy of
# commercial trucks"): an armed group ambushing or firing on it attacks civilians, not a military target
CIVILIAN_MARKERS = ["humanitarian", "commercial", "civilian", "aid", "relief", "merchant", "passenger", "pilgrim",
                    "pilgrims"]
PLACE_PREPOSITIONS = ["in", "at", "inside", "into"]

# what ends a killing that is not violence ("a road accident killed five")
# causes of the list below that are one only as nouns: "a storm killed five", but "after they stormed a bank"
# is an assault (as a verb the word is no cause)
NON_VIOLENT_CAUSE_NOUNS_ONLY = ["storm"]
NON_VIOLENT_CAUSES = [
    "accident", "crash", "collision", "flood", "flooding", "floodwaters", "floodwater", "landslide", "earthquake", "disease", "epidemic", "storm",
    "drowning", "drown", "stampede", "lightning", "cholera", "collapse", "heatwave", "overdose", "tsunami",
    "volcano", "volcanic", "eruption", "wildfire", "chemical leak", "gas leak", "plunge", "snow", "snowfall",
    "blizzard", "avalanche",
]
# a blast or a fire whose source is one of ACCIDENT_SOURCES, with no armed actor in the sentence, is an
# accident, not political violence ("a gas explosion", "a chemical plant exploded", "a crash and
# explosion", "the factory burned in a fire"): it names what blew up or burned, not who did it
ACCIDENT_EVENTS = ["explosion", "blast", "explode", "fire", "blaze", "burn", "inferno"]
ACCIDENT_SOURCES = [
    "gas", "cylinder", "boiler", "tank", "tanker", "pipeline", "plant", "factory", "warehouse", "firework",
    "fireworks", "chemical", "chemicals", "fuel", "oil", "petrol", "petroleum", "refinery", "reactor",
    "transformer", "furnace", "container", "stove", "generator", "fertilizer", "fertiliser", "fire", "blaze",
    "flame", "flames", *NON_VIOLENT_CAUSES,
]
# words that, beside a toll told with no act word, tell the dead died of something other than violence ("Five
# dead in Bria fire", "Twelve dead as ferry capsizes", "Ebola: 12 dead"): no toll-only act (events._toll_only,
# which also reads NON_VIOLENT_CAUSES, ACCIDENT_EVENTS and quantities_en.NON_VIOLENT_DEATH_CAUSES); one word each,
# read by its form or its lemma
TOLL_ONLY_OTHER_CAUSES = [
    "fire", "blaze", "inferno", "shipwreck", "capsize", "capsizes", "capsized", "sink", "sinks", "sank", "ferry",
    "canoe", "electrocution", "electrocuted", "poisoning", "poisoned", "intoxication", "derailment", "derail",
    "heat", "cold", "ebola", "covid", "covid-19", "coronavirus", "virus", "outbreak", "pandemic", "meningitis",
    "measles", "malaria", "fever", "lassa", "mpox", "illness", "flu", "influenza", "rains", "torrential", "crush",
    "tornado", "hurricane", "cyclone", "typhoon", "mudslide", "drought", "overturn", "overturns", "overturned",
]
# tags of a verb (or of its passive auxiliary) in the tense of what happens habitually: the simple
# present ("people are killed and the culprits walk away"), not a report that it happened
HABITUAL_TAGS = ["VBP", "VBZ"]
# how often, said on an act's verb: acts done again and again, a habit told as background, no act of one day and place
# ("The army has repeatedly attacked villages in the area", "Jihadists regularly attack villages": incidents.
# _repeated_acts); not a count of times ("twice", "three times": acts that may each be told)
REPEATED_ACT_WORDS = ["repeatedly", "regularly", "routinely", "frequently", "often", "constantly", "habitually",
                      "systematically", "periodically", "several times", "many times", "numerous times",
                      "countless times", "on several occasions", "on many occasions", "on numerous occasions"]
# the adjectives of how often, said on a plural act noun ("the area is the scene of frequent attacks by the group",
# "repeated raids"): acts done again and again, a habit told as background, no act (incidents._frequent_acts)
REPEATED_ACT_ADJECTIVES = ["frequent", "repeated", "regular", "recurrent", "recurring", "constant", "incessant", "persistent",
                        "sporadic", "periodic", "routine", "relentless", "ceaseless", "unrelenting"]
# the words that open a period an act's date starts ("since January", "since Sunday"): acts done again and again
# since then are no act of one day (incidents._over_a_period)
PERIOD_OPENERS = ["since"]
# the adverbs that make an adjective of an event noun a superlative ("the most deadly attack since January"; the
# suffixed form, "the deadliest", is read from its morphology): the period such a rank is counted in is where the count
# starts, no date of the act (incidents._ranks_since)
SUPERLATIVE_ADVERBS = ["most", "least"]
# a count of times said on an act's verb ("twice", "three times"): acts that may each be told; over a period with no
# day of their own ("twice since January", "three times in March") no act of one day (incidents._counted_times)
TIMES_ADVERBS = ["twice", "thrice"]
TIMES_NOUNS = ["time", "times", "occasion", "occasions"]
# a plural event noun said with one of these is characterised, not reported ("airstrikes are the main threat")
CHARACTERISING_VERBS = ["be", "become", "remain", "constitute", "represent", "pose"]
# ... and one said to go on doing something (one of these with an infinitive: "killings continue to afflict the
# peasants"; not "Killings continue", which reports them) (incidents._generic_statement); plural acts they act on
# with no date, figure or place of their own go on, no act told ("have continued their attacks against civilians";
# not "Rebels continue attacks on civilians in Bria") (incidents._going_on)
GOING_ON_VERBS = ["continue", "persist", "keep", "keep up", "carry on"]
# the preposition of an agent complement ("attaqué par des hommes armés")
AGENT_MARKERS = ["by"]
CONTEXT_WORDS["area"] = CONTEXT_WORDS["territory"]
# the other side left the ground ("after the troops withdrew", "vacated by the army"): verbs and nouns
# ground left before it was taken: a taking "after" (AFTER_WORDS) a side left it, by a verb with its own subject
# and object ("took over the camp after UN peacekeepers left it") or a noun of leaving with whose it was ("after
# the departure of the peacekeepers"), is a transfer without a fight (events._left_before)
LEAVE_VERBS = ["leave", "vacate", "abandon"]
LEAVE_NOUNS = ["departure"]
AFTER_WORDS = ["after", "following"]
# nouns of a locution that says "after" ("in the wake of the departure of the troops")
AFTER_NOUNS = ["wake"]
WITHDRAWAL_WORDS = ["withdraw", "withdrew", "withdrawal", "pullout", "vacate", "abandon", "retreat"]
# what two sides swap by agreement: their dead or their captives
# what a person who killed themselves set off to be a suicide bomber ("killed himself with the explosives
# he carried"); a gun in his hand makes no bombing
CONTEXT_WORDS["explosive"] = ["explosive", "explosives", "explosive device", "improvised explosive device", "ied",
                              "bomb", "bombs", "suicide vest", "explosive vest", "explosive belt", "grenade",
                              "grenades", "detonator", "dynamite", "car bomb"]
CONTEXT_WORDS["swapped"] = ["bodies", "remains", "corpses", "detainees", "captives", "prisoners of war", "pows"]
# fields burnt by farmers ("set ablaze stubble"), no property destroyed by an actor
# what chlorine treats when it is no weapon ("chlorine was found in the water supply", "chlorine for swimming pools")
CONTEXT_WORDS["water_treatment"] = ["water supply", "drinking water", "tap water", "water treatment", "swimming pool",
                                    "swimming pools", "disinfectant", "disinfect", "water purification"]
CONTEXT_WORDS["field_burning"] = ["stubble", "crop residue", "crop residues", "paddy straw", "crop stubble", "straw",
                                  "farm residue", "crop waste"]
# what a drone does that is no strike ("drones to spray pesticide", "a drone survey")
CONTEXT_WORDS["civil_drone"] = ["pesticide", "pesticides", "spray", "spraying", "locust", "locusts", "crops", "survey",
                                "mapping", "delivery", "deliveries", "filming", "photography", "vaccine", "vaccines",
                                "medicines", "medicine", "deliver", "delivers", "delivered", "delivering", "film",
                                "filmed", "films", "wedding",
                                # a drone that watches ("surveillance drones", "a reconnaissance drone")
                                "surveillance", "reconnaissance"]
# aircraft as what an act hit ("destroyed two military helicopters")
CONTEXT_WORDS["aircraft_hit"] = ["plane", "planes", "airplane", "airplanes", "aircraft", "helicopter", "helicopters",
                                 "jet", "jets", "warplane", "warplanes"]
# an air show, where military aircraft fly for a crowd ("fighter jets flew over the capital during an air show")
CONTEXT_WORDS["air_show"] = ["air show", "airshow", "air shows", "airshows", "flypast", "fly-past", "aerobatics",
                             "aerobatic display", "air display"]
# the means of crowd control a force uses on a crowd ("deployed tear gas": no forces deployed)
CONTEXT_WORDS["crowd_control"] = CROWD_CONTROL_MEANS
# people taken away to safety or to care ("Twelve wounded were evacuated to the capital"): no ground given up
CONTEXT_WORDS["evacuees"] = ["wounded", "injured", "casualties", "victim", "victims", "patient", "patients", "survivor",
                             "survivors", "people", "residents", "civilians", "villagers", "families", "children",
                             "women", "students", "pupils", "body", "bodies", "hostages", "nationals", "citizens",
                             "workers", "staff", "tourists", "population", "inhabitants", "sick"]
# a truce a side declares or ends
CONTEXT_WORDS["truce"] = ["ceasefire", "cease-fire", "truce", "ceasefires", "truces"]
# what a crowd blocks in protest ("garment workers block highway over unpaid wages")
CONTEXT_WORDS["roadway"] = ["road", "roads", "highway", "highways", "street", "streets", "motorway", "expressway",
                            "bridge", "railway", "rail line", "railway line", "junction", "intersection", "traffic",
                            # the way into a place ("blocked access to the port", "blocked the entrance of the mine")
                            "access", "entrance", "entrances", "border crossing", "crossing", "crossings"]
# what an armed side storms or targets: ground, a base, a building
CONTEXT_WORDS["place"] = [*CONTEXT_WORDS["territory"], *CONTEXT_WORDS["base"], *CONTEXT_WORDS["property"],
                          # where people live, in the words of the Nigerian and Sahel press ("stormed Maru community")
                          "community", "communities", "settlement", "settlements", "hamlet", "hamlets"]
# a territory change said with this is the state of the front, not the news
ALREADY = ["already"]
# what makes a mass grave news of its own: it was found ("two mass graves were discovered"), not
# the place the killers used ("buried them in a mass grave")
# where bodies found are the dead of an accident or a disaster, not of a killing ("found the bodies of
# seven passengers in the wreckage of a bus that fell into a ravine"); not the ravine itself, where the
# bodies of the abducted are left as often ("HIS BODY WAS FOUND IN A RAVINE"): the fall tells the accident
BODY_FOUND_ELSEWHERE = ["wreckage", "rubble", "debris", "capsize", "capsized", "overturn", "overturned",
                        "plunge", "plunged", "fall", "fell", "sink", "sank", "shipwreck", "mudslide",
                        # poisoned by what leaked ("after a chemical spill", "fumes", "carbon monoxide")
                        "spill", "fumes", "monoxide", "poisoning"]
# words on "bodies" that make them more dead of an act told already ("found seven more bodies")
BODIES_MORE = ["more", "other", "further", "additional"]
# a body found is one dead person ("the body of a trader found", "body found in the river"): one each
BODY_NOUNS = ["body", "bodies", "corpse", "corpses"]
DISCOVERY_WORDS = ["find", "found", "discover", "discovery", "uncover", "unearth", "exhume", "exhumation", "locate", "excavate", "excavation", "dig"]
# a determiner that says the event did not happen ("no arrests have been made")
NEGATIVE_DETERMINERS = ["no"]
# the marker of an infinitive of purpose ("an attack to capture the positions"): the aim, not the event
PURPOSE_MARKERS = ["to"]
# a mention with these introduces a further event, not the one already told ("another bridge was
# blown up", "a second bomb")
# nouns of a blast ("the blast", "the explosion"): told again with a definite determiner, the latest act done with
# explosives is the one they name, before an act of another kind told after it (incidents._latest_compatible)
BLAST_NOUNS = ["blast", "blasts", "explosion", "explosions", "detonation", "detonations"]
ANOTHER_WORDS = ["another", "other", "second", "third", "new", "fresh", "further", "separate", "similar"]
# the act done again ("militants attacked the convoy again"): another act, not more of the one before
AGAIN_WORDS = ["again", "once again"]
# adverbs that add a further event to one told ("Guerrillas also blew up a bridge"): not how the last one was done
ADDITIVE_ADVERBS = ["also", "too", "likewise", "similarly"]
# a sentence opening with these tells a further event of a list, not more of the one before ("In
# addition, the mayor of Sipi was wounded", "Meanwhile, a boy was injured by shrapnel")
NEW_EVENT_OPENERS = ["in addition", "additionally", "meanwhile", "moreover", "furthermore", "elsewhere",
                     "in other events", "in another incident", "in a separate incident", "in other news",
                     "separately", "in a separate attack", "in another attack",
                     # a scene of its own after a report from the provinces ("THE ARMY REPORTED A CLASH IN
                     # QUICHE. IN THE CAPITAL, UNKNOWN PERSONS FIRED AT THE HOUSE OF A JOURNALIST")
                     "in the capital"]
# a sentence opening with these says its act is apart from those told before ("Separately, two soldiers were killed
# when their vehicle hit a landmine"): the story's main opponent lends it no doer
SEPARATE_EVENT_OPENERS = ["separately", "in a separate incident", "in another incident", "in a separate attack",
                          "in another attack", "in an unrelated incident", "elsewhere", "in other news"]
# a sentence opening with these tells what came after the act before ("Hours later, a missile hit a residential
# area"): an act told there by how it was done is a further one; a death or a toll told there is still the act's
LATER_OPENERS = ["hours later", "an hour later", "a few hours later", "several hours later", "minutes later",
                 "a few minutes later", "later that day", "later in the day", "later that night", "later on",
                 "the following day", "the next day", "the day after"]
# verbs that say when an event happened ("the attack, which took place on 16 November"); a
# two-word entry is a verb lemma and the lemma of its object
OCCURRENCE_VERBS = ["occur", "happen", "take place", "unfold"]
# verbs of coming that tell how an act's doers reached its place ("The gunmen, who arrived on motorbikes late on
# Monday, torched the market", "Gunmen who stormed the village on Sunday night killed twelve"): said in a clause on
# the act's subject, their day is the act's (incidents._attachment); a two-word entry is a verb and its particle or
# object
# the words that open a relative clause of place on the act's object ("hit a monastery where villagers had taken
# shelter ... on Wednesday night"): a day that ends it is the sentence's (incidents._day_closing_a_place_clause)
# words that tell an act as a kind ("such attacks are usually the work of ...", "this type of attack"): a
# determiner said of the act's noun, or a noun whose "of" complement the act's noun is (incidents._kind_of_act)
KIND_OF_ACT_DETERMINERS = ["such"]
KIND_OF_ACT_NOUNS = ["type", "types", "kind", "kinds", "sort", "sorts"]
PLACE_RELATIVES = ["where"]
ARRIVAL_VERBS = ["arrive", "come", "storm", "descend", "swoop", "ride", "turn up", "show up"]
# predicates that lay an event at someone's door ("soldiers were involved in the murder", "those
# accused of the attack"): their subject, or the noun they qualify, is the perpetrator
# figures of speech that hold a trigger word: no event ("a monetary time bomb", "killing two birds with
# one stone", "the news was a bombshell"), nor phrases that only look like one ("fired at least 20 workers")
FIGURATIVE = ["time bomb", "ticking bomb", "ticking time bomb", "bombshell", "kill two birds", "killing two birds",
              "killed two birds", "kills two birds", "political suicide", "character assassination",
              "fired at least", "fired at most",
              # a country answering a measure with a measure ("Iran strikes back at Britain, summons envoy");
              # a blow told as such has its weapon or its target's harm, read by their own triggers
              "strikes back at", "strike back at", "struck back at", "striking back at",
              # words, not blows ("the demonstrators verbally attacked the president")
              "verbally attack", "verbally attacked", "verbally attacking", "verbal attack", "verbal attacks",
              # a body falling, not a town falling to a side ("the victim fell to the floor")
              "fall to the floor", "fall to the ground", "fall to his knees", "fall to her knees",
              "fall to their knees",
              # beforehand, not a force advancing ("arrested ten opponents in advance of the vote")
              "in advance", "advance warning", "advance notice"]
# verbs that lay an event at someone's door through a complement ("attributed to the death squads",
# "blamed on the rebels")
ATTRIBUTION_PREDICATES = ["attribute", "attributed", "blame", "blamed", "ascribe", "ascribed", "impute", "imputed"]
# verbs whose direct object is who an act is laid on, the act in their "of/for" complement ("the
# government accused the Shining Path of murdering six peasants", "blamed the army for the massacre")
ACCUSATION_VERBS = ["accuse", "blame", "suspect", "charge"]
# support verbs whose prepositional complement is the act itself ("the militants proceeded with the execution of three
# hostages": they executed them; events._support_verb_complement), and their prepositions
ACT_SUPPORT_VERBS = ["proceed"]
ACT_SUPPORT_PREPS = ["with"]
# verbs of doing an act, whose agent is its perpetrator when the event noun is their passive subject
# ("the attack was carried out by the ELN", "the massacre is thought to have been perpetrated by ...");
# a verb with a particle is written with it
# the verbs that force a convoy or travellers back, a few words before the turning back ("was forced by rebels to turn
# back", "Rebels forced the trucks to turn back"): the return an armed side imposed is the act (events._coercer)
COERCION_VERBS = ["force", "forced", "compel", "compelled", "oblige", "obliged"]
CONDUCT_VERBS = ["carry out", "perpetrate", "commit", "stage", "execute", "conduct", "mount", "launch",
                 "orchestrate",
                 # the device of a bombing, placed or set off ("the bomb was placed by members of ...")
                 "place", "plant", "set off", "detonate", "lay",
                 # the act caused by its doer ("the fire was provoked by urban commandos")
                 "provoke",
                 "start", "light"]
# verbs whose subject reacts to an event named as their object, never did it ("the army condemned the
# murder of a judge", "police are investigating the killing of ...")
# words that make a killing a sentence carried out after a trial ("executed a man convicted of murder", "the execution
# of a death-row inmate"): the state's justice, no conflict event (events._passes, flag "not_judicial")
JUDICIAL_PHRASES = ["convicted", "sentenced to death", "death sentence", "death sentences", "death penalty",
                    "death row", "death-row", "lethal injection", "capital punishment", "court", "tribunal",
                    "found guilty"]
REACTION_VERBS = ["condemn", "denounce", "deplore", "decry", "repudiate", "regret", "lament", "mourn", "protest",
                  "criticize", "criticise", "reject", "investigate", "probe", "examine", "study", "solve",
                  "clarify", "report", "confirm", "deny", "discuss", "recall", "remember", "commemorate",
                  "mark", "avenge", "demand", "ask", "request", "call",
                  # and those who pursue its authors ("police arrested two suspects in the murder")
                  "arrest", "detain", "charge", "indict", "sentence", "convict", "try", "identify", "seek",
                  "hunt",
                  # and those who stopped it ("police foiled an attempt on the life of Senator X")
                  "foil", "thwart"]
# nouns of an act's authorship: "the explosion was the work of the Extraditables" names its doer
WORK_NOUNS = ["work", "handiwork", "doing", "hallmark", "hallmarks", "signature"]
# verbs whose object among WORK_NOUNS says whose act it was ("the attack bears the hallmarks of Boko Haram"; the
# doer is only possible: claims_en.ATTRIBUTION_PREDICATES)
BEARING_VERBS = ["bear", "carry", "have"]
# nouns that stand for their "of" complement as an act's doer when they are the subject of its verb ("the hand of
# drug traffickers is behind the assassination"): incidents._hand_of
HAND_NOUNS = ["hand", "hands"]
# prepositions of what stands behind an act, its doer the verb's subject ("drug traffickers were behind the crime")
BEHIND_PREPS = ["behind"]
# a firearm drawn by the doer before he fires with no object ("THE MAN TOOK OUT A PISTOL AND BEGAN FIRING"): verbs of
# drawing (with their particle) and the weapons drawn (events.drew_weapon); the person the doer approached just before
# is the one shot at (APPROACH_VERBS: "A MAN APPROACHED HIM", incidents._approached_person)
DRAWING_VERBS = ["take out", "pull out", "draw", "whip out", "produce", "brandish", "pull"]
DRAWN_WEAPONS = ["pistol", "gun", "handgun", "revolver", "rifle", "shotgun", "weapon", "firearm", "machine gun",
                 "submachine gun", "machinegun"]
APPROACH_VERBS = ["approach", "accost"]
PERPETRATOR_PREDICATES = ["involve", "involved", "responsible", "accuse", "accused", "suspect", "suspected",
                          "blame", "blamed", "implicate", "implicated", "charge", "charged", "guilty",
                          "responsibility"]
# wars whose toll a relative clause may tell ("a conflict that has killed 10,000"): no event
WAR_NOUNS = ["war", "wars", "conflict", "conflicts", "insurgency", "civil war"]
# groups an act noun may name the trade of ("a kidnapping gang", "a robbery syndicate"): no event told
CRIMINAL_GROUP_NOUNS = ["gang", "gangs", "ring", "rings", "syndicate", "syndicates", "cartel", "cartels", "racket",
                        "rackets", "network", "networks"]
# nouns a weapon word may modify and still tell its use ("mortar fire", "a rocket barrage")
WEAPON_EVENT_HEADS = ["fire", "barrage", "salvo", "round", "rounds", "strike", "strikes", "gas", "exposure", "poisoning",
                      "barrel", "barrels", "canister", "canisters"]
# nouns of a weapon's use that may take it as their "of" complement ("the hurling of a grenade"); the
# complement of any other noun (not an event either) is a thing named ("various types of grenades")
WEAPON_USE_NOUNS = ["hurling", "throwing", "firing", "launch", "launching", "detonation", "planting", "use",
                    "explosion", "explosions", "blast", "blasts", "impact", "hail", "volley", "shower", "rain"]
# verbs whose infinitive complement did happen ("began to shell the town"); any other governor
# makes an infinitive an aim ("ordered to sabotage", "a campaign to attack")
IMPLICATIVE_VERBS = ["begin", "start", "continue", "manage", "proceed", "go", "keep", "resume", "succeed"]
# the words that mark an infinitive ("to sabotage")
INFINITIVE_MARKS = ["to"]
# a purpose these verbs give is done by the act itself: blocking roads "to protest" is the protest
SELF_FULFILLING_PURPOSES = ["protest", "demonstrate", "rally", "march"]
# prepositions that give an arrest's reason ("arrested over the protests", "in connection with the
# attack"): the event they introduce is the charge, not news of its own
REASON_PREPOSITIONS = ["over", "for", "with", "connection"]
# common crimes an arrest is made for ("arrested a man for stealing a phone"): police work, no arrest ACLED
# codes (its arrests are of political significance)
COMMON_CRIMES = ["steal", "stealing", "theft", "thefts", "robbery", "burglary", "shoplifting", "pickpocketing",
                 "fraud", "drunk driving", "speeding",
                 # forgery and counterfeiting ("arrested two men for forging bank notes")
                 "forge", "forging", "forgery", "counterfeit", "counterfeiting", "swindle", "swindling"]
# crimes of office: a common crime when who was held holds no political office ("arrested two customs officers on
# corruption charges", "a businessman accused of embezzlement"), an arrest of political significance when they do
# ("arrested the former finance minister for embezzlement": POLITICAL_OFFICES)
OFFICE_CRIMES = ["corruption", "embezzlement", "embezzling", "embezzle", "bribery", "graft", "bribe", "bribes"]
POLITICAL_OFFICES = ["minister", "ministers", "governor", "governors", "mp", "mps", "senator", "senators",
                     "lawmaker", "lawmakers", "legislator", "legislators", "mayor", "mayors", "president", "opposition",
                     "party", "leader", "leaders", "activist", "activists", "journalist", "journalists"]
# a charge an arrest is made "on" ("arrested on corruption charges"): what it names is the reason
CHARGE_NOUNS = ["charge", "charges", "suspicion", "allegation", "allegations"]
CHARGE_PREPOSITIONS = ["on"]

# what an attack noun is aimed at, before the name of an organisation ("the attack against FENASTRAS")
AIMED_AT_PREPS = ["against", "on"]

# a reflexive object: the doer is the one hit ("killed himself", "s'est tué"), no perpetrator of its own
# who a plural pronoun subject of an event verb stands for: the armed actor named as a subject just
# before ("FMLN rebels raided the town, where they set fire to the office")
PLURAL_PRONOUNS = ["they"]
# personal pronouns that may stand for the person a violent verb hit ("the body of a man was found. He
# was apparently shot"), singular then plural
PERSON_PRONOUNS_SINGULAR = ["he", "she", "him", "her"]
PERSON_PRONOUNS_PLURAL = ["they", "them"]
# the words that join the persons hit after a pronoun ("wounding him, his wife and their daughter"); several words: each one
PERSON_COORDINATORS = ["and", "as well as"]
# relative pronouns that only a person takes ("a man who killed"; "which" and "that" say nothing)
PERSON_RELATIVE_PRONOUNS = ["who", "whom"]
REFLEXIVES = ["himself", "herself", "themselves", "itself", "oneself"]
# the preposition of a noun complement ("the chief of staff of the militia", "le chef d'état-major de la milice")
COMPLEMENT_PREPS = ["of"]

# possessives that name a thing, not a person: "its whereabouts" is no disappearance (flag "person_owner")
THING_POSSESSIVES = ["its"]

# what breaks an agreement: "violated the ceasefire", "ceasefire violations", "a breach of the truce" are
# no agreement (ACLED types the violent act told with it, else nothing of the agreement class)
BREACH_WORDS = ["violate", "violation", "break", "breach", "flout", "violator", "violators",
                # a truce ended by a side is no agreement either ("announced it was ending its ceasefire")
                "end"]
# an agreement that fails, told by its subject's verb ("Ceasefire collapses as army shells rebel positions"):
# no agreement; each verb's lemma with the words one of which must complement it (empty: none needed)
BREAKDOWN_VERBS = {"collapse": (), "crumble": (), "unravel": (), "falter": (), "break": ("down", "apart")}
# violence that breaks out or grows, told by its subject's verb ("violence erupts in Bria", "violence flared again"):
# each verb's lemma with the words one of which must complement it (empty: none needed); the trigger "violence"
# flagged needs_rising (events._breaks_out)
RISING_VERBS = {"erupt": (), "flare": (), "surge": (), "escalate": (), "intensify": (), "resume": (), "spread": (),
                "rage": (), "spiral": (), "break": ("out",), "flare-up": ()}
# the verbs that say there is something ("there has been more violence in Bria"), with the words one of which they
# take: violence there has been is violence done (events._breaks_out)
EXISTENTIAL_VERBS = {"be": ("there",)}
# a general noun of violence ("The violence broke out on Tuesday", "the unrest erupted on Monday") that, told after a
# lead that told the act, starts by one of OUTBREAK_VERBS (each lemma with the words one of which must complement it;
# empty: none needed) on a day: that day is the lead's act's, when the lead tells none (incidents._dated_by_its_outbreak)
OUTBREAK_NOUNS = ["violence", "unrest", "turmoil"]
OUTBREAK_VERBS = {"erupt": (), "break": ("out",), "start": (), "begin": (), "flare": ()}
# a work stoppage told as it ends is no protest ("Teachers end two-month strike", "the union called off the
# strike", "the end of the strike", "workers returned to work after the strike"): its nouns, the verbs that end it
# (with the words one of which must complement them; empty: none), the nouns of its end, the verbs of going back
STOPPAGE_NOUNS = ["strike", "walkout", "stoppage"]
# the workers on strike (who an armed act may hit: "Gunmen kill two strikers")
STRIKER_WORDS = ["striker", "strikers", "striking"]
STOPPAGE_END_VERBS = {"end": (), "suspend": (), "lift": (), "halt": (), "abandon": (), "cancel": (), "call": ("off",)}
STOPPAGE_END_NOUNS = ["end"]
RESUME_VERBS = ["resume", "return"]
# a weapon a title names as supplied is no act ("Combat drones for the Malian army", "Attack helicopters
# delivered to the air force"): the prepositions of whom it is for, the verbs of supplying it
WEAPON_RECIPIENT_PREPS = ["for"]
WEAPON_SUPPLY_VERBS = ["deliver", "supply", "sell", "buy", "order", "donate", "send", "receive", "approve",
                       "purchase", "acquire", "export", "import"]
# a weapon told in any sentence as what a side receives, buys or is sold is no act ("The air force received two new
# fighter jets"; events._weapon_taken_delivery): not the verbs of ordering or sending, whose object may be a strike
# ("ordered an air strike", "sent warplanes to bomb")
WEAPON_DELIVERY_VERBS = ["deliver", "supply", "sell", "buy", "donate", "receive", "purchase", "acquire", "export",
                         "import"]
# ... and the verbs whose subject, the side or the weapon the trigger names, takes a weapon in ("The air force
# received two new fighter jets": the air force did nothing)
WEAPON_RECEIPT_VERBS = ["receive", "buy", "purchase", "acquire", "import"]
# an agreement told as what an act came after or defied ("Rebels attack town days after peace deal", "clash
# despite truce"): the prepositions and conjunctions of that circumstance
CIRCUMSTANCE_PREPS = ["after", "following", "since", "despite", "amid", "notwithstanding"]
# the nouns of an act done in answer to another ("bombed rebel positions in retaliation for last week's attack that
# killed 15 soldiers"): the older act the phrase names holds its own toll, the answer none of it
RETALIATION_NOUNS = ["retaliation", "reprisal", "reprisals", "revenge", "retribution", "response"]
# ... the verbs of it ("launched air strikes to avenge last week's attack that killed 15 soldiers"), and the
# prepositions of an act that came after another or over it ("torched homes on Tuesday after an attack that killed 12
# soldiers on Sunday", "burned the police station over last week's killing of three traders")
RETALIATION_VERBS = ["avenge", "revenge", "retaliate"]
# an older act told as the time of the news, set apart from its clause by a comma or a stretch of time, with a toll
# of its own ("killed 30 militants on Sunday, a day after an attack on a church that killed 17 worshippers", "...,
# following an ambush that killed eight soldiers", "hours after"): the words of "after", the nouns that say "the day
# after" by themselves (none in English), and the short stretches besides dates' UNITS (incidents._older_act_as_time)
NEWS_TIME_AFTER = ["after", "following"]
DAY_AFTER_NOUNS: list[str] = []
SHORT_STRETCH_UNITS = ["hour", "hours", "minute", "minutes"]
# the words of "amid" a violence with a toll of its own, no act of the story ("killed five villagers amid a wave of
# attacks that have killed more than 200 people this year": incidents._amid_a_toll)
AMID_MARKERS = ["amid", "amidst"]
# two acts told one after the other in one sentence ("first striking Gidan Goga on Friday, killing nine villagers,
# then moving to Tsafe on Saturday, where they killed five more"): the words of "first" and of "then"
# (incidents._acts_first_then)
SEQUENCE_FIRST = ["first"]
SEQUENCE_THEN = ["then"]
# an act that "came as" another was done ("The shooting down of the helicopter came as gangs attacked Petit-Goave"):
# the verbs besides OCCURRENCE_VERBS, and the words of "as" right after them (incidents._came_as)
COINCIDE_VERBS = ["come"]
COINCIDE_MARKERS = ["as"]
ANSWERED_PREPS = ["after", "following", "over"]
# prepositions of an event at the same time as another ("during", "lors"): no time reference told before
SIMULTANEOUS_PREPS = ["during", "amid"]
# an event recalled, not reported: a stretch of time "after" dates the news by it ("a year after
# soldiers killed 40 villagers", "weeks after the bombing"), "since" looks back to it ("the first
# attack since the army retook the town"), a memorial is of it ("on the anniversary of the massacre",
# "in memory of the victims of the attack")
# to whom a memorial is paid ("paid tribute to a classmate killed by soldiers"): what it names is recalled
MEMORIAL_DATIVES = ["to"]
RECALL_AFTER = ["after"]
# the verbs an act named again is said to have come a stretch of time after another by ("The attack came two days
# after an attack on a church": events._act_a_stretch_before, incidents._came_a_stretch_after)
STRETCH_AFTER_VERBS = ["come", "happen", "occur", "take place"]
RECALL_SINCE = ["since"]
RECALL_NOUNS = ["anniversary", "memory", "memorial", "commemoration", "remembrance", "honour", "honor", "tribute",
                "vigil", "homage",
                # the verb of a memorial ("gathered to commemorate the victims of the 1989 crackdown")
                "commemorate"]
# a commission of inquiry, and the preposition of what it is into when the parser hangs it on the verb that set
# it up ("a commission of inquiry into the massacre", "set up a commission into the killings"): a body set up after
# killings already told, which recalls them (ACLED codes no event for an investigation). Not a police inquiry
# or investigation: "investigations into the murder of two students" may be the first report of the murder
INQUIRY_NOUNS = ["commission", "commissions"]
INQUIRY_PREPS = ["into"]
# a police, judicial or parliamentary inquiry recalls what it is into only when told as a body's ("a parliamentary
# inquiry into the killing of miners", INQUIRY_BODIES) or with the act dated to an earlier time ("a probe into the
# 2019 killings", "an investigation into last year's massacre": a year, or a time unit with INQUIRY_PAST_MARKERS);
# a bare "police are investigating the murder of two students" may be its first report
INQUIRY_WORDS = ["inquiry", "inquiries", "investigation", "investigations", "probe", "probes"]
INQUIRY_BODIES = ["parliamentary", "judicial", "congressional", "senate", "independent", "international",
                  # a body that opens or demands the inquiry ("Parliament opened an inquiry into the killing of ...")
                  "parliament", "lawmakers", "legislators", "mps", "government", "congress"]
INQUIRY_PAST_MARKERS = ["last", "previous", "ago", "past"]
# a report and the preposition of what it is on ("a report on the massacres in Bria", "its report into the killings"):
# what it is on is recalled as what a commission is into (events.recalled_phrase); with no day of its own, no act of
# the story at all (incidents._told_only_as_inquired)
REPORT_NOUNS = ["report", "reports"]
REPORT_PREPS = ["on", "into", "about"]
# verbs of recalling: an event in their complement, when the speaker recalls it ("I remember when they
# bombed the service station", "let us recall that ..."), is history told for context (MUC-4 rule 6)
RECALL_VERBS = ["remember", "recall"]

# threats (flag "threat"): the acts a threat names, by the type it takes ("threatened to kill", "threatened
# them with death", "threatened to bomb"); the words that say against whom it was made ("death threats
# against a judge", "to the editor") and the verbs whose subject got it ("the mayor received death threats")
THREAT_ACTS = {
    "kill": ["kill", "murder", "assassinate", "execute", "behead", "shoot", "death", "slaughter", "slit"],
    "bomb": ["bomb", "blow", "dynamite"],
}
THREAT_TARGET_PREPS = ["against", "to"]
THREAT_RECEIVED = ["receive", "get", "face"]
# the prepositions of whom a received threat came from ("RECEIVED DEATH THREATS FROM THE SHINING PATH"): its doer
THREAT_SOURCE_PREPS = ["from"]
# a threat against anyone at all is a warning to all, no specific threat ("threatened to kill any
# candidate who takes part"): determiners and pronouns of free choice
FREE_CHOICE = ["any", "anyone", "anybody", "whoever"]
# someone's life threatened is a death threat ("her life was threatened")
THREAT_LIVES = ["life"]
# the possessives of a plural owner ("their lives were threatened")
POSSESSIVES_PLURAL = ["their"]

# partisans whose clashes with no armed side are ACLED's mob violence ("supporters of rival candidates
# clashed"), and the preposition that names a clash's sides
PARTISANS = ["supporter", "supporters", "sympathizers", "sympathisers", "partisans",
             # sports fans: the codebook's mob violence whether or not their rivals are named ("fans fought
             # outside the stadium")
             "fan", "fans", "ultras", "hooligan", "hooligans",
             # the members of two communities fighting with sticks ("communal clash"): a mob, no armed group
             "community", "communities"]
# a sports occasion: partisans rioting over it are fans, no demonstrators, whoever breaks it up ("supporters
# rioted after the match; police fired tear gas": ACLED's mob violence)
SPORT_OCCASIONS = ["match", "matches", "derby", "stadium", "stadiums", "tournament", "kick-off", "pitch", "referee",
                   # the French « équipe »; a cup won or lost ("after the team's victory in the cup final")
                   "team", "cup"]
# a crowd that celebrates makes no demand of anyone: no protest (ACLED codes none), and partisans who riot while
# celebrating are fans, no demonstrators ("fans celebrating the victory clashed with police": mob violence)
# the words of a count of people, as a number is one (events._displaced_count: "Thousands displaced in Cabo Delgado")
DISPLACED_COUNT_WORDS = ["thousands", "hundreds", "dozens", "millions", "tens of thousands"]
CELEBRATION_WORDS = ["celebrate", "celebrated", "celebrating", "celebration", "celebrations", "festivities",
                     "jubilation", "jubilant", "revellers", "revelers"]
BETWEEN_PREPS = ["between"]
# people who fight one another, with no armed side, are a crowd's fight (ACLED's mob violence: "violent
# clashes between rival groups", students or supporters included): said by a reciprocal object of the fight
# ("students fought each other", "pelting each other with stones") or by the sides told as rivals ("members
# of rival student unions", "students of two rival colleges", "clashes between two student groups")
RECIPROCALS = ["each other", "one another"]
RIVAL_WORDS = ["rival", "rivals", "opposing", "feuding"]
# organised groups whose rivals' fights are no crowd's ("a clash between two rival gangs", "rival clans")
ORGANISED_GROUPS = ["gang", "gangs", "cartel", "cartels", "clan", "clans", "militia", "militias", "faction",
                    "factions", "cult", "cults"]
# communal groups fighting one another are identity militias, as ACLED codes them (its armed clash, not mob
# violence): the words for the sides ("clashes between Fulani herders and farmers", "herders clashed with farmers",
# "tribesmen fought") and the words that tell a side or the fight communal ("ethnic militias fought", "tribal
# clashes"); a fight told with a crowd's weapons ("with sticks and stones") or by a crowd's nouns (youths,
# residents, communities: MOB_AGENTS, PARTISANS) stays a crowd's, spontaneous and unorganised (mob violence)
COMMUNAL_SIDES = ["herder", "herders", "herdsman", "herdsmen", "pastoralist", "pastoralists", "nomad", "nomads",
                  "tribesman", "tribesmen", "clansman", "clansmen"]
COMMUNAL_MODIFIERS = ["ethnic", "tribal", "inter-ethnic", "interethnic", "inter-tribal", "intertribal", "inter-clan",
                      "clan"]
CROWD_WEAPONS = ["stone", "stones", "stick", "sticks", "rock", "rocks", "brick", "bricks", "club", "clubs", "bottle",
                 "bottles", "fist", "fists", "cudgel", "cudgels", "rod", "rods"]
# the preposition of the other side of a fight ("herders clashed with farmers")
# the words of a side fought beside, not against ("Rwandan troops were fighting alongside the rebels"): a fight told
# only with them names no other side (events._drop_allies_fighting)
ALLY_WORDS = ["alongside"]
FIGHT_PARTNER_PREPS = ["with", "against"]
# where the people of a side come from: two of them fighting are one crowd's two sides ("youths from two villages
# fought over a land dispute", as "supporters of two clubs": events._among_themselves)
ORIGIN_PREPS = ["from"]
# ... or two groups of civilians told "between" ("clashes between two student groups"; not "two clans")
PAIR_WORDS = ["two"]
# a party's own members are its partisans ("members of the ruling party youth wing attacked")
PARTY_WORDS = ["party", "youth wing"]
# the rank and file of an organisation named before them or in their "of" complement ("PTI and PML-N workers",
# "Awami League and BNP activists clashed"): a party's members by its name or acronym alone
PARTY_MEMBERS = ["activist", "activists", "worker", "workers", "cadre", "cadres", "loyalist", "loyalists"]
# what partisans came from when they attacked ("attacked activists on their way home from a rally",
# "attacked opposition supporters after a rally"): the rally is where and when their violence began, not
# an event of its own (ACLED's mob violence)
PROTEST_ORIGIN_WORDS = ["from", "after", "following"]
# a person's role that a protest noun qualifies ("a protest organiser", "rally leaders"): who the person is, no
# protest of its own (events._drop_protest_roles)
PROTEST_ROLE_NOUNS = ["organiser", "organisers", "organizer", "organizers", "leader", "leaders", "coordinator",
                      "coordinators", "convener", "conveners", "convenor", "convenors"]
# what the people an act was aimed at were doing, told in a relative clause on them ("opened fire on a crowd
# that was protesting"): they were protesters (ACLED's force against protesters)
PROTESTING_VERBS = ["protest", "demonstrate", "march", "rally"]
# prepositions of the means by which ground changed hands ("rebels were pushed out under intense
# bombardment", "retook the town with artillery"): the shelling is how the ground was won, the territory
# change is the news
TERRITORY_MEANS_PREPS = ["under", "with"]
# prepositions of the fight that came before ground was won ("retook Kitshanga after two days of fighting",
# "recaptured the town following clashes"): the clash is the territory change's own battle, the ground the news
TERRITORY_AFTER_PREPS = ["after", "following"]

# the past perfect ("had killed", "had been abducted"): an act told as earlier than the clause it hangs on; the auxiliary's
# lemma and its tense (spaCy's morph "Tense")
PERFECT_AUXILIARIES = ["have"]
PAST_PERFECT_TENSES = ["Past"]

# the predicate of who was the victim of events ("a girl was the victim of sexual assaults"): the
# sentence reports what was done to someone, no generalisation
VICTIM_PREDICATES = ["victim"]

# acts that, done by the state's forces with no one killed or hurt, are operations of theirs (a search,
# arrests), not attacks (MUC-4 1.0; ACLED's arrests): "police raided homes", "homes have been raided" after
# "security forces detained three men"; done by others ("gunmen raided homes") they stay attacks
# the nouns of a forces' operation a later sentence names again ("seven civilians were killed during the sweep"):
# civilians killed in it are the forces' violence against them, an act apart from the fight (not "in the fighting", the
# crossfire of the fight itself: incidents._civilians_killed_in_the_operation)
OPERATION_NOUNS = ["operation", "operations", "sweep", "sweeps", "raid", "raids", "crackdown", "mop-up", "search",
                   "offensive"]
FORCE_OPERATIONS = ["raid", "raids", "raided", "raiding", "search", "searches", "searched", "searching",
                    # "police invaded the campus", "police swooped on the hideout"
                    "invade", "invaded", "invading", "descend", "descended", "swoop", "swooped"]
# verbs of witnessing: "we have (already) seen where they attacked ...", the speaker's experience in the present
# perfect, sums up what happened over time, not one incident
EXPERIENCE_VERBS = ["see", "witness"]
# a short text whose extraction loads everything a worker needs (pipeline, matchers, gazetteer)
WARM_UP_TEXT = "Two civilians were killed on Monday in an air strike near Mosul, officials said."

# what a territory is taken from ("retook Mindat from the rebels"): events._named_from_armed
TERRITORY_FROM_PREPS = ["from"]

# the prepositions of a verb's result that, with a word of death, make the verb say a death
# ("shot to death", "hacked to death"): the verb is a death word of its own
DEATH_RESULT_PREPS = ["to"]

# pronouns whose relative clause in the simple present says who people are by what they do ("those who
# kill", "anyone who attacks"): a generalisation, not an incident
DEMONSTRATIVE_DOERS = ["those", "anyone", "anybody", "whoever"]

# an aircraft that flies, carries or crashes ("A MILITARY PLANE CARRYING 12 SOLDIERS CRASHED", "A MILITARY
# PLANE FLEW THE BODIES TO AYACUCHO", "FLOWN TO BOGOTA ON A MILITARY PLANE") strikes nothing: the verbs it is
# the subject of, or that modify it, and the prepositions of travelling on it (trigger flag not_carrier)
CARRIER_VERBS = ["fly", "carry", "transport", "crash", "land", "bring", "evacuate", "ferry", "take off", "airlift"]
CARRIER_PREPS = ["on", "aboard", "on board"]
# an aircraft that is what an act hit, the object of these or their passive subject ("THE GUERRILLAS DESTROYED TWO
# MILITARY PLANES ON THE GROUND", "A HELICOPTER WAS DAMAGED"), strikes nothing: its owner is the side hit,
# not the doer of an air strike (trigger flag not_hit_craft)
CRAFT_HIT_VERBS = ["destroy", "damage", "burn", "set fire to", "blow up", "sabotage"]
# prepositions and verbs of shots aimed at an aircraft ("opened fire on a small plane", "shot at a helicopter"): the
# craft is a target, no air strike (flag not_hit_craft, events._craft_shot_at)
CRAFT_TARGET_PREPS = ["at", "on", "upon"]
CRAFT_SHOT_VERBS = ["fire", "shoot", "open"]
# nouns of a campaign, many acts under one name ("THE FMLN LAUNCHED AN OFFENSIVE"): an act with its own doer told
# after it is one of its acts, no detail of it (incidents._campaign_only)
CAMPAIGN_NOUNS = ["offensive", "offensives", "campaign"]

# relative pronouns of a clause whose subject follows them ("THE PEASANTS WHOM SHINING PATH GUERRILLAS
# MURDERED", "WHOM ... HAD KIDNAPPED", an auxiliary of PERFECT_AUXILIARIES aside): the armed actor right before
# the act's verb in such a clause did it (incidents._relative_clause_subject)
OBJECT_RELATIVES = ["whom", "that", "which"]
# verbs of causing whose complement is the act ("CAUSED A BOMB TO EXPLODE"): their subject did it
CAUSATIVE_VERBS = ["cause"]
# the prepositions of whom an act is laid on ("attributed the attack to the cartel", "blamed it on the rebels")
ATTRIBUTION_PREPS = ["to", "on"]
# determiners by which a plural event noun points back to the acts told before ("POLICE ATTRIBUTED BOTH ATTACKS TO")
BACK_PLURAL_DETERMINERS = ["both"]
# conjunctions that give doers as alternatives ("BY THE MEDELLIN CARTEL OR BY THE ELN"): one party, no fight
ALTERNATIVE_CONJUNCTIONS = ["or"]
# irrealis verbs of provoking that, with the act as their passive subject, say what caused it ("the fire was
# provoked by urban commandos"): the act happened
CAUSED_BY_VERBS = ["provoke"]
# an act told as the passive subject of these, with no aim in time after them
# ("THE MASSACRE ... WAS PLANNED IN COLD BLOOD";
# not "the attack was planned for Friday"): what was planned happened (events._planned_and_done)
PLANNED_DONE_VERBS = ["plan", "premeditate"]
PLANNED_FOR_PREPS = ["for"]
# forces mustered for an act ("ISIS is mobilising its members for an assault", FR « rassemble ses membres pour un
# assaut »), an act after a noun of aim ("with a view to an attack", FR « en vue d'un assaut »): the act is the aim,
# not done (events._mustered_for)
MUSTER_VERBS = ["mobilize", "mobilise", "mass", "amass", "muster", "gather", "assemble", "regroup", "prepare"]
MUSTER_AIM_PREPS = ["for"]
AIM_NOUNS = ["view"]

# predicates of responsibility that tell one act when the dead are known persons ("SOLDIERS WERE RESPONSIBLE FOR
# THE DEATH OF THE TWO TEACHERS"), the determiners that tell them known, and the words of a record that sum up
# many acts ("RESPONSIBLE FOR THE DEATHS OF THOUSANDS OF CIVILIANS SINCE 1980"; events._responsible_for_one)
ONE_ACT_PREDICATES = ["responsible"]
ONE_ACT_DETERMINERS = ["the", "his", "her", "their", "these", "those"]
RECORD_WORDS = ["since", "thousands", "hundreds", "dozens", "scores", "millions", "years", "decade", "decades"]
# verbs whose weapon subject struck: "the drone struck a vehicle", "a helicopter targeted a convoy" (an
# armed weapon, though no force is named; events._weapon_strikes)
WEAPON_STRIKE_VERBS = ["strike", "hit", "target", "bomb", "pound", "shell"]
# those of them that tell firing from the air, whatever the parse makes of their object ("helicopters strafed";
# events._weapon_strikes)
WEAPON_FIRE_VERBS = ["strafe"]
# verbs of dropping, what a drone drops that strikes, and the prepositions of where it was dropped from ("a drone
# dropped a grenade on a checkpoint", "grenades dropped from a drone"; events._drops_munition)
DROP_VERBS = ["drop", "release"]
DROPPED_MUNITIONS = ["grenade", "grenades", "bomb", "bombs", "explosive", "explosives", "munition", "munitions",
                     "mortar", "mortars", "shell", "shells", "charge", "charges"]
DROP_FROM_PREPS = ["from"]
# verbs whose subject, one of DROPPED_MUNITIONS, fell from above ("bombs fell on two camps", "bombs rained down on the
# town"): dropped from the air, an air strike, no device laid (events._dropped)
FALL_VERBS = ["fall", "rain"]
# the aircraft a missile or rocket is fired from ("fired dozens of missiles from aircraft", "launched from warplanes";
# after DROP_FROM_PREPS): an air strike, no shelling from the ground (events._fired_from_aircraft)
FIRING_AIRCRAFT = ["plane", "planes", "aircraft", "jet", "jets", "warplane", "warplanes", "helicopter", "helicopters",
                   "drone", "drones", "fighter jets", "bombers", "bomber"]

# participles of escorting: who escorts what an attack hit ("a convoy escorted by the army") is no doer of it
ESCORT_VERBS = ["escort", "guard", "protect", "accompany"]

# verbs whose subject underwent the act their complement names ("a patrol fell into an ambush", "the convoy came
# under fire", "soldiers were caught in an ambush", "the base suffered an attack", "five soldiers died in the
# ambush"): the subject is what the act hit, not its doer; with the prepositions one of which must open the
# complement (none: the direct object) (targets.undergoing_verb)
UNDERGOING_VERBS = {"fall": ("into",), "run": ("into",), "walk": ("into",), "come": ("under",), "catch": ("in",),
                    "suffer": (), "die": ("in", "during"), "perish": ("in", "during")}
# nouns said of a subject that underwent the act their complement names ("an army patrol was the target of an
# ambush", "was the victim of an attack") (targets.undergoing_verb)
UNDERGOING_NOUNS = ["victim", "victims", "target", "targets"]

# verbs of more or fewer: a plural event noun they act on ("have stepped up attacks since 2022") tells how often
# acts happen, not an act (incidents._trend)
TREND_VERBS = ["step up", "ramp up", "intensify", "escalate", "increase", "multiply", "redouble", "scale up"]

# verbs whose air force subject, or the air force after "by" of their passive, struck from the air ("the Nigerian Air
# Force bombed a camp", "a bridge was destroyed by the air force"; events._striking_force)
FORCE_STRIKE_VERBS = ["strike", "hit", "target", "bomb", "pound", "shell", "bombard", "destroy", "raid", "attack",
                      "strafe"]
# what a drone is used for, or does, that strikes nothing ("used drones to watch the border", "a drone filmed the
# crowd"; events._civil_use)
CIVIL_USE_VERBS = ["watch", "monitor", "survey", "surveil", "patrol", "film", "photograph", "spray", "deliver", "map",
                   "observe", "scout"]

# verbs of release: who they free is no abduction of the story's day, the abduction is recalled ("troops freed 12
# hostages held since May", "police rescued two kidnapped traders"; events._freed_captive)
# verbs of capture: people a participle of them is said of are held, no side in a fight; their killing is an attack
# ("the killing of two soldiers captured near Djibo"; events._captives_hit)
CAPTIVE_VERBS = ["capture", "kidnap", "abduct", "seize", "detain", "hold"]
# participles of capture: a day in their clause on a noun is the capture's, not the day of an act done to the captives
# ("killed two soldiers captured near Djibo on Saturday"), and dates the abduction of the captive noun it is said of
# ("the hostages, taken by JNIM in March, were freed"; incidents._capture_participle, _capture_clause)
CAPTURE_PARTICIPLES = ["abduct", "capture", "kidnap", "seize", "snatch", "take"]
# prepositions of where a captive was brought ("He was taken to a farm near Suárez"): a town after them is no place of
# the abduction (incidents._captive_taken_there)
CAPTIVE_BROUGHT_PREPS = ["to", "towards", "into", "toward"]
# the links of a country's name to a noun it owns ("the army of Mali"): such a country is told as an owner, not as the
# place of the act the dateline's town would otherwise place (incidents._told_as_a_place)
COUNTRY_OWNER_LINKS = ["of"]
# the links of a country's name to the people an act hit that tell where they were ("killed 100 people in Lebanon",
# "across Lebanon"): the place of the act, not the dateline's town (incidents._told_as_a_place)
COUNTRY_PLACE_LINKS = ["in", "across", "throughout"]

RELEASE_VERBS = ["free", "release", "rescue", "liberate"]
# nouns of release: who their "of" complement names was freed, the abduction is recalled ("the release of 12 hostages
# held near Djibo was announced"; events._freed_captive); not a release sought (RELEASE_SOUGHT_WORDS)
RELEASE_NOUNS = ["release", "liberation", "rescue"]
# words that make a release a thing sought, not done ("demanded the release of", "talks on the release of")
RELEASE_SOUGHT_WORDS = ["demand", "call", "seek", "urge", "push", "plead", "appeal", "negotiate", "negotiation",
                        "talk", "effort", "bid", "campaign", "request", "ask", "press", "work"]

# the auxiliaries that make no passive: the "passive" subject of a verb that has only them is its active subject
# ("Members of the gang have attacked"; bilan.nlp._fix_active_subjects)
ACTIVE_AUXILIARIES = ["have"]

# verbs of firing a weapon at someone, said of the weapons of an act told just before ("ONE OF THEM WAS LAUNCHED AT A
# POLICE BATTALION"): incidents._attach_follow_up_forces_fired_at
WEAPON_FIRED_AT_VERBS = ["fire", "launch", "lob", "aim"]

# the tenses of PERFECT_AUXILIARIES that tell a state held up to now ("has received death threats": a threat so told
# borrows no earlier sentence's day, incidents._threat_held_till_now; "has been strafing ... since Saturday": a
# campaign that holds the unattributed act of its kind told before, incidents._campaign_since_holds)
STANDING_PERFECT_TENSES = ["Pres"]

# past participles of a weapon's state, no act done at a time ("a car packed with explosives ... on Friday"): a day
# that closes the object's phrase is the act's (incidents._day_closing_the_object)
RIGGED_PARTICIPLES = ["booby-trapped", "rigged", "laden", "packed", "loaded", "strapped"]

# a resultative right after a headline's root verb with no object makes a reduced passive of a verb the tagger reads as
# a simple past ("Three protesters shot dead as security forces fire on march": the protesters were shot; not "Police
# shot dead three protesters", which has its object): events.headline_undergoers
HEADLINE_RESULTATIVES = ["dead"]
# verbs of harm that take their object in an active ("killed two protesters"): a headline's root one the tagger reads as
# a simple past with a subject and no object is a reduced passive ("Peru: two protesters killed as police fire on
# march": the protesters were killed), as a resultative makes it: events.headline_undergoers
HEADLINE_TRANSITIVES = ["kill", "injure", "wound"]
# what a group announces or decides it will do, for triggers flagged "announced_ok" (a change to its activity: "announced
# it would end its armed struggle"): its decision told, the change (events._announced_by)
# (agreeing to it between groups is their decision too: "The two armed groups agreed to merge")
ANNOUNCING_VERBS = ["announce", "declare", "decide", "agree"]

# kinds of weapons or craft an act noun may name ("assault rifles", "attack helicopters", « fusils d'assaut »): the
# act noun is the weapon's name, no act (events._drop_group_trades)
WEAPON_KIND_NOUNS = ["rifle", "rifles", "helicopter", "helicopters", "aircraft", "boat", "boats", "submarine",
                     "submarines", "vehicle", "vehicles"]

# the prepositions that open a sentence with the group a share is told of ("Of the 60 students abducted, 25 had
# escaped", "Among the 40 villagers kidnapped, ..."): the participle of that group, definite, tells the people an act
# told before took, no act of its own (events._group_told_before)
SHARE_OPENING_PREPS = ["of", "among"]
