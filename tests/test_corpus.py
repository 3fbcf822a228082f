"""Reading one input file: every kind of messy input gives an article or a
report entry with a reason, never an exception."""

from __future__ import annotations

import errno
import os

import pytest

from kg.corpus import decode, find_inputs, html_to_text, read_article, read_input
from kg.errors import ArticleError

AR = "زار الرئيس التركي رجب طيب أردوغان روسيا والتقى بوتين في موسكو.\n"


def _read(tmp_path, data: bytes, name: str = "a.txt", **kw):
    p = tmp_path / name
    p.write_bytes(data)
    return read_input(p, **kw)


@pytest.mark.parametrize("codec,name", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16-le"),
    ("cp1256", "windows-1256"), ("iso8859_6", "iso-8859-6"),
])
def test_corpus_encodings_are_detected_and_reported(tmp_path, codec, name):
    art, entry = _read(tmp_path, AR.encode(codec))
    assert (entry.status, entry.encoding, entry.code) == ("ok", name, None)
    assert art.text == AR


def test_corpus_utf16_without_bom_is_read(tmp_path):
    art, entry = _read(tmp_path, AR.encode("utf-16-le"))
    assert (entry.status, entry.encoding, art.text) == ("ok", "utf-16-le", AR)


def test_corpus_iso8859_6_is_not_mistaken_for_windows_1256():
    # Every byte of this text is valid Windows-1256 too: the score decides.
    text = "قال وزير الخارجية إن الاتفاق مع الحكومة يهدف إلى تعزيز العلاقات."
    assert decode(text.encode("iso8859_6")) == (text, "iso-8859-6")
    assert decode(text.encode("cp1256")) == (text, "windows-1256")


def test_corpus_a_few_bad_utf8_bytes_do_not_turn_the_file_into_mojibake(tmp_path):
    data = AR.encode() * 3
    cut = data.index(b" ")
    art, entry = _read(tmp_path, data[:cut] + b"\xff" + data[cut:])
    assert entry.encoding == "utf-8" and entry.code == "invalid_bytes"
    assert entry.reason == "1 invalid UTF-8 byte replaced by U+FFFD"
    assert "أردوغان" in art.text


def test_corpus_crlf_and_front_matter(tmp_path):
    art, entry = _read(tmp_path, b"---\r\ndate: 2025-05-12\r\n---\r\n" + AR.encode().replace(b"\n", b"\r\n"))
    assert str(art.date) == "2025-05-12" and art.text == AR


@pytest.mark.parametrize("data,reason", [
    (b"", "empty file (0 bytes)"),
    (b" \n\t \r\n", "only white space, no text"),
    ("\u00a0\u200f\n".encode(), "only white space, no text"),
    (b"---\ntitle: x\n---\n", "front matter but no article text"),
])
def test_corpus_empty_files_are_skipped(tmp_path, data, reason):
    art, entry = _read(tmp_path, data)
    assert art is None and (entry.status, entry.code, entry.reason) == ("skipped", "empty", reason)


@pytest.mark.parametrize("data,what", [
    (b"\x89PNG\r\n\x1a\n" + bytes(50), "PNG image"),
    (b"\xff\xd8\xff\xe0" + bytes(50), "JPEG image"),
    (b"GIF89a" + bytes(10), "GIF image"),
    (b"%PDF-1.7\n" + AR.encode(), "PDF document"),
    (b"PK\x03\x04" + AR.encode(), "ZIP archive or Office document"),
    (b"\x1f\x8b\x08" + bytes(20), "gzip archive"),
    (b"\x7fELF\x02\x01", "executable"),
])
def test_corpus_binaries_are_skipped_by_magic_bytes(tmp_path, data, what):
    art, entry = _read(tmp_path, data)
    assert art is None
    assert (entry.status, entry.code) == ("skipped", "binary")
    assert entry.reason == f"binary file ({what}), not text"


def test_corpus_nul_bytes_mean_binary(tmp_path):
    _, entry = _read(tmp_path, b"abc\x00\x01\x02" * 50)
    assert entry.reason == "binary file (contains NUL bytes), not text"


def test_corpus_random_bytes_are_never_an_article(tmp_path):
    import random

    rnd = random.Random(7)
    for i in range(30):
        data = bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 3000)))
        art, entry = _read(tmp_path, data, name=f"r{i}.txt")
        assert entry.status in ("skipped", "ok")
        assert entry.status == "skipped" or art is not None


