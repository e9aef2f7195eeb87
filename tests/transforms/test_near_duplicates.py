"""Near-duplicate articles: one wire story with edits vs different stories."""
from __future__ import annotations

import random

from transforms.near_duplicates import find_near_duplicates, jaccard, shingles

WIRE = """Al Shabaab fighters stormed a military base in the town of Bulo Marer in Somalia's Lower Shabelle region early on Tuesday, killing at least 14 soldiers, officials and residents said.
The militants detonated a car bomb at the gate of the base before gunmen poured inside, a local commander, Captain Ahmed Nur, told reporters by telephone.
"The fighting lasted nearly three hours and we lost many men," he said, adding that reinforcements had arrived from the regional capital Marka by midday.
The al Qaeda-linked group said in a statement on its Andalus radio station that its fighters had seized weapons and vehicles and killed more than 30 soldiers.
Residents said they heard heavy gunfire and explosions before dawn and that many families had fled toward the coast.
Somalia's government has vowed to drive the insurgents out of their rural strongholds, and African Union troops have handed several bases to the national army this year.
"""

EDITED = """Al-Shabaab fighters stormed an army base in the town of Bulo Marer in Somalia's Lower Shabelle region early Tuesday, killing at least 14 soldiers, officials and residents said.
The militants detonated a car bomb at the gate of the base before gunmen poured inside, a local commander, Capt. Ahmed Nur, told Reuters by telephone.
"The fighting lasted nearly three hours and we lost many men," he said, adding that reinforcements arrived from the regional capital Marka by midday.
The al Qaeda-linked group said on its Andalus radio station that its fighters had seized weapons and vehicles and killed more than 30 soldiers.
Somalia's government has vowed to drive the insurgents out of their rural strongholds.
"""

REWRITE = """Somali soldiers were killed on Tuesday when al Shabaab militants overran a military base in Bulo Marer, a town in the Lower Shabelle region, according to officials and local residents, who put the toll at no fewer than 14.
A car bomb exploded at the gate of the base and gunmen then poured inside, Captain Ahmed Nur, a local commander, said by phone. He said the fighting had lasted nearly three hours and that many of his men were lost; reinforcements came from the regional capital Marka around midday.
On its Andalus radio station the al Qaeda-linked group claimed its fighters had killed more than 30 soldiers and seized weapons and vehicles.
Families fled toward the coast after residents heard explosions and heavy gunfire before dawn.
"""

SAME_TOPIC = """Al Shabaab militants attacked a police station in the town of Afgooye in Somalia's Lower Shabelle region on Sunday night, killing three police officers, a police spokesman said.
The gunmen opened fire on the station and threw grenades before security forces repelled them, spokesman Abdifatah Aden said.
Residents said the clashes lasted about an hour and that two civilians were wounded by stray bullets.
The al Qaeda-linked group, which has fought the Somali government for more than 15 years, claimed responsibility on its Andalus radio station and said it had killed seven officers.
Somalia's government has vowed to defeat the insurgents, and African Union troops have handed several bases to the national army this year.
"""

OTHER_WAR = """Russian missiles struck an energy facility in the city of Dnipro on Tuesday, killing two workers and cutting power to thousands of homes, the regional governor said.
Ukraine's air force said it had shot down 12 of 18 missiles launched overnight, while emergency crews worked through the morning to put out fires at the site.
"""

LIGHT_REWRITE = """Al Shabaab militants stormed a military base in Bulo Marer town in the Lower Shabelle region of Somalia before dawn on Tuesday, killing at least 14 soldiers, according to officials and residents.
The fighters set off a car bomb at the gate of the base before gunmen poured in, local commander Captain Ahmed Nur told journalists by telephone.
"The fighting went on for nearly three hours and we lost many men," he said, adding that reinforcements had come from the regional capital Marka by midday.
The al Qaeda-linked group said on its Andalus radio station that its fighters seized weapons and vehicles and killed more than 30 soldiers.
Residents reported heavy gunfire and explosions before dawn, and said many families had fled toward the coast.
"""


def test_edited_copy_and_light_rewrite_map_to_the_smallest_id():
    articles = [("wire-b", WIRE), ("paper-a", EDITED), ("site-c", LIGHT_REWRITE),
                ("same-topic", SAME_TOPIC), ("ukraine", OTHER_WAR)]
    assert find_near_duplicates(articles) == {"wire-b": "paper-a", "site-c": "paper-a"}


def test_same_topic_story_sharing_a_background_paragraph_is_not_a_duplicate():
    similarity = jaccard(shingles(WIRE), shingles(SAME_TOPIC))
    assert 0.05 < similarity < 0.15
    assert find_near_duplicates([("w", WIRE), ("s", SAME_TOPIC), ("u", OTHER_WAR)]) == {}


def test_heavy_paraphrase_is_not_a_near_copy():
    # left to event resolution, which merges the events the two report
    assert find_near_duplicates([("w", WIRE), ("r", REWRITE)]) == {}


def test_result_does_not_depend_on_input_order():
    articles = [("a3", LIGHT_REWRITE), ("a1", WIRE), ("a2", EDITED), ("a4", SAME_TOPIC)]
    expected = find_near_duplicates(articles)
    for seed in range(5):
        shuffled = articles[:]
        random.Random(seed).shuffle(shuffled)
        assert find_near_duplicates(shuffled) == expected
    assert expected == {"a2": "a1", "a3": "a1"}


def test_groups_are_transitive():
    lines = WIRE.splitlines()
    first = OTHER_WAR + "\n".join(lines[:3])   # shares the wire's first half
    last = "\n".join(lines[3:]) + "\n" + SAME_TOPIC  # shares its second half
    assert jaccard(shingles(first), shingles(last)) < 0.05
    articles = [("c-last", last), ("b-wire", WIRE), ("a-first", first)]
    assert find_near_duplicates(articles) == {"b-wire": "a-first", "c-last": "a-first"}


def test_many_copies_of_one_story_all_find_the_canonical_one():
    rng = random.Random(7)
    words = WIRE.split()
    copies = []
    for i in range(120):  # more than one band bucket pairs in full
        edited = words[:]
        for _ in range(6):
            edited[rng.randrange(len(edited))] = rng.choice(["reportedly", "Tuesday", "army"])
        copies.append((f"copy-{i:03d}", " ".join(edited)))
    result = find_near_duplicates(copies + [("other", SAME_TOPIC)])
    assert result == {f"copy-{i:03d}": "copy-000" for i in range(1, 120)}


def test_identical_short_briefs_are_linked():
    brief = ("Gunmen killed seven villagers and burned granaries in Dinguira, Kayes region, "
             "on Friday night, the mayor told state television, blaming jihadist fighters.")
    assert find_near_duplicates([("b", brief), ("a", brief + " More follows.")]) == {"b": "a"}


def test_short_and_empty_texts_are_never_linked_and_repeated_ids_read_once():
    assert find_near_duplicates([("a", ""), ("b", ""), ("c", "Shots fired."), ("d", "Shots fired.")]) == {}
    assert find_near_duplicates([("a", WIRE), ("a", WIRE)]) == {}
    assert find_near_duplicates([]) == {}


def test_sample_wire_versions_are_linked_and_other_stories_are_not(sample_dir):
    articles = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(sample_dir.glob("*.txt"))]
    assert find_near_duplicates(articles) == {
        "003_1ef389922c55e578": "001_f484baaed8a32eec",
        "004_fc6256aaf7a0ac80": "001_f484baaed8a32eec",
    }
