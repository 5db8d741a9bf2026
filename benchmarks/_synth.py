"""What the benchmarks' synthetic stores share: event types and the five-year period they are spread over."""

from __future__ import annotations

import datetime as dt

TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Violence against civilians", "Attack"),
    ("Riots", "Violent demonstration"),
]
START = dt.date(2020, 1, 1)
DAYS = 5 * 365
