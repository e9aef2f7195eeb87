"""The "not an event" rules of the codebook (section 1, rules 5-8).

Each rule looks at the words around one trigger (and, when a parse is
given, at the trigger token's dependents). A rule names why a trigger does
not report an event: negated, hypothetical/planned, denied, promised or
threatened, habitual history, a count of territory held, or a biography
("X, who was killed in 2011"). "No claim of responsibility" and "no one was
hurt" do not negate an attack: only words bound to the trigger itself do.
"""
from __future__ import annotations

import datetime as dt
import re

BACKGROUND_DAYS = 30

_NEGATION = re.compile(r"\b(?:not|never|n't|no longer|nor|failed\s+to|no)\s+(?:\w+\s+){0,2}$"
                       # "recovered the group without a fight", "fell without fighting": no fight
                       r"|\bwithout\s+(?:a\s+|any\s+)?(?:single\s+|real\s+|serious\s+)?$"
                       # "police said nobody had so far been arrested": no one was (only auxiliaries between)
                       r"|\b(?:nobody|no\s+one)\s+(?:(?:has|have|had|was|were|is|are|been|so\s+far|yet|ever)\s+)*$"
                       # "Nobody who set fire to state property will be spared": a warning, no act
                       r"|\b(?:nobody|no\s+one|anyone|anybody)\s+(?:who|that)\s+(?:\w+\s+)?$",
                       re.IGNORECASE)
_HYPOTHETICAL = re.compile(
    r"\b(?:could|would|might|(?-i:may)|should|will|shall|plans?\s+to|planned\s+to|planning\s+to|"
    r"intends?\s+to|intended\s+to|wants?\s+(?:[\w/'’-]+\s+){0,3}?to|wanted\s+(?:[\w/'’-]+\s+){0,3}?to|aim(?:s|ed|ing)?\s+to|seek(?:s|ing)?\s+to|sought\s+to|"
    r"tr(?:y|ies|ied|ying)\s+to|attempt(?:s|ed|ing)?\s+to|prepar(?:e|es|ed|ing)\s+to|ready\s+to|"
    r"expected\s+to|likely\s+to|set\s+to|about\s+to|bid\s+to|order\s+to|able\s+to|"
    r"(?:offensive|campaign|push|drive|effort|operation|mission)s?\s+to|"
    r"(?:have|has|had)\s+come\s+to|came\s+to|(?:was|were)\s+sent\s+to|to\s+carry\s+out|"
    r"possible|potential|possibility\s+of|risk\s+of|threat\s+of|fears?\s+of|feared|fearing|"
    r"if|unless|whether|in\s+case\s+of|plans?\s+(?:for|of)|plot\s+to|rumou?rs?\s+of|ahead\s+of|"
    r"planned|upcoming|scheduled|proposed|talks\s+(?:on|about|for)|negotiations\s+(?:on|for)|push\s+for|"
    r"hopes?\s+(?:for|of)|powers?\s+to|authority\s+to|authori[sz](?:e|es|ed|ing)\s+(?:\w+\s+){0,3}to|"
    r"allow(?:s|ed|ing)?\s+(?:\w+\s+){0,3}to|permit(?:s|ted)?\s+(?:\w+\s+){0,3}to)\s+(?:\w+\s+){0,4}$",
    re.IGNORECASE)
# "A rally that was to be held outside the press club on Sunday was called off": planned, then not held
_CALLED_OFF_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:that|which)\s+(?:was|were)\s+(?:to\s+be|due\s+to\s+be|"
                               r"scheduled\s+to\s+be|planned\s+to\s+be)\b"
                               r"|[^.;]{0,100}?\b(?:was|were|had\s+been)\s+(?:called\s+off|cancell?ed|postponed)\b",
                               re.IGNORECASE)
