"""The bad corpus: one input file for each kind of messy input a real corpus has.

``python tests/data/make_bad_corpus.py`` (re)writes the committed files of
``tests/data/bad_corpus/``. ``add_generated_cases(folder)`` adds, at test time,
the cases that cannot or should not be committed: a file over the size limit,
an unreadable file, symbolic-link loops, a broken link, a named pipe and a
folder link back to its parent.

``EXPECTED`` is what ``report.json`` must say about each file:
``(status, code, reason)``; ``encoding`` is in ``ENCODINGS``.
"""

from __future__ import annotations

import io
import os
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "bad_corpus"

ARTICLE = ("زار الرئيس التركي رجب طيب أردوغان روسيا يوم الاثنين، والتقى الرئيس "
           "الروسي فلاديمير بوتين في موسكو.\n"
           "واتفق الجانبان على تعزيز التعاون الاقتصادي بين البلدين.\n")

_HTML = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>أردوغان في موسكو</title>
  <style>body {{ font-family: serif; }} .x:before {{ content: "روسيا"; }}</style>
  <script>var s = "زار بوتين الصين"; document.write(s);</script>
</head>
<body>
  <nav><a href="/">الرئيسية</a></nav>
  <article>
    <h1>أردوغان في موسكو</h1>
    <p>{ARTICLE.splitlines()[0].replace("، ", "،&nbsp;")}</p>
    <p>{ARTICLE.splitlines()[1]}</p>
  </article>
  <noscript>فعّل جافاسكربت</noscript>
