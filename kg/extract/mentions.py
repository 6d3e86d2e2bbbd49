"""Find entity mentions: names ending in a class head, lexicon bodies, tagged places and people, quoted programmes."""
from __future__ import annotations

import re
from collections.abc import Iterable

from kg import gazetteer
from kg.lexicon import MACRO_REGIONS, MEASURE_CHARS, BODIES, BOUNDARY_WORDS, GENERIC, HEADS, PERSON_TITLES, RELATIVE_BODIES, WEAK_HEADS
from kg.records import EntityType, Mention, Report, Sentence

Token = tuple[str, str, int]  # word, jieba tag, offset in the sentence

_HEAD_INDEX: list[tuple[str, EntityType]] = sorted(
    ((head, kind) for kind, heads in HEADS.items() for head in heads), key=lambda hk: -len(hk[0])
)
_CJK = re.compile(r"^[\u4e00-\u9fff0-9A-Za-z·]+$")
_QUOTED_NAME = re.compile(r"“([^”“]{2,16})”(?=[\u4e00-\u9fff])")
_LIST_ITEM_SEP = "、"
ORDINAL_WORD = re.compile(r"^第[一二三四五六七八九十]+[次届批]$")
WORKS_HEADS = ("治理", "整治", "改造", "工程", "更新", "提升")
MAX_NAME_CHARS = 24
MAX_LEFT_TOKENS = 6
STRONG_TAGS = {"ns", "nt", "nz", "nr", "nrt", "j", "x", "eng"}


def head_of(word: str) -> tuple[str, EntityType] | None:
    """The longest class head a word ends with.

    >>> head_of("综合治理")
    ('综合治理', <EntityType.PROJECT: 'Project'>)
    >>> head_of("满堂河")
    ('河', <EntityType.PLACE: 'Place'>)
    >>> head_of("发展") is None
    True
    """
    for head, kind in _HEAD_INDEX:
        if word.endswith(head):
            return head, kind
    return None