# "The resistance forces have no defence against air attacks": what can be done against a kind of act
_DEFENCE_AGAINST = re.compile(r"\bdefen[cs]es?\s+(?:systems?\s+)?against\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "a decision on whether to pursue talks with the TTP or launch a full military offensive": a choice
_CHOICE_BEFORE = re.compile(r"\bwhether\s+(?:or\s+not\s+)?to\b[^.;:]*$", re.IGNORECASE)
_DENIED = re.compile(r"\b(?:den(?:y|ies|ied|ying)|rejected\s+claims|dismissed\s+(?:claims|reports))\b\s+(?:\w+\s+){0,6}$", re.IGNORECASE)
# "denied that the military had carried out any attack on the camp": a denial reaching the act
_DENIED_ANY = re.compile(r"\bden(?:y|ies|ied|ying)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,8}?any\s+(?:\w+\s+)?$", re.IGNORECASE)
# "denied reports circulating on social media on Wednesday that armed men had attacked the dam"
_DENIED_REPORTS = re.compile(r"\b(?:den(?:y|ies|ied|ying)|rejected|dismissed)\s+(?:the\s+)?(?:reports?|claims?|rumou?rs?|"
                             r"allegations?)\b[^.;]{0,80}?\bthat\s+(?:[\w,-]+\s+){0,8}$", re.IGNORECASE)
# "denied at a press conference on Tuesday that the insurgents had occupied Alua": a denial of the act, told
# later ("denied involvement, saying that rebels attacked" denies something else)
_DENIED_THAT = re.compile(r"\bden(?:y|ies|ied|ying)\b(?:(?!\b(?:saying|said|adding|added|insisting|but|blaming)\b)"
                          r"[^.;]){0,60}?\bthat\s+(?:[\w,'’-]+\s+){0,8}$", re.IGNORECASE)
# "called for the rebels to cease fire and withdraw from areas they had seized": what is asked for
_ASKED_TO = re.compile(r"\b(?:call(?:ed|s|ing)?\s+(?:on|for)|urg(?:e|ed|es|ing)|demand(?:ed|s|ing)?|ask(?:ed|s|ing)?|"
                       # "a deal which provided for the Huthis to withdraw their fighters": the deal's terms
                       r"order(?:ed|s)?|told|provid(?:ed|es|ing)\s+for|requir(?:ed|es|ing))\s+(?:the\s+|all\s+)?"
                       r"(?:[\w'’-]+\s+){1,3}?to\s+"
                       r"(?:(?!(?:before|after|when|then|while|as|it|they|he|she|we|had|has|have)\b)[\w,'’-]+\s+){0,7}$",
                       re.IGNORECASE)
_PROMISE = re.compile(
    r"\b(?:vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|warn(?:s|ed|ing)?\s+(?:of|against)|"
    r"urg(?:e|es|ed|ing)|call(?:ed|s|ing)?\s+(?:on|for)|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?|prevent(?:s|ed|ing)?|"
    r"avoid(?:s|ed|ing)?|stop|halt|ban(?:s|ned|ning)?|order(?:s|ed)?|refrain(?:s|ed|ing)?\s+from|"
    r"(?:an\s+)?end\s+to|cessation\s+of|"
    # "have been preparing an offensive on al Shabaab strongholds": planned, not fought
    r"prepar(?:e|es|ed|ing)\s+(?:for\s+)?(?:an?|the|their|its|a\s+new|a\s+major)?)\s+(?:\w+\s+){0,4}$",
    re.IGNORECASE)
_HABITUAL = re.compile(
    r"\b(?:over\s+the\s+years|for\s+years|for\s+decades|in\s+recent\s+years|over\s+the\s+past\s+(?:\w+\s+)?(?:years|decades)|"
    r"have\s+long|has\s+long|had\s+long|(?:have|has|had|are|is|were)\s+often|regularly|routinely|frequently|historically|traditionally|"
    r"in\s+previous|previously(?!\s+(?:reported|said|announced|stated|told|confirmed))|(?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)used\s+to|since\s+(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d|(?:every|each|per)\s+(?:year|week|month)|"
    r"annually|usually|typically|(?:in|over)\s+the\s+(?:past|last)\s+decades?|in\s+the\s+past(?!\s+(?:\w+\s+)?(?:hours?|days?|weeks?|24))|"
    # "hit by shelling for more than a year": a long span, no one act
    r"for\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:a|one|two|three|four|five|six|several|many|\d+)\s+(?:years?|months)|"
    r"(?:in|over|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months)|in\s+recent\s+(?:months|weeks|days)|"
    r"this\s+year|so\s+far\s+this|"
    # "Suicide bombings ... have become a near weekly occurrence": a pattern of the war
    r"(?:have|has|had)\s+become\s+(?:an?\s+)?(?:near[\s-]|almost\s+)?(?:daily|weekly|monthly|regular|common|routine|"
    r"frequent|everyday)\s+(?:occurrences?|features?|sights?|events?)|"

    # "The military has been conducting major offensives in the countryside, burning villages": a way of war
    r"(?:has|have)\s+been\s+(?:conducting|carrying\s+out|waging|mounting|launching)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:offensives|operations|campaigns|air\s?strikes|raids|attacks|bombings)|"
    # "armed gangs that raid villages and kidnap residents for ransom": what a group does, no act
    r"(?:gangs?|groups?|militias?|bandits|fighters|militants|insurgents)\s+(?:that|who|which)\s+(?:often\s+|regularly\s+)?"
    r"(?:raid|kidnap|attack|abduct|kill|loot|terrori[sz]e|target|operate|roam|control)\b)\b",
    re.IGNORECASE)
# "in one of the deadliest attacks on the capital this year": a ranking, not a habit
RANKING = re.compile(r"\b(?:one\s+of\s+)?the\s+(?:deadliest|worst|bloodiest|biggest|largest|heaviest|most\s+\w+)\b[^.;]*",
                      re.IGNORECASE)
_TERRITORY_COUNT = re.compile(
    r"\b(?:control(?:s|led)?|hold(?:s)?|held|seized|captured|taken|overrun|fallen)\s+(?:\w+\s+){0,3}?"
    r"(?:about\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|some\s+|around\s+|almost\s+)?"
    r"(?:a\s+third|a\s+quarter|half|two-thirds|one-third|\d+\s*(?:%|percent|per\s+cent)|"
    r"\d+\s+(?:\w+\s+)?(?:out\s+)?of\s+(?:the\s+|all\s+)?(?:nearly\s+|about\s+|some\s+)?\d+)",
    re.IGNORECASE)
_CONTROL_STATE = re.compile(r"\b(?:now|currently|still)\s+(?:control|controls|hold|holds)\b|\bunder\s+(?:\w+\s+){0,2}control\b", re.IGNORECASE)
_DOCUMENTED_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:documented|recorded|counted|registered|verified|tallied)\s+"
                                r"[^.;]{0,80}$", re.IGNORECASE)
_KILLED_IN_PERFECT = re.compile(r"\b(?:has|have)\s+been\s+(?:killed|wounded|injured)\s+(?:in|by)\s+(?:[\w-]+\s+){0,2}$",
                                re.IGNORECASE)
# "have been killed ... since the takeover", "has killed thousands": a running tally
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:been\s+)?(?:\w+\s+)?$", re.IGNORECASE)
# (only a period: "had taken full control ... after a siege that saw tens of thousands flee" is one act)
# "since October", "since the coup", but not "since Monday", "since dawn": a span, not the day before
_SINCE_A_SPAN = (r"\bsince\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last\s+night|"
                 r"dawn|morning)\b)")
