"""Fatalities: read a death toll out of one sentence.

Only deaths count (killed, dead, died, slain, bodies, death toll, lost
their lives...), never wounded, arrested, abducted, displaced or missing.
Coordinated lists are summed ("two soldiers and three civilians died" is
5); numbers not tied to a death word are ignored ("20 fighters attacked").

Numbers are (best, low, high), the order of FatalityCount. Conventions for
vague words follow ACLED's published rule ("tens" 10, "dozens" 12,
"hundreds" 100) and the codebook's most conservative credible figure:
  "a dozen" 12; "tens" 10 (high 99); "dozens" 12 (high 99); "scores" 20 (high 99);
  "hundreds" 100 (high 999); "thousands" 1000 (high 9999);
  "several" 3 (high 9); "a few" 3 (low 2, high 5); "a couple", "both" 2;
  "a number of", "some", "multiple" 2 (high 9); "many", "numerous" 10 (high 99);
  "at least N", "more than N", "over N", "nearly N", "about N", "up to N" all N;
  "3-4", "3 to 4", "3 or 4", "between 3 and 4": best 3, low 3, high 4.
A bare plural with no quantity ("civilians were killed") is unknown
(known False); "a/an/the <noun> was killed" and "he was killed" are 1.
A stated total ("the death toll rose to 30") wins over summed parts.
Unreal deaths do not count ("threatened to kill 50", "could kill
thousands", "were not killed"); "no soldiers were killed" is a known 0.
Contrasted reports in one sentence ("the army said 3 ..., while the
ministry said 23 ...") overlap: best is the largest, low/high the range.
The killer is never a death: a count right after "killed" makes it active
("the fighting killed at least 15" is 15), and an event or weapon noun
("a drone strike") is never a victim; ", the army said" is a source.
"killed or injured" totals are mixed casualties, so no toll (known False),
as ACLED codes them. "N dead on each side" is 2N ("on both sides" is a
total). "Among the dead were three children" is 3, but only when the
sentence gives no other toll (it is part of one). "Neutralised" is
military-speak for killed. Elliptical counts share the verb and add up:
"8 killed on Monday and 12 on Tuesday" is 20 - two events in one sentence,
whose sum is the sentence's total (the extractor splits events, not this).
Attackers who die are counted only when the text counts them ("three
suicide bombers blew themselves up, killing 11" is 11).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.date_rules import MONTH_WORDS
from transforms.fatality_words import (
    ACTIVE_TRIGGERS, AMONG_HEADS, AUX_WORDS, BE_WORDS, ELLIPSIS_FOLLOWERS, EVENT_NOUNS, INTRANSITIVE_TRIGGERS,
    NON_DEATH_WORDS, NOUN_TRIGGERS, PASSIVE_FOLLOWERS, PASSIVE_TRIGGERS, SPEECH_WORDS, STOP_WORDS, UNITS,
    YEAR_CONTEXT, ZERO_PATTERNS, parse_number_tokens,
)

_TOKEN = re.compile(
    r"\d+(?:-[A-Za-z]+)+"  # "13-year-old": an adjective, not a count
    r"|\d+(?:,\d{3})*(?:\.\d+)?(?:\s*[-–]\s*\d+)?|[A-Za-z]+(?:[-'’][A-Za-z]+)*|[^\w\s]")


# "A woman wounded in the attack died on Wednesday, bringing the toll in Nyaung Kone to 10": the dead
# of an event already told, counted again (the day is the death's, the place the event's)
TOLL_UPDATE = re.compile(r"\b(?:bringing|raising|pushing|taking)\s+(?:the\s+)?(?:overall\s+|total\s+)?(?:death\s+)?toll\b"
                         r"|\b(?:died|dies)\s+(?:later\s+)?(?:of|from)\s+(?:(?:his|her|their)\s+)?(?:wounds|injuries)\b"
                         r"|\bsuccumbed\s+to\s+(?:(?:his|her|their)\s+)?(?:wounds|injuries)\b", re.IGNORECASE)


@dataclass(frozen=True)
class FatalityCount:
    """Deaths one sentence reports: best estimate, range, and whether any count was given."""

    best: int
    low: int
    high: int
    known: bool
    by_side: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class _Phrase:
    start: int  # token index of the first token
    end: int  # token index after the last token
    value: tuple[int, int, int]
    weak: bool  # "a", "the", "his": one only before a singular noun


def _tokenize(text: str) -> list[str]:
    return [m.group(0) for m in _TOKEN.finditer(text)]


def parse_number(text: str) -> tuple[int, int, int] | None:
    """(best, low, high) of a count phrase: "13", "thirteen", "at least 13", "3-4", "dozens".

    None when the text does not start with a count. See the module doc for
    the conventions on vague words.
    """
    tokens = _tokenize(text)
    parsed = parse_number_tokens([t.lower() for t in tokens], 0)
    if parsed is None:
        return None
    end, value, weak = parsed
    return None if weak else value


def _find_phrases(words: list[str]) -> dict[int, _Phrase]:
    """Count phrases keyed by the index of their last token."""
    by_end: dict[int, _Phrase] = {}
    i = 0
    while i < len(words):
        parsed = parse_number_tokens(words, i)
        if parsed is None or _is_not_a_count(words, i, parsed[0]) or (i > 0 and words[i - 1] in ("no", "how")):
            # "no one", "how many were killed" (a question, no count)
            i += 1
            continue
        end, value, weak = parsed
        by_end[end - 1] = _Phrase(i, end, value, weak)
        i = end
    return by_end


def _is_not_a_count(words: list[str], start: int, end: int) -> bool:
    token = words[end - 1]
    if re.fullmatch(r"(?:19|20)\d\d", token) and (start == 0 or words[start - 1] in YEAR_CONTEXT
                                                   or start == end - 1):
        return True  # a year ("in 2011"), not a toll
    if start > 0 and words[start - 1] in MONTH_WORDS and token.isdigit():
        return True  # "on July 12, nine soldiers": a day of the month
    if token in ("both", "each") and end < len(words) and words[end] in ("sides", "side", "parties", "camps"):
        return True  # "90 fighters from both sides": the sides, not the dead
    return end < len(words) and words[end] in UNITS


_ANIMALS = frozenset("""animals animal okapis okapi cattle cows goats sheep camels livestock elephants donkeys
horses dogs rhinos gorillas chickens""".split())
_WEAK_WORDS = frozenset({"a", "an", "the", "another", "his", "her", "their", "its"})
_PLURAL_WITHOUT_S = frozenset({
    "people", "men", "women", "children", "police", "personnel", "gunmen", "policemen", "militiamen",
    "servicemen", "fishermen", "tribesmen", "herdsmen", "youth", "dead", "others", "troops",
})
_SELF = frozenset({"himself", "herself"})


def _is_noun_word(word: str) -> bool:
    if word in STOP_WORDS or not word[0].isalnum() or word.isdigit():
        return False
    return not (word.endswith("ed") and word not in ("armed", "unidentified", "suspected", "unarmed"))


def _is_plural(noun: str) -> bool:
    return noun in _PLURAL_WITHOUT_S or (noun.endswith("s") and not noun.endswith(("ss", "us")))


def _head_noun(words: list[str], phrase: _Phrase) -> str:
    """The noun a count applies to: "soldiers" in "two Malian soldiers", "chief" in "the village chief"."""
    nxt = phrase.end
    while nxt < len(words) and words[nxt] in ("of", "the", "their", "them"):
        nxt += 1
    head = ""
    while nxt < len(words) and _is_noun_word(words[nxt]) and words[nxt] not in AUX_WORDS:
        head, nxt = words[nxt], nxt + 1
    return head


def _counts_animals(words: list[str], phrase: _Phrase) -> bool:
    """'all 14 of the okapis kept at the station', '40 head of cattle': beasts, not a death toll."""
    nxt = phrase.end
    while nxt < len(words) and words[nxt] in ("of", "the", "their", "head", "rare"):
        nxt += 1
    return nxt < len(words) and words[nxt] in _ANIMALS


def _noun_before(words: list[str], end: int) -> str:
    """The last word of the noun run ending just before index `end` ("soldier" in "a soldier was")."""
    p = end - 1
    while p >= 0 and words[p] in AUX_WORDS:
        p -= 1
    return words[p] if p >= 0 else ""


def _weak_counts(words: list[str], phrase: _Phrase, head: str) -> bool:
    """ "a soldier", "the driver" count as one; "the soldiers", "of a family" do not."""
    if not head or head in _WEAK_WORDS or head in EVENT_NOUNS or _is_plural(head) or not _is_noun_word(head):
        return False
    before = words[phrase.start - 1] if phrase.start > 0 else ""
    return before not in ("of", "in", "on", "from", "at", "near", "with", "by", "for", "to")


def _is_passive(words: list[str], t: int, phrases_by_start: dict[int, _Phrase]) -> bool:
    """A transitive death verb used passively ("were killed", "five killed in ...").

    A count right after the verb is its object ("killed at least 15", "has
    killed over 30"), so the verb is active and its subject is the killer.
    """
    before = words[max(0, t - 3):t]
    if any(w in BE_WORDS for w in before):
        return True
    following = phrases_by_start.get(t + 1)
    if following is not None and not following.weak:
        return False
    if any(w in AUX_WORDS and w not in ("has", "have", "had") for w in before):
        return True
    return t + 1 >= len(words) or words[t + 1] in PASSIVE_FOLLOWERS or not words[t + 1][0].isalnum()


def _subject_counts(words, t, phrases) -> list[_Phrase]:
    """Count phrases to the left of a death word: "one policeman and one insurgent were killed"."""
    found = _subject_counts_from(words, t, t - 1, phrases)
    if not found:
        # "Three fishermen who tried to escape by boat were shot dead": the count stands before its clause
        who = next((k for k in range(t - 1, max(-1, t - 12), -1) if words[k] in ("who", ",")), -1)
        if who > 0 and words[who] == "who":
            found = _subject_counts_from(words, t, who - 1, phrases)
    return found


def _subject_counts_from(words, t, p, phrases) -> list[_Phrase]:
    found, run = [], 0
    while p >= 0 and words[p] in AUX_WORDS:
        p -= 1
    if p >= 0 and words[p] == ",":
        # an aside ("11 people, including three children, were killed") or an apposition
        # ("12 people, six women and six men, were killed") closes before the verb
        aside = _skip_aside(words, p)
        p = aside if aside >= 0 else p - 1
    if p >= 0 and words[p] in ("he", "she"):
        return [_Phrase(p, p + 1, (1, 1, 1), False)]
    # A noun trigger is its own head ("the bodies of"); otherwise the word before the verb is.
    # ("a man was shot dead": "dead" is said of the man, not a noun of its own)
    predicate = words[t] == "dead" and t > 0 and words[t - 1] in AUX_WORDS and any(
        w in BE_WORDS for w in words[max(0, t - 4):t])
    head = words[t] if words[t] in NOUN_TRIGGERS and not predicate else (words[p] if p >= 0 else "")
    while p >= 0 and run <= 6:
        phrase = phrases.get(p)
        if phrase is not None and phrase.weak and not _weak_counts(words, phrase, head):
            phrase = None  # "the" in "two of the attackers were killed"
        if phrase is not None:
            found.append(phrase)
            p, run = phrase.start - 1, 0
            if p >= 0 and words[p] in ("and", ",", "&"):
                p -= 1
                head = words[p] if p >= 0 else ""
                continue
            break
        if words[p] == ",":
            p = _skip_aside(words, p)
            continue
        if p >= 2 and words[p] in ("sides", "side", "parties") and words[p - 1] in ("both", "each", "all") \
                and words[p - 2] in ("from", "on", "of"):
            p -= 3  # "90 fighters from both sides were killed"
            continue
        if words[p] == "and" and not found and run <= 6:
            p, head = p - 1, words[p - 1] if p > 0 else ""  # "five soldiers and an unknown number of ..."
            continue
        if words[p] in ("from", "with") and run <= 4:
            p, run = p - 1, run + 1  # "two soldiers from Chad were killed", "a peacekeeper with MINUSCA"
            continue
        little = words[p] in _WEAK_WORDS or words[p] == "of"
        if not little and not _is_noun_word(words[p]):
            break
        # ("26 members of the Oromia regional militia and police were killed": the little words of a long name
        # are not counted in how far the count may stand)
        p, run = p - 1, run + (not little)
    return found


# "shot dead two elders", "shooting dead three traders": "dead" takes the object like "killed"
_SHOOT_WORDS = frozenset({"shot", "shooting", "shoot", "shoots"})

_ASIDE_STARTS = frozenset({"including", "mostly", "among", "who", "which", "all", "most", "many"})


def _is_part_of_toll(words: list[str], at: int) -> bool:
    """ "of them" / "of whom" at `at`: the count before it is a part of the toll ("14 of them foreigners")."""
    return words[at:at + 2] in (["of", "them"], ["of", "whom"])


def _skip_aside(words: list[str], comma: int) -> int:
    """Index left of ", including three children,", ", who were on patrol,", ", eight of them children,"
    or ", the UN said," (an aside), else -1."""
    for k in range(comma - 1, max(-1, comma - 12), -1):
        if words[k] == ",":
            part_of = any(_is_part_of_toll(words, j) for j in range(k + 1, comma))
            return k - 1 if words[comma - 1] in SPEECH_WORDS or part_of else -1  # ", eight of them children,"
        if words[k] in _ASIDE_STARTS and k > 0 and words[k - 1] == ",":
            return k - 2
    return -1


def _object_counts(words, t, phrases_by_start) -> list[_Phrase]:
    """Count phrases right of an active death verb: "killing two soldiers and three civilians"."""
    found, p = [], t + 1
    while p < len(words):
        phrase = phrases_by_start.get(p)
        if phrase is None and words[p] in _SELF:
            phrase = _Phrase(p, p + 1, (1, 1, 1), False)  # "the bomber killed himself and five others"
        if phrase is None:
            break
        after = phrase.end
        while after < len(words) and _is_noun_word(words[after]) and after - phrase.end < 5:
            after += 1
        if phrase.weak and not _weak_counts(words, phrase, words[after - 1] if after > phrase.end else ""):
            break
        if found and _is_speaker(words, after):
            break  # "killed six insurgents, the army said": the source, not a victim
        if found and _is_part_of_toll(words, phrase.end):
            break  # "killing 22 people, 14 of them foreigners": a part of the toll, not more deaths
        tail = [w for w in words[after:after + 3] if w not in AUX_WORDS]
        if found and tail and tail[0] in NON_DEATH_WORDS:
            break  # "killed 5 people and 10 were wounded"
        found.append(phrase)
        if after < len(words) - 1 and words[after] in ("and", ",", "&"):
            p = after + 1
            continue
        break
    return found


def _is_speaker(words: list[str], after: int) -> bool:
    """The noun run ending before `after` speaks: "the army said", "a spokesman told", "officials have said"."""
    nxt = after + 1 if after < len(words) and words[after] in ("has", "have", "had") else after
    return nxt < len(words) and words[nxt] in SPEECH_WORDS


def _among_counts(words: list[str], t: int, by_start, by_end) -> list[_Phrase]:
    """The part of a toll "among the dead": "among the dead were three children", "two children among the dead"."""
    if words[t] not in AMONG_HEADS or t < 2 or words[t - 2:t] not in (["among", "the"], ["among", "those"]):
        return []
    right = t
    while right + 1 < len(words) and words[right + 1] in BE_WORDS:
        right += 1
    if right > t:
        return _object_counts(words, right, by_start)
    p = t - 3
    while p >= 0 and words[p] in BE_WORDS:
        p -= 1
    for k in range(p, max(-1, p - 5), -1):
        if k in by_end and not by_end[k].weak:
            return [by_end[k]]
        if not _is_noun_word(words[k]):
            break
    return []


def _companions(words: list[str], t: int, by_start) -> list[_Phrase]:
    """'The commander was killed with three other members': the others die with the subject."""
    k = t + 1
    along = k < len(words) and words[k] in ("along", "together")
    if along:
        k += 1
    if k >= len(words) or words[k] != "with":
        return []
    phrase = by_start.get(k + 1)
    if phrase is None or phrase.weak or phrase.end >= len(words):
        return []
    # "killed along with three guards": people named by what they were ("killed with three bullets" is no company)
    if words[phrase.end] in ("other", "others") or along and words[phrase.end] in _COMPANION_NOUNS:
        return [phrase]
    return []


_COMPANION_NOUNS = frozenset({"guards", "bodyguards", "relatives", "sons", "daughters", "children", "aides", "colleagues",
                              "soldiers", "policemen", "officers", "passengers", "people", "civilians", "companions",
                              "fighters", "militants", "members", "family", "brothers", "friends", "staff"})


def _named_one_was_killed(tokens: list[str], t: int) -> bool:
    """'Mohammed Ismail, 31, was shot dead': one person, named, is the subject of the death verb."""
    k = t - 1
    if tokens[t].lower() == "dead" and k >= 0 and tokens[k].lower() == "shot":
        k -= 1
    if k < 1 or tokens[k].lower() != "was":
        return False
    name = tokens[k - 1]
    # "Muntadhar al-Hilfi, 18, was shot dead": a surname with its particle is a name too
    return bool(_SURNAME.fullmatch(name)) and name.lower() not in STOP_WORDS


_SURNAME = re.compile(r"(?:(?:al|el|ad|ash|as|ar|an|at|az|bin|ibn|abu|ould|ag)-)?[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)?")


def _elliptical_counts(words: list[str], start: int, by_start) -> list[_Phrase]:
    """Counts sharing an earlier death verb: "... killed on Monday and 12 on Tuesday", "killing 5 in Gao and 7 in Mopti"."""
    found = []
    for k in range(start, min(len(words), start + 12)):
        if words[k] in (".", ";", "while", "whereas", "but") or words[k] in NON_DEATH_WORDS:
            break
        phrase = by_start.get(k)
        if phrase is None or phrase.weak or words[k - 1] not in ("and", ",") or k < 2 or words[k - 2].isdigit():
            continue
        follower = phrase.end
        while follower < min(len(words), phrase.end + 3) and _is_noun_word(words[follower]) \
                and words[follower] not in ELLIPSIS_FOLLOWERS:
            follower += 1  # "and 4 others on Tuesday"
        if follower >= len(words) or words[follower] not in ELLIPSIS_FOLLOWERS:
            continue
        clause_end = next((j for j in range(phrase.end, len(words)) if words[j] in (",", ".", ";", "and")), len(words))
        if any(w in NON_DEATH_WORDS or w in BE_WORDS or w.endswith("ed") for w in words[phrase.end:clause_end]):
            continue  # a verb of its own: "and 20 in Mopti were wounded", "12 on board survived"
        found.append(phrase)
    return found


def _is_per_side(words: list[str], phrase: _Phrase) -> bool:
    """ "four fighters dead on each side": the count is per side (two sides).

    "on both sides" is a total, and "on each side of the border" is a place.
    """
    for k in range(phrase.end, min(len(words) - 1, phrase.end + 8)):
        if words[k] in (",", ".", ";"):
            return False
        if words[k] in ("each", "either") and words[k + 1] == "side":
            return k + 2 >= len(words) or words[k + 2] != "of"
    return False


def _total_count(words, t, phrases_by_start) -> _Phrase | None:
    """The number after "death toll ... rose to / stood at / of"; one right after "to", "at",
    "of" or "reached" first ("the toll from fighting between two factions has risen to 55")."""
    first = None
    for p in range(t + 1, min(len(words), t + 24)):
        if words[p] in (".", ";"):
            break
        phrase = phrases_by_start.get(p)
        if phrase is None or phrase.weak:
            continue
        if _counts_the_living(words, phrase):
            continue  # "the toll of this incursion is seven young girls abducted": no one died
        if words[p - 1] in ("to", "at", "of", "reached", "hit", "passed", "exceeded", "topped"):
            return phrase
        if first is None and p < t + 8:
            first = phrase
    return first


def _counts_the_living(words: list[str], phrase: _Phrase) -> bool:
    """A count whose next words, before any death word, say its people were taken or hurt
    ("seven young girls abducted", "five wounded")."""
    for word in words[phrase.end:phrase.end + 4]:
        if word in NON_DEATH_WORDS:
            return True
        if word in ("dead", "killed", "deaths", "died", "bodies", ".", ";", ",", "and"):
            return False
    return False


def _is_casualty_not_death(words: list[str], t: int) -> bool:
    """ "killed or wounded", "dead and injured": a mixed casualty count, not deaths."""
    after = words[t + 1:t + 3]
    before = words[max(0, t - 2):t]
    return (len(after) == 2 and after[0] in ("or", "and") and after[1] in NON_DEATH_WORDS) or (
        len(before) == 2 and before[1] in ("or", "and") and before[0] in NON_DEATH_WORDS)


_MODALS = frozenset({"could", "would", "may", "might", "will", "can", "to", "not", "never", "threatened",
                     "threatening", "vowed", "plotting", "planned"})


def _is_unreal(words: list[str], t: int) -> bool:
    """ "could kill thousands", "vowed to kill", "were not killed": no death happened."""
    # "to" only right before the verb ("vowed to kill"): "jihadists linked to Al-Qaeda killed 100" did kill
    modal = any(words[k] in _MODALS - {"to"} and not _is_the_month(words, k) for k in range(max(0, t - 2), t)) \
        or (t > 0 and words[t - 1] == "to")
    return modal and words[t] in ACTIVE_TRIGGERS | PASSIVE_TRIGGERS


def _is_the_month(words: list[str], k: int) -> bool:
    """'on May 20 killed a woman', 'on 20 May killed': the month beside its day, not 'may kill'."""
    return words[k] == "may" and any(0 <= j < len(words) and words[j].isdigit() for j in (k - 1, k + 1))


def _report_index(words: list[str], index: int) -> int:
    """Which contrasted report a token is in: "X said 3 were killed, while Y said 23 ..." """
    return sum(1 for k in range(index) if words[k] in ("while", "whereas")
               or (words[k] == ";") or (words[k] == "but" and k > 0 and words[k - 1] == ","))


_GENERIC_HEADS = frozenset({"people", "persons"})


def _drop_breakdown(words: list[str], group: list[_Phrase]) -> list[_Phrase]:
    """ "12 people, six women and six men": the parts restate the total, so keep the total only."""
    if len(group) < 3:
        return group
    for total in group:
        parts = [p for p in group if p is not total]
        if _head_noun(words, total) in _GENERIC_HEADS and total.value[0] == sum(p.value[0] for p in parts):
            return [total]
    return group


def _combine(words: list[str], phrases: list[_Phrase]) -> FatalityCount:
    """Sum the counts of one report; contrasted reports ("..., while ...") overlap, so take the largest."""
    reports: dict[int, list[_Phrase]] = {}
    for phrase in phrases:
        reports.setdefault(_report_index(words, phrase.start), []).append(phrase)
    reports = {k: _drop_breakdown(words, group) for k, group in reports.items()}
    phrases = [p for group in reports.values() for p in group]
    totals = [tuple(sum(p.value[i] for p in group) for i in range(3)) for group in reports.values()]
    best = max(totals)
    if len(totals) > 1:
        # contrasted reports overlap ("the army said it killed three commanders, while the ministry
        # said 23 people were killed"): the largest; but reports that each count everyone ("at
        # least five people ..., while doctors said 13 people died") are one toll told twice: the
        # lowest specific figure (codebook section 6). The range is kept either way.
        everyone = all(_head_noun(words, p) in _GENERIC_HEADS for p in phrases)
        first = min(t[0] for t in totals) if everyone else best[0]
        best = (first, min(t[1] for t in totals), max(t[2] for t in totals))
        return FatalityCount(*best, True)
    sides = tuple((_head_noun(words, p), p.value[0]) for p in phrases)
    return FatalityCount(*best, True, sides if len(sides) > 1 and all(n for n, _ in sides) else ())


_BRACKETS = re.compile(r"\s*\([^()]{0,80}\)")
# "five Volunteers for the Defence of the Homeland were killed": a group's long name is one noun
_LONG_NAME = re.compile(r"\b(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Scores|Hundreds|Thousands)\b)"
                        r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*(?:\s+(?:for|of|the|and))+\s+[A-Z][\w'’-]+"
                        r"(?:(?:\s+(?:for|of|the|and))*\s+[A-Z][\w'’-]+)*")


def _one_word(name: re.Match) -> str:
    return re.sub(r"\s+", "-", name.group(0))


# "One student, Benjamin Habila, was shot dead": the victim's name between commas
# ("Muntadhar al-Helfi", "Sarah bint Ali": lowercase name particles too)
_NAME_PART = r"(?:(?:al|el|ad|as|ash|an|bin|bint|ibn|abu|de|da|del|dos|du|van|von)[-\s])?[A-Z][\w'’.-]+"
_NAME_APPOSITION = re.compile(rf"(?<=[a-z]),\s+(?:{_NAME_PART}\s+){{1,3}}{_NAME_PART}\s*,")


# "a woman, 58, was killed": an age between commas, not a count
_AGE_APPOSITION = re.compile(r"(?<=[a-z]),\s+(?:aged\s+)?\d{1,3},(?=\s)")
# "Ten peacekeepers serving with the UN mission in Mali were killed": a modifier between count and verb
_SERVING_WITH = re.compile(r"(?<=[a-z])\s+(?:serving|stationed|based|deployed|working|posted)\s+(?:with|in|at|for|on|near)\s+"
                           r"[^,;.]{1,70}?(?=\s+(?:were|was)\s+(?:\w+\s+)?(?:killed|shot|wounded|injured|murdered)\b)")


# "U.N.", "U.S.": the tokenizer would split the initials at their dots and lose the noun after them
_DOTTED_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}")


def _undotted(sentence: str) -> str:
    """ "a U.N. peacekeeper was killed" -> "a UN peacekeeper was killed" """
    return _DOTTED_INITIALS.sub(lambda m: m.group(0).replace(".", ""), sentence)


def parse_fatalities(sentence: str) -> FatalityCount:
    """The deaths a sentence reports (best, low, high, known, split by side).

    FatalityCount(0, 0, 0, False) when it gives no toll; (0, 0, 0, True)
    when it says nobody died.
    """
    # "ten fighters of the Hashd al-Shaabi (Popular Mobilization Forces, PMF) were killed": the aside in
    # brackets stands between the count and its verb
    plain = _BRACKETS.sub("", _NAME_APPOSITION.sub("", _AGE_APPOSITION.sub("", _undotted(sentence))))
    tokens = _tokenize(_LONG_NAME.sub(_one_word, _SERVING_WITH.sub("", plain)))
    words = [w.lower() for w in tokens]
    by_end = _find_phrases(words)
    by_start = {p.start: p for p in by_end.values()}
    counted: dict[int, _Phrase] = {}
    subset: set[int] = set()  # starts of "among the dead" counts: part of a toll given elsewhere
    total: _Phrase | None = None
    for t, word in enumerate(words):
        if _is_casualty_not_death(words, t):
            continue
        if word == "toll" or (word == "number" and words[t + 1:t + 3] in (["of", "dead"], ["of", "deaths"])):
            total = total or _total_count(words, t, by_start)
            continue
        if word == "lives" and t > 1 and words[t - 2] in ("saved", "save", "saving"):
            continue
        if _is_unreal(words, t):
            continue
        candidates: list[_Phrase] = []
        among = _among_counts(words, t, by_start, by_end)
        if among:
            subset.update(p.start for p in among)
            candidates += among
        elif word in ACTIVE_TRIGGERS or (word == "dead" and t > 0 and words[t - 1] in _SHOOT_WORDS) \
                or (word == "death" and t > 0 and words[t - 1] == "to"):  # "kicked to death a man"
            objects = _object_counts(words, t, by_start)
            candidates += objects + _elliptical_counts(words, objects[-1].end if objects else t + 1, by_start)
        passive = word in PASSIVE_TRIGGERS and _is_passive(words, t, by_start)
        if not among and (word in INTRANSITIVE_TRIGGERS or word in NOUN_TRIGGERS or passive):
            subjects = _subject_counts(words, t, by_end)
            candidates += subjects + (_elliptical_counts(words, t + 1, by_start) if subjects else [])
            companions = _companions(words, t, by_start)
            # "Dicko was killed along with three other people": the one named, and the others;
            # "Mohammed Ismail was shot dead": the one named
            if not subjects and (companions and t > 0 and words[t - 1] == "was" or _named_one_was_killed(tokens, t)):
                subjects = [_Phrase(t - 1, t, (1, 1, 1), False)]
                candidates += subjects
            candidates += companions if subjects else []
        if word in NOUN_TRIGGERS and t + 2 < len(words) and words[t + 1] == "of":
            candidates += _object_counts(words, t + 1, by_start)
        for phrase in candidates:
            if not _counts_animals(words, phrase):  # "killing six people and all 14 of the okapis"
                counted.setdefault(phrase.start, phrase)
    if total is not None:
        best, low, high = total.value
        other = [p for p in counted.values() if _report_index(words, p.start) != _report_index(words, total.start)
                 and _head_noun(words, p) in _GENERIC_HEADS]
        if other:
            # "X said at least five were killed, while Y put the death toll at 13": two reports
            told = _combine(words, sorted(other, key=lambda p: p.start))
            best, low, high = min(best, told.best), min(low, told.low), max(high, told.high)
        return FatalityCount(best, low, high, True)
    if counted and any(start not in subset for start in counted):
        counted = {start: p for start, p in counted.items() if start not in subset}

    if counted:
        doubled = [_Phrase(p.start, p.end, tuple(2 * v for v in p.value), p.weak) if _is_per_side(words, p) else p
                   for p in counted.values()]
        return _combine(words, sorted(doubled, key=lambda p: p.start))
    if any(re.search(pattern, sentence, re.IGNORECASE) for pattern in ZERO_PATTERNS):
        return FatalityCount(0, 0, 0, True)
    return FatalityCount(0, 0, 0, False)


def tolls_by_place(sentence: str, names: list[str]) -> dict[str, FatalityCount] | None:
    """'Seventy people were killed in Tchoma Bangou and 30 in Zaroumdareye': the places that
    have a toll of their own, when at least two do; else None (one toll for all)."""
    found: dict[str, FatalityCount] = {}
    spans = sorted((sentence.find(name), name) for name in names if name and sentence.find(name) >= 0)
    spans = [(name, at, at + len(name)) for at, name in spans]
    for k, (name, start, end) in enumerate(spans):
        before = sentence[spans[k - 1][2] if k else 0:start]
        after = sentence[end:spans[k + 1][1] if k + 1 < len(spans) else len(sentence)]
        # "70 were killed in A and 30 in B"; "attacked A on Tuesday, killing 26 people, and then B, where they killed eight"
        match = _TOLL_BEFORE_PLACE.search(before) or _TOLL_AFTER_PLACE.match(after)
        number = parse_number_tokens([w.lower() for w in _tokenize(match.group("n"))], 0) if match else None
        if number is not None:
            found[name] = FatalityCount(*number[1], True)
    return found if len(found) >= 2 else None


_NUMBER_WORD = (r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                r"hundred|dozens?)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?")
# right after the place: "A on Tuesday, killing 26 people", "B, where they killed eight"
_TOLL_AFTER_PLACE = re.compile(
    r"^(?:\s+[\w']+){0,3}?\s*,?\s*(?:killing|where\s+(?:\w+\s+){0,2}?(?:killed|shot\s+dead))\s+"
    r"(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?(?P<n>\b" + _NUMBER_WORD + r")\b", re.IGNORECASE)
# a count, a few words, then "in"/"at" right before the place: "70 killed in", "30 in", "at least 12 at"
_TOLL_BEFORE_PLACE = re.compile(
    r"(?P<n>\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|dozens?)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:in|at)\s+(?:the\s+)?(?:(?:village|town|city|district)\s+of\s+)?$", re.IGNORECASE)
