"""Shared helper of the held-out gold scripts (bench/heldout*/make_gold.py).

Gold events are written as code so each one's reasoning sits next to it;
`ev` appends one event in /work/shared/eval/gold format to EVENTS.
"""
EVENTS: list[dict] = []

BAT, EXP, VAC, PRO, RIO, STR = ("Battles", "Explosions/Remote violence", "Violence against civilians",
                                "Protests", "Riots", "Strategic developments")


def ev(key, art, date, dmin, dmax, etype, sub, a1, a2, country, admin1, admin2=(), fat=None,
       req=True, tp=1, evidence=""):
    EVENTS.append({"key": key, "required": req, "articles": [art], "event_date": date,
                   "date_min": dmin, "date_max": dmax, "time_precision": tp, "event_type": etype,
                   "sub_event_type": list(sub), "actor1": list(a1), "actor2": list(a2),
                   "country": country, "admin1": list(admin1), "admin2": list(admin2),
                   "fatalities": fat, "evidence": evidence})
