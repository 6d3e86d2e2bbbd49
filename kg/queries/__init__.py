"""The named SPARQL queries of this folder: their headers, parameters and binding.

Each ``<name>.rq`` file opens with a header::

    # <one line: what the query answers>
    # param: <name> [<type>] — <meaning> (default: <value> | default: any | required)

A parameter is bound through the query's one ``VALUES (?a ?b) { (UNDEF UNDEF) }``
row: its value is parsed into a typed RDF term (see ``PARAM_TYPES``) and
written in place of ``UNDEF``; ``default: any`` leaves it ``UNDEF``, so the
query matches every value. A parameter named ``limit`` is not in the
``VALUES`` row: it caps the number of result rows.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from kg.errors import QueryError

# Until kg.ontology defines ID, the instance namespace is spelled here.
ID_NAMESPACE = "https://w3id.org/govkg/id/"

_HEADER_PARAM = re.compile(
    r"^# param: (?P<name>[A-Za-z_][\w-]*)(?: \[(?P<type>\w+)\])? — (?P<meaning>.*?)"
    r"(?: \((?:(?P<required>required)|default: (?P<default>[^)]*))\))?$"
)
_VALUES_ROW = re.compile(
    r"VALUES\s*\((?P<vars>(?:\s*[?$][A-Za-z_]\w*)+)\s*\)\s*\{\s*\((?P<undefs>(?:\s*UNDEF)+)\s*\)\s*\}"
)
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
ROW_LIMIT_PARAM = "limit"


def _iri(value: str) -> URIRef:
    """An absolute IRI, refused if it holds characters IRIs cannot hold.

    >>> _iri("https://w3id.org/govkg/id/report/shenhe-2022")
    rdflib.term.URIRef('https://w3id.org/govkg/id/report/shenhe-2022')
    """
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", value) or _IRI_FORBIDDEN.search(value):
        raise ValueError("not an absolute IRI")
    return URIRef(value)


def _id_segment(name: str) -> str:
    """Percent-encode ASCII other than letters, digits, ``-_.``, as instance IRIs do.

    >>> _id_segment("shenhe 2022/沈河")
    'shenhe%202022%2F沈河'
    """
    return "".join(
        c if ord(c) > 127 or c.isalnum() or c in "-_." else "".join(f"%{b:02X}" for b in c.encode())
        for c in name
    )


def _report(value: str) -> URIRef:
    """A report by IRI, ``id:report/…`` or short name.

    >>> _report("shenhe-2022")
    rdflib.term.URIRef('https://w3id.org/govkg/id/report/shenhe-2022')
    """
    if value.startswith("id:"):
        return _iri(ID_NAMESPACE + value[3:])
    if re.match(r"^https?://", value):
        return _iri(value)
    return URIRef(f"{ID_NAMESPACE}report/{_id_segment(value)}")


def _year(value: str) -> Literal:
    if not re.fullmatch(r"-?\d{4}", value):
        raise ValueError("not a four-digit year")
    return Literal(value, datatype=XSD.gYear)


def _decimal(value: str) -> Literal:
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ValueError("not a number") from None
    if not number.is_finite():
        raise ValueError("not a finite number")
    return Literal(number, datatype=XSD.decimal)


def _integer(value: str) -> Literal:
    return Literal(int(value), datatype=XSD.integer)


PARAM_TYPES: dict[str, Callable[[str], Identifier]] = {
    "string": Literal,
    "gYear": _year,
    "decimal": _decimal,
    "integer": _integer,
    "report": _report,
    "iri": _iri,
}


def sparql_term(term: Identifier) -> str:
    """Write an IRI or literal in SPARQL syntax, escaping what needs escaping.

    >>> sparql_term(Literal('say "沈河"\\n'))
    '"say \\\\"沈河\\\\"\\\\n"'
    >>> sparql_term(Literal("2023", datatype=XSD.gYear))
    '"2023"^^<http://www.w3.org/2001/XMLSchema#gYear>'
    """
    if isinstance(term, URIRef):
        return f"<{_iri(str(term))}>"
    if not isinstance(term, Literal):
        raise TypeError(f"cannot write {term!r} into a query")
    escaped = (
        str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    if term.language:
        return f'"{escaped}"@{term.language}'
    if term.datatype and term.datatype != XSD.string:
        return f'"{escaped}"^^{sparql_term(term.datatype)}'
    return f'"{escaped}"'


@dataclass(frozen=True)
class Parameter:
    """One ``# param:`` line of a named query."""

    name: str
    type: str
    meaning: str
    default: str | None = None
    required: bool = False

    def term(self, value: str) -> Identifier:
        """Parse a value given on the command line into a typed RDF term."""
        try:
            return PARAM_TYPES[self.type](value)
        except ValueError as error:
            raise QueryError(f"parameter {self.name}={value!r}: {error}; expected {self.type}") from None


