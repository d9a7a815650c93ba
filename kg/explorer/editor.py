"""The ``/sparql`` page: YASGUI (static/vendor/yasgui, set up by static/sparql.js) with
the store's prefixes and a first useful query filled in, run against this server's
``/query``.

The page needs one thing the other pages refuse: YASGUI (CodeMirror, its result table
and its tab bar) writes ``style`` attributes and ``<style>`` elements from script, so
its policy adds ``style-src 'unsafe-inline'`` (``CSP``). Scripts stay ``'self'`` only:
inline styles can change how the page looks, never run code. Every other page keeps
``pages.CSP``.
"""

from __future__ import annotations

from kg.vocab import GRAPH_BASE, NKG_IRI, RESOURCE_BASE

#: kg's vocabulary, as the editor's PREFIX lines (the named queries use the same names).
PREFIXES = (
    ("nkg", NKG_IRI),
    ("id", RESOURCE_BASE),
    ("graph", GRAPH_BASE),
    ("schema", "https://schema.org/"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/"),
    ("wd", "http://www.wikidata.org/entity/"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
)
#: The first query: who said what, with stance and date.
FIRST = """\
# Who said what, and when: the latest statements first
SELECT ?speaker ?stance ?content ?date ?article
WHERE {
  ?statement a nkg:Statement ;
             nkg:speaker/rdfs:label ?speaker ;
             nkg:content ?content .
  OPTIONAL { ?statement nkg:stance ?stance }
  OPTIONAL { ?statement nkg:date ?date }
  OPTIONAL { ?statement prov:wasDerivedFrom/schema:identifier ?article }
}
ORDER BY DESC(?date) ?speaker
LIMIT 50
"""
#: The /sparql page's policy: ``pages.CSP`` with inline styles allowed (see above).
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def first_query() -> str:
    """The editor's first text: the PREFIX lines, a blank line, ``FIRST``."""
    lines = [f"PREFIX {name}: <{base}>" for name, base in PREFIXES]
    return "\n".join(lines) + "\n\n" + FIRST


def context() -> dict:
    """What templates/sparql.html needs."""
    return {"title": "SPARQL", "query": first_query(), "endpoint": "query"}
