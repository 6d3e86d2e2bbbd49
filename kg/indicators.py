"""Indicator concept scheme (ontology/indicators.ttl) and a matcher from report phrases to concepts."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from kg.script import to_simplified

__all__ = ["NAMESPACE", "Concept", "concept", "concepts", "match_indicator"]

NAMESPACE = "https://w3id.org/govkg/indicator/"

_JURISDICTION = re.compile(
    r"^(?:全[国省市区县州盟旗]|我[国省市区县州盟旗]|本[省市区县]|全年|今年|去年|明年|上年)+"
)
_GROWTH = re.compile(r"增长|增速|增幅|下降")
_GROWTH_SUFFIX = re.compile(r"(?:增长|增速|增幅)$")
_SHARE = re.compile(r"占|比重|相当于|贡献率|亩均")
_OTHER_HEAD = re.compile(r"企业|项目|公司")


@dataclass(frozen=True)
class Concept:
    """One indicator of the scheme: its IRI, notation slug and labels."""

    iri: str
    notation: str
    label: str  # skos:prefLabel @zh
    label_en: str  # skos:prefLabel @en
    aliases: tuple[str, ...] = ()  # skos:altLabel @zh
    broader: str | None = None  # notation of the skos:broader concept


def _scheme_path() -> Path:
    try:
        return Path(str(files("kg.ontology_data").joinpath("indicators.ttl")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "ontology" / "indicators.ttl"


@cache
def concepts() -> dict[str, Concept]:
    """Every concept of the scheme by notation, read once from ``indicators.ttl``."""
    from rdflib import Graph
    from rdflib.namespace import SKOS

    graph = Graph().parse(_scheme_path(), format="turtle")
    found = {}
    for iri in graph.subjects(SKOS.inScheme, None):
        labels = {lit.language: str(lit) for lit in graph.objects(iri, SKOS.prefLabel)}
        broader = graph.value(iri, SKOS.broader)
        notation = str(graph.value(iri, SKOS.notation))
        found[notation] = Concept(
            iri=str(iri),
            notation=notation,
            label=labels["zh"],
            label_en=labels["en"],
            aliases=tuple(sorted(str(a) for a in graph.objects(iri, SKOS.altLabel))),
            broader=str(broader).removeprefix(NAMESPACE) if broader else None,
        )
    return dict(sorted(found.items()))


def concept(notation: str) -> Concept:
    """The concept with this notation, e.g. ``gdp-growth``."""
    try:
        return concepts()[notation]
    except KeyError:
        raise KeyError(
            f"no indicator has notation {notation!r}; see ontology/indicators.ttl"
        ) from None


class _Matcher:
    """Longest-alias scan over a dict of upper-cased labels."""

    def __init__(self, by_notation: dict[str, Concept]) -> None:
        self.alias: dict[str, Concept] = {}
        for c in by_notation.values():
            for label in (c.label, *c.aliases):
                self.alias[label.upper()] = c
        # "X增长" is found as X plus a growth word, so that "规上工业增加值增长"
        # is not read as "工业增加值增长" after a stray prefix
        for label, c in list(self.alias.items()):
            level = self.alias.get(_GROWTH_SUFFIX.sub("", label))
            if c.notation.endswith("-growth") and level and level is not c:
                del self.alias[label]
        lengths: dict[str, set[int]] = {}
        for label in self.alias:
            lengths.setdefault(label[0], set()).add(len(label))
        self.lengths = {ch: sorted(ls, reverse=True) for ch, ls in lengths.items()}
        self.growth = {
            n: by_notation[f"{n}-growth"] for n in by_notation if f"{n}-growth" in by_notation
        }

    def __call__(self, text: str) -> Concept | None:
        text = _JURISDICTION.sub("", unicodedata.normalize("NFKC", text).upper())
        best, best_end, best_len = None, 0, 0
        for i, ch in enumerate(text):
            for n in self.lengths.get(ch, ()):
                if n <= best_len:
                    break
                if i + n <= len(text) and (c := self.alias.get(text[i : i + n])):
                    best, best_end, best_len = c, i + n, n
                    break
        if best is None:
            return None
        if _SHARE.search(text) and not _SHARE.search(text[best_end - best_len : best_end]):
            return None  # a share of something (占…比重), not the thing itself
        if _OTHER_HEAD.search(text, best_end):
            return None  # a count of firms or projects (外贸企业), not the indicator
        if _GROWTH.search(text, best_end):
            return self.growth.get(best.notation) or best
        return best


@cache
def _matcher() -> _Matcher:
    return _Matcher(concepts())


def match_indicator(text: str) -> Concept | None:
    """The concept an indicator phrase names, as the text words it, or None.

    Jurisdiction prefixes (全省, 我市) are ignored, the longest alias wins, and
    增长/增速/增幅/下降 after an indicator select its growth concept where the
    scheme has one; phrases about a share of an indicator (占…比重) or about
    firms or projects (外贸企业) give None.

    >>> match_indicator("全省地区生产总值").notation
    'gdp'
    >>> match_indicator("GDP增长").notation
    'gdp-growth'
    >>> match_indicator("全市一般公共预算收入增速").notation
    'public-budget-revenue-growth'
    >>> match_indicator("居民消费价格涨幅").notation
    'cpi'
    >>> match_indicator("企业数量") is None
    True
    >>> match_indicator("地區生產總值").notation  # as a report in traditional characters words it
    'gdp'
    """
    found = _matcher()(text)
    if found is None and (simple := to_simplified(text)) != text:
        found = _matcher()(simple)
    return found
