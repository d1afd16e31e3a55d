"""Content negotiation for the SPARQL endpoint: one table from media types to result formats,
and the writers for each format.

The table (``FORMATS``) is the single source of truth: which media types a client may ask
for in ``Accept`` (or by short name in a ``format`` parameter, as SPARQLWrapper sends),
what ``Content-Type`` the answer carries and which writer produces it. ``SELECT``/``ASK``
results ("results" kind) come as SPARQL JSON, XML, CSV or TSV; ``CONSTRUCT``/``DESCRIBE``
and the service description ("graph" kind) as Turtle, N-Triples, JSON-LD or RDF/XML.

Solutions are written here rather than by Oxigraph's own serializer because the endpoint
caps the number of rows: the writers take the first ``max_rows`` solutions of a lazy
iterator and stop, which Oxigraph's all-or-nothing ``QuerySolutions.serialize`` cannot.
Graphs are written by Oxigraph (``pyoxigraph.serialize``) from an already capped list.
This module imports only pyoxigraph and the standard library: it runs inside the query
worker processes.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape as _xml_escape
from xml.sax.saxutils import quoteattr as _xml_attr

import pyoxigraph as ox

RESULTS = "results"  # SELECT and ASK
GRAPH = "graph"      # CONSTRUCT, DESCRIBE, the service description

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass(frozen=True)
class ResultFormat:
    """One row of the negotiation table."""

    name: str                  # stable short name, used in logs, tests and the ``format`` parameter
    kind: str                  # RESULTS or GRAPH
    media_type: str            # the Content-Type of the answer
    accepts: tuple[str, ...]   # every media type in ``Accept`` that selects this format (first = media_type)
    aliases: tuple[str, ...]   # values of the ``format`` / ``output`` parameter that select it
    format_iri: str            # W3C unique URI for the format (service description ``sd:resultFormat``)
    charset: bool = True       # whether Content-Type carries ``; charset=utf-8``

    @property
    def content_type(self) -> str:
        return f"{self.media_type}; charset=utf-8" if self.charset else self.media_type


_W3F = "http://www.w3.org/ns/formats/"

# Order matters: within a kind, the first row is the default (no Accept, or */*), and on a
# tie in q-value and specificity the earlier row wins.
FORMATS: tuple[ResultFormat, ...] = (
    ResultFormat("json", RESULTS, "application/sparql-results+json",
                 ("application/sparql-results+json", "application/json", "text/javascript", "application/javascript"),
                 ("json", "srj"), _W3F + "SPARQL_Results_JSON"),
    ResultFormat("xml", RESULTS, "application/sparql-results+xml",
                 ("application/sparql-results+xml", "application/xml", "text/xml"),
                 ("xml", "srx"), _W3F + "SPARQL_Results_XML"),
    ResultFormat("csv", RESULTS, "text/csv", ("text/csv",), ("csv",), _W3F + "SPARQL_Results_CSV"),
    ResultFormat("tsv", RESULTS, "text/tab-separated-values", ("text/tab-separated-values",), ("tsv",),
                 _W3F + "SPARQL_Results_TSV"),
    ResultFormat("turtle", GRAPH, "text/turtle",
                 ("text/turtle", "application/turtle", "application/x-turtle", "text/n3", "text/rdf+n3"),
                 ("turtle", "ttl", "n3"), _W3F + "Turtle"),
    ResultFormat("ntriples", GRAPH, "application/n-triples", ("application/n-triples", "text/plain"),
                 ("nt", "ntriples", "n-triples"), _W3F + "N-Triples"),
    ResultFormat("jsonld", GRAPH, "application/ld+json", ("application/ld+json", "application/x-json+ld", "application/json"),
                 ("json-ld", "jsonld", "json"), _W3F + "JSON-LD"),
    ResultFormat("rdfxml", GRAPH, "application/rdf+xml", ("application/rdf+xml", "application/xml", "text/xml"),
                 ("rdf+xml", "rdfxml", "rdf", "xml"), _W3F + "RDF_XML"),
)
BY_NAME = {f.name: f for f in FORMATS}
_OX_RDF = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
           "rdfxml": ox.RdfFormat.RDF_XML}


def formats_for(kind: str) -> tuple[ResultFormat, ...]:
    return tuple(f for f in FORMATS if f.kind == kind)


def supported_media_types(kind: str) -> list[str]:
    """Media types a client may ask for, for the 406 message and the service description."""
    return [t for f in formats_for(kind) for t in f.accepts]


_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+$")


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """``Accept`` as (media range, q) pairs; malformed entries are skipped, a bad q counts as 1.

    RFC 9110 §12.5.1; parameters other than q are ignored.
    """
    if not header:
        return [("*/*", 1.0)]
    ranges = []
    for part in header.split(","):
        fields = [p.strip() for p in part.split(";")]
        media = fields[0].lower()
        if media == "*":  # some old clients send a bare star
            media = "*/*"
        if not _TOKEN.match(media):
            continue
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(max(float(value.strip()), 0.0), 1.0)
                except ValueError:
                    q = 1.0
        ranges.append((media, q))
    return ranges


def _match(media_range: str, media_type: str) -> int:
    """Specificity of a match (3 exact, 2 type/*, 1 */*) or 0 for none."""
    if media_range == media_type:
        return 3
    rtype, _, rsub = media_range.partition("/")
    mtype, _, _ = media_type.partition("/")
    if rsub == "*" and rtype == mtype:
        return 2
    if media_range == "*/*":
        return 1
    return 0


def negotiate(kind: str, accept: str | None, format_param: str | None = None) -> ResultFormat | None:
    """The best format of ``kind`` for this request, or ``None`` (answer 406).

    A ``format``/``output`` parameter (a short name from the table, or a media type) wins
    over ``Accept``; an unknown one is ignored and ``Accept`` decides. Otherwise every
    candidate media type gets the q of the most specific range that matches it (a wildcard
    such as ``text/*`` matches only a format's own media type, not its aliases); the highest
    q wins, ties go to the more specific match, then to table order.
    """
    candidates = formats_for(kind)
    if format_param:
        wanted = format_param.strip().lower()
        for fmt in candidates:
            if wanted in fmt.aliases or wanted in fmt.accepts:
                return fmt
    ranges = parse_accept(accept)
    best: tuple[float, int, int] | None = None
    chosen = None
    for order, fmt in enumerate(candidates):
        for media_type in fmt.accepts:
            spec, q = 0, 0.0
            for media_range, rq in ranges:
                s = _match(media_range, media_type)
                if s < 3 and media_type != fmt.media_type:
                    continue  # wildcards select a format by its own media type, not by a legacy alias
                if s > spec:
                    spec, q = s, rq
            if spec == 0 or q <= 0:
                continue
            score = (q, spec, -order)
            if best is None or score > best:
                best, chosen = score, fmt
    return chosen


# --- writers ---------------------------------------------------------------------------

def _literal_dict(term: ox.Literal) -> dict:
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
        if getattr(term, "direction", None):
            out["its:dir"] = str(term.direction).rsplit(".", 1)[-1].lower()
    elif term.datatype.value != XSD_STRING:
        out["datatype"] = term.datatype.value
    return out


def term_json(term) -> dict:
    """SPARQL 1.1 Query Results JSON for one term (plus RDF 1.2 triple terms)."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        return _literal_dict(term)
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": term_json(term.subject), "predicate": term_json(term.predicate),
                                            "object": term_json(term.object)}}
    raise TypeError(f"not an RDF term: {term!r}")


# XML 1.0 cannot carry these code points at all; they are replaced by U+FFFD.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(value: str) -> str:
    return _xml_escape(_XML_INVALID.sub("\ufffd", value))


def term_xml(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{_xml_text(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{_xml_text(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={_xml_attr(term.language)}>{_xml_text(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={_xml_attr(term.datatype.value)}>{_xml_text(term.value)}</literal>"
        return f"<literal>{_xml_text(term.value)}</literal>"
    if isinstance(term, ox.Triple):
        return (f"<triple><subject>{term_xml(term.subject)}</subject><predicate>{term_xml(term.predicate)}</predicate>"
                f"<object>{term_xml(term.object)}</object></triple>")
    raise TypeError(f"not an RDF term: {term!r}")


def term_csv(term) -> str:
    """SPARQL 1.1 CSV: IRIs and literals as plain strings, blank nodes as ``_:label``."""
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)  # blank node "_:b", triple term "<< … >>"


@dataclass
class Written:
    body: bytes
    rows: int
    truncated: bool


class _Counter:
    """Iterates at most ``max_rows`` items and remembers whether more were left."""

    def __init__(self, items: Iterable, max_rows: int | None):
        self._it = iter(items)
        self.max_rows = max_rows
        self.count = 0
        self.truncated = False

    def __iter__(self):
        for item in self._it:
            if self.max_rows is not None and self.count >= self.max_rows:
                self.truncated = True
                return
            self.count += 1
            yield item


def write_solutions(fmt: ResultFormat, variables: Sequence[str], solutions: Iterable, max_rows: int | None = None) -> Written:
    """Write SELECT solutions (each indexable by position, like ``pyoxigraph.QuerySolution``)."""
    rows = _Counter(solutions, max_rows)
    names = list(variables)
    width = range(len(names))
    if fmt.name == "json":
        bindings = []
        for sol in rows:
            binding = {}
            for i in width:
                term = sol[i]
                if term is not None:
                    binding[names[i]] = term_json(term)
            bindings.append(binding)
        body = json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")
    elif fmt.name == "xml":
        out = ['<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
               "<head>", *(f"<variable name={_xml_attr(n)}/>" for n in names), "</head><results>"]
        for sol in rows:
            out.append("<result>")
            for i in width:
                term = sol[i]
                if term is not None:
                    out.append(f"<binding name={_xml_attr(names[i])}>{term_xml(term)}</binding>")
            out.append("</result>")
        out.append("</results></sparql>")
        body = "".join(out).encode("utf-8")
    elif fmt.name == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(names)
        for sol in rows:
            writer.writerow(["" if sol[i] is None else term_csv(sol[i]) for i in width])
        body = buf.getvalue().encode("utf-8")
    elif fmt.name == "tsv":
        lines = ["\t".join("?" + n for n in names)]
        for sol in rows:
            lines.append("\t".join("" if sol[i] is None else str(sol[i]) for i in width))
        body = ("\n".join(lines) + "\n").encode("utf-8")
    else:
        raise ValueError(f"{fmt.name} is not a SPARQL results format; use one of "
                         f"{', '.join(f.name for f in formats_for(RESULTS))}")
    return Written(body, rows.count, rows.truncated)


def write_boolean(fmt: ResultFormat, value: bool) -> Written:
    """Write an ASK answer. CSV and TSV have no boolean form in the spec; like Oxigraph and
    Jena, they get the single word ``true`` or ``false``."""
    word = "true" if value else "false"
    if fmt.name == "json":
        body = json.dumps({"head": {}, "boolean": bool(value)}).encode()
    elif fmt.name == "xml":
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head></head><boolean>{word}</boolean></sparql>").encode()
    elif fmt.name in ("csv", "tsv"):
        body = (word + ("\r\n" if fmt.name == "csv" else "\n")).encode()
    else:
        raise ValueError(f"{fmt.name} is not a SPARQL results format")
    return Written(body, 1, False)


def write_triples(fmt: ResultFormat, triples: Iterable, max_rows: int | None = None,
                  prefixes: dict[str, str] | None = None) -> Written:
    """Write CONSTRUCT/DESCRIBE triples (at most ``max_rows``) with Oxigraph's serializers."""
    if fmt.name not in _OX_RDF:
        raise ValueError(f"{fmt.name} is not an RDF format; use one of {', '.join(_OX_RDF)}")
    rows = _Counter(triples, max_rows)
    kept = list(rows)
    use_prefixes = prefixes if fmt.name in ("turtle", "rdfxml") else None
    body = ox.serialize(kept, format=_OX_RDF[fmt.name], prefixes=use_prefixes) if use_prefixes else \
        ox.serialize(kept, format=_OX_RDF[fmt.name])
    return Written(body or b"", rows.count, rows.truncated)
