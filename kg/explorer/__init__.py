"""The explorer: the graph in a browser, served by ``kg serve`` beside the endpoint.

``pages.Explorer`` answers the HTML pages (home, search, entity, article, question),
an entity's ``graph.json`` and ``/static/`` files; ``kg.endpoint.app.SparqlApp`` hands
it the requests that are its own (``Explorer.wants``). Its queries are the named
queries of ``queries/`` and the page queries of ``kg/explorer/sparql/``, run by
``kg.query.run_page`` on the endpoint's worker processes (``store.PoolStore``), so a
page is held to the same time limit as a query. Templates are Jinja2 with autoescape
on: every label and sentence from the store is escaped where it is written.
"""
