"""The govkg vocabulary as a closed rdflib namespace, and loaders for the ontology and shapes."""
import functools
from importlib import resources
from pathlib import Path

import rdflib.namespace
from rdflib import Graph, Namespace, URIRef

__all__ = ["KG", "ID", "ontology_path", "load_ontology", "load_shapes"]

ID = Namespace("https://w3id.org/govkg/id/")

_SOURCE_DIR = Path(__file__).resolve().parent.parent / "ontology"


class KG(rdflib.namespace.DefinedNamespace):
    """The terms of ``ontology/govkg.ttl``; an unknown term raises AttributeError.

    >>> KG.Target
    rdflib.term.URIRef('https://w3id.org/govkg/ontology#Target')
    >>> KG.Tagret
    Traceback (most recent call last):
    ...
    AttributeError: term 'Tagret' not in namespace 'https://w3id.org/govkg/ontology#'
    """

    _NS = Namespace("https://w3id.org/govkg/ontology#")
    _fail = True

    # Classes
    Entity: URIRef
    Organization: URIRef
    Place: URIRef
    Division: URIRef
    Project: URIRef
    Person: URIRef
    Report: URIRef
    Sentence: URIRef
    Mention: URIRef
    Figure: URIRef
    Target: URIRef
    Achievement: URIRef
    Indicator: URIRef
    Comparator: URIRef
    OutcomeStatus: URIRef
    Assertion: URIRef

    # Comparators
    eq: URIRef
    ge: URIRef
    gt: URIRef
    le: URIRef
    lt: URIRef
    approx: URIRef

    # Outcome statuses
    met: URIRef
    missed: URIRef
    noResult: URIRef

    # Object properties
    issuer: URIRef
    place: URIRef
    speaker: URIRef
    inReport: URIRef
    inSentence: URIRef
    mentionOf: URIRef
    comparator: URIRef
    concerns: URIRef
    locatedIn: URIRef
    partOf: URIRef
    responsibleFor: URIRef
    measures: URIRef
    outcome: URIRef
    status: URIRef

    # Datatype properties
    indicator: URIRef
    value: URIRef
    unit: URIRef
    period: URIRef
    periodStart: URIRef
    periodEnd: URIRef
    evidenceText: URIRef
    gap: URIRef
    text: URIRef
    start: URIRef
    end: URIRef
    index: URIRef
    section: URIRef
    subsection: URIRef
    confidence: URIRef
    level: URIRef
    date: URIRef
    year: URIRef
    sourceFile: URIRef
    contentHash: URIRef
    adminCode: URIRef
    region: URIRef


def ontology_path(name: str = "govkg.ttl") -> Path:
    """Return the path of a file shipped in the ontology folder.

    Looks in the installed ``kg.ontology_data`` package first, then in the
    ``ontology/`` folder of a source checkout.

    >>> ontology_path("shapes.ttl").name
    'shapes.ttl'
    """
    try:
        packaged = resources.files("kg.ontology_data").joinpath(name)
    except ModuleNotFoundError:
        packaged = None
    if packaged is not None and packaged.is_file():
        return Path(str(packaged))
    path = _SOURCE_DIR / name
    if not path.is_file():
        raise FileNotFoundError(
            f"ontology file {name!r} is neither in the kg.ontology_data package "
            f"nor in {_SOURCE_DIR}; reinstall govkg"
        )
    return path


@functools.cache
def load_ontology() -> Graph:
    """Parse ``govkg.ttl`` once; the graph is shared, so copy it before changing it."""
    return _parse(ontology_path("govkg.ttl"))


@functools.cache
def load_shapes() -> Graph:
    """Parse ``shapes.ttl`` once; the graph is shared, so copy it before changing it."""
    return _parse(ontology_path("shapes.ttl"))


def _parse(path: Path) -> Graph:
    graph = Graph()
    graph.bind("kg", KG._NS)
    return graph.parse(path, format="turtle")
