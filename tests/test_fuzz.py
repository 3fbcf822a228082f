"""Hypothesis: arbitrary Unicode into the text layer, the extractor and the
file reader — no exception, and every offset points into the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.corpus import decode, html_to_text, read_input
from kg.extract import extract_text
from kg.text import make_doc

FUZZ = settings(max_examples=200, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])

# Pieces that real Arabic news (and broken scrapes) are made of.
_WORDS = ["زار", "الرئيس", "أردوغان", "روسيا", "بوتين", "التقى", "وزير", "الخارجية", "مصر",
          "استقبل", "السيسي", "في", "مع", "و", "لم", "يزر", "الصين", "دعم", "عارض", "إيران",
          "Putin", "visited", "Москва", "北京", "123", "٢٠٢٥"]
_MARKS = ["\u200f", "\u200e", "\u200d", "\u200c", "\u061c", "\u202b", "\u202c", "\u2067",
          "\u2069", "\ufeff", "\u0640", "\u064b", "\u064e", "\u0651", "\u0670", "\u06d6"]
_PUNCT = [".", "،", "؟", "!", "\n", " ", "  ", "\t", "«", "»", "\"", ")", "(", "؛", ":", "\r\n"]

_piece = st.one_of(
    st.sampled_from(_WORDS), st.sampled_from(_MARKS), st.sampled_from(_PUNCT),
    st.text(st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=6),
    st.text(max_size=4),
)
arabicish = st.lists(_piece, max_size=60).map("".join)
diacritics_only = st.text(st.sampled_from([chr(c) for c in range(0x064B, 0x0653)] + _MARKS),
                          min_size=1, max_size=50)
huge_repeat = st.tuples(st.sampled_from(_WORDS + _MARKS + _PUNCT), st.integers(500, 5000)).map(
    lambda t: t[0] * t[1])
texts = st.one_of(arabicish, st.text(), diacritics_only, huge_repeat)


def _check_doc(text: str) -> None:
    doc = make_doc("f", text)
    for s in doc.sentences:
        assert 0 <= s.start <= s.end <= len(text)
        assert text[s.start:s.end] == s.text
        assert len(s.norm_map) == len(s.norm)
        for tok in s.tokens:
            assert 0 <= tok.char_start < tok.char_end <= len(text)
            assert s.start <= tok.char_start and tok.char_end <= s.end


@FUZZ
@given(texts)
def test_fuzz_text_layer_offsets_point_into_the_text(text):
    _check_doc(text)


@FUZZ
@given(texts)
def test_fuzz_extractor_evidence_points_into_the_text(text):
    result = extract_text(text, "f")
    for t in result.triples:
        ev = t.evidence
        assert text[ev.start:ev.end] == ev.text
        if ev.trigger is not None:
            assert ev.start <= ev.trigger_start <= ev.trigger_end <= ev.end
            assert text[ev.trigger_start:ev.trigger_end] == ev.trigger
    ids = {a.id for a in result.actors}
    assert all(t.subject in ids and t.object in ids for t in result.triples)


@FUZZ
@given(st.binary(max_size=2000))
def test_fuzz_any_bytes_give_an_article_or_a_reason(tmp_path, data):
    p = tmp_path / "x.txt"
    p.write_bytes(data)
    article, entry = read_input(p)
    assert entry.status in ("ok", "skipped")
    assert (article is None) == (entry.status != "ok")
    assert entry.status == "ok" or entry.reason


@FUZZ
@given(texts, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1256"]))
def test_fuzz_decode_round_trips_arabic(text, codec):
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        return
    if "\x00" in text or not data:
        return
    try:
        decoded, _ = decode(data)
    except UnicodeDecodeError:
        return
    if codec != "cp1256":  # a BOM or UTF-8 is never ambiguous
        assert decoded.lstrip("\ufeff") == text.lstrip("\ufeff")


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(["<p>", "</p>", "<script>", "</script>", "<br/>",
                                           "<style>", "&amp;", "&#x627;", "<!--", "-->", "<",
                                           ">", "<div class='a'>"]), arabicish), max_size=30)
       .map("".join))
def test_fuzz_html_to_text_never_raises(html):
    text, _ = html_to_text(html)
    assert all(line and line == line.strip() for line in text.split("\n")) or text == ""
