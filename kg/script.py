"""Reports written in traditional characters, read as simplified ones.

The word lists, the gazetteer, jieba's dictionary and every rule are written in
simplified characters, so a report in traditional ones (the 1954 State
Council report, pages copied from Hong Kong or Taiwan sites) is analysed
through a simplified copy of its text. OpenCC's ``hk2s`` conversion (its ``t2s`` after the
variant characters Hong Kong and old texts use, 衞 for 衛) keeps the
length of the text, so every offset found in the copy points at the same
characters of the original, and what the graph quotes (sentences, mentions,
evidence) is read back from the original. Entity names stay simplified, so that
a place or a body is one node across reports, with the text's own forms as
aliases; indicators and units are given back in the text's characters, as the
text names them.

A report in simplified characters is never converted: OpenCC would change the
rare variant characters it keeps in names (乾县, 菜薹).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from functools import lru_cache

from kg.records import Document

# The share of a text's Han characters that must change for it to count as written in traditional ones: a
# simplified report changes a handful of variant characters in names (0.01 %), a traditional one about a third.
TRADITIONAL_SHARE = 0.05
# …and how many different characters: a short simplified text with a variant or two (乾县, 菜薹) changes few.
MIN_CHANGED = 4
_HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _converter():
    import opencc  # imported on first use, by the first report read, to tell its script

    return opencc.OpenCC("hk2s")  # t2s after the variants Hong Kong texts and old ones use (衞 → 衛 → 卫)


@lru_cache(maxsize=2)  # make_report and extract ask for the same text, one after the other
def simplified(text: str) -> str | None:
    """The text in simplified characters, of the same length, when it is written in traditional ones; else None.

    >>> simplified("南開區人民政府工作報告：會議")
    '南开区人民政府工作报告：会议'
    >>> simplified("南开区人民政府工作报告") is None
    True
    """
    converted = _converter().convert(text)
    if len(converted) != len(text):  # a phrase converted to one of another length: go character by character
        converted = "".join(c if len(c) == 1 else ch for ch, c in ((ch, _converter().convert(ch)) for ch in text))
    changed = [a for a, b in zip(text, converted) if a != b]
    han = len(_HAN.findall(text))
    return converted if han and len(changed) / han >= TRADITIONAL_SHARE and len(set(changed)) >= MIN_CHANGED \
        else None


def to_simplified(text: str) -> str:
    """A short text (an indicator's name) in simplified characters, whatever it is written in: for matching
    only, never for what the graph quotes.

    >>> to_simplified("地區生產總值")
    '地区生产总值'
    """
    return _converter().convert(text)


class Restorer:
    """Gives strings of the simplified copy back in the characters of the original: each simplified
    character becomes the traditional one it stands for most often in this text."""

    def __init__(self, original: str, converted: str) -> None:
        seen: dict[str, Counter[str]] = defaultdict(Counter)
        for a, b in zip(original, converted):
            if a != b:
                seen[b][a] += 1
        self._table = str.maketrans({b: max(sorted(count), key=count.__getitem__) for b, count in seen.items()})

    def back(self, text: str) -> str:
        """``text`` in the original's characters.

        >>> Restorer("南開區", "南开区").back("开区")
        '開區'
        """
        return text.translate(self._table)


def restore(doc: Document, original: str, converted: str) -> Document:
    """A document found in the simplified copy, with what it quotes read back from the original text."""
    back = Restorer(original, converted).back

    def heading(text: str | None) -> str | None:
        return back(text) if text else text

    sentences = tuple(replace(s, text=original[s.start:s.end], section=heading(s.section),
                              subsection=heading(s.subsection)) for s in doc.sentences)
    entities = []
    for e in doc.entities:
        mentions = tuple(replace(m, text=original[m.start:m.end]) if converted[m.start:m.end] == m.text else m
                         for m in e.mentions)  # not a header's mention, which points at no span of its name
        forms = {back(e.name), *(back(a) for a in e.aliases), *(m.text for m in mentions)}
        aliases = tuple(sorted((set(e.aliases) | forms) - {e.name, ""}))
        entities.append(replace(e, aliases=aliases, mentions=mentions))
    # value_text stays: it keys the figure for its relations and its IRI
    quantities = tuple(replace(q, evidence=original[q.start:q.end], indicator=back(q.indicator), unit=back(q.unit))
                       for q in doc.quantities)
    report = replace(doc.report, text=original)
    return replace(doc, report=report, sentences=sentences, entities=tuple(entities), quantities=quantities)
