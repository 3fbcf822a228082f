"""Relation finding: triggers and their arguments in one sentence.

A trigger (زار، التقى، استقبل، زيارة، اتفاق...) gets its subject and object
from the mentions around it, following Arabic word orders:

- VSO (زار الرئيسُ موسكو): the mention right after the verb is the subject,
  the next one (or the one after the object marker) the object;
- SVO (روسيا تدعم ...): a mention just before the verb is the subject;
- relative clauses (X الذي التقى Y): the antecedent is the subject;
- maṣdar (زيارة X إلى Y، لقاء X مع Y، التعاون بين X و Y);
- clause chaining (وصل X إلى فرنسا، حيث التقى ...): a verb with no subject of
  its own takes the last subject of the sentence;
- coordination (روسيا وبيلاروسيا) gives one triple per conjunct.

Example
-------
>>> from kg.lexicon import load_lexicon
>>> from kg.extract import extract_text
>>> [(t.subject, t.relation.value, t.object) for t in extract_text("زار أردوغان روسيا.").triples]
[('recep_tayyip_erdogan', 'visit', 'russia')]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import Lexicon, TriggerForm
from ..schema import ActorType, Domain, Relation
from ..text import normalize
from .flags import flags_for
from .mentions import STOP_WORDS, Word

__all__ = ["Mentioned", "Found", "find_relations"]

_PREPS = {"الى", "مع", "على", "في", "من", "عن", "نحو", "لدى", "عند", "بين", "حول", "ضد",
          "تجاه", "عبر", "خلال", "بعد", "قبل", "منذ", "امام", "لصالح", "بشان", "حيال"}
_CLAUSE_WORDS = {"حيث", "بينما", "فيما", "عندما", "حين", "لكن", "ولكن", "اذ", "كما", "ثم",
                 "الا", "بل", "الذي", "التي", "الذين", "اللذين", "وهو", "وهي", "بعدما", "قبلما"}
_RELATIVE = {"الذي", "التي", "الذين", "اللذين", "اللتين"}
_HARD_PUNCT = {".", "؛", ";", ":", "!", "؟", "?", "-", "–"}
_SKIP = {"سبق", "كان", "كانت", "عاد", "يوم", "امس", "اليوم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
         "الجمعه", "السبت", "رسميا", "مساء", "صباح", "اخيرا", "مجددا", "ايضا", "بدوره",
         "بدورها", "الاول", "الماضي", "قد", "لقد"}
_DOMAINS = {
    "العسكري": Domain.military, "العسكريه": Domain.military, "الدفاعي": Domain.military,
    "الامني": Domain.security, "الامنيه": Domain.security, "الاقتصادي": Domain.economic,
    "الاقتصاديه": Domain.economic, "التجاري": Domain.economic, "التجاريه": Domain.economic,
    "الاستثماري": Domain.economic, "الزراعي": Domain.agricultural,
    "الزراعيه": Domain.agricultural, "الدبلوماسي": Domain.diplomatic,
    "السياسي": Domain.diplomatic, "الدبلوماسيه": Domain.diplomatic,
}
_OPINION = {"راي", "رؤيه", "رايه", "رؤيته", "موقف", "موقفه", "وجهه", "تقدير", "تحليل", "قول"}
_PREPS = {normalize(w) for w in _PREPS}
_CLAUSE_WORDS = {normalize(w) for w in _CLAUSE_WORDS}
_SKIP = {normalize(w) for w in _SKIP}
_DUAL_TITLES = {normalize(w) for w in (
    "الرئيسان", "الرئيسين", "الوزيران", "الوزيرين", "الزعيمان", "الزعيمين", "وزيرا", "وزيري",
    "رئيسا", "رئيسي", "الملكان", "العاهلان", "الجانبان", "الطرفان")}
_CHAIN_WORDS = {normalize(w) for w in ("حيث", "ثم", "كما", "وحيث")}
_PRONOUN_PREPS = {normalize(k): normalize(v) for k, v in {
    "معه": "مع", "معها": "مع", "معهم": "مع", "معهما": "مع", "إليه": "إلى", "إليها": "إلى",
    "به": "ب", "بها": "ب", "له": "ل", "لها": "ل"}.items()}
_NOUN_LINK_VERBS = {normalize(w) for w in (
    "أجراها", "أجراه", "عقدها", "عقده", "قام", "قامت", "بها", "به", "التي", "الذي",
    "يجريها", "يقوم", "تقوم", "سيجريها", "أجرتها", "عقدتها", "الرسمية", "الرسمي")}
_GUEST_TYPES = {ActorType.person, ActorType.country, ActorType.organization}


@dataclass(slots=True)
class Mentioned:
    """A resolved mention over words ``[i, j)``."""

    i: int
    j: int
    actor: str
    type: ActorType
    clitic: str = ""
    country: str | None = None  # a person's or body's state
    place: str = ""  # for a city: its name as written (the actor is its state)


@dataclass(slots=True)
class Found:
    """A relation found in a sentence, before it becomes a ``Triple``."""

    subject: str
    relation: Relation
    object: str
    negated: bool
    hypothetical: bool
    trigger: tuple[int, int]  # word span of the trigger
    role: str | None = None
    domain: Domain | None = None
    location: str | None = None


class _Sentence:
    def __init__(self, words: list[Word], mentions: list[Mentioned], lex: Lexicon):
        self.words = words
        self.norms = [w.norm for w in words]
        self.mentions = sorted(mentions, key=lambda m: m.i)
        self.at: dict[int, Mentioned] = {m.i: m for m in self.mentions}
        self.covered: dict[int, Mentioned] = {}
        for m in self.mentions:
            for k in range(m.i, m.j):
                self.covered[k] = m
        self.lex = lex
        self.last_object: list[Mentioned] = []
        self._clause_starts: list[int] | None = None
        self._rel_spans: list[tuple[int, int, int]] | None = None
        self.context: list[Mentioned] = []  # mentions of the previous sentence
        self.carried: list[Mentioned] = []  # the previous sentence's last subject
        self.demonyms: dict[int, str] = {}  # word index → state of a demonym adjective
        phrases = lex.phrases
        for w in words:
            for form in w.forms:
                if not form.startswith("ال"):
                    continue
                for h in phrases.get((form,), ()):
                    if h.kind == "demonym" and h.number == "sg":
                        self.demonyms.setdefault(w.index, h.ref)

    def hard_break(self, k: int) -> bool:
        w = self.words[k]
        return w.punct in _HARD_PUNCT

    def _relatives(self) -> list[tuple[int, int, int]]:
        """(relative pronoun, closing comma, clause start before it) for every
        relative clause that a comma closes: X، الذي ...، ..."""
        if self._rel_spans is None:
            spans = []
            for k, w in enumerate(self.norms):
                if w in _RELATIVE:
                    for e in range(k + 1, min(len(self.words), k + 25)):
                        if self.hard_break(e):
                            break
                        if self.words[e].punct in ("،", ","):
                            spans.append((k, e, self.clause_start(k - 1) if k else 0))
                            break
            self._rel_spans = spans
        return self._rel_spans

    def closed_relative_at(self, k: int) -> int | None:
        """If word ``k`` lies in a closed relative clause, where that clause starts."""
        for a, b, _ in self._relatives():
            if a <= k < b:
                return a
        return None

    def main_clause_start(self, p: int, cs: int) -> int:
        """The clause start of ``p`` with closed relative clauses undone."""
        for a, b, before in self._relatives():
            if a == cs and b <= p:
                return before
        return cs

    def clause_start(self, p: int) -> int:
        """Where the clause of word ``p`` begins (computed once per sentence)."""
        if self._clause_starts is None:
            starts, current = [], 0
            k = 0
            for w in self.words:  # k > 0: hard_break(k) or a clause word
                if k > 0 and (w.punct in _HARD_PUNCT or w.norm in _CLAUSE_WORDS):
                    current = k
                starts.append(current)
                k += 1
            self._clause_starts = starts
        return self._clause_starts[p]

    def prep_before(self, m: Mentioned) -> str:
        """The preposition that governs a mention: a clitic or the word before."""
        if m.clitic in ("ب", "ل", "لل", "ك", "وب", "ول", "فب", "فل", "ولل"):
            return m.clitic.lstrip("وف").replace("لل", "ل")
        if m.i > 0 and self.norms[m.i - 1] in _PREPS and not self.words[m.i].punct_before:
            if self.norms[m.i - 1] == "من" and m.i > 1 and self.norms[m.i - 2] in _LIST_OR_DELEGATION:
                return ""  # كلا من مصر والجزائر / وفدا من صندوق النقد: the party itself
            return self.norms[m.i - 1]
        return ""

    def coordinated(self, m: Mentioned, limit: int = 6) -> list[Mentioned]:
        """``m`` and the mentions joined to it by و (روسيا وبيلاروسيا وتركيا)."""
        group = [m]
        k = m.j
        while len(group) < limit:
            nxt = self.at.get(k)
            if nxt and nxt.clitic.startswith("و") and not self.words[k].punct_before:
                group.append(nxt)
                k = nxt.j
                continue
            if nxt is None and k < len(self.words) and (
                    self.norms[k] in ("و",) or (self.norms[k][:1] == "و" and k in self.demonyms)):
                k += 1  # الرئيسان الروسي X والتركي Y
                continue
            break
        return group

    def mention_after(self, k: int, window: int, stop_at_clause: bool = True) -> Mentioned | None:
        for q in range(k, min(len(self.words), k + window)):
            if q > k and stop_at_clause and (self.hard_break(q) or self.norms[q] in _CLAUSE_WORDS):
                return None
            if q in self.at:
                return self.at[q]
        return None


def _trigger_occurrences(s: _Sentence, lex: Lexicon) -> list[tuple[int, int, TriggerForm]]:
    out = []
    covered: set[int] = set()
    n = len(s.words)
    firsts = lex.trigger_phrase_firsts
    for p in range(n):
        if firsts.isdisjoint(s.words[p].forms):
            continue
        for length in (4, 3, 2):
            if p + length <= n:
                k = tuple(s.norms[p:p + length])
                k_forms = [k] + [(f, *k[1:]) for f in s.words[p].forms[1:]]
                for kk in k_forms:
                    for tf in lex.trigger_phrases.get(kk, []):
                        out.append((p, p + length, tf))
                        covered.update(range(p, p + length))
    trigger_forms = lex.trigger_forms
    for p in range(n):
        if p in covered or p in s.covered:
            continue
        w = s.words[p]
        for form in w.forms:
            tfs = trigger_forms.get(form)
            if tfs:
                prefix = w.norm[: len(w.norm) - len(form)] if w.norm.endswith(form) else ""
                if "ب" in prefix or "ك" in prefix or prefix.endswith("لل"):
                    # بدعم، كزيارة: a preposition makes it a noun, never a verb
                    tfs = [tf for tf in tfs if tf.pos == "noun"] or tfs
                nouns = [tf for tf in tfs if tf.pos == "noun"]
                if nouns and p + 1 < n and s.norms[p + 1].startswith("ال") \
                        and p + 1 not in s.covered and not s.words[p + 1].punct_before:
                    tfs = nouns  # دعمها الثابت: a noun with its adjective, not a verb
                for tf in tfs:
                    out.append((p, p + 1, tf))
                break
    out.sort(key=lambda x: x[0])
    return out


def find_relations(words: list[Word], mentions: list[Mentioned], lex: Lexicon,
                   carried_subject: list[Mentioned] | None = None,
                   context: list[Mentioned] | None = None,
                   question: bool = False) -> tuple[list[Found], list[Mentioned]]:
    """Relations of one sentence; returns them with the sentence's last subject
    (for a following sentence that continues it: كما هنأ ...). ``context`` are
    the previous sentence's mentions (for بين البلدين)."""
    s = _Sentence(words, mentions, lex)
    s.context = context or []
    s.carried = carried_subject or []
    found: list[Found] = []
    last_subject: list[Mentioned] = []
    for p, q, tf in _trigger_occurrences(s, lex):
        entry = tf.entry
        rel = Relation(entry.relation)
        cs = s.clause_start(p)
        subj, obj = _arguments(s, p, q, tf, last_subject, carried_subject if not found and p < 3 else None)
        if not subj or not obj:
            continue
        neg, hyp = flags_for(s.norms, p, tf.tense, cs)
        if question:
            hyp = True  # a question asserts nothing (هل باتت روسيا تسعى إلى التحالف مع X؟)
        domain = _domain(s, q) if rel is Relation.cooperate else None
        if rel is Relation.cooperate and domain is None and entry.domain:
            domain = Domain(entry.domain)
        if rel is not Relation.family:
            last_subject = subj
            s.last_object = obj
        for a in subj:
            for b in obj:
                if a.actor == b.actor or not _types_ok(rel, a, b):
                    continue
                found.append(Found(a.actor, rel, b.actor, neg, hyp, (p, q), role=entry.role,
                                   domain=domain, location=b.place or None))
        found += _side_relations(s, rel, entry, subj, obj, p, q, neg, hyp)
    return found, last_subject


