"""SPARQL over HTTP, both ways: ``kg serve`` exposes the store, ``RemoteStore`` uses another.

- ``kg.endpoint.remote``: a remote SPARQL 1.1 store (Oxigraph server, Fuseki, GraphDB …)
  reached through SPARQLWrapper; named queries run on it and builds write to it.
- ``kg.endpoint.app``: the SPARQL 1.1 Protocol (and Graph Store Protocol) as a WSGI
  application over the store; ``kg.endpoint.server`` runs it with waitress.
- ``kg.endpoint.workers``: the processes that evaluate queries, so that a query over
  its time limit can be stopped.
- ``kg.endpoint.protocol`` and ``kg.endpoint.results``: request parsing, content
  negotiation and result serialisation, pure functions.

Nothing here is imported by ``kg`` itself; the CLI imports it when a command needs it.
"""
