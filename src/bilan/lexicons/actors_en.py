"""English actor aliases (same structure as actors_fr)."""

ALIASES = [
    ("Islamic State", "Islamic State", "rebel"),
    ("IS", "Islamic State", "rebel"),
    ("ISIS", "Islamic State", "rebel"),
    ("ISIL", "Islamic State", "rebel"),
    ("Daesh", "Islamic State", "rebel"),
    ("Islamic State West Africa Province", "ISWAP", "rebel"),
    ("ISWAP", "ISWAP", "rebel"),
    ("Islamic State in the Greater Sahara", "Islamic State Sahel Province", "rebel"),
    ("Boko Haram", "Boko Haram", "rebel"),
    ("al-Shabaab", "al-Shabaab", "rebel"),
    ("al-Shabab", "al-Shabaab", "rebel"),
    ("Shabaab", "al-Shabaab", "rebel"),
    ("Taliban", "Taliban", "rebel"),
    ("M23", "M23", "rebel"),
    ("JNIM", "JNIM", "rebel"),
    ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham", "rebel"),
    ("HTS", "Hayat Tahrir al-Sham", "rebel"),
    ("Syrian Democratic Forces", "Syrian Democratic Forces", "rebel"),
    ("SDF", "Syrian Democratic Forces", "rebel"),
    ("Allied Democratic Forces", "Allied Democratic Forces", "rebel"),
    ("ADF", "Allied Democratic Forces", "rebel"),
    ("Hamas", "Hamas", "rebel"),
    ("Hezbollah", "Hezbollah", "rebel"),
    ("anti-balaka", "Anti-Balaka", "militia"),
    ("Seleka", "Ex-Seleka", "rebel"),
    ("Wagner", "Wagner Group", "foreign_coalition"),
    ("FAMa", "Military Forces of Mali", "state_forces"),
    ("FARDC", "Military Forces of the Democratic Republic of Congo", "state_forces"),
    ("coalition", "international coalition", "foreign_coalition"),
    ("US-led coalition", "international coalition", "foreign_coalition"),
    ("international coalition", "international coalition", "foreign_coalition"),
    ("MINUSMA", "MINUSMA", "external"),
    ("MINUSCA", "MINUSCA", "external"),
    ("MONUSCO", "MONUSCO", "external"),
    ("peacekeepers", "UN peacekeepers", "external"),
    ("civilians", "civilians", "civilians"),
    ("residents", "civilians", "civilians"),
    ("villagers", "civilians", "civilians"),
    ("protesters", "protesters", "protesters"),
    ("demonstrators", "protesters", "protesters"),
    ("rioters", "rioters", "rioters"),
]

STATE_FORCES = [
    "forces", "army", "soldiers", "troops", "military", "government", "government forces", "security forces", "armed forces",
    "defence forces", "defense forces", "regime forces", "pro-government forces",
]
POLICE = ["police", "policemen", "police officers", "gendarmes"]
GENERIC_ARMED = [
    "jihadists", "islamists", "insurgents", "rebels", "rebel", "gunmen", "militants", "attackers", "terrorists", "armed group",
    "armed groups", "militiamen", "fighters", "armed men",
]
# demonyms precede the noun in English ("Iraqi forces")
DEMONYMS = {
    "iraqi": "IQ", "syrian": "SY", "malian": "ML", "nigerian": "NG", "nigerien": "NE", "burkinabe": "BF",
    "afghan": "AF", "somali": "SO", "congolese": "CD", "central african": "CF", "ukrainian": "UA", "russian": "RU",
    "turkish": "TR", "israeli": "IL", "yemeni": "YE", "libyan": "LY", "sudanese": "SD", "chadian": "TD",
    "cameroonian": "CM", "american": "US", "us": "US", "u.s.": "US", "french": "FR", "lebanese": "LB",
    "ethiopian": "ET", "mozambican": "MZ", "kenyan": "KE", "pakistani": "PK", "indian": "IN",
}
DEMONYM_BEFORE_NOUN = True
