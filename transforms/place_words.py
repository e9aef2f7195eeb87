"""Words place scanning and reading share: admin-unit nouns, name shapes, levels."""
from __future__ import annotations

UNIT_KIND = {
    "district": "district", "county": "district", "municipality": "district",
    "subdistrict": "district", "sub-district": "district", "commune": "district",
    "subdivision": "district", "sub-division": "district",
    "lga": "district", "local government area": "district", "department": "district",
    "province": "province", "state": "province", "governorate": "province",
    "oblast": "province", "prefecture": "province", "region": "region",
    "city": "city", "town": "city", "village": "village", "hamlet": "village",
    "neighbourhood": "place", "neighborhood": "place", "township": "district",
}
# the kinds of mention that name an admin unit (UNIT_KIND's values above city and village)
ADMIN_KINDS = frozenset({"district", "province", "region"})
UNIT = r"(?i:local government area|sub-?district|sub-?division|district|county|municipality|commune|lga|department|province|state|governorate|oblast|prefecture|region|city|town|village|hamlet|neighbou?rhood|township)"
# "al-Mawasi", "ash-Shati": a lower-case Arabic article before a capitalised name
ARTICLE_PREFIX = r"(?:al|el|ad|ar|as|ash|at|az|an)-"
# inside a name the article may be assimilated too: "Deir ez-Zor", "Ras al-Ain", "Tell es-Sultan"
INNER_ARTICLE = r"[ae](?:l|d|dh|r|s|sh|t|th|z|n)-"
NAME = rf"(?:{ARTICLE_PREFIX})?(?:[A-Z][\w'’]*(?:-[\w'’]+)*)(?:\s+(?:{INNER_ARTICLE}|(?:de|du|da|do|dos|das|del|de\s+la|la|le|of)\s+)?[A-Z][\w'’]*(?:-[\w'’]+)*){{0,3}}"
COMPASS = r"(?i:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)"
# words that describe a place before its name ("the restive Swat valley", "in the remote Rajgal valley")
PLACE_ADJECTIVE = (r"(?:occupied|besieged|restive|troubled|war-torn|volatile|rebel-held|neighbou?ring|disputed|contested|"
                   r"embattled|remote|breakaway|semi-autonomous)")
# the word of a bearing before "of" ("south", "north-east", "western"; lower case, callers set the case)
BEARING = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
# "swept into Bangui", "gunmen swarmed into Sulaiman Bek": verbs of forcing into a town, where the act is
FORCED_ENTRY = r"swept|stormed|burst|rolled|surged|swarmed|slipped|pushed|advanced"
LEVEL = {"village": 0, "city": 1, "capital": 1, "place": 1, "district": 2, "region": 3, "province": 3, "country": 4}
# Peoples and faiths: "a predominantly Kurdish town", "a Fulani village" describe, never name (peoples
# whose name is also a state's or region's, "Kachin State", "Amhara region", are left out)
ETHNIC_ADJECTIVES = frozenset("""Kurdish Arab Arabic Pashtun Tajik Uzbek Hazara Baloch Balochi Sindhi Punjabi Hausa
Fulani Fula Peul Tuareg Yoruba Igbo Kanuri Amharic Tigrayan Oromo Dinka Nuer Shilluk Murle
Masalit Zaghawa Fur Berber Amazigh Turkmen Yazidi Druze Alawite Shia Shiite Sunni Christian Muslim Catholic
Buddhist Hindu Rohingya Bamar Tatar Chechen Hutu Tutsi Banyamulenge Hema Lendu
Nande Twa Luba Anglophone Francophone""".split())
# "the central African state", "a West African nation": a continent's word, no unit's name
CONTINENTAL_ADJECTIVES = frozenset("""African Asian European Arab Arabian American Latin Sahelian Balkan Caucasian
Nordic Eurasian""".split())

# Parts of a town its name can own: "Avdiivka's industrial zone", "Kabul's airport" (a place, not a
# metonym, and the owner is where it happened)
TOWN_PARTS = frozenset("zone district outskirts outskirt suburb suburbs centre center neighbourhoods neighborhoods "
                       "quarter quarters port airport countryside environs market markets bazaar".split())