_THANKED_FOR_HOSTING = {normalize(w) for w in (
    "الاستقبال", "استقبال", "حفاوة", "الحفاوة", "حسن", "كرم", "الضيافة", "ضيافة")}
_ATTENDING = {normalize(w) for w in ("بحضور", "وبحضور", "بمشاركة", "وبمشاركة")}


def _side_relations(s: _Sentence, rel: Relation, entry, subj, obj, p: int, q: int,
                    neg: bool, hyp: bool) -> list[Found]:
    """Relations a trigger implies beside its own:
    - شكر X على الاستقبال / حفاوة الاستقبال: X hosted the one who thanks;
    - لقاء X مع Y بحضور Z: Z met Y too."""
    out: list[Found] = []
    end = max(m.j for m in obj)
    if rel is Relation.congratulate and entry.past == "شكر":
        for k in range(end, min(end + 3, len(s.words))):
            if s.norms[k] in ("علي",) and k + 1 < len(s.words) and any(
                    f in _THANKED_FOR_HOSTING for f in s.words[k + 1].forms):
                out += [Found(b.actor, Relation.host, a.actor, neg, hyp, (p, q))
                        for a in subj for b in obj if a.actor != b.actor
                        and b.type is not ActorType.country]
                break
    if rel is Relation.meet:
        for k in range(end, min(end + 3, len(s.words))):
            if s.norms[k] in _ATTENDING:
                attendee = s.at.get(k + 1)
                if attendee and attendee.type is ActorType.person:
                    out += [Found(attendee.actor, Relation.meet, b.actor, neg, hyp, (p, q))
                            for b in obj if b.actor != attendee.actor]
                break
    return out


