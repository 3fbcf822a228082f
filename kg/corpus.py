"""Reading articles: a file, a folder (recursive) or a glob, into ``Article``s.

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
"""

from __future__ import annotations

import datetime as dt
import glob
import os
from pathlib import Path

from .errors import ArticleError, CorpusNotFound
from .schema import Article

__all__ = ["find_inputs", "read_article", "parse_front_matter", "decode"]

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
    twice (symlink loops are safe)."""
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


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes of an article: UTF-8 (with or without BOM), UTF-16 with BOM,
    else a detected legacy encoding. Returns ``(text, encoding)``.

    >>> decode("سلام".encode("cp1256"))[1]
    'cp1256'
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for enc in ("cp1256", "iso8859_6"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _arabic_share(text) > 0.3:
            return text, enc
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnicodeDecodeError("unknown", data[:1], 0, 1, "no text encoding fits")
    return str(best), best.encoding


def _arabic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum("\u0600" <= c <= "\u06ff" for c in letters) / len(letters)


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


def read_article(path: str | os.PathLike) -> tuple[Article, str]:
    """Read one file into an ``Article``; returns it with the encoding used.

    Raises ``ArticleError`` (with a reason a user understands) when the file
    cannot be read or holds no text.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except PermissionError:
        raise ArticleError(str(p), "permission denied: cannot read the file") from None
    except OSError as exc:
        raise ArticleError(str(p), f"cannot read the file ({exc.strerror})") from None
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(str(p), "binary file, not text", status="skipped")
    try:
        text, encoding = decode(data)
    except UnicodeDecodeError:
        raise ArticleError(str(p), "not text in any known encoding", status="skipped") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body = parse_front_matter(text)
    if not body.strip():
        raise ArticleError(str(p), "empty file (no text)", status="skipped")
    article = Article(
        id=p.stem, text=body, title=meta.get("title"), date=_parse_date(meta.get("date")),
        source=meta.get("source"), url=meta.get("url"), path=str(p),
    )
    return article, encoding
