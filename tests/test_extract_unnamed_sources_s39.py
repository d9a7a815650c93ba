"""kg.extract: a source's wish to stay unnamed is no appeal. "A doctor, who asked not to
be named, said ..." made a statement of "asked" with the content "not to be named"; the
words are about how the reporter got the source, so no statement comes of them.
Near-misses: "asked not to be sent back", "asked the council not to close the library"
are appeals still.

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations


def test_asking_not_to_be_named_is_no_statement(run):
    r = run("A doctor at Ferrin General Hospital, who asked not to be named, said 20 people "
            "had died.")
    assert not [s for s in r.ex.statements if s.cue == "ask"], r.summary()
    r = run("Lars Okafor, who asked not to be identified, said the camp was full.")
    assert [s.cue for s in r.statements_by("Lars Okafor")] == ["say"], r.summary()


def test_other_asking_not_to_is_an_appeal(run):
    for text in ("Ada Moreno asked not to be sent back to Ferrin.",
                 "Ada Moreno asked the council not to close the library."):
        r = run(text)
        assert r.statement_by("Ada Moreno", cue="ask").stance == "Appeal", r.summary()
