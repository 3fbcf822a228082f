"""Reading articles: a file, a folder (recursive) or a glob, into ``Article``s.

Every file found is accounted for: ``read_input`` never raises for a bad file,
it returns the article (or ``None``) with a ``FileReport`` that says what
happened — ``ok``, ``skipped`` (not an article: empty, binary, no Arabic, too
large) or ``error`` (an article we could not read: permissions, symlink
loop) — with a reason a user understands, a stable ``code``, the byte size and
the encoding used.

What is read:

* UTF-8 with or without BOM, UTF-16/UTF-32 with BOM, UTF-16 without BOM;
* legacy Arabic code pages, detected by scoring both decodings
  (Windows-1256, ISO-8859-6), else ``charset_normalizer``; the encoding used is
  reported;
* HTML pages: their text is extracted (scripts and styles left out) and the
  report says so;
* lines over ``LONG_LINE`` characters are broken at a space (a space becomes a
  newline, so offsets do not move).

An article may start with a front-matter block::

    ---
    date: 2025-05-12
    source: Asharq Al-Awsat
    url: https://example.com/a
    title: حفتر في باريس
    ---

whose date ends up on the article's triples. The article id is the file name
without its extension.

Example
-------
>>> import pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a1.txt").write_text("---\\ndate: 2025-05-12\\n---\\nزار الرئيس موسكو.", "utf-8")
>>> art, enc = read_article(d / "a1.txt")
>>> art.id, str(art.date), art.text, enc
('a1', '2025-05-12', 'زار الرئيس موسكو.', 'utf-8')
>>> _ = (d / "logo.txt").write_bytes(b"\\x89PNG\\r\\n\\x1a\\n" + bytes(40))
>>> art, entry = read_input(d / "logo.txt")
>>> art, entry.status, entry.code, entry.reason
(None, 'skipped', 'binary', 'binary file (PNG image), not text')
"""

from __future__ import annotations

import datetime as dt
import errno
import glob
import os
import re
import stat
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

from .errors import ArticleError, CorpusNotFound
from .schema import Article, FileReport

__all__ = ["find_inputs", "read_input", "read_article", "parse_front_matter", "decode",
           "html_to_text", "DEFAULT_MAX_BYTES", "LONG_LINE"]

DEFAULT_MAX_BYTES = 20_000_000
"""Files larger than this are skipped unless ``max_bytes`` (``--max-bytes``) is raised."""
LONG_LINE = 5_000
"""Lines longer than this (in characters) are broken at a space."""

_FRONT_KEYS = {"date", "source", "url", "title"}


def find_inputs(paths: list[str | os.PathLike], pattern: str = "*.txt") -> list[Path]:
    """Every input file named by ``paths`` (files, folders searched recursively
    for ``pattern``, or globs), sorted, without duplicates.

    Raises ``CorpusNotFound`` for a path that names nothing.
    """
    found: dict[str, Path] = {}
    for raw in paths:
        p = Path(raw)
        if p.is_file():
            found[str(p)] = p
        elif p.is_dir():
            for f in _walk(p, pattern):
                found[str(f)] = f
        elif any(ch in str(raw) for ch in "*?["):
            matches = [Path(m) for m in glob.glob(str(raw), recursive=True)]
            if not matches:
                raise CorpusNotFound(str(raw))
            for m in matches:
                if m.is_file():
                    found[str(m)] = m
        else:
            raise CorpusNotFound(str(raw))
    return [found[k] for k in sorted(found)]


def _walk(root: Path, pattern: str) -> list[Path]:
    """Files under ``root`` matching ``pattern``; follows no symlinked folders
    twice (symlink loops are safe). Broken links and special files are listed
    too, so that the report accounts for them."""
    out: list[Path] = []
    seen: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        try:
            st = os.stat(dirpath)
        except OSError:
            dirnames[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            dirnames[:] = []
            continue
        seen.add(key)
        dirnames.sort()
        for name in sorted(filenames):
            if Path(name).match(pattern) and not name.startswith("."):
                out.append(Path(dirpath) / name)
    return out


# -- bytes to text -----------------------------------------------------------

# (prefix, what it is): checked before any decoding.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg audio/video"),
    (b"ID3", "MP3 audio"),
)
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_ARABIC_RE = re.compile("[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f"
                        "\ufb50-\ufdff\ufe70-\ufefc]")