def _types_ok(rel: Relation, a: Mentioned, b: Mentioned) -> bool:
    if rel is Relation.visit:  # a city counts as its state (the city is the location)
        return b.type in (ActorType.country, ActorType.location) and a.type in _GUEST_TYPES
    if rel in (Relation.family,):
        return a.type is ActorType.person and b.type is ActorType.person
    if rel is Relation.appoint:
        return b.type is ActorType.person
    return a.type in _GUEST_TYPES and b.type in _GUEST_TYPES


def _domain(s: _Sentence, q: int) -> Domain | None:
    for k in range(q, min(q + 2, len(s.words))):
        d = _DOMAINS.get(s.norms[k])
        if d:
            return d
    return None


def _subject_before(s: _Sentence, p: int, cs: int) -> list[Mentioned]:
    """SVO subject or relative antecedent just before ``p``."""
    k = p - 1
    # X الذي/التي VERB: the antecedent is the subject.
    if k >= 0 and s.norms[k] in _RELATIVE:
        ante = s.covered.get(k - 1)
        if ante:
            return [ante]
        return []
    while k >= 0 and s.norms[k] in _SKIP:
        k -= 1
    m = s.covered.get(k)
    if m and m.type is ActorType.location:
        return []  # a place is not a doer
    if m and k >= cs and not s.prep_before(m) and not s.words[p].punct_before:
        return _coordinated_before(s, m)  # X و Y VERB
    return []


