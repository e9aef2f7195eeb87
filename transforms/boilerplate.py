"""A lexicon of boilerplate line shapes found on news pages of any outlet.

Each entry is a rule name and a regular expression that must match the
WHOLE line (case-insensitive unless noted). Patterns describe page furniture
(consent banners, share bars, comment forms, credits, section labels), never
one site's or one article's words. A pattern must not match a body sentence
that merely starts the same way ("Reuters reported that ...", "Share prices
fell ..."), which is why most are anchored labels or short lines.
"""
from __future__ import annotations

import re

# Longer lines are prose whatever words they contain; only consent banners
# and disclaimers run this long, and they have their own checks below.
MAX_LEXICON_WORDS = 40

# Rules whose line, when it is a bare label ("Image caption,", "Tags :"),
# announces that the next non-blank line belongs to it.
LABEL_RULES = frozenset({"caption_marker", "tag_list"})
# Rules that mark the end of the article: what follows is comments, tags or
# teasers (see clean_text for the safety conditions).
END_MARKER_RULES = frozenset({"comment_section", "tag_list", "related_block"})

_AGENCY = (
    r"(?:reuters|afp|ap|epa|epa-efe|efe|getty(?: images)?|afp via getty images|ap photo|"
    r"anadolu(?: agency)?|xinhua|shutterstock|ians|pti|ani|dpa|tass|sipa|alamy|"
    r"bloomberg|rex(?: features)?|handout|file|file photo|sputnik|ria novosti|"
    r"associated press|agence france-presse|press association|pa(?: media| wire)?)"
)
_LABEL_END = r"\s*[:|»>\-–—,]?\s*"

