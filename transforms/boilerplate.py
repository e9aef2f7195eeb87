"""A lexicon of boilerplate line shapes found on news pages of any outlet.

Each entry is a rule name and a regular expression that must match the
whole line, or, for the phrase rules, occur in it (case-insensitive unless
noted). Patterns describe page furniture (consent banners, share bars,
comment forms, credits, section labels), never one site's or one article's
words. A pattern must not match a body sentence
that merely starts the same way ("Reuters reported that ...", "Share prices
fell ..."), which is why most are anchored labels or short lines.
"""
from __future__ import annotations

import re

# Longer lines are prose whatever words they contain (consent banners and
# Reuters-style credit lines stay well under this).
MAX_LEXICON_WORDS = 40

# Rules whose line, when it is a bare label ("Image caption,", "Tags :"),
# announces that the next non-blank line belongs to it.
LABEL_RULES = frozenset({"caption_marker", "tag_list"})
# Bare labels that head a list of teaser headlines ("READ MORE" + 3 titles).
TEASER_LABEL_RULES = frozenset({"read_more", "related_block"})
# Rules that mark the end of the article: what follows is comments or tags
# (see clean_text for the safety conditions). Related-story labels are not
# here: sites print them inline too, with body paragraphs after them.
END_MARKER_RULES = frozenset({"comment_section", "tag_list"})

_AGENCY = (
    r"(?:reuters|afp|ap|epa|epa-efe|efe|getty(?: images)?|afp via getty images|ap photo|"
    r"anadolu(?: agency)?|xinhua|shutterstock|ians|pti|ani|dpa|tass|sipa|alamy|"
    r"bloomberg|rex(?: features)?|handout|file|file photo|sputnik|ria novosti|"
    r"associated press|agence france-presse|press association|pa(?: media| wire)?)"
)
_LABEL_END = r"\s*[:|»>\-–—,]?\s*"
# "Read also" labels in English, French, Spanish, Portuguese, German, Arabic.
_READ_ALSO = (
    r"(?:read more|read also|also read|see also|related|watch|listen|must read|"
    r"(?:à )?lire (?:aussi|également|la suite)|voir aussi|lea también|lee también|ver también|"
    r"leia também|veja também|lesen sie auch|mehr zum thema|اقرأ أيضا|اقرأ أيضاً)"
)

