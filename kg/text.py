"""The Arabic text layer: normalization that keeps offsets, sentences, tokens.

Built on camel-tools' data-free parts: its diacritic charset (the same set
``dediac_ar`` removes), its alef / alef-maksura / teh-marbuta normalizers, and
tokens that agree with ``simple_word_tokenize``. Every normalized character
keeps a pointer to the character of the original text it came from, so spans
found on normalized text map back to exact article offsets.

Tokens are made for every word of every article, so they are plain named
tuples, and sentences and documents small slotted dataclasses: no validation
on the hot path (the text layer makes them, nobody else does).

Example
-------
>>> doc = make_doc("a1", "زار الرئيسُ موسكو. ثم عاد")
>>> [s.text for s in doc.sentences]
['زار الرئيسُ موسكو.', 'ثم عاد']
>>> doc.sentences[0].norm
'زار الرييس موسكو.'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

__all__ = [
    "normalize",
    "normalize_with_map",
    "strip_clitics",
    "clitic_forms",
    "Token",
    "Sentence",
    "Doc",
    "make_doc",
    "split_sentences",
]

TATWEEL = "\u0640"
# camel-tools' AR_DIAC_CHARSET, spelled out: importing camel_tools.utils.charsets
# walks all of Unicode (a third of a second at every start); tests/test_text.py
# checks the two sets are equal.
AR_DIAC_CHARSET = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670")
# Characters removed by normalization: camel-tools' Arabic diacritics, tatweel,
# Quranic marks, and invisible format characters (ZWJ/ZWNJ/RLM/LRM/BOM...).
_REMOVED = (
    set(AR_DIAC_CHARSET)
    | {TATWEEL}
    | {chr(c) for c in range(0x0610, 0x061B)}
    | {chr(c) for c in range(0x06D6, 0x06EE)}
    | {"\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff",
       "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067",
       "\u2068", "\u2069"}
)
_REMOVED_RE = re.compile("[" + "".join(re.escape(c) for c in sorted(_REMOVED)) + "]")
# One-to-one letter folds. The table is built by running camel-tools'
# normalizers over every character, so it is exactly their behaviour;
# hamza on yeh/waw is folded too (ئ→ي, ؤ→و) since news spells them both ways;
# Persian/Urdu yeh and kaf are folded to Arabic ones; the letter hamza "ء"
# is kept.
_EXTRA_FOLD = {"ئ": "ي", "ؤ": "و", "ی": "ي", "ک": "ك", "ھ": "ه", "\u066a": "%"}


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x0600, 0x0700):
        ch = chr(code)
        folded = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(ch)))
        if folded != ch and len(folded) == 1:
            table[code] = folded
    for src, dst in _EXTRA_FOLD.items():
        table[ord(src)] = dst
    # Arabic-Indic digits to ASCII digits.
    for i, code in enumerate(range(0x0660, 0x066A)):
        table[code] = str(i)
    for i, code in enumerate(range(0x06F0, 0x06FA)):
        table[code] = str(i)
    return table


@lru_cache(maxsize=1)
def _fold_pairs() -> tuple[tuple[str, str], ...]:
    return tuple((chr(k), v) for k, v in sorted(_fold_table().items()))


def _fold(text: str) -> str:
    """``text.translate(_fold_table())``, ten times faster on Arabic text: a
    translate looks every character up in a dict, while ``in`` and
    ``replace`` of one character are fast scans, and few of the 32 folded
    characters occur in a given sentence."""
    for src, dst in _fold_pairs():
        if src in text:
            text = text.replace(src, dst)
    return text


def normalize(text: str) -> str:
    """Normalize Arabic text for matching (no diacritics or tatweel; أ إ آ → ا;
    ى → ي; ة → ه; ئ → ي; ؤ → و).

    >>> normalize("الرئيسُ إيمانويل مـاكرون والمملكة")
    'الرييس ايمانويل ماكرون والمملكه'
    """
    return _fold(_REMOVED_RE.sub("", text))


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalize ``text`` and return, for every normalized character, the
    index of the original character it came from.

    >>> norm, where = normalize_with_map("مُوسكو")
    >>> norm, where
    ('موسكو', [0, 2, 3, 4, 5])
    """
    if not _REMOVED_RE.search(text):
        return _fold(text), list(range(len(text)))
    kept: list[int] = []
    pieces: list[str] = []
    last = 0
    for m in _REMOVED_RE.finditer(text):
        pieces.append(text[last:m.start()])
        kept.extend(range(last, m.start()))
        last = m.end()
    pieces.append(text[last:])
    kept.extend(range(last, len(text)))
    return _fold("".join(pieces)), kept


# Proclitics that attach to a name in news prose: conjunctions و ف, prepositions
# ب ل ك, and their combinations; ل + ال is written لل.
_PROCLITIC_RE = re.compile(r"^(?:[وف]?(?:لل|[بلك])|[وف])")


def strip_clitics(word: str) -> list[str]:
    """The forms a normalized word may take once proclitics are removed,
    longest first (the word itself included).

    >>> strip_clitics("وبروسيا")
    ['وبروسيا', 'بروسيا', 'روسيا']
    >>> strip_clitics("للولايات")
    ['للولايات', 'الولايات', 'لولايات']
    """
    return list(clitic_forms(word))


