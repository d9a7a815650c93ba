"""What ``kg serve`` refuses before any worker sees a request: reaching out, and deep nesting.

A query or update is read once by a small SPARQL tokenizer (the terminals of the
SPARQL 1.1 grammar: strings, IRIs, prefixed names, variables, comments), which

- finds every ``SERVICE`` and ``LOAD`` keyword: those make the store fetch a URL
  (server-side request forgery). Each is refused unless its endpoint is named by an
  IRI or a prefixed name whose expansion starts with an ``--allow-service`` prefix;
  a variable, or anything else, is refused. A keyword inside a string, an IRI, a
  comment, a prefixed name or a variable is no keyword, as for the real parser.
- measures the nesting of ``{ ( [``: pyoxigraph's parser recurses once per level,
  and some tens of thousands of levels overflow its stack and kill the process.

A tokenizer rather than a full parser keeps this off the hot path (about a
millisecond for a canonical question, where rdflib's parser takes tens); it errs
only on the side of refusing (an unterminated string is read as tokens, so a
``SERVICE`` in it is refused, though the parser would reject the query anyway).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import urljoin

from kg.endpoint.protocol import RequestError

_PN_CHARS_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd"
)
_VAR_CHARS = _PN_CHARS_BASE + "_0-9\u00b7\u0300-\u036f\u203f-\u2040"
_PN_CHARS = _VAR_CHARS + "\\-"
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_TOKEN = re.compile(
    rf"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
      |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<term><<|>>)
  | (?P<iri><(?:[^<>"{{}}|^`\\\x00-\x20]|{_UCHAR})*>)
  | (?P<var>[?$][{_VAR_CHARS}]+)
  | (?P<bnode>_:[{_PN_CHARS}.]*)
  | (?P<pname>(?:[{_PN_CHARS_BASE}][{_PN_CHARS}.]*)?:
        (?:[{_PN_CHARS}:.]|%[0-9A-Fa-f]{{2}}|\\[_~.\-!$&'()*+,;=/?\#@%])*)
  | (?P<number>(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_OPEN, _CLOSE = "{([", "})]"
_REACHING = {"query": ("SERVICE",), "update": ("SERVICE", "LOAD")}


@dataclass(frozen=True, slots=True)
class Guard:
    """The checks a request passes before it runs; one per server, built from its options."""

    allow_service: tuple[str, ...] = ()  # URL prefixes SERVICE and LOAD may reach
    max_depth: int = 64  # nesting of { ( [ <<
    max_term_depth: int = 16  # nesting of [ and << alone: parsing them takes exponential time
    max_query_chars: int = 256 * 1024  # a query's length (updates: --max-request-bytes)

    def check(self, text: str, kind: str = "query") -> None:
        """Raise ``RequestError`` (400) when ``text`` is too deep, too long or reaches out."""
        if kind == "query" and len(text) > self.max_query_chars:
            raise RequestError(400, f"the query has {len(text)} characters; this server takes "
                               f"at most {self.max_query_chars} (--max-query-chars)")
        keywords = _REACHING[kind]
        terms = text.count("[") + text.count("<<")
        if terms > self.max_term_depth or sum(text.count(c) for c in _OPEN) > self.max_depth:
            self._check_depth(text)
        if re.search("|".join(keywords), text, re.IGNORECASE):  # most requests skip this
            self._check_reach(list(_tokens(text)), keywords)

    def _check_depth(self, text: str) -> None:
        """Stops at the first level too deep, so a flood of brackets costs next to nothing."""
        depth, terms = 0, []  # the depth, and the depths at which a [ or << opened
        for _, value in _tokens(text):
            if value in _OPEN or value == "<<":
                depth += 1
                if value in ("[", "<<"):
                    terms.append(depth)
                if depth > self.max_depth or len(terms) > self.max_term_depth:
                    raise RequestError(400, f"the request nests {{ ( [ << deeper than "
                                       f"{self.max_depth} levels, or [ and << deeper than "
                                       f"{self.max_term_depth} (--max-depth)")
            elif value in _CLOSE or value == ">>":
                if terms and terms[-1] == depth:
                    terms.pop()
                depth = max(0, depth - 1)

    def _check_reach(self, tokens: list[tuple[str, str]], keywords: Sequence[str]) -> None:
        prefixes: dict[str, str] = {}
        base = ""
        for i, (kind, value) in enumerate(tokens):
            if kind == "word" and value.upper() == "BASE" and _kind_at(tokens, i + 1) == "iri":
                base = urljoin(base, _iri(tokens[i + 1][1]))
            elif kind == "word" and value.upper() == "PREFIX" \
                    and _kind_at(tokens, i + 1) == "pname" and _kind_at(tokens, i + 2) == "iri":
                prefixes[tokens[i + 1][1].rstrip(":")] = urljoin(base, _iri(tokens[i + 2][1]))
            elif kind in ("word", "pname") and (hit := _keyword(kind, value, keywords)):
                exact = kind == "word" and value.upper() == hit
                self._allowed(hit, _target(tokens, i + 1, base, prefixes) if exact else None)

    def _allowed(self, keyword: str, target: str | None) -> None:
        how = ("federated queries (SERVICE)" if keyword == "SERVICE"
               else "LOAD (it fetches a URL)")
        if target is None:
            raise RequestError(400, f"{how} must name the endpoint by an IRI this server "
                               "allows; a variable or an unresolvable name is refused")
        if not any(_under(target, prefix) for prefix in self.allow_service):
            allowed = ", ".join(self.allow_service) or "none"
            raise RequestError(400, f"{how} to <{target}> is refused: this server reaches "
                               f"only the endpoints given by --allow-service (now: {allowed})")


def _tokens(text: str) -> Iterator[tuple[str, str]]:
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind not in ("space", "comment"):
            yield kind, match.group()


def _keyword(kind: str, value: str, keywords: Sequence[str]) -> str | None:
    """The keyword ``SERVICE`` or ``LOAD`` that pyoxigraph may read in this token, if any.

    pyoxigraph's parser is scannerless: it reads ``SERVICESILENT<…>``, ``trueSERVICE<…>``
    and ``SERVICE:x`` (the prefixed name ``:x``) as the keyword and what follows it, so
    any word holding one, and any prefix holding one, counts (and is refused as glued).
    """
    upper = value.upper()
    if kind == "pname":
        prefix, _, local = upper.partition(":")
        upper = prefix + " " + " ".join(local.split(".")[1:])  # ex:a.SERVICE may split at "."
    return next((k for k in keywords if k in upper), None)


def _kind_at(tokens: list[tuple[str, str]], i: int) -> str:
    return tokens[i][0] if i < len(tokens) else ""


def _target(tokens: list[tuple[str, str]], i: int, base: str,
            prefixes: dict[str, str]) -> str | None:
    """The absolute IRI after ``SERVICE`` / ``LOAD`` (and ``SILENT``), or None."""
    if _kind_at(tokens, i) == "word" and tokens[i][1].upper() == "SILENT":
        i += 1
    kind = _kind_at(tokens, i)
    if kind == "pname" and tokens[i][1].upper().startswith("SILENT"):
        return None  # SILENT:x is read as SILENT and :x
    if kind == "iri":
        iri = urljoin(base, _iri(tokens[i][1]))
    elif kind == "pname":
        prefix, _, local = tokens[i][1].partition(":")
        if prefix not in prefixes:
            return None
        iri = prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)
    else:
        return None
    return iri if re.match(r"[A-Za-z][A-Za-z0-9+.\-]*:", iri) else None


def _iri(token: str) -> str:
    """An IRIREF's text, its ``\\u`` escapes decoded."""
    return re.sub(_UCHAR, lambda m: chr(int(m.group()[2:], 16)), token[1:-1])


def _under(target: str, prefix: str) -> bool:
    """Whether ``target`` is ``prefix`` or lies below it at a path or query boundary.

    ``http://a.example/sparql`` allows ``http://a.example/sparql?x`` and ``…/sparql/x``,
    not ``http://a.example/sparql.evil.example`` nor ``http://a.example@127.0.0.1``.
    """
    if not target.startswith(prefix):
        return False
    rest = target[len(prefix):]
    if re.search(r"(^|/)\.\.?(/|$)", rest):
        return False  # no climbing out with ../
    return not rest or prefix.endswith(("/", "?", "#")) or rest[0] in "/?#"
