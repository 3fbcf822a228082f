"""Scoring predicted triples against a gold set, as ``ONTOLOGY.md`` defines it.

A predicted triple matches a gold triple of the same article when the relation
is equal, both ends resolve to the same gold actors (either order for symmetric
relations), and ``negated`` and ``hypothetical`` agree. A predicted actor
resolves to a gold actor through its canonical name or any alias (after
normalization and clitic stripping), or through its English name.

Example
-------
>>> s = Score(tp=8, fp=2, fn=8)
>>> round(s.precision, 2), round(s.recall, 2), round(s.f1, 3)
(0.8, 0.5, 0.615)
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from pydantic import BaseModel

from .errors import GoldError
from .schema import Relation
from .text import normalize

__all__ = ["Score", "Evaluation", "evaluate", "evaluate_files", "score_key",
           "GoldTriple", "load_gold", "ActorResolver"]

_LENIENT_FAMILY = {"visit": "contact", "host": "contact", "meet": "contact"}
_LEADING_CLITICS = re.compile(r"^(?:[وف])?(?:[بلك])?")


def score_key(name: str) -> str:
    """The form names are compared in: normalized, punctuation removed, leading
    و ب ل ف ك and ال stripped.

    >>> score_key("وللرئيسِ") == score_key("الرئيس")
    True
    """
    norm = normalize(name)
    norm = re.sub(r"[^\w\s]", " ", norm)
    norm = " ".join(norm.split())
    norm = _LEADING_CLITICS.sub("", norm, count=1) if len(norm) > 4 else norm
    if norm.startswith("ال") and len(norm) > 4:
        norm = norm[2:]
    elif norm.startswith("ل") and len(norm) > 4:  # لل = ل + ال
        norm = norm[1:]
    return norm


def _spelling(name: str) -> str:
    """A name without its diacritics and punctuation, clitics kept: two gold
    spellings that differ only there are one actor.

    >>> _spelling('حركة "الماك"') == _spelling("حركة الماك")
    True
    """
    return " ".join(re.sub(r"[^\w\s]", " ", normalize(name)).split())


class Score(BaseModel):
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, label: str) -> str:
        return (f"{label:<9} P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f}"
                f"  (tp={self.tp} fp={self.fp} fn={self.fn})")


class GoldTriple(BaseModel):
    """One line of a gold ``triples.jsonl``; ``object`` may list alternatives."""

    article: str
    subject: str
    relation: Relation
    object: str | list[str]
    negated: bool = False
    hypothetical: bool = False
    evidence: str = ""
    role: str | None = None
    domain: str | None = None
    location: str | None = None

    @property
    def objects(self) -> list[str]:
        return self.object if isinstance(self.object, list) else [self.object]


class Miss(BaseModel):
    """A gold triple not found, or a predicted triple with no gold match."""

    kind: str  # "missed" or "false"
    article: str
    subject: str
    relation: str
    object: str
    negated: bool
    hypothetical: bool
    evidence: str


class Evaluation(BaseModel):
    """The result of scoring: strict, lenient and per-relation scores."""

    strict: Score
    lenient: Score
    per_relation: dict[str, Score]
    misses: list[Miss] = []

    def report(self, verbose: bool = False) -> str:
        """A plain-text report; ``verbose`` adds every miss and false hit."""
        lines = [self.strict.line("strict"), self.lenient.line("lenient"),
                 f"{'relation':<16}{'P':>6}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
        for rel in sorted(self.per_relation):
            s = self.per_relation[rel]
            lines.append(f"{rel:<16}{s.precision:>6.2f}{s.recall:>7.2f}{s.f1:>7.2f}"
                         f"{s.tp:>5}{s.fp:>5}{s.fn:>5}")
        if verbose:
            for m in sorted(self.misses, key=lambda m: (m.kind, m.article, m.relation)):
                flags = ("N" if m.negated else "") + ("H" if m.hypothetical else "")
                lines.append(f"{m.kind.upper():<6} {m.article[:3]} {m.subject} "
                             f"-{m.relation}{'/' + flags if flags else ''}-> {m.object}"
                             f"  | {m.evidence[:140]}")
        return "\n".join(lines)


class ActorResolver:
    """Maps predicted actors to gold actor ids by name, alias or English name."""

    def __init__(self, gold_actors: list[dict]):
        self.by_key: dict[str, set[str]] = defaultdict(set)
        self.by_en: dict[str, str] = {}
        for a in gold_actors:
            for form in [a.get("name", "")] + list(a.get("aliases", [])):
                if form:
                    self.by_key[score_key(form)].add(a["id"])
            if a.get("name_en"):
                self.by_en[a["name_en"].casefold()] = a["id"]

    def resolve(self, actor: dict) -> str | None:
        """The gold id of a predicted actor (canonical name first), or None."""
        hits = self.by_key.get(score_key(actor.get("name", "")), set())
        if len(hits) == 1:
            return next(iter(hits))
        if actor.get("name_en") and actor["name_en"].casefold() in self.by_en:
            return self.by_en[actor["name_en"].casefold()]
        for form in actor.get("aliases", []):
            hits = self.by_key.get(score_key(form), set())
            if len(hits) == 1:
                return next(iter(hits))
        return None


def _read_jsonl(path: Path) -> list[dict]:
    rows = []
    try:
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise GoldError(f"{path}:{n}: not valid JSON ({exc.msg}).") from None
    except FileNotFoundError:
        raise GoldError(f"{path} does not exist. A gold folder holds actors.jsonl "
                        "and triples.jsonl (see ONTOLOGY.md).") from None
    return rows


def load_gold(gold_dir: str | Path) -> tuple[list[dict], list[GoldTriple]]:
    """Read ``actors.jsonl`` and ``triples.jsonl`` of a gold folder."""
    gold_dir = Path(gold_dir)
    actors = _read_jsonl(gold_dir / "actors.jsonl")
    triples = [GoldTriple.model_validate(r) for r in _read_jsonl(gold_dir / "triples.jsonl")]
    return actors, triples


def _family(rel: str, lenient: bool) -> str:
    return _LENIENT_FAMILY.get(rel, rel) if lenient else rel


def _match(gold: list[GoldTriple], pred: list[tuple], lenient: bool,
           collect: list[Miss] | None, labels: dict) -> dict[str, Score]:
    """Greedy one-to-one matching inside each article; scores per relation."""
    scores: dict[str, Score] = defaultdict(Score)
    used_pred: set[int] = set()
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(pred):
        by_article[p[0]].append(i)
    for g in gold:
        fam = _family(g.relation.value, lenient)
        symmetric = g.relation.symmetric
        found = None
        for i in by_article.get(g.article, []):
            if i in used_pred:
                continue
            art, s, rel, o, neg, hyp, _ = pred[i]
            if _family(rel, lenient) != fam or neg != g.negated or hyp != g.hypothetical:
                continue
            ok = s == g.subject and o in g.objects
            if not ok and (symmetric or Relation(rel).symmetric):
                ok = o == g.subject and s in g.objects
            if ok:
                found = i
                break
        if found is None:
            scores[g.relation.value].fn += 1
            if collect is not None:
                collect.append(Miss(kind="missed", article=g.article, subject=g.subject,
                                    relation=g.relation.value, object="|".join(g.objects),
                                    negated=g.negated, hypothetical=g.hypothetical,
                                    evidence=g.evidence))
        else:
            used_pred.add(found)
            scores[g.relation.value].tp += 1
    for i, p in enumerate(pred):
        if i not in used_pred:
            scores[p[2]].fp += 1
            if collect is not None:
                collect.append(Miss(kind="false", article=p[0], subject=labels.get(p[1], p[1]),
                                    relation=p[2], object=labels.get(p[3], p[3]),
                                    negated=p[4], hypothetical=p[5], evidence=p[6]))
    return scores


def evaluate(pred_triples: list[dict], pred_actors: list[dict], gold_actors: list[dict],
             gold_triples: list[GoldTriple], articles: set[str] | None = None) -> Evaluation:
    """Score predicted triples (dicts as in ``triples.jsonl``) against gold.

    Only articles present in the gold set are scored (or ``articles`` if given).
    """
    resolver = ActorResolver(gold_actors)
    actor_by_id = {a["id"]: a for a in pred_actors}
    gold_articles = articles or {g.article for g in gold_triples}
    labels: dict[str, str] = {}

    def end(actor_id: str) -> str:
        actor = actor_by_id.get(actor_id, {"id": actor_id, "name": actor_id})
        gid = resolver.resolve(actor)
        if gid is None:
            labels["?" + actor_id] = f"?{actor.get('name', actor_id)}"
            return "?" + actor_id
        return gid

    seen: set[tuple] = set()
    pred: list[tuple] = []
    for t in pred_triples:
        if t["article"] not in gold_articles:
            continue
        s, o = end(t["subject"]), end(t["object"])
        rel = t["relation"]
        if Relation(rel).symmetric and o < s:
            s, o = o, s
        key = (t["article"], s, rel, o, bool(t.get("negated")), bool(t.get("hypothetical")))
        if key in seen or s == o:
            continue
        seen.add(key)
        pred.append(key + (t.get("evidence", {}).get("text", ""),))
    gold = [g for g in gold_triples if g.article in gold_articles]
    misses: list[Miss] = []
    per_rel = _match(gold, pred, lenient=False, collect=misses, labels=labels)
    lenient_rel = _match(gold, pred, lenient=True, collect=None, labels=labels)

    def total(scores: dict[str, Score]) -> Score:
        return Score(tp=sum(s.tp for s in scores.values()), fp=sum(s.fp for s in scores.values()),
                     fn=sum(s.fn for s in scores.values()))

    return Evaluation(strict=total(per_rel), lenient=total(lenient_rel),
                      per_relation=dict(per_rel), misses=misses)


def evaluate_files(pred_path: str | Path, gold_dir: str | Path) -> Evaluation:
    """Score a ``triples.jsonl`` (with ``actors.jsonl`` beside it) against a gold folder.

    ``pred_path`` may also be a build folder holding both files.
    """
    pred_path = Path(pred_path)
    if pred_path.is_dir():
        pred_path = pred_path / "triples.jsonl"
    if not pred_path.exists():
        raise GoldError(f"{pred_path} does not exist. Run 'kg build CORPUS --out DIR' first.")
    actors_path = pred_path.with_name("actors.jsonl")
    pred_actors = _read_jsonl(actors_path) if actors_path.exists() else []
    pred_triples = _read_jsonl(pred_path)
    gold_actors, gold_triples = load_gold(gold_dir)
    return evaluate(pred_triples, pred_actors, gold_actors, gold_triples)


class PatternExpectation(BaseModel):
    """One expected (or forbidden) triple of a pattern case, by Arabic names
    (a list means either name is right)."""

    subject: str | list[str]
    relation: Relation
    object: str | list[str]
    # Unset (None): False in an expected triple; "any" in a forbidden one (README).
    negated: bool | None = None
    hypothetical: bool | None = None
    # A forbidden cooperation of one domain (economic) is not one of another (diplomatic);
    # an expected triple is matched whatever its domain.
    domain: str | None = None


class PatternCase(BaseModel):
    """A short text with the triples it must and must not give."""

    id: str
    text: str
    date: str | None = None
    expect: list[PatternExpectation] = []
    forbid: list[PatternExpectation] = []


class PatternResult(BaseModel):
    """What the extractor did on one case."""

    id: str
    missing: list[str]
    forbidden: list[str]
    extra: list[str]

    @property
    def passed(self) -> bool:
        return not self.missing and not self.forbidden


def load_patterns(folder: str | Path) -> list[PatternCase]:
    """Every case of the ``*.jsonl`` files of a patterns folder, sorted by id."""
    cases = []
    for path in sorted(Path(folder).glob("*.jsonl")):
        cases += [PatternCase.model_validate(r) for r in _read_jsonl(path)]
    return sorted(cases, key=lambda c: c.id)


def _alts(v: str | list[str]) -> list[str]:
    return v if isinstance(v, list) else [v]


def _pattern_label(e) -> str:
    flags = ("/N" if e.negated else "") + ("/H" if e.hypothetical else "")
    return f"{'|'.join(_alts(e.subject))} -{e.relation.value}{flags}-> {'|'.join(_alts(e.object))}"


def check_pattern(case: PatternCase, extract=None) -> PatternResult:
    """Run the extractor on one case and compare by name (ONTOLOGY resolution)."""
    import datetime as dt

    from .extract import extract_text

    extract = extract or extract_text
    date = dt.date.fromisoformat(case.date) if case.date else None
    result = extract(case.text, article_id=case.id, date=date)
    names = {n for e in case.expect + case.forbid for n in _alts(e.subject) + _alts(e.object)}
    # spellings that differ only in diacritics (الجمّال / الجمال), in a hyphen
    # (لي جاي-ميونغ / لي جاي ميونغ) or in quotes (حركة "الماك" / حركة الماك) are one
    # gold actor: the resolver could not tell them apart
    canon: dict[str, str] = {}
    for n in sorted(names):
        canon.setdefault(_spelling(n), n)
    gold_actors = [{"id": n, "name": n, "aliases": [n]} for n in sorted(set(canon.values()))]
    resolver = ActorResolver(gold_actors)
    from .lexicon import load_lexicon

    lex = load_lexicon()
    by_id = {}
    for a in result.actors:
        known = lex.actor(a.id)
        by_id[a.id] = (a.model_copy(update={"aliases": known.aliases + a.aliases})
                       if known else a).model_dump()

    def end(actor_id: str) -> str:
        a = by_id.get(actor_id, {"name": actor_id})
        return resolver.resolve(a) or f"?{a.get('name', actor_id)}"

    predicted = set()
    domains: dict[tuple, set] = {}  # (s, relation, o, flags) → the domains given
    for t in result.triples:
        s, o = end(t.subject), end(t.object)
        d = t.domain.value if t.domain else None
        for key in [(s, t.relation.value, o, t.negated, t.hypothetical)] + (
                [(o, t.relation.value, s, t.negated, t.hypothetical)] if t.relation.symmetric else []):
            predicted.add(key)
            domains.setdefault(key, set()).add(d)

    def alts(v) -> list[str]:
        return [canon[_spelling(n)] for n in _alts(v)]

    def hit(e) -> bool:  # an expected triple: these ends and exactly these flags
        return any((s, e.relation.value, o, bool(e.negated), bool(e.hypothetical)) in predicted
                   for s in alts(e.subject) for o in alts(e.object))

    def forbidden_hit(e) -> bool:  # a forbidden one: any flags, unless the item sets them
        return any(p[:3] == (s, e.relation.value, o)
                   and (e.negated is None or p[3] == e.negated)
                   and (e.hypothetical is None or p[4] == e.hypothetical)
                   and (e.domain is None or None in domains[p] or e.domain in domains[p])
                   for s in alts(e.subject) for o in alts(e.object) for p in predicted)

    missing = [_pattern_label(e) for e in case.expect if not hit(e)]
    forbidden = [_pattern_label(e) for e in case.forbid if forbidden_hit(e)]
    expected = {(s, e.relation.value, o) for e in case.expect for s in alts(e.subject)
                for o in alts(e.object)}
    expected |= {(o, r, s) for s, r, o in expected}
    extra = sorted({f"{p[0]} -{p[1]}-> {p[2]}" for p in predicted if p[:3] not in expected})
    return PatternResult(id=case.id, missing=missing, forbidden=forbidden, extra=extra)
