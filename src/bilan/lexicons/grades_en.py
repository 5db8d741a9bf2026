"""Grading cues, English (``bilan.link.grade``). Phrases are matched case-insensitively on a
claim's sentence; where a phrase has « … » up to ``GAP`` other words may stand there
("killed about 20 militants")."""

GAP = 3

# the sources say the dead were combatants, or that no civilian was harmed -> discounted
COMBATANT_CUES = [
    "were combatants", "were fighters", "were militants", "were jihadists", "were terrorists", "were insurgents",
    "were rebels", "all combatants", "killed … militants", "killed … fighters", "killed … insurgents",
    "killed … terrorists", "killed … jihadists", "neutralized … terrorists", "neutralised … terrorists", "no civilians", "no civilian casualties",
    "no civilian was", "no civilian deaths",
]
# a denial citing evidence -> discounted ("denied it, citing satellite imagery")
EVIDENCE_CUES = [
    "evidence", "satellite imagery", "satellite images", "footage", "video", "investigation", "photographs",
]