def _coordinated_before(s: _Sentence, m: Mentioned) -> list[Mentioned]:
    """``m`` with the mentions joined to it by و before it (مصر والسعودية)."""
    group = [m]
    while True:
        prev = s.covered.get(group[0].i - 1)
        if prev and group[0].clitic.startswith("و") and not s.prep_before(prev):
            group.insert(0, prev)
        else:
            return group


def _subject_after(s: _Sentence, q: int) -> list[Mentioned]:
    k = q
    while k < len(s.words) and (s.norms[k] in _SKIP or s.norms[k] in _DUAL_TITLES
                                or (k > q and k in s.demonyms)) and not s.words[k].punct_before:
        k += 1
    if k < len(s.words) and not s.words[k].punct_before:
        m = s.at.get(k)
        if m and not s.prep_before(m) and m.type is not ActorType.location:
            return s.coordinated(m)
    return []


@lru_cache(maxsize=512)
def _marker_words(marker: str) -> tuple[str, ...]:
    """A trigger's object marker (مع، إلى، محادثات مع), normalized into words."""
    return tuple(normalize(marker).split())


def _object_by_marker(s: _Sentence, start: int, markers: list[str], after: int,
                      window: int = 10) -> list[Mentioned]:
    """Object mentions after ``start``, introduced by one of ``markers``."""
    for marker in markers:
        mk = _marker_words(marker)
        if mk and mk[0] == "بين":
            pair = _between(s, start, window)
            if pair:
                return pair
            continue
        lead, prep = mk[:-1] if len(mk) > 1 else (), (mk[-1] if mk else "")
        q = start
        if lead:
            # the lead words (محادثات مع) must appear within the window
            hit = None
            for k in range(start, min(len(s.words), start + window)):
                if s.norms[k] in lead or any(f in lead for f in s.words[k].forms):
                    hit = k
                    break
            if hit is None:
                continue
            q = hit + 1
        for k in range(q, min(len(s.words), q + window)):
            if k > q and (s.hard_break(k) or s.norms[k] in _CLAUSE_WORDS):
                break
            m = s.at.get(k)
            if m is None:
                continue
            if k < after:
                continue
            pb = s.prep_before(m)
            if prep == "" and pb == "":
                return s.coordinated(m)
            if prep and pb == prep:
                if prep == "ب" and m.type in (ActorType.country, ActorType.location):
                    continue  # التقى ... بالرباط: a place
                return s.coordinated(m)
            if prep == "ل" and pb == "ل":
                return s.coordinated(m)
            if prep == "" and pb:
                if m.type in (ActorType.country, ActorType.location) and pb in ("ب", "في"):
                    continue  # a place adverbial (بالرباط، في موسكو), not the object
                break  # governed by a preposition: try the next marker
            if prep and not pb and prep not in ("ل",):
                # a bare mention stands between: it is not this object
                continue
    return []


_BOTH = {normalize(w) for w in ("البلدين", "الدولتين", "الجانبين", "الطرفين", "العاصمتين",
                                 "البلدان", "الدولتان", "الجانبان")}


def _between(s: _Sentence, start: int, window: int) -> list[Mentioned]:
    """بين X و Y; or بين البلدين: the last two states named before."""
    for k in range(start, min(len(s.words), start + 4)):
        if s.norms[k] in ("بين", "وبين"):
            m = s.at.get(k + 1)
            if m:
                return [m] + [x for x in s.coordinated(m)[1:]]
            if k + 1 < len(s.words) and s.norms[k + 1] in _BOTH:
                return _last_two_states(s, k)
            return []
    return []


