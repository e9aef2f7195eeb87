"""Constant tables for actors.py: named groups, state units, crowd nouns.

Patterns are regex fragments matched case-insensitively, except `acronyms`,
which match only as written ("IS" the group, not "is" the verb).
Inter codes follow ACLED: insurgent and jihadist groups are rebels (2);
cartels, pro-government and party militias are political militias (3);
ethnic and communal militias are identity militias (4); foreign
mercenaries and multinational forces are external (8).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NamedGroup:
    name: str
    kind: str  # an actors.py kind: rebel, political_militia, identity_militia, external, military
    country: str | None  # ISO2 of the group's home, None for transnational groups
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()


_AL = r"al[\s-]?"  # al-Shabab, al Shabab, alShabab

NAMED_GROUPS: tuple[NamedGroup, ...] = (
    NamedGroup("Taliban", "rebel", "AF", (r"(?:afghan\s+)?talib[ae]n",)),
    NamedGroup("TTP", "rebel", "PK", (r"pakistani\s+taliban", r"tehr[ei]e?k[\s-]+[ei][\s-]+taliban(?:[\s-]+pakistan)?",
                                      r"tehreek[\s-]+e[\s-]+taliban(?:[\s-]+pakistan)?"), ("TTP",)),
    NamedGroup("Islamic State", "rebel", None, (
        r"islamic\s+state(?:\s+group)?", r"islamic\s+state\s+of\s+iraq\s+and\s+(?:the\s+levant|syria|al-sham)",
        r"daesh", r"daish"), ("IS", "ISIS", "ISIL")),
    NamedGroup("Islamic State Khorasan Province", "rebel", "AF", (
        r"islamic\s+state[\s-]+khorasan(?:\s+province)?",), ("ISKP", "ISIS-K", "IS-K", "ISK")),
    NamedGroup("ISWAP", "rebel", "NG", (
        r"islamic\s+state(?:'s)?\s+(?:in\s+)?west\s+africa(?:\s+province)?",), ("ISWAP", "ISWA")),
    NamedGroup("Islamic State Sahel Province", "rebel", None, (
        r"islamic\s+state\s+(?:in\s+the\s+)?(?:greater\s+sahara|sahel)(?:\s+province)?",),
        ("ISGS", "ISSP", "IS Sahel", "EIGS")),
    NamedGroup("ADF", "rebel", "CD", (r"allied\s+democratic\s+forces",
                                      r"islamic\s+state\s+central\s+africa(?:\s+province)?"), ("ADF", "ISCAP")),
    NamedGroup("Al Shabaab", "rebel", "SO", (_AL + r"shabaa?b", r"harakat\s+al[\s-]shabaab\s+al[\s-]mujahideen")),
    NamedGroup("Boko Haram", "rebel", "NG", (r"boko\s+haram",), ("JAS",)),
    NamedGroup("Ansaru", "rebel", "NG", (r"ansaru",)),
    NamedGroup("Lakurawa", "rebel", "NG", (r"lakurawa",)),
    NamedGroup("JNIM", "rebel", "ML", (
        r"jama['’]?a?t\s+nus?rat\s+al[\s-]islam\s+wa[\s-]?al[\s-]?muslimin",
        r"(?:group\s+for\s+the\s+)?support\s+(?:group\s+)?(?:for|of)\s+islam\s+and\s+muslims",
        r"katiba\s+macina", r"macina\s+liberation\s+front"), ("JNIM", "GSIM")),
    NamedGroup("Ansarul Islam", "rebel", "BF", (r"ansar(?:ul|\s+al)[\s-]islam",)),
    NamedGroup("AQIM", "rebel", None, (_AL + r"qa[e']?ida\s+in\s+the\s+islamic\s+maghreb",), ("AQIM",)),
    NamedGroup("AQAP", "rebel", "YE", (_AL + r"qa[e']?ida\s+in\s+the\s+arabian\s+peninsula",), ("AQAP",)),
    NamedGroup("Al Qaeda", "rebel", None, (_AL + r"qa[e'’]?ida",)),
    NamedGroup("Houthis", "rebel", "YE", (r"hou?this?", r"huthis?", r"ansar\s*allah", r"ansarullah")),
    NamedGroup("Hamas", "rebel", "PS", (r"hamas", r"(?:izz\s+ad[\s-]din\s+)?al[\s-]qassam\s+brigades?",
                                        r"qassam\s+brigades?")),
    NamedGroup("Palestinian Islamic Jihad", "rebel", "PS", (r"(?:palestinian\s+)?islamic\s+jihad",
                                                             r"al[\s-]quds\s+brigades?"), ("PIJ",)),
    NamedGroup("Kataib Hezbollah", "political_militia", "IQ", (r"kata['’]?[ie]b\s+hez?b[ou]llah",)),
    NamedGroup("Hezbollah", "political_militia", "LB", (r"hez?b[ou]llah", r"hizbullah")),
    NamedGroup("Hayat Tahrir al-Sham", "rebel", "SY", (r"hay['’]?at\s+tahrir\s+al[\s-]sham", r"tahrir\s+al[\s-]sham"),
               ("HTS",)),
    # The YPG is the SDF's core: ACLED codes its post-2015 actions as the SDF.
    NamedGroup("Syrian Democratic Forces", "rebel", "SY", (r"syrian\s+democratic\s+forces",
                                                            r"people['’]s\s+protection\s+units"), ("SDF", "YPG")),
    NamedGroup("Syrian National Army", "rebel", "SY", (r"syrian\s+national\s+army",), ("SNA",)),
    NamedGroup("Popular Mobilization Forces", "political_militia", "IQ", (
        r"popular\s+mobili[sz]ation\s+(?:forces|units)", r"hashd(?:\s+al[\s-]sha['’]?a?bi)?",
        r"hashed\s+al[\s-]sha['’]?a?bi"), ("PMF", "PMU")),
    NamedGroup("PKK", "rebel", "TR", (r"kurdistan\s+workers['’]?\s+party",), ("PKK",)),
    # "Janjaweed" is RSF: the RSF was formed from the Janjaweed in 2013 and news of the current war
    # uses the name for the RSF and its allied militias (pre-2013 Darfur articles would be miscoded).
    NamedGroup("Rapid Support Forces", "rebel", "SD", (r"rapid\s+support\s+forces?", r"janjaw[ie]e?d(?:\s+militias?)?"),
               ("RSF",)),
    NamedGroup("SPLM/A-In Opposition", "rebel", "SS", (r"splm?[\s/-]*a?[\s-]*(?:io|in[\s-]opposition)",)),
    NamedGroup("M23", "rebel", "CD", (r"march\s+23\s+movement", r"mouvement\s+du\s+23\s+mars"), ("M23", "AFC/M23")),
    NamedGroup("CODECO", "identity_militia", "CD", (
        r"codeco", r"cooperative\s+for\s+the\s+development\s+of\s+(?:the\s+)?congo")),
    NamedGroup("Twirwaneho", "identity_militia", "CD", (r"twirwaneho",)),
    NamedGroup("Mai-Mai Militia", "political_militia", "CD", (r"ma[iy]i?[\s-]ma[iy]i?(?:\s+militias?)?", r"wazalendo")),
    NamedGroup("Fano", "identity_militia", "ET", (r"fano(?:\s+militias?)?",)),
    NamedGroup("TPLF", "rebel", "ET", (r"tigray\s+people['’]s\s+liberation\s+front", r"tigray(?:an)?\s+defen[cs]e\s+forces",
                                       r"tigrayan\s+forces"), ("TPLF", "TDF")),
    NamedGroup("Oromo Liberation Army", "rebel", "ET", (r"oromo\s+liberation\s+army", r"olf[\s-]shene"), ("OLA",)),
    # Russian mercenaries, whoever they fight alongside, are external forces (8), never the state's army.
    NamedGroup("Wagner Group", "external", None, (
        r"wagner(?:\s+group)?", r"africa\s+corps",
        r"russian\s+(?:private\s+)?(?:mercenar(?:y|ies)|paramilitar(?:y|ies)|military\s+contractors|pmcs?)")),
    NamedGroup("Arakan Army", "rebel", "MM", (r"arakan\s+army",)),
    NamedGroup("People's Defence Force", "rebel", "MM", (r"people['’]s\s+defen[cs]e\s+forces?",), ("PDF", "PDFs")),
    NamedGroup("Kachin Independence Army", "rebel", "MM", (r"kachin\s+independence\s+army",), ("KIA",)),
    NamedGroup("Karen National Liberation Army", "rebel", "MM", (r"karen\s+national\s+(?:liberation\s+army|union)",),
               ("KNLA", "KNU")),
    NamedGroup("Ta'ang National Liberation Army", "rebel", "MM",
               (r"ta['’]?ang\s+national\s+liberation\s+army",), ("TNLA",)),
    NamedGroup("MNDAA", "rebel", "MM", (r"myanmar\s+national\s+democratic\s+alliance\s+army",), ("MNDAA",)),
    NamedGroup("Baloch Liberation Army", "rebel", "PK", (r"balochistan\s+liberation\s+army", r"baloch\s+liberation\s+army"),
               ("BLA",)),
    NamedGroup("Lashkar-e-Taiba", "rebel", "PK", (r"lashkar[\s-]+e[\s-]+ta[iy]y?ib?a",), ("LeT",)),
    NamedGroup("Jaish-e-Mohammed", "rebel", "PK", (r"jaish[\s-]+e[\s-]+moh?amm?[ae]d",), ("JeM",)),
    NamedGroup("Jalisco New Generation Cartel", "political_militia", "MX", (
        r"jalisco\s+new\s+generation(?:\s+cartel)?", r"jalisco\s+cartel", r"cartel\s+jalisco\s+nueva\s+generaci[oó]n"),
        ("CJNG",)),
    NamedGroup("Sinaloa Cartel", "political_militia", "MX", (r"sinaloa\s+cartel", r"cartel\s+de\s+sinaloa")),
    NamedGroup("Gulf Clan", "political_militia", "CO", (r"clan\s+del\s+golfo", r"gulf\s+clan"), ("AGC",)),
    NamedGroup("ELN", "rebel", "CO", (r"national\s+liberation\s+army\s+\(eln\)",), ("ELN",)),
    NamedGroup("FARC dissidents", "rebel", "CO", (r"farc\s+dissidents?",), ("FARC", "EMC")),
    NamedGroup("Ambazonian Separatists", "rebel", "CM", (r"ambazonian?\s+(?:separatists|fighters|defen[cs]e\s+forces)",
                                                          r"amba\s+boys",
                                                          r"anglophone\s+(?:separatists?|secessionists?|rebels|fighters)")),
    NamedGroup("VDP", "political_militia", "BF",
               (r"volunteers\s+for\s+the\s+defen[cs]e\s+of\s+the\s+homeland",), ("VDP",)),
    NamedGroup("Civilian JTF", "political_militia", "NG", (r"civilian\s+joint\s+task\s+force",), ("CJTF",)),
    NamedGroup("Right Sector", "political_militia", "UA", (r"right\s+sector",)),
    NamedGroup("Dozo Militia", "identity_militia", None, (r"dozos?(?:\s+hunters)?",)),
    NamedGroup("Koglweogo Militia", "identity_militia", "BF", (r"koglweogo",)),
    NamedGroup("Dan Na Ambassagou", "identity_militia", "ML", (r"dan\s+na\s+ambassagou",)),
    NamedGroup("Fulani Ethnic Militia", "identity_militia", None, (
        r"fulani\s+(?:militias?|militiamen|gunmen|herdsmen|herders|fighters)",)),
    NamedGroup("FACT", "rebel", "TD", (r"front\s+for\s+change\s+and\s+concord\s+in\s+chad",), ("FACT",)),
    NamedGroup("CPC", "rebel", "CF", (r"coalition\s+of\s+patriots\s+for\s+change",), ("CPC",)),
    NamedGroup("3R", "rebel", "CF", (r"return,?\s+reclamation\s+(?:and|,)\s+rehabilitation",), ("3R",)),
    NamedGroup("UPC", "rebel", "CF", (r"union\s+for\s+peace\s+in\s+(?:the\s+)?central\s+african\s+republic",), ("UPC",)),
    NamedGroup("FPRC", "rebel", "CF", (r"popular\s+front\s+for\s+the\s+renaissance\s+of\s+(?:the\s+)?central\s+africa\w*",),
               ("FPRC",)),
    NamedGroup("Anti-Balaka", "identity_militia", "CF", (r"anti[\s-]balaka(?:\s+militias?)?",)),
    # the 2012-13 rebel coalition that took Bangui; not its "ex-Seleka" factions after 2014 (the UPC, the FPRC,
    # named in their own stories) nor "the FPRC, a former Seleka rebel group"
    NamedGroup("Seleka", "rebel", "CF",
               (r"(?<!former\s)(?<!ex-)(?<!ex\s)s[ée]l[ée]ka(?:\s+(?:rebel\s+)?coalition)?",)),
    # West Bank settlers who raid Palestinian villages (never "settlers" alone: Plateau's "settlers" are a people)
    NamedGroup("Settlers (Israel)", "identity_militia", "PS", (r"(?:israeli|jewish)\s+settlers?",)),
    NamedGroup("CMA", "rebel", "ML", (r"coordination\s+of\s+(?:the\s+)?azawad\s+movements",
                                      r"permanent\s+strategic\s+framework", r"azawad\s+(?:rebels|separatists)"),
               ("CMA", "CSP", "CSP-PSD")),
    NamedGroup("National Resistance Front", "rebel", "AF", (r"national\s+resistance\s+front(?:\s+of\s+afghanistan)?",),
               ("NRF",)),
    NamedGroup("IPOB", "rebel", "NG", (r"indigenous\s+people\s+of\s+biafra", r"eastern\s+security\s+network"),
               ("IPOB", "ESN")),
    NamedGroup("FDLR", "rebel", "CD", (r"democratic\s+forces\s+for\s+the\s+liberation\s+of\s+rwanda",), ("FDLR",)),
    NamedGroup("SPLM-N", "rebel", "SD", (r"sudan\s+people['’]?s\s+liberation\s+(?:movement|army)[\s-]+north",
                                         r"splm?[\s/-]*a?[\s-]+n(?:orth)?\b"), ("SPLM-N",)),
    NamedGroup("JEM", "rebel", "SD", (r"justice\s+and\s+equality\s+movement",), ("JEM",)),
    NamedGroup("SLM/A", "rebel", "SD", (r"sudan\s+liberation\s+(?:movement|army)(?:[\s/-]+(?:army|movement))?",),
               ("SLM", "SLA", "SLM/A")),
    NamedGroup("NAS", "rebel", "SS", (r"national\s+salvation\s+front",), ("NAS",)),
    NamedGroup("White Army", "identity_militia", "SS", (r"(?-i:White\s+Army)",)),
    NamedGroup("Karenni Nationalities Defence Force", "rebel", "MM", (
        r"karenni\s+nationalities\s+defen[cs]e\s+forces?", r"karenni\s+(?:army|resistance\s+forces)"), ("KNDF",)),
    NamedGroup("Chinland Defence Force", "rebel", "MM", (r"chin(?:land)?\s+defen[cs]e\s+forces?", r"chin\s+national\s+army"),
               ("CNA",)),
    NamedGroup("ARSA", "rebel", "MM", (r"arakan\s+rohingya\s+salvation\s+army",), ("ARSA",)),
    NamedGroup("Balochistan Liberation Front", "rebel", "PK", (r"baloch(?:istan)?\s+liberation\s+front",), ("BLF",)),
    NamedGroup("Jaish al-Adl", "rebel", "IR", (r"jaish\s+al[\s-]adl",)),
    NamedGroup("Lashkar-e-Jhangvi", "rebel", "PK", (r"lashkar[\s-]+e[\s-]+jhangvi",), ("LeJ",)),
    NamedGroup("Al-Aqsa Martyrs' Brigades", "rebel", "PS", (r"al[\s-]aqsa\s+martyrs['’]?\s+brigades?",)),
    NamedGroup("Lions' Den", "rebel", "PS", (r"lions['’]?\s+den",)),
    NamedGroup("Southern Transitional Council", "political_militia", "YE", (
        r"southern\s+transitional\s+council", r"security\s+belt(?:\s+forces)?"), ("STC",)),
    NamedGroup("Giants Brigades", "political_militia", "YE", (r"giants\s+brigades?", r"al[\s-]amaliqa"),),
    NamedGroup("Ahlu Sunna Wal Jamaa", "political_militia", "SO", (r"ahlu\s+sunn?a\s+wa[\s-]?l?[\s-]?jama['’]?a",),
               ("ASWJ",)),
    NamedGroup("Asaib Ahl al-Haq", "political_militia", "IQ", (r"asa['’]?ib\s+ahl\s+al[\s-]haq",), ("AAH",)),
    NamedGroup("Free Syrian Army", "rebel", "SY", (r"free\s+syrian\s+army",), ("FSA",)),
    # Libya's two rival armies: Haftar's is its own side (the coders' "Libyan National Army")
    NamedGroup("Libyan National Army", "political_militia", "LY", (
        # (AP spells him "Hifter")
        r"libyan\s+national\s+army", r"libyan\s+arab\s+armed\s+forces",
        r"h[aie]ft[ae]r['’]?s?\s+(?:forces|troops|fighters|army|militias?)",
        r"forces\s+loyal\s+to\s+(?:(?:military\s+)?commander\s+)?(?:khalifa\s+)?h[aie]ft[ae]r",
        r"(?:operation\s+)?dignity\s+forces", r"operation\s+dignity"), ("LNA", "LAAF")),
    # the 2014-15 coalition of Misratan and Islamist militias that took Tripoli
    NamedGroup("Libya Dawn", "political_militia", "LY", (r"(?:operation\s+)?libya\s+dawn", r"fajr\s+libya")),
    NamedGroup("Islamic State Mozambique Province", "rebel", "MZ", (
        r"islamic\s+state(?:'s)?\s+mozambique(?:\s+province)?", r"ansar\s+al[\s-]sunn?a",
        r"ahlu\s+sunn?ah?\s+wa[\s-]jama['’]?a?", _AL + r"shabaa?b"), ("ISMP", "ISM")),
    # State forces named by their own acronym or title carry their country.
    NamedGroup("", "military", "SS", (r"south\s+sudan\s+people['’]?s\s+defen[cs]e\s+forces?",), ("SSPDF",)),
    # Uganda's army fights the ADF in eastern Congo and al-Shabaab in Somalia: not Myanmar's People's Defence Force
    NamedGroup("", "military", "UG", (r"ugandan?\s+people['’]?s\s+defen[cs]e\s+forces?",), ("UPDF",)),
    NamedGroup("", "military", "IQ", (r"peshmerga",)),
    NamedGroup("", "military", "SY", (r"syrian\s+arab\s+army",), ("SAA",)),
    NamedGroup("", "military", "IL", (r"israel(?:i)?\s+defen[cs]e\s+forces",), ("IDF",)),
    NamedGroup("", "military", "CD", (r"fardc",)),
    NamedGroup("", "military", "ML", (r"fama", r"malian\s+armed\s+forces"), ("FAMa",)),
    NamedGroup("", "military", "ET", (r"ethiopian\s+national\s+defen[cs]e\s+forces?",), ("ENDF",)),
    NamedGroup("", "military", "SD", (r"sudanese\s+armed\s+forces",), ("SAF",)),
    NamedGroup("", "military", "LY", (r"government\s+of\s+national\s+(?:accord|unity)\s+forces",
                                      r"forces\s+(?:loyal\s+to|of)\s+the\s+government\s+of\s+national\s+(?:accord|unity)"),
               ("GNA",)),
    NamedGroup("", "military", "SO", (r"somali\s+national\s+army",), ("SNA",)),
    # the US military's regional commands: "the US Africa Command said its aircraft struck ..."
    NamedGroup("", "military", "US", (r"(?:u\.?s\.?\s+|united\s+states\s+)?(?:africa|central)\s+command",),
               ("AFRICOM", "CENTCOM")),
    NamedGroup("", "military", "AF", (r"afghan\s+national\s+(?:army|defen[cs]e\s+and\s+security\s+forces|security\s+forces)",),
               ("ANA", "ANDSF", "ANSF")),
    NamedGroup("", "police", "AF", (r"afghan\s+national\s+police",), ("ANP",)),
    NamedGroup("", "military", "MM", (r"tatmadaw",)),
    # Lebanon's police; in north-east Syria the same words name the Kurdish-led Asayish (first: the name
    # anywhere else)
    NamedGroup("Internal Security Forces", "political_militia", "SY", (r"internal\s+security\s+forces?",)),
    NamedGroup("", "police", "LB", (r"internal\s+security\s+forces?",)),
    NamedGroup("", "military", "UA", (r"armed\s+forces\s+of\s+ukraine",), ("AFU", "ZSU")),
    NamedGroup("", "military", "MX", (r"guardia\s+nacional",)),
    NamedGroup("NATO", "external", None, (r"north\s+atlantic\s+treaty\s+organi[sz]ation",), ("NATO",)),
    # Generic UN peacekeeping; actors.py renames it to the mission when the sentence names one.
    NamedGroup("United Nations", "external", None, (
        r"(?:united\s+nations|(?-i:UN|U\.N\.?))\s+(?:peacekeeping\s+)?(?:peacekeepers|missions?|forces?|troops|"
        r"soldiers|contingents?|personnel|bases?|convoys?|patrols?|stabili[sz]ation\s+mission)",
        r"peacekeepers", r"peacekeeping\s+(?:missions?|forces?|troops|soldiers|contingents?)", r"blue\s+helmets"),
        ("UN peacekeepers",)),
    NamedGroup("MONUSCO", "external", "CD", (r"monusco",)),
    NamedGroup("MINUSMA", "external", "ML", (r"minusma",)),
    NamedGroup("MINUSCA", "external", "CF", (r"minusca",)),
    NamedGroup("UNIFIL", "external", "LB", (r"unifil",)),
    NamedGroup("UNMISS", "external", "SS", (r"unmiss",)),
    NamedGroup("UNAMID", "external", "SD", (r"unamid",)),
    NamedGroup("UNISFA", "external", "SD", (r"unisfa",)),
    NamedGroup("UNDOF", "external", "SY", (r"undof",)),
    NamedGroup("AMISOM", "external", "SO", (r"amisom",)),
    NamedGroup("ATMIS", "external", "SO", (r"atmis", r"aussom", r"african\s+union\s+(?:troops|forces|peacekeepers)")),
)

# Militias that fight for the state: never the "gunmen" of an attack story, and whoever kills
# them is the state's enemy.
PRO_GOVERNMENT_MILITIAS = frozenset({"VDP", "Civilian JTF", "Koglweogo Militia", "Dozo Militia", "Dan Na Ambassagou",
                                     "Popular Mobilization Forces", "Ahlu Sunna Wal Jamaa", "Giants Brigades"})

# UN missions by name: a generic "UN peacekeepers" in the same sentence is that mission.
UN_MISSIONS = frozenset({"MONUSCO", "MINUSMA", "MINUSCA", "UNIFIL", "UNMISS", "UNAMID", "UNISFA", "UNDOF"})

# Acronyms that mean something else elsewhere ("PDF" files, "KIA" killed in action, "RSF"
# Reporters Without Borders): they name the group only in an event in one of these countries
# (or when the event's country is unknown).
ACRONYM_COUNTRIES: dict[str, frozenset[str]] = {
    acronym: frozenset(codes.split()) for acronym, codes in {
        "PDF": "MM", "PDFs": "MM", "KIA": "MM", "KNU": "MM", "KNLA": "MM", "TNLA": "MM",
        "SAF": "SD", "RSF": "SD TD SS", "SNA": "SO SY", "ANA": "AF", "ANP": "AF", "ANSF": "AF",
        "ANDSF": "AF", "ISK": "AF PK", "ADF": "CD UG", "BLA": "PK", "TDF": "ET", "OLA": "ET",
        "EMC": "CO", "AGC": "CO", "ELN": "CO VE", "JAS": "NG NE TD CM", "PMU": "IQ", "PMF": "IQ",
        "AFU": "UA", "ZSU": "UA", "SDF": "SY IQ TR", "HTS": "SY", "VDP": "BF", "CJTF": "NG",
        "LeT": "IN PK AF", "JeM": "IN PK AF", "TTP": "PK AF", "EIGS": "ML NE BF",
        "FACT": "TD LY", "CPC": "CF", "UPC": "CF", "CMA": "ML", "CSP": "ML", "NRF": "AF", "ESN": "NG",
        "JEM": "SD TD", "SLM": "SD", "SLA": "SD", "NAS": "SS", "CNA": "MM", "BLF": "PK", "LeJ": "PK",
        "STC": "YE", "ASWJ": "SO", "AAH": "IQ", "FSA": "SY", "ISM": "MZ", "ISMP": "MZ", "SAA": "SY",
        "3R": "CF", "FDLR": "CD RW",
    }.items()
}

# Nouns that may follow a group name and still name the group ("Taliban fighters").
GROUP_SUFFIXES = (
    r"fighters", r"fighter", r"militants", r"militant", r"insurgents", r"insurgent", r"rebels", r"rebel",
    r"gunmen", r"members", r"member", r"militiamen", r"militias?", r"forces", r"jihadists", r"troops",
    r"terrorists", r"group", r"movement", r"commanders?", r"leaders?", r"suicide\s+bombers?", r"operatives",
    r"elements", r"combatants", r"guerrillas", r"mercenaries", r"units?", r"cells?", r"affiliates?",
    r"loyalists", r"soldiers", r"men", r"peacekeepers", r"hitmen", r"sicarios", r"volunteers",
    r"air\s*strikes?", r"strikes", r"warplanes", r"jets", r"drones", r"aircraft", r"rockets", r"positions",
    r"factions?",
)

# State units; "weapons" are state only with a country ("Russian missiles").
STATE_UNITS: dict[str, tuple[str, ...]] = {
    "military": (
        r"armed\s+forces", r"army", r"military", r"soldiers?", r"troops", r"security\s+forces",
        r"government\s+forces", r"government\s+troops", r"pro-government\s+forces", r"state\s+forces",
        r"regime\s+forces", r"defen[cs]e\s+forces?", r"special\s+forces", r"commandos?", r"paratroopers",
        r"marines", r"navy", r"air\s+force", r"servicem[ae]n", r"national\s+guard", r"junta(?:\s+troops|\s+forces)?",
        r"military\s+junta", r"coalition\s+forces", r"national\s+army", r"government\s+positions",
        r"national\s+defen[cs]e\s+forces?", r"federal\s+(?:forces|troops)", r"air\s+defen[cs]es?",
        r"occupation\s+(?:forces|troops)", r"border\s+guards?",
        # a state's guard corps are its forces: "Iran's Revolutionary Guards", "Syria's Republican Guard"
        r"(?:islamic\s+)?revolutionary\s+guards?(?:\s+corps)?", r"republican\s+guards?", r"presidential\s+guards?",
        r"security\s+personnel", r"troopers",
    ),
    "police": (
        r"police", r"policem[ae]n", r"police\s+officers?", r"riot\s+police", r"anti-riot\s+police",
        r"border\s+police", r"traffic\s+police", r"federal\s+police", r"national\s+police", r"gendarmes?",
        r"gendarmerie", r"cops", r"law\s+enforcement(?:\s+officers)?", r"police\s+forces?",
        r"counter-terrorism\s+police", r"security\s+officers", r"constables?",
    ),
    "government": (
        r"government", r"authorities", r"regime", r"(?:defen[cs]e|interior|foreign)\s+ministry",
        r"ministry\s+of\s+(?:defen[cs]e|interior|foreign\s+affairs)", r"administration", r"kremlin",
    ),
    "weapons": (
        r"forces", r"strikes?", r"air\s*strikes?", r"drone\s+strikes?", r"missiles?", r"rockets?", r"drones?",
        r"warplanes?", r"(?:fighter\s+)?jets", r"aircraft", r"fighter\s+(?:jets?|planes?|aircraft|bombers?)",
        r"helicopters?", r"gunships?", r"artillery", r"warships?", r"destroyers", r"frigates?", r"submarines?",
        r"shelling", r"tanks", r"shells", r"bombardment", r"bombing", r"raids?", r"officers", r"officials", r"enemy",
        r"units", r"personnel",
    ),
}

# "fighter jets/planes" are aircraft, not armed men.
_FIGHTERS = r"fighters?(?!\s+(?:jets?|planes?|aircraft|bombers?|pilots?|squadrons?))"

# Typed crowds and unnamed armed men.
GENERIC_NOUNS: dict[str, tuple[str, ...]] = {
    "unidentified": (
        r"gunm[ae]n", r"(?:heavily\s+)?armed\s+m[ae]n", r"assailants?", r"attackers?", r"bandits?", r"militants?",
        r"insurgents?", r"rebels?", r"jihadists?", r"jihadis", _FIGHTERS, r"terrorists?", r"extremists?", r"islamists?",
        r"armed\s+groups?", r"unidentified\s+armed\s+groups?", r"suicide\s+bombers?", r"bombers?",
        r"kidnappers?", r"abductors?", r"raiders?", r"militiam[ae]n", r"militias?", r"separatists?", r"armed\s+bandits",
        r"guerrillas?", r"criminals", r"hitmen", r"cartel\s+(?:members|gunmen)", r"gangs?", r"gang\s+members",
        r"gangsters", r"pro-government\s+militias?",
        # armed locals: "a self-defence group", "vigilantes" fight, they are no mob
        r"vigilantes?", r"self-defen[cs]e\s+(?:groups?|committees?|militias?|forces?|units?)",
        r"local\s+defen[cs]e\s+(?:groups?|forces?|militias?)",
    ),
    "civilians": (
        r"civilians?", r"villagers?", r"residents?", r"worshipp?ers?", r"students?", r"pupils", r"schoolchildren",
        r"children", r"child", r"women\s+and\s+children", r"wom[ae]n", r"farmers?", r"passengers?", r"people",
        r"persons?", r"traders?", r"teachers?", r"journalists?", r"reporters?", r"aid\s+workers?",
        r"health\s+workers?", r"doctors?", r"nurses?", r"patients", r"herders?", r"fishermen", r"miners",
        r"pilgrims", r"refugees", r"idps", r"motorists", r"travell?ers", r"commuters", r"shoppers", r"family",
        r"families", r"locals", r"inhabitants", r"m[ae]n", r"boys?", r"girls?", r"village\s+chiefs?", r"imams?",
        r"priests?", r"pastors?", r"clerics?", r"monks?", r"christians", r"muslims", r"mourners", r"wedding\s+guests",
        r"displaced\s+people", r"drivers?", r"victims", r"hostages", r"prisoners", r"detainees", r"inmates",
        r"migrants", r"bystanders", r"worshipp?ers",
    ),
    "protesters": (
        r"protest[eo]rs?", r"demonstrators?", r"marchers", r"activists", r"strikers", r"striking\s+workers",
    ),
    "rioters": (r"rioters?", r"mobs?", r"angry\s+crowds?", r"looters"),
}
