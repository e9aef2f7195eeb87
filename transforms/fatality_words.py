"""Constant word lists and the count-phrase parser behind fatalities.py.

Tokens are lower-cased words, numbers ("13", "1,200", "3-4") and
punctuation. Values are (best, low, high); the conventions are in the
fatalities.py module docstring.
"""
from __future__ import annotations

import re

_ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Vague quantities: words -> (best, low, high); "of" after them is consumed.
_VAGUE = {
    ("tens",): (10, 10, 99), ("dozens",): (12, 12, 99), ("scores",): (20, 20, 99), ("hundreds",): (100, 100, 999),
    ("thousands",): (1000, 1000, 9999), ("several",): (3, 3, 9), ("a", "few"): (3, 2, 5),
    ("a", "couple"): (2, 2, 2), ("couple",): (2, 2, 2), ("both",): (2, 2, 2), ("a", "pair"): (2, 2, 2),
    ("a", "number"): (2, 2, 9), ("multiple",): (2, 2, 9), ("many",): (10, 10, 99),
    ("numerous",): (10, 10, 99), ("a", "handful"): (3, 2, 5), ("a", "dozen"): (12, 12, 12),
    ("half", "a", "dozen"): (6, 6, 6), ("some",): (2, 2, 9),
}
_VAGUE_LONGEST_FIRST = tuple(sorted(_VAGUE.items(), key=lambda kv: -len(kv[0])))
_MODIFIERS = (
    ("at", "least"), ("more", "than"), ("over",), ("nearly",), ("almost",), ("about",), ("around",),
    ("approximately",), ("roughly",), ("an", "estimated"), ("up", "to"), ("as", "many", "as"),
    ("at", "most"), ("close", "to"), ("fewer", "than"), ("less", "than"), ("well", "over"),
    ("just", "over"), ("a", "total", "of"), ("another",), ("a", "further"), ("an", "additional"),
    ("some",), ("only",), ("estimated",), ("all",), ("the",), ("his",), ("her",), ("their",), ("its",),
)
_WEAK = ("a", "an", "the", "another", "his", "her", "their", "its")