def _last_two_states(s: _Sentence, before: int) -> list[Mentioned]:
    """The two distinct states named last before word ``before`` in this
    sentence, else in the previous one (``s.context``)."""
    seen: list[Mentioned] = []
    pool = [m for m in s.mentions if m.j <= before][::-1] + list(reversed(s.context))
    for m in pool:
        if m.type is not ActorType.country and m.country:
            # a person stands for their state here (الرئيس التركي ... بين البلدين)
            m = Mentioned(m.i, m.j, m.country, ActorType.country, m.clitic, m.country)
        if m.type is ActorType.country and m.actor not in {x.actor for x in seen}:
            seen.append(m)
            if len(seen) == 2:
                return seen[::-1]
    return []


def _arguments(s: _Sentence, p: int, q: int, tf: TriggerForm, last_subject: list[Mentioned],
               carried: list[Mentioned] | None) -> tuple[list[Mentioned], list[Mentioned]]:
    entry = tf.entry
    rel = entry.relation
    cs = s.clause_start(p)
    markers = list(entry.objects)
    if entry.reverse:
        return _reverse_host(s, p, q, tf, last_subject, carried)
    if rel == "family":
        return _family(s, p, q, tf, last_subject)
    if tf.pos == "noun":
        pair = _between(s, q, 4) if "بين" in markers else []
        if len(pair) >= 2:
            return pair[:1], pair[1:]
        if rel == "ally":
            if tf.pronoun:
                # يعزز تحالفه مع روسيا: "his" is the person just named, or the
                # subject carried from the sentence before
                with_marker = _object_by_marker(s, q, ["مع"], q, window=3)
                if not with_marker:
                    return [], []
                feminine = s.words[p].norm.endswith("ها")
                owner = _possessor(s, p, cs, feminine=feminine) or [
                    m for m in (last_subject or s.carried)
                    if (m.type is ActorType.person) != feminine][:1]
                return owner, with_marker
            # X حليف Y / X الحليف التقليدي لـ Y / X، الذي يعتبر أحد أقرب حلفاء Y
            after = _object_by_marker(s, q, ["", "ل"], q, window=3)
            with_marker = [] if after else _object_by_marker(s, q, ["مع"], q, window=3)
            if with_marker:
                # X يسعى إلى التحالف مع Y: the clause subject allies with Y
                return _clause_subject(s, p, cs, window=8), with_marker
            before = _subject_before(s, p, cs) if after else []
            if after and not before and s.words[p].punct in ("،", ",") and s.covered.get(p - 1):
                before = [s.covered[p - 1]]  # X، الحليف الأبرز لـ Y
            if after and not before and _ally_frame(s, p):
                before = _clause_subject(s, p, cs, window=6)
            return before, after
        if Relation(rel).symmetric and not tf.pronoun:
            group = _group_before(s, p, cs, states=rel != "meet")
            between_them = any(s.norms[k] in _BETWEEN_THEM for k in range(q, min(q + 5, len(s.words))))
            sides = any(s.norms[k] in _THE_TWO_SIDES for k in range(max(cs, p - 3), p))
            if len(group) >= 2 and (between_them or sides or s.covered.get(p - 1) in group):
                # اختتمت مصر والسعودية مناورات مشتركة / ... العلاقات بينهما
                return group[:1], group[1:]
        q2 = q
        # محادثات أجراها X مع Y / الزيارات التي قام بها X إلى Y: the doer follows
        # a verb that points back at the noun.
        while q2 < len(s.words) and q2 - q < 5 and (s.norms[q2] in _NOUN_LINK_VERBS) \
                and not s.words[q2].punct_before:
            q2 += 1
        subj = [] if tf.pronoun else _subject_after(s, q2)
        if not subj and not tf.pronoun:
            subj = _demonym_doer(s, q)
        if subj:
            obj = _object_by_marker(s, subj[-1].j, [m for m in markers if m], subj[-1].j)
            if not obj and "" in markers and rel in ("support",):
                obj = _object_by_marker(s, subj[-1].j, [""], subj[-1].j, window=2)
            if not obj and rel in _GOVERNED_NOUNS and _governed(s, p) and (
                    rel in ("support", "oppose", "appoint") or _purpose(s, p)):
                # متمسك بدعم X، التزامها بدعم X، قيام الأخيرة بدعم X: the genitive
                # is the one supported; the doer is the clause's subject.
                doer = _doer(s, p, cs, last_subject)
                if doer:
                    return doer, subj
            return subj, obj
        if rel == "visit" and tf.pronoun and p > 0 and s.norms[p - 1] in _UPON \
                and any(f.startswith("وصول") for f in s.words[p].forms):
            # في مقدم مستقبلي X لدى وصوله إلى مطار ... في مدينة Y: X arrived in Y
            guest = next((s.covered[k] for k in range(p - 1, max(cs, p - 12) - 1, -1)
                          if k in s.covered and s.covered[k].type is ActorType.person), None)
            dest = next((s.at[k] for k in range(q, min(len(s.words), q + 9))
                         if k in s.at and s.at[k].type in (ActorType.country, ActorType.location)),
                        None)
            if guest and dest:
                return [guest], [dest]
            return [], []
        if rel in _GOVERNED_NOUNS and tf.pronoun:
            # دعمها الثابت لفلسطين: ها is the state or body before; ه the person
            preps = ["ل", "الى"] if rel == "support" else [m for m in markers if m and m != "بين"]
            obj = _object_by_marker(s, q, preps, q, window=4) if preps else []
            if obj:
                owner = _possessor(s, p, cs, feminine=s.words[p].norm.endswith("ها"))
                if owner:
                    return owner, obj
        if rel in _GOVERNED_NOUNS and not tf.pronoun:
            # دعم لا محدود لحفتر / لعقد لقاء مغلق مع X / لتطوير التعاون مع X:
            # the object has its marker; the doer is the clause's subject.
            preps = ["ل", "الى"] if rel == "support" else [m for m in markers if m and m != "بين"]
            obj = _object_by_marker(s, q, preps, q, window=4) if preps else []
            if obj and (rel in ("support", "oppose", "appoint") or _governed(s, p)):
                doer = _doer(s, p, cs, last_subject)
                if doer:
                    return doer, obj
        return [], []
    # verbs
    if p > 0 and s.norms[p - 1] in ("اتفق", "اتفقت") and rel == "agree":
        return [], []
    coordinated_verb = s.words[p].norm[:1] in "وف" and s.words[p].norm not in s.lex.trigger_forms \
        and not (p > 0 and s.norms[p - 1] in _AUXILIARIES)  # بوتين سبق والتقى X
    before = [] if coordinated_verb else _subject_before(s, p, cs)
    if before:
        subj = before
        obj_start = q
    else:
        subj = _subject_after(s, q)
        obj_start = subj[-1].j if subj else q
        if not subj:
            chain = p > 0 and (s.norms[p - 1] in _CLAUSE_WORDS or s.words[p].norm[:1] in "وف"
                               or (s.norms[p - 1] == "ان" and p > 1
                                   and s.norms[p - 2] in _PLAN_WORDS))
            if last_subject and chain:
                subj = last_subject
            elif carried and (p == 0 or s.norms[p - 1] in ("كما", "ثم")):
                subj = carried
    if not subj:
        return [], []
    if rel == "agree" and _opinion_follows(s, q):
        return [], []
    if Relation(rel).symmetric and not before and not subj and q < len(s.words) \
            and s.norms[q] in _THE_TWO_SIDES:
        pair = _last_two_actors(s, p)
        if len(pair) == 2:
            return pair[:1], pair[1:]  # وعقد الجانبان جلسة مباحثات
    if Relation(rel).symmetric and len(subj) >= 2 and not before:
        # اتفقت السعودية وإيران على ...: the coordinated subjects are the pair.
        return subj[:1], subj[1:]
    chained = not before and subj is last_subject
    pron_prep = _PRONOUN_PREPS.get(s.norms[q]) if q < len(s.words) else None
    if chained and s.last_object and (tf.pronoun or pron_prep in markers) and all(
            m.type is ActorType.person for m in s.last_object):
        # التقى X Y وهنأه / وبحث معه: the pronoun is the last object.
        return subj, s.last_object
    obj = _object_by_marker(s, obj_start, markers, obj_start)
    if not obj and rel == "oppose":
        # أدانت السعودية الغارات الإسرائيلية / نددت الجزائر بالتدخل الفرنسي:
        # the state of the condemned act
        for k in range(obj_start, min(obj_start + 4, len(s.words))):
            if k > obj_start and s.words[k].punct_before:
                break
            if k in s.demonyms and k - 1 >= obj_start and k - 1 not in s.covered:
                obj = [Mentioned(k, k + 1, s.demonyms[k], ActorType.country, "", s.demonyms[k])]
                break
    if not obj and not before and "" in markers and not tf.pronoun:
        # كما هنأ X: with the subject carried over, the one mention is the object.
        chain_subject = carried if (p == 0 or s.norms[p - 1] in ("كما", "ثم")) else None
        if chain_subject is None and p > 0 and (s.words[p].norm[:1] in "وف"
                                                or s.norms[p - 1] in _CHAIN_WORDS):
            chain_subject = last_subject or None
        if chain_subject and subj and len(subj) == 1 and subj[0].actor not in {
                m.actor for m in chain_subject}:
            return chain_subject, subj
    if not obj and tf.pronoun:
        return [], []
    return subj, obj