_PRESENTATION_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _magic(data: bytes) -> str | None:
    for prefix, what in _MAGIC:
        if data.startswith(prefix):
            return what
    if data[4:8] == b"ftyp":
        return "MP4/QuickTime video"
    if data.startswith(b"RIFF") and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}[data[8:12]]
    return None


def _legacy_score(text: str) -> int:
    """How much ``text`` looks like Arabic: Arabic letters count for, other
    letters against, and the article ``ال`` (the commonest bigram) counts
    five times — a wrong code page turns it into ``اف`` or ``ان``."""
    arabic = len(_ARABIC_RE.findall(text))
    letters = sum(c.isalpha() for c in text)
    return arabic - (letters - arabic) + 5 * text.count("ال")


def decode(data: bytes) -> tuple[str, str]:
    """Decode the bytes of an article: a BOM decides; else UTF-8 (a few
    invalid bytes in a UTF-8 text are replaced); else UTF-16 without BOM;
    else the Arabic code page whose decoding reads most like Arabic
    (Windows-1256 or ISO-8859-6); else ``charset_normalizer``. Returns
    ``(text, encoding)``; raises ``UnicodeDecodeError`` when no encoding fits.

    >>> decode("سلام".encode("cp1256"))[1]
    'windows-1256'
    >>> decode("التقى الرئيس بالوزير".encode("iso8859_6"))
    ('التقى الرئيس بالوزير', 'iso-8859-6')
    >>> decode("سلام".encode("utf-16"))
    ('سلام', 'utf-16-le')
    """
    return _decode(data)[:2]


def _decode(data: bytes) -> tuple[str, str, int]:
    """``decode`` and the number of invalid bytes replaced."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(enc.replace("-sig", ""), errors="replace")
            return text, enc, text.count("\ufffd")
    if b"\x00" in data[:8192]:  # never in text, but in BOM-less UTF-16 and binaries
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if not _CONTROL_RE.search(text[:8192]) and _ARABIC_RE.search(text):
                return text, enc, 0
        raise UnicodeDecodeError("unknown", data[:1], 0, 1, "binary data (NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if sum(ord(c) > 127 for c in text) - bad > 20 * bad:  # UTF-8 with a few broken bytes
        return text, "utf-8", bad
    candidates = []
    for enc, name in (("cp1256", "windows-1256"), ("iso8859_6", "iso-8859-6")):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _ARABIC_RE.search(text):
            candidates.append((_legacy_score(text), -len(candidates), text, name))
    if candidates:
        score, _, text, name = max(candidates)
        if score > 0:
            return text, name, 0
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnicodeDecodeError("unknown", data[:1], 0, 1, "no text encoding fits")
    return str(best), best.encoding, 0


# -- HTML ---------------------------------------------------------------------

_HTML_START_RE = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                            re.IGNORECASE | re.DOTALL)
_HTML_TAGS_RE = re.compile(r"</?(?:p|div|br|span|a|h[1-6]|article|section|table|ul|li)\b[^>]*>",
                           re.IGNORECASE)
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3",
               "h4", "h5", "h6", "article", "section", "header", "footer", "nav", "aside",
               "blockquote", "pre", "hr", "main", "figure", "figcaption", "dd", "dt", "title"}


def looks_like_html(text: str) -> bool:
    """True for an HTML page (a doctype or ``<html>``/``<body>`` at the start,
    or many common tags).

    >>> looks_like_html("<!DOCTYPE html><p>نص</p>"), looks_like_html("نص <b>عادي</b>")
    (True, False)
    """
    if _HTML_START_RE.match(text[:4096]):
        return True
    return len(_HTML_TAGS_RE.findall(text[:20000])) >= 5


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in _SKIP_TAGS:
            self._skip += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in _SKIP_TAGS and self._skip:
            self._skip -= 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str | None]:
    """The visible text of an HTML page (one line per block, no scripts or
    styles) and its ``<title>``.

    >>> html_to_text("<html><head><title>عنوان</title><script>x()</script></head>"
    ...              "<body><p>زار الرئيس&nbsp;موسكو.</p><p>ثم عاد.</p></body></html>")
    ('زار الرئيس موسكو.\\nثم عاد.', 'عنوان')
    """
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    title = " ".join("".join(parser.title).split()) or None
    return "\n".join(line for line in lines if line), title


# -- one file ---------------------------------------------------------------

def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split an optional ``---`` front-matter block from the body.

    >>> parse_front_matter("---\\ntitle: x\\n---\\nbody")
    ({'title': 'x'}, 'body')
    """
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    meta: dict[str, str] = {}
    for i, line in enumerate(lines[1:], start=1):
        if line.strip() == "---":
            return meta, "\n".join(lines[i + 1:])
        key, sep, value = line.partition(":")
        if not sep or key.strip().lower() not in _FRONT_KEYS:
            return {}, text
        meta[key.strip().lower()] = value.strip()
    return {}, text


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _break_long_lines(text: str, limit: int = LONG_LINE) -> tuple[str, int]:
    """Replace a space by a newline wherever a line would run past ``limit``
    characters (offsets do not move). Returns the text and how many lines
    were broken."""
    if len(text) <= limit or all(len(line) <= limit for line in text.split("\n")):
        return text, 0
    chars = list(text)
    broken = 0
    line_start = 0
    i = 0
    n = len(chars)
    while i < n:
        if chars[i] == "\n":
            line_start = i + 1
        elif i - line_start >= limit:
            cut = max(text.rfind(" ", line_start + 1, i), text.rfind("\u00a0", line_start + 1, i))
            if cut <= line_start:  # one huge word: break at the next space instead
                nxt = text.find(" ", i)
                if nxt < 0:
                    break
                cut = nxt
            chars[cut] = "\n"
            broken += 1
            line_start = cut + 1
            i = cut
        i += 1
    return "".join(chars), broken


