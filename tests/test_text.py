"""The Arabic text layer against camel-tools and the gold sentence convention."""

from __future__ import annotations

import json

from camel_tools.tokenizers.word import simple_word_tokenize
from camel_tools.utils.dediac import dediac_ar

from kg.text import make_doc, normalize, normalize_with_map, split_sentences


def test_text_normalize_removes_what_camel_dediac_removes():
    text = "وَصَلَ الرَّئِيسُ إِلَى مُوسْكُو"
    assert normalize(text) == normalize(dediac_ar(text))
    assert "َ" not in normalize(text)


def test_text_normalize_folds_letters():
    assert normalize("أإآ ى ة ـ") == "ااا ي ه "


def test_text_offsets_map_back_to_the_original():
    text = "زارَ الرئيسُ مـوسكو"
    norm, where = normalize_with_map(text)
    start = norm.index("موسكو")
    assert text[where[start]:where[start + 4] + 1] == "مـوسكو"


def test_text_tokens_agree_with_camel_simple_word_tokenize(corpus_dir):
    text = (corpus_dir / "003_a1903ce93b64fa12.txt").read_text("utf-8")
    doc = make_doc("003", text)
    ours = [t.norm for s in doc.sentences for t in s.tokens]
    theirs = [normalize(t) for t in simple_word_tokenize(text)]
    theirs = [t for t in theirs if t]
    assert ours == theirs


def test_text_every_token_offset_points_into_the_article(corpus_dir):
    text = (corpus_dir / "001_554ed6f8235d14bf.txt").read_text("utf-8")
    for s in make_doc("001", text).sentences:
        assert text[s.start:s.end] == s.text
        for t in s.tokens:
            assert normalize(text[t.char_start:t.char_end]) == t.norm


def test_text_sentences_follow_the_gold_convention(corpus_dir, gold_dir):
    gold = [json.loads(line) for line in (gold_dir / "triples.jsonl").open(encoding="utf-8")]
    sentences: dict[str, set[str]] = {}
    for g in gold:
        if g["article"] not in sentences:
            text = (corpus_dir / f"{g['article']}.txt").read_text("utf-8")
            sentences[g["article"]] = {s.text for s in make_doc(g["article"], text).sentences}
        assert g["evidence"] in sentences[g["article"]]


def test_text_splits_an_article_with_no_newlines(corpus_dir):
    text = (corpus_dir / "002_2c09273f5c3701ce.txt").read_text("utf-8")
    assert "\n" not in text.strip()
    assert len(split_sentences(text)) > 10


def test_text_diacritics_are_camel_tools_charset():
    from camel_tools.utils.charsets import AR_DIAC_CHARSET

    from kg.text import AR_DIAC_CHARSET as ours

    assert ours == AR_DIAC_CHARSET


def test_text_fold_is_the_translate_table():
    from kg.text import _fold, _fold_table

    every = "".join(chr(c) for c in range(0x0600, 0x0700)) + "abc ئؤیکھ٪"
    assert _fold(every) == every.translate(_fold_table())


def test_text_a_titles_initials_end_no_sentence():
    text = "استقبل الإمام الأكبر أ.د. أحمد الطيب الوزير. وقال د. محمد إن الوفد وصل. ثم غادر"
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got == ["استقبل الإمام الأكبر أ.د. أحمد الطيب الوزير.", "وقال د. محمد إن الوفد وصل.", "ثم غادر"]
