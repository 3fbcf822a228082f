"""The data model of kg: every box of the pipeline is one of these.

``Article`` → (text layer) → ``Mention`` → ``Actor`` → ``Triple`` with
``Evidence``. The values of ``Relation`` and ``ActorType`` are the ontology's
(``ONTOLOGY.md``); nothing else in kg defines them.

Example
-------
>>> ev = Evidence(article="a1", sentence_index=0, start=0, end=9, text="زار بوتين")
>>> t = Triple(article="a1", subject="vladimir_putin", relation="visit",
...            object="china", evidence=ev)
>>> t.relation.symmetric
False
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "ActorType",
    "Relation",
    "Domain",
    "Article",
    "Actor",
    "Evidence",
    "Mention",
    "Triple",
    "Merge",
    "FileReport",
    "BuildReport",
]

ACTOR_ID_PATTERN = r"^[a-z0-9]+(_[a-z0-9]+)*$"


class ActorType(str, Enum):
    """The four actor types of the ontology."""

    person = "person"
    country = "country"
    organization = "organization"
    location = "location"


class Relation(str, Enum):
    """The relations of the ontology, with their direction."""

    visit = "visit"
    host = "host"
    meet = "meet"
    agree = "agree"
    cooperate = "cooperate"
    support = "support"
    appoint = "appoint"
    congratulate = "congratulate"
    oppose = "oppose"
    ally = "ally"
    affiliated_with = "affiliated_with"
    family = "family"

    @property
    def symmetric(self) -> bool:
        """True when subject and object can be swapped (meet, agree, ...)."""
        return self in _SYMMETRIC

    @property
    def is_state(self) -> bool:
        """True for standing facts (ally, affiliated_with, family)."""
        return self in (Relation.ally, Relation.affiliated_with, Relation.family)


_SYMMETRIC = frozenset({Relation.meet, Relation.agree, Relation.cooperate,
                        Relation.ally, Relation.family})


class Domain(str, Enum):
    """The ``domain`` attribute of ``cooperate``."""

    military = "military"
    security = "security"
    economic = "economic"
    agricultural = "agricultural"
    diplomatic = "diplomatic"
    other = "other"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class Article(_Model):
    """One news article. ``id`` is the file name without its extension.

    >>> Article(id="003_a1", text="وصل حفتر إلى فرنسا.").id
    '003_a1'
    """

    id: str = Field(min_length=1)
    text: str
    title: str | None = None
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None


class Actor(_Model):
    """One real-world actor with one canonical identity.

    ``name`` is the Arabic canonical name; ``aliases`` every surface form seen
    or known. ``country`` is the id of the state a person or body belongs to.

    >>> Actor(id="russia", name="روسيا", name_en="Russia", type="country").type.value
    'country'
    """

    id: str = Field(pattern=ACTOR_ID_PATTERN)
    name: str = Field(min_length=1)
    name_en: str | None = None
    type: ActorType
    aliases: list[str] = []
    country: str | None = None
    roles: list[str] = []


class Evidence(_Model):
    """Where a triple was read: the sentence and its character span in the
    article text (``text == article.text[start:end]``)."""

    article: str
    sentence_index: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    trigger: str | None = None
    trigger_start: int | None = Field(default=None, ge=0)
    trigger_end: int | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _span_is_ordered(self) -> "Evidence":
        if self.end < self.start:
            raise ValueError(f"evidence end {self.end} is before start {self.start}")
        return self


class Mention(_Model):
    """A span of a sentence that names an actor (before resolution).

    ``start``/``end`` are character offsets into the article text.
    """

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    surface: str
    type: ActorType
    actor_id: str | None = None
    title: str | None = None
    role: str | None = None
    affiliation: str | None = None
    sentence_index: int = Field(default=0, ge=0)
    source: str = "lexicon"


class Triple(_Model):
    """One actor–relation–actor fact with its evidence and flags.

    >>> ev = Evidence(article="a", sentence_index=0, start=0, end=3, text="abc")
    >>> Triple(article="a", subject="x", relation="meet", object="y", evidence=ev).negated
    False
    """

    article: str
    subject: str = Field(pattern=ACTOR_ID_PATTERN)
    relation: Relation
    object: str = Field(pattern=ACTOR_ID_PATTERN)
    negated: bool = False
    hypothetical: bool = False
    role: str | None = None
    domain: Domain | None = None
    location: str | None = None
    date: dt.date | None = None
    evidence: Evidence

    @model_validator(mode="after")
    def _no_self_loop(self) -> "Triple":
        if self.subject == self.object:
            raise ValueError(f"subject and object are both {self.subject!r}")
        return self

    def key(self) -> tuple[str, str, str, str, bool, bool]:
        """The identity of a triple inside an article (symmetric ends sorted)."""
        s, o = self.subject, self.object
        if self.relation.symmetric and o < s:
            s, o = o, s
        return (self.article, s, self.relation.value, o, self.negated, self.hypothetical)


class Merge(_Model):
    """A coreference decision: ``forms`` were merged into ``actor`` because ``reason``."""

    article: str
    actor: str
    forms: list[str]
    reason: str


class FileReport(_Model):
    """What happened to one input file during a build."""

    path: str
    article: str | None = None
    status: str = Field(pattern=r"^(ok|skipped|error)$")
    code: str | None = Field(default=None, description=(
        "Stable name of the reason: binary, empty, no_arabic, too_large, html, ... "
        "(docs/report_and_exit_codes.md)."))
    reason: str | None = None
    bytes: int = 0
    encoding: str | None = None
    triples: int = 0
    seconds: float = 0.0


class BuildReport(_Model):
    """``report.json``: one entry per input file and the build's totals."""

    files: list[FileReport]
    articles: int
    actors: int
    triples: int
    seconds: float
    extractor: str