ACTIVE_TRIGGERS = frozenset({
    "kill", "kills", "killed", "killing", "massacred", "massacring", "massacre", "executed", "executing",
    "slaughtered", "slew", "murdered", "beheaded", "beheading",
    # military-speak for killed ("the army neutralised 20 terrorists")
    "neutralised", "neutralized", "neutralising", "neutralizing", "neutralise", "neutralize",
})
PASSIVE_TRIGGERS = frozenset({
    "killed", "slain", "massacred", "murdered", "executed", "beheaded", "assassinated", "lynched",
    "slaughtered", "neutralised", "neutralized",
    "martyred",  # South Asian and Middle Eastern outlets: "seven soldiers were martyred"
})
INTRANSITIVE_TRIGGERS = frozenset({"died", "dead", "perished", "die", "dies", "death"})
NOUN_TRIGGERS = frozenset({"deaths", "fatalities", "bodies", "body", "corpses", "lives", "dead", "remains"})
NON_DEATH_WORDS = frozenset({
    "wounded", "injured", "hurt", "arrested", "abducted", "kidnapped", "missing", "displaced",
    "captured", "rescued", "freed", "detained", "injuries", "wounds", "evacuated", "taken",
})
AUX_WORDS = frozenset({
    "were", "was", "been", "have", "has", "had", "are", "is", "being", "be", "reportedly", "also",
    "all", "later", "allegedly", "subsequently", "confirmed", "believed", "feared", "to", "who",
    "now", "already", "each", "both", "then", "instantly", "immediately", "eventually", "shot",
    "found", "burned", "burnt", "beaten", "stabbed", "hacked", "lost", "their", "his", "her",
    "left", "gunned", "mostly", "apparently", "likely", "presumed", "reported", "say", "said",
    "may", "might", "could", "would", "will", "later", "were", "subsequently", "tragically",
})
STOP_WORDS = frozenset({
    "in", "on", "at", "by", "after", "with", "when", "while", "during", "from", "into", "as", "than",
    "that", "but", "for", "to", "since", "before", "where", "which", "who", "said", "says", "say",
    "told", "attack", "attacks", "and", "or", "near", "including", "among", "killed", "killing",
    "kill", "died", "dead", "wounded", "injured", "over", "under", "against", "across", "about",
    "we", "they", "it", "he", "she", "there", "this", "these", "those", "then", "if", "not", "no",
    "up", "down", "out", "fell", "took", "seized", "says", "claim", "claims", "took", "between",
})
# Words that may follow a death verb used without an object ("five killed in Kano"):
# after anything else the verb is active and the count is its object.
PASSIVE_FOLLOWERS = frozenset({
    "in", "on", "at", "by", "during", "when", "while", "after", "before", "as", "and", "or", "but",
    "overnight", "yesterday", "today", "tonight", "last", "early", "late", "this", "near", "outside",
    "inside", "across", "since", "following", "amid", "over", "between", "earlier", "later",
    "instantly", "immediately", "with", "without", "from", "for", "including", "so", "there", "here",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "were", "was",
    "within", "under", "along", "around", "into", "because", "due", "according", "said", "says",
})
# Be-forms: only these make "killed" passive ("has killed 30" is active).
BE_WORDS = frozenset({"were", "was", "been", "are", "is", "being", "be"})
# Events and weapons, never victims: "the fighting killed 15" has no 16th death.
EVENT_NOUNS = frozenset({
    "strike", "airstrike", "air", "blast", "explosion", "bombing", "bomb", "fighting", "violence",
    "shelling", "ambush", "raid", "mine", "landmine", "fire", "gunfire", "clash", "conflict", "war",
    "offensive", "operation", "assault", "incident", "crash", "shooting", "rocket", "missile", "shell",
    "drone", "grenade", "ied", "attack", "onslaught", "massacre", "bombardment", "barrage", "battle",
    "skirmish", "firefight", "uprising", "insurgency", "crackdown", "stampede", "collapse", "accident",
    "siege", "standoff", "stand-off", "curfew", "ceasefire", "truce", "operation", "protest", "riot",
})
# Verbs of reporting: ", the army said" names a source, not a victim.
SPEECH_WORDS = frozenset({
    "said", "says", "say", "told", "reported", "reports", "added", "claimed", "claims", "stated",
    "announced", "confirmed", "according", "tweeted", "wrote", "noted", "insisted", "alleged",
})
# Nouns for the dead after "among the": "among the dead were three children".
AMONG_HEADS = frozenset({"dead", "killed", "victims", "deceased", "fatalities", "slain"})
# Words that may follow an elliptical count ("8 killed on Monday and 12 on Tuesday").
ELLIPSIS_FOLLOWERS = frozenset({
    "in", "on", "at", "near", "during", "from", "overnight", "outside", "inside", "around", "across",
})
UNITS = frozenset({
    "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters",
    "percent", "%", "per", "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years",
    "year", "year-old", "minutes", "am", "pm", "gmt", "utc", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december", "districts",
    "provinces", "villages", "houses", "homes", "vehicles", "times", "kg", "tons", "tonnes",
    # "hit by three bullets and died": what struck, not who died
    "bullets", "rounds", "shots", "shells", "rockets", "missiles", "bombs", "grenades", "drones", "explosions",
    "blasts",
})
YEAR_CONTEXT = frozenset({
    "in", "since", "of", "by", "until", "from", "during", "before", "after", "year", "early", "late",
    "mid", "around", "between", "and", "to",
})
ZERO_PATTERNS = (
    r"\bno\s+(?:[a-z]+\s+){0,2}(?:were|was|have\s+been|had\s+been)\s+(?:killed|martyred|hurt|injured|harmed)",
    r"\bnone\s+of\s+(?:the\s+|them\b)(?:[a-z]+\s+)?(?:were|was)?\s*(?:killed|hurt|injured|harmed)",
    r"\bno(?:\s+one|body)\s+(?:was|were|has\s+been|had\s+been)\s+(?:killed|hurt|injured|harmed)",
    r"\bno(?:\s+one|body)\s+(?:died|was\s+hurt)", r"\bno\s+(?:deaths|fatalities|casualties|lives\s+were\s+lost)",
    r"\bno\s+(?:immediate\s+)?reports?\s+of\s+(?:casualties|deaths|fatalities|injuries)",
    r"\bwithout\s+(?:any\s+)?(?:casualties|loss\s+of\s+life|bloodshed)", r"\bno\s+loss\s+of\s+life",
    r"\bthere\s+were\s+no\s+(?:casualties|deaths|fatalities|injuries)",
)