# Whole-line rules: the pattern must match the entire line.
_LINE_RULES: list[tuple[str, str]] = [
    ("no_letters", r"[^a-zA-Z\u00c0-\uffff]*"),
    ("subscribe",
     r"(?:subscribe|sign up|sign-up|signup|register now|already (?:a subscriber|have an account)|"
     r"subscribers only|create (?:a free|an) account|log in|login|sign in|to continue reading|"
     r"enter your e-?mail)\b.*"),
    ("comment_form",
     r"\*?\s*(?:your )?(?:name|e-?mail(?: address)?|website|url|comment|text|message)\s*\*?\s*:?\s*\*?"
     r"|(?:your email address will not be published|required fields are marked|save my name|"
     r"notify me of|this site uses akismet|cancel reply|post comment|submit comment)\b.*"
     r"|(?:send|submit|reply|post|cancel)\.?"),
    ("share_follow",
     r"(?:share|share this(?: article| story| post| page)?|share on \w+|share via \w+|tweet|"
     r"print|print (?:this )?(?:article|page|story)|print friendly.{0,20}|copy link|link copied|copied|whatsapp|facebook|twitter|x|linkedin|"
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
     r"what to read next|around the web|articles similaires|sur le même sujet|dans la même rubrique|"
     r"noticias relacionadas|artículos relacionados|notícias relacionadas|ähnliche artikel)" + _LABEL_END),
    ("read_more",
     r"(?:" + _READ_ALSO + r"|continue reading(?: the (?:main )?story| below)?|"
     r"read (?:the )?full (?:story|article)|read the latest)" + _LABEL_END
     + r"|" + _READ_ALSO + r"\s*[:|»>–—]\s*\S.*"),
    ("source_link",
     r"(?:source link|original (?:article|source)|sources?\s*:\s*(?:\S+\s*){1,8}|"
     r"(?:this (?:article|story) )?(?:was )?(?:originally|first) (?:published|appeared) "
     r"(?:on|in|at|by) .{1,80}|with inputs from .{1,60}|"
     r"(?:this (?:article|story|report|piece) )(?:was |has been |is )?(?:also )?"
     r"(?:translated|available|adapted) (?:from|in|into) (?:the )?(?:original )?[\w -]{2,30}\.?)"),
    ("loading",
     r"(?:loading(?: more)?(?: (?:posts|comments|stories|articles|updates|entries))?|please wait|"
     r"advertisement|advertisements|advertising|ad|publicité|publicidad|anuncio|werbung|"
     r"(?:j'aime |me gusta )?(?:chargement|cargando|carregando)|sponsored(?: content)?|"
     r"skip to (?:main )?(?:content|navigation)|back to top|scroll to top|close|menu|search|"
     r"toggle navigation|open menu|show more|load more|×)\s*(?:\.\.\.|…)?\s*"
     r"|(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?\.?"
     r"|advertisement\s*[-–—:|]\s*.{0,40}"),
    ("caption_marker",
     r"(?:image|photo|picture|video|media) (?:caption|source|credit)s?\b.*"
     r"|(?:file photo|caption|photo|image|picture|photograph)\s*[:|].*"),
    ("photo_credit",
     r"\(?" + _AGENCY + r"(?:\s*/\s*[\w .'’-]{1,40}){0,3}\)?"
     r"|(?:photo|image|picture)s?\s*(?:by|credit|courtesy)\b.{1,60}"),
    ("copyright", r"(?:©|\(c\)|copyright\b).*|powered by \S+(?: \S+)?"),
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
     r"sitemap|rss|careers|advertise(?: with us)?|post navigation|archives|"
     r"recent (?:posts|comments|news|articles|stories)|"
     r"(?:day|week|month|year|today|all time)(?:\s+(?:day|week|month|year|today|all time))+)"
     + _LABEL_END),
    ("reading_time",
     r"\d+\s*(?:min|mins|minutes?)(?: read| reading)?|reading time\b.*|"
     r"[^.!?]{0,60}?[\s|·•,–—-]\d+\s*(?:min|mins|minutes?) read(?:ing)?(?: time)?|"
     r"listen to (?:this )?(?:article|story)\b.*|\d{1,2}:\d{2}(?:\s*min)?"),
    ("time_stamp",
     r"\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:gmt|utc|[a-z]{2,4}t)?(?:\s*\(?[+-]\d+\)?)?"),
    ("date_stamp",
     r"(?:published|updated|last updated|first published|posted)(?: on| at)?\s*:?\s*"
     r"(?:|(?!.*[.!?]$).*(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
     r"\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,2}:\d{2}|\bago\b|"
     r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}).*)"),
    ("wire_credit",
     r"\(?(?:reporting|writing|editing|additional reporting|compiled|produced|edited|"
     r"written|translated) by\b(?!.*[.!?]\s*$).*|our standards\s*:.*"),
    ("author_bio",
     r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} is an? .{0,60}\b(?:journalist|reporter|correspondent|"
     r"writer|editor|analyst|researcher|photographer)\b.{0,40}\b(?:based in|covering|who covers|"
     r"who writes|writes about|focus(?:ing|es) on)\b.*"),
    ("about_outlet",
     r"[A-Z][\w .'’&-]{1,40} is an? (?:[\w-]+ ){0,3}(?:news|media|multimedia|online|digital) "
     r"(?:organi[sz]ation|outlet|website|site|agency|platform|company|network|publication)\b.{0,30}"
     r"\b(?:covering|dedicated to|providing|that covers|reporting on|bringing you)\b.*"),
    ("domain_line", r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?"),
    ("pagination", r"(?:page )?\d+ (?:of|/) \d+|(?:prev|previous|next|older|newer)(?: page| posts)?"),
    ("social_handle", r"@\w+"),
]
# Phrase rules: the pattern may occur anywhere in the line (searching is far
# cheaper than a whole-line match that starts with ".*").
_PHRASE_RULES: list[tuple[str, str]] = [
    ("cookie_consent",
     r"\b(?:uses? cookies|use of cookies|cookie (?:policy|settings|preferences|consent|notice)|"
     r"accept (?:all )?cookies|we value your privacy|manage (?:your )?(?:consent|cookies|preferences)|"
     r"consent to (?:the use of|our use of) cookies)\b"),
    ("javascript", r"\bjavascript\b.*\b(?:disabled|enable|enabled|required|turn on)\b"
                   r"|\b(?:enable|turn on|activate)\b.*\bjavascript\b"),
    ("subscribe",
     r"\b(?:sign up|subscribe|get|receive|delivered|straight|direct)\b.*\b(?:newsletters?|inbox)\b"
     r"|\b(?:newsletters?|inbox)\b.*\b(?:sign up|subscribe|delivered|free)\b"),
    ("caption_credit",
     r"(?:\[[^\]]*(?:/|\b(?:afp|ap|reuters|getty|epa|file|photo|handout|courtesy)\b)[^\]]*\]|"
     r"\((?:photo|image|picture)s? (?:by|credit|courtesy)[^)]*\)|\(ap photo[^)]*\)|"
     r"\([\w .'’&-]{1,30} (?:photo|file photo|photos|image|picture)\)|"
     r"\((?:file )?(?:photo|image|picture)s?(?: credit)?\s*[:/][^)]*\)|"
     r"\b(?:photo|image|picture)s?(?: credit)?\s*[:|]\s*[^.:]{1,50}|"
     r"\(" + _AGENCY + r"(?:\s*/[^)]{1,40})?\)|"
     r"\b(?:reuters|afp|epa|ap)/[a-z][\w.'’-]*(?: [a-z][\w.'’-]*){0,4}(?:/file(?: photo)?)?)\s*$"),
    ("copyright", r"\ball rights reserved\b"),
    ("appeal",
     r"\b(?:support (?:independent|our|quality|local) (?:journalism|reporting)|"
     r"become a (?:member|subscriber|patron|supporter)|donate (?:now|today)|"
     r"make a (?:donation|contribution)|consider (?:supporting|subscribing|donating)\b.{0,60}\b(?:us|journalism|newsroom|independent|reporting)\b|"
     r"(?:good|quality|independent) journalism costs\b|^support\b.{1,40}\bjournalism\b)"),
    ("wire_credit", r"^.{0,120}\bcontributed(?: reporting)? to this (?:report|story|article)\.?$"),
    ("views_disclaimer", r"\b(?:views|opinions) expressed\b|\bdo not necessarily reflect\b|^disclaimer\s*:"
                         r"|\b(?:published|generated) from an? (?:syndicated|agency|wire) feed\b"
                         r"|^editor[’']?s[’']? note\s*:"),
]
_COMPILED_LINE = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in _LINE_RULES]
# Every phrase rule needs one of these substrings; checking them first skips
# the (slow, unanchored) regex search on nearly all body lines.
_PHRASE_HINTS = ("cookie", "privacy", "consent", "manage", "javascript", "newsletter", "inbox", "[", "/",
                 "photo", "image", "picture", "(", "disclaimer", "rights reserved", "journalism",
                 "reporting", "member", "subscriber", "patron", "supporter", "donat",
                 "contribution", "contributed", "expressed", "reflect", "feed", "consider", "note")
