"""The one home of jieba and spaCy: a blank Chinese pipeline with the jieba segmenter."""
from __future__ import annotations

import logging
import os
import threading
from functools import cache
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
                    token.tag_ = "x"
            return doc

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("govkg_pos")
    log.debug("spaCy pipeline ready: %s", nlp.pipe_names)
    return nlp


def tokenize(texts: list[str]) -> list[list[tuple[str, str, int]]]:
    """(word, tag, offset) triples of each text, through the spaCy pipeline."""
    nlp = language()
    return [[(t.text, t.tag_, t.idx) for t in doc] for doc in nlp.pipe(texts, batch_size=256)]
