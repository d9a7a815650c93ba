"""newskg: news articles in, an RDF knowledge graph of who said what, when, out."""

__version__ = "0.1.0"