# One search for all phrase rules; the named group says which rule matched.
_PHRASE_SEARCH = re.compile(
    "|".join(f"(?P<{name}_{n}>{pattern})" for n, (name, pattern) in enumerate(_PHRASE_RULES)),
    re.IGNORECASE,
)
# Labels and stamps are short; skipping them on longer lines saves most of
# the lexicon's time, since body paragraphs are the bulk of all lines.
LABEL_MAX_WORDS = 12
_LABEL_ONLY_RULES = frozenset({
    "no_letters", "comment_section", "related_block", "loading", "photo_credit",
    "section_label", "reading_time", "time_stamp", "date_stamp", "domain_line", "pagination", "social_handle",
})
_LONG_LINE_RULES = [(name, pattern) for name, pattern in _COMPILED_LINE if name not in _LABEL_ONLY_RULES]

# Case matters for bylines: "By Jane Doe" is furniture, "by the river" is not.
_BYLINE = re.compile(
    r"(?:By|BY|Written by|Posted by|Author:?)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*"
    r"(?:\s*[,|\-–—]\s*[^.!?]{0,60}|\s+(?:on|in)\s+[^.!?]{0,40})?"
)


def match_boilerplate(line: str) -> str | None:
    """Return the name of the lexicon rule that fits the line, else None.

    Whole-line rules must match all of it, phrase rules anywhere in it.
    `line` should be normalised and stripped. Lines longer than
    MAX_LEXICON_WORDS words are never matched (they are prose).
    """
    text = line.strip()
    word_count = len(text.split())
    if word_count > MAX_LEXICON_WORDS:
        return None
    if word_count <= 16 and _BYLINE.fullmatch(text):
        return "byline"
    for name, pattern in _COMPILED_LINE if word_count <= LABEL_MAX_WORDS else _LONG_LINE_RULES:
        if pattern.fullmatch(text):
            return name
    lowered = text.lower()
    if not any(hint in lowered for hint in _PHRASE_HINTS):
        return None
    found = _PHRASE_SEARCH.search(text)
    return found.lastgroup.rsplit("_", 1)[0] if found else None


def is_bare_label(line: str) -> bool:
    """True when a label line carries no value ("Tags :", "Image caption,")."""
    return bool(re.fullmatch(r"[^:,|]{1,40}[:,|]?\s*", line.strip())) and len(line.split()) <= 4
