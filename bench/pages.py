"""CPU time of one page of the questions the search index pages, without and with it.

    nice -n 10 .venv/bin/python bench/pages.py /tmp/kg1m      # a store bench/queries.py made

For each page (``claims-about``, ``statements-by``, ``first-report``,
``claimed-control``, ``denials``, ``who-said-what``, ``corroboration`` as ``kg query``
asks them, and the explorer's entity page lists: its items and its timeline's dated
items, for the busiest organisation and place of the generated store), the CPU time of
this process (the embedded pyoxigraph store runs in it), median of ``--rounds``:
*without* the index's pages (``kg.query._page_from_index`` turned off: the question
runs as SPARQL, its lookups by name from the index, as before wave 10) and *with*
them; the rows of the two are compared. CPU time, not wall time, so that a machine
shared with other work still gives figures to compare. The store needs a search
index of this version (``bench/queries.py --keep DIR`` makes one).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's kg, not another
from kg import query  # noqa: E402 - after the path is set
from kg.explorer.pages import CHART_ITEMS, ITEMS, SPARQL  # noqa: E402
from kg.store import GraphStore  # noqa: E402

ORG = "https://w3id.org/newskg/id/organization/org-3"
PLACE = "https://w3id.org/newskg/id/place/place-7"
#: (label, question, parameters, folder of the question, rows of the page)
PAGES = [
    ("claims-about `Org 3`, first 100", "claims-about", {"entity": "Org 3"}, None, 100),
    ("statements-by `Org 3`, first 100", "statements-by", {"actor": "Org 3"}, None, 100),
    ("first-report `Place 7` `ControlEvent`", "first-report",
     {"about": "Place 7", "type": "ControlEvent"}, None, 100),
    ("claimed-control `Place 7`, first 100", "claimed-control", {"place": "Place 7"}, None,
     100),
    ("denials about `Place 7`, first 100", "denials", {"about": "Place 7"}, None, 100),
    ("who-said-what `Place 7`, first 100", "who-said-what", {"about": "Place 7"}, None, 100),
    ("corroboration `Place 7` `ControlEvent`", "corroboration",
     {"about": "Place 7", "type": "ControlEvent"}, None, 100),
    (f"entity page items, `org-3`, first {ITEMS}", "entity-items", {"entity": ORG}, SPARQL,
     ITEMS),
    ("entity page timeline, `org-3`", "entity-dates", {"entity": ORG}, SPARQL, CHART_ITEMS),
    (f"entity page items, `place-7`, first {ITEMS}", "entity-items", {"entity": PLACE},
     SPARQL, ITEMS),
    ("entity page timeline, `place-7`", "entity-dates", {"entity": PLACE}, SPARQL,
     CHART_ITEMS),
]


def cpu_ms(fn, rounds: int):
    """The median CPU milliseconds of ``rounds`` calls of ``fn``, and its last answer."""
    spent, answer = [], None
    for _ in range(rounds):
        started = time.process_time()
        answer = fn()
        spent.append(time.process_time() - started)
    return 1000 * statistics.median(spent), answer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path, help="a store with its search index")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    print("| page | rows | without the index's pages, ms CPU | with them, ms CPU |")
    print("|---|---|---|---|")
    same = True
    with GraphStore.open(args.store, read_only=True) as store:
        for label, name, params, folder, limit in PAGES:
            def page(name=name, params=params, folder=folder, limit=limit):
                return query.run_page(store, name, params, limit=limit, directory=folder)

            with mock.patch.object(query, "_page_from_index", return_value=None):
                before, old = cpu_ms(page, args.rounds)
            after, new = cpu_ms(page, args.rounds)
            agree = (old.result.rows, old.more) == (new.result.rows, new.more)
            same &= agree
            print(f"| {label} | {len(new.result.rows)}{'' if agree else ' **differ**'} | "
                  f"{before:.0f} | {after:.0f} |", flush=True)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
