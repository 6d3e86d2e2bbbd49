"""Frozen records passed between pipeline stages, spelled as in the gold schema."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class EntityType(StrEnum):
    ORGANIZATION = "Organization"
    PLACE = "Place"
    PROJECT = "Project"
    PERSON = "Person"


class Kind(StrEnum):
    TARGET = "target"
    ACHIEVEMENT = "achievement"


class Comparator(StrEnum):
    EQ = "eq"
    GE = "ge"
    GT = "gt"
    LE = "le"
    LT = "lt"
    APPROX = "approx"


class Predicate(StrEnum):
    LOCATED_IN = "locatedIn"
    PART_OF = "partOf"
    RESPONSIBLE_FOR = "responsibleFor"
    CONCERNS = "concerns"


class Level(StrEnum):
    """Administrative level of the body that gives a report."""

    NATIONAL = "national"
    PROVINCE = "province"
    CITY = "city"
    DISTRICT = "district"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Report:
    """One report: its cleaned text and the metadata read from its header."""

    stem: str
    text: str
    source: str = ""
    title: str | None = None
    issuer: str | None = None
    place: str | None = None
    level: Level = Level.UNKNOWN
    date: str | None = None  # ISO date the report was delivered
    year: int | None = None  # the year the report is for
    spoken_year: int | None = None  # the year it was given in, where that is the year before (a December
    # report on the year it reviews, for the next): the year its 今年 names; None: ``year``
    speaker: str | None = None
    body_start: int = 0  # offset where the body starts (after title, date and speaker lines)
    body_end: int = 0  # offset where the body ends (before a web page's footer); 0 = end of text
    content_hash: str = ""


@dataclass(frozen=True)
class Sentence:
    """A sentence with character offsets into ``Report.text``."""

    index: int
    start: int
    end: int
    text: str
    section: str | None = None  # heading text of the enclosing 一、 section
    subsection: str | None = None  # heading text of the enclosing (一) section


@dataclass(frozen=True)
class Mention:
    """A surface form of an entity in the text."""

    start: int
    end: int
    text: str
    type: EntityType
    sentence: int
    name: str  # canonical name after resolution of short forms
    confidence: float = 0.8
    bare: bool = False  # a bare class word (古城) that stands for a longer name said elsewhere


@dataclass(frozen=True)
class Quantity:
    """A figure: a measured result (achievement) or a commitment (target)."""

    kind: Kind
    indicator: str
    value: Decimal
    unit: str
    comparator: Comparator
    period: str
    start: int  # evidence span in Report.text
    end: int
    evidence: str
    sentence: int
    value_text: str = ""
    confidence: float = 0.8

    @property
    def number(self) -> str:
        """The number as written (value_text without the suffix that tells split figures apart)."""
        return self.value_text.split("#", 1)[0]

    @property
    def key(self) -> str:
        return f"{self.start}-{self.end}-{self.value_text or self.value}"


@dataclass(frozen=True)
class Entity:
    """One real-world thing named in a report, with all its mentions."""

    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    confidence: float = 0.8


@dataclass(frozen=True)
class Relation:
    """A link the text states: subject and object are entity names, or for
    ``concerns`` the subject is a quantity key."""

    subject: str
    predicate: Predicate
    object: str
    sentence: int
    confidence: float = 0.7
    subject_type: EntityType | None = None
    object_type: EntityType | None = None


@dataclass(frozen=True)
class Document:
    """Everything extracted from one report."""

    report: Report
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    relations: tuple[Relation, ...] = field(default_factory=tuple)