_SINCE_PERIOD = re.compile(_SINCE_A_SPAN, re.IGNORECASE)
_HAD_BEFORE = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
# "the six-year conflict has left at least 17,000 dead": a perfect with its count before the death word
_PERFECT_LEFT_DEAD = re.compile(r"\b(?:has|have)\s+(?:now\s+)?left\s+(?:(?:at\s+least|more\s+than|over|nearly|almost|"
                                r"some|about|around)\s+)?[\d,]+\s+(?:\w+\s+)?$", re.IGNORECASE)
_TALLY_COUNT = re.compile(r"\b(?:thousands|hundreds|tens\s+of\s+thousands|millions)\b|\b\d{1,3}(?:,\d{3})+\b")
_TALLY_PERIOD = re.compile(_SINCE_A_SPAN + "|" + _TALLY_COUNT.pattern)
_TALLY_SIZE = re.compile(r"\b(?:thousands|tens\s+of\s+thousands|millions)\b|\b\d{1,3}(?:,\d{3})+\b|\b\d{4,}\b(?<!\b(?:19|20)\d\d)")
_WAR_SUBJECT = re.compile(
    r"\b(?:war|conflict|insurgency|violence|crisis|rebellion|uprising|unrest|campaign|offensive)\b[^.;]{0,60}$", re.IGNORECASE)
# "Israel's military offensive has killed at least 39,790 people": the campaign's running toll, no fight
_CAMPAIGN_TOLL_AFTER = re.compile(r"\s+(?:has|have)\s+(?:so\s+far\s+|now\s+)?(?:killed|left)\b", re.IGNORECASE)
# "the abducted persons", "among the dead", "to bury their dead": people of an event already told
_BACK_REFERENCE = re.compile(r"\b(?:the|those|these|their|our|its)\s+$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"(?:ed|dead|wounded|injured|hurt)$", re.IGNORECASE)
_SUCH_BEFORE = re.compile(r"\b(?:these|those|such)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_PLURAL_ACTS = re.compile(r"^(?:attacks|strikes|airstrikes|raids|clashes|bombings|killings|assaults)$", re.IGNORECASE)
# "on the day the rebels seized the capital", "the night that gunmen stormed the hotel": an act that names a day
_THE_DAY_OF_BEFORE = re.compile(r"\b(?:on|since|from|until)\s+the\s+(?:very\s+)?(?:day|night|morning|week)\s+"
                                r"(?:that\s+|when\s+)?(?:[\w'’-]+\s+){1,4}$", re.IGNORECASE)
# "thousands marched against the attack", "protested over the killing of ...": the act a crowd protested
_PROTESTED_AGAINST = re.compile(r"\b(?:protest\w*|march(?:ed|es|ing)?|rall(?:y|ied|ying)|demonstrat\w*)\s+(?:[\w'’-]+\s+){0,5}?"
                                r"(?:against|over|to\s+denounce|to\s+condemn)\s+(?:the\s+|a\s+|an\s+|this\s+|last\s+\w+'s\s+)?"
                                r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# (a noun naming the act, not a verb that tells one: "youths protesting against the demolitions threw stones")
_ACT_NOUN = re.compile(r"^(?:attacks?|killings?|bombings?|(?:air\s?|drone\s+)?strikes?|raids?|arrests?|detentions?|"
                       r"abductions?|kidnappings?|shelling|massacres?|deaths?|murders?|assaults?|crackdown|offensive|"
                       r"shootings?|executions?)$", re.IGNORECASE)
# "since the July arrest", "in response to attacks": an earlier act, cited as a cause or a start
_CAUSE_BEFORE = re.compile(
    r"\b(?:since|in\s+response\s+to|in\s+retaliation\s+for|in\s+reprisal\s+for|(?:in\s+)?revenge\s+for)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w\"“”]+\s+){0,3}[\"“]?$", re.IGNORECASE)
_KILLED_IN_THE = re.compile(
    r"\s+(?:in|by|during)\s+(?:the|that|this|Friday's|Saturday's|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's)\s+"
    r"(?:\w+\s+)?(?:attack|strike|airstrike|air\s+strike|blast|explosion|bombing|raid|assault|ambush|shelling|fighting)\b",
    re.IGNORECASE)
_THE_NOUN_BEFORE = re.compile(r"\b(?:the|those|its|their)\s+(?:[a-z]+\s+){0,2}[a-z]+s\s+$")
# the present perfect progressive of fighting: an ongoing campaign, no one fight
_ONGOING = re.compile(r"\b(?:has|have|had)\s+been\s+(?:\w+\s+)?(?:battling|fighting|waging|combating|combatting)$"
                      # "as troops continue an offensive against al-Shabaab": the campaign goes on
                      r"|\bcontinu(?:e|es|ed|ing)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}(?:offensive|campaign|operations?)$",
                      re.IGNORECASE)
# "His government is also battling separatist rebels in the Anglophone regions": a campaign, unless a
# day is told ("troops are battling the rebels in Balad on Sunday")
_STILL_BATTLING = re.compile(r"\b(?:is|are)\s+(?:also\s+|still\s+)?(?:battling|waging|combating|combatting)$", re.IGNORECASE)
_TODAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|overnight|this\s+morning)\b",
                    re.IGNORECASE)
_STEPPED_UP = re.compile(r"\b(?:intensif(?:y|ied|ies|ying)|stepped\s+up|step(?:s|ping)?\s+up|ramp(?:ed|ing)?\s+up|"
                         r"escalat(?:e|ed|es|ing)|surge\s+(?:in|of)|upsurge\s+(?:in|of)|(?:new\s+|fresh\s+)?wave\s+of|"
                         r"spike\s+in|rise\s+in|spate\s+of|string\s+of|series\s+of\s+deadly)\s+(?:their\s+|its\s+)?"
                         r"(?:[\w-]+\s+){0,1}$", re.IGNORECASE)
# "a string of landmines": the devices of one blast (a string of attacks is a campaign)
_STRING_OF_BEFORE = re.compile(r"\b(?:string|series|row|chain)\s+of\s+$", re.IGNORECASE)
_COUNTED_EVENTS = re.compile(r"\b(?:more\s+than\s+|over\s+|at\s+least\s+|some\s+|nearly\s+|about\s+|dozens\s+of\s+|"
                             r"hundreds\s+of\s+)?(?:\d[\d,]*|dozens\s+of|hundreds\s+of|(?:two|three|four|five|six|seven|eight|"
                             r"nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty))\s+(?:[\w-]+\s+)?"
                             r"(?:attacks|strikes|airstrikes|raids|bombings|clashes|incidents|assaults)$", re.IGNORECASE)
_TALLY_SPAN = re.compile(r"\bin\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December)\b(?!\s+\d)|\b(?:this|last|past)\s+(?:year|month)\b|\bsince\s+(?:January|February|"
                         r"March|April|May|June|July|August|September|October|November|December|the\s+start|\d{4})\b|"
                         r"\bso\s+far\b|"
                         # "35 combat clashes along the front line over the past week": a week's count
                         r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+week\b")
# "35 combat clashes along the front line over the past day": a day's count, a tally unless it carries
# deaths ("11 air strikes in Marib in the past 24 hours, killing 90": codebook rule 6, an aggregate claim)
_DAY_SPAN = re.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:day|24\s+hours|two\s+days|three\s+days)\b",
                       re.IGNORECASE)
