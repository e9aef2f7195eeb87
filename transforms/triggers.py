"""Trigger lexicon: which sentences may report an event, and what kind.

Each cue names a family of acts (capture, shelling, protest, ...). A regex
pass over every sentence is cheap; only sentences with at least one cue are
parsed by spaCy. Weak cues ("fighting", "attack" as a bare noun) need more
evidence later (a place, an opponent, a toll) before they become events.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_W = r"(?:\w+\s+){0,3}?"  # up to three filler words
# military aircraft by their makers' names ("an Antonov bombed farms", "Sukhoi jets", "MiG-23s"), case kept
AIRCRAFT_MAKERS = r"(?-i:Antonovs?|Sukhois?|MiG(?:-\d+s?)?|Ilyushins?|Tupolevs?)"

# killing the captive: "executed at least 50 members of a tribe", "beheaded"
EXECUTION = r"execut(?:ed|ing)|behead\w*"
# a crowd out in the streets ("thousands poured onto the streets"; "anger spilled onto the streets" is a mood)
CROWD_IN_THE_STREETS = (r"(?:poured|spilled|flooded|streamed)\s+(?:out\s+)?(?:in)?to\s+the\s+streets|"
                        r"poured\s+(?:out\s+)?onto\s+the\s+streets")

# (cue, pattern, strong). Order matters only for readability.
# what candidates and negotiators withdraw from: no ground left ("withdrew from the race", "from the talks")
_NO_GROUND = r"(?:race|elections?|polls?|contest|talks|negotiations|agreement|deal|accord|treaty|tournament|competition)"
_LEXICON: tuple[tuple[str, str, bool], ...] = (
    ("recapture", r"\b(?:recaptur\w*|re-?enter(?:ed|s|ing)|retook|retak(?:e|es|en|ing)|regain\w*(?!\s+(?:(?:their|his|her|its|our)\s+)?(?:freedom|liberty|consciousness|composure|strength))|reclaim\w*|liberat(?:ed|es|ing|ion)|won back|wrested back|back under (?:government|army|state) control)\b", True),
    # "the occupied West Bank", "Israeli-occupied", "RAMALLAH, Occupied ...": a status, not a capture
    # "a fifth attacker was captured alive": a person taken, not territory
    ("capture", r"\b(?:captur(?:e|ed|es|ing)(?!\s+alive)|seiz(?:e|ed|es|ing|ure)|overr(?:a|u)n\w*|overtook|occup(?:y|ies|ying)|(?<!the\s)(?<!-)(?<!,\s)(?<!near\s)(?<!\bin\s)(?<!\bof\s)(?<!from\s)(?<!\bto\s)(?<!into\s)(?<!\bat\s)(?<!across\s)(?<!around\s)(?<!outside\s)occupied(?!\s+(?:territor|land|area|zone|region)))\b", True),
    ("capture", r"\bt(?:ook|aken)\s+the\s+(?:\w+\s+)?(?:town|city|village|district|base|airport|border\s+town|"
                r"hill|hills|towns|villages|heights)\s+of\s+(?-i:[A-Z])", True),
    ("capture", r"\b(?:t(?:ook|ake|akes|aken|aking)\s+(?:full\s+)?control|gain(?:ed|s)?\s+control|t(?:ook|ake|akes|aken|aking)\s+over"
                r"(?!\s+(?:the\s+)?(?:security\s+)?(?:patrol\w*|security|guard\w*|dut(?:y|ies)|responsibilit\w+|running|"
                r"management|administration|investigation|command|leadership|presidency|chairmanship|probe|case)\b))\b",
     True),  # "the Frontier Corps took over the patrolling of the city": a task, not territory
    # "fell to the Taliban", "fell into rebel hands"; not "fell into the sea", "shrapnel fell near a compound"
    ("capture", r"\b(?:f(?:ell|all|alls|allen|alling)\s+(?:to|into\s+(?:\w+\s+){0,2}?(?:hands|control))|fall of)\b", True),
    # "the town changed hands", "entered Tarhuna, meeting little resistance": the place was taken
    # "Taloqan, capital of Takhar province, also fell after heavy street fighting", "the city of Ghazni fell on
    # Thursday": a town that fell was taken (not "prices fell", "shells fell on the market")
    ("capture", r"(?:\balso\s+|(?:(?<=\s)|^)(?!(?:shells?|bombs?|rockets?|missiles?|mortars?|shrapnel|prices?|rain|snow|"
                r"temperatures?|shares?|debris|fragments?|bodies|night|silence|darkness|it|he|she|they|one|two|three|many|some|"
                r"most)\b)(?:city|town|capital|garrison|stronghold|region|province|district|oblast|(?-i:[A-Z][a-z]+))\s+(?:also\s+|quickly\s+|finally\s+|"
                r"itself\s+)?)fell\b(?!\s+(?:ill|silent|sharply|short|apart|asleep|behind|below|from|quiet|victim|by|"
                r"into\s+disrepair|to\s+\d|in\s+(?:value|price)|(?:onto|near|inside|into|at|around|close|beside|outside)\b|"
                r"(?:on|in)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+(?:early|late|morning|"
                r"evening|night|afternoon)|\w+\s+(?:night|morning|evening|afternoon)|(?:early|late)\b)\b)))", True),
    # "fighters swept into Bangui on March 24 and forced Bozize to flee": a town taken in one rush
    ("capture", r"\bswept\s+into\s+(?:the\s+(?:\w+\s+)?(?:town|city|capital|village)\s+of\s+)?(?-i:[A-Z])", True),
    # "the Taliban entered Sar-e Pul after security forces pulled back": taken as its defenders left
    ("capture", r"\bentered\b(?=[^.;]{0,80}?\bafter\b[^.;]{0,70}?\b(?:withdrew|had\s+withdrawn|pulled\s+(?:back|out)|"
                r"retreated|fled|abandoned)\b)", True),
    # "al-Shabaab fighters entered the town of Galcad on Sunday without a fight": taken unopposed
    ("capture", r"\b(?:entered|moved\s+into|marched\s+into|rolled\s+into|walked\s+into)\b(?=[^.;]{0,80}?\bwithout\s+"
                r"(?:a\s+|any\s+)?(?:fight|fighting|resistance|(?:a\s+)?(?:single\s+)?shots?(?:\s+being)?\s+fired|a\s+shot))", True),
    ("capture", r"\bchang(?:ed|es|ing)\s+hands\b|\b(?:meeting|met|encountering|encountered|facing|faced)\s+"
                r"(?:little|no|little\s+or\s+no|only\s+light)\s+resistance\b", True),
    # "three mortar bombs fell in the Green Zone": munitions fall, towns fall to someone
    ("capture", r"(?<!bombs\s)(?<!shells\s)(?<!rockets\s)(?<!mortars\s)(?<!missiles\s)(?<!rounds\s)(?<!bomb\s)(?<!shell\s)"
                r"(?<!rocket\s)(?<!missile\s)(?<!debris\s)\b(?:fell|fallen)\b(?!\s+(?:near|on|onto|short|inside|outside|in\s+(?:an?|the)\s+|into|silent|ill|asleep|sharply|by|from))", False),
    ("capture", r"\b(?:left|surrendered|handed)\s+(?:over\s+)?to\s+the\b", True),
    # "militiamen drove the Taliban out of Banu": the town taken from them (not "drove families out of their homes")
    ("capture", r"\b(?:drove|drive|drives|driving|pushed|chased)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?out\s+of\s+"
                r"(?:the\s+)?(?:(?:town|city|village|district)\s+of\s+)?(?-i:[A-Z])", True),
    ("abandon", rf"\b(?:abandon\w*|withdr(?:ew|awn|aw|aws|awing|awal)\s+(?:\w+\s+){{0,4}}?from(?!\s+(?:the\s+)?(?:\w+\s+)?{_NO_GROUND}\b)|retreat\w*\s+from|pull(?:ed|s|ing)?\s+out\s+of|driven\s+out\s+of|vacat(?:e|ed|es|ing)|evacuat(?:ed|ing)\s+(?:their|its|the)\s+(?:\w+\s+){{0,3}}?(?:base|post|positions?))\b", True),
    ("abandon", r"\bsurrender(?:ed|s|ing)?\s+(?:their|its)\s+(?:\w+\s+)?(?:outposts?|posts?|positions?|bases?|checkpoints?)\b", True),
    # "withdrew the curfew", "withdrew it": a decision taken back, not forces moving
    ("withdraw", rf"\b(?:withdr(?:ew|awn|aw|aws|awing|awal)(?!\s+from\s+(?:the\s+)?(?:\w+\s+)?{_NO_GROUND}\b)(?!\s+(?:it|them|the\s+(?:curfew|order|decision|bill|law|ban|charges?|case|request|complaint|candidacy|nomination|statement|offer|proposal|support|recognition|licen[cs]e|accreditation|measure|directive|decree)))|pull-?out|redeploy\w*|deploy\w*|reinforcements?|sent\s+(?:more\s+)?(?:troops|soldiers|forces))\b", True),
    ("mobilise", r"\b(?:mobili[sz]\w*|recruit\w*|(?:revived|resuscitated|armed|formed|raised|created)\s+(?:\w+\s+)?militias?|took\s+up\s+arms|new\s+(?:leader|commander|chief)\s+of|appointed\s+(?:a\s+)?new\s+(?:leader|commander))\b", True),
    ("cross_border", r"\b(?:cross(?:ed|es|ing)?\s+(?:over\s+)?(?:the\s+border|into|to|from)|fle(?:e|d|eing|es)\s+(?:across\s+the\s+border\s+)?(?:in)?to|sought\s+refuge\s+in)\b", True),
    # "a border crossing", "the Bab al-Hawa crossing": a place, not a crossing made
    ("cross_border", r"(?<!border\s)(?<!the\s)(?<!a\s)\bcross(?:ed|es|ing)?\b(?!\s+point)(?!-border\b)", False),
    ("clash", r"\b(?:clash\w*|battl(?:ed|es|ing)|gun\s?battles?|gun\s?fights?|gun\s?duels?|shoot-?outs?|fire\s?fights?|exchanges?\s+of\s+(?:[\w-]+\s+){0,2}?(?:gun)?fire|(?:exchang|trad)(?:ed|ing)\s+(?:[\w-]+\s+){0,4}?(?:gun)?fire|skirmish\w*|ambush\w*|(?:opened|open|opening)\s+fire\s+on\s+(?:each\s+other|one\s+another)|repell?(?:ed|s|ing)?|repuls\w*|offensive|(?:pushed|beat|beaten|fought)\s+back|fought\s+off)\b", True),
    ("clash", r"\bfought\s+(?:against\s+|with\s+|off\s+|back\s+)?(?:the|a|an|government|rebels?|army|troops|soldiers|police|militants|insurgents|jihadists|fighters|for\s+hours|near|in|around)\b", True),
    # "heavy fighting erupted in Juba": an outbreak told as such is an event on its own
    ("clash", r"\b(?:gunfire|shooting)\s+(?:erupted|broke\s+out|flared(?:\s+up)?)(?=[^.;]{0,60}?\bbetween\b)|"
              r"\bfighting\s+(?:erupted|broke\s+out|flared(?:\s+up)?)\b", True),
    # "had routed an army force at Massaguet": a force beaten in battle (not "calls routed through a server")
    ("clash", r"\brout(?:ed|ing)\b(?!\s+(?:through|via|to|into|around|over|by)\b)", True),
    # "troops neutralized nine terrorists": army communiqués' word for killing or capturing fighters
    ("clash", r"\bneutrali[sz](?:e|ed|es|ing)\b", True),
    ("clash", r"\b(?:fight(?:ing|s)?|fought|combat)\b(?!\s+(?:alongside|beside|on\s+the\s+side\s+of)\b)", False),
    # "setting off a battle that left six people dead": a battle told by what it did (not "continues to battle
    # Fano", "mobilise for a battle over El Obeid")
    ("clash", r"\bbattle(?=\s+(?:that|which)\s+(?:left|killed|lasted|raged|claimed)\b)", False),
    ("attack", rf"\b(?:attack(?:ed|s|ing)?|assault(?:ed|s|ing)?(?!\s+(?:rifles?|weapons?|vehicles?|boats?|helicopters?|troops|units|brigades?))|raid(?:ed|s|ing)?|storm(?:ed|ing)|opened\s+fire|shot\s+dead|gunned\s+down|massacre\w*|assassinat\w*|{EXECUTION}|stabb\w*|hacked\s+to\s+death|burn(?:ed|t)\s+(?:\w+\s+){{0,3}}?alive)\b", True),
    # "cut off the right hands and left feet of five men", "amputated the hand of a thief": punishment by maiming
    ("attack", r"\b(?:cut\s+off|chopped\s+off|severed)\s+(?:the\s+|their\s+|his\s+)?(?:\w+\s+){0,2}?"
               r"(?:hands?|feet|foot|legs?|arms?|ears?|noses?|limbs?)\b|\bamputat(?:ed|ing|ions?)\b", True),
    # "fought Malian and French troops", "ran into about 30 TNLA fighters": a fight with a named side
    # (not "fought alongside federal troops": on their side)
    ("clash", r"\b(?:fought|ran\s+into)\s+(?!(?:alongside|beside|with|for|on\s+the\s+side)\b)"
              r"(?:(?:about|some|around|at\s+least|more\s+than|\d+|a\s+group\s+of)\s+)*"
              r"(?:(?!(?:alongside|beside)\b)[\w-]+\s+){0,3}?(?:troops|soldiers|forces|army|police(?:men)?|militants|rebels|fighters|insurgents|"
              r"militiamen|jihadists|gunmen|an\s+ambush)\b", True),
    # "fired live rounds at groups of young people", "fired into the crowd": shooting at people (not "fired
    # tear gas" nor "into the air")
    ("attack", r"\bfired\s+(?:(?:live\s+)?(?:rounds|ammunition|bullets|gunshots|shots)\s+(?:directly\s+)?(?:at|on|into)\s+(?!the\s+air\b)"
               r"|(?:directly\s+)?(?:on|into|at)\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:crowds?|protesters|demonstrators|mourners|"
               r"worshippers|civilians|residents|villagers|passengers|people)\b)", True),
    # "PKK fighters tried to infiltrate a base": an assault on a post
    ("attack", r"\binfiltrat(?:e|ed|es|ing)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+)?"
               r"(?:base|post|outpost|camp|positions?|barracks)\b", True),
    # "The attackers struck on Sunday afternoon in the Tillia department": struck, said of attackers
    ("attack", r"(?:" + "|".join(f"(?<={noun}\\s)" for noun in ("attackers", "assailants", "gunmen", "militants", "jihadists",
                                                                  "insurgents", "bandits", "raiders", "terrorists",
                                                                  "fighters", "rebels")) + r")struck\b", True),
    ("kill", r"\b(?:kill(?:ed|s|ing|ings)?|dead(?![\s-]+ends?\b)|died(?!\s+down\b)|deaths?|wounded|injured|casualties|martyred)\b", False),
    # "cost the lives of six farmers", "12 soldiers lost their lives": deaths in other words
    ("kill", r"\b(?:(?:cost|claimed|took)\s+the\s+lives|lost\s+(?:their|his|her)\s+lives?)\b", False),
    # "at least 45 bodies were brought in": a count of the dead
    ("kill", r"\bbod(?:y|ies)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:recovered|found|discovered|"
             r"exhumed|unearthed|dumped|brought|retrieved|pulled|collected|buried|counted|taken)\b", False),
    # "Their bodies, some with their throats cut, were found", "The bodies of at least 49 civilians, among
    # them women, have been discovered", "peacekeepers discovered the bodies of 21 civilians": the dead found
    # ("found the bodies", "their bodies": the dead of an act told already, no more of it)
    ("kill", r"(?:\b(?<!\btheir\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)bod(?:y|ies),\s+[^,.;]{3,60},|\bbod(?:y|ies)\s+of\s+[^.;]{1,140}?,?)"
             r"\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:found|discovered|recovered|exhumed|unearthed|dumped|"
             r"pulled|fished|retrieved)\b|"
             r"\b(?<!since\s)(?:found|discovered|recovered|retrieved|unearthed|exhumed)\s+(?:the\s+bod(?:y|ies)\s+of\b|"
             r"(?!(?:the|their|his|her)\s)(?:[\w-]+\s+){1,2}?bodies\b)", False),
    ("air", r"\b(?:(?<!missile\s)(?<!rocket\s)(?<!artillery\s)(?<!ballistic\s)strikes?\s+(?=(?:(?:also|later|reportedly|then|again)\s+)?(?:on\b|hit\b|targeted\b|targeting\b|killed\b|killing\b|kill\b|wounded\b|destroyed\b|damaged\b|(?:was|were)\s+carried\s+out\b))|air\s?-?strikes?|air\s+raids?|drones?(?!\s+(?:footage|video|videos|images?|imagery|photos?|pictures|surveillance|operators?|bases?|airfields?|"
            r"hangars?|factory|factories|programm?e?s?|pilots?|makers?|manufactur\w*|production|industry))|warplanes?|fighter\s+(?:jets?|planes?|bombers?)|jets|aircraft|helicopter\s+gunships?|(?:attack|combat|military|army)\s+helicopters?|aerial\s+(?:bombardment|attacks?|bombs?)|(?:guided|glide|barrel)\s+(?:aerial\s+)?bombs?|bombing\s+raids?|bombed\s+from\s+the\s+air)\b", True),
    # "an Israeli strike in Sanaa killed the prime minister": a strike of a state that strikes from the air
    ("air", r"(?:(?<=Israeli\s)|(?<=American\s)|(?<=U\.S\.\s)|(?<=\bUS\s)|(?<=Turkish\s)|(?<=Saudi\s)|(?<=Saudi-led\s)|"
            r"(?<=coalition\s)|(?<=Pakistani\s)|(?<=Jordanian\s)|(?<=Emirati\s)|(?<=French\s))strikes?\b", True),
    # "The jet struck Kwatar Daban Masara": one aircraft that strikes (a bare "jet" may be a private
    # one; "the bomber struck" is a suicide bomber)
    ("air", r"\b(?:jet|warplane|helicopter\s+gunship)\s+(?:\w+\s+)?(?:struck|bombed|pounded|strafed|targeted|fired)\b", True),
    # "an Antonov bombed farms", "MiG-23s struck" (not "an Antonov An-26 military transport plane": a model named is mostly one that carries or was hit)
    ("air", rf"\b{AIRCRAFT_MAKERS}\b(?![\s-]+(?:(?-i:[A-Z][a-z]?-?\d+\w*)|"
            r"(?:[A-Z]\w*\s+)?(?:company|plant|factory|airport|airlines?|bureau|transport|cargo)\b))", True),
    # "the Niger Air Force struck a group of terrorists": the air force's strike is an air strike
    ("air", r"\bair\s+forces?\s+(?:\w+\s+){0,2}?(?:struck|strikes|hit|bombed|pounded|targeted)\b", True),
    # "attacked Kherson Oblast 87 times over the past day": a count of strikes, a bombardment
    ("shelling", r"\battack(?:ed|s)\s+(?:[\w'’-]+\s+){0,4}?\d[\d,]*\s+times\b", True),
    # a bare helicopter evacuates as often as it strikes: it needs a toll or two sides
    # ("picked up by helicopters", "a search involving troops and helicopters": carried or searching, no strike)
    ("air", r"(?<!picked\sup\sby\s)(?<!evacuated\sby\s)(?<!airlifted\sby\s)(?<!rescued\sby\s)(?<!flown\sout\sby\s)"
            r"(?<!troops\sand\s)(?<!soldiers\sand\s)\bhelicopters?\b", False),
    # "attack helicopters pounded rebel positions": a helicopter that pounds or strafes strikes
    ("air", r"\b(?:helicopters?|gunships?)\s+(?:\w+\s+){0,2}?(?:pounded|pounding|strafed|strafing|bombed|bombing|"
            r"fired\s+(?:rockets|missiles)|struck|targeted)\b", True),
    # "a French helicopter fired on the building", "a US helicopter fired on a crowd" (not "was fired on")
    ("air", r"\b(?:helicopters?|gunships?)\s+(?:(?!(?:was|were|being|been|is|are)\b)\w+\s+){0,2}?"
            r"(?:fired|opened\s+fire)\s+(?:on|at|upon|into)\b", True),
    ("shelling", r"\b(?:shell(?:ed|ing)|artillery|mortars?|projectiles?|rockets?(?![\s-]propelled)|missiles?|barrage|bombardment|(?<!gas\s)(?<!gas-)shells?(?!\s+compan))\b", True),
    # "a car packed with explosives blew up", "ambushed a column with homemade mines": a bomb by another name
    ("ied", r"\b(?:(?:packed|laden|loaded|rigged|stuffed|filled)\s+with\s+explosives|explosives?-(?:laden|packed|rigged)|"
            r"booby-?trap\w*|(?:homemade|home-made|improvised|anti-?tank|anti-?personnel)\s+mines?)\b", True),
    # "a woman was killed when she stepped on a mine"
    ("ied", r"\b(?:stepped\s+on|trod\s+on|ran\s+over|drove\s+over|triggered|hit|struck|detonated)\s+(?:an?\s+|the\s+)?(?:anti-?(?:personnel|tank)\s+)?mines?\b"
            r"|\bmine\s+(?:blast|explosion)s?\b"
            # "his men had struck two more convoys with mines"
            r"|\b(?:struck|hit|attacked|targeted|ambushed)\s+(?:[\w-]+\s+){1,4}?with\s+(?:anti-?(?:personnel|tank)\s+)?mines\b", True),
    ("ied", r"\b(?:roadside\s+bombs?|ieds?|improvised\s+explosive|landmines?|land\s+mines?|car\s+bombs?|explosive\s+devices?|(?<!smoke\s)(?<!petrol\s)(?<!gasoline\s)(?<!stink\s)(?<!paint\s)bomb(?:s|ing|ings)?|(?<!secondary\s)(?:blasts?|explosions?|detonations?)|exploded|detonat(?!ions?\b)\w*)\b", True),
    # "a second went off outside a shopping centre": a device that goes off is a blast ("the explosive went off"
    # tells the blast just told again)
    ("ied", r"\b(?:another|(?:a|the)\s+(?:second|third|fourth)|(?:two|three)\s+more)\s+(?:(?:one|device|bomb|charge)\s+)?"
            r"went\s+off\b", True),
    # "one of them blowing herself up inside a shop" (a "would-be suicide bomber" overpowered before he could
    # blow himself up: no blast)
    ("suicide", r"\b(?:(?<!would-be\s)suicide\s+(?:bomb\w*|attack\w*|car|vest|blast)|"
                r"bl(?:ew|ow(?:ing|s|n)?)\s+(?:him|her|them)sel(?:f|ves)\s+up)\b", True),
    # "two female bombers killed five", "a young bomber ... set off his explosives": a bomber on foot, not a
    # plane, dies with the bomb
    ("suicide", r"\b(?:female|woman|women|girls?|boys?|teenage|teenaged|young|child|lone)\s+bombers?\b", True),
    # "rammed an explosives-laden vehicle into the post": a bomb driven to its target goes off with its driver
    ("suicide", r"\b(?:rammed|ramming|rams?|drove|driving|drives)\s+(?:an?\s+|their\s+|his\s+)?(?:explosives?-(?:laden|packed|"
                r"rigged)\s+(?:vehicle|car|truck|tanker|lorry|van)|(?:[\w-]+\s+){0,2}?(?:vehicle|car|truck|tanker|lorry|van)"
                r"(?=\s+(?:packed|laden|loaded|rigged|filled)\s+with\s+explosives))\b", True),
    # an RPG is fired, not thrown; a stun or smoke grenade disperses a crowd and hurts no one
    ("grenade", r"(?<!propelled\s)(?<!propelled-)(?<!stun\s)(?<!stun-)(?<!flash\s)(?<!sound\s)(?<!smoke\s)\bgrenades?\b(?![\s-]+launch)", True),
    ("chemical", r"\b(?:chemical\s+(?:weapons?|attacks?|agents?)|chlorine|sarin|mustard\s+gas|toxic\s+gas|nerve\s+agent)\b", True),
    # "kidnappers", "abductors": who, not an act
    ("abduct", r"\b(?:abduct(?!ors?\b)\w*|kidnap(?!pers?\b)\w*|taken\s+hostage|took\s+\w*\s*hostages?|forcibly\s+disappeared)\b", True),
    ("abduct", r"\bhostages?\b", False),
    # "rounded up seven young men ... and took them away to an unknown location": taken, not arrested
    ("abduct", r"\b(?:took|taken|taking|takes|carried|led|whisked|drove|driven|marched)\s+(?:\w+\s+){0,3}?"
               r"(?:away\s+|off\s+)?"
               r"to\s+(?:an?\s+)?(?:unknown|undisclosed)\s+(?:locations?|destinations?|places?)\b", True),
    # "were taken away by the gunmen", "were dragged from the charity's office by armed men": people taken
    ("abduct", r"\b(?:taken|led|dragged|marched|whisked|carried|driven|hauled)\s+(?:away|off|(?:out\s+)?(?:of|from)\s+[^.;]{1,60}?)\s+"
               r"by\s+(?:the\s+)?(?:(?:armed|unidentified|unknown|suspected|masked|heavily\s+armed)\s+)?"
               r"(?:gunmen|armed\s+men|men\s+in\s+uniform|fighters|militants|rebels|insurgents|jihadists|bandits|"
               r"attackers|assailants|militiamen|kidnappers|abductors|raiders)\b", True),
    ("sexual", r"\b(?:rap(?:e|ed|es|ing)|sexual(?:ly)?\s+(?:violence|assault\w*|abuse\w*))\b", True),
    # "a strike ... in protest at the killings": the purpose of something else, not a demonstration
    # "Erdogan told a rally in Mersin": a speech, the rally only its audience
    # "summon the charge d'affaires to deliver a protest note", "lodged a formal protest": diplomacy
    ("protest", r"\b(?:(?<!\bin\s)(?<!formal\s)(?<!diplomatic\s)(?<!lodged\sa\s)(?<!filed\sa\s)"
                r"protest(?:ed|s|ing)?(?!\s+(?:notes?|letters?)\b)|demonstrat(?:ion|ions)|(?<!told\sa\s)(?<!told\sthe\s)(?<!addressed\sa\s)(?<!addressed\sthe\s)(?<!addressing\sa\s)(?<!addressing\sthe\s)rall(?:y|ied|ies)(?!\s+(?:to|behind|around|in\s+support)\b)|took\s+to\s+the\s+streets|sit-ins?|(?:candlelight\s+)?vigils?(?=\s+(?:were|was|in|outside|for|at|on)\b)|marched|(?-i:marches|(?<=to\s)march(?=\s+(?:peacefully|to|through|towards?|against|from)\b))|(?:peaceful|silent|mass)\s+(?:processions?|marches)|demonstrated\s+(?:peacefully\s+|silently\s+|again\s+)?(?=in|against|outside|near|at|on|over|across|through|for)|marching\s+(?:to|on|in|through|peacefully|silently)|marchers|picket(?:ed|ing)\s+(?!lines?\b)|pickets?\s+(?:outside|in\s+front\s+of|at)\b)\b", True),
    # "poured into the streets ... chanting slogans", "gathered outside the UN office to denounce the strike"
    ("protest", rf"\b(?:{CROWD_IN_THE_STREETS}|"
                r"gathered\s+peacefully|"
                r"dispers(?:ed|ing)\s+(?:peacefully|quietly|calmly|without\s+incident)|"
                r"(?:gathered|assembled)\b(?=[^.;]{0,120}?(?:\bto\s+(?:denounce|condemn|decry|protest|"
                r"demand|reject|oppose|voice|express\s+(?:their\s+)?(?:anger|outrage)|call\s+for)|"
                r"\band\s+(?:demanded|denounced|condemned|called\s+for|chanted|demand|denounce|condemn|call\s+for)\b|"
                r"\b(?:chanting|denouncing|condemning|demanding|waving\s+(?:\w+\s+)?(?:flags|banners|placards)|"
                r"(?:holding|carrying)\s+(?:\w+\s+)?(?:banners|placards|signs)))\b))", True),
    ("protest", r"\b(?:protesters?|demonstrators?)\b", False),
    # "residents blocked the main road with burning tyres": a crowd's protest act
    ("protest", r"\b(?:residents|youths?|villagers|crowds?|hundreds|thousands|relatives|families|students|traders|"
                r"drivers|activists|committees|women|demonstrators|protesters|supporters|followers|loyalists)\s+"
                r"(?:(?!(?:said|says|say|told)\b)[\w,]+\s+){0,12}?block(?:ed|ing)\s+(?:the\s+|a\s+)?"
                r"(?:[\w-]+\s+){0,2}?(?:roads?|highways?|streets?)\b", True),
    # "the crowd dispersed peacefully": it left on its own
    # "chased protesters into side streets and beat those they caught": force on a crowd
    ("disperse", r"\b(?:chas(?:ed|ing)\s+(?:away\s+)?(?:the\s+)?(?:protesters|demonstrators|crowds?|marchers)|"
                 r"beat(?:ing)?\s+(?:up\s+)?(?:the\s+)?(?:protesters|demonstrators|marchers|those\s+they\s+caught))\b", True),
    ("disperse", r"\b(?:dispers\w*\b(?!\s+(?:peacefully|quietly|calmly|without\s+(?:incident|violence)|on\s+(?:its|their)\s+own))(?:(?<!dispersed)|(?<=\bwas\sdispersed)|(?<=\bwere\sdispersed)|(?<=\bbeen\sdispersed)|(?!\s*[.;]|\s+(?:after|later|shortly|soon|in\s+the\s+(?:afternoon|evening))\b))|tear\s?gas|water\s+cannons?|rubber\s+bullets|baton|(?:broke|break|breaking)\s+up)\b", True),
    # "riot police fired tear gas": the police's kit, not a riot
    ("riot", r"\b(?:riot\w*\b(?!\s+(?:police|policemen|officers|squads?|units?|gear|shields?|control|troops|forces))|"
             r"ransack\w*|(?:threw|throwing|hurled|hurling|pelting)\s+(?:\w+\s+){0,3}?(?:stones|rocks|petrol\s+bombs|"
             r"molotov\s+cocktails|fireworks|flares|smoke\s+bombs|firecrackers|bricks|bottles|paint)|vandali[sz](?:ed|ing|m)|defac(?:ed|ing)\s+(?!the\s+(?:\w+\s+)?(?:\w+)?(?:reputation|image|memory))|sprayed\s+(?:\w+\s+)?graffiti|smash(?:ed|ing)\s+(?:\w+\s+){0,2}?(?:windows|windscreens|shop\s?fronts|storefronts|cars)|(?:broke|breaking|smashed)\s+(?:down|through|open)\s+(?:the\s+)?(?:\w+\s+)?(?:doors?|gates?)|stone-?pelting|(?:stone|rock)-?throwing|pelted|torched|(?<!was\s)(?<!were\s)(?<!been\s)stoned\s+(?!to\s+death)(?:an?|the|their|police|security|soldiers|troops|vehicles?|cars?|convoys?)\b|set(?:ting|s)?\s+(?:[\w'’]+\s+){0,4}?(?:on\s+)?(?:fires?|ablaze|alight))\b",
     True),
    ("mob", r"\b(?:mobs?|lynch\w*)\b", True),
    # "an angry crowd caught four of the gunmen in the chaos that followed and killed them"
    ("mob", r"\b(?:angry|irate|enraged|furious)\s+(?:crowds?|residents|villagers|youths|locals)\s+(?:[\w,]+\s+){0,10}?"
            r"(?:killed|beat|beaten|burned|burnt|stoned|lynched)\b", True),
    # "Witnesses said the men were beaten and then set on fire in the street": people burned, by a crowd
    ("mob", r"(?:(?<=\bwere\s)|(?<=\bwas\s))(?:beaten|stoned)\s+(?:and\s+(?:then\s+)?)?(?:set\s+on\s+fire|set\s+ablaze|burn(?:ed|t))\b",
     True),
    # "was beaten and then burned to death by a crowd": a crowd's killing
    ("mob", r"\b(?:beaten|burn(?:ed|t)|stoned|hacked|killed|set\s+(?:on\s+)?fire)\s+(?:[\w-]+\s+){0,5}?by\s+(?:an?\s+|the\s+)?"
            r"(?:angry\s+|irate\s+|enraged\s+|furious\s+)?crowds?\b", True),
    ("agreement", r"\b(?:cease-?fire|truce|peace\s+(?:deal|agreement|accord)|signed\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:agreement|deal|accord)|prisoner\s+(?:swap|exchange)|agreement)\b", True),
    ("arrest", r"\b(?:arrest\w*(?!\s+warrants?\b)|detain\w*|taken\s+into\s+custody|apprehended)\b", True),
    ("base", r"\b(?:(?:set|setting)\s+up\s+(?:a\s+|new\s+)*(?:\w+\s+){0,2}?(?:base|headquarters|camp)|"
             r"established\s+(?:a\s+)?(?:\w+\s+){0,2}?(?:base|headquarters))\b", True),
    ("loot", r"\b(?:loot\w*|plunder\w*|burn(?:ed|t)\s+down|razed|demolish\w*|destroyed\s+(?:\w+\s+){0,2}?(?:homes|houses|shops|villages?|property|buildings))\b", True),
    # "destroyed at least seven of the 16 mausoleums", "smashed the entrance of the 15th-Century Sidi Yahia mosque":
    # shrines and monuments wrecked by hand
    ("loot", r"\b(?:destroy(?:ed|ing)|smash(?:ed|ing)|desecrat(?:ed|ing)|wreck(?:ed|ing)|bulldoz(?:ed|ing)|raz(?:ed|ing))\s+"
             r"(?:[\w'’-]+\s+){0,8}?(?:mausoleums?|tombs?|shrines?|mosques?|church(?:es)?|temples?|monuments?|statues?|"
             r"graves?|cemeter(?:y|ies))\b", True),
    # "drove off more than 300 head of cattle": livestock taken by armed men
    ("loot", r"\b(?:drove\s+off|rustled|rustling|stole|made\s+off\s+with|carried\s+off|seized)\s+"
             r"(?:[\w-]+\s+){0,5}?"
             r"(?:cattle|cows|livestock|goats|camels|herds?)\b", True),
    # "burned dozens of houses and a primary school": buildings burned, not people
    # (not "recovered from burnt homes": a participle before its noun tells no act)
    ("loot", r"(?<!\bfrom\s)(?<!\bthe\s)(?<!\bof\s)(?<!\bin\s)(?<!\binto\s)(?<!\bamong\s)(?<!\btheir\s)(?<!\bits\s)"
             r"\bburn(?:ed|t|ing)\s+(?:(?:a|an|the|their|two|three|four|five|six|several|many|some|"
             r"dozens\s+of|hundreds\s+of|scores\s+of|\d+)\s+)?(?:[\w-]+\s+){0,2}?"
             r"(?:houses|homes|huts|shops|villages?|buildings|"
             r"schools?|churches|mosques|granaries|markets?|health\s+cent(?:re|er)s?|clinics?|offices)\b", True),
    # "blew up a bridge on the road between X and Y", "sabotaged a power pylon": works destroyed, no one hit
    # "Israeli forces detonated several houses on the edge of Kfar Kila": demolition, no one hit
    ("loot", r"\b(?:detonated|blew\s+up|dynamited)\s+(?:(?:a|an|the|two|three|four|five|several|dozens\s+of|\d+)\s+)?"
             r"(?:[\w-]+\s+){0,2}?(?:houses|homes|buildings|residential\s+(?:blocks|buildings))\b", True),
    ("loot", r"\b(?:blew\s+up|blown\s+up|dynamited|sabotaged|destroyed)\s+(?:(?:a|an|the|two|three|several)\s+)?(?:[\w-]+\s+){0,2}?"
             r"(?:bridges?|pylons?|pipelines?|power\s+lines?|(?:telecom(?:munications?)?|phone|mobile)\s+(?:masts?|towers?|antennas?)|culverts?|railway\s+(?:lines?|tracks?)|rail\s+lines?)\b", True),
    ("transfer", r"\b(?:handed\s+over\s+control|handover\s+of|transferred\s+control|withdrew\s+under\s+(?:a|an|the)\s+(?:deal|agreement)|"
                 r"hand(?:ed|s)\s+over\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:base|air\s?base|camp|positions?|barracks))\b", True),
    # "the assailants intercepted the minibuses": vehicles stopped by attackers, no weapon stopped
    ("defuse", r"\b(?:defus\w*|foil(?:ed|s|ing)?|thwart\w*|intercepted(?!\s+(?:(?:a|an|the|two|three|several|\d+)\s+)?"
               r"(?:[\w-]+\s+)?(?:minibus(?:es)?|bus(?:es)?|trucks?|lorr(?:y|ies)|vehicles?|convoys?|cars?|boats?|"
               r"travell?ers|passengers|motorists|traders|civilians|villagers)\b)|shot\s+down|bomb\s+disposal|"
               r"would-be\s+(?:suicide\s+)?(?:bombers?|attackers?|assailants?))\b", True),
)

_COMPILED = tuple((cue, re.compile(p, re.IGNORECASE), strong) for cue, p, strong in _LEXICON)


@dataclass(frozen=True)
class Trigger:
    """One cue found in a sentence; offsets are relative to the sentence."""

    cue: str
    start: int
    end: int
    text: str
    strong: bool


_BUILDING = r"(?:hotel|building|compound|complex|mall|school|hospital|embassy|ministry|parliament|university|campus|theat(?:re|er)|prison|jail|gaol)s?"
# "before special forces regained control" of the stormed hotel: the siege ended, no territory changed hands
_CONTROL_OF_BUILDING = re.compile(rf"^\s+(?:full\s+)?control\s+(?:of|over)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{_BUILDING}\b",
                                  re.IGNORECASE)
_BARE_CONTROL = re.compile(r"^\s+(?:full\s+)?control\b(?!\s+(?:of|over)\b)", re.IGNORECASE)
_STORMED_BUILDING = re.compile(rf"\b{_BUILDING}\b", re.IGNORECASE)


def _ends_a_siege(trigger: Trigger, sentence: str) -> bool:
    if trigger.cue != "recapture":
        return False
    after = sentence[trigger.end:]
    return bool(_CONTROL_OF_BUILDING.match(after)
                or _BARE_CONTROL.match(after) and _STORMED_BUILDING.search(sentence))


# "A military helicopter was on hand to fly the most badly hurt to hospital", "helicopters and drones
# were sent in to support them": aircraft that carry or back someone, not a strike
_CARRIES_OR_BACKS = re.compile(
    r"^[^.;]{0,60}?\b(?:(?:was|were|had\s+been|have\s+been)\s+(?:sent|dispatched|deployed|called)\s+(?:in\s+)?"
    r"to\s+(?:support|reinforce|back|help|assist)|to\s+(?:fly|evacuate|airlift|ferry|carry|transport)\b|"
    r"(?:flew|evacuated|airlifted|ferried|carried|transported)\s+(?:\w+\s+){0,4}?(?:wounded|hurt|injured|casualties|"
    r"bodies|sick)\b|"
    # "Helicopters and drones supported the ground troops": backing a fight told on its own
    r"(?:supported|backed|covered|accompanied|escorted)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:troops|forces|soldiers|"
    r"advance|offensive|operation|assault|units|columns?|convoys?)\b)", re.IGNORECASE)


def _carries_or_backs(trigger: Trigger, sentence: str) -> bool:
    return trigger.cue == "air" and bool(_CARRIES_OR_BACKS.match(sentence[trigger.end:]))


# "the annual commemoration of the imam's death": a death remembered, not one told
_REMEMBERED = re.compile(r"\b(?:anniversary|commemorat\w+|memory|mourning|marking|marks|remembrance)\s+of\s+"
                         r"(?:the\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


# "a town the militants have used as a base for attacks on the capital": what a place serves for, no act told
_PURPOSE_OF_A_PLACE = re.compile(r"\b(?:base|bases|launch\s*pad|launching\s+pad|staging\s+(?:ground|post|area)|springboard|"
                                 r"hideout|safe\s+haven|haven|sanctuary)\s+(?:for|from\s+which\s+to\s+(?:launch|stage|carry\s+out))\s+"
                                 r"(?:\w+\s+)?$", re.IGNORECASE)


# "The missiles hit an industrial facility ..., setting cars on fire": the fire is the strike's
_MUNITION_BEFORE = re.compile(r"\b(?:missiles?|shells?|rockets?|strikes?|air\s?strikes?|bombs?|drones?|debris|"
                              r"shelling|bombardment|explosions?|blasts?)\b[^.;]{0,100}$", re.IGNORECASE)


# "marched carrying the coffins of seven civilians who were beheaded by militants": the deaths
# the crowd mourns, not an act of this event
_MOURNED_DEATH = re.compile(r"\b(?:coffins?|caskets?|bodies|funerals?|portraits|photographs|photos|pictures)\s+of\s+"
                            r"[^.;]{0,80}?\b(?:who|that)\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?$",
                            re.IGNORECASE)


# "set fire to several aircraft", "destroyed two helicopters on the ground": aircraft as the things hit
_AIRCRAFT_HIT_BEFORE = re.compile(r"\b(?:set\s+(?:fire\s+to|ablaze)|torched|burn(?:ed|t)|destroy(?:ed|ing)|damag(?:ed|ing)|"
                                  r"seiz(?:ed|ing)|captur(?:ed|ing))\s+(?:\w+\s+){0,3}$",
                                  re.IGNORECASE)


# "the army is respecting a ceasefire brokered by regional leaders", "in breach of the truce": a truce
# that holds or is broken, not one agreed
_TRUCE_KEPT_BEFORE = re.compile(r"\b(?:respect\w*|observ\w*|violat\w*|breach\w*|despite|abid\w*\s+by|adher\w*\s+to|"
                                r"honou?r\w*|flout\w*|undermin\w*)\s+(?:of\s+)?(?:a|an|the|its|their)?\s*(?:[\w-]+\s+){0,2}$",
                                re.IGNORECASE)


# "relatives of the hostages blocked the road": who the people are, not a kidnapping
_KIN_OF_BEFORE = re.compile(r"\b(?:relatives|families|family|parents|mothers|fathers|wives|kin)\s+of\s+"
                            r"(?:the\s+|those\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "at a makeshift crossing under a destroyed bridge", "the Rafah crossing": a place to cross, no one crossing
_A_CROSSING_BEFORE = re.compile(r"\b(?:a|an|the|this|that|its|their)\s+(?:[\w-]+\s+){1,2}$", re.IGNORECASE)
# Words before a cue that make it no act of its own: (cues, how the cue's text starts, the words,
# how many characters before the cue they may start; None: anywhere before it in the sentence)
_NO_ACT_AFTER = (
    (frozenset({"kill"}), "death", _REMEMBERED, 60),
    (frozenset({"attack", "ied", "suicide"}), "", _PURPOSE_OF_A_PLACE, 50),
    (frozenset({"riot"}), "setting", _MUNITION_BEFORE, None),
    (frozenset({"attack", "kill"}), "", _MOURNED_DEATH, 140),
    (frozenset({"air"}), "", _AIRCRAFT_HIT_BEFORE, 60),
    (frozenset({"agreement"}), "", _TRUCE_KEPT_BEFORE, 50),
    (frozenset({"abduct"}), "hostage", _KIN_OF_BEFORE, 50),
    (frozenset({"cross_border"}), "crossing", _A_CROSSING_BEFORE, 40),
)


def _told_as_no_act(trigger: Trigger, sentence: str) -> bool:
    return any(trigger.cue in cues and trigger.text.lower().startswith(start)
               and words.search(sentence[max(0, trigger.start - window) if window else 0:trigger.start])
               for cues, start, words, window in _NO_ACT_AFTER)


# "A suicide bomber blew himself up ..., killing 29 people in an attack claimed by IS": the attack
# the toll is told in is the bombing itself
_TOLL_IN_THE_ACT = re.compile(r"\b(?:killing|killed|wounding|wounded|injuring|injured)\b[^.;]{0,60}?\bin\s+(?:an?|the|this)\s+"
                              r"(?:[\w-]+\s+)?$", re.IGNORECASE)
_WEAPON_CUES = frozenset({"suicide", "ied", "air", "shelling", "grenade"})


def _the_weapons_act_named_again(trigger: Trigger, kept: list[Trigger], sentence: str) -> bool:
    return trigger.cue == "attack" and trigger.text.lower().startswith("attack") \
        and any(k.cue in _WEAPON_CUES and k.strong and k.end <= trigger.start for k in kept) \
        and bool(_TOLL_IN_THE_ACT.search(sentence[max(0, trigger.start - 90):trigger.start]))


def find_triggers(sentence: str) -> list[Trigger]:
    """All cues in a sentence, leftmost first; overlapping hits keep the longest."""
    hits = [
        Trigger(cue, m.start(), m.end(), m.group(0), strong)
        for cue, pattern, strong in _COMPILED
        for m in pattern.finditer(sentence)
    ]
    hits.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[Trigger] = []
    for hit in hits:
        clash = [k for k in kept if hit.start < k.end and k.start < hit.end]
        if not clash:
            kept.append(hit)
        elif hit.cue != clash[0].cue and (hit.start, hit.end) == (clash[0].start, clash[0].end):
            kept.append(hit)  # same words, two readings ("foiled attack")
    return [k for k in kept if not _ends_a_siege(k, sentence) and not _carries_or_backs(k, sentence)
            and not _told_as_no_act(k, sentence) and not _the_weapons_act_named_again(k, kept, sentence)]


def has_strong_trigger(sentence: str) -> bool:
    """True when the sentence holds at least one strong cue."""
    return any(t.strong for t in find_triggers(sentence))
