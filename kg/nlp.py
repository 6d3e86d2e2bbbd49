"""The one home of jieba and spaCy: a blank Chinese pipeline with the jieba segmenter."""
from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path

log = logging.getLogger(__name__)
_lock = threading.Lock()


def cache_dir() -> Path:
    """Where jieba's dictionary cache goes: ``$GOVKG_CACHE`` or the user's cache folder."""
    base = os.environ.get("GOVKG_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "govkg"
    )
    path = Path(base)
    path.mkdir(parents=True, exist_ok=True)
    return path


@cache
def _jieba():
    """jieba, quiet, with its cache in our folder and our words added once."""
    import jieba
    import jieba.posseg

    from kg.lexicon import user_words

    jieba.setLogLevel(logging.WARNING)
    jieba.default_logger.setLevel(logging.WARNING)
    jieba.dt.tmp_dir = str(cache_dir())
    jieba.dt.cache_file = "jieba.cache"
    with _lock:
        jieba.initialize()
        for word, freq, tag in user_words():
            jieba.add_word(word, freq, tag)
    return jieba


@cache
def pos_table() -> dict[str, str]:
    """jieba's dictionary part-of-speech tags (word → tag), no extra segmentation pass; loaded once."""
    import jieba.posseg

    _jieba()
    return jieba.posseg.dt.word_tag_tab


def word_count(word: str) -> int:
    """How often jieba's dictionary counts a word (0 for a word it lacks)."""
    return _jieba().dt.FREQ.get(word) or 0


# Parts of speech a word's first character gives away, whatever follows: 获批, 提标 (verbs), 这是 (a pronoun).
_LEADING_TAGS = frozenset({"v", "r", "p", "c", "d", "u"})


@lru_cache(maxsize=100_000)
def unknown_word_tag(word: str) -> str:
    """A part of speech for a word jieba's dictionary lacks, from its first character (获批 → v, 这是 → r), or ns
    for a word that ends as a river's, a lake's or a hill's name does (查干湖; 尚湖 unless a verb opens it).

    Anything else stays "x" (unknown, possibly a name). Much cheaper than jieba.posseg's HMM,
    which costs about 2 ms a word.
    """
    if len(word) >= 3 and (word[-1] in NATURAL_HEADS or word[-1] in _SHRINE_HEADS):
        return "ns"  # 太浦河, 查干湖, 扣林山, 奉国寺: a river, a lake, a hill or a temple, whatever its first character is
    first = pos_table().get(word[0], "x")
    if len(word) == 2 and word[-1] in NATURAL_HEADS and first not in _VERBAL_TAGS and word[0] not in _MOTION_CHARS:
        return "ns"  # 尚湖, 虞山: a lake's or a hill's name of two characters, unless a verb or a particle opens it
    return first if first in _LEADING_TAGS else "x"


_VERBAL_TAGS = frozenset({"v", "r", "p", "c", "u"})
_MOTION_CHARS = "还退进出入上下回返登临沿环跨"  # 还湖 (退耕还林、还草、还湖), 登岛, 跨江: going to or over water or hills


NATURAL_HEADS = "河江湖山岛湾渠"  # one-character heads of rivers, lakes, hills and islands
_SHRINE_HEADS = "寺庙塔阁祠"  # …and of temples, pagodas and halls


def word_tag(word: str, tags: dict[str, str]) -> str:
    """The part of speech of one jieba word: its dictionary tag, else m (numbers), w (punctuation, blanks)
    or :func:`unknown_word_tag`."""
    tag = tags.get(word)
    if tag is not None:
        return tag
    if word[:1].isdigit():
        return "m"
    if not word.strip() or not (word.isalnum() or "\u4e00" <= word[0] <= "\u9fff"):
        return "w"
    return unknown_word_tag(word)


