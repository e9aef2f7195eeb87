"""Writes gold.json for the 210th held-out set (hand-coded by CODEBOOK.md before any run; BLIND, session 28).

    python bench/heldout210/make_gold.py

Focus: Afghanistan 2012-2020 outside Kandahar/Helmand — the Taliban, Afghan security forces, IS-Khorasan (Daesh),
US/NATO air strikes and Pakistani cross-border shelling in the east (Laghman, Kunar, Nangarhar, Parwan, Kapisa,
Nuristan), the north (Badakhshan, Takhar, Baghlan, Kunduz, Faryab) and the west (Herat, Farah, Badghis, Ghor).
Eight hand-written articles, 2012-2020, six with site boilerplate; two country-level aggregate tolls (rule 6).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_events import BAT, EXP, PRO, STR, VAC, ev, write_gold  # noqa: E402
from gold_events import EVENTS as E  # noqa: E402

AF = "Afghanistan"
TAL = ["Taliban", "Afghan Taliban", "Taleban", "Islamic Emirate of Afghanistan", "Taliban Militants"]
ANA = ["Military Forces of Afghanistan", "Afghan National Army", "ANA", "Afghan National Security Forces", "ANSF",
       "Afghan National Defense and Security Forces", "ANDSF", "Afghan Air Force", "Afghan Special Forces",
       "Afghan Commandos"]
ANP = ["Police Forces of Afghanistan", "Afghan National Police", "ANP", "Afghan Local Police", "ALP"]
AFG_SF = ANA + ANP
ISK = ["Islamic State", "Islamic State Khorasan Province", "ISKP", "IS-K", "ISIS-K", "Daesh", "ISIL-K",
       "Islamic State (Afghanistan)", "Islamic State - Khorasan", "ISIS"]
US = ["Military Forces of the United States", "Military Forces of United States", "US Forces", "US military",
      "United States Forces", "U.S. Forces", "US Armed Forces"]
NATO = ["NATO", "ISAF", "International Security Assistance Force", "Resolute Support",
        "NATO: North Atlantic Treaty Organization"]
PAK = ["Military Forces of Pakistan", "Pakistan Army", "Pakistani Army", "Pakistani Forces"]
UAG = ["Unidentified Armed Group (Afghanistan)"]
CIV = ["Civilians (Afghanistan)"]
PROT = ["Protesters (Afghanistan)"]

# admin1 / admin2 spellings: the gazetteer's first (checked with `sitrep geocode --warehouse /tmp/wh-full`),
# then common variants
LAGHMAN = ["Laghman", "Laghmān"]
KUNAR = ["Kunar", "Konar", "Kunarha"]
HERAT = ["Herat", "Hirat"]
FARAH = ["Farah"]
BADGHIS = ["Badghis", "Badghes"]
PARWAN = ["Parwan", "Parvan"]
KAPISA = ["Kapisa"]
NANGARHAR = ["Nangarhar", "Ningarhar"]
BADAKHSHAN = ["Badakhshan"]
TAKHAR = ["Takhar"]
BAGHLAN = ["Baghlan"]
FARYAB = ["Faryab", "Fariab"]
KUNDUZ = ["Kunduz", "Kondoz", "Qunduz"]
NURISTAN = ["Nuristan", "Nurestan"]
GHOR = ["Ghor", "Ghowr", "Gore"]
ZABUL = ["Zabul", "Zabol", "Zambul"]
HELMAND = ["Helmand", "Hilmand"]

# ---------------------------------------------------------------- Laghman / Kunar (AP, 2012-09-16, Sun)
A = "afghanistan_alingar_ap"
ISAF_US = NATO + US
ev("alingar-airstrike-women", A, "2012-09-16", "2012-09-16", "2012-09-16", EXP, ["Air/drone strike"],
   ISAF_US, CIV + [""] + TAL, AF, LAGHMAN, ["'Alingar", "Alingar", "Alingar District"], 8,
   evidence="A NATO airstrike killed eight women and girls who were gathering firewood before dawn Sunday ... above the "
            "village of Noorlam Saib in Laghman province's Alingar district ... A village elder ... saying nine")
ev("mehtar-lam-bodies-protest", A, "2012-09-16", "2012-09-16", "2012-09-16", PRO, ["Peaceful protest"],
   PROT + CIV, [""] + ISAF_US, AF, LAGHMAN, ["Mehtar Lam", "Mehtarlam", "Mihtarlam", "Mehtar Lam District"], 0,
   evidence="Hours later, hundreds of angry villagers carried the bodies ... to Mehtar Lam, the provincial capital, "
            "chanting 'Death to America' ... The demonstration ended peacefully")
ev("mizan-insider-attack", A, "2012-09-16", "2012-09-16", "2012-09-16", BAT, ["Armed clash"],
   ANP + ["Unidentified Armed Group (Afghanistan)", "Taliban"], US + NATO, AF, ZABUL, ["Mizan"], 4,
   evidence="an Afghan policeman turned his gun on U.S. troops at a checkpoint in Zabul province's Mizan district early "
            "Sunday, killing four American soldiers before fleeing")
ev("mizan-insider-attack-as-attack", A, "2012-09-16", "2012-09-16", "2012-09-16", VAC, ["Attack"],
   ANP + ["Unidentified Armed Group (Afghanistan)", "Taliban"], US + NATO, AF, ZABUL, ["Mizan"], 4, req=False,
   evidence="the same insider attack coded as a one-sided attack rather than a clash")
ev("camp-bastion-assault", A, "2012-09-14", "2012-09-14", "2012-09-15", BAT, ["Armed clash"],
   TAL + UAG, US + ["Military Forces of the United Kingdom", "British Forces"] + NATO, AF, HELMAND, (), 16,
   evidence="two days after about 15 insurgents dressed in U.S. Army uniforms breached the perimeter fence of Camp "
            "Bastion ... late Friday, killing two U.S. Marines ... Fourteen of the attackers were killed")
ev("dangam-cross-border-rockets", A, "2012-09-15", "2012-09-15", "2012-09-15", EXP,
   ["Shelling/artillery/missile attack"], PAK + UAG, CIV + [""], AF, KUNAR, ["Dangam"], 1,
   evidence="more than 40 rockets fired from across the border struck Dangam and Nari districts on Saturday, killing a "
            "12-year-old boy in Dangam ... Pakistan's military denied firing into Afghanistan")
ev("nari-cross-border-rockets", A, "2012-09-15", "2012-09-15", "2012-09-15", EXP,
   ["Shelling/artillery/missile attack"], PAK + UAG, CIV + [""], AF, KUNAR, ["Naray", "Nari", "Narai"], 0,
   evidence="rockets ... struck Dangam and Nari districts on Saturday ... damaging several homes (the death was in "
            "Dangam)")
ev("farah-roadside-bomb-police", A, "2012-09-15", "2012-09-15", "2012-09-15", EXP, ["Remote explosive/landmine/IED"],
   UAG + TAL, ANP, AF, FARAH, (), 2,
   evidence="Also Saturday, two policemen were killed when their vehicle hit a roadside bomb in western Farah province "
            "... without saying where")

# ---------------------------------------------------------------- Herat / Farah / Badghis (Reuters, 2013-09-13, Fri)
A = "afghanistan_herat_reuters"
CONSULATE_A2 = AFG_SF + US + ["Civilians (Afghanistan)", "Government of the United States",
                              "Private Security Forces (Afghanistan)", ""]
ev("herat-consulate-attack", A, "2013-09-13", "2013-09-13", "2013-09-13", EXP,
   ["Suicide bomb", "Remote explosive/landmine/IED"], TAL, CONSULATE_A2, AF, HERAT, ["Herat", "Hirat", "Herat City"], 9,
   evidence="Taliban fighters detonated a truck bomb and fought a gun battle ... outside the U.S. consulate in ... Herat "
            "early on Friday ... two Afghan security guards had been killed and all seven attackers had died (governor's "
            "spokesman: three guards)")
ev("herat-consulate-gun-battle", A, "2013-09-13", "2013-09-13", "2013-09-13", BAT, ["Armed clash"],
   TAL, CONSULATE_A2, AF, HERAT, ["Herat", "Hirat", "Herat City"], 9, req=False,
   evidence="Other attackers, some wearing suicide vests, then opened fire ... and fought Afghan police and consulate "
            "guards for about an hour (the same complex attack coded as a battle instead of a suicide bombing)")
ev("shindand-zerkoh-clash-2013", A, "2013-09-12", "2013-09-12", "2013-09-12", BAT, ["Armed clash"],
   ANA + TAL, TAL + ANA, AF, HERAT, ["Shindand"], 6,
   evidence="On Thursday, Afghan soldiers backed by artillery killed six Taliban fighters in a clash in the Zerkoh "
            "valley of Herat's Shindand district")
ev("bala-buluk-roadside-bomb", A, "2013-09-11", "2013-09-11", "2013-09-11", EXP, ["Remote explosive/landmine/IED"],
   UAG + TAL, ANP, AF, FARAH, ["Bala Buluk", "Bala Boluk", "Bala Bolok"], 3,
   evidence="three policemen were killed on Wednesday when a roadside bomb struck their pickup truck in Bala Buluk "
            "district")
ev("ab-kamari-deminers-abducted", A, "2013-09-10", "2013-09-10", "2013-09-10", VAC,
   ["Abduction/forced disappearance"], UAG + TAL, CIV + ["Aid Workers (Afghanistan)"], AF, BADGHIS,
   ["Ab-e Kamari", "Ab Kamari", "Abkamari", "Ab-i-Kamari"], 0,
   evidence="gunmen abducted 11 Afghan de-miners ... in Ab Kamari district on Tuesday ... The Taliban denied "
            "involvement")

# ---------------------------------------------------------------- Parwan / Kapisa / Nangarhar (The Guardian, 2014-01-16, Thu)
A = "afghanistan_siahgird_guardian"
SIAHGIRD = ["Siyahgird Ghorband", "Siahgird", "Siyahgird", "Ghorband", "Siah Gird", "Sayagird"]
ev("wazghar-raid-clash", A, "2014-01-15", "2014-01-15", "2014-01-15", BAT, ["Armed clash"],
   ANA + US + TAL, TAL + ANA + US, AF, PARWAN, SIAHGIRD, 3,
   evidence="The raid took place on Wednesday in Wazghar village, in the Siahgird district of Parwan ... An American "
            "soldier was killed in the fighting ... two commandos also died")
ev("wazghar-air-strike", A, "2014-01-15", "2014-01-15", "2014-01-15", EXP, ["Air/drone strike"],
   US + NATO, CIV + [""] + TAL, AF, PARWAN, SIAHGIRD, 8,
   evidence="the troops called in an air strike that hit a house in the village. The president's office said eight "
            "civilians ... had been killed ... a provincial council member said 12")
ev("ghorband-road-bodies-protest", A, "2014-01-16", "2014-01-16", "2014-01-16", PRO, ["Peaceful protest"],
   PROT + CIV, [""], AF, PARWAN, SIAHGIRD + ["Shinwari", ""], 0,
   evidence="On Thursday about 200 villagers blocked the main Ghorband road for several hours, lining up the bodies "
            "... The protest ended without violence")
ev("tagab-checkpoint-attack", A, "2014-01-14", "2014-01-14", "2014-01-15", BAT, ["Armed clash"],
   TAL + UAG, ANP, AF, KAPISA, ["Tagab", "Tagab District"], 2,
   evidence="Late on Tuesday, insurgents attacked a police checkpoint in the Tagab district of neighbouring Kapisa "
            "province, killing two policemen")
ev("surkh-rod-roadside-bomb", A, "2014-01-16", "2014-01-16", "2014-01-16", EXP, ["Remote explosive/landmine/IED"],
   UAG + TAL, ANA, AF, NANGARHAR, ["Surkh Rod", "Surkhrod", "Surkh Rud"], 0,
   evidence="In Nangarhar, a roadside bomb struck an Afghan army vehicle in Surkh Rod district on Thursday morning, "
            "wounding four soldiers")

# ---------------------------------------------------------------- Badakhshan / Takhar / Baghlan (OCHA via ReliefWeb, 2015-11-05, Thu)
A = "afghanistan_yamgan_reliefweb"
YAMGAN = ["Yamgan", "Yomgan", "Girwan"]
ev("yamgan-district-centre-overrun", A, "2015-11-01", "2015-11-01", "2015-11-01", BAT,
   ["Non-state actor overtakes territory"], TAL, ANA + ANP + [""], AF, BADAKHSHAN, YAMGAN, None,
   evidence="On 1 November, Taliban fighters overran the district administrative centre of Yamgan district after "
            "ANSF withdrew to neighbouring Jurm district ... Casualty figures ... have not been confirmed")
ev("yamgan-ansf-withdraw-to-jurm", A, "2015-11-01", "2015-11-01", "2015-11-01", STR, ["Change to group/activity"],
   ANA + ANP, [""] + TAL, AF, BADAKHSHAN, YAMGAN + ["Jurm"], 0, req=False,
   evidence="after Afghan National Security Forces (ANSF) withdrew to neighbouring Jurm district (the withdrawal "
            "itself; may be folded into the takeover)")
ev("yamgan-district-centre-retaken", A, "2015-11-03", "2015-11-03", "2015-11-03", BAT,
   ["Government regains territory"], ANA + ANP, TAL, AF, BADAKHSHAN, YAMGAN, None,
   evidence="On 3 November, ANSF supported by Afghan Air Force helicopters regained control of the district centre")
ev("khwaja-ghar-fighting", A, "2015-10-31", "2015-10-28", "2015-10-31", BAT, ["Armed clash"],
   ANA + ANP + TAL, TAL + ANA + ANP, AF, TAKHAR, ["Khwajah Ghar", "Khwaja Ghar", "Khwajaghar", "Khvajeh Ghar"],
   None, tp=2,
   evidence="Fighting between ANSF and the Taliban in Khwaja Ghar and Dasht-e Qala districts from 28 to 31 October "
            "displaced an estimated 1,200 families ... No figures on casualties")
ev("dasht-e-qala-fighting", A, "2015-10-31", "2015-10-28", "2015-10-31", BAT, ["Armed clash"],
   ANA + ANP + TAL, TAL + ANA + ANP, AF, TAKHAR, ["Dasht-e Qal'ah", "Dasht-e Qala", "Dashti Qala", "Dasht-i-Qala"],
   None, tp=2,
   evidence="Fighting ... in Khwaja Ghar and Dasht-e Qala districts from 28 to 31 October (second named district, "
            "second row)")
ev("baghlan-e-jadid-mortar-house", A, "2015-11-02", "2015-11-02", "2015-11-02", EXP,
   ["Shelling/artillery/missile attack"], UAG + TAL + ANA, CIV, AF, BAGHLAN,
   ["Baghlan-e Jadid", "Baghlan-e Markazi", "Baghlani Jadid", "Baghlan"], 4,
   evidence="On 2 November, a mortar round fired during clashes hit a house in Baghlan-e Jadid district, killing four "
            "children ... The origin of the fire could not be determined")
ev("baghlan-villages-clashes", A, "2015-11-03", "2015-11-03", "2015-11-03", BAT, ["Armed clash"],
   ANA + ANP + TAL, TAL + ANA + ANP, AF, BAGHLAN, (), None,
   evidence="Heavy clashes between ANSF and the Taliban were also reported in several villages of Baghlan province on "
            "3 November ... casualty figures are unknown (unnamed villages -> one admin1 event)")
ev("nahrin-health-workers-abducted", A, "2015-10-30", "2015-10-30", "2015-10-30", VAC,
   ["Abduction/forced disappearance"], UAG + TAL, CIV + ["Aid Workers (Afghanistan)", "Health Workers (Afghanistan)"],
   AF, BAGHLAN, ["Nahrin", "Nahreen"], 0,
   evidence="On 30 October, two health workers of an NGO-supported clinic were abducted by unidentified armed men in "
            "Nahrin district, Baghlan")

# ---------------------------------------------------------------- Faryab / Kunduz (Pajhwok, 2016-06-02, Thu)
A = "afghanistan_almar_pajhwok"
ev("almar-alp-posts-attack", A, "2016-05-31", "2016-05-31", "2016-06-01", BAT, ["Armed clash"],
   TAL, ANP + ANA, AF, FARYAB, ["Almar"], 19,
   evidence="Seven Afghan Local Police (ALP) personnel and 12 insurgents were killed when Taliban fighters attacked "
            "security posts in the Almar district ... on Tuesday night (Taliban claim of 27 ALP ignored)")
ev("pashtun-kot-helicopter-strike", A, "2016-06-01", "2016-06-01", "2016-06-01", EXP, ["Air/drone strike"],
   ANA, TAL, AF, FARYAB, ["Pashtun Kot", "Pashtunkot", "Pashtun Kowt"], 9,
   evidence="On Wednesday, Afghan Air Force helicopters targeted a gathering of militants in the Pashtun Kot district, "
            "killing nine insurgents")
ev("kohistan-bandar-taken", A, "2016-06-01", "2016-06-01", "2016-06-01", BAT,
   ["Non-state actor overtakes territory"], TAL, AFG_SF + [""], AF, FARYAB, ["Kohistan", "Kohestan"], 0,
   evidence="the Taliban on Wednesday took control of the Bandar area of Kohistan district after security forces "
            "abandoned their posts ... No casualties were reported")
ev("shirin-tagab-minibus-abduction", A, "2016-06-02", "2016-06-02", "2016-06-02", VAC,
   ["Abduction/forced disappearance"], UAG + TAL, CIV + ANA + [""], AF, FARYAB,
   ["Shirin Tagab", "Shirin Tagav", "Shirintagab", "Maimanah", "Maymana", "Maimana", ""], 0,
   evidence="On Thursday morning, gunmen stopped a minibus on the road between Maimana and Shirin Tagab and abducted "
            "11 passengers ... district governor ... blamed the Taliban")
ev("maimana-insecurity-protest", A, "2016-06-02", "2016-06-02", "2016-06-02", PRO, ["Peaceful protest"],
   PROT, [""], AF, FARYAB, ["Maimanah", "Maymana", "Maimana", "Meymaneh"], 0,
   evidence="hundreds of residents gathered in front of the governor's house in Maimana on Thursday ... dispersed "
            "peacefully")
ev("aliabad-bus-passengers-abducted", A, "2016-05-31", "2016-05-31", "2016-05-31", VAC,
   ["Abduction/forced disappearance", "Attack"], TAL, CIV, AF, KUNDUZ, ["'Aliabad", "Aliabad", "Ali Abad"], 10,
   evidence="On Tuesday, Taliban militants stopped three buses on the Kunduz-Takhar highway in Aliabad district and took "
            "about 185 passengers hostage ... at least 10 ... killed, ... council member ... 17")
ev("moi-national-24h-toll-2016", A, "2016-06-02", "2016-06-01", "2016-06-02", BAT, ["Armed clash"],
   ANP + ANA, TAL + ["Unidentified Armed Group (Afghanistan)", ""], AF, [""], (), 46,
   evidence="the Ministry of Interior said 46 insurgents had been killed and 21 others wounded in police operations "
            "across the country in the past 24 hours (rule 6: country-level aggregate with fatalities)")

# ---------------------------------------------------------------- Kunar / Laghman / Nuristan / Nangarhar (TOLOnews, 2018-11-22, Thu)
A = "afghanistan_chapadara_tolonews"
CHAPA = ["Chapah Darah", "Chapa Dara", "Chapa Darah", "Chapadara"]
ev("chapa-dara-daesh-taliban-fighting", A, "2018-11-22", "2018-11-20", "2018-11-22", BAT, ["Armed clash"],
   ISK + TAL, TAL + ISK, AF, KUNAR, CHAPA, 19, tp=2,
   evidence="At least 19 fighters have been killed in three days of fighting between Daesh and Taliban militants in "
            "Chapa Dara district ... The clashes broke out on Tuesday")
ev("chapa-dara-us-drone-strike", A, "2018-11-21", "2018-11-21", "2018-11-22", EXP, ["Air/drone strike"],
   US + NATO, ISK, AF, KUNAR, CHAPA, 6,
   evidence="On Wednesday night, a US drone strike targeted a Daesh hideout in the same district, killing six Daesh "
            "fighters")
ev("sarkano-cross-border-rockets", A, "2018-11-20", "2018-11-20", "2018-11-20", EXP,
   ["Shelling/artillery/missile attack"], PAK + UAG, CIV + [""], AF, KUNAR, ["Sirkanay", "Sarkano", "Sarkani", "Sar Kani"], 0,
   evidence="rockets fired from the Pakistani side of the Durand Line landed in Sarkano district on Tuesday, wounding "
            "three civilians")
ev("alishang-checkpoints-attack", A, "2018-11-21", "2018-11-21", "2018-11-22", BAT,
   ["Armed clash"], TAL, ANA + ANP, AF, LAGHMAN,
   ["'Alisheng", "Alishang", "Alishing", "Alisheng"], 13,
   evidence="Taliban fighters attacked security checkpoints in Alishang district late on Wednesday ... Five soldiers and "
            "eight Taliban were killed")
ev("waygal-elder-house-burned", A, "2018-11-22", "2018-11-22", "2018-11-22", STR, ["Looting/property destruction"],
   TAL, CIV + [""], AF, NURISTAN, ["Waygal", "Waigal", "Waigul"], 0,
   evidence="Taliban fighters set fire to the house of a pro-government tribal elder in Waygal district on Thursday "
            "morning ... Nobody was inside")
ev("nangarhar-village-roadside-bomb", A, "2018-11-22", "2018-11-22", "2018-11-22", EXP,
   ["Remote explosive/landmine/IED"], UAG + ISK + TAL, CIV, AF, NANGARHAR, (), 2,
   evidence="Also on Thursday, two civilians were killed when a roadside bomb went off in a village in eastern "
            "Nangarhar province ... without giving the exact location")

# ---------------------------------------------------------------- Herat / Badghis / Ghor / Farah (RFE/RL, 2019-06-20, Thu)
A = "afghanistan_shindand_rferl"
RASUL = ["High Council of the Islamic Emirate", "Taliban (Rasul Faction)", "Taliban Splinter Group",
         "Mullah Rasul Faction", "High Council of Islamic Emirate of Afghanistan", "Taliban - Rasul faction",
         "Taliban (Mullah Rasool Faction)", "Taliban"]
ev("shindand-taliban-faction-fighting", A, "2019-06-20", "2019-06-18", "2019-06-20", BAT, ["Armed clash"],
   TAL + RASUL, RASUL + TAL, AF, HERAT, ["Shindand"], 28, tp=2,
   evidence="Fighters from rival Taliban factions have been battling each other for three days in ... Shindand ... 28 "
            "fighters had been killed ... provincial council ... more than 40")
ev("muqur-outposts-attack", A, "2019-06-17", "2019-06-17", "2019-06-18", BAT, ["Armed clash"],
   TAL, ANA, AF, BADGHIS, ["Muqur", "Moqur", "Muqor"], 23,
   evidence="eight soldiers were killed when Taliban fighters attacked army outposts in the Muqur district of Badghis "
            "Province late on June 17 ... at least 15 insurgents also died")
ev("tulak-district-centre-seized", A, "2019-06-19", "2019-06-19", "2019-06-19", BAT,
   ["Non-state actor overtakes territory"], TAL, ANP + ANA, AF, GHOR, ["Tulak", "Tolak"], 3,
   evidence="the Taliban seized the center of Tulak district on June 19 after a weeklong siege ... Three policemen were "
            "killed in the final assault")
ev("tulak-siege-week", A, "2019-06-19", "2019-06-12", "2019-06-19", BAT, ["Armed clash"],
   TAL, ANP + ANA + [""], AF, GHOR, ["Tulak", "Tolak"], None, req=False, tp=2,
   evidence="the Taliban seized the center of Tulak district on June 19 after a weeklong siege (the siege as a "
            "week-range clash, no toll)")
ev("khak-e-safid-us-air-strike", A, "2019-06-18", "2019-06-18", "2019-06-19", EXP, ["Air/drone strike"],
   US + NATO, CIV + TAL, AF, FARAH, ["Khak-e Safed", "Khak-e Safid", "Khaki Safed", "Khak-i-Safid", "Khak-e Sefid"],
   6,
   evidence="a U.S. air strike in the Khak-e Safid district on the night of June 18 hit a house and killed six civilians "
            "... Resolute Support said the strike had targeted 'several Taliban fighters'")
ev("herat-women-peace-march", A, "2019-06-19", "2019-06-19", "2019-06-19", PRO, ["Peaceful protest"],
   ["Protesters (Afghanistan)", "Women (Afghanistan)"], [""], AF, HERAT, ["Herat", "Hirat", "Herat City"], 0,
   evidence="In the city of Herat, dozens of women marched to the governor's office on June 19 to demand a say in any "
            "peace deal ... The march ended without incident")

# ---------------------------------------------------------------- Takhar / Kunduz / Badakhshan (Khaama Press, 2020-10-22, Thu)
A = "afghanistan_hazarsamuch_khaama"
ev("hazar-samuch-madrasa-air-strike", A, "2020-10-21", "2020-10-21", "2020-10-21", EXP, ["Air/drone strike"],
   ANA, CIV + TAL, AF, TAKHAR, ["Hazar Sumuch", "Hazar Samuch", "Hazar Sumoch", "Hazarsumuch"], 11,
   evidence="Eleven civilians, most of them children ... were killed in an air strike by the Afghan Air Force in Hazar "
            "Samuch district ... on Wednesday ... council member ... 12 children ... MoD ... 12 Taliban ... denied")
ev("baharak-takhar-overnight-attack", A, "2020-10-20", "2020-10-20", "2020-10-21", BAT, ["Armed clash"],
   TAL, ANP + ANA, AF, TAKHAR, ["Baharak", "Bahārak"], 14,
   evidence="the Taliban launched a large overnight attack on security forces in the Baharak district of the same "
            "province ... 34 ... late on Tuesday, but the Ministry of Interior said fourteen policemen had been killed")
ev("khanabad-aqtepa-retaken", A, "2020-10-21", "2020-10-21", "2020-10-21", BAT, ["Government regains territory"],
   ANA, TAL, AF, KUNDUZ, ["Khanabad", "Khan Abad"], 9,
   evidence="In neighboring Kunduz, Afghan forces on Wednesday retook the Aqtepa area of Khanabad district ... Nine "
            "Taliban fighters were killed")
ev("tishkan-roadside-bomb", A, "2020-10-22", "2020-10-22", "2020-10-22", EXP, ["Remote explosive/landmine/IED"],
   UAG + TAL, ANP, AF, BADAKHSHAN, ["Tashkan", "Tishkan", "Teshkan"], 2,
   evidence="In Badakhshan province, two policemen were killed when a roadside bomb hit their vehicle in Tishkan "
            "district on Thursday morning")
ev("mod-national-24h-toll-2020", A, "2020-10-22", "2020-10-21", "2020-10-22", BAT, ["Armed clash"],
   ANA + ANP, TAL + [""], AF, [""], (), 87,
   evidence="87 Taliban fighters had been killed and 34 others wounded in operations by the ANDSF in several provinces "
            "over the past 24 hours (rule 6: no place below the country)")
ev("helmand-us-air-strikes-last-week", A, "2020-10-18", "2020-10-11", "2020-10-18", EXP, ["Air/drone strike"],
   US, TAL + [""], AF, HELMAND, (), None, req=False, tp=2,
   evidence="Last week, the US military carried out air strikes in support of Afghan forces in Helmand (week range, no "
            "toll)")
ev("lashkar-gah-taliban-attack-last-week", A, "2020-10-18", "2020-10-11", "2020-10-18", BAT, ["Armed clash"],
   TAL, AFG_SF + [""], AF, HELMAND, ["Lashkar Gah", "Lashkargah"], None, req=False, tp=2,
   evidence="after the Taliban attacked the provincial capital, Lashkar Gah (last week, no toll)")

DROP = {
    "afghanistan_siahgird_guardian": ["The Guardian", "Skip to main content", "News", "Opinion", "Sport", "Culture",
                                      "Lifestyle", "World", "Afghanistan", "Share on Facebook", "Share on Twitter",
                                      "Share via Email", "More on this story",
                                      "Afghan police killed in Taliban attack on Kandahar checkpoint",
                                      "US warns it could pull all troops out of Afghanistan without security deal",
                                      "Topics", "Hamid Karzai", "South and central Asia",
                                      "© 2014 Guardian News and Media Limited or its affiliated companies. "
                                      "All rights reserved."],
    "afghanistan_yamgan_reliefweb": ["ReliefWeb", "Skip to main content", "Updates", "Countries", "Disasters",
                                     "Organizations", "Topics", "Jobs", "Training", "Format: Situation Report",
                                     "Country: Afghanistan", "Share", "Facebook", "Twitter",
                                     "Email", "Download Report (PDF | 412.6 KB)"],
    "afghanistan_almar_pajhwok": ["Pajhwok Afghan News", "Home", "Afghanistan", "Regions", "North", "Business",
                                  "Health", "Elections", "Dari", "Pashto", "Related News",
                                  "Taliban commander among 5 killed in Jawzjan clash",
                                  "Faryab farmers worry over drought, insecurity",
                                  "Abducted Kunduz bus passengers freed: MoI",
                                  "Copyright © 2016 Pajhwok Afghan News. All rights reserved."],
    "afghanistan_chapadara_tolonews": ["TOLOnews", "Afghanistan", "World", "Business", "Sport", "Opinion", "Videos",
                                       "Programs", "Share", "Tweet", "Related Stories",
                                       "Ghani Leaves For Geneva Conference Next Week",
                                       "Nangarhar Residents Protest Against Insecurity", "© TOLOnews 2018"],
    "afghanistan_shindand_rferl": ["RFE/RL", "Gandhara", "Afghanistan", "Pakistan", "Central Asia", "Languages",
                                   "Search", "Share", "Print",
                                   "Copyright (c) 2019. RFE/RL, Inc. Used with the permission of Radio Free "
                                   "Europe/Radio Liberty, 1201 Connecticut Ave NW, Ste 400, Washington DC 20036.",
                                   "Related", "Taliban Claims Attack On Afghan Army Base In Badghis",
                                   "Afghan Women Fear Losing Gains In Peace Process", "Subscribe to our newsletter"],
    "afghanistan_hazarsamuch_khaama": ["Khaama Press", "Home", "Afghanistan", "World", "Business", "Sports",
                                       "Science", "Subscribe", "Share on Facebook", "Share on Twitter",
                                       "Share on WhatsApp", "Related Posts",
                                       "Taliban attack on Baharak kills security forces in Takhar",
                                       "Civilian casualties in Afghanistan rise despite peace talks",
                                       "Copyright © 2020 Khaama Press News Agency. All rights reserved."],
}
EITHER = {
    "afghanistan_alingar_ap": ["By RAHIM FAIEZ, Associated Press",
                               "Associated Press writer Patrick Quinn contributed to this report from Kabul."],
    "afghanistan_herat_reuters": ["By Mirwais Harooni",
                                  "(Additional reporting by Hamid Shalizi in Kabul; Writing by Jessica Donati; "
                                  "Editing by Robert Birsel)"],
    "afghanistan_siahgird_guardian": ["Emma Graham-Harrison in Kabul", "Thursday 16 January 2014 13.41 GMT"],
    "afghanistan_yamgan_reliefweb": ["Source: UN Office for the Coordination of Humanitarian Affairs",
                                     "Posted: 5 Nov 2015", "Originally published: 5 Nov 2015",
                                     "For further information, please contact: OCHA Afghanistan, "
                                     "ochaafghanistan@un.org"],
    "afghanistan_almar_pajhwok": ["Jun 02, 2016 - 18:45", "By Sayed Hamid Nazari"],
    "afghanistan_chapadara_tolonews": ["Written by Sharif Hassanzada", "22 November 2018"],
    "afghanistan_shindand_rferl": ["June 20, 2019 14:05 GMT", "By RFE/RL's Radio Azadi",
                                   "With reporting by Radio Azadi correspondents in Herat, Badghis, and Farah"],
    "afghanistan_hazarsamuch_khaama": ["By Khaama Press News Agency", "October 22, 2020"],
}

if __name__ == "__main__":
    write_gold(HERE, E, note="8 hand-written held-out articles (bench/heldout210; Afghanistan 2012-2020 outside "
                             "Kandahar/Helmand: Taliban, Afghan forces, IS-Khorasan, US/NATO air strikes), coded by "
                             "CODEBOOK.md before the system was run (BLIND).", drop=DROP, either=EITHER)
