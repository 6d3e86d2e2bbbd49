"""Group mentions into entities: resolve relative names against the report's jurisdiction and merge short forms."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from kg import gazetteer
from kg.lexicon import RELATIVE_BODIES
from kg.records import EntityType, Level, Mention, Report

# B = A + one of these, same class: B is another name of A (沈阳市/沈阳, 中街步行街/中街).
ALIAS_SUFFIXES = ("人民政府", "步行街", "主题活动", "系列活动", "活动", "工程", "项目", "建设", "市", "省", "区", "县")
_QUOTES = re.compile(r"[“”\"《》]")


def plain(name: str) -> str:
    """A name without quotes and title marks: “万人进万企”主题活动 → 万人进万企主题活动."""
    return _QUOTES.sub("", name)


def jurisdiction_chain(report: Report) -> dict[str, str]:
    """Full names of the report's own unit and the units above it, by level."""
    chain: dict[str, str] = {}
    if not report.place or report.level in (Level.UNKNOWN, Level.NATIONAL):
        return chain
    found = gazetteer.lookup(report.place)
    if found is None:
        chain[report.level.value] = report.place
        return chain
    for unit in [found, *gazetteer.ancestors(found)]:
        chain.setdefault(unit.level.value if hasattr(unit.level, "value") else str(unit.level), unit.name)
    return chain


def canonical_name(mention: Mention, chain: dict[str, str]) -> str:
    """The full name a relative government name stands for in this report (区政府 → 沈河区人民政府)."""
    rule = RELATIVE_BODIES.get(mention.text)
    if rule:
        level, suffix = rule
        unit = chain.get(level)
        if unit:
            return unit + suffix
    return mention.text


def resolve_entities(report: Report, mentions: list[Mention]) -> tuple[list[Mention], dict[tuple[EntityType, str], set[str]]]:
    """Mentions with canonical names, and each entity's (type, name) → set of surface forms."""
    chain = jurisdiction_chain(report)
    named = [replace(m, name=canonical_name(m, chain)) for m in mentions]
    forms: dict[tuple[EntityType, str], set[str]] = defaultdict(set)
    for m in named:
        forms[(m.type, m.name)].add(m.text)

    # merge short forms into the entity they abbreviate, within one class
    target: dict[tuple[EntityType, str], tuple[EntityType, str]] = {}
    by_type: dict[EntityType, list[str]] = defaultdict(list)
    for kind, name in forms:
        by_type[kind].append(name)
    for kind, names in by_type.items():
        lookup = {plain(n): n for n in sorted(names, key=lambda n: (len(n), n))}
        for name in sorted(names, key=lambda n: (-len(n), n)):
            key = plain(name)
            for suffix in ALIAS_SUFFIXES:
                if key.endswith(suffix) and len(key) - len(suffix) >= 2:
                    short = lookup.get(key[: -len(suffix)])
                    if short and short != name:
                        target.setdefault((kind, short), (kind, name))
            if kind is EntityType.PLACE:
                short = gazetteer.short_name(key)
                if short != key and short in lookup and lookup[short] != name:
                    target.setdefault((kind, lookup[short]), (kind, name))
            if key != name and key in lookup and lookup[key] != name:
                target.setdefault((kind, lookup[key]), (kind, name))

    def final(key: tuple[EntityType, str]) -> tuple[EntityType, str]:
        seen = set()
        while key in target and key not in seen:
            seen.add(key)
            key = target[key]
        return key

    merged: dict[tuple[EntityType, str], set[str]] = defaultdict(set)
    for key, surfaces in forms.items():
        merged[final(key)].update(surfaces | {key[1]})
    resolved = [replace(m, name=final((m.type, m.name))[1]) for m in named]
    return resolved, dict(merged)