def _blank(text: str) -> bool:
    """Only white space and invisible format characters (RLM, ZWJ, BOM...)."""
    return all(c.isspace() or unicodedata.category(c) == "Cf" for c in text)


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def _entry(path: Path, status: str, code: str | None, reason: str | None, size: int,
           encoding: str | None = None, article: str | None = None) -> FileReport:
    return FileReport(path=str(path), article=article, status=status, code=code, reason=reason,
                      bytes=size, encoding=encoding)


def read_input(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES,
               ) -> tuple[Article | None, FileReport]:
    """Read one input file. Never raises for a bad file: returns the
    ``Article`` (``None`` when skipped or on error) and the file's report entry
    (``triples`` and ``seconds`` are left for the build to fill in).

    Parameters
    ----------
    path : the file.
    max_bytes : larger files are skipped (``--max-bytes`` raises the limit).

    Examples
    --------
    >>> import pathlib, tempfile
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "en.txt").write_text("The president visited Moscow.", "utf-8")
    >>> read_input(d / "en.txt")[1].reason
    'no Arabic text'
    >>> _ = (d / "big.txt").write_text("زار الرئيس موسكو. " * 100, "utf-8")
    >>> read_input(d / "big.txt", max_bytes=1000)[1].reason
    'file is 3,200 bytes, over the 1,000 bytes limit; raise it with --max-bytes'
    """
    p = Path(path)
    try:
        st = p.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None, _entry(p, "error", "symlink_loop", "symbolic link loop: the link points "
                                "(through other links) back to itself", 0)
        if exc.errno == errno.ENOENT and p.is_symlink():
            return None, _entry(p, "error", "broken_symlink",
                                f"broken symbolic link: its target {os.readlink(p)!r} does not "
                                "exist", 0)
        if exc.errno in (errno.EACCES, errno.EPERM):
            return None, _entry(p, "error", "permission",
                                "permission denied: cannot read the file", 0)
        return None, _entry(p, "error", "unreadable",
                            f"cannot read the file ({exc.strerror})", 0)
    size = st.st_size
    if not stat.S_ISREG(st.st_mode):
        kind = ("named pipe (FIFO)" if stat.S_ISFIFO(st.st_mode) else
                "socket" if stat.S_ISSOCK(st.st_mode) else
                "device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else
                "folder" if stat.S_ISDIR(st.st_mode) else "special file")
        return None, _entry(p, "skipped", "not_a_file", f"not a regular file but a {kind}", 0)
    if size > max_bytes:
        return None, _entry(p, "skipped", "too_large",
                            f"file is {_size(size)}, over the {_size(max_bytes)} limit; "
                            "raise it with --max-bytes", size)
    try:
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        return None, _entry(p, "error", "permission",
                            "permission denied: cannot read the file", size)
    except OSError as exc:
        return None, _entry(p, "error", "unreadable",
                            f"cannot read the file ({exc.strerror})", size)
    size = len(data)
    if size > max_bytes:  # grew while we looked
        return None, _entry(p, "skipped", "too_large",
                            f"file is over the {_size(max_bytes)} limit; "
                            "raise it with --max-bytes", size)
    if not data:
        return None, _entry(p, "skipped", "empty", "empty file (0 bytes)", 0)
    what = _magic(data)
    if what:
        return None, _entry(p, "skipped", "binary", f"binary file ({what}), not text", size)
    try:
        text, encoding, replaced = _decode(data)
    except UnicodeDecodeError as exc:
        reason = ("binary file (contains NUL bytes), not text" if "NUL" in str(exc.reason)
                  else "not text in any known encoding")
        return None, _entry(p, "skipped", "binary", reason, size)
    if len(_CONTROL_RE.findall(text[:8192])) > max(2, len(text[:8192]) // 20):
        return None, _entry(p, "skipped", "binary",
                            "binary file (control characters), not text", size, encoding)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    notes: list[str] = []
    code: str | None = None
    if replaced:
        notes.append(f"{replaced} invalid UTF-8 byte{'s' * (replaced > 1)} replaced by U+FFFD")
        code = "invalid_bytes"
    meta, body = parse_front_matter(text)
    title = meta.get("title")
    if p.suffix.lower() in (".html", ".htm", ".xhtml") or looks_like_html(body):
        body, html_title = html_to_text(body)
        title = title or html_title
        notes.append("HTML: text extracted")
        code = "html"
        if _blank(body):
            return None, _entry(p, "skipped", "empty", "HTML page with no text", size, encoding)
    if _blank(body):
        if meta:
            return None, _entry(p, "skipped", "empty", "front matter but no article text",
                                size, encoding)
        return None, _entry(p, "skipped", "empty", "only white space, no text", size, encoding)
    if not _ARABIC_RE.search(body):
        return None, _entry(p, "skipped", "no_arabic", "no Arabic text", size, encoding)
    if _PRESENTATION_RE.search(body):
        body = _PRESENTATION_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), body)
        notes.append("Arabic presentation forms converted to letters")
        code = code or "presentation_forms"
    body, broken = _break_long_lines(body)
    if broken:
        notes.append(f"lines longer than {LONG_LINE:,} characters broken at a space "
                     f"({broken} break{'s' * (broken > 1)})")
        code = code or "long_lines"
    article = Article(id=p.stem, text=body, title=title, date=_parse_date(meta.get("date")),
                      source=meta.get("source"), url=meta.get("url"), path=str(p))
    return article, _entry(p, "ok", code, "; ".join(notes) or None, size, encoding, article.id)


def read_article(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES,
                 ) -> tuple[Article, str]:
    """Read one file into an ``Article``; returns it with the encoding used.

    Raises ``ArticleError`` (with the reason ``read_input`` gives) when the
    file is skipped or cannot be read.
    """
    article, entry = read_input(path, max_bytes)
    if article is None:
        raise ArticleError(entry.path, entry.reason or "cannot read the file", status=entry.status)
    return article, entry.encoding or "utf-8"