def _match_words(words: list[str], i: int, pattern: tuple[str, ...]) -> bool:
    return tuple(words[i:i + len(pattern)]) == pattern


def _word_number(words: list[str], i: int) -> tuple[int, int] | None:
    """(end, value) of a spelled-out number: "thirteen", "twenty-five", "two hundred", "a dozen"."""
    total, j = 0, i
    if j < len(words) and words[j] in _TENS or (j < len(words) and "-" in words[j]):
        parts = words[j].split("-")
        if parts[0] in _TENS and (len(parts) == 1 or parts[1] in _ONES):
            total = _TENS[parts[0]] + (_ONES[parts[1]] if len(parts) > 1 else 0)
            j += 1
            if len(parts) == 1 and j < len(words) and words[j] in _ONES and _ONES[words[j]] < 10:
                total, j = total + _ONES[words[j]], j + 1
    elif j < len(words) and words[j] in _ONES:
        total, j = _ONES[words[j]], j + 1
    elif j + 1 < len(words) and words[j] in ("a", "an") and words[j + 1] in ("hundred", "thousand", "dozen"):
        total, j = 1, j + 1
    if total == 0:
        return None
    for scale, factor in (("dozen", 12), ("hundred", 100), ("thousand", 1000)):
        if j < len(words) and words[j] == scale:
            total, j = total * factor, j + 1
    return j, total


def _core_number(words: list[str], i: int) -> tuple[int, int] | None:
    """(end, value) of one number written in digits or words."""
    if i < len(words) and re.fullmatch(r"\d+(?:,\d{3})*", words[i]):
        value, j = int(words[i].replace(",", "")), i + 1
        for scale, factor in (("hundred", 100), ("thousand", 1000)):
            if j < len(words) and words[j] == scale:
                value, j = value * factor, j + 1
        return j, value
    return _word_number(words, i)


def parse_number_tokens(words: list[str], i: int) -> tuple[int, tuple[int, int, int], bool] | None:
    """(end index, (best, low, high), weak) of a count phrase starting at token i, or None."""
    j = i
    if _match_words(words, j, ("between",)):
        first = _core_number(words, j + 1)
        if first and first[0] < len(words) and words[first[0]] == "and":
            second = _core_number(words, first[0] + 1)
            if second:
                low, high = sorted((first[1], second[1]))
                return second[0], (low, low, high), False
    progressed = True
    while progressed:
        progressed = False
        for modifier in _MODIFIERS:
            if _match_words(words, j, modifier) and j + len(modifier) < len(words):
                j, progressed = j + len(modifier), True
                break
    if j < len(words) and re.fullmatch(r"\d+\s*[-–]\s*\d+", words[j]):
        low, high = sorted(int(x) for x in re.split(r"\s*[-–]\s*", words[j]))
        return j + 1, (low, low, high), False
    core = _core_number(words, j)
    if core is not None:
        end, value = core
        if end + 1 < len(words) and words[end] in ("to", "or"):
            second = _core_number(words, end + 1)
            if second and second[1] > value:
                return second[0], (value, value, second[1]), False
        return end, (value, value, value), False
    for start in dict.fromkeys((j, i)):
        for vague, value in _VAGUE_LONGEST_FIRST:
            if _match_words(words, start, vague):
                end = start + len(vague)
                if end < len(words) and words[end] == "of":
                    end += 1
                return end, value, False
    # A determiner before a noun ("the driver", "his son") is one only next to a singular noun;
    # "some" / "all" alone are not counts, and other modifiers need a number.
    if i + 1 < len(words) and words[i] in _WEAK and words[i + 1][0].isalnum():
        return i + 1, (1, 1, 1), True
    return None
