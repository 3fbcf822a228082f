"""kg's exceptions, each with a stable code that tests and users can grep.

The library raises these; only the CLI turns them into messages and exit codes.

>>> str(CorpusNotFound("corpus/"))
"[KG101] no such file or folder: 'corpus/'. Check the path, or give a folder of .txt articles."
"""

from __future__ import annotations

__all__ = [
    "KgError",
    "CorpusNotFound",
    "NoArticles",
    "ArticleError",
    "OutputError",
    "GoldError",
    "LexiconError",
    "UnknownExtractor",
    "BuildDirError",
    "ActorNotFound",
    "AmbiguousActor",
    "BackendUnavailable",
]


class KgError(Exception):
    """Base class: ``code`` is a stable identifier such as ``KG101``."""

    code = "KG000"

    def __init__(self, message: str):
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class CorpusNotFound(KgError):
    code = "KG101"

    def __init__(self, path: str):
        super().__init__(f"no such file or folder: {path!r}. "
                         "Check the path, or give a folder of .txt articles.")
        self.path = path


class NoArticles(KgError):
    code = "KG102"

    def __init__(self, paths: list[str], pattern: str):
        super().__init__(f"no files matching {pattern!r} in {', '.join(paths)}. "
                         "Use --pattern to choose other files (e.g. --pattern '*.md').")


class ArticleError(KgError):
    """One input file cannot be read as an article (the build records and skips it)."""

    code = "KG103"

    def __init__(self, path: str, reason: str, status: str = "error"):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.status = status


class OutputError(KgError):
    code = "KG201"


class BuildDirError(KgError):
    code = "KG202"


class GoldError(KgError):
    code = "KG301"


class LexiconError(KgError):
    code = "KG401"


class UnknownExtractor(KgError):
    code = "KG402"

    def __init__(self, name: str, known: list[str]):
        super().__init__(f"unknown extractor {name!r}; known extractors: {', '.join(known)}.")


class BackendUnavailable(KgError):
    code = "KG403"


class ActorNotFound(KgError):
    code = "KG501"


class AmbiguousActor(KgError):
    code = "KG502"

    def __init__(self, query: str, candidates: list[str]):
        super().__init__(f"{query!r} matches several actors: {', '.join(candidates)}. "
                         "Give a fuller name or an actor id.")
        self.candidates = candidates
