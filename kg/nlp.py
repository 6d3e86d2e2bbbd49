"""The one home of jieba and spaCy: a blank Chinese pipeline with the jieba segmenter."""
from __future__ import annotations

import logging
import os
import threading
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


def pos_table() -> dict[str, str]:
    """jieba's dictionary part-of-speech tags (word → tag), no extra segmentation pass."""
    import jieba.posseg

    _jieba()
    return jieba.posseg.dt.word_tag_tab


# Parts of speech a word's first character gives away, whatever follows: 获批, 提标 (verbs), 这是 (a pronoun).
_LEADING_TAGS = frozenset({"v", "r", "p", "c", "d", "u"})


@lru_cache(maxsize=100_000)
def unknown_word_tag(word: str) -> str:
    """A part of speech for a word jieba's dictionary lacks, from its first character: 获批 → v, 这是 → r.

    Anything else stays "x" (unknown, possibly a name). Much cheaper than jieba.posseg's HMM,
    which costs about 2 ms a word.
    """
    first = pos_table().get(word[0], "x")
    return first if first in _LEADING_TAGS else "x"


@cache
def language():
    """The spaCy Language: ``spacy.blank("zh")`` with jieba and a POS component.

    Built once per process; words are added to jieba before the tokenizer is
    used, since they change spaCy's zh tokenizer process-wide.
    """
    _jieba()
    import spacy
    from spacy.language import Language

    tags = dict(pos_table())
    tags.update(_jieba().dt.user_word_tag_tab)

    if not Language.has_factory("govkg_pos"):
        @Language.component("govkg_pos")
        def govkg_pos(doc):
            for token in doc:
                text = token.text
                if text in tags:
                    token.tag_ = tags[text]
                elif text[:1].isdigit():
                    token.tag_ = "m"
                elif not text.strip() or not (text.isalnum() or "\u4e00" <= text[0] <= "\u9fff"):
                    token.tag_ = "w"
                else:
                    token.tag_ = unknown_word_tag(text)
            return doc

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("govkg_pos")
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


def _tokenize_joined(texts: list[str]) -> list[list[tuple[str, str, int]]]:
    out: list[list[tuple[str, str, int]]] = [[] for _ in texts]
    doc = language()("\n".join(texts))
    i, start, end, last = 0, 0, len(texts[0]), len(texts) - 1
    for token in doc:
        word, idx, tag = token.text, token.idx, token.tag_
        pos, stop = idx, idx + len(word)
        while pos < stop:
            while pos > end and i < last:  # past the newline after text i
                i += 1
                start = end + 1
                end = start + len(texts[i])
            if pos >= end:  # the joining newline itself
                pos += 1
                continue
            cut = min(stop, end)
            out[i].append((word if cut - pos == len(word) else word[pos - idx:cut - idx], tag, pos - start))
            pos = cut
    return out

