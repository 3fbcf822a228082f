"""The Arabic text layer: normalization that keeps offsets, sentences, tokens.

Built on camel-tools' data-free parts: its diacritic charset (the same set
``dediac_ar`` removes), its alef / alef-maksura / teh-marbuta normalizers, and
tokens that agree with ``simple_word_tokenize``. Every normalized character
keeps a pointer to the character of the original text it came from, so spans
found on normalized text map back to exact article offsets.

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
from functools import lru_cache

from camel_tools.utils.charsets import AR_DIAC_CHARSET
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)
from pydantic import BaseModel, ConfigDict

__all__ = [
    "normalize",
    "normalize_with_map",
    "strip_clitics",
    "Token",
    "Sentence",
    "Doc",
    "make_doc",
    "split_sentences",
]

TATWEEL = "\u0640"
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


def normalize(text: str) -> str:
    """Normalize Arabic text for matching (no diacritics or tatweel; أ إ آ → ا;
    ى → ي; ة → ه; ئ → ي; ؤ → و).

    >>> normalize("الرئيسُ إيمانويل مـاكرون والمملكة")
    'الرييس ايمانويل ماكرون والمملكه'
    """
    return _REMOVED_RE.sub("", text).translate(_fold_table())


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalize ``text`` and return, for every normalized character, the
    index of the original character it came from.

    >>> norm, where = normalize_with_map("مُوسكو")
    >>> norm, where
    ('موسكو', [0, 2, 3, 4, 5])
    """
    if not _REMOVED_RE.search(text):
        return text.translate(_fold_table()), list(range(len(text)))
    kept: list[int] = []
    pieces: list[str] = []
    last = 0
    for m in _REMOVED_RE.finditer(text):
        pieces.append(text[last:m.start()])
        kept.extend(range(last, m.start()))
        last = m.end()
    pieces.append(text[last:])
    kept.extend(range(last, len(text)))
    return "".join(pieces).translate(_fold_table()), kept


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
    forms = [word]
    if word[:1] in "وف" and len(word) > 3:
        forms.append(word[1:])
    for form in list(forms):
        if form[:2] == "لل" and len(form) > 4:
            forms.append("ال" + form[2:])
        if form[:1] in "بلك" and len(form) > 3:
            forms.append(form[1:])
    seen: dict[str, None] = {}
    for f in forms:
        seen.setdefault(f, None)
    return list(seen)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Token(_Frozen):
    """A word or punctuation mark: ``norm`` is its normalized form;
    ``start``/``end`` index the sentence's normalized text, ``char_start``/
    ``char_end`` the article text."""

    norm: str
    start: int
    end: int
    char_start: int
    char_end: int


class Sentence(_Frozen):
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


class Doc(_Frozen):
    """An article split into sentences and tokens."""

    article: str
    text: str
    sentences: list[Sentence]


# A sentence ends at . ؟ ? ! followed by white space (closing quotes or
# brackets may stand between), and at every line break. This is the gold
# convention: the sentence inside a quotation counts as a sentence.
_SENTENCE_END_RE = re.compile(r"[.؟?!]+[\"'»”’)\]]*(?=\s)|\n+")
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


def make_sentence(article_text: str, index: int, start: int, end: int) -> Sentence:
    """Build one ``Sentence`` for ``article_text[start:end]``."""
    text = article_text[start:end]
    norm, norm_map = normalize_with_map(text)
    tokens = [
        Token.model_construct(norm=w, start=s, end=e, char_start=start + norm_map[s],
              char_end=start + norm_map[e - 1] + 1)
        for w, s, e in tokenize(norm)
    ]
    return Sentence.model_construct(index=index, start=start, end=end, text=text, norm=norm,
                    norm_map=norm_map, tokens=tokens)


def make_doc(article_id: str, text: str) -> Doc:
    """Split an article's text into a ``Doc`` of sentences and tokens."""
    sentences = [make_sentence(text, i, s, e)
                 for i, (s, e) in enumerate(split_sentences(text))]
    return Doc(article=article_id, text=text, sentences=sentences)