START_TAGS = {"vn", "n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "j", "x", "eng", "f", "t", "b", "an", "ng", "s", "l"}


def _name_like(token: Token) -> bool:
    word, tag, _ = token
    if ORDINAL_WORD.match(word):
        return True  # 全国第一次自然灾害综合风险普查
    if word in BOUNDARY_WORDS or not _CJK.match(word):
        return False
    if word[0].isdigit() or tag in {"m", "q", "mq", "w", "u", "p", "c", "r", "d", "uj", "ul", "ug", "uz", "y", "e", "o"}:
        return False
    return True


def _head_token(token: Token) -> tuple[str, EntityType] | None:
    """The class head a token carries: a whole head word, or a proper noun ending in a head."""
    word, tag, _ = token
    found = head_of(word)
    if not found:
        return None
    head, kind = found
    if head == word or len(head) >= 2:
        return found
    # a one-character head inside a longer token (布局, 全部, 城市) counts only for proper nouns
    return found if tag in STRONG_TAGS else None


def _is_name(name: str, modifier_tokens: list[Token], head: str, kind: EntityType) -> bool:
    if len(name) < 2 or len(name) > MAX_NAME_CHARS or name in GENERIC:
        return False
    core = name[: len(name) - len(head)]
    if not core or core in GENERIC or core in BOUNDARY_WORDS:
        return False
    if not modifier_tokens:
        return True  # a proper noun that carries its own head (慈恩寺, 东北地区)
    if head in WEAK_HEADS or len(head) == 1:
        return any(tag in STRONG_TAGS or (tag in {"n", "nr", "nrt"} and w not in GENERIC)
                   for w, tag, _ in modifier_tokens)
    return True


def _head_candidates(tokens: list[Token], text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """Names built from a head token and the name-like tokens to its left."""
    for i, token in enumerate(tokens):
        word, tag, offset = token
        found = _head_token(token)
        if i > 0:
            joined = head_of(tokens[i - 1][0] + word)
            if joined and len(joined[0]) > len(word) and (not found or len(joined[0]) > len(found[0])):
                found = joined  # a head spread over two tokens: 基地 建设, 示范区 建设
        if not found:
            continue
        head, kind = found
        j = i
        while j > 0 and i - j < MAX_LEFT_TOKENS and _name_like(tokens[j - 1]):
            j -= 1
        # a name starts with a noun-like word, not a verb or an adverb
        while j < i and (tokens[j][1] not in START_TAGS or tokens[j][0] in BOUNDARY_WORDS):
            j += 1
        start, end = tokens[j][2], offset + len(word)
        # coordinated modifiers: A、B<head> where A is itself a place name (满堂河、辉山明渠综合治理)
        if kind is EntityType.PROJECT and head.endswith(WORKS_HEADS) and j >= 2 and j < i \
                and tokens[j - 1][0] == _LIST_ITEM_SEP:
            k = j - 1
            while k > 0 and j - 1 - k < 3 and _name_like(tokens[k - 1]):
                k -= 1
            left = text[tokens[k][2]: tokens[j - 1][2]] if k < j - 1 else ""
            left_head = head_of(left) if left else None
            if left_head and left_head[1] is EntityType.PLACE and left not in GENERIC:
                start = tokens[k][2]
        if start > 0 and text[start] in MEASURE_CHARS and (text[start - 1].isdigit() or text[start - 1] in "一二两三四五六七八九十百千万"):
            start += 1  # 7条特色胡同: the measure word belongs to the number
        name = text[start:end]
        if kind is EntityType.ORGANIZATION and any(name.endswith(b) and name != b for b in BODIES) \
                and not gazetteer.is_place_name(name[: -max(len(b) for b in BODIES if name.endswith(b))]):
            continue  # 严格执行区人大: a verb glued to a body's name
        modifiers = tokens[j:i] if word == head else tokens[j:i + 1]
        if word != head and j == i:
            modifiers = []
        if _is_name(name, modifiers, head, kind):
            strong = any(t[1] in STRONG_TAGS for t in modifiers) or not modifiers
            yield start, end, kind, 0.75 if strong else 0.6


def _continues_name(tokens: list[Token], i: int) -> bool:
    """Whether the name goes on after token i (五联 商业广场, 盛京 古城): then the token alone is a fragment."""
    if i + 1 >= len(tokens):
        return False
    word, tag, _ = tokens[i + 1]
    return tag in {"n", "ns", "nt", "nz", "nr", "x", "ng"} and bool(_CJK.match(word)) and word not in BOUNDARY_WORDS \
        and head_of(word) is not None


def _lexicon_candidates(tokens: list[Token]) -> Iterable[tuple[int, int, EntityType, float]]:
    for i, (word, tag, offset) in enumerate(tokens):
        end = offset + len(word)
        if word in BOUNDARY_WORDS:
            continue
        if word in BODIES or word in RELATIVE_BODIES:
            yield offset, end, EntityType.ORGANIZATION, 0.9
        elif tag == "ns" and len(word) >= 2 and word not in GENERIC and not _continues_name(tokens, i) \
                and (gazetteer.is_place_name(word) or word in MACRO_REGIONS):
            yield offset, end, EntityType.PLACE, 0.8
        elif tag == "nt" and len(word) >= 3 and word not in GENERIC:
            yield offset, end, EntityType.ORGANIZATION, 0.75
        elif tag in {"nr", "nrfg", "nrt"} and 2 <= len(word) <= 4 and i + 1 < len(tokens) \
                and tokens[i + 1][0].startswith(PERSON_TITLES):
            yield offset, end, EntityType.PERSON, 0.85


def _quoted_candidates(text: str, tokens: list[Token]) -> Iterable[tuple[int, int, EntityType, float]]:
    """“X”<head>: a quoted name followed by a class head word (“万人进万企”主题活动)."""
    starts = {offset: k for k, (_, _, offset) in enumerate(tokens)}
    for match in _QUOTED_NAME.finditer(text):
        k = starts.get(match.end())
        if k is None:
            continue
        word = tokens[k][0]
        found = head_of(word)
        if found and found[1] is EntityType.PROJECT and word not in BOUNDARY_WORDS:
            yield match.start(), match.end() + len(word), EntityType.PROJECT, 0.8


def _list_candidates(text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """Quoted items before 等N个…项目 are named programmes or places of the list's class."""
    for match in re.finditer(r"((?:“[^”“]{2,16}”、?){1,8})等[0-9一二两三四五六七八九十百]+[个项处家条所座]([\u4e00-\u9fff]{1,8}?)(项目|工程|活动|公园|地块|街路|道路)", text):
        found = head_of(match[3])
        kind = found[1] if found else EntityType.PROJECT
        for item in re.finditer(r"“([^”“]{2,16})”", match[1]):
            yield match.start(1) + item.start(1), match.start(1) + item.end(1), kind, 0.7


def find_mentions(report: Report, sentences: list[Sentence], tokens: list[list[Token]]) -> list[Mention]:
    """All entity mentions in the report, one per (span, class), in text order."""
    seen: dict[tuple[int, int], Mention] = {}
    for sentence, toks in zip(sentences, tokens):
        candidates = [
            *_lexicon_candidates(toks),
            *_head_candidates(toks, sentence.text),
            *_quoted_candidates(sentence.text, toks),
            *_list_candidates(sentence.text),
        ]
        place_starts: dict[int, int] = {}
        for start, end, kind, _ in candidates:
            if kind is EntityType.PLACE:
                place_starts[start] = max(place_starts.get(start, 0), end)
        for start, end, kind, confidence in candidates:
            if kind is EntityType.PLACE and place_starts.get(start, 0) > end:
                continue  # 东湖 in 东湖公园: the modifier of a longer place name
            surface = sentence.text[start:end]
            key = (sentence.start + start, sentence.start + end)
            if key in seen:
                continue
            seen[key] = Mention(
                start=key[0], end=key[1], text=surface, type=kind, sentence=sentence.index,
                name=surface, confidence=confidence,
            )
    if report.speaker:
        pos = report.text.find(report.speaker)
        if pos >= 0:
            seen.setdefault((pos, pos + len(report.speaker)), Mention(
                pos, pos + len(report.speaker), report.speaker, EntityType.PERSON, -1, report.speaker, 0.95))
    return sorted(seen.values(), key=lambda m: (m.start, m.end, m.type))