def test_corpus_text_without_arabic_is_skipped(tmp_path):
    art, entry = _read(tmp_path, "Erdoğan visited Москва.".encode())
    assert art is None and (entry.status, entry.code, entry.reason) == (
        "skipped", "no_arabic", "no Arabic text")


def test_corpus_html_text_is_extracted_without_scripts_and_styles(tmp_path):
    page = ("<!doctype html><html><head><title>خبر</title><style>p{color:red}</style>"
            "<script>var x = 'بوتين';</script></head><body><p>" + AR.strip()
            + "</p><p>ثم عاد &amp; غادر.</p></body></html>").encode()
    art, entry = _read(tmp_path, page)
    assert (entry.status, entry.code, entry.reason) == ("ok", "html", "HTML: text extracted")
    assert art.text == AR.strip() + "\nثم عاد & غادر."
    assert art.title == "خبر"


def test_corpus_html_suffix_is_html_even_without_doctype(tmp_path):
    art, entry = _read(tmp_path, ("<p>" + AR + "</p>").encode(), name="a.html")
    assert entry.code == "html" and "<p>" not in art.text


def test_corpus_plain_text_with_a_tag_is_not_html(tmp_path):
    art, entry = _read(tmp_path, ("قال إن <b> " + AR).encode())
    assert entry.code is None and art.text.startswith("قال إن <b>")


def test_corpus_html_to_text_survives_broken_markup():
    text, title = html_to_text("<html><body><p>نص<div><script>x(<p>باقي")
    assert text == "نص"
    assert title is None


def test_corpus_long_lines_are_broken_at_spaces_without_moving_offsets(tmp_path):
    line = AR.strip() + " "
    data = (line * 400).encode()
    art, entry = _read(tmp_path, data)
    assert entry.code == "long_lines"
    assert entry.reason.startswith("lines longer than 5,000 characters broken at a space (")
    assert len(art.text) == len(data.decode())
    assert max(len(x) for x in art.text.split("\n")) <= 5000
    assert art.text.replace("\n", " ") == data.decode()


def test_corpus_a_file_over_the_limit_is_skipped_naming_the_flag(tmp_path):
    art, entry = _read(tmp_path, AR.encode() * 10, max_bytes=100)
    assert art is None and entry.code == "too_large"
    assert entry.reason.endswith("raise it with --max-bytes")
    art, entry = read_input(tmp_path / "a.txt", max_bytes=10_000)
    assert entry.status == "ok"


def test_corpus_permission_denied_is_an_error(tmp_path, monkeypatch):
    p = tmp_path / "a.txt"
    p.write_text(AR, "utf-8")

    def deny(*a, **k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("kg.corpus.open", deny, raising=False)
    art, entry = read_input(p)
    assert art is None
    assert (entry.status, entry.code, entry.reason) == (
        "error", "permission", "permission denied: cannot read the file")
    assert entry.bytes == p.stat().st_size


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_corpus_unreadable_file_is_an_error(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(AR, "utf-8")
    p.chmod(0)
    assert read_input(p)[1].code == "permission"


def test_corpus_symlink_loops_and_broken_links_are_errors(tmp_path):
    os.symlink("b.txt", tmp_path / "a.txt")
    os.symlink("a.txt", tmp_path / "b.txt")
    os.symlink("gone.txt", tmp_path / "c.txt")
    (tmp_path / "sub").mkdir()
    os.symlink("..", tmp_path / "sub" / "up")
    files = find_inputs([tmp_path])
    assert [f.name for f in files] == ["a.txt", "b.txt", "c.txt"]
    codes = [read_input(f)[1].code for f in files]
    assert codes == ["symlink_loop", "symlink_loop", "broken_symlink"]


def test_corpus_a_fifo_is_skipped_not_opened(tmp_path):
    os.mkfifo(tmp_path / "p.txt")
    art, entry = read_input(tmp_path / "p.txt")  # would block forever if opened
    assert (entry.status, entry.code) == ("skipped", "not_a_file")


def test_corpus_presentation_forms_become_letters(tmp_path):
    art, entry = _read(tmp_path, "ﺯﺍﺭ ﺃﺭﺩﻭﻏﺎﻥ ﺭﻭﺳﻴﺎ.".encode())
    assert art.text == "زار أردوغان روسيا." and entry.code == "presentation_forms"


def test_corpus_read_article_raises_with_the_reason(tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    with pytest.raises(ArticleError, match=r"\[KG103\] .*e.txt: empty file \(0 bytes\)"):
        read_article(tmp_path / "e.txt")