class JiebaTokenizer:
    """A spaCy tokenizer: jieba's words (as ``spacy.lang.zh``'s jieba segmenter cuts them), each with its tag.

    Tags come with the words, in the one pass that makes the Doc; whitespace
    stays in tokens of its own, so ``doc.text`` is the input and the offsets are
    the input's.
    """

    def __init__(self, vocab) -> None:
        self.vocab = vocab
        self.tags = dict(pos_table())
        self.tags.update(_jieba().dt.user_word_tag_tab)

    def __call__(self, text: str):
        from spacy.tokens import Doc

        words, tags = self.words(text)
        return Doc(self.vocab, words=words, spaces=[False] * len(words), tags=tags)

    def words(self, text: str) -> tuple[list[str], list[str]]:
        """The words of ``text`` and their tags, as the Doc holds them, without making the Doc."""
        words = [word for word in _jieba().cut(text, cut_all=False) if word]
        tags = self.tags
        return words, [word_tag(w, tags) for w in words]


@cache
def language():
    """The spaCy Language: ``spacy.blank("zh")`` with :class:`JiebaTokenizer` (jieba words with their tags).

    Built once per process; words are added to jieba before the tokenizer is
    used, since they change jieba process-wide.

    >>> [(t.text, t.tag_) for t in language()("沈阳市 加快发展")]
    [('沈阳市', 'ns'), (' ', 'w'), ('加快', 'v'), ('发展', 'vn')]
    """
    _jieba()
    import spacy

    nlp = spacy.blank("zh")
    nlp.tokenizer = JiebaTokenizer(nlp.vocab)
    log.debug("spaCy pipeline ready: %s", nlp.pipe_names)
    return nlp


BATCH_CHARS = 200_000  # characters per Doc; spaCy's own limit is 1M


def tokenize(texts: list[str]) -> list[list[tuple[str, str, int]]]:
    """(word, tag, offset) triples of each text, through the spaCy pipeline.

    The texts go through as one Doc, joined by newlines: jieba never joins
    words across a line break, so each text gets the tokens it gets alone,
    without the cost of one Doc per sentence. A whitespace token that runs
    into a joining newline is cut back to the text's own characters.

    >>> tokenize(["今年目标", "", " 增长5%"])
    [[('今年', 't', 0), ('目标', 'n', 2)], [], [(' ', 'w', 0), ('增长', 'v', 1), ('5%', 'm', 3)]]
    """
    out: list[list[tuple[str, str, int]]] = []
    batch: list[str] = []
    size = 0
    for text in texts:
        if batch and size + len(text) > BATCH_CHARS:
            out += _tokenize_joined(batch)
            batch, size = [], 0
        batch.append(text)
        size += len(text) + 1
    return out + (_tokenize_joined(batch) if batch else [])


def _columns(nlp, text: str) -> Iterator[tuple[int, int, str]]:
    """(offset, length, tag) of each token of ``text`` through ``nlp``.

    A blank pipeline's Doc holds just the tokenizer's words and tags, so
    those are read without making it (a third of the cost of tokenizing);
    a pipeline with components, which may change them, is run.
    """
    if not nlp.pipe_names and isinstance(nlp.tokenizer, JiebaTokenizer):
        words, tags = nlp.tokenizer.words(text)
        idx = 0
        for word, tag in zip(words, tags, strict=True):
            yield idx, len(word), tag
            idx += len(word)
        return
    from spacy.attrs import IDX, LENGTH, TAG

    strings = nlp.vocab.strings
    names: dict[int, str] = {}
    # the Doc's columns as plain ints: no Token object per word
    for idx, length, tag_id in nlp(text).to_array([IDX, LENGTH, TAG]).tolist():
        tag = names.get(tag_id)
        if tag is None:
            tag = names[tag_id] = strings[tag_id]
        yield idx, length, tag


def _tokenize_joined(texts: list[str]) -> list[list[tuple[str, str, int]]]:
    out: list[list[tuple[str, str, int]]] = [[] for _ in texts]
    joined = "\n".join(texts)
    i, start, end, last = 0, 0, len(texts[0]), len(texts) - 1
    for idx, length, tag in _columns(language(), joined):
        pos, stop = idx, idx + length
        while pos < stop:
            while pos > end and i < last:  # past the newline after text i
                i += 1
                start = end + 1
                end = start + len(texts[i])
            if pos >= end:  # the joining newline itself
                pos += 1
                continue
            cut = min(stop, end)
            out[i].append((joined[pos:cut], tag, pos - start))
            pos = cut
    return out