_DEATHS = re.compile(r"\b(?:kill(?:ed|ing)|dead|died|deaths)\b", re.IGNORECASE)
_KILLED_IN_THE_BEFORE = re.compile(
    r"\b(?:the|those|its|their)\s+(?:[a-z]+\s+){0,2}[a-z]+s\s+(?:killed|wounded|injured|kidnapped|abducted)\s+"
    r"(?:in|by|during)\s+(?:the|that|this)\s+(?:\w+\s+)?$", re.IGNORECASE)
_DEVICE = re.compile(r"^(?:improvised\s+|homemade\s+|home-made\s+|anti-?tank\s+|anti-?personnel\s+)?"
                     r"(?:explosive\s+devices?|ieds?|(?:land\s?)?mines?|bombs?|explosives?|"
                     r"roadside\s+bombs?|grenades?|rockets?|mortars?|missiles?|shells?)$", re.IGNORECASE)
_HANDLING_BEFORE = re.compile(
    r"\b(?:clear\w*|remov\w*|demin\w*|defus\w*|search\w*\s+for|caches?\s+of|seiz\w*|recover\w*|found|"
    r"discover\w*|confiscat\w*|stockpiles?\s+of|stock\s+of|supplies\s+of|smuggl\w*|manufactur\w*)"
    r"\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
# "two grenades and a rifle had been recovered from the house": handled after the fact, passive
# ("bomb-making materials had been seized": the device's kit)
_HANDLED_AFTER = re.compile(r"(?:-?making\s+[\w-]+|\s+(?:materials?|components?|belts?|vests?|parts?))?"
                            r"(?:\s+(?:and|or)\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:(?:had|have|has)\s+)?"
                            r"(?:were|was|been|being)\s+(?:\w+ly\s+)?(?:recovered|seized|found|discovered|confiscated|"
                            r"defused|dismantled|removed|cleared|impounded|uncovered)\b", re.IGNORECASE)
# "The attackers, armed with rifles and grenades, stormed the church": what they carried
_ARMED_WITH_BEFORE = re.compile(r"\barmed\s+with\s+(?:[\w,'’-]+\s+){0,6}$", re.IGNORECASE)
_OLD_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# "took control of Daraa city, the birthplace of the 2011 uprising": what the place was in a past era
# (not "during the 2011 uprising", which dates the act)
_NAMED_BY_ITS_YEAR = re.compile(r"\b(?:birthplace|cradle|heart|symbol|scene|site|centre|center|hub|capital)\s+of\s+the\s+"
                                r"(?:1[89]\d\d|20\d\d)\s+(?:uprising|revolution|war|invasion|elections?|coup|"
                                r"counter-?offensive|crisis|conflict|protests)\b", re.IGNORECASE)


def _window_before(sentence: str, start: int, chars: int = 60) -> str:
    """The words right before the trigger, cut at a clause boundary."""
    before = sentence[max(0, start - chars):start]
    for mark in (";", ":", "—", " but ", " and ", "“", '"'):
        cut = before.rfind(mark)
        if cut >= 0:
            before = before[cut + len(mark):]
    return before


def _negated_by_parse(token) -> bool:
    """True when the trigger token (or the verb governing a noun trigger) is negated."""
    if token is None:
        return False
    heads = [token]
    if token.pos_ in ("NOUN", "PROPN") and token.head != token:
        heads.append(token.head) if token.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    for head in heads:
        for child in head.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                return True
    return False


_MODALS = frozenset({"would", "could", "will", "may", "might", "shall", "should", "'ll"})


def _modal_by_parse(token) -> bool:
    """'a ceasefire would begin', 'rebels could take the city': the act is not (yet) real."""
    if token is None:
        return False
    heads = [token]
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "nsubjpass") and token.head != token:
        heads.append(token.head)
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for head in heads for c in head.children)


