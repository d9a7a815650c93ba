"""kg.extract: the place of a claimed takeover given by a description of a town.

- "took control of a key town in northern Veska" with the town named just after ("...
  fighting for Dorn"), or hung by the parser on the larger place ("a town in northern
  Veska, Dorn", "the capital of Veska, Halvik"), or a capital the text named before
  ("Halvik, the capital of Veska" ... "seized Veska's capital"): the claim is of that
  town; the larger place only locates it.
- Not a town the text does not name, nor a place named far after, nor a region or a
  country named after the description.

Every sentence is invented (names and places are made up).
"""

from __future__ import annotations

import pytest
from cases import case

# fmt: off
NAMED_TOWNS = [
    # (text, speaker, town): the town the claim's description stands for
    case("named-later-in-sentence",
         "Kelvar Front rebels said on Sunday that they had taken control of a key town in "
         "northern Veska, but the government said troops were still fighting in Dornholm and "
         "Sellby.",
         "Kelvar Front", "Dornholm"),
    case("named-in-next-sentence",
         "The Kelvar Front said on Monday it was in control of a town in eastern Veska. "
         "Fighting has rocked the town of Dornholm since June.",
         "Kelvar Front", "Dornholm"),
    case("apposition-on-region",
         "Fighting spread near Dornholm. The Kelvar Front said its fighters had captured a "
         "strategic town in northern Veska, Dornholm.",
         "Kelvar Front", "Dornholm"),
    case("capital-of-apposition",
         "The Marlow Legion said it had seized the capital of Veska, Halvik.",
         "Marlow Legion", "Halvik"),
    case("capital-named-before",
         "Clashes broke out around Halvik, the capital of Veska. The Marlow Legion claimed "
         "on Tuesday to have seized control of Veska's capital.",
         "Marlow Legion", "Halvik"),
    case("city-two-sentences-on",
         "The Orran Guard announced that it had retaken a city in southern Veska. Residents "
         "fled overnight. Shops in Kestrava reopened on Wednesday.",
         "Orran Guard", "Kestrava"),
    case("village-quoted",
         "\"We now hold a village in western Veska,\" the Kelvar Front said in a statement. "
         "Aid groups said people were leaving Sellby.",
         "Kelvar Front", "Sellby"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "town"), NAMED_TOWNS)
def test_a_described_town_claimed_is_the_town_the_text_names(run, text, speaker, town):
    r = run(text)
    places = r.claimed_places(speaker)
    assert town in places, r.summary()
    assert places.index(town) == 0, r.summary()


# fmt: off
NO_TOWN = [
    # (text, speaker, place, not_place): the description names no town of the text's
    case("no-name-given",
         "The Kelvar Front said on Monday it had seized a village in eastern Veska.",
         "Kelvar Front", "Veska", None),
    case("named-too-far-on",
         "The Orran Guard said it had retaken a town in southern Veska. Residents fled. "
         "Markets were shut. Schools closed. Shops in Kestrava reopened on Wednesday.",
         "Orran Guard", "Veska", "Kestrava"),
    case("region-named-after",
         "The Kelvar Front said it had captured a town in eastern Veska. The Sellby province "
         "has seen heavy fighting.",
         "Kelvar Front", "Veska", "Sellby"),
    case("the-town-named-itself",
         "The Kelvar Front said it had taken the town of Dornholm in eastern Veska. Talks "
         "were held in Marlow on Friday.",
         "Kelvar Front", "Dornholm", "Marlow"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place", "not_place"), NO_TOWN)
def test_a_description_takes_no_town_the_text_does_not_give_it(run, text, speaker, place,
                                                                not_place):
    r = run(text)
    places = r.claimed_places(speaker)
    assert place in places, r.summary()
    assert not_place is None or not_place not in places, r.summary()