# Directed relations whose verbal noun often stands after a governing word,
# with its object as the genitive: بدعم، تقديم الدعم، مواصلة الضغط على.
_GOVERNED_NOUNS = {"support", "oppose", "appoint", "meet", "visit", "cooperate"}
_COMPLEMENTIZERS = {normalize(w) for w in ("أن", "إن", "أنه", "أنها", "إنه", "إنها", "بأن",
                                           "وأن", "وإن", "لأن", "قائلا", "مضيفا", "مشيرا")}
_GOVERNORS = {normalize(w) for w in (
    "متمسك", "متمسكة", "التزام", "التزامها", "التزامه", "قيام", "تقديم", "تعهد", "تعهدت",
    "مواصلة", "استمرار", "يواصل", "تواصل", "واصل", "واصلت", "مستعد", "مستعدة", "مستعدون",
    "استعداد", "استعدادها", "استعداده", "أعلن", "أعلنت", "جدد", "جددت", "تجدد", "يجدد",
    "أكد", "أكدت", "عرض", "عرضت", "وعد", "وعود", "قدم", "قدمت", "تقدم", "يقدم",
    "عقد", "إجراء", "تعزيز", "تطوير", "تعميق", "توسيع", "إقامة", "بناء", "تكثيف", "دفع")}