# "hit by frequent cattle raids", "repeated attacks": a pattern, not one event
_FREQUENT_BEFORE = re.compile(
    r"\b(?:frequent|repeated|recurrent|recurring|regular|sporadic|periodic|persistent|constant|near-daily|daily|"
    r"repeatedly|frequently|regularly|often|routinely|constantly)"
    r"\s+(?:[\w-]+\s+){0,5}$", re.IGNORECASE)
# "giving authorities powers to impose curfews, ban gatherings and make arrests": what may be done
_POWERS = re.compile(r"\b(?:powers?|authority|mandate)\s+to\s+(?:[\w,]+\s+){0,10}$", re.IGNORECASE)


# "as it faces protests at home", "a government facing mass protests": a state of affairs
_FACING_BEFORE = re.compile(r"\b(?:fac(?:e|es|ed|ing)|confront(?:s|ed|ing)?\s+with|rocked\s+by|hit\s+by)\s+"
                            r"(?:(?:mass|growing|mounting|widespread|months\s+of|weeks\s+of|[\w-]+)\s+){0,2}$",
                            re.IGNORECASE)
# "as Baghdad protested what it called a violation", "protested to the ambassador": a diplomatic note
_DIPLOMATIC_AFTER = re.compile(r"\s+(?:what\s+(?:it|they)\s+(?:called|described|termed)|to\s+the\s+(?:\w+\s+)?"
                               r"(?:ambassador|embassy|envoy|charg[eé]))", re.IGNORECASE)
# "summoned the ambassador ... to deliver a strongly worded protest", "handed over a protest note"
_DIPLOMATIC_BEFORE = re.compile(r"\b(?:summon(?:s|ed|ing)?\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:ambassador|envoy|charg[eé])\b[^.;]*"
                                r"|\b(?:deliver(?:s|ed|ing)?|hand(?:s|ed|ing)?(?:\s+over)?|lodg(?:e|es|ed|ing)|"
                                r"register(?:s|ed|ing)?|issu(?:e|es|ed|ing))\s+(?:an?\s+)?(?:(?:strongly|formal|official|"
                                r"strong|firm|sharp)[\w-]*\s+){0,2}(?:worded\s+)?)$", re.IGNORECASE)
_ANNOUNCED_BEFORE = re.compile(r"\b(?:announc(?:e|es|ed|ing)|(?<!the\s)plann?(?:ed|ing|s)?|schedul(?:e|es|ed|ing))\s+"
                               r"(?:(?:a|new|more|further|fresh|mass|nationwide|countrywide|[\w-]+-wide|strike|and)\s+){0,4}$",
                               re.IGNORECASE)
_PROTEST_WORD = re.compile(r"^protest(?:s|ed|ing)?$", re.IGNORECASE)
_CROWD_WORD = re.compile(r"^(?:protests?|demonstrations?|riots?|rioting|unrest)$", re.IGNORECASE)
_PROMPTED_BEFORE = re.compile(r"\b(?:prompt|spark|trigger|provok|fuel|ignit|touch)\w*\s+(?:off\s+)?(?:[\w-]+\s+){0,2}$",
                              re.IGNORECASE)


# a day named for the act: "on Sunday", "yesterday", "on March 3"
_NAMED_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\byesterday\b|\blast\s+night\b|\bovernight\b"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b")


_USED_TO = re.compile(r"used\s+to", re.IGNORECASE)


def _is_habitual(sentence: str, start: int, end: int) -> bool:
    """A habit or a long span told in the trigger's own stretch of the sentence, or anywhere in a
    sentence naming no day. "Gunmen killed 12 people in Bama on Sunday, the third such attack this
    year" is an event; "Gunmen have attacked Bama regularly" is not."""
    text = RANKING.sub(lambda m: " " * len(m.group(0)), sentence)  # "one of the deadliest this year": a ranking
    # "used to" makes a habit of the verb after it: "jets hit a headquarters used to plan attacks" is one strike
    found = [m for m in _HABITUAL.finditer(text) if not (m.start() >= end and _USED_TO.fullmatch(m.group(0)))]
    return _in_own_stretch_or_undated(sentence, start, end, found)


def _in_own_stretch_or_undated(sentence: str, start: int, end: int, found: list[re.Match]) -> bool:
    """Some match lies in the trigger's own stretch of the sentence (no comma or semicolon
    between), or the sentence names no day the act could have of its own."""
    if not found:
        return False
    if not _NAMED_DAY.search(sentence):
        return True
    return any(not re.search(r"[,;]", sentence[min(m.end(), start):max(m.start(), end)]) for m in found)


_PRESENT_PASSIVE_BEFORE = re.compile(r"\b(?:are|is)\s+(?:being\s+)?$", re.IGNORECASE)
_CAMPAIGN_WORD = re.compile(r"^(?:fight|struggle|war|campaign)$", re.IGNORECASE)
_CAMPAIGN_AFTER = re.compile(r"\s+(?:against|on)\s+(?!(?:the\s+)?(?:town|city|village|positions?|base)\b)", re.IGNORECASE)