</body>
</html>
"""


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("a.txt", date_time=(2025, 1, 1, 0, 0, 0)), ARTICLE)
    return buf.getvalue()


# name -> bytes, for the committed files
COMMITTED: dict[str, bytes] = {
    "ok_utf8.txt": ARTICLE.encode("utf-8"),
    "ok_utf8_bom.txt": b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
    "ok_utf16_le_bom.txt": ARTICLE.encode("utf-16"),  # little-endian with BOM
    "ok_utf16_be_bom.txt": b"\xfe\xff" + ARTICLE.encode("utf-16-be"),
    "ok_windows1256.txt": ARTICLE.encode("cp1256"),
    "ok_iso8859_6.txt": ARTICLE.encode("iso8859_6"),
    "ok_crlf_front_matter.txt": ("---\r\ndate: 2025-05-12\r\nsource: test\r\n---\r\n"
                                 + ARTICLE.replace("\n", "\r\n")).encode("utf-8"),
    "ok_html_page.txt": _HTML.encode("utf-8"),
    "ok_long_line.txt": (ARTICLE.replace("\n", " ") * 150).encode("utf-8"),
    "ok_invalid_utf8_byte.txt": ARTICLE.encode("utf-8").replace(b"\n", b"\xff\n", 1),
    "ok_presentation_forms.txt": "ﺯﺍﺭ ﺃﺭﺩﻭﻏﺎﻥ ﺭﻭﺳﻴﺎ.\n".encode("utf-8"),
    "skip_empty.txt": b"",
    "skip_whitespace_only.txt": b"  \n\t\r\n   \xc2\xa0\n",
    "skip_front_matter_only.txt": b"---\ndate: 2025-05-12\n---\n\n",
    "skip_english.txt": b"President Erdogan visited Russia on Monday and met Putin.\n",
    "skip_html_no_text.txt": b"<!DOCTYPE html><html><head><script>x()</script></head>"
                             b"<body><img src='a.png'></body></html>",
    "skip_png_image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "skip_pdf.txt": b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n",
    "skip_zip.txt": _zip(),
    "skip_nul_bytes.txt": b"\x01\x02\x03\x00\x00\x00" + bytes(200),
}

ENCODINGS = {
    "ok_utf8.txt": "utf-8",
    "ok_utf8_bom.txt": "utf-8-sig",
    "ok_utf16_le_bom.txt": "utf-16-le",
    "ok_utf16_be_bom.txt": "utf-16-be",
    "ok_windows1256.txt": "windows-1256",
    "ok_iso8859_6.txt": "iso-8859-6",
    "ok_crlf_front_matter.txt": "utf-8",
    "ok_html_page.txt": "utf-8",
    "ok_long_line.txt": "utf-8",
    "ok_invalid_utf8_byte.txt": "utf-8",
    "skip_english.txt": "utf-8",
}

_LIMIT = "raise it with --max-bytes"
EXPECTED: dict[str, tuple[str, str | None, str | None]] = {
    "ok_utf8.txt": ("ok", None, None),
    "ok_utf8_bom.txt": ("ok", None, None),
    "ok_utf16_le_bom.txt": ("ok", None, None),
    "ok_utf16_be_bom.txt": ("ok", None, None),
    "ok_windows1256.txt": ("ok", None, None),
    "ok_iso8859_6.txt": ("ok", None, None),
    "ok_crlf_front_matter.txt": ("ok", None, None),
    "ok_html_page.txt": ("ok", "html", "HTML: text extracted"),
    "ok_long_line.txt": ("ok", "long_lines",
                         "lines longer than 5,000 characters broken at a space (4 breaks)"),
    "ok_invalid_utf8_byte.txt": ("ok", "invalid_bytes",
                                 "1 invalid UTF-8 byte replaced by U+FFFD"),
    "ok_presentation_forms.txt": ("ok", "presentation_forms",
                                  "Arabic presentation forms converted to letters"),
    "skip_empty.txt": ("skipped", "empty", "empty file (0 bytes)"),
    "skip_whitespace_only.txt": ("skipped", "empty", "only white space, no text"),
    "skip_front_matter_only.txt": ("skipped", "empty", "front matter but no article text"),
    "skip_english.txt": ("skipped", "no_arabic", "no Arabic text"),
    "skip_html_no_text.txt": ("skipped", "empty", "HTML page with no text"),
    "skip_png_image.txt": ("skipped", "binary", "binary file (PNG image), not text"),
    "skip_pdf.txt": ("skipped", "binary", "binary file (PDF document), not text"),
    "skip_zip.txt": ("skipped", "binary", "binary file (ZIP archive or Office document), not text"),
    "skip_nul_bytes.txt": ("skipped", "binary", "binary file (contains NUL bytes), not text"),
    # generated
    "skip_too_large.txt": ("skipped", "too_large",
                           f"file is 20.5 MB, over the 20.0 MB limit; {_LIMIT}"),
    "skip_fifo.txt": ("skipped", "not_a_file", "not a regular file but a named pipe (FIFO)"),
    "error_unreadable.txt": ("error", "permission", "permission denied: cannot read the file"),
    "error_link_loop_a.txt": ("error", "symlink_loop", "symbolic link loop: the link points "
                              "(through other links) back to itself"),
    "error_link_loop_b.txt": ("error", "symlink_loop", "symbolic link loop: the link points "
                              "(through other links) back to itself"),
    "error_broken_link.txt": ("error", "broken_symlink",
                              "broken symbolic link: its target 'gone.txt' does not exist"),
}


def write_committed(folder: Path = HERE) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in COMMITTED.items():
        (folder / name).write_bytes(data)


def add_generated_cases(folder: Path) -> None:
    """Add the cases that are made at test time (see the module docstring)."""
    with open(folder / "skip_too_large.txt", "wb") as fh:  # sparse: fast, no real disk
        fh.truncate(20_500_000)
    unreadable = folder / "error_unreadable.txt"
    unreadable.write_bytes(ARTICLE.encode("utf-8"))
    unreadable.chmod(0)
    os.symlink("error_link_loop_b.txt", folder / "error_link_loop_a.txt")
    os.symlink("error_link_loop_a.txt", folder / "error_link_loop_b.txt")
    os.symlink("gone.txt", folder / "error_broken_link.txt")
    os.mkfifo(folder / "skip_fifo.txt")
    sub = folder / "sub"
    sub.mkdir()
    os.symlink("..", sub / "loop")  # a folder loop: must not hang or repeat files


if __name__ == "__main__":
    write_committed(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