@lru_cache(maxsize=1 << 16)
def clitic_forms(word: str) -> tuple[str, ...]:
    """``strip_clitics`` as a cached tuple, for hot loops (news repeats its
    words, so most calls are a dictionary look-up).

    >>> clitic_forms("وروسيا")
    ('وروسيا', 'روسيا')
    """
    forms = [word]
    if word[:1] in "وف" and (len(word) > 3 or word[1:] in _SHORT_PLACE_HEADS):
        forms.append(word[1:])
    for form in list(forms):
        if form[:2] == "لل" and len(form) > 4:
            forms.append("ال" + form[2:])
        if form[:1] in "بلك" and (len(form) > 3 or form[1:] in _SHORT_PLACE_HEADS):
            forms.append(form[1:])
    return tuple(dict.fromkeys(forms))


# Two-letter words that open place names (تل أبيب، تل عفر، تل أبيض): a clitic on
# them is stripped as on longer words (وتل أبيب، بتل عفر).
_SHORT_PLACE_HEADS = frozenset({"تل"})


class Token(NamedTuple):
    """A word or punctuation mark: ``norm`` is its normalized form;
    ``start``/``end`` index the sentence's normalized text, ``char_start``/
    ``char_end`` the article text.

    >>> make_doc("a", "زار موسكو").sentences[0].tokens[1]
    Token(norm='موسكو', start=4, end=9, char_start=4, char_end=9)
    """

    norm: str
    start: int
    end: int
    char_start: int
    char_end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: original text, its span in the article, normalized text and
    the map from normalized offsets back to article offsets."""

    index: int
    start: int
    end: int
    text: str
    norm: str
    norm_map: list[int]
    tokens: list[Token]

    def char_span(self, norm_start: int, norm_end: int) -> tuple[int, int]:
        """Article offsets of the normalized span ``[norm_start, norm_end)``."""
        if norm_end <= norm_start:
            pos = self.start + (self.norm_map[norm_start] if norm_start < len(self.norm_map)
                                else len(self.text))
            return pos, pos
        return (self.start + self.norm_map[norm_start],
                self.start + self.norm_map[norm_end - 1] + 1)


@dataclass(frozen=True, slots=True)
class Doc:
    """An article split into sentences and tokens."""

    article: str
    text: str
    sentences: list[Sentence]


# A sentence ends at . ؟ ? ! followed by white space (closing quotes or
# brackets may stand between), and at every line break. This is the gold
# convention: the sentence inside a quotation counts as a sentence.
_SENTENCE_END_RE = re.compile(r"[.؟?!]+[\"'»”’)\]]*(?=\s)|\n+")
# One Arabic letter, or initials joined by dots (أ.د، د، م), before a full stop:
# an abbreviated title (أ.د. = Prof. Dr.), never the last word of a sentence.
_ABBREVIATION_RE = re.compile(r"(?:^|(?<=\s))(?:[\u0621-\u064A]\.)*[\u0621-\u064A]$")
# Words are letter/digit runs; punctuation and symbols are single tokens,
# as in camel-tools' simple_word_tokenize.
_TOKEN_RE = re.compile(r"[^\W_]+|[^\w\s]", re.UNICODE)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in ``text``, trimmed of white space.

    >>> t = "وصل الوفد. والتقى الرئيس!\\nثم غادر"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['وصل الوفد.', 'والتقى الرئيس!', 'ثم غادر']
    """
    spans: list[tuple[int, int]] = []
    last = 0
    for m in _SENTENCE_END_RE.finditer(text):
        if m.group(0) == "." and _ABBREVIATION_RE.search(text, max(0, m.start() - 12), m.start()):
            continue  # أ.د. أحمد الطيب، د. X، م. Y: a title's initials, not a sentence's end
        end = m.end() if m.group(0)[0] != "\n" else m.start()
        spans.append((last, end))
        last = m.end()
    spans.append((last, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def tokenize(norm: str) -> list[tuple[str, int, int]]:
    """Tokens of a normalized string with their offsets.

    >>> tokenize("زار، موسكو")
    [('زار', 0, 3), ('،', 3, 4), ('موسكو', 5, 10)]
    """
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN_RE.finditer(norm)]


_new_token = tuple.__new__  # Token(...) without NamedTuple's keyword handling: twice as fast


def make_sentence(article_text: str, index: int, start: int, end: int) -> Sentence:
    """Build one ``Sentence`` for ``article_text[start:end]``."""
    text = article_text[start:end]
    norm, norm_map = normalize_with_map(text)
    spans = map(re.Match.span, _TOKEN_RE.finditer(norm))
    if len(norm) == len(text):  # nothing removed (folds are one to one): norm_map[k] == k
        tokens = [_new_token(Token, (norm[s:e], s, e, start + s, start + e)) for s, e in spans]
    else:
        tokens = [_new_token(Token, (norm[s:e], s, e, start + norm_map[s],
                                     start + norm_map[e - 1] + 1)) for s, e in spans]
    return Sentence(index, start, end, text, norm, norm_map, tokens)


def make_doc(article_id: str, text: str) -> Doc:
    """Split an article's text into a ``Doc`` of sentences and tokens."""
    sentences = [make_sentence(text, i, s, e)
                 for i, (s, e) in enumerate(split_sentences(text))]
    return Doc(article_id, text, sentences)