def _demonym_doer(s: _Sentence, q: int) -> list[Mentioned]:
    """الدعم الروسي لـ X، التعاون التركي مع Y: a demonym right after the noun
    (an adjective may stand between) is the state that acts."""
    for k in range(q, min(q + 2, len(s.words))):
        if s.words[k].punct_before or k in s.covered:
            return []  # الداعمين للحكومة السورية: that demonym belongs to the object
        country = s.demonyms.get(k)
        if country:
            return [Mentioned(k, k + 1, country, ActorType.country, "", country)]
    return []


def _governed(s: _Sentence, p: int) -> bool:
    """The noun at ``p`` follows a governing word (بدعم after متمسك، التزامها...)."""
    w = s.words[p]
    if w.norm.startswith(("ب", "وب", "ل")) and w.norm not in s.lex.trigger_forms:
        return True
    return p > 0 and any(f in _GOVERNORS for f in s.words[p - 1].forms)


_PLAN_WORDS = {normalize(w) for w in (
    "المقرر", "المتوقع", "المرتقب", "المنتظر", "المفترض", "المرجح", "المحتمل", "يعتزم", "تعتزم")}
_AUXILIARIES = {normalize(w) for w in ("سبق", "قد", "كان", "كانت", "عاد")}
_LIST_OR_DELEGATION = {normalize(w) for w in (
    "كل", "كلا", "وفد", "وفدا", "وفدًا", "وفود", "ممثلين", "ممثلي", "ممثلا", "مسؤولين", "مسؤولا")}
_ALLY_FRAME = {normalize(w) for w in (
    "أحد", "إحدى", "أبرز", "أكثر", "أقرب", "أهم", "يعتبر", "تعتبر", "يعد", "تعد", "باتت",
    "بات", "أصبح", "أصبحت", "تظل", "يظل", "يبقى", "تبقى", "كان", "كانت")}


def _ally_frame(s: _Sentence, p: int) -> bool:
    """The ally noun is predicated of the clause subject (يعتبر أحد أقرب حلفاء)."""
    return p > 0 and any(f in _ALLY_FRAME for f in s.words[p - 1].forms[:2])


def _doer(s: _Sentence, p: int, cs: int, last_subject: list[Mentioned]) -> list[Mentioned]:
    """Who does a governed verbal noun: the clause's subject, unless that is the
    object of the sentence's last relation (X سيزور بكين لإجراء محادثات مع Y:
    X, not Beijing)."""
    found = _clause_subject(s, p, cs)
    if s.norms[s.main_clause_start(p, cs)] in _RELATIVE:
        return found  # Y الذي أكد استعداده لتطوير التعاون: Y
    if s.words[p].norm.startswith(("ب", "وب")):
        return found  # اتهم X Y بتزويد ...: Y does it
    if found and last_subject and found[0].actor in {m.actor for m in s.last_object} \
            and all(m.j <= p for m in last_subject):
        return last_subject  # the nearest mention is the last relation's object
    return found


def _possessor(s: _Sentence, p: int, cs: int, feminine: bool) -> list[Mentioned]:
    """Whom the pronoun on a noun refers to: the nearest state or body before it
    for ها (feminine), the nearest person for ه."""
    for k in range(p - 1, max(cs, p - 15) - 1, -1):
        m = s.covered.get(k)
        if not m or m.j > p:
            continue
        if feminine and m.type in (ActorType.country, ActorType.organization):
            return [m]
        if not feminine and m.type is ActorType.person:
            return [m]
    return []


_UPON = {normalize(w) for w in ("لدى", "عند", "فور", "لدي", "وعند", "ولدى", "فور")}
_BETWEEN_THEM = {normalize(w) for w in ("بينهما", "بينهم", "بينها", "البلدين", "الجانبين")}