# "met ... to discuss a ceasefire", "talks on a truce", "efforts to reach a deal": sought, not agreed
_AGREEMENT_WORD = re.compile(r"(?i:cease-?fire|truce|(?:peace\s+)?(?:deal|agreement|accord))")
_SOUGHT_BEFORE = re.compile(
    r"\b(?:to\s+(?:discuss|negotiate|broker|reach|secure|seek|push\s+for)|"
    r"(?:talks|negotiations|discussions|consultations)\s+(?:on|about|over|for|toward|towards)|push(?:es|ed|ing)?\s+for|"
    r"proposals?\s+(?:for|of)|efforts?\s+(?:to\s+reach|towards?)|"
    r"seek(?:s|ing)?|sought|aim(?:s|ed|ing)\s+at)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


# "gunmen fired on their car as they returned from a demonstration": where the victims had been, not a protest
_RETURNING_FROM = re.compile(r"\b(?:return(?:ed|ing|s)?|coming\s+back|(?:their|his|her)\s+way\s+(?:home\s+|back\s+)?|"
                             r"leaving|left|heading\s+home)\s+from\s+(?:an?|the|their|his|her)\s+(?:[\w-]+\s+)?$",
                             re.IGNORECASE)
_HAD_TAKEN_PART = re.compile(r"\bhad\s+(?:\w+\s+)?(?:taken\s+part|participated|joined|marched)\s+in\s+(?:the\s+|many\s+|several\s+)?"
                             r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_GATHERING_WORD = re.compile(r"^(?:protests?|demonstrations?|rally|rallies|marche?s?|sit-?ins?|vigils?)$", re.IGNORECASE)


def reject_reason(sentence: str, start: int, end: int, token=None) -> str | None:
    """Why the trigger at sentence[start:end] does not report an event, or None."""
    sentence = without_states_since(sentence, keep=(start, end))
    before = _window_before(sentence, start)
    if _NEGATION.search(before) or _negated_by_parse(token):
        return "negated"
    if _DENIED.search(sentence[max(0, start - 80):start]) or _DENIED_REPORTS.search(sentence[max(0, start - 180):start]) \
            or _DENIED_ANY.search(sentence[max(0, start - 120):start]) \
            or _DENIED_THAT.search(sentence[max(0, start - 140):start]):
        return "denied"
    if _PROMISE.search(before) or (_ASKED_TO.search(sentence[max(0, start - 120):start]) and not (
            sentence[start:end].lower().endswith("ed") and re.search(r"\band\s+$", sentence[max(0, start - 10):start]))):
        return "promised_or_threatened"
    if _GATHERING_WORD.match(sentence[start:end]) and _RETURNING_FROM.search(sentence[max(0, start - 50):start]):
        return "back_reference"
    if _AGREEMENT_WORD.fullmatch(sentence[start:end]) and _SOUGHT_BEFORE.search(sentence[max(0, start - 70):start]):
        return "promised_or_threatened"
    if _HYPOTHETICAL.search(before) or _modal_by_parse(token) or _POWERS.search(sentence[max(0, start - 120):start]) \
            or _CHOICE_BEFORE.search(sentence[max(0, start - 100):start]) \
            or _DEFENCE_AGAINST.search(sentence[max(0, start - 60):start]) or _CALLED_OFF_AFTER.match(sentence, end):
        return "hypothetical"
    if _is_habitual(sentence, start, end) or is_running_tally(sentence, start, end) or _FREQUENT_BEFORE.search(
            sentence[max(0, start - 60):start]):  # "frequent cattle raids and revenge attacks": across "and"
        return "habitual_background"
    if _PRESENT_PASSIVE_BEFORE.search(sentence[max(0, start - 20):start]) and _PARTICIPLE.search(sentence[start:end]):
        return "habitual_background"  # "no talks while children are killed in the streets": what happens, no act
    if _GATHERING_WORD.match(sentence[start:end]) and _HAD_TAKEN_PART.search(sentence[max(0, start - 60):start]):
        return "told_as_background"  # "The two had taken part in peace marches": who they were, no march told
    if _CROWD_WORD.match(sentence[start:end]) and _ANNOUNCED_BEFORE.search(sentence[max(0, start - 50):start]):
        return "promised_or_threatened"  # "civil society in Islamabad have announced protests on Sunday": planned
    if _PROTEST_WORD.match(sentence[start:end]) and (_FACING_BEFORE.search(sentence[max(0, start - 40):start])
                                                     or _DIPLOMATIC_AFTER.match(sentence, end)
                                                     or _DIPLOMATIC_BEFORE.search(sentence[max(0, start - 160):start])):
        return "statement"
    if _BACK_REFERENCE.search(sentence[max(0, start - 10):start]) and _PARTICIPLE.search(sentence[start:end]) \
            and not sentence[start:end].lower().startswith("bod"):  # "The bodies of ... were exhumed": the dead found
        return "back_reference"
    if _SUCH_BEFORE.search(sentence[max(0, start - 25):start]) and _PLURAL_ACTS.match(sentence[start:end]):
        return "back_reference"  # "These attacks show that IS can still strike": acts told already, or none
    if _CAUSE_BEFORE.search(sentence[max(0, start - 60):start]):
        return "back_reference"
    if _ACT_NOUN.match(sentence[start:end]) and _PROTESTED_AGAINST.search(sentence[max(0, start - 80):start]):
        return "back_reference"  # "thousands marched in Herat against the attack": what they protested
    if _CROWD_WORD.match(sentence[start:end]) and _PROMPTED_BEFORE.search(sentence[max(0, start - 40):start]):
        return "consequence"  # "shot dead outside his home, prompting angry protests": told on their own
    if _THE_DAY_OF_BEFORE.search(sentence[max(0, start - 50):start]):
        return "back_reference"  # "a deal signed on the day the rebels seized the capital": a day named by an act
    if _KILLED_IN_THE_BEFORE.search(sentence[max(0, start - 70):start]):
        return "back_reference"  # "the commanders killed in the attack": that attack is one told already
    if _KILLED_IN_THE.match(sentence, end) and _THE_NOUN_BEFORE.search(sentence[max(0, start - 40):start]):
        # "burying the commanders killed in the attack": the deaths of an event told already
        # ("five soldiers were killed in the attack on their base" still tells it)
        return "back_reference"
    if _CAMPAIGN_WORD.match(sentence[start:end]) and _CAMPAIGN_AFTER.match(sentence, end) \
            and re.search(r"\bthe\s+(?:\w+\s+)?$", sentence[max(0, start - 20):start], re.IGNORECASE):
        return "campaign"  # "partners in the fight against jihadi groups": a cause, not a fight
    if sentence[start:end].lower() in ("offensive", "counter-offensive", "counteroffensive") \
            and _CAMPAIGN_TOLL_AFTER.match(sentence, end):
        return "campaign"
    if sentence[start:end].lower() in ("offensive", "counter-offensive", "counteroffensive") and re.search(
            r"\b(?:its|their|his|her)\s+(?:\w+\s+)?$", sentence[max(0, start - 25):start], re.IGNORECASE):
        return "campaign"  # "pressed on with its offensive to seize Tripoli": the campaign, not one fight
    if _ONGOING.search(sentence[max(0, start - 20):end]) or (
            _STILL_BATTLING.search(sentence[max(0, start - 20):end]) and not _TODAY.search(sentence)):
        return "campaign"  # "The army has been battling Boko Haram around Lake Chad": a campaign
    if _STEPPED_UP.search(sentence[max(0, start - 40):start]) and not (
            _DEVICE.match(sentence[start:end]) and _STRING_OF_BEFORE.search(sentence[max(0, start - 20):start])):
        # ("the convoy triggered a string of landmines": the devices of one blast, not a run of attacks)
        return "campaign"  # "ISIS remnants have intensified attacks across the disputed territories"
    if _COUNTED_EVENTS.search(sentence[max(0, start - 40):end]) and (
            _TALLY_SPAN.search(sentence) or _DAY_SPAN.search(sentence) and not _DEATHS.search(sentence)):
        return "tally"  # "more than 100 attacks in Iraq in April alone": a month's count, not an event
    if _DEVICE.match(sentence[start:end]) and (_HANDLING_BEFORE.search(sentence[max(0, start - 50):start])
                                               or _ARMED_WITH_BEFORE.search(sentence[max(0, start - 70):start])
                                               or _HANDLED_AFTER.match(sentence, end)):
        return "materiel"  # "clearing the area of explosive devices", "seized a cache of bombs": no blast
    if _in_own_stretch_or_undated(sentence, start, end, [*_TERRITORY_COUNT.finditer(sentence),
                                                          *_CONTROL_STATE.finditer(sentence)]):
        return "territory_count"  # "seized Jaghori on Sunday, and now control half the province": the seizure stands
    if token is not None and is_biography(token):
        return "biography"
    return None


# "It brings to 39 the number of people killed", "bringing the death toll since October to 71"
_BRINGS_THE_COUNT = re.compile(r"\bbring(?:s|ing)?\s+(?:to\s+(?:more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|some\s+)?"
                               r"[\d,]+\s+the\s+(?:number|total|toll)|"
                               r"(?:the|its)\s+(?:\w+\s+){0,3}?(?:number|total|toll)\b[^.;]{0,40}?\bto\s+[\d,]+)",
                               re.IGNORECASE)


_ACCUSED_OF = re.compile(r"\baccus(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,4}?of\s+(?:\w+\s+)?$", re.IGNORECASE)
_BLAMED_FOR = re.compile(r"\b(?:blamed|responsible|known|notorious|accused)\s+(?:for|of)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _tally_after(sentence: str, end: int) -> bool:
    """A span ("since October") anywhere after the death word, or a tally's size in its own stretch:
    "Bandits have killed nine in a raid, the police said, the latest in a wave that has forced
    thousands to flee" counts those who fled, not the dead."""
    rest = sentence[end:]
    return bool(_SINCE_PERIOD.search(rest) or _TALLY_COUNT.search(re.split(r"[,;]", rest)[0]))


def is_running_tally(sentence: str, start: int, end: int) -> bool:
    """'The war has killed thousands', 'have been killed since the coup', 'It brings to 39 the
    number of people killed': not one event."""
    if _BRINGS_THE_COUNT.search(sentence[max(0, start - 80):start]):
        return True
    if _BLAMED_FOR.search(sentence[max(0, start - 40):start]) and _TALLY_SIZE.search(sentence[end:end + 40]):
        return True  # "the ADF is blamed for killing thousands of civilians": a record, no event
    if _ACCUSED_OF.search(sentence[max(0, start - 60):start]) and _TALLY_PERIOD.search(sentence[end:end + 80]):
        return True  # "accuse Tigrayan forces of killing dozens of civilians since the offensive began": a record
    if _DOCUMENTED_BEFORE.search(sentence[max(0, start - 100):start]):
        return True  # "has documented dozens of civilian deaths in drone strikes since ...": a record
    if _KILLED_IN_PERFECT.search(sentence[max(0, start - 60):start]) and _tally_after(sentence, end):
        return True  # "have been killed in Israeli attacks since October": the attacks are the tally's
    before = sentence[max(0, start - 40):start]
    if _PERFECT_LEFT_DEAD.search(before) and (_TALLY_SIZE.search(before) or _tally_after(sentence, end)
                                              or _WAR_SUBJECT.search(sentence[max(0, start - 100):start])):
        return True
    if _HAD_BEFORE.search(before) and _SINCE_PERIOD.search(re.split(r"[,;]", sentence[end:end + 100])[0]):
        return True  # "the RSF had completely burned 64 villages ... since it began besieging the city": a record
    if not _PERFECT_BEFORE.search(before):
        return False
    # "More than 12,000 people have been killed": the size gives a tally away wherever it stands
    return bool(_tally_after(sentence, end) or _TALLY_SIZE.search(sentence[:start])
                or _WAR_SUBJECT.search(sentence[max(0, start - 100):start]))


def is_territory_count(sentence: str) -> bool:
    """'The Taliban control a third of districts', 'seized 100 out of 400 districts'."""
    return bool(_TERRITORY_COUNT.search(sentence) or _CONTROL_STATE.search(sentence))


_NOT_PEOPLE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "EVENT", "CARDINAL", "ORDINAL"})


def is_biography(token) -> bool:
    """'..., who was killed by a suicide bomber': a relative clause about a person."""
    node = token
    for _ in range(3):
        if node.dep_ == "relcl":
            head = node.head
            if any(c.lower_ in ("where", "when") for c in node.children):
                return False  # "in Kurakhove on Saturday, where a shell hit a house": the event's setting
            doc = node.doc
            dates = [e for e in doc.ents if e.label_ in ("DATE", "TIME")
                     and node.left_edge.i <= e.start and e.end <= node.right_edge.i + 1]
            counted_from = any(e.end < len(doc) and doc[e.end].lower_ in ("before", "after") for e in dates)
            if dates and not counted_from and not any(_OLD_YEAR.search(e.text) for e in dates) \
                    and not any(c.dep_ == "aux" and c.lower_ == "had" for c in node.children):
                # "Chatah, who was killed ... on Friday morning": a dated act, the 30-day rule judges it (not
                # "Massoud, who was killed ... two days before the September 11 attacks": dated by another event)
                return False
            return head.ent_type_ == "PERSON" or (head.pos_ == "PROPN" and head.ent_type_ not in _NOT_PEOPLE)
        if node.head == node:
            return False
        node = node.head
    return False


def is_long_aggregate(event_date: dt.date | None, date_start: dt.date | None) -> bool:
    """'in the past year', 'since January': a tally over more than a month, not one event."""
    return event_date is not None and date_start is not None and (event_date - date_start).days > BACKGROUND_DAYS


def is_told_as_background(token, time_precision: int) -> bool:
    """'The rebels had captured Kitshanga in January': past perfect with a loose date."""
    return time_precision > 1 and any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children)