_RULES: list[tuple[str, str]] = [
    ("no_letters", r"[^a-zA-Z\u00c0-\uffff]*"),
    ("cookie_consent",
     r".*\b(?:uses? cookies|use of cookies|cookie (?:policy|settings|preferences|consent|notice)|"
     r"accept (?:all )?cookies|we value your privacy|manage (?:your )?(?:consent|cookies|preferences)|"
     r"consent to (?:the use of|our use of) cookies)\b.*"),
    ("javascript", r".*\bjavascript\b.*\b(?:disabled|enable|enabled|required|turn on)\b.*"
                   r"|.*\b(?:enable|turn on|activate)\b.*\bjavascript\b.*"),
    ("subscribe",
     r"(?:subscribe|sign up|sign-up|signup|register now|already (?:a subscriber|have an account)|"
     r"subscribers only|create (?:a free|an) account|log in|login|sign in|to continue reading)\b.*"
     r"|.*\b(?:sign up|subscribe|get|receive|delivered|straight|direct)\b.*\b(?:newsletters?|inbox)\b.*"
     r"|.*\b(?:newsletters?|inbox)\b.*\b(?:sign up|subscribe|delivered|free)\b.*"),
    ("comment_form",
     r"\*?\s*(?:your )?(?:name|e-?mail(?: address)?|website|url|comment|text|message)\s*\*?\s*:?\s*\*?"
     r"|(?:your email address will not be published|required fields are marked|save my name|"
     r"notify me of|this site uses akismet|cancel reply|post comment|submit comment)\b.*"
     r"|(?:send|submit|reply|post|cancel)\.?"),
    ("share_follow",
     r"(?:share|share this(?: article| story| post| page)?|share on \w+|share via \w+|tweet|"
     r"print|copy link|link copied|copied|whatsapp|facebook|twitter|x|linkedin|"
     r"telegram|reddit|pinterest|messenger|flipboard|pocket)" + _LABEL_END
     + r"|(?:click to share|click to email|click to print|share (?:this|on|via)|follow (?:us|@\w+)|"
     r"like us on|like this|join (?:us|our) on|join our (?:telegram|whatsapp)|"
     r"download (?:our|the) app|get (?:our|the) app|click here|tap here|"
     r"turn on (?:notifications|alerts)|add .{1,30} as a preferred source)\b.*"),
    ("comment_section",
     r"(?:\d+\s+)?comments?(?:\s*\(\d+\))?" + _LABEL_END
     + r"|(?:leave a (?:reply|comment)|post a comment|add (?:a )?comment|join the "
     r"(?:conversation|discussion)|show comments|view comments|be the first to comment|"
     r"\d+ (?:thoughts|responses|replies) (?:on|to))\b.*"),
    ("related_block",
     r"(?:related(?: topics| articles| stories| news| posts| content| coverage| links)?|"
     r"more on this (?:story|topic)|more (?:stories|news)|more from [\w .'&-]{1,40}|"
     r"recommended(?: for you| stories| articles)?|you (?:may|might) also (?:like|be interested in)|"
     r"read next|further reading|top stories|latest stories|popular stories|"
     r"what to read next|around the web)" + _LABEL_END),
    ("read_more",
     r"(?:read more|read also|also read|see also|related|watch|listen|continue reading|"
     r"read (?:the )?full (?:story|article)|read the latest|must read)" + _LABEL_END
     + r"|(?:read more|read also|also read|see also|related|watch|listen|must read)\s*[:|»>–—]\s*\S.*"),
    ("source_link",
     r"(?:source link|original (?:article|source)|sources?\s*:\s*(?:\S+\s*){1,8}|"
     r"(?:this (?:article|story) )?(?:was )?(?:originally|first) (?:published|appeared) "
     r"(?:on|in|at|by) .{1,80}|with inputs from .{1,60})"),
    ("loading",
     r"(?:loading|please wait|advertisement|advertisements|ad|sponsored(?: content)?|"
     r"skip to (?:main )?(?:content|navigation)|back to top|scroll to top|close|menu|search|"
     r"toggle navigation|open menu|show more|load more|×)\s*(?:\.\.\.|…)?\s*"),
    ("caption_marker",
     r"(?:image|photo|picture|video|media) (?:caption|source|credit)s?\b.*"
     r"|(?:file photo|caption|photo|image|picture|photograph)\s*[:|].*"),
    ("photo_credit",
     r"\(?" + _AGENCY + r"(?:\s*/\s*[\w .'’-]{1,40}){0,3}\)?"
     r"|(?:photo|image|picture)s?\s*(?:by|credit|courtesy)\b.{1,60}"),
    ("caption_credit",
     r".*(?:\[[^\]]*(?:/|\b(?:afp|ap|reuters|getty|epa|file|photo|handout|courtesy)\b)[^\]]*\]|"
     r"\((?:photo|image|picture)s? (?:by|credit|courtesy)[^)]*\)|\(ap photo[^)]*\)|"
     r"\b(?:reuters|afp|epa|ap)/[a-z][\w.'’-]*(?: [a-z][\w.'’-]*){0,4}(?:/file(?: photo)?)?)\s*"),
    ("copyright", r"(?:©|\(c\)|copyright\b).*|.*\ball rights reserved\b.*"),
    ("tag_list",
     r"(?:tags?|topics?|keywords?|filed under|categories|category|posted in)(?:\s*[:：].*)?"),
    ("section_label",
     r"(?:editor'?s'? (?:choice|picks?)|most (?:viewed|read|popular|shared|commented)|"
     r"popular(?: now| posts| stories)?|trending(?: now)?|top (?:news|headlines)|"
     r"latest(?: news| updates| headlines)?|breaking(?: news)?|in focus|in depth|"
     r"featured(?: stories| articles)?|don'?t miss|highlights|spotlight|"
     r"(?:previous|next|prev) (?:article|post|story|page)|home|homepage|news|world|opinion|"
     r"videos?|photos?|gallery|galleries|film|multimedia|podcasts?|live|sports?|business|"
     r"politics|contact(?: us)?|about(?: us)?|privacy(?: policy)?|terms(?: of (?:use|service))?|"
     r"sitemap|rss|careers|advertise(?: with us)?|"
     r"(?:day|week|month|year|today|all time)(?:\s+(?:day|week|month|year|today|all time))+)"
     + _LABEL_END),
    ("reading_time",
     r"\d+\s*(?:min|mins|minutes?)(?: read| reading)?|reading time\b.*|"
     r"listen to (?:this )?(?:article|story)\b.*|\d{1,2}:\d{2}(?:\s*min)?"),
    ("date_stamp",
     r"(?:published|updated|last updated|first published|posted)(?: on| at)?\s*:?\s*"
     r"(?:|(?!.*[.!?]$).*(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
     r"\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,2}:\d{2}|\bago\b|"
     r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}).*)"),
    ("wire_credit",
     r"\(?(?:reporting|writing|editing|additional reporting|compiled|produced|edited|"
     r"written|translated) by\b(?!.*[.!?]\s*$).*|our standards\s*:.*"),
    ("views_disclaimer",
     r".*\b(?:views|opinions) expressed\b.*|.*\bdo not necessarily reflect\b.*"),
    ("domain_line", r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?"),
    ("pagination", r"(?:page )?\d+ (?:of|/) \d+|(?:prev|previous|next|older|newer)(?: page| posts)?"),
    ("social_handle", r"@\w+"),
]
_COMPILED = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in _RULES]

# Case matters for bylines: "By Jane Doe" is furniture, "by the river" is not.
_BYLINE = re.compile(
    r"(?:By|BY|Written by|Posted by|Author:?)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*"
    r"(?:\s*[,|\-–—]\s*[^.!?]{0,60}|\s+(?:on|in)\s+[^.!?]{0,40})?"
)
_WORD = re.compile(r"\S+")


def match_boilerplate(line: str) -> str | None:
    """Return the name of the lexicon rule the whole line matches, else None.

    `line` should be normalised and stripped. Lines longer than
    MAX_LEXICON_WORDS words are never matched (they are prose).
    """
    text = line.strip()
    if len(_WORD.findall(text)) > MAX_LEXICON_WORDS:
        return None
    if _BYLINE.fullmatch(text) and len(text.split()) <= 16:
        return "byline"
    for name, pattern in _COMPILED:
        if pattern.fullmatch(text):
            return name
    return None


def is_bare_label(line: str) -> bool:
    """True when a label line carries no value ("Tags :", "Image caption,")."""
    return bool(re.fullmatch(r"[^:,|]{1,40}[:,|]?\s*", line.strip())) and len(line.split()) <= 4
