"""A corpus of N invented news articles, for building at scale (bench/scale.py).

    .venv/bin/python bench/corpus.py 100000 --out /tmp/corpus-100k.jsonl
    .venv/bin/python bench/corpus.py 1000 --seed 7 --out - | head -1

Every article is made from templates and invented names: people, places and
organisations are built from syllables (tens of thousands of each, so the entity
index grows as a real archive's does), dates fall in the weeks before the article's
publication, and each article tells one story (a clash, a protest, an election, an
arrest, a takeover, a strike, a flood …) in 3 to 12 paragraphs of statements, direct
quotes, denials and background. No text of a dev set is used.

The output is JSON Lines, one article a line (``id``, ``url``, ``title``,
``published``, ``publisher``, ``text``), the format ``kg build`` reads. It is written
as it is made (nothing but one article in memory) and is the same for the same seed
and count. About one article in ``DUPLICATE_EVERY`` repeats an earlier one, under
another id and URL (a syndicated copy) or under the same URL, so that the build's
duplicate checks are exercised at every size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

#: One article in this many repeats an earlier one (text or URL), a duplicate to skip.
DUPLICATE_EVERY = 200
#: How far back a repeated article may come from (kept in memory: a small window).
_WINDOW = 50

_ONSETS = ("b", "br", "d", "dr", "f", "g", "gr", "h", "k", "kr", "l", "m", "n", "p", "r",
           "s", "st", "t", "tr", "v", "z", "sh", "th", "j", "w", "c", "ch")
_VOWELS = ("a", "e", "i", "o", "u", "ai", "ei", "ou", "ia", "ea")
_CODAS = ("", "", "n", "r", "l", "s", "m", "k", "nd", "rt", "sk", "v", "th")
_PLACE_ENDS = ("ville", "burg", "ford", "haven", "stad", "grad", "mouth", "field", "ton",
               "vik", "dale", "port", "a", "ia", "ar", "es")
_ORG_KINDS = ("Party", "Front", "Movement", "Alliance", "Union", "Council", "League",
              "Federation", "Group", "Holdings", "Bank", "Authority", "Commission")
_ORG_ADJECTIVES = ("National", "United", "Democratic", "Free", "Northern", "Southern",
                   "People's", "Workers'", "Patriotic", "Independent", "Central", "Eastern")
_OUTLETS = ("Daily Harbinger", "Morning Ledger", "Evening Courier", "Coastal Times",
            "Valley Gazette", "Northern Post", "Capital Observer", "Frontier Wire",
            "Island Chronicle", "Plains Herald")
_ROLES = ("spokesman", "spokeswoman", "leader", "chairman", "minister", "commander",
          "mayor", "director", "secretary", "governor")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: The stories: a headline, the opening, and sentences to draw the body from. Slots:
#: {org} {org2} {place} {place2} {person} {person2} {role} {role2} {day} {n} {m}.
_STORIES = (
    ("{org} says it took control of {place}",
     "{org} said on {day} that its fighters had taken control of {place}, a town of {n} "
     "thousand people east of {place2}.",
     ("\"We hold every road into {place},\" {role} {person} told reporters.",
      "{org2} denied the claim, saying its units still guarded the bridge at {place}.",
      "Residents of {place} said fighting went on through the night.",
      "{person2}, a {role2} of {org2}, accused {org} of shelling homes near {place2}.",
      "At least {m} people were killed in the clashes, officials in {place2} said.")),
    ("Thousands protest in {place} against {org}",
     "Thousands of people marched through {place} on {day} to protest against the plans "
     "of {org}, organisers said.",
     ("\"This city will not be sold,\" said {person}, who helped organise the march.",
      "Police in {place} said {n} hundred people took part and {m} were arrested.",
      "{org} said in a statement that the protest had been peaceful.",
      "{person2}, the {role2} of {org2}, called on the government to listen to the "
      "protesters.",
      "The march ended outside the offices of {org2} in {place2}.")),
    ("{person} wins election in {place}",
     "{person} of {org} won the election for {role} of {place} on {day}, the electoral "
     "commission said.",
     ("{person} took {n} percent of the vote, against {m} percent for {person2} of {org2}.",
      "\"The people of {place} have chosen change,\" {person} told supporters.",
      "{person2} said {org2} would challenge the result in court.",
      "Turnout in {place} was the highest since the vote of {year}, officials said.",
      "{org2} accused {org} of buying votes in {place2}, a charge {org} denied.")),
    ("Police in {place} arrest {person}",
     "Police in {place} arrested {person}, a former {role} of {org}, on {day}, the "
     "prosecutor's office said.",
     ("{person} is accused of taking bribes worth {n} million from {org2}.",
      "A lawyer for {person} said the charges were false and politically motivated.",
      "\"No one is above the law,\" said {person2}, the {role2} of {place2}.",
      "{org} said it would cooperate with the investigation.",
      "The court in {place} will hear the case next month.")),
    ("{org} agrees to buy {org2}",
     "{org} agreed on {day} to buy {org2} for {n} million, the two companies said.",
     ("\"This deal makes us the largest lender in {place},\" said {person}, the {role} of "
      "{org}.",
      "{person2} of {org2} said the company would keep its offices in {place2}.",
      "Shares of {org2} rose {m} percent in {place} after the announcement.",
      "Regulators in {place} must approve the takeover, which {org} expects to close in "
      "{year}.",
      "Unions at {org2} warned that jobs in {place2} could be cut.")),
    ("Workers at {org} strike in {place}",
     "Workers at {org} in {place} went on strike on {day}, demanding higher wages, their "
     "union said.",
     ("{org2}, which represents {n} hundred workers, said the strike would last a week.",
      "\"We cannot live on these wages,\" said {person}, a worker at the plant in {place}.",
      "{org} said it had offered a raise of {m} percent and called the strike unlawful.",
      "{person2}, the {role2} of {place}, urged both sides to return to talks.",
      "Production at the plant in {place2} has stopped, the company said.")),
    ("Floods force thousands from homes in {place}",
     "Floods forced {n} thousand people from their homes in {place} on {day}, the "
     "{role} of {place} said.",
     ("{person}, the {role} of {place}, said {m} people had died and many were missing.",
      "\"The water rose faster than anyone expected,\" said {person2}, who lives near the "
      "river.",
      "{org} sent boats and food to {place2}, its {role2} said.",
      "Forecasters warned that more rain would fall on {place} this week.",
      "{org2} said roads between {place} and {place2} were closed.")),
    ("{org} and {org2} meet for talks in {place}",
     "Leaders of {org} and {org2} met in {place} on {day} for the first talks since the "
     "ceasefire of {year}.",
     ("{person} of {org} said the talks had been frank and useful.",
      "{person2}, the {role2} of {org2}, said no agreement had been reached on {place2}.",
      "\"We are ready to sign if the other side keeps its word,\" {person} said.",
      "The talks will continue in {place2} next week, a {role} of {org} said.",
      "{org2} denied reports that it had asked for more time.")),
)
_BACKGROUND = (
    "{place} lies on the main road between {place2} and the coast.",
    "{org} was founded in {year} and has offices in {place} and {place2}.",
    "The region around {place} has seen unrest since {year}.",
    "{person} has been the {role} of {org} since {year}.",
    "Talks between {org} and the government broke down in {year}.",
    "The {place2} district is home to about {n} thousand people.",
)


def articles(count: int, *, seed: int = 1) -> Iterator[dict]:
    """``count`` invented articles, as JSON-ready dicts, the same for the same seed."""
    rng = random.Random(seed)
    recent: list[dict] = []
    start = dt.date(2024, 1, 1)
    for n in range(count):
        if n and n % DUPLICATE_EVERY == DUPLICATE_EVERY // 2 and recent:
            yield _repeat(rng, rng.choice(recent), n)
            continue
        art = _article(rng, n, start + dt.timedelta(days=n * 400 // max(count, 1)))
        recent = [*recent[-_WINDOW + 1:], art]
        yield art


def write(count: int, out: TextIO, *, seed: int = 1) -> int:
    """Write ``count`` articles to ``out`` as JSON Lines; returns their words."""
    words = 0
    for art in articles(count, seed=seed):
        out.write(json.dumps(art, ensure_ascii=False) + "\n")
        words += len(art["text"].split())
    return words


def _article(rng: random.Random, n: int, published: dt.date) -> dict:
    headline, opening, body = rng.choice(_STORIES)
    slots = {
        "org": _organisation(rng), "org2": _organisation(rng), "place": _place(rng),
        "place2": _place(rng), "person": _person(rng), "person2": _person(rng),
        "role": rng.choice(_ROLES), "role2": rng.choice(_ROLES),
        "day": _WEEKDAYS[(published.weekday() - rng.randint(0, 3)) % 7],
        "n": rng.randint(2, 90), "m": rng.randint(2, 40), "year": rng.randint(1990, 2023),
    }
    paragraphs = [opening.format(**slots)]
    for _ in range(rng.randint(2, 11)):
        sentences = rng.sample(body, rng.randint(1, 3))
        if rng.random() < 0.3:
            sentences.append(rng.choice(_BACKGROUND))
        paragraphs.append(" ".join(s.format(**slots) for s in sentences))
    outlet = _OUTLETS[n % len(_OUTLETS)]
    return {"id": f"gen-{n:07d}", "url": f"https://news.example/{n % 97}/{n:07d}",
            "title": headline.format(**slots), "published": published.isoformat(),
            "publisher": outlet, "text": "\n\n".join(paragraphs)}


def _repeat(rng: random.Random, earlier: dict, n: int) -> dict:
    """A second copy of ``earlier``: syndicated under a new id and URL, or re-sent with
    its URL under a new id."""
    copy = {**earlier, "id": f"gen-{n:07d}"}
    if rng.random() < 0.5:
        copy["url"] = f"https://wire.example/{n:07d}"
    return copy


def _word(rng: random.Random, syllables: int) -> str:
    parts = [rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(syllables)]
    return ("".join(parts) + rng.choice(_CODAS)).capitalize()


def _person(rng: random.Random) -> str:
    return f"{_word(rng, rng.randint(1, 2))} {_word(rng, rng.randint(2, 3))}"


def _place(rng: random.Random) -> str:
    stem = _word(rng, rng.randint(1, 2))
    return (stem.rstrip("aeiou") if len(stem.rstrip("aeiou")) > 2 else stem) + rng.choice(
        _PLACE_ENDS)


def _organisation(rng: random.Random) -> str:
    kind = rng.choice(_ORG_KINDS)
    if rng.random() < 0.5:
        return f"{rng.choice(_ORG_ADJECTIVES)} {kind} of {_place(rng)}"
    return f"{_word(rng, 2)} {kind}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="how many articles")
    parser.add_argument("--out", default="-", help="a .jsonl file, or - for standard output")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.out == "-":
        write(args.count, sys.stdout, seed=args.seed)
        return 0
    with Path(args.out).open("w", encoding="utf-8") as fh:
        words = write(args.count, fh, seed=args.seed)
    print(f"{args.count} articles, {words} words ({words / max(args.count, 1):.0f} an "
          f"article) in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