def is_future(event_date: dt.date | None, published: dt.date | None) -> bool:
    """'A rally is scheduled for next Sunday': planned, not happened."""
    return event_date is not None and published is not None and event_date > published


def is_background(event_date: dt.date | None, published: dt.date | None) -> bool:
    """An event more than 30 days before publication is history, not news."""
    if event_date is None or published is None:
        return False
    return (published - event_date).days > BACKGROUND_DAYS


# "the activist, still missing since his abduction in August 2014, ...": how long a state has lasted dates
# that state, not the sentence's act
_STATE_SINCE = re.compile(r"\b(?:missing|detained|held|jailed|imprisoned|in custody|in detention|displaced|besieged|"
                          r"under siege|closed|shut|in exile|in hiding|in captivity|captive|disappeared|"
                          r"unaccounted for)"
                          r"\s+(?:ever\s+)?since\s+[^,.;:()]*?\b(?:1[89]\d\d|20\d\d)\b", re.IGNORECASE)
# "an area which has witnessed repeated attacks since 2017": how long a trend has run dates no act told beside it
# (but the trend itself stays a habit: "has seen an increase in attacks since 2021, with kidnappings of farmers")
_TREND_SINCE = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:witnessed|seen|experienced|suffered|endured|known|"
                          r"recorded)\b[^,.;:()]{0,80}?\bsince\s+[^,.;:()]*?\b(?:1[89]\d\d|20\d\d)\b", re.IGNORECASE)


