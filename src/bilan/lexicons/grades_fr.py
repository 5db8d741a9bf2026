"""Grading cues, French (``bilan.link.grade``). Phrases are matched case-insensitively on a
claim's sentence; where a phrase has « … » up to ``GAP`` other words may stand there
(« ont neutralisé une vingtaine de terroristes »)."""

GAP = 3

# the sources say the dead were combatants, or that no civilian was harmed -> discounted
COMBATANT_CUES = [
    "étaient des combattants", "étaient des djihadistes", "étaient des jihadistes", "étaient des terroristes",
    "étaient des rebelles", "tous des combattants", "combattants tués", "djihadistes tués", "jihadistes tués",
    "terroristes tués", "terroristes neutralisés", "neutralisé … terroristes", "neutralisé … djihadistes",
    "neutralisé … jihadistes", "tué … terroristes", "tué … djihadistes", "tué … jihadistes", "tué … combattants",
    "aucun civil", "aucune victime civile", "pas de victime civile", "pas de victimes civiles",
    "aucune victime parmi les civils",
]
# a denial citing evidence -> discounted ("dément … images satellites à l'appui")
EVIDENCE_CUES = [
    "preuve", "preuves", "images satellites", "images satellite", "vidéo", "vidéos", "enquête", "photos",
    "éléments de preuve",
]