def _group_before(s: _Sentence, p: int, cs: int, states: bool = False) -> list[Mentioned]:
    """The nearest coordinated group of mentions before ``p`` in its clause
    (مصر والسعودية), or الجانبان: the last two sides named before (as states
    for state-level relations such as cooperation)."""
    for k in range(p - 1, max(cs, p - 8) - 1, -1):
        if s.norms[k] in _THE_TWO_SIDES:
            pair = _last_two_actors(s, k)
            if states and len(pair) == 2 and any(m.type is ActorType.country for m in pair):
                # a known leader beside a state stands for their own state
                pair = [Mentioned(m.i, m.j, m.country, ActorType.country, m.clitic, m.country)
                        if m.type is ActorType.person and m.actor in s.lex.people and m.country
                        else m for m in pair]
            return pair
        m = s.covered.get(k)
        if m and not s.prep_before(m):
            return _coordinated_before(s, m)
    return []


_THE_TWO_SIDES = {normalize(w) for w in ("الجانبان", "الطرفان", "الجانبين", "الطرفين", "البلدان",
                                        "الزعيمان", "الرئيسان", "الوزيران")}


def _last_two_actors(s: _Sentence, before: int) -> list[Mentioned]:
    """The last two actors named before ``before`` that stand for different
    sides (a person and their own state are one side)."""
    seen: list[Mentioned] = []
    for m in [m for m in s.mentions if m.j <= before][::-1] + list(reversed(s.context)):
        sides = {x.actor for x in seen} | {x.country for x in seen if x.country}
        if m.actor not in sides and not (m.country and m.country in sides):
            seen.append(m)
            if len(seen) == 2:
                return seen[::-1]
    return []


def _purpose(s: _Sentence, p: int) -> bool:
    """لزيارة / للقاء / لبحث: a verbal noun of purpose (its genitive is the object)."""
    w = s.words[p].norm
    return w.startswith("ل") and w[1:] in s.lex.trigger_forms or (
        w.startswith("لل") and ("ال" + w[2:]) in s.lex.trigger_forms)


def _clause_subject(s: _Sentence, p: int, cs: int, window: int = 12) -> list[Mentioned]:
    """The nearest mention before ``p`` in its clause that no preposition governs;
    a relative clause closed by a comma (X، الذي ...، ) is stepped over to X."""
    cs = s.main_clause_start(p, cs)
    k = p - 1
    lowest = max(cs, p - window)
    while k >= lowest:
        closed = s.closed_relative_at(k)
        if closed is not None:
            k = closed - 1  # jump to the antecedent before الذي
            lowest = max(0, min(lowest, k - 2))
            continue
        if s.norms[k] in _COMPLEMENTIZERS:
            return []  # قال X إن ...: X is the speaker, not the doer
        m = s.covered.get(k)
        if m and m.j <= p and not s.prep_before(m) and m.type is not ActorType.location:
            return [m]
        k -= 1
    if s.norms[cs] in _RELATIVE and cs > 0 and s.covered.get(cs - 1):
        return [s.covered[cs - 1]]  # روسيا التي ... دعم لـ X
    return []


def _opinion_follows(s: _Sentence, q: int) -> bool:
    for k in range(q, min(len(s.words), q + 4)):
        if any(f in _OPINION for f in s.words[k].forms):
            return True
    return False


def _reverse_host(s: _Sentence, p: int, q: int, tf: TriggerForm, last_subject: list[Mentioned],
                  carried: list[Mentioned] | None) -> tuple[list[Mentioned], list[Mentioned]]:
    """كان في استقباله X (X hosts the arriving subject); X في مقدم مستقبلي Y (X hosts Y)."""
    if tf.pronoun:
        host = _subject_after(s, q)
        if not host:
            host = _subject_before(s, p, s.clause_start(p))
            if not host and p > 1 and s.norms[p - 1] in ("كان", "كانت") \
                    and not s.words[p - 1].punct_before and not s.words[p].punct_before:
                m = s.covered.get(p - 2)  # X كان في استقباله
                host = [m] if m else []
        guest = last_subject or carried or []
        return host, guest
    host = []
    k = p - 1
    while k >= 0:
        if k in s.covered:
            host = [s.covered[k]]
            break
        if s.hard_break(k + 1) and k + 1 < p:
            break
        k -= 1
    guest = _subject_after(s, q)
    return host, guest


def _family(s: _Sentence, p: int, q: int, tf: TriggerForm,
            last_subject: list[Mentioned]) -> tuple[list[Mentioned], list[Mentioned]]:
    """نجله Y: Y is the son of the person before; Y نجل X: Y is the son of X."""
    nxt = s.at.get(q)
    if not nxt or nxt.type is not ActorType.person:
        return [], []
    if tf.pronoun:
        # نجله صدام ... ابنه خالد: "his" is the clause's subject when there is one
        if last_subject and all(m.type is ActorType.person for m in last_subject):
            return last_subject[:1], [nxt]
        for k in range(p - 1, -1, -1):
            m = s.covered.get(k)
            if m and m.type is ActorType.person:
                return [m], [nxt]
        return [], []
    prev = s.covered.get(p - 1)
    if prev and prev.type is ActorType.person:
        return [nxt], [prev]
    return [], []