@dataclass(frozen=True)
class NamedQuery:
    """A stored query: its name, one-line description, parameters and SPARQL text."""

    name: str
    description: str
    parameters: tuple[Parameter, ...]
    text: str

    def bind(self, values: Mapping[str, str] | None = None) -> tuple[str, int | None]:
        """Return the query text with its parameters bound, and the row limit if any."""
        values = dict(values or {})
        known = {p.name: p for p in self.parameters}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise QueryError(
                f"query {self.name} has no parameter {', '.join(unknown)}; "
                f"its parameters: {', '.join(known) or 'none'}"
            )
        terms: dict[str, Identifier | None] = {}
        for param in self.parameters:
            value = values.get(param.name, param.default)
            if value is None and param.required:
                raise QueryError(f"query {self.name} needs --param {param.name}=… ({param.meaning})")
            terms[param.name] = None if value is None else param.term(value)
        limit = terms.pop(ROW_LIMIT_PARAM, None)
        if not terms:
            return self.text, None if limit is None else int(limit)
        match = _VALUES_ROW.search(self.text)
        if match is None:
            raise QueryError(f"query {self.name} declares parameters but has no VALUES (…) {{ (UNDEF …) }} row")
        names = [v[1:] for v in match["vars"].split()]
        row = " ".join("UNDEF" if terms.get(n) is None else sparql_term(terms[n]) for n in names)
        bound = f"VALUES ({match['vars'].strip()}) {{ ({row}) }}"
        text = self.text[: match.start()] + bound + self.text[match.end():]
        return text, None if limit is None else int(limit)


def parse_named_query(name: str, text: str) -> NamedQuery:
    """Read a named query's header; the first line describes it, ``# param:`` lines follow."""
    lines = text.splitlines()
    if not lines or not lines[0].startswith("# "):
        raise QueryError(f"query {name} must open with '# <what it answers>'")
    params = []
    for line in lines[1:]:
        if not line.startswith("#"):
            break
        if line.startswith("# param:"):
            found = _HEADER_PARAM.match(line)
            if found is None or (found["type"] or "string") not in PARAM_TYPES:
                raise QueryError(
                    f"query {name}: cannot read {line!r}; write '# param: name [type] — meaning "
                    f"(default: …)' with a type among {', '.join(PARAM_TYPES)}"
                )
            default = found["default"]
            params.append(
                Parameter(
                    name=found["name"],
                    type=found["type"] or "string",
                    meaning=found["meaning"],
                    default=None if default in (None, "any") else default,
                    required=bool(found["required"]),
                )
            )
    return NamedQuery(name, lines[0][2:].strip(), tuple(params), text)


@cache
def named_queries() -> dict[str, NamedQuery]:
    """Every named query shipped with govkg, by name."""
    folder = resources.files(__name__)
    return {
        entry.name[:-3]: parse_named_query(entry.name[:-3], entry.read_text(encoding="utf-8"))
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".rq")
    }


def get_named_query(name: str) -> NamedQuery:
    """The named query called ``name``; an unknown name lists the known ones."""
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; known queries: {', '.join(queries)}")
    return queries[name]