def without_trends_since(text: str) -> str:
    """The text with every "has witnessed/seen ... since <year>" phrase blanked out (offsets kept)."""
    return _TREND_SINCE.sub(lambda m: " " * len(m.group(0)), text)


def without_states_since(sentence: str, keep: tuple[int, int] | None = None) -> str:
    """The sentence with every "missing/detained/held ... since <year>" phrase blanked out (offsets kept),
    but the one holding the span `keep` (a trigger inside it is that old act's own)."""
    def blank(m: re.Match[str]) -> str:
        if keep is not None and m.start() < keep[1] and keep[0] < m.end():
            return m.group(0)
        return " " * len(m.group(0))
    return _STATE_SINCE.sub(blank, sentence)


# "the alliance that seized Tripoli last summer": a season gone by is months back
_LAST_SEASON = re.compile(r"\b(?:last|this\s+past|the\s+previous)\s+(?:summer|winter|spring|autumn|fall)\b",
                          re.IGNORECASE)


def has_old_year(sentence: str, published: dt.date | None) -> bool:
    """The sentence dates itself to an earlier year than the article ('in 2011'), or to last season."""
    if published is None:
        return False
    if _LAST_SEASON.search(sentence):
        return True
    years = [int(y) for y in _OLD_YEAR.findall(_NAMED_BY_ITS_YEAR.sub(" ", without_states_since(sentence)))]
    if not years:
        return False
    newest = max(years)
    # December of last year can still be within 30 days of a January article.
    return newest < published.year - 1 or (newest == published.year - 1 and published.month > 1)
