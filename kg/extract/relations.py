"""Find relations the text supports: locatedIn, partOf, responsibleFor between entities, concerns from figures."""
from __future__ import annotations

import re
from collections import defaultdict

from kg import gazetteer
from kg.records import Entity, EntityType, Level, Mention, Predicate, Quantity, Relation, Report, Sentence
from kg.resolve import plain

RESPONSIBLE_RE = re.compile(r"^(?:牵头|负责|主办|承办|组织实施|牵头实施|负责实施)")
FUNDING_RE = re.compile(r"^(?:投资|投入|资金|总投资)$")


def _by_sentence(mentions: list[Mention]) -> dict[int, list[Mention]]:
    out: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        out[m.sentence].append(m)
    return out


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions nested inside a longer mention."""
    out = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if out and m.start >= out[-1].start and m.end <= out[-1].end:
            continue
        out.append(m)
    return out


def find_relations(report: Report, sentences: list[Sentence], entities: list[Entity],
                   mentions: list[Mention], quantities: list[Quantity]) -> list[Relation]:
    """All relations, deduplicated on (subject, predicate, object), first evidence kept."""
    out: dict[tuple, Relation] = {}

    def add(rel: Relation) -> None:
        if rel.subject == rel.object and rel.subject_type == rel.object_type:
            return
        out.setdefault((rel.subject_type, rel.subject, rel.predicate, rel.object_type, rel.object), rel)

    first_sentence = {}
    for m in mentions:
        first_sentence.setdefault((m.type, m.name), m.sentence)
    names = {(e.type, e.name): e for e in entities}
    places = [e for e in entities if e.type is EntityType.PLACE]
    orgs = [e for e in entities if e.type is EntityType.ORGANIZATION]

    # A name that begins with a place's name is located in that place (中街步行街改造提升 → 中街).
    for entity in entities:
        if entity.type is EntityType.ORGANIZATION or entity.type is EntityType.PERSON:
            continue
        key = plain(entity.name)
        for place in places:
            if place is entity:
                continue
            for form in sorted({plain(place.name), *map(plain, place.aliases)}, key=len, reverse=True):
                if len(form) >= 2 and key.startswith(form) and len(key) > len(form) + 1:
                    add(Relation(entity.name, Predicate.LOCATED_IN, place.name, first_sentence.get((entity.type, entity.name), -1),
                                 0.7, entity.type, EntityType.PLACE))
                    break

    # An organisation whose name extends another's is part of it (区人大三方平台 → 区人大).
    for entity in orgs:
        key = plain(entity.name)
        for other in orgs:
            if other is entity:
                continue
            for form in {plain(other.name), *map(plain, other.aliases)}:
                if len(form) >= 2 and key.startswith(form) and len(key) > len(form) + 1 \
                        and not key.endswith("人民政府"):
                    add(Relation(entity.name, Predicate.PART_OF, other.name, first_sentence.get((entity.type, entity.name), -1),
                                 0.65, EntityType.ORGANIZATION, EntityType.ORGANIZATION))
                    break

    # Administrative hierarchy between places the report names (沈河区 → 沈阳市 → 辽宁省).
    place_by_division = {}
    for place in places:
        found = gazetteer.lookup(plain(place.name))
        if found:
            place_by_division[found.code] = place
    for code, place in place_by_division.items():
        division = gazetteer.division(code)
        for parent in gazetteer.ancestors(division):
            if parent.code in place_by_division:
                add(Relation(place.name, Predicate.LOCATED_IN, place_by_division[parent.code].name,
                             first_sentence.get((EntityType.PLACE, place.name), -1), 0.9,
                             EntityType.PLACE, EntityType.PLACE))
                break

    # responsibleFor: an organisation that leads/runs a project named right after it.
    for sentence_index, ms in _by_sentence(mentions).items():
        ms = _outermost(ms)
        for a, b in zip(ms, ms[1:]):
            if a.type is EntityType.ORGANIZATION and b.type is EntityType.PROJECT:
                between = report.text[a.end:b.start]
                if RESPONSIBLE_RE.match(between) and len(between) <= 6:
                    add(Relation(a.name, Predicate.RESPONSIBLE_FOR, b.name, sentence_index, 0.7,
                                 EntityType.ORGANIZATION, EntityType.PROJECT))

    for rel in _concerns(report, sentences, mentions, quantities):
        add(rel)
    return sorted(out.values(), key=lambda r: (r.predicate, r.subject, r.object))


def _concerns(report: Report, sentences: list[Sentence], mentions: list[Mention],
              quantities: list[Quantity]) -> list[Relation]:
    """A figure concerns the entities named in its evidence, or those listed before 等 right before it."""
    by_sentence = _by_sentence([m for m in mentions if m.type is not EntityType.PERSON])
    out = []
    for q in quantities:
        candidates = _outermost(by_sentence.get(q.sentence, []))
        inside = [m for m in candidates if q.start <= m.start and m.end <= q.end]
        number_at = report.text.find(q.value_text, q.start, q.end)
        before_number = [m for m in inside if number_at < 0 or m.end <= number_at]
        chosen: list[Mention] = []
        if before_number and report.text[before_number[-1].end:number_at].startswith("等"):
            sentence = sentences[q.sentence]
            clause_start = max((i + 1 for i, ch in enumerate(report.text[sentence.start:number_at]) if ch in ",;:，；："), default=0)
            chosen = [m for m in candidates if sentence.start + clause_start <= m.start and m.end <= number_at]
        elif before_number:
            chosen = [before_number[-1]]
        elif FUNDING_RE.search(q.indicator):
            # 投资2.5亿元,完成青河综合治理: money spent on the project named beside it
            projects = [m for m in candidates if m.type is EntityType.PROJECT]
            nearest = min(projects, key=lambda m: abs(m.start - q.start), default=None)
            if nearest is not None:
                chosen = [nearest]
        for m in chosen:
            out.append(Relation(q.key, Predicate.CONCERNS, m.name, q.sentence, 0.6, None, m.type))
    return out
