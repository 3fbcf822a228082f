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

from dataclasses import dataclass, replace
from functools import lru_cache

from ..lexicon import Lexicon, TriggerForm
from ..schema import ActorType, Domain, Relation
from ..text import normalize
from .flags import _ACCUSING, _AGREED as _PLAN_AGREED, _CALLING_FOR, _DEPARTING, _DURING_IT, _RESULTED, _KANA, _PLANS, FUTURE_TIME, MODALS, NEGATORS, flags_for
from .flags import _AWAITED as _AWAITED_WORDS, _RULE_OUT, DEEPENING as _DEEPENING
from .mentions import (_callings, company_word, _PARENT_LINKS, FIGHTERS_OF, _COMPANY_HEADS, _DIASPORA, _KIN_BEFORE_NAME, _SENT_BY, _SIGNING_SIDES, _STYLE_WORDS, BLESSINGS, COUNTERPART, ORG_HEADS, REGIONAL_ADJECTIVES, STOP_WORDS, Word,
                       looks_transliterated, role_accusative, sent_by_word)

__all__ = ["Mentioned", "Found", "find_relations"]

_PREPS = {"الى", "مع", "على", "في", "من", "عن", "نحو", "لدى", "عند", "بين", "حول", "ضد",
          "تجاه", "عبر", "خلال", "بعد", "قبل", "منذ", "امام", "لصالح", "بشان", "حيال", "جانب"}
_CLAUSE_WORDS = {"حيث", "بينما", "فيما", "عندما", "حين", "لكن", "ولكن", "اذ", "كما", "ثم",
                 "الا", "بل", "الذي", "التي", "الذين", "اللذين", "وهو", "وهي", "بعدما", "قبلما"}
# ...، وإن روسيا: a second reported clause; no object is sought across it
_AND_THAT = {"وان", "وانه", "وانها", "فان", "فانه", "فانها"}
_RELATIVE = {"الذي", "التي", "الذين", "اللذين", "اللتين"}
_PLURAL_RELATIVES = {"الذين", "اللذين", "اللتين"}
_HARD_PUNCT = {".", "؛", ";", ":", "!", "؟", "?", "-", "–"}
_SKIP = {"سبق", "كان", "كانت", "عاد", "يوم", "امس", "اليوم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
         "الجمعه", "السبت", "رسميا", "مساء", "صباح", "اخيرا", "مجددا", "ايضا", "بدوره",
         "بدورها", "الاول", "الماضي", "قد", "لقد", "تباعا", "كذلك",  # (فالتقى تباعا X وY وZ)
         "ما", "زال", "زالت", "تزال", "يزال", "تزل", "يزل",  # X ما زالت تدعم Y: "still"
         "سلفه", "سلفها"}  # (قام بها سلفه البابا X: his predecessor X)
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
_AND_NOT = {normalize(w) for w in ("ولم", "ولن", "فلم", "فلن")}
_SKIP = {normalize(w) for w in _SKIP}
_DUAL_TITLES = {normalize(w) for w in (
    "الرئيسان", "الرئيسين", "الوزيران", "الوزيرين", "الزعيمان", "الزعيمين", "وزيرا", "وزيري",
    "رئيسا", "رئيسي", "الملكان", "العاهلان", "الجانبان", "الطرفان", "الأميران", "الأميرين",
    "الواليان", "الواليين", "المحافظان", "السفيران", "السفيرين",
    "المسؤولان", "الضابطان", "الضابطين", "القائدان", "القائدين", "المبعوثان", "المبعوثين")}
_CHAIN_WORDS = {normalize(w) for w in ("حيث", "ثم", "كما", "وحيث")}
_WHERE = {normalize(w) for w in ("حيث", "وحيث")}
_AFTER_WHICH = {normalize(w) for w in ("بعدما", "عندما", "حين", "حينما")}  # (بعدما استقبله Y)
_PRONOUN_PREPS = {normalize(k): normalize(v) for k, v in {
    "معه": "مع", "معها": "مع", "معهم": "مع", "معهما": "مع", "إليه": "إلى", "إليها": "إلى",
    "به": "ب", "بها": "ب", "له": "ل", "لها": "ل"}.items()}
_NOUN_LINK_VERBS = {normalize(w) for w in (
    "أجراها", "أجراه", "عقدها", "عقده", "قام", "قامت", "بها", "به", "التي", "الذي",
    "يجريها", "يقوم", "تقوم", "سيجريها", "أجرتها", "عقدتها", "الرسمية", "الرسمي",
    # زيارة بدأها X إلى Y يوم الثلاثاء / اختتمها X: a visit begun or ended by its doer
    "بدأها", "بدأتها", "اختتمها", "اختتمتها", "أنهاها", "أنهتها",
    # زيارة تؤديها X إلى الدوحة: a visit she pays
    "تؤديها", "يؤديها", "أداها", "أدتها", "تجريها")}
_BARRELS = {normalize(w) for w in ("برميل", "براميل", "ميغاواط", "ميجاوات", "طن", "أطنان")}
_ENERGY_GOODS = {normalize(w) for w in ("غاز", "نفط", "خام", "كهرباء", "طاقة", "بترول", "هيدروجين", "يورانيوم")}
_PAST_LINK_VERBS = {normalize(w) for w in ("أجراها", "أجراه", "عقدها", "عقده", "قام", "قامت", "أجرتها",
                                             "بدأها", "بدأتها", "اختتمها", "اختتمتها", "أنهاها", "أنهتها",
                                             "عقدتها", "أداها", "أداه")}
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
    adverbial: bool = False  # a place named as where something happens (في نيروبي)
    own: bool = False  # حكومته: the government of the person it points back to
    named: bool = False  # a city that names a document or forum (إعلان أنقرة، منبر جدة): no side
    no_side: bool = False  # بوساطة قطرية; a dateline (الدوحة –): never one of الطرفين
    sender: bool = False  # رسالة خطية من X: the one who sent a letter, not one of the sides
    destination: bool = False  # إلى X: where someone went (in a later sentence, seldom one of البلدين)
    body: str = ""  # the organization a person speaks for (المتحدث باسم الجماعة X): one side with it


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


# Adjectives of a body that, right after a verbal noun of backing or working together,
# name that body as its doer (الدعم الأوروبي، حزمة الدعم الأوروبية، التمويل الأممي).
_BODY_DOER_ADJECTIVES = {normalize(w): body for w, body in (
    ("الأوروبي", "european_union"), ("الأوروبية", "european_union"),
    ("الأممي", "united_nations"), ("الأممية", "united_nations"))}
_SG_DEMONYMS: dict[int, dict[str, str]] = {}


def _sg_demonyms(lex: Lexicon) -> dict[str, str]:
    """Singular demonym adjectives with the article (الروسي، الروسية) → state."""
    table = _SG_DEMONYMS.get(id(lex))
    if table is None:
        table = {}
        for key, hits in lex.phrases.items():
            if len(key) == 1 and key[0].startswith("ال"):
                ref = next((h.ref for h in hits if h.kind == "demonym" and h.number == "sg"), None)
                if ref:
                    table[key[0]] = ref
        _SG_DEMONYMS[id(lex)] = table
    return table


# Demonyms that are also common adjectives (المالي: Malian and "financial"): a
# state only after a noun of the polity (الرئيس المالي، الجيش المالي، السلطات المالية).
_ALSO_ADJECTIVE = frozenset(normalize(w) for w in ("المالي", "المالية", "مالي", "مالية", "الماليين",
                                                   "الماليون", "ماليا"))
_POLITY_NOUNS = frozenset(normalize(w) for w in (
    "الرئيس", "رئيس", "الجيش", "القوات", "الحكومة", "المجلس", "النظام", "الجنرال", "الوزير", "الخارجية",
    "العاصمة", "الشعب", "المعارضة", "الجانب", "الوفد", "نظيره", "نظيرته", "السلطات", "السلطة",
    "الانتقالي", "العسكري", "الدولة", "البرلمان", "السفير", "السفارة", "الأراضي", "الحدود", "المدن"))


def _closes_title(s: "_Sentence", k: int) -> bool:
    """Whether the demonym at ``k`` closes an office title (وزير الدفاع الكوري)."""
    for n in (1, 2, 3):
        if k - n < 0:
            break
        rest = [s.norms[x] for x in range(k - n + 1, k)]
        for first in s.words[k - n].forms:  # (وزير, not زير after و is stripped)
            if any(h.kind == "title" and h.title is not None and h.title.kind == "office"
                   for h in s.lex.phrases.get(tuple([first] + rest), ())):
                return True
    return False


def _praised_before(s: "_Sentence", p: int, cs: int) -> bool:
    """Whether a verb of praise or thanks governs the noun at ``p`` (أشاد X بدعم Y;
    أعرب X عن تقديره / شكره لدعم Y)."""
    return any(tf.entry.relation == "congratulate" and (tf.pos == "verb" or (
                   k > 0 and s.norms[k - 1] == "عن" and k + 1 == p))
               for k in range(max(cs, p - 8), p) for f in s.words[k].forms
               for tf in s.lex.trigger_forms.get(f, ()))


class _Sentence:
    def __init__(self, words: list[Word], mentions: list[Mentioned], lex: Lexicon):
        self.words = words
        # a proclitic written apart (بـ«التعاون»، لـ"الاتحاد") reads with its word
        self.norms = [w.prefix + w.norm if w.prefix else w.norm for w in words]
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
        self.opening: list[Mentioned] = []  # two states that opened the previous sentence
        self.flags_at: int | None = None  # where a relation's flags are read when not at its trigger
        self.demonyms: dict[int, str] = {}  # word index → state of a demonym adjective
        demonyms = _sg_demonyms(lex)
        # every form of every word (quick "is X here" tests)
        self.forms: set[str] = set().union(*[w.forms for w in words])
        if not demonyms.keys().isdisjoint(self.forms):
            for w in words:
                for form in w.forms:
                    if form in demonyms:
                        if form in _ALSO_ADJECTIVE and not (
                                w.index > 0 and words[w.index - 1].forms[-1] in _POLITY_NOUNS):
                            break  # الدعم المالي: "financial"; الجيش المالي: Malian
                        if w.index > 0 and words[w.index - 1].forms[-1] in _DIASPORA:
                            break  # الجالية الباكستانية: a community abroad, not its state
                        if w.outlet:
                            break  # موقع "البوصلة العراقية": an outlet's name
                        if _mans_nisba(words, w.index):
                            break  # حكومة السوداني: a feminine noun, then a masculine nisba — a man's name
                        self.demonyms.setdefault(w.index, demonyms[form])
                        break
        if not _BODY_DOER_ADJECTIVES.keys().isdisjoint(self.forms):
            for w in words[1:]:
                body = _BODY_DOER_ADJECTIVES.get(w.forms[-1])
                if body and body in lex.organizations and any(
                        tf.pos == "noun" and tf.entry.relation in ("support", "cooperate")
                        for f in words[w.index - 1].forms for tf in lex.trigger_forms.get(f, ())):
                    self.demonyms.setdefault(w.index, body)  # الدعم الأوروبي لمصر: the EU's backing

    def hard_break(self, k: int) -> bool:
        w = self.words[k]
        if w.punct == "-" and k > 0 and w.start == self.words[k - 1].end + 1:
            return False  # مطار الرباط-سلا: a hyphen inside a name
        if w.punct == "-" and (self.norms[k] in _PRAYERS or (k >= 2 and self.norms[k - 1] == "الله"
                                                            and self.norms[k - 2] in _PRAYERS)):
            return False  # ولي العهد - حفظه الله - في قصر اليمامة: dashes around a blessing
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
            for w in self.words:  # k > 0: hard_break(k), a clause word, or ، فـ
                if k > 0 and (w.punct in _HARD_PUNCT or w.norm in _CLAUSE_WORDS or (
                        w.punct in ("،", ",") and w.norm[:1] == "ف"
                        and len(w.forms) > 1 and k not in self.covered) or (
                        w.punct in ("،", ",") and w.norm in _AND_WAS)):  # (...، وكان في استقباله: a new clause)
                    current = k  # ...، فاصطفاف X: ف after a comma opens a clause
                starts.append(current)
                k += 1
            self._clause_starts = starts
        return self._clause_starts[p]

    def prep_before(self, m: Mentioned, conjunct: bool = True) -> str:
        """The preposition that governs a mention: a clitic or the word before;
        a conjunct shares its first conjunct's (بين روسيا وليبيا)."""
        if conjunct and m.clitic == "و" and not self.words[m.i].punct_before:
            prev = self.covered.get(m.i - 1)
            if prev is not None and prev is not m:
                return self.prep_before(prev)
        if m.clitic in ("ب", "ل", "لل", "ك", "وب", "ول", "فب", "فل", "ولل"):
            return m.clitic.lstrip("وف").replace("لل", "ل")
        if m.i > 0 and self.norms[m.i - 1] in _PREPS and not self.words[m.i].punct_before:
            if self.norms[m.i - 1] == "من" and m.i > 1 and self.norms[m.i - 2] in _LIST_OR_DELEGATION:
                if m.i > 2 and self.norms[m.i - 2] in ("كل", "كلا") and self.norms[m.i - 3] in _PREPS \
                        and not self.words[m.i - 2].punct_before and self.norms[m.i - 3] != "من":
                    return self.norms[m.i - 3]  # اتفاقيات مع كل من مالي والنيجر: مع governs the list
                return ""  # كلا من مصر والجزائر / وفدا من صندوق النقد: the party itself
            return self.norms[m.i - 1]
        if m.i > 0 and self.norms[m.i - 1] in _PROTOCOL_BROTHER and not self.words[m.i].punct_before \
                and not _STATE_STYLES.isdisjoint(self.words[m.i].forms):
            # إلى أخيه فخامة الرئيس X، لأخيه جلالة الملك X: the preposition before أخيه
            if self.norms[m.i - 1].startswith(("ل", "ب")):
                return self.norms[m.i - 1][0]  # (اتصالا هاتفيا بأخيه صاحب السمو X: ب)
            if m.i > 1 and self.norms[m.i - 2] in _PREPS and not self.words[m.i - 1].punct_before:
                return self.norms[m.i - 2]
        if m.i > 0 and self.norms[m.i - 1] in _TO_THE_PEOPLE_OF and not self.words[m.i].punct_before:
            return "ل"  # لدول تحالف الساحل، لشعب فلسطين: to the states / people of X
        if m.i > 1 and m.type in (ActorType.country, ActorType.location) and self.norms[m.i - 1] in _TERRITORY_NOUNS \
                and self.norms[m.i - 2] in _PREPS and not self.words[m.i - 1].punct_before:
            return self.norms[m.i - 2]  # مع إقليم أرض الصومال: the territory noun stands between
        return ""

    def _titles_to_comma(self, k: int) -> bool:
        """Words from ``k`` to the next comma are a title chain: a title opens
        them and no mention but a place is inside (نائب رئيس مجلس الوزراء رئيس ديوان الرئاسة،)."""
        if k >= len(self.words) or k in self.covered or not any(
                h.kind == "title" for n in (1, 2, 3) for h in self.lex.phrases.get(tuple(self.norms[k:k + n]), ())):
            return False
        x = next((x for x in range(k + 1, min(len(self.words), k + 12)) if self.words[x].punct_before), None)
        return x is not None and self.words[x].punct in ("،", ",") and not any(
            y in self.covered and not self.covered[y].place for y in range(k, x))

    def past_unnamed_office(self, k: int) -> Mentioned | None:
        """The person joined by و after an office whose holder goes unnamed at ``k``:
        بحضور X ووزير الخارجية واللواء Y → Y (the unnamed minister is a man of his own)."""
        if k + 1 >= len(self.words) or self.norms[k][:1] != "و" or self.words[k].punct_before \
                or k in self.covered or self.words[k].forms[-1] == self.norms[k] or not any(
                    h.kind == "title" and h.title.kind == "office" for n in (1, 2, 3)
                    for h in self.lex.phrases.get((self.words[k].forms[-1], *self.norms[k + 1:k + n]), ())):
            return None
        x = next((x for x in range(k + 1, min(len(self.words), k + 5)) if x in self.at), None)
        cand = self.at.get(x) if x is not None else None
        if cand is not None and cand.i == x and self.joined(cand) and cand.type is ActorType.person \
                and not any(self.words[y].punct_before for y in range(k, x + 1)):
            return cand
        return None

    def coordinated(self, m: Mentioned, limit: int = 6) -> list[Mentioned]:
        """``m`` and the mentions joined to it by و (روسيا وبيلاروسيا وتركيا)."""
        group = [m]
        k = m.j
        while len(group) < limit:
            nxt = self.at.get(k)
            if 0 < k < len(self.words) and self.words[k].parens and not self.words[k - 1].parens \
                    and (nxt is None or nxt.actor == group[-1].actor):
                e = k  # X (إيجاس) وشركة Y: the short name in parentheses, then the next
                while e < len(self.words) and self.words[e].parens and e - k < 4:
                    e += 1
                if e < len(self.words) and not self.words[e].parens:
                    k = e
                    continue
            if nxt and self.joined(nxt) and not self.words[k].punct_before:
                group.append(nxt)
                k = nxt.j
                continue
            if nxt and self.joined(nxt) and self.words[k].punct in ("،", ",") and nxt.type is ActorType.person \
                    and group[-1].type is ActorType.person and (
                        nxt.j >= len(self.words) or self.words[nxt.j].punct_before):
                # استقبل X وزراء خارجية مالي A، وبوركينا فاسو B، والنيجر C،: a listed item
                group.append(nxt)
                k = nxt.j
                continue
            if nxt is None and k < len(self.words) and (
                    self.norms[k] in ("و",) or (self.norms[k][:1] == "و" and k in self.demonyms)):
                k += 1  # الرئيسان الروسي X والتركي Y
                continue
            then = self.at.get(k + 1) if nxt is None and k + 1 < len(self.words) and self.norms[k] == "ثم" \
                and not self.words[k].punct_before and not self.words[k + 1].punct_before else None
            if then is not None and then.i == k + 1 and then.type is ActorType.person \
                    and group[-1].type is ActorType.person:
                group.append(then)  # والتقى الرئيس X ثم نظيره Y: one after the other, both met
                k = then.j
                continue
            if nxt is None and k < len(self.words) and group[-1].type is ActorType.person \
                    and not self.words[k].punct_before and k not in self.covered and (
                        self.norms[k] in _MASCULINE_TITLES or any(
                            h.kind == "title" for n in (1, 2, 3) for h in self.lex.phrases.get(tuple(self.norms[k:k + n]), ()))):
                # كما بعث X نائب الأمير، ورئيس الوزراء Y، برقيتي تهنئة: past X's own title
                x = next((x for x in range(k + 1, min(len(self.words), k + 12)) if self.words[x].punct_before), None)
                cand = self.at.get(x) if x is not None and self.words[x].punct in ("،", ",") else None
                if cand is not None and self.joined(cand) and cand.type is ActorType.person \
                        and not any(y in self.covered and self.covered[y].type is not ActorType.person
                                    and not self.covered[y].place for y in range(k, x)) \
                        and (cand.j >= len(self.words) or self.words[cand.j].punct_before
                             or self._titles_to_comma(cand.j)):
                    # (X نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي، وY نائب رئيس الدولة ...،: a
                    # ruler's city inside his titles; the second man's own titles before the comma)
                    # (نائب الأمير: the emir inside the title is part of it)
                    group.append(cand)
                    k = cand.j
                    continue
            epithets = next((e for e in range(k, min(len(self.words), k + 3))
                             if self.norms[e] not in _RULER_EPITHETS | {_THE_COUNTRY_WORD}), k) \
                if nxt is None and k < len(self.words) and group[-1].type is ActorType.person else k
            if epithets > k and self.words[epithets - 1].norm in _RULER_EPITHETS \
                    and not any(self.words[y].punct_before for y in range(k, epithets + 1)) \
                    and not any(y in self.covered for y in range(k, epithets)) \
                    and (cand := self.at.get(epithets)) is not None and cand.i == epithets \
                    and self.joined(cand) and cand.type is ActorType.person:
                group.append(cand)  # الشيخ X أمير البلاد المفدى وفخامة الرئيس Y: past the ruler's epithet
                k = cand.j
                continue
            if nxt is None and k < len(self.words) and group[-1].type is ActorType.person \
                    and self.words[k].punct in ("،", ",") and k not in self.covered and (
                        self.norms[k] in _MASCULINE_TITLES or any(
                            h.kind == "title" for n in (1, 2, 3) for h in self.lex.phrases.get(tuple(self.norms[k:k + n]), ()))):
                # كما بعث X، نائب رئيس الدولة، وY، نائب رئيس الدولة، برقيتي تهنئة: past X's title aside
                x = next((x for x in range(k + 1, min(len(self.words), k + 10)) if self.words[x].punct_before), None)
                cand = self.at.get(x) if x is not None and self.words[x].punct in ("،", ",") else None
                if cand is not None and self.joined(cand) and cand.type is ActorType.person \
                        and not any(y in self.covered and self.covered[y].type is ActorType.person for y in range(k, x)):
                    group.append(cand)
                    k = cand.j
                    continue
            if nxt is None and group[-1].type is ActorType.person \
                    and (cand := self.past_unnamed_office(k)) is not None:
                group.append(cand)  # بحضور X ووزير الخارجية واللواء Y: past an unnamed office holder
                k = cand.j
                continue
            if nxt is None and k + 1 < len(self.words) and self.norms[k][:1] == "و" and not self.words[k].punct_before \
                    and self.norms[k][1:] in _SPOUSE_WORDS and group[-1].type is ActorType.person \
                    and (spouse := self.at.get(k + 1)) is not None and spouse.type is ActorType.person:
                group.append(spouse)  # استقبل X وعقيلته الملكة Y الضيف: both receive him
                k = spouse.j
                continue
            kin_end = (k + 1 if self.norms[k][1:] in _KIN_OF_HIM else k + 2 if k + 1 < len(self.words)
                       and self.norms[k][1:] in _SON_OF and self.norms[k + 1] in _HIS_KIN_HEADS
                       and not self.words[k + 1].punct_before else 0) \
                if nxt is None and k + 1 < len(self.words) and self.norms[k][:1] == "و" \
                and not self.words[k].punct_before and group[-1].type is ActorType.person else 0
            if kin_end and kin_end < len(self.words) and not self.words[kin_end].punct_before \
                    and (kin := self.at.get(kin_end)) is not None and kin.type is ActorType.person \
                    and kin.i == kin_end:
                group.append(kin)  # التقى X وابن عمه Y / ونجله Y: his kin, one more met
                k = kin.j
                continue
            if nxt is None and k + 2 < len(self.words) and self.norms[k] in ("ووفد", "ووفدا") \
                    and self.norms[k + 1] == "من" and not self.words[k].punct_before:
                body = self.at.get(k + 2)  # لقاء بين X ووفد من حركة حماس: the body
                if body is not None and body.type in (ActorType.organization, ActorType.country):
                    group.append(body)
                    k = body.j
                    continue
            break
        return group

    def joined(self, m: Mentioned) -> bool:
        """``m`` opens with the conjunction و (وبيلاروسيا، ونظيره الجزائري X)."""
        return m.clitic.startswith("و") or (
            self.norms[m.i].startswith("و") and self.norms[m.i] in COUNTERPART)

    def mention_after(self, k: int, window: int, stop_at_clause: bool = True) -> Mentioned | None:
        for q in range(k, min(len(self.words), k + window)):
            if q > k and stop_at_clause and (self.hard_break(q) or self.norms[q] in _CLAUSE_WORDS):
                return None
            if q in self.at:
                return self.at[q]
        return None


def _trigger_candidates(words: list[Word], lex: Lexicon) -> tuple[list[int], list[int]]:
    """Positions of words that may open a trigger phrase, and of words that
    may be a one-word trigger; each distinct word is classified once."""
    info = lex.__dict__.get("_trigger_info")  # (kept on the lexicon: once per word)
    if info is None or len(info) > 300_000:  # (bounded: a long run meets new words forever)
        info = lex.__dict__["_trigger_info"] = {}
    firsts, keys = lex.trigger_phrase_firsts, lex.trigger_forms.keys()
    phrase_at, word_at = [], []
    for w in words:
        t = info.get(w.norm)
        if t is None:
            t = info[w.norm] = (not firsts.isdisjoint(w.forms), not keys.isdisjoint(w.forms))
        if t[0]:
            phrase_at.append(w.index)
        if t[1]:
            word_at.append(w.index)
    return phrase_at, word_at


_MASDAR_ADJECTIVES = {normalize(w) for w in (
    "الكامل", "الكاملة", "الثابت", "الثابتة", "المطلق", "المطلقة", "المستمر", "المستمرة", "الدائم",
    "الدائمة", "الراسخ", "الراسخة", "القوي", "القوية", "اللامحدود", "المتواصل", "المتواصلة",
    "الكبير", "الكبيرة", "العسكري", "العسكرية", "السياسي", "السياسية", "المالي", "المالية")}
_OTHER_VERBS = {normalize(w) for w in (
    "رفض", "رفضت", "رحب", "رحبت", "ثمن", "ثمنت", "طلب", "طلبت", "بحث", "بحثت", "ناقش", "ناقشت",
    "علق", "علقت", "أوقف", "أوقفت", "جمد", "جمدت", "قطع", "قطعت", "استأنف", "استأنفت", "عزز", "عززت",
    "واصل", "واصلت", "وسع", "وسعت")}


def _verb_before(s: _Sentence, k: int) -> bool:
    """Word ``k - 1`` is a verb (a trigger verb, a verb of saying, or a few
    common others), with no punctuation between."""
    if k < 1 or s.words[k].punct_before:
        return False
    forms = s.words[k - 1].forms
    return any(f in _SAYING or f in _OTHER_VERBS for f in forms) or any(
        tf.pos == "verb" for f in forms for tf in s.lex.trigger_forms.get(f, ()))


def _trigger_occurrences(s: _Sentence, lex: Lexicon, phrase_at: list[int], word_at: list[int]
                         ) -> list[tuple[int, int, TriggerForm]]:
    out = []
    covered: set[int] = set()
    n = len(s.words)
    for p in phrase_at:
        for length in (4, 3, 2):
            if p + length <= n:
                k = tuple(s.norms[p:p + length])
                k_forms = [k] + [(f, *k[1:]) for f in s.words[p].forms[1:]]
                for kk in k_forms:
                    for tf in lex.trigger_phrases.get(kk, []):
                        out.append((p, p + length, tf))
                        covered.update(range(p, p + length))
    trigger_forms = lex.trigger_forms
    for p in word_at:  # most words trigger nothing: only the candidates are read
        if p in covered or p in s.covered:
            continue
        w = s.words[p]
        if w.norm in _NEVER_TRIGGERS:
            continue  # وزارة is a ministry, not و + زاره ("and he visited him")
        for form in w.forms:
            tfs = trigger_forms.get(form)
            if tfs and form.endswith("ه") and w.norm.endswith(form) \
                    and {tf.pronoun for tf in tfs} == {True, False} \
                    and all(tf.pos == "noun" and tf.entry.relation == "ally" for tf in tfs):
                # حليفة (ة) is "ally", حليفه (ه) "his ally": both fold to one form (داعمة and
                # ابنة are read by their pronoun forms' rules, which check the ة themselves)
                tfs = [tf for tf in tfs if tf.pronoun != w.ta_end]
            if tfs:
                prefix = w.norm[: len(w.norm) - len(form)] if w.norm.endswith(form) else ""
                if "ب" in prefix or "ك" in prefix or prefix.endswith("لل") or (
                        prefix.endswith("ل") and not form.startswith(("ي", "ت", "ن"))):
                    # بدعم، كزيارة، لدعم تشاد: a preposition makes it a noun, never a
                    # verb (ليدعم "in order to support" keeps its present verb)
                    tfs = [tf for tf in tfs if tf.pos == "noun"] or tfs
                nouns = [tf for tf in tfs if tf.pos == "noun"]
                if not nouns and p > 0 and s.norms[p - 1] in _NO_VERB_AFTER and not w.punct_before:
                    break  # أعرب عن توقعه أن ...: "his expectation", a noun no verb can be (تُوقّعه "signs it")
                if form in _HEADED_FORMS and _addresses_something(s, p):
                    tfs = [tf for tf in tfs if tf.entry.relation != "visit"]  # لم توجه X دعوة إلى مصر: "directed"
                    if not tfs:
                        break
                if nouns and p > 0 and s.norms[p - 1] in _NOUN_AFTER and not w.punct_before:
                    tfs = nouns  # أعربت X عن إدانتها لـY: after a preposition, a verbal noun
                elif nouns and p > 0 and any(f in _GOVERNORS for f in s.words[p - 1].forms):
                    tfs = nouns  # ستواصل دعم X: after a governing verb, a verbal noun
                elif nouns and p > 0 and s.norms[p - 1] in _CIRCUMSTANTIAL and s.words[p - 1].punct_before \
                        and not w.punct_before:
                    tfs = nouns  # هنأ X Y، مجدداً دعم غانا لـ Z: the participle "renewing" and its object
                elif nouns and p > 1 and (p - 1 - _adverbs_before(s, p)) in s.covered and not w.punct_before \
                        and _verb_before(s, s.covered[p - 1 - _adverbs_before(s, p)].i):
                    # انتقدت إيران دعم الولايات المتحدة لإسرائيل: verb, subject, then its object
                    # (علّقت إيران رسمياً تعاونها: an adverb between)
                    tfs = nouns
                if nouns and p + 1 < n and s.norms[p + 1].startswith("ال") and s.norms[p + 1] not in _PREPS \
                        and s.norms[p + 1] not in _RELATIVE \
                        and p + 1 not in s.covered and not s.words[p + 1].punct_before:
                    tfs = nouns  # دعمها الثابت: a noun with its adjective, not a verb (إلى, الذي: no adjective)
                if nouns and w.norm[:1] == "و" and not w.punct_before and out and out[-1][2].pos == "noun" \
                        and 0 < p - out[-1][1] <= 8 and not any(s.hard_break(k) for k in range(out[-1][1], p + 1)):
                    tfs = nouns  # أكد وقوف بلاده إلى جانب X ودعمها لـ Y: joined to a verbal noun, a noun
                if nouns and p > 0 and s.norms[p - 1] == "ثم" and not w.punct_before \
                        and (verbs := [tf for tf in tfs if tf.pos == "verb"]):
                    tfs = verbs  # ثم توجه إلى أوتاوا: after "then", the next act's verb
                after = s.covered.get(p + 1) if nouns and p + 1 < n else None
                if after is not None and after.i == p + 1 and after.j < n \
                        and s.norms[after.j] in _MASDAR_ADJECTIVES and not s.words[after.j].punct_before:
                    tfs = nouns  # دعم مصر الكامل لـ Y: the noun, its genitive doer, its adjective
                for tf in tfs:
                    out.append((p, p + 1, tf))
                break
    out.sort(key=lambda x: x[0])
    return out


def _definite_noun(s: "_Sentence", p: int) -> bool:
    """The noun trigger at ``p`` has the article and names when another act took
    place (على هامش القمة، خلال الزيارة): no genitive follows a definite noun, so the
    names after it are the verb's (التقى X على هامش القمة الرئيس Y: Y is met)."""
    w = s.words[p]
    return p > 0 and s.norms[p - 1] in _AROUND_AN_EVENT and not w.punct_before \
        and w.forms[-1].startswith("ال") and len(w.forms[-1]) > 3 and w.norm == w.forms[-1]


# على هامش القمة، خلال الاجتماع: an event named as the time or place of another act
_AROUND_AN_EVENT = frozenset(normalize(w) for w in ("هامش", "خلال", "عقب", "بعد", "قبل", "أثناء", "إثر",
                                                     "ختام", "مستهل", "افتتاح", "انطلاق"))


def _record_pair(s: "_Sentence", a: Mentioned, b: Mentioned) -> None:
    """Remember the states of two related actors, for a later البلدين."""
    sa = a.actor if a.type is ActorType.country else a.country
    sb = b.actor if b.type is ActorType.country else b.country
    if sa and sb and sa != sb:
        s.pairs.append((sa, sb))


def _adverbs_before(s: _Sentence, p: int) -> int:
    """How many accusative adverbs (رسمياً، مجدداً، أيضاً) stand right before ``p``."""
    n = 0
    while p - n - 1 > 0 and (p - n - 1) not in s.covered and n < 2 and not s.words[p - n].punct_before \
            and (s.norms[p - n - 1] in ("ايضا", "مجددا", "رسميا", "فعليا", "علنا", "اليوم", "امس")
                 or (s.norms[p - n - 1].endswith("يا") and len(s.norms[p - n - 1]) >= 5)):
        n += 1
    return n


def find_relations(words: list[Word], mentions: list[Mentioned], lex: Lexicon,
                   carried_subject: list[Mentioned] | None = None,
                   context: list[Mentioned] | None = None,
                   question: bool = False, memory: dict | None = None
                   ) -> tuple[list[Found], list[Mentioned]]:
    """Relations of one sentence; returns them with the sentence's last subject
    (for a following sentence that continues it: كما هنأ ...). ``context`` are
    the previous sentence's mentions (for بين البلدين)."""
    phrase_at, word_at = _trigger_candidates(words, lex)
    if not mentions and not phrase_at and not word_at:
        return [], []  # no actor here, and no trigger (a trigger may still relate the
        # sentence before's actors, or two demonyms: التعاون السعودي الصيني)
    if not phrase_at and not word_at and all(_SENTENCE_CUES.isdisjoint(w.forms) for w in words):
        # no trigger and no sentence-level cue (بقيادة، وجرى اللقاء، بحضور ...): nothing
        # to relate; only mark the places named as where (for the next sentence)
        if any(m.place for m in mentions):
            s = _Sentence(words, mentions, lex)
            for m in s.mentions:
                m.adverbial = bool(m.place) and s.prep_before(m) in ("في", "ب", "من")
        return [], []
    s = _Sentence(words, mentions, lex)
    s.context = context or []
    s.pairs = memory.setdefault("pairs", []) if memory is not None else []
    s.memory = memory
    s.carried = carried_subject or []
    for m in s.mentions:
        # a place where something happens (في نيروبي) or whence one came (قادما من طشقند)
        m.adverbial = (bool(m.place) and s.prep_before(m) in ("في", "ب", "من")) or (
            s.prep_before(m) in ("في", "ب") and not _VENUES.isdisjoint(s.words[m.i].forms)) or (
            # (استمرار الحرب على غزة: the place the war is waged on, never one of البلدين)
            bool(m.place) and s.prep_before(m) == "علي" and m.i >= 2
            and (s.norms[m.i - 2] in _CONFLICT_NOUNS or s.norms[m.i - 2] in _ASSAULTS))
        # (استقبله اليوم بقصر المرادية: a seat of power as where, never a side)
        m.named = m.i > 0 and not s.prep_before(m) and not s.words[m.i].punct_before and (
            (bool(m.place) and not _NAMED_BY_CITY.isdisjoint(s.words[m.i - 1].forms))  # (إعلان أنقرة، قمة بغداد)
            or not _NAMED_BY_PLACE.isdisjoint(s.words[m.i - 1].forms))  # (نهر الأردن، معهد واشنطن)
        m.destination = s.prep_before(m) == "الي"
        m.sender = m.i > 1 and s.norms[m.i - 1] == "من" and any(
            not _LETTERS.isdisjoint(s.words[k].forms) and s.norms[k] not in _AT_INVITATION
            for k in range(max(0, m.i - 4), m.i - 1)) or (  # (تلبية لدعوة من نظيره Y: Y hosts, he is met)
            m.i > 0 and s.norms[m.i - 1] in _GREETINGS_OF)  # (ونقل إليه تحيات الرئيس Z: Z sent them, unmet)
        m.no_side = any(not _MEDIATION.isdisjoint(s.words[k].forms) for k in range(max(0, m.i - 2), m.i)) \
            or (m.i > 0 and s.norms[m.i - 1] in _HOSTED_IT) \
            or (m.i > 0 and m.type is ActorType.organization and not _VENUES.isdisjoint(s.words[m.i - 1].forms)) \
            or (m.i > 0 and s.norms[m.i - 1] in _IN_PRESENCE and not any(
                m.j <= x.i <= m.j + 8 and x.type is ActorType.person and s.norms[x.i][:1] == "و"
                for x in s.mentions)) \
            or (m.i == 0 and bool(m.place) and any(  # (الدوحة (قنا) -: past the agency's name)
                s.words[k].punct in _DATELINE_MARKS for k in range(m.j, min(len(s.words), m.j + 3)))) \
            or (m.i > 1 and s.norms[m.i - 1] == "في" and s.words[m.i - 2].forms[-1] in _INSIDE_SOURCES
                and m.type is ActorType.organization and s.norms[m.i] not in _GOVERNMENT)
        # (كشف مصدر في وزارة التخطيط العراقية أن ...: the source's workplace is no side; but
        # مسؤول في الحكومة الصومالية speaks for a side)
    _capitals_beside_states(s)
    if memory is not None:  # the pair that opened the sentence before, and this one's (for البلدين)
        s.opening = [m for m in memory.get("opening") or [] if any(m is x for x in s.context)]
        memory["opening"] = _opening_pair(s)
    topic = False
    for m in s.mentions:  # استعراض العلاقات والتطورات في غزة والسودان: the topics are no side
        topic = m.i > 1 and ((s.norms[m.i - 1] == "في" and not _TOPIC_NOUNS.isdisjoint(s.words[m.i - 2].forms)) or (
            topic and s.norms[m.i][:1] == "و" and not s.words[m.i].punct_before and (m.i - 1) in s.covered))
        m.no_side = m.no_side or topic or (
            # X، والد رئيس الدولة Y، استقبل: Y is named for whose father X is, not a side
            m.type is ActorType.person and m.i > 0 and s.words[m.i - 1].punct in ("،", ",")
            and s.norms[m.i - 1] in _KIN_NOUNS) or (
            # تعيينه خلفا لسامح شكري ... واتفق الوزيران: the predecessor is named in passing, no side
            m.type is ActorType.person and m.i > 0 and s.norms[m.i - 1] == _SUCCEEDING)
    found: list[Found] = []
    last_subject: list[Mentioned] = []
    told_by_bare_verb: tuple = ()  # (the subject before a verb that related no one set it)
    agreed: tuple | None = None  # the last agreement's parties and where it ends
    hosted: list[Mentioned] = []  # the guests of the last reception
    # A yes/no question (هل باتت روسيا تسعى إلى التحالف مع X؟) asserts nothing
    # from its هل on; what the sentence states before it stands, and a wh-question
    # (فما هي خلفيات التقارب؟) presupposes what it asks about.
    asked_from = max((k for k, w in enumerate(words) if any(
        f in _YES_NO for f in w.forms)), default=len(words)) if question else len(words)
    noun_flags: dict[Relation, tuple] = {}  # the last verbal noun's (p, negated, hypothetical), per relation
    verb_flags: dict[Relation, tuple] = {}  # the last verb's (p, negated, hypothetical), per relation
    read: set[tuple[int, str]] = set()  # a word read once per relation (استقبله: past,
    # and the first-person present أستقبله folds onto it)
    for p, q, tf in _trigger_occurrences(s, lex, phrase_at, word_at):
        entry = tf.entry
        rel = Relation(entry.relation)
        if (p, entry.relation) in read:
            continue
        cs = s.clause_start(p)
        describing = bool(entry.needs) and normalize(entry.past or "") in _DESCRIBING
        said_as = _described_as_hostile(s, q, entry) if describing else None  # (read once, for the object too)
        if entry.needs and not (said_as is not None if describing else _cue_near(s, p, q, entry)):
            continue
        if tf.tense == "future" and entry.past and normalize(entry.past) == _GAVE and any(
                t2.entry.relation == "support" and t2.pos == "noun"
                for k in range(q, min(len(s.words), q + 6)) for f in s.words[k].forms
                for t2 in s.lex.trigger_forms.get(f, ())):
            continue  # حكومته ستقدم مساعدات للأردن: a pledge, told by its noun (a fact, NOTES)
            # (ستقدم 10 ملايين يورو للوكالة: no noun tells it, the verb does)
        if rel is Relation.oppose and tf.pos == "noun" and p > 0 and not s.words[p].punct_before \
                and not _CARDS.isdisjoint(s.words[p - 1].forms) and s.norms[p - 1][:1] != "ك" \
                and not any(f in _PLAYING_CARDS for k in range(max(cs, p - 4), p - 1) for f in s.words[k].forms):
            continue  # تمنح X ورقة ضغط على روما: a lever X holds, no pressure put on anyone
            # (كورقة ضغط على Y، تستخدم ورقة ضغط على Y: the lever played is pressure)
        if rel is Relation.support and tf.pos == "noun" and p > 0 and s.norms[p - 1] in _FACILITIES:
            continue  # مركز إمداد لوجستي للبحرية الروسية: a facility's name, no act of support
        if rel is Relation.support and tf.pos == "noun" and any(
                not _COUNTERING.isdisjoint(s.words[k].forms) for k in range(max(cs, p - 2), p)):
            continue  # تعمل على مكافحة تهريب الأسلحة إلى X: the arms are fought, not sent by the subject
        if rel is Relation.support and tf.pos == "verb" and not tf.pronoun and entry.past \
                and normalize(entry.past) == _BACKED and q < len(s.words) and q not in s.covered \
                and not s.words[q].punct_before and s.norms[q] in _ARMED_GROUPS:
            continue  # تدعم فصائل مسلحة قرب الحدود الشمالية للأردن: the backed are unnamed groups
        if rel is Relation.agree and tf.pos == "noun" and s.norms[p].startswith("ال") and q < len(s.words) \
                and s.norms[q] in _STRENGTHENS and not s.words[q].punct_before:
            continue  # الصفقة تعزز الشراكة بين الدوحة وبكين: the ties' sides, not the deal's (told before)
        if rel is Relation.agree and s.norms[p] in _EXPECTED and any(
                s.norms[k] in _THAT for k in range(q, min(len(s.words), q + 6)) if not s.hard_break(k)):
            continue  # وتوقع جابر أن توقع بيروت اتفاقا: "he expected that", not "she signs"
        if rel is Relation.agree and s.norms[p] in _EXPECTED and (he := s.at.get(q)) is not None \
                and he.type is ActorType.person and not s.norms[q].endswith("ه"):
            continue  # توقع الرئيس X اتفاقا: a man "expected" (he signs is يوقع)
        if rel is Relation.visit and tf.pos == "noun" and p > 0 and s.norms[p - 1] in _DOING \
                and not s.words[p].punct_before \
                and any(f.relation is Relation.visit and f.trigger[0] == p - 1 for f in found):
            continue  # الذي يقوم بزيارة إلى الدولة: read once, by the light verb's entry
        subj, obj = _arguments(s, p, q, tf, last_subject, carried_subject if not found and (
            p < 3 or _time_opened(s, p, cs)) else None)
        if tf.pos == "verb" and len(subj) == 1 and p > 1 and s.norms[p - 1] in _PLURAL_RELATIVES \
                and not s.words[p - 1].punct_before and subj[0].j == p - 1 \
                and len(group := _coordinated_before(s, subj[0])) > 1 \
                and all(m.type is subj[0].type for m in group) and not any(m.actor == x.actor for m in obj for x in group):
            subj = group  # بحضور الرئيس X ورئيس Y اللذين وصلا إلى Z: both came
        if not subj and rel is Relation.meet and memory is not None and (group := _counted_group(s, p, cs, memory)):
            # استقبل الملك الوزراء X وY وZ. وكان الوزراء الثلاثة قد أجروا مباحثات مع W: those three
            subj, obj = group, [m for m in _object_by_marker(s, p, ["مع"], p, window=12)
                                if m.type is ActorType.person and m.actor not in {x.actor for x in group}][:1]
        if tf.pos == "verb" and len(subj) == 1 and p < subj[0].i and subj[0].j < len(s.words) and obj and obj[0].i > subj[0].j \
                and s.norms[subj[0].j] == "ولا" and obj[0].i == subj[0].j + (s.covered.get(subj[0].j) is not obj[0]) \
                and any(s.norms[k].removeprefix("ف").removeprefix("و") == "لا" for k in range(max(cs, p - 3), p)):
            # فلا تدعم الرباط ولا جبهة البوليساريو: neither X nor Y, both are what it does not back
            doer = _clause_subject(s, p, cs) or last_subject
            subj, obj = (doer[:1], subj + obj) if doer else ([], [])
        if tf.pos == "noun" and tf.pronoun and rel in (Relation.host, Relation.meet) and subj \
                and last_subject and last_subject[0].type is ActorType.person \
                and last_subject[0].actor != subj[0].actor and not any(m.actor == last_subject[0].actor for m in obj) \
                and any(s.norms[k] in ("وذلك", "ذلك") for k in range(max(cs, p - 3), p)) \
                and not s.words[p].norm.endswith(("ها", "هم", "هما")):
            subj = last_subject[:1]  # أشاد X بجهود Y، وذلك خلال استقباله Z: "his" is X, the sentence's doer
        if rel is Relation.congratulate and tf.pos == "noun" and not subj and p > 1 and s.norms[p].startswith("ال") \
                and (thanker := s.covered.get(p - 1)) is not None and thanker.i > 0 and not s.prep_before(thanker) \
                and not _GIVING_THANKS.isdisjoint(s.words[thanker.i - 1].forms) and not s.words[p].punct_before:
            # ووجهت الخارجية الأوكرانية الشكر إلى سلطنة عمان: the verb's subject thanks
            subj, obj = [thanker], [m for m in _object_by_marker(s, q, ["الي", "ل"], q, window=3)
                                    if m.actor != thanker.actor]
        if rel is Relation.oppose and tf.pos == "verb" and entry.needs and obj and normalize(entry.past or "") in _SUMMONS \
                and all(m.type is ActorType.person and m.country for m in obj):
            obj = _as_states(obj, s)  # استدعت X السفير التركي Y: the protest is at his state, not the man
        if rel is Relation.oppose and tf.pos == "verb" and tf.pronoun and obj and normalize(entry.past or "") in _ACCUSE_VERBS \
                and any(s.norms[k][:1] == "ب" and k not in s.covered for k in range(q, obj[0].i)):
            # انتقدت X الاتحاد الأوروبي، واتهمته بتمويل وحدات من الحرس Y: "him" is the one
            # accused; Y only stands in the act he is charged with
            obj = [m for m in s.last_object if m.type is not ActorType.location]
        elif rel is Relation.oppose and tf.pos == "verb" and not tf.pronoun and obj and obj[0].i > q \
                and any(f in _ACCUSE_VERBS for f in s.words[p].forms) and subj and all(m.j <= obj[0].i for m in subj) \
                and any(s.norms[k][:1] == "ب" and s.norms[k][1:] in s.words[k].forms and k not in s.covered
                        and not s.words[k].punct_before and k > max(q, subj[-1].j)
                        and (k - 1) not in s.covered and not s.words[k - 1].punct_before
                        and s.norms[k - 1] not in _PREPS
                        for k in range(max(q, subj[-1].j), obj[0].i)):
            # (the accused, a noun no list names, stands between the accuser and the charge)
            obj = []  # اتهم X حكومة السوداني بدعم الموقف الكويتي: the accused stands before the charge, unnamed here
        if rel is Relation.oppose and tf.pos == "verb" and describing:
            obj = [] if said_as is None or tf.pronoun else [
                m for m in obj if m.j <= said_as and not s.prep_before(m) and not any(
                    (s.norms[k] in _RELATIVE or s.norms[k] in _PREPS)
                    and not any(s.words[x].punct_before for x in range(k + 1, m.i + 1))
                    for k in range(max([q] + [x.j for x in subj if x.j <= m.i]), m.i))]
            # وصف X الفيتو الروسي بأنه وصمة عار: the one described, before بأنه; never an
            # actor inside the description (بأنها انتهاك لسيادة سوريا), nor a partner's praise,
            # nor the target of the act described (الهجوم على السفارة الأمريكية، الذي استهدف الكويت)
        if rel.symmetric and len(subj) == 1 and obj and all(any(m is x for x in s.coordinated(subj[0])) for m in obj):
            last = max(m.j for m in subj + obj)
            with_at = next((k for k in range(max(q, last), min(len(s.words), max(q, last) + 5))
                            if s.norms[k] == "مع"), None)
            if with_at is not None and any(s.words[x].punct_before for x in range(min(m.i for m in subj + obj) + 1,
                                                                                  with_at + 1)):
                with_at = None  # (اتفقوا، بعد محادثات أجرتها مسقط مع الطرفين: an aside's مع)
            if with_at is not None and with_at + 1 < len(s.words) and with_at + 1 not in s.at:
                subj, obj = [], []  # توقع مالي والنيجر وبوركينا فاسو اتفاقيات مع المملكة: the three
                # sign with a partner we did not read, not with each other
        if rel is Relation.meet and tf.pos == "verb" and len(subj) == 1 and not obj and subj[0].i > p:
            obj = _received_in_aside(s, subj[0])  # بحث X، خلال استقباله Y، الأوضاع: X discussed with Y
        if rel is Relation.meet and tf.pos == "verb" and subj and not obj and q + 1 < len(s.words) \
                and s.norms[q] in _EACH and s.norms[q + 1] == _OF_THE_TWO and s.last_object \
                and len(s.last_object) == 2 and all(m.type is ActorType.person for m in s.last_object):
            obj = [m for m in s.last_object if m.actor != subj[0].actor]  # استقبل الضيفين، والتقى كلاً منهما على حدة
        if rel is Relation.oppose and tf.pos == "verb" and subj and s.memory \
                and (start := subj[-1].j if subj[0].i > p else q) < len(s.words) and s.norms[start] == _THE_VISIT \
                and (visitor := s.memory.get("visitor")) and visitor[0].actor not in {m.actor for m in subj} \
                and (start + 1 >= len(s.words) or s.words[start + 1].punct_before or s.norms[start + 1] not in _WHICH):
            obj = list(visitor)  # وصل X إلى أديس أبابا ... ودانت الحكومة الصومالية الزيارة: X's
            # (but الزيارة التي قام بها Y: the visit of the one named with it; a state named
            # later, معتبرة أنها تمس بمبدأ الصين, is no object: the visit is)
        if rel is Relation.oppose and tf.pos == "verb" and subj and not obj:
            start = subj[-1].j if subj[0].i > p else q
            said_at = next((k for k in range(start, min(len(s.words), start + 4))
                            if not _CRITICISED_ACTS.isdisjoint(s.words[k].forms)
                            and not any(x in s.at for x in range(start, k))), None)  # (ندد بالتصريحات)
            if said_at is not None:
                obj = _statement_author(s, said_at)  # انتقدت طهران، الأربعاء، البيان الختامي لمجلس التعاون
            if not obj and start + 2 < len(s.words) and s.norms[start] in _WHAT_HE_CALLED \
                    and s.norms[start + 1] in _DESCRIBED:
                # ندّد X بما وصفه بـ"إرهاب الدولة" الإسرائيلي: the state the label names
                end = next((k for k in range(start + 2, min(len(s.words), start + 9)) if s.words[k].punct_before),
                           min(len(s.words), start + 9))  # (بـ"لغة التهديد والوعيد" الصادرة عن الوزير X)
                named = next((k for k in range(start + 2, end)
                              if k in s.demonyms or (k in s.at and s.at[k].type is not ActorType.location)), None)
                if named is not None and named in s.demonyms and named not in s.covered:
                    obj = [Mentioned(named, named + 1, s.demonyms[named], ActorType.country, "", s.demonyms[named])]
                elif named is not None:
                    obj = [s.at[named]]
        if rel is Relation.visit and tf.pos == "verb" and not tf.pronoun and subj and p < subj[0].i \
                and all(m.place for m in subj) and obj and all(m.place for m in obj):
            # فزار الرياض ثم الدوحة: cities after a visit verb are where he went, not who went
            doer = [m for m in (_clause_subject(s, p, cs) or last_subject or carried_subject or [])
                    if not m.place][:1]
            if not doer and s.words[p].forms[0][:1] == "ف":
                # جال المبعوث X على العواصم، فزار الرياض: the sentence's one person went
                people = [m for m in s.mentions if m.j <= p and m.type is ActorType.person and not s.prep_before(m)]
                doer = people[:1] if len({m.actor for m in people}) == 1 else []
            subj, obj = (doer, subj + obj) if doer else ([], [])
        if rel is Relation.support and s.words[p].forms[-1].lstrip("لب").startswith(("زود", "يزود", "تزويد")) and any(
                (s.norms[k].startswith(("بال", "ب")) and s.norms[k][1:].removeprefix("ال") in _ENERGY_GOODS)
                or (k > q and s.norms[k] in _BARRELS)  # (لتزويد المملكة بعشرة آلاف برميل يوميا من خام ...)
                for k in range(q, min(len(s.words), q + 6)) if not s.words[k].punct_before) \
                and any(not _DEALS.isdisjoint(s.words[k].forms) for k in range(max(cs, p - 4), p)):
            continue  # اتفاقية طويلة الأمد لتزويد ألمانيا بالغاز: a sale of energy under contract, not backing
        if rel is Relation.meet and q + 1 < len(s.words) and s.norms[q] in ("غير", "الغير") \
                and s.norms[q + 1] in _DIRECT:
            continue  # محادثات غير مباشرة بين X و Y: through a mediator, they do not meet
        if rel is Relation.agree and tf.pos == "noun" and q + 1 < len(s.words) and s.norms[q] in _RELATIVE \
                and any(tf2.entry.relation == "agree" for f in s.words[q + 1].forms
                        for tf2 in s.lex.trigger_forms.get(f, ())):
            continue  # رفضها لمذكرة التفاهم التي أبرمتها X مع Y: the relative clause's verb tells the sides
        if not subj and rel is Relation.meet and tf.pos == "noun" and s.norms[p] in _THE_MEETING and last_subject \
                and all(m.type is ActorType.person and m.j <= p for m in last_subject) \
                and (met := _awaited_with(s, p)) is not None and met.actor != last_subject[0].actor:
            subj, obj = last_subject[:1], [met]  # عقد X لقاءين ...، في حين لم يعقد اللقاء الذي كان مرتقبا مع Y
        if not subj and rel is Relation.visit and tf.pos == "noun" and not tf.pronoun and last_subject \
                and any(s.norms[k] in _THAT_WAS for k in range(max(0, p - 4), p)) \
                and all(m.type is ActorType.person and m.j <= p for m in last_subject) \
                and getattr(s, "last_rel", None) is not Relation.host \
                and (obj := obj or _object_by_marker(s, q, ["الي"], q, window=4, b_is_place="object")):
            subj = last_subject[:1]  # بحث X مع Y ...، وذلك في مستهل زيارة عمل إلى روسيا: X's visit
        if obj and rel is Relation.visit and tf.pos == "noun" and not tf.pronoun and p > 0 \
                and getattr(s, "last_rel", None) is Relation.host and s.last_object \
                and all(m.type is ActorType.person and m.j <= p for m in s.last_object) \
                and (not subj or any(f.relation is Relation.host and f.subject == subj[0].actor
                                     and f.object == s.last_object[0].actor for f in found)):
            # استقبل Y الضيفَ X في مستهل زيارة إلى طهران / استُقبل X من قبل Y في مستهل
            # زيارة: the guest's visit, not the host's
            subj = s.last_object[:1]
        if rel is Relation.visit and len(obj) == 1 and obj[0].type is ActorType.organization and obj[0].country \
                and not _TERRITORY_NOUNS.isdisjoint(s.words[obj[0].i].forms) and obj[0].country in s.lex.countries:
            # زار X إقليم كردستان العراق / في زيارة إلى إقليم كردستان: the region's government
            # names the place; its state is visited (whoever the doer turns out to be)
            obj = [Mentioned(obj[0].i, obj[0].j, obj[0].country, ActorType.country, obj[0].clitic, obj[0].country)]
        if rel is Relation.visit and len(obj) == 1 and obj[0].i > 0 \
                and not _CROSSINGS.isdisjoint(s.words[obj[0].i - 1].forms):
            # زار X معبر رفح من الجانب المصري: a border crossing lies in two states; the
            # side named after it is the one visited, else neither
            side = s.at.get(obj[0].j + 1) if obj[0].j + 2 < len(s.words) and s.norms[obj[0].j] == "من" \
                and s.norms[obj[0].j + 1] == _THE_SIDE else None  # (الجانب المصري: one mention)
            obj = [side] if side is not None and side.type is ActorType.country and side.i == obj[0].j + 1 else []
        since_visit = not subj and rel is Relation.visit and tf.pos == "noun" and tf.pronoun and p > 0 \
            and s.norms[p - 1] in _SINCE
        if since_visit:
            # لم يزر X روسيا منذ زيارته في يوليو: the visit before, to the same state
            last = next((f for f in reversed(found) if f.relation is Relation.visit and f.negated), None)
            if last is not None:
                found.append(Found(last.subject, Relation.visit, last.object, False, False, (p, q),
                                   location=last.location))
                continue
        instead = rel is Relation.visit and tf.pos == "verb" and subj and not obj and q + 1 < len(s.words) \
            and s.norms[q] in _IN_HIS_PLACE and s.norms[q + 1] in _OF_HIM
        if instead:
            # لم تتوجه X إلى الدوحة ...، وتوجه بدلاً منها Y: Y went where she did not
            last = next((f for f in reversed(found) if f.relation is Relation.visit and f.negated), None)
            if last is not None and subj[0].type is ActorType.person and subj[0].actor != last.subject:
                neg, hyp = flags_for(s.norms, p, tf.tense, p)  # (its own verb's: كما كان متوقعا was hers)
                found.append(Found(subj[0].actor, Relation.visit, last.object, neg, hyp, (p, q),
                                   location=last.location))
                continue
        hosted_forces = False
        if rel is Relation.congratulate and subj and not obj and memory is not None \
                and memory.get("congratulated") and any(
                    s.norms[k] in _SIMILAR for k in range(max(q, subj[-1].j),
                                                          min(len(s.words), max(q, subj[-1].j) + 10))) \
                and not any(s.norms[k] in _CONDOLENCES
                            for k in range(q, min(len(s.words), max(q, subj[-1].j) + 10))):
            # كما بعث X برقية تهنئة مماثلة: to the one congratulated just before
            obj = memory["congratulated"]
            similar = next(k for k in range(max(q, subj[-1].j), len(s.words)) if s.norms[k] in _SIMILAR)
            named = s.at.get(similar + 2) if similar + 2 < len(s.words) and s.norms[similar + 1] in ("الي", "لـ") else None
            if named is not None and named.type is not ActorType.location:
                obj = [named]  # ببرقية مماثلة إلى ولي العهد Y: to the one it names
        if rel is Relation.host and tf.pos == "verb" and not entry.reverse \
                and normalize(entry.past or "") != _RECEIVED:  # (استقبل رئيس أركان القوات X: a person)
            forces = _forces_hosted(s, subj[-1].j if subj and subj[0].i >= q else q)
            if forces is not None:
                # تستضيف X قوات مصرية: hosting troops or a base is cooperation
                # with the forces' state (ONTOLOGY), never a visit or a reception
                rel, obj, hosted_forces = Relation.cooperate, forces, True
        
        dual_at = q if q < len(s.words) else None
        if subj and subj[0].i >= q and subj[-1].j < len(s.words) and not s.words[subj[-1].j].punct_before:
            dual_at = subj[-1].j  # (واستقبل أمير قطر X الوزيرين: after the subject)
            if dual_at + 1 < len(s.words) and s.norms[dual_at] in _RULER_EPITHETS \
                    and not s.words[dual_at + 1].punct_before:
                dual_at += 1  # (أمير البلاد المفدى الضيفين: past the ruler's epithet)
        if rel is Relation.host and subj and not obj and tf.pos == "verb" and dual_at is not None \
                and (s.norms[dual_at] in _GUEST_DUALS or s.norms[dual_at] in _OBLIQUE_PERSON_DUALS):
            # وقّع X وY اتفاقا ... وكان Z قد استقبل الضيفين / الزعيمين: the two just related
            pair = [m for m in _guest_pair(s) if m.actor not in {x.actor for x in subj}]
            if len(pair) != 2 and s.norms[dual_at] in _OBLIQUE_PERSON_DUALS:
                pair = [m for m in _two_sides(s, subj[0].i, s.norms[dual_at], dual_at)
                        if m.actor not in {x.actor for x in subj}]
            obj = pair if len(pair) == 2 else []
        if (not subj or not obj) and rel is Relation.meet and tf.pos == "noun" and len(hosted) >= 2:
            # استضافت عمان وفدي إيران والولايات المتحدة في جولة من المحادثات:
            # the guests meet each other
            subj, obj = hosted[:1], hosted[1:]
            met = (memory or {}).get("meeting") or []
            if (q < len(s.words) and s.norms[q] in _SEPARATELY) or any(
                    s.norms[k] in _EACH and s.norms[k + 1] == _OF_THE_TWO for k in range(max(0, p - 4), p - 1)):
                # استقبل X كلا من Y وZ، وأجرى مع كل منهما محادثات منفصلة: X talked with each
                subj, obj = (met[:1], hosted) if len(met) == len(hosted) + 1 and met[0] not in hosted else ([], [])
        if rel is Relation.meet and tf.pos == "noun" and s.norms[p] in _THE_MEETING and p > 0 \
                and s.norms[p - 1] in _ADVERBIAL and memory is not None \
                and (at := memory.get("meeting_at")) and at[0] is s.words and at[1] < p \
                and len(pair := memory.get("meeting") or []) >= 2 \
                and all(m.type is ActorType.person for m in pair):
            # استقبلت X رئيسَ الحكومة Y، ووقع البلدان خلال اللقاء اتفاقية: the meeting
            # told before, between those two (not the clause's doers)
            subj, obj = pair[:1], pair[1:]
        if (not subj or not obj) and rel is Relation.cooperate and tf.pos == "noun" \
                and (s.norms[p].startswith("ل") or (p > 0 and s.norms[p - 1] == "علي")
                     or (p > 0 and not s.words[p].punct_before
                         and not _DOCUMENT_NOUNS.isdisjoint(s.words[p - 1].forms))  # مذكرات تعاون
                     or (p > 1 and any(f in _DEEPENING for f in s.words[p - 1].forms)
                         and (s.norms[p - 2] == "علي" or s.norms[p - 1].startswith(("ل", "و"))))) \
                and agreed and (0 <= p - agreed[2] <= 5 or (
                    0 <= p - agreed[2] <= 12 and cs == s.clause_start(max(0, agreed[2] - 1)))):
            # وقع X و Y برنامجا للتعاون الزراعي: the parties to the agreement cooperate
            subj, obj = _as_states(agreed[0], s), _as_states(agreed[1], s)
        if (not subj or not obj) and rel is Relation.cooperate and tf.pos == "noun" and not tf.pronoun \
                and memory is not None and (pair := _talked_pair(s, p, cs, memory)):
            # بحث X مع Y سبل تعزيز التعاون الاقتصادي / وبحث الجانبان تعزيز التعاون: the two who
            # met talk of deepening it, so their states cooperate
            subj, obj = pair[:1], pair[1:]
            if any(f.relation in (Relation.meet, Relation.host) and f.hypothetical and f.trigger[0] < p for f in found):
                s.force_hyp = True  # (يلتقي خلالها Y لبحث توسيع التعاون: as planned as the meeting)
        if rel is Relation.agree and tf.pos == "noun" and s.norms[p] == _THE_SIGNING and p > 0 \
                and s.norms[p - 1] in _SIDELINES and not s.words[p].punct_before:
            continue  # خلال اجتماعهما على هامش التوقيع: the signing told before, no new parties to it
        if rel is Relation.oppose and entry.past and normalize(entry.past) in _APPEALS and obj and (
                len(obj) > 1 or any(s.norms[k] in _PARTIES for k in range(max(0, obj[0].i - 1), obj[0].j))):
            continue  # دعت X روسيا وأوكرانيا / الأطراف السودانية إلى وقف القتال: an appeal to the sides
        if tf.pos == "verb" and not tf.pronoun and subj and q < len(s.words) and (
                (rel is Relation.visit and normalize(entry.past or "") in _ARRIVING and _unknown_subject(s, q))
                or _unknown_body_subject(s, q)) \
                and not any(m is subj[0] and m.i > p for m in s.mentions):
            # ووصل المفرج عنهم إلى الدوحة / اتهمت صحيفة «يوميوري» اليابانية الحكومة الصينية:
            # the verb's own subject, none we know, so no earlier one is carried to it
            subj = []
        if not subj or not obj:
            if tf.pos == "verb":  # its object noun still takes its flags (دون أن يوقع أي اتفاقيات)
                verb_flags[rel] = (p, tf.tense, cs)  # (computed only if a noun needs them)
            if tf.pos == "verb" and not tf.pronoun and subj and not obj and rel is not Relation.family \
                    and subj[0].i == q and any(m is subj[0] for m in s.mentions) \
                    and subj[0].type is ActorType.person and not s.words[q].punct_before \
                    and entry.objects and "" not in entry.objects and subj[0].j < len(s.words) and any(
                        (s.norms[subj[0].j].startswith(first) if len(first) <= 2 else first in s.words[subj[0].j].forms)
                        for first in (normalize(o).split()[0] for o in entry.objects if o.strip())):
                # ...، ندد الرئيس X بالغارة وطالب Y: X, named after his verb, goes on (in
                # this sentence only: a verb that relates no one starts no story for the next)
                told_by_bare_verb = told_by_bare_verb or (last_subject,)
                last_subject = subj
            if rel is Relation.visit and not obj and memory is not None and not tf.pronoun \
                    and any(f in _TOUR for f in s.words[p].forms) \
                    and (toured := _clause_subject(s, p, cs)) and toured[0].type is ActorType.person:
                # بدأ X جولة أفريقية. وتشمل الجولة Y وZ: the stops told next are his
                neg, hyp = flags_for(s.norms, p, tf.tense, cs)
                memory["tour"] = None if neg else (toured[:1], hyp, any(
                    f in _TOUR_BEGUN for k in range(cs, p) for f in s.words[k].forms))
            continue
        if rel is Relation.support and tf.pos == "noun" and any(s.norms[k] == "من" for k in range(max(cs, p - 3), p)) \
                and any(s.norms[k] in _WARNING for k in range(max(cs, p - 14), p)):
            continue  # حذر X فرنسا من مواصلة تسليح أرمينيا: what X warns against is no support of X's
        if rel is Relation.cooperate and p > 0 and (
                (s.norms[p] in _SINCE_RESUMING and s.norms[p - 1] in _SINCE)
                or (p > 1 and s.norms[p - 1] in _SINCE_RESUMING and s.norms[p - 2] in _SINCE)):
            continue  # منذ استئناف العلاقات بين البلدين: a date in the story, not its news
        if rel is Relation.cooperate and p > 2 and s.norms[p - 1] in _MARKED and s.norms[p - 2] in _RELATIVE \
                and any(f in _COOLNESS for k in range(max(0, p - 5), p - 2) for f in s.words[k].forms):
            continue  # الفتور الذي طبع العلاقات بين X وY: "marked", not "normalized"
        if p > 0 and s.norms[p][:1] == "ب" and s.norms[p - 1] in _DESCRIBED:
            continue  # ما وصفه بـ«مناورات النظام X»: a speaker's label, no event told
        if rel in (Relation.meet, Relation.host, Relation.visit) and obj and obj[0].i > q \
                and any(obj[0] is x for x in s.mentions) and any(
                s.words[k].punct in ("،", ",") and s.norms[k] in _SAYING_PARTICIPLES and k not in s.covered
                for k in range(q, obj[0].i)):
            continue  # والتقى رئيس الوزراء X، مؤكدا أن طهران تدعم: whom he met is not in what he said
        if tf.pos == "noun" and tf.pronoun and s.norms[p].endswith("هم") and len(subj) == 1 \
                and subj[0].type is ActorType.person:
            continue  # قال الباحث X إن الرياض تنظر بقلق إلى تحالفهم مع طهران: "their", not his
        if rel is Relation.ally and tf.pos == "noun" and tf.pronoun and p > 0 and not s.words[p].punct_before and any(
                t.pos == "noun" and t.entry.relation in ("cooperate", "support") for f in s.words[p - 1].forms
                for t in s.lex.trigger_forms.get(f, ())):
            continue  # ما تردد عن تنسيق تحالفه مع Y: the coalition whose coordination it is, no alliance
        if s.norms[p] in _APPROXIMATES and q < len(s.words) and (
                s.words[q].norm[:1].isdigit() or s.norms[q] in _NUMBER_WORDS or s.norms[p - 1] in _AMOUNT_WORDS):
            continue  # بقيمة تقارب 6.4 مليار دولار: "approximately", not a rapprochement
        if rel is Relation.visit and tf.pos == "noun" and s.norms[p] == _THE_VISIT and s.norms[p - 1] in _ADVERBIAL \
                and q in s.at and not s.words[q].punct_before and not s.prep_before(s.at[q]):
            continue  # يلتقي X خلال الزيارة Y: the visit already told, named again as a time; Y is the verb's
        label = next((k for k in range(p - 1, max(cs, p - 6) - 1, -1) if s.norms[k] in _DESCRIBED), None)
        if label is not None and subj[0].j <= label and not entry.reverse \
                and not any(s.words[k].punct_before for k in range(label + 1, p + 1)):
            continue  # حذّر X تشاد من ... ما وصفه بتسهيل الإمدادات إلى Y: X labels the act, X is not its doer
        by_verb = [f for f in found if f.relation is rel and (f.trigger[0] == p - 1 or (
                       p - 4 <= f.trigger[0] < p - 1 and not any(k in s.at or s.words[k].punct_before
                                                                for k in range(f.trigger[1], p + 1))))] \
            if tf.pos == "noun" and rel is Relation.meet else []
        # (وأجرى على هامشها محادثات مع Z: an adverbial between the light verb and its noun)
        if by_verb and {m.actor for m in obj} <= {f.object for f in by_verb} \
                and not {m.actor for m in subj} & {f.subject for f in by_verb}:
            continue  # وأجرى محادثات مع Z: the light verb found the talks' doer; the noun has no other
        before_found = len(found)
        flags_at = s.flags_at
        s.flags_at = None
        force_hyp = getattr(s, "force_hyp", False)
        s.force_hyp = False
        leg_here = getattr(s, "leg_here", None)  # (the one stop of a tour that is a fact)
        s.leg_here = None
        force_fact = getattr(s, "force_fact", False)
        s.force_fact = False
        told = getattr(s, "told", False)  # (an accusation was made, whoever denies it)
        s.told = False
        flags_from = p if s.norms[p] in _PARTICIPLES and s.words[p].punct_before else next(
            (k for k in range(p - 1, cs, -1) if s.words[k].punct_before and s.words[k].punct in ("،", ",")
             and (s.norms[k] in _SAYING_PARTICIPLES or (tf.pos == "noun" and s.norms[k] in _SINCE_AFTER))),
            cs)  # نفى X ...، مؤكدا أن ...: its own scope (...، بعد اللقاء الذي جمع X وY: a past event's)
        if flags_from == cs:
            flags_from = _past_relative_aside(s, cs, p)  # ونفى X، الذي يعد من حلفاء طهران، أن تكون Y تتلقى
        if (aside_flags := getattr(s, "flags_before_aside", None)) is not None and aside_flags[0] == p:
            flags_from = min(flags_from, aside_flags[1])  # نفى X، الذي عينه Y، أن يكون قد التقى Z
            s.flags_before_aside = None
        if flags_at is None and tf.tense in ("past", "noun") and (coord := next(
                (k for k in range(p, max(flags_from, p - 4), -1) if s.words[k].punct in ("،", ",")
                 and s.norms[k][:1] in "وف" and any(t.pos == "verb" and t.tense == "past" for f in s.words[k].forms[1:2]
                                                    for t in s.lex.trigger_forms.get(f, ()))), None)) is not None:
            flags_from = coord  # وجّه دعوة إلى Y لحضور القمة، وأجرى اتصالاً مع Z: a past act of its own clause
        if flags_at is None and tf.pos == "noun" and tf.pronoun and (ante := _before_relative_aside(s, p)):
            flags_at, flags_from = ante.i, s.clause_start(ante.i)  # X، الذي دأب على أن ...، جولته: the aside's modal is its own
        tense = tf.tense
        if tense == "past" and s.norms[p][:1] == "ل" and not s.norms[p].startswith("لل") \
                and s.norms[p][1:] in s.lex.trigger_forms:
            tense = "noun"  # لبحث ملف الحدود: ل + the verbal noun (بحث) of a purpose, never a past verb
        neg, hyp = flags_for(s.norms, flags_at if flags_at is not None else p,  # (، متهما X: its own
                             "present" if flags_at is not None else tense, flags_from)  # clause)
        if not hyp and tf.pos == "noun" and (s.norms[p][:1] == "ب" or s.words[p].prefix.endswith("ب")) \
                and (acc := next((k for k in range(flags_from - 1, max(-1, p - 26), -1) if s.norms[k] in _ACCUSING), None)) is not None \
                and not any(s.hard_break(k) or s.norms[k] in _CLAUSE_WORDS for k in range(acc + 1, p)):
            hyp = True  # اتهم X، عقب محادثات مع Y، الجزائر بـ«تسليح» Z: the act accused of, past the aside
        if not hyp and tf.pos == "noun" and (sched := next((k for k in range(q, min(len(s.words) - 2, q + 8))
                                                            if s.norms[k] == "من" and s.norms[k + 1] in _SCHEDULED
                                                            and s.norms[k + 2] == "ان"), None)) is not None \
                and not any(s.words[k].punct_before or s.norms[k] in _CLAUSE_WORDS for k in range(q, sched + 1)):
            hyp = True  # جولة ثانية من المحادثات بين البلدين من المقرر أن تعقد: the event is the plan's topic
        if neg and any(f in _ABANDON for k in range(max(cs, p - 4), p) for f in s.words[k].forms):
            neg = hyp = False  # لن تتخلى عن حليفتها: not abandoning affirms the tie
        if neg and rel is Relation.meet and tf.pos == "noun" and p > 0 and not _RESULTED.isdisjoint(s.words[p - 1].forms):
            neg = False  # ولم يسفر الاجتماع عن اتفاق: the meeting was held; its outcome is what is denied
        if not neg and tf.pos == "noun" and rel is not Relation.meet and any(
                s.norms[k] == "عن" for k in range(max(cs, p - 2), p)) and any(
                s.norms[k] in ("لم", "ولم", "لن") and k + 1 < p and not _RESULTED.isdisjoint(s.words[k + 1].forms)
                for k in range(max(cs, p - 12), p - 1)):
            neg, hyp = True, False  # ولم يسفر الاجتماع عن توقيع الاتفاق المنتظر: the outcome that did not come
        if neg and rel is Relation.visit and tf.pos == "noun" and p > 0 and s.norms[p - 1] in _ADVERBIAL:
            neg = False  # نفى أن يكون التقى أحدا خلال زيارته إلى باكو: the visit itself took place
        if not neg and tf.pos == "noun" and p > 0 and (p - 1) in s.covered:
            k = p - 1
            while k >= cs and k in s.covered:
                k = s.covered[k].i - 1  # (لم تستأنف المنامة وطهران علاقاتهما: past the two subjects)
            if k >= 1 and k < p - 2 and s.norms[k - 1] in ("لم", "ولم") and s.norms[k][:1] in "يتن" \
                    and not s.words[k + 1].punct_before:
                neg = True  # لم تستأنف X وY علاقاتهما: the verb's object, denied with it
        if hyp and not neg and rel in (Relation.cooperate, Relation.support) and tf.pos == "noun" \
                and any(s.norms[k] in _RESOLVE for k in range(max(cs, p - 3), p)) \
                and not any(s.norms[k] in ("قد", "سوف") or _future_verb(s, k) for k in range(cs, p)):
            hyp = False  # أكد البلدان عزمهما تعزيز التعاون في المرحلة المقبلة: a pledge made now (NOTES)
        if not hyp and not neg and rel not in (Relation.family, Relation.oppose, Relation.congratulate):
            # (a warning or a threat is made now: حذّر X Y من عواقب إذا رفضت الهدنة)
            for k in range(q, min(len(s.words), p + 10)):
                if s.hard_break(k):
                    break
                if s.norms[k] in _IF or (s.norms[k] == "حال" and s.norms[k - 1] == "في"):
                    hyp = True  # مستعدة لتقديم الدعم لأرمينيا إذا طلبت يريفان ذلك: only on a condition
                    break
        if rel is Relation.agree and tf.pos == "noun" and p > 0 and s.norms[p - 1] in _CARRYING_OUT \
                and (s.norms[p].startswith("ال") or (q < len(s.words) and s.norms[p - 1] != "بنود"
                                                     and not s.words[q].punct_before and (
                    s.norms[q].startswith("ال") or s.norms[q] in _CONSTRUCT_TOPICS))) and not any(
                    s.norms[k] in ("بين", "مع") or s.norms[k].startswith("الموقع")
                    for k in range(q, min(len(s.words), q + 5))):
            # (ضرورة تطبيق اتفاق وقف إطلاق النار: a named agreement, definite by its genitive;
            # but لم يتفقا على بنود اتفاقية الميناء: the terms of a deal still open)
            for a in subj:  # (its sides still stand for a later التدريب المشترك / البلدين)
                for b in obj:
                    _record_pair(s, a, b)
            continue  # آليات تنفيذ الاتفاقية: an agreement already told, carried out, no new one
        if rel is Relation.host and obj and all(m.type is ActorType.organization and m.i > 0 and not _HOSTED_EVENTS.isdisjoint(
                s.words[m.i - 1].forms) for m in obj):
            continue  # قمة منظمة شنغهاي التي تستضيفها الصين: an event hosted, not a guest
        if rel is Relation.host and tf.pos == "verb" and s.norms[p].endswith(("ه", "ها")) \
                and p > 1 and s.norms[p - 1] in _RELATIVE \
                and any(not _HOSTED_EVENTS.isdisjoint(s.words[k].forms) and not any(
                    s.words[x].punct_before for x in range(k + 1, p)) for k in range(max(0, p - 8), p - 1)):
            continue  # المؤتمر الدولي بشأن السودان الذي استضافته بريطانيا: the conference was hosted
        if rel is Relation.meet and tf.pos == "noun" and p > 0 and s.norms[p - 1] in _INSIDE:
            continue  # سينسقان مواقفهما داخل القمة: where they act, not a meeting of theirs
        if rel is Relation.meet and tf.pos == "noun" and s.norms[p].startswith("لل") and any(
                not _STANDING_BODIES.isdisjoint(s.words[k].forms) for k in range(max(cs, p - 3), p)):
            continue  # لإنشاء لجنة مشتركة للمشاورات السياسية: a body's name, no meeting
        if rel is Relation.meet and tf.pos == "noun" and p > 0 and any(
                s.norms[k] in _TO_ARRANGE for k in range(max(cs, p - 5), p)):
            hyp = True  # استعداد بلاده لاستضافة لقاء بين X وY: a meeting offered, not held
        if rel in (Relation.meet, Relation.visit) and tf.pos == "noun" and any(
                not _DOCUMENT_NOUNS.isdisjoint(s.words[k].forms) and any(s.norms[x] in _ABOUT for x in range(k + 1, min(p, k + 3)))
                for k in range(max(cs, p - 6), p - 1)):
            hyp = True  # مذكرة تفاهم بشأن إجراء مشاورات سياسية دورية: what the deal provides for
        if rel is Relation.agree and tf.pos == "noun" and any(
                s.norms[k] in _WORKING_ON and s.norms[k + 1] == "علي" for k in range(max(cs, p - 5), p - 1)):
            hyp = True  # تعملان على إنجاز معاهدة جديدة: a treaty still being worked on
        if not hyp and rel in (Relation.agree, Relation.meet, Relation.visit, Relation.host) and any(
                not _READY.isdisjoint(s.words[k].forms) and k + 1 < len(s.words) and s.norms[k + 1][:1] == "ل"
                and not any(s.words[x].punct_before for x in range(min(k, p) + 1, max(k, p) + 1))
                for k in list(range(max(cs, p - 4), p)) + (list(range(p + 1, min(len(s.words) - 1, p + 7)))
                                                         if rel is Relation.agree else [])):
            # (إعلان X وY استعدادهما لتوقيع المعاهدة: the announcement of a readiness)
            hyp = True  # أعلنتا استعدادهما لتوقيع المعاهدة: ready to sign is not signed (a pledge of
            # support is the support itself; an event is still to come)
        if tf.pos == "noun" and rel in (Relation.agree, Relation.cooperate) and any(
                (s.norms[k] in _ABOUT or (s.norms[k] in _NEGOTIATED_ON and not s.words[k].punct_before))
                and s.words[k - 1].forms[-1] in _NEGOTIATIONS
                for k in range(max(cs + 1, p - 3), p)):
            # (المفاوضات الخاصة باتفاقية التجارة الحرة، التفاوض على اتفاقية)
            hyp = True  # اختتمتا المفاوضات حول اتفاقية الشراكة: the agreement negotiated, not yet signed
        if tf.pos == "noun" and not neg and any(s.norms[k] in _MODAL_ADJECTIVES for k in range(q, min(q + 2, len(s.words)))):
            hyp = True  # الاتفاقيات المحتملة، الزيارة المرتقبة: not yet a fact (unless said not to have come)
        if tf.pos == "noun" and not neg and rel in (Relation.meet, Relation.visit, Relation.host) and any(
                s.norms[k] == "علي" and s.norms[k - 1] in _AGREED for k in range(max(cs + 1, p - 3), p)):
            hyp = True  # اتفق الطرفان على بدء محادثات / على تبادل الزيارات: an event still to come
            # (اتفقا على تعزيز التنسيق: a tie that goes on, as the gold notes read it)
        if tf.pos == "noun" and not neg and p > 0 and s.norms[p - 1] in _ANY:
            hyp = True  # أي تعاون بين البلدين يبقى مشروطا: any such event, none told
        if tf.pos == "noun" and not neg and any(
                s.norms[k] in _ANY and any(s.norms[x] in ("لم", "لن", "ولم", "ولن") for x in range(max(cs, k - 6), k))
                and not any(s.words[x].punct_before or s.norms[x] in _ADVERBIAL for x in range(k, p + 1))
                for k in range(max(cs, p - 4), p)):  # (لم يلتق أي مسؤول خلال زيارته: the visit was made)
            neg, hyp = True, False  # لم يصدر عن الجانبين أي إعلان بشأن اتفاقات: none was told
        if tf.pos == "noun" and p > 0 and (s.norms[p - 1] in _DATE_OF or (
                p > 1 and s.words[p - 2].forms[-1].removeprefix("ال") in _DATE_OF
                and s.norms[p - 1] in _NEW_DATE)):
            neg, hyp = False, True  # لم يُحدَّد بعد موعد زيارة X / الموعد الجديد لزيارة X: planned
        if tf.pos == "noun" and not tf.pronoun and rel in (Relation.meet, Relation.visit, Relation.host) \
                and _date_still_open(s, q):
            neg, hyp = False, True  # أما زيارة X إلى بغداد، فلم يُحدَّد موعدها بعد: planned, undated
        if not neg and tf.pos == "noun" and s.norms[p].startswith("ل") and any(
                s.norms[k] in ("لم", "لن") for k in range(max(cs, p - 6), max(cs, p - 3))):
            neg = True  # لم تتدخل موسكو عسكريا لمساندة طهران: the purpose is denied too
        ceased = _ceasing_verb(s, p) if tf.pos == "noun" else -1
        if ceased >= 0 and not any(s.norms[k] in NEGATORS for k in range(max(cs, ceased - 3), ceased)) and not any(
                s.norms[k] in _RULE_OUT and "ان" in s.norms[k + 1:k + 3] for k in range(max(0, ceased - 4), ceased)):
            # (يستبعد أن تتخلى عن تحالفها مع Z: the ending is ruled out, the tie goes on)
            neg = True  # توقفت X عن دعم Y: the support ended (لم تتوقف: it goes on)
        if any(s.norms[k] in _THE_DOOR and s.norms[k - 1] in _OPENS for k in range(max(cs + 1, p - 3), p)):
            hyp = True  # تفتح الباب لدعم X / يفتح الباب أمام التعاون: makes it possible
        if tf.tense == "present" and q < len(s.words) and s.norms[q] in _DURING_IT \
                and not (p > 0 and s.norms[p - 1] in ("لم", "ولم")):  # (لم يستقبله خلالها: the past, denied)
            hyp = True  # في زيارة يلتقي خلالها X: what the visit is to bring
        if tf.pos == "noun" and hyp and any(s.norms[k] in _PAST_LINK_VERBS for k in range(q, min(q + 2, len(s.words)))
                                            if not s.words[k].punct_before) \
                and (s.norms[q] in _RELATIVE or s.norms[q] in _PAST_LINK_VERBS):
            hyp = False  # ...، بعد سنوات من الزيارة التي قام بها X: a visit told as made
        if tf.pos == "noun" and not hyp and not neg and s.norms[p][:1] == "ب" \
                and any(_future_verb(s, k) for k in range(max(cs, p - 10), p)):
            hyp = True  # ستستضيف / ستنظم مؤتمرا ... بالتعاون مع X: the manner of a future act
        if question and p >= asked_from:
            hyp = True  # a question asserts nothing (هل باتت روسيا تسعى إلى التحالف مع X؟)
        if tf.pos == "noun" and not hyp and not neg and p > 0 and s.norms[p - 1] in ("ان", "بان", "وان") \
                and not s.norms[p].startswith("ال") and not (q < len(s.words) and s.norms[q].startswith("ال")) \
                and any(s.norms[k] in ("قد", "سوف") or (_future_verb(s, k) and k not in s.covered)
                        for k in range(q, min(len(s.words), q + 10))
                        if not any(s.hard_break(x) for x in range(q, k + 1))):
            hyp = True  # قال X إن معاهدة دفاعية بين واشنطن والرياض قد تُعرض: an indefinite noun, a modal
            # clause's subject, is not there yet (but أن التقارب بين X وY قد يُتوَّج / أن اتفاق الدفاع
            # الموقع بين X وY قد يشجع: a definite one is, only its outcome is modal)
        if neg and hyp and tf.pos == "noun" and any(
                s.norms[k] in _CANCELLING for k in range(max(cs, p - 14), p)):
            hyp = False  # ألغى X (past a long name) زيارة كانت مقررة إلى Y: the planned visit that will not happen is denied
        if not hyp and not neg and _answers_condition(s, p):
            hyp = True  # إذا نجحت الحكومة في ...، فإن السعودية ستعود إلى تقديم الدعم: the apodosis
        if tf.pos == "noun" and not hyp and not neg and rel in _EVENTS and _told_as_unsure(s, p, q):
            hyp = True  # زيارة X المرتقبة إلى Y / اعتزام X زيارة Y / تحدثت تقارير عن لقاء: not (yet) so
        if tf.pos == "noun" and rel is Relation.agree and not neg and not s.norms[p].startswith("ال") \
                and (_under_study(s, p, cs) or _studied_after(s, q)):
            hyp = True  # البلدان يدرسان اتفاقا دفاعيا: an agreement under study is not made
        if tf.pos == "noun" and rel is Relation.agree and not neg and p > 1 and not s.words[p].punct_before \
                and "توقيع" not in s.norms[p] and (  # (عقب المحادثات توقيع: the signing after the talks)
                s.words[p - 1].forms[-1] in _NEGOTIATIONS or (
                    s.norms[p - 1] in _ABOUT and s.words[p - 2].forms[-1] in _NEGOTIATIONS
                    and not s.words[p - 1].punct_before)):
            hyp = True  # مسار مفاوضات اتفاقية الشراكة، المفاوضات حول اتفاق: still being negotiated
        if rel is Relation.agree and len(subj) == 1 and subj[0].type is ActorType.organization \
                and obj and all(m.type is ActorType.country for m in obj) \
                and getattr(s.lex.organizations.get(subj[0].actor), "country", None) in s.lex.countries \
                and getattr(s.lex.organizations.get(subj[0].actor), "kind", "") == "government" \
                and any(not _RATIFYING.isdisjoint(s.words[k].forms)
                        for k in [subj[0].i - 1, *range(max(cs, p - 3), p + 1)] if k >= 0):
            # صادق مجلس الدوما الروسي على اتفاقية التعاون مع توغو: the state is bound, not its parliament
            state = s.lex.organizations[subj[0].actor].country
            subj = [Mentioned(subj[0].i, subj[0].j, state, ActorType.country, subj[0].clitic, state)]
        if rel is Relation.family:
            hyp = False  # kinship is a standing fact: نجله X سيزور لندن غدا plans the visit only
            if tf.pos == "noun" and s.words[p].punct_before and s.words[p].punct in ("،", ","):
                neg = False  # نفت X، زوجة Y، أن يكون زوجها قد التقى Z: an aside, not what is denied
        if rel is Relation.ally and tf.pos == "noun" and not tf.pronoun and s.norms[p].startswith("ال") \
                and s.words[p].punct_before and s.words[p].punct in ("،", ",") and p > 0 and (p - 1) in s.covered:
            neg = hyp = False  # وأن إثيوبيا، الحليف التقليدي لجوبا، قد تعيد ...: the epithet is told as fact
        verb = verb_flags.get(rel)
        if verb is not None and isinstance(verb[1], str):  # flags of a verb that found no arguments: now
            verb = verb_flags[rel] = (verb[0], *flags_for(s.norms, verb[0], verb[1], verb[2]))
        if tf.pos == "noun" and verb and (0 < p - verb[0] <= 5 or (
                0 < p - verb[0] <= 30 and _right_after_arguments(s, verb[0] + 1, p))) \
                and s.clause_start(verb[0]) == cs \
                and not any(s.norms[k].removeprefix("و") in _CONTENT_WITH for k in range(max(cs, p - 8), p)) \
                and not tf.pronoun and s.norms[verb[0]] not in _ACCUSE_VERBS and not any(
                    (s.norms[k] in _TIME_CONJ or s.norms[k] in _ADVERBIAL or s.norms[k] in ("منذ", "قبل", "بعد"))
                    and not (k + 1 < p and s.norms[k + 1] in _TIME_SPANS)  # (سيوقعان قبل نهاية العام اتفاقا)
                    and not (s.norms[k] in _ADVERBIAL and p - k >= 2 and tf.entry.relation == "agree")
                    # (يوقع البلدان خلال الزيارة اتفاقا: the adverbial has ended; the document is the verb's)
                    for k in range(verb[0] + 1, p)):
            neg, hyp = verb[1], verb[2]  # دون أن يوقع الجانبان أي اتفاقيات: the verb's object
        elif tf.pos == "noun" and rel is Relation.visit and verb and q < len(s.words) \
                and s.norms[q] in ("له", "لها") and 0 < p - verb[0] <= (
                    24 if "في" in s.norms[max(0, p - 2):p] else 12) \
                and not any(s.hard_break(k) for k in range(verb[0] + 1, p + 1)):
            neg, hyp = verb[1], verb[2]  # سيتوجه إلى الرياض، في أول زيارة له: the same (planned) trip
            # (past a purpose phrase too: سيتوجه إلى صنعاء للقاء قيادات في الجماعة، في أول زيارة له)
        elif tf.pos == "noun" and rel is Relation.visit and (host := verb_flags.get(Relation.host)) is not None \
                and not isinstance(host[1], str) and p > 0 and s.norms[p - 1] == "في" and 0 < p - host[0] <= 16 \
                and not any(s.hard_break(k) for k in range(host[0] + 1, p + 1)) \
                and any(s.norms[k] in _DOING for k in range(q, min(q + 3, len(s.words)))):
            neg, hyp = host[1], host[2]  # سيستقبل X Y، في زيارة يقوم بها إلى مصر: the guest's (planned) trip
        elif tf.pos == "noun" and rel is Relation.visit and verb and p > 0 and s.norms[p - 1] in _TRIP_FRAMES \
                and 0 < p - verb[0] <= 14 and not any(s.hard_break(k) for k in range(verb[0] + 1, p + 1)):
            neg, hyp = verb[1], verb[2]  # يتوجه X الأسبوع المقبل إلى نواكشوط في مستهل جولة: that trip
        elif tf.pos == "verb":
            verb_flags[rel] = (p, neg, hyp)
        elif tf.pos == "noun" and (prev := noun_flags.get(rel)) is not None and 0 < p - prev[0] <= 4 \
                and not any(s.words[k].punct_before for k in range(prev[0] + 1, p + 1)):
            neg, hyp = prev[1], prev[2]  # نفت ... توقيع الكويت والهند اتفاقية: the signing's own document
        if tf.pos == "noun" and any(s.norms[k] in _PLANS for k in range(max(cs, p - 3), p)) \
                and not any(not _PLAN_AGREED.isdisjoint(s.words[k].forms) for k in range(cs, p)):  # (وقّعا: و is the root's)
            hyp = True  # بحث X مع Y خططا روسية لتدريب الجيش: a plan for it, whatever the verb's tense
        if tf.pos == "noun" and rel is Relation.meet and not hyp and p > 0 and s.norms[p - 1] in _ADVERBIAL:
            for v in list(verb_flags.values()):
                if 0 < p - v[0] <= 4 and s.clause_start(v[0]) == cs:
                    if isinstance(v[1], str):
                        v = (v[0], *flags_for(s.norms, v[0], v[1], v[2]))
                    hyp = hyp or v[2]  # سيوقعان خلال القمة: the summit the signing awaits is to come
            # (but اتفق مع Y على خطة لتنسيق الدفاع: the plan is agreed, the cooperation with it)
        if tf.pos == "noun" and not hyp and rel in (Relation.cooperate, Relation.support) \
                and (deal := noun_flags.get(Relation.agree)) is not None and deal[2] and 0 < p - deal[0] <= 8 \
                and any(s.norms[k][:1] == "ل" and k not in s.covered for k in range(max(deal[0] + 1, p - 2), p)) \
                and not any(s.words[k].punct_before for k in range(deal[0] + 1, p + 1)):
            hyp = True  # سيوقعان مذكرة تفاهم لتعزيز التعاون: the purpose of a deal still to be signed
        if tf.pos == "noun":
            noun_flags[rel] = (p, neg, hyp)
        end = max([m.j for m in subj + obj if m.i >= p], default=-1)
        if not hyp and not neg and tf.pos == "noun" and rel in (Relation.cooperate, Relation.ally) \
                and 0 <= end < len(s.words) and not s.words[end].punct_before and _future_verb(s, end):
            hyp = True  # أن الشراكة بين الهند والسعودية ستتعزز خلال زيارة مرتقبة: still to come
        if not hyp and not neg and tf.pos == "noun" and rel is Relation.meet and q + 1 < len(s.words):
            after = q + 1 if s.norms[q] in _THE_TWO_SIDES or s.norms[q] in _PERSON_DUALS else max(
                [m.j for m in subj + obj if m.i >= p and any(m is x for x in s.mentions)], default=-1)
            if 0 <= after < len(s.words) and not s.words[after].punct_before and s.norms[after] in _WILL_COVER:
                hyp = True  # أن محادثات الوزيرين ستتناول التحضير لـ...: talks still to be held
        if not hyp and tf.pos == "noun" and s.norms[p][:1] == "ل" and rel in (Relation.cooperate, Relation.support) \
                and any(f.relation is Relation.agree and f.hypothetical and (0 < p - f.trigger[1] <= 3 or 0 < p - f.trigger[0] <= 2) for f in found):
            hyp = True  # سيوقعان قريبا اتفاقية لتدريب الجيش: what a planned agreement is for
        if not hyp and not neg and tf.pos == "verb" and tf.tense == "present" and p > 0 \
                and s.norms[p - 1] in _WHERE and any(
                    f.relation is Relation.visit and f.hypothetical and not f.negated and f.trigger[0] < p
                    for f in found):
            hyp = True  # يزور X الجزائر الأسبوع المقبل، حيث يلتقي Y: what the planned visit brings
        if tf.pos == "verb" and not neg and p > 1 and s.norms[p - 1] == "ان" and s.norms[p - 2] in ("قبل", "وقبل") \
                and (main := [f for f in found if f.trigger[0] < p and f.relation is not Relation.affiliated_with]):
            hyp = main[-1].hypothetical or (hyp and not FUTURE_TIME.isdisjoint(s.norms[p + 1:p + 4]))
            # من المنتظر أن يلتقي X Y، قبل أن يتوجه إلى Z: as planned as the rest
            # (الذي يزور إيطاليا قبل أن يتوجه غدا إلى مدريد: its own غدا still makes it a plan)
        if hyp and not neg and rel is Relation.agree and tf.pos == "noun" and any(
                s.norms[k] in _SIGNED_BY_OTHERS and not any(s.words[x].punct_before for x in range(q, k + 1))
                for k in range(q, min(q + 4, len(s.words)))):
            hyp = False  # قد تعيد النظر في اتفاقية 1968 الموقعة بين البلدين: the deal was signed; only its review may come
        if not hyp and not neg and rel is Relation.cooperate and tf.pos == "noun" and p > 0 \
                and s.norms[p].removeprefix("ال") in _NORMALIZING and not _DOSSIER.isdisjoint(s.words[p - 1].forms):
            hyp = True  # بحث X مع Y ملف تطبيع العلاقات بين أنقرة ودمشق: a process under talks, not done
        if told:
            neg = hyp = False  # نفت الصين اتهامات أطلقها X: X did accuse
        if force_hyp:
            hyp = True  # (a tour's leg still to come: ستقوده إلى Y)
        elif force_fact and not neg:
            hyp = False  # (يتوجه غدا إلى طهران، في محطة ثانية من جولة استهلها بالدوحة)
        elif hyp and not neg and rel is Relation.support and (
                normalize(entry.past or "") == _STAND or (p > 0 and s.norms[p - 1] in _GOING_ON)
                or (normalize(entry.past or "") == _GAVE and s.norms[p][:1] == "س")) \
                and not any(s.norms[k] in MODALS for k in range(max(cs, p - 6), p)):
            hyp = False  # ستقف إلى جانب X، ستواصل دعم X: a stance of backing, fact (gold NOTES 3)
            # (ستقدم 10 ملايين يورو للوكالة: a pledge by the giver itself, fact too)
        domain = _domain(s, q) if rel is Relation.cooperate else None
        if rel is Relation.cooperate and domain is None and entry.domain:
            domain = Domain(entry.domain)
        if hosted_forces:
            domain = Domain.military
        aside = (rel is Relation.visit and tf.pos == "noun" and q < len(s.words)
                 and s.norms[q] in ("له", "لها")) or (  # في أول زيارة له: an aside on the guest
            # (اتهم X إيران بتزويد الحوثيين ...، وتوعّد الجماعة: the accused act's doer does not
            # go on; the accuser does)
            tf.pos == "noun" and (s.norms[p][:1] == "ب" or (
                # (اتهم X Y بمواصلة تزويد Z ...، وحذّر W: the charge's verbal noun after another)
                p > 0 and s.norms[p - 1][:1] == "ب" and s.norms[p - 1][1:] in s.words[p - 1].forms
                and not s.words[p].punct_before and (p - 1) not in s.covered)) and any(
                s.norms[k] in _ACCUSE_VERBS and (k >= p - 8 or not any(
                    s.words[x].punct_before for x in range(k + 1, p + 1))) for k in range(max(cs, p - 16), p))) or (
            # (اتهمت X الجيش بترحيل ... خلال الأسابيع الماضية بالتنسيق مع Y، ودعت: the charge runs on)
            tf.pos == "noun" and p > 0 and s.norms[p - 1] in _ADVERBIAL and (
                rel is not Relation.host or tf.pronoun
                or any(m.j < p and m.type is ActorType.person for m in s.mentions))) or (
            # خلال زيارة Y: an aside (but جاء ذلك خلال استقبال X Y، حيث بحث معه: no one else
            # acts in the sentence, so X and Y go on)
            tf.pos == "noun" and rel is Relation.meet and p > 1 and s.norms[p - 1] == "في"
            and any(f in _TOOK_PART for k in range(max(0, p - 12), p - 1) for f in s.words[k].forms)
            and not s.words[p - 1].punct_before) or (
            # (شاركت X في الاجتماع المشترك بين A وB، والتقت ...: she goes on, not A)
            getattr(s, "stance_at", None) == p) or (  # (لموقف بريتوريا الداعم لـX: a description, no new doer)
            tf.pos == "verb" and tf.pronoun and p > 0 and s.norms[p - 1] in _RELATIVE
            and s.words[p - 1].punct_before and subj) or (
            # (وصل X، الذي عيّنه Y قبل أسابيع، إلى دمشق ... والتقى Z: X goes on, not Y)
            tf.pos == "verb" and p > 1 and s.norms[p - 1] in _RELATIVE and not s.words[p - 1].punct_before
            and subj and all(m.i > p for m in subj) and (p - 2) not in s.covered and not s.words[p - 2].punct_before and s.norms[p - 2].startswith(
                ("ال", "بال", "وال", "لل"))) or (
            # (دشّن X السد بحضور Y وZ اللذين وصلا إلى ...: the guests' relative clause; X goes on)
            tf.pos == "verb" and p > 1 and s.norms[p - 1] in _RELATIVE and not s.words[p - 1].punct_before
            and (ante := s.covered.get(p - 2)) is not None and ante.j == p - 1
            and ((head := _coordinated_before(s, ante)[0]).i > 0 and (
                s.prep_before(head) or s.norms[head.i - 1] in _IN_PRESENCE))) or (
            # (رحب X بالاتفاق الذي وقعته Y وZ، وأعلن دعمه لـW: the deal's signers describe
            # the deal; X goes on)
            tf.pos == "noun" and subj and all(m.i > p and _subject_of_relative(s, m) for m in subj)
            and (s.norms[p][:1] in ("ب", "ل") or (p > 0 and s.norms[p - 1] in _PREPS))) or (
            # (the noun's own parties, told by that relative clause)
            tf.pos == "noun" and (s.norms[p][:1] == "ب" or s.words[p].prefix == "ب")
            and getattr(s, "last_rel", None) is Relation.congratulate) or (
            # (أشاد X بالدعم التركي ...، فيما ثمّن الدعم القطري: what he praised; X goes on)
            tf.pos == "noun" and subj and all(m.i < len(s.words) and any(m is x for x in s.mentions)
                                              and not _HIS_STATE.isdisjoint(s.words[m.i].forms) for m in subj)) or (
            # (أكد X استعداد بلاده لدعم Y، على أن يتوجه: X goes)
            tf.pos == "noun" and subj and all(p < m.i <= len(s.words) and s.norms[m.i - 1] == "من" for m in subj)) or (
            # (للمشاركة في القمة العربية الصينية، على أن يعقد: the summit's adjective is no doer)
            rel is Relation.meet and tf.pos == "noun" and subj and all(p < m.i <= p + 3 and m.i in s.demonyms
                                                                       for m in subj))
        # (اتهم X الحكومة بتلقي دعم من تركيا ...، وطالبها بالرحيل: the giver after من is no doer who goes on)
        if rel is Relation.visit and subj and all(m.type is ActorType.person for m in subj):
            s.last_visitor = (subj, p)  # (خلال زيارة أجراها X إلى Y التقى خلالها Z: X meets)
        if rel is not Relation.family and not aside:
            told_by_bare_verb = ()
            # (كان في استقباله X: the sentence is about the guest, who goes on: قبل أن يلتقي)
            last_subject = obj if entry.reverse and all(m.type is ActorType.person for m in obj) else subj
            if rel is Relation.host and obj and all(m.type is ActorType.person for m in obj) and (
                    getattr(s, "passive_host_at", None) == p
                    or (tf.pronoun and tf.pos == "verb" and p > 0 and s.norms[p - 1] in _WHERE)):
                last_subject = obj  # وصل X إلى أربيل، حيث استقبله Y، قبل أن يلتقي Z: X goes on
            s.last_object = obj
            s.last_rel = rel
            s.last_pair = subj + obj
            if obj and all(m.type is ActorType.person for m in obj):
                s.last_person_object = obj
        if rel is Relation.agree and not neg:
            # (where the agreement's words end; parties from earlier sentences, as
            # الطرفان, have no place here)
            agreed = (subj, obj, max([q] + [m.j for m in obj if any(m is x for x in s.mentions)]))
        if rel is Relation.agree and not neg and subj and obj and _names_a_loan(s, p, subj + obj):
            # وقع الصندوق الكويتي اتفاقية قرض مع طاجيكستان / وقعت مصر اتفاقية منحة مع البنك
            # الدولي: the lending body supports the state (whichever side names it)
            lenders = [m for m in subj + obj if m.type is ActorType.organization]
            states = [m for m in subj + obj if m.type is ActorType.country]
            if len(lenders) == 1 and states and all(lenders[0].country != m.actor for m in states):
                # (اتفاقيتي قرض مع كل من كينيا وتنزانيا: each borrower)
                found += [Found(lenders[0].actor, Relation.support, m.actor, False, hyp, (p, q), domain=Domain.economic)
                          for m in states]
        if rel is Relation.agree and not neg and subj and obj:
            found += _joint_body(s, subj, obj, max([q] + [m.j for m in subj + obj if m.j <= len(s.words)
                                                           and s.covered.get(m.j - 1) is m]), hyp, (p, q))
            if tf.pos == "verb" and p > 1 and s.norms[p - 1] in _RELATIVE:
                found += _signed_cooperation(s, subj, obj, p - 1, hyp, (p, q))
        if rel is Relation.host and tf.pos == "verb":
            hosted = obj
        if rel is Relation.congratulate and not neg and memory is not None:
            memory["congratulated"] = obj
        for a in subj:
            for b in obj:
                if not Relation(rel).symmetric and rel is not Relation.affiliated_with and (
                        any(x is b for x in s.coordinated(a)) or any(x is a for x in s.coordinated(b))
                        or not {x.actor for x in subj}.isdisjoint(x.actor for x in obj)):
                    continue  # حذرت الصحة العالمية واليونيسف وبرنامج الأغذية من ...: co-doers, not targets
                if rel in (Relation.host, Relation.meet) and (a.sender or b.sender):
                    continue  # استقبل X الوزير Y، الذي نقل إليه رسالة من Z: Z sent, Z was not received
                if not Relation(rel).symmetric and 2 <= a.i < len(s.words) and any(
                        s.norms[k] == _SIDE and s.norms[k - 1] in ("الي", "والي")
                        and not any(s.words[x].punct_before or x in s.covered for x in range(k, a.i))
                        for k in range(max(1, a.i - 4), a.i)) \
                        and any((x.i, x.actor) == (a.i, a.actor) for x in s.mentions):
                    continue  # وأدرجتها على القائمة إلى جانب رئيسها X: X is listed with her, he lists no one
                if rel in (Relation.host, Relation.meet) and b.type is ActorType.organization and _in_title(s, b):
                    continue  # استقبل X نائبة وزير العلاقات الخارجية لكوبا، ...: she was received, not the ministry
                if a.actor == b.actor or not _types_ok(rel, a, b) or _interview(s, rel, a, b) \
                        or _body_session(s, rel, tf, q, a, b) or _serves_body(s, rel, a, b) or (
                        _own_state(rel, a, b, s.lex) and not (rel is Relation.oppose and _names_government(s, b))):
                    # (انتقد X حكومة بلاده / الحكومة اللبنانية: criticism at home is opposition)
                    continue
                if rel in _PAIRING and not neg:
                    _record_pair(s, a, b)  # for a later البلدين
                    if s.memory is not None and all(any(m is x for x in s.mentions) for m in (a, b)) \
                            and (at := _between_at(s, b)) is not None and at == _between_at(s, a):
                        s.memory["between"] = (a, b)  # (اتفاق بين X وY ... اتفق الجانبان: for a later pair word)
                    if rel is Relation.agree and a.type is ActorType.person and b.type is ActorType.person \
                            and s.memory is not None:
                        s.memory["signers"] = (a, b)  # for a later الوزيران
                elif rel is Relation.meet and s.memory is not None and a.type is not ActorType.location \
                        and b.type is not ActorType.location and all(any(m is x for x in s.mentions) for m in (a, b)):
                    # نفت X تقارير عن لقاء جمع وفدا أمريكيا بوفد حوثي ... رجّح أن يلتقي الجانبان: the two
                    # of the denied meeting, not the denier named last
                    s.memory["between"] = (a, b)
                target = b.actor
                if rel is Relation.visit and b.place and (seat := _ENCLAVE_SEATS.get(normalize(b.place))) \
                        and seat in s.lex.countries and any(seat in (m.actor, m.country) for m in s.mentions):
                    target = seat  # دعوة من البابا لزيارة روما: the Holy See, the enclave in Rome
                found.append(Found(a.actor, rel, target, neg, hyp and b.actor != leg_here, (p, q),
                                   role=kin_role(entry.role, s.words[p]) if rel is Relation.family else entry.role,
                                   domain=domain, location=b.place or None))
        if getattr(s, "mutual_at", None) == p:
            # تبادلا التهاني: each congratulates the other
            found += [replace(f, subject=f.object, object=f.subject) for f in found[before_found:]]
            s.mutual_at = None
        if rel in (Relation.meet, Relation.host) and not neg and memory is not None \
                and not (hyp and (held := memory.get("meeting_at")) and held[0] is s.words) \
                and len(found) > before_found and not (
                    len(obj) == 2 and {m.actor for m in obj} == {m.actor for m in memory.get("meeting") or []}) \
                and not (rel is Relation.host and (held := memory.get("meeting_at")) and held[0] is s.words
                         and [m.actor for m in (memory.get("meeting") or [])[1:]] == [m.actor for m in obj]):
            # (استُقبل من قبل الأمير X، وكان في مقدمة مستقبليه ولي العهد Y: X, who received him first, is the side)
            # (X received each of the two who met: the two stay the pair of a later الجانبان)
            # (only a meeting told: اجتماع عقد بحضور Z names no pair that met)
            memory["meeting"] = subj[:1] + obj  # a reception is a meeting too
            if _unread_guest_after(s, obj[-1]) or memory.get("unread_guest") == (id(s.words), p):
                memory["meeting"] = []  # استضاف X وفد Y ووفد <a body no list knows>: the pair is not these two
                memory["unread_guest"] = (id(s.words), p)
            else:
                memory.pop("unread_guest", None)
            memory["meeting_at"] = (s.words, p)  # (talks told before it in its sentence are not its)
            if rel is Relation.host:
                memory["guests"] = list(obj)  # (a later الضيفين: these, never their host)
            if rel is Relation.meet:
                memory["talks"] = subj[:1] + obj  # (the two who held talks, for الزعيمان)
        if rel is Relation.visit and subj and subj[0].type is ActorType.person and not neg \
                and s.memory is not None:
            s.memory["visitor"] = subj[:1]  # for a later كان في استقباله
            visits = [f for f in found[before_found:] if f.relation is Relation.visit]
            if visits:
                s.memory["last_visit"] = visits  # for a later ويرافقه في الزيارة Y
        if len(found) > before_found:
            read.add((p, entry.relation))
        found += _side_relations(s, rel, entry, subj, obj, p, q, neg, hyp)
        if rel is Relation.appoint and not neg and obj:
            found += _appointed_to(s, subj, obj[-1], obj[-1].j, (p, q), hyp)
            for more in _more_appointees(s, obj[-1]):
                # عين X Y سفيرا لدى Z، والسيدة W سفيرة لدى V: W is appointed too
                found.append(Found(subj[0].actor, Relation.appoint, more.actor, neg, hyp, (p, q)))
                found += _appointed_to(s, subj, more, more.j, (p, q), hyp)
        if rel is Relation.congratulate and not neg:
            # هنأ X على تعيينه نائبا لقائد الجيش: X now holds that role
            end = obj[-1].j
            if end + 1 < len(s.words) and s.norms[end] == "علي" and any(
                    f.startswith(_NEW_OFFICE) for f in s.words[end + 1].forms) \
                    and obj[-1].type is ActorType.person:
                found += _appointed_to(s, [], obj[-1], end + 2, (p, q), hyp)
            sworn = next((k for k in range(end, min(len(s.words) - 1, end + 4))
                          if s.norms[k + 1] == "اليمين" and any(
                              f.startswith(normalize("أداء")) or f.startswith(normalize("أدائ"))
                              for f in s.words[k].forms)), None)
            elected = next((k for k in range(end, min(len(s.words) - 1, end + 4))
                            if s.norms[k] in _ELECTED), None)
            named_state = elected is not None and any(
                k in s.at and s.at[k].type is ActorType.country
                and not (s.at[k].j - s.at[k].i == 1 and "جمهوري" in s.norms[k])  # (للجمهورية alone)
                and s.norms[k] not in _THIS_STATE_WORDS for k in range(elected + 2, min(len(s.words), elected + 5)))
            if elected is not None and named_state and obj[-1].type is ActorType.person and sworn is None:
                # (بمناسبة انتخابه رئيسا للجمهورية: no state named, none given)
                # هنأ X Y بمناسبة انتخابه رئيسا لجمهورية كوريا: Y now holds that office
                found += _appointed_to(s, [], obj[-1], elected + 1, (p, q), hyp)
            named_at = next((k for k in range(end, min(len(s.words), end + 4))
                             if s.words[k].forms[-1] in _HIS_APPOINTMENT), None) \
                if obj[-1].type is ActorType.person else None
            if named_at is not None:
                # هنأ X Y بمناسبة تعيينه في المنصب من قبل Z: Z appointed Y
                by = next((k for k in range(named_at + 1, min(len(s.words) - 2, named_at + 6))
                           if s.norms[k] == "من" and s.norms[k + 1] in _BY_AGENT), None)
                appointer = s.at.get(by + 2) if by is not None and not any(
                    s.words[x].punct_before for x in range(named_at + 1, by + 3)) else None
                if appointer is not None and appointer.i == by + 2 and appointer.type is ActorType.person \
                        and appointer.actor != obj[-1].actor:
                    found.append(Found(appointer.actor, Relation.appoint, obj[-1].actor, False, hyp,
                                       (named_at, named_at + 1)))
            if sworn is not None and obj[-1].type is ActorType.person:
                # هنأ X بمناسبة أدائه اليمين الدستورية رئيساً لـ Y: X now holds that office
                k = sworn + 2 + (s.norms[sworn + 2:sworn + 3] == [normalize("الدستورية")])
                found += _appointed_to(s, [], obj[-1], k, (p, q), hyp)
    if "اليمين" in s.forms:
        found += _sworn_in(s)
    if not s.forms.isdisjoint(_LED_BY):
        found += _led_by(s)
    if not s.forms.isdisjoint(_RECALLS):
        found += _envoys_recalled(s)
    if not s.forms.isdisjoint(_FUNDED):
        found += _funded_by(s)
    if not s.forms.isdisjoint(_RECEIVES) and not s.forms.isdisjoint(_AID_NOUNS):
        found += _aid_received(s)
    if not s.forms.isdisjoint(_PROVIDED_BY):
        found += _aid_provided_by(s)
    if not s.forms.isdisjoint(_EXPELS) and not s.forms.isdisjoint(_DIPLOMATS):
        found += _diplomats_expelled(s)
    if not s.forms.isdisjoint(_OFFICES):
        found += _took_office(s)
    if memory is not None and memory.get("meeting") and not s.forms.isdisjoint(_ATTEND_VERBS):
        found += _attended(s, memory["meeting"])
    if memory is not None and memory.get("meeting") and not (
            s.forms.isdisjoint(_MEETING_NOUNS) and s.forms.isdisjoint(_AUDIENCE_NOUNS)
            and s.forms.isdisjoint(_TALK_NOUNS) and _THE_DISCUSSION not in s.forms):
        at = memory.get("meeting_at")
        if not (at and at[0] is not s.words and not s.forms.isdisjoint(_RECEPTION_VERBS)):
            # (واستقبل أمير البلاد الضيفين ...، حيث جرى خلال اللقاء: this sentence's own
            # reception, whose sides went unread; not the one told before)
            found += _meeting_reported(s, memory["meeting"], at[1] if at and at[0] is s.words else 1)
    if memory is not None and memory.get("meeting") and not s.forms.isdisjoint(_ATTENDING):
        found += _joined(s, memory["meeting"])
    if memory is not None and memory.get("meeting") and not s.forms.isdisjoint(_TOOK_PART):
        found += _who_took_part(s, memory["meeting"])
    if not s.forms.isdisjoint(_GATHERS):
        found += _brought_together(s, found)
    if not s.forms.isdisjoint(_WORKS):
        found += _works_with(s, found)
    if not s.forms.isdisjoint(_SIGNED_IT):
        found += _signed_for_side_after(s)
    if any(f.relation is Relation.congratulate and not f.negated for f in found) \
            and not s.forms.isdisjoint(_SUPPORT_THANKED):
        found += _thanked_for_support(s, found)
    if not s.forms.isdisjoint(_CHAIRING):
        found += _co_chaired(s)
    if not s.forms.isdisjoint(_RECEPTION_GIVERS):
        found += _reception_given(s, memory)
    if memory is not None and memory.get("last_visit") and not s.forms.isdisjoint(_ACCOMPANY_VERBS):
        found += _companions_later(s, memory["last_visit"])
    if not s.forms.isdisjoint(_SANCTIONS):
        found += _sanctions_by(s)
    return found, (told_by_bare_verb[0] if told_by_bare_verb else last_subject)


_JOINT_NOUNS = frozenset(normalize(w) for w in (
    "لجنة", "لجان", "دوريات", "قوة", "قوات", "مناورات", "تدريبات", "غرفة", "مركز", "آلية", "مجلس",
    "عمليات", "صندوق", "مشاريع", "مشروع", "استثمارات"))
def _names_a_loan(s: _Sentence, p: int, parties: list[Mentioned]) -> bool:
    """The agreement signed at ``p`` is a loan or a grant (اتفاقية قرض / منحة),
    named before the next party after the verb."""
    after = [m for m in parties if m.i > p]
    start, end = p + 1, min(m.i for m in after) if after else p + 12
    if after and len(after) == len(parties) and end == p + 1:
        # يوقع البنك وحكومة أوزبكستان ثلاث اتفاقيات لتمويل ...: VSO, the parties first
        end = max(m.j for m in after) + 8
    return any(not _LOAN_WORDS.isdisjoint(s.words[k].forms) and k not in s.covered
               for k in range(start, min(end, len(s.words))))


_LOAN_WORDS = frozenset(normalize(w) for w in ("قرض", "منحة", "المنحة", "القرض", "تمويل"))
_EXCHANGE = normalize("التبادل")
_TRADE = frozenset(normalize(w) for w in ("التجاري", "الاقتصادي"))
_JOINT = frozenset(normalize(w) for w in ("مشتركة", "مشترك", "مشتركين", "المشتركة", "المشترك"))


def _joint_body(s: _Sentence, subj: list[Mentioned], obj: list[Mentioned], q: int, hyp: bool,
                trigger: tuple[int, int]) -> list[Found]:
    """اتفق X و Y على تشكيل لجنة أمنية مشتركة / تسيير دوريات مشتركة: a joint
    body or activity agreed on is cooperation between their states."""
    for k in range(q, min(len(s.words), q + 10)):
        if k > q and (s.hard_break(k) or s.norms[k] in _CLAUSE_WORDS):
            return []
        if s.norms[k] == _EXCHANGE and k + 1 < len(s.words) and s.norms[k + 1] in _TRADE:
            # اتفقا على مضاعفة التبادل التجاري بين بلديهما: economic cooperation
            return [Found(a.actor, Relation.cooperate, b.actor, False, hyp, trigger, domain=Domain.economic)
                    for a in _as_states(subj, s) for b in _as_states(obj, s)
                    if a.actor != b.actor and _same_level(s, a, b)]
        if s.norms[k] in _JOINT and k > 0:
            head = next((j for j in range(k - 1, max(q - 1, k - 3), -1)
                         if not _JOINT_NOUNS.isdisjoint(s.words[j].forms)), None)
            if head is None:
                continue
            domain = next((_DOMAINS["ال" + s.norms[j]] for j in range(head + 1, k)
                           if "ال" + s.norms[j] in _DOMAINS), None)
            if any(not _RESUMING.isdisjoint(s.words[j].forms) for j in range(k + 1, min(len(s.words), k + 6))):
                hyp = True  # لجنة مشتركة لبحث آليات استئناف العلاقات: ties still to be restored
            return [Found(a.actor, Relation.cooperate, b.actor, False, hyp, trigger, domain=domain)
                    for a in _as_states(subj, s) for b in _as_states(obj, s)
                    if a.actor != b.actor and _same_level(s, a, b)]
    return []


_COOPERATION = frozenset(normalize(w) for w in ("التعاون", "تعاون", "الشراكة", "شراكة"))
_RESUMING = frozenset(normalize(w) for w in ("استئناف", "تطبيع", "لاستئناف", "لتطبيع"))


def _signed_cooperation(s: _Sentence, subj: list[Mentioned], obj: list[Mentioned], rel_at: int,
                        hyp: bool, trigger: tuple[int, int]) -> list[Found]:
    """بروتوكول التعاون العسكري الذي وقعته القاهرة مع مقديشو: the parties who
    signed a cooperation document cooperate."""
    for k in range(rel_at - 1, max(-1, rel_at - 4), -1):
        if s.words[k + 1].punct_before or k in s.covered:
            return []
        if not _COOPERATION.isdisjoint(s.words[k].forms) and k > 0 \
                and not _DOCUMENT_NOUNS.isdisjoint(s.words[k - 1].forms):
            domain = _domain(s, k + 1)
            return [Found(a.actor, Relation.cooperate, b.actor, False, hyp, trigger, domain=domain)
                    for a in _as_states(subj, s) for b in _as_states(obj, s)
                    if a.actor != b.actor and _same_level(s, a, b)]
    return []


_SOME_MEETING = tuple(normalize(w) for w in ("اجتماع", "لقاء", "مباحثات", "محادثات", "جلسة", "قمة"))


def _who_took_part(s: _Sentence, meeting: list[Mentioned]) -> list[Found]:
    """قال X، الذي شارك في الاجتماع، إن ... (after the meeting just reported): X
    sat in on it, so X, of one side, meets the other side."""
    out: list[Found] = []
    for k in range(1, len(s.words) - 2):
        if s.norms[k] not in ("الذي", "التي") or s.norms[k + 1] not in _TOOK_PART or s.norms[k + 2] != "في" \
                or k + 3 >= len(s.words) or s.norms[k + 3] not in _MEETING_NOUNS:
            continue
        who = s.covered.get(k - 1)
        if who is not None and who.j == k and who.type is ActorType.person:
            # (he took part himself, so whatever his side, he met those of the other sides)
            out += [Found(who.actor, Relation.meet, m.actor, False, False, (k + 1, k + 4)) for m in meeting
                    if m.actor != who.actor and not (who.country and m.country == who.country)]
    return out


def _joined(s: _Sentence, meeting: list[Mentioned]) -> list[Found]:
    """اجتماع موسع بمشاركة X و Y (after the meeting just reported): each of them,
    of one side, meets the other side."""
    out: list[Found] = []
    for k, w in enumerate(s.norms):
        if w not in _ATTENDING or k + 1 >= len(s.words):
            continue
        if not any(s.words[j].forms[-1].startswith(_SOME_MEETING) for j in range(max(0, k - 3), k)):
            continue
        first = s.at.get(k + 1)
        if first is None:
            continue
        for attendee in s.coordinated(first):
            out += _attendee_meets(attendee, meeting, False, False, (k, k + 2))
    return out


_GATHERS = frozenset(normalize(w) for w in ("جمع", "وجمع", "جمعت", "وجمعت", "يجمع", "سيجمع", "تجمع", "ستجمع"))
_GATHERS_TWO = frozenset(normalize(w) for w in (
    "جمعهما", "يجمعهما", "سيجمعهما", "تجمعهما", "ستجمعهما", "وجمعهما", "جمعتهما"))
_GATHERS = _GATHERS | _GATHERS_TWO


def _brought_together(s: _Sentence, found: list[Found]) -> list[Found]:
    """جمع X Y وZ في اجتماع ثلاثي: the host and the guests all met; after
    لقاءين منفصلين مع Y وZ، قبل أن يجمعهما في اجتماع: Y and Z met too.

    >>> # وجمع الرئيس X الرئيس Y ورئيس الوزراء Z في قمة ثلاثية → X, Y, Z met
    """
    out: list[Found] = []
    for k, w in enumerate(s.norms):
        w = w.removeprefix("و") if w not in _GATHERS else w
        if w not in _GATHERS or k + 1 >= len(s.words):
            continue
        if w in _GATHERS_TWO:
            host = None
            met = [f for f in found if f.relation is Relation.meet and f.trigger[0] < k]
            guests = list(dict.fromkeys(f.object for f in met))
            subjects = {f.subject for f in met}
            if len(guests) != 2 or len(subjects) != 1:
                continue
            after = k + 1
        else:
            host = s.at.get(k + 1)
            start = host.j if host is not None else next(
                (x for x in range(k + 2, min(k + 5, len(s.words))) if x in s.at), None)
            if start is None or s.words[k + 1].punct_before or (
                    host is not None and host.type not in (ActorType.person, ActorType.country)) or any(
                    x in s.covered or s.words[x].punct_before for x in range(k + 1, start) if host is None):
                continue  # (سيجمع أمير قطر X وY: a host the article does not name)
            first = s.at.get(start)
            group = s.coordinated(first) if first is not None and not s.words[start].punct_before else []
            if len(group) < 2 or any(m.type not in (ActorType.person, ActorType.country) for m in group):
                continue
            guests = [m.actor for m in group]
            after = group[-1].j
        if not (after + 1 < len(s.words) and s.norms[after] == "في" and not s.words[after].punct_before
                and s.norms[after + 1].startswith(_SOME_MEETING)):
            continue  # (جمع X التبرعات: only a meeting they were brought into)
        neg, hyp = flags_for(s.norms, k, "future" if w.startswith("س") else "past", s.clause_start(k))
        people = ([host.actor] if host is not None else []) + guests
        out += [Found(a, Relation.meet, b, neg, hyp, (k, k + 1))
                for n, a in enumerate(people) for b in people[n + 1:] if a != b]
    return out


_WORKS = frozenset(normalize(w) for w in (
    "تعمل", "يعمل", "ستعمل", "سيعمل", "نعمل", "سنعمل", "تعملان", "يعملان", "ستعملان", "سيعملان",
    "العمل", "للعمل", "بالعمل"))
_TOGETHER = frozenset(normalize(w) for w in ("سويا", "معا", "جنبا", "إلى", "جنب"))  # (جنبا إلى جنب مع)
_WORK_INTENT = tuple(normalize(w) for w in ("حرص", "استعداد", "ضرورة", "أهمية", "مواصلة", "تطلع", "عزم", "رغبة"))
_WORK_PURPOSE = frozenset(normalize(w) for w in ("على", "علي", "من", "في", "بشأن", "لتعزيز", "لتحقيق", "لضمان"))


def _works_with(s: _Sentence, found: list[Found]) -> list[Found]:
    """تعمل مصر مع قطر على وقف إطلاق النار / حرصه على العمل سويا مع Y من أجل:
    working with another state or leader toward an end is cooperation.

    >>> # وقال إن واشنطن ستعمل مع الرياض على تعزيز الأمن → cooperate (planned)
    """
    out: list[Found] = []
    for p, w in enumerate(s.norms):
        if w.removeprefix("و") not in _WORKS or p + 2 >= len(s.words):
            continue
        noun = w.removeprefix("و") in ("العمل", "للعمل", "بالعمل")
        k = p + 1
        subj = None
        if not noun and k in s.at and not s.words[k].punct_before:
            subj = s.at[k]  # تعمل مصر مع قطر
            k = s.coordinated(subj)[-1].j  # تعمل مصر والسعودية معا
        start = k
        while k < len(s.words) and s.norms[k] in _TOGETHER and not s.words[k].punct_before:
            k += 1  # العمل سويا / جنبا إلى جنب مع
        together = k > start
        closely = _work_manner(s, k)
        if closely:
            k += closely  # تعمل بشكل وثيق مع / عن كثب مع / بتنسيق كامل
        if not noun and (w.endswith("ان") or subj is not None) and (together or closely) and (
                k >= len(s.words) or s.norms[k] != "مع" or s.words[k].punct_before):
            out += _working_pair(s, p, subj)  # مصر والسعودية تعملان بتنسيق كامل / معا
            continue
        if k + 1 >= len(s.words) or s.norms[k] != "مع" or s.words[k].punct_before or (
                noun and k == p + 1 and not any(s.norms[x].startswith(_WORK_INTENT) for x in range(max(0, p - 2), p))):
            continue  # (فرص العمل مع: only "together with", or a will to work with, after the noun)
        partner = s.at.get(k + 1)
        if partner is None or partner.type not in (ActorType.person, ActorType.country):
            continue
        group = s.coordinated(partner)
        end = group[-1].j
        if not closely and not any(s.norms[x] in _WORK_PURPOSE or (
                s.norms[x][:1] == "ل" and not s.norms[x].startswith("لل") and s.norms[x][1:2] in ("ت", "ا"))
                for x in range(end, min(end + 2, len(s.words)))):
            continue  # (toward an end: على / من أجل / لتعزيز ...; عمل مع الأمم المتحدة لسنوات is a career)
        if subj is None:
            cs = s.clause_start(p)
            before = [m for m in s.mentions if cs <= m.i and m.j <= p and not s.prep_before(m)
                      and m.type in (ActorType.person, ActorType.country)]
            subj = before[-1] if not noun and before and before[-1].j == p else (
                before[0] if before and not (closely and not noun) else None)
            # (أن الوكالة الفيدرالية تعمل بالتنسيق مع Y: an unread doer, not the clause's first name)
        if subj is None or subj.type not in (ActorType.person, ActorType.country):
            continue
        tense = "noun" if noun else ("future" if w.removeprefix("و")[:1] == "س" else "present")
        neg, hyp = flags_for(s.norms, p, tense, s.clause_start(p))
        doers = [d for d in s.coordinated(subj) if d.type in (ActorType.person, ActorType.country)] \
            if subj is s.at.get(p + 1) else [subj]  # (تعمل مصر والسعودية مع قطر: both work with her)
        out += [Found(d.actor, Relation.cooperate, m.actor, neg, hyp, (p, p + 1))
                for d in doers for m in group if m.actor != d.actor and not (
                    m.country and d.country and m.country == d.country)
                and not _own_state(Relation.cooperate, d, m)]
    return out


# The support one is thanked or praised for: «على دعمها» after the thanked, «بدعم» before.
_SUPPORT_THANKED_FOR = frozenset(normalize(w) for w in (
    "دعمها", "دعمه", "دعمهم", "دعمهما", "مساندتها", "مساندته", "مساندتهم", "وقوفها", "وقوفه", "وقوفهم",
    "مساعدتها", "مساعدته", "مساعداتها", "مساعداته"))
_SUPPORT_PRAISED = frozenset(normalize(w) for w in ("بدعم", "بمساندة", "بمساعدة", "بمساعدات", "بوقوف"))
_SUPPORT_THANKED = _SUPPORT_THANKED_FOR | _SUPPORT_PRAISED
_THANKING_FOR = frozenset(normalize(w) for w in ("علي", "ل", "لـ"))


def _thanked_for_support(s: _Sentence, found: list[Found]) -> list[Found]:
    """شكر X Y على دعمها الثابت / أشاد X بدعم Y وZ لبلاده: the thanked backed the
    thanker's side — the one named after ل, or, when the support has no ل-object,
    the thanker's own state (or the thanker, a state or a body).

    >>> # وشكر الرئيس الغاني الصين على دعمها الثابت → الصين support غانا
    """
    out: list[Found] = []
    have = {(f.subject, f.object) for f in found if f.relation is Relation.support}
    for f in found:
        if f.relation is not Relation.congratulate or f.negated:
            continue
        p, q = f.trigger
        thanker = next((m for m in reversed(s.mentions) if m.actor == f.subject and m.j <= p), None) \
            or next((m for m in s.mentions if m.actor == f.subject and m.i >= q), None)
        thanked = next((m for m in s.mentions if m.actor == f.object and m.i >= q), None)
        if thanker is None or thanked is None or thanker.type is ActorType.location:
            continue
        group = s.coordinated(thanked)
        k = group[-1].j
        if k + 1 < len(s.words) and s.norms[k] in _THANKING_FOR and not s.words[k].punct_before \
                and s.norms[k + 1] in _SUPPORT_THANKED_FOR and not s.words[k + 1].punct_before:
            k += 2  # شكر X Y على دعمها
            givers = group
        elif thanked.i > 0 and s.norms[thanked.i - 1] in _SUPPORT_PRAISED and not s.words[thanked.i].punct_before \
                and (thanked.i - 1 == q or (thanker.i >= q and thanker.j == thanked.i - 1)):
            givers = group  # أشاد X بدعم Y وZ
        else:
            continue
        while k < len(s.words) and k - group[-1].j < 6 and not s.words[k].punct_before and k not in s.at \
                and ((s.norms[k].startswith("ال") and s.norms[k] not in ("الي", "التي", "الذي", "الذين"))
                     or s.norms[k] in _COORDINATION_DEGREE):
            k += 1  # (دعمها المتواصل والثابت)
        to: Mentioned | None = None
        if k < len(s.words) and not s.words[k].punct_before and s.norms[k][:1] == "ل":
            if s.norms[k] not in _TO_HIS_COUNTRY:
                continue  # (على دعمها لجهود الوساطة، لمصر: the trigger's own object, read there)
        elif k < len(s.words) and not s.words[k].punct_before and (
                s.norms[k] == "الي" or (s.norms[k] == "في" and k + 1 in s.at)):
            continue  # (وقوفها إلى جانب المؤسسة العسكرية: someone else backed)
        if thanker.type is ActorType.person:
            if not thanker.country:
                continue
            to = Mentioned(thanker.i, thanker.j, thanker.country, ActorType.country, "", thanker.country)
        else:
            to = thanker
        out += [Found(g.actor, Relation.support, to.actor, f.negated, f.hypothetical, f.trigger)
                for g in givers if g.actor != to.actor and (g.actor, to.actor) not in have
                and g.type in (ActorType.country, ActorType.organization, ActorType.person)
                and not (g.country and g.country == to.actor)]
    return out


_CLOSE_MANNER = {normalize(a): frozenset(normalize(b) for b in bs) for a, bs in (
    ("بشكل", ("وثيق", "مشترك", "منسق")), ("بصورة", ("وثيقة", "مشتركة", "منسقة")),
    ("عن", ("كثب",)), ("يدا", ("بيد",)))}
_COORDINATION_DEGREE = frozenset(normalize(w) for w in ("كامل", "تام", "وثيق", "مستمر", "متواصل", "عال", "مشترك"))


def _work_manner(s: _Sentence, k: int) -> int:
    """How many words at ``k`` say the work is done closely (بشكل وثيق، عن كثب، بتنسيق
    كامل، يدا بيد); 0 when they do not.

    >>> # تعمل واشنطن [بشكل وثيق] مع الرياض → 2
    """
    if k >= len(s.words) or s.words[k].punct_before:
        return 0
    if s.norms[k] in ("بتنسيق", "بالتنسيق"):
        return 2 if k + 1 < len(s.words) and s.norms[k + 1] in _COORDINATION_DEGREE and not s.words[k + 1].punct_before else 1
    then = _CLOSE_MANNER.get(s.norms[k])
    return 2 if then and k + 1 < len(s.words) and s.norms[k + 1] in then and not s.words[k + 1].punct_before else 0


def _working_pair(s: _Sentence, p: int, subj: Mentioned | None) -> list[Found]:
    """مصر والسعودية تعملان بتنسيق كامل / تعمل مصر والسعودية معا: the coordinated
    doers of a dual "work" verb cooperate with each other.

    >>> # وقال إن الجامعة والاتحاد الأفريقي يعملان بتنسيق كامل → cooperate
    """
    group: list[Mentioned] = []
    if subj is not None:
        group = s.coordinated(subj)
    else:
        cs = s.clause_start(p)
        for m in s.mentions:
            if cs <= m.i and m.j <= p and not s.prep_before(m):
                g = s.coordinated(m)
                if g[-1].j == p:
                    group = g
                    break
    group = [m for m in group if m.type in (ActorType.person, ActorType.country, ActorType.organization)]
    if len({m.actor for m in group}) != 2 or len(group) != 2:
        return []
    a, b = group
    if a.country and b.country and a.country == b.country:
        return []
    neg, hyp = flags_for(s.norms, p, "future" if s.norms[p].removeprefix("و")[:1] == "س" else "present",
                         s.clause_start(p))
    return [Found(a.actor, Relation.cooperate, b.actor, neg, hyp, (p, p + 1))]


_CHAIRING = frozenset(normalize(w) for w in ("ترأس", "وترأس", "يترأس", "ويترأس", "ترأسا", "يترأسان", "سيترأس",
                                              "يرأس", "ترأسه",
                                              "ترأست", "وترأست", "تترأس", "وسيترأس", "ستترأس"))
_CHAIRED = frozenset(normalize(w) for w in ("أعمال", "اجتماع", "اجتماعات", "جلسة", "جلسات", "الدورة",
                                             "القمة", "الاجتماع", "اجتماعا", "جلسة"))


def _co_chaired(s: _Sentence) -> list[Found]:
    """ترأس X وY، اليوم، أعمال الدورة العاشرة للجنة: two who chair one session
    together met.

    >>> # ترأس الرئيس X وأمير قطر Y أعمال اللجنة الاستراتيجية العليا → X meet Y
    """
    out: list[Found] = []
    for k, w in enumerate(s.norms):
        if w not in _CHAIRING or k + 1 >= len(s.words) or s.words[k + 1].punct_before:
            continue
        if s.norms[k + 1] == "مع" and (partner := s.at.get(k + 2)) is not None and partner.type is ActorType.person \
                and any(s.norms[x] in _CHAIRED for x in range(partner.j, min(len(s.words), partner.j + 2))):
            # كما ترأس مع نظيره العراقي X اجتماع اللجنة: the clause's doer and X chaired it together
            doer = next((m for m in s.mentions if m.j <= k and m.type is ActorType.person
                         and not s.prep_before(m)), None)
            doer = doer or next((m for m in (s.carried or []) if m.type is ActorType.person), None)
            if doer is not None and doer.actor != partner.actor:
                neg, hyp = flags_for(s.norms, k, "future" if w.startswith("س") else "past", s.clause_start(k))
                out.append(Found(doer.actor, Relation.meet, partner.actor, neg, hyp, (k, k + 1)))
            continue
        first = s.at.get(k + 1)
        doer_id = first.actor if first is not None and first.i == k + 1 and first.type is ActorType.person \
            else None
        with_at = first.j if doer_id else k + 2
        if doer_id is None and s.norms[k + 1] in _STYLE_PRONOUNS:
            doer_id = (_styled_person(s, s.norms[k + 1], k + 1) or (None,))[0]  # كما ترأس سموه مع نظيره Y
        if doer_id and with_at + 1 < len(s.words) and s.norms[with_at] == "مع" \
                and not s.words[with_at].punct_before and (partner := s.at.get(with_at + 1)) is not None \
                and partner.i == with_at + 1 and partner.type is ActorType.person and partner.actor != doer_id \
                and any(s.norms[x] in _CHAIRED for x in range(partner.j, min(len(s.words), partner.j + 2))):
            # ترأس X / سموه مع نظيره Y اجتماع مجلس التنسيق: the two chaired it together
            neg, hyp = flags_for(s.norms, k, "future" if w.startswith("س") else "past", s.clause_start(k))
            out.append(Found(doer_id, Relation.meet, partner.actor, neg, hyp, (k, k + 1)))
            continue
        group = s.coordinated(first) if first is not None else []
        if len(group) < 2 or any(m.type is not ActorType.person for m in group) \
                or len({m.actor for m in group}) < len(group):
            continue
        nxt = group[-1].j
        if nxt < len(s.words) and s.words[nxt].punct_before:
            e = nxt
            while e < len(s.words) and s.norms[e] in _TIME_WORDS and (e == nxt or not s.words[e].punct_before):
                e += 1  # (، اليوم الإثنين،: a time aside)
            nxt = e if e > nxt and e < len(s.words) and s.words[e].punct_before else _after_aside(s, nxt)
        if nxt >= len(s.words) or s.norms[nxt] not in _CHAIRED:
            continue
        neg, hyp = flags_for(s.norms, k, "future" if w.startswith("س") else "past", s.clause_start(k))
        out += [Found(a.actor, Relation.meet, b.actor, neg, hyp, (k, k + 1))
                for n, a in enumerate(group) for b in group[n + 1:]]
    return out


_ACCOMPANY_VERBS = frozenset(normalize(w) for w in ("يرافق", "ويرافق", "رافق", "ورافق", "ترافق", "وترافق",
                                                    "يرافقه", "ويرافقه", "رافقه", "ورافقه", "يرافقها", "ويرافقها"))
_IN_THE_VISIT = frozenset(normalize(w) for w in ("الزيارة", "زيارته", "زيارتها", "الجولة", "جولته", "جولتها"))


def _companions_later(s: _Sentence, last_visits: list[Found]) -> list[Found]:
    """A sentence that opens on "accompanies" after a visit was told (ويرافق جلالة
    الملك في الزيارة X وY): each companion visits the same state.

    >>> # وصل X إلى القاهرة. ويرافق X في الزيارة وزير الخارجية Y → Y visits Egypt
    """
    k = next((x for x in range(min(2, len(s.words))) if not _ACCOMPANY_VERBS.isdisjoint(s.words[x].forms)), None)
    if k is None:
        return []
    during = next((x for x in range(k + 1, min(len(s.words) - 1, k + 8))
                   if s.norms[x] in ("في", "خلال") and s.norms[x + 1] in _IN_THE_VISIT), None)
    if during is None:
        return []
    first = next((m for m in s.mentions if m.i > during + 1), None)
    if first is None or first.type is not ActorType.person or any(
            s.words[x].punct_before for x in range(during + 2, first.i)):
        return []
    return [Found(m.actor, Relation.visit, v.object, v.negated, v.hypothetical, (k, k + 1), location=v.location)
            for m in [first] + _attendee_list(s, first)[1:] if m.type is ActorType.person
            for v in last_visits if m.actor != v.subject and m.country != v.object]


_LAST_STOP = frozenset(normalize(w) for w in ("بمحطة", "ومحطة", "بمحطتها", "بمحطته"))


def _final_stop(s: _Sentence, k: int) -> Mentioned | None:
    """جولة شملت A وB، بمحطة أخيرة في C: the tour's last stop named after its list."""
    if k >= len(s.words) or s.norms[k] not in _LAST_STOP:
        return None
    for x in range(k + 1, min(len(s.words) - 1, k + 3)):
        if s.words[x].punct_before:
            return None
        if s.norms[x] == "في":
            m = s.at.get(x + 1)
            return m if m is not None and m.type in (ActorType.country, ActorType.location) else None
    return None


# خصّه X باستقبال رسمي / مراسم استقبال أقامها له X: X gave him a reception
_SINGLED_OUT = frozenset(normalize(w) for w in ("خصه", "خصها", "خصهم", "خصهما", "وخصه", "وخصها", "خصته"))
_HELD_FOR_HIM = frozenset(normalize(w) for w in ("أقامها", "أقامه", "أقامتها", "أقامته", "نظمها", "نظمه"))
_PRESIDED_IT = frozenset(normalize(w) for w in ("ترأسها", "ترأسه", "وترأسها", "ترأستها"))
_RECEPTION_MASDAR = frozenset(normalize(w) for w in ("استقبال", "واستقبال", "باستقبال", "وباستقبال"))
_RECEPTION_GIVERS = _SINGLED_OUT | _HELD_FOR_HIM | _PRESIDED_IT | _RECEPTION_MASDAR
_RECEPTION_NOUNS = frozenset(normalize(w) for w in ("استقبال", "استقبالا", "باستقبال", "مراسم", "حفل"))


def _reception_given(s: _Sentence, memory: dict | None) -> list[Found]:
    """A reception given to someone: حيث خصّه X باستقبال رسمي, وسط مراسم استقبال
    رسمية أقامها له X. X hosts the one the pronoun names (the person named before).

    >>> # حلّ الرئيس Y بالدار البيضاء، حيث خصّه ولي العهد X باستقبال رسمي → X host Y
    """
    out: list[Found] = []
    for k, w in enumerate(s.norms):
        host = guest = None
        if w in _SINGLED_OUT and (host := s.at.get(k + 1)) is not None and any(
                s.norms[x].startswith(normalize("باستقبال")) for x in range(host.j, min(len(s.words), host.j + 2))):
            pass  # خصّه X باستقبال
        elif w in _HELD_FOR_HIM and k + 2 < len(s.words) and s.norms[k + 1] in _TO_HIM \
                and any(s.norms[x] in _RECEPTION_NOUNS for x in range(max(0, s.clause_start(k) - 1, k - 10), k)):
            host = s.at.get(k + 2)  # مراسم استقبال رسمية أقامها له X / حظي Y باستقبال رسمي ...، أقامه له X
        elif w in _RECEPTION_MASDAR and (host := s.at.get(k + 1)) is not None and host.j < len(s.words) \
                and s.norms[host.j] in _TO_HIM and not s.words[host.j].punct_before:
            pass  # ولا سيما استقبال السلطان X له: X received him
        elif w in _PRESIDED_IT and k + 1 < len(s.words) \
                and any(s.norms[x] in _RECEPTION_NOUNS for x in range(max(0, k - 12), k)):
            host = s.at.get(k + 1)  # أقيمت مراسم استقبال رسمية لـY، ترأسها X
        else:
            continue
        if host is None or host.type is not ActorType.person:
            continue
        noun = max((x for x in range(max(0, k - 12), k) if s.norms[x] in _RECEPTION_NOUNS), default=-9)
        honoured = next((m for m in s.mentions if noun < m.i <= noun + 3 and m.type is ActorType.person
                         and s.prep_before(m) == "ل" and m.j <= k), None)  # (استقبال رسمية لرئيس الوزراء Y)
        guest = honoured or next((m for m in reversed(s.mentions) if m.j <= k and m.type is ActorType.person
                                  and not s.prep_before(m) and m.actor != host.actor), None)
        if guest is None:
            continue
        neg, hyp = flags_for(s.norms, k, "past", s.clause_start(k))
        out.append(Found(host.actor, Relation.host, guest.actor, neg, hyp, (k, k + 1)))
        if memory is not None and not neg:
            memory["meeting"] = [host, guest]  # (وفي مباحثاتهما، أكد الزعيمان: these two)
    return out


_SANCTIONS = frozenset(normalize(w) for w in ("عقوبات", "العقوبات", "بالعقوبات", "للعقوبات", "وعقوبات",
                                               "والعقوبات", "بعقوبات"))
_LIFTING = frozenset(normalize(w) for w in ("رفع", "برفع", "لرفع", "ورفع", "إلغاء", "تخفيف", "بتخفيف",
                                             "رفعت", "ترفع", "سترفع", "يرفع", "رفعها"))


def _sanctions_by(s: _Sentence) -> list[Found]:
    """عقوبات بريطانية وكندية على X / العقوبات الأمريكية على سوريا: the states
    the adjectives name oppose the target (not when the sanctions are lifted).

    >>> # وفرضت عقوبات بريطانية وكندية على الوزير X → UK, Canada oppose X
    """
    out: list[Found] = []
    for k, w in enumerate(s.norms):
        if w not in _SANCTIONS:
            continue
        states, e = [], k + 1
        while e < len(s.words) and not s.words[e].punct_before and (e == k + 1 or s.norms[e][:1] == "و"):
            state = _any_demonym(s, e)
            if state is None:
                break  # (عقوبات بريطانية وكندية: indefinite adjectives too; عقوبات مالية is "financial")
            states.append(state)
            e += 1
        if not states or e + 1 >= len(s.words) or s.norms[e] not in ("علي", "ضد") or s.words[e].punct_before:
            continue
        if any(s.norms[x] in _LIFTING for x in range(max(0, k - 3), k)) or any(
                s.norms[x] in _LIFTING for x in range(e, min(len(s.words), e + 8))):
            continue  # (رفع العقوبات الأمريكية على سوريا / ستُرفع: being lifted)
        target = s.at.get(e + 1)
        if target is None or target.type is ActorType.location:
            continue
        neg, hyp = flags_for(s.norms, k, "noun", s.clause_start(k))
        out += [Found(st, Relation.oppose, t.actor, neg, hyp, (k, e))
                for st in dict.fromkeys(states) for t in s.coordinated(target)
                if t.actor != st and t.country != st]
    return out


_HELD = {normalize(w) for w in ("جرى", "جرت", "وجرى", "وجرت", "تم", "وتم", "خلال", "وخلال",
                                 "تناول", "وتناول", "تناولت", "وتناولت", "بحث", "وبحث", "ناقش",
                                 "وناقش", "استعرض", "واستعرض", "تطرق", "وتطرق", "شهد", "وشهد",
                                 "يتطرق", "ويتطرق", "يتناول", "ويتناول", "تتناول",
                                 "عقد", "وعقد", "انعقد", "وانعقد")}  # (ولم يتطرق اللقاء إلى / وعُقد اللقاء: it was held)


_GRANTED = {normalize(w) for w in ("يتسن", "يتسنى", "تسنى", "أتيح", "يتاح", "أمكن", "يمكن", "تيسر", "يتيسر")}
def _right_after_arguments(s: _Sentence, k: int, p: int) -> bool:
    """Only mentions (with مع, after خلالها, and a time aside set off by commas)
    stand between ``k`` and ``p``: يوقع X ونظيره Y، خلال الأسبوع الجاري، مذكرة تفاهم → the
    verb's object."""
    while k < p and (k in s.covered or (k + 1 < p and not s.words[k + 1].punct_before and (
            s.norms[k] == "مع" and (k + 1) in s.covered or s.norms[k] in _DURING_IT))):
        k = s.covered[k].j if k in s.covered else k + 1  # (يوقع خلالها مع نظيره Y مذكرة: his partner, then it)
    return k == p or (k < p and s.words[k].punct_before and _after_aside(s, k) == p)


_APPROXIMATES = {normalize(w) for w in ("تقارب", "يقارب", "تناهز", "يناهز")}
_NUMBER_WORDS = {normalize(w) for w in ("مليار", "مليون", "ألف", "الف", "مئة", "مائة", "نحو", "حوالي",
                                        "عشرة", "عشرين", "ثلاثين", "أربعين", "خمسين", "مئات", "آلاف")}
_CANCELLING = {normalize(w) for w in ("ألغى", "ألغت", "وألغى", "وألغت", "إلغاء", "بإلغاء", "ألغي", "وألغي")}
_STUDYING = {normalize(w) for w in (
    "يدرس", "تدرس", "يدرسان", "تدرسان", "يدرسون", "درس", "درسا", "درست", "دراسة", "بدراسة", "يبحث", "يبحثان",
    "تبحث", "تبحثان", "بحث", "بحثا", "بحثت", "يناقش", "يناقشان", "تناقش", "تناقشان", "ناقش", "ناقشا",
    "يتفاوض", "يتفاوضان", "تتفاوض", "تتفاوضان", "يعكف", "تعكف", "يعكفان")}
_EVENTS = frozenset({Relation.visit, Relation.meet, Relation.host})
_INTENDING_NOUNS = frozenset(normalize(w) for w in ("اعتزام", "عزم", "نية", "باعتزام", "بعزم", "بنية"))
_RUMOURS = frozenset(normalize(w) for w in (
    "تقارير", "التقارير", "أنباء", "الأنباء", "انباء", "معلومات", "شائعات", "تكهنات", "تسريبات", "روايات"))


def _answers_condition(s: _Sentence, p: int) -> bool:
    """Word ``p`` is in the answer (فإن ...) of a condition opened by إذا / لو
    earlier in the sentence, however long the condition."""
    then = next((k for k in range(p - 1, max(-1, p - 20), -1)
                 if s.norms[k] in ("فان", "فانه", "فانها") and s.words[k].punct_before), None)
    if then is None or any(s.hard_break(x) for x in range(then + 1, p + 1)):
        return False
    return any(s.norms[x] in _IF for x in range(max(0, then - 30), then))


def _told_as_unsure(s: _Sentence, p: int, q: int) -> bool:
    """An event noun told as awaited (زيارة X المرتقبة إلى Y), intended (اعتزام X
    زيارة Y) or only reported (تحدثت تقارير عن لقاء جمع X بـY): not a fact."""
    k = q
    if k < len(s.words) and (m := s.at.get(k)) is not None and m.i == k:
        k = m.j  # (the visitor named in the genitive)
    if k < len(s.words) and not s.words[k].punct_before and s.norms[k] in _AWAITED:
        return True
    before = p - 1
    if before >= 0 and (m := s.covered.get(before)) is not None:
        before = m.i - 1  # (اعتزام الرئيس التونسي قيس سعيد زيارة: past the intender)
    if before >= 0 and s.norms[before] in _INTENDING_NOUNS:
        return True
    if p >= 2 and s.norms[p - 1] == "عن" and any(s.norms[x] in _RUMOURS for x in range(max(0, p - 7), p - 1)):
        return True
    return False


def _under_study(s: _Sentence, p: int, cs: int) -> bool:
    """The noun at ``p`` is the object of a verb of studying or discussing, with
    only its subject between (بحث الوزيران التركي والسوري اتفاقا)."""
    for k in range(p - 1, max(cs, p - 9) - 1, -1):
        if s.norms[k].removeprefix("و") in _STUDYING:
            return True
        if not (k in s.covered or s.norms[k] in _THE_TWO_SIDES or k in s.demonyms) or s.words[k + 1].punct_before:
            return False
    return False


def _studied_after(s: _Sentence, q: int) -> bool:
    """A relative clause right after the noun ending at ``q`` says it is under
    negotiation or study (صفقة المقاتلات التي تتفاوض عليها الرياض منذ سنوات).

    >>> # اتفاقية التجارة الحرة التي يجري التفاوض بشأنها → True
    """
    for k in range(q, min(len(s.words) - 1, q + 4)):
        if s.words[k].punct_before and k > q:
            return False
        if s.norms[k] in _RELATIVE:
            verb = s.norms[k + 1]
            return verb in _STUDYING or verb.removesuffix("ها") in _STUDYING or (
                verb in _UNDER_WAY and k + 2 < len(s.words) and s.words[k + 2].forms[-1] in _NEGOTIATIONS)
    return False


_UNDER_WAY = frozenset(normalize(w) for w in ("يجري", "تجري", "جرى", "جرت"))


_READY = {normalize(w) for w in ("استعداد", "استعداده", "استعدادها", "استعدادهما", "استعدادهم", "مستعد",
                                 "مستعدة", "مستعدون", "مستعدان", "مستعدتان", "جاهزية", "جاهزة", "جاهز")}
_NEGOTIATIONS = {normalize(w) for w in ("مفاوضات", "المفاوضات", "محادثات", "المحادثات", "مباحثات", "المباحثات",
                                        "التفاوض", "مشاورات", "المشاورات", "نقاشات", "النقاشات")}
_RESULTED = {normalize(w) for w in ("أسفر", "يسفر", "تسفر", "أسفرت", "أفضى", "يفض", "يفضي", "تفضي", "أفضت",
                                     "تمخض", "يتمخض", "تتمخض", "تمخضت", "أثمر", "يثمر", "تثمر", "أثمرت",
                                     "ينتج", "تنتج", "نتج")}
_AFTER_IT = {normalize(w) for w in ("بعد", "وبعد", "عقب", "وعقب", "إثر", "وإثر")}
_EXPECTED_ADJ = {normalize(w) for w in ("المرتقب", "المرتقبة", "المقرر", "المقررة", "المنتظر", "المنتظرة",
                                         "المزمع", "المزمعة", "المقبل", "المقبلة")}
# (زيارة X المرتقبة / المحتملة إلى Y: an event told as awaited)
_AWAITED = frozenset(_EXPECTED_ADJ | {normalize(w) for w in ("المرتقبين", "المحتملة", "المحتمل", "المفترضة", "المفترض")})


def _meeting_reported(s: _Sentence, meeting: list[Mentioned], start: int = 1) -> list[Found]:
    """After a reception, وجرى اللقاء / وتناول اللقاء / خلال اللقاء: there was a
    meeting, so host and guest met (gold NOTES 1); and بحضور X: X, of one side,
    meets the other. ``start``: past the reception when it is in this sentence
    (وعقد الوزيران جلسة مباحثات ...، قبل أن يستقبل الرئيس الضيف: other talks)."""
    out: list[Found] = []
    for k in range(max(1, start), len(s.words)):
        audience = (s.norms[k] in _AUDIENCE_NOUNS and s.norms[k - 1] in _HELD and k + 1 < len(s.words)
                    and s.norms[k + 1] in _TALK_NOUNS) or (  # وجرى خلال الاستقبال / المقابلة استعراض العلاقات
            # استقبل X Y ...، حيث جرى بحث العلاقات الثنائية: the reception held talks
            s.norms[k] in _TALK_NOUNS and s.norms[k - 1] in _HELD and k > 1 and s.norms[k - 2] == normalize("حيث")) or (
            # استقبل X Y، وتناول البحث الأوضاع الأمنية: "the discussion dealt with"
            s.norms[k] == _THE_DISCUSSION and s.norms[k - 1].removeprefix("و") in _DISCUSSED
            and s.words[k - 1].punct in ("،", ",", "."))
        after = s.norms[k - 1] in _AFTER_IT and not (
            k + 1 < len(s.words) and not s.words[k + 1].punct_before and s.norms[k + 1] in _EXPECTED_ADJ)
        if not audience and ((s.norms[k] not in _MEETING_NOUNS and s.norms[k] != _THE_AUDIENCE) or not (
                s.norms[k - 1] in _HELD or after or (k + 1 < len(s.words) and s.norms[k + 1] in _DISCUSSED)
                or s.norms[k - 1] in _ATTEND_VERBS)):  # (وحضر اللقاء X: the reception was a meeting)
            continue  # (وجرى اللقاء / بأن اللقاء تناول / وأعلن X بعد اللقاء: there was a meeting)
        pair = meeting[:2]
        _, hyp = flags_for(s.norms, k, "noun", s.clause_start(k))
        if hyp:
            break  # على أن تتناول المحادثات ...: talks still to come tell no meeting held
            # (but ولم يتطرق اللقاء إلى ...: a topic left out of a meeting that was held)
        if len(pair) == 2 and pair[0].actor != pair[1].actor and all(
                m.type is ActorType.person for m in pair):
            out.append(Found(pair[0].actor, Relation.meet, pair[1].actor, False, False, (k - 1, k + 1)))
        for j in range(k + 1, min(len(s.words) - 1, k + 12)):
            # (وجرى خلال المقابلة استعراض العلاقات بين البلدين، بحضور X: further on, after the topic)
            if s.norms[j] in _ATTENDING and (j <= k + 3 or s.words[j].punct in ("،", ",")):
                for attendee in _attendee_list(s, _attendee_after(s, j)):
                    out += _attendee_meets(attendee, meeting, False, False, (j, j + 2))
                break
        break
    return out


def _attendee_meets(attendee: Mentioned, parties: list[Mentioned], neg: bool, hyp: bool,
                    trigger: tuple[int, int]) -> list[Found]:
    """A person who sat in on a meeting meets its other side: the parties whose
    state is not theirs (nobody when their side is unknown: a minister بحضور is
    as often the guest's as the host's)."""
    if attendee.type is not ActorType.person:
        return []
    parties = [m for m in parties if m.actor != attendee.actor]
    own = [m for m in parties if attendee.country and m.country == attendee.country]
    parties = [m for m in parties if m.type is not ActorType.country]
    # (القمة بين مصر واليونان وقبرص بمشاركة X: a man who takes part meets no state)
    if not own and attendee.country and len(parties) >= 2 and all(
            m.type is ActorType.person and m.country and m.country != attendee.country for m in parties) \
            and len({m.country for m in parties}) == len(parties):
        # وعقد الوزيران اللبناني والسوري اجتماعا بحضور الأمير خالد: a third state's man
        # who sat in meets both sides
        return [Found(attendee.actor, Relation.meet, b.actor, neg, hyp, trigger) for b in parties]
    return [Found(attendee.actor, Relation.meet, b.actor, neg, hyp, trigger)
            for b in parties if own and b not in own]


def _attendee_after(s: _Sentence, k: int) -> Mentioned | None:
    """Who بحضور at word ``k`` names: the mention right after it, or one after a
    first office set off by a comma (بحضور وزير الدولة، وزير الشؤون الخارجية X).

    >>> # وجرى اللقاء بحضور وزير الدولة، وزير الخارجية أحمد عطاف → Attaf
    """
    if (k + 1) in s.at:
        return s.at[k + 1]
    if k + 1 >= len(s.words) or s.norms[k + 1] not in _FIRST_OFFICES:
        return None
    for x in range(k + 2, min(len(s.words), k + 5)):
        if s.words[x].punct_before:
            m = s.at.get(x)
            return m if s.words[x].punct in ("،", ",") and m is not None and m.type is ActorType.person else None
        if x in s.covered:
            return None
    return None


# Offices that open a holder's first title before a comma and his second (وزير الدولة، وزير ...).
_FIRST_OFFICES = frozenset(normalize(w) for w in ("وزير", "وزيرة", "نائب", "مستشار", "مستشارة"))


def _attendee_list(s: _Sentence, first: Mentioned | None) -> list[Mentioned]:
    """بحضور X، وY، وZ: the attendees, the first and those joined after it."""
    out = [first] if first is not None else []
    while out and len(out) < 5:
        nxt = s.at.get(out[-1].j)
        if nxt is None and out[-1].type is ActorType.person:
            nxt = s.past_unnamed_office(out[-1].j)  # (بحضور X ووزير الخارجية واللواء Y)
        if nxt is None or not s.joined(nxt) or s.hard_break(nxt.i):
            break
        out.append(nxt)
    return out


_DISCUSSED = {normalize(w) for w in ("تناول", "تناولت", "بحث", "ناقش", "استعرض", "تطرق", "ركز",
                                      "تركز", "شهد")}
_SEARCHING = {normalize(w) for w in ("بحثا", "بحث")}
# Kin nouns with a possessive pronoun (نجله، ابنته، شقيقيه، والده): the relative
# they introduce is named right after them.
_KIN_POSSESSED = {normalize(w) for w in (
    "نجله", "نجلها", "ابنه", "ابنها", "ابنته", "ابنتها", "كريمته", "كريمتها", "شقيقه", "شقيقها",
    "شقيقته", "شقيقتها", "شقيقيه", "شقيقيها", "نجليه", "نجليها", "ابنيه", "ابنيها", "زوجته",
    "زوجها", "عقيلته", "حرمه", "صهره", "حفيده", "والده", "والدها", "والدته", "والدتها", "ووالده", "ونجله")}
_BY_VIRTUE = {normalize(w) for w in ("بموجبه", "بموجبها", "بمقتضاه", "بمقتضاها")}
_DOING = {normalize(w) for w in ("يقوم", "تقوم", "قام", "قامت", "سيقوم", "ستقوم")}
_AN_OFFICIAL = {normalize(w) for w in ("مسؤول", "مسؤولة", "وزير", "وزيرة", "رئيس", "رئيسة", "زعيم", "دبلوماسي")}
_SHE_HE_THAT = {normalize(w) for w in ("إنه", "إنها", "أنه", "أنها", "بأنه", "بأنها")}
_VERB_NEGATORS = {normalize(w) for w in ("لم", "لن", "لا", "لما")}
_INTENDING = {normalize(w) for w in ("يعتزم", "تعتزم", "ينوي", "تنوي", "يخطط", "تخطط", "سيبحث", "ستبحث",
                                     "يأمل", "تأمل", "يرغب", "ترغب")}  # (قال X إنه يأمل زيارة طهران: a hope, X's)
# Looking forward or striving to (تتطلع بلاده إلى توقيع اتفاقية مع Y): the subject's plan.
_LOOKING_TO = {normalize(w) for w in ("يتطلع", "تتطلع", "نتطلع", "يتطلعان", "تتطلعان", "يسعى", "تسعى",
                                      "نسعى", "يسعيان", "تسعيان")}
_EXCEPT = {normalize(w) for w in ("سوى", "إلا", "الا")}
# What stands right before a verb whose doer is the main clause's (بعد أن كان قد التقى، قبل أن يلتقي)
_DONE_BEFORE = {normalize(w) for w in ("أن", "قد", "كان")}
# تموّل X جزءا كبيرا من إعادة إعمار Y: a part of what the object names
_PARTITIVES = {normalize(w) for w in ("جزء", "جزءا", "جانب", "جانبا", "قسم", "قسما", "معظم", "نصف", "ثلث",
                                      "ربع", "كامل")}
_HASTENED = {normalize(w) for w in ("سارع", "سارعت", "يسارع", "تسارع", "بادر", "بادرت", "يبادر", "تبادر",
                                    "وسارع", "وسارعت", "وبادر", "وبادرت")}
_THAT_WAS = {normalize(w) for w in ("وذلك", "ذلك", "وجاء", "وجاء ذلك", "جاء")}
_CALLING = _CALLING_FOR - {normalize(w) for w in ("وطالب", "وطالبت", "مطالبين")}
# (وطالب عون الجانب الأميركي بالضغط: that verb's own subject stands first after it)
_INTENT_BEFORE_AN = {w for w in _INTENDING if w[:1] != "س"} | {normalize(w) for w in (
    "يرجح", "يرجّح", "يتوقع", "تتوقع", "يُتوقع", "يأمل", "تأمل", "يعتزمان",
    "يريد", "تريد", "يسعى", "تسعى", "يستعد", "تستعد", "قرر", "قررت", "يقرر", "تقرر")}
_SINCE_AFTER = {normalize(w) for w in ("بعد", "عقب", "منذ", "إثر")}
_TO_BE = {normalize(w) for w in ("يكون", "تكون", "يكونا", "تكونا", "يكونوا")}
_BUT_HE = {normalize(w) for w in ("لكنه", "لكنها", "ولكنه", "ولكنها")}
_DATE_OF = {normalize(w) for w in ("موعد", "موعدا", "تاريخ", "توقيت")}
_GUESSING = {normalize(w) for w in ("مرجحا", "مرجحة", "متوقعا", "متوقعة", "مرجحين", "متوقعين")}
_SAYING_PARTICIPLES = {normalize(w) for w in (
    "مؤكدا", "مؤكدة", "مؤكدين", "مشيرا", "مشيرة", "مضيفا", "مضيفة", "معتبرا", "معتبرة", "موضحا",
    "موضحة", "لافتا", "لافتة", "مشددا", "مشددة", "معربا", "معربة", "مبينا", "مبينة", "نافيا", "نافية")}
# (متهما واشنطن بالضغط على X: the act one is accused of keeps its own flags)
_BROUGHT_TOGETHER = {normalize(w) for w in ("جمعه", "جمعها", "جمعهما", "يجمعه", "سيجمعه", "جمعته")}
_JOINED_HIM = {normalize(w) for w in ("ضمه", "ضمها", "ضمهما", "ضمته")}  # (past only, as جمعه)
_WARNING = {normalize(w) for w in ("حذر", "حذرت", "يحذر", "تحذر", "وحذر", "وحذرت", "محذرا", "محذرة", "تحذير")}
_SINCE_RESUMING = {normalize(w) for w in ("استئناف", "عودة", "تطبيع", "إقامة", "إرساء", "تأسيس")}  # (after منذ, below)
_STAND = normalize("وقف")
_GOING_ON = {normalize(w) for w in ("ستواصل", "سيواصل", "تواصل", "يواصل", "ستستمر", "سيستمر", "ستظل",
                                     "سيظل", "ستبقى", "سيبقى")}
_NEW_DATE = {normalize(w) for w in ("الجديد", "المحدد", "المقرر", "النهائي")}
_ITS_DATE = {normalize(w) for w in ("موعدها", "موعده", "موعدهما", "تاريخها", "توقيتها", "توقيته")}
_FIXED = {normalize(w) for w in ("يحدد", "تحدد", "يتحدد", "يعلن", "يعلن عن", "يكشف", "يتم تحديد", "يضرب")}


def _date_still_open(s: "_Sentence", q: int) -> bool:
    """The event named before has no date yet: ...، فلم يُحدَّد موعدها بعد /
    لم يُعلن موعدها (the pronoun on موعد points back to it).

    >>> # أما زيارة الرئيس X إلى بغداد، فلم يحدد موعدها بعد → a planned visit
    """
    for k in range(q, min(len(s.words), q + 14)):
        if s.hard_break(k) and k > q and s.words[k].punct not in ("،", ","):
            return False
        if s.norms[k] in _ITS_DATE or any(f in _ITS_DATE for f in s.words[k].forms):
            before = s.norms[max(q, k - 3):k]
            return any(w in NEGATORS or w.lstrip("ف") in NEGATORS for w in before) \
                and any(w in _FIXED for w in before)
    return False
# (متهما واشنطن بالضغط على X: the act one is accused of keeps its own flags)
_CARDS = frozenset(normalize(w) for w in ("ورقة", "أوراق", "ورقتي"))  # (ورقة ضغط: leverage held)
_PLAYING_CARDS = frozenset(normalize(w) for w in (
    "استخدم", "استخدمت", "يستخدم", "تستخدم", "استخدام", "وظف", "وظفت", "يوظف", "توظف", "توظيف",
    "لوح", "لوحت", "يلوح", "تلوح", "التلويح", "لعب", "لعبت", "يلعب", "تلعب", "استعمل", "يستعمل", "تستعمل"))
_ACCUSE_VERBS = {normalize(w) for w in ("اتهم", "اتهمت", "يتهم", "تتهم", "واتهم", "واتهمت", "متهما",
                                        "متهمة", "متهمين", "اتهما", "اتهموا")}
_PARTICIPLES = {normalize(w) for w in (
    "متهما", "متهمة", "متهمين", "محذرا", "محذرة", "محذرين", "منتقدا", "منتقدة", "منتقدين",
    "مشيدا", "مشيدة", "مشيدين", "مثمنا", "مثمنة", "مثمنين")}
_CIRCUMSTANTIAL = {normalize(w) for w in (
    "مؤكدا", "مؤكدة", "مؤكدين", "معربا", "معربة", "معربين", "مجددا", "مجددة", "مشددا", "مشددة",
    "مشيرا", "مشيرة", "معلنا", "معلنة", "مبديا", "مبدية", "معتبرا", "معتبرة")}
_DESCRIBING_HIM = {normalize(w) for w in ("واصفا", "واصفة", "واصفين", "معتبرا", "معتبرة", "معتبرين")}
_TO_HIS_COUNTRY = {normalize(w) for w in ("لبلاده", "لبلادها")}
_AVAILING = {normalize(w) for w in ("مستفيدا", "مستفيدة", "مستفيدين", "مستغلا", "مستغلة", "مستندا", "مستندة")}
_SITES = {normalize(w) for w in (
    "قاعدة", "مخيم", "منطقة", "مدينة", "معبر", "ميناء", "مقر", "مصنع", "منشأة", "مستشفى",
    "موقع", "جامعة", "مطار", "سفارة", "قنصلية", "معسكر",
    "مسجد", "جامع", "كنيسة", "كاتدرائية", "متحف", "معبد", "ضريح")}  # (زار X مسجد الاستقلال في جاكرتا)
_HE_HELD = {normalize(w) for w in ("أجراها", "عقدها", "أجرتها", "عقدتها", "يجريها", "سيجريها")}
_GATHERED = {normalize(w) for w in ("جمع", "جمعت", "يجمع", "سيجمع", "ضم", "ضمت", "يضم")}
_EXERCISES = {normalize(w) for w in ("مناورات", "المناورات", "تدريبات", "التدريبات", "تمرين", "التمرين",
                                      "تمارين", "التمارين", "تدريب", "التدريب")}
_WITH_HIM = {normalize(w) for w in ("معه", "معها")}
_UNNAMED_OFFICIALS = {normalize(w) for w in ("مسؤولين", "مسؤولا", "مسؤولي", "ممثلين", "دبلوماسيين",
                                             "نوابا", "مبعوثين")}
_PARTNERSHIPS = _COOPERATION | {normalize(w) for w in ("العلاقات", "علاقات")}
_CALLED = {normalize(w) for w in ("وصفه", "وصفته", "وصفها", "سماه", "سمته", "سماها", "اعتبره", "اعتبرته",
                                  "يصفه", "تصفه", "يسميه", "تسميه")}
_RESOLVING = {normalize(w) for w in ("إنهاء", "انهاء", "حل", "تسوية", "احتواء", "تجاوز", "وقف", "خفض")}
_BILATERAL = {normalize(w) for w in ("ثنائية", "الثنائية", "ثنائي", "الثنائي", "مغلقة", "المغلقة")}
_ROUNDS_OF = {normalize(w) for w in ("جلسة", "جلسات", "جولة", "جولات", "سلسلة")}  # (جلسة مباحثات، سلسلة لقاءات: talks held in a session)
_WITH_HIM_AND = {"و" + w for w in _WITH_HIM}  # (X، ومعه نجله Y: Y goes along with X)
# A state's stance or policy, held by the actor named after it (موقف بريتوريا الداعم لـ...).
_STANCES = {normalize(w) for w in ("موقف", "الموقف", "مواقف", "سياسة", "سياسات", "توجه", "خطاب")}
_SIDE = normalize("جانب")
# A change in a stance (التحول في موقف باريس): the stance's holder is what is criticized.
_SHIFTS = {normalize(w) for w in ("التحول", "التحوّل", "التغير", "التغيير", "التبدل", "التراجع", "التشدد",
                                  "الانحياز", "التصعيد", "تحول", "تغير", "تغيير", "تراجع")}
_STANCES_HELD = _STANCES | {normalize(w) for w in ("السياسة", "السياسات", "المواقف", "التوجه", "الخطاب")}
_SIGNED_BY_OTHERS = {normalize(w) for w in ("الموقع", "الموقعة", "المبرم", "المبرمة")}
_THE_LATTER = {normalize(w) for w in ("الأخير", "الأخيرة")}
_TOOK_PLACE = {normalize(w) for w in ("جرى", "وجرى", "تم", "وتم", "جري")}
_HOLDING = {normalize(w) for w in ("عقد", "عقدت", "يعقد", "تعقد", "سيعقد", "ستعقد", "أجرى", "أجرت",
                                   "يجري", "تجري", "سيجري", "ستجري")}
# Relations whose verbal noun takes its doer as the genitive (زيارة X، دعم X):
# condemning the act opposes the doer.
# Verbal nouns of harming someone: their genitive is the victim (اغتيال X).
_HARMED = frozenset(normalize(w) for w in (
    "اغتيال", "باغتيال", "مقتل", "بمقتل", "استهداف", "باستهداف", "اعتقال", "باعتقال",
    "احتجاز", "باحتجاز", "اختطاف", "باختطاف", "إعدام", "بإعدام", "قتل", "بقتل", "تصفية",
    "بتصفية", "سجن", "بسجن", "ترحيل", "بترحيل", "طرد", "بطرد"))


def _named_agent(s: _Sentence, start: int) -> list[Mentioned]:
    """من قبل Y / على يد Y within the act's phrase: its doer."""
    for k in range(start + 1, min(len(s.words) - 1, start + 10)):
        if s.hard_break(k) or s.norms[k] in _CLAUSE_WORDS:
            return []
        if (s.norms[k] in _BY_AGENT and s.norms[k - 1] == "من") or (s.norms[k] == "يد" and s.norms[k - 1] == "علي"):
            m = s.at.get(k + 1)
            return [m] if m and m.type is not ActorType.location else []
    return []


_DOERS_ACTS = frozenset({"visit", "support", "agree", "cooperate", "ally"})
_APPEALS = {normalize(w) for w in ("دعا", "حث")}
_PARTIES = {normalize(w) for w in ("الأطراف", "الفرقاء", "الطرفين", "الجانبين", "أطراف", "طرفي",
                                    "كافة", "جميع", "كل")}
_SWEAR = {normalize(w) for w in ("أدى", "أدت", "يؤدي", "تؤدي", "وأدى", "وأدت", "سيؤدي", "ستؤدي")}


def _sworn_in(s: _Sentence) -> list[Found]:
    """أدى X اليمين الدستورية رئيساً لـ Y / رئيساً للبلاد: X holds the office sworn into."""
    out: list[Found] = []
    for k, w in enumerate(s.norms):
        if w != "اليمين":
            continue
        v = next((i for i in range(k - 1, max(-1, k - 14), -1) if s.norms[i] in _SWEAR), None)
        if v is None:
            continue
        person = next((m for m in s.mentions if v < m.i < k and m.type is ActorType.person
                       and not s.prep_before(m)), None) or next(
            (m for m in reversed(s.mentions) if m.j <= v and m.type is ActorType.person), None)
        if person is None:
            continue
        role = k + 1 + (k + 1 < len(s.words) and s.norms[k + 1] == normalize("الدستورية"))
        out += _appointed_to(s, [], person, role, (v, v + 1), False)
    return out


_SIMILAR = {normalize(w) for w in ("مماثلة", "مماثلتين", "مماثلا", "مماثل", "مماثلتان")}
# (وبعث X برقية تعزية مماثلة: a similar condolence, not the congratulation before it)
_CONDOLENCES = {normalize(w) for w in ("تعزية", "عزاء", "مواساة", "تعازي", "التعزية", "العزاء")}
_ATTEND_VERBS = {normalize(w) for w in ("حضر", "حضرت", "وحضر", "وحضرت", "حضره", "وحضره", "حضرها", "حضرته")}
_STYLE_OPENERS_REL = _STYLE_WORDS | {normalize(w) for w in ("السيد", "السيدة")}


def _named_after_attended(s: _Sentence, k: int) -> Mentioned | None:
    """Who الذي حضره (at ``k``) names: the mention right after it, or after a style
    the mention left out (حضره السيد X)."""
    if k + 1 >= len(s.words):
        return None
    return s.at.get(k + 1) or (s.at.get(k + 2) if s.norms[k + 1] in _STYLE_OPENERS_REL else None)
_THE_DISCUSSION = normalize("البحث")
_AUDIENCE_NOUNS = {normalize(w) for w in ("الاستقبال", "المقابلة")}
_THE_AUDIENCE = normalize("المقابلة")  # (وقال Y عقب المقابلة: the audience granted was a meeting)
_TALK_NOUNS = {normalize(w) for w in ("استعراض", "بحث", "مناقشة", "التباحث", "تبادل")}
_MEETING_NOUNS = {normalize(w) for w in (
    "اللقاء", "الاجتماع", "المحادثات", "المباحثات", "القمة", "اللقاءات", "الاجتماعات",
    "محادثات", "مباحثات")}  # (وعقب محادثات استمرت ساعتين: after the reception's talks)


_SESSIONS = frozenset(normalize(w) for w in ("الجلسة", "المشاورات", "المقابلة", "الاستقبال"))  # (وحضر الجلسة X، حضر الاستقبال X)


def _attended(s: _Sentence, meeting: list[Mentioned]) -> list[Found]:
    """وحضر اللقاء X: X meets the other side of the meeting just reported
    (the side whose state is not X's; every party when X's side is unknown)."""
    out: list[Found] = []
    for k, w in enumerate(s.norms):
        relative = w in _ATTENDED_IT and k > 1 and s.norms[k - 1] in ("الذي", "التي") \
            and s.norms[k - 2] in _MEETING_NOUNS  # (خلال اللقاء، الذي حضره X: the meeting he sat in on)
        if w not in _ATTEND_VERBS or k + 2 >= len(s.words) or (
                not relative and s.norms[k + 1] not in _MEETING_NOUNS and s.norms[k + 1] not in _SESSIONS):
            continue
        attendee = _named_after_attended(s, k) if relative else s.at.get(k + 2)
        if attendee is None or attendee.type is not ActorType.person:
            continue
        parties = [m for m in meeting if m.actor != attendee.actor
                   and (not relative or m.type is ActorType.person)]  # (a guest we read only as a state: none)
        own = [m for m in parties if attendee.country and m.country == attendee.country]
        for b in ([m for m in parties if m not in own] if own else []):
            out.append(Found(attendee.actor, Relation.meet, b.actor, False, False, (k, k + 2)))
    return out


_OFFICES = {normalize(w) for w in ("رئاسة", "قيادة", "زعامة", "رئاسه", "رئاسة")}
_TAKING = {normalize(w) for w in (
    "استلام", "تسلم", "تسلمه", "استلامه", "تولي", "توليه", "تولى", "تسلم", "استلم", "فوز",
    "فوزه", "فاز", "انتخاب", "انتخابه", "انتخب", "عودة", "عودته", "وصول", "وصوله")}


def _took_office(s: _Sentence) -> list[Found]:
    """استلام ترامب لرئاسة أمريكا / فوز X برئاسة Y / تولى X رئاسة Y: X now
    holds that office of Y."""
    out: list[Found] = []
    for k, w in enumerate(s.words):
        if k < 2 or not any(f in _OFFICES for f in w.forms):
            continue
        office = s.at.get(k + 1)
        if office is None or office.type not in (ActorType.country, ActorType.organization) \
                or s.words[k + 1].punct_before:
            continue
        holder = s.covered.get(k - 1)
        if holder is None or holder.type is not ActorType.person or s.words[k].punct_before:
            continue
        if not any(f in _TAKING for f in s.words[holder.i - 1].forms) if holder.i > 0 else True:
            continue
        out.append(Found(holder.actor, Relation.affiliated_with, office.actor, False, False,
                         (k, k + 1)))
    return out


_LED_BY = {normalize(w) for w in (
    "برئاسة", "بقيادة", "يقوده", "تقوده", "يقودها", "يتزعمه", "يتزعمها", "تتزعمه", "يرأسه",
    "يرأسها", "ترأسه", "ترأسها", "ويقوده", "وتقوده", "ويرأسه", "ويرأسها", "وبرئاسة", "وبقيادة",
    "بزعامة", "وبزعامة", "يترأسه", "يترأسها", "ويترأسه", "ويترأسها", "تترأسه")}


_RECALLS = frozenset(normalize(w) for w in (
    "سحب", "سحبت", "يسحب", "تسحب", "استدعاء", "استدعى", "استدعت", "يستدعي", "تستدعي", "وسحب", "واستدعاء",
    "باستدعاء", "بسحب", "طرد", "طردت", "استدعي", "أبلغ", "وطرد"))
_ENVOY_WORDS = ("سفير", "سفرا", "القايم", "السفير")
_WITHDRAWALS = frozenset(normalize(w) for w in (
    "سحب", "سحبت", "يسحب", "تسحب", "بسحب", "وسحب", "ستسحب", "سيسحب", "طرد", "طردت", "وطرد", "تطرد", "يطرد"))
_POSTED_AT = frozenset(normalize(w) for w in ("لدى", "من", "في"))
_ACCREDITED = frozenset(normalize(w) for w in ("المعتمد", "المعتمدة", "المعتمدين", "المعتمدون", "بالاعمال"))
_IN_PROTEST = frozenset(normalize(w) for w in ("للتشاور", "احتجاجا", "احتجاج", "باحتجاج", "ردا", "ردًا"))


def _envoys_recalled(s: _Sentence) -> list[Found]:
    """A state recalling its own envoy from Y (سحب / استدعاء سفيرها لدى Y للتشاور)
    protests against Y; an envoy of Y expelled or summoned in the passive (طُرد
    السفير السويدي من العراق) is the host state's protest against Y. Both are
    diplomatic pressure, ``oppose`` (ONTOLOGY).

    >>> # أعلنت تشيلي استدعاء سفيرها لدى إسرائيل للتشاور → oppose(Chile, Israel)
    """
    out: list[Found] = []
    if s.forms.isdisjoint(_IN_PROTEST) and s.forms.isdisjoint(_WITHDRAWALS):
        return out  # (استدعاء السفير alone may be routine; withdrawing or "for consultation" is not)
    for k, w in enumerate(s.words[:-2]):
        if _RECALLS.isdisjoint(w.forms):
            continue
        e = k + 1
        after_verb = s.at.get(k + 1)  # لن تسحب مصر سفيرها: VSO, the doer between
        if after_verb is not None and after_verb.type is ActorType.country and not s.prep_before(after_verb):
            e = after_verb.j
        if e >= len(s.words) - 1:
            continue
        envoy = s.words[e].norm
        if not envoy.startswith(_ENVOY_WORDS) and not s.words[e].forms[-1].startswith(_ENVOY_WORDS):
            continue
        cs = s.clause_start(k)
        own = envoy.endswith(("ها", "ه", "هم", "هما")) and not envoy.startswith("ال")
        at = e + 1
        while at < len(s.words) and s.norms[at] in _ACCREDITED:
            at += 1
        if own:
            # سحب سفيرها من X / استدعاء سفرائها المعتمدين لدى X: the owner protests against X
            if at + 1 >= len(s.words) or s.norms[at] not in _POSTED_AT or (at + 1) not in s.at:
                continue
            targets = [m for m in s.coordinated(s.at[at + 1]) if m.type in (ActorType.country, ActorType.location)]
            targets = [Mentioned(m.i, m.j, m.country or m.actor, ActorType.country, "", m.country or m.actor)
                       if m.type is ActorType.location else m for m in targets]
            subject = [after_verb] if e > k + 1 else _clause_subject(s, k, cs)
            if not subject and cs > 0 and s.norms[k][:1] in "وف" or not subject and s.norms[cs][:1] in "وف":
                # وردت الجزائر بالمثل، فأعلنت سحب سفيريها: the sentence's subject goes on
                subject = [m for m in s.mentions if m.j <= k and not s.prep_before(m)
                           and m.type in (ActorType.country, ActorType.organization)][:1]
            doers = _coordinated_before(s, subject[0]) if subject else []
        else:
            # طُرد السفير السويدي من العراق (no doer before the verb): Iraq expels Sweden's envoy
            if any(m.j <= k and m.i >= cs and not s.prep_before(m) and m.type is not ActorType.location
                   and not m.place for m in s.mentions):
                continue
            state = next((h.ref for f in s.words[e + 1].forms for h in s.lex.phrases.get((f,), ())
                          if h.kind == "demonym"), None) if e + 1 < len(s.words) else None
            named = s.at.get(e + 1)  # استُدعي سفير جنوب أفريقيا لدى المملكة المغربية
            if state is None and named is not None and named.type is ActorType.country:
                state, at = named.actor, named.j
            elif state is None:
                state, at = next(((h.ref, end) for end in range(min(len(s.words), e + 4), e + 1, -1)
                                  for h in s.lex.phrases.get(tuple(x.norm for x in s.words[e + 1:end]), ())
                                  if h.kind == "actor" and h.ref in s.lex.countries), (None, at))
            else:
                at = at + 1
            if state is None or at >= len(s.words) or s.norms[at] not in _POSTED_AT or (at + 1) not in s.at:
                continue
            host = s.at[at + 1]
            targets = [Mentioned(e + 1, e + 2, state, ActorType.country, "", state)]
            doers = [Mentioned(host.i, host.j, host.country or host.actor, ActorType.country, "",
                               host.country or host.actor)] if host.type in (ActorType.country, ActorType.location) else []
        tense = "noun" if w.forms[-1].startswith(("است", "سحب")) and len(w.forms[-1]) > 5 else "past"
        neg, hyp = flags_for(s.norms, k, tense, cs)
        out += [Found(d.actor, Relation.oppose, t.actor, neg, hyp, (k, k + 2))
                for d in doers for t in targets
                if d.type in (ActorType.country, ActorType.organization) and d.actor != t.actor]
    return out


_SUMMONS = frozenset(normalize(w) for w in ("استدعى", "طرد"))  # (the trigger entries' past forms)
_EXPELS = frozenset(normalize(w) for w in (
    "طرد", "طردت", "يطرد", "تطرد", "وطرد", "وطردت", "بطرد", "ستطرد", "سيطرد"))
_DIPLOMATS = frozenset(normalize(w) for w in (
    "دبلوماسيين", "دبلوماسيا", "دبلوماسي", "دبلوماسيون", "الدبلوماسيين", "موظفين", "موظفا",
    "ملحقا", "الملحق", "دبلوماسيي"))
_CONSULAR = frozenset(normalize(w) for w in ("قنصليا", "قنصليين", "قنصلي", "دبلوماسيا", "دبلوماسيين"))


def _diplomats_expelled(s: _Sentence) -> list[Found]:
    """طردت X (ثلاثة) دبلوماسيين روس / قررت X طرد دبلوماسي فرنسي: expelling a
    state's diplomats is pressure on that state (``oppose``), the expelling state
    the doer of the verb or of the decision that governs the verbal noun.

    >>> # طردت ليتوانيا ثلاثة دبلوماسيين روس → oppose(Lithuania, Russia)
    """
    out: list[Found] = []
    for k, w in enumerate(s.words[:-2]):
        if _EXPELS.isdisjoint(w.forms):
            continue
        vso = s.at.get(k + 1)  # لن تطرد ألمانيا دبلوماسيين إيرانيين
        vso = vso if vso is not None and not s.prep_before(vso) and vso.type is not ActorType.location else None
        first = vso.j if vso is not None else k + 1
        d = next((x for x in range(first, min(len(s.words) - 1, first + 4))
                  if not s.words[x].punct_before and not _DIPLOMATS.isdisjoint(s.words[x].forms)), None)
        if d is None or s.words[d + 1].punct_before or any(x in s.covered for x in range(first, d)):
            continue
        if d + 2 < len(s.words) and s.norms[d + 1] in _CONSULAR and not s.words[d + 2].punct_before:
            d += 1  # موظفا قنصليا جزائريا
        state = _people_demonym(s, d + 1)
        if state is None:
            continue
        cs = s.clause_start(k)
        subject = [vso] if vso is not None else _clause_subject(s, k, cs)
        if not subject:
            # قررت ليتوانيا طرد ...: the doer of the verb that governs the noun
            gov = next((x for x in range(k - 1, max(cs - 1, k - 6), -1) if x not in s.covered), None)
            after = s.at.get(gov + 1) if gov is not None else None
            subject = [after] if after is not None and after.j <= k and not s.prep_before(after) else []
        doers = [m for m in subject if m.type in (ActorType.country, ActorType.organization)
                 or (m.type is ActorType.person and m.country)]
        tense = "noun" if w.forms[-1] == normalize("طرد") and k > 0 and (k - 1) not in s.covered \
            and not s.words[k - 1].norm.startswith("و") else "past"
        neg, hyp = flags_for(s.norms, k, tense, cs)
        out += [Found(m.actor, Relation.oppose, state, neg, hyp, (k, d + 2))
                for m in doers if (m.country or m.actor) != state]
    return out


_VISIT_ADJECTIVES = frozenset(normalize(w) for w in (
    "مرتقبة", "المرتقبة", "رسمية", "الرسمية", "مقبلة", "المقبلة", "محتملة", "المحتملة", "أولى", "الأولى",
    "تاريخية", "التاريخية", "سابقة", "السابقة", "خاصة", "الخاصة", "عمل", "دولة", "مماثلة"))
# A standing body for talks (لجنة مشتركة للمشاورات السياسية): its name, no meeting held.
_STANDING_BODIES = frozenset(normalize(w) for w in ("لجنة", "اللجنة", "لجان", "آلية", "الآلية", "مجلس"))
_TIME_SPANS = frozenset(normalize(w) for w in ("نهاية", "مطلع", "بداية", "منتصف", "حلول", "انتهاء", "أواخر",
                                              "أوائل", "موعد"))
# Events a state or city hosts (قمة منظمة شنغهاي التي تستضيفها الصين): no guest received.
_HOSTED_EVENTS = frozenset(normalize(w) for w in ("قمة", "مؤتمر", "اجتماع", "اجتماعات", "منتدى", "دورة", "بطولة",
                                                 "القمة", "المؤتمر", "الاجتماع", "الاجتماعات", "المنتدى", "الدورة",
                                                 "معرض", "المعرض", "ملتقى", "الملتقى"))
_THAT = frozenset(normalize(w) for w in ("أن", "بأن", "إن"))
_EXPECTED = frozenset(normalize(w) for w in ("توقع", "وتوقع", "توقعت", "وتوقعت"))
_ENVOY_HEADS = frozenset(normalize(w) for w in ("سفير", "السفير", "القائم", "قائم", "سفيرة", "السفيرة"))
_EMBASSY = frozenset(normalize(w) for w in ("سفارة", "بسفارة", "لسفارة"))


def _envoy_state(s: _Sentence, k: int) -> list[Mentioned]:
    """The state whose envoy stands at ``k``: سفير فرنسا، القائم بالأعمال في
    سفارة فرنسا (the genitive of the envoy or of his embassy, never the state
    he is posted to after لدى)."""
    if k >= len(s.words) or s.norms[k] not in _ENVOY_HEADS:
        return []
    for x in range(k + 1, min(len(s.words), k + 5)):
        if s.words[x].punct_before:
            break
        if s.norms[x - 1] in _ENVOY_HEADS or s.norms[x - 1] in _EMBASSY:
            for end in range(min(len(s.words), x + 3), x, -1):
                state = next((h.ref for h in s.lex.phrases.get(tuple(w.norm for w in s.words[x:end]), ())
                              if h.kind == "actor" and h.ref in s.lex.countries), None)
                if state and not any(s.words[y].punct_before for y in range(x + 1, end)):
                    return [Mentioned(x, end, state, ActorType.country, "", state)]
    return []


_FUNDED = frozenset(normalize(w) for w in (
    "بتمويل", "وبتمويل", "ممول", "ممولة", "الممول", "الممولة", "والممول", "والممولة", "ممولا", "الممولين"))
_JOINTLY = frozenset(normalize(w) for w in ("مشترك", "مشتركا", "كامل", "جزئي", "كلي",
                                             # (عقد الرئيسان قمة ثلاثية مع Z: the pair, together, with Z)
                                             "ثلاثية", "ثلاثيا", "رباعية", "رباعيا", "موسعة", "موسعا",
                                             "مغلقة", "مغلقا"))
_FUNDER_TYPES = (ActorType.country, ActorType.organization)


def _place_between(s: _Sentence, k: int) -> bool:
    """Word ``k`` belongs to a place phrase (في القاهرة) between a noun and its مع."""
    if s.norms[k] == "في" and (m := s.at.get(k + 1)) is not None:
        return bool(m.place) or m.type is ActorType.location
    m = s.covered.get(k)
    return m is not None and (bool(m.place) or m.type is ActorType.location) and s.norms[m.i - 1] == "في"


def _funded_by(s: _Sentence) -> list[Found]:
    """بتمويل (مشترك) من X (وY)، دشنت Z محطة / مشروع ممول من X في Z: X funds
    what Z builds — financial support of Z (a person stands for his state).

    >>> # بتمويل من الصندوق السعودي للتنمية، دشنت طاجيكستان محطة → support(fund, Tajikistan)
    """
    out: list[Found] = []
    for k, w in enumerate(s.words[:-2]):
        if _FUNDED.isdisjoint(w.forms):
            continue
        at = k + 1
        while at < len(s.words) - 1 and s.norms[at] in _JOINTLY and not s.words[at].punct_before:
            at += 1
        if s.norms[at] != "من" or s.words[at].punct_before or (at + 1) not in s.at:
            continue
        funders = [m for m in s.coordinated(s.at[at + 1]) if m.type in _FUNDER_TYPES]
        if not funders:
            continue
        cs = s.clause_start(k)
        if k <= 1 and any(s.words[x].punct_before and s.words[x].punct in ("،", ",")
                          for x in range(funders[-1].j, min(len(s.words), funders[-1].j + 1))):
            # (fronted: بتمويل من X، دشنت Z ...: the doer of the main clause after the comma)
            after = funders[-1].j
            verb_end = next((x for x in range(after, min(len(s.words), after + 4)) if x in s.covered), None)
            doer = [s.covered[verb_end]] if verb_end is not None and not s.prep_before(s.covered[verb_end]) else []
        else:
            doer = _clause_subject(s, k, cs)
        where = next((s.at[x + 1] for x in range(funders[-1].j, min(len(s.words) - 1, funders[-1].j + 3))
                      if s.norms[x] == "في" and (x + 1) in s.at and s.at[x + 1].type is ActorType.country), None)
        recipients = [where] if where is not None else _as_states(doer, s)
        # (a state or one of its bodies; a body of many states that carries the
        # project out is no recipient of it)
        recipients = [m for m in recipients if (m.type is ActorType.country or (
            m.type is ActorType.organization and m.country))
                      and all(m.actor != f.actor and m.actor != f.country for f in funders)]
        if not recipients:
            continue
        flags = [flags_for(s.norms, x, "past", cs) for x in (k, doer[0].i, doer[0].j) if doer
                 and x < len(s.words)] or [flags_for(s.norms, k, "noun", cs)]
        neg, hyp = any(f[0] for f in flags), any(f[1] for f in flags)
        out += [Found(f.actor, Relation.support, r.actor, neg, hyp, (k, at + 1))
                for f in funders for r in recipients[:1]]
    return out


# حظي X بدعم من Y: "enjoyed" backing, received like aid
_ENJOYED = frozenset(normalize(w) for w in ("حظي", "حظيت", "يحظى", "تحظى", "وحظي", "وحظيت"))
_RECEIVES = frozenset(normalize(w) for w in (
    "تلقى", "تلقت", "يتلقى", "تتلقى", "يتلق", "تتلق", "تسلم", "تسلمت", "يتسلم", "تتسلم", "استلم", "استلمت",
    "يستلم", "تستلم", "حصل", "حصلت", "يحصل", "تحصل", "سيحصل", "ستحصل", "وتلقى", "وتلقت", "وتسلم",
    "وتسلمت", "واستلم", "واستلمت", "وحصل", "وحصلت")) | _ENJOYED
_BACKING = frozenset(normalize(w) for w in ("دعم", "دعما", "بدعم"))
_AID_NOUNS = frozenset(normalize(w) for w in (
    "منحة", "منحا", "قرض", "قرضا", "قروض", "قروضا", "مساعدات", "مساعدة", "مساهمة", "مساهمات", "دعم",
    "دعما", "تمويل", "تمويلا", "وديعة", "ودائع", "هبة", "شحنة", "شحنات", "أسلحة", "معدات", "لقاحات",
    "إمدادات", "تسهيلات", "تسهيلا", "تسهيل", "ائتمان", "ائتمانا", "قرضين"))


def _past_relative_aside(s: _Sentence, cs: int, p: int) -> int:
    """Where the flags of word ``p`` are read from: the main clause's start when the
    clause at ``cs`` is a relative aside closed by «، أن» before ``p``, else ``cs``.

    >>> # ونفى X، الذي يعد من حلفاء طهران، أن تكون Y تتلقى أي تمويل → the start of ونفى
    """
    if cs > 1 and s.norms[cs] in _RELATIVE and s.words[cs].punct in ("،", ",") \
            and (closed := next((k for k in range(cs + 1, p) if s.words[k].punct_before), None)) is not None \
            and s.norms[closed] in ("ان", "بان") and s.words[closed].punct in ("،", ",") \
            and not any(s.words[k].punct_before for k in range(closed + 1, p + 1)):
        return s.clause_start(cs - 1)
    return cs


def _aid_received(s: _Sentence) -> list[Found]:
    """تلقى / تسلم / حصل على X منحة (بقيمة ...) من Y: Y supports X — the
    receiver is the verb's doer, the giver follows من.

    >>> # حصلت مصر على قرض بقيمة مليار دولار من البنك الدولي → support(World Bank, Egypt)
    """
    out: list[Found] = []
    for k, w in enumerate(s.words[:-3]):
        if _RECEIVES.isdisjoint(w.forms):
            continue
        cs = s.clause_start(k)
        receiver = s.at.get(k + 1)
        start = k + 1
        if receiver is None and s.words[k].forms[-1] == normalize("تلقي") and s.words[k].punct == "" \
                and (k + 1) not in s.covered and _AID_NOUNS.isdisjoint(s.words[k + 1].forms):
            continue  # ما تردد عن تلقي "صمود" أي تمويل: the verbal noun's receiver is no actor we know
        if receiver is not None and not s.prep_before(receiver) and receiver.type is not ActorType.location:
            start = receiver.j  # تلقى الأردن منحة من ...
            receivers = [receiver]
        elif k > 0 and s.norms[k - 1] in _SHE_HE_THAT:
            receivers = _clause_subject(s, k - 1, cs)  # أعلن البرنامج أنه تسلم مساهمة من ...
        elif s.norms[k][:1] == "ب" and (accused_at := next((x for x in range(k - 1, max(cs, k - 20) - 1, -1)
                                                             if s.norms[x] in _ACCUSING), None)) is not None:
            # اتهم X الحكومة بتلقي دعم من Y: the accused received it, not the accuser
            receivers = [m for m in s.mentions if accused_at < m.i and m.j <= k][-1:]
        else:
            receivers = _clause_subject(s, k, cs)
        aid = giver = None
        for x in range(start, min(len(s.words) - 1, start + 12)):
            if x > start and (s.hard_break(x) or s.norms[x] in _CLAUSE_WORDS):
                break
            if aid is None and not _AID_NOUNS.isdisjoint(s.words[x].forms) and x not in s.covered:
                aid = x
            if aid is not None and x > aid and s.norms[x] == "من" and (x + 1) in s.at:
                giver = s.at[x + 1]
                break
        if aid is None or giver is None or giver.type is ActorType.location:
            continue
        backing = not _BACKING.isdisjoint(s.words[aid].forms) and bool(receivers) \
            and receivers[0].type is ActorType.person and not _ENJOYED.isdisjoint(w.forms)
        receivers = receivers if backing else _as_states(receivers, s)
        neg, hyp = flags_for(s.norms, k, "past", _past_relative_aside(s, cs, k))
        out += [Found(g.actor, Relation.support, m.actor, neg, hyp, (k, aid + 1))
                for g in s.coordinated(giver) if g.type is not ActorType.location
                for m in receivers[:1] if (m.type in (ActorType.country, ActorType.organization) or backing)
                # (حظي المرشح X بدعم من Y: political backing of a man)
                and m.actor != g.actor and m.actor != g.country]
    return out


_PROVIDED_BY = frozenset(normalize(w) for w in ("مقدمة", "المقدمة", "مقدم", "المقدم", "مقدمه", "المقدمه"))
_RELIEF_NOUNS = _AID_NOUNS | frozenset(normalize(w) for w in (
    "إغاثية", "إغاثة", "سفينة", "قافلة", "طائرة", "جسر", "الإغاثية", "الإغاثة", "إنسانية"))


def _aid_provided_by(s: _Sentence) -> list[Found]:
    """سفينة إغاثية ... مقدمة من X للشعب السوداني / إلى Y: X supports Y (the giver
    after من, the receiver after ل or إلى, a relief noun before).

    >>> # قافلة مساعدات مقدمة من الإمارات إلى السودان → support(UAE, Sudan)
    """
    out: list[Found] = []
    for k, w in enumerate(s.words[:-2]):
        if _PROVIDED_BY.isdisjoint(w.forms) or s.norms[k + 1] != "من" or (k + 2) not in s.at:
            continue
        giver = s.at[k + 2]
        if giver.type is ActorType.location or giver.i != k + 2 or not any(
                not _RELIEF_NOUNS.isdisjoint(s.words[x].forms) for x in range(max(0, k - 10), k)):
            continue
        to = []
        for x in range(giver.j, min(len(s.words), giver.j + 3)):
            if x > giver.j and s.words[x].punct_before:
                break
            m = s.at.get(x)
            if m is not None and s.prep_before(m) in ("ل", "الي") and m.type is not ActorType.location:
                to = [m]
                break
            if s.norms[x] in _TO_THE_PEOPLE and x + 1 < len(s.words) and not s.words[x + 1].punct_before:
                state = _people_demonym(s, x + 1)
                if state:
                    to = [Mentioned(x + 1, x + 2, state, ActorType.country, "", state)]
                break
        if to and to[0].actor != giver.actor:
            neg, hyp = flags_for(s.norms, k, "noun", s.clause_start(k))
            out.append(Found(giver.actor, Relation.support, to[0].actor, neg, hyp, (k, k + 1)))
    return out


_TO_THE_PEOPLE = frozenset(normalize(w) for w in ("للشعب", "للشعوب", "لشعب"))
_PEOPLE_NOUNS = frozenset(normalize(w) for w in ("الشعب", "شعب", "الشعوب", "شعوب"))


def _led_by(s: _Sentence) -> list[Found]:
    """مجلس القيادة الرئاسي برئاسة X / الجيش الوطني (يقوده X): X heads that body."""
    out: list[Found] = []
    for k, w in enumerate(s.norms):
        if w not in _LED_BY or k == 0:
            continue
        leader = s.at.get(k + 1)
        if leader is None or leader.type is not ActorType.person or s.words[k + 1].punct_before:
            continue
        body = None
        for b in range(k - 1, max(-1, k - 7), -1):
            if s.hard_break(b + 1) and b + 1 < k:
                break
            m = s.covered.get(b)
            if m is None:
                if not s.norms[b].startswith("ال") and s.norms[b] != "في":
                    break  # بوساطة يقودها X: ها is the mediation, not the body before it
                continue
            if m.type is ActorType.organization:
                body = m
                if m.i > 0 and not _VENUES.isdisjoint(s.words[m.i - 1].forms):
                    body = None  # عقدت اللجنة اجتماعها في مقر اليونيفيل برئاسة X: the venue's body is not his
                break
            if m.type in (ActorType.country, ActorType.location) and s.prep_before(m) == "في":
                continue  # مجلس القيادة في اليمن برئاسة X: a place between
            break
        if body and body.actor != leader.actor:
            out.append(Found(leader.actor, Relation.affiliated_with, body.actor, False, False,
                             (k, k + 1)))
    return out


_THEM_TWO = {normalize(w) for w in ("بينهما", "معهما")}
_ANY = {normalize(w) for w in ("أي", "وأي", "فأي")}
_NOUN_AFTER = {normalize(w) for w in ("عن", "على", "من", "في", "إلى", "مع")}
# Prepositions no finite verb follows (من is also "who", على also the name علي).
_NO_VERB_AFTER = {normalize(w) for w in ("عن", "في", "إلى", "مع")}
# توجّه (headed) and تُوجِّه (directs) are written alike; what is directed follows the doer.
_HEADED_FORMS = {normalize(w) for w in ("توجه", "يتوجه", "ستتوجه", "سيتوجه", "تتوجه")}
_ADDRESSED = {normalize(w) for w in (
    "دعوة", "دعوات", "الدعوة", "رسالة", "رسائل", "الرسالة", "نداء", "نداءات", "تحية", "التحية", "الشكر",
    "شكرا", "اتهاما", "اتهامات", "انتقادات", "انتقادا", "سؤالا", "أسئلة", "ضربة", "ضربات", "تهنئة", "التهنئة")}


def _addresses_something(s: "_Sentence", p: int) -> bool:
    """Whether a thing directed (دعوة، رسالة، الشكر) follows the verb at ``p`` within
    its clause, past its doer: وجّه "direct", not توجّه "head for"."""
    for k in range(p + 1, min(len(s.words), p + 6)):
        if s.words[k].punct_before or s.norms[k] == "الي":
            return False
        if not _ADDRESSED.isdisjoint(s.words[k].forms):
            return True
    return False
_AGREED = {normalize(w) for w in ("اتفق", "اتفقا", "اتفقت", "اتفقتا", "اتفقوا", "يتفق", "تتفق", "واتفق",
                                  "واتفقا", "واتفقت", "واتفقوا", "وافق", "وافقت", "وافقا")}
_MODAL_ADJECTIVES = {normalize(w) for w in (
    "المحتملة", "المحتمل", "المحتملين", "المرتقبة", "المرتقب", "المقترحة", "المقترح", "المزمع",
    "المزمعة", "المنتظرة", "المنتظر", "المتوقعة", "المتوقع", "المأمولة", "المأمول", "المقبلة",
    "المقبل", "القادمة", "القادم", "المفترضة", "المفترض", "المقررة", "المقرر")}
_THE_DOOR = {normalize(w) for w in ("الباب", "المجال", "الطريق", "آفاق", "افاقا")}
_OPENS = {normalize(w) for w in ("يفتح", "تفتح", "فتح", "فتحت", "سيفتح", "ستفتح", "يمهد", "تمهد",
                                  "مهد", "مهدت")}
_YES_NO = {normalize(w) for w in ("هل", "أليس", "ألم")}
_THANKED_FOR_HOSTING = {normalize(w) for w in (
    "الاستقبال", "استقبال", "حفاوة", "الحفاوة", "حسن", "كرم", "الضيافة", "ضيافة")}
_ATTENDING = {normalize(w) for w in ("بحضور", "وبحضور", "بمشاركة", "وبمشاركة")}
_WITH_PARTICIPATION = {w for w in _ATTENDING if normalize("مشاركة") in w}  # (بمشاركة: the parties, not guests)
_ATTENDED_IT = {normalize(w) for w in ("حضره", "حضرها", "وحضره", "وحضرها", "حضرته")}


_NEWS_BODIES = {normalize(w) for w in ("صحيفة", "وكالة", "قناة", "مجلة", "شبكة", "منصة", "شركة", "مصادر", "مصدر")}
_ARRIVING = {normalize(w) for w in ("وصل", "توجه", "حل", "حط", "ذهب")}


def _unknown_body_subject(s: _Sentence, q: int) -> bool:
    """An indefinite body noun right after a verb that names no actor we know
    (اتهمت صحيفة «يوميوري»، أعلنت شركة ناشئة): the verb's own subject."""
    w = s.words[q]
    return q not in s.covered and not w.punct_before and w.norm in _NEWS_BODIES


def _unknown_subject(s: _Sentence, q: int) -> bool:
    """A definite noun right after an arrival verb that is no actor we know
    (ووصل المفرج عنهم، وصل الوفد المرافق): the verb's own subject, so the
    subject of an earlier clause is not carried to it."""
    w = s.words[q]
    return q not in s.covered and not w.punct_before and w.norm.startswith("ال") and len(w.norm) > 4 \
        and w.norm not in _TIME_WORDS and w.norm not in _SKIP and w.norm not in s.lex.trigger_forms \
        and not any(h.kind in ("title", "side", "people", "demonym") for h in s.lex.phrases.get((w.norm,), ()))


def _side_relations(s: _Sentence, rel: Relation, entry, subj, obj, p: int, q: int,
                    neg: bool, hyp: bool) -> list[Found]:
    """Relations a trigger implies beside its own:
    - شكر X على الاستقبال / حفاوة الاستقبال: X hosted the one who thanks;
    - لقاء X مع Y بحضور Z: Z met Y too."""
    out: list[Found] = []
    end = max(m.j for m in obj)
    if not any(m is x for m in obj for x in s.mentions):
        end = q  # الجانبان: two sides named before this sentence; look after the verb
    if rel is Relation.congratulate and entry.past == "شكر":
        for k in range(end, min(end + 3, len(s.words))):
            if s.norms[k] in ("علي",) and k + 1 < len(s.words) and any(
                    f in _THANKED_FOR_HOSTING for f in s.words[k + 1].forms):
                out += [Found(b.actor, Relation.host, a.actor, neg, hyp, (p, q))
                        for a in subj for b in obj if a.actor != b.actor
                        and b.type is not ActorType.country]
                break
    if rel is Relation.visit and len(subj) == 1:
        # زار وفد من مجلس الشيوخ برئاسة X / يضم X وY المملكة: those named came with it
        out += [Found(c.actor, Relation.visit, b.actor, neg, hyp, (p, q), location=b.place or None)
                for c in _delegation_members(s, subj[0]) for b in obj
                if c.actor != b.actor and not _own_state(rel, c, b)]
    if rel in (Relation.host, Relation.meet) and len(obj) == 1 and any(obj[0] is x for x in s.mentions):
        # استقبل X وفداً من حركة Y برئاسة Z: Z, at the delegation's head, was received too
        out += [Found(a.actor, rel, c.actor, neg, hyp, (p, q))
                for c in _delegation_members(s, obj[0]) for a in subj if a.actor != c.actor]
    if rel is Relation.host and len(obj) == 1 and obj[0].type is ActorType.person \
            and any(obj[0] is x for x in s.mentions):
        # استقبل X الضيفَ Y، يرافقه (يرافقها) Z: Z, who came with the guest, was received too
        # (not برفقة Z, which may be the host's own company)
        k = obj[0].j
        if k < len(s.words) and s.norms[k] in _COMPANION and s.norms[k].endswith(("ه", "ها")) \
                and "رفقه" not in s.norms[k] \
                and (z := _companion_at(s, k)) is not None and z.type is ActorType.person:
            party = {m.actor for m in subj + obj}
            out += [Found(a.actor, rel, c.actor, neg, hyp, (p, q)) for c in s.coordinated(z)
                    if c.actor not in party and c.type is ActorType.person for a in subj]
    if rel is Relation.visit:
        # وصل X إلى Y يرافقه Z / زار X برفقة Z، Y / على رأس وفد يضم Z: Z came too
        start = min(m.i for m in subj)
        for k in range(start, min(end + 14, len(s.words))):
            if k > end and s.hard_break(k):
                break
            if k > end + 8 and (k in s.at or s.norms[k] in s.lex.trigger_forms):
                break  # (past eight words, only the visit's own aside: في أول زيارة خارجية له منذ توليه منصبه)
            if s.norms[k] not in _COMPANION and not (
                    s.norms[k] in _INCLUDING and k > 0 and any(f in _DELEGATIONS for f in s.words[k - 1].forms)):
                continue
            z = _companion_at(s, k)
            if z is None or z.type is not ActorType.person:
                continue
            party = {m.actor for m in subj + obj}
            out += [Found(c.actor, Relation.visit, b.actor, neg, hyp, (p, q), location=b.place or None)
                    for c in s.coordinated(z) if c.actor not in party and c.type is ActorType.person
                    for b in obj if not _own_state(rel, c, b)  # (برفقة وزير الداخلية الموريتاني: the host's own)
                    and s.prep_before(b) != "من"]  # (جولة بدأها من الرياض، ويرافقه Z: where the tour
            # began is no stop Z is told to have come to)
    if rel in (Relation.meet, Relation.host):
        # (استقبل X Y، الذي يزور ...، وذلك بحضور Z: Z sat in, so meets the guest)
        leads = {_marker_words(m)[0] for m in entry.objects if " " in m} if rel is Relation.meet else set()
        for k in range(end, min(end + 16, len(s.words)) if leads else end):
            if k > end and s.hard_break(k):
                break
            if not leads.isdisjoint(s.words[k].forms):
                end = k + 1  # وعقد X و Y، الذي ...، مباحثات ...: after the talks' noun
                break
        for k in range(end, min(end + 10, len(s.words))):
            if k > end and s.hard_break(k):
                break
            if s.norms[k] in _ATTENDED_IT and s.norms[k - 1] in ("الذي", "التي"):
                # خلال اللقاء الذي حضره Z (حضره folds onto the style حضرة, so Z's span may start on it)
                attendee = _named_after_attended(s, k)
                if attendee is not None:
                    out += [f for a in _attendee_list(s, attendee) for f in _attendee_meets(a, subj + obj, neg, hyp, (p, q))]
                break
            if rel is Relation.meet and k - end >= 3 and (k in s.at or s.norms[k] in _AND_THAT
                                                           or s.norms[k] in _CLAUSE_WORDS):
                break  # (past three words, the talks' topic may run on: مباحثات تناولت
                #        التعاون ...، بحضور Z — but no other actor or clause between)
            attendee = None
            if s.norms[k] in _ATTENDING:
                attendee = _attendee_after(s, k)
                if attendee is None and k + 2 < len(s.words) and s.norms[k + 1] in _KIN_POSSESSED:
                    attendee = s.at.get(k + 2)  # بحضور والده (رئيس مجلس الشعب) X
            elif s.norms[k] in _TOOK_PART and k + 1 < len(s.words) and s.norms[k + 1] in _IN_IT:
                # لقاء X مع Y شارك فيه (أيضا) Z
                nxt = k + 2
                while nxt < len(s.words) and s.norms[nxt] in _SKIP_WORDS:
                    nxt += 1
                attendee = s.at.get(nxt)
            attendees = _attendee_list(s, attendee)
            for attendee in attendees[1:]:
                out += _attendee_meets(attendee, subj + obj, neg, hyp, (p, q))
            attendee = attendees[0] if attendees else None
            if attendee is not None or s.norms[k] in _ATTENDING:
                if attendee:
                    out += _attendee_meets(attendee, subj + obj, neg, hyp, (p, q))
                break
    return out


_ACCUSATIONS = {normalize(w) for w in ("اتهام", "اتهامها", "اتهامه", "اتهامات", "اتهاماتها",
                                          "اتهاماته", "الاتهام", "الاتهامات", "تتهم", "يتهم",
                                          "اتهمت", "اتهم")}
_BUILDINGS = frozenset(normalize(w) for w in ("قصر", "مقر", "فندق", "قاعة", "مبنى", "برج", "أبراج", "منتجع"))
_VENUES = {normalize(w) for w in (
    "قصر", "مقر", "مطار", "مدينة", "العاصمة", "منتجع", "فندق", "قاعة", "مبنى", "ديوان", "مكتب",
    "قاعدة", "ميناء", "مركز", "دار", "القصر", "المقر", "المطار", "برج", "أبراج")}
def _dual_pair(s: _Sentence, last_subject: list[Mentioned]) -> tuple[list[Mentioned], list[Mentioned]]:
    """The two a dual verb (وبحثا، اتفقا) goes on with: the last subject and the last
    object, unless that object is a place the subject went to (استقبل X Y، الذي يقوم
    بزيارة إلى المغرب، وبحثا ...): then the pair of the reception."""
    meeting = (getattr(s, "memory", None) or {}).get("meeting") or []
    if last_subject[0].type is ActorType.person and s.last_object[0].type in (ActorType.country, ActorType.location) \
            and len(meeting) == 2 and meeting[0].actor != meeting[1].actor \
            and last_subject[0].actor in {m.actor for m in meeting}:
        return meeting[:1], meeting[1:]
    return last_subject[:1], s.last_object[:1]


def _venue_noun(word: Word) -> bool:
    """A venue noun, bare or with a pronoun (قصر، بمكتبه، مقرها)."""
    return any(f in _VENUES or f.removesuffix("ه") in _VENUES or f.removesuffix("ها") in _VENUES
               for f in word.forms)


_DUAL_COPULAS = {normalize(w) for w in ("باتا", "أصبحا", "صارا", "ظلا", "أضحيا", "يظلان",
                                          "يبقيان", "كانا", "باتتا", "أصبحتا", "ظلتا", "تبقيان")}
_FOR_SOMEONE = {normalize(w) for w in ("عنهما", "لنا", "لبلاده", "لبلادنا", "لها", "له", "لهم", "لبلادها")}
_CONSIDERING = {normalize(w) for w in ("تعتبر", "يعتبر", "اعتبرت", "اعتبر", "تعد", "يعد", "عدت",
                                       "ترى", "يرى", "تعتبران", "يعتبرون")}
_ALLY_DUALS = {normalize(w) for w in ("حليفين", "حليفان", "حليفتين", "حليفتان", "شريكين",
                                        "شريكان", "شريكتين", "شريكتان", "حلفاء")}
_ADVERBIAL = {normalize(w) for w in ("خلال", "أثناء", "عقب", "إثر", "قبيل", "وخلال", "وأثناء")}
_PLEASURE = {normalize(w) for w in (
    "اعتزازه", "اعتزازها", "سعادته", "سعادتها", "ارتياحه", "ارتياحها", "فخره", "فخرها", "تشرفه", "سروره",
    "سرورها", "ترحيبه", "ترحيبها")}
_AT_TIME_OF = {normalize(w) for w in ("لدى", "ولدى", "في", "وفي", "بعد", "وبعد")}
_HELD_BY_TWO = {normalize(w) for w in ("أجرياها", "عقداها", "أجرياه", "عقداه", "جمعتهما", "جمعهما")}
_AS_BEING = {normalize(w) for w in ("باعتبارها", "باعتباره", "بوصفها", "بوصفه", "كونها", "كونه",
                                     "بأنها", "بأنه")}  # واصفا الدوحة بأنها شريك
_STYLE_PRONOUNS = {normalize(w) for w in ("سموه", "سموها", "جلالته", "فخامته", "معاليه", "سعادته",
                                            "دولته", "سماحته")}
_THAT_HE = {normalize(w) for w in ("أنه", "بأنه", "وأنه", "إنه", "لأنه")}
_THAT_SHE = {normalize(w) for w in ("أنها", "بأنها", "وأنها", "إنها", "لأنها")}
_THAT_PRONOUNS = _THAT_HE | _THAT_SHE
_HEADING = {normalize(w) for w in ("متوجها", "متوجهة", "متوجهين", "متوجهان")}
_COMPANION = {normalize(w) for w in (
    "برفقة", "وبرفقة", "يرافقه", "ترافقه", "يرافقها", "ترافقها", "ويرافقه", "وترافقه", "رافقه",
    "رافقها", "ورافقه", "بصحبة", "وبصحبة", "يصحبه", "ويصحبه")}
_INCLUDING = {normalize(w) for w in ("يضم", "ضم", "تضم", "ضمّ")}
_TOOK_PART = {normalize(w) for w in ("شارك", "شاركت", "وشارك", "وشاركت", "حضره", "وحضره")}
_IN_IT = {normalize(w) for w in ("فيه", "فيها", "ايضا")}
_SKIP_WORDS = {normalize(w) for w in ("أيضا", "أيضاً", "كذلك", "فيه", "فيها")}


_POSTED = {normalize(w) for w in ("لدى", "الى", "في", "إلى", "بـ", "ب")}
_GOVERNMENT = {normalize(w) for w in ("الحكومة", "حكومة", "للحكومة", "بالحكومة")}
_ENVOYS = {normalize(w) for w in ("سفير", "مبعوث", "ممثل", "مندوب", "قنصل", "وزير")}


def _more_appointees(s: _Sentence, first: Mentioned) -> list[Mentioned]:
    """Persons joined by و after the first appointee, each followed by a role
    noun in the accusative (والسيدة W سفيرة لدى V)."""
    out = []
    for m in s.mentions:
        if m.i <= first.j or m.type is not ActorType.person or not s.joined(m):
            continue
        if any(s.hard_break(k) or s.norms[k] in _CLAUSE_WORDS for k in range(first.j, m.i + 1)):
            break
        w = s.norms[m.j] if m.j < len(s.words) else ""
        if role_accusative(w) and not s.words[m.j].punct_before:
            out.append(m)
    return out


_HEAD = normalize("رئيس")
_THE_COUNTRY_FOR = {normalize(w) for w in ("للبلاد", "للدولة", "للجمهورية")}
_CABINET = {normalize(w) for w in ("للوزراء", "للحكومة", "لمجلس الوزراء", "للمجلس الوزاري")}


def _heads_cabinet(s: _Sentence, k: int) -> bool:
    """رئيسا للوزراء / لمجلس الوزراء / للحكومة: the head of the appointer's
    state's government."""
    return k < len(s.words) and (s.norms[k] in _CABINET or " ".join(s.norms[k:k + 2]) in _CABINET
                                 or s.norms[k].startswith(("لاركان", "للاركان")))  # رئيسا لأركان الدفاع


_NEW_OFFICE = tuple(normalize(w) for w in ("تعيين", "انتخاب", "تولي", "توليه", "اختيار"))


def _appointed_to(s: _Sentence, subj: list[Mentioned], appointee: Mentioned, k: int,
                  trigger: tuple[int, int], hyp: bool) -> list[Found]:
    """عيّن X Y وزيرا للطاقة في الحكومة الجزائرية / قائدا لقوات Z / سفيرا
    للمملكة لدى السنغال: the appointee holds the role in the body or state that
    the role noun names (not the one they are posted to); an envoy named by a
    head of state with no body named serves the appointer's state."""
    if k >= len(s.words) or s.words[k].punct_before:
        return []
    w = s.norms[k]
    if not role_accusative(w):  # سفيرا، سفيرة
        return []
    role_noun = w[:-1]
    target = None
    stop = min(len(s.words), k + 9)
    for m in range(k + 1, stop):
        if s.hard_break(m) or s.norms[m] in _CLAUSE_WORDS or s.words[m].punct_before \
                or s.norms[m] in _UNDER or any(f in _BY_DECREE for f in s.words[m].forms):
            stop = m  # (رئيسا لمجلس الوزراء بموجب مرسوم أصدره رئيس مجلس السيادة: the decree's man)
            break
        if s.norms[m] in _FILE_WORDS or (m > k + 1 and s.norms[m] in _FOR_THE_WORK_OF):
            stop = m  # منسقا رفيع المستوى لملف المفقودين الكويتيين: the file's subject, not whom he serves
            break  # (رئيسا للجنة الوطنية لدمج قوات X: what the committee works on, not his body)
        hit = s.at.get(m)
        if hit is None:
            continue
        if hit.type is ActorType.person:
            # نائبا لقائد الجيش الوطني: the body inside the role that names its holder
            body = _body_inside(s, hit.i, hit.j) or _body_inside(s, hit.i, hit.j, states=True)
            if body:
                target = body  # (نائبا لرئيس دولة فلسطين: the state whose head he deputises)
            break
        if hit.type not in (ActorType.country, ActorType.organization):
            break
        pb = s.prep_before(hit)
        if hit.i > 1 and s.norms[hit.i - 1] in _STATES_OF and s.norms[hit.i - 2] in _POSTED:
            continue  # مبعوثا خاصا إلى دول التحالف: the states he is sent to
        if (pb in _POSTED and hit.type is ActorType.organization) or (
                hit.type is ActorType.country and (pb in _POSTED or hit.place)
                and s.norms[hit.i] not in _GOVERNMENT):
            continue  # سفيرا لدى السنغال / مندوبا لدى الأمم المتحدة: where the envoy is posted
        if pb in ("", "ل", "في"):
            target = hit
            break
    if target is None and not any(k < m < stop for m in s.at):
        target = _body_inside(s, k, stop)  # نائبا لقائد الجيش الوطني (a role, no holder named)
    if target is None and role_noun == _HEAD and k + 1 < len(s.words) \
            and s.norms[k + 1] in _THE_COUNTRY_FOR and appointee.country:
        # أدى X اليمين رئيساً للبلاد: the head of his own state
        target = Mentioned(k + 1, k + 2, appointee.country, ActorType.country, "", appointee.country)
    cabinet = role_noun == _HEAD and _heads_cabinet(s, k + 1)
    his = k + 1 < len(s.words) and s.norms[k + 1] in ("له", "لها")  # نائبا له: the appointer's deputy
    if target is None and (role_noun in _ENVOYS or cabinet or his):
        appointer = subj[0] if subj else None
        body = _body_of_person(s, appointer) if appointer and not cabinet else None
        if body:
            # عين الأمين العام للأمم المتحدة X مبعوثا له: the envoy serves the body
            target = Mentioned(appointer.i, appointer.j, body, ActorType.organization)
        elif appointer and appointer.type is ActorType.person and appointer.country:
            target = Mentioned(appointer.i, appointer.j, appointer.country, ActorType.country)
    if target is None or target.actor == appointee.actor:
        return []
    del trigger  # the evidence is the role noun itself (وزيرا، نائبا)
    out = [Found(appointee.actor, Relation.affiliated_with, target.actor, False, hyp, (k, k + 1))]
    # ... بدلا من الفريق X / خلفا للواء X: X held the same role there
    for m in range(max(k + 1, target.j if target.i > k else k + 1), min(len(s.words) - 1, stop + 3)):
        if s.hard_break(m) and s.norms[m] not in _REPLACING:
            break
        if s.norms[m] in _REPLACING:
            nxt = m + 2 if s.norms[m] in _INSTEAD and s.norms[m + 1] == "من" else m + 1
            predecessor = s.covered.get(nxt)
            if predecessor and predecessor.i == nxt and predecessor.type is ActorType.person \
                    and predecessor.actor not in (appointee.actor, target.actor):
                out.append(Found(predecessor.actor, Relation.affiliated_with, target.actor,
                                 False, False, (m, m + 1)))
            break
    return out


_STRENGTHENS = {normalize(w) for w in ("تعزز", "يعزز", "ستعزز", "سيعزز", "تعمق", "يعمق", "ستعمق", "سيعمق",
                                         "توطد", "يوطد", "تدعم", "يدعم", "ستدعم", "سيدعم", "تفتح", "يفتح")}
def _talked_pair(s: _Sentence, p: int, cs: int, memory: dict) -> list[Mentioned]:
    """The states of the two who last met, when the cooperation noun at ``p`` is
    what they talked of deepening (بحث X مع Y سبل تعزيز التعاون، بحث الجانبان تعزيز
    التعاون) and nothing after it names its partners; else []."""
    if p < 2 or s.words[p].punct_before or s.words[p - 1].punct_before \
            or not any(f in _DEEPENING for f in s.words[p - 1].forms):
        return []
    resolved = p >= 3 and s.norms[p - 2] == "علي" and not s.words[p - 2].punct_before and (
        s.norms[p - 3] in _RESOLVED_TO or s.norms[p - 3].removeprefix("و") in _AGREED_BOTH)
    # (وأكدا حرصهما على تعزيز التعاون، واتفقا على تعزيز التعاون: the two who met)
    if not resolved and not (s.words[p - 2].forms[-1] in _TALK_WAYS
                             or any(f in _DISCUSSED for f in s.words[p - 2].forms)):
        return []
    if not resolved and not any(f in _DISCUSSED or f in _SEARCHING or f.removesuffix("ا") in _DISCUSSED
                                for k in range(cs, p - 1) for f in s.words[k].forms):
        return []  # (أكد ضرورة بحث سبل تعزيز التعاون: a wish, no talks told)
    if any(s.norms[k] in ("بين", "مع") or s.norms[k][:1] == "ل" and k in s.at
           for k in range(p + 1, min(len(s.words), p + 4))):
        return []  # (تعزيز التعاون بين X وY / مع Z / لـ Z: the noun names its own partners)
    met = memory.get("meeting") or []
    if len(met) != 2 or met[0].actor == met[1].actor:
        return []
    known = {m.actor for m in list(s.context) + [m for m in s.mentions if m.j <= p]}
    if not all(m.actor in known for m in met):
        return []  # (the meeting of a sentence far back)
    pair = _as_states(list(met), s)
    return pair if len(pair) == 2 and pair[0].actor != pair[1].actor else []


_TALK_WAYS = {normalize(w) for w in ("سبل", "آفاق", "أوجه", "فرص", "إمكانية", "إمكانيات", "آليات")}
_INSTEAD = {normalize(w) for w in ("بدلا", "بدلاً", "عوضا", "عوضاً")}
_REPLACING = _INSTEAD | {normalize(w) for w in ("خلفا", "خلفاً")}


def _body_of_person(s: _Sentence, m: Mentioned) -> str | None:
    """The international body a known person's latest role is in (not a
    state): the UN for its Secretary-General."""
    entry = s.lex.people.get(m.actor) if m.type is ActorType.person else None
    if entry is None:
        return None
    latest = max(entry.roles, key=lambda r: r.start, default=None)
    return latest.organization if latest and latest.organization and not latest.country else None


def _body_inside(s: _Sentence, i: int, j: int, states: bool = False) -> Mentioned | None:
    """The first organization (or, with ``states``, state) the lexicon knows inside words ``[i, j)``."""
    table = s.lex.countries if states else s.lex.organizations
    for a in range(i + 1, j):
        for length in range(j - a, 0, -1):
            for form in s.words[a].forms:
                hits = s.lex.phrases.get((form, *s.norms[a + 1:a + length]), ())
                ref = next((h.ref for h in hits if h.kind == "actor" and h.ref in table), None)
                if ref:
                    return Mentioned(a, a + length, ref, ActorType.country if states else ActorType.organization)
    return None


_DESCRIBING = {normalize("وصف")}  # (the trigger entry's past form)
_PARTNER_WORDS = {normalize(w) for w in ("شريك", "شريكا", "الشريك", "حليف", "حليفا", "الحليف", "صديق",
                                          "صديقا", "الصديق", "شقيق", "شقيقة", "شريكة", "حليفة")}


def _described_as_hostile(s: _Sentence, q: int, entry) -> int | None:
    """Where the hostile description after a describing verb begins (بأنه / بأنها /
    بـ), when one of the entry's cue words follows it within three words and no
    partner word comes first; else None: ووصف الوزير الفيتو الروسي بأنه "وصمة
    عار" gives the index of بأنه, ووصفه بأنه شريك في الحرب على الإرهاب none.
    """
    cues = _NEEDS.get(id(entry)) or frozenset(normalize(w) for w in entry.needs)
    for k in range(q + 1, min(len(s.words), q + 20)):
        if k > q + 1 and s.words[k].punct_before and s.words[k].punct in (".", "؟", "!", "؛"):
            return None
        marker = s.norms[k] in _AS_BEING or (s.norms[k][:1] == "ب" and k not in s.covered and any(
            f in cues for f in s.words[k].forms))
        if not marker:
            continue
        for x in range(k, min(len(s.words), k + 4)):
            if x > k and s.words[x].punct_before and s.words[x].punct not in ('"', "«", "»", "“", "”"):
                break
            if not _PARTNER_WORDS.isdisjoint(s.words[x].forms):
                return None
            if (x > k or s.norms[k] not in _AS_BEING) and not cues.isdisjoint(s.words[x].forms):
                return k
        return None
    return None


_NEEDS: dict[int, frozenset[str]] = {}
_BOARD_OF = normalize("إدارة")
_COUNCIL_NOUNS = {normalize(w) for w in ("مجلس", "لمجلس", "ومجلس")}


def _cue_near(s: _Sentence, p: int, q: int, entry) -> bool:
    """One of the entry's cue words stands up to four words before the trigger
    (not across a clause boundary) or right after it (an adjective)."""
    cues = _NEEDS.get(id(entry))
    if cues is None:
        cues = _NEEDS[id(entry)] = frozenset(normalize(w) for w in entry.needs)
    free = 0  # words after it that no mention covers (طالب [X] [Y] بعدم: the mentions are free)
    demand = bool(entry.past) and normalize(entry.past) in _DEMANDS
    k, resumed = q - 1, -1
    while k + 1 < min(len(s.words), q + 16):  # an adjective, منح X Y قرضا، منح X Y حق إقامة قاعدة
        k += 1
        if k > q and k != resumed and s.words[k].punct_before:
            close = next((x for x in range(k + 1, min(len(s.words), k + 4)) if s.words[x].punct_before), None) \
                if s.norms[k] in _TIME_WORDS else next(
                    (x for x in range(k + 1, min(len(s.words), k + 8)) if s.words[x].punct_before), None) \
                if demand and s.norms[k] in _ASIDE_OPENERS else None
            if close is not None and s.norms[k] not in _TIME_WORDS and any(x in s.covered for x in range(k, close)):
                close = None
            # (طالب X، في قرار غير ملزم صدر الخميس، Y بالإفراج: an aside with no actor in it)
            named = s.covered.get(k)
            if close is None and demand and named is not None and named.type is ActorType.person \
                    and s.words[k].punct in ("،", ",") and named.i < k and named.j < len(s.words):
                close = named.j  # طالب وكيل الوزارة، سعد الجبوري، الحكومة بـ: the name in apposition
            if close is None or s.words[close].punct not in ("،", ","):
                break
            k = resumed = close  # استدعت X، صباح الأحد، القائم بالأعمال: a time aside stands between
            k -= 1
            continue
        if not cues.isdisjoint(s.words[k].forms):
            return True
        if k not in s.covered:
            free += 1
            if free >= 5:
                break
        elif demand and free and k - 1 not in s.covered:
            break  # دعا X مجلس الأمن إلى ... وإلزام إسرائيل بوقف: the stop is asked of another
    if demand:
        return False  # طالب/دعا X Y بعدم ...: the demand's content follows the verb
    for k in range(p - 1, max(-1, p - 5), -1):
        if s.hard_break(k + 1) or (k + 1 < p and s.norms[k + 1] in _CLAUSE_WORDS):
            break
        if any(f in cues for f in s.words[k].forms):
            return True
    return False


_DEMANDS = {normalize(w) for w in ("طالب", "دعا", "حث")}


def _same_level(s: _Sentence, a: Mentioned, b: Mentioned) -> bool:
    """Two sides of one kind (two states, two bodies), or a state and a region's own
    government (إيران وحكومة إقليم كردستان)."""
    return a.type is b.type or any(
        x.type is ActorType.country and y.type is ActorType.organization and _regional_government(s.lex, y.actor)
        for x, y in ((a, b), (b, a)))


_REGION = normalize("إقليم")


def _regional_government(lex: Lexicon, ref: str) -> bool:
    """A region's own government the lexicon lists (حكومة إقليم كردستان): a side of its own."""
    regional = lex.__dict__.get("_regional_governments")
    if regional is None:  # (read once per lexicon)
        regional = lex.__dict__["_regional_governments"] = frozenset(
            k for k, org in lex.organizations.items() if org.kind == "government" and _REGION in normalize(org.name))
    return ref in regional


def _as_states(group: list[Mentioned], s: _Sentence | None = None) -> list[Mentioned]:
    """Persons with a known state stand for it (state-level relations) — unless
    the lexicon has them serve a body of their own (مسرور بارزاني: the Kurdistan
    Regional Government, never Iraq as a whole)."""
    out = []
    for m in group:
        body = _body_of_person(s, m) if s is not None and m.type is ActorType.person else None
        if body is None and s is not None and m.type is ActorType.person and _REGION in s.norms[m.i:m.j] \
                and any(x is m for x in s.mentions) \
                and (inside := _body_inside(s, m.i - 1, m.j)) is not None and _regional_government(s.lex, inside.actor):
            body = inside.actor  # (وزير التجارة في حكومة إقليم كردستان X: the region's minister)
        org = s.lex.organizations.get(body) if body is not None else None
        if org is not None and (org.country is None or _regional_government(s.lex, body)):
            # (أكد الجانبان، كالاس وبوريطة، التعاون: the EU and Morocco; رئيس إقليم كردستان X:
            # the regional government, a side of its own)
            out.append(Mentioned(m.i, m.j, body, ActorType.organization, m.clitic, org.country))
        elif m.type is ActorType.person and m.country and body is None:
            out.append(Mentioned(m.i, m.j, m.country, ActorType.country, m.clitic, m.country))
        else:
            out.append(m)
    return out


_BETWEEN_STATES = frozenset({Relation.support, Relation.oppose, Relation.cooperate, Relation.ally,
                             Relation.agree, Relation.meet, Relation.congratulate})


def _serves_body(s: _Sentence, rel: Relation, a: Mentioned, b: Mentioned) -> bool:
    """A known official and the body he serves are no pair (وقعها عن المجلس أمينه
    العام X ...: X signs for the GCC, not with it)."""
    if rel not in _BETWEEN_STATES or rel is Relation.oppose:
        return False
    return (a.type is ActorType.person and b.type is ActorType.organization and _body_of_person(s, a) == b.actor) \
        or (b.type is ActorType.person and a.type is ActorType.organization and _body_of_person(s, b) == a.actor)


def _own_state(rel: Relation, a: Mentioned, b: Mentioned, lex: Lexicon | None = None) -> bool:
    """A person and their own state are no pair for relations between actors
    (الرئيس الموريتاني ... سبل الدعم لموريتانيا: he seeks support for it)."""
    if rel is Relation.visit:
        # غادر الملك سلمان جدة متوجها إلى الرياض: travel at home is no visit
        return a.type is ActorType.person and a.country is not None and a.country == b.actor
    if rel not in _BETWEEN_STATES:
        return False
    if (a.own or b.own) and a.country == b.country:
        return True  # X ... حكومته: a person and the government he heads
    # a person and their own state; for opposition also a state body and its own
    # state (وزارة الخارجية الإيرانية ... الشعب الإيراني), while a state may back its
    # own bodies (الدعم الروسي لقوات فاغنر)
    members = _OWN_MEMBERS if rel is Relation.oppose else (ActorType.person,)
    if (a.type in members and b.type is ActorType.country and a.country == b.actor) or (
            b.type in members and a.type is ActorType.country and b.country == a.actor):
        return True
    # a state and its own state body are no two sides (موريتانيا ... مع خفر السواحل الموريتاني);
    # its rebels, parties and companies may be (وقعت الحكومة اتفاقا مع حركة إم 23)
    return Relation(rel).symmetric and lex is not None and any(
        x.type is ActorType.organization and y.type is ActorType.country and x.country == y.actor
        and getattr(lex.organizations.get(x.actor), "kind", "state_body") in _STATE_BODY_KINDS
        for x, y in ((a, b), (b, a)))


_OWN_MEMBERS = (ActorType.person, ActorType.organization)
# (a ministry or force the text builds from a state's body is one too; a regional government
# the lexicon lists, حكومة إقليم كردستان, is a side of its own)
_STATE_BODY_KINDS = frozenset(("state_body", "agency", "armed_force"))


def _in_title(s: "_Sentence", m: Mentioned) -> bool:
    """The body is the complement of a person's title right before it (نائبة
    وزير العلاقات الخارجية لكوبا، مدير مكتب الأمم المتحدة): the holder is meant."""
    if not any(x is m for x in s.mentions):
        return False
    heads = _title_heads(s.lex)
    for k in (m.i - 1, m.i - 2):
        if k < 0 or s.words[k + 1].punct_before or (k in s.covered and s.covered[k].type is not ActorType.organization):
            return False
        if s.norms[k] in heads or s.words[k].forms[-1] in heads:
            return True
    return False


_TITLE_HEADS: dict[int, frozenset[str]] = {}


def _title_heads(lex: Lexicon) -> frozenset[str]:
    """First words of the lexicon's titles that govern a body (وزير، نائب، مدير)."""
    heads = _TITLE_HEADS.get(id(lex))
    if heads is None:
        heads = _TITLE_HEADS[id(lex)] = frozenset(
            normalize(form).split()[0] for t in lex.titles for form in (t.title, t.feminine)
            if form and len(normalize(form).split()) > 1 and not normalize(form).startswith("ال"))
    return heads


def _types_ok(rel: Relation, a: Mentioned, b: Mentioned) -> bool:
    if rel is Relation.visit:  # a city counts as its state (the city is the location)
        return b.type in (ActorType.country, ActorType.location) and a.type in _GUEST_TYPES
    if rel in (Relation.family,):
        return a.type is ActorType.person and b.type is ActorType.person
    if rel is Relation.appoint:
        return b.type is ActorType.person
    return a.type in _GUEST_TYPES and b.type in _GUEST_TYPES


def _body_session(s: _Sentence, rel: Relation, tf: TriggerForm, q: int, a: Mentioned, b: Mentioned) -> bool:
    """اجتماعات صندوق النقد الدولي، قمة الاتحاد الأفريقي: a body's own session
    named by the genitive after the noun, not a meeting with the body."""
    return rel is Relation.meet and tf.pos == "noun" and any(
        m.type is ActorType.organization and m.i == q and not s.prep_before(m) for m in (a, b))


def _interview(s: _Sentence, rel: Relation, a: Mentioned, b: Mentioned) -> bool:
    """Talking to a news outlet is an interview, not a meeting
    (قال الوزير في مقابلة مع قناة الجزيرة / في لقاء مع صحيفة لوموند)."""
    if rel is not Relation.meet:
        return False
    orgs = s.lex.organizations
    return any(m.type is ActorType.organization and m.actor in orgs and orgs[m.actor].kind == "media"
               for m in (a, b))


_FIELD_WORDS = {normalize(w) for w in ("مجال", "مجالات", "مجالي", "المجال", "المجالات", "ميادين", "ميدان",
                                        "قطاع", "قطاعات", "قطاعي")}
_DOMAIN_NOUNS = {normalize(k): v for k, v in {
    "الدفاع": Domain.military, "الدفاعي": Domain.military, "العسكري": Domain.military, "التسليح": Domain.military,
    "الصناعات الدفاعية": Domain.military, "الأمن": Domain.security, "الأمني": Domain.security,
    "مكافحة": Domain.security, "الاقتصاد": Domain.economic, "الاقتصادي": Domain.economic,
    "التجارة": Domain.economic, "التجاري": Domain.economic, "الاستثمار": Domain.economic,
    "الاستثمارات": Domain.economic, "الطاقة": Domain.economic, "السياحة": Domain.economic,
    "الصناعة": Domain.economic, "النقل": Domain.economic, "التعدين": Domain.economic, "المال": Domain.economic,
    "المالي": Domain.economic, "البنية": Domain.economic, "الزراعة": Domain.agricultural,
    "الزراعي": Domain.agricultural, "الأمن الغذائي": Domain.agricultural, "الري": Domain.agricultural}.items()}


def _domain(s: _Sentence, q: int) -> Domain | None:
    """The field of a cooperation: an adjective right after it (التعاون العسكري)
    or the fields listed after مجال / قطاع within its clause, when they all agree
    (التعاون بين البلدين في مجالي الطاقة والسياحة → economic; الدفاع والتعليم → none)."""
    for k in range(q, min(q + 2, len(s.words))):
        d = _DOMAINS.get(s.norms[k])
        if d:
            return d
    field = None
    for k in range(q + 1, min(q + 10, len(s.words))):
        if s.words[k].punct_before:
            break
        if not _FIELD_WORDS.isdisjoint(s.words[k].forms):
            field = k
            break
    if field is None:
        return None
    found: set[Domain] = set()  # (unlisted fields, as التعليم, say nothing either way)
    skip_next = False
    for k in range(field + 1, min(field + 9, len(s.words))):
        if s.words[k].punct_before and s.words[k].punct not in ("،", ","):
            break
        if skip_next:
            skip_next = False
            continue
        d = _DOMAIN_NOUNS.get(s.norms[k] + " " + s.norms[k + 1]) if k + 1 < len(s.words) else None
        skip_next = d is not None  # (الأمن الغذائي: food security is farming, not security)
        if d is None:
            d = next((_DOMAIN_NOUNS[f] for f in s.words[k].forms if f in _DOMAIN_NOUNS), None)
        if d is not None:
            found.add(d)
    return found.pop() if len(found) == 1 else None


_ENVOY_NOUNS = frozenset(normalize(w) for w in (
    "المبعوث", "مبعوث", "السفير", "سفير", "المبعوثة", "السفيرة", "سفيرة", "مبعوثة", "المندوب", "مندوب",
    "الممثل", "ممثل", "الممثلة", "ممثلة", "المنسق", "منسق"))


_ESCORTING = {normalize(w) for w in ("المرافق", "المرافقة")}
_CONVEYED = {normalize(w) for w in ("نقل", "نقلت", "ينقل", "تنقل", "ناقلا", "ناقلة", "حمل", "حملت", "يحمل")}
_THANKS_NOUNS = {normalize(w) for w in ("شكر", "تحيات", "تهاني", "تقدير")}
_FRIENDLY_EPITHETS = {normalize(w) for w in ("الصديقة", "الصديق", "الشقيقة", "الشقيق")}
_AND_DELEGATION = {normalize(w) for w in ("والوفد", "والوفود")}


_CROSSINGS = frozenset(normalize(w) for w in ("معبر", "منفذ", "المعبر", "المنفذ"))  # (border crossings)
_THE_SIDE = normalize("الجانب")
_GOVERNMENT_NOUN_FORMS = frozenset(normalize(w) for w in ("حكومة", "إدارة", "ولاية"))  # (حكومة السوداني)
_AS_ALSO = normalize("كما")  # (شارك X في المؤتمر، كما اجتمع بـY: X again)


def _escorted_antecedent(s: _Sentence, k: int) -> Mentioned | None:
    """The person before a delegation that escorts him, when the relative at ``k``
    follows it: X والوفد المرافق له، الذي وصل إلى البلاد → X."""
    if not s.words[k].punct_before or k < 3:
        return None
    x = k - 2 if s.norms[k - 1] in ("له", "لها") else k - 1
    if s.norms[x] in _ESCORTING and s.norms[x - 1] in _AND_DELEGATION:
        m = s.covered.get(x - 2)
        if m is None and x > 3 and s.norms[x - 2] in _FRIENDLY_EPITHETS:
            m = s.covered.get(x - 3)  # وزير خارجية الجمهورية السورية الشقيقة والوفد المرافق: past the epithet
        return m if m is not None and m.type is ActorType.person else None
    return None


_OWNED_BY = _PARENT_LINKS | frozenset(normalize(w) for w in ("تابعة", "تابع", "تابعين"))  # (بعثة تابعة لـ X)


# كان X أول رئيس يزور Y / ثاني مسؤول يلتقي: X is the one who does it
_FIRST_OF_KIND = frozenset(normalize(w) for w in ("أول", "ثاني", "ثالث", "آخر", "أرفع", "أبرز"))


def _subject_before(s: _Sentence, p: int, cs: int) -> list[Mentioned]:
    """SVO subject or relative antecedent just before ``p``."""
    k = p - 1
    first = next((f for f in (p - 2, p - 3) if f >= 1 and s.norms[f] in _FIRST_OF_KIND), None)
    if first is not None and (first - 1) in s.covered and s.covered[first - 1].type is ActorType.person \
            and not any(x in s.covered or s.words[x].punct_before for x in range(first, p + 1)) \
            and not s.prep_before(s.covered[first - 1]) and s.words[p].forms[-1][:1] in "يت":
        # وكان ديبي أول رئيس (أجنبي) يزور نيامي: he is the first to visit
        return [s.covered[first - 1]]
    # X الذي/التي VERB: the antecedent is the subject.
    if k >= 0 and s.norms[k] in _RELATIVE:
        if p + 1 < len(s.words) and s.norms[p + 1] in _HIS_STATE:
            return []  # X، الذي تستضيف بلاده القمة: the verb's subject is his state, after it
        if p + 1 < len(s.words) and s.norms[p + 1] in ("فيه", "فيها") and (
                (before := s.covered.get(k - 1)) is None or before.type is not ActorType.person):
            return []  # «إعلان بغداد»، الذي حذّر فيه مجلس الجامعة إسرائيل: the document it is told in
            # (تصريحات X التي حذّر فيها Y: the man whose statements they are still speaks)
        if s.norms[k] in ("اللذين", "اللتين") and (last := s.covered.get(k - 1)) is not None \
                and last.type is ActorType.person:
            # Y، ونجله Z، اللذين يقومان بزيارة: the two just named, a pair of persons
            pair = [m for m in s.mentions if m.type is ActorType.person and m.j <= k and m.i >= k - 14][-2:]
            kin_word = s.norms[pair[1].i - 1] if len(pair) == 2 and pair[1].i > 0 else ""
            if len(pair) == 2 and pair[0].actor != pair[1].actor and pair[1] is last \
                    and kin_word[:1] == "و" and kin_word[1:].removesuffix("ه").removesuffix("ها") in _KIN_NOUNS \
                    and not s.prep_before(pair[0]):
                return pair  # (only a relative joined to him: two guests of two states keep their own reading)
            if len(pair) == 2 and pair[0].actor != pair[1].actor and pair[1] is last and not s.prep_before(pair[0]) \
                    and s.norms[pair[1].i][:1] == "و" and not s.words[pair[1].i].punct_before \
                    and pair[0].country and pair[1].country in (None, pair[0].country):
                return pair  # نظيره الإريتري X والمستشار الرئاسي Y، اللذين يزوران: one state's two envoys
        ante = s.covered.get(k - 1) or _escorted_antecedent(s, k) or (
            # رئيس جمهورية أوزبكستان الصديقة، الذي يقوم ...: past the state's epithet
            s.covered.get(k - 2) if k > 1 and s.norms[k - 1] in _FRIENDLY_EPITHETS else None)
        if ante and ante.type is ActorType.country and s.prep_before(ante) in ("الي", "لدي") \
                and s.words[k].punct_before:
            # X المبعوث الخاص ... إلى اليمن، الذي يزور ...: the envoy, not where he is sent
            envoy = next((s.covered[x] for x in range(ante.i - 2, max(-1, ante.i - 14), -1)
                          if x in s.covered and s.covered[x].type is ActorType.person), None)
            if envoy is not None and any(f in _ENVOY_NOUNS for x in range(envoy.j, ante.i)
                                         for f in s.words[x].forms[-1:]) or (
                    envoy is not None and any(f in _ENVOY_NOUNS for x in range(envoy.i, envoy.j)
                                              for f in s.words[x].forms[-1:])):
                return [envoy]
        if ante and ante.type is not ActorType.person and s.norms[k] == "الذي" and s.words[k].punct_before:
            # X نائب رئيس مجلس الدولة الصيني، الذي يزور ...: the man, not the body of his title
            owner = next((s.covered[x] for x in range(ante.i - 1, max(-1, ante.i - 7), -1)
                          if x in s.covered and s.covered[x].type is ActorType.person), None)
            if owner is not None and not any(s.words[x].punct_before for x in range(owner.j, ante.j)):
                return [owner]
        if ante:
            return [ante]
        return []
    while k >= 0 and (s.norms[k] in _SKIP or s.norms[k] in _NEGATION_PARTICLES):
        k -= 1  # X لن يزور، X لم يلتق: the particle stands between
    while k > 0 and k not in s.covered and (s.norms[k] in _RULER_EPITHETS or (
            s.norms[k] == "البلاد" and s.norms[k - 1] in _HEADS_OF_THE_COUNTRY)) and not s.words[k].punct_before:
        k -= 1  # الشيخ X أمير البلاد المفدى سيتوجه: past the title's epithet
    if k >= 3 and s.norms[k] == "ان" and s.norms[k - 1] in _PLAN_WORDS and s.norms[k - 2] == "من" \
            and (topic := s.covered.get(k - 3)) is not None and topic.j == k - 2 \
            and topic.type in (ActorType.person, ActorType.country) and not s.prep_before(topic) \
            and not any(s.words[x].punct_before for x in range(k - 2, p + 1)):
        return _coordinated_before(s, topic)  # X من المقرر أن يزور Y: the topic put first does it
    m = s.covered.get(k)
    if m and m.type is ActorType.location:
        return []  # a place is not a doer
    if m and k >= cs and not s.prep_before(m) and not s.words[p].punct_before:
        return _coordinated_before(s, m)  # X و Y VERB
    if m and k >= cs and m.i > 1 and s.prep_before(m) == "ل" and s.norms[m.i - 1] in _OWNED_BY \
            and not s.words[p].punct_before and not s.words[m.i].punct_before \
            and m.type in (ActorType.country, ActorType.organization) \
            and any(s.norms[x] in _SENT_GROUPS for x in range(max(cs, m.i - 4), m.i - 1)):
        # بعثة فنية تابعة للاتحاد ستزور بنغازي: the body whose mission it is (not a body
        # named in its own right: الفيلق الأفريقي التابع لوزارة الدفاع)
        return [m]
    if s.words[p].punct_before and s.words[p].punct in ("،", ","):
        # سمو الشيخ X، نائب رئيس الدولة، استقبل أمس Y: the clause's first person, past
        # his title set off by commas
        opening = next((x for x in range(p - 1, max(cs, p - 14), -1) if s.words[x].punct_before), None)
        m = s.covered.get(opening - 1) if opening is not None else None
        if m is not None and m.j == p and m.i < opening:
            opening = m.i + next((n for n in range(1, m.j - m.i) if s.words[m.i + n].punct_before), 0)
            # (X، رئيس المجلس الرئاسي الليبي، هنّأ: the mention spans the title it has)
        if m is not None and (m.i == cs or (m.i > 0 and m.i - 1 >= cs and s.norms[m.i - 1] in _COMPLEMENTIZERS)) \
                and m.j in (opening, p) and m.type is ActorType.person \
                and not s.prep_before(m) and s.words[opening].punct in ("،", ",") \
                and s.words[opening].forms[-1] in _title_heads(s.lex):
            return [m]
        m = s.covered.get(p - 1)
        if m is not None and m.j == p and m.type is ActorType.person and not s.prep_before(m) \
                and any(s.words[x].punct_before for x in range(m.i + 1, m.j)) \
                and s.words[m.i].forms[-1] in _title_heads(s.lex) \
                and (m.i == s.clause_start(m.i) or (m.i > 0 and s.norms[m.i - 1] in _COMPLEMENTIZERS)):
            return [m]  # أن رئيس الحكومة الإسبانية، بيدرو سانشيز، سيحل: the name set off by commas
        m = s.covered.get(opening - 1) if opening is not None else None
        if m is not None and m.type in (ActorType.country, ActorType.organization) and not s.prep_before(m) \
                and m.j == opening and s.words[opening].punct in ("،", ",") \
                and s.norms[opening].startswith("ال") and opening not in s.covered \
                and (m.i == cs or (m.i > 0 and m.i - 1 >= cs and s.norms[m.i - 1] in _COMPLEMENTIZERS)) \
                and s.words[p].forms[-1][:1] in "يت":
            return _coordinated_before(s, m)  # إن الإمارات، الحليف الرئيسي للمملكة، تدعم Y: past its epithet
        ante = _before_relative_aside(s, p)
        if ante is not None and (ante.i == s.clause_start(ante.i) or (
                ante.i > 0 and s.norms[ante.i - 1] in _COMPLEMENTIZERS)) and not any(
                t.pronoun for f in s.words[p].forms for t in s.lex.trigger_forms.get(f, ())):
            # X، الذي يقوم بزيارة إلى تركيا ...، التقى Y: the antecedent past its aside
            # (but X، الذي وصل ...، استقبله Z: X is the verb's object)
            return [ante]
    return []


def _coordinated_before(s: _Sentence, m: Mentioned) -> list[Mentioned]:
    """``m`` with the mentions joined to it by و before it (مصر والسعودية)."""
    group = [m]
    while True:
        prev = s.covered.get(group[0].i - 1)
        if prev and s.joined(group[0]) and not s.prep_before(prev):
            group.insert(0, prev)
        else:
            return group


def _agent_of_act(s: _Sentence, start: int) -> list[Mentioned]:
    """The doer named in a relative clause on the act just after ``start``:
    الهجوم الذي شنته Y، الإصلاحات التي نفذتها Y، الخطوة التي قامت بها Y."""
    for k in range(start, min(len(s.words) - 2, start + 5)):
        if k > start and s.hard_break(k):
            return []
        if k in s.covered:
            return []
        if s.norms[k] not in _RELATIVE:
            continue
        v = k + 1
        did = s.norms[v + 1] in ("به", "بها", "بهم")  # التي قامت بها Y، الذي يضطلع به Y
        if (did or s.norms[v].endswith(("ه", "ها", "هم"))) and v not in s.covered:
            nxt = v + 2 if did else v + 1  # التي قامت بها Y
            m = s.at.get(nxt)
            if m and not s.prep_before(m) and m.type is not ActorType.location:
                s.last_act = s.words[k - 1].forms[-1] if k > start else ""
                return [m]
        return []
    return []


def _doer_after_adverbial(s: _Sentence, q: int) -> list[Mentioned]:
    """The first actor not governed by a preposition within a few words after
    ``q`` (استقبله لدى وصوله X، استقبله في المطار X، لدى وصوله إلى مطار أمبولي الدولي X)."""
    for k in range(q, min(len(s.words), q + 9)):
        if k > q and s.hard_break(k):
            return []
        if k > q and s.words[k].punct in ("،", ",") and (
                (k in s.at and s.at[k].clitic[:1] == "و") or (k not in s.covered and s.norms[k][:1] == "و")):
            return []  # بحثنا اليوم التصعيد في لبنان، والأردن سيبقى ...: a new clause with its own subject
        if s.norms[k][:1] == "و" and k not in s.covered and any(
                tf.pos == "verb" for f in s.words[k].forms[1:] for tf in s.lex.trigger_forms.get(f, ())):
            # (ثم توجه إلى أوتاوا والتقى هناك X: with or without a comma)
            return []  # وصل إلى البلاد الأحد على رأس وفد، والتقى X: a new clause, X its object
        m = s.at.get(k)
        if m is None and (envoy := _envoy_named_after(s, k)) is not None:
            return envoy  # وصل إلى نواكشوط موفد رئيس جمهورية السنغال، X: X
        if m is not None and not s.prep_before(m) and m.type is not ActorType.location \
                and not m.place:
            if k > 0 and m.type is ActorType.organization and any(f in _VENUES for f in s.words[k - 1].forms):
                continue  # وكان في استقباله بمقر الخارجية الروسية نظيره X: the venue's body, not the host
            if k > q and k - 1 not in s.covered and s.norms[k - 1][:1] == "ل" and len(s.norms[k - 1]) > 3 \
                    and not s.words[k].punct_before:
                return []  # ودعمها لوحدة سوريا: the genitive of a noun after ل, no doer
            return s.coordinated(m)
    return []


def _envoy_named_after(s: _Sentence, k: int) -> list[Mentioned] | None:
    """At an envoy noun that names its sender (المبعوث الخاص للرئيس Z، Y): the
    envoy Y named after the sender, or [] when none is named; None when word
    ``k`` opens no such phrase."""
    if k in s.covered or not sent_by_word(s.words[k]):
        return None
    sender = next((x for x in s.mentions if k < x.i <= k + 3), None)
    if sender is None or any(y in s.covered for y in range(k, sender.i)):
        return None
    envoy = next((x for x in s.mentions if x.i == sender.j and x.type is ActorType.person
                  and s.words[x.i].punct in ("،", ",")), None)
    return [envoy] if envoy else []


# Feminine words that open a state's name (دولة قطر، جمهورية مصر، المملكة، الولايات المتحدة)
_FEMININE_STATE_HEADS = frozenset(normalize(w) for w in (
    "دولة", "جمهورية", "المملكة", "مملكة", "سلطنة", "السلطنة", "الولايات", "الإمارات", "إمارة",
    "الحكومة", "حكومة", "الدولة"))
# States whose bare name takes a feminine verb though it ends in no ا or ة
_FEMININE_STATE_NAMES = frozenset(normalize(w) for w in (
    "مصر", "إسرائيل", "إيران", "الصين", "الهند", "قطر", "الكويت", "الجزائر", "تونس", "باكستان",
    "أفغانستان", "أذربيجان", "أرمينيا", "كازاخستان", "أوزبكستان", "طاجيكستان", "تركمانستان", "قيرغيزستان"))



def _masculine_verb(norm: str, lex) -> bool:
    """Whether a trigger verb is written in the masculine singular (انتقد، وزار، ينتقد،
    سيزور), the form a feminine subject right after it never takes."""
    base = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    forms = lex.trigger_forms.get(norm, ())
    if any(tf.pos != "verb" for tf in forms):
        return False  # (دعم مصر للصومال: also the noun "support", whose doer follows it)
    for tf in forms:
        if tf.pos != "verb" or tf.pronoun:
            continue
        if tf.tense == "past" and tf.entry.past and base == normalize(tf.entry.past):
            return True
        if tf.entry.present and base.removeprefix("س") == normalize(tf.entry.present):
            return True
    return False


def _feminine_state(s: _Sentence, m: Mentioned) -> bool:
    """Whether a state is named here by a feminine noun: a capital or city (موسكو،
    القاهرة), a name in ا or ة (روسيا، تركيا), دولة / جمهورية ... X, or a listed
    feminine name (مصر، إسرائيل); never العراق، المغرب، لبنان، الكرملين, which are masculine."""
    first = s.words[m.i].forms[-1] if s.words[m.i].forms else s.norms[m.i]
    if first in _MASCULINE_SEATS:
        return False
    if m.place or first in _FEMININE_STATE_HEADS or (m.j - m.i == 1 and first in _FEMININE_STATE_NAMES):
        return True
    return m.j - m.i == 1 and len(first) >= 4 and first.endswith(("ا", "ه")) and not first.startswith("ال")


def _subject_after(s: _Sentence, q: int, agreeing: bool = True) -> list[Mentioned]:
    """The doer named right after a verb ending at ``q`` (VSO); with ``agreeing``, never
    a feminine state after a masculine verb (that state is the verb's object)."""
    if q >= 4 and s.norms[q - 2] in ("قد", "وقد") and any(
            s.norms[w] in _WAS and w + 1 < q - 2 and not any(x in s.at for x in range(w + 1, q - 2))
            and not any(s.words[x].punct_before for x in range(w + 1, q - 1))
            for w in range(max(0, q - 6), q - 3)):
        return []  # وكانت الصحيفة ذاتها قد اتهمت تركيا: the doer came before قد, and no actor was named
    k = q
    if k + 2 < len(s.words) and s.norms[k] == "كل" and s.norms[k + 1] == "من" \
            and not s.words[k + 1].punct_before and not s.words[k + 2].punct_before:
        k += 2  # وأدانت كل من مصر والأردن وقطر ...: each of them does it
    while k < len(s.words) and k not in s.at and (s.norms[k] in _SKIP or s.norms[k] in _DUAL_TITLES
                                or s.norms[k] in _STYLES or (k > q and k in s.demonyms)
                                or (s.norms[k] in _DEPUTY_WORDS and (k + 1) in s.at)) \
            and not s.words[k].punct_before:  # (استقبل فضيلة الإمام الأكبر X: past the style)
        k += 1  # (حذّرت نائبة المبعوث الأميركي X: the deputy, named with the envoy's title)
    if k == q and k + 1 < len(s.words) and s.norms[k] in _ON_IT and q >= 2 and s.norms[q - 2] in _RELATIVE \
            and k not in s.at and not s.words[k + 1].punct_before:
        k += 1  # المشروع الذي اتفق عليه X وY: "on it" is the relative's, then the doers
    if k == q and k + 1 < len(s.words) and s.norms[k] in _IN_IT and k not in s.at and not s.words[k + 1].punct_before \
            and q >= 2 and (s.norms[q - 2] in _WHEN_NOUNS or (
                q >= 3 and s.norms[q - 2] in _RELATIVE and s.norms[q - 3] in _WHEN_NOUNS)):
        k += 1  # في وقت انتقدت فيه حكومتا X وY ...: "in it" refers to the time; then the doer
        # (بيان اتهمت فيه الجزائر بـ: the statement's author accuses; الجزائر is its object)
    if k + 2 < len(s.words) and s.norms[k] in _IN_HIS_PLACE and s.norms[k + 1] in _OF_HIM \
            and not s.words[k + 1].punct_before and not s.words[k + 2].punct_before:
        k += 2  # وتوجه بدلاً منها وزير الخارجية X: the one who went in her place
    if k == q and k + 1 < len(s.words) and s.norms[k] == "الي" and (dest := s.at.get(k + 1)) is not None \
            and not s.words[k + 1].punct_before:
        # وصل إلى مقديشو أمس وفد عسكري مصري: the destination put first, then the one who came
        after = dest.j
        while after < len(s.words) and after not in s.at and s.norms[after] in _SKIP \
                and not s.words[after].punct_before:
            after += 1
        m = s.at.get(after)
        if m is not None and not s.words[after].punct_before and not s.prep_before(m) and (
                m.type is ActorType.person or s.words[m.i].forms[-1] in _A_DELEGATION):
            return s.coordinated(m)
    if k == q and k + 2 < len(s.words) and k not in s.at and s.norms[k] in _MEMBERS_SUBJECT \
            and s.norms[k + 1] == "من" and (k + 2) in s.at and not s.words[k].punct_before \
            and not s.words[k + 1].punct_before and not s.words[k + 2].punct_before \
            and s.at[k + 2].type in (ActorType.organization, ActorType.country):
        return s.coordinated(s.at[k + 2])  # عقد ضباط من الجيش اللبناني ووزارة الدفاع السورية اجتماعا: their bodies
    if k < len(s.words) and not s.words[k].punct_before:
        m = s.at.get(k)
        if m and agreeing and k == q and q >= 1 and m.type is ActorType.country and _masculine_verb(s.norms[q - 1], s.lex) \
                and _feminine_state(s, m):
            return []  # فيما انتقد إسرائيل: a masculine verb has no feminine state for its doer
        if m and not s.prep_before(m) and m.type is not ActorType.location:
            return s.coordinated(m)
        if m is None and (s.norms[k] in _MEMBER_OF or (
                s.words[k].forms[-1] in _title_heads(s.lex) and k == q and q >= 1
                and not (s.norms[q - 1][:1] in "وف" and s.norms[q - 1][1:] in s.lex.trigger_forms)
                and not any(x.type is ActorType.person and x.j <= k for x in s.mentions))):
            # (وصل أمين مجلس الوزراء الأول وزير الخارجية الكيني X: past an office we do not list —
            # not after a chained verb, whose doer goes on: والتقى محافظ شمال سيناء X)
            # أجرى عضو المكتب السياسي للجنة المركزية للحزب الشيوعي الصيني وزير الخارجية X: X
            for x in range(k + 1, min(len(s.words), k + 12)):
                if s.words[x].punct_before:
                    break
                held = s.at.get(x)
                if held is not None and held.type is ActorType.person and not s.prep_before(held):
                    return s.coordinated(held)
        if m is None and (envoy := _envoy_named_after(s, k)) is not None:
            return envoy  # وصل موفد رئيس جمهورية السنغال، وزير الدولة X: X, not the one who sent him
        if m is None and k + 2 < len(s.words) and s.norms[k] in _MINISTER_WORDS and s.norms[k + 1] == _THE_STATE \
                and s.words[k + 2].punct in ("،", ",") and not s.words[k + 1].punct_before:
            # استقبل وزير الدولة، وزير الشؤون الخارجية X: a rank, then his office and name
            m = s.at.get(k + 2)
            if m is not None and m.type is ActorType.person and not s.prep_before(m):
                return [m]
        if m is None and k + 1 < len(s.words) and (s.norms[k] in _TWO_DELEGATIONS or s.norms[k] in _DELEGATES_OF) \
                and not s.words[k + 1].punct_before and (k + 1) in s.at:
            group = s.coordinated(s.at[k + 1])
            if len(group) >= 2:
                return group  # لم يلتق وفدا الجيش وقوات الدعم السريع: the two sides
        if m is None and k + 1 < len(s.words) and s.norms[k] in _PLANE and not s.words[k + 1].punct_before:
            # حطت طائرة أمير قطر X في مطار دمشق: the one the plane carries arrived
            m = s.at.get(k + 1)
            if m and m.type is ActorType.person:
                return [m]
        if m is None and k + 2 < len(s.words) and s.norms[k] in _A_DELEGATION \
                and s.norms[k + 1] == "من" and not s.words[k + 1].punct_before:
            # وزار وفد من الكونغرس الأمريكي تايوان: the body the delegation is from
            m = s.at.get(k + 2)
            if m and m.type in (ActorType.organization, ActorType.country):
                return [m]
        if m is None and k + 2 < len(s.words) and s.norms[k] in _MISSIONS and not s.words[k + 1].punct_before:
            # وصلت بعثة (من) صندوق النقد الدولي إلى القاهرة: the body whose mission it is
            # (but لتمويل بعثة الاتحاد الأفريقي في الصومال: a noun's genitive, the mission itself)
            m = s.at.get(k + 1 + (s.norms[k + 1] == "من"))
            if m and m.type is ActorType.organization and m.i == k + 1 + (s.norms[k + 1] == "من") and (
                    s.norms[k + 1] == "من" or (k == q and q >= 1 and any(
                        tf.pos == "verb" for f in s.words[q - 1].forms for tf in s.lex.trigger_forms.get(f, ())))):
                return [m]
    return []


_MISSIONS = frozenset(normalize(w) for w in ("بعثة", "البعثة"))


_EXPOSED = frozenset(normalize(w) for w in ("تعرض", "تعرضت", "يتعرض", "تتعرض", "يواجه", "تواجه", "واجه", "واجهت"))
_AFFIRMED_BOTH = frozenset(normalize(w) for w in ("أكدا", "جددا", "أعلنا", "مؤكدين", "مجددين"))  # (وأكدا دعم بلديهما)
_THEIR_TWO_STATES = frozenset(normalize(w) for w in ("بلديهما", "دولتيهما", "حكومتيهما"))
# وشكر X ضيفه / مضيفه: "his guest" after the doer is the verb's object.
_HOST_OF_HIM = frozenset(normalize(w) for w in ("مضيفه", "مضيفها", "مضيفته", "مضيفتها"))  # "his host"
_HIS_GUEST = frozenset(normalize(w) for w in ("ضيفه", "ضيفها", "ضيفته", "ضيفتها")) | _HOST_OF_HIM
# What talks still to come will cover (ستتناول المحادثات، سيبحث اللقاء).
_WILL_COVER = frozenset(normalize(w) for w in (
    "ستتناول", "سيتناول", "ستبحث", "سيبحث", "ستناقش", "سيناقش", "ستركز", "سيركز", "ستتطرق", "سيتطرق",
    "ستشمل", "سيشمل", "ستستعرض", "سيستعرض", "ستتمحور", "سيتمحور"))
_LATER_WORDS = frozenset(normalize(w) for w in ("في", "وقت", "لاحق", "لاحقا", "من", "المساء", "غد"))  # (besides _TIME_WORDS)
_ALLY_PLURALS = frozenset(normalize(w) for w in ("حلفاء", "شركاء"))
_THE_COMING = frozenset(normalize(w) for w in ("القادم", "القادمة", "القادمين", "القادمان"))
_AND_WAS = frozenset(normalize(w) for w in ("وكان", "وكانت"))
_WAS = _AND_WAS | frozenset(normalize(w) for w in ("كان", "كانت"))
_MEMBER_OF = {normalize(w) for w in ("عضو", "عضوة")}
_ANNOUNCED = {normalize(w) for w in ("عن", "إقامة", "إنشاء", "تأسيس", "إطلاق", "توقيع", "على")}
_MEMBERS = {normalize(w) for w in (
    "قادة", "مسؤولين", "مسؤولي", "أعضاء", "أفراد", "عناصر", "شخصيات", "كيانات", "شركات",
    "ضباط", "قياديين", "عسكريين", "وزراء", "دبلوماسيين", "وحدات", "جنود")}
_ENVOYS_OF = {normalize(w) for w in ("ممثلين", "ممثلي", "ممثلون", "مسؤولين", "مسؤولي", "دبلوماسيين", "مبعوثين",
                                     "مبعوثي")}
_MEMBERS_SUBJECT = {normalize(w) for w in (
    "ضباط", "مسؤولون", "ممثلون", "خبراء", "دبلوماسيون", "عسكريون", "قادة", "قياديون", "مفاوضون")}
_A_DELEGATION = {normalize(w) for w in ("وفد", "وفدا", "الوفد")}
_SENT_GROUPS = _A_DELEGATION | {normalize(w) for w in ("بعثة", "فريق", "فريقا", "لجنة", "قوة")}
_LEADERSHIP = {normalize(w) for w in ("قيادة", "قيادات", "كبار", "قادة")}  # (وفداً من قيادة حركة X)
_PLANE = {normalize(w) for w in ("طائرة", "الطائرة")}
_BEGAN_IT = {normalize(w) for w in ("استهلها", "استهلّها", "بدأها", "اختتمها", "افتتحها", "استهلاها")}
_STATES_OF = {normalize(w) for w in ("دول", "بلدان")}
_TRIP_FRAMES = {normalize(w) for w in ("مستهل", "مطلع", "بداية", "إطار", "ضمن", "ختام", "أولى", "محطة")}
_MEASURES = {normalize(w) for w in ("عقوبات", "العقوبات", "رسوما", "رسوم", "قيودا", "قيود", "حظرا")}
# A state enclaved in another's capital (general knowledge): where the sentence names
# it, a visit to that capital is a visit to it.
_ENCLAVE_SEATS = {normalize("روما"): "holy_see"}
_STYLES = _STYLE_WORDS | {normalize("دولة")}  # (the styles of mentions.py, and دولة رئيس الوزراء)
# Epithets a pair word may carry before its dual verb (البلدين الشقيقين يتفقان).
_PAIR_EPITHETS = {normalize(w) for w in ("الشقيقين", "الشقيقان", "الصديقين", "الصديقان", "الجارين", "الجاران")}
_GOVERNMENT_WORD = normalize("الحكومة")  # (إبرام الحكومة أي صفقة: the speaker's state's act)
_SHARED_VIEWS = {normalize(w) for w in ("رفض", "ضرورة", "أهمية", "أن", "إدانة")}  # (يتفقان على رفض: a stance)
_FILE_WORDS = {normalize(w) for w in ("ملف", "لملف", "بملف", "الملف", "للملف")}  # (منسقا لملف X: a role's topic)
_THE_MEDIATORS = {normalize(w) for w in ("الوسيطان", "الوسيطين", "الوسيطتان", "الوسيطتين", "الوسطاء")}
# The act of signing, whose genitive is its doer (توقيع X وY على اتفاق); a document's genitive is its name (اتفاق بكين).
_SIGNING_NOUNS = {normalize(w) for w in ("توقيع", "التوقيع", "إبرام", "الإبرام")}
_TWO_DELEGATIONS = {normalize(w) for w in ("وفدا", "وفدي", "ممثلا", "ممثلي")}
_DELEGATIONS_FROM = {normalize(w) for w in ("وفدين", "وفدان", "وفود", "ممثلين", "ممثلون")}
# The plural heads of a construct whose genitive is the sides (وقع ممثلو الجيش وقوات الدعم السريع ...).
_DELEGATES_OF = {normalize(w) for w in ("ممثلو", "مندوبو", "مفاوضو", "وفود")}
_TWO_MOVEMENTS = {normalize(w) for w in ("حركتي", "حركتا", "حزبي", "حزبا")}
_MINISTER_WORDS = {normalize(w) for w in ("وزير", "وزيرة")}
_WHEN_NOUNS = {normalize(w) for w in ("وقت", "الوقت", "يوم", "اليوم", "لحظة", "اللحظة", "حين")}
_IN_HIS_PLACE = _INSTEAD | {normalize("نيابة")}  # (بدلاً منه، عوضاً عنه، نيابة عنه)
_OF_HIM = {normalize(w) for w in ("منه", "منها", "عنه", "عنها")}
_THE_STATE = normalize("الدولة")


@lru_cache(maxsize=512)
def _marker_words(marker: str) -> tuple[str, ...]:
    """A trigger's object marker (مع، إلى، محادثات مع), normalized into words."""
    return tuple(normalize(marker).split())


def _after_delegation(s: _Sentence, q: int, at: int) -> bool:
    """A delegation noun (from ``q`` on) names the body at ``at`` after ل or من,
    past at most two of its adjectives (الوفد المفاوض لجماعة Y، وفدا رفيعا من حركة Y).

    >>> # "استقبل X الوفد المفاوض لجماعة أنصار الله" → True
    """
    for d in range(at - 1, max(q, at - 3) - 1, -1):
        if s.words[d + 1].punct_before or d in s.covered:
            return False
        if s.norms[d] in _A_DELEGATION:
            definite = s.norms[d].startswith("ال")
            return all(x not in s.covered and x not in s.demonyms and (
                s.norms[x].startswith("ال") if definite else (s.words[x].tanween or s.norms[x].endswith("ا")))
                and s.norms[x] not in s.lex.trigger_forms for x in range(d + 1, at))
    return False


def _object_by_marker(s: _Sentence, start: int, markers: list[str], after: int,
                      window: int = 10, b_is_place: bool | str = True) -> list[Mentioned]:
    """Object mentions after ``start``, introduced by one of ``markers``.
    ``b_is_place``: a state after ب is a place, not the object (True), the object
    (False); "object": any place after ب is the object (حل X بالرباط)."""
    for marker in markers:
        mk = _marker_words(marker)
        if mk and mk[0] == "بين":
            pair = _between(s, start, window)
            if pair:
                return pair
            continue
        lead, prep = mk[:-1] if len(mk) > 1 else (), (mk[-1] if mk else "")
        if prep == "_":
            prep = ""  # "تهاني _": the lead noun, then the object as its genitive (تلقى X تهاني Y)
        q = start
        if not mk and (head := _head_of_body_delegation(s, q)):
            return head  # استقبل X وفدا من غرفة تجارة نيروبي برئاسة رئيسها Y: Y
        if not mk and q < len(s.words) and s.words[q].punct in ("،", ",") and s.norms[q] in _DURING:
            q = _after_aside(s, q)  # حذّر، خلال لقائه Y في عمان، من أن ...: Y is met, not warned
        if not mk and q + 3 < len(s.words) and s.words[q].punct in ("،", ",") and s.norms[q] in ("كل", "كلا") \
                and s.norms[q + 1] == "علي" and s.norms[q + 2] == _APART and s.words[q + 3].punct in ("،", ","):
            q += 3  # استقبل كل من X وY، كلٌّ على حدة، Z: each on his own, then the guest
        if lead:
            # the lead words (محادثات مع) must appear within the window
            hit = None
            for k in range(start, min(len(s.words), start + window)):
                if k + len(lead) <= len(s.words) and all(
                        s.norms[k + x] == word or word in s.words[k + x].forms
                        for x, word in enumerate(lead)):
                    hit = k + len(lead) - 1  # the whole lead, in order (برقية تهنئة, not برقية تعزية)
                    break
            if hit is None:
                continue
            q = hit + 1
            if prep == _SIDE and q < len(s.words) and s.norms[q] == _SIDE and q + 1 not in s.at \
                    and (goods := _goods_of_state(s, q + 1)):
                return goods  # تقف إلى جانب وحدة أراضي البوسنة: the state whose unity is backed
        if not mk and q < len(s.words) and q not in s.covered and s.norms[q][:1] == "ل" \
                and not s.norms[q].startswith("لل") and s.norms[q][1:] in s.lex.trigger_forms:
            continue  # والتقى X لبحث افتتاح قنصلية تركية: a purpose clause follows, no direct object
        instead_end = -1
        for k in range(q, min(len(s.words), q + window)):
            if k < instead_end:
                continue
            if prep == "" and s.norms[k] in _INSTEAD and k not in s.covered:
                # تموّل بدلاً منها / بدلا من ذلك Y: an adverbial before the object
                instead_end = k + 1 + (k + 1 < len(s.words) and s.norms[k + 1] in _INSTEAD_OF) \
                    + (k + 2 < len(s.words) and s.norms[k + 1] in ("من", "عن") and s.norms[k + 2] in ("ذلك", "هذا"))
                continue
            if s.norms[k] in _TIME_CONJ and k + 1 < len(s.words) and s.norms[k + 1] == "ان":
                break  # التقى X قبل أن يجتمع بـY: Y belongs to the next clause
            if k > q and ((s.hard_break(k) and not (s.words[k].punct == ":" and s.norms[k - 1] in COUNTERPART))
                          # (استقبل X نظراءه: المالي Y، ...: the list the colon opens)
                          or s.norms[k] in _CLAUSE_WORDS or s.norms[k] in _AND_THAT
                          or s.norms[k] in _BUT_HE  # (، لكنه أقر بأن السفارة ...: his next clause)
                          or s.norms[k] in _OCCASION
                          or (s.norms[k] in ("ان", "انه", "انها") and s.norms[k - 1] == "من"
                              and not (k + 1 < len(s.words) and s.words[k + 1].forms[-1] in _ACTS_OF))):
                # (محذرا من أن باكو لن تقف ...: what he warns of, a clause with its own subject)
                break  # (هنأ X Y بمناسبة انتخابه رئيسا لبولندا: the occasion names no party)
            if prep == "ل" and s.norms[k] == "في" and k not in s.covered and k + 1 < len(s.words) \
                    and s.norms[k + 1] in _ATTACKS:
                break  # بدعم Y في هجوم استهدف مواقع للجيش: the army's positions were attacked, not backed
            m = s.at.get(k)
            if m is None and s.norms[k][:1] == "و" and k + 1 < len(s.words) and k not in s.covered \
                    and s.norms[k + 1] in _WITH_HIM and not s.words[k + 1].punct_before:
                break  # والتقى Y وبحث معه ملف رواتب موظفي الإقليم: a second verb with "him", its own clause
            if k > q and m is None and s.norms[k] in _DESPITE:
                break  # لم يلتق أعضاء اللجنة رغم زيارتهم الجزائر: the concession is a clause of its own
            if prep == "" and m is None and s.norms[k] in _RELATIVE and s.words[k].punct in ("،", ","):
                break  # استقبل X، ...، Z الذي يزور السلطنة: what the relative clause holds is its own
            if prep == "" and m is None and k == q and s.norms[k] in _RELATIVE and (k - 1) in s.covered \
                    and s.covered[k - 1].type is ActorType.person:
                break  # والتقى نظيره Y الذي وصف أذربيجان بأنها ...: the relative clause's own object
            if prep == "" and m is None and k == q and s.norms[k] in _RELATIVE and (k - 1) in s.covered \
                    and k + 1 < len(s.words) and (k + 1) not in s.covered and s.norms[k + 1][:1] in "يت" \
                    and s.norms[k + 1].endswith(("ه", "ها")) and len(s.norms[k + 1]) >= 5:
                break  # تدعم المجلس الانتقالي الذي يرأسه Y: Y does the relative's verb, no object here
            if prep == "" and k > q and m is None and s.words[k].punct in ("،", ",") and k not in s.covered \
                    and s.norms[k][:1] == "م" and len(s.norms[k]) >= 5 and s.words[k].tanween \
                    and s.norms[k] not in _CIRCUMSTANTIAL and s.norms[k] not in _DESCRIBING_HIM:
                # (but انتقد X الزيارة، معتبراً أن حكومة Y ...: what he holds names whom he criticizes)
                break  # دعم المجلس لجهود المبعوث، محمّلاً الحوثيين مسؤولية ...: the participle's object is its own
            if k > q and m is None and s.norms[k][:1] == "و" and k not in s.covered and any(
                    tf.pos == "verb" for f in s.words[k].forms[1:] for tf in s.lex.trigger_forms.get(f, ())):
                break  # التقينا نظراءنا الأوروبيين وسنزور القاهرة: a second verb, its own object
            if k > q and m is None and k not in s.covered and s.norms[k][:2] in ("وي", "وت") \
                    and len(s.norms[k]) >= 5 and not s.norms[k].startswith(("ويل", "وتي")) \
                    and not s.lex.phrases.get((s.norms[k],)):
                break  # روتو يستقبل الزيودي ويصف الإمارات بـ...: a second present verb, its own clause
            if m is None and s.words[k].punct in ("،", ",") and k not in s.covered and (
                    (k > q and ((s.norms[k][:1] == "و" and not s.norms[k].startswith("وفد"))
                                or s.norms[k] in s.lex.trigger_forms))
                    or s.norms[k] in ("ثم", "كما")):  # (، ثم اجتمع بـZ: the next act's)
                # (X، وزير دولة ...، وفدا من Y: وفد is a delegation, no conjunction)
                break  # دعم الحوار، ويعتزم الوزير التوجه إلى طهران / قمة X، عقد Y: a new clause
            if m is not None and prep == "" and k > q + 1 and s.words[k].punct in ("،", ",") and s.norms[k][:1] == "و" \
                    and not any(x in s.covered for x in range(q, k)) and s.norms[k - 1].endswith("ا"):
                break  # يستقبل وزيراً تشادياً، والرباط وإنجامينا تتفقان: the unnamed guest was the object
            if m is None and prep == "" and s.norms[k] in _GOODS and (goods := _goods_of_state(s, k)):
                # تدعم (بالكامل) وحدة الأراضي السورية: the state whose land it is (جهود الأردن وسوريا: each)
                return s.coordinated(goods[0]) if s.at.get(goods[0].i) is goods[0] else goods
            if m is None and prep == "" and (envoy := _envoy_named_after(s, k)) is not None:
                return envoy  # استقبل X المبعوث الخاص للرئيس Z، Y: Y, named after his sender (or no one)
            peer_at = k + 1 if s.norms[k] == "مع" else k
            if m is None and peer_at + 2 < len(s.words) and s.norms[peer_at] in COUNTERPART \
                    and s.norms[peer_at + 1] == "من" and (first := s.at.get(peer_at + 2)) is not None \
                    and first.i == peer_at + 2 and first.type is ActorType.country \
                    and (k == q or (prep == "مع" and s.norms[k] == "مع")):
                # اجتماع X مع نظرائه من مالي والنيجر: his unnamed counterparts stand for their states
                return [x for x in s.coordinated(first) if x.type is ActorType.country]
            named_at = peer_at + 2 + (peer_at + 3 < len(s.words) and s.norms[peer_at + 2] in _TWO_MOVEMENTS)
            if m is None and named_at < len(s.words) and s.norms[peer_at] in _ENVOYS_OF \
                    and s.norms[peer_at + 1] in ("عن", "من") and (first := s.at.get(named_at)) is not None \
                    and first.i == named_at and first.type in (ActorType.country, ActorType.organization) \
                    and not any(s.words[x].punct_before for x in range(peer_at + 1, named_at + 1)) \
                    and (k == q or (prep == "مع" and s.norms[k] == "مع")):
                # اجتماعا مع ممثلين عن فرنسا وألمانيا وبريطانيا: the unnamed envoys stand for their states
                # (استضاف ممثلين عن حركتي فتح وحماس: the two movements)
                return s.coordinated(first)
            t0 = k + 1 if s.norms[k] == "مع" else k
            if m is None and prep == "مع" and k == q and t0 < len(s.words) and any(
                    h.kind == "title" for n in (1, 2, 3, 4) for h in s.lex.phrases.get(tuple(s.norms[t0:t0 + n]), ())):
                # محادثات مع نائب رئيس مجلس الوزراء، وزير الخارجية ...، السيد X: titles in apposition, one man
                x = next((x for x in range(t0 + 1, min(len(s.words), t0 + 11)) if s.words[x].punct_before), None)
                held = s.at.get(x) if x is not None and s.words[x].punct in ("،", ",") else None
                if held is not None and held.i == x and held.type is ActorType.person \
                        and not any(y in s.covered and s.covered[y].type is not ActorType.organization
                                    for y in range(t0, x)):
                    # (عضو المكتب السياسي للحزب الشيوعي الصيني، وزير الخارجية، وانغ يي: the party in his title)
                    return [held]
            if m is None and prep == "" and k > q and s.norms[k] == "من" and k not in s.covered \
                    and not _A_DELEGATION.isdisjoint(s.words[k - 1].forms) and (led := _head_of_body_delegation(s, k - 1)):
                return led  # لدى استقباله بمقر البرلمان وفداً من المجلس برئاسة Y: Y
            if m is None:
                if prep == "" and k > q and s.norms[k] in _PREPS and k + 1 < len(s.words) \
                        and k + 1 not in s.at and k not in s.covered \
                        and not (s.norms[k] == "من" and any(s.norms[x] in _PARTITIVES for x in range(max(q, k - 2), k))) \
                        and not (s.norms[k] == "من" and s.norms[k + 1] in _LEADERSHIP and (k + 2) in s.at
                                 and not _A_DELEGATION.isdisjoint(s.words[k - 1].forms)) \
                        and not _venue_noun(s.words[k + 1]) \
                        and s.norms[k + 1] not in _SIDELINES \
                        and not (s.norms[k] == "في" and _venue_noun(s.words[k - 1])) \
                        and not (s.norms[k] == "في" and s.norms[k - 1] in _SHIFTS
                                 and s.norms[k + 1] in _STANCES_HELD):  # (انتقد التحول في موقف باريس: Paris's)
                    # (التقى على هامشها Y; استقبل X في مكتبه في اليرزة Y: the venue's town;
                    # استقبل، الثلاثاء، في مكتبه، Y: "his" office too)
                    break  # في مواجهة X: a prepositional phrase, no direct object after it
                continue  # (في قصر الشاطئ اليوم فخامة X: a venue, then the object)
            if k < after or m.named:
                continue  # (اتفاق الدوحة: the document, not a party)
            if prep == "" and k > q and not _BUILDINGS.isdisjoint(s.words[k - 1].forms) \
                    and not s.words[k].punct_before and (k - 1) not in s.covered:
                continue  # في مكتبه بأبراج الإمارات اليوم، Y: the venue's name, then the one received
            if k >= 1 and s.norms[k - 1] in _SPONSORING:
                continue  # وقعه البلدان برعاية الرئيس التركي X: the sponsor is no party
            if prep == "" and k >= 2 and s.norms[k - 1] == _BOARD_OF and s.norms[k - 2] in _COUNCIL_NOUNS \
                    and not s.words[k].punct_before and not s.words[k - 1].punct_before:
                continue  # استقبلت X رئيسة مجلس إدارة مؤسسة قطر، ...: the body she chairs, no one received
            if prep == "" and k > q and m.no_side and any(
                    not _MEDIATION.isdisjoint(s.words[x].forms) for x in range(max(q, k - 2), k)):
                break  # التقى Y، في إطار وساطة يقودها X: the mediator is no one met
            if k >= 1 and s.norms[k - 1] in _LED_BY and s.words[k - 1].punct_before and prep == "":
                continue  # اتهمت الحكومة، برئاسة X، تركيا بـ: the head in the aside is not the object
            if prep and k >= q + 2 and m.type is ActorType.person and s.norms[k - 1] in _LED_BY \
                    and s.norms[k - 2] in _GOVERNMENT and (k - 2) not in s.covered \
                    and not any(s.words[x].punct_before for x in range(k - 2, k + 1)) and (
                        s.norms[k - 2].startswith(prep) or (
                            k - 3 >= q and s.norms[k - 3].startswith(prep) and s.norms[k - 3][len(prep):] in _MERITS)):
                return [m]  # أشاد X بجهود الحكومة برئاسة Y: the government's head stands for it
            if k >= 2 and s.norms[k - 1] == "لسان" and s.norms[k - 2] == "علي":
                continue  # أدانت X، على لسان أمينها العام Y، ...: Y speaks for X
            if k >= 1 and s.norms[k - 1] in _ATTENDING or (
                    k >= 2 and s.norms[k - 2] in _ATTENDING and s.norms[k - 1] in _KIN_NOUNS):
                continue  # استقبلها X بحضور (نجله) Y: Y sat in, he is not the one received
            if k > 0 and s.norms[k - 1] in _COMPANION:
                continue  # زار X برفقة Y، موسكو: the companion is no object
            if prep == "الي" and not s.prep_before(m) and m.type in (ActorType.country, ActorType.location) and any(
                    s.norms[x] == "الي" and s.norms[x + 1] in _CAPITAL_NOUNS and all(
                        y not in s.covered and not s.words[y].punct_before and s.norms[y].startswith("ال")
                        for y in range(x + 2, k)) and not s.words[x + 1].punct_before
                    for x in range(max(q - 1, k - 4), k - 1)):
                return [m]  # وصل إلى العاصمة المؤقتة عدن: the city named after its noun
            if prep == "الي" and m.type in (ActorType.country, ActorType.location) and s.prep_before(m) in ("في", "ب") \
                    and any(s.norms[x] == "الي" and any(f in _VENUES for f in s.words[x + 1].forms)
                            and all(y not in s.covered and not s.words[y].punct_before for y in range(x + 1, k))
                            for x in range(max(q - 1, k - 6), k - 1)):
                return [m]  # لدى وصوله إلى مطار الرئاسة في أبوظبي: the city of the airport
            if (m.place or m.type is ActorType.organization) and k > 0 \
                    and any(f in _VENUES for f in s.words[k - 1].forms) \
                    and not (prep == "الي" and m.place and s.norms[k - 1] in _TERRITORY_NOUNS
                             and k > 1 and s.norms[k - 2] == "الي"):
                continue  # بمكتبه في قصر لوسيل / في مقر الحلف: the venue's, not the object
                # (but وصل إلى مدينة قازان: the city travelled to)
            if prep == "" and k > q and s.norms[k - 1][:1] in "لب" and s.norms[k - 1][1:] in _MERITS \
                    and k - 1 not in s.covered:
                continue  # دعم الجامعة لجهود حكومته: the genitive of لجهود is no direct object
            if prep == "" and k > 1 and s.norms[k - 1] in ("عم", "خال") and s.norms[k - 2] in _KIN_NOUNS \
                    and s.words[k - 2].punct_before:
                continue  # X، ابن عم Y: Y is named in apposition, not the object
            if prep == "" and k > 0 and s.norms[k - 1] in _KIN_NOUNS and (
                    s.words[k - 1].punct_before or s.norms[k - 1] in _SPOUSES):
                continue  # X، زوجة Y، ... / تستقبل عقيلة الرئيس Y: Y is named for his wife, not the object
            if prep == "" and any(s.norms[x] in _KIN_NOUNS and s.words[x].punct in ("،", ",")
                                  and not any(y in s.covered or s.words[y].punct_before for y in range(x + 1, k))
                                  for x in range(max(q, k - 3), k - 1)):
                continue  # انتقد X، نجل المرجع الراحل Y، فصيلي ...: Y is named for whose son X is
            if prep == "" and any(x >= q and x not in s.covered and not _SENT_BY.isdisjoint(s.words[x].forms)
                                  and all(y not in s.covered for y in range(x, k))
                                  for x in range(max(0, k - 2), k)):
                return []  # استقبل X مبعوث (رئيس) المجلس: the envoy, not the one who sent him
            pb = s.prep_before(m)
            if prep in ("من", "") and m.i > q + 1 and m.i - 1 not in s.covered and not s.words[m.i].punct_before \
                    and s.norms[m.i - 1][:1] == "ل" and s.norms[m.i - 1][1:] in _HARMS_DONE:
                return []  # حذر من أي محاولات لتهجير الفلسطينيين: the people harmed, not the one warned
            if prep == "مع" and pb == "مع" and m.i >= 2 and s.norms[m.i - 2] in _CONFLICT_NOUNS:
                continue  # لبحث جهود إنهاء الحرب مع روسيا: the war is with Russia, the talks are not
            if prep == "" and m.type is ActorType.organization and m.i >= 2 \
                    and not _DELEGATIONS.isdisjoint(s.words[m.i - 1].forms) \
                    and s.norms[m.i - 2] in _title_heads(s.lex) and not s.words[m.i - 1].punct_before:
                # استقبل X رئيسة وفد البرلمان الأوروبي للعلاقات مع ... النائبة Y: the delegation's head, named after
                head = next((x for x in s.mentions if m.j <= x.i <= m.j + 8 and x.type is ActorType.person), None)
                if head is not None and not any(s.words[y].punct_before for y in range(m.j, head.i + 1)):
                    return [head]
            if prep == "" and pb in ("ل", "من") and m.type is ActorType.organization \
                    and _after_delegation(s, q, m.i - (s.norms[m.i - 1] == "من")):
                return s.coordinated(m)  # استقبل X الوفد المفاوض لجماعة Y / وفدا رفيعا من حركة Y: the body
            if prep == "" and pb == "" and m.place and m.i > q and not s.words[m.i].punct_before \
                    and s.norms[m.i - 1] in _A_DELEGATION:
                # استقبل X وفد صنعاء برئاسة Y: a delegation named by its city is its head's (the
                # city alone says not which camp sent it)
                return _delegation_led_by(s, m.i - 1, len(s.words))
            if prep == "" and pb == "":
                return s.coordinated(m)
            if prep in ("ب", "مع") and pb in ("", "من") and k > 1 and s.norms[k - 1] == "من" \
                    and any(f in _DELEGATIONS for f in s.words[k - 2].forms) and (
                        s.norms[k - 2].startswith(prep) or (k > 2 and s.norms[k - 3] == prep)):
                return s.coordinated(m)  # اجتمع X بوفد من الكونغرس الأمريكي: the body
            office_at = q + 1 if s.norms[q] == "مع" else q
            if prep == "مع" and pb == "" and k - office_at >= 2 and m.i == k and m.type is ActorType.person \
                    and s.norms[k][:1] == "و" and s.norms[office_at] in _title_heads(s.lex) \
                    and office_at > 0 and s.norms[office_at - 1] == "مع" \
                    and not any(x in s.covered or s.words[x].punct_before for x in range(office_at, k)) \
                    and not s.words[k].punct_before:
                # مباحثات مع رئيس أمانة مجلس الوزراء ووزير الخارجية الكيني X: an office
                # the lexicon does not hold, joined by و to the named man's (his, or a colleague's)
                return [m]
            if prep and pb == prep:
                if prep == "ب" and b_is_place != "object" and (m.type is ActorType.location or (
                        b_is_place and m.type is ActorType.country)):
                    continue  # التقى ... بالرباط: a place (علاقاته بواشنطن: a partner)
                return s.coordinated(m)
            if prep == "ل" and pb == "ل":
                return s.coordinated(m)
            if prep == "ل" and pb == "" and k > 0 and s.norms[k - 1] in _STATE_INSTITUTIONS and k - 1 not in s.at \
                    and m.type is ActorType.country:
                return [m]  # الداعم لمؤسسات الدولة السودانية: the state whose institutions are backed
            if prep == "ل" and pb == "" and k > 0 and s.norms[k - 1][:1] == "ل" \
                    and s.norms[k - 1][1:] in _MERITS - _DECISION_NOUNS and k - 1 not in s.at \
                    and (_HIS_STATE.isdisjoint(s.words[k].forms) or _only_person_of(s, k, m.actor)):
                # (لجهود حكومته: whose "his"? the one person named before, a man of that state; else nobody)
                return s.coordinated(m)  # دعمها لجهود المبعوث الأممي X: his efforts, him
            if prep == "ل" and pb == "" and m.type is ActorType.country and k > 1 and k - 1 not in s.covered and (
                    (s.norms[k - 1][:1] == "ل" and s.norms[k - 1][1:] in _INTEGRITY)
                    or (s.norms[k - 2][:1] == "ل" and s.norms[k - 2][1:] in _INTEGRITY and s.norms[k - 1] in _INTEGRITY
                        and k - 2 not in s.covered and not s.words[k - 1].punct_before)):
                return [m]  # جدد دعم تركيا لوحدة أراضي أوكرانيا / لسيادة لبنان: the state itself
            if prep == "ل" and pb == "في" and m.type is ActorType.country \
                    and _THIS_STATE_WORDS.isdisjoint(s.words[m.i].forms) and any(  # (في البلاد: whose, unsure)
                    s.norms[x][:1] == "ل" and s.norms[x][1:].removeprefix("ال") in _COURSES and x not in s.covered
                    and not any(s.words[y].punct_before or y in s.covered for y in range(x + 1, k))
                    for x in range(max(q, k - 4), k - 1)):
                return [m]  # بالدعم الروسي لمشروعات التنمية في مصر: the state whose development is backed
            if prep and pb in ("في", "من", "ب", "") and m.i >= 3 and s.norms[m.i - 2] in _MEMBERS \
                    and s.norms[m.i - 1] in ("في", "من") and s.norms[m.i - 3] == prep:
                return s.coordinated(m)  # عقوبات على قادة في قوات الدعم السريع: on the body
            if prep == "" and pb == "من" and m.i >= 2 and m.i - 2 >= q and s.norms[m.i - 2] in _MEMBERS \
                    and not any(x in s.covered for x in range(q, m.i - 1)) and m.type is not ActorType.location:
                return s.coordinated(m)  # تدرب وحدات من الجيش الصومالي: the body whose units they are
            if prep == "" and pb:
                if m.type in (ActorType.country, ActorType.location) and pb in ("ب", "في"):
                    continue  # a place adverbial (بالرباط، في موسكو), not the object
                if m.type in (ActorType.country, ActorType.location) and pb == "الي" and any(
                        s.norms[x] in _ADVERBIAL and not any(s.words[y].punct_before for y in range(x + 1, m.i))
                        for x in range(max(q, m.i - 4), m.i - 1)):
                    continue  # والتقى خلال زيارته إلى الصين Y: the visit's destination, then the one met
                break  # governed by a preposition: try the next marker
            if prep == "الي" and pb in ("", "في") and m.type is ActorType.country and k >= 3 \
                    and (pb == "في" or s.norms[k - 1] in _DIRECTIONS) and any(
                        s.norms[x] == "الي" and s.norms[x + 1] in _TOWN_NOUNS for x in range(max(q - 1, k - 5), k - 2)):
                return [m]  # وصل إلى مدينة نارا غربي اليابان / إلى مدينة X في Y: that state
            if prep and not pb and prep not in ("ل",):
                # a bare mention stands between: it is not this object
                continue
    return []


_CAPITAL_NOUNS = frozenset(normalize(w) for w in ("العاصمة", "مدينة", "المدينة", "ميناء"))


_DIRECTIONS = frozenset(normalize(w) for w in (
    "غرب", "غربي", "شرق", "شرقي", "شمال", "شمالي", "جنوب", "جنوبي", "وسط", "وسطي"))
_TOWN_NOUNS = frozenset(normalize(w) for w in ("مدينة", "بلدة", "منطقة", "ولاية", "إقليم", "جزيرة", "مقاطعة"))


_THIS_STATE_WORDS = {normalize(w) for w in ("للبلاد", "البلاد", "للدولة", "الدولة", "لبلاده", "لبلادها")}
_ELECTED = {normalize(w) for w in ("انتخابه", "انتخابها", "فوزه", "فوزها", "تنصيبه", "تنصيبها",
                                   "توليه", "توليها", "إعادة انتخابه", "تعيينه", "تعيينها")}
_OCCASION = {normalize(w) for w in ("بمناسبة", "لمناسبة", "بمناسبه")}
_DIRECT = {normalize(w) for w in ("مباشرة", "المباشرة")}
_SINCE = {normalize(w) for w in ("منذ", "ومنذ")}
_SUMMIT = {normalize(w) for w in ("قمة", "القمة")}
_ISSUED = frozenset(normalize(w) for w in ("الصادر", "الصادرة", "الختامي", "الذي", "التي"))
_PREPARATIONS = frozenset(normalize(w) for w in ("التحضيرات", "التحضير", "الاستعدادات", "الترتيبات", "تحضيرات",
                                                 "ترتيبات", "استعدادات", "والتحضيرات", "والترتيبات"))
_LEAVING = frozenset(w for w in _DEPARTING if "غادر" in w)  # (غادر X تونس: the place left)
_FORUM_NAMES = frozenset(_SUMMIT) | {normalize(w) for w in ("مؤتمر", "منتدى", "حوار")}  # named by their city
_DECISION_NOUNS = {normalize(w) for w in ("قرار", "القرار")}  # (دعمها لقرار مجلس الأمن: the text)
_SOLIDARITY = {normalize(w) for w in ("تضامن", "التضامن")}
_RECEIVED = normalize("استقبل")
_NEVER_TRIGGERS = {normalize(w) for w in ("وزارة", "ووزارة", "فوزارة", "وزاره")}
_SPOUSES = {normalize(w) for w in ("زوجة", "عقيلة", "قرينة", "حرم")}
# "and his wife" joining two hosts (وكان الملك X وعقيلته الملكة Y في استقباله)
_SPOUSE_WORDS = {normalize(w) for w in ("زوجته", "عقيلته", "قرينته", "حرمه", "زوجها")}
_TO_HIM = {normalize(w) for w in ("له", "لها", "لهم", "لهما")}
_HIS_STATE = {normalize(w) for w in ("بلاده", "بلادها", "حكومته", "حكومتها", "دولته", "دولتها")}
_TO_THE_PEOPLE_OF = {normalize(w) for w in ("لدول", "لدولة", "لشعب", "لشعوب", "لحكومة", "لقوات", "لجيش")}
_TERRITORY_NOUNS = {normalize(w) for w in ("إقليم", "منطقة", "ولاية", "جزيرة", "جزر", "مدينة", "بلدة", "منتجع", "ميناء",
                                           "محافظة")}
# A kin noun written with ة names a woman: والدة is a mother, ابنة / نجلة a
# daughter, شقيقة a sister (normalized, والدة and والده "his father" are one form).
_FEMALE_KIN = {"son": "daughter", "brother": "sister", "father": "mother", "grandson": "granddaughter"}


def kin_role(role: str | None, word: Word) -> str | None:
    """The family role a kin noun gives, made feminine when it ends in ة.

    >>> kin_role("father", Word(0, 0, "والده", ["والده"], 0, 5, ta_end=True))
    'mother'
    """
    return _FEMALE_KIN.get(role, role) if word.ta_end and role else role


_KIN_NOUNS = {normalize(w) for w in (
    "زوجة", "قرينة", "عقيلة", "حرم", "نجل", "ابن", "ابنة", "نجلة", "شقيق", "شقيقة", "والد",
    "والدة", "أرملة", "حفيد", "حفيدة")}
_BOTH = {normalize(w) for w in ("البلدين", "الدولتين", "الجانبين", "الطرفين", "العاصمتين",
                                 "البلدان", "الدولتان", "الجانبان", "الجيشين", "الجيشان")}


def _only_person_of(s: _Sentence, k: int, state: str) -> bool:
    """Everyone named before word ``k`` is one person, and a man of ``state``
    (أشاد الرئيس الكيني X بالدعم الإماراتي لجهود بلاده: "his" can only be X's)."""
    people = {(x.actor, x.country) for x in s.mentions if x.j <= k and x.type is ActorType.person}
    if len(people) == 1:
        return next(iter(people))[1] == state
    # وأعرب أنور عن شكره لسمو الأمير على دعم قطر لمبادرات بلاده: "his" is the
    # sentence's subject, the first person named and no preposition's
    first = next((x for x in s.mentions if x.j <= k and x.type is ActorType.person), None)
    return first is not None and not s.prep_before(first) and first.country == state \
        and first.i <= s.clause_start(first.i) + 2


def _between(s: _Sentence, start: int, window: int) -> list[Mentioned]:
    """بين X و Y; or بين البلدين: the last two states named before."""
    end = min(len(s.words), start + min(window, 4))
    purpose_end = len(s.words)
    k = start - 1
    while k + 1 < end:
        k += 1
        if s.norms[k] in _AMOUNT_WORDS:
            end = min(len(s.words), end + 5)  # اتفاقية تمويل بقيمة 250 مليون دولار بين X و Y
        elif k == start and s.norms[k][:1] == "ل" and not s.norms[k].startswith("لل") and len(s.norms[k]) >= 5 \
                and k not in s.covered and s.norms[k][1:].startswith(("ا", "ت")):
            purpose_end, end = end, min(len(s.words), end + 4)
            # اتفاقية لإعادة هيكلة ديون غانا المستحقة للصين، بين X وY: past the purpose, after its comma
            # (اتفاق لإحداث خط بحري بين البلدين: with no comma, بين is the line's)
        if s.norms[k] in ("بين", "وبين") and k >= purpose_end and s.words[k].punct not in ("،", ","):
            continue
        if s.norms[k] in ("بين", "وبين") and k > start and not _MEDIATION.isdisjoint(s.words[k - 1].forms):
            return []  # التقى Y الذي يتولى الوساطة بين A وB: the two he mediates between met no one here
        if s.norms[k] in _FRUIT_OF:
            return []  # الاتفاق «ثمرة شراكة متنامية بين الإقليم والإمارات»: بين is the partnership's
        if s.norms[k] in _STRAINS and not (k > 0 and s.norms[k - 1].removeprefix("ل") in _RESOLVING):
            return []  # وتناول اللقاء التوتر القائم بين X وY: بين is the strain's, not the meeting's
            # (لإنهاء الأزمة بين البلدين: those who end it are the parties)
        if s.norms[k] in ("بين", "وبين"):
            m = s.at.get(k + 1)
            if m is None and k + 2 < len(s.words) and s.norms[k + 1] in _TWO_DELEGATIONS | _TWO_MOVEMENTS \
                    and not s.words[k + 2].punct_before:
                # بين وفدي السودان وإثيوبيا / بين وفدي حركتي فتح وحماس: the two the delegations are of
                at = k + 2 + (k + 3 < len(s.words) and s.norms[k + 2] in _TWO_MOVEMENTS)
                m = s.at.get(at)
                m = m if m is not None and m.i == at else None
            if m is None and k + 3 < len(s.words) and s.norms[k + 1] in _DELEGATIONS_FROM \
                    and s.norms[k + 2] == "من" and not s.words[k + 3].punct_before:
                m = s.at.get(k + 3)  # بين وفدين من الولايات المتحدة وأوكرانيا: the two they came from
            if m:
                group = [m] + [x for x in s.coordinated(m)[1:]]
                if len(group) >= 2:
                    # بين مسقط وطهران: capitals paired by بين stand for their states
                    group = [Mentioned(x.i, x.j, x.actor, ActorType.country, x.clitic, x.actor)
                             if x.type is ActorType.location and x.place and x.actor in s.lex.countries
                             and normalize(x.place) in _UNCOMPILED_CAPITALS else x for x in group]
                return group
            b = k + 1
            named = _dual_title_named(s, b)
            if named:
                return named  # بين وزيري خارجية البلدين X وY: the two named
            if b + 1 < len(s.words) and s.norms[b] in _HEADS_OF_TWO and s.norms[b + 1] in _BOTH_STATES:
                # في أول لقاء بين رئيسي البلدين after التقى X Y: the two who just met
                met = (getattr(s, "memory", None) or {}).get("meeting") or []
                states = [m.country for m in met if m.type is ActorType.person and m.country]
                if len(states) == 2 and states[0] != states[1]:
                    return list(met[:2])  # (the two heads themselves, not their states)
            if b + 1 < len(s.words) and s.norms[b + 1] in _BOTH_STATES and b not in s.covered \
                    and s.norms[b].endswith("ي") and not s.words[b + 1].punct_before:
                b += 1  # بين حكومتي البلدين، بين شعبي البلدين: the two states
            if b < len(s.words) and s.norms[b] in _TWO_BODIES:
                return _last_two_bodies(s, k)  # الشراكة بين المؤسستين: the two bodies named, not their heads
            if b < len(s.words) and s.norms[b] in _BOTH:
                duals = [x for x in range(s.clause_start(k), k) if s.norms[x] in _PERSON_DUALS]
                if duals and s.norms[b] in _BOTH_STATES:
                    # وأكد الوزيران ... التنسيق بين البلدين: the two ministers' states, not the
                    # last two capitals named (جولة المحادثات بين طهران وواشنطن)
                    pair = _two_sides(s, duals[0], s.norms[duals[0]], duals[0])
                    states = _as_states(pair, s)
                    if len(states) == 2 and all(m.type is ActorType.country for m in states) \
                            and states[0].actor != states[1].actor:
                        return states
                if s.norms[b] in _BOTH_STATES or s.norms[b] in _TWO_CAPITALS:
                    return _last_two_states(s, k)
                met = (getattr(s, "memory", None) or {}).get("talks") or []
                if len(met) == 2 and met[0].actor != met[1].actor and all(
                        any(m is x for x in s.mentions) for m in met):
                    return list(met)  # اجتمع X مع Y ...، حيث بحثا الشراكة بين الجانبين: those two
                pair = (getattr(s, "memory", None) or {}).get("meeting") or []
                talks = next((x for x in (k - 1, k - 2) if x >= 0 and (x == k - 1 or k - 1 not in s.covered)
                              and any(f in _MEETING_NOUNS for f in s.words[x].forms)), None)
                # (المحادثات الرسمية بين الجانبين: past the talks' adjective)
                if talks is not None and s.norms[b] not in _BOTH_STATES \
                        and len(pair) == 2 and pair[0].actor != pair[1].actor \
                        and all(m.type is ActorType.person for m in pair):
                    # أقام له X استقبالا رسميا. وتناول اللقاء بين الجانبين ...: the host and his guest
                    return [Mentioned(b, b + 1, m.actor, m.type, "", m.country) for m in pair]
                if (getattr(s, "memory", None) or {}).get("unread_guest"):
                    return []  # استضاف X وفد Y ووفد Z (Z not read) ... بين الطرفين: Y and Z
                sides = _last_two_actors(s, k)  # بين الطرفين: the two sides as named
                if talks is not None and len(sides) == 2 and s.norms[b] not in _BOTH_STATES \
                        and all(m.type is ActorType.person and m.country and m in s.mentions for m in sides) \
                        and sides[0].country != sides[1].country:
                    return sides  # استقبل X الضيفَ Y، أعقبته محادثات موسعة بين الجانبين: the two men who talked
                states = _as_states(sides, s)
                if len(states) == 2 and all(m.type is ActorType.country for m in states) \
                        and states[0].actor != states[1].actor:
                    return states  # وصل X ... استقبله Y. وجرى توقيع مذكرات بين الجانبين: their states
                return sides
            return []
    return []


_TO_IT = {normalize(w) for w in ("إليها", "إليه")}
_DESPITE = frozenset(normalize(w) for w in ("رغم", "برغم", "بالرغم", "ورغم"))
_FRUIT_OF = frozenset(normalize(w) for w in ("ثمرة", "ثمار", "نتيجة", "نتاج", "حصيلة", "تتويج", "تتويجا"))
_WHO_HE = normalize("الذي")
_TWO_BODIES = frozenset(normalize(w) for w in ("المؤسستين", "المنظمتين", "الهيئتين", "الوكالتين", "المؤسستان",
                                                "المنظمتان", "الهيئتان", "الوكالتان"))


def _last_two_bodies(s: _Sentence, before: int) -> list[Mentioned]:
    """The last two bodies named before ``before`` (in this sentence, else the
    ones before): who المؤسستين / المنظمتين stands for; [] unless there are two.

    >>> # وقّع مركز X اتفاقية مع برنامج Y ... الشراكة بين المؤسستين → [X, Y]
    """
    seen: list[Mentioned] = []
    here = [_body_inside(s, m.i - 1, m.j) if m.type is ActorType.person else m
            for m in s.mentions if m.j <= before]  # (الأمين العام لمنظمة X: the body in his title)
    for m in [m for m in here if m is not None][::-1] + list(reversed(s.context)):
        if m.type is ActorType.organization and m.actor not in {x.actor for x in seen} \
                and getattr(s.lex.organizations.get(m.actor), "kind", "") != "media":
            seen.append(m)
            if len(seen) == 2:
                return seen[::-1]
    return []


def _dual_title_named(s: _Sentence, b: int) -> list[Mentioned]:
    """Two office holders named after a dual title of both states: وزيري خارجية
    البلدين X وY، رئيسي البلدين X وY (the persons, not their states).

    >>> # خلال اجتماع وزيري خارجية البلدين بدر عبد العاطي وهاكان فيدان → the two
    """
    if b >= len(s.words) or s.norms[b] not in _TWO_HOLDERS:
        return []
    if b in s.covered:
        first = s.at.get(b)  # (the dual title read with two holders the lexicon knows)
        group = s.coordinated(first) if first is not None and first.type is ActorType.person else []
        return group if len(group) == 2 and all(m.type is ActorType.person for m in group) else []
    k = b + 1
    while k < len(s.words) and k - b <= 2 and s.norms[k] not in _BOTH_STATES and k not in s.covered \
            and not s.words[k].punct_before:
        k += 1  # (خارجية، دفاع: the portfolio)
    if k >= len(s.words) or s.norms[k] not in _BOTH_STATES or s.words[k].punct_before:
        return []
    first = s.at.get(k + 1)
    if first is None or first.type is not ActorType.person:
        return []
    group = s.coordinated(first)
    return group if len(group) == 2 and all(m.type is ActorType.person for m in group) else []


# Capitals the lexicon keeps as places because their word is ambiguous elsewhere
# (kg/lexicon/sources/ambiguous_places.md: مسقط رأسه، سيول "floods"...); paired by
# بين they are their states. (Other cities are not: بين مينسك وبنغازي is a faction.)
_UNCOMPILED_CAPITALS = {normalize(w) for w in ("مسقط", "كابل", "سيول", "أوسلو", "صوفيا")}


def _capitals_beside_states(s: "_Sentence") -> None:
    """A capital kept as a place (مسقط، كابل) joined by و to a state or its
    metonym, not as where something happens, stands for its state as that one does.

    >>> # وقعت أبوظبي ومسقط اتفاقية: Oman signs, as the UAE does
    """
    for m in s.mentions:
        if m.type is not ActorType.location or not m.place or m.adverbial \
                or normalize(m.place) not in _UNCOMPILED_CAPITALS or m.actor not in s.lex.countries:
            continue
        before = s.covered.get(m.i - 1) if m.i > 0 and s.joined(m) and not s.words[m.i].punct_before else None
        after = s.at.get(m.j)
        after = after if after is not None and s.joined(after) and not s.words[m.j].punct_before else None
        if any(x is not None and x.type is ActorType.country and not x.adverbial for x in (before, after)):
            m.type = ActorType.country


# A bare back-reference to a side's own body (بين الوزارة والاتحاد الدولي after the
# minister and the federation's president met): the two sides, as named before.
_BARE_OWN_BODIES = {normalize(w) for w in ("الوزارة", "الحكومة", "الرئاسة")}
_AMOUNT_WORDS = {normalize(w) for w in ("بقيمة", "بمبلغ", "قيمتها", "قيمته", "بحجم", "بإجمالي")}
_SPONSORING = {normalize(w) for w in ("برعاية", "وبرعاية", "بوساطة", "وبوساطة", "تحت رعاية")}
_HEADS_OF_TWO = {normalize(w) for w in ("رئيسي", "زعيمي", "قائدي", "ملكي")}
_HEADS_OF_BOTH = _HEADS_OF_TWO | {normalize(w) for w in ("رئيسا", "زعيما", "قائدا", "ملكا")}
_TWO_HOLDERS = _HEADS_OF_TWO | {normalize(w) for w in ("وزيري", "رئيسا", "وزيرا", "مبعوثي", "سفيري")}
_SHARED_OFFICES = {normalize(w) for w in ("الوزراء", "الحكومتين", "الخارجية", "الدفاع", "الداخلية", "المالية",
                                           "الاقتصاد", "الطاقة", "التجارة", "الاستثمار", "النفط", "الصحة")}
# Two women just named (ووقعت المسؤولتان / الوزيرتان): the feminine duals of the two sides.
_WOMEN_DUALS = {normalize(w) for w in ("المسؤولتان", "المسؤولتين", "الوزيرتان", "الوزيرتين",
                                       "الرئيستان", "الرئيستين", "السفيرتان", "السفيرتين")}
_PERSON_DUALS = {normalize(w) for w in ("الرئيسان", "الرئيسين", "الوزيران", "الوزيرين",
                                          "الزعيمان", "الزعيمين", "الملكان", "العاهلان", "الأميران", "الأميرين",
                                          "الاثنان", "الرجلان", "الرجلين",
                                          # (وقع الواليان محضر اتفاق: two governors of two border provinces)
                                          "الواليان", "الواليين", "المحافظان", "السفيران", "السفيرين",
                                          # (واتفق الضابطان / المسؤولان: the two officers just named)
                                          "المسؤولان", "الضابطان", "الضابطين", "القائدان", "القائدين",
                                          "المبعوثان", "المبعوثين")} | _WOMEN_DUALS
_OBLIQUE_PERSON_DUALS = {normalize(w) for w in ("الرئيسين", "الوزيرين", "الزعيمين")}
_GUEST_DUALS = {normalize(w) for w in ("الضيفين", "الضيفان", "ضيفيه", "ضيفيها")}


def _guest_pair(s: "_Sentence") -> list[Mentioned]:
    """The two persons the article just related (two signers, two who held talks),
    whom الضيفين names."""
    memory = getattr(s, "memory", None) or {}
    guests = [m.actor for m in memory.get("guests") or []]
    for key in ("signers", "talks", "guests", "meeting"):
        pair = list(memory.get(key) or [])
        if key == "meeting" and guests and [m.actor for m in pair[1:]] == guests:
            continue  # (وكان في مقدمة مستقبليه X: a reception's host and its one guest are no two guests)
        if len(pair) == 2 and pair[0].actor != pair[1].actor and all(m.type is ActorType.person for m in pair):
            return pair
    return []




def _speaker_end(s: _Sentence, before: int) -> int:
    """The last complementizer before ``before`` (قال X إن ...): mentions up to it
    are the speaker's side of the sentence; -1 when there is none."""
    return max((k for k in range(before) if s.norms[k] in _COMPLEMENTIZERS
                and not (k > 0 and s.norms[k - 1] in _CONJ_BEFORE_AN)), default=-1)


def _last_coordinated_persons(s: _Sentence) -> list[Mentioned]:
    """The last two persons named side by side with و (وصل X وY), in this sentence
    before its mentions or in the one before, else []."""
    for pool in (list(s.mentions), list(s.context)):
        for a, b in reversed(list(zip(pool, pool[1:]))):
            if a.type is ActorType.person and b.type is ActorType.person and a.actor != b.actor \
                    and b.clitic.startswith("و") and 0 <= b.i - a.j <= 1:
                return [a, b]
    return []


def _two_holders(s: _Sentence, before: int, office: str) -> list[Mentioned]:
    """The two persons named before whose titles hold ``office`` (رئيسا الوزراء after
    a guest prime minister, his host the emir and the host prime minister: the two
    prime ministers), else none."""
    titles = (getattr(s, "memory", None) or {}).get("titles") or {}
    later = {m.actor for m in s.mentions if m.i > before}  # (التقى وزيرا الخارجية نظيرهما X: X is met)
    holders = [pid for pid, (words, _) in titles.items() if office in words and pid not in later]
    if len(holders) != 2:
        return []
    named = {m.actor: m for m in list(s.context) + [m for m in s.mentions if m.j <= before]}
    return [named.get(pid) or Mentioned(before, before, pid, ActorType.person, "", titles[pid][1])
            for pid in holders]


def _two_sides(s: _Sentence, before: int, word: str, at: int = -1) -> list[Mentioned]:
    """Whom الجانبان / البلدان / الوزيران (at word ``at``) before ``before`` stands
    for: the two states its demonyms name (الجانبان المصري والسوداني), two states
    for البلدان, two persons for الوزيران، الرئيسان, else two sides."""
    if 0 <= at < len(s.words) - 2 and (at + 1) in s.demonyms and (at + 2) in s.demonyms \
            and s.norms[at + 2][:1] == "و" and s.demonyms[at + 1] != s.demonyms[at + 2]:
        return [Mentioned(k, k + 1, s.demonyms[k], ActorType.country, "", s.demonyms[k])
                for k in (at + 1, at + 2)]
    if 0 <= at < len(s.words) - 2 and not s.words[at + 1].punct_before and s.norms[at + 2][:1] == "و" and any(
            s.norms[k].removeprefix("و") in REGIONAL_ADJECTIVES for k in (at + 1, at + 2)):
        # الجانبان المصري والأوروبي: a state and the regional body the article names;
        # الجانبان الخليجي والآسيوي with no such body known: nobody, not the last two named
        named = {m.actor for m in list(s.context) + s.mentions}
        sides = []
        for k in (at + 1, at + 2):
            body = _SIDE_BODIES.get(s.norms[k].removeprefix("و"))
            if k in s.demonyms:
                sides.append(Mentioned(k, k + 1, s.demonyms[k], ActorType.country, "", s.demonyms[k]))
            elif body in named:
                sides.append(Mentioned(k, k + 1, body, ActorType.organization, "", None))
        return sides if len(sides) == 2 and sides[0].actor != sides[1].actor else []
    if word in _BOTH_STATES:
        return _last_two_states(s, before)
    if word in _TWO_GOVERNMENTS:  # وقعت الحكومتان: the two states, never their leaders
        states = _as_states(_last_two_actors(s, before), s)
        return states if len(states) == 2 and states[0].actor != states[1].actor and all(
            m.type is ActorType.country for m in states) else []
    if word not in _PERSON_DUALS and (getattr(s, "memory", None) or {}).get("unread_guest"):
        return []  # استضاف X وفد Y ووفد Z (Z not read) ... بين الطرفين: Y and Z, one unknown
    meeting = (getattr(s, "memory", None) or {}).get("meeting") or []
    if word not in _PERSON_DUALS and len(meeting) == 2 and meeting[0].actor != meeting[1].actor:
        return list(meeting)  # وكان في استقباله X، ووقع الجانبان: the two who met
    if word not in _PERSON_DUALS and len(meeting) == 3 and all(m.type is ActorType.person for m in meeting) \
            and meeting[0].actor not in {m.actor for m in meeting[1:]} and meeting[1].actor != meeting[2].actor \
            and meeting[1].body and meeting[2].body and meeting[1].body != meeting[2].body \
            and any(getattr(s.lex.organizations.get(m.body), "kind", "") in ("armed_group", "party")
                    for m in meeting[1:]):
        # لقاءات عقدها المبعوث مع رئيس المجلس X وكبير مفاوضي الحوثيين Y ... يوقع الطرفان: the
        # two camps he met, each of its own body
        return list(meeting[1:])
    if word not in _PERSON_DUALS and len(meeting) > 2 and all(m.type is ActorType.person for m in meeting) \
            and meeting[0].actor not in {m.actor for m in meeting[1:]} \
            and len(sides := {m.country for m in meeting[1:] if m.country}) == 1 \
            and meeting[0].country not in sides:
        # (a host's two guests of two states are the two sides: استضاف الزعيمين، واتفق الجانبان)
        # التقى X نائب الرئيس البرازيلي Y ووزير المالية Z. ولم يوقع الجانبان: X's side and
        # theirs, never Y and Z, who sat on one side
        return list(meeting[:2])
    talks = (getattr(s, "memory", None) or {}).get("talks") or []
    if word in _HEAD_DUALS and len(talks) == 2 and talks[0].actor != talks[1].actor \
            and all(m.type is ActorType.person for m in talks):
        meeting = talks  # أجرى X و Y محادثات ... استقبل الوزير Z أحدهما ... واتفق الزعيمان: X and Y
    if word in _HEAD_DUALS and len(meeting) == 2 and meeting[0].actor != meeting[1].actor \
            and all(m.type is ActorType.person for m in meeting):
        return list(meeting)  # استقبل X Y، بحضور Z ... وعقد الرئيسان: the host and the guest
    if word in _PERSON_DUALS:
        came = next((k for k in range(before - 1, -1, -1) if s.norms[k] in _COMPANION), None)
        companion = _companion_at(s, came) if came is not None else None
        lead = next((m for m in reversed(s.mentions) if came is not None and m.j <= came
                     and m.type is ActorType.person and not s.prep_before(m)), None)
        if companion is not None and lead is not None and companion.type is ActorType.person \
                and companion.actor != lead.actor and companion.j <= before:
            return [lead, companion]  # حطّ X رحاله في نيامي برفقة Y، والتقى الوزيران Z: the two who came
        paired = (getattr(s, "memory", None) or {}).get("signers") if word in _MINISTER_DUALS else None
        if paired and paired[0].actor != paired[1].actor and all(
                any(m.actor == x.actor for m in list(s.context) + s.mentions) for x in paired):
            return list(paired)  # وقع الوزير X ونظيره Y ...، وأكد الوزيران: the two just related
        if (word in _MINISTER_DUALS or word in _OFFICIAL_DUALS) and len(meeting) == 2 \
                and meeting[0].actor != meeting[1].actor and all(
                    m.type is ActorType.person and not (word in _MINISTER_DUALS and _never_minister(s, m))
                    for m in meeting) and not any(
                    m.type is ActorType.person for m in s.mentions if m.j <= before):
            # وكان في استقباله نظيره Y. وأجرى الوزيران محادثات: the guest and his host, not a
            # man named in passing (منذ سقوط حكم بشار الأسد)
            return list(meeting)
        seen: list[Mentioned] = []
        # وقال المتحدث X إن الزعيمين سيبحثان: the speaker is not one of the two
        said = _speaker_end(s, before)
        # (أن X لم يلتق Y ...، مرجحا أن يجتمع الرئيسان: the two of the report before the guess)
        reported = [m for m in s.mentions if _speaker_end(s, said) < m.i and m.j <= said] if said > 0 \
            and any(s.norms[k] in _SAYING_PARTICIPLES or s.norms[k] in _GUESSING
                    for k in range(max(0, said - 2), said)) else []
        here = [m for m in s.mentions if said < m.i and m.j <= before]
        if said < 0 and len({m.actor for m in here if m.type is ActorType.person}) > 2:
            # استضاف X الرئيس Y ورئيس الوزراء Z، حيث وقع الزعيمان / قبل أن يعقد الرجلان: the two
            # guests named side by side; with no such pair, which two of three is unsaid
            pair = _last_coordinated_persons(s)
            return pair if len(pair) == 2 and all(any(m is x for x in here) for m in pair) else []
        # (وقال X إن الجانبين أحرزا تقدما، بينما لم يعلن الوزيران: the speaker, named in the
        # sentence before too, is not one of the two he speaks of)
        speakers = {m.actor for m in s.mentions if m.j <= said and m.type is ActorType.person} - {
            m.actor for m in reported} if said > 0 else set()
        for m in here[::-1] + reported[::-1] + [m for m in reversed(s.context) if m.actor not in speakers]:
            if m.type is ActorType.person and m.actor not in {x.actor for x in seen} and not (
                    m.country and m.country in {x.country for x in seen}) \
                    and not m.no_side and not m.sender \
                    and not (word in _MINISTER_DUALS and _never_minister(s, m)):  # (برعاية الرئيس التركي X: the sponsor is neither)
                seen.append(m)
                if len(seen) == 2:
                    return seen[::-1]
        return []
    pair = getattr(s, "last_pair", None) or []
    if len(pair) == 2 and pair[0].actor != pair[1].actor \
            and getattr(s, "last_rel", None) not in (None, Relation.affiliated_with, Relation.family, Relation.appoint) \
            and all(m.type in (ActorType.country, ActorType.organization) and not m.place for m in pair) \
            and all(any(m is x for x in s.mentions) and m.j <= before for m in pair):
        # أعلن الاتحاد الأوروبي صرف شريحة لمصر في إطار الشراكة التي وقعها الطرفان: the two
        # of the relation just told, not the last two names (كوستا and the union he serves)
        return list(pair)
    between = (getattr(s, "memory", None) or {}).get("between")
    if between and between[0].actor != between[1].actor and all(
            any(m.actor == x.actor for m in list(s.context) + [m for m in s.mentions if m.j <= before])
            for x in between):
        # أعلنت عُمان التوصل إلى اتفاق بين الولايات المتحدة والحوثيين ... إن الجانبين اتفقا: the
        # two the agreement was between, not the mediator named last
        return list(between)
    sides = _last_two_actors(s, before)
    if len(sides) == 2 and {m.type for m in sides} == {ActorType.person, ActorType.country}:
        man = next(m for m in sides if m.type is ActorType.person)
        state = next(m for m in sides if m.type is ActorType.country)
        if man.country and man.country != state.actor:
            # وصل X إلى العاصمة الأردنية، وعقد الجانبان: a man and a state are no pair; their two states
            his = Mentioned(man.i, man.j, man.country, ActorType.country, man.clitic, man.country)
            return sorted([his, state], key=lambda m: m.i)
    return sides


def _unread_guest_after(s: _Sentence, m: Mentioned) -> bool:
    """A delegation coordinated right after ``m`` that no mention covers (وفد حكومة
    جنوب السودان ووفد تحالف المعارضة): one more guest, whose name was not read.

    >>> # استضاف X وفد الحكومة ووفد تحالف المعارضة، وبدأ الطرفان → the sides are not X and the government
    """
    k = m.j
    return k < len(s.words) and k not in s.covered and s.norms[k].startswith("و") \
        and s.norms[k][1:] in _DELEGATIONS


def _dual_object_pair(s: _Sentence, k: int) -> list[Mentioned]:
    """The two persons a dual object at ``k`` (الوزيرين، الزعيمين) stands for: as
    الجانبان would be read, else the two who last met (their meeting told
    sentences before: ترأس X ونظيره Y الاجتماع ... وشارك Z، الذي التقى الوزيرين)."""
    pair = _two_sides(s, k, s.norms[k], k)
    if len(pair) == 2:
        return pair
    met = (getattr(s, "memory", None) or {}).get("meeting") or []
    return list(met) if len(met) == 2 and met[0].actor != met[1].actor \
        and all(m.type is ActorType.person for m in met) else []


_GROUP_HEADS = {normalize(w) for w in ("الوزراء", "القادة", "الرؤساء", "المسؤولون", "المسؤولين", "المبعوثون",
                                        "المبعوثين", "الزعماء")}
_COUNTS = {normalize(w): n for w, n in (("الثلاثة", 3), ("الثلاث", 3), ("الأربعة", 4), ("الأربع", 4),
                                        ("الخمسة", 5))}


def _counted_group(s: _Sentence, p: int, cs: int, memory: dict) -> list[Mentioned]:
    """الوزراء الثلاثة (before or right after the verb at ``p``): the persons the
    article's last reception or meeting received, when they are that many."""
    k = next((k for k in [*range(max(cs, p - 4), p), p + 1] if k + 1 < len(s.words)
              and s.norms[k] in _GROUP_HEADS and s.norms[k + 1] in _COUNTS), None)
    if k is None:
        return []
    guests = [m for m in (memory.get("meeting") or [])[1:] if m.type is ActorType.person]
    return guests if len(guests) == _COUNTS[s.norms[k + 1]] and len({m.actor for m in guests}) == len(guests) else []


def _never_minister(s: _Sentence, m: Mentioned) -> bool:
    """A known person whose every role, or every role he holds on the article's
    day, is a throne or a presidency (الملك محمد السادس، الرئيس السيسي): never one
    of الوزيران."""
    known = s.lex.people.get(m.actor)
    if known is None or not known.roles:
        return False
    day = (getattr(s, "memory", None) or {}).get("date")
    held = [r for r in known.roles if r.held_on(day)] if day else []  # (السيسي, a defence minister
    return not any("وزير" in r.title for r in (held or known.roles))    # once, a president on the day)


_TWO_GOVERNMENTS = {normalize(w) for w in ("الحكومتان", "الحكومتين")}
# The regional body a side's adjective names (الجانب الأوروبي، الجانب الخليجي), when the article names it.
_SIDE_BODIES = {normalize(k): v for k, v in {
    "الأوروبي": "european_union", "الأفريقي": "african_union", "الإفريقي": "african_union",
    "الخليجي": "gcc", "الأطلسي": "nato", "الآسيوي": "asean", "العربي": "arab_league"}.items()}
_MINISTER_DUALS = {normalize(w) for w in ("الوزيران", "الوزيرين", "الوزيرتان", "الوزيرتين")}
# The two officials (المسؤولان، المسؤولتان): any two office holders, such as the two who just met.
_OFFICIAL_DUALS = {normalize(w) for w in ("المسؤولان", "المسؤولين", "المسؤولتان", "المسؤولتين")}
_HEAD_DUALS = {normalize(w) for w in ("الرئيسان", "الرئيسين", "الزعيمان", "الزعيمين", "الملكان", "العاهلان",
                                      "الأميران", "الأميرين")}  # (وبحث الأميران: the two princes who met)
_PAIRING = frozenset({Relation.visit, Relation.host, Relation.meet, Relation.agree,
                      Relation.cooperate, Relation.ally})


# Ties named by two demonyms (العلاقات الكينية الإثيوبية): the two states, for a later البلدان.
_TIES = frozenset(normalize(w) for w in ("العلاقات", "علاقات", "التعاون", "الشراكة", "التقارب", "المحادثات",
                                         "المباحثات"))


def _opening_pair(s: _Sentence) -> list[Mentioned]:
    """Two states, or two states' bodies, joined by و that open the sentence as its
    subject, past a dateline and with no preposition before them (أعلنت السعودية
    وقطر ...; اختتمت البحرية البحرينية والبحرية البريطانية ...): as states; else []."""
    sides = [m for m in s.mentions if not m.no_side]
    if len(sides) < 2:
        return []
    first, second = sides[0], sides[1]
    states = [m.actor if m.type is ActorType.country else m.country if m.type is ActorType.organization else None
              for m in (first, second)]
    if all(states) and states[0] != states[1] \
            and second.i == first.j and s.joined(second) and not s.words[second.i].punct_before \
            and not s.prep_before(first) and not first.named:
        return [first, second]
    return []


def _guests_of_one_host(s: _Sentence) -> tuple[str, str, str] | None:
    """(guest state, guest state, host state) when the last reception was one host's of
    two people of two other states, else None.

    >>> # استقبل خالد بن سلمان الوزيرين اللبناني والسوري → ("lebanon", "syria", "saudi_arabia")
    """
    met = (getattr(s, "memory", None) or {}).get("meeting") or []
    if len(met) != 3 or not all(m.type is ActorType.person and m.country for m in met):
        return None
    host, a, b = (m.country for m in met)
    return (a, b, host) if len({host, a, b}) == 3 else None


def _last_two_states(s: _Sentence, before: int) -> list[Mentioned]:
    """The two distinct states named last before word ``before`` in this
    sentence, else in the previous one (``s.context``) — or, when two of the
    states named there were already related in the article (a visit, a deal),
    that pair: البلدين after Russia, Iran and a war with Israel are Russia and Iran."""
    seen: list[Mentioned] = []
    states: dict[str, Mentioned] = {}
    here = [m for m in s.mentions if m.j <= before] + [
        Mentioned(k, k + 1, state, ActorType.country, "", state) for k, state in s.demonyms.items()
        if k < before and k not in s.covered and k > 0 and (s.norms[k - 1] in _TIES or (
            (k - 1) in s.demonyms and s.norms[k - 2] in _TIES))]  # (العلاقات الكينية الإثيوبية ... وقّع البلدان)
    pool = sorted(here, key=lambda m: m.i, reverse=True) + list(reversed(s.context))
    # (الدوحة - ... بوساطة قطرية: the mediator's dateline is no side either)
    mediators = {m.actor for m in s.mentions if m.no_side and m.i > 0} | {
        state for k, state in s.demonyms.items()
        if any(not _MEDIATION.isdisjoint(s.words[x].forms) for x in range(max(0, k - 2), k))} | {
        h.ref for k in range(1, len(s.words)) if not _MEDIATION.isdisjoint(s.words[k - 1].forms)
        for h in s.lex.phrases.get((s.norms[k],), ()) if h.kind == "demonym"}  # (وساطة قطرية)
    mediators |= _sponsors(s)
    for skip_destinations in (True, False):
        # (جولة قادت أردوغان إلى الكويت ثم إلى قطر. وأبرم البلدان ...: the two who met,
        # not the stops of the tour — unless fewer than two states are left)
        seen, states = [], {}
        for m in pool:
            if m.named or (m.no_side and (m.i > 0 or m.actor in mediators)) or (skip_destinations and (
                    m.destination or m.adverbial) and not any(m is x for x in s.mentions)):
                # (... على هامش اجتماعات في أديس أبابا. لا اتصال بين البلدين: the venue is no side)
                continue  # إعلان أنقرة: a document's name, not a state (بوساطة تركية: the mediator; a dateline may be one)
            if m.actor in mediators and any(m is x for x in s.mentions):
                continue  # وساطة قطرية ...، مذكرا بأن الدوحة سهّلت صفقة أبرمها البلدان: Doha is the mediator
            if m.type is ActorType.organization and getattr(s.lex.organizations.get(m.actor), "kind", "") == "media":
                continue  # نقلت وكالة رويترز أن البلدين ...: the agency's home is no side
            if m.type is not ActorType.country and m.country:
                # a person stands for their state here (الرئيس التركي ... بين البلدين)
                m = Mentioned(m.i, m.j, m.country, ActorType.country, m.clitic, m.country)
            if m.type is ActorType.country:
                states.setdefault(m.actor, m)
                if len(seen) < 2 and m.actor not in {x.actor for x in seen}:
                    seen.append(m)
        if len(seen) >= 2:
            break
    if len(seen) < 2 and (guests := _guests_of_one_host(s)) and all(
            m.actor in guests or m.actor == guests[2] for m in seen):
        # استقبل وزير الدفاع السعودي الوزيرين (اللبناني والسوري) ... بين البلدين: the two
        # guests' states, not the host's, who received each of them
        return [Mentioned(before, before + 1, x, ActorType.country, "", x) for x in guests[:2]]
    if len(seen) < 2:
        # ووقع البلدان ... after a sentence that named no state: the article's last related pair
        a, b = (getattr(s, "pairs", None) or [(None, None)])[-1]
        if a in s.lex.countries and b in s.lex.countries and all(m.actor in (a, b) for m in seen):
            return [Mentioned(before, before + 1, x, ActorType.country, "", x) for x in (a, b)]
        return []
    pair = {seen[0].actor, seen[1].actor}
    if (guests := _guests_of_one_host(s)) and guests[2] in pair and pair - {guests[2]} <= set(guests[:2]) \
            and not any(m.actor in guests[:2] or m.country in guests[:2] for m in here):
        # استضاف فيدان نظيريه الصومالي والإثيوبي ... وأعرب فيدان عن أمله في أن يتوصل البلدان:
        # the host's two guests, not the host and whichever guest was named last
        return [Mentioned(before, before + 1, x, ActorType.country, "", x) for x in guests[:2]]
    first, second = sorted(seen, key=lambda m: m.i)
    joined = first.i in s.at and any(m.i == second.i for m in s.coordinated(s.at[first.i])[1:]) \
        and any(m is s.at[first.i] for m in s.mentions)
    opening = s.opening
    if not joined and len(opening) == 2 and {m.country or m.actor for m in opening} != pair and not any(
            m.j <= before and m.type is ActorType.country and not m.no_side for m in s.mentions):
        # أعلنت السعودية وقطر أنهما ستسددان متأخرات سوريا. ... حرص البلدين: the pair the
        # sentence before opened with, not a state named last in passing
        return [m if m.type is ActorType.country else Mentioned(m.i, m.j, m.country, ActorType.country, m.clitic, m.country)
                for m in opening]
    met = (getattr(s, "memory", None) or {}).get("meeting") or []
    met_states = [m.country for m in met if m.type is ActorType.person and m.country in states]
    if not joined and len(met) == 2 and len(set(met_states)) == 2 and set(met_states) != pair:
        # استقبل السيسي عراقجي، القادم من بيروت ... البلدين: the host's and the guest's states,
        # not a stop of the guest's tour named last
        return [states[x] for x in met_states]
    related = [set(x) for x in getattr(s, "pairs", ())]
    if joined and any({x, first.actor} in related and {x, second.actor} in related for x in states if x not in pair):
        return seen[::-1]  # (X met A and B apart, then brought them together: البلدين are A and B)
    here_states = {m.country if m.type is not ActorType.country and m.country else m.actor for m in here
                   if m.type is ActorType.country or m.country}
    if here_states == pair and all(any(m is x for x in here) for m in seen) and any(
            s.prep_before(m) == "ل" and m.i > 0 and any(f in s.lex.trigger_forms for f in s.words[m.i - 1].forms)
            for m in seen) and any(not s.prep_before(m) for m in seen):
        # تؤكد مصر أن دعمها لمقديشو يندرج في إطار اتفاقية ... بين البلدين: the sentence's own
        # two states, one acting towards the other, not a pair related earlier in the article
        # (but الوساطة بين كينشاسا وكيغالي ... بين البلدين: the two who met before)
        return seen[::-1]
    for a, b in reversed(getattr(s, "pairs", ())):
        if {a, b} == pair:
            break
        if a in states and b in states:
            return [states[a], states[b]]
    return seen[::-1]


def _arguments(s: _Sentence, p: int, q: int, tf: TriggerForm, last_subject: list[Mentioned],
               carried: list[Mentioned] | None) -> tuple[list[Mentioned], list[Mentioned]]:
    """The subject and object mentions of the trigger at ``p`` (``q``: the word
    after it); ``[], []`` when the sentence does not say them. A source cited in
    an aside (، بحسب الباحث X،) is never one of them."""
    if tf.entry.relation == "agree" and tf.pos == "verb" and any(
            s.norms[k] == "في" and s.norms[k + 1] == "ان" for k in range(q, min(len(s.words) - 1, q + 7))):
        return [], []  # تتفق مع X في أن المتاحف جسور: shares a view, signs nothing
    if tf.pos == "noun" and p > 0 and q < len(s.words) and s.words[q].punct_before \
            and s.norms[p].startswith("ال") and s.norms[p - 1].removeprefix("و") in _ADVERBIAL | _AT_TIME_OF \
            and s.norms[q] not in _RELATIVE:  # (خلال اللقاء، الذي حضره Z: its own clause)
        return [], []  # وعقب اللقاء، وقّع X وY مذكرة: the meeting told before; the signers are no parties to it
    if tf.entry.relation == "oppose" and tf.pos == "noun" and s.norms[p][:1] == "ل" and p > 0:
        exposed = next((k for k in range(p - 1, max(-1, p - 10), -1) if s.norms[k].removeprefix("و") in _EXPOSED), None)
        if exposed is not None:
            # تعرّض X لانتقادات حادة من Y: Y criticised X (the one exposed is the object)
            by = next((k for k in range(q, min(len(s.words) - 1, q + 3)) if s.norms[k] == "من"
                       and not s.words[k].punct_before), None)
            critic = s.at.get(by + 1) if by is not None else None
            victim = s.at.get(exposed + 1) or (_subject_before(s, exposed, s.clause_start(exposed)) or [None])[0]
            if critic is None or victim is None or critic.actor == victim.actor or critic.type is ActorType.location:
                return [], []
            return [critic], [victim]
    subj, obj = _arguments_read(s, p, q, tf, last_subject, carried)
    if tf.entry.relation == "agree" and tf.pos == "verb" and len(obj) == 2 and subj \
            and obj[0].i > 0 and s.norms[obj[0].i - 1] == "بين" and obj[0].i > p \
            and not any(m is subj[0] for m in s.mentions) and subj[0].actor not in {m.actor for m in obj}:
        # ووُقّعت خلال الزيارة اتفاقية بين وزارة النفط وشركة X: the two named are the
        # parties; the man of the sentence before signed nothing here
        return obj[:1], obj[1:]
    if tf.entry.relation in ("support", "oppose") and tf.pos == "noun" and q + 1 < len(s.words) \
            and s.norms[q] in _THEIR_TWO_STATES and not s.words[q + 1].punct_before:
        # اجتمع X وY ...، مؤكدَين دعم بلديهما لحكومة Z: each man's state backs Z
        men = [m for m in s.mentions if m.j <= p and m.type is ActorType.person and m.country][-2:]
        states = list(dict.fromkeys(m.country for m in men))
        if not men and p > 0 and (s.norms[p - 1].removeprefix("و") in _AFFIRMED_BOTH
                                  or s.norms[p - 1] in _PERSON_DUALS or s.norms[p - 1] in _THE_TWO_SIDES):
            # (وجدد الجانبان دعم بلديهما للجيش اللبناني: the two sides of the talks before)
            # بحث X مع Y .... وأكدا / وأكد الوزيران دعم بلديهما لـZ: the two men of the sentence before
            states = list(dict.fromkeys(m.country for m in s.context if m.type is ActorType.person and m.country))[-2:]
        target = _object_by_marker(s, q + 1, [mk for mk in tf.entry.objects if mk] or [""], q + 1, window=6)
        if len(states) == 2 and target and target[0].actor not in states:
            return [Mentioned(q, q + 1, c, ActorType.country, "", c) for c in states], target[:1]
        return [], []
    if not subj and tf.entry.relation == "meet" and tf.pos == "noun" and not tf.pronoun and q < len(s.words) \
            and q not in s.covered and s.norms[q].startswith("ال") and s.norms[q] in _DUAL_TITLES \
            and len(pair := list((getattr(s, "memory", None) or {}).get("meeting") or [])) == 2 \
            and all(m.type is ActorType.person for m in pair) and pair[0].actor != pair[1].actor:
        return pair[:1], pair[1:]  # استقبل X Y ... وعقب لقاء الوزيرين: the two of the reception told before
    if not subj and tf.entry.relation == "visit" and tf.pos == "noun" and p <= 3 and q < len(s.words) \
            and (s.norms[q] in ("له", "لها") or (
                q + 2 < len(s.words) and s.norms[q] in ("هي", "هو") and s.norms[q + 2] in ("له", "لها"))):
        # (في زيارة هي الخامسة لها إلى تونس، بحثت X: the ordinal between)
        fronted = _fronted_visitor(s, q + 2 if s.norms[q] in ("هي", "هو") else q)
        if fronted:
            return fronted
    if not subj and tf.entry.relation == "visit" and tf.pos == "noun" and p <= 3 and q + 3 < len(s.words):
        # في زيارة هي الأرفع لمسؤول سعودي إلى إيران، التقى وزير الدفاع السعودي X: an official
        # of that state, then the main verb's doer of that state, is the visitor
        k = q + 2 if s.norms[q] in ("هي", "هو") else q
        official = next((x for x in (k + 1, k + 2) if x < len(s.words) and s.norms[k][:1] == "ل"
                         and k not in s.covered and _people_demonym(s, x) is not None
                         and not any(s.words[y].punct_before for y in range(k, x + 1))), None)
        fronted = _fronted_visitor(s, official) if official is not None else None
        if fronted and fronted[0][0].country == _people_demonym(s, official):
            return fronted
    if not subj and tf.entry.relation == "visit" and tf.pos == "noun" and not tf.pronoun and 1 <= p <= 2 \
            and s.norms[p - 1] in _FRONTED_DURING and q < len(s.words) and not s.norms[p].startswith("ال"):
        # في زيارة (رسمية) إلى أنقرة، التقى X Y / في جولة قادتها إلى Z، التقت X: the main
        # verb's doer, when he is not at home there (استقبل الرئيس التركي ...: the host)
        k = q
        while k < len(s.words) and k - q < 3 and not s.words[k].punct_before and s.norms[k] != "الي" \
                and k not in s.covered:
            k += 1  # (رسمية، خاطفة قادتها الثلاثاء: the adjectives and the verb of the tour)
        fronted = _fronted_visitor(s, k - 1) if k < len(s.words) and s.norms[k] == "الي" else None
        if fronted and fronted[0][0].country and fronted[0][0].country != fronted[1][0].actor:
            return fronted
    if tf.pos == "verb" and tf.tense == "present" and len(subj) == 1 and subj[0].type is ActorType.person \
            and subj[0].country and _first_person_plural(s, p):
        # «لم نستقبل أي وفد روسي»، قال الناطق باسم الحكومة X: "we" is the state he speaks for
        subj = [Mentioned(subj[0].i, subj[0].j, subj[0].country, ActorType.country, "", subj[0].country)]
    if not subj and tf.entry.relation == "oppose" and q + 1 < len(s.words) and s.norms[q] in _MEASURES:
        # فُرضت عقوبات بريطانية وكندية على X: the states named by the adjectives impose them
        states, k = [], q + 1
        while k < len(s.words) and not s.words[k].punct_before and k not in s.covered:
            state = next((h.ref for f in s.words[k].forms for h in s.lex.phrases.get((f,), ())
                          if h.kind == "demonym"), None)  # (بريطانية وكندية: indefinite forms too)
            if state is None:
                break
            states.append(Mentioned(k, k + 1, state, ActorType.country, "", state))
            k += 1
        target = _object_by_marker(s, k, ["علي"], k, window=3) if states else []
        if states and target:
            subj, obj = states, target
    if tf.pos == "verb" and tf.tense == "present" and not tf.pronoun and obj and subj \
            and s.words[p].forms[-1][:1] == "ت" and s.norms[p][:1] in "وفت" and obj[0].i == q \
            and obj[0].type is ActorType.country and not s.prep_before(obj[0]) \
            and all(m.type is ActorType.person and not any(m is x for x in s.mentions) for m in subj):
        return [], []  # X ... . وتستضيف أوغندا 1.8 مليون لاجئ: "she hosts" — the state, not X, does it
    if tf.pos == "verb" and obj and s.norms[p].endswith(("ته", "تها", "تهم")) and any(
            s.norms[k] in _CLAUSE_WORDS for k in range(q, obj[0].i)):
        return [], []  # أدانته كل من مصر والأردن، فيما أعربت الكويت ...: "it" is the object, not Kuwait
    if tf.entry.relation == "meet" and tf.pos == "verb" and s.norms[p].endswith(("وا", "ا")) and subj and obj \
            and all(m.j <= p for m in subj + obj):
        # توجه X وY وZ إلى كييف، حيث عقدوا اجتماعا مع W: the group met W, not each other
        partner = next((s.at[k + 1] for k in range(q, min(len(s.words) - 1, q + 3))
                        if s.norms[k] == "مع" and (k + 1) in s.at and not s.words[k].punct_before), None)
        if partner is not None and partner.type is ActorType.person \
                and partner.actor not in {m.actor for m in subj + obj}:
            return subj + obj, [partner]
    own_clause = p > 0 and s.norms[p - 1] in _RELATIVE and any(0 <= p - 1 - m.j <= 1 for m in subj)
    # (وفق ما أعلنته X، التي زارت موسكو: the source's own act, in her relative clause)
    if not tf.pronoun and not own_clause and any(_cited(s, m) for m in subj + obj):  # (وفق ما أعلنه X، عقب لقائه Y: his)
        subj, obj = [m for m in subj if not _cited(s, m)], [m for m in obj if not _cited(s, m)]
        if not subj or not obj:
            return [], []
    return subj, obj


def _lead_said(s: _Sentence, q: int, markers: list[str]) -> bool:
    """A verb whose every object marker has lead words (عقد: لقاء مع، محادثات مع)
    is that relation only when one of the lead words follows (وقع X وY عقدا
    لتقاسم ...: "a contract", no meeting)."""
    if not markers or not all(" " in m for m in markers):
        return True
    leads = {_marker_words(m)[0] for m in markers}
    return any(not leads.isdisjoint(s.words[k].forms) for k in range(q, min(len(s.words), q + 6)))


def _agent_at(s: _Sentence, k: int) -> Mentioned | None:
    """The passive's doer named from ``k`` on, past a title that is no mention of
    its own (من قبل عاهل سلطنة عمان جلالة السلطان X)."""
    chained = False
    for x in range(k, min(len(s.words), k + 9)):
        if x > k and s.words[x].punct_before:
            return None
        m = s.at.get(x)
        if m is not None and chained:
            # نائب رئيسة الحكومة الإيطالية ووزير الخارجية X: the second title names him
            return m if m.type is ActorType.person and s.norms[x][:1] == "و" else None
        if m is not None:
            if m.type is ActorType.person or x == k:
                return m
            if x - k > 5:
                return None
            chained = True  # (the state of a title's complement; a named office may follow)
    return None


def _delegation_members(s: _Sentence, body: Mentioned) -> list[Mentioned]:
    """وفد من مجلس الشيوخ برئاسة X / يضم X وY: the persons named with a delegation
    of ``body`` (its head or members), else none."""
    at = body.i - (body.i >= 3 and s.norms[body.i - 1] in _LEADERSHIP)  # (وفد من قيادة حركة X)
    if body.type is ActorType.country and body.i < len(s.words) and not _A_DELEGATION.isdisjoint(s.words[body.i].forms):
        at = body.i + 2  # وفد إسرائيلي برئاسة X: the delegation is the mention itself
    elif body.type not in (ActorType.organization, ActorType.country) or at < 2 \
            or s.norms[at - 1] != "من" or _A_DELEGATION.isdisjoint(s.words[at - 2].forms):
        return []
    members = _delegation_led_by(s, at - 2, min(len(s.words), body.j + 4))
    if not members and body.j + 1 < len(s.words) and s.norms[body.j] in _INCLUDING \
            and not s.words[body.j].punct_before and (first := s.at.get(body.j + 1)) is not None:
        members = [x for x in s.coordinated(first) if x.type is ActorType.person]
    return [m for m in members if m.actor != body.actor]


def _delegation_led_by(s: _Sentence, q: int, stop: int) -> list[Mentioned]:
    """وفد من جماعة أنصار الله برئاسة X (before ``stop``): the named head X."""
    if q >= len(s.words) or _A_DELEGATION.isdisjoint(s.words[q].forms):
        return []
    for k in range(q + 1, min(stop, len(s.words) - 1, q + 10)):
        if s.hard_break(k):
            return []
        if any(f in _LED_BY for f in s.words[k].forms):
            at = k + 1
            while at < len(s.words) and at not in s.at and at - k <= 4 and not s.words[at].punct_before \
                    and at not in s.covered:
                at += 1  # (برئاسة رئيسها / مديرها العام Y / عضو مجلس الشورى الدكتور Y)
            m = s.at.get(at)
            return [m] if m is not None and m.i == at and m.type is ActorType.person else []
    return []


def _head_of_body_delegation(s: _Sentence, q: int) -> list[Mentioned]:
    """وفدا من غرفة تجارة نيروبي برئاسة (رئيسها) Y: a delegation of a body the
    lexicon does not know, led by a named person: that person."""
    body = s.at.get(q + 2) if q + 2 < len(s.words) else None
    if q + 3 >= len(s.words) or s.norms[q + 1] != "من" or (body is not None and (
            body.type is not ActorType.organization or body.actor in s.lex.organizations)) \
            or s.words[q + 2].forms[-1].removeprefix("ال") not in ORG_HEADS | _COMPANY_HEADS:
        return []  # (a company named in full, unknown to the lexicon, too)
    return _delegation_led_by(s, q, len(s.words))


def _fronted_visitor(s: _Sentence, q: int) -> tuple[list[Mentioned], list[Mentioned]] | None:
    """في أول زيارة له إلى روسيا ...، التقى الرئيس X ...: a visit phrase that
    opens the sentence is the trip of the main verb's doer (named after it)."""
    dest = _object_by_marker(s, q + 1, ["الي"], q + 1, window=4)
    comma = next((k for k in range(q + 1, min(len(s.words), q + 14)) if s.words[k].punct_before), None)
    if not dest or comma is None or s.words[comma].punct not in ("،", ",") or not any(
            tf.pos == "verb" for f in s.words[comma].forms for tf in s.lex.trigger_forms.get(f, ())):
        return None
    doer = _subject_after(s, comma + 1) or _doer_after_adverbial(s, comma + 1)
    return (doer[:1], dest) if doer and doer[0].type is ActorType.person else None


def _side_after(s: _Sentence, m: Mentioned) -> Mentioned | None:
    """The side a signer signs for, named right after him (X عن الجانب المصري)."""
    k = m.j
    if k + 1 >= len(s.words) or s.norms[k] not in ("عن", "وعن") or s.words[k].punct_before \
            or s.words[k + 1].punct_before:
        return None
    side = s.at.get(k + 1)
    return side if side is not None and side.type is ActorType.country and side.i == k + 1 \
        and s.words[k + 1].forms[-1] in _SIGNING_SIDES else None


_SIGNED_IT = frozenset(normalize(w) for w in (
    "وقع", "ووقع", "وقعها", "ووقعها", "وقعه", "ووقعه", "وقعت", "ووقعت", "وقعهما", "ووقعهما"))


def _signed_for_side_after(s: _Sentence) -> list[Found]:
    """ووقعها X عن الجانب الماليزي: X acts for the side named after him.

    >>> # ووقعها وزير الزراعة X عن الجانب التايلاندي → X affiliated_with تايلاند
    """
    verb = next((k for k, w in enumerate(s.norms) if w in _SIGNED_IT), None)
    if verb is None:
        return []
    out = []
    for m in s.mentions:
        if m.i > verb and m.type is ActorType.person and (side := _side_after(s, m)) is not None \
                and m.country in (None, side.actor):
            out.append(Found(m.actor, Relation.affiliated_with, side.actor, False, False, (m.i, side.j)))
            m.country = side.actor
    return out


def _signers_for_sides(s: _Sentence, q: int) -> list[Mentioned]:
    """ووقع الاتفاقية عن الجانب X الوزير A، وعن الجانب Y (وعن الصندوق) B: the two
    who signed on behalf of each side; [] unless two are named so."""
    found: list[Mentioned] = []
    for m in s.mentions:
        if m.i < q or m.type is not ActorType.person:
            continue
        opener = next((k for k in range(m.i - 1, max(q - 1, m.i - 6), -1) if s.norms[k] in ("عن", "وعن")), None)
        if opener is None or any(s.words[k].punct_before for k in range(opener + 1, m.i + 1)):
            if _side_after(s, m) is None:
                continue
            opener = m.i  # ووقعها X عن الجانب الماليزي، وY عن الجانب التايلاندي
        if not found and opener > q + 4:
            return []  # وقعت X وY مذكرة ...، وقعها عن الجانب X A: the states' own signing is theirs
        if not found or found[-1].actor != m.actor:
            found.append(m)
        if len(found) == 2:
            return found
    return []


def _cited(s: _Sentence, m: Mentioned) -> bool:
    """Whether mention ``m`` of this sentence stands in an aside that cites a
    source (، بحسب / وفق / حسب X،)."""
    if m not in s.mentions or m.i >= len(s.words):
        return False
    opener = next((x for x in range(m.i, max(-1, m.i - 10), -1) if s.words[x].punct_before), None)
    return opener is not None and s.norms[opener] in _ACCORDING_TO \
        and not any(s.words[x].punct_before for x in range(opener + 1, m.i + 1))


_HELPED = normalize("ساعد")


def _after_where(s: _Sentence, p: int) -> bool:
    """The verb at ``p`` opens a حيث clause, right after it or past its modal and أن
    (حيث التقى، حيث يُنتظر أن يلتقي، حيث من المقرر أن يلتقي)."""
    return s.norms[p - 1] in _WHERE or (p > 2 and s.norms[p - 1] == "ان" and any(
        s.norms[k] in _WHERE and not any(s.words[x].punct_before for x in range(k + 1, p))
        for k in range(max(0, p - 4), p - 1)))


def _arguments_read(s: _Sentence, p: int, q: int, tf: TriggerForm, last_subject: list[Mentioned],
                    carried: list[Mentioned] | None) -> tuple[list[Mentioned], list[Mentioned]]:
    if tf.entry.relation == "appoint" and tf.pos == "noun" and not tf.pronoun and p >= 2 and last_subject \
            and s.norms[p - 1] in _ANOTHER and s.norms[p - 2] in _DECREES_TOO \
            and (named := s.at.get(q)) is not None and named.i == q and named.type is ActorType.person \
            and last_subject[0].type is ActorType.person and named.actor != last_subject[0].actor:
        # أصدر X مرسوما بتعيين A ...، ومرسوما آخر بتعيين B: X appoints B too, not A
        return last_subject[:1], [named]
    if tf.entry.relation == "agree" and tf.pos == "verb":
        signers = _signers_for_sides(s, q)
        if signers:
            return signers[:1], signers[1:2]
    if tf.pos == "verb" and not tf.pronoun and p > 1 and _after_where(s, p) \
            and tf.entry.relation == "meet" and not s.norms[p].endswith(("ا", "وا")) \
            and len(last_subject or ()) == 1 and last_subject[0].type is ActorType.person \
            and getattr(s, "last_rel", None) is Relation.visit:
        # وصل X إلى بيروت، حيث التقى Y ثم Z / Y وZ: the one who came met them both
        after = _subject_after(s, q)
        if after and after[-1].j + 1 < len(s.words) and s.norms[after[-1].j] == "ثم" and (after[-1].j + 1) in s.at:
            after = after + s.coordinated(s.at[after[-1].j + 1])
        if len(after) >= 2 and all(m.type is ActorType.person and m.actor != last_subject[0].actor
                                   for m in after):
            return last_subject[:1], after
    if tf.pos == "verb" and not tf.pronoun and p > 1 and _after_where(s, p) and tf.entry.relation == "meet" \
            and _dual_verb(s.words[p], tf.entry) and len(last_subject or ()) == 1 \
            and last_subject[0].type is ActorType.person and getattr(s, "last_rel", None) is Relation.visit:
        # وصل X إلى كابل، برفقة Y، حيث التقيا Z: the two who came meet Z
        came = last_subject[:1] + [c for c in _companions(s, p) if c.type is ActorType.person
                                   and c.actor != last_subject[0].actor][:1]
        met = [m for m in _subject_after(s, q) if m.type is ActorType.person and m.actor not in {c.actor for c in came}]
        if len(came) == 2 and met:
            return came, met[:1]
    if tf.entry.relation == "visit" and tf.pos == "noun" and not tf.pronoun and p >= 2:
        # شهدت العاصمة الإماراتية أمس زيارة خاطفة لرئيس الوزراء الباكستاني X: the place the
        # visit "saw" is the destination, the one after ل the visitor
        saw = next((k for k in range(p - 1, max(-1, p - 5), -1) if s.norms[k] in _SAW), None)
        place = s.at.get(saw + 1) if saw is not None else None
        visitor = next((m for m in s.mentions if q <= m.i <= q + 2 and m.type is ActorType.person
                        and s.prep_before(m) == "ل" and not any(s.words[x].punct_before for x in range(q, m.i + 1))),
                       None)
        if place is not None and visitor is not None and place.type in (ActorType.country, ActorType.location) \
                and not s.prep_before(place) and place.j <= p and place.actor != visitor.country:
            return [visitor], [place]
    if tf.pos == "verb" and not tf.pronoun and p > 1 and (
            s.words[p].punct in ("،", ",") or (not s.words[p].punct_before and not _LETTERS.isdisjoint(s.words[p - 1].forms))) \
            and q + 1 < len(s.words) and s.norms[q] in ("فيه", "فيها") and not s.words[q + 1].punct_before:
        # (بعث X برقية هنأ فيها Y: the letter's, with no comma)
        # ألقى X كلمة، شكر فيها Y / نشر X تغريدة، هنأ فيها Y: the speech's author, its addressee
        author = [m for m in s.mentions if m.j <= p and m.type is ActorType.person and not s.prep_before(m)][:1]
        start = q + 1
        if (named := s.at.get(q + 1)) is not None and named.type is ActorType.person and not s.prep_before(named) \
                and s.norms[q + 1] not in COUNTERPART and s.words[p].punct_before:
            # (التقى فيها نظيره Y: his counterpart is met; برقية هنأ فيها Y: Y is the one congratulated)
            author, start = [named], named.j  # اتصال بين X وY، شكر فيه Y القيادة Z: the one named after فيه
        said = _object_by_marker(s, start, list(tf.entry.objects) or [""], start, window=8)
        if author and said and said[0].actor != author[0].actor:
            return author, said[:1]
    if tf.pos == "verb" and not tf.pronoun and p > 1 and s.norms[p - 1] in _WHERE \
            and not any(m.type is ActorType.person for m in last_subject or ()):
        # انتقل X إلى عين التينة، حيث التقى Y: one name after the verb is its object,
        # and the doer is the one who went there
        # (كان X موجودا في كابول، حيث التقى الوزير Y والوزير Z: X met both)
        after = _subject_after(s, q)
        markers = list(tf.entry.objects) or [""]
        if after and all(m.type is ActorType.person for m in after) \
                and not _object_by_marker(s, after[-1].j, markers, after[-1].j, window=8):
            doer = next((m for m in reversed(s.mentions) if m.j <= p - 1 and m.type is ActorType.person
                         and not s.prep_before(m)), None)
            if doer is not None and all(doer.actor != m.actor for m in after):
                return [doer], after
    if tf.pos == "verb" and not tf.pronoun and tf.entry.past and normalize(tf.entry.past) == _HELPED:
        helped = _subject_after(s, q, agreeing=False)  # (ساعد نيروبي: the one helped, whatever its gender)
        if len(helped) == 1 and helped[0].j + 1 < len(s.words) and s.norms[helped[0].j] in ("علي", "في") \
                and not s.words[helped[0].j].punct_before and (helped[0].j + 1) not in s.covered:
            # الدعم السعودي ساعد إسلام آباد على استيفاء شروط الصندوق: the one helped is the
            # object; the helper stands before the verb (or nowhere)
            k = p - 1
            helper = [] if k < 0 or s.words[p].punct_before else (
                [s.covered[k]] if k in s.covered and not s.prep_before(s.covered[k]) else
                [Mentioned(k, k + 1, s.demonyms[k], ActorType.country, "", s.demonyms[k])] if k in s.demonyms
                else [])
            return (helper, helped) if helper and helper[0].actor != helped[0].actor else ([], [])
    if tf.entry.relation == "congratulate" and tf.pos == "verb" and q + 1 < len(s.words) \
            and s.norms[q] in ("به", "بها") and p > 1 and (s.norms[p - 1] == "ما" or s.norms[p - 1] in _RELATIVE) \
            and any(s.words[k].punct in ("،", ",") and s.words[k].punct_before for k in range(max(0, p - 4), p)):
        # X جدد دعمه لـ ...، وهو (الموقف) الذي أشاد به Y / وهو ما أشاد به Y: Y praises
        # what X did, so X
        doer = _subject_after(s, q + 1)
        comma = max(k for k in range(max(0, p - 4), p) if s.words[k].punct_before
                    and s.words[k].punct in ("،", ","))
        opening = s.clause_start(comma - 1)  # (the clause right before the comma: فيما أعلنت X ...)
        earlier = [m for m in s.mentions if opening <= m.i and m.j <= comma and not s.prep_before(m)
                   and m.type is not ActorType.location]
        acted = [m for m in earlier if m.i > 0 and s.words[m.i - 1].forms[-1] in _ACTS_OF]
        earlier = acted[-1:] or earlier  # (تصريحات الوزيرة بعد إعلان البرتغال اعترافها، وهي الخطوة التي ...: Portugal's step)
        if doer and earlier and earlier[0].actor not in {d.actor for d in doer}:
            return doer[:1], earlier[:1]
        return [], []
    if tf.entry.relation == "meet" and tf.pos == "noun" and tf.pronoun and 0 < p <= 2 \
            and s.norms[p - 1] in _ADVERBIAL | _AT_TIME_OF and (met := s.at.get(q)) is not None \
            and met.type is ActorType.person and not s.prep_before(met):
        # خلال لقائها الوزير Y في واشنطن، حذرت المديرة X ...: the main clause's doer met Y
        comma = next((k for k in range(met.j, min(len(s.words), met.j + 6)) if s.words[k].punct_before
                      and s.words[k].punct in ("،", ",")), None)
        doer = [m for m in _subject_after(s, comma + 1) if m.type is ActorType.person][:1] \
            if comma is not None and comma + 1 < len(s.words) and comma not in s.covered else []
        if doer and doer[0].actor != met.actor:
            return doer, [met]
    if tf.entry.relation == "meet" and tf.pos == "noun" and not tf.pronoun and p > 1 \
            and s.norms[p][:1] == "ب" and s.norms[p - 1] in _PLEASURE and (met := s.at.get(q)) is not None \
            and met.type is ActorType.person and not s.words[q].punct_before:
        # أعرب الوزير X عن اعتزازه بلقاء الملك Y: X met Y
        doer = [m for m in _clause_subject(s, p - 1, s.clause_start(p)) if m.type is ActorType.person][:1]
        if doer and doer[0].actor != met.actor:
            return doer, [met]
    if tf.entry.relation == "meet" and tf.pos == "noun" and not tf.pronoun and q < len(s.words) \
            and s.norms[q] in _HELD_BY_TWO:
        # وقع X ونظيره Y، في ختام مباحثات أجرياها، مذكرة: the two who held them
        pair = [m for m in s.mentions if m.j <= p and m.type is ActorType.person and not s.prep_before(m)]
        group = s.coordinated(pair[0]) if pair else []
        if len(group) == 2 and group[0].actor != group[1].actor:
            return group[:1], group[1:]
        to = [m for m in s.mentions if m.j <= p and m.type is ActorType.person and s.prep_before(m) in ("الي", "ل")
              and group and m.i > group[-1].j]
        if len(group) == 1 and to and to[-1].actor != group[0].actor and not any(m.i > to[-1].j for m in pair):
            # (رسالة إلى الملك X، تسلّمها نيابة عنه Y خلال لقاء جمعهما: Y met him, not the king)
            return group, to[-1:]  # سلّم X رسالة من Z إلى Y، خلال جلسة عمل جمعتهما: X and the one he handed it to
    if tf.entry.relation == "meet" and tf.pos == "noun" and not tf.pronoun and p > 1 \
            and (s.norms[p - 1] in ("في", "بعد") or s.norms[p - 1] in _ADVERBIAL) and (
                (s.words[p - 1].punct_before and s.words[p - 1].punct in ("،", ","))
                or (s.norms[p - 2] in _THAT_WAS and not s.words[p - 1].punct_before)):
        # (وذلك خلال اتصال هاتفي أجراه مع Y: the talks of the sentence's doer)
        # بحث X، في اتصال هاتفي مع Y، ...، أكد X، عقب محادثات مع Y، ...: the aside's
        # talks are X's, with Y
        other = _object_by_marker(s, q, ["مع", "ب"], q, window=6)
        doer = [m for m in s.mentions if m.j <= p - 1 and not s.prep_before(m)
                and m.type is ActorType.person][-1:]
        if other and doer and doer[0].actor != other[0].actor:
            return doer, other[:1]
    if tf.pos == "verb" and q + 1 < len(s.words) and s.norms[q] in _DURING_IT \
            and (q + 1) in s.at and s.at[q + 1].type is ActorType.person and not s.prep_before(s.at[q + 1]) \
            and s.at[q + 1].j + 1 < len(s.words) and s.norms[s.at[q + 1].j] in ("كلا", "كل") \
            and s.norms[s.at[q + 1].j + 1] == "من":
        # (المفاوضات بين X و Y) التقى خلالها Z كلا من ...: Z, named after خلالها, is the doer
        doer = s.at[q + 1]
        k = doer.j
        if k + 1 < len(s.words) and s.norms[k] in ("كلا", "كل") and s.norms[k + 1] == "من":
            k += 2
        other = [m for m in _object_by_marker(s, k, [m for m in tf.entry.objects] or [""], k, window=8)
                 if m.actor != doer.actor]
        return ([doer], other) if other else ([], [])
    if tf.pos == "verb" and not tf.pronoun and p > 0 and s.norms[p - 1] in _RELATIVE \
            and (a := s.at.get(q)) is not None and not s.prep_before(a) and a.type is not ActorType.location \
            and (b := s.at.get(a.j)) is not None and not s.prep_before(b) and not s.words[a.j].punct_before \
            and b.type is not ActorType.location and a.actor != b.actor and not s.coordinated(a)[1:]:
        # حركة إم 23، التي تتهم كينشاسا كيغالي بتسليحها: the relative clause has its own
        # subject (Kinshasa) and object (Kigali); the antecedent is neither
        return [a], [b]
    if tf.pos == "verb" and p > 0 and s.norms[p - 1] in _RELATIVE and q + 1 < len(s.words) \
            and s.norms[q] in _DURING_IT and last_subject and last_subject[0].type is ActorType.person \
            and getattr(s, "last_rel", None) is Relation.visit:
        # زيارة X إلى دمشق، التي التقى خلالها Y و Z: "during it" is the visit, X its doer
        other = _object_by_marker(s, q + 1, [m for m in tf.entry.objects] or [""], q + 1, window=6)
        if other and other[0].actor != last_subject[0].actor:
            if tf.pronoun and not s.prep_before(other[0]) and other[0].i == q + 1 \
                    and other[0].type is ActorType.person and s.norms[p].endswith("ه"):
                return other[:1], last_subject[:1]  # التي استقبله خلالها Y: Y received him, X
            return last_subject[:1], other
    visitor = getattr(s, "last_visitor", None)
    if tf.pos == "verb" and not tf.pronoun and q + 1 < len(s.words) and s.norms[q] in _DURING_IT \
            and p > 0 and s.norms[p - 1] not in _RELATIVE and visitor is not None and visitor[1] < p \
            and (p - visitor[1] <= 10 or sum(k not in s.covered for k in range(visitor[1] + 1, p)) <= 4) \
            and not any(s.hard_break(k) for k in range(visitor[1] + 1, p + 1)):
        # (past the visitor's and the destination's names, however long: ولي العهد رئيس
        # مجلس الوزراء البحريني الأمير X إلى الولايات المتحدة، التقى خلالها Y)
        # خلال زيارة أجراها X إلى كيغالي التقى خلالها الرئيس Y: the visitor meets Y
        other = _object_by_marker(s, q + 1, [m for m in tf.entry.objects] or [""], q + 1, window=6)
        if other and other[0].actor != visitor[0][0].actor:
            return visitor[0][:1], other
    but = p - 2 if p > 1 and s.norms[p - 1] in ("لم", "لن", "لا") else p - 1  # (لكنها لم تلتق Y)
    if tf.pos == "verb" and not tf.pronoun and but > 0 and (s.norms[but] in _BUT_HE or (
            s.norms[but] in ("انه", "انها") and s.norms[but - 1] in ("غير", "الا"))) and last_subject \
            and ((last_subject[0].type is ActorType.person) == s.norms[but].endswith("ه")
                 or (s.norms[but].endswith("ها") and s.norms[p][:1] == "ت" and _feminine_subject(s, last_subject[0]))):
        # X لن يزور أبوظبي، لكنه سيلتقي Y: "he" is X; what follows the verb is its object
        other = _object_by_marker(s, q, list(tf.entry.objects) or [""], q, window=8)
        if other and other[0].actor != last_subject[0].actor:
            return last_subject[:1], other
    he = next((k for k in range(p - 2, max(0, p - 7), -1) if s.norms[k] in _BUT_HE), None) \
        if tf.pos == "verb" and not tf.pronoun else None
    if he is not None and s.norms[he].endswith("ه") and any(
            (w == "ان" and s.norms[k + 1] == "يكون") or w == "انه" for k, w in enumerate(s.norms[he + 1:p], he + 1)):
        # وأوضح X أن Y يموّل ...، لكنه نفى أن يكون قد التقى Z: "he" is the speaker X,
        # not Y inside what X said
        said = next((k for k in range(he) if s.norms[k] in _COMPLEMENTIZERS), None)
        speaker = [m for m in s.mentions if said is not None and m.j <= said and m.type is ActorType.person
                   and not s.prep_before(m)][:1]
        other = _object_by_marker(s, q, list(tf.entry.objects) or [""], q, window=8) if speaker else []
        if other and other[0].actor != speaker[0].actor:
            return speaker, other
    if tf.pos == "verb" and not tf.pronoun and p > 2 and s.norms[p - 1] == "ان" and s.norms[p - 2] in _INTENT_BEFORE_AN \
            and (p - 3) in s.covered and s.covered[p - 3].type is ActorType.person \
            and not s.prep_before(s.covered[p - 3]) and not s.words[p - 2].punct_before:
        # X يعتزم / يُرجَّح أن يلتقي Y: the name before the verb of intent is the doer
        doer = s.covered[p - 3]
        other = _object_by_marker(s, q, list(tf.entry.objects) or [""], q, window=6)
        if other and other[0].actor != doer.actor:
            s.force_hyp = True  # (what one intends, is expected or decided to do is still to come)
            return [doer], other
    named_at = p - 2
    if tf.pos == "verb" and p > 3 and s.norms[p - 1] in ("قد", "لقد") and s.words[p - 1].punct_before:
        # وكان X، رئيس حكومة الإقليم، قد زار: the name before the aside
        opening = next((k for k in range(p - 2, max(0, p - 10), -1) if s.words[k].punct_before), None)
        named_at = opening - 1 if opening is not None and s.words[opening].punct in ("،", ",") else -1
    if tf.pos == "verb" and p > 2 and s.norms[p - 1] in ("قد", "لقد") and named_at in s.covered \
            and any(s.norms[k] in _TO_BE or (named_at != p - 2 and s.norms[k] in _KANA)
                    for k in range(max(0, p - 16), p - 1)):
        # أن يكون عضو المجلس ونائب القائد العام X قد التقى Y: X, the name right
        # before قد, is the doer (not a body named inside his titles)
        doer = s.covered[named_at]
        if doer.type is ActorType.person and not s.prep_before(doer):
            subj, obj = _arguments_of(s, p, q, tf, last_subject, carried)
            if subj and subj[0].actor == doer.actor:
                return subj, obj
            other = _object_by_marker(s, q, list(tf.entry.objects) or [""], q, window=10)
            return ([doer], other) if other and other[0].actor != doer.actor else ([], [])
    if tf.pos == "verb" and tf.pronoun and p > 1 and s.norms[p - 1] in ("التي", "الذي") \
            and s.words[p].norm.endswith(("تها", "ته")) and q < len(s.words) and q not in s.at \
            and "مع" in tf.entry.objects:
        # إثيوبيا ... مذكرة التفاهم التي وقعتها مع أرض الصومال: "she" signed it — the
        # state or body named last before the relative
        doer = next((m for m in reversed(s.mentions) if m.j <= p - 1 and not s.prep_before(m)
                     and m.type in (ActorType.country, ActorType.organization)), None)
        other = _object_by_marker(s, q, ["مع"], q, window=5)
        if doer is not None and any(doer.j <= m.i and m.j <= p - 1 and s.prep_before(m) == "من"
                                    and m.type in (ActorType.country, ActorType.organization) for m in s.mentions):
            # لم تتلق الحكومة الهندية إخطارا من الرياض بشأن الاتفاق الذي وقعته مع إسلام آباد: "she"
            # may be the one named after من, nearer than the sentence's subject
            return [], []
        if doer is not None and other and other[0].actor != doer.actor:
            return [doer], other[:1]
    if tf.pos == "verb" and not tf.pronoun and p > 1 and s.norms[p - 1] in _RELATIVE \
            and s.words[p - 1].punct_before and (p - 2) in s.covered:
        kin_named = s.covered[p - 2]
        if kin_named.i > 1 and s.norms[kin_named.i - 1] in _KIN_NOUNS and s.words[kin_named.i - 1].punct_before \
                and (kin_named.i - 2) in s.covered:
            # X، عقيلة الرئيس Y، التي تزور المملكة: the relative clause is about X
            antecedent = s.covered[kin_named.i - 2]
            other = _object_by_marker(s, q, list(tf.entry.objects) or [""], q, window=6,
                                      b_is_place="object" if tf.entry.relation == "visit" else True)
            if other and antecedent.type is ActorType.person and other[0].actor != antecedent.actor:
                return [antecedent], other
            return [], []
    if tf.entry.relation == "meet" and q < len(s.words) and s.norms[q] == "عن" \
            and not s.words[q].punct_before and (s.norms[p] in _SEARCHING
                                                 or not _SEARCHING.isdisjoint(s.words[p].forms)):
        return [], []  # بحثاً عن اعتراف: "in search of", no talks
    if tf.entry.relation == "support" and tf.pos == "noun" and not tf.pronoun \
            and q < len(s.words) and q in s.demonyms and q not in s.covered and not s.words[q].punct_before:
        # أشاد X بالدعم السعودي المتواصل للحكومة: the demonym names who supports; the
        # object follows with ل (or nobody: then X is no party to it)
        state = s.demonyms[q]
        doer = Mentioned(q, q + 1, state, ActorType.country, "", state)
        k = q + 1
        while k < len(s.words) and k - q <= 3 and not s.words[k].punct_before and k not in s.at \
                and s.norms[k].startswith("ال"):
            k += 1  # (المتواصل، الكامل)
        other = _object_by_marker(s, k, ["ل", "الى"], k, window=4)
        other = [m for m in other if m.actor != state]
        return ([doer], other) if other else ([], [])
    if tf.entry.relation == "agree" and tf.pos == "verb" and tf.pronoun and p > 0 \
            and s.norms[p - 1] in _RELATIVE:
        # «إعلان أنقرة» الذي وقّعه X و Y برعاية Z: the two who signed it (not the sponsor)
        group = _subject_after(s, q)
        if len(group) >= 2:
            return group[:1], group[1:]
        if q < len(s.words) and s.norms[q] in _BOTH_STATES:
            pair = _last_two_states(s, p)  # الذي وقعه البلدان برعاية Z: the two states before
            return (pair[:1], pair[1:]) if len(pair) == 2 else ([], [])
    if tf.entry.relation == "agree" and tf.pos == "noun":
        rel_at = next((k for k in range(q, min(len(s.words) - 3, q + 3)) if s.norms[k] in _RELATIVE
                       and not any(s.words[x].punct_before and s.words[x].punct not in ("»", '"')
                                   for x in range(q, k))), None)
        if rel_at is not None and any(f in _REACHING or f in _AGREEING for f in s.words[rel_at + 1].forms) \
                and s.norms[rel_at + 2] in ("اليه", "عليه", "اليها", "عليها"):
            # «إعلان أنقرة» الذي توصلت إليه الصومال وإثيوبيا: the two who reached it
            group = _subject_after(s, rel_at + 3)
            if len(group) >= 2:
                return group[:1], group[1:]
    if tf.entry.relation == "appoint" and tf.pos == "verb" and tf.pronoun and q + 1 < len(s.words) \
            and s.norms[q] in _KIN_POSSESSED and p > 1 and s.norms[p - 1] in _RELATIVE:
        # Y، الذي عيّنه والده X: the relative named after the kin noun appointed Y
        antecedent = s.covered.get(p - 2)
        doer = _subject_after(s, q + 1)
        if antecedent is not None and antecedent.type is ActorType.person and doer \
                and doer[0].type is ActorType.person and doer[0].actor != antecedent.actor:
            return doer[:1], [antecedent]
        return [], []
    if tf.entry.relation == "appoint" and tf.pos == "verb" and tf.pronoun and p > 1 \
            and s.norms[p - 1] in _RELATIVE and s.words[p - 1].punct in ("،", ",") \
            and (antecedent := s.covered.get(p - 2)) is not None and antecedent.j == p - 1 \
            and antecedent.type is ActorType.person and not (q < len(s.words) and q in s.at and s.at[q].i == q):
        # يرافق عباس نائبه حسين الشيخ، الذي عيّنه في أبريل نائبا لرئيس المنظمة: "whom he
        # appointed" — the antecedent is the one appointed, by the man the sentence is about
        # (no subject follows the verb; الذي عيّنه Y names Y as the appointer instead)
        doer = [m for m in s.mentions if m.j <= antecedent.i and m.type is ActorType.person
                and not s.prep_before(m) and m.actor != antecedent.actor][:1]
        return (doer, [antecedent]) if doer else ([], [])
    if tf.entry.relation == "appoint" and tf.pos == "verb" and q + 1 < len(s.words) \
            and s.norms[q] in _KIN_POSSESSED:
        # (كما) عيّن (X) شقيقيه Y و Z: the relatives named after the kin noun
        named = _subject_after(s, q + 1)
        doer = [m for m in s.mentions if m.j <= p and m.type is ActorType.person and not s.prep_before(m)][:1] \
            or [m for m in (last_subject or carried or []) if m.type is ActorType.person][:1]
        if named and doer and all(m.type is ActorType.person for m in named) \
                and doer[0].actor not in {m.actor for m in named}:
            return doer, named
    if tf.entry.relation == "appoint" and tf.pos == "verb" and not tf.pronoun and p > 0 and s.norms[p][:1] == "و" \
            and s.words[p].punct in ("،", ",") and (named := s.at.get(q)) is not None \
            and named.type is ActorType.person and named.j < len(s.words) and named.j not in s.covered \
            and (role_accusative(s.norms[named.j]) or s.norms[named.j] in _REPLACING):  # (خلفاً له، بدلاً منه)
        # أعفى الرئيس X وزير الداخلية Z، وعيّن المحافظ Y وزيرا للداخلية: the head who
        # dismissed goes on to appoint; Y, followed by his new office, is the object
        doer = [m for m in s.mentions if m.j <= p and m.type is ActorType.person and not s.prep_before(m)][:1]
        if doer and doer[0].i <= s.clause_start(doer[0].i) + 3 and doer[0].i < len(s.words) \
                and s.words[doer[0].i].forms[-1] in _APPOINTING_HEADS and doer[0].actor != named.actor:
            return doer, [named]
    if tf.entry.relation == "appoint" and tf.pos == "verb" and q + 1 < len(s.words) \
            and s.norms[q] in _BY_VIRTUE:
        # أصدر X مرسوما عيّن بموجبه (ابنته) Y: the decree's issuer appoints
        issuer = [m for m in s.mentions if m.j <= p and m.type is ActorType.person
                  and not s.prep_before(m)][:1]
        k = q + 1 + (s.norms[q + 1] in _KIN_NOUNS or s.norms[q + 1] in _KIN_POSSESSED)
        named = _subject_after(s, k)
        if issuer and named and named[0].type is ActorType.person and named[0].actor != issuer[0].actor:
            return issuer, named[:1]
        return [], []
    if tf.entry.relation == "host" and tf.pos == "verb" and not tf.pronoun:
        by = next((k for k in range(q, min(len(s.words) - 2, q + 30))
                   if s.norms[k] == "من" and s.norms[k + 1] in _BY_AGENT and _agent_at(s, k + 2)
                   and not s.hard_break(k)), None)
        if by is not None and not any(s.hard_break(k) for k in range(q, by)) and not any(
                t.entry.relation == "appoint" for k in range(q, by) for f in s.words[k].forms
                for t in s.lex.trigger_forms.get(f, ())):
            # استُقبل X لدى وصوله ...، من قبل Y (من طرف Y): the passive; Y received X
            # (منذ تعيين X من قبل الرئيس Y: the appointment's doer, not a host)
            agent, guest = _agent_at(s, by + 2), _subject_after(s, q) or _delegation_led_by(s, q, by)
            if guest and agent.type is ActorType.person and guest[0].actor != agent.actor:
                return [agent], guest[:1]
    if tf.entry.relation == "visit" and tf.pos == "noun" and not tf.pronoun:
        k = q
        while k < len(s.words) and k not in s.at and k - q < 2 and s.norms[k] in _VISIT_ADJECTIVES \
                and not s.words[k].punct_before:
            k += 1  # زيارة (مرتقبة / رسمية) للرئيس X إلى Y
        guest = s.at.get(k)
        generic = guest is not None and not s.words[guest.i].forms[-1].startswith("ال") \
            and not s.norms[guest.j - 1].startswith("ال") and _people_demonym(s, guest.j - 1) is not None \
            and not any(m.actor == guest.actor and m.i > guest.j and m.type is ActorType.person
                        and not s.prep_before(m) for m in s.mentions)
        # (في أول زيارة لرئيس حكومة إسباني إلى مصر، وقع ... رئيس الوزراء الإسباني X: the one
        # the clause names is that visitor)
        if guest is not None and guest.type is ActorType.person and s.prep_before(guest) == "ل" \
                and not s.words[k].punct_before and not generic:  # (زيارة لرئيس إيراني: any one)
            dest = _object_by_marker(s, guest.j, ["الي"], guest.j, window=3, b_is_place="object")
            if dest and dest[0].actor != guest.actor and dest[0].actor != guest.country:
                return [guest], dest  # زيارة مرتقبة للرئيس الغاني X إلى الرياض: X visits
        if p > 0 and s.norms[p - 1] in _ADVERBIAL and getattr(s, "last_rel", None) in (Relation.meet, Relation.host) \
                and k < len(s.words) and s.norms[k] == "الي":
            # أجرى X محادثات مع Y خلال زيارة رسمية إلى روسيا: the one of the two who is not
            # of the host state came; the other is its own
            dest = [m for m in _object_by_marker(s, k, ["الي"], k, window=3) if m.type is ActorType.country]
            pair = [m for m in (getattr(s, "last_pair", None) or []) if m.type is ActorType.person and m.country]
            comers = [m for m in pair if dest and m.country != dest[0].actor]
            if dest and len(comers) == 1 and len(pair) == 2 and any(m.country == dest[0].actor for m in pair):
                return comers, dest[:1]
        does = next((k for k in range(q, min(len(s.words) - 2, q + 4))
                     if s.norms[k] in _DOING and s.norms[k + 1] in ("بها", "به")
                     and not any(s.words[x].punct_before for x in range(q, k + 1))), None)
        if does is not None:
            # خلال زيارة (الدولة) التي يقوم بها X إلى Y: X visits Y
            doer = _subject_after(s, does + 2)
            if doer and doer[0].type is ActorType.person:
                dest = _object_by_marker(s, doer[-1].j, ["الي", "ل"], doer[-1].j, window=4)
                if dest and dest[0].actor != doer[0].actor:
                    # (زيارة قام بها المبعوث X والمبعوث Y إلى كابل: both came)
                    return [m for m in doer if m.type is ActorType.person and m.actor != dest[0].actor], dest
            if not doer and does + 2 < len(s.words) and s.norms[does + 2] in ("الي", "لي") \
                    and s.norms[does].startswith("ي") and p > 0 and (s.norms[p - 1] in _TRIP_FRAMES
                                                                      or s.norms[p - 1] == "في"):
                # بحث X مع Y ...، وذلك في مستهل زيارة رسمية يقوم بها إلى الصين: "he" is the
                # sentence's man
                dest = [m for m in _object_by_marker(s, does + 2, ["الي"], does + 2, window=3)
                        if m.type is ActorType.country]
                guests = s.last_object if getattr(s, "last_rel", None) is Relation.host else None
                doer = [m for m in (guests or []) if m.type is ActorType.person][:1] or [  # (يستقبل X Y، في زيارة يقوم بها: the guest)
                    m for m in (last_subject or []) if m.type is ActorType.person][:1] or [
                    m for m in s.mentions if m.j <= p and m.type is ActorType.person and not s.prep_before(m)][:1]
                if dest and doer and dest[0].actor != doer[0].actor:
                    return doer, dest[:1]
    unable = p > 4 and s.norms[p - 1] == "من" and s.norms[p - 2] in _ABLE and s.norms[p - 3] in _VERB_NEGATORS \
        and s.norms[p - 4] in _SHE_HE_THAT  # (قال X إنه لم يتمكن من زيارة Y)
    if p > 1 and s.norms[p - 1] in _SHE_HE_THAT or (p > 2 and s.norms[p - 2] in _SHE_HE_THAT
                                                     and (s.norms[p - 1] in _INTENDING
                                                          or s.norms[p - 1] in _VERB_NEGATORS)) or unable:
        # قالت X إنها (تعتزم) زيارة دمشق، قال X إنه لم يلتق Y: the speaker is the doer
        at = p - 4 if unable else p - 1 if s.norms[p - 1] in _SHE_HE_THAT else p - 2
        # (but وصف X القاهرة بأنها شريك: "she" is the one described, named right before)
        speaker = _quote_speaker(s, at) if not (s.norms[at] in _AS_BEING and (at - 1) in s.covered) else []
        if speaker and (speaker[0].type is ActorType.person):
            other = _object_by_marker(s, q, [m for m in tf.entry.objects] or [""], q, window=5,
                                      b_is_place="object" if tf.entry.relation == "visit" else True)
            if other and other[0].actor != speaker[0].actor:
                return speaker, other
    if p > 1 and s.norms[p - 1] in _NOT_DOING and any(
            s.norms[k] in _CALLING_FOR for k in range(max(s.clause_start(p), p - 14), p - 1)):
        return [], []  # طالب X الحكومة العراقية بعدم فرض رسوم على البضائع الأردنية: asked not to, nobody did
    by_ba = tf.pos == "noun" and p > 1 and s.words[p].norm[:1] == "ب" and s.norms[p - 1] not in ("الي", "علي")
    if tf.pos == "noun" and p > 2 and (s.norms[p - 1] in ("الي", "علي") or by_ba):
        # (مطالبا المجتمع الدولي بالضغط على X: ب on the act asked for, as إلى after دعا)
        end = p if by_ba else p - 1
        call = next((k for k in range(end - 1, max(-1, p - 8), -1) if s.norms[k] in _CALLING
                     and (not by_ba or s.norms[k] not in _INVITING)), None)
        called = [m for m in s.mentions if call is not None and call < m.i and m.j <= end
                  and not s.prep_before(m) and m.type is not ActorType.location]
        if called:
            # داعيا بروكسل إلى الضغط على إسرائيل: the one called on is the doer — of an
            # act asked for, not done
            other = _object_by_marker(s, q, [m for m in tf.entry.objects] or [""], q, window=5)
            if other and other[0].actor != called[0].actor:
                s.force_hyp = True
                return called[:1], other
            return [], []
        if call is not None and call < end - 1:
            return [], []  # the one called on is named by nothing we know: no guess
    subj, obj = _arguments_of(s, p, q, tf, last_subject, carried)
    if tf.pos == "verb" and not tf.pronoun and obj and q < len(s.words) and s.norms[q] in _THE_TWO_SIDES \
            and not Relation(tf.entry.relation).symmetric and not s.words[q].punct_before \
            and q not in s.covered and all(m.i > q for m in obj):
        # وانتقد الوزيران إعلان أديس أبابا: each of the two just named, not the one carried
        pair = _two_sides(s, p, s.norms[q], q)
        if len(pair) == 2 and pair[0].actor != pair[1].actor \
                and not {m.actor for m in pair} & {m.actor for m in obj}:
            return pair, obj
    if tf.pos == "verb" and not tf.pronoun and not obj and len(subj) == 1 and subj[0].i == q \
            and tf.entry.relation in ("meet", "host", "congratulate") and s.norms[q] in COUNTERPART \
            and last_subject and last_subject[0].type is ActorType.person \
            and last_subject[0].actor != subj[0].actor and p > 1 and s.norms[p - 1] in _DONE_BEFORE:
        # ...، بعد أن (كان قد) التقى نظيره Y: "his counterpart" is met by the one going on
        return last_subject[:1], subj
    if not subj and tf.entry.relation == "meet" and tf.pos == "noun" and not tf.pronoun \
            and (topic := _headline_topic(s, p)) is not None:
        # عون في الرياض: محادثات مع ولي العهد السعودي: the headline's man before the colon
        other = [m for m in _object_by_marker(s, q, ["مع"], q, window=6) if m.actor != topic.actor]
        return ([topic], other) if other else ([], [])
    if not subj and tf.entry.relation == "meet" and tf.pos == "noun" and s.norms[p].endswith("هما") \
            and p > 0 and s.norms[p - 1].removeprefix("و") in _AFTER_IT | _ADVERBIAL:
        # قال X، في مؤتمر صحفي مع Y عقب محادثاتهما، ...: "their" talks are the two persons' named before
        pair = [m for m in s.mentions if m.j <= p and m.type is ActorType.person][-2:]
        if len(pair) == 2 and pair[0].actor != pair[1].actor and (s.joined(pair[1]) or s.prep_before(pair[1]) == "مع"):
            return pair[:1], pair[1:]
    if tf.pos == "noun" and not tf.pronoun and s.norms[p][:1] == "و" and subj and obj and subj[0].j == p \
            and subj[0].i > 0 and (subj[0].i - 1) not in s.covered \
            and any(f in s.lex.trigger_forms for f in s.words[subj[0].i - 1].forms):
        # ستتولى تركيا تدريب البحرية الصومالية والمساعدة في حماية ...: the body is the
        # genitive of the first verbal noun; the doer of both is the clause's subject
        doer = _doer(s, subj[0].i - 1, s.clause_start(subj[0].i - 1), last_subject)
        doer = [m for m in doer if m.actor != subj[0].actor and m.actor not in {o.actor for o in obj}]
        return (doer[:1], obj) if doer else ([], [])
    if tf.pos == "noun" and not _SOLIDARITY.isdisjoint(s.words[p].forms) and obj and obj[0].i == q \
            and not s.prep_before(obj[0]):
        # تضامن دولة قطر مع باكستان: the noun's genitive is the one who stands with
        partner = _object_by_marker(s, obj[-1].j, ["مع"], obj[-1].j, window=5)
        return (obj[:1], partner) if partner else ([], [])
    if tf.entry.relation == "visit" and tf.pronoun and len(subj) == 1 and obj and p > 1 \
            and s.norms[p - 1] in _SIDELINES | _DURING and getattr(s, "last_rel", None) is Relation.meet \
            and last_subject and last_subject[0].type is ActorType.person \
            and subj[0].actor != last_subject[0].actor and not s.words[p].norm.endswith("ها") \
            and last_subject[0].country != obj[0].country:
        # التقى X Y ...، على هامش / خلال زيارته إلى Z: the one who met is the visitor
        return last_subject[:1], obj
    if tf.entry.relation == "visit" and tf.pronoun and len(subj) == 1 and obj \
            and subj[0].type is ActorType.person and subj[0].country \
            and subj[0].country == obj[0].country and not s.words[p].norm.endswith("ها"):
        # التقى X نظيره Y خلال زيارته إلى الجزائر: Y is at home there, so "his"
        # is X's (the other person of the clause, from another state)
        cs = s.clause_start(p)
        other = [m for m in s.mentions if cs <= m.i and m.j <= subj[0].i and m.type is ActorType.person
                 and not s.prep_before(m) and m.country and m.country != obj[0].country]
        return other[-1:], (obj if other else [])
    return subj, obj


def _stance_holder(s: _Sentence, p: int, tf: TriggerForm) -> Mentioned | None:
    """The actor whose stance a definite participle describes (لموقف بريتوريا الداعم،
    الموقف الجزائري الداعم: Pretoria, Algeria), or ``None``."""
    if tf.pos != "noun" or not s.norms[p].startswith("ال") or p < 2 or s.words[p].punct_before:
        return None
    holder = s.covered.get(p - 1)
    if holder is None:
        k = next((k for k in (p - 1, p - 2) if s.demonyms.get(k)), None)
        holder = Mentioned(k, p, s.demonyms[k], ActorType.country, "", s.demonyms[k]) if k is not None else None
    if holder is None or holder.j != p or holder.i == 0 or holder.type is ActorType.location:
        return None
    stance = s.norms[holder.i - 1].lstrip("لبو") in _STANCES or s.norms[holder.i].lstrip("لبو") in _STANCES
    return holder if stance else None


_EXCHANGED = {normalize(w) for w in ("تبادل", "تبادلا", "تبادلت", "تبادلتا", "يتبادل", "يتبادلان", "تتبادلان")}


_WISHES = frozenset(normalize(w) for w in ("تهاني", "التهاني", "تهنئة"))


def _conveyed_wishes(s: _Sentence, p: int, q: int,
                     last_subject: list[Mentioned]) -> tuple[list[Mentioned], list[Mentioned]]:
    """نقل X إلى Y تهاني Z / التقى X Y، ونقل إليه تهاني Z: Z, whose wishes they
    are, congratulates Y; X only carries them.

    >>> # ونقل إليه تهاني القيادة السعودية → (Saudi Arabia, the one met)
    """
    lead = next((k for k in range(q, min(len(s.words) - 1, q + 8)) if s.norms[k] in _WISHES
                 and not any(s.words[x].punct_before for x in range(q + 1, k + 1))), None)
    sender = s.at.get(lead + 1) if lead is not None else None
    if sender is None or sender.i != lead + 1 or s.words[lead + 1].punct_before:
        return [], []
    to = next((s.at.get(k + 1) for k in list(range(q, lead)) + [sender.j]
               if k + 1 < len(s.words) and s.norms[k] == "الي" and s.at.get(k + 1) is not None
               and s.at[k + 1].i == k + 1), None)
    if to is None and any(s.norms[k] in _TO_HIM_ALONE for k in range(q, lead)):
        # إليه: the person named last before, other than the one who carries the wishes
        carrier = {m.actor for m in _doer(s, p, s.clause_start(p), last_subject)}
        to = next((m for m in reversed(s.mentions) if m.j <= p and m.type is ActorType.person
                   and m.actor not in carrier), None)
    if to is None or to.actor == sender.actor:
        return [], []
    return [sender], [to]


_VOICED_IT = frozenset(normalize(w) for w in (
    "أطلقها", "أطلقتها", "يطلقها", "تطلقها", "وجهها", "وجهتها", "يوجهها", "توجهها", "ساقها", "ساقتها",
    "يسوقها", "تسوقها", "رددها", "رددتها", "رددته", "رددها"))
_THAT_IT = frozenset(normalize(w) for w in ("بأن", "أن", "بان"))


_BY_ACCUSING = normalize("باتهام")


def _accusation_sides(s: _Sentence, p: int, q: int,
                      last_subject: list[Mentioned]) -> tuple[list[Mentioned], list[Mentioned]]:
    """The accuser and the accused of an accusation noun: اتهامات واشنطن لطهران،
    الاتهامات الأمريكية لها (the one who rejects them), اتهامات أطلقها X بأن Y تقدم ...
    The accusation was made: a denial around it negates nothing.

    >>> # نفت الصين اتهامات أطلقها المتحدث X بأن بكين تقدم دعما → (X, China)
    """
    k, accuser = q, None
    m = s.at.get(k) if k < len(s.words) and not s.words[k].punct_before else None
    if m is not None and m.i == k and not s.prep_before(m) and m.type is not ActorType.location \
            and s.norms[p] == _BY_ACCUSING and m.j < len(s.words) and not s.words[m.j].punct_before \
            and s.norms[m.j][:1] == "ب" and len(s.norms[m.j]) > 3:
        # ردت الخارجية الجزائرية باتهام فرنسا بالتنصل: the maṣdar's genitive is the
        # accused, followed by what he is accused of; the accuser is the clause's doer
        doer = _doer(s, p, s.clause_start(p), last_subject)
        if doer and doer[0].actor != m.actor and doer[0].actor != m.country:
            s.told = True
            return doer[:1], [m]
        return [], []
    if m is not None and m.i == k and not s.prep_before(m) and m.type is not ActorType.location:
        accuser, k = m, m.j
    elif k < len(s.words) and k in s.demonyms and not s.words[k].punct_before:
        state = s.demonyms[k]
        accuser, k = Mentioned(k, k + 1, state, ActorType.country, "", state), k + 1
    elif k + 1 < len(s.words) and s.norms[k] in _VOICED_IT and not s.words[k].punct_before:
        after = _subject_after(s, k + 1)
        if after:
            accuser, k = after[0], after[-1].j
    if accuser is None:
        return [], []
    accused = None
    for x in range(k, min(len(s.words), k + 3)):
        if s.words[x].punct_before:
            break
        if s.norms[x] in _TO_HIM:
            # ترفض الاتهامات الأمريكية لها: "her", the one who rejects them
            doer = _doer(s, p, s.clause_start(p), last_subject)
            accused = doer[0] if doer else None
            break
        if s.norms[x] in _THAT_IT or s.norms[x] == "ضد" or (x in s.at and s.prep_before(s.at[x]) == "ل"):
            y = x if x in s.at else x + 1
            accused = s.at.get(y) if y < len(s.words) and not s.words[y].punct_before else None
            if accused is not None and (accused.i != y or accused.type is ActorType.location):
                accused = None
            break
    if accused is None or accused.actor == accuser.actor or accused.actor == accuser.country:
        return [], []
    s.told = True
    return [accuser], [accused]


def _exchanged_wishes(s: _Sentence, p: int, q: int) -> tuple[list[Mentioned], list[Mentioned]]:
    """تبادل الرئيسان التهاني / تبادلا خلاله التهاني: the two congratulate each
    other (the reverse edge is added by find_relations), else nothing."""
    pair: list[Mentioned] = []
    at = q + 1 if q < len(s.words) and s.norms[q] in ("خلاله", "خلالها", "فيه", "فيها") else q
    if at < len(s.words) and s.norms[at] in _THE_TWO_SIDES:
        pair = _two_sides(s, p, s.norms[at], at)
    elif at < len(s.words) and (m := s.at.get(at)) is not None and m.type is ActorType.person:
        pair = s.coordinated(m)[:2]
    elif s.words[p].forms[-1].endswith("ا"):
        memory = getattr(s, "memory", None) or {}
        pair = list(memory.get("meeting") or [])
    if len(pair) == 2 and pair[0].actor != pair[1].actor and all(m.type is ActorType.person for m in pair):
        s.mutual_at = p
        return pair[:1], pair[1:]
    return [], []


def _arguments_of(s: _Sentence, p: int, q: int, tf: TriggerForm, last_subject: list[Mentioned],
                  carried: list[Mentioned] | None) -> tuple[list[Mentioned], list[Mentioned]]:
    entry = tf.entry
    rel = entry.relation
    cs = s.clause_start(p)
    markers = list(entry.objects)
    if tf.pos == "verb" and q + 1 < len(s.words) and s.norms[q] in _AT_THAT_TIME \
            and not s.words[q].punct_before and not s.words[q + 1].punct_before:
        q += 1  # وأشاد حينها بالدعم التركي: "then", an adverb before the object
    if rel == "oppose" and tf.pos == "noun" and p > 1 and s.norms[p - 1] == "ظل" and s.norms[p - 2] in ("في", "وفي") \
            and not _demonym_doer(s, q) and not (q < len(s.words) and (m := s.at.get(q)) is not None
                                                 and m.i == q and not s.prep_before(m)):
        return [], []  # في ظل ضغوط اقتصادية متزايدة على X: circumstances, no one's act
    if tf.pronoun and tf.pos == "verb" and q < len(s.words) and s.norms[q] in ("فيها", "فيه") and p > 0 \
            and (to := s.covered.get(p - 1)) is not None and to.j == p and to.type is ActorType.person \
            and s.prep_before(to) == "الي" and (not s.words[p].punct_before or s.words[p].punct in ("،", ",")):
        # بعث X ببرقية إلى Y(،) هنّأه فيها بـ...: the letter's sender to the one it went to
        sender = [m for m in s.mentions if m.j <= to.i and m.type is ActorType.person and not s.prep_before(m)][:1]
        return (sender, [to]) if sender and sender[0].actor != to.actor else ([], [])
    if rel == "agree" and tf.pos == "verb" and not tf.pronoun and q < len(s.words) and s.norms[q] in _DURING_IT \
            and getattr(s, "last_rel", None) is Relation.meet and len(pair := getattr(s, "last_pair", None) or []) == 2 \
            and pair[0].actor != pair[1].actor and all(m.type is ActorType.person for m in pair) \
            and q + 1 < len(s.words) and s.norms[q + 1] == "علي":
        return pair[:1], pair[1:]  # بعد لقاء مطوّل مع Y اتُّفق خلاله على ...: the two who met agreed
    if rel == "congratulate" and not _EXCHANGED.isdisjoint(s.words[p].forms):
        return _exchanged_wishes(s, p, q)
    if rel == "oppose" and tf.pos == "noun" and not _ACCUSATIONS.isdisjoint(s.words[p].forms):
        return _accusation_sides(s, p, q, last_subject)
    if rel == "congratulate" and not _CONVEYED.isdisjoint(s.words[p].forms):
        return _conveyed_wishes(s, p, q, last_subject)
    if entry.reverse and entry.past:
        # تلقى X برقية تهنئة من Y: read as the verb says, then Y is the doer
        forward = replace(tf, entry=entry.model_copy(update={"reverse": False}))
        subj, obj = _arguments_of(s, p, q, forward, last_subject, carried)
        return obj, subj
    if entry.reverse:
        return _reverse_host(s, p, q, tf, last_subject, carried)
    if rel == "family":
        owner, kin = _family(s, p, q, tf, last_subject)
        if _heads_of_two_states(s, q, tf, owner + kin):
            return [], []
        return owner, kin
    if rel == "meet" and tf.pos == "noun" and not tf.pronoun and q + 1 < len(s.words) and s.norms[q] in _INCLUDED_PAST \
            and (first := s.at.get(q + 1)) is not None and first.i == q + 1 and first.type is ActorType.person \
            and _governed(s, p):
        # عقد X في ميونيخ سلسلة لقاءات شملت A وB: X met each one the meetings included
        doer = _doer(s, p, cs, last_subject)
        met = [m for m in s.coordinated(first) if m.type is ActorType.person
               and doer and m.actor != doer[0].actor]
        if doer and doer[0].type is ActorType.person and met:
            return doer[:1], met
    if tf.pos == "noun" and not tf.pronoun and Relation(rel).symmetric and q + 1 < len(s.words) \
            and not s.norms[p].startswith("ال") and not s.words[q].punct_before \
            and (a := _bare_demonym(s, q)) and (b := _bare_demonym(s, q + 1 + (s.norms[q + 1] == "و"))) and a != b:
        # وسط تنسيق مصري قطري مكثف، شراكة سعودية-أذربيجانية: the two states the adjectives name
        return ([Mentioned(q, q + 1, a, ActorType.country, "", a)],
                [Mentioned(q + 1, q + 2, b, ActorType.country, "", b)])
    if tf.pos == "verb" and tf.pronoun and p > 1 and s.norms[p - 1] in _THAT_HE and s.norms[p].endswith("ه") \
            and not s.norms[p].endswith("ها") and rel in ("meet", "host", "congratulate"):
        # قال X إن ... نظيره Y، مذكّراً بأنه التقاه: "he" is the speaker, "him" the man just named
        speaker = _quote_speaker(s, p - 1)
        him = next((m for m in reversed(s.mentions) if m.j <= p - 1 and m.type is ActorType.person
                    and speaker and m.actor != speaker[0].actor), None)
        if speaker and speaker[0].type is ActorType.person and him is not None:
            return speaker[:1], [him]
    if rel in ("host", "meet") and tf.pos == "verb" and not tf.pronoun and _OF_THE_TWO in s.forms:
        doer = _subject_after(s, q)  # (read only when the sentence has منهما at all)
        e = doer[-1].j if doer and doer[0].i >= q else -1
        if 0 <= e < len(s.words) - 1 and s.norms[e] in _EACH and s.norms[e + 1] == _OF_THE_TWO \
                and not s.words[e].punct_before:
            # بعد أن استقبل Y كلاً منهما على حدة: Y received each of the two who met
            met = (getattr(s, "memory", None) or {}).get("meeting") or s.last_object or []
            two = [m for m in met if m.type is ActorType.person and m.actor != doer[0].actor]
            return (doer[:1], two) if len(two) == 2 else ([], [])
    if rel == "visit" and tf.pos == "verb" and not tf.pronoun and q + 1 < len(s.words) and s.norms[q] == "الي" \
            and (dest := s.at.get(q + 1)) is not None and dest.type is not ActorType.person:
        comer = _subject_after(s, q)
        if comer and comer[0].i >= dest.j and comer[0].actor != dest.actor:
            return comer, [dest]  # وصل إلى مقديشو أمس وفد عسكري مصري: the destination first
    if tf.pos == "verb" and not tf.pronoun and q + 2 < len(s.words) and s.norms[q] in _DURING_IT \
            and s.norms[q + 1] in _STYLE_PRONOUNS and s.norms[q + 2] in _STYLE_PRONOUNS \
            and s.norms[q + 1] != s.norms[q + 2]:
        # اتصالا هاتفيا من Y، هنأ خلاله سموه جلالته: His Highness (the doer) and His Majesty
        doer, done_to = _styled_person(s, s.norms[q + 1], q + 1), _styled_person(s, s.norms[q + 2], q + 2)
        if doer and done_to and doer[0] != done_to[0]:
            return ([Mentioned(q + 1, q + 2, doer[0], ActorType.person, "", doer[1])],
                    [Mentioned(q + 2, q + 3, done_to[0], ActorType.person, "", done_to[1])])
    if rel == "meet" and tf.pos == "noun" and p > 0 and s.norms[p - 1] in _PREPARATIONS:
        return [], []  # استعرضا التحضيرات للقمة الخليجية المقبلة: a summit prepared for, no meeting of theirs
    if rel == "ally" and tf.pos == "noun" and tf.pronoun:
        # وحليفها الأمني الأول يظل الولايات المتحدة: the predicate after the copula is the ally
        cop = next((k for k in range(q, min(len(s.words) - 1, q + 4)) if s.norms[k] in _PREDICATE_COPULAS
                    and not any(s.words[x].punct_before for x in range(q, k + 2))), None)
        pred = s.at.get(cop + 1) if cop is not None else None
        if pred is not None and pred.i == cop + 1 and not s.prep_before(pred):
            owner = _possessor(s, p, cs, feminine=s.words[p].norm.endswith("ها"))
            return (owner[:1], s.coordinated(pred)) if owner and owner[0].actor != pred.actor else ([], [])
    if rel == "agree" and tf.pos == "verb" and tf.pronoun and p > 1 and s.norms[p - 1] in _RELATIVE \
            and not _DOCUMENT_NOUNS.isdisjoint(s.words[p - 2].forms) and q < len(s.words) and s.norms[q] == "مع":
        # (الاتفاق الذي وقّعه الأخير مع Y / أبرمه الطرفان: a subject of its own, read below)
        # قال X إن الاتفاقية، التي وقّعها مع Y، تضمن ...: "he" is the one person the sentence
        # named before; "it" is the document
        people = {m.actor: m for m in s.mentions if m.j <= p - 2 and m.type is ActorType.person
                  and not s.prep_before(m)}
        partner = [m for m in _object_by_marker(s, q, ["مع"], q, window=4) if m.actor not in people]
        if len(people) == 1 and partner:
            return list(people.values()), partner[:1]
        return [], []
    guest = s.at.get(q) if rel == "host" and tf.pos == "noun" and not tf.pronoun and q < len(s.words) else None
    if guest is not None and guest.i == q and guest.type is ActorType.person and not s.prep_before(guest):
        # جرى استقبال X من قبل Y: the genitive is the guest, the agent receives him
        by = next((k + 1 for k in range(guest.j, min(len(s.words) - 1, guest.j + 3))
                   if s.norms[k] == "من" and s.norms[k + 1] in _BY_AGENT
                   and not any(s.words[x].punct_before for x in range(guest.j + 1, k + 1))), None)
        host = _agent_at(s, by + 1) if by is not None else None
        if host is not None and host.type is ActorType.person and host.actor != guest.actor:
            return [host], [guest]
    if (holder := _stance_holder(s, p, tf)) is not None:
        # انتقاد المملكة لموقف بريتوريا الداعم لـX: the stance is Pretoria's, and so the support
        s.stance_at = p  # (read once; find_relations then knows it is a description, no new doer)
        obj = _object_by_marker(s, q, markers, q, window=4) if q < len(s.words) else []
        if not obj and rel == "support" and q < len(s.words) and s.norms[q][:1] == "ل":
            obj = _goods_of_state(s, q)  # موقف آيسلندا الداعم لحقوق الشعب الفلسطيني: that state
        return ([holder], obj) if obj and obj[0].actor != holder.actor else ([], [])
    if rel == "support" and tf.pos == "noun" and s.norms[p].startswith("ال") and p > 0 and p - 1 not in s.covered \
            and p - 1 not in s.demonyms and not s.words[p].punct_before \
            and s.norms[p - 1].removeprefix("و").removeprefix("ل").removeprefix("ب").startswith("ال") \
            and not any(s.norms[k].lstrip("لبو") in _STANCES for k in range(max(0, p - 4), p)):
        return [], []  # التصويت ضد القرارات الداعمة لفلسطين: the participle describes the
        # resolutions, no actor (الموقف الجزائري الداعم: the stance's holder, read above;
        # موقف مصر الثابت الداعم: a stance's adjectives between)
    tour = (s.memory or {}).get("tour")
    if rel == "visit" and tour and s.norms[p] == _THE_TOUR and p - 1 == cs \
            and any(f in _INCLUDED for f in s.words[p - 1].forms) and q in s.at \
            and s.at[q].type in (ActorType.country, ActorType.location):
        # بدأ X جولة. وتشمل الجولة Y وZ: the tour just told, its stops (still to
        # come unless told in the past; once under way, he is at the first)
        (visitor, planned, begun), stops = tour, s.coordinated(s.at[q])
        included = s.words[p - 1].forms[-1]
        if planned or included[:1] == "س" or (included[:1] in "تي" and not begun):
            s.force_hyp = True
        elif included[:1] in "تي":
            s.force_hyp, s.leg_here = True, stops[0].actor
        return visitor, stops
    able = next((k for k in range(p - 2, max(cs, p - 10) - 1, -1) if not _ABLE.isdisjoint(s.words[k].forms)), None) \
        if tf.pos == "noun" and not tf.pronoun and p > 1 and s.norms[p - 1] == "من" else None
    if able is not None:
        # لم يتمكن الوزير السوري من لقاء الرئيس Y: the one who could not is the doer,
        # the genitive the one (not) met
        doer = [m for m in s.mentions if able < m.i and m.j <= p - 1 and not s.prep_before(m)
                and m.type is not ActorType.location][:1]
        other = s.at.get(q)
        if doer and other is not None and not s.prep_before(other) and not s.words[q].punct_before \
                and other.actor != doer[0].actor:
            s.flags_at = able  # (لم يتمكن: the ability is what is denied)
            return doer, s.coordinated(other)
    granted = s.covered.get(p - 1) if tf.pos == "noun" and not tf.pronoun and p > 1 \
        and not _GRANTED.isdisjoint(s.words[s.covered[p - 1].i - 1].forms if (p - 1) in s.covered
                                     and s.covered[p - 1].i > 0 else ()) else None
    if granted is not None and granted.type is ActorType.person and granted.clitic.endswith("ل") \
            and (other := s.at.get(q)) is not None and other.type is not ActorType.location \
            and not s.prep_before(other) and other.actor != granted.actor:
        # ولم يتسنَّ للفالح لقاء رئيس الوزراء Y: the one it was (not) possible for, and the one met
        s.flags_at = s.covered[p - 1].i - 1
        return [granted], s.coordinated(other)
    if rel == "visit" and tf.pos == "noun" and not tf.pronoun and p > 3 and s.norms[p - 1] == "في" \
            and s.norms[p - 2] in ("كان", "كانت", "يكون", "تكون") and s.norms[p - 3] in _RELATIVE:
        # Y، الذي كان في زيارة رسمية إلى قبرص: the relative's antecedent was visiting
        antecedent = s.covered.get(p - 4)
        dest = _object_by_marker(s, q, ["الي"], q, window=5, b_is_place="object")
        if antecedent is not None and antecedent.type is ActorType.person and dest \
                and dest[0].actor != antecedent.actor:
            return [antecedent], dest[:1]
    by = next((k + 1 for k in range(q + 1, min(len(s.words) - 1, q + 11))
               if s.norms[k] in _BY_AGENT and s.norms[k - 1] == "من" and not s.hard_break(k)), None) \
        if rel == "host" and tf.pos == "verb" and not tf.pronoun and last_subject else None
    if by is not None and not any(m.type is ActorType.person and q <= m.i < by - 2 for m in s.mentions):
        # وصل X إلى جيبوتي، حيث استُقبل في المطار من قبل Y: the passive, Y received X
        # (في مقر الحكومة ... من قبل رئيسها Y: past the title that points back to the body)
        host = _agent_at(s, by)
        guest = [m for m in last_subject if m.type is ActorType.person][:1]
        if host is not None and host.type is ActorType.person and guest and host.actor != guest[0].actor:
            s.passive_host_at = p  # (the guest stays the sentence's subject: وكان في مقدمة مستقبليه Z)
            return [host], guest
    given = next((k for k in range(p - 1, max(cs, p - 12) - 1, -1) if not _WAS_GIVEN.isdisjoint(s.words[k].forms)), None) \
        if rel == "host" and tf.pos == "noun" and s.norms[p][:1] == "ب" else None
    if given is not None:
        # حظي X باستقبال رسمي في الكرملين من قبل الرئيس Y: Y received X
        guest = [m for m in s.mentions if given < m.i and m.j <= p and not s.prep_before(m)
                 and m.type is not ActorType.location][:1] or _clause_subject(s, given, cs)
        by = next((k + 1 for k in range(q, min(len(s.words) - 1, q + 10))
                   if not s.hard_break(k) and ((s.norms[k] in _BY_AGENT and s.norms[k - 1] == "من") or (
                       s.norms[k] == "من" and (h := s.at.get(k + 1)) is not None and h.i == k + 1
                       and h.type is ActorType.person))), None)  # (باستقبال رسمي من الرئيس Y)
        host = s.at.get(by) if by is not None else None
        if guest and host is not None and host.type is ActorType.person and host.actor != guest[0].actor:
            return [host], guest[:1]
        return [], []
    if rel == "support" and tf.pos == "verb" and tf.pronoun and s.norms[p].endswith(("ها", "ه")) \
            and (giver := s.covered.get(p - 1)) is not None and giver.i > 1 \
            and s.norms[giver.i - 1] in _THAT and not s.prep_before(giver):
        # أعلنت الوزارة أن الصندوق الكويتي منحها قرضا: "her" is the one who announces it
        told = _clause_subject(s, giver.i - 1, cs)
        if told and told[0].actor != giver.actor and (told[0].type is ActorType.person) != s.norms[p].endswith("ها"):
            return [giver], told[:1]
    if rel == "support" and tf.pos == "verb" and tf.pronoun and p > 0 and s.norms[p][:1] == "و" \
            and q < len(s.words) and (m := s.at.get(q)) is not None and s.prep_before(m) == "ل":
        # أكد X وقوف الأردن إلى جانب Y ودعمه للسلطة الفلسطينية: "and his support for",
        # a verbal noun whose owner is left to an earlier clause, not "and he supported him"
        return [], []
    carrier_at = next((k for k in range(max(cs, p - 12), p) if not _CONVEYED.isdisjoint(s.words[k].forms)), None) \
        if rel == "congratulate" and not tf.pronoun and s.norms[p] in _THANKS_NOUNS else None
    if carrier_at is not None and all(x in s.covered for x in range(carrier_at + 1, p)) \
            and (giver := s.at.get(q)) is not None and giver.type is ActorType.person and not s.prep_before(giver):
        # نقل X شكر الرئيس Y للقيادة السعودية: Y thanks them; X only carries the message
        to = [m for m in _object_by_marker(s, giver.j, ["ل", "الي"], giver.j, window=3) if m.actor != giver.actor]
        return ([giver], to[:1]) if to else ([], [])
    if tf.pos == "noun" and rel == "congratulate" and not tf.pronoun and q + 1 < len(s.words) \
            and (s.norms[q] in _HIS_STATE or (s.norms[q] in _GOVERNMENT_OF and s.norms[q + 1] in _HIS_STATE)):
        # الذي نقل شكر حكومة بلاده للكويت: thanks from the speaker's own state
        speaker = _clause_subject(s, p, cs) or [m for m in s.mentions if m.j <= p and m.type is ActorType.person
                                               and not s.prep_before(m)][-1:]
        state = speaker[0].country if speaker and speaker[0].type is ActorType.person else None
        start = q + (1 if s.norms[q] in _HIS_STATE else 2)
        obj = _object_by_marker(s, start, ["ل", "الي"], start, window=3)
        if state and obj and obj[0].actor != state:
            return [Mentioned(q, start, state, ActorType.country, "", state)], obj
    if tf.pos == "noun" and rel == "ally" and p >= 2 and s.norms[p - 1] in _PREDICATE_COPULAS \
            and (m := s.covered.get(p - 2)) is not None and m.j == p - 1 and not s.prep_before(m) \
            and m.type in (ActorType.country, ActorType.organization):
        # تركيا ليست الشريك الأمني الوحيد لبغداد / X هي الحليف الأول لـY: the predicate's subject
        obj = _object_by_marker(s, q, ["ل"], q, window=4)
        if obj and obj[0].actor != m.actor:
            return [m], obj
    if tf.pos == "noun":
        at = p - 2 if p >= 2 and s.norms[p - 1] == "اي" else p - 1
        if rel == "agree" and not tf.pronoun and at >= 1 and s.norms[at] == "عن" and (verb := next(
                (k for k in range(at - 1, max(-1, at - 24), -1) if s.norms[k].removeprefix("و") in _RESULTED), None)) \
                is not None:
            # أسفر / لم يسفر اللقاء الذي جمع X بـY عن (أي) اتفاق: the two who met agree (or not)
            two = [m for m in s.mentions if verb < m.i and m.j <= at and m.type is ActorType.person]
            if len(two) == 2 and two[0].actor != two[1].actor:
                return two[:1], two[1:]
        if rel in ("host", "meet") and tf.pronoun and p > 0 and s.norms[p - 1].removeprefix("و") in _ADVERBIAL \
                and p - 1 <= s.clause_start(p) + 1 and (guest := s.at.get(q)) is not None and guest.i == q \
                and guest.type is ActorType.person and not s.prep_before(guest) \
                and (comma := next((k for k in range(guest.j, min(len(s.words), guest.j + 10))
                                    if s.words[k].punct_before), None)) is not None \
                and s.words[comma].punct in ("،", ",") and not any(x in s.at for x in range(guest.j, comma)) \
                and s.norms[comma][:1] in "اتيو" and not s.norms[comma].startswith("ال"):
            # خلال استقباله نظيره Y في مقر الوزارة، أكد X ...: the fronted reception is the main
            # clause's doer's (his host: X)
            doer = _subject_after(s, comma + 1)
            if doer and doer[0].type is ActorType.person and doer[0].actor != guest.actor:
                return doer[:1], [guest]
        if rel == "meet" and not tf.pronoun and p > 1 and s.norms[p - 1] == _END_OF and s.norms[p - 2] in ("في", "وفي") \
                and p - 2 <= s.clause_start(p) + 1 and (comma := next(
                    (k for k in range(q, min(len(s.words), q + 12)) if s.words[k].punct_before), None)) is not None \
                and s.words[comma].punct in ("،", ",") and not any(
                    s.at[x].type is ActorType.person for x in range(p, comma) if x in s.at) \
                and s.norms[comma][:1] in "اتي" and not s.norms[comma].startswith("ال"):
            # في ختام اجتماع اللجنة المشتركة، أكد X ونظيره Y ...: the two who speak at its end met
            doer = _subject_after(s, comma + 1)
            if len(doer) == 2 and doer[0].actor != doer[1].actor and all(m.type is ActorType.person for m in doer):
                return doer[:1], doer[1:]
        if rel == "meet" and not tf.pronoun and p > 0 and s.norms[p - 1].removeprefix("و") in _ADVERBIAL | _AFTER_IT \
                and p - 1 <= s.clause_start(p) + 1 and q + 1 < len(s.words) and s.norms[q] == "مع" \
                and (partner := s.at.get(q + 1)) is not None and partner.type is ActorType.person \
                and partner.j < len(s.words) and s.words[partner.j].punct in ("،", ","):
            # وعقب محادثات مع نظيره Y، انتقد X ...: the fronted talks are the main clause's doer's
            doer = _subject_after(s, partner.j + 1) if any(
                t.pos == "verb" for f in s.words[partner.j].forms for t in s.lex.trigger_forms.get(f, ())) \
                or (s.words[partner.j].norm[:1] in "اتي" and not s.words[partner.j].norm.startswith("ال")) else []
            if doer and doer[0].type is ActorType.person and doer[0].actor != partner.actor:
                return doer[:1], [partner]
        if rel == "visit" and s.words[p].forms[-1] in _HEADING:
            # غادر X طهران متوجها إلى Y: the clause's subject heads for Y
            obj = _object_by_marker(s, q, ["الى"], q, window=4)
            doers = [m for m in s.mentions if cs <= m.i and m.j <= p and not s.prep_before(m)
                     and not m.place and m.type is not ActorType.location]
            subj = next(([m] for m in doers if m.type is ActorType.person), doers[:1])
            return (subj, obj) if obj and subj else ([], [])
        named = _dual_title_named(s, q) if Relation(rel).symmetric and not tf.pronoun else []
        if named:
            return named[:1], named[1:]  # اجتماع وزيري خارجية البلدين X وY
        pair = _between(s, q, _adjectives_after(s, p, q) + 1 if rel == "meet" else 4) \
            if "بين" in markers else []  # (الاجتماع الوزاري المشترك بين X و Y; but اللقاء
        # تنسيق المواقف بين البلدين: the بين of another noun)
        if pair and any(s.norms[k][:1] == "ل" and any(t.pos == "noun" and t.entry.relation != rel
                                                      for t in s.lex.trigger_forms.get(s.norms[k][1:], ()))
                        and not any(s.words[x].punct_before for x in range(k + 1, pair[0].i))
                        for k in range(q, pair[0].i if any(pair[0] is x for x in s.mentions) else q)):
            pair = []  # أن تمهد الاتفاقية لشراكة أوسع بين A وB: the بين is the partnership's
        if len(pair) >= 2:
            return pair[:1], pair[1:]
        if "بين" in markers and any(
                s.norms[k] in ("بين", "وبين") and (k + 1) not in s.covered and s.norms[k + 1] not in _BOTH
                and s.norms[k + 1] not in _BARE_OWN_BODIES and (k + 2) in s.covered and s.norms[k + 2].startswith("و") and not s.words[k + 2].punct_before
                for k in range(q, min(len(s.words) - 2, q + 4))):
            return [], []  # الشراكة بين المملكة وإيطاليا: one side named but not known; no stand-in
        held = q
        while held < min(q + 2, len(s.words) - 1) and s.norms[held] not in _HE_HELD \
                and held not in s.covered and not s.words[held].punct_before:
            held += 1  # محادثات منفصلة أجراها
        held_by = s.at.get(held + 1) if held + 1 < len(s.words) and s.norms[held] in _HE_HELD else None
        if held_by is not None and (held_by.type is ActorType.location or held_by.place or s.prep_before(held_by)):
            held_by = None  # (محادثات أجرتها كينيا مع سلطنة عمان: a state holds them too)
        after_held = held_by.j if held_by is not None else held + 1  # (محادثات أجراها X في ... مع Y)
        with_at = next((k for k in range(after_held, min(len(s.words), after_held + 8))
                        if s.norms[k] in ("مع", "ب") and k not in s.covered), None) \
            if held + 1 < len(s.words) and s.norms[held] in _HE_HELD else None
        if rel == "meet" and not tf.pronoun and with_at is not None and not s.words[held].punct_before \
                and not any(s.words[k].punct_before for k in range(held + 1, with_at + 1)) \
                and s.norms[held + 1] not in _RELATIVE:
            # أكد X، خلال محادثات أجراها (في قصر ...) مع Y، أن ...: the one who held
            # them is the person named after the verb, else before the aside
            other = _object_by_marker(s, with_at, ["مع", "ب"], with_at, window=4)
            holder = held_by or next((m for m in reversed(s.mentions) if m.j <= p
                                      and m.type is ActorType.person and not s.prep_before(m)), None)
            if holder is None and p <= 3 and other:
                # عقب محادثات أجراها في أنقرة مع Y، أكد X ...: the fronted talks are the main
                # clause's doer's
                comma = next((k for k in range(other[-1].j, min(len(s.words), other[-1].j + 3))
                              if s.words[k].punct in ("،", ",")), None)
                after = (_subject_after(s, comma + 1) or _doer_after_adverbial(s, comma + 1)) \
                    if comma is not None and comma + 1 < len(s.words) and any(
                        tf2.pos == "verb" for f in s.words[comma].forms for tf2 in s.lex.trigger_forms.get(f, ())
                    ) or (comma is not None and s.norms[comma] in _SAYING) else []
                holder = after[0] if after and after[0].type is ActorType.person else None
            if other and holder is not None and held_by is None and holder.country \
                    and holder.country == other[0].country and holder.type is ActorType.person:
                # استقبله الرئيس X بعد محادثات أجراها مع نظيره Y: X and Y are of one state; "he"
                # who held the talks is the guest, the one of another state named before
                holder = next((m for m in reversed(s.mentions) if m.j <= p and m.type is ActorType.person
                               and m.country and m.country != other[0].country), None) or next(
                    (m for m in reversed(s.context) if m.type is ActorType.person and m.country
                     and m.country != other[0].country), None)
            if other and holder is not None and holder.actor != other[0].actor:
                return [holder], [o for o in other if o.actor != holder.actor]
        if rel == "meet" and not tf.pronoun and q + 2 < len(s.words) and s.norms[q] in ("الذي", "التي") \
                and s.norms[q + 1] in _GATHERED and not s.words[q + 1].punct_before:
            q += 1  # اللقاء الذي جمع X وY
        g = q
        while rel == "meet" and not tf.pronoun and g < min(q + 4, len(s.words) - 1) and s.norms[g] not in _GATHERED \
                and g not in s.covered and not s.words[g].punct_before and s.norms[g] not in STOP_WORDS \
                and s.norms[g] not in s.lex.trigger_forms:
            g += 1  # اجتماعاً أمنياً رفيع المستوى ضمّ X وY: past the adjectives
        if g > q and g < len(s.words) and s.norms[g] in _GATHERED and not s.words[g].punct_before:
            q = g
        parties_at = q + 1
        if rel == "meet" and q + 2 < len(s.words) and s.norms[q] in _GATHERED \
                and s.words[q + 1].punct in ("،", ",") and s.norms[q + 1] in _TIME_WORDS:
            e = next((k for k in range(q + 2, min(len(s.words), q + 5)) if s.words[k].punct_before), None)
            if e is not None and s.words[e].punct in ("،", ",") and all(
                    s.norms[x] in _TIME_WORDS for x in range(q + 1, e)):
                parties_at = e  # اللقاء الذي جمع، اليوم الجمعة، X بـY: past the time aside
        if rel == "meet" and not tf.pronoun and parties_at < len(s.words) and s.norms[q] in _GATHERED \
                and (not s.words[q + 1].punct_before or parties_at > q + 1):
            # اجتماع جمع X ونظيره Y / لقاء جمع X بـ Y: the meeting's parties
            first = s.at.get(parties_at)
            if first is None or s.prep_before(first) or first.type is ActorType.location:
                # لقاء جمع في القاهرة X و Y: past the place or the time
                after = _doer_after_adverbial(s, parties_at)
                first = after[0] if after else None
            if first is None:
                return [], []
            group = s.coordinated(first)
            if len(group) >= 2:
                return group[:1], group[1:]
            other = _object_by_marker(s, first.j, ["ب", "مع"], first.j, window=8)
            return ([first], other) if other else ([], [])
        with_him = next((k for k in range(q, min(len(s.words), q + 3)) if s.norms[k] in _WITH_HIM), None) \
            if rel == "meet" and not tf.pronoun else None
        if with_him is not None and not any(s.words[k].punct_before or k in s.covered for k in range(q, with_him + 1)):
            # أجرى X، الذي استقبل نظيره Y ...، محادثات مغلقة معه: the light verb's doer with "him",
            # the person named last before
            doer = [m for m in _doer(s, p, cs, last_subject) if m.type is ActorType.person][:1]
            him = [m for m in s.mentions if m.j <= p and m.type is ActorType.person
                   and m.actor not in {d.actor for d in doer}][-1:]
            if doer and him:
                return doer, him
        if rel == "cooperate" and not tf.pronoun and p > 1 and s.norms[p - 1] == "في":
            # شاركت هولندا (بطائرات ...، ليل الثلاثاء،) في غارات مشتركة مع Y: the one who took part
            took = next((k for k in range(p - 2, max(-1, p - 15), -1) if s.norms[k] in _TOOK_PART
                         and not s.hard_break(k + 1)), None)
            doer = _subject_after(s, took + 1) if took is not None else []
            partner = _object_by_marker(s, q, ["مع"], q, window=4) if doer else []
            if doer and partner and doer[-1].j < p and doer[0].type is not ActorType.location \
                    and partner[0].actor != doer[0].actor:
                return doer[:1], partner[:1]
        if rel == "cooperate" and not tf.pronoun and not _EXERCISES.isdisjoint(s.words[p].forms):
            # تدريب «نسور الحضارة» الذي جمع القوات الجوية المصرية وسلاح الجو الصيني: the exercise's sides
            g = next((k for k in range(q, min(len(s.words) - 2, q + 6)) if s.norms[k] in _RELATIVE
                      and s.norms[k + 1] in _GATHERED and not s.words[k + 1].punct_before), None)
            first = s.at.get(g + 2) if g is not None and not s.words[g + 2].punct_before else None
            group = s.coordinated(first) if first is not None and not s.prep_before(first) else []
            if len(group) >= 2 and all(m.type is not ActorType.location for m in group):
                return group[:1], group[1:]
        if rel == "meet" and not tf.pronoun and p > 0 and s.norms[p - 1] in ("في", "وفي") \
                and getattr(s, "last_rel", None) is Relation.host and last_subject and s.last_object \
                and s.words[p - 1].punct in ("،", ",") and not _object_by_marker(s, q, ["مع", "ب", "بين"], q, window=3):
            # استقبل X، ...، Y في قصر ...، في لقاء مغلق استمر ساعتين: the reception was a meeting
            return last_subject[:1], [m for m in s.last_object if m.type is ActorType.person][:1]
        if rel == "agree" and not tf.pronoun and p >= 2 and s.norms[p - 1] in _DURING_IT \
                and s.norms[p - 2] in _TOOK_PLACE and s.norms[p].startswith("ال"):
            # اجتماع ضمّ X وY، جرى خلاله الاتفاق على ...: the two who met agreed
            met = (s.memory or {}).get("meeting") or []
            if len(met) == 2 and met[0].actor != met[1].actor:
                return met[:1], met[1:]
        if rel == "meet" and not tf.pronoun and p >= 2 and s.norms[p - 1] in _WITH_HIM \
                and not _HOLDING.isdisjoint(s.words[p - 2].forms) and not s.words[p - 1].punct_before \
                and not s.words[p].punct_before:
            # سيستقبل X الوزير Y، على أن يعقد معه محادثات: the one who holds them (the
            # sentence's doer) and "him", the person named last before
            holder = [m for m in (last_subject or s.carried) if m.type is ActorType.person][:1]
            him = [m for m in s.mentions if m.j <= p - 2 and m.type is ActorType.person
                   and m.actor not in {x.actor for x in holder}][-1:]
            return (holder, him) if holder and him else ([], [])
        if not tf.pronoun and q + 1 < len(s.words) and s.norms[q] in _THE_LATTER and rel != "affiliated_with":
            # رغم انفتاح الأخير على واشنطن: "the latter" is the one named last before, not the speaker
            feminine = s.norms[q].endswith("ه")
            said = _speaker_end(s, p)
            latter = next((m for m in reversed(s.mentions) if said < m.i and m.j <= p and m.type is not ActorType.location
                           and (m.type is not ActorType.person) == feminine), None)  # (never the speaker)
            obj = _object_by_marker(s, q + 1, [m for m in markers if m], q + 1, window=4) if latter else []
            obj = [m for m in obj if latter is not None and m.actor != latter.actor]
            return ([latter], obj) if latter is not None and obj else ([], [])
        if rel in ("cooperate", "ally") and not tf.pronoun:
            bound = _bound_by_ties(s, p, q, cs, last_subject)
            if bound is not None:
                return bound
        if rel == "ally":
            if tf.pronoun and s.words[p].norm.endswith("نا"):
                # قال X: «أذربيجان ... هي حليفنا الأقرب» / «حليفنا X»: the speaker's state and
                # the state named in the quote
                speaker = _quote_speaker(s, p)
                own = speaker[0].country if speaker and speaker[0].country else None
                named = s.at.get(q) if q in s.at and s.at[q].type is ActorType.country else next(
                    (m for m in reversed(s.mentions) if m.j <= p and m.type is ActorType.country
                     and not s.prep_before(m) and (not speaker or m.i > speaker[0].j)), None)
                if own and named is not None and named.actor != own:
                    return [named], [Mentioned(speaker[0].i, speaker[0].j, own, ActorType.country, "", own)]
                return [], []
            considered = tf.pronoun and (p - 1) in s.covered and not s.words[p].punct_before and any(
                not _CONSIDERING.isdisjoint(s.words[k].forms) for k in range(max(cs, p - 6), p - 1))
            # (تعتبر السعودية الصين شريكها الأول: read below as the one considered, with the viewer)
            if tf.pronoun and not considered:
                # يعزز تحالفه مع روسيا: "his" is the person just named, or the
                # subject carried from the sentence before
                with_marker = _object_by_marker(s, q, ["مع"], q, window=3)
                if not with_marker and s.words[p].forms[-1].startswith(normalize("حليف")):
                    # سقوط حليفها السوري بشار الأسد: the ally is named right after
                    with_marker = _object_by_marker(s, q, [""], q, window=3)
                    if not with_marker and q in s.demonyms and q not in s.covered \
                            and not s.words[q].punct_before:
                        # ابتعاد المملكة عن حليفها الأميركي: the ally is that state
                        with_marker = [Mentioned(q, q + 1, s.demonyms[q], ActorType.country, "",
                                                 s.demonyms[q])]
                if not with_marker and s.words[p].punct in ("،", ",") and (p - 1) in s.covered:
                    # التزام واشنطن تجاه مانيلا، حليفتها: the ally is the one just named,
                    # "her" the one named before it
                    ally = s.covered[p - 1]
                    owner = next((m for m in reversed(s.mentions) if m.j <= ally.i
                                  and m.actor != ally.actor and m.type is not ActorType.location
                                  and m.type is not ActorType.person), None) \
                        if s.words[p].norm.endswith("ها") else None
                    if owner is not None and ally.type is not ActorType.location:
                        return [owner], [ally]
                if not with_marker:
                    return [], []
                feminine = s.words[p].norm.endswith("ها")
                owner = _possessor(s, p, cs, feminine=feminine) or [
                    m for m in (last_subject or s.carried)
                    if (m.type is ActorType.person) != feminine][:1]
                if not owner and not feminine:
                    # the person named last in the sentence before (زيارات حفتر ... .
                    # بينما يعزز تحالفه مع X)
                    owner = [m for m in s.context if m.type is ActorType.person][-1:]
                return owner, with_marker
            group = _group_before(s, p, cs, states=True, window=8)
            if len(group) >= 2 and group[-1].j < p and all(
                    s.norms[k] in _ANNOUNCED for k in range(group[-1].j, p)):
                return group[:1], group[1:]  # أعلنت موسكو وبكين عن تحالف استراتيجي
            seen = s.covered.get(p - 1)
            group = _coordinated_before(s, seen) if seen is not None else []
            viewer_at = group[0].i - 1 if group and group[0].i > 0 else -1
            if viewer_at >= 0 and viewer_at in s.covered and len(group) == 1:
                viewer_at = s.covered[viewer_at].i - 1  # (VSO: تعتبر الجزائر روسيا شريكا)
            if seen is not None and viewer_at >= 0 and not _CONSIDERING.isdisjoint(s.words[viewer_at].forms) \
                    and seen.type is not ActorType.location and not s.words[p].punct_before \
                    and not s.norms[p].startswith("ال") and not _object_by_marker(s, q, ["ل"], q, window=5):
                # لم تعد (مالي) تعتبر باريس شريكا: the one who considers, and the one
                # considered (تعد بلاده الحليف الأوثق لمقديشو: a copula, read below)
                viewer = [s.covered[group[0].i - 1]] if (group[0].i - 1) in s.covered \
                    else _clause_subject(s, viewer_at, cs)  # (تعد نيودلهي الرياض وأبوظبي شريكين)
                if viewer and all(viewer[0].actor != m.actor for m in group):
                    s.flags_at = viewer_at  # (لم تعد تعتبر: the verb's negation)
                    return viewer, group
            as_being = next((k for k in range(p - 1, max(0, p - 5), -1) if s.norms[k] in _AS_BEING
                             and not any(s.words[j].punct_before for j in range(k + 1, p + 1))), None)
            if as_being is not None and (as_being - 1) in s.covered:
                # تنظر نيودلهي إلى روسيا باعتبارها شريكا موثوقا: Y, seen by X as a partner
                # (تصف بلغراد بكين بأنها صديق حقيقي وشريك: past a first predicate)
                seen = s.covered[as_being - 1]
                partner_of = _object_by_marker(s, q, ["ل"], q, window=4)
                if partner_of and partner_of[0].actor != seen.actor and seen.type is not ActorType.location:
                    # وصف X الصين بأنها شريك موثوق للسلطنة (لليونان وللاتحاد الأوروبي: each one)
                    return [seen], [m for m in s.coordinated(partner_of[0]) if m.actor != seen.actor]
                viewer = _clause_subject(s, seen.i, cs)
                if seen.i > 0 and s.norms[seen.i - 1] in _DESCRIBING_HIM and s.words[seen.i - 1].punct_before:
                    # حذّر X الولايات المتحدة من ...، واصفاً العراق بأنه شريك لبلاده: the
                    # participle is the sentence's doer's, whose own state "his country" is
                    doer = [m for m in s.mentions if m.j <= seen.i and not s.prep_before(m)
                            and m.type is ActorType.person][-1:]
                    own = next((k for k in range(q, min(len(s.words), q + 8)) if s.norms[k] in _TO_HIS_COUNTRY), None)
                    if doer and own is not None and doer[0].country and doer[0].country != seen.actor \
                            and seen.type is ActorType.country:
                        state = doer[0].country
                        return [seen], [Mentioned(own, own + 1, state, ActorType.country, "ل", state)]
                but_she = next((k for k in range(max(0, seen.i - 10), seen.i) if s.norms[k] in ("لكنها", "ولكنها")), None)
                if viewer and but_she is not None and viewer[0].i < but_she and (
                        viewer[0].type is ActorType.person or _masculine_body(s, viewer[0])):
                    # موسكو تدعم المجلس العسكري، لكنها لا تريد خسارة الجزائر بوصفها شريكا:
                    # "she" is the state before, not the masculine body it supports
                    viewer = [m for m in s.mentions if m.j <= but_she and m.type is ActorType.country
                              and not s.prep_before(m) and m.actor != seen.actor][:1]
                if viewer and viewer[0].actor != seen.actor and seen.type is not ActorType.location:
                    return viewer, [seen]
            # X حليف Y / X الحليف التقليدي لـ Y / X، الذي يعتبر أحد أقرب حلفاء Y /
            # إن بكين «شريك استراتيجي لا غنى عنه» لبلاده / بالنسبة لبكين
            after = _object_by_marker(s, q, ["", "ل"], q, window=3) \
                or _object_by_marker(s, q, ["ل", "بالنسبه ل"], q, window=7)
            with_marker = [] if after else _object_by_marker(s, q, ["مع"], q, window=3)
            if with_marker:
                # X يسعى إلى التحالف مع Y: the clause subject allies with Y
                return _clause_subject(s, p, cs, window=8), with_marker
            appositive = s.covered.get(p - 1) if after and s.words[p].punct in ("،", ",") else None
            if appositive is not None and appositive.j == p and appositive.type in (ActorType.country, ActorType.organization) \
                    and appositive.i > 0 and s.norms[appositive.i - 1] in _COMPLEMENTIZERS:
                return [appositive], after  # قال X إن النيجر، حليفة روسيا، باتت ...: the state before the comma
            before = _subject_before(s, p, cs) if after else []
            back = _after_aside_back(s, p - 1) if after and not before and s.words[p].punct in ("،", ",") else p - 1
            if back != p - 1 and s.norms[back + 1] in _RELATIVE and (ante := s.covered.get(back)) is not None \
                    and not s.prep_before(ante) and ante.type is not ActorType.location:
                before = [ante]  # تعد قطر، التي صنفتها واشنطن حليفا ...، شريكا لـ Y: the antecedent, past its clause
            elif after and not before and s.words[p].punct in ("،", ",") and s.covered.get(p - 1):
                before = [s.covered[p - 1]]  # X، الحليف الأبرز لـ Y
            if after and not before and _ally_frame(s, p):
                before = _clause_subject(s, p, cs, window=6)
            if after and not before and p > 1 and s.norms[p - 1] in _COPULAS and (p - 2) in s.covered:
                before = [s.covered[p - 2]]  # أن مالي باتت الحليف الأوثق لموسكو
            if not after and not before and s.norms[p] in _ALLY_DUALS and p > 0 \
                    and s.norms[p - 1] in _DUAL_COPULAS:
                # X والرئيس Y باتا حليفين: the coordinated pair (تعد X و Y شريكين: of
                # the one who counts them so, not of each other)
                group = _group_before(s, p, cs, window=12)
                if len(group) >= 2:
                    return group[:1], group[1:]
            if not after and not before and s.norms[p] in _ALLY_PLURALS and (p - 1) in s.covered \
                    and not s.words[p].punct_before:
                # أن النيجر ومالي وبوركينا فاسو «حلفاء»: a plural predicate of the group
                group = _coordinated_before(s, s.covered[p - 1])
                if len(group) >= 3 and group[0].i > 0 and s.norms[group[0].i - 1] in _COMPLEMENTIZERS \
                        and len({m.actor for m in group}) == len(group) \
                        and not any(s.norms[k] in _FOR_SOMEONE or (k in s.at and s.prep_before(s.at[k]) == "ل")
                                    for k in range(p + 1, min(len(s.words), p + 5))):
                    return group[:-1], group[1:]  # (every pair of them)
            if not after and not before and s.norms[p] in _ALLY_DUALS and s.norms[p].endswith("ان") \
                    and (p - 1) in s.covered and not s.words[p].punct_before:
                # أن بلاده وبوركينا فاسو «حليفان»: a nominative dual predicate of the pair
                group = _coordinated_before(s, s.covered[p - 1])
                third = any(s.norms[k] in _FOR_SOMEONE or (k in s.at and s.prep_before(s.at[k]) == "ل")
                            for k in range(p + 1, min(len(s.words), p + 5)))
                if len(group) == 2 and group[0].i > 0 and s.norms[group[0].i - 1] in _COMPLEMENTIZERS \
                        and not third:  # (شريكان لا غنى عنهما / لبلاده: partners of a third)
                    return group[:1], group[1:]
            if after and not before:
                # باتت موسكو، بحسب مراقبين، الحليف الأول لـ Y: a copula, its subject,
                # a parenthesis, then the predicate
                for k in range(max(cs, p - 12), p - 1):
                    if any(f in _COPULAS for f in s.words[k].forms):
                        m = s.at.get(k + 1)
                        if m and not s.prep_before(m) and m.type is not ActorType.location:
                            before = [m]
                        break
            if after and not before and s.norms[s.main_clause_start(p, cs)] in _RELATIVE:
                before = _clause_subject(s, p, cs, window=8)  # X، التي تعمل مثل دولة تابعة لـ Y
            return before, after
        if Relation(rel).symmetric and tf.pronoun and s.words[p].norm.endswith(("هما", "هم")):
            # خلال لقائهما / محادثاتهم: the pair named before
            group = _group_before(s, p, cs, window=15)
            if len(group) >= 2:
                return group[:1], group[1:]
            said = _speaker_end(s, p)  # (the speaker before أن is none of the two)
            people = [m for m in s.mentions if said < m.i and m.j <= p and m.type is ActorType.person
                      and not s.prep_before(m)]
            if s.words[p].norm.endswith("هما") and len(people) == 2 and people[0].actor != people[1].actor:
                return people[:1], people[1:]  # سلّم X Y رسالة خطية، خلال لقائهما: the two just named
            if s.words[p].norm.endswith("هما") and len(people) == 1:
                # وسلّمها إلى الرئيس Y خلال لقائهما: the one who handed it and the one it went to
                to = [m for m in s.mentions if people[0].j <= m.i and m.j <= p and m.type is ActorType.person
                      and s.prep_before(m) in ("الي", "ل") and m.actor != people[0].actor]
                if len(to) == 1:
                    return people, to
            met = (s.memory or {}).get("meeting") or []
            if rel == "meet" and s.words[p].norm.endswith("هما") and len(met) == 2 \
                    and all(m.type is ActorType.person for m in met) and met[0].actor != met[1].actor \
                    and not any(m.type is ActorType.person for m in s.mentions if m.i < p):
                return met[:1], met[1:]  # استقبل X Y ... . وخلال محادثاتهما: the two of the reception
            return [], []
        if Relation(rel).symmetric and not tf.pronoun and tf.pos == "noun" and q < len(s.words) \
                and s.norms[q] in _BOTH_STATES and not s.words[q].punct_before:
            # بعد يومين من توقيع البلدين بروتوكولا: the two states named before sign
            pair = _two_sides(s, q, s.norms[q], q)
            if len(pair) == 2:
                return pair[:1], pair[1:]
        if rel == "agree" and p > 1 and s.norms[p - 1] in ("حول", "بشان", "بخصوص") and any(
                not _STRAINS.isdisjoint(s.words[k].forms) for k in range(max(cs, p - 6), p - 1)):
            return [], []  # الخلاف بين البلدين حول مذكرة التفاهم مع X: the dispute's topic, nobody's deal here
        if Relation(rel).symmetric and not tf.pronoun:
            between_them = any(s.norms[k] in _BETWEEN_THEM and s.norms[k - 1] != "مع"
                               for k in range(q, min(q + 5, len(s.words))))  # (مع البلدين: a third side)
            # اتفقت السعودية وإيران، في بيان ...، على استئناف العلاقات بينهما: with
            # بينهما the pair may stand further back in the clause
            group = _group_before(s, p, cs, states=rel != "meet", window=20 if between_them else 8)
            if group and tf.pos == "noun" and rel == "agree" and q + 1 < len(s.words) \
                    and not _SIGNING_NOUNS.isdisjoint(s.words[p].forms) and not s.words[q].punct_before and (
                        (s.at.get(q) is not None and s.at[q].i == q and not s.at[q].clitic)
                        or (s.norms[q] in _TWO_DELEGATIONS and s.at.get(q + 1) is not None
                            and s.at[q + 1].i == q + 1 and not s.at[q + 1].clitic)):
                group = []  # رحبت X وY بتوقيع (ممثلي) A وB على اتفاق: the signing's own doers follow it
            if rel == "agree" and group and any(group[0] is m for m in s.mentions) and group[0].i > 1 and any(
                    not _MEDIATION.isdisjoint(s.words[x].forms) and any(s.norms[r] in _RELATIVE for r in range(x + 1, group[0].i))
                    for x in range(max(0, group[0].i - 6), group[0].i)):  # (the relative opens the clause)
                group = []  # جهود الوساطة التي تبذلها قطر ومصر للتوصل إلى اتفاق: the mediators, no party to it
            if group and any(group[0] is m for m in s.mentions) and group[0].i >= 3 \
                    and s.norms[group[0].i - 1] == "من" and s.norms[group[0].i - 2] in ("كلا", "كل") and any(
                    tf.entry.relation == "visit" and tf.pos == "verb"
                    for k in range(max(0, group[0].i - 8), group[0].i - 2) for f in s.words[k].forms
                    for tf in s.lex.trigger_forms.get(f, ())):
                group = []  # يزور X كلا من السعودية ومصر، في جولة تتضمن لقاء مع Y: where he goes, not who meets
            sides = any(s.norms[k] in _THE_TWO_SIDES for k in range(max(cs, p - 6), p)) or any(
                s.norms[k] in _THE_TWO_SIDES and k + 1 < p and s.words[k + 1].punct in ("،", ",")
                and p - 3 <= _after_aside(s, k + 1) < p for k in range(max(0, p - 16), max(cs, p - 6)))
            # (وأكد البلدان، في بيان مشترك عقب اللقاء، عزمهما مواصلة التنسيق: past the aside)
            reached = len(group) >= 2 and p > 1 and s.norms[p - 1] in ("الي", "علي") and ((
                _past_time_words(s, group[-1].j, p - 1) == p - 1 and group[0].i > 0
                and any(f in _REACHING for f in s.words[group[0].i - 1].forms))  # توصلت X و Y إلى اتفاق
                or (group[-1].j == p - 2 and any(f in _REACHING for f in s.words[p - 2].forms)
                    and not s.words[p - 2].punct_before)  # أن X و Y توصلتا إلى اتفاق
                or _reached_after_particles(s, group[-1].j, p - 1))  # أن X و Y لم تتوصلا بعد إلى اتفاق
            announced = reached or len(group) >= 2 and rel != "meet" and all(
                s.norms[k] in _ANNOUNCED for k in range(group[-1].j, p)) and group[-1].j < p
            if len(group) >= 2 and group[0] in s.mentions and group[0].i > 0 \
                    and not _WITNESSING.isdisjoint(s.words[group[0].i - 1].forms) \
                    and any(s.norms[k] == "بين" for k in range(q, min(len(s.words), q + 6))):
                return [], []  # شهد X و Y توقيع اتفاق بين A و B: the witnesses are no parties
            with_at = next((k for k in range(q, min(len(s.words) - 1, q + 4))
                            if s.norms[k] == "مع" and not s.words[k].punct_before), None)
            partner = s.at.get(with_at + 1) if with_at is not None and len(group) >= 2 and not any(
                s.words[k].punct_before or (s.norms[k] not in s.lex.trigger_forms and s.norms[k] not in _JOINTLY
                                            and not _place_between(s, k))
                for k in range(q, with_at)) else None  # (اتفاقية تعاون مع: the document's kind only;
            # اجتماعاً مشتركاً مع Z / قمة ثلاثية في القاهرة مع Z: the pair, jointly, with Z)
            if partner is not None and partner.type is not ActorType.location \
                    and partner.actor not in {m.actor for m in group}:
                return group, [partner]  # وقعت مصر والأردن اتفاقية تعاون مع العراق: each with Iraq
            others = any(s.norms[k] in _SIGNED_BY_OTHERS and s.norms[k + 1] in ("بين", "من")
                         for k in range(q, min(len(s.words) - 1, q + 5)))  # (اتفاق جدة الموقع بين A و B)
            if len(group) >= 2 and (between_them or (sides and not others) or s.covered.get(p - 1) in group
                                    or announced or (group[-1].j < p and s.words[group[-1].j].punct_before
                                                     and _after_aside(s, group[-1].j) == p)):
                # (ترأس X ونظيره Y، الاثنين، اجتماعات اللجنة: past the time aside)
                # اختتمت مصر والسعودية مناورات مشتركة / ... العلاقات بينهما / أعلنت موسكو
                # وبكين عن تحالف: the pair that announces or launches it
                return group[:1], group[1:]
            if q < len(s.words) and s.norms[q] in _THEM_TWO:
                # ألقت روسيا بثقلها إلى جانب X ...، وازداد التعاون بينهما: the two
                # actors named last
                pair = _last_two_actors(s, p)
                if len(pair) == 2:
                    return pair[:1], pair[1:]
        q2 = q
        if q2 + 1 < len(s.words) and s.norms[q2 + 1] in _NOUN_LINK_VERBS and q2 not in s.covered \
                and not s.norms[q2].startswith("ال") and not s.words[q2 + 1].punct_before:
            q2 += 1  # زيارة سرية قام بها X إلى Y: an adjective first
        to = q2 + 1 if q2 + 1 < len(s.words) and s.norms[q2 + 1] == "الي" and q2 not in s.covered \
            and not s.norms[q2].startswith("ال") and not s.words[q2 + 1].punct_before else q2
        if rel == "visit" and not tf.pronoun and to + 2 < len(s.words) and s.norms[to] == "الي" \
                and (dest := s.at.get(to + 1)) is not None and dest.i == to + 1 \
                and dest.type in (ActorType.country, ActorType.location) and dest.j < len(s.words) \
                and s.norms[dest.j] in _NOUN_LINK_VERBS and not s.words[dest.j].punct_before:
            k = dest.j  # زيارة (نادرة) إلى كابل قام بها X: the destination first, then the doer
            while k < len(s.words) and k - dest.j < 4 and s.norms[k] in _NOUN_LINK_VERBS \
                    and not s.words[k].punct_before:
                k += 1
            doer = _subject_after(s, k)
            if doer and doer[0].type is ActorType.person:
                return doer, [dest]
        # محادثات أجراها X مع Y / الزيارات التي قام بها X إلى Y: the doer follows
        # a verb that points back at the noun.
        while q2 < len(s.words) and q2 - q < 5 and (s.norms[q2] in _NOUN_LINK_VERBS) \
                and not s.words[q2].punct_before:
            q2 += 1
        if rel == "support" and not tf.pronoun:
            given = _support_from(s, p, q, cs) or _support_given_by(s, q) or _support_for_merit(s, q) \
                or _support_in_role(s, p, q)
            if given:
                return given
            if s.norms[p].startswith(("ب", "ل")) and _praised_before(s, p, cs):
                # أشاد X بدعم قطر (لبلاده): the praised support is the genitive's, given
                # to the one named after ل (else to nobody said)
                giver = s.at.get(q)
                to = _object_by_marker(s, giver.j, ["ل", "الي"], giver.j, window=4) if giver else []
                return ([giver], to) if giver and to and to[0].actor != giver.actor else ([], [])
        if rel == "meet" and s.words[p].forms[-1] in _SUMMIT and q in s.at \
                and s.at[q].type is ActorType.organization:
            return [], []  # قمة مجموعة العشرين: the forum of a summit is no party to a meeting
        if rel == "support" and not tf.pronoun and q2 + 1 < len(s.words) and s.norms[q2] in _PROGRAMMES \
                and q2 not in s.covered and not s.words[q2 + 1].punct_before and (q2 + 1) in s.at:
            q2 += 1  # تمويل برامج الأونروا، دعم مشاريع اليونيسف: the body whose programmes are funded
        elif rel == "support" and not tf.pronoun and q2 + 1 < len(s.words) and s.norms[q2] in FIGHTERS_OF \
                and q2 not in s.covered and not s.words[q2 + 1].punct_before and (q2 + 1) in s.at:
            q2 += 1  # بدعم مقاتلي حركة X: the group whose fighters are backed
        subj = [] if tf.pronoun or _definite_noun(s, p) else _subject_after(s, q2)
        if not subj and not tf.pronoun and q2 == q and q < len(s.words) and s.norms[q] in _STYLE_PRONOUNS \
                and rel in ("host", "meet", "visit") and (styled := _styled_person(s, s.norms[q], q)):
            # بعد أيام من استقبال جلالته X، لقاء سموه مع Y: "His Majesty" named before with that style
            subj = [Mentioned(q, q + 1, styled[0], ActorType.person, "", styled[1])]
        if subj and subj[0].named:
            subj = []  # اتفاق الدوحة للسلام الموقع بين X و...: the city names the document, it signs nothing
        if rel == "visit" and len(subj) == 1 and q2 == q and subj[0].type in (
                ActorType.country, ActorType.location) and not subj[0].clitic:
            # أمله في زيارة دمشق: the genitive is the destination; the visitor
            # is the clause's subject
            visitor = _invitee(s, p, cs) or _clause_subject(s, p, cs)
            if visitor and visitor[0].type is ActorType.person:
                return visitor, subj
        if rel == "meet" and len(subj) == 1 and q2 == q and subj[0].type is ActorType.person and p > 1 \
                and s.norms[p - 1] == "في" and s.norms[p - 2] in _HOPES and not subj[0].clitic:
            # أعرب X عن أمله في لقاء Y: the genitive is met; the one who hopes meets him
            hoper = _clause_subject(s, p, cs)
            if hoper and hoper[0].type is ActorType.person and hoper[0].actor != subj[0].actor:
                return hoper[:1], subj
        if not subj and not tf.pronoun:
            subj = _demonym_doer(s, q)
            if subj and Relation(rel).symmetric and rel != "meet":
                # التقارب المصري الإريتري، التعاون السعودي الصيني: two demonyms, a pair
                k = subj[-1].j
                second = _any_demonym(s, k) if k < len(s.words) and k not in s.covered \
                    and not s.words[k].punct_before else None
                if second and second != subj[0].actor:
                    pair = [Mentioned(k, k + 1, second, ActorType.country, "", second)]
                    partner = s.at.get(k + 2) if k + 2 < len(s.words) and s.norms[k + 1] == "مع" \
                        and not s.words[k + 1].punct_before else None
                    if partner is not None and partner.actor not in (second, subj[0].actor):
                        # تعاون الجانبين الروسي والأوكراني مع الدوحة: each with Doha, not each other
                        return subj + pair, [partner]
                    return subj, pair
        if subj:
            obj = _object_by_marker(s, subj[-1].j, [m for m in markers if m], subj[-1].j,
                                    b_is_place=rel not in ("cooperate", "support"))
            if obj and any(s.words[k].punct in ("،", ",") and s.norms[k].startswith(("وب", "وال")) and k not in s.covered
                           for k in range(subj[-1].j, min(obj[0].i, len(s.words)))):
                obj = []  # اتهمها بدعم X، وبالسماح لفرنسا بـ...: the ل is the next conjunct's
            if not obj and rel == "meet" and "" in markers:
                # لقاء الشرع (في قصر الشعب بدمشق) المبعوث الأمريكي X: the maṣdar's
                # subject, then its object (a person)
                direct = _object_by_marker(s, subj[-1].j, [""], subj[-1].j, window=8)
                if direct and direct[0].type is ActorType.person:
                    obj = direct
            if not obj and rel == "host" and "" in markers and subj[0].type is ActorType.person:
                # استقبال الرئيس X (في أبوظبي) المبعوثَ Y: the maṣdar's subject, then its object,
                # with no comma between (an apposition is no object)
                direct = _object_by_marker(s, subj[-1].j, [""], subj[-1].j, window=6)
                between = range(subj[-1].j, direct[0].i) if direct else range(0)
                if direct and direct[0].type is ActorType.person and direct[0].actor != subj[0].actor \
                        and (not any(s.words[x].punct_before for x in range(subj[-1].j, direct[0].i + 1))
                             or (len(between) >= 1 and all(s.norms[x] in _TIME_WORDS for x in between)
                                 and s.words[direct[0].i].punct in ("،", ","))):
                    obj = direct  # (استقبال الرئيس X، أمس، Y: past a time set off by commas)
            if not obj and rel == "oppose" and "ل" in markers:
                obj = _doer_of_condemned_act(s, subj[-1].j)  # إدانة الكويت (الشديدة) للقصف الإسرائيلي: Israel
            if not obj and rel == "oppose" and "" in markers and (warned := s.at.get(subj[-1].j)) is not None \
                    and warned.i == subj[-1].j and not warned.clitic and not s.words[warned.i].punct_before \
                    and warned.type is not ActorType.location and warned.j < len(s.words) \
                    and s.norms[warned.j] == "من" and not s.words[warned.j].punct_before:
                obj = [warned]  # تحذير X الصينَ من أي تصعيد: the one warned, then what of
            if not obj and rel == "support":
                # دعم سلطنة عمان الكامل لمساعي الأمم المتحدة: ل + its efforts + Y
                for k in range(subj[-1].j, min(len(s.words) - 1, subj[-1].j + 3)):
                    if s.words[k].punct_before:
                        break
                    if s.norms[k].startswith("لل") and (s.norms[k][2:] in _GOODS or s.norms[k][2:] in _MERITS) \
                            and (k + 1) in s.demonyms and (k + 1) not in s.covered:
                        # دعم جاكرتا الكامل للجهود المصرية القطرية: the states whose efforts they are
                        states = list(dict.fromkeys(s.demonyms[x] for x in range(k + 1, min(len(s.words), k + 4))
                                                    if all(y in s.demonyms and y not in s.covered
                                                           for y in range(k + 1, x + 1))))
                        obj = [Mentioned(k + 1, k + 2, c, ActorType.country, "", c) for c in states
                               if c != subj[0].actor and c != subj[0].country]
                        break
                    if s.norms[k].startswith("ل") and s.norms[k][1:] in _GOODS:
                        m = s.at.get(k + 1)
                        if m and m.type in (ActorType.country, ActorType.organization) \
                                and not s.prep_before(m) and _HIS_STATE.isdisjoint(s.words[k + 1].forms):
                            obj = [m]  # (لجهود حكومته: whose "his"? no guess)
                        break
            if not obj and rel == "support" and not tf.pronoun and s.norms[p] in _FUNDING_NOUNS \
                    and len(subj) == 1 and subj[0].type is ActorType.organization \
                    and not any(s.norms[k] in NEGATORS for k in range(cs, p)):
                # ستستأنف اليابان تمويل وكالة الأونروا: the body funded; the clause's subject funds it
                # (not بتمويل after an accusation; a denied funding keeps to the verb's flags)
                funder = [m for m in _clause_subject(s, p, cs) or []
                          if m.type in (ActorType.country, ActorType.organization) and m.actor != subj[0].actor]
                if funder:
                    return funder[:1], subj
            if not obj and rel == "support" and subj[-1].j < len(s.words) and not s.words[subj[-1].j].punct_before:
                # دعم بلاده لمبادرة الحكم الذاتي المغربية: the state whose proposal it is
                obj = [m for m in _proposal_author(s, subj[-1].j) if m.actor != subj[0].actor]
            if not obj and rel == "support" and "ب" in markers:
                # اعتراف واشنطن بسيادة المغرب: the state whose sovereignty is recognised
                k = subj[-1].j
                if k + 1 < len(s.words) and s.norms[k].startswith("ب") \
                        and s.norms[k][1:] in _GOODS and not s.words[k + 1].punct_before:
                    m = s.at.get(k + 1)
                    if m and m.type is ActorType.country:
                        obj = [m]
            if not obj and rel == "visit" and subj[0].type is ActorType.person:
                # جولة X الخليجية، التي شملت الرياض والدوحة وأبوظبي: each stop, visited
                k = subj[-1].j
                while k < len(s.words) and k - subj[-1].j < 3 and s.norms[k] not in _RELATIVE and k not in s.at:
                    k += 1
                if k + 2 < len(s.words) and s.norms[k] in _RELATIVE and s.norms[k + 1] in _INCLUDED_PAST \
                        and (k + 2) in s.at and s.at[k + 2].i == k + 2:
                    stops = [m for m in s.coordinated(s.at[k + 2])
                             if m.type in (ActorType.country, ActorType.location) and m.actor != subj[0].actor]
                    if stops:
                        return subj[:1], stops
            nxt = s.at.get(subj[-1].j)
            if not obj and rel == "visit" and nxt and nxt.place and s.words[nxt.i].punct in ("،", ","):
                # زيارة نائب وزير الدفاع الروسي X، بنغازي: the city after the visitor
                obj = [nxt]
            if not obj and "" in markers and rel in ("support",) and not (
                    subj[-1].j < len(s.words) and s.words[subj[-1].j].punct_before):
                # (بدعم الهجمات الإسرائيلية، وتوعد واشنطن: past the comma is another clause)
                obj = [m for m in _object_by_marker(s, subj[-1].j, [""], subj[-1].j, window=2)
                       if not any(s.norms[x][:1] == "و" for x in range(subj[-1].j, m.i))]
                # (بتمويل حماس وتسليح الحوثيين: a second act joined by و has its own object)
            if not obj and rel in ("oppose", "congratulate") and subj[-1].j < len(s.words) \
                    and s.norms[subj[-1].j][:1] == "ل" and subj[-1].j not in s.covered:
                # انتقاد X للرسوم التي فرضها Y / إشادة X بالإصلاحات التي نفذتها Y: the act's doer
                obj = _agent_of_act(s, subj[-1].j)
            at = subj[-1].j + (subj[-1].j + 1 < len(s.words) and subj[-1].j not in s.covered
                               and s.words[subj[-1].j].forms[-1] in _callings(s.lex)
                               and not s.words[subj[-1].j + 1].punct_before)  # (الدبلوماسي Y)
            named = s.at.get(at) if not obj and rel == "appoint" else None
            if named is not None and named.i == at and named.type is ActorType.person \
                    and subj[0].type is ActorType.person and named.j < len(s.words) \
                    and role_accusative(s.norms[named.j]) and not s.words[named.j].punct_before \
                    and named.actor != subj[0].actor:
                return subj[:1], [named]  # بعد أيام من تعيين الرئيس X السفير Y رئيساً للوفد: X appointed Y
            if not obj and rel == "appoint" and subj[0].type is ActorType.person:
                # تم تعيين X قائدا لـ ... بقرار من Y: Y appointed X
                appointer = _decree_appointer(s, subj[-1].j)
                if appointer:
                    return appointer, subj[:1]
            if not obj and Relation(rel).symmetric and len(subj) >= 2 \
                    and not (p > 0 and s.norms[p - 1] in _ATTEND_VERBS):  # (وحضر اللقاء X وY: who sat in)
                return subj[:1], subj[1:]  # لقاء X والرئيس الأمريكي Y
            doer = s.covered.get(p - 1) if not obj and rel == "meet" and s.words[p].norm[:1] == "ب" \
                and s.norms[p][:1] == "ب" and not s.words[p].punct_before else None
            if doer is not None and doer.type is ActorType.person and not s.prep_before(doer) \
                    and doer.actor != subj[0].actor and subj[0].type is ActorType.person:
                return [doer], subj[:1]  # اكتفى X بلقاء Y على انفراد: X met Y
            content = next((k for k in range(p - 1, max(cs - 1, p - 8), -1)
                            if s.norms[k].removeprefix("و") in _CONTENT_WITH), None) \
                if not obj and rel == "meet" and s.norms[p][:1] == "ب" and subj[0].type is ActorType.person else None
            if content is not None:
                # ولم يلتق X بالرئيس Y، واكتفى (الأمين العام خلال الزيارة) بلقاء Z: the one content
                # with it, named after the verb or going on from before
                doer = [m for m in s.mentions if content < m.i and m.j <= p and m.type is ActorType.person
                        and not s.prep_before(m)][:1] if content < p - 1 \
                    else [m for m in (last_subject or s.carried or []) if m.type is ActorType.person][:1]
                # (a subject we do not read between, الأمين العام alone: no guess)
                if doer and doer[0].actor != subj[0].actor:
                    return doer, subj[:1]
            if not obj and rel == "meet" and s.norms[p][:1] == "ب" and p > 0 and s.norms[p - 1] in _TOUR_ENDS \
                    and subj[0].type is ActorType.person:
                # وصل X إلى باريس في زيارة رسمية، استهلها بلقاء Y: the visitor met Y
                doer = [m for m in s.mentions if m.j < p and m.type is ActorType.person and not s.prep_before(m)][:1]
                if doer and doer[0].actor != subj[0].actor:
                    return doer, subj[:1]
            if not obj and rel == "visit" and _purpose(s, p) \
                    and (invited := _invited_party(s, p, cs)) is not None:
                # تلقى X دعوة من Y لزيارة دكار: X is invited; the inviter visits nothing
                return (invited, subj) if invited and invited[0].actor != subj[0].actor else ([], [])
            if not obj and (rel in _GOVERNED_NOUNS or rel == "congratulate") and _governed(s, p) and (
                    rel in ("support", "oppose", "appoint", "congratulate") or _purpose(s, p)
                    or (rel == "cooperate" and entry.domain == "military")):
                # متمسك بدعم X، التزامها بدعم X، قيام الأخيرة بدعم X: the genitive
                # is the one supported; the doer is the clause's subject.
                if rel == "appoint" and (issuer := _decree_owner_before(s, p)) is not None \
                        and issuer.actor != subj[0].actor:
                    return [issuer], subj[:1]  # نشرت الجريدة الرسمية قرارا للرئيس X بتعيين Y: the decree is X's
                doer = _doer(s, p, cs, last_subject)
                if doer and doer[0].type is ActorType.person and any(
                        s.norms[k] in _TO_HIM and not _ACCUSATIONS.isdisjoint(s.words[k - 2].forms + s.words[k - 1].forms)
                        for k in range(max(cs + 2, p - 3), p)):
                    return [], []  # قال المتحدث إن بلاده ترفض اتهامات واشنطن لها بتزويد X: the accused is "her"
                if doer:
                    return doer, subj
            if obj and rel == "support" and s.norms[p].startswith("ل") and subj and subj[0].i == q2 \
                    and s.words[p].norm not in s.lex.trigger_forms:
                # لدعم تشاد في إيواء اللاجئين السودانيين: a purpose noun's genitive is the
                # one supported, never the supporter
                doer = _doer(s, p, cs, last_subject)
                return (doer, subj) if doer and doer[0].actor != subj[0].actor else ([], [])
            return subj, obj
        if rel == "visit" and tf.pronoun and s.words[p].forms[-1] in _TOUR:
            # زار X الرياض خلال جولته الخليجية، التي شملت الإمارات وقطر: the tour's other stops
            k = next((k for k in range(p + 1, min(len(s.words) - 2, p + 4)) if s.norms[k] in _RELATIVE), None)
            first = s.at.get(k + 2) if k is not None and s.norms[k + 1] in _INCLUDED_PAST \
                and not any(x in s.covered for x in range(p + 1, k)) \
                and not any(s.words[x].punct_before for x in range(p + 1, k)) \
                and not s.words[k + 1].punct_before and not s.words[k + 2].punct_before else None
            visitor = [m for m in (last_subject or _clause_subject(s, p, cs) or []) if m.type is ActorType.person][:1]
            if first is not None and first.i == k + 2 and visitor \
                    and all(m.type in (ActorType.country, ActorType.location) for m in s.coordinated(first)):
                return visitor, [m for m in s.coordinated(first) if m.actor != visitor[0].country]
        if rel == "visit" and tf.pronoun and p > 0 and s.norms[p - 1] in _UPON \
                and any(f.startswith("وصول") for f in s.words[p].forms):
            # في مقدم مستقبلي X لدى وصوله إلى مطار ... في مدينة Y: X arrived in Y
            receivers = next((k for k in range(p - 1, max(cs, p - 12) - 1, -1)
                              if s.words[k].forms[-1].startswith(("مستقبلي", "مستقبل"))), None)
            lowest = receivers + 1 if receivers is not None else max(cs, p - 12)
            # (X في مقدمة مستقبلي الحبر الأعظم لدى وصوله: the one received, never X)
            guest = next((s.covered[k] for k in range(p - 1, lowest - 1, -1)
                          if k in s.covered and s.covered[k].type is ActorType.person), None)
            dest = next((s.at[k] for k in range(q, min(len(s.words), q + 9))
                         if k in s.at and s.at[k].type in (ActorType.country, ActorType.location)),
                        None)
            if guest and dest:
                guests = _coordinated_before(s, guest) if s.words[p].norm.endswith(("هما", "هم")) else [guest]
                # (مستقبلي X وY، لدى وصولهما: both arrived)
                return [m for m in guests if m.type is ActorType.person] or [guest], [dest]
            return [], []
        if rel == "meet" and tf.pronoun and not s.words[p].norm.endswith(("هم", "هما")) \
                and q < len(s.words) and s.norms[q] not in ("مع", "ب") and not s.words[q].punct_before:
            # وذلك خلال لقائه (في بكين) وزير الخارجية الباكستاني X: he met X
            guest = _object_by_marker(s, q, [""], q, window=4) or (
                _object_by_marker(s, q, [""], q, window=9) if s.norms[q] in ("في", "ب") or s.norms[q] in _TIME_WORDS
                else [])
            # (خلال لقائه في مقر الأمانة العامة بالرياض Y، لدى لقائه مساء الثلاثاء بقصر قرطاج Y:
            # past a longer venue or a time)
            set_off = bool(guest) and any(s.words[k].punct in ("،", ",") for k in range(q, guest[0].i + 1))
            if guest and guest[0].type is ActorType.person:
                owner = _possessor(s, p, cs, feminine=s.words[p].norm.endswith("ها")) or _came_during(s, p)
                if any(s.norms[k] in _THAT_WAS for k in range(max(0, p - 3), p)):
                    # دعا X مجلس الأمن إلى ...، وذلك خلال لقائه Y: the sentence's subject
                    owner = [m for m in s.mentions if m.j <= p and m.type is ActorType.person
                             and not s.prep_before(m)][:1] or owner
                owner = _person_over_praised_state(s, p, cs, owner)
                if owner and set_off and owner[0].type is not ActorType.person:
                    owner = []  # عيّن المكتب، خلال اجتماعه مساء الأربعاء، النائب X: a body's own session
                if owner and owner[0].actor != guest[0].actor:
                    return owner, guest[:1]
        if rel == "host" and tf.pronoun and not s.words[p].norm.endswith(("هم", "هما")):
            # أكد X، خلال استقباله (في قصر الحسينية اليوم الثلاثاء) Y، ...: X received Y
            guest = _object_by_marker(s, q, [""], q, window=12) if not (
                q < len(s.words) and s.norms[q] in ("له", "لها") and not s.words[q].punct_before) else [
                m for m in s.last_object if m.type is ActorType.person and m.j <= p][:1] or [
                m for m in s.mentions if m.j <= p and m.type is ActorType.person][-1:]
            # (شكر X Y على ...، وذلك خلال استقباله له: "him", the one just thanked)
            delegation = bool(guest) and guest[0].type in (ActorType.organization, ActorType.country) \
                and any(not _A_DELEGATION.isdisjoint(s.words[k].forms) and s.norms[k + 1] == "من"
                        for k in range(q, guest[0].i - 1))  # (لدى استقباله ... وفداً من صندوق X: the body)
            if guest and (guest[0].type is ActorType.person or delegation):
                owner = _possessor(s, p, cs, feminine=s.words[p].norm.endswith("ها")) or _came_during(s, p)
                # (جاء ذلك خلال استقباله Y: the one the sentence before told, as with لقائه)
                subject = [m for m in s.mentions if m.j <= p and m.type is ActorType.person
                           and not s.prep_before(m)][:1]
                if any(s.norms[k] in _THAT_WAS for k in range(max(0, p - 3), p)) and subject and (
                        not owner or owner[0].actor == guest[0].actor
                        or (subject[0].i < 4 and owner[0].actor != subject[0].actor
                            and any(x.actor == owner[0].actor and s.prep_before(x) for x in s.mentions))):
                    # أكد X أن ...، وذلك خلال استقباله Y: the sentence's subject (تسلّم X رسالة
                    # من صاحب السمو Z رئيس الدولة، وذلك خلال استقباله Y: not the sender, whom
                    # a preposition governs before his postposed title)
                    owner = subject
                owner = _person_over_praised_state(s, p, cs, owner)
                if owner and owner[0].actor != guest[0].actor:
                    return owner, guest[:1]
        if rel == "visit" and not tf.pronoun and q + 3 < len(s.words) and s.norms[q] in ("هي", "هو") \
                and s.norms[q + 2] in ("له", "لها") and not s.words[q + 2].punct_before:
            q += 2  # في زيارة هي الرابعة لها إلى تونس: the ordinal between
        if rel == "visit" and not tf.pronoun and q + 1 < len(s.words) \
                and s.norms[q] in ("له", "لها") and not s.words[q].punct_before:
            # في أول زيارة له إلى موسكو: "his" is the guest just received, or the
            # person named last
            dest = _object_by_marker(s, q + 1, ["الي"], q + 1, window=3)
            guest = [m for m in (s.last_object or []) if m.type is ActorType.person][:1] or \
                [m for m in s.mentions if m.j <= p and m.type is ActorType.person][-1:]
            if dest and guest:
                return guest, dest
        if (rel in _GOVERNED_NOUNS or rel == "congratulate") and tf.pronoun:
            # دعمها الثابت لفلسطين: ها is the state or body before; ه the person
            # (أعرب X عن شكره لقطر: thanks)
            preps = ([m for m in markers if " " in m] + ["ل", "الى"]) if rel == "support" \
                else [m for m in markers if m and m != "بين"]  # ووقوفها إلى جانب X
            obj = _object_by_marker(s, q, preps, q, window=4) if preps else []
            if not obj and rel == "visit" and "" in markers and (m := s.at.get(q)) is not None and m.i == q \
                    and m.type in (ActorType.country, ActorType.location) and not s.words[q].punct_before \
                    and not s.prep_before(m):
                obj = s.coordinated(m)  # بعد زيارته السعودية: his visit's direct object (no genitive after "his")
            if not obj and rel == "support":
                # مؤكدا دعمه الكامل لحق الإمارات / لوحدة السودان: the state whose
                # right, unity or sovereignty is backed
                for k in range(q, min(len(s.words) - 1, q + 3)):
                    if k > q and s.words[k].punct_before:
                        break
                    if s.norms[k].startswith("ل") and s.norms[k][1:] in _GOODS:
                        m = s.at.get(k + 1)
                        if m and m.type in (ActorType.country, ActorType.organization) \
                                and not s.words[k + 1].punct_before:
                            obj = [m]
                        break
            if not obj and rel == "oppose":
                obj = _doer_of_condemned_act(s, q)  # عن إدانتها الشديدة للهجوم الإسرائيلي: Israel
            if not obj and rel in ("congratulate", "support") and q + 1 < len(s.words) \
                    and s.norms[q].startswith("لل") \
                    and ("ال" + s.norms[q][2:]) in _MERITS and not s.words[q + 1].punct_before:
                # أعرب X عن تقديره للدعم المصري / للوساطة القطرية والمصرية: each state
                obj = _demonyms_from(s, q + 1)
            if not obj and rel == "support":
                obj = _proposal_author(s, q)  # دعمها لمخطط الحكم الذاتي الذي تقترحه المملكة المغربية
            if obj:
                owner = _possessor(s, p, cs, feminine=s.words[q - 1].norm.endswith("ها"))
                asked = _asked_of(s, p, cs)
                if asked and s.words[q - 1].norm.endswith("ها") and asked[0].type is not ActorType.person:
                    owner = asked  # يطالب رواندا بسحب قواتها ...ووقف دعمها لـY: Rwanda's support
                if s.words[q - 1].norm.endswith(("هما", "هم")):
                    # السعودية وقطر سددتا ...، في دعمهما لسوريا: "their" is the pair (the
                    # nearest coordinated one, past single mentions between)
                    group = _group_before(s, p, cs, window=15)
                    if len(group) < 2:
                        group = next((g for k in range(p - 1, max(-1, p - 25), -1)
                                      if k in s.covered and s.covered[k].j == k + 1
                                      and len(g := _coordinated_before(s, s.covered[k])) >= 2), [])
                    owner = group if len(group) >= 2 else []
                if p > 0 and s.norms[p - 1] in _CIRCUMSTANTIAL:
                    # طالبت X Y بـ ...، مؤكدة دعمها لـ Z: "her" is the one who speaks, the
                    # main clause's subject (not Y, the nearest)
                    owner = last_subject[:1]
                if not owner and (p <= 2 or _after_opening_phrase(s, p)) and not s.words[q - 1].norm.endswith("ها"):
                    # وخلال زيارته إلى جدة، بحث X ...: "his" points ahead, to the
                    # main clause's doer
                    after = [m for m in s.mentions if m.i > obj[-1].j and m.type is ActorType.person
                             and not s.prep_before(m) and s.hard_break(m.i) is False]
                    comma = next((k for k in range(obj[-1].j, len(s.words))
                                  if s.words[k].punct in ("،", ",")), None)
                    after = [m for m in after if comma is not None and m.i > comma][:1]
                    owner = after
                if owner:
                    return owner, obj
        if rel == "visit" and any(f in _TOUR for f in s.words[p].forms) and not tf.pronoun:
            opened = next((k for k in range(q, min(len(s.words) - 1, q + 3)) if s.norms[k] in _TOUR_ENDS
                           and not any(s.words[x].punct_before for x in range(q + 1, k + 2))), None)
            at = opened + 1 if opened is not None else None
            if at is not None and at + 1 < len(s.words) and s.norms[at] in _TIME_WORDS:
                at += 1  # استهلها أمس من الدوحة
            if at is not None and at + 1 < len(s.words) and s.norms[at] == "من" and not s.words[at + 1].punct_before:
                at += 1
            stop = s.at.get(at) if at is not None else None
            if stop is not None and stop.i == at and (stop.clitic.endswith("ب") or s.norms[at - 1] == "من") \
                    and stop.type in (ActorType.country, ActorType.location):
                # في المحطة الثانية من جولة استهلها بإريتريا: a stop already made
                visitor = last_subject[:1] if getattr(s, "last_rel", None) is Relation.visit and last_subject \
                    and last_subject[0].type is ActorType.person else _clause_subject(s, p, cs)
                if visitor:
                    s.force_fact = True  # (a stop already made, whatever the trip's tense)
                    k = stop.j  # استهلها من نواكشوط وشملت مالي وتشاد: the stops made after it
                    more = s.at.get(k + 1) if k + 1 < len(s.words) and not s.words[k].punct_before \
                        and s.norms[k].startswith("و") and s.words[k].forms[-1] in _INCLUDED_PAST else None
                    legs = [m for m in s.coordinated(more) if m.type in (ActorType.country, ActorType.location)] \
                        if more is not None and more.type in (ActorType.country, ActorType.location) else []
                    return visitor, [stop] + [m for m in legs if m.actor != stop.actor]
            # اختتم X جولة آسيوية شملت باكستان والهند: X visited each
            # (جولة في أمريكا اللاتينية تشمل X: past a region)
            for k in range(q, min(len(s.words), q + (5 if q < len(s.words) and s.norms[q] == "في" else 3))):
                if s.words[k].punct_before and not (
                        s.words[k].punct in ("،", ",") and any(f in _INCLUDED for f in s.words[k].forms)):
                    break  # (جولة أفريقية، تشمل مصر وتونس: a comma before the stops is no break)
                if s.norms[k] in _TOOK_HIM and (who := s.at.get(k + 1)) is not None \
                        and who.type is ActorType.person and who.j + 1 < len(s.words) and s.norms[who.j] == "الي":
                    # جولة خليجية قادت أردوغان إلى الكويت ثم إلى قطر: the one it took, each stop
                    legs, e = [], who.j
                    while e + 1 < len(s.words) and s.norms[e] == "الي" and (m := s.at.get(e + 1)) is not None \
                            and m.type in (ActorType.country, ActorType.location):
                        legs += [x for x in s.coordinated(m) if x.type in (ActorType.country, ActorType.location)]
                        e = legs[-1].j
                        if e + 1 < len(s.words) and s.norms[e] == "ثم" and not s.words[e].punct_before:
                            e += 1  # (ثم إلى قطر)
                    if legs:
                        return [who], legs
                if any(f in _INCLUDED for f in s.words[k].forms):
                    m = s.mention_after(k + 1, 4)
                    if m and any(s.norms[x] in _NEIGHBOURS_OF for x in range(k + 1, m.i)):
                        m = None  # جولة تشمل دول جوار السودان: Sudan's neighbours, not Sudan
                    if m and m.type in (ActorType.country, ActorType.location):
                        visitor = _clause_subject(s, p, cs)
                        if getattr(s, "last_rel", None) is Relation.visit and last_subject \
                                and last_subject[0].type is ActorType.person:
                            visitor = last_subject[:1]  # X الذي يزور اليابان في إطار جولة ستقوده إلى Y: X
                        legs = s.coordinated(m)
                        here = s.last_object if getattr(s, "last_rel", None) is Relation.visit else []
                        home = (s.memory or {}).get("home")
                        if not here and home and len(legs) > 1 and any(x.actor == home for x in legs) \
                                and any(f in _TOUR_START for x in range(cs, p) for f in s.words[x].forms):
                            # الكويت - بدأ X جولة تشمل الكويت والبحرين: he is in the dateline's
                            # state; the other stops are still to come
                            visitor = _clause_subject(s, p, cs)
                            if visitor:
                                s.force_hyp = True
                                s.leg_here = home
                                return visitor, legs
                        if not here and len(legs) > 1 and s.words[k].forms[-1][:1] in "تي" \
                                and any(f in _TOUR_BEGUN for x in range(cs, p) for f in s.words[x].forms):
                            # شرع X أمس في جولة تقوده إلى كل من نيجيريا وغانا: he is at the
                            # first stop; the others are still to come
                            if visitor:
                                s.force_hyp = True
                                s.leg_here = legs[0].actor
                                return visitor, legs
                        if here and len(legs) > 1 and s.words[k].forms[-1][:1] in "تي" \
                                and any(x.actor == here[0].actor for x in legs) \
                                and any(f in _TOUR_START for x in range(cs, p) for f in s.words[x].forms):
                            # توجه X إلى بكين في مستهل جولة تشمل الصين وكوريا: he is at the
                            # first stop (told already); the others are still to come
                            rest = [x for x in legs if x.actor != here[0].actor]
                            if visitor:
                                s.force_hyp = True
                                return visitor, rest
                        start = _tour_start_place(s, cs, k)
                        rest = [x for x in legs if start and x.actor not in (start.actor, start.country)]
                        if rest and visitor and s.words[k].forms[-1][:1] in "تي":
                            # X يبدأ من عمّان جولة إقليمية تشمل مصر: he sets out from the
                            # first place; the stops it includes are still to come
                            s.force_hyp = True
                            return visitor, rest
                        if s.norms[k][:1] == "س" or (
                                s.words[k].forms[-1][:1] in "تي" and here
                                and {x.actor for x in here}.isdisjoint({x.actor for x in legs})):
                            # (ستقوده إلى كوريا: a leg still to come; وصل X إلى الكويت، في
                            # مستهل جولة تشمل البحرين: the stops after the one he is at)
                            s.force_hyp = True
                        if visitor:
                            legs = s.coordinated(m)
                            last = _final_stop(s, legs[-1].j)
                            return visitor, legs + ([last] if last and last.actor not in {x.actor for x in legs} else [])
                    break
        if rel == "cooperate" and entry.domain == "military" and s.norms[p].startswith("ل") \
                and not tf.pronoun:
            # أرسل X ضباطا إلى Y للتدريب / لتدريب وحدات: X trains with Y
            dest = next((s.covered[k] for k in range(p - 1, max(cs, p - 8) - 1, -1)
                         if k in s.covered and s.covered[k].type is ActorType.country
                         and s.prep_before(s.covered[k]) == "الي"), None)
            if dest:
                doer = _clause_subject(s, dest.i, cs)
                if doer and doer[0].actor != dest.actor:
                    return doer, [dest]
        if rel == "cooperate" and entry.domain == "military" and not _TRAINING.isdisjoint(s.words[p].forms) \
                and q < len(s.words) and not s.words[q].punct_before and s.norms[q] in _ARMED_CELLS:
            return [], []  # اتهمت X Y بتدريب خلايا مسلحة داخل المملكة: cells trained, no state trained with
        if rel == "cooperate" and entry.domain == "military" and not tf.pronoun and _governed(s, p) \
                and not _TRAINING.isdisjoint(s.words[p].forms):
            # تتولى تركيا تدريب وحدات من الجيش الصومالي: the trained force is the partner
            # (بمناورات النظام X: the genitive of manoeuvres is who holds them)
            for k in range(q, min(len(s.words), q + 4)):
                if k > q and s.words[k].punct_before:
                    break
                m = s.at.get(k)
                if m and m.type in (ActorType.country, ActorType.organization) \
                        and s.prep_before(m) in ("", "من"):
                    doer = _doer(s, p, cs, last_subject)
                    if doer and doer[0].actor != m.actor:
                        return doer, [m]
                    break
        if rel == "support" and not tf.pronoun:
            goods = _goods_of_state(s, q)
            if goods:
                # تجدد التزامها بدعم وحدة ليبيا واستقرارها: the state itself
                doer = _doer(s, p, cs, last_subject) if _governed(s, p) or p == cs else []
                if doer:
                    return doer, goods
        if rel == "meet" and tf.pos == "noun" and not tf.pronoun and not any(
                m.type is ActorType.person and cs <= m.i < p for m in s.mentions):
            # انعقد الاجتماع ...، بمشاركة وزير الاستثمار السعودي X ونائب رئيس الوزراء الأوزبكي Y:
            # the participants of a meeting no one is said to hold meet each other
            k = next((k for k in range(q, min(len(s.words) - 1, q + 10)) if s.norms[k] in _WITH_PARTICIPATION), None)
            if k is not None and not any(s.hard_break(x) for x in range(q + 1, k)) \
                    and not any(x in s.at for x in range(q, k)):
                group = _attendee_list(s, s.at.get(k + 1))
                if len(group) == 2 and all(m.type is ActorType.person and m.country for m in group) \
                        and group[0].country != group[1].country:  # (two sides; a summit's roll is no pair)
                    return group[:1], group[1:]
        if rel == "meet" and tf.pos == "noun" and not tf.pronoun and 0 < p <= 2 \
                and s.norms[p - 1] in _FRONTED_DURING and not any(m.i < p for m in s.mentions):
            # وخلال لقاء على هامش الاجتماع، اتفق X وY على ...: the pair of the main clause met
            comma = next((k for k in range(q, min(len(s.words), q + 8)) if s.words[k].punct_before), None)
            if comma is not None and s.words[comma].punct in ("،", ","):
                first = next((m for m in s.mentions if comma <= m.i <= comma + 3 and not s.prep_before(m)), None)
                pair = s.coordinated(first) if first is not None and first.type is ActorType.person else []
                if len(pair) == 1 and pair[0].j + 1 < len(s.words) and s.norms[pair[0].j] == "مع":
                    partner = s.at.get(pair[0].j + 1)
                    pair = pair + [partner] if partner is not None else pair
                if len(pair) == 2 and all(m.type is ActorType.person for m in pair) \
                        and pair[0].actor != pair[1].actor:
                    return pair[:1], pair[1:]
        if rel == "meet" and tf.pos == "noun" and not tf.pronoun:
            # قمة ثلاثية جمعته بالرئيس Y والرئيس Z: the one it brought together with them
            k = next((k for k in range(q, min(len(s.words) - 1, q + 2)) if s.norms[k] in _BROUGHT_TOGETHER
                      and s.norms[k][:1] == "ج"  # (past only: استضافة لقاء يجمعه بـY is a plan, and whose "him")
                      and not any(s.words[x].punct_before for x in range(q, k + 2))), None)
            met = s.at.get(k + 1) if k is not None else None
            if k is None:
                # اجتماع ضمّه إلى Y وZ: "that joined him to" them, the same
                k = next((k for k in range(q, min(len(s.words) - 2, q + 2)) if s.norms[k] in _JOINED_HIM
                          and s.norms[k + 1] == "الي"
                          and not any(s.words[x].punct_before for x in range(q, k + 3))), None)
                met = s.at.get(k + 2) if k is not None else None
                met = met if met is not None and met.i == k + 2 and not met.clitic else None
            elif met is not None and not (met.i == k + 1 and met.clitic.endswith("ب")):
                met = None
            if met is not None:
                doer = _doer(s, p, cs, last_subject) or _came_during(s, p)  # (وجاء الإعلان عقب لقاء جمعها بـY)
                if any(s.norms[x] in _TIME_CONJ for x in range(max(0, p - 4), p)) and any(
                        m.type is ActorType.person and m.j <= p and m.actor not in {d.actor for d in doer}
                        and not s.prep_before(m) for m in s.mentions):
                    return [], []  # استقبل X Z، بعد ساعات من لقاء جمعه بـY: "him", X or Z? no guess
                obj = [m for m in s.coordinated(met) if m.actor not in {d.actor for d in doer}]
                if doer and obj:
                    return doer, obj
        if rel == "visit" and not tf.pronoun and q < len(s.words) and s.norms[q] in ("له", "لها") \
                and not any(m.j <= p and not m.no_side for m in s.mentions):
            # في أول زيارة له إلى فرنسا منذ انتخابه، استقبل الرئيس الفرنسي X نظيره Y: the guest's visit
            k = next((k for k in range(q + 1, len(s.words)) if _RECEPTION_VERBS.intersection(s.words[k].forms)), None)
            people = [m for m in s.mentions if k is not None and m.i > k and m.type is ActorType.person
                      and not s.prep_before(m)] if k is not None else []
            obj = [m for m in _object_by_marker(s, q + 1, ["الي"], q + 1, window=3) if m.type is ActorType.country]
            if len(people) >= 2 and obj and people[1].actor != obj[0].actor:
                return people[1:2], obj[:1]
        if rel == "meet" and not tf.pronoun and q < len(s.words) and s.norms[q] in _BILATERAL \
                and not any(m.type is ActorType.person and m.i < p and not m.no_side for m in s.mentions):
            meeting = list((getattr(s, "memory", None) or {}).get("meeting") or [])
            if len(meeting) == 2 and meeting[0].actor != meeting[1].actor \
                    and all(m.type is ActorType.person for m in meeting):
                return meeting[:1], meeting[1:]  # استقبل X نظيره Y. وعقب محادثات ثنائية: the two
        named = s.at.get(q) if rel == "appoint" and tf.pronoun and s.norms[p].endswith("ه") else None
        if named is not None and named.i == q and named.type is ActorType.person and named.j < len(s.words) \
                and role_accusative(s.norms[named.j]) and not s.words[named.j].punct_before:
            # وصل X ... منذ تعيينه Y رئيساً للوزراء: "his" appointing: X appointed Y
            doer = [m for m in (last_subject or []) if m.type is ActorType.person][:1] or [
                m for m in s.mentions if m.j <= p and m.type is ActorType.person and not s.prep_before(m)][:1]
            if doer and doer[0].actor != named.actor:
                return doer, [named]
        if Relation(rel).symmetric and not tf.pronoun and q < len(s.words) and s.norms[q] in _HEAD_DUALS \
                and not s.words[q].punct_before:
            pair = _two_sides(s, p, s.norms[q], q)
            if len(pair) == 2:
                return pair[:1], pair[1:]  # حيث كان Y في مقدمة مستقبليه. وأسفرت محادثات الرئيسين: Y and X
        if rel == "visit" and not tf.pronoun and q + 3 < len(s.words) and s.norms[q] in _DOING \
                and s.norms[q + 1] in ("بها", "به") and s.norms[q + 2] in _AN_OFFICIAL \
                and (state := _bare_demonym(s, q + 3)) is not None \
                and len(guest := getattr(s, "last_person_object", None) or []) == 1 and guest[0].country == state:
            # استقبل X نظيره الإسباني Y في أول زيارة يقوم بها مسؤول إسباني إلى الجزائر: the guest
            dest = [m for m in _object_by_marker(s, q + 4, ["الي"], q + 4, window=6)
                    if m.type in (ActorType.country, ActorType.location) and m.actor != state]
            if dest:
                return guest, dest[:1]
        to = q + 2 if q + 2 < len(s.words) and s.norms[q] in _DOING and s.norms[q + 1] in ("بها", "به") \
            and not s.words[q + 1].punct_before and not s.words[q + 2].punct_before else q
        # (خلال زيارة قامت بها إلى نواكشوط: the doer unnamed after the verb, the clause's)
        if rel == "visit" and not tf.pronoun and p > 0 and s.norms[p - 1] in _DURING and to < len(s.words) \
                and s.norms[to] == "الي":
            # بحث X مع Y، خلال زيارة إلى طرابلس، ...: the one of the clause not at home there
            dest = [m for m in _object_by_marker(s, to, ["الي"], to, window=3)
                    if m.type in (ActorType.country, ActorType.location)]  # (إلى كابل: a city, its state)
            people = {m.actor: m for m in s.mentions if m.j <= p and m.type is ActorType.person
                      and (m.country or s.covered.get(m.i) is m)}  # (of a body: von der Leyen)
            away = [m for m in people.values() if dest and m.country != dest[0].actor]
            if dest and len(away) == 1 and len(people) - 1 <= sum(m.country == dest[0].actor for m in people.values()):
                return away, dest[:1]
        if rel == "visit" and not tf.pronoun and p > 0 and (s.norms[p - 1] in _TRIP_FRAMES or (
                s.norms[p - 1] == "بعد" and q not in s.covered
                and any(s.norms[k].removeprefix("و") in _LEAVING for k in range(max(0, p - 14), p - 1)))):
            # (غادر X بيروت بعد زيارة استمرت يومين: after the visit he paid there)
            # ...، في مستهل زيارة للسودان تستغرق يومين: a visit to the state after ل, by the sentence's man
            to = [m for m in _object_by_marker(s, q, ["ل"], q, window=2)
                  if m.type is ActorType.country and not m.place] or [
                m for m in _object_by_marker(s, q, ["الي"], q, window=2)
                if m.type in (ActorType.country, ActorType.location)]  # (في ختام زيارة إلى موسكو: the capital's state)
            left = next((k for k in range(max(0, p - 14), p) if s.norms[k].removeprefix("و") in _LEAVING), None)
            if not to and left is not None:
                # غادر X تونس، في ختام زيارة قصيرة: the place he left is where the visit was
                to = [m for m in s.mentions if left < m.i < p and m.type in (ActorType.country, ActorType.location)
                      and not s.prep_before(m)][:1]
            doer = [m for m in (last_subject or []) if m.type is ActorType.person][:1] or [
                m for m in s.mentions if m.j <= p and m.type is ActorType.person and not s.prep_before(m)][:1]
            if to and doer and to[0].actor != doer[0].actor:
                return doer, to[:1]
        arrived = next((k for k in range(p) if any(
            tf2.entry.relation == "visit" and tf2.pos == "verb" for f in s.words[k].forms
            for tf2 in s.lex.trigger_forms.get(f, ()))), None) \
            if rel == "visit" and not tf.pronoun and p > 0 and s.norms[p - 1] == "في" else None
        if arrived is not None:
            # حطّت طائرة X في مطار ...، في زيارة قصيرة إلى المغرب: the one who arrived
            doer = [m for m in s.mentions if arrived < m.i and m.j <= p and m.type is ActorType.person
                    and not s.prep_before(m)][:1]
            obj = [m for m in _object_by_marker(s, q, ["الي"], q, window=4)
                   if m.type is ActorType.country and doer and m.actor != doer[0].actor]
            if doer and obj:
                return doer, obj[:1]
        held = p - 2 if p > 1 and s.norms[p - 1] in _CEREMONIES else p - 1
        held = s.covered[held].i - 1 if held in s.covered else held  # (أقام X استقبالا: past X)
        if rel == "host" and not tf.pronoun and held >= 0 and not s.norms[p].startswith("ال") \
                and not _HELD_FOR.isdisjoint(s.words[held].forms):
            # أقام X مراسم استقبال رسمية / استقبالا رسميا للرئيس Y: X received Y
            guest = [m for m in _object_by_marker(s, q, ["ل"], q, window=3) if m.type is ActorType.person]
            doer = _doer(s, p, cs, last_subject) if guest else []
            if doer and doer[0].actor != guest[0].actor:
                return doer[:1], guest[:1]
            return [], []
        if rel in _GOVERNED_NOUNS and not tf.pronoun:
            # دعم لا محدود لحفتر / لعقد لقاء مغلق مع X / لتطوير التعاون مع X:
            # the object has its marker; the doer is the clause's subject.
            preps = (["ل", "الى"] + [m for m in markers if m == "مع"]) if rel == "support" \
                else [m for m in markers if m and m != "بين"]  # (تضامن X مع Y)
            genitive = rel == "support" and q < len(s.words) and q not in s.covered \
                and s.norms[q].startswith("ال") and s.norms[q] not in _PREPS | _CLAUSE_WORDS | _SKIP \
                and not s.words[q].punct_before \
                and s.words[p].forms[-1] == s.norms[p] and not s.norms[p].startswith(("ال", "لل", "بال", "وال"))
            # (تمويل البعثة من خلال الاشتراكات المقررة للأمم المتحدة: the genitive is
            # what is funded; a ل further on is no recipient. إرسال جنود إلى: الى is no genitive)
            obj = _object_by_marker(s, q, preps, q, window=(9 if entry.needs else 6) if rel == "support"
                                    else 6 if q < len(s.words) and s.norms[q] in _KANA  # (زيارة كانت مقررة أمس إلى Y)
                                    else 4) if preps and not genitive else []  # (صرف شريحة بقيمة 1.2 مليار دولار لمصر)
            if not obj and rel == "oppose":
                obj = _doer_of_condemned_act(s, q)  # إدانتها للهجوم الإسرائيلي / لقرار إسرائيل: Israel
            if not obj and rel == "support" and not genitive:
                obj = _sector_in_state(s, q)  # منحة ... لدعم قطاع الكهرباء في موريتانيا: Mauritania
            if not obj and rel == "agree" and "مع" in preps:
                # وافق X على اتفاق تسهيل ممدد بقيمة 20 مليار دولار مع Y: a long agreement name
                obj = _object_by_marker(s, q, ["مع"], q, window=9)
            if obj and (rel in ("support", "oppose", "appoint") or _governed(s, p) or (
                    rel == "meet" and p > 0 and s.norms[p - 1].removeprefix("و") in _AFTER_IT)):
                # (أنهى X زيارته إلى بغداد بعد لقاء مطوّل مع Y: the clause's doer met Y)
                doer = _doer(s, p, cs, last_subject)
                if doer:
                    return doer, obj
            if rel == "appoint" and q + 2 < len(s.words) and s.norms[q] in ("كل", "كلا") \
                    and s.norms[q + 1] == "من":
                # مرسوما بتعيين كل من: X وزيرا للدفاع، وY وزيرا للداخلية: each one named
                named = []
                for m in s.mentions:
                    if m.i < q + 2 or m.type is not ActorType.person:
                        continue
                    if any(s.norms[k] in _THAT_WAS or s.norms[k] == "بناء" for k in range(q + 2, m.i)):
                        break  # (وذلك بناء على توصية من X: the one who advised, no appointee)
                    named.append(m)
                doer = _doer(s, p, cs, last_subject)
                if doer and doer[0].type is ActorType.country:
                    doer = [m for m in s.mentions if m.j <= p and m.type is ActorType.person
                            and not s.prep_before(m)][:1]
                named = [m for m in named if not doer or m.actor != doer[0].actor]
                if doer and named:
                    return doer[:1], named
            if rel == "appoint" and q + 1 < len(s.words) and _governed(s, p) \
                    and (s.norms[q] in _KIN_NOUNS or s.norms[q] in _KIN_POSSESSED):
                # مرسوما بتعيين نجله الشيخ X وليا للعهد: the relative named after the kin noun
                named = _subject_after(s, q + 1)
                doer = _doer(s, p, cs, last_subject)
                if doer and doer[0].type is ActorType.country:
                    # (أصدر X، بصفته حاكما لإمارة أبوظبي، مرسوما بتعيين نجله: X, not a state)
                    doer = [m for m in s.mentions if m.j <= p and m.type is ActorType.person
                            and not s.prep_before(m)][:1]
                if named and doer and named[0].type is ActorType.person and named[0].actor != doer[0].actor:
                    return doer, named[:1]
        return [], []
    # verbs
    if p > 0 and s.norms[p - 1] in ("اتفق", "اتفقت") and rel == "agree":
        return [], []
    if rel == "meet" and tf.pos == "verb" and not tf.pronoun and q < len(s.words) and s.norms[q] in _PERSON_DUALS \
            and not s.words[q].punct_before:
        # ومن المتوقع أن يلتقي الاثنان في وقت لاحق وزير الدفاع Y: the two who came, then the one they meet
        k = q + 1
        while k < len(s.words) and k not in s.at and k - q < 6 and not s.words[k].punct_before \
                and (s.norms[k] in _TIME_WORDS or s.norms[k] in _LATER_WORDS):
            k += 1
        met = s.at.get(k)
        pair = _last_coordinated_persons(s)
        if met is not None and met.i == k and k > q + 1 and met.type is ActorType.person \
                and not s.prep_before(met) and len(pair) == 2 and met.actor not in {m.actor for m in pair}:
            return pair, [met]
    if rel in ("host", "meet") and not tf.pronoun and q < len(s.words) and s.norms[q] in _PERSON_DUALS \
            and not s.words[q].punct_before:
        # أردوغان الذي استضاف الزعيمين: the host of the two leaders named before
        pair = _dual_object_pair(s, q)
        host = [s.covered[p - 2]] if p > 1 and s.norms[p - 1] in _RELATIVE and (p - 2) in s.covered \
            else _subject_before(s, p, s.clause_start(p))
        if len(pair) == 2 and host and host[0].type is ActorType.person \
                and host[0].actor not in {m.actor for m in pair}:
            return host[:1], pair
    if rel in ("host", "meet") and tf.pos == "verb" and not tf.pronoun and (doer := s.at.get(q)) is not None \
            and doer.i == q and doer.type is ActorType.person and doer.j < len(s.words) \
            and s.norms[doer.j] in _PERSON_DUALS and not s.words[doer.j].punct_before:
        # والتقى X الوزيرين على انفراد: the doer named after the verb, then the two named before
        pair = _dual_object_pair(s, doer.j)
        if len(pair) == 2 and doer.actor not in {m.actor for m in pair}:
            return [doer], pair
    if rel == "oppose" and s.norms[p][:1] == "و" and s.norms[p] in _ACCUSE_VERBS and last_subject \
            and (acc := s.at.get(q)) is not None and not s.prep_before(acc) and acc.j < len(s.words) \
            and acc.j not in s.at and s.norms[acc.j].startswith("ب") and not s.words[acc.j].punct_before \
            and acc.type is not ActorType.location and all(m.actor != acc.actor for m in last_subject):
        # توعّد X ...، واتهم لندن بتقديم الدعم: X goes on; the one right before بـ is the accused
        return last_subject[:1], s.coordinated(acc)
    if rel == "visit" and p > 1 and s.norms[p - 1] == _WHO_HE and not tf.pronoun and q < len(s.words) \
            and s.norms[q] not in _TO_IT and s.covered.get(p - 2) is None and s.words[p - 1].punct in ("،", ",") \
            and _escorted_antecedent(s, p - 1) is None \
            and not (p > 2 and s.norms[p - 2] in _FRIENDLY_EPITHETS and (p - 3) in s.covered) \
            and (m := s.at.get(q)) is not None and m.type in (ActorType.country, ActorType.location):
        # المبعوث الخاص لوزير الخارجية القطري X، الذي يزور أفغانستان: the visitor is the
        # antecedent, whom we did not read — never the place visited, nor a state named later
        return [], []
    if rel == "visit" and p > 1 and s.norms[p - 1] in ("التي", "الذي") and q < len(s.words) \
            and s.norms[q] in _TO_IT and not s.words[q].punct_before:
        # ... في أنقرة، التي وصل إليها X صباح اليوم: X came to the place the relative stands for
        place = s.covered.get(p - 2)
        doer = _subject_after(s, q + 1)
        if place is not None and place.type in (ActorType.country, ActorType.location) \
                and doer and doer[0].type is ActorType.person and not s.words[p].punct_before:
            return doer[:1], [place]
    participle_doer: list[Mentioned] = []
    if s.norms[p] in _PARTICIPLES:
        # انتقد X ...، متهماً باريس بتسليح أرمينيا: the participle's doer is the
        # sentence's subject; its object follows it (never a subject after it)
        said = next((k for k in range(p) if s.norms[k] in _COMPLEMENTIZERS), p)
        opening = max((k for k in range(1, min(len(s.words), 8)) if s.words[k].punct in ("-", "–", "—", ":")
                       and s.hard_break(k)), default=0)
        candidates = [m for m in s.mentions if m.j <= said and not s.prep_before(m)
                      and m.type is not ActorType.location and m.i >= opening
                      and not (m.i > 0 and s.norms[m.i - 1][:1] == "و" and s.norms[m.i - 1][1:] in _PREPS)
                      and not _noun_adjective(s, m) and _between_at(s, m) is None]
        # (أكد جلالته أهمية الشراكة بين الأردن والاتحاد الأوروبي، مثمنا: not Jordan)
        whereas = max((k for k in range(p) if s.norms[k] in _WHEREAS
                       or (s.norms[k] == "حين" and k > 0 and s.norms[k - 1] in ("في", "وفي"))), default=-1)
        if whereas > 0:  # (في حين: the same "whereas" in two words)
            # X قال إن ...، فيما رحّب Y بالخطوة، مثمّناً دعم Z: the participle is Y's
            later = [m for m in s.mentions if whereas < m.i and m.j <= p and not s.prep_before(m)
                     and m.type is not ActorType.location]
            candidates = later or candidates
        rel_at = max((k for k in range(max(1, p - 20), p) if s.norms[k] in ("الذي", "التي")
                      and s.words[k].punct in ("،", ",") and (k - 1) in s.covered), default=-1)
        if rel_at > 0 and whereas < rel_at and said == p and s.covered[rel_at - 1].type is not ActorType.location \
                and not any(s.words[x].punct in (".", "؛", ";") for x in range(rel_at + 1, p)):
            # استقبل X Y، الذي دعا خلال اللقاء إلى ...، محذرا: the relative clause's man warns
            candidates = [s.covered[rel_at - 1]]
        participle_doer = candidates[:1] or (
            # (بيروت – الجزيرة نت: أكد X ...، متهما: the speaker, not the dateline)
            [m for m in last_subject[:1] if not _noun_adjective(s, m)
             and not (any(m is x for x in s.mentions) and _between_at(s, m) is not None)]
            if said == p else [])  # (قال X إن Y ...، متهما: X's, never Y's; never the state of الدعم الأميركي)
        if not participle_doer:
            return [], []
        if q < len(s.words) and s.norms[q] in _IYYA:
            # انتقد X لندن، متهما إياها بتزويد Y: "her" is the one just criticised
            target = _criticised(s, participle_doer[0])
            return (participle_doer, target) if target and target[0].actor != participle_doer[0].actor \
                else ([], [])
    coordinated_verb = s.norms[p][:1] in "وف" and s.words[p].norm not in s.lex.trigger_forms \
        and not (p > 0 and s.norms[p - 1] in _AUXILIARIES)  # بوتين سبق والتقى X
    before = participle_doer or ([] if coordinated_verb else _subject_before(s, p, cs))
    called = s.at.get(q) if coordinated_verb and tf.pos == "verb" and entry.needs and not tf.pronoun else None
    if called is not None and called.j < len(s.words) and not s.words[called.j].punct_before \
            and (s.norms[called.j] == "الي" or s.norms[called.j][:1] == "ب") and last_subject \
            and called.actor not in {m.actor for m in last_subject}:
        # انتقدت X العمليات التركية، ودعت أنقرة إلى الكف عن ...: the one called upon, by X
        return last_subject[:1], [called]
    if coordinated_verb and s.norms[p][:1] == "ف" and tf.pos == "verb" and not tf.pronoun \
            and (after := _subject_after(s, q)) and len(group := s.coordinated(after[0])) >= 2:
        # جال X على الرؤساء الثلاثة، فالتقى تباعا Y وZ وW: the sentence's doer meets each
        doer = [m for m in s.mentions if m.j <= p and m.type is ActorType.person and not s.prep_before(m)][:1]
        if doer and all(x.actor != doer[0].actor for x in group):
            return doer, group
    at = p - 1 if p > 1 and s.norms[p - 1] in ("لم", "ولم") else p  # (لم يستقبله خلالها Y: denied)
    if tf.pronoun and tf.pos == "verb" and at > 0 and q + 1 < len(s.words) and s.norms[q] in _DURING_IT and (
            s.norms[at - 1] in _RELATIVE or any(not _VISIT_NOUNS.isdisjoint(s.words[k].forms)
                                                for k in range(max(0, at - 3), at))) \
            and (doer := _subject_after(s, q + 1)):
        # (في ختام زيارة قصيرة لم يستقبله خلالها Y: the visit's own relative clause, with no الذي)
        # زيارة X إلى مصر، التي استقبله خلالها Y: "during it" is the visit, "him" its visitor
        guest = next((m for m in reversed(s.mentions) if m.j <= p - 1 and m.type is ActorType.person
                      and not s.prep_before(m)), None)
        if guest is not None and guest.actor != doer[0].actor:
            return doer[:1], [guest]
    if before and tf.pronoun and p > 0 and s.norms[p - 1] in _RELATIVE and not s.words[q].punct_before \
            if q < len(s.words) else False:
        doer = _subject_after(s, q)
        antecedent = s.covered.get(p - 2) if p > 1 else None
        if antecedent is not None and antecedent.type is ActorType.person and antecedent.j == p - 1 \
                and s.words[p - 1].punct in ("،", ",") and not s.prep_before(antecedent):
            before = [antecedent]  # استُقبل X ... من قبل Y، الذي عيّنه Z: "him" is Y, named right before
        if tf.entry.relation == "host" and any(f in _PEOPLE_NOUNS for f in s.words[before[0].i].forms):
            return [], []  # المساعدات للشعب الفلسطيني الذي تستضيفه النرويج: the meeting is hosted, no people
        if before[0].i > 0 and s.norms[before[0].i - 1] in _ABOUT:
            return [], []  # اجتماعات المبعوثين بشأن أفغانستان التي تعقدها الأمم المتحدة: "it" is the meetings
        if tf.entry.relation == "agree" and before[0].i > 0 and not s.prep_before(before[0]) \
                and before[0].i - 1 not in s.covered and s.norms[before[0].i - 1] not in _RELATIVE \
                and not s.words[before[0].i].punct_before and any(
                    not _DOCUMENT_NOUNS.isdisjoint(s.words[k].forms) for k in range(max(0, before[0].i - 8), before[0].i)):
            return [], []  # اتفاق السلم المنبثق عن مسار الجزائر، الذي وقعته X: "it" is the accord, Algeria a genitive
        if doer and doer[0].actor != before[0].actor:
            # كامل إدريس الذي عيّنه البرهان: the pronoun is the antecedent, the doer
            # follows the verb (Y الذي التقاه alone: Y is the doer)
            return doer[:1], before[:1]
        him = [m for m in (carried or s.carried or []) if m.type is ActorType.person][:1]
        if not doer and tf.entry.relation == "meet" and before[0].type is ActorType.person and len(him) == 1 \
                and him[0].actor != before[0].actor and s.norms[p].endswith("ه") and not s.norms[p].endswith("ها") \
                and not any(m.type is ActorType.person and m.j <= before[0].i for m in s.mentions):
            # حذّر ترامب روسيا ... وقال الأمين العام للحلف X، الذي التقاه في البيت الأبيض: X met
            # "him", the man the sentence before was about
            return before[:1], him
        if not doer and tf.entry.relation == "visit" and before[0].type in (ActorType.country, ActorType.location) \
                and s.norms[p - 1] in ("التي", "الذي"):
            # وصل X إلى باماكو، قادما من نيامي التي زارها الاثنين: X visited the place
            # the relative stands for; a place visits nothing
            visitor = [m for m in (last_subject or []) if m.type is ActorType.person][:1]
            at = before[0].i
            if at > 1 and s.norms[at - 1] == "من" and s.norms[at - 2] in _THE_COMING:
                # استقبل X Y، القادم من أديس أبابا التي زارها: the man "the one coming" describes
                visitor = [m for m in s.mentions if m.j <= at - 2 and m.type is ActorType.person][-1:]
            return (visitor, before[:1]) if visitor else ([], [])
    if not before and p > 2 and s.norms[p - 1] == "ان":
        # سبق لـ X أن زار Y / يمكن لـ X أن: the one after ل is the doer
        m = s.covered.get(p - 2)
        if m and m.clitic.lstrip("و") in ("ل", "لل") and m.i > 0 \
                and any(f in _PREVIOUSLY for f in s.words[m.i - 1].forms):
            before = [m]
    without = not before and p > 1 and s.norms[p - 1] == "ان" and s.norms[p - 2] in ("دون", "بدون")
    if without:
        # اختتم X جولته دون أن يلتقي Y / غادر X بيروت دون أن يلتقي Y: the main
        # clause's doer (its first person, else the nearest mention)
        doers = [m for m in s.mentions if cs <= m.i and m.j <= p - 2 and not s.prep_before(m)
                 and m.type is ActorType.person]
        before = doers[:1] or _clause_subject(s, p - 2, cs)
        if before and before[0].type in (ActorType.country, ActorType.location) and any(
                not _LEAVING.isdisjoint(s.words[k].forms) for k in range(cs, before[0].i)):
            before = []  # وغادر المبعوث القطري كابل من دون أن يلتقي Y: the city he left meets no one
    if not before and p > 2 and s.norms[p - 1] == "قد" and s.norms[p - 2] in ("يكون", "تكون") \
            and s.norms[p - 3] == "ان":
        # نفى X أن يكون قد التقى Y: X is the one who (did not) meet
        doers = [m for m in s.mentions if cs <= m.i and m.j <= p - 3 and not s.prep_before(m)
                 and m.type is not ActorType.location]
        aside = next((k for k in range(p - 4, max(0, p - 20), -1) if s.norms[k] in _RELATIVE
                      and s.words[k].punct in ("،", ",") and s.words[p - 3].punct in ("،", ",")), None)
        if aside is not None:
            # نفى X، الذي عينه Y في أغسطس، أن يكون قد التقى Z: X, not the one in the aside
            head = s.clause_start(aside - 1) if aside > 0 else 0
            doers = [m for m in s.mentions if head <= m.i and m.j <= aside and not s.prep_before(m)
                     and m.type is not ActorType.location]
            s.flags_before_aside = (p, head)  # (the denial is the main clause's: read its flags from there)
        if s.norms[p - 2] == "تكون":
            # نفت أبوظبي، على لسان X، أن تكون قد قدمت: "she", the state, not its spokesman
            doers = [m for m in doers if m.type is not ActorType.person] or doers
        before = doers[-1:]
    if not before and p > 0 and s.norms[p - 1] in _THAT_HE:
        # مشيرا إلى أنه استقبل X: "he" is the person the clause was about
        he = [m for m in s.mentions if m.j <= p - 1 and m.type is ActorType.person
              and not s.prep_before(m)]
        before = he[-1:]
    if not before and p > 0 and s.norms[p - 1] in _THAT_SHE and tf.pos == "verb" and not tf.pronoun \
            and (_feminine_past(s.words[p], entry) or s.words[p].forms[-1][:1] == "ت"
                 or s.words[p].forms[-1][:2] == "ست"):
        # أعلنت السعودية أنها ستقدم / سددت ...: "she" is the state or body the clause was about
        before = _said_of(s, p - 1)
    if not before and rel == "visit" and q + 1 < len(s.words) and s.norms[q] == "الي" \
            and _subject_after(s, q) == []:
        # وصل إلى بيروت (أمس) وزير الخارجية البرازيلي X: the destination first
        dest = s.at.get(q + 1)
        if dest is not None and dest.type in (ActorType.country, ActorType.location):
            doer = _doer_after_adverbial(s, dest.j)
            if doer and doer[0].type is ActorType.person:
                return doer, [dest]
    if before:
        subj = before
        obj_start = q
    else:
        subj = _subject_after(s, q) if not _first_person(s.words[p], tf) else []  # (سنزور القاهرة: "we")
        if subj and last_subject and subj[0].type is ActorType.person and s.norms[p][:1] in "وف" \
                and _feminine_past(s.words[p], entry) and _masculine_title(s, subj[0]) \
                and all(m.type is ActorType.person for m in last_subject):
            subj = []  # زارت X طرابلس والتقت رئيسَ الحكومة Y: "she" goes on; he is the object
        if subj and last_subject and subj[0].place and subj[0].i == q and s.norms[p][:1] in "وف" \
                and tf.tense == "past" and not tf.pronoun and entry.past \
                and normalize(entry.past) in s.words[p].forms and not _feminine_past(s.words[p], entry) \
                and all(m.type is ActorType.person and not _feminine_title(s, m) for m in last_subject):
            subj = []  # انتقد الوزير X واشنطن، وحذر الرياض والدوحة: a city is "she" (حذرت); after
            # a verb of "he", it is the object and he goes on
        him = subj or (_doer_after_adverbial(s, q) if q < len(s.words) and s.norms[q] in _TIME_WORDS else [])
        if him and him[0].type is ActorType.person and p > 1 and s.norms[p - 1] == "ان" \
                and s.norms[p - 2] in _TIME_CONJ and _feminine_past(s.words[p], entry) \
                and _masculine_title(s, him[0]):
            she = [m for m in s.mentions if m.j <= p - 2 and m.type is ActorType.person
                   and not s.prep_before(m) and _feminine_title(s, m)][-1:]
            if she and she[0].actor != him[0].actor:
                # أعلنت الوزيرة X ...، بعد أن التقت (الأسبوع الماضي) المفوض العام Y: "she" met him
                return she, him[:1]
        obj_start = _after_aside(s, subj[-1].j) if subj else q  # انتقد X، في كلمة ...، Y
        if subj and obj_start == subj[-1].j and entry.needs and normalize(entry.past or "") in _DEMANDS \
                and obj_start < len(s.words) and s.words[obj_start].punct in ("،", ",") \
                and s.norms[obj_start] in _ASIDE_OPENERS:
            close = next((x for x in range(obj_start + 1, min(len(s.words), obj_start + 8))
                          if s.words[x].punct_before), None)
            if close is not None and s.words[close].punct in ("،", ",") \
                    and not any(x in s.covered for x in range(obj_start, close)):
                obj_start = close  # طالب X، في قرار غير ملزم صدر الخميس، Y بالإفراج: past the aside
        if len(subj) == 1 and rel == "visit" and (members := _delegation_members(s, subj[0])):
            obj_start = max(obj_start, members[-1].j)  # زار وفد من X برئاسة Y المملكة: past its head
        if subj and obj_start != subj[-1].j and obj_start < len(s.words) and (
                s.norms[obj_start] in _ASIDE_OPENERS or _at_venue(s.norms[obj_start])):
            venue = obj_start
            obj_start = _after_aside(s, obj_start)  # استقبل X، الأحد، بمقر الرئاسة، Y: two asides
            if rel in ("host", "meet") and _at_venue(s.norms[venue]) \
                    and any(s.words[k].punct_before for k in range(venue + 1, obj_start + 1)) \
                    and not s.words[venue + 1].punct_before:
                # استقبل X، الإثنين، بقصر الاتحادية Y، الذي ...: the venue has no closing comma;
                # the object follows its name
                k = venue + 1
                while k < len(s.words) and k - venue <= 3 and not s.words[k].punct_before and (
                        (k in s.covered and s.covered[k].type in (ActorType.country, ActorType.location))
                        or (k not in s.covered and s.norms[k].startswith("ال"))):
                    k += 1
                obj_start = k
        if not subj and q < len(s.words) and s.norms[q] in _STYLE_PRONOUNS:
            # وبحث سموه مع X: "His Highness" is the person last named with that
            # style (صاحب السمو X), else the person just named
            styled = _styled_person(s, s.norms[q], q)
            subj = [Mentioned(q, q + 1, styled[0], ActorType.person, "", styled[1])] if styled else \
                [m for m in (last_subject or carried or []) if m.type is ActorType.person][:1]
            obj_start = q + 1
            partner = s.at.get(q + 1)
            if subj and partner is not None and s.norms[q + 1][:1] == "و" and partner.clitic.startswith("و") \
                    and partner.actor != subj[0].actor and not s.words[q + 1].punct_before:
                subj = subj + [partner]  # وعقد جلالته وأمير قطر مباحثات: the two
                obj_start = partner.j
            elif subj and q + 1 < len(s.words) and s.norms[q + 1][:1] == "و" and not s.words[q + 1].punct_before \
                    and s.norms[q + 1][1:] in _STYLE_PRONOUNS \
                    and (other := _styled_person(s, s.norms[q + 1][1:], q + 1)) and other[0] != subj[0].actor:
                # وعقد سموه ودولته جلسة مباحثات: His Highness and His Excellency, the two
                subj = subj + [Mentioned(q + 1, q + 2, other[0], ActorType.person, "و", other[1])]
                obj_start = q + 2
        if not subj and tf.pos == "verb" and p >= 2 and s.norms[p - 1] == "قد" and s.norms[p - 2] in _STYLE_PRONOUNS \
                and (styled := _styled_person(s, s.norms[p - 2], p - 2)) and _fits_style(s, s.norms[p - 2], styled[0]):
            # وكان سموه قد استقبل ... Y: His Highness, named before with that style
            subj = [Mentioned(p - 2, p - 1, styled[0], ActorType.person, "", styled[1])]
            obj_start = q
        if tf.pronoun and tf.pos == "verb" and q < len(s.words) and s.norms[q] in ("علي", "عن", "الي") \
                and p > 0 and s.norms[p - 1] in _WHERE and s.norms[p].endswith("ه") \
                and last_subject and getattr(s, "last_object", None) \
                and last_subject[0].type is ActorType.person and s.last_object[0].type is ActorType.person \
                and last_subject[0].actor != s.last_object[0].actor:
            # والتقى X الرئيس Y في الكرملين، حيث شكره على ...: X thanked Y (no doer after the verb)
            return last_subject[:1], s.last_object[:1]
        if tf.pronoun and tf.pos == "verb" and (last_subject or carried) and rel != "agree" \
                and s.norms[p] not in _PARTICIPLES \
                and (s.norms[p][:1] in "وف" or s.words[p].punct_before or p == cs
                     or (p > 0 and s.norms[p - 1] in _CHAIN_WORDS)
                     or (rel in ("host", "meet") and p > 1 and s.norms[p - 1] == "ان" and s.norms[p - 2] in _TIME_CONJ)
                     or _time_opened(s, p, cs)) \
                and not (p > 0 and s.norms[p - 1] in _RELATIVE):  # (حيث استقبله X; قبل أن يستقبله X)
            # واستقبله (لدى وصوله) X: the pronoun is the one just named, the
            # doer follows the verb (after an adverbial, if any)
            doer = subj or _doer_after_adverbial(s, q)
            referent = last_subject or carried
            if rel in ("host", "meet") and referent and referent[0].type is not ActorType.person \
                    and s.norms[p].endswith("ه") and not s.norms[p].endswith(("هم", "هما")):
                # خلال زيارة أجراها X إلى القاهرة، حيث استقبله Y: "him" is the man who came,
                # not the state that signed
                man = [m for m in s.mentions if m.j <= p and m.type is ActorType.person
                       and (not doer or m.actor != doer[0].actor)][-1:]
                referent = man or referent
            if doer and referent and doer[0].actor not in {m.actor for m in referent} \
                    and not _object_by_marker(s, doer[-1].j, [m for m in markers if m], doer[-1].j):
                return doer, referent[:1]
        if tf.pronoun and tf.pos == "verb" and not (last_subject or carried) and rel in ("host", "meet") \
                and p > 0 and s.norms[p - 1] in _WHERE and not s.norms[p].endswith(("هم", "هما")):
            # كان X أول الواصلين إلى ...، حيث استقبله Y: "him" is the sentence's own person
            doer = subj or _doer_after_adverbial(s, q)
            topic = [m for m in s.mentions if m.j <= p and m.type is ActorType.person and not s.prep_before(m)][:1]
            if doer and topic and doer[0].type is ActorType.person and doer[0].actor != topic[0].actor:
                return doer[:1], topic
        if tf.pronoun and tf.pos == "verb" and rel in ("host", "meet") and p > 0 \
                and s.norms[p - 1] in _AFTER_WHICH and not s.norms[p].endswith(("هم", "هما", "ها")) \
                and (visitor := (s.memory or {}).get("visitor")) and visitor[0] in s.mentions:
            # إن زيارة X إلى الرياض ... أعادت الدفء، بعدما استقبله Y: "him" is the visitor
            doer = subj or _doer_after_adverbial(s, q)
            if doer and doer[0].type is ActorType.person and doer[0].actor != visitor[0].actor:
                return doer[:1], visitor[:1]
        if not subj and Relation(rel).symmetric and q + 1 < len(s.words) and s.norms[q] in _DURING_IT \
                and s.norms[q + 1] in _THE_TWO_SIDES and not s.words[q + 1].punct_before:
            pair = _two_sides(s, p, s.norms[q + 1], q + 1)
            if len(pair) == 2:
                return pair[:1], pair[1:]  # اجتماعا مع Y، اتفق خلاله الجانبان على ...
        visit = getattr(s, "last_visitor", None)
        if not subj and rel == "meet" and visit and q < len(s.words) and s.norms[q] in _IN_IT \
                and 0 < p - visit[1] <= 4 and any(f in _VISIT_NOUNS for f in s.words[visit[1]].forms) \
                and not any(s.words[k].punct_before for k in range(visit[1] + 1, p + 1)):
            last_subject = visit[0]  # خلال زيارة إلى كابل التقى فيها Y: the visitor, past the destination
        if not subj and last_subject and q < len(s.words) and (s.norms[q] in _DURING_IT or (
                s.norms[q] in _IN_IT and rel == "meet" and (visit and last_subject is visit[0] or (
                    getattr(s, "last_rel", None) is Relation.visit
                    and p > 0 and any(f in _VISIT_NOUNS for f in s.words[p - 1].forms))))):
            # في زيارة رسمية يلتقي خلالها X / في زيارة التقى فيها X: the visitor meets X
            came = last_subject[:1] + _companions(s, p) if getattr(s, "last_rel", None) is Relation.visit else []
            if rel == "meet" and _dual_verb(s.words[p], entry) and len({m.actor for m in came}) == 2 \
                    and all(m.type is ActorType.person for m in came):
                # زيارة إلى كابل قام بها X برفقة Y، التقيا خلالها Z: the two who came meet Z
                met = [m for m in _object_by_marker(s, q + 1, [""], q + 1, window=4)
                       if m.type is ActorType.person and m.actor not in {c.actor for c in came}]
                return (came, met[:1]) if met else ([], [])
            if Relation(rel).symmetric and s.last_object and _dual_verb(s.words[p], entry) \
                    and s.last_object[0].actor != last_subject[0].actor:
                return _dual_pair(s, last_subject)  # لقاء مع Y، اتفقا خلاله: the two
            subj = last_subject
            obj_start = q + 1
            named = s.at.get(q + 1) if q + 1 < len(s.words) and not s.words[q + 1].punct_before else None
            if named is not None and rel in ("congratulate", "support", "oppose") and named.type is ActorType.person \
                    and not s.prep_before(named) and named.j < len(s.words) \
                    and (after := s.at.get(named.j)) is not None and not s.prep_before(after) \
                    and not s.words[named.j].punct_before and after.actor != named.actor:
                return [named], s.coordinated(after)  # محادثات شكر خلالها Y تركيا: Y thanked, in VSO
            if q + 1 < len(s.words) and s.norms[q + 1] in _WITH_HIM:
                # زيارة ... تلبية لدعوة من نظيره Y، وأجرى خلالها معه مباحثات: "him" is the
                # person named last, not the state visited
                him = [m for m in s.mentions if m.j <= p and m.type is ActorType.person
                       and m.actor not in {x.actor for x in subj}][-1:]
                return (subj, him) if him else ([], [])
        if not subj and Relation(rel).symmetric and q < len(s.words) \
                and s.norms[q] in _THE_TWO_SIDES:
            pair = _two_sides(s, p, s.norms[q], q)
            if len(pair) == 2:
                return pair[:1], pair[1:]  # وعقد الجانبان جلسة مباحثات
            if s.norms[q] in _PERSON_DUALS:
                return [], []  # وأجرى الزعيمان ...: two persons the text did not name, no guess
        if not subj and Relation(rel).symmetric and q + 1 < len(s.words) and s.norms[q] in _HEADS_OF_BOTH \
                and s.norms[q + 1] in _BOTH_STATES and not s.words[q + 1].punct_before:
            pair = _two_sides(s, p, normalize("الزعيمان"), q)
            if len(pair) == 2 and all(m.type is ActorType.person for m in pair):
                return pair[:1], pair[1:]  # وتباحث قائدا البلدين: the two heads just named, as الزعيمان
        if not subj and Relation(rel).symmetric and q + 1 < len(s.words) and s.norms[q] in _TWO_HOLDERS \
                and s.norms[q + 1] in _SHARED_OFFICES and not s.words[q + 1].punct_before:
            # وعقد رئيسا الوزراء / وزيرا الخارجية جلسة مباحثات: the two holders just named
            dual = normalize("الوزيران") if s.norms[q].startswith("وزير") else normalize("الزعيمان")
            pair = _two_holders(s, p, s.norms[q + 1]) or _two_sides(s, p, dual, q)
            if len(pair) == 2 and all(m.type is ActorType.person for m in pair):
                return pair[:1], pair[1:]
        if rel == "agree" and tf.tense == "present" and entry.past and normalize(entry.past) == "اتفق" \
                and any(s.norms[k] in ("ان", "بان") for k in range(max(0, p - 4), p)) \
                and q + 1 < len(s.words) and s.norms[q] == "علي" and s.norms[q + 1] in _SHARED_VIEWS:
            return [], []  # مشيرا إلى أن البلدين الشقيقين يتفقان على رفض ...: a view they share, said of them
        sides = p - 2 if p > 1 and s.norms[p - 1] in ("قد", "لقد", "لم", "لن") else p - 1
        if sides >= 1 and s.norms[sides] in _PAIR_EPITHETS and s.norms[sides - 1] in _THE_TWO_SIDES \
                and not s.words[sides + 1].punct_before and not (sides >= 2 and s.norms[sides - 2] in _PREPS):
            sides -= 1  # أن البلدين الشقيقين يتفقان: the pair word, its epithet between
        # (وكان البلدان قد وقعا، غير أن الطرفين لم يوقعا)
        if not subj and Relation(rel).symmetric and _dual_verb(s.words[p], entry) \
                and sides >= 0 and s.norms[sides] in _THE_TWO_SIDES:
            pair = _two_sides(s, sides, s.norms[sides], sides)  # إن الزعيمين سيبحثان
            if len(pair) == 2 and {m.type for m in pair} == {ActorType.person, ActorType.country}:
                pair = _as_states(pair, s)  # الجانبان لم يتفقا after X's visit to Y: X's state and Y
            return (pair[:1], pair[1:]) if len(pair) == 2 and pair[0].actor != pair[1].actor else ([], [])
        if not subj and Relation(rel).symmetric and _dual_verb(s.words[p], entry) \
                and sides >= 0 and s.norms[sides] in _THE_MEDIATORS:
            return [], []  # وأن الوسيطين سيعقدان جولة مع الجانبين: the mediators, no pair of the parties
        if not subj and Relation(rel).symmetric and _dual_verb(s.words[p], entry):
            # اجتمع X مع Y، واتفقا على ...: the dual verb's doers are the pair just named
            if not _lead_said(s, q, markers):
                return [], []  # وقع X وY عقدا لتقاسم الإنتاج: "a contract", no meeting
            if len(last_subject or ()) == 2 and last_subject[0].actor != last_subject[1].actor:
                return last_subject[:1], last_subject[1:]  # أكد X وY دعمهما لـ Z، واتفقا: X and Y
            if len(s.last_object or ()) == 2 and s.last_object[0].actor != s.last_object[1].actor \
                    and all(m.type is ActorType.person for m in s.last_object):
                return s.last_object[:1], s.last_object[1:]  # استقبل Z الزعيمين ...، قبل أن يجتمعا: the two
            if last_subject and s.last_object:
                return _dual_pair(s, last_subject)
            pair = _last_two_actors(s, p)
            if len(pair) == 2 and all(m.type is ActorType.person for m in pair):
                return pair[:1], pair[1:]
            return [], []
        if not subj and tf.pos == "verb" and not tf.pronoun and p > 1 and s.norms[p - 1] in _BUT_HE \
                and s.words[p - 1].punct_before:
            subj = _said_before(s, p - 1)  # قال X إن ...، لكنه حذّر إيران: "he" who spoke
            if subj and s.norms[p - 1].endswith("ها") and not _feminine_title(s, subj[0]):
                subj = []  # (قال X إن الحكومة ...، لكنها: "she" is not the man who spoke)
        if not subj and _second_charge(s, p) is not None:
            subj = _doer(s, p, s.clause_start(p), last_subject)  # (the accused does the second act too)
            if not subj:
                return [], []
        if not subj:
            chain = p > 0 and (s.norms[p - 1] in _CLAUSE_WORDS or s.norms[p][:1] in "وف"
                               or s.norms[p - 1] in _AND_NOT  # ، ولم يلتق نظيره: the same doer, denied
                               or (s.norms[p - 1] == "ان" and p > 1
                                   and (s.norms[p - 2] in _PLAN_WORDS or s.norms[p - 2] in _TIME_CONJ
                                        or s.norms[p - 2] == "علي")))  # على أن يبحث مع Y
            if last_subject and chain and p > 0 and s.norms[p - 1] in _RELATIVE \
                    and _feminine_past(s.words[p], entry) \
                    and all(m.type is ActorType.person for m in last_subject):
                return [], []  # X انتقد Y لعدم التزامها بالاتفاق الذي وقعته: "she", not X
            if chain and q + 1 < len(s.words) and _unknown_name_at(s, q):
                return [], []  # وحذّر مسقل أديس أبابا: a subject named by a word we do not know
            if (chain or _opens_sentence(s, p)) and q < len(s.words) and s.words[q].forms[-1] in _STATEMENT_NOUNS \
                    and tf.pos == "verb":
                return [], []  # وحذّر البيان الجماعة: the statement speaks, for someone the text named before
            named_body: list[Mentioned] = []
            if (chain or _opens_sentence(s, p)) and tf.pos == "verb" and not tf.pronoun and q < len(s.words) \
                    and q not in s.covered and s.words[q].forms[-1] in _BODY_HEADS_DEFINITE:
                # واتهمت الوزارة X: the ministry named before speaks, never the last man
                named_body = _body_named_before(s, p, s.words[q].forms[-1])
                if not named_body:
                    return [], []
            t = q + 2 if q + 2 < len(s.words) and s.norms[q] in _IN_HIS_PLACE and s.norms[q + 1] in _OF_HIM else q
            if not named_body and chain and tf.pos == "verb" and not tf.pronoun and _unnamed_title_at(s, t) and not any(
                    m.type is ActorType.person and t < m.i <= t + 6
                    and not any(s.words[x].punct_before for x in range(t + 1, m.i + 1)) for m in s.mentions):
                return [], []  # (وتوجه بدلاً منه وزير الخارجية X: another one went, whoever he is)  # فيما ثمّنت وزيرة الخارجية الكينية ...: her own doer, unnamed; not the last one
            if not named_body and last_subject and chain and Relation(rel).symmetric and len(last_subject) == 2 \
                    and _dual_verb(s.words[p], entry) and last_subject[0].actor != last_subject[1].actor \
                    and _lead_said(s, q, markers):
                return last_subject[:1], last_subject[1:]  # X وY يؤكدان دعمهما لـ Z ويتفقان: X and Y
            if not named_body and last_subject and chain and Relation(rel).symmetric and s.last_object \
                    and _dual_verb(s.words[p], entry) and s.last_object[0].actor != last_subject[0].actor:
                return _dual_pair(s, last_subject)  # عقد X لقاء مع Y، اتفقا خلاله: the two
            if named_body:
                subj = named_body
            elif last_subject and chain:
                subj = _speaker_back(s, p, last_subject, rel) or last_subject
                if subj is last_subject and len(subj) == 1 and not Relation(rel).symmetric \
                        and s.last_object and s.last_object[0].actor != subj[0].actor \
                        and s.last_object[0].type is subj[0].type and _dual_verb(s.words[p], entry):
                    subj = subj + s.last_object[:1]  # التقى X نظيره Y، وأشادا بـ Z: both praise Z
            elif carried and _opens_sentence(s, p) and not (q + 1 < len(s.words) and _unknown_name_at(s, q)) \
                    and not (tf.pos == "verb" and (_unnamed_title_at(s, q) or _titled_person_at(s, q)
                                                   or _unnamed_body_at(s, q))):
                # (وحذّر الأمين العام للمنظمة X من ...: a title right after the
                # verb that opens the sentence is its own doer, unnamed here)
                subj = carried
            elif not last_subject and ((s.norms[p][:1] == "و" and s.words[p].punct in ("،", ",")) or (
                    p > 0 and s.norms[p - 1] == _AS_ALSO and s.words[p - 1].punct in ("،", ",")
                    and not s.words[p].punct_before)) \
                    and tf.pos == "verb" and not tf.pronoun:
                # شارك X في قمة ...، والتقى على هامشها Y: the one person of the
                # sentence so far, when no relation before named a subject
                people = {m.actor: m for m in s.mentions if m.j <= p and m.type is ActorType.person
                          and not s.prep_before(m)}
                first = next(iter(people.values()), None)
                opening = s.clause_start(first.i) if first is not None else 0
                if len(people) == 1 and first.i - opening <= 2 \
                        and not any(opening <= m.i and m.j <= first.i and m.type is not ActorType.location
                                    for m in s.mentions if m is not first):
                    subj = [first]  # (the sentence opens on its verb and this subject)
    if not subj and rel == "agree" and tf.pos == "verb" and not tf.pronoun and p > 0 \
            and (p - 1) not in s.covered and not s.words[p].punct_before:
        # اتفاقية إطارية للتعاون وُقّعت في أنقرة بين X وY: a passive relative, the sides after بين
        at = next((k for k in range(q, min(len(s.words), q + 4)) if s.norms[k] == "بين"
                   and not any(s.words[x].punct_before for x in range(q, k + 1))), None)
        pair = _between(s, at, 2) if at is not None else []
        if len(pair) >= 2:
            return pair[:1], pair[1:]
    if not subj and _first_person(s.words[p], tf):
        subj = _quote_speaker(s, p)  # وقال X: «لم نجر أي محادثات مع الجانب المغربي»: X
        obj_start = q
    if not subj:
        return [], []
    role_at = subj[-1].j if subj else len(s.words)
    if rel == "appoint" and tf.pos == "verb" and not before and role_at < len(s.words) \
            and s.norms[role_at] in _RELATIVE and s.words[role_at].punct_before:
        # عُيّن X، الذي شغل سابقا منصب سفير ...، نائبا لوزير الخارجية: past the relative clause
        role_at = next((x for x in range(role_at + 1, min(len(s.words), role_at + 16))
                        if s.words[x].punct_before and s.words[x].punct in ("،", ",")), role_at)
    if rel == "appoint" and tf.pos == "verb" and not before and subj[0].type is ActorType.person \
            and role_at < len(s.words) and role_accusative(s.norms[role_at]) and role_at not in s.covered:
        # (عيّن X وزيرة التجهيز Y: a woman's title opens the object, no role of a passive)
        # عُيّن X سفيرا لـ ...، بموجب مرسوم وقعه Y: the passive (the active has an
        # object before the role); the appointer is the decree's
        appointer = _decree_appointer(s, role_at)
        return (appointer, subj[:1]) if appointer and appointer[0].actor != subj[0].actor else ([], [])
    if rel == "agree" and _opinion_follows(s, q):
        return [], []
    if rel == "agree" and tf.tense == "present" and entry.past and normalize(entry.past) == "اتفق" \
            and not s.words[p].forms[-1].endswith(("ان", "ون")):
        # ويتفق الباحث مع X على ...: sharing a view, not reaching an agreement
        # (the dual or plural of a headline, تتفقان على, is the event)
        return [], []
    if Relation(rel).symmetric and not before and not subj and q < len(s.words) \
            and s.norms[q] in _THE_TWO_SIDES:
        pair = _two_sides(s, p, s.norms[q], q)
        if len(pair) == 2:
            return pair[:1], pair[1:]  # وعقد الجانبان جلسة مباحثات
    if Relation(rel).symmetric and len(subj) >= 2 and markers and all(" " in m for m in markers) \
            and not any(w in {_marker_words(m)[0] for m in markers}
                        for k in range(q, min(len(s.words), _after_aside(s, subj[-1].j) + 12))
                        for w in s.words[k].forms):
        return [], []  # تجري القوات X و Y مناورات: أجرى is a meeting only with محادثات/لقاء ...
    if Relation(rel).symmetric and len(subj) >= 2:
        # اتفقت السعودية وإيران على ... / السعودية وإيران تتفقان على ...: the
        # coordinated subjects are the pair.
        end = max(m.j for m in subj)
        partner = s.at.get(end + 1) if end < len(s.words) and s.norms[end] == "مع" \
            and not s.words[end].punct_before else None
        if partner is None and tf.pos == "verb" and "مع" in markers and p < end:
            # وقعت X وY، أمس، خطة استجابة مشتركة مع Z: each signed with Z
            k0 = _after_aside(s, end)
            with_at = next((k for k in range(k0, min(len(s.words) - 1, k0 + 5))
                            if s.norms[k] == "مع" and not s.words[k].punct_before), None)
            if with_at is not None and with_at > k0 and (all(
                    k not in s.covered and (k == k0 or not s.words[k].punct_before) and s.norms[k] not in _PREPS
                    and not any(tf2.entry.relation not in (tf.entry.relation, Relation.cooperate)
                                for f in s.words[k].forms for tf2 in s.lex.trigger_forms.get(f, ()))
                    # (اتفاقية تعاون مع Z: the document's kind)
                    for k in range(k0, with_at)) or _with_after_when_where(s, k0) == with_at):
                # (يجتمع X وY الشهر المقبل في انجامينا مع Z: past a time and a place, each meets Z)
                partner = s.at.get(with_at + 1)
        if partner is None and tf.pos == "verb" and p >= end and (m := s.at.get(q)) is not None \
                and s.prep_before(m) in ("ب", "مع") and s.prep_before(m) in markers and not s.words[q].punct_before:
            partner = m  # توجه X ونظيراه إلى موسكو، حيث اجتمعوا بوزير الدفاع Z: each with Z
        leads = {_marker_words(m)[0] for m in markers if len(_marker_words(m)) > 1 and _marker_words(m)[-1] == "مع"}
        if partner is None and tf.pos == "verb" and leads and p < end:
            # عقد وزراء خارجية فرنسا X وبريطانيا Y، ومعهم Z، اجتماعا استمر ساعات مع W: each with W
            lead = next((k for k in range(end, min(len(s.words), end + 12))
                         if any(w in leads for w in s.words[k].forms)), None)
            with_at = next((k for k in range(lead + 1, min(len(s.words) - 1, lead + 8)) if s.norms[k] == "مع"
                            and not any(s.hard_break(x) for x in range(lead + 1, k + 1))), None) \
                if lead is not None else None
            partner = s.at.get(with_at + 1) if with_at is not None else None
        if partner is None and rel == "meet" and tf.pos == "verb" and "" in markers and p < subj[0].i:
            # التقى X وY (في كييف) Z: each met Z, the verb's object after the pair
            met = [m for m in _object_by_marker(s, end, [""], end, window=5) if m.type is ActorType.person]
            if met and not any(s.words[k].punct_before for k in range(end, met[0].i + 1)) \
                    and not {m.actor for m in met} & {m.actor for m in subj}:
                return subj, met
        if partner is None and rel in ("meet", "host") and tf.pos == "verb" and p > 1 \
                and s.norms[p - 1] == "ان" and s.norms[p - 2] == "علي" and last_subject and len(last_subject) == 1 \
                and last_subject[0].type is ActorType.person and last_subject[0].actor not in {m.actor for m in subj} \
                and all(m.type is ActorType.person for m in subj):
            # يصل X إلى بيروت، على أن يلتقي الرئيس Y ورئيس الحكومة Z: X meets them both
            return last_subject, subj
        if partner is None and rel == "meet" and tf.pos == "verb" and not tf.pronoun and p < subj[0].i \
                and s.norms[p][:1] == "و" and s.words[p].punct in ("،", ",") and last_subject \
                and len(last_subject) == 1 and last_subject[0].type is ActorType.person \
                and last_subject[0].actor not in {m.actor for m in subj} \
                and all(m.type is ActorType.person for m in subj):
            # وصل X إلى دمشق، والتقى الرئيس Y ووزير الخارجية Z: the clause's doer goes on,
            # the pair are whom he met (not Y meeting Z)
            return last_subject, subj
        if partner is not None and partner.actor not in {m.actor for m in subj} \
                and partner.type is not ActorType.location:
            return subj, [partner]  # تعاون الجانبين الروسي والأوكراني مع الدوحة: each with Doha
        if tf.pos == "verb" and q < len(s.words) and s.norms[q] in _ONE_DELEGATION \
                and all(m.j <= p for m in subj):
            return [], []  # التقى X وY Z، وبحث الوفد معها: the delegation's members are one side
        return subj[:1], subj[1:]
    chained = not before and subj is last_subject
    pron_prep = _PRONOUN_PREPS.get(s.norms[q]) if q < len(s.words) else None
    last_person = s.last_object if s.last_object and all(
        m.type is ActorType.person for m in s.last_object) else getattr(s, "last_person_object", None)
    if chained and last_person and (tf.pronoun or pron_prep in markers or (
            pron_prep and any(m.split()[-1:] == [pron_prep] for m in markers))):
        # التقى X Y وهنأه / وبحث معه / وأجرى معه محادثات: the pronoun is the last
        # person object
        if tf.pronoun and p > 1 and s.norms[p - 1] in _RELATIVE and (p - 2) not in s.covered \
                and s.norms[p - 2].startswith("ال") and not s.words[p - 1].punct_before:
            return [], []  # فحوى الرسالة التي تلقاها: "it" is the letter the relative names, no person
        if rel == "host" and tf.pronoun and p > 0 and s.norms[p - 1] in _WHERE:
            return [], []  # زار شنغهاي حيث استقبله Z: "him" is the one who came, Z a name we miss
        if tf.pronoun and q < len(s.words) and s.norms[q] in _EXCEPT:
            return [], []  # فلم يستقبله سوى وزير الخارجية Z: the doer is the one after "but", unread
        if last_person[0].actor == subj[0].actor:
            # حيث كان Y في استقباله، وعقد معه ...: the guest goes on, "him" is the host
            last_person = [m for m in getattr(s, "last_pair", []) if m.actor != subj[0].actor
                           and m.type is ActorType.person][:1]
            if not last_person:
                return [], []
        if tf.pronoun and s.words[p].norm.endswith("ها") and len(subj) == 1 and len(last_person) == 1 \
                and _feminine_title(s, subj[0]) and not _feminine_title(s, last_person[0]):
            # تلقت X اتصالا من Y، هنأها خلاله: "her" is X, so he (Y) is the doer
            return last_person, subj
        if tf.pronoun and rel == "congratulate" and len(last_person) == 1 and last_person[0].i > 0 \
                and (s.norms[last_person[0].i - 1] == "من" or (
                    last_person[0].i > 1 and s.norms[last_person[0].i - 2] == "من"
                    and s.norms[last_person[0].i - 1] in _KIN_POSSESSED)) \
                and any(not _RECEIVES.isdisjoint(s.words[k].forms) for k in range(s.clause_start(last_person[0].i),
                                                                             last_person[0].i)):
            # تلقى X اتصالا هاتفيا من (أخيه) Y، هنأه خلاله: "him" is the one called, Y the caller
            return last_person, subj
        return subj, last_person
    if pron_prep and subj and p > 0 and s.norms[p - 1] in _RELATIVE and (pron_prep in markers or any(
            m.split()[-1:] == [pron_prep] for m in markers)):
        # كان في استقباله X، الذي عقد معه جلسة مباحثات: "him" is the other one of
        # the pair just related
        other = [m for m in getattr(s, "last_pair", []) if m.actor != subj[0].actor
                 and m.type is ActorType.person][:1]
        if other:
            return subj, other
    obj = []
    harmed = rel == "oppose" and obj_start < len(s.words) and obj_start not in s.covered \
        and not _HARMED.isdisjoint(s.words[obj_start].forms)
    if harmed:
        # أدانت مصر اغتيال X / استهداف القوات الأمريكية: the genitive of a harming
        # act is its victim; only a doer named as such (الذي شنته Y، من قبل Y) is opposed
        return subj, _agent_of_act(s, obj_start + 1) or _named_agent(s, obj_start)
    if rel == "oppose" and "" in markers and obj_start + 1 < len(s.words) \
            and obj_start not in s.covered and (obj_start + 1) in s.demonyms \
            and (obj_start + 1) not in s.covered and not s.words[obj_start + 1].punct_before:
        # انتقدت X العقوبات الأمريكية، معتبرة ...: the state of the act right after the
        # verb, before any name further on
        state = s.demonyms[obj_start + 1]
        obj = [Mentioned(obj_start + 1, obj_start + 2, state, ActorType.country, "", state)]
        if not _ARMED_BANDS.isdisjoint(s.words[obj_start].forms):
            return [], []  # البنتاغون يتوعد الفصائل العراقية: armed groups of that nationality, not its state
        if not _FIRM_NOUNS.isdisjoint(s.words[obj_start].forms):
            # وانتقد X الشركة الإماراتية: the company of that state named before, never the state
            firm = next((m for m in reversed(list(s.context) + [x for x in s.mentions if x.j <= obj_start])
                         if getattr(s.lex.organizations.get(m.actor), "country", None) == state
                         and getattr(s.lex.organizations.get(m.actor), "kind", None) == "company"), None)
            return (subj, [Mentioned(obj_start, obj_start + 2, firm.actor, firm.type, "", state)]) \
                if firm is not None and subj and firm.actor != subj[0].actor else ([], [])
    if not obj and rel == "meet" and "" in markers and obj_start + 1 < len(s.words) \
            and s.norms[obj_start] in _UNNAMED_OFFICIALS and not s.words[obj_start + 1].punct_before \
            and (state := s.demonyms.get(obj_start + 1) or _people_demonym(s, obj_start + 1)):
        # التقى X مسؤولين إسرائيليين في العاصمة الأذربيجانية: the officials' state, not the venue's
        obj = [Mentioned(obj_start + 1, obj_start + 2, state, ActorType.country, "", state)]
    # (استقبل X، title، venue، Y: a long window); اعترفت X بفلسطين: the object; حل X بالرباط: visited
    praised_at = obj_start
    while praised_at < len(s.words) - 1 and s.norms[praised_at] in _TIME_WORDS and praised_at not in s.covered:
        praised_at += 1  # (أشاد X الخميس بمصر: the day, then the praised state)
    obj = obj or _object_by_marker(s, obj_start, [m for m in markers if m or not (tf.pronoun and tf.pos == "verb" and rel == "host")],
                                   # (استضافتها الدوحة بوساطة قطرية تركية: the pronoun is the object)
                                   obj_start, window=16 if rel == "host" else 10,
                                   b_is_place="object" if rel == "visit" else rel not in ("cooperate", "support") and not (
                                       # أشاد X بتركيا: the praised state right after, no place
                                       rel == "congratulate" and praised_at in s.at
                                       and s.prep_before(s.at[praised_at]) == "ب"))
    if not obj and rel == "visit" and subj and obj_start > subj[-1].j and s.words[subj[-1].j].punct_before \
            and all(s.norms[k] in _TIME_WORDS for k in range(subj[-1].j, min(subj[-1].j + 2, len(s.words)))
                    if k not in s.covered and s.norms[k][:1] not in "بل"):
        # حلّ X، مساء الاثنين بنواكشوط،: the destination inside the time aside the subject ends on
        obj = [m for m in _object_by_marker(s, subj[-1].j, markers, subj[-1].j, window=obj_start - subj[-1].j,
                                            b_is_place="object") if m.i < obj_start]
    if not obj and rel == "meet" and tf.pos == "verb" and obj_start + 1 < len(s.words) and s.norms[obj_start] == "مع" \
            and (partner := s.at.get(obj_start + 1)) is not None and partner.i == obj_start + 1 \
            and partner.type in (ActorType.person, ActorType.country, ActorType.organization):
        # أجرى X مع Y (على انفراد) محادثات: the talks' noun after their partner
        leads = {_marker_words(m)[0] for m in markers if len(_marker_words(m)) > 1 and _marker_words(m)[-1] == "مع"}
        if any(not leads.isdisjoint(s.words[k].forms)
               for k in range(partner.j, min(len(s.words), partner.j + 4)) if not s.words[k].punct_before):
            obj = s.coordinated(partner)
    closing = next((b for a, b, _ in s._relatives() if a == p - 1), None) if p > 0 else None
    if closing is not None and obj and obj[0].i >= closing:
        obj = []  # X، الذي تستضيف بلاده القمة المقبلة، نظيره Y: the clause ends at its comma
    if obj and rel in ("meet", "host") and tf.pos == "verb" and obj[0].i > obj_start \
            and not _SITES.isdisjoint(s.words[obj[0].i].forms):
        obj = []  # والتقى Y، وناقش الجانبان تأهيل مطار طهران الدولي: an airport, where no one is met
    if not obj and rel == "visit" and "" in markers and obj_start < len(s.words) \
            and not _SITES.isdisjoint(s.words[obj_start].forms):
        # زار X قاعدة عسكرية بريطانية في قبرص / مخيم الزعتري في الأردن: the state of the site
        town = s.at.get(obj_start + 1) if obj_start + 1 < len(s.words) else None
        if town is not None and town.i == obj_start + 1 and town.type is ActorType.location and town.place \
                and not s.words[obj_start + 1].punct_before:
            obj = [town]  # زار X مدينة العريش: the city named, so its state
        for k in range(obj_start + 1, min(len(s.words) - 1, obj_start + 6)):
            if obj:
                break
            if s.hard_break(k) or s.words[k].punct_before:
                break
            if s.norms[k] == "في" and (k + 1) in s.at:
                m = s.at[k + 1]
                if m.type in (ActorType.country, ActorType.location) and m.i == k + 1:
                    obj = [m]
                break
    if not obj and chained and rel == "meet" and getattr(s, "last_rel", None) is Relation.visit \
            and s.last_object and all(m.type is ActorType.country for m in s.last_object) \
            and s.norms[p][:1] in "وف" and not any(
                s.norms[k] == "مع" for k in range(q, min(len(s.words), q + 5))
                if not any(s.words[x].punct_before for x in range(q, k + 1))):
            # (واجتمع فور وصوله مع رئيس الشركة: someone else, unnamed, not the state visited)
        # زار X تركيا وناقش قضايا ...: the talks were with the state visited
        return subj, s.last_object
    if not obj and rel == "congratulate":
        # أشاد X بدور المغرب / بجهود قطر / خلال الاجتماع بمساهمة ألبانيا: the state
        # whose role is praised
        k = obj_start + 2 if obj_start + 1 < len(s.words) and s.norms[obj_start] in ("خلال", "في") \
            and obj_start + 1 not in s.covered else obj_start
        if k == obj_start + 2 and k < len(s.words) and s.norms[k][:1] != "ب" and s.words[k].prefix != "ب":
            # أشاد X في كلمة متلفزة بـ«الشراكة»: a longer adverbial before what he praised
            k = next((x for x in range(k, min(len(s.words) - 1, obj_start + 5))
                      if (s.norms[x][:1] == "ب" or s.words[x].prefix == "ب")
                      and any(f in _MERITS or f in _PARTNERSHIPS for f in s.words[x].forms)
                      and not any(y in s.covered or s.words[y].punct_before for y in range(obj_start + 1, x))), k)
        called = k + 3 < len(s.words) and s.norms[k] in ("بما",) and s.norms[k + 1] in _CALLED
        if called:
            k += 2  # أشاد X بما وصفه بـ«الدعم الروسي» / بما سماه «الموقف التركي»: what he praised
        if k < len(s.words) - 1 and any(f in _MERITS for f in s.words[k].forms) \
                and (s.norms[k][:1] == "ب" or s.words[k].prefix == "ب" or called
                     or (not entry.objects or entry.objects == [""]) and s.words[k].norm in _MERITS):
            # (بـ«كرم الأردن»؛ مثمنا دور ماليزيا: a verb that takes the merit directly)
            m = s.at.get(k + 1)
            whole = s.at.get(k)
            if whole is not None and whole.type is ActorType.country and whole.j > k + 1:
                obj = [whole]  # أشاد X بالموقف المصري: the position read as the state's own
            elif m and len(joined := _demonyms_from(s, k + 1)) > 1:
                obj = joined  # أشاد X بالوساطة السعودية والأمريكية: السعودية is an adjective here too
            elif m and m.type is not ActorType.location and not s.prep_before(m):
                obj = s.coordinated(m)  # أشاد X بدور مصر وقطر: each (بجهود الرئيس التشادي: him)
            elif m is None and (s.norms[k].startswith("بال") or (called and s.words[k].norm.startswith("ال")) or (
                        s.words[k].norm.startswith("ال") and (not entry.objects or entry.objects == [""]))) \
                    and (k + 1) not in s.covered and not s.words[k + 1].punct_before:
                obj = _demonyms_from(s, k + 1)  # أشاد X بالوساطة القطرية (والمصرية) / ثمّن X الدعم السعودي
            elif m is None and k + 2 < len(s.words) and (k + 1) not in s.covered \
                    and s.norms[k + 1].startswith("ال") and not s.words[k + 1].punct_before \
                    and not s.words[k + 2].punct_before \
                    and not company_word(s.norms[k + 1]):
                # (أشاد X بدور الشركة الفرنسية: a company, not its state)
                # أشاد X بجهود الوساطة السعودية / القطرية: the mediation of that state
                named = s.at.get(k + 2)
                state = named.actor if named is not None and named.type is ActorType.country \
                    and named.j == k + 3 else (_any_demonym(s, k + 2) if (k + 2) not in s.covered else None)
                if state:
                    obj = [Mentioned(k + 2, k + 3, state, ActorType.country, "", state)]
        if not obj and k < len(s.words) - 1 and k not in s.covered \
                and (s.norms[k][:1] == "ب" or s.words[k].prefix == "ب" or called) \
                and not _LETTERS.intersection(s.words[k].forms):  # (بعث X برقية عزاء لـY: a cable, no ب)
            # أشاد X بالانتصار التاريخي لشينباوم: the one the praised thing is of
            obj = _other_party_at(s, k + 1, k + 4, subj, "ل")
            if not obj and rel == "congratulate" and not _PARTNERSHIPS.isdisjoint(s.words[k].forms):
                obj = _other_party_at(s, k + 1, k + 4, subj, "مع")  # أشاد X بالشراكة الصادقة مع تركيا: the partner
            if not obj and rel == "congratulate" and not _MERITS.isdisjoint(s.words[k].forms):
                obj = _other_party_at(s, k + 1, k + 4, subj, "من")  # أشاد X بـ«بادرة إنسانية» من Y: the giver
            if not obj and rel == "congratulate":
                # أشاد X بالإصلاحات (الاقتصادية) التي نفذتها الحكومة المغربية / تنفذها
                # حكومة الرئيس Y: the one who carried out what is praised
                rel_at = next((j for j in range(k + 1, min(len(s.words), k + 4))
                               if s.norms[j] in _RELATIVE and not s.words[j].punct_before), None)
                if rel_at is not None and rel_at + 2 < len(s.words) and rel_at + 1 not in s.at:
                    obj = _other_party_at(s, rel_at + 2, rel_at + 5, subj, "")
                    if not obj and rel_at + 4 < len(s.words) and s.norms[rel_at + 2] in ("به", "بها", "له", "لها") \
                            and s.norms[rel_at + 3] in ("كل", "كلا") and s.norms[rel_at + 4] == "من":
                        obj = _other_party_at(s, rel_at + 5, rel_at + 7, subj, "")  # الذي تضطلع به كل من مصر وقطر
                        obj = s.coordinated(obj[0]) if obj else obj
    if not obj and tf.pronoun and before and p > 0 and s.norms[p - 1] in _RELATIVE:
        # وجهوا رسائل إلى X عبر Y الذي التقاه: ه is the person named before Y
        masc = not s.words[p].norm.endswith(("ها", "هم"))
        ante = before[0]
        prev = next((s.covered[k] for k in range(ante.i - 1, max(-1, ante.i - 15), -1)
                     if k in s.covered and s.covered[k].actor != ante.actor
                     and (s.covered[k].type is ActorType.person) == masc), None)
        if prev is not None:
            return subj, [prev]
    if not obj and rel in ("oppose", "congratulate"):
        # دانت X الهجوم الذي شنته Y / أشاد X بالإصلاحات التي نفذتها Y: the doer of the act
        obj = _agent_of_act(s, obj_start)
        acts = s.memory.setdefault("acts", {}) if s.memory is not None else {}
        act = s.words[obj_start].forms[-1] if obj_start < len(s.words) else ""
        if obj and getattr(s, "last_act", "").startswith("ال"):
            acts[s.last_act] = obj  # the attack, for a later "كما أدانت Z الهجوم"
        elif not obj and act in acts and (obj_start + 1 >= len(s.words)
                                          or s.words[obj_start + 1].punct_before
                                          or s.norms[obj_start + 1] in ("في", "و")):
            obj = acts[act]  # كما أدانت الإمارات وقطر الهجوم: the one just named
    if not obj and rel == "oppose" and obj_start + 1 < len(s.words) and obj_start not in s.covered \
            and (s.norms[obj_start][:1] == "ب" or s.words[obj_start].prefix == "ب") \
            and s.words[obj_start].forms[-1].removeprefix("ب").removeprefix("ال") in _AGENT_ACTS \
            and (doer := s.at.get(obj_start + 1)) is not None and not s.words[obj_start + 1].punct_before \
            and not s.prep_before(doer) and doer.type is not ActorType.location \
            and all(doer.actor != m.actor for m in subj):
        obj = [doer]  # ندد X بخروقات إسرائيل المتواصلة: the genitive of the condemned act is its doer
    if not obj and rel == "oppose":
        # أدانت السعودية الغارات الإسرائيلية / نددت الجزائر بالتدخل الفرنسي:
        # the state of the condemned act
        for k in range(obj_start, min(obj_start + 4, len(s.words))):
            if k > obj_start and s.words[k].punct_before:
                break
            if k in s.demonyms and s.words[k].after_quote:
                break  # اتهمت X كتيبة «سبل السلام» الليبية بدعم Y: a named unit of that state, not the state
            if k in s.demonyms and k - 1 >= obj_start and k - 1 not in s.covered \
                    and not (obj_start == q and _closes_title(s, k)) \
                    and not (s.norms[k - 1] not in _ENVOY_HEADS and any(
                        h.kind == "title" for f in s.words[k - 1].forms for h in s.lex.phrases.get((f,), ()))):
                # (بتصريحات النائب الفرنسي X: one man's words, not his state's act; but
                # استدعت X السفير الصيني: the envoy's state)
                # (فيما حذر وزير الدفاع الكوري: right after the verb, the unnamed doer)
                obj = [Mentioned(k, k + 1, s.demonyms[k], ActorType.country, "", s.demonyms[k])]
                break
            m = s.at.get(k)
            if m is not None and k - 1 >= obj_start and k - 1 not in s.covered \
                    and m.type is not ActorType.location and not s.prep_before(m) and any(
                        tf.pos == "noun" and tf.entry.relation in _DOERS_ACTS
                        for f in s.words[k - 1].forms for tf in s.lex.trigger_forms.get(f, ())):
                obj = [m]  # نددت الصين بزيارة الوفد الأمريكي: the doer of the visit
                break
        if not obj:
            obj = _envoy_state(s, obj_start)  # استدعت X سفير فرنسا / القائم بالأعمال في سفارة فرنسا
        if not obj:
            # عقوبات على مسؤولين إيرانيين / اقتحام ... من قبل مستوطنين إسرائيليين:
            # the state of the people named as target or agent
            for k in range(obj_start, min(obj_start + 12, len(s.words))):
                if s.hard_break(k) or (k > obj_start and s.norms[k] in _CLAUSE_WORDS):
                    break
                if s.norms[k] in ("علي", "قبل") and k + 2 < len(s.words) and s.norms[k + 1] not in _FRONTIERS:
                    state = _people_demonym(s, k + 2)
                    if state:
                        obj = [Mentioned(k + 2, k + 3, state, ActorType.country, "", state)]
                        break
    if not obj and not before and "" in markers and not tf.pronoun:
        # كما هنأ X: with the subject carried over, the one mention is the object.
        chain_subject = carried if _opens_sentence(s, p) else None
        if subj and q < len(s.words) and s.norms[q] in _PERSON_DUALS and subj[0].i > q \
                and Relation(rel).symmetric and not s.words[q].punct_before:
            pair = _two_sides(s, p, s.norms[q], q)  # والتقى الرئيسان Z: the two just named, each
            if len(pair) == 2 and subj[0].actor not in {m.actor for m in pair}:
                return pair, subj
        if chain_subject is None and p > 0 and (s.norms[p][:1] in "وف"
                                                or s.norms[p - 1] in _CHAIN_WORDS
                                                or (p > 1 and s.norms[p - 1] == "ان"
                                                    and (s.norms[p - 2] in _TIME_CONJ or s.norms[p - 2] == "علي"))):
            chain_subject = (_speaker_back(s, p, last_subject, rel) or last_subject) \
                if last_subject else None  # ...، بعد أن التقى X
        if chain_subject is None and p > 0 and ((s.norms[p][:1] in "وف" and s.words[p].punct in ("،", ","))
                                                or (s.norms[p - 1] in ("كما", "ثم") and s.words[p - 1].punct in ("،", ","))):
            # جال X أمس على المقار الرسمية، فالتقى Y / ويشارك X في المنتدى، كما يلتقي Y: the
            # one person the sentence opened on
            people = {m.actor: m for m in s.mentions if m.j <= p and m.type is ActorType.person
                      and not s.prep_before(m)}
            first = next(iter(people.values()), None)
            if len(people) == 1 and first.i - s.clause_start(first.i) <= 2:
                chain_subject = [first]
        if chain_subject and subj and len(subj) == 1 and subj[0].actor not in {
                m.actor for m in chain_subject} and not _title_object_after(s, subj[0].j) \
                and not (rel == "oppose" and subj[0].j < len(s.words) and s.norms[subj[0].j] == "من"
                         and (subj[0].type is ActorType.person or (
                             # (new sentence: وحذرت أثينا من أي نشاط تركي: Athens warns)
                             subj[0].type is ActorType.country and _opens_sentence(s, p)
                             and s.norms[p].endswith("ت")))) \
                and _after_aside(s, subj[0].j) == subj[0].j \
                and not _thing_object_after(s, subj[0].j) \
                and not (subj[0].type is ActorType.person and _opens_with_title(s, subj[0])
                         and all(m.type is not ActorType.person for m in chain_subject)):
            # (X، في كلمة ...،: X is the doer; so is a titled man after a state's act:
            # ... دعم بلاده. وحذّر الأمين العام للمنظمة X من ...)
            more = _then_met(s, subj[-1]) if rel in ("meet", "host") and subj[-1].type is ActorType.person else []
            return chain_subject, subj + more
    if not obj and tf.pronoun:
        return [], []
    if rel in ("meet", "host") and not obj and subj and tf.pos == "verb":
        # التقى X سفراء دول اللجنة الخماسية، وبينهم سفير السعودية Y وسفير مصر Z: those named
        k = next((k for k in range(obj_start, min(len(s.words) - 1, obj_start + 12))
                  if s.norms[k] in _AMONG_THEM and s.words[k].punct in ("،", ",")
                  and not any(x in s.covered and not (s.covered[x].type in (ActorType.country, ActorType.location)
                                                      and s.prep_before(s.covered[x]) in ("في", "ب"))
                              for x in range(obj_start, k))), None) \
            if obj_start < len(s.words) and any(not _GROUPS_MET.isdisjoint(s.words[x].forms) for x in range(
                obj_start, min(len(s.words), obj_start + 4))) and not any(
                s.norms[x] in _WITH_PARTICIPATION or s.norms[x] in _SUMMIT or s.norms[x] in _MEETING_NOUNS
                for x in range(obj_start, min(len(s.words), obj_start + 12))) else None
        # (استضافت روما القمة بمشاركة قادة، بينهم X: a summit hosted, not a guest received)
        among = _attendee_list(s, s.at.get(k + 1)) if k is not None else []
        obj = [m for m in among if m.type is ActorType.person and m.actor not in {x.actor for x in subj}]
    if rel == "meet" and tf.pos == "verb" and not tf.pronoun and subj and len(obj) >= 2 \
            and all(m.i < p and m.type is not ActorType.person for m in subj) \
            and obj[0].i == q and all(m.type is ActorType.person for m in obj):
        # (اختتمت قمة إيغاد دون أن يلتقي X وY: the two named after the verb are the sides,
        # the body whose summit it was meets nobody)
        return obj[:1], obj[1:]
    if rel in ("meet", "host") and obj and obj[-1].type is ActorType.person:
        obj = obj + _then_met(s, obj[-1])  # فالتقى X في بعبدا ثم Y في السراي: both
    if rel == "visit" and not obj and subj and subj[0].i > p and all(
            m.type in (ActorType.country, ActorType.location) for m in subj):
        return [], []  # وفداً من تات نفط زار طرابلس: the place after the verb is where, the visitor unread
    if rel == "agree" and tf.pos == "verb" and subj and obj and (at := next(
            (k for k in range(q, min(len(s.words) - 1, q + 8)) if s.norms[k] == "بين"
             and not any(s.words[x].punct_before for x in range(q, k + 1))), None)) is not None:
        pair = _between(s, at, 3)
        if len(pair) == 2 and {m.actor for m in pair} != {subj[0].actor, obj[0].actor}:
            return [], []  # قد تُوقَّع خلالها حزمة من الاتفاقيات بين البلدين: the two named after بين sign
    return subj, obj


_GROUPS_MET = {normalize(w) for w in ("سفراء", "وفدا", "وفد", "وفودا", "ممثلي", "ممثلين", "قادة", "رؤساء",
                                       "وزراء", "أعضاء", "مسؤولين", "مسؤولي", "نوابا", "نواب", "زعماء")}
_FRONTED_DURING = {normalize(w) for w in ("خلال", "وخلال", "عقب", "وعقب", "في", "وفي", "إثر", "وإثر", "بعد", "وبعد")}
_AMONG_THEM = {normalize(w) for w in ("وبينهم", "بينهم", "ومنهم", "منهم", "وبينهما")}


_CAME = {normalize(w) for w in ("جاء", "وجاء", "جاءت", "وجاءت")}
_THAT_SAID = {normalize(w) for w in ("ذلك", "هذا", "تصريحاته", "تصريحاتها", "كلامه", "كلامها", "الإعلان", "التصريح")}


def _came_during(s: _Sentence, p: int) -> list[Mentioned]:
    """جاء ذلك خلال لقائه Y: "his" is the one whose words the sentence before told."""
    if p > 4 or len(s.words) < 2 or s.norms[0] not in _CAME or s.norms[1] not in _THAT_SAID:
        return []
    return [m for m in (s.carried or []) if m.type is ActorType.person][:1] or [
        m for m in (s.context or []) if m.type is ActorType.person][:1]  # (the first one named: who spoke)


def _then_met(s: _Sentence, m: Mentioned) -> list[Mentioned]:
    """The next person met after ثم: التقى X في بعبدا ثم Y في السراي → [Y]."""
    k = m.j
    if k + 1 < len(s.words) and s.norms[k] in ("في", "ب") and not s.words[k].punct_before:
        # (في قصر معاشيق ثم: past a short place adverbial)
        k = next((x for x in range(k + 2, min(len(s.words), k + 5)) if s.norms[x] == "ثم"
                  and not any(s.words[y].punct_before or (y in s.covered and s.covered[y].type
                                                          is not ActorType.location) for y in range(k + 1, x))), k)
    elif k < len(s.words) and (place := s.at.get(k)) is not None and place.type is ActorType.location \
            and s.prep_before(place) in ("في", "ب"):
        k = place.j
    if k + 1 >= len(s.words) or s.norms[k] != "ثم" or s.words[k].punct_before:
        return []
    nxt = s.at.get(k + 1)
    if nxt is None or nxt.type is not ActorType.person or s.prep_before(nxt):
        return []
    end = nxt.j
    if end < len(s.words) and not (s.words[end].punct_before or s.norms[end] in ("في", "ب", "قبل", "بعد")
                                   or s.norms[end][:1] == "ب" and s.at.get(end) is not None):
        return []  # (ثم الرئيس Y ألقى كلمة: a new clause's subject)
    return [nxt]


# Particles that may open a sentence before a verb whose subject is the one of
# the sentence before: كما التقى، وقد التقى، ثم توجه، وكان قد التقى.
_OPENERS = frozenset(normalize(w) for w in ("كما", "ثم", "وقد", "فقد", "قد", "وكان", "وكانت",
                                             "كان", "كانت"))


def _opens_sentence(s: _Sentence, p: int) -> bool:
    """Only opening particles stand before word ``p`` (or none)."""
    return p <= 2 and all(s.norms[k] in _OPENERS for k in range(p))


_FORCES = frozenset(normalize(w) for w in (
    "قوات", "القوات", "قواعد", "قاعدة", "جنود", "جنودا", "عسكريين", "وحدات", "قطع", "بوارج",
    "مستشارين", "مدربين", "خبراء", "مقاتلين", "مقاتلات", "طائرات", "سفن", "قوة"))


def _forces_hosted(s: _Sentence, q: int) -> list[Mentioned] | None:
    """After a hosting verb: troops, a base or military units (within a few
    words, an adverbial allowed) → their state (قوات مصرية، قاعدة روسية، قوات من
    الجيش التركي), [] when none is named; None when no forces follow."""
    for k in range(q, min(len(s.words), q + 6)):
        if k > q and s.words[k].punct_before:
            return None
        if k in s.covered and _FORCES.isdisjoint(s.words[k].forms):
            return None  # a party first: a reception (قاعدة العديد: a base, named as a place)
        if any(f in _FORCES for f in s.words[k].forms):
            for n in range(k + 1, min(len(s.words), k + 3)):
                if n in s.covered and s.covered[n].place:
                    continue  # (the base's own name)
                state = _any_demonym(s, n) if n not in s.covered else None
                if state:
                    return [Mentioned(n, n + 1, state, ActorType.country, "", state)]
                m = s.at.get(n)
                if m and s.prep_before(m) in ("", "من") and m.type is not ActorType.location:
                    return [m]
            for n in range(k + 3, min(len(s.words), k + 12)):
                # قاعدة العديد التي تضم أكبر وجود عسكري أمريكي: the forces' state
                # named further on, in the same clause
                if s.hard_break(n):
                    break
                state = _any_demonym(s, n) if n not in s.covered else None
                if state and state != (s.at.get(q - 1).actor if s.at.get(q - 1) else None):
                    return [Mentioned(n, n + 1, state, ActorType.country, "", state)]
            return []
    return None


_SAYING = {normalize(w) for w in (
    "قال", "أكد", "نفى", "أوضح", "أعلن", "اعتبر", "رأى", "شدد", "أشار", "ذكر", "أضاف", "كشف",
    "قالت", "أكدت", "نفت", "أوضحت", "أعلنت", "اعتبرت", "شددت", "أشارت", "ذكرت", "أضافت", "كشفت")}


def _unnamed_body_at(s: _Sentence, q: int) -> bool:
    """Word ``q``, right after a verb, opens a body no list knows, described by
    its state (وانتقد المنتدى التونسي للحقوق ...): the verb's own doer."""
    return q + 1 < len(s.words) and q not in s.covered and not s.words[q].punct_before \
        and s.norms[q].startswith("ال") and s.norms[q][2:] in ORG_HEADS and not s.words[q + 1].punct_before \
        and any(h.kind == "demonym" for h in s.lex.phrases.get((s.norms[q + 1],), ()))


def _unknown_name_at(s: _Sentence, q: int) -> bool:
    """Word ``q``, right after a verb, reads as a name no list knows (a surname
    of someone the text named in a form we missed): not a known word, no
    article or preposition, and an actor right after it (the verb's object)."""
    w = s.words[q]
    if q in s.covered or w.punct_before or (q + 1) not in s.at or s.words[q + 1].punct_before \
            or w.norm in _DURING_IT:  # (والتقى خلالها نظيره Y: "during it", no name)
        return False
    if w.norm in ((s.memory or {}).get("unknown") or ()):
        return True  # the surname of a titled name met before
    return w.norm not in STOP_WORDS and not w.norm.startswith(("ال", "لل", "و", "ب", "ل", "ف")) \
        and w.norm not in s.lex.trigger_forms and not s.lex.phrases.get((w.norm,)) \
        and looks_transliterated(w.norm)


def _first_person(word: Word, tf: TriggerForm) -> bool:
    """The verb speaks in the first person (نجري، سنزور، التقينا، التقيت)."""
    entry = tf.entry
    if tf.pos != "verb" or not entry.past or not entry.present:
        return False
    form = word.norm.lstrip("وف")
    form = form[1:] if form.startswith("س") and tf.tense == "future" else form
    if tf.tense in ("present", "future"):
        return form.startswith("ن") and normalize(entry.present)[:1] in ("ي", "ت")
    past = normalize(entry.past)
    # (التقيت، أجريت: "I" only where it differs from "she", التقت، أجرت)
    return form in ({past[:-1] + "ينا", past[:-1] + "يت"} if past.endswith("ي") else {past + "نا"})  # (هنأ is no "we")


def _quote_speaker(s: _Sentence, p: int) -> list[Mentioned]:
    """The person who says what is quoted at ``p``: قال X: «...» / X قال إن ..."""
    for k in range(p - 1, -1, -1):
        if any(f in _SAYING for f in s.words[k].forms):
            after = s.at.get(k + 1) or next(
                (m for m in s.mentions if k < m.i and m.j <= p and m.type is ActorType.person
                 and not s.prep_before(m)), None)  # قالت مسؤولة السياسة الخارجية ... X إنها
            if after is not None and after.type is ActorType.person and after.j <= p:
                return [after]
            before = s.covered.get(k - 1) if k > 0 else None
            if before is not None and before.type is ActorType.person:
                return [before]
            return []
    return []


def _names_government(s: _Sentence, m: Mentioned) -> bool:
    """The state's mention is written as its government (الحكومة اللبنانية)."""
    return m.i < len(s.words) and not _GOVERNMENT.isdisjoint(s.words[m.i].forms) or (
        m.i > 0 and not _GOVERNMENT.isdisjoint(s.words[m.i - 1].forms))


def _said_before(s: _Sentence, k: int) -> list[Mentioned]:
    """Who said what stands before ``k`` (قال X إن ...، لكنه): the person right
    after the last saying verb before it; [] when none is named there."""
    for v in range(k - 1, -1, -1):
        if any(f in _SAYING for f in s.words[v].forms):
            speaker = s.at.get(v + 1)
            return [speaker] if speaker is not None and speaker.type is ActorType.person else []
    return []


def _speaker_back(s: _Sentence, p: int, last_subject: list[Mentioned], rel: str) -> list[Mentioned]:
    """نفى X أن تكون المملكة قد وقعت ...، وحذّر Y: a warning or a praise chained
    after a reported clause is the speaker's (X), not the reported clause's
    subject. [] when the sentence does not read so."""
    if rel not in ("oppose", "congratulate") or not s.words[p].punct_before:
        return []
    inner = last_subject[0].i
    for k in range(inner - 1, 0, -1):
        if s.norms[k] in ("ان", "انه", "انها", "بان") and k < inner:
            for v in range(k - 1, max(-1, k - 12), -1):
                if any(f in _SAYING for f in s.words[v].forms):
                    speaker = s.at.get(v + 1)
                    if speaker and speaker.type is ActorType.person and speaker.j <= k \
                            and speaker.actor != last_subject[0].actor:
                        return [speaker]
                    return []
            return []
    return []


_ASIDE_OPENERS = {normalize(w) for w in (
    "في", "خلال", "على", "أمام", "عقب", "إثر", "أثناء", "لدى", "صباح", "مساء", "أمس", "اليوم",
    "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "بعد",
    "قبل", "وفي", "عبر", "ظهر", "عصر", "فجر", "ليل", "مطلع", "يوم",  # (، يوم الثلاثاء،)
    "بموجب", "وفق", "وفقا", "طبقا", "بناء")}  # (، بموجب مرسوم نشر اليوم ...،)


_MEMBER_WORDS = frozenset(normalize(w) for w in ("عضو", "عضوة", "أحد", "إحدى"))  # X، عضو لجنة ...، Y


def _after_aside(s: _Sentence, k: int) -> int:
    """Past an aside set off by commas right at ``k`` (X، في كلمة أمام البرلمان، Y):
    where what follows the aside starts; ``k`` itself when there is none."""
    if k < len(s.words) and not s.words[k].punct_before and k not in s.covered and (any(
            h.kind == "title" and h.title.kind == "office" for h in s.lex.phrases.get((s.norms[k],), ()))
            or (k > 0 and k - 1 in s.covered and s.norms[k][:1] == "ل" and s.norms[k] not in s.lex.trigger_forms
                and not _purpose(s, k))):
        # X نائب رئيس مجلس الوزراء وزير الدولة لشؤون الدفاع، في مكتبه اليوم، Y: X's second
        # title (no name follows it before the comma), then the aside
        e = next((x for x in range(k + 1, min(len(s.words), k + 12)) if s.words[x].punct_before), None)
        # (نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي، في قصر زعبيل، Y: a ruler's city in his titles)
        titled = any(h.kind == "title" for h in s.lex.phrases.get((s.norms[k],), ()))
        if e is not None and s.words[e].punct in ("،", ",") and not any(
                x in s.at and not (titled and s.at[x].place and s.norms[x - 1] not in _PREPS) for x in range(k, e)) \
                and (s.norms[e] in _ASIDE_OPENERS or _at_venue(s.norms[e])):
            k = e
    while k < len(s.words) and (not s.words[k].punct_before or s.norms[k] in _PRAYERS) and (
            s.norms[k] in _RULER_EPITHETS or s.norms[k] in _PRAYERS or (
                s.norms[k] == "البلاد" and k > 0 and s.norms[k - 1] in _HEADS_OF_THE_COUNTRY)):
        k += 1  # أمير البلاد المفدى، بمكتبه ...،: the epithet belongs to the title
        # (ولي العهد - حفظه الله - في قصر اليمامة: so does the blessing)
    if k < len(s.words) and s.words[k].punct in ("،", ",") and (
            s.norms[k] in _COMPANION or s.norms[k] in _DEPUTY_WORDS or s.norms[k] in _RELATIVE
            or s.norms[k] in _MEMBER_WORDS or any(h.kind == "title" and h.title.kind == "office"
                                            for h in s.lex.phrases.get((s.norms[k],), ()))):
        # X، يرافقه نجله ولي العهد الأمير Y، اليوم إلى طوكيو / X، وزير الشؤون
        # الخارجية والتعاون ...، صباح اليوم بنواكشوط / X، الذي ...، Y: past the
        # companions, the title or the relative clause
        relative = s.norms[k] in _RELATIVE
        at_k = s.at.get(k)
        if at_k is not None and at_k.type is ActorType.person and not relative:
            return k  # X، زعيم الحزب، القنصل العام الأميركي Y: a titled person, not X's title
        for e in range(k + 1, min(len(s.words), k + 16)):
            if s.hard_break(e) or (s.norms[e] in ("الي", "نحو") and not relative):
                return k  # (a relative clause may hold its own destination: الذي وصل إلى X)
            if s.words[e].punct in ("،", ","):
                return e
        return k
    if (named := s.at.get(k)) is not None and named.i == k and named.type is ActorType.person:
        return k  # استقبل X، علي لاريجاني أمين ...: a man named where an aside (، على ...) could open
    venue = k < len(s.words) and _at_venue(s.norms[k])
    if k >= len(s.words) or (s.words[k].punct not in ("،", ",") and not venue) or (
            s.norms[k] not in _ASIDE_OPENERS and not venue):
        return k  # (a venue needs no comma before it: المفدى بمكتبه في الديوان ...، Y)
    # a time word closes at once (، الثلاثاء،); a phrase (، في كلمة أمام البرلمان،،
    # بمكتبه في الديوان الأميري صباح اليوم،) within ten words, and never holds a
    # destination (، اليوم إلى نيودلهي ...)
    then_venue = any(x < len(s.words) and not s.words[x].punct_before and (
        _at_venue(s.norms[x]) or s.norms[x] in _PREP_OPENERS) for x in (k + 1, k + 2))
    # (، الثلاثاء بالقصر الرئاسي في X،؛ ، اليوم الاثنين في مصيف صلاح الدين،)
    limit = 3 if s.norms[k] not in _PREP_OPENERS and not venue and not then_venue else 16
    during_trip = s.norms[k] in _DURING and k + 1 < len(s.words) \
        and s.words[k + 1].forms[-1].startswith(("زيار", "جول"))  # (، خلال زيارته إلى بنما،)
    for e in range(k + 1, min(len(s.words), k + limit)):
        if s.hard_break(e) or (s.norms[e] in ("الي", "نحو") and not during_trip):
            return k
        if s.words[e].punct in ("،", ","):
            if (venue or then_venue or s.norms[k] in _PREP_OPENERS) and s.norms[e] in _RELATIVE and any(
                    x in s.at and s.at[x].type is ActorType.person for x in range(k + 1, e)):
                return k  # بقصر العلم أمس الرئيس X، الذي وصل ...: that comma is the guest's, not the venue's
            if (venue or then_venue or s.norms[k] == "في") and any(
                    x in s.at and s.at[x].type is ActorType.person and s.at[x].i == x and not s.prep_before(s.at[x])
                    and not any(s.norms[y] in _IN_PRESENCE or s.norms[y] in _COMPANION
                                or any(f in s.lex.trigger_forms for f in s.words[y].forms) for y in range(k, x))
                    for x in range(k + 2, e)):
                return k  # ، في مدينة العلمين الجديدة رئيس المجلس X، وعقد: the guest ends the venue
            return e
    return k


_THE_SIGNING = normalize("التوقيع")
_SIDELINES = {normalize(w) for w in ("هامش", "هامشها", "هامشه", "هامشهما", "الهامش")}
_HEADS_OF_THE_COUNTRY = {normalize(w) for w in ("أمير", "ملك", "عاهل", "رئيس", "سلطان")}
_DURING = {normalize(w) for w in ("خلال", "أثناء", "لدى", "وخلال")}
# What aid is for inside a state (لدعم قطاع الكهرباء في موريتانيا، لمشاريع السدود في المغرب).
_SECTOR_NOUNS = frozenset(normalize(w) for w in (
    "قطاع", "قطاعي", "قطاعات", "مشاريع", "مشروعات", "مشروع", "برامج", "برنامج", "البنية", "محطة", "محطات",
    "شبكة", "شبكات", "سدود", "السدود", "طرق", "الطرق", "مستشفيات", "المستشفيات", "مدارس", "المدارس"))
_SECTOR_STEMS = frozenset(w.removeprefix("ال") for w in _SECTOR_NOUNS)
# What a grant pays for that belongs to its recipient (لدعم موازنة السلطة الفلسطينية،
# لدعم رواتب العسكريين في الجيش اللبناني).
_FUNDED_STEMS = frozenset(normalize(w) for w in ("موازنة", "ميزانية", "رواتب", "خزينة", "خزينه", "احتياطيات"))


def _sector_in_state(s: _Sentence, q: int) -> list[Mentioned]:
    """The state a grant or loan goes to through the sector it funds there:
    تقديم منحة بقيمة 100 مليون دولار لدعم قطاع الكهرباء في موريتانيا → Mauritania
    (no state after a people or a refugees' camp: اللاجئين في لبنان is not Lebanon).

    >>> # منحة ... لدعم قطاع الكهرباء في موريتانيا → [موريتانيا]
    """
    for k in range(q, min(len(s.words) - 1, q + 10)):
        if k > q and (s.hard_break(k) or s.words[k].punct_before or k in s.covered):
            return []
        w = s.norms[k]
        if w.removeprefix("ل").removeprefix("ال") in _FUNDED_STEMS \
                and (w[:1] == "ل" or (k > 0 and s.norms[k - 1].startswith("ل"))):
            # لدعم موازنة السلطة الفلسطينية: the budget's owner; لدعم رواتب العسكريين في
            # الجيش اللبناني: the body that pays them
            own = s.at.get(k + 1)
            if own is not None and own.i == k + 1 and own.type in (ActorType.country, ActorType.organization) \
                    and not s.words[k + 1].punct_before:
                return [own]
            for x in range(k + 1, min(len(s.words), k + 4)):
                if s.words[x].punct_before or (x in s.covered and s.norms[x - 1] != "في"):
                    return []
                m = s.at.get(x)
                if m is not None and m.i == x and s.norms[x - 1] == "في" \
                        and m.type in (ActorType.country, ActorType.organization) \
                        and s.norms[x] not in _THIS_STATE_WORDS:
                    return [m]
            return []
        if w.removeprefix("ل").removeprefix("ال") in _SECTOR_STEMS \
                and (w[:1] == "ل" or (k > 0 and s.norms[k - 1].startswith("ل"))):
            for x in range(k + 1, min(len(s.words), k + 5)):
                if s.words[x].punct_before:
                    return []
                m = s.at.get(x)
                if m is not None and s.norms[x - 1] == "في" and m.i == x and m.type is ActorType.country \
                        and s.norms[x] not in _THIS_STATE_WORDS:  # (في البلاد: whose, unsure)
                    return [m]
                if m is not None:
                    return []
            return []
    return []
_HIS_RECEPTION = frozenset(normalize(w) for w in ("استقباله", "استقبالها"))


def _received_in_aside(s: _Sentence, doer: Mentioned) -> list[Mentioned]:
    """The guest of a reception told in an aside right after the doer of a
    discussion verb (بحث X، خلال استقباله Y بمقر الوزارة، ترتيبات ...): Y, the one
    X discussed with.

    >>> # بحث عبد العاطي، خلال استقباله فليتشر، ترتيبات المؤتمر → [فليتشر]
    """
    k = doer.j
    if k + 2 >= len(s.words) or s.words[k].punct not in ("،", ",") or s.norms[k] not in _DURING \
            or s.norms[k + 1] not in _HIS_RECEPTION or s.words[k + 1].punct_before:
        return []
    guest = s.at.get(k + 2)
    return [guest] if guest is not None and guest.i == k + 2 and guest.type is ActorType.person \
        and guest.actor != doer.actor else []
_RULER_EPITHETS = {normalize(w) for w in ("المفدى", "المعظم", "المفدّى")}
_THE_COUNTRY_WORD = normalize("البلاد")  # (أمير البلاد المفدى: the ruler's title, then his epithet)
_PRAYERS = BLESSINGS | {normalize("الله")}


def _at_venue(word: str) -> bool:
    """بمكتبه، بقصر، بالديوان، في مقره: "at" a venue (ب + a venue noun)."""
    if not word.startswith("ب"):
        return False
    stem = word[1:]
    for end in ("ها", "ه", ""):
        if end and stem.endswith(end) and stem[: -len(end)] in _VENUES:
            return True
    return stem in _VENUES or ("ال" + stem) in _VENUES or (stem.startswith("ال") and stem[2:] in _VENUES)


_END_OF = normalize("ختام")
_ON_IT = {normalize(w) for w in ("عليه", "عليها", "بشأنه", "بشأنها", "حوله", "حولها")}
_DEPUTY_WORDS = {normalize(w) for w in ("نائب", "مساعد", "معاون", "وكيل", "مستشار",
                                       "نائبة", "مساعدة", "معاونة", "وكيلة", "مستشارة")}
_PREP_OPENERS = {normalize(w) for w in ("في", "خلال", "على", "أمام", "عقب", "إثر", "أثناء", "لدى",
                                          "وفي", "عبر", "بعد", "قبل", "بموجب", "وفق", "وفقا", "طبقا", "بناء",
                                          # ، ظهر اليوم في السراي الحكومي،: a time, then a venue
                                          "ظهر", "عصر", "صباح", "مساء")}


def _adjectives_after(s: _Sentence, p: int, q: int) -> int:
    """How many words after the noun at ``p`` read as its adjectives: same
    definiteness (الاجتماع الوزاري المشترك، لقاء ثنائي), no punctuation, no trigger."""
    definite = s.words[p].forms[-1].startswith("ال")
    k = q
    while k < len(s.words) and k - q < 3 and not s.words[k].punct_before and k not in s.covered \
            and s.norms[k].startswith("ال") == definite and s.norms[k] not in ("بين", "وبين", "الذي", "التي") \
            and s.norms[k] not in s.lex.trigger_forms:
        k += 1
    if k + 2 < len(s.words) and s.norms[k] in ("الذي", "التي") and s.norms[k + 1] in ("كان", "كانت") \
            and s.norms[k + 2] in _EXPECTED_WORDS and not any(s.words[x].punct_before for x in range(k, k + 3)):
        k += 3  # اللقاء الذي كان مرتقبا بين X وY: the meeting that was due, still the noun's
    return k - q


_EXPECTED_WORDS = frozenset(normalize(w) for w in (
    "مرتقبا", "مقررا", "منتظرا", "مزمعا", "مرتقبة", "مقررة", "منتظرة", "مزمعة", "متوقعا", "متوقعة"))
_IF = frozenset(normalize(w) for w in ("إذا", "لو", "شريطة", "بشرط"))  # (إن folds to أن "that")
_RESOLVE = frozenset(normalize(w) for w in ("عزمه", "عزمها", "عزمهما", "عزمهم", "حرصه", "حرصها", "حرصهما",
                                            "حرصهم", "تصميمه", "تصميمها", "تصميمهما"))
# (وأكدا حرصهما / اتفقا على تعزيز التعاون: the resolve of the two who met, for _talked_pair)
_RESOLVED_TO = _RESOLVE | {normalize(w) for w in ("حرص", "رغبته", "رغبتها", "رغبتهما", "استعدادهما")}
_AGREED_BOTH = {w for w in _AGREED if w.endswith("ا") and w[:1] != "و"} | {normalize(w) for w in ("يتفقان", "تتفقان")}
# اكتفى X بلقاء Y: content with a second meeting, which took place
_CONTENT_WITH = frozenset(normalize(w) for w in ("اكتفى", "اكتفت", "يكتفي", "تكتفي", "سيكتفي", "ستكتفي"))
_FUNDING_NOUNS = frozenset(normalize(w) for w in ("تمويل", "التمويل"))
_AT_THAT_TIME = frozenset(normalize(w) for w in ("حينها", "حينذاك", "آنذاك", "وقتها", "يومها", "عندها"))
_APART = normalize("حدة")
_WHEREAS = frozenset(normalize(w) for w in ("فيما", "بينما", "وفيما", "وبينما"))
_IYYA = frozenset(normalize(w) for w in ("إياه", "إياها", "إياهم", "إياهما"))


def _criticised(s: _Sentence, doer: Mentioned) -> list[Mentioned]:
    """Whom إياها stands for after a participle (انتقد X لندن، متهما إياها): the
    object of the last relation, when that relation was the participle's doer's
    own; [] when it was another's (انتقد X الحكومة بسبب اتفاقية وقعتها كوالالمبور
    مع أبوظبي، متهما إياها: "her" is the government, not Abu Dhabi).

    >>> # انتقد X لندن، متهما إياها بتزويد Y → [لندن]
    """
    objects = getattr(s, "last_object", None) or []
    subjects = [m for m in getattr(s, "last_pair", None) or [] if not any(m is o for o in objects)]
    if doer.actor not in {m.actor for m in subjects}:
        return []
    return [m for m in objects if m.type is not ActorType.location][:1]
_GOVERNMENT_OF = frozenset(normalize(w) for w in ("حكومة", "قيادة", "شعب"))
_PREDICATE_COPULAS = frozenset(normalize(w) for w in (
    "ليست", "ليس", "هي", "هو", "تعد", "يعد", "تعتبر", "يعتبر", "باتت", "بات", "أصبحت", "أصبح", "تبقى", "يبقى",
    "تظل", "يظل", "كانت", "كان"))
_MARKED = frozenset(normalize(w) for w in ("طبع", "طبعت", "يطبع", "تطبع", "يسود", "تسود", "ساد", "سادت"))
_COOLNESS = frozenset(normalize(w) for w in (
    "الفتور", "فتور", "البرود", "برود", "الجمود", "جمود", "التوتر", "توتر", "القطيعة", "الأزمة", "التدهور"))
_WHAT_HE_CALLED = frozenset(normalize(w) for w in ("بما", "ما"))  # (ندد بما وصفه بـ...)
_DESCRIBED = frozenset(normalize(w) for w in (
    "وصفه", "وصفها", "وصفته", "وصفوه", "وصفتها", "يصفه", "تصفه", "يصفها", "تصفها", "سماه", "أسماه",
    "اسماه", "يسميه", "تسميه", "سمته", "أسمته"))
# Those trained in secret (خلايا مسلحة، ميليشيات، مرتزقة): never a state's forces trained with it.
_ARMED_CELLS = frozenset(normalize(w) for w in (
    "خلايا", "خلية", "ميليشيات", "مليشيات", "ميليشيا", "مسلحين", "مرتزقة", "إرهابيين", "متمردين",
    "جماعات", "عصابات", "انفصاليين"))
_TRAINING = frozenset(normalize(w) for w in ("تدريب", "التدريب", "تدريبات", "التدريبات", "تأهيل", "التأهيل"))
# العدوان على غزة، الغارات على صنعاء: the place attacked, named after على
_ASSAULTS = frozenset(normalize(w) for w in ("العدوان", "عدوان", "الهجوم", "هجوم", "الهجمات", "الغارات",
                                              "القصف", "الحصار", "الضربات"))
_ATTACKS = _ASSAULTS | frozenset(normalize(w) for w in ("هجمات", "غارة", "غارات", "قصف"))  # (في هجوم، في غارات)
_CONFLICT_NOUNS = frozenset(normalize(w) for w in (
    "الحرب", "حرب", "النزاع", "نزاع", "الصراع", "صراع", "الخلاف", "الخلافات", "الأزمة", "التوتر",
    "التوترات", "المواجهة", "المواجهات", "الاشتباكات", "القتال", "المعارك"))
# A strain between two parties (التوتر القائم بين X وY): its بين is not a meeting's.
_STRAINS = _CONFLICT_NOUNS | {normalize(w) for w in ("القطيعة", "التصعيد")}
_HOPES = frozenset(normalize(w) for w in ("أمله", "أملها", "رغبته", "رغبتها", "تطلعه", "تطلعها"))
_INTENT_NOUNS = frozenset(normalize(w) for w in (
    "خطط", "خطة", "خطت", "سعي", "نية", "نيت", "عزم", "محاولة", "محاولت", "مساعي", "جهود", "استعداد", "رغبة", "رغبت"))
_ABOUT = frozenset(normalize(w) for w in ("بشأن", "حول", "بخصوص", "تقضي", "يقضي", "تنص", "ينص"))
# what ties talks to the deal they are about: المفاوضات الخاصة بـ، التفاوض على
_NEGOTIATED_ON = frozenset(normalize(w) for w in ("الخاصة", "الخاص", "المتعلقة", "المتعلق", "على"))
_WORKING_ON = frozenset(normalize(w) for w in (
    "يعمل", "تعمل", "يعملان", "تعملان", "يعملون", "نعمل", "العمل", "ويعمل", "وتعمل", "والعمل"))


def _titled_person_at(s: _Sentence, k: int) -> bool:
    """A person introduced by a title starts at ``k`` (وانتقد النائب الديمقراطي X، ...،
    القرار): after a verb that opens the sentence, its doer, never the object."""
    m = s.at.get(k)
    return m is not None and m.type is ActorType.person and m.i == k and not s.words[k].punct_before \
        and any(h.kind == "title" for f in s.words[k].forms for h in s.lex.phrases.get((f,), ()))


def _unnamed_title_at(s: _Sentence, k: int) -> bool:
    """A title with its complement and no name the text resolved starts at
    ``k`` (الأمين العام للمنظمة، وزير الدفاع); a bare title (الأمير) is a
    back-reference and does not count."""
    if k + 1 >= len(s.words) or s.words[k].punct_before or k in s.covered or s.words[k + 1].punct_before:
        return False
    f = s.words[k].forms[0]
    if any(h.kind == "title" for h in s.lex.phrases.get((f, s.norms[k + 1]), ())):
        return True
    return any(h.kind == "title" for h in s.lex.phrases.get((f,), ())) and (
        s.norms[k + 1].startswith("لل") or (k + 1) in s.demonyms
        or (not f.startswith("ال") and s.norms[k + 1].startswith("ال")))  # رئيس البنك الآسيوي: in construct


def _first_person_plural(s: _Sentence, p: int) -> bool:
    """The verb at ``p`` is a first person plural present (نستقبل، ولن نوقع), said by a
    speaker for the body or state he speaks for."""
    w = s.norms[p]
    for pre in ("و", "ف", "ل", "س"):
        if w.startswith(pre) and len(w) > 4 and w[1:2] == "ن":
            w = w[1:]
            break
    return w[:1] == "ن" and w not in s.lex.first_names and len(w) >= 4 \
        and ("ي" + w[1:] in s.lex.trigger_forms or "ت" + w[1:] in s.lex.trigger_forms)  # (يستقبل: the 3rd person is a trigger)


def _thing_object_after(s: _Sentence, k: int) -> bool:
    """A definite noun that names no actor stands right after the mention at ``k``
    (واستنكر المتحدث باسم الخارجية X البيان): the mention is the doer, the noun
    what it acts on, so no subject is carried over."""
    if k >= len(s.words) or s.words[k].punct_before or k in s.covered or k in s.demonyms:
        return False
    w = s.norms[k]
    if w in _WHAT_HE_CALLED and k + 1 < len(s.words) and s.norms[k + 1] in _DESCRIBED:
        return True  # وانتقد X ما وصفه بحملات التحريض: X is the doer, "what he called" the object
    if w == "منذ" and k + 2 < len(s.words) and s.norms[k + 1].isdigit() and not s.words[k + 2].punct_before:
        # وتستضيف موريتانيا منذ 2006 فريقا من الحرس المدني: past the date, an indefinite
        # accusative noun is what the doer hosts
        x = s.norms[k + 2]
        return k + 2 not in s.covered and len(x) > 3 and x.endswith("ا") and not x.startswith("ال") \
            and x not in s.lex.first_names and not s.lex.phrases.get((x,))
    return w.startswith("ال") and len(w) > 4 and w not in _SKIP and w not in _PREPS \
        and w not in _CLAUSE_WORDS and not s.lex.phrases.get((w,))


# Common nouns that begin like a verb with the future prefix سـ (سياسة، سيارة).
_S_NOUNS = {normalize(w) for w in (
    "سياسة", "سياسي", "سياسية", "سياسات", "سياسيين", "سياسيون", "سيادة", "سيادي", "سيادية", "سيارة",
    "سيارات", "سيطرة", "سيناريو", "سيناريوهات", "سينما", "سيدة", "سيدات", "ستار", "سنوات", "سنوية",
    "سنوي", "سنين", "ستين", "سيول", "سيناء", "سيرة", "سياق", "سياج", "سياحة", "سياحي", "سياحية",
    "سيولة", "سيبراني", "سيبرانية", "ستراتيجية", "سنغافورة", "سيراليون", "ستوكهولم", "سيئول", "سنتين")}


def _future_verb(s: _Sentence, k: int) -> bool:
    """Word ``k`` is a verb with the future prefix سـ (ستنظم، سيزور، ستستضيف)."""
    w = s.norms[k]
    if any(tf.pos == "verb" and tf.tense == "future" for f in s.words[k].forms
           for tf in s.lex.trigger_forms.get(f, ())):
        return True
    return w[:2] in ("سي", "ست", "سن") and len(w) >= 5 and w.isalpha() and w not in _S_NOUNS \
        and k not in s.covered and not s.lex.phrases.get((w,)) and not w.endswith(("ات", "ية", "يه"))


def _opens_with_title(s: _Sentence, m: Mentioned) -> bool:
    """The mention begins with a title (الأمين العام للمنظمة X، وزير الخارجية X)."""
    return any(h.kind == "title" for f in s.words[m.i].forms for n in (1, 2, 3)
               for h in s.lex.phrases.get((f, *s.norms[m.i + 1:m.i + n]), ()))


def _title_object_after(s: _Sentence, k: int) -> bool:
    """A title with no name stands right after the mention at ``k`` (وهنأ X
    رئيسَ الوزراء الجديد / نظيره): the mention is the doer, the title its object."""
    if k >= len(s.words) or s.words[k].punct_before or k in s.covered:
        return False
    w = s.words[k]
    return w.norm in COUNTERPART or w.norm in _HIS_GUEST or any(
        h.kind == "title" for f in w.forms[:1] for n in (1, 2)
        for h in s.lex.phrases.get((f, *s.norms[k + 1:k + n]), ()))


# Directed relations whose verbal noun often stands after a governing word,
# with its object as the genitive: بدعم، تقديم الدعم، مواصلة الضغط على.
_DOCUMENT_NOUNS = {normalize(w) for w in (
    "إعلان", "اتفاق", "اتفاقية", "اتفاقيات", "اتفاقات", "معاهدة", "منبر", "مسار", "بروتوكول",
    "وثيقة", "وثائق", "تفاهمات", "ميثاق", "الإعلان", "الاتفاق", "الاتفاقية", "المعاهدة", "مبادرة",
    "صيغة", "مذكرة", "مذكرات", "برنامج", "برامج", "خطة")}
_NAMED_BY_CITY = frozenset(_DOCUMENT_NOUNS | _FORUM_NAMES)  # nouns a city names (once, not per mention)
# A river, gulf or institute named after a state or city is no side (نهر الأردن، خليج عمان، معهد واشنطن).
_NAMED_BY_PLACE = frozenset(normalize(w) for w in ("نهر", "خليج", "بحر", "بحيرة", "مضيق", "معهد"))
_BODY_HEADS_DEFINITE = {normalize(w) for w in ("الوزارة", "الهيئة", "المنظمة", "السفارة", "اللجنة", "الرئاسة",
                                                "الحركة", "الجماعة", "المفوضية", "الأمانة")}


def _body_named_before(s: _Sentence, p: int, head: str) -> list[Mentioned]:
    """The last body named before ``p`` (this sentence, then the one before)
    whose name opens with ``head`` without its article (الوزارة → وزارة
    الخارجية الجزائرية); [] when none is."""
    bare, english = head.removeprefix("ال"), _BODY_HEADS_ENGLISH.get(head)
    for m in [m for m in s.mentions if m.j <= p][::-1] + list(reversed(s.context)):
        if m.type is ActorType.person or m.type is ActorType.location:
            continue
        org = s.lex.organizations.get(m.actor)
        if org is not None and normalize(org.name).split()[:1] == [bare]:
            return [m]
        if org is None and english and f"_{english}_" in f"_{m.actor}_":
            return [m]  # (a state body by pattern: algeria_ministry_of_foreign_affairs)
    return []


_BODY_HEADS_ENGLISH = {normalize(k): v for k, v in {
    "الوزارة": "ministry", "السفارة": "embassy", "الرئاسة": "presidency"}.items()}


_STATEMENT_NOUNS = {normalize(w) for w in ("البيان", "التقرير", "الرسالة", "البرقية", "المصدر", "المصادر",
                                           "الإعلان", "التصريح", "المذكرة")}
# A deal's own words (اتفاقية طويلة الأمد لتزويد X بالغاز: a sale under contract).
_DEALS = {normalize(w) for w in ("عقد", "عقدا", "العقد", "عقود", "صفقة", "الصفقة")} | _DOCUMENT_NOUNS
def _with_after_when_where(s: _Sentence, k0: int) -> int | None:
    """The مع at or after ``k0`` when only a time (الشهر المقبل) and a place (في
    انجامينا) stand before it, else None."""
    k = k0
    while k < len(s.words) and k - k0 < 8:
        if s.norms[k] == "مع" and (k == k0 or not s.words[k].punct_before):
            return k
        if k > k0 and s.words[k].punct_before:
            return None
        m = s.covered.get(k)
        if m is not None and m.place and s.prep_before(m) in ("في", "ب"):
            k = m.j
        elif s.norms[k] in _TIME_WORDS or (s.norms[k] == "في" and k + 1 in s.covered):
            k += 1
        else:
            return None
    return None


_TIME_WORDS = {normalize(w) for w in (
    "الأسبوع", "الشهر", "العام", "الماضي", "الماضية", "المقبل", "المقبلة", "الجاري", "اليوم", "أمس",
    "غدا", "مساء", "صباح", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "حاليا")}
_CEREMONIES = {normalize(w) for w in ("مراسم", "مراسيم", "حفل")}
_HELD_FOR = {normalize(w) for w in ("أقام", "أقامت", "يقيم", "تقيم", "نظم", "نظمت", "ينظم", "تنظم")}
_GOVERNED_NOUNS = {"support", "oppose", "appoint", "meet", "visit", "cooperate", "agree"}
_COMPLEMENTIZERS = {normalize(w) for w in ("أن", "إن", "أنه", "أنها", "إنه", "إنها", "بأن",
                                           "وأن", "وإن", "لأن", "قائلا", "مضيفا", "مشيرا")}
_GOVERNORS = {normalize(w) for w in (
    "متمسك", "متمسكة", "التزام", "التزامها", "التزامه", "قيام", "تقديم", "تعهد", "تعهدت",
    "مواصلة", "استمرار", "يواصل", "تواصل", "واصل", "واصلت", "مستعد", "مستعدة", "مستعدون",
    "استعداد", "استعدادها", "استعداده", "أعلن", "أعلنت", "جدد", "جددت", "تجدد", "يجدد",
    "أكد", "أكدت", "عرض", "عرضت", "وعد", "وعود", "قدم", "قدمت", "تقدم", "يقدم",
    "عقد", "إجراء", "تعزيز", "تطوير", "تعميق", "توسيع", "إقامة", "بناء", "تكثيف", "دفع",
    "ممارسة", "شن", "فرض",  # اتهم X واشنطن بممارسة ضغوط على Y: the accused presses
    "أقام", "أقامت", "يقيم", "تقيم", "سيقيم", "ستقيم",  # أقامت X شراكة استراتيجية مع Y
    "ألغى", "ألغت", "يلغي", "تلغي", "أرجأ", "أرجأت", "يرجئ", "ترجئ", "أجل", "أجلت", "يؤجل", "تؤجل",
    "قرر", "قررت", "يقرر", "تقرر", "قرار", "مرسوم", "أمر", "أمرت", "أصدر",
    "تتولى", "يتولى", "تولت", "تولى", "تواصل", "يواصل", "ستواصل", "سيواصل", "ستستمر",
    "سيستمر", "تستمر", "يستمر", "يعتزم", "تعتزم", "ينوي", "تنوي", "يرغب", "ترغب",
    "نفى", "نفت", "ينفي", "تنفي", "نفيا",  # نفت إيران تزويد روسيا بطائرات: the denied act
    "قطع", "تجميد", "تعليق", "استئناف", "تطبيع", "إعادة",  # أعلنت X قطع العلاقات مع Y
    "وافق", "وافقت", "يوافق", "توافق", "موافقة",  # وافق الصندوق على قرض لمصر
    "بدأ", "بدأت", "يبدأ", "تبدأ", "استهل", "استهلت", "يستهل", "تستهل", "اختتم", "اختتمت",
    "يختتم", "تختتم", "أنهى", "أنهت", "ينهي", "تنهي",  # بدأ / أنهى X زيارة إلى Y
    "أجرى", "أجرت", "يجري", "تجري", "سيجري", "ستجري")}  # أجرى X زيارة غير معلنة إلى بغداد


_BY_DECREE = {normalize(w) for w in ("بقرار", "بمرسوم", "بأمر", "بتكليف")}
_UNDER = {normalize(w) for w in ("بموجب", "وفق", "وفقا")}
_DECREE_WORDS = {normalize(w) for w in ("مرسوم", "قرار", "أمر", "رئاسي", "دستوري", "تشريعي", "ملكي", "أميري", "سلطاني",
                                        "جمهوري", "وقعه", "أصدره", "من", "لـ", "مرسوما", "قرارا", "ظهير",
                                        "شريف", "إرادة", "الإرادة", "الملكية", "السامية")}


def _decree_appointer(s: _Sentence, start: int) -> list[Mentioned]:
    """The person whose decree made the appointment: بقرار (من) Y، بمرسوم
    رئاسي من Y، بموجب مرسوم وقعه Y — within ten words of ``start``."""
    for k in range(start, min(len(s.words), start + 10)):
        if s.hard_break(k):
            return []
        if any(f in _BY_DECREE for f in s.words[k].forms) or (
                s.norms[k] in _UNDER and k + 1 < len(s.words) and s.norms[k + 1] in _DECREE_WORDS):
            nxt = k + 1
            while nxt < len(s.words) and nxt - k <= 4 and s.norms[nxt] in _DECREE_WORDS \
                    and nxt not in s.at:
                nxt += 1
            appointer = s.at.get(nxt)
            return [appointer] if appointer and appointer.type is ActorType.person else []
    return []
_TOUR_START = {normalize(w) for w in ("بدأ", "بدأت", "يبدأ", "تبدأ", "استهل", "استهلت", "يستهل", "مستهل")}
def _tour_start_place(s: _Sentence, cs: int, k: int) -> Mentioned | None:
    """يبدأ من عمّان جولة تشمل مصر: the place a tour that begins sets out from
    (من + a place after the beginning verb, before the stops at k)."""
    begin = next((x for x in range(cs, k) if not _TOUR_START.isdisjoint(s.words[x].forms)), None)
    if begin is None:
        return None
    for x in range(begin + 1, k - 1):
        if s.norms[x] == "من" and not s.words[x + 1].punct_before:
            m = s.at.get(x + 1)
            if m is not None and m.i == x + 1 and m.type in (ActorType.country, ActorType.location):
                return m
    return None
_TOUR_BEGUN = {normalize(w) for w in ("بدأ", "بدأت", "شرع", "شرعت", "استهل", "استهلت")}  # (past: under way)
_TOUR = {normalize(w) for w in ("جولة", "الجولة", "جولته", "جولتها")}
_THE_TOUR = normalize("الجولة")
_THE_VISIT = normalize("الزيارة")
_THE_MEETING = {normalize(w) for w in ("اللقاء", "الاجتماع")}
_AWAITED_ACCUSATIVES = {w for w in _AWAITED_WORDS if w.endswith("ا")}  # (flags' مرتقبا، مقررا، منتظرا، مزمعا)
_EACH = {normalize(w) for w in ("كلا", "كل")}
_INSTEAD_OF = frozenset(normalize(w) for w in ("منها", "منه", "عنها", "عنه", "من", "عن", "منهم"))
_SEPARATELY = frozenset(normalize(w) for w in ("منفصلة", "منفصل", "منفصلين", "منفردة"))
_OF_THE_TWO = normalize("منهما")
_AWAITED_FORMS = _AWAITED_ACCUSATIVES | {normalize("متوقعا")}  # (كان مرتقباً / مقرراً / منتظراً)


def _awaited_with(s: _Sentence, p: int) -> Mentioned | None:
    """اللقاء الذي كان مرتقباً مع Y: the person the awaited meeting was to be with."""
    k = p + 1
    if k + 3 >= len(s.words) or s.norms[k] not in _RELATIVE or s.words[k].punct_before:
        return None
    k += 1 + (s.norms[k + 1] in _WAS)
    if k + 1 >= len(s.words) or s.norms[k] not in _AWAITED_FORMS or s.norms[k + 1] != "مع":
        return None
    m = s.at.get(k + 2)
    return m if m is not None and m.i == k + 2 and m.type is ActorType.person else None
_TOUR_ENDS = _BEGAN_IT | {normalize(w) for w in ("ختمها", "أنهاها")}  # (جولة استهلها / ختمها بـ Y)
_INCLUDED_PAST = {normalize(w) for w in ("شملت", "شمل", "تضمنت")}
_TOOK_HIM = {normalize(w) for w in ("قادت", "تقود", "ستقود", "حملت")}  # (جولة قادت X إلى Y)
_INCLUDED = _INCLUDED_PAST | {normalize(w) for w in ("تشمل", "يشمل", "ستشمل", "قادته", "قادتها",
                                                     "تقوده", "تقودها", "ستقوده", "ستقودها")}
_PROPOSALS = {normalize(w) for w in ("مخطط", "مقترح", "مبادرة", "خطة", "رؤية")}
_AUTHORING = {normalize(w) for w in ("تقترحه", "يقترحه", "اقترحته", "اقترحه", "طرحته", "طرحها", "تطرحه",
                                      "قدمته", "قدمتها", "قدمها", "قدمه", "تقدمت", "تقدم", "أطلقتها", "أطلقها",
                                      "أطلقته", "أطلقه", "طرحتها", "اقترحتها", "تقترحها")}


def _proposal_author(s: _Sentence, q: int) -> list[Mentioned]:
    """دعمها لمخطط الحكم الذاتي الذي تقترحه المملكة المغربية / لمبادرة السلام
    المصرية: backing a state's proposal backs that state (its demonym, or the
    author in the relative clause, within a few words)."""
    if q >= len(s.words) or not s.norms[q].startswith("ل") \
            or s.norms[q][1:].removeprefix("ل").removeprefix("ال") not in _PROPOSALS:
        return []
    for k in range(q + 1, min(len(s.words), q + 5)):
        if s.words[k].punct_before:
            return []
        state = _any_demonym(s, k) if k not in s.covered else None
        if state:
            return [Mentioned(k, k + 1, state, ActorType.country, "", state)]
        if s.norms[k] in _RELATIVE and k + 1 < len(s.words) and s.norms[k + 1] in _AUTHORING and not s.words[k + 1].punct_before:
            at = k + 2 + (k + 2 < len(s.words) and s.norms[k + 2] in ("به", "بها"))
            m = s.at.get(at)
            if m is not None and m.i == at and not s.words[at].punct_before and (
                    m.type is ActorType.country or (m.country and m.type is ActorType.person)):
                state = m.actor if m.type is ActorType.country else m.country
                return [Mentioned(m.i, m.j, state, ActorType.country, m.clitic, state)]
            return []
    return []


_GOODS = {normalize(w) for w in (
    "وحدة", "سيادة", "استقرار", "أمن", "سلامة", "استقلال", "وحدة أراضي", "اقتصاد",
    "حكومة", "شعب", "جهود", "مساعي", "أراضي", "حق", "حقوق", "إعادة", "إعمار", "تعافي")}
# (دعم إعادة إعمار لبنان، دعم تعافي سوريا: the state rebuilt)


# The goods of a state backed after ل (لسيادة لبنان، لوحدة أراضي أوكرانيا): those of _GOODS
# that are the state's own standing, not its people's or government's.
_INTEGRITY = frozenset(w for w in _GOODS if " " not in w) - {normalize(w) for w in (
    "حكومة", "شعب", "جهود", "مساعي", "حق", "حقوق", "اقتصاد")}


def _goods_of_state(s: _Sentence, q: int) -> list[Mentioned]:
    """دعم وحدة ليبيا، دعم استقرار وأمن السودان: the state whose unity,
    stability or security is supported (one or two such nouns, then the state)."""
    k = q
    while k < len(s.words) and k - q < 3 and not s.words[k].punct_before and k not in s.covered \
            and any(f in _GOODS for f in s.words[k].forms):
        k += 1
    if k == q or k >= len(s.words) or s.words[k].punct_before:
        return []
    m = s.at.get(k)
    if m and m.type is ActorType.country and not m.clitic and not s.prep_before(m):
        return [m]
    if k + 1 < len(s.words) and s.norms[k] in _LANDS and (k + 1) not in s.covered and not s.words[k + 1].punct_before:
        state = _any_demonym(s, k + 1)  # دعم وحدة الأراضي السورية: the state whose territory it is
        if state:
            return [Mentioned(k + 1, k + 2, state, ActorType.country, "", state)]
    return []


_SUCCEEDING = normalize("خلفا")  # (خلفا لـX: X held the office before)
_NOT_DOING = frozenset(normalize(w) for w in ("بعدم", "وبعدم", "عدم"))  # (طالب بعدم فرض: "not to")
# من المقرر / المتوقع أن ... right after an event noun's phrase: that event is planned.
_SCHEDULED = frozenset(normalize(w) for w in ("المقرر", "المتوقع", "المرتقب", "المنتظر", "المزمع"))
# Harms done to a people (تهجير، استهداف، قتل): after حذر من ... لـ, the people are the victims.
_HARMS_DONE = {normalize(w) for w in ("تهجير", "استهداف", "قتل", "تجويع", "ترحيل", "طرد", "إبادة", "معاقبة")}
_NEIGHBOURS_OF = {normalize(w) for w in ("جوار", "جيران", "لجوار", "لجيران", "محيط")}
_LANDS = {normalize(w) for w in ("الأراضي", "الأرض", "التراب", "الدولة")}
# على الحدود الليبية، على السواحل التونسية: where something happens, not who is targeted
_FRONTIERS = _LANDS | {normalize(w) for w in (
    "الحدود", "السواحل", "الشواطئ", "المياه", "الأجواء", "المنافذ", "المعابر", "الجبهة", "الساحة")}
_RECEIVING = {normalize(w) for w in (
    "تحظى", "يحظى", "حظي", "حظيت", "تحظي", "يحظي",
    "تلقى", "تلقت", "يتلقى", "تتلقى", "يتلقي", "تتلقي", "يتلق", "تتلق", "تلقي", "تلقيه", "حصل",
    "حصلت", "يحصل",
    "تحصل", "وتلقى", "وتلقت", "وحصل", "وحصلت")}


_PROMISES = {normalize(w) for w in ("وعود", "وعودا", "تعهدات", "ضمانات")}
_RECEIVED_FILLERS = {normalize(w) for w in (
    "على", "أي", "اي", "علي", "مزيدا", "المزيد", "من", "حتى", "الآن", "بعد", "اليوم", "أمس",
    "مؤخرا", "سابقا", "قط", "يوما")}


_INSIDE_SOURCES = frozenset(normalize(w) for w in ("مصدر", "مصادر", "موظف", "موظفون"))
_COMMON_ADJECTIVES = frozenset(normalize(w) for w in ("مالي", "ماليا", "مالية"))


def _demonyms_from(s: _Sentence, k: int) -> list[Mentioned]:
    """The states of the demonym at word ``k`` and of those joined to it by و
    (بدعم مصري وتركي، بالوساطة القطرية والمصرية), as mentions; [] when none."""
    if k >= len(s.words):
        return []
    state = _any_demonym(s, k)
    held = s.covered.get(k)
    if held is not None and not (held.i == k and held.j == k + 1 and held.actor == state):
        return []  # (a name, not an adjective; السعودية is both: the same state)
    if not state:
        return []
    out = [Mentioned(k, k + 1, state, ActorType.country, "", state)]
    k += 1
    while k < len(s.words) and s.norms[k].startswith("و") and not s.words[k].punct_before \
            and k not in s.covered and (more := _any_demonym(s, k)):
        out.append(Mentioned(k, k + 1, more, ActorType.country, "و", more))
        k += 1
    return out


def _mans_nisba(words: list[Word], k: int) -> bool:
    """A definite masculine nisba at ``k`` right after an indefinite feminine
    government noun: a man's family name in construct, not a demonym, which would
    agree (حكومة السوداني, not الحكومة السودانية).

    >>> # على حكومة السوداني → True at السوداني
    """
    w = words[k]
    return k > 0 and words[k - 1].ta_end and not words[k - 1].norm.startswith("ال") \
        and words[k - 1].forms[-1] in _GOVERNMENT_NOUN_FORMS and w.norm.startswith("ال") and not w.norm.endswith("ه")


def _any_demonym(s: _Sentence, k: int) -> str | None:
    """The state of a singular demonym at word ``k``, with or without the
    article (الروسي، مصري، وتركي)."""
    if k in s.demonyms:
        return s.demonyms[k]
    if s.words[k].outlet:
        return None  # صحيفة "الأخبار اللبنانية": a newspaper's name
    if not _COMMON_ADJECTIVES.isdisjoint(s.words[k].forms) or not _ALSO_ADJECTIVE.isdisjoint(s.words[k].forms):
        return None  # دعم مالي، المساعدة المالية: "financial", not Malian
    if k > 0 and s.words[k - 1].forms[-1] in _DIASPORA:
        return None  # بإسهامات الجالية الباكستانية: a community abroad, not its state
    if _mans_nisba(s.words, k):
        return None  # على حكومة السوداني: the government of a man (al-Sudani), not Sudan
    for form in s.words[k].forms:
        for h in s.lex.phrases.get((form,), ()):
            if h.kind == "demonym" and h.number == "sg" and h.ref in s.lex.countries:
                return h.ref
    return None


_GIVING = {normalize(w) for w in (
    "تقدمه", "يقدمه", "قدمه", "قدمته", "تقدمها", "يقدمها", "قدمها", "قدمتها", "يمنحه", "تمنحه", "منحته",
    "منحه", "تقدمهما", "يوفره", "توفره", "وفرته", "وفره")}


def _support_given_by(s: _Sentence, q: int) -> tuple[list[Mentioned], list[Mentioned]] | None:
    """الدعم (العسكري) الذي تقدمه موسكو لدول الساحل / المساعدات التي قدمتها X لـ Y:
    the doer follows the relative verb of giving; the receiver follows لـ."""
    k = q
    while k < len(s.words) and k - q < 3 and s.norms[k] not in _RELATIVE and s.norms[k] not in _GIVING:
        if s.words[k].punct_before or k in s.covered:
            return None
        k += 1  # (adjectives: العسكري، الفني)
    if k < len(s.words) and s.norms[k] in _GIVING and not s.words[k].punct_before:
        k -= 1  # قرض ميسر يقدمه X إلى Y: an indefinite noun takes its clause without الذي
    elif k + 2 >= len(s.words) or s.norms[k] not in _RELATIVE or s.norms[k + 1] not in _GIVING:
        return None
    if k + 2 >= len(s.words):
        return None
    giver = s.at.get(k + 2)
    if giver is None or s.prep_before(giver) or giver.type is ActorType.location:
        return None
    for j in range(giver.j, min(len(s.words), giver.j + 5)):
        if s.words[j].punct_before and j > giver.j:
            break
        m = s.at.get(j)
        if m is not None:
            if s.prep_before(m) in ("ل", "الي") and m.actor != giver.actor and m.type is not ActorType.location:
                return [giver], s.coordinated(m)
            break
        if s.norms[j][:1] == "ل" and s.norms[j][1:] in _BACKED_NOUNS and j not in s.covered:
            return _his_state_after(s, j, giver)  # الدعم الذي تقدمه X لمسيرة التنمية في بلاده
    return None


# Nouns for a state's course or sector that a donor backs (لمسيرة التنمية في بلاده).
_GAVE = normalize("قدم")
_BACKED = normalize("دعم")
_ARMED_GROUPS = {normalize(w) for w in ("فصائل", "ميليشيات", "مليشيات", "جماعات", "مجموعات", "عناصر",
                                        "متمردين", "مسلحين", "وكلاء", "حركات")}
_FACILITIES = {normalize(w) for w in ("مركز", "مراكز", "نقطة", "قاعدة", "قواعد", "محطة", "مستودع", "مستودعات")}
_COUNTERING = {normalize(w) for w in ("مكافحة", "محاربة", "منع", "التصدي", "إحباط", "ضبط", "اعتراض",
                                        "تجفيف", "الحد", "تقييد", "حظر")}
_RATIFYING = {normalize(w) for w in ("صادق", "صادقت", "يصادق", "تصادق", "مصادقة", "المصادقة", "بالمصادقة",
                                      "ومصادقة")}
_COURSES = {normalize(w) for w in ("مسيرة", "خطط", "برامج", "مشاريع", "مشروعات", "قطاع", "اقتصاد", "تنمية")}


def _his_state_after(s: _Sentence, j: int, giver: Mentioned
                     ) -> tuple[list[Mentioned], list[Mentioned]] | None:
    """The speaker's own state named by بلاده a few words after the backed
    noun at ``j``: when one person alone is named before, of that state.

    >>> # أشاد آبي أحمد بالدعم الذي تقدمه الإمارات لمسيرة التنمية في بلاده → UAE backs Ethiopia
    """
    for k in range(j + 1, min(len(s.words), j + 5)):
        if s.words[k].punct_before:
            return None
        m = s.at.get(k)
        if m is None:
            continue
        if not _HIS_STATE.isdisjoint(s.words[k].forms) and s.prep_before(m) in ("", "في") \
                and m.actor != giver.actor and _only_person_of(s, k, m.actor):
            return [giver], [m]
        return None
    return None


# دور X في دعم Y / X ماضية في دعم Y: the one whose role, efforts or resolve it is.
_ROLE_HEADS = frozenset(art + normalize(w) for art in ("", "ال") for w in (
    "دور", "جهود", "مساهمة", "إسهام", "إسهامات", "مساهمات", "مساعي", "استمرار", "التزام"))
_CARRYING_ON = frozenset(normalize(w) for w in (
    "ماضية", "ماض", "ماضيه", "مستمرة", "مستمر", "ماضون", "مستمرون", "حريصة", "حريص"))


def _support_in_role(s: _Sentence, p: int, q: int) -> tuple[list[Mentioned], list[Mentioned]] | None:
    """بدور ماليزيا في دعم إندونيسيا / بالدور الماليزي في دعم بلاده / ماليزيا ماضية
    في دعم إندونيسيا: the one whose role or resolve it is backs the genitive.

    >>> # أشاد X بجهود قطر في دعم لبنان → قطر support لبنان
    """
    if p < 3 or s.norms[p - 1] != "في" or s.words[p].punct_before or s.words[p - 1].punct_before \
            or s.norms[p] not in ("دعم", "مساندة"):
        return None
    giver: list[Mentioned] = []
    m = s.covered.get(p - 2)
    if m is not None and m.j == p - 1 and m.i > 0 and m.type in (ActorType.country, ActorType.organization) \
            and not s.words[m.i].punct_before and any(f in _ROLE_HEADS for f in s.words[m.i - 1].forms):
        giver = [m]  # بدور ماليزيا في دعم
    elif m is None and (state := _any_demonym(s, p - 2)) and any(f in _ROLE_HEADS for f in s.words[p - 3].forms) \
            and not s.words[p - 2].punct_before:
        giver = [Mentioned(p - 2, p - 1, state, ActorType.country, "", state)]  # بالدور الماليزي في دعم
    elif s.norms[p - 2] in _CARRYING_ON and (m := s.covered.get(p - 3)) is not None and m.j == p - 2 \
            and m.type in (ActorType.country, ActorType.organization) and not s.prep_before(m):
        giver = [m]  # ماليزيا ماضية في دعم
    if not giver or q >= len(s.words) or s.words[q].punct_before:
        return None
    to = s.at.get(q)
    if to is not None and to.i == q and not to.clitic and to.type in (
            ActorType.country, ActorType.organization, ActorType.person):
        receivers = s.coordinated(to)
    else:
        receivers = _goods_of_state(s, q)
    receivers = [r for r in receivers if r.actor not in (giver[0].actor, giver[0].country)]
    return (giver, receivers) if receivers else None


def _support_for_merit(s: _Sentence, q: int) -> tuple[list[Mentioned], list[Mentioned]] | None:
    """دعم الأمم المتحدة للدور الأردني: the genitive backs the state whose role or
    efforts the demonym names."""
    giver = s.at.get(q)
    if giver is None or giver.i != q or s.prep_before(giver) or giver.type is ActorType.location:
        return None
    k = giver.j
    if k + 1 >= len(s.words) or s.words[k].punct_before or s.words[k + 1].punct_before \
            or not s.norms[k].startswith("لل") or ("ال" + s.norms[k][2:]) not in _MERITS or (k + 1) in s.covered:
        return None
    states = [m for m in _demonyms_from(s, k + 1) if m.actor not in (giver.actor, giver.country)]
    return ([giver], states) if states else None


def _support_from(s: _Sentence, p: int, q: int, cs: int
                  ) -> tuple[list[Mentioned], list[Mentioned]] | None:
    """دعم (عسكري) من X لـ Y / تلقى Y دعما من X: X supports Y. The giver follows
    من right after the noun and its adjectives; the receiver follows لـ/إلى, or
    is the subject of a verb of receiving before the noun."""
    # تحظى القوات المسلحة السودانية بدعم مصري وتركي: the states of the demonyms
    giver = (_demonyms_from(s, q) or None) if q < len(s.words) and not s.words[q].punct_before else None
    if giver is None and p >= 2 and s.norms[p].startswith("ب") and not s.words[p].punct_before \
            and not s.words[p - 1].punct_before \
            and not _PROMISES.isdisjoint(s.words[p - 2].forms) and (state := _any_demonym(s, p - 1)):
        # حصل X على وعود روسية بدعم (مطلق له): the state of the promise gives it
        giver = [Mentioned(p - 1, p, state, ActorType.country, "", state)]
        p = p - 2
    for k in range(q, min(len(s.words), q + 4)) if giver is None else ():
        if s.words[k].punct_before:
            return None
        m = s.at.get(k)
        if m is not None:
            if s.prep_before(m) != "من" or m.type is ActorType.location:
                return None
            giver = s.coordinated(m)
            break
        if s.norms[k] in s.lex.trigger_forms or k in s.covered:
            return None
    if not giver:
        return None
    end = giver[-1].j
    for k in range(end, min(len(s.words), end + 3)):
        if s.words[k].punct_before:
            break
        m = s.at.get(k)
        if m is not None:
            if s.prep_before(m) in ("ل", "الي") and m.type is not ActorType.location:
                return giver, s.coordinated(m)
            break
    # تلقى الجيش الصومالي دعما من أنقرة / الجيش تلقى دعما من X / حصلت على أي دعم
    k = p - 1
    while k > cs and s.norms[k] in _RECEIVED_FILLERS:
        k -= 1
    if k >= cs and k in s.covered:
        receiver = s.covered[k]
        if receiver.i > 0 and any(f in _RECEIVING for f in s.words[receiver.i - 1].forms) \
                and not s.prep_before(receiver) and receiver.type is not ActorType.location:
            return giver, [receiver]
    if k >= cs and any(f in _RECEIVING for f in s.words[k].forms):
        if k - 1 > cs and s.norms[k - 1] in _NEGATION_PARTICLES:
            k -= 1  # X لم يتلق أي دعم
        receiver = s.covered.get(k - 1)
        if receiver and not s.prep_before(receiver) and receiver.type is not ActorType.location:
            return giver, [receiver]
    return None


def _demonym_doer(s: _Sentence, q: int) -> list[Mentioned]:
    """الدعم الروسي لـ X، التعاون التركي مع Y: a demonym right after the noun
    (an adjective may stand between) is the state that acts."""
    for k in range(q, min(q + 2, len(s.words))):
        if s.words[k].punct_before or k in s.covered:
            return []  # الداعمين للحكومة السورية: that demonym belongs to the object
        country = s.demonyms.get(k)
        if country and k > q and s.words[q].forms[-1].removeprefix("ال") in _ENERGY_GOODS:
            return []  # وصول النفط العراقي إلى إسرائيل: the oil arrives, not the state
        if country:
            return [Mentioned(k, k + 1, country, ActorType.country, "", country)]
    return []


def _noun_adjective(s: _Sentence, m: Mentioned) -> bool:
    """A demonym that qualifies the noun before it (استئناف الدعم الأميركي): an
    adjective inside a phrase, never the subject of a clause."""
    k = m.i
    return m.j == k + 1 and s.demonyms.get(k) == m.actor and k > 0 and not s.words[k].punct_before \
        and (k - 1) not in s.covered and s.norms[k - 1].startswith("ال") and len(s.norms[k - 1]) > 3


def _bare_demonym(s: _Sentence, k: int) -> str | None:
    """The state of an indefinite demonym adjective at ``k`` (مصري، قطرية), else None."""
    if k >= len(s.words) or k in s.covered or s.norms[k].startswith("ال") or (k > 0 and s.words[k].punct_before
                                                                            and not s.words[k].hyphened):
        return None
    w = s.norms[k]
    if w in _ALSO_ADJECTIVE:
        return None  # (تعاون مالي: financial)
    return next((h.ref for h in s.lex.phrases.get(("ال" + w,), ()) if h.kind == "demonym" and h.number == "sg"), None)


def _ceasing_verb(s: _Sentence, p: int) -> int:
    """Where the verb of ceasing stands that governs the noun at ``p`` (توقفت X
    عن دعم Y، لم تتوقف تركيا عن دعم Y), or -1."""
    if p < 2 or s.norms[p - 1] != "عن":
        return -1
    k = p - 2
    if k in s.covered:
        k = s.covered[k].i - 1  # step over the subject
    return k if k >= 0 and any(f in _CEASING for f in s.words[k].forms) else -1


_ANNOUNCING = {normalize(w) for w in ("أعلن", "أعلنت", "يعلن", "تعلن", "كشف", "كشفت", "يكشف", "تكشف")}


def _after_aside_back(s: _Sentence, k: int) -> int:
    """From ``k`` back past one aside set off by commas that ends at ``k``:
    X، أحد صناديق ...، عن → the last word of X."""
    if k < 1 or not (k + 1 < len(s.words) and s.words[k + 1].punct_before):
        return k
    start = next((x for x in range(k, max(0, k - 12) - 1, -1) if s.words[x].punct_before), None)
    return start - 1 if start is not None and start > 0 and s.words[start].punct in ("،", ",") else k


_LATER_ON = {normalize(w) for w in ("لاحقا", "سابقا", "مجددا", "مؤخرا", "أيضا", "رسميا", "بشدة", "قطعيا")}


def _governed(s: _Sentence, p: int) -> bool:
    """The noun at ``p`` follows a governing word (بدعم after متمسك، التزامها...)."""
    w = s.norms[p]  # (with a proclitic written apart: بـ«التعاون»)
    if w.startswith(("ب", "وب", "ل")) and w not in s.lex.trigger_forms:
        return True
    if p > 0 and any(f in _GOVERNORS for f in s.words[p - 1].forms):
        return True
    if p > 1 and s.norms[p - 1] in _LATER_ON and not s.words[p - 1].punct_before:
        k = s.covered[p - 2].i - 1 if p - 2 in s.covered else p - 2  # (نفى الجيش السوداني لاحقاً: past the subject)
        if k >= 0 and any(f in _GOVERNORS for f in s.words[k].forms):
            return True  # أن الجيش نفى لاحقاً توقيع أي اتفاق: an adverb between
    if p > 1 and s.norms[p - 1] == "عن":
        k = p - 2
        k = _after_aside_back(s, k)
        k = s.covered[k].i - 1 if k in s.covered else k
        if k >= 0 and not _ANNOUNCING.isdisjoint(s.words[k].forms):
            return True  # أعلنت شركة مبادلة (، أحد صناديق ...،) عن شراكة مع Y
    if p > 1 and s.norms[p - 1] in _ROUNDS_OF and (any(f in _GOVERNORS for f in s.words[p - 2].forms)
                                                  or _governed(s, p - 1)):
        return True  # عقد جلسة مباحثات، أجرى جولة محادثات، عقد في ميونيخ سلسلة لقاءات: the session's talks
    if p > 2 and s.norms[p - 1] == "اي" and s.norms[p - 2] in ("الي", "علي"):
        p -= 1  # لم تتوصل إلى أي اتفاق مع Y: "any" between
    if p > 1 and s.norms[p - 1] in ("الي", "علي"):
        k = p - 2
        while k > 0 and s.norms[k] in _TIME_WORDS:
            k -= 1  # (وافق المجلس التنفيذي للصندوق، الجمعة، على اتفاق)
        if k in s.covered and s.covered[k].i > 0:
            k = s.covered[k].i - 1  # وافق X على اتفاق: past the subject
            while k > 0 and s.norms[k] in _ORGAN_WORDS:
                k -= 1  # (وافق المجلس التنفيذي لصندوق النقد)
        if any(f in _REACHING or f in _AGREEING or f in _LOOKING_TO or f in _HASTENED for f in s.words[k].forms):
            return True  # توصل إلى اتفاق مع Y؛ تتطلع إلى توقيع اتفاقية مع Y (a plan: the flags say so)
            # (سارع X إلى تهنئة Y: done at once)
    if p > 1 and s.norms[p - 1] == "في":
        k = p - 2
        if k in s.covered:
            k = s.covered[k].i - 1  # شارك X في ...: step over the subject
        if k >= 0 and any(f in _TAKING_PART or f in _INTENDING for f in s.words[k].forms):
            return True  # شارك (X) في اجتماع مع Y / تأمل X في توقيع اتفاقيات مع Y
    if _ceasing_verb(s, p) >= 0 or _decision_before(s, p):
        return True
    # قرر X تعيين Y: the governing verb, its subject, then the noun (أنهى X
    # الأسبوع الماضي زيارة: past a time adverbial)
    k = p - 1
    while k > 0 and (s.norms[k] in _TIME_WORDS or (s.norms[k] == "غد" and s.norms[k - 1] == "بعد")):
        k -= 2 if s.norms[k] == "غد" else 1  # (يبدأ X بعد غد زيارة: the day after tomorrow)
    if k < p - 1 and any(f in _GOVERNORS for f in s.words[k].forms):
        return True
    def governs(m: Mentioned | None) -> bool:
        if m is not None and m.i > 1 and s.norms[m.i - 1] in _LED_BY and not s.words[m.i].punct_before:
            m = s.covered.get(m.i - 2)  # أنهى وفد من X برئاسة Y زيارة: the delegation, past its head
        if m is not None and m.i > 2 and s.norms[m.i - 1] == "من" and not s.words[m.i].punct_before \
                and (s.words[m.i - 2].forms[-1] in _A_DELEGATION or s.norms[m.i - 2] in _MISSIONS):
            # أنهت بعثة من صندوق النقد الدولي زيارة: the verb before the delegation
            return any(f in _GOVERNORS for f in s.words[m.i - 3].forms)
        return bool(m and m.i > 0 and m.type is not ActorType.location
                    and any(f in _GOVERNORS for f in s.words[m.i - 1].forms))
    if governs(s.covered.get(k)):
        return True
    venue = s.covered.get(k)
    if venue is not None and venue.j == k + 1 and s.prep_before(venue) in ("في", "ب") and venue.i >= 2 \
            and (venue.type is ActorType.location or venue.place):
        k = venue.i - 2  # عقد X في ميونيخ لقاءات مع Y: past the venue, then the subject
        if k >= 0 and (governs(s.covered.get(k)) or any(f in _GOVERNORS for f in s.words[k].forms)):
            return True
    # بدأ X، يرافقه نجله Y، زيارة عمل: the subject before an aside set off by commas
    back = _after_aside_back(s, k)
    return back != k and governs(s.covered.get(back))


def _people_demonym(s: _Sentence, k: int) -> str | None:
    """The state of a demonym at word ``k`` in any number and case (إيرانيين،
    إسرائيليين؛ روسيا accusative; روس as الروس without its article)."""
    if _mans_nisba(s.words, k):
        return None  # على حكومة السوداني: a man's government
    for form in s.words[k].forms:
        bases = (form, form[:-1]) if form.endswith("ا") else (form,)
        for key in bases + tuple("ال" + b for b in bases if not b.startswith("ال")):
            for h in s.lex.phrases.get((key,), ()):
                if h.kind in ("demonym", "people") and h.ref in s.lex.countries:
                    return h.ref
    return None


_ABANDON = {normalize(w) for w in ("تتخلى", "يتخلى", "تتخلي", "يتخلي", "التخلي", "تخلت", "تخلى",
                                    "تتراجع", "يتراجع",
                                    "ستتخلى", "سيتخلى", "ستتراجع", "سيتراجع")}  # (لا يعني أن موسكو ستتخلى عن دعمها)
_CEASING = {normalize(w) for w in (
    "توقف", "توقفت", "يتوقف", "تتوقف", "كف", "كفت", "يكف", "تكف", "امتنع", "امتنعت", "يمتنع",
    "تمتنع", "تخلى", "تخلت", "يتخلى", "تتخلى", "يتخل", "تتخل", "تراجع", "تراجعت", "يتراجع", "تتراجع")}
_TAKING_PART = {normalize(w) for w in ("شارك", "شاركت", "يشارك", "تشارك", "مشاركة", "مشاركته",
                                         "مشاركتها", "وشارك", "وشاركت")}
_REACHING = {normalize(w) for w in (
    "توصل", "توصلت", "توصلا", "توصلتا", "توصلوا", "التوصل", "يتوصل", "تتوصل", "يتوصلان", "تتوصلان", "سيتوصل", "ستتوصل",
    "يتوصلا", "تتوصلا", "يتوصلوا",  # (لم تتوصلا: the jussive dual)
    "حصل", "حصلت", "الحصول", "يحصل")}
_PLAN_WORDS = {normalize(w) for w in (
    "المقرر", "المتوقع", "المرتقب", "المنتظر", "المفترض", "المرجح", "المحتمل", "يعتزم", "تعتزم")}
_DELEGATIONS = {normalize(w) for w in ("وفد", "وفدا", "وفود", "ممثلين", "ممثلي", "مسؤولين")}
_ONE_DELEGATION = {normalize("الوفد")}  # (one side, however many its members)
_INVITATIONS = {normalize(w) for w in ("دعوة", "الدعوة", "دعوته", "دعوتها", "دعوات", "دعا", "دعت", "يدعو",
                                         "تدعو", "دعاه", "دعاها")}


def _invitee(s: _Sentence, p: int, cs: int) -> list[Mentioned]:
    """وجه X دعوة إلى Y لزيارة Z / دعا X Y إلى زيارة Z: the one invited."""
    for k in range(p - 1, max(cs, p - 14) - 1, -1):
        if not any(f in _INVITATIONS for f in s.words[k].forms):
            continue
        people = [m for j in range(k + 1, p) if (m := s.at.get(j)) is not None
                  and m.type is ActorType.person and s.prep_before(m) in ("الي", "ل", "")]
        if not people:
            for j in range(k + 1, min(p, k + 3)):
                style = s.norms[j][1:] if s.norms[j][:1] == "ل" else s.norms[j]
                styled = _styled_person(s, style, j) if style in _STYLE_PRONOUNS and (
                    s.norms[j][:1] == "ل" or s.norms[j - 1] == "الي") else None
                if styled:  # وجه X دعوة إلى سموه / لسموه لزيارة Y: the ruler the style names
                    return [Mentioned(j, j + 1, styled[0], ActorType.person, "", styled[1])]
        if len(people) >= 2 and not s.prep_before(people[0]) and not s.prep_before(people[1]) \
                and people[0].j == people[1].i and s.norms[k].lstrip("و") in _INVITING_VERBS:
            return people[1:2]  # ودعا X نظيره Y إلى زيارة Z: VSO, the second one is invited
        return people[:1]
    return []


_INVITING_VERBS = {normalize(w) for w in ("دعا", "دعت", "يدعو", "تدعو")}
# (داعيا X بالضغط: a ب after an invitation is no act asked for, unlike مطالبا X بالضغط)
_INVITING = _INVITING_VERBS | {normalize(w) for w in ("داعيا", "داعية", "ودعا", "ودعت")}


_MERITS = {normalize(w) for w in ("دور", "جهود", "مساعي", "موقف", "موقفي", "قرار", "مواقف", "مبادرة", "إسهام", "وساطة", "حكمة",
                                    "مساهمة", "مساهمات", "إسهامات", "مشاركة", "تضحيات", "إنجازات",
                                    "كرم", "سخاء", "حرص", "رؤية", "قيادة", "التزام", "دعم", "استضافة",
                                    "خطوة", "إعلان", "اعتراف", "تعاون", "مبادرات", "بادرة", "لفتة")}  # (أشاد X بالخطوة الفرنسية، بتعاون إيطاليا)
_MERITS = _MERITS | {"ال" + w for w in _MERITS}  # (بالوساطة القطرية: with the article and a demonym)
_BACKED_NOUNS = _MERITS | _COURSES  # (الدعم الذي تقدمه X لجهود / لمسيرة التنمية في بلاده)
_TIME_CONJ = {normalize(w) for w in ("بعد", "قبل", "عقب", "وبعد", "وقبل")}  # بعد أن التقى
# قبل أن / بعد أن / دون أن: a time or manner conjunction, no one's speech
_CONJ_BEFORE_AN = frozenset(_TIME_CONJ | {normalize(w) for w in ("دون", "بدون", "منذ", "حتى", "لحين")})
_STATE_INSTITUTIONS = {normalize(w) for w in ("لمؤسسات", "لمؤسسة")}
_ACTS_OF = {normalize(w) for w in ("موافقة", "قرار", "إعلان", "سماح", "اعتزام", "عزم", "نية", "مصادقة", "خطة",
                                   "خطط", "مساعي", "محاولة", "محاولات")}
_VISIT_NOUNS = {normalize(w) for w in ("زيارة", "الزيارة", "جولة", "الجولة")}
_NEGATION_PARTICLES = {normalize(w) for w in ("لن", "لم", "لا", "سوف", "لما")}
_AUXILIARIES = {normalize(w) for w in ("سبق", "قد", "كان", "كانت", "عاد")}
_PREVIOUSLY = {normalize(w) for w in ("سبق", "وسبق", "فقد سبق", "يسبق")}
_LIST_OR_DELEGATION = {normalize(w) for w in (
    "كل", "كلا", "وفد", "وفدا", "وفدًا", "وفود", "ممثلين", "ممثلي", "ممثلا", "مسؤولين", "مسؤولا")}
_ALLY_FRAME = {normalize(w) for w in (
    "أحد", "إحدى", "أبرز", "أكثر", "أقرب", "أهم", "يعتبر", "تعتبر", "يعد", "تعد", "باتت",
    "بات", "أصبح", "أصبحت", "تظل", "يظل", "يبقى", "تبقى", "كان", "كانت")}


_COPULAS = {normalize(w) for w in (
    "بات", "باتت", "باتا", "أصبح", "أصبحت", "أصبحا", "صار", "صارت", "ظل", "ظلت", "يظل", "تظل",
    "تبقى", "يبقى",
    "باتت", "تعد", "يعد", "تعتبر", "يعتبر", "تزال", "يزال", "وباتت", "وبات", "وأصبحت", "وأصبح",
    "زالت", "زال", "تزل", "يزل")}


def _ally_frame(s: _Sentence, p: int) -> bool:
    """The ally noun is predicated of the clause subject (يعتبر أحد أقرب حلفاء)."""
    return p > 0 and any(f in _ALLY_FRAME for f in s.words[p - 1].forms[:2])


def _invited_party(s: _Sentence, p: int, cs: int) -> list[Mentioned] | None:
    """Who is invited to the act at ``p`` (وجّه X الدعوة إلى Y لزيارة Z: Y; تلقى X
    دعوة من Y لزيارة Z: X), or None when no invitation governs it. The inviter is
    never the doer."""
    inv = next((k for k in range(p - 1, max(cs, p - 12) - 1, -1)
                if not _INVITATIONS.isdisjoint(s.words[k].forms)), None)
    if inv is None or any(s.words[k].punct in ("،", ",") and s.norms[k][:1] in "وف" and s.norms[k] not in s.lex.trigger_forms
                          and any(t.pos == "verb" for f in s.words[k].forms[1:2] for t in s.lex.trigger_forms.get(f, ()))
                          for k in range(inv + 1, p)):
        return None  # (وجّه دعوة إلى Y لحضور القمة، وأجرى اتصالاً مع Z: a new clause, X's own call)
    to = next((m for m in s.mentions if inv < m.i and m.j <= p and s.prep_before(m) == "الي"
               and m.type in (ActorType.person, ActorType.country, ActorType.organization)), None)
    if to is not None:
        return [to]  # (الدعوة إلى الرئيس السيسي لزيارة برلين)
    if any(s.norms[k] == "من" for k in range(inv + 1, min(p, inv + 4))):
        receiver = [m for m in s.mentions if cs <= m.i and m.j <= inv and not s.prep_before(m)
                    and m.type in (ActorType.person, ActorType.country, ActorType.organization)]
        return receiver[-1:]  # (تلقى X دعوة من Y لزيارة Z; none named: no doer)
    return None


def _called_upon(s: _Sentence, k: int) -> Mentioned | None:
    """The one a calling verb at ``k`` calls upon: after its own doer (طالب X Y بـ)
    or, after a masculine verb, a feminine state that cannot be its doer
    (وطالب سلطنة عمان بـ); else ``None``."""
    if s.norms[k] not in _CALLING_FOR:
        return None
    first = s.at.get(k + 1)
    if first is None or first.i != k + 1 or s.words[k + 1].punct_before:
        return None
    if first.type is ActorType.country and not s.norms[k].endswith("ت") \
            and s.norms[k].removeprefix("و")[:1] != "ت" and _feminine_state(s, first):
        return first
    second = s.at.get(first.j)
    return second if second is not None and second.i == first.j and not s.words[first.j].punct_before \
        and not s.prep_before(second) else None


# Nouns of an actor's part in a work (بجهود X في حشد الدعم، بدور X في دعم ...).
_ENDEAVOURS = frozenset(normalize(w) for w in ("دور", "جهود", "مساعي", "مساهمة", "إسهام", "وساطة", "مبادرة"))


def _owner_of_endeavour(s: _Sentence, p: int, cs: int) -> list[Mentioned] | None:
    """The actor whose efforts or role the verbal noun at p is the work of: أشاد X
    بجهود السعودية في حشد الدعم لسوريا (Saudi Arabia backs Syria, not X).

    None when p is no such work (the clause's doer is sought as usual).
    """
    for at in range(p - 1, max(cs, p - 4) - 1, -1):
        if s.words[at + 1].punct_before or at in s.covered:
            return None
        if s.norms[at] != "في":
            continue
        owner = s.covered.get(at - 1)
        if owner is None or owner.j != at or owner.i < 1 or owner.type is ActorType.location \
                or s.words[owner.i].punct_before \
                or _ENDEAVOURS.isdisjoint(f.removeprefix("ال") for f in s.words[owner.i - 1].forms):
            return None
        return [owner]
    return None


def _doer(s: _Sentence, p: int, cs: int, last_subject: list[Mentioned]) -> list[Mentioned]:
    """Who does a governed verbal noun: the clause's subject, unless that is the
    object of the sentence's last relation (X سيزور بكين لإجراء محادثات مع Y:
    X, not Beijing)."""
    decided = _decision_before(s, p)
    if decided is not None:
        return decided  # قرر X إنهاء مهام Y، وتعيين Z: X, not Y
    if p + 1 < len(s.words) and s.norms[p + 1] == _GOVERNMENT_WORD and (p + 1) not in s.covered \
            and not s.words[p + 1].punct_before and not (p + 2 < len(s.words) and (p + 2) in s.covered
                                                           and not s.words[p + 2].punct_before):
        # نفى مدبولي إبرام الحكومة أي صفقة مع Y: the government the genitive names is the
        # speaker's state's, not the speaker
        speaker = next((m for m in s.mentions if m.j <= p and m.type is ActorType.person and m.country
                        and not s.prep_before(m)), None)
        if speaker is not None:
            return [Mentioned(p + 1, p + 2, speaker.country, ActorType.country, "", speaker.country)]
    if any((called := _called_upon(s, k)) is not None and called.j < p for k in range(max(cs, p - 10), p - 1)):
        return []  # وطالب سلطنة عمان بوقف التساهل مع تهريب الأسلحة: an act asked of another, deeper in, is no one's
    if p > 0 and s.norms[p][:1] == "ب" and any(
            s.norms[k] in _CALLING_FOR and (k + 1) not in s.covered and s.norms[k + 1].startswith("ال")
            and not s.words[k + 1].punct_before
            and not any((x in s.covered and s.prep_before(s.covered[x]) != "في") or s.words[x].punct_before
                        for x in range(k + 1, p))  # (في جدة: where they sit, no actor asked)
            for k in range(max(cs, p - 6), p - 1)):
        return []  # وطالب الوسطاء في جدة بالضغط على أبوظبي: the ones asked to act are named by no actor
    back = _after_aside_back(s, p - 1) if p > 1 else p - 1
    if back != p - 1 and s.norms[back + 1] in _COMPANION and (lead := s.covered.get(back)) is not None \
            and lead.type is ActorType.person and not s.prep_before(lead):
        return [lead]  # بدأ X، يرافقه نجله Y، زيارة عمل: X leads; Y comes with him
    if p > 2 and s.norms[p - 1] == "عن" and (k := _after_aside_back(s, p - 2)) != p - 2 \
            and (announcer := s.covered.get(k)) is not None and not s.prep_before(announcer) \
            and announcer.type is not ActorType.location:
        return [announcer]  # أعلنت شركة مبادلة، أحد صناديق أبوظبي، عن شراكة: the company, not the aside's
    decider = next((k for k in range(p - 1, max(cs - 1, p - 4), -1)
                    if any(f in _DECISIONS for f in s.words[k].forms)), None)
    if decider is not None and (decider + 1) not in s.at and (
            s.norms[decider][:1] == "و" or (decider > 0 and s.norms[decider - 1] in _CHAIN_WORDS)):
        # ...، كما أصدر قرارا بتعيين Y: the one who did the sentence's last act
        doer = [m for m in (last_subject or s.carried) if m.type is ActorType.person][:1]
        if doer:
            return doer
    invited = _invited_party(s, p, cs)
    if invited is not None:
        return invited
    owner = _owner_of_endeavour(s, p, cs)
    if owner is not None:
        return owner
    if p > 0 and s.norms[p - 1] in _BEGAN_IT:
        # بدأ X جولة ...، استهلها بالوصول إلى Y: the tour's doer, not the stop named last
        doer = [m for m in s.mentions if m.j <= p and m.type is ActorType.person and not s.prep_before(m)]
        if doer:
            return doer[:1]
    if p > 1 and s.norms[p].startswith("ل") and (p - 1) not in s.covered and not s.words[p].punct_before \
            and s.norms[p - 1].endswith(("ها", "ه")) and s.norms[p - 1][:-2 if s.norms[p - 1].endswith("ها") else -1] in _INTENT_NOUNS:
        # انتقد X المفوضية بسبب خططها لتمويل Y: the one whose plans they are
        owner = _possessor(s, p - 1, cs, feminine=s.norms[p - 1].endswith("ها"))
        if owner:
            return owner
    for lead in (p, p - 1):
        # أكد X استعداد نواكشوط لتعزيز التنسيق مع Y / رغبة بلاده في ...: the one whose readiness it is
        owner = s.covered.get(lead - 1) if lead > 1 and s.norms[lead].startswith("ل") \
            and not s.words[lead].punct_before else None
        if owner is not None and owner.i > 0 and s.norms[owner.i - 1] in _INTENT_NOUNS \
                and not s.prep_before(owner) and owner.type in (ActorType.country, ActorType.person) \
                and (lead == p or not any(s.words[x].punct_before for x in range(lead, p + 1))):
            return [owner]
    found = _clause_subject(s, p, cs)
    if s.norms[p][:1] == "ب" and (accuser_at := next((k for k in range(p - 1, max(cs - 1, p - 5), -1)
                                                      if any(s.norms[k].endswith(e) and s.norms[k][:-len(e)]
                                                             in _ACCUSE_VERBS for e in ("ها", "ه", "هم"))),
                                                     None)) is not None \
            and accuser_at > 1 and s.norms[accuser_at - 1] in _RELATIVE \
            and (ante := s.covered.get(accuser_at - 2)) is not None and ante.j == accuser_at - 1 \
            and ante.type is not ActorType.location:
        return [ante]  # الإمارات التي تتهمها الخرطوم بتسليح Y: "her", the antecedent, is the accused
    if s.norms[s.main_clause_start(p, cs)] in _RELATIVE:
        return found  # Y الذي أكد استعداده لتطوير التعاون: Y
    for b in range(p - 1, max(cs, p - 4), -1):
        # اتهامات الخرطوم لأنجمينا بتسهيل مرور الإمدادات إلى Y: the accused (after ل) does it
        accused = s.covered.get(b - 1)
        if s.norms[b].startswith("ب") and b not in s.covered and accused is not None and accused.i > 0 \
                and s.prep_before(accused) == "ل" and not any(s.words[x].punct_before for x in range(b, p + 1)):
            k = accused.i - 1
            accuser = s.covered.get(k)
            if accuser is not None and accuser is not accused and accuser.i > 0:
                k = accuser.i - 1
            if any(f in _ACCUSATIONS for f in s.words[k].forms):
                return [accused]
    b = p
    if not s.norms[p].startswith(("ب", "وب")) and p > 0 \
            and s.norms[p - 1].startswith(("ب", "وب")) \
            and any(f in _GOVERNORS for f in s.words[p - 1].forms):  # (بـ«تقديم دعم: the ب written apart)
        b = p - 1  # اتهم X Y بمواصلة تزويد Z: the accusation reaches through the governor
    elif not s.norms[p].startswith(("ب", "وب")) and p > 2 and s.norms[p - 2].startswith("ب") \
            and len(s.norms[p - 2]) > 4 and (p - 1) not in s.covered and (p - 2) not in s.covered \
            and any(f in _GOVERNORS for f in s.words[p - 1].forms) \
            and not s.words[p].punct_before and not s.words[p - 1].punct_before:
        b = p - 2  # اتهم X إيران بتمويل إعادة تسليح Y: the charge reaches through two verbal nouns
    elif (opener := _second_charge(s, p)) is not None:
        b = opener  # اتهمت X السلطات الأفغانية بإيواء ودعم Y: the second act of the same charge
    to_him = next((x for x in range(b, max(cs, b - 3), -1) if s.norms[x].startswith(("ب", "وب"))
                   and x > 1 and s.norms[x - 1] in _TO_HIM and x not in s.covered
                   and not any(s.words[y].punct_before for y in range(x, b + 1))), b)
    # (اتهامات X لها بتسهيل مرور إمدادات: the charge's act a word or two before the noun)
    if s.norms[to_him].startswith(("ب", "وب")) and to_him > 1 and s.norms[to_him - 1] in _TO_HIM \
            and (accuser := s.covered.get(to_him - 2)) is not None and accuser.i > 0 \
            and (any(f in _ACCUSATIONS for f in s.words[accuser.i - 1].forms) or (
                accuser.i > 1 and s.norms[accuser.i - 1] in _DIRECTED_IT
                and any(f in _ACCUSATIONS for f in s.words[accuser.i - 2].forms))):
        # نفت X اتهامات باماكو لها بدعم Y / اتهامات وجهها الجيش لها بتسهيل: "her" is the one
        # who denies, not the accuser
        denier = [m for m in s.mentions if cs <= m.i and m.j < accuser.i and not s.prep_before(m)
                  and m.actor != accuser.actor and m.type is not ActorType.location]
        return denier[:1]
    if s.norms[b].startswith(("ب", "وب")) and (accuser := s.covered.get(b - 1)) is not None and accuser.i > 2 \
            and s.norms[accuser.i - 1] in _TO_HIM_ALONE and s.norms[accuser.i - 2] in _DIRECTED_IT \
            and any(f in _ACCUSATIONS for f in s.words[accuser.i - 3].forms) \
            and not any(s.words[y].punct_before for y in range(accuser.i - 2, b + 1)):
        # نفت تشاد اتهامات وجهها إليها X بتسليح Y: "her" is the one who denies, not the accuser
        denier = [m for m in s.mentions if cs <= m.i and m.j <= accuser.i - 3 and not s.prep_before(m)
                  and m.actor != accuser.actor and m.type is not ActorType.location]
        return denier[:1]
    if s.norms[b].startswith(("ب", "وب")):
        accused = s.covered.get(b - 1)
        if accused is not None and accused.type is ActorType.location and accused.i > 0 \
                and any(f in _ACCUSE_VERBS for f in s.words[accused.i - 1].forms):
            return []  # واتهمت بروكسل بممارسة ضغوط على Y: the accused, a place here, no actor to stand in
        if accused and accused.i > 0 and s.prep_before(accused) in ("ل", "الي"):
            k = accused.i - 1
            if s.norms[k] == "الي" and k > 0:
                k -= 1  # (إلى written apart)
            accuser = s.covered.get(k)
            if accuser is not None and accuser is not accused and accuser.i > 0:
                k = accuser.i - 1  # اتهام الحكومة اليمنية لإيران بتزويد X: step over the accuser
            levelled = k > 0 and s.norms[k] in _VOICED_IT and any(f in _ACCUSATIONS for f in s.words[k - 1].forms)
            if levelled:
                k -= 1  # اتهامات أطلقها X لأبوظبي بتمويل Y: the charge levelled by X
            if any(f in _ACCUSATIONS for f in s.words[k].forms) and (s.prep_before(accused) == "ل" or levelled):
                # اتهامها لأبوظبي بإمداد X: Abu Dhabi is the one accused
                return [accused]  # (اتهامات وجهتها X إلى الإمارات بتقديم دعم: إلى the one charged)
        if accused is None and b >= 2 and s.norms[b - 1] in _IYYA \
                and any(f in _ACCUSE_VERBS for f in s.words[b - 2].forms):
            # انتقد X لندن، متهما إياها بتزويد Y: "her", the one just criticised, does it
            return [m for m in s.last_object if m.type is not ActorType.location][:1]
        if accused is None and b >= 2 and (b - 1) not in s.covered and any(
                f in _ACCUSATIONS or f in _ACCUSE_VERBS for f in s.words[b - 2].forms):
            return []  # متهما الوكالة بالتنسيق مع Y: the accused is not named as an actor here
        accuser_at = next((k for k in range(b - 1, max(cs, b - 14) - 1, -1)
                           if any(f in _ACCUSE_VERBS for f in s.words[k].forms)), None)
        # (واتهم الأمين العام لحزب الله X المبعوثة الأميركية بدعم Y: past a long subject)
        if accused is None and accuser_at is not None and not any(
                m.type is not ActorType.location and accuser_at < m.i and m.j <= b for m in s.mentions):
            return []  # اتهمت دولاً في الإقليم بتزويد Y: the accused are not named
        named = [m for m in s.mentions if accuser_at is not None and accuser_at < m.i and m.j <= b
                 and not s.prep_before(m) and m.type is not ActorType.location]
        named = [m for m in named if m.i > accuser_at + 1]  # (not the accuser right after the verb)
        if accused is None and named:
            return named[-1:]  # واتهم X أبوظبي بالوقوف خلف الهجمات وبمواصلة دعم Y: the accused, named after X
        if accused is None and accuser_at is not None and b - 1 > accuser_at + 1 \
                and (b - 1) not in s.covered and (s.norms[b - 1].startswith("ال") or (
                    b - 2 > accuser_at + 1 and (b - 2) not in s.covered and not s.words[b - 2].punct_before
                    and s.norms[b - 2] not in _PREPS and s.norms[b - 1] not in _PREPS)) \
                and not s.words[b - 1].punct_before:
            # اتهمت وزارة الخزانة الأمريكية الشركة بمساعدة Y: the accused is a noun
            # (اتهم النائب X حكومة حسان بدعم Y: a government named by its head, no actor here)
            return []
        if accused is None and b >= 1 and s.norms[b - 1].endswith(("ها", "ه", "هم")) and any(
                f.endswith(("ها", "ه", "هم")) and f.rsplit("ه", 1)[0] in _ACCUSE_VERBS
                for f in s.words[b - 1].forms):
            return []  # عقوبات على شبكة ... تتهمها بتمويل Y: "her" is the network, no actor
        return found  # اتهم X Y بتزويد ...: Y does it
    if found and last_subject and found[0].actor in {m.actor for m in s.last_object} \
            and all(m.j <= p for m in last_subject) \
            and not (found[0].i > 0 and s.norms[found[0].i - 1] in _COMPLEMENTIZERS) \
            and not any(s.norms[k] in _WHEREAS for k in range(max(0, found[0].i - 4), found[0].i)) \
            and not (found[0].i > 0 and s.words[found[0].i - 1].forms[-1] in _ACTS_OF):
        # (انتقدت الصين موافقة واشنطن على صفقة أسلحة لتايوان: the genitive of موافقة
        # is the act's doer, even when it was just the object of the criticism)
        # (but معتبرا أن أبوظبي تواصل دعم Y: a that-clause's own subject)
        return last_subject  # the nearest mention is the last relation's object
    if not found and last_subject and s.norms[p][:1] == "ل" \
            and any(s.norms[k] in _SHE_HE_THAT for k in range(max(0, cs - 2, p - 10), p)) \
            and all(m.j <= p and m.type is ActorType.person for m in last_subject):
        return last_subject  # قال X إنه سيزور بورتسودان للقاء Y: "he" who goes is the one who meets
    return found


def _second_charge(s: _Sentence, p: int) -> int | None:
    """Where the charge opens (its ب-noun) when the verbal noun at ``p`` is joined
    by و to it, in the charge of an accusing verb: اتهمت X السلطات الأفغانية بإيواء
    ودعم Y / بتوفير ملاذ آمن ودعم لـ Y; else None."""
    if s.norms[p][:1] != "و" or p < 2 or s.words[p].punct_before:
        return None
    opener = next((k for k in range(p - 1, max(0, p - 4), -1) if s.norms[k][:1] == "ب"), None)
    if opener is None or any(x in s.covered or s.words[x].punct_before for x in range(opener, p)):
        return None
    if not any(f in _ACCUSE_VERBS for k in range(max(s.clause_start(p), p - 16), opener) for f in s.words[k].forms):
        return None
    return opener


_DECISIONS = {normalize(w) for w in ("قرر", "قررت", "يقرر", "تقرر", "أصدر", "أصدرت", "أمر", "أمرت")}


_TIES_BIND = {normalize(w) + end for w in ("تربط", "يربط", "ربطت", "ربط", "ستربط", "سيربط")
               for end in ("", "ها", "ه", "هما", "هم")}
_TIES_BOUND = {normalize(w) for w in ("ترتبط", "يرتبط", "ارتبطت", "ارتبط", "سترتبط", "سيرتبط")}


def _bound_by_ties(s: _Sentence, p: int, q: int, cs: int, last_subject: list[Mentioned]
                   ) -> tuple[list[Mentioned], list[Mentioned]] | None:
    """The sides of a partnership or alliance told with ربط: تربط X بـY شراكة،
    تربط X وY شراكة، تربطها بـY شراكة، تربطهما شراكة، ترتبط X مع Y بشراكة (the
    noun is the verb's subject, the sides its object and ب/مع complement).

    >>> # وتربط الجزائر بالصين شراكة استراتيجية → الجزائر cooperate الصين
    """
    k = next((k for k in range(p - 1, max(cs, p - 8) - 1, -1)
              if not (_TIES_BIND | _TIES_BOUND).isdisjoint(s.words[k].forms)), None)
    if k is None or any(s.words[x].punct_before for x in range(k + 1, p + 1)):
        return None
    form = next(f for f in s.words[k].forms if f in _TIES_BIND | _TIES_BOUND)
    between = [m for m in s.mentions if k < m.i and m.j <= p and m.type is not ActorType.location]
    sides = [m for m in between if not s.prep_before(m)]
    others = [m for m in between if s.prep_before(m) in ("ب", "مع")] \
        or _object_by_marker(s, q, ["مع"], q, window=3)
    if form.endswith(("هما", "هم")):
        group = _group_before(s, k, cs, window=15) if not between else []
        return (group[:1], group[1:]) if len(group) >= 2 else ([], [])
    if form.endswith(("ها", "ه")) and not sides:
        sides = _possessor(s, k + 1, cs, feminine=form.endswith("ها"))
    if len(sides) >= 2 and not others:
        return sides[:1], sides[1:]  # تربط الجزائر والصين شراكة
    if sides and others and {m.actor for m in sides}.isdisjoint({m.actor for m in others}):
        return sides, others[:1]
    return [], []


def _decision_before(s: _Sentence, p: int) -> list[Mentioned] | None:
    """A verbal noun joined by و to an earlier one (قرر X إنهاء مهام Y، وتعيين Z):
    the doer of the decision verb, else None."""
    if s.norms[p][:1] != "و" or s.words[p].norm in s.lex.trigger_forms:
        return None
    for k in range(p - 1, max(-1, p - 16), -1):
        if s.hard_break(k + 1) or s.norms[k] in _CLAUSE_WORDS:
            return None
        if any(f in _DECISIONS for f in s.words[k].forms):
            m = s.at.get(k + 1)
            return [m] if m is not None and m.type is not ActorType.location and not s.prep_before(m) else None
    return None


def _other_party_at(s: _Sentence, start: int, stop: int, subj: list[Mentioned], prep: str) -> list[Mentioned]:
    """The first mention in ``[start, stop)`` before any punctuation, if the
    preposition ``prep`` governs it and it is not the subject's side."""
    for j in range(start, min(len(s.words), stop)):
        if s.words[j].punct_before:
            return []
        m = s.at.get(j)
        if m is not None:
            own = {x.country for x in subj} | {x.actor for x in subj}
            ok = s.prep_before(m) == prep and m.actor not in own and m.type is not ActorType.location
            return [m] if ok else []
    return []


_ROYAL_STYLE = normalize("جلالته")
_ROYAL_TITLE_WORDS = frozenset(normalize(w) for w in ("الملك", "السلطان", "العاهل", "الملكة", "ملك", "سلطان"))
# Heads who appoint (الرئيس X ...، وعيّن Y وزيرا): the first word of the doer's mention.
_APPOINTING_HEADS = _ROYAL_TITLE_WORDS | frozenset(normalize(w) for w in (
    "الرئيس", "رئيس", "رئيسة", "الأمير", "أمير", "ولي"))


def _fits_style(s: _Sentence, pronoun: str, actor: str) -> bool:
    """A known person read for جلالته holds a royal title (not a chancellor the style
    was misread onto: هنأ جلالة الملك السيد فريدريش ميرتس)."""
    known = s.lex.people.get(actor)
    if pronoun != _ROYAL_STYLE or known is None:
        return True
    return any(w in _ROYAL_TITLE_WORDS for role in known.roles for w in normalize(role.title).split())


def _styled_person(s: _Sentence, pronoun: str, at: int) -> tuple[str, str | None] | None:
    """Whom سموه / فخامته at word ``at`` names: the person last introduced with that
    style before it (one styled later in the same sentence does not count)."""
    memory = s.memory or {}
    if (memory.get("styled_at") or {}).get(pronoun, -1) > at:
        return (memory.get("styled_before") or {}).get(pronoun)
    return (memory.get("styled") or {}).get(pronoun)


def _possessor(s: _Sentence, p: int, cs: int, feminine: bool) -> list[Mentioned]:
    """Whom the pronoun on a noun refers to: the nearest state or body before it
    for ها (feminine), the nearest person for ه."""
    if feminine and (pressed := _pressed(s, p, cs)) is not None:
        return [pressed]
    while cs > 0 and s.norms[cs] in _RELATIVE and not s.words[cs].punct_before and (cs - 1) not in s.covered \
            and any(s.words[x].punct in ("،", ",") for x in range(cs + 1, p + 1)):
        cs = s.clause_start(cs - 1)  # رحب X بالاتفاق الذي وقعته Y، وأكد دعمه: the relative is inside X's clause  # تضغط واشنطن على أبوظبي للحد من تعاونها مع Z: the one pressed
    if feminine and any(s.norms[k] in _THAT_WAS for k in range(max(0, p - 3), p)):
        # أعلنت رئيسة الهيئة X أن الإمارات تعهدت ...، وذلك عقب اجتماعها مع Y: the
        # sentence's own doer, a woman (a man's زيارته after استقبل X Y may be the guest's)
        doer = next((m for m in s.mentions if m.type is ActorType.person and m.j <= p and not s.prep_before(m)), None)
        if doer is not None and _feminine_title(s, doer):
            return [doer]
    # a mention inside a prepositional phrase (نفوذها في ليبيا) is rarely the
    # owner: try the others first
    # (المجر قد تبرم صفقة مع قطر، لكنه يستبعد أن تتخلى عن تحالفها مع موسكو: with no
    # owner in her own clause, "her" is the clause before's subject, not its partner)
    passes = ((False, max(cs, p - 15)), (False, max(0, p - 25)), (True, max(cs, p - 15))) if feminine \
        else ((False, max(cs, p - 15)), (True, max(cs, p - 15)))
    for governed_ok, lo in passes:
        # (بعد ساعات من لقائه Y, after a long main clause: "his" is its doer, far back,
        # before any person a preposition governs)
        far = not governed_ok and not feminine and any(s.norms[x] in _TIME_CONJ for x in range(max(0, p - 3), p))
        for k in range(p - 1, (max(0, p - 35) if far else lo) - 1, -1):
            if not far and k < lo:
                break
            if k < p and s.words[k].punct_before and s.words[k].punct in ("،", ",") \
                    and (s.norms[k] in _CIRCUMSTANTIAL or s.norms[k] in _AVAILING):
                # نجحت الدبلوماسية الأردنية في تجسير العلاقات مع دمشق، مستفيدة من تنسيقها مع
                # الرياض: "her" is the participle's doer, the clause's subject, not the last state
                head = next((x for x in s.mentions if cs <= x.i and x.j <= k and not s.prep_before(x)
                             and (x.type is not ActorType.person) == feminine), None)
                return [head] if head is not None else []
            if not feminine and s.norms[k] in _STYLE_PRONOUNS and k not in s.covered:
                # وأكد جلالته ... ودعمه لـY: "his" is His Majesty, not the guest named before
                styled = _styled_person(s, s.norms[k], k)
                return [Mentioned(k, k + 1, styled[0], ActorType.person, "", styled[1])] if styled else []
            m = s.covered.get(k)
            if not m or m.j > p or m.i != k and k != m.j - 1 or (
                    m.named and m.j < len(s.words) and (s.words[m.j].punct_before or s.norms[m.j] in _ISSUED)):
                continue  # (في «إعلان بغداد» الصادر ... دعمها: the city names the declaration, it owns
                # nothing; but إعلان الرياض إعادة فتح سفارتها: Riyadh's announcement)
            if not governed_ok and s.prep_before(m):
                if far and m.type is ActorType.person and s.prep_before(m) not in ("مع", "ب"):
                    far = False  # (only the partner of the main clause's meeting lies between)
                continue
            if not governed_ok and _in_adverbial_aside(s, m, p):
                continue  # أعلنت القاهرة، بالتنسيق مع حليفتها أسمرة، وقوفها: Cairo's stand
            if far and m.type is not ActorType.person and (k < p - 15 or _doer_person_before(s, m, cs)):
                continue  # (حذّر X من أي محاولة لتعزيز وجود الناتو ...، عقب محادثاته: X's, not the body's)
            if m.i > 0 and s.norms[m.i - 1] in _BROUGHT_TOGETHER:
                continue  # لقاء جمعه بـY خلال زيارته: the one met is not the visitor
            if not feminine and m.type is ActorType.person and _informed(s, m):
                continue  # أطلع X المسؤولَ Y على نتائج زيارته: "his" is the informer's
            if m.i > 0 and s.words[m.i - 1].forms[-1] in _KIN_BEFORE_NAME and s.words[m.i].punct_before is False \
                    and m.type is ActorType.person and m.i > 1 and (m.i - 2) in s.covered:
                continue  # Y، نجل X رئيس الدولة، ... بمناسبة زيارته: the relative's father is an aside
            if _subject_of_relative(s, m) \
                    and any(s.words[x].punct_before and s.words[x].punct in ("،", ",") for x in range(m.j, p + 1)):
                continue  # رحبت X بالاتفاق الذي وقعته Y، وأعلنت دعمها: the deal's signer owns nothing later
            if feminine and m.type in (ActorType.country, ActorType.organization):
                if any(s.norms[x].endswith("ات") and x not in s.covered and not s.words[x].punct_before
                       and s.norms[x] not in s.lex.trigger_forms for x in range(m.j, p)):
                    return []  # عقوبات على شركات صينية بسبب دعمها: ها may be the شركات
                group = _coordinated_before(s, m)
                if len(group) > 1 and group[0].i >= 2 and s.norms[group[0].i - 1] == "من" \
                        and s.norms[group[0].i - 2] in ("كل", "وكل"):
                    return group  # أعلنت كل من مصر وإريتريا وجيبوتي وقوفها: each of them
                return [m]
            if feminine and m.type is ActorType.person and _feminine_title(s, m):
                return [m]  # أعربت رئيسة الوزراء X عن شكرها: she
            if not feminine and (m.type is ActorType.person or _masculine_body(s, m)):
                return [m]  # دعمه: a person, or a body with a masculine head (مجلس، الاتحاد)
    if not feminine:
        # X استطاع ... واستفاد من ... من خلال تجسير علاقاته: a long clause chained
        # on one subject; the subject owns the pronoun when no other actor stands between
        for k in range(p - 16, max(cs, p - 30) - 1, -1):
            m = s.covered.get(k)
            if not m or m.i != k:
                continue
            if m.type is ActorType.person and not s.prep_before(m):
                return [m]
            return []
    ante = _before_relative_aside(s, p) if not feminine else None
    if ante is None and 0 < cs < p and s.words[cs].punct in ("،", ",") and s.norms[cs] in _ADVERBIAL_OPENERS:
        # أكدت X، عقب لقائها Y، أن ...: the aside's "her" is the doer it interrupts
        m = s.covered.get(cs - 1)
        if m is not None and m.j == cs and m.type is ActorType.person and not s.prep_before(m) \
                and (_feminine_title(s, m) if feminine else not _feminine_title(s, m)):
            ante = m
    return [ante] if ante is not None else []  # اختتم X، الذي دأب على ...، جولته: X's


# ل + the verbal noun of a body's task, after the body (اللجنة الوطنية لدمج قوات X،
# هيئة لمتابعة اتفاق Y): what the body works on comes next, not the body itself.
_FOR_THE_WORK_OF = frozenset("ل" + normalize(w) for w in (
    "دمج", "متابعة", "تنسيق", "مكافحة", "إعادة", "تنفيذ", "مراقبة", "تسوية", "إعمار", "تقصي", "تحقيق",
    "دعم", "تأهيل", "إدماج", "نزع", "حصر"))
# A dossier (ملف) of a normalization is a topic of talks: the ties are not yet normal.
_DOSSIER = frozenset(normalize(w) for w in ("ملف", "ملفات"))
_NORMALIZING = frozenset(normalize(w) for w in ("تطبيع",))


def _subject_of_relative(s: _Sentence, m: Mentioned) -> bool:
    """Whether ``m`` (or the group it closes) is the doer of a restrictive relative
    clause on a thing: a noun, الذي/التي, a verb, then ``m``.

    >>> # بالاتفاق الذي توصلت إليه بغداد وأربيل → بغداد and أربيل
    """
    if not any(m is x for x in s.mentions):
        return False
    head = _coordinated_before(s, m)[0]
    if s.prep_before(head):
        return False  # (المباحثات التي أجراها مع Y: Y is the partner, not the doer)
    for k in range(max(1, head.i - 4), head.i):
        if s.norms[k] in _RELATIVE and not s.words[k].punct_before and (k - 1) not in s.covered \
                and not s.words[k - 1].punct_before and s.norms[k - 1].startswith(("ال", "بال", "وال", "لل")) \
                and not any(s.words[x].punct_before or x in s.covered for x in range(k + 1, head.i)):
            return True
    return False


_PRESSURE = normalize("ضغط")  # (the oppose entry ضغط / يضغط / ضغوط of the trigger lexicon)


def _pressed(s: _Sentence, p: int, cs: int) -> Mentioned | None:
    """The state or body pressed (ضغط X على Y لـ ...) when the noun at ``p`` is in
    the purpose of the pressure: "her" is Y's.

    >>> # تضغط واشنطن على أبوظبي للحد من تعاونها مع هواوي → أبوظبي
    """
    for k in range(max(cs, p - 10), p - 1):
        if any(normalize(t.entry.past or "") == _PRESSURE for f in s.words[k].forms
               for t in s.lex.trigger_forms.get(f, ())):
            on = next((x for x in range(k + 1, min(p, k + 4)) if s.norms[x] == "علي"), None)
            m = s.at.get(on + 1) if on is not None else None
            if m is not None and m.type in (ActorType.country, ActorType.organization) and m.j < p \
                    and not any(s.words[x].punct_before for x in range(m.j, p + 1)) \
                    and any(s.norms[x][:1] == "ل" for x in range(m.j, p)):
                return m
    return None


# Verbs of briefing someone on something (أطلع X Y على، أحاط X Y علماً بـ).
_BRIEFING = {normalize(w) for w in ("أطلع", "أطلعت", "يطلع", "تطلع", "أحاط", "أحاطت", "يحيط", "تحيط")}


def _informed(s: _Sentence, m: Mentioned) -> bool:
    """``m`` is the one briefed, right after the briefing verb's doer (أطلع غروندبرغ
    المسؤولَ الكويتي على نتائج زيارته): what is told of is the doer's, not his.

    >>> # أطلع X Y على نتائج زيارته → True for Y
    """
    doer = s.covered.get(m.i - 1) if m.i > 0 else None
    return doer is not None and doer.j == m.i and doer.type is ActorType.person and doer.i > 0 \
        and s.norms[doer.i - 1].removeprefix("و") in _BRIEFING and not s.words[m.i].punct_before


def _doer_person_before(s: _Sentence, m: Mentioned, cs: int) -> bool:
    """An ungoverned person opens the sentence before ``m`` (the main clause's doer)."""
    return any(x.type is ActorType.person and x.j <= m.i and not s.prep_before(x)
               and x.i - s.clause_start(x.i) <= 3 for x in s.mentions)


def _before_relative_aside(s: _Sentence, p: int) -> Mentioned | None:
    """The person a relative aside set off by commas describes, when the aside
    closes right before ``p`` (X، الذي دأب على ...، جولته → X), else ``None``."""
    if not (s.words[p].punct_before and s.words[p].punct in ("،", ",")):
        return None
    rel_at = next((k for k in range(p - 1, max(0, p - 25), -1) if s.norms[k] in _RELATIVE
                   and s.words[k].punct_before and s.words[k].punct in ("،", ",")), None)
    m = s.covered.get(rel_at - 1) if rel_at else None
    if m is not None and m.j == rel_at and m.type is ActorType.person and not s.prep_before(m) \
            and not any(s.words[x].punct_before for x in range(rel_at + 1, p)):
        return m
    return None


_ADVERBIAL_OPENERS = frozenset(_ASIDE_OPENERS | {normalize(w) for w in (
    "عند", "وخلال", "بالتنسيق", "وبالتنسيق", "بالتعاون", "بالشراكة", "بمشاركة", "بحضور", "برفقة", "بدعوة")})


def _in_adverbial_aside(s: _Sentence, m: Mentioned, p: int) -> bool:
    """The mention sits in an aside set off by commas that opens with a preposition
    or a time word, between the clause's doer and ``p``: never the owner of a pronoun.

    >>> # أعلنت القاهرة، بالتنسيق مع حليفتها أسمرة، وقوفها → Asmara is in the aside
    """
    start = next((k for k in range(m.i, max(-1, m.i - 8), -1) if s.words[k].punct_before), None)
    if start is None or s.words[start].punct not in ("،", ",") or s.norms[start] not in _ADVERBIAL_OPENERS:
        return False
    return any(s.words[k].punct_before and s.words[k].punct in ("،", ",") for k in range(m.j, p + 1))


def _person_over_praised_state(s: _Sentence, p: int, cs: int, owner: list[Mentioned]) -> list[Mentioned]:
    """A reception or meeting is held by a person: when "her" found a state or body
    and the clause opened with an ungoverned person, that person owns it.

    >>> # أشادت المديرة العامة X بجهود المملكة ...، لدى استقبالها Y: X received Y
    """
    if not owner or owner[0].type is ActorType.person:
        return owner
    doer = next((m for m in s.mentions if cs <= m.i and m.j <= owner[0].i
                 and m.type is ActorType.person and not s.prep_before(m)), None)
    return [doer] if doer else owner


def _masculine_body(s: _Sentence, m: Mentioned) -> bool:
    """``m`` is referred to by a masculine "he/his": a seat of power standing for its
    state (الكرملين), or a body whose head noun is masculine (مجلس، الاتحاد; a body no
    list knows by its own first word, المجلس العسكري), not قوات or a noun in ة."""
    if m.type is ActorType.country and m.i < len(s.words) and s.words[m.i].forms[-1] in _MASCULINE_SEATS \
            and not s.prep_before(m) and not (m.i > 0 and not _VENUES.isdisjoint(s.words[m.i - 1].forms)):
        return True  # يواصل الكرملين توثيق شراكته: the seat of power, a masculine noun, for its state
    org = s.lex.organizations.get(m.actor) if m.type is ActorType.organization else None
    if org is None and not (m.type is ActorType.organization and m.i < len(s.words)):
        return False  # (a body no list knows: its own first word, المجلس العسكري, below)
    head = normalize(org.name).split()[0] if org is not None else s.words[m.i].forms[-1]
    return not head.endswith(("ه", "ات")) and head not in _FEMININE_HEADS


_FEMININE_HEADS = {normalize(w) for w in ("الأمم", "الدول", "قوات", "القوات")}
# Seats of power named by a masculine noun (الكرملين، البيت الأبيض، قصر الإليزيه، الكرسي الرسولي)
_MASCULINE_SEATS = {normalize(w) for w in ("الكرملين", "البيت", "الإليزيه", "البنتاغون", "الفاتيكان", "قصر", "الكرسي")}


_UPON = {normalize(w) for w in ("لدى", "عند", "فور", "لدي", "وعند", "ولدى", "فور")}
_BETWEEN_THEM = {normalize(w) for w in ("بينهما", "بينهم", "بينها", "البلدين", "الجانبين")}


_REACH_FILLERS = {normalize(w) for w in ("لم", "لن", "قد", "بعد", "حتى", "الآن", "ولم")}


def _past_time_words(s: _Sentence, k: int, end: int) -> int:
    """Word ``k`` moved past time words up to ``end`` (توصل X وY مساء الأربعاء إلى اتفاق;
    also set off by commas: توصل X وY، مساء الأربعاء، إلى اتفاق)."""
    start = k
    while k < end and s.norms[k] in _TIME_WORDS and (
            not s.words[k].punct_before or (k == start and s.words[k].punct in ("،", ","))):
        k += 1
    return k


def _reached_after_particles(s: _Sentence, start: int, end: int) -> bool:
    """A verb of reaching stands in words ``[start, end)`` with only particles
    around it (لم تتوصلا بعد): X و Y لم تتوصلا بعد إلى اتفاق."""
    r = next((x for x in range(start, end) if any(f in _REACHING for f in s.words[x].forms)), None)
    return r is not None and not any(s.words[x].punct_before for x in range(start, end)) \
        and all(s.norms[x] in _REACH_FILLERS for x in range(start, end) if x != r)


def _group_before(s: _Sentence, p: int, cs: int, states: bool = False,
                  window: int = 8) -> list[Mentioned]:
    """The nearest coordinated group of mentions before ``p`` in its clause
    (مصر والسعودية), or الجانبان: the last two sides named before (as states
    for state-level relations such as cooperation)."""
    crossed = False
    for k in range(p - 1, max(cs, p - window) - 1, -1):
        if s.norms[k] in _THE_TWO_SIDES:
            pair = _two_sides(s, k, s.norms[k], k)
            if k > 0 and s.norms[k - 1] in ("الي", "علي", "مع") and _the_doers(s, k, cs, pair):
                return []  # الرياض وواشنطن ستوجهان الدعوة إلى الطرفين: the sides are others
            if s.norms[k] in _THE_PARTIES and any(s.norms[x] in _THE_TWO_SIDES and s.norms[x] not in _THE_PARTIES
                                                   for x in range(cs, k)):
                return []  # اتفق الوزيران على ... لدفع الطرفين نحو الالتزام بالاتفاق: the parties are others
            if any(not _MEDIATION.isdisjoint(s.words[x].forms) and any(s.norms[r] in _RELATIVE for r in range(x + 1, k))
                   for x in range(max(0, k - 6), k)):
                return []  # جهود الوساطة التي يقودها البلدان لاستئناف مفاوضات: the mediators, no party to them
            if s.norms[k] in _BOTH_STATES:
                states = _as_states(pair, s)  # البلدين: the two persons' states (a person
                return states if all(m.type is not ActorType.person for m in states) else []  # of no known state: none)
            if states and len(pair) == 2:
                # for a state-level relation a known leader stands for their state (both
                # or neither: a state and the UN's secretary-general are no pair)
                as_states = _as_states(pair, s)
                pair = as_states if all(m.type is not ActorType.person for m in as_states) else pair
            return pair
        m = s.covered.get(k)
        if m and not s.prep_before(m):
            return _coordinated_before(s, m)
    return []


def _the_doers(s: _Sentence, k: int, cs: int, pair: list[Mentioned]) -> bool:
    """Whether ``pair`` (what الطرفين at ``k`` was read as) is the group that
    acts earlier in the same clause, so that the two sides it addresses are others."""
    actors = {m.actor for m in pair}
    for m in s.mentions:
        if cs <= m.i and m.j <= k and not s.prep_before(m):
            group = {x.actor for x in _coordinated_before(s, m)} | {m.actor}
            if len(group) >= 2 and actors <= group | {x.country for x in _coordinated_before(s, m)}:
                return True
    return False


_TWO_CAPITALS = {normalize(w) for w in ("العاصمتين", "العاصمتان")}
_DIRECTED_IT = {normalize(w) for w in ("وجهها", "وجهتها", "ساقها", "ساقتها", "أطلقها", "أطلقتها")}
_THE_PARTIES = {normalize(w) for w in ("الطرفان", "الطرفين")}  # (the parties to a conflict or a deal)
_BOTH_STATES = {normalize(w) for w in ("البلدين", "البلدان", "الدولتين", "الدولتان",
                                        "الجيشين", "الجيشان")}  # (التدريب المشترك بين الجيشين: the two states' forces)
_THE_TWO_SIDES = {normalize(w) for w in ("الجانبان", "الطرفان", "الجانبين", "الطرفين", "البلدان",
                                        "البلدين", "الدولتين", "الدولتان",
                                        "الزعيمان", "الرئيسان", "الوزيران", "الزعيمين",
                                        "الرئيسين", "الوزيرين", "الحكومتان", "الحكومتين", "الأميران", "الأميرين",
                                        "الاثنان", "الرجلان", "الرجلين", "الملكان", "الملكين", "العاهلان",
                                        "العاهلين", "الواليان", "الواليين", "المحافظان", "السفيران",
                                        "السفيرين", "المسؤولان", "الضابطان", "الضابطين", "القائدان",
                                        "القائدين", "المبعوثان", "المبعوثين")} | _WOMEN_DUALS
# (وبحث الاثنان: the two; الاثنين is Monday)


_DATELINE_MARKS = {"-", "–", "—", "(", "/", ":"}
_LETTERS = {normalize(w) for w in ("رسالة", "خطية", "برقية", "رسالته", "دعوة")}
_AT_INVITATION = {normalize(w) for w in ("لدعوة", "بدعوة", "وبدعوة")}
_INSIDE = {normalize(w) for w in ("داخل", "ضمن", "بداخل")}
_CARRYING_OUT = {normalize(w) for w in ("تنفيذ", "تطبيق", "بنود", "تفعيل", "لتنفيذ", "بتنفيذ", "لتطبيق", "بتطبيق")}
# Genitives that name what an agreement is about (اتفاق وقف إطلاق النار، اتفاق السلام)
_CONSTRUCT_TOPICS = {normalize(w) for w in ("وقف", "تبادل", "تثبيت", "تسوية", "ترسيم", "تنظيم", "حماية")}
_HIS_APPOINTMENT = {normalize(w) for w in ("تعيينه", "تعيينها", "بتعيينه", "بتعيينها", "لتعيينه", "لتعيينها")}
_BY_AGENT = {normalize(w) for w in ("قبل", "طرف")}  # من قبل / من طرف (Maghreb): the passive's doer
_PROGRAMMES = {normalize(w) for w in ("برامج", "مشاريع", "مشروعات", "عمليات", "أنشطة", "ميزانية", "خطط",
                                      "برنامج", "مشروع", "جهود")}
_TO_ARRANGE = {normalize(w) for w in ("لاستضافة", "لاحتضان", "لتنظيم", "لترتيب", "لتسهيل", "باستضافة",
                                      "لاستضافته", "لاستضافتها", "لرعاية")}
# محادثات استضافتها الدوحة: the host of the talks is no side to them
_HOSTED_IT = frozenset(normalize(w) for w in ("استضافتها", "استضافته", "احتضنتها", "احتضنته", "تستضيفها",
                                              "تستضيفه", "تحتضنها", "تحتضنه", "استضافها", "احتضنها"))
_TOPIC_NOUNS = {normalize(w) for w in ("التطورات", "الأوضاع", "المستجدات", "الأزمة", "الوضع", "الحرب",
                                        "الصراع", "الأحداث")}
_SPONSOR_VERBS = {normalize(w) for w in ("رعت", "رعى", "رعتا", "رعيا", "ترعى", "يرعى", "توسطت", "توسط",
                                           "سهلت", "سهل", "يتوسط", "تتوسط",
                                           # تسعى عمان إلى ترتيب جولة مفاوضات بين الطرفين: the arranger
                                           "ترتيب", "لترتيب", "رتبت", "رتب", "ترتب", "يرتب")}
_MEDIATION = _SPONSORING | {normalize(w) for w in ("وساطة", "الوساطة", "رعاية", "بتيسير")}
_IN_PRESENCE = frozenset(normalize(w) for w in ("بحضور", "وبحضور"))  # (the sponsors of _between, and bare nouns)
_WITNESSING = {normalize(w) for w in ("شهد", "يشهد", "حضر", "يحضر", "رعى", "يرعى", "شهدا", "حضرا",
                                      "تشهد", "شهدت", "تحضر", "حضرت", "ترعى", "رعت", "يشهدان", "تشهدان",
                                      "يحضران", "يرعيان")}
# A place "saw" a visit (شهدت العاصمة X زيارة لـ Y): the witnessing verbs of شهد.
_SAW = {w for w in _WITNESSING if "شهد" in w} | {normalize(w) for w in ("ستشهد", "سيشهد")}
_BUT_THAT = {normalize(w) for w in ("غير", "إلا", "بيد", "رغم", "برغم", "كما", "بما", "مع")}
_ACCORDING_TO = {normalize(w) for w in ("بحسب", "حسب", "وفق", "وفقا", "طبقا")}


def _sponsors(s: _Sentence) -> set[str]:
    """Actors this sentence names as a sponsor or mediator by its verb (كانت تركيا
    وقطر قد رعتا الجولة، رعت مصر المحادثات): never one of الجانبان / البلدان."""
    if s.forms.isdisjoint(_SPONSOR_VERBS):
        return set()
    return {m.actor for m in s.mentions if any(
        s.norms[k] in _SPONSOR_VERBS and not any(s.words[x].punct_before for x in range(min(k + 1, m.i), max(k, m.j) + 1))
        for k in [*range(m.j, min(len(s.words), m.j + 6)), *range(max(0, m.i - 2), m.i)])}


def _headline_topic(s: _Sentence, p: int) -> Mentioned | None:
    """The person a headline opens with when a colon follows him and where he is
    (السيسي في أبوظبي: مباحثات مع ...), for the noun at ``p`` right after the colon."""
    if p == 0 or p > 8 or s.words[p].punct != ":":
        return None
    topic = s.at.get(0)
    if topic is None or topic.i != 0 or topic.type is not ActorType.person:
        return None
    k = topic.j  # (X: محادثات ... alone is a quote of X's, not told of him)
    if k + 1 < p and s.norms[k] == "في" and (place := s.at.get(k + 1)) is not None and place.i == k + 1 \
            and place.type in (ActorType.country, ActorType.location) and place.j == p:
        return topic
    return None


def _own_visit_destination(s: _Sentence, m: Mentioned) -> bool:
    """``m`` is where "his" visit went (زيارته للكويت، جولتها إلى مسقط): a place
    someone is at, named as a circumstance."""
    if m.type not in (ActorType.country, ActorType.location) or s.prep_before(m) not in ("ل", "الي"):
        return False
    k = m.i - 1 - (s.norms[m.i - 1] == "الي") if m.i > 0 else -1
    return k >= 0 and any(tf.entry.relation == "visit" and tf.pos == "noun" and tf.pronoun
                          for f in s.words[k].forms for tf in s.lex.trigger_forms.get(f, ()))


def _camp(s: _Sentence, m: Mentioned) -> str:
    """The armed group or party a known man now leads or serves, else "" (a state's
    organs are the state's own camp)."""
    person = s.lex.people.get(m.actor)
    for role in (person.roles if person is not None else ()):
        org = s.lex.organizations.get(role.organization) if role.organization and role.end is None else None
        if org is not None and org.kind in ("armed_group", "party"):
            return org.id
    return ""


def _last_two_actors(s: _Sentence, before: int) -> list[Mentioned]:
    """The last two actors named before ``before`` that stand for different
    sides (a person and their own state are one side)."""
    seen: list[Mentioned] = []
    # قال الباحث X إن «الطرفين ...»: the speaker and what precedes his words are not
    # the sides (they are the ones named in the talks before)
    said = max((k for k in range(before) if s.norms[k] in _COMPLEMENTIZERS
                and not (k > 0 and s.norms[k - 1] in _BUT_THAT)), default=-1)  # (غير أن: "but")
    speaker = next((m for m in reversed(s.mentions) if m.j <= said and m.type is ActorType.person
                    and not s.prep_before(m)), None) if said >= 0 else None
    earlier = [m for m in s.mentions if m.j <= said and m is not speaker
               and s.prep_before(m) not in ("في", "ب")  # (في واشنطن، في معهد: no side)
               and not _own_visit_destination(s, m)]  # (وأوضح X، على هامش زيارته للكويت، أن: where he spoke)
    pool = [m for m in s.mentions if said < m.i and m.j <= before][::-1] + earlier[::-1]
    recipients = [m for m in pool if m in s.mentions and s.prep_before(m) in ("الي", "ل")]
    if recipients and len({m.actor for m in pool if m not in recipients and m.type is not ActorType.location
                           and not m.place and not m.adverbial and not m.no_side and not m.sender}) >= 2:
        # سلّمت حماس ثلاثة محتجزين إلى الصليب الأحمر، فيما أفرجت إسرائيل ...، الاتفاق
        # الذي أبرمه الطرفان: the doers, not the one something was handed to
        pool = [m for m in pool if m not in recipients]
    sponsors = _sponsors(s)
    for m in pool + list(reversed(s.context)):
        if m.type is ActorType.location or m.adverbial or m.named or m.no_side or (
                m in s.mentions and m.type is ActorType.country and s.prep_before(m) == "في"):
            continue  # في قصر الحسينية، في نيروبي، في العاصمة العمانية، إعلان أنقرة: a place is not a side
        if m in s.mentions and m.i > 0 and any(f in _VENUES for f in s.words[m.i - 1].forms):
            continue  # بمقر المفوضية الأوروبية: the venue, not a side
        if m in s.mentions and m.i > 0 and s.norms[m.i - 1] in _SUMMIT and m.type is ActorType.organization:
            continue  # على هامش قمة مجموعة العشرين، في ثاني لقاء بينهما: the summit's body is no side
        if m in s.mentions and any(s.norms[k] in _ACCORDING_TO for k in range(max(0, m.i - 3), m.i)):
            continue  # بحسب ما أكده الكرملين: the source of the news is no side
        if m.sender:
            continue  # نقل إليه رسالة خطية من الرئيس X: the sender is not at the table
        if m.actor in sponsors:
            continue  # وكانت تركيا وقطر قد رعتا الجولة ... الذي أبرمه الجانبان: the sponsors sign nothing
        if m.type is ActorType.organization and getattr(s.lex.organizations.get(m.actor), "kind", "") == "media":
            continue  # وفق ما نقلته صحيفة فايننشال تايمز ... يوقع الطرفان: a newspaper reports, it signs nothing
        if m.body and m.body in {x.actor for x in seen}:
            continue  # الوفد المفاوض لجماعة Y برئاسة المتحدث باسمها X ... الجانبان: X and Y are one side
        if any(x.body == m.actor for x in seen):
            seen = [m if x.body == m.actor else x for x in seen]  # (the body, not its man, is the side)
            continue
        sides = {x.actor for x in seen} | {x.country for x in seen if x.country and _of_its_state(s, x)}
        if m.type is ActorType.person and m.actor not in sides and m.country and _of_its_state(s, m) \
                and m.country not in {x.actor for x in seen} and seen \
                and all(x.type is ActorType.person for x in seen) \
                and _camp(s, m) != _camp(s, seen[0]):
            # البرهان وحميدتي ...، أول لقاء بينهما: two men of one state, each of his own camp
            # (an armed group or a party against the state's organs): two sides
            sides.discard(m.country)
        if m.actor not in sides and not (m.country and _of_its_state(s, m) and m.country in sides):
            seen.append(m)
            if len(seen) == 2:
                return seen[::-1]
    return []


def _doer_of_condemned_act(s: _Sentence, q: int) -> list[Mentioned]:
    """The doer of an act condemned after ل (إدانتها الشديدة للهجوم الإسرائيلي، لقرار
    الحكومة الإسرائيلية): the demonym or genitive right after an act noun whose
    genitive is its agent (never اغتيال / استهداف X, whose genitive is the victim)."""
    k = q
    while k < len(s.words) and k - q < 2 and s.norms[k].startswith("ال") and k not in s.covered \
            and k not in s.demonyms and not s.words[k].punct_before:
        k += 1  # (الشديدة، القاطعة: the noun's adjectives)
    if k + 1 >= len(s.words) or s.words[k].punct_before or s.words[k + 1].punct_before \
            or not s.norms[k].startswith("ل") or k in s.covered:
        return []
    act = s.norms[k][2:] if s.norms[k].startswith("لل") else s.norms[k][1:]
    if act.removeprefix("ال") not in _AGENT_ACTS:
        return []
    if (k + 1) in s.demonyms and (k + 1) not in s.covered:
        state = s.demonyms[k + 1]
        return [Mentioned(k + 1, k + 2, state, ActorType.country, "", state)]
    m = s.at.get(k + 1)
    return [m] if m is not None and m.type is not ActorType.location else []


_GIVING_THANKS = {normalize(w) for w in ("وجه", "وجهت", "قدم", "قدمت", "يوجه", "توجه", "يقدم", "تقدم", "جدد", "جددت")}

_CRITICISED_ACTS = {normalize(w) for w in ("البيان", "القرار", "التقرير", "التصريحات", "الموقف", "الإعلان",
                                             "الخطوة", "الإجراءات", "السياسات")}


_ISSUED_FROM = frozenset(normalize(w) for w in ("الصادر", "الصادرة", "الصادرين"))
_WHICH = frozenset(normalize(w) for w in ("التي", "الذي"))
_UTTERED = frozenset(normalize(w) for w in ("أدلى", "أدلت", "أطلقها", "أطلقه", "أطلقتها", "أطلقته"))


def _statement_author(s: _Sentence, q: int) -> list[Mentioned]:
    """انتقدت طهران البيان الختامي (للمجلس الوزاري) لمجلس التعاون: the body or
    state after ل, past adjectives and one unnamed organ of it."""
    k, hops = q + 1, 0
    while k < len(s.words) and k - q <= 6 and not s.words[k].punct_before:
        m = s.at.get(k)
        if m is not None:
            return [m] if m.i == k and s.prep_before(m) == "ل" and m.type in (
                ActorType.organization, ActorType.country) and not m.place else []
        if k + 2 < len(s.words) and ((s.norms[k] in _ISSUED_FROM and s.norms[k + 1] == "عن") or (
                s.norms[k] in _WHICH and s.norms[k + 1] in _UTTERED)):
            # التصريحات الصادرة عن X / التي أدلى بها X / التي أطلقها X: their author
            at = k + 2 + (s.norms[k + 2] in ("بها", "به"))
            m = s.at.get(at) if at < len(s.words) and not s.words[at].punct_before else None
            if m is None or m.i != at or s.prep_before(m) not in ("", "عن") \
                    or m.type is ActorType.location or m.place:
                return []
            return [m]
        if s.norms[k].startswith("ل") and hops == 0:
            hops += 1  # (للمجلس الوزاري: an organ, then its body)
        elif not s.norms[k].startswith("ال"):
            return []
        k += 1
    return []


_AGENT_ACTS = {normalize(w) for w in (
    "قرار", "هجوم", "هجمات", "اعتداء", "اعتداءات", "عدوان", "تصريحات", "سياسة", "سياسات", "قصف",
    "غارات", "انتهاكات", "ممارسات", "توغل", "تدخل", "خطوة", "إجراءات", "تهديدات", "استفزازات",
    "موافقة", "مصادقة", "سماح", "خروقات", "خرق", "تجاوزات")}  # (معارضتها لموافقة الولايات المتحدة على صفقة: the US)


def _after_opening_phrase(s: _Sentence, p: int) -> bool:
    """Whether only a dateline and adverbial words stand before ``p`` (موسكو - في
    مستهل زيارته الرسمية إلى موسكو، حظي X ...): an opening phrase whose "his" is
    the main clause's doer."""
    start = next((k for k in range(1, min(p, 7)) if s.words[k].punct_before
                  and s.words[k].punct in _DATELINE_MARKS), 0)
    return p - start <= 4 and all(s.norms[k] in _OPENING_WORDS for k in range(start, p))


_ABLE = {normalize(w) for w in ("يتمكن", "تتمكن", "تمكن", "تمكنت", "يستطع", "تستطع", "استطاع", "استطاعت",
                                "يتمكنا", "تتمكنا", "يتمكنوا", "ويتمكن", "وتتمكن")}
_WAS_GIVEN = {normalize(w) for w in ("حظي", "حظيت", "يحظى", "تحظى", "لقي", "لقيت")}
# وفي اليوم التالي استقبله X: a time phrase opening the clause before its verb
_TIME_OPENERS = {normalize(w) for w in ("في", "وفي", "اليوم", "التالي", "مساء", "صباح", "ظهر", "ذلك", "اللاحق",
                                        "وبعد", "بعد", "ساعات", "يومين", "لاحق", "وقت", "نفسه", "ذاته")}
def _time_opened(s: _Sentence, p: int, cs: int) -> bool:
    """Only a short time phrase opens the clause before ``p`` (وفي اليوم التالي استقبله X)."""
    return p - cs <= 5 and all(s.norms[k] in _TIME_OPENERS for k in range(cs, p))


_OPENING_WORDS = {normalize(w) for w in (
    "في", "وفي", "خلال", "وخلال", "مستهل", "ختام", "إطار", "بداية", "أثناء", "عقب", "إثر", "لدى",
    "ولدى", "على", "هامش", "أول", "ثاني", "ثالث", "بعد", "قبل")}


def _of_its_state(s: _Sentence, m: Mentioned) -> bool:
    """Whether ``m`` is on its state's side: a person, or a body of the state (not an
    armed group, party or movement based there: حركة 23 مارس is the other side)."""
    org = s.lex.organizations.get(m.actor)
    return org is None or org.kind not in _NON_STATE_KINDS


_NON_STATE_KINDS = frozenset({"armed_group", "party", "media", "think_tank", "other", "company"})


def _purpose(s: _Sentence, p: int) -> bool:
    """لزيارة / للقاء / لبحث: a verbal noun of purpose (its genitive is the object)."""
    w = s.words[p].norm
    return w.startswith("ل") and w[1:] in s.lex.trigger_forms or (
        w.startswith("لل") and ("ال" + w[2:]) in s.lex.trigger_forms)


def _said_of(s: _Sentence, k: int) -> list[Mentioned]:
    """Who "he" or "she" of أنه / أنها at ``k`` is: the doer of the saying verb just
    before (أعلنت السعودية أنها، قال الوزير X إنه); "she" is a state or body, or a
    woman by her title; ``[]`` when no sayer stands within six words.

    >>> # أعلنت السعودية أنها ستسدد ديون سوريا → [السعودية]
    """
    feminine = s.norms[k] in _THAT_SHE
    near = [m for m in s.mentions if m.j <= k and not s.prep_before(m) and m.type is not ActorType.location
            and not m.no_side][-1:]  # (عمّان – أعلنت الهيئة ... أنها: the dateline says nothing)
    if not near or k - near[0].j > 6 or not any(
            f in _SAYING for x in (near[0].i - 1, near[0].j) if 0 <= x < k
            for f in s.words[x].forms):
        return []  # the sayer stands right after its verb or right before it (فرضت X عقوبات على
        # شركة قالت إنها ساعدت: the company said it, not X)
    m = near[0]
    if feminine and m.type is ActorType.person and not _feminine_title(s, m):
        return []
    if not feminine and m.type is not ActorType.person:
        return []  # (أنه after a state: "it", some matter, not the state)
    return near


def _between_at(s: _Sentence, m: Mentioned) -> int | None:
    """Where the بين stands whose pair ``m`` belongs to (بين الأردن والاتحاد
    الأوروبي), with only mentions between them; else ``None``."""
    at = next((x for x in range(m.i - 1, max(-1, m.i - 6), -1) if s.norms[x] == "بين"), None)
    return at if at is not None and all(x in s.covered for x in range(at + 1, m.i)) else None


def _clause_subject(s: _Sentence, p: int, cs: int, window: int = 12) -> list[Mentioned]:
    """The nearest mention before ``p`` in its clause that no preposition governs;
    a relative clause closed by a comma (X، الذي ...، ) is stepped over to X."""
    cs = s.main_clause_start(p, cs)
    k = p - 1
    lowest = max(cs, p - window)
    # الذي ينظمه X بالتعاون مع Y،: a manner (بالـ) is the relative verb's doer's, read in
    # p's own clause (but التي تتهمها X بتسهيل ...: the accused act is the antecedent's)
    own = s.closed_relative_at(p) if s.norms[p].startswith("بال") else None
    while k >= lowest:
        closed = s.closed_relative_at(k)
        if closed is not None and closed != own:
            k = closed - 1  # jump to the antecedent before الذي
            lowest = max(0, min(lowest, k - 2))
            continue
        if s.norms[k] in _THAT_PRONOUNS and k + 1 < p and (said := _said_of(s, k)):
            return said  # أكدت مصر أنها ستواصل دعم السودان: "she", the one who said it
        if s.norms[k] in _COMPLEMENTIZERS:
            return []  # قال X إن ...: X is the speaker, not the doer
        if s.norms[k] in _RELATIVE and k + 1 < p and s.norms[p].startswith("بال") and k not in s.covered \
                and s.norms[k + 1].endswith(("ه", "ها", "هم")) and len(s.norms[k + 1]) >= 5:
            # المؤتمر ... الذي تستضيفه جنيف بالشراكة مع Y: the relative's own doer (a city here),
            # never what precedes it (but خفر السواحل، التي تعمل بالتنسيق مع Y: the antecedent works)
            return []
        m = s.covered.get(k)
        opener = next((x for x in range(m.i, max(-1, m.i - 10), -1) if s.words[x].punct_before), None) \
            if m else None
        if m and opener is not None and s.norms[opener] in _ACCORDING_TO:
            k = opener - 1  # تعد إيران، بحسب الباحث X، «شريكا ...»: the source is no doer
            continue
        if m and opener is not None and opener > cs and _in_adverbial_aside(s, m, p):
            k = opener - 1  # أعلنت القاهرة، بالتنسيق مع حليفتها أسمرة، وتعهدت بتدريب ...: Cairo
            lowest = max(cs, min(lowest, k - 2))
            continue
        if m and m.i > 0 and m.type is ActorType.person and s.norms[m.i - 1] in _LED_BY:
            k = m.i - 2  # الحزب الديمقراطي الكردستاني بزعامة X يبقى الحليف: the body he leads
            continue
        if m and m.place and m.i > 0 and any(tf.entry.relation == "visit" and tf.pos == "verb"
                                             for f in s.words[m.i - 1].forms for tf in s.lex.trigger_forms.get(f, ())):
            k = m.i - 1  # وفداً من X زار طرابلس وأجرى محادثات: the city visited does nothing
            continue
        if m and m.named and not _FORUM_NAMES.isdisjoint(s.words[m.i - 1].forms):
            k = m.i - 1  # قبيل انعقاد قمة بغداد، للقاء Y: the city names the summit, it does nothing
            # (إعلان الرياض استعدادها: an announcement by Riyadh, which acts)
            continue
        if m and m.i > 0 and s.norms[m.i - 1] in _DIRECTIONS and not s.words[m.i].punct_before:
            k = m.i - 1  # في مقاطعة توركانا شمالي كينيا، بالشراكة مع Y: "in the north of", a place
            continue
        if m and (between := _between_at(s, m)) is not None:
            k = between - 1  # أهمية الشراكة بين الأردن والاتحاد الأوروبي: the two after بين
            continue  # are the ties' sides, never the clause's doer
        if m and m.j <= p and m.type is not ActorType.location and (
                not s.prep_before(m) or (m.i > 0 and s.prep_before(m) == "ل"
                                         and s.norms[m.i - 1] in _ORGAN_WORDS)
                or (m.i > 1 and s.norms[m.i - 1] == "من" and (
                    s.words[m.i - 2].forms[-1] in _A_DELEGATION or s.norms[m.i - 2] in _MISSIONS)
                    and m.type in (ActorType.organization, ActorType.country)
                    and not s.words[m.i - 1].punct_before)):
            # (وافق مجلس المديرين التنفيذيين للبنك الدولي على ...: the bank; أنهت بعثة من
            # صندوق النقد الدولي زيارة: the body whose mission it is)
            return [m]
        k -= 1
    if s.norms[cs] in _RELATIVE and cs > 0 and s.covered.get(cs - 1):
        return [s.covered[cs - 1]]  # روسيا التي ... دعم لـ X
    return []


_AGREEING = {normalize(w) for w in ("وافق", "وافقت", "يوافق", "توافق", "صادق", "صادقت", "أقر", "أقرت")}
_ORGAN_WORDS = {normalize(w) for w in ("التنفيذيين", "التنفيذي", "مجلس", "المجلس", "إدارة", "محافظي",
                                        "الإدارة", "المحافظين")}
_DUALS: dict[int, frozenset[str]] = {}


_FEMININE_TITLES = {normalize(w) for w in ("الملكة", "السيدة", "المستشارة", "الأميرة", "الشيخة")}
_MASCULINE_TITLES = {normalize(w) for w in (
    "رئيس", "الرئيس", "وزير", "الوزير", "ملك", "الملك", "أمير", "الأمير", "سفير", "السفير", "نائب",
    "قائد", "مبعوث", "المبعوث", "ولي", "العاهل", "السلطان", "الشيخ", "المشير", "الفريق", "الجنرال",
    "المفوض", "الأمين", "المدير", "المستشار", "المتحدث", "المندوب", "الممثل")}  # (with ال: never "his" X)


def _asked_of(s: _Sentence, p: int, cs: int) -> list[Mentioned]:
    """The one a demand is made of, when the noun at ``p`` is in its content:
    طالب / يطالب X Y بـسحب ... ووقف دعمها (Y, right after the demanding verb)."""
    for k in range(p - 1, max(cs, p - 16) - 1, -1):
        if s.words[k].forms[-1] in _DEMANDING:
            m = s.at.get(k + 1)
            if m is None or s.prep_before(m) or m.j >= p or not any(
                    s.norms[x].startswith("ب") and x not in s.covered for x in range(m.j, min(p, m.j + 2))):
                return []
            return [m]
    return []


_DEMANDING = {normalize(w) for w in ("طالب", "طالبت", "يطالب", "تطالب", "طالبوا")}


def _feminine_subject(s: _Sentence, m: Mentioned) -> bool:
    """A woman named in this sentence by a feminine title (وصلت المفوضة X ...)."""
    return m.type is ActorType.person and any((x.i, x.j, x.actor) == (m.i, m.j, m.actor) for x in s.mentions) \
        and (_feminine_title(s, m) or s.words[m.i].ta_end)  # (مفوضة، سفيرة: written with ة)


def _feminine_title(s: _Sentence, m: Mentioned) -> bool:
    """The mention opens with a feminine title (رئيسة، الوزيرة، الملكة، السيدة)."""
    first = [m.i - 1, m.i] if m.i > 0 and (m.i - 1) not in s.covered and not s.words[m.i].punct_before else [m.i]
    return any(w.endswith("ه") and (w[:-1] in _MASCULINE_TITLES or w in _FEMININE_TITLES)
               for k in first for w in s.words[k].forms)
    # (وزيرة: read whole, not و + زيرة; نائبة المبعوث X: the word before the mention's title)


def _masculine_title(s: _Sentence, m: Mentioned) -> bool:
    """The mention opens with a masculine title (رئيس، الوزير ...), not رئيسة."""
    return not _MASCULINE_TITLES.isdisjoint(s.words[m.i].forms)  # (وزير: not و + زير)


def _feminine_past(word: Word, entry) -> bool:
    """The verb is a past tense whose doer is "she" (وقعته، التقت، زارتها)."""
    if not entry.past:
        return False
    past = normalize(entry.past)
    stem = past[:-1] if past.endswith("ي") else past  # التقى → التقت
    return any(f == stem + "ت" or f.startswith(stem + "ت") and f[len(stem) + 1:] in ("ه", "ها", "هم", "هما")
               for f in word.forms)


def _dual_verb(word: Word, entry) -> bool:
    """The verb is in the dual (اتفقا، التقيا، يبحثان): two doers."""
    duals = _DUALS.get(id(entry))
    if duals is None:
        forms: set[str] = set()
        if entry.past and entry.present:
            p, pr = normalize(entry.past), normalize(entry.present)
            stem = p[:-1] if p.endswith("ي") else p
            forms |= {stem + "يا", stem + "تا"} if p.endswith("ي") else {p + "ا", p + "تا"}
            pstem = pr[1:] if pr[:1] in "يتنا" else pr
            forms |= {"ي" + pstem + "ان", "ت" + pstem + "ان", "سي" + pstem + "ان", "ست" + pstem + "ان",
                      "ي" + pstem + "ا", "ت" + pstem + "ا"}  # (أن يلتقيا: the subjunctive dual)
        # تعاونا، اتفاقا: a verbal noun with its accusative alif is not a dual
        forms -= {normalize(n) + "ا" for n in entry.nouns}
        duals = _DUALS[id(entry)] = frozenset(forms)
    return any(f in duals for f in word.forms)


def _opinion_follows(s: _Sentence, q: int) -> bool:
    for k in range(q, min(len(s.words), q + 4)):
        if any(f in _OPINION for f in s.words[k].forms):
            return True
    return False


_STYLE_HIM = frozenset(normalize(w) for w in (
    "سموه", "سموها", "سيادته", "معاليه", "معاليها", "فخامته", "فخامتها", "جلالته", "جلالتها", "دولته", "سعادته",
    "سعادتها"))
# ... في مقدمة مستقبلي الضيف: "the guest" stands for the one who arrived, as a style does.
_STYLE_HIM_OR_GUEST = _STYLE_HIM | {normalize("الضيف"), normalize("الضيفة")}


_RECEPTION_VERBS = frozenset(normalize(w) for w in ("استقبل", "واستقبل", "استقبلت"))


def _styled_guest(s: _Sentence, q: int, last_subject: list[Mentioned],
                  carried: list[Mentioned] | None) -> list[Mentioned]:
    """The guest a style after a reception word names (في استقبال سموه): the one
    introduced with that style, else the one who arrived, else the last subject."""
    styled = _styled_person(s, s.norms[q], q) if s.norms[q] in _STYLE_PRONOUNS else None
    visitor = (getattr(s, "memory", None) or {}).get("visitor")
    if styled and not visitor:
        # (but وصل صاحب السمو X يرافقه سمو Y ... مستقبلي سموه: the visitor, who came first)
        return [Mentioned(q, q + 1, styled[0], ActorType.person, "", styled[1])]
    return visitor or [m for m in (last_subject or carried or []) if m.type is ActorType.person][:1]


def _reverse_host(s: _Sentence, p: int, q: int, tf: TriggerForm, last_subject: list[Mentioned],
                  carried: list[Mentioned] | None) -> tuple[list[Mentioned], list[Mentioned]]:
    """كان في استقباله X (X hosts the arriving subject); X في مقدم مستقبلي Y (X hosts Y)."""
    if tf.pronoun:
        was = next((k for k in range(p - 1, max(s.clause_start(p) - 1, p - 12), -1) if s.norms[k] in _WAS), None)
        named = [m for m in s.mentions if was < m.i and m.j <= p and m.type is ActorType.person
                 and not s.prep_before(m)] if was is not None else []
        # حيث كانت X في مقدم مستقبليه، قبل أن ... بحضور Y: the host is named before, Y only sat in
        # (وكان الملك X وعقيلته الملكة Y في استقباله: all those named between كان and the reception)
        host = named or _subject_after(s, q) or _doer_after_adverbial(s, q)  # (بقصر اليمامة) X
        if not host and p >= 3 and s.norms[p - 1] in ("كان", "كانت") and s.norms[p - 2] in _RELATIVE \
                and (ante := s.covered.get(p - 3)) is not None and ante.type is ActorType.person:
            host = [ante]  # تلبية لدعوة من السلطان X، الذي كان في مقدمة مستقبليها: the antecedent
        if host and host[0].type is not ActorType.person and host[0].j < len(s.words) \
                and any(f in _VENUES for f in s.words[host[0].i].forms):
            host = _doer_after_adverbial(s, host[0].j)  # لدى وصوله مطار الكويت الدولي X: past the airport
        if not host:
            host = _subject_before(s, p, s.clause_start(p))
            if len(host) == 1 and host[0].i > 1 and s.words[host[0].i - 1].forms[-1] in _SPOUSE_WORDS \
                    and s.norms[host[0].i - 1][:1] == "و" and (lead := s.covered.get(host[0].i - 2)) is not None \
                    and lead.type is ActorType.person and lead.j == host[0].i - 1:
                host = [lead, host[0]]  # وكان الملك X وعقيلته الملكة Y في استقباله: both
            if not host and p > 1 and s.norms[p - 1] in ("كان", "كانت") \
                    and not s.words[p - 1].punct_before and not s.words[p].punct_before:
                m = s.covered.get(p - 2)  # X كان في استقباله
                host = [m] if m else []
        guest = last_subject or carried or []
        received = next((k for k in range(0, p) if _RECEPTION_VERBS.intersection(s.words[k].forms)
                         and (k + 1) in s.at and s.at[k + 1].type is ActorType.person), None)
        if received is not None and not any(m.type is ActorType.person for m in guest) and not any(
                m.type is ActorType.person for m in s.mentions if s.at[received + 1].j <= m.i < p):
            # استُقبل الرئيس X استقبالا رسميا ...، وكان في مقدمة مستقبليه Y: the passive's
            # subject (no one else received) is the guest
            guest = [s.at[received + 1]]
        visitor = (getattr(s, "memory", None) or {}).get("visitor")
        if visitor and not any(m.type is ActorType.person for m in guest) \
                and s.norms[q - 1].endswith(("ه", "ها")):
            # وصل X إلى طهران، ... منذ استئناف العلاقات بين البلدين. وكان في استقباله
            # Y: "him" is the one who arrived, not the states related after him
            guest = visitor
        if len(guest) == 1 and s.norms[q - 1].endswith("هما"):
            guest = guest + _companions(s, p)  # وصل X يرافقه Z، وكان في استقبالهما Y
        if not guest and host and s.norms[q - 1].endswith("ه"):
            # حظي X باستقبال رسمي ...، حيث كان Y في مقدمة مستقبليه: "his" is the sentence's person
            guest = [m for m in s.mentions if m.j <= p and m.type is ActorType.person and not s.prep_before(m)
                     and m.actor not in {h.actor for h in host}][:1]
        if not guest and host and s.norms[q - 1].endswith("ها") and not s.norms[q - 1].endswith("هما"):
            # وصلت إلى مقديشو طلائع القوات X، بموجب اتفاقية وقعتها Y وZ، وكان في استقبالها W:
            # "her" is the body that arrived, named first and governed by nothing
            # (توجهت الوزيرة X إلى مخيم ...، وكان في استقبالها Y: the woman named)
            before = [m for m in s.mentions if 0 < m.i and m.j <= p and not s.prep_before(m)
                      and not _subject_of_relative(s, m) and m.actor not in {h.actor for h in host}]
            women = [m for m in before if m.type is ActorType.person and _feminine_title(s, m)]
            guest = women[:1] if women else [] if any(m.type is ActorType.person for m in before) else [
                m for m in before if m.type in (ActorType.organization, ActorType.country)][:1]
        return host, guest
    if q < len(s.words) and s.norms[q] in _STYLE_HIM_OR_GUEST and s.words[q - 1].norm.startswith(normalize("مستقبلي")):
        # وكان الرئيس X في مقدمة مستقبلي سموه: the host is named before; the guest is
        # the one who arrived
        host = [m for m in s.mentions if m.j <= p and m.type is ActorType.person and not s.prep_before(m)][-1:] or [
            m for m in s.mentions if m.i > q and m.type is ActorType.person and not s.prep_before(m)
            and not any(s.hard_break(k) for k in range(q + 1, m.i + 1))][:1]
        # (وكان في مقدمة مستقبلي سموه لدى وصوله إلى مطار حمد الدولي الشيخ X: named after)
        guest = _styled_guest(s, q, last_subject, carried)
        return (host, guest[:1]) if host and guest and host[0].actor != guest[0].actor else ([], [])
    if q < len(s.words) and s.norms[q] in _STYLE_HIM_OR_GUEST and s.words[q - 1].norm.endswith(normalize("استقبال")):
        # وكان في استقبال سموه / معاليه لدى وصوله مطار X، Y: the style stands for
        # the one who arrived; the host is the first person named after it
        host = [m for m in s.mentions if m.i > q and m.type is ActorType.person and not s.prep_before(m)
                and not any(s.hard_break(k) for k in range(q + 1, m.i + 1))][:1]
        guest = _styled_guest(s, q, last_subject, carried)
        return (host, guest) if host and guest and host[0].actor != guest[0].actor else ([], [])
    guest = _subject_after(s, q)
    if s.words[q - 1].norm.endswith(normalize("استقبال")) or (
            p > 0 and any(f in ("كان", "كانت") for f in s.words[p - 1].forms)):
        # وكان في استقبال X لدى وصوله إلى ... Y: the host is named after the guest
        if not guest:
            return [], []
        before = s.covered.get(p - 1)
        if before is not None and before.type is ActorType.person and before.i > 0 \
                and any(f in ("كان", "كانت") for f in s.words[before.i - 1].forms) \
                and before.actor != guest[0].actor:
            return [before], guest  # كان X في استقبال Y: the host is named before
        was = next((k for k in range(p - 1, max(-1, p - 20), -1) if s.norms[k] in _WAS), None)
        named = s.at.get(was + 1) if was is not None else None
        if named is not None and named.type is ActorType.person and named.j < p and s.words[named.j].punct_before \
                and s.words[p].punct_before and named.actor != guest[0].actor \
                and not any(k in s.covered and s.covered[k].type is ActorType.person for k in range(named.j, p)):
            return [named], guest  # كان X، نائب رئيس الدولة، في استقبال Y: past his title
        after = [m for m in s.mentions if m.i >= guest[-1].j and m.type is ActorType.person
                 and not s.prep_before(m) and not any(s.hard_break(k) for k in range(q, m.i + 1))]
        return after[-1:], guest
    host = []
    k = p - 1
    while k >= 0:
        if k in s.covered and (s.prep_before(s.covered[k]) in ("عن", "من") or any(
                s.norms[x] == "عن" and s.norms[x - 1].removeprefix("و") in _ON_BEHALF
                and not any(s.words[y].punct_before for y in range(x, s.covered[k].i + 1))
                for x in range(max(1, s.covered[k].i - 5), s.covered[k].i))):
            # كان X، نيابة عن (والده) الملك Y، في مقدمة مستقبلي Z: Y is not there
            k = s.covered[k].i - 1
            continue
        if k in s.covered:
            host = [s.covered[k]]
            break
        if s.hard_break(k + 1) and k + 1 < p:
            break
        k -= 1
    along = next((x for x in range(max(0, host[0].i - 4), host[0].i) if s.norms[x] in _WITH_HIM_AND), None) \
        if host else None
    if along is not None:
        # كان الملك X، ومعه نجله Y، في مقدم مستقبلي Z: X first, and Y with him
        lead = next((s.covered[x] for x in range(along - 1, max(-1, along - 3), -1) if x in s.covered), None)
        if lead is not None and lead.type is ActorType.person and lead.actor != host[0].actor:
            host = [lead, host[0]]
    return host, guest


def _companion_at(s: _Sentence, k: int) -> Mentioned | None:
    """The person after يرافقه / برفقة at ``k``; after a kin noun, the person
    its title and style lead to (يرافقه نجله ولي العهد سمو الأمير X)."""
    if k + 2 < len(s.words) and s.norms[k + 1] in ("فيها", "فيه", "خلالها") and not s.words[k + 1].punct_before:
        k += 1  # يرافقه فيها وزير الداخلية X: "in it", the visit
    z = s.at.get(k + 1)
    if z is None and k + 2 < len(s.words) and (s.norms[k + 1] in _KIN_BEFORE_NAME or s.norms[k + 1] in _KIN_POSSESSED):
        for j in range(k + 2, min(len(s.words), k + 7)):
            if s.words[j].punct_before:
                break
            z = s.at.get(j)
            if z is not None:
                break
    return z


def _companions(s: _Sentence, p: int) -> list[Mentioned]:
    """The persons named after يرافقه / برفقة (and a kin noun) before ``p``."""
    out = []
    for k in range(p):
        if s.norms[k] in _COMPANION:
            z = _companion_at(s, k)
            if z is not None and z.j <= p and z.type is ActorType.person:
                out += [c for c in s.coordinated(z) if c.type is ActorType.person]
    return out


def _titled_by_pronoun(s: _Sentence, m: Mentioned) -> bool:
    """Whether the title of person ``m`` points back to someone (وزير خارجيته X،
    مستشاره X، نائبه X): then a following «وابنته» is that someone's too.

    >>> # يرافقه وزير خارجيته X وابنته Y → True for X
    """
    start = m.i
    while start > 0 and m.i - start < 3 and start - 1 not in s.covered and not s.words[start].punct_before:
        start -= 1  # (مستشاره للأمن القومي X: the title may stand outside the name)
    for x in range(start, min(m.j, m.i + 3)):
        w = s.norms[x]
        if s.words[x].ta_end:
            continue  # (مقدمة: a ة, not "his")
        stems = ([w[:-2] + "ه"] if w.endswith("ته") else []) + ([w[:-1]] if w.endswith("ه") else [])
        if any(h.kind == "title" for stem in stems for key in ((stem,), ("ال" + stem,), ("وزير", "ال" + stem))
               for h in s.lex.phrases.get(key, ())):
            return True
    return False


_ANOTHER = frozenset(normalize(w) for w in ("آخر", "ثانيا", "ثان"))


def _decree_owner_before(s: _Sentence, p: int) -> Mentioned | None:
    """The person a decree right before the noun at ``p`` belongs to, named with ل
    after the decree's noun (قرارا للرئيس X بتعيين، مرسوم لأمير الكويت X بتعيين).

    >>> # نشرت الجريدة الرسمية قرارا للرئيس X بتعيين Y سفيرا → X appoints Y
    """
    m = s.covered.get(p - 1) if p > 0 else None
    if m is None or m.j != p or m.type is not ActorType.person or m.i < 1 or s.words[m.i].punct_before \
            or s.words[p].punct_before or not s.words[m.i].norm.startswith("ل"):
        return None
    # (قرارا / مرسوما رئاسيا / ظهيرا شريفا: the decree's noun or its adjective right before)
    return m if any(f in _DECREE_WORDS and f not in ("من", "لـ") for f in s.words[m.i - 1].forms) else None


_DECREES_TOO = frozenset(normalize(w) for w in ("ومرسوما", "ومرسوم", "وقرارا", "وقرار", "وأمرا", "وأمر"))
_KIN_OF_HIM = frozenset(normalize(w) for w in (
    "نجله", "نجلها", "ابنه", "ابنها", "ابنته", "ابنتها", "نجلته", "شقيقه", "شقيقها", "شقيقته", "شقيقتها"))
_SON_OF = frozenset(normalize(w) for w in ("ابن", "ابنة"))
_HIS_KIN_HEADS = frozenset(normalize(w) for w in ("عمه", "عمها", "خاله", "خالها", "أخيه", "أخيها", "شقيقه",
                                                   "شقيقها"))
_GREETINGS_OF = frozenset(normalize(w) for w in ("تحيات", "تحية", "تمنيات"))
_TO_HIM_ALONE = frozenset(_TO_HIM | {normalize(w) for w in ("إليه", "إليها", "إليهم", "إليهما")})


def _family(s: _Sentence, p: int, q: int, tf: TriggerForm,
            last_subject: list[Mentioned]) -> tuple[list[Mentioned], list[Mentioned]]:
    """نجله Y: Y is the son of the person before; Y نجل X: Y is the son of X."""
    if s.norms[p] in _PROTOCOL_BROTHER and q < len(s.words) and not _STATE_STYLES.isdisjoint(s.words[q].forms):
        return [], []  # من أخيه فخامة الرئيس X: a fellow head of state, not a brother
    nxt = s.at.get(q)
    if nxt is None and tf.pronoun:
        nxt = _companion_at(s, p - 1)  # نجله ولي العهد سمو الأمير Y
    if not nxt or nxt.type is not ActorType.person:
        return [], []
    if tf.pronoun and p >= 2 and s.norms[p - 1] == "عن" and s.norms[p - 2].removeprefix("و") in _ON_BEHALF \
            and not any(m.type is ActorType.person and m.j <= p for m in s.mentions):
        # نيابة عن والده الملك X، استقبل الأمير Y: "his" is the one who acts for him, named after
        owner = next((m for m in s.mentions if m.i >= nxt.j and m.type is ActorType.person
                      and not s.prep_before(m) and m.actor != nxt.actor), None)
        return ([owner], [nxt]) if owner is not None else ([], [])
    if tf.pronoun:
        cs = s.clause_start(p)
        near = next((m for m in reversed(s.mentions) if cs <= m.i and m.j <= p
                     and m.type is ActorType.person), None)
        if near is not None and near.actor == nxt.actor:
            return [], []  # رافقت X روتو كريمته شارلين روتو: the name after is not his own
        rel_at = next((k for k in range(p - 1, max(0, p - 4), -1) if s.norms[k] in _RELATIVE), None)
        if rel_at is None:
            # X، الذي يخوض المعارك في العاصمة إلى جانب شقيقه Y: the relative clause runs on,
            # naming nobody else, and "his" is still its antecedent's
            k = p - 1
            while k > max(0, p - 12) and s.norms[k] not in _RELATIVE and not s.words[k + 1].punct_before \
                    and not (k in s.covered and s.covered[k].type is ActorType.person):
                k -= 1
            if s.norms[k] in _RELATIVE and s.words[k].punct in ("،", ",") and not s.words[k + 1].punct_before:
                rel_at = k
        antecedent = s.covered.get(rel_at - 1) if rel_at is not None and rel_at > 0 else None
        if antecedent is not None and antecedent.type is ActorType.person and antecedent.actor != nxt.actor \
                and antecedent.j == rel_at and not any(s.words[x].punct_before for x in range(rel_at + 1, p + 1)):
            return [antecedent], [nxt]  # Y، الذي عيّنه والده X: "his" is Y, the relative's antecedent
        if p > 1 and s.norms[p - 1] in _COMPANION and s.norms[p - 1].endswith(("ه", "ها")) \
                and not s.words[p].punct_before \
                and (host := s.covered.get(p - 2)) is not None and host.j == p - 1 \
                and host.type is ActorType.person and host.actor != nxt.actor \
                and (not s.words[p - 1].punct_before or (
                    # (استقبل X الملك Y، يرافقه نجله Z: the guest received; but زيارة يلتقي خلالها
                    # Y، يرافقه نجله: the visitor, not the last one he meets; the guest's and
                    # the host's styles may stand between the verb and the guest)
                    s.words[p - 1].punct in ("،", ",") and any(
                        _RECEPTION_VERBS.intersection(s.words[k].forms)
                        for k in range(max(0, min(p - 16, host.i - 24)), p - 2)))):
            return [host], [nxt]  # استقبل X الزعيمَ Y(،) يرافقه نجله Z: "his" is Y, whom Z accompanies
        if p >= 1 and s.norms[p - 1] in _IN_PRESENCE:
            # استقبل X في عشق آباد Y، الذي يزور ...، بحضور والده Z: the host's father, who sat in
            # (the relative clause's guest is no owner of an aside on the reception)
            doer = next((m for m in s.mentions if m.type is ActorType.person and m.j <= p
                         and not s.prep_before(m)), None)
            if doer is not None and doer.actor != nxt.actor \
                    and not any(s.norms[k] in _STYLE_PRONOUNS for k in range(doer.i)) \
                    and any(s.norms[k] in _RELATIVE and s.words[k].punct_before for k in range(doer.j, p)):
                return [doer], [nxt]
        if p >= 2 and s.norms[p - 1] in _GREETINGS_OF and any(
                s.norms[x] in _TO_HIM_ALONE for x in range(max(0, p - 3), p - 1)):
            # التقى X الضيفَ Y، ونقل إليه تحيات والده Z: one conveys one's own father's greetings
            # (the one "to him" is the guest; "his" father is the sentence's doer's)
            to_him = next(x for x in range(max(0, p - 3), p - 1) if s.norms[x] in _TO_HIM_ALONE)
            named = s.covered.get(to_him - 1) or s.covered.get(to_him - 2)
            if named is None and to_him >= 3 and s.norms[to_him - 2] in _RELATIVE:
                # التقى X الأمير Y، الذي نقل إليه تحيات والده Z: the relative's antecedent conveys
                named = next((m for m in reversed(s.mentions) if m.j <= to_him - 2
                              and m.type is ActorType.person), None)
                if named is not None and not s.prep_before(named) and named.actor != nxt.actor:
                    return [named], [nxt]
            doer = named if named is not None and to_him - 1 <= named.j <= to_him \
                and named.type is ActorType.person and not s.prep_before(named) \
                and not any(s.words[x].punct_before for x in range(named.j, to_him + 1)) else next(  # (نقل الأمير X إليها تحيات شقيقه: X's brother)
                (m for m in s.mentions if m.type is ActorType.person and m.j <= p and not s.prep_before(m)), None)
            if doer is not None and doer.actor != nxt.actor \
                    and not any(s.norms[k] in _STYLE_PRONOUNS for k in range(doer.i)):
                return [doer], [nxt]  # (والتقى سموه Y، ونقل إليه ...: His Highness, read below)
        before = s.covered.get(p - 1)
        if before is not None and before.type is ActorType.person and before.j == p and s.norms[p][:1] == "و" \
                and not s.words[p].punct_before and _titled_by_pronoun(s, before):
            # ورافق X وزير خارجيته Y وابنته Z: "his" is X, whose minister Y is, not Y
            owner = next((m for m in reversed(s.mentions) if m.j <= before.i and m.type is ActorType.person
                          and m.actor not in (before.actor, nxt.actor)), None)
            return ([owner], [nxt]) if owner is not None else ([], [])
        if before is not None and before.type is ActorType.person and before.j == p and s.norms[p][:1] == "و" \
                and (not s.words[p].punct_before or s.words[p].punct in ("،", ",")) \
                and not _titled_by_pronoun(s, before) \
                and before.actor != nxt.actor and not (before.i > 0 and any(
                    t.entry.relation == "family" for f in s.words[before.i - 1].forms
                    for t in s.lex.trigger_forms.get(f, ()))):  # (نجله A ونجله B: both are X's)
            return [before], [nxt]  # وكان الملك X وعقيلته الملكة Y: "his" is X, named right before
            # (استقبل X الملك Y، ونجله Z: Y's son, the guest named last)
        # نجله صدام ... ابنه خالد: "his" is the clause's subject when there is one
        if last_subject and all(m.type is ActorType.person for m in last_subject):
            return last_subject[:1], [nxt]
        for k in range(p - 1, -1, -1):
            if s.norms[k] in _STYLE_PRONOUNS and k not in s.covered and k > 0 and s.norms[k - 1] == "الي":
                return [], []  # ونقل الضيف إلى سموه تحيات نجله: His Highness receives; "his" is the guest's
            if s.norms[k] in _STYLE_PRONOUNS and k not in s.covered:
                # وسلّم سموه خلال لقائه Y رسالة من والده Z: His Highness's father
                styled = _styled_person(s, s.norms[k], k)
                if styled and styled[0] != nxt.actor:
                    return [Mentioned(k, k + 1, styled[0], ActorType.person, "", styled[1])], [nxt]
            m = s.covered.get(k)
            if m and m.type is ActorType.person:
                if m.i > 0 and s.norms[m.i - 1].endswith("ه") and not s.words[m.i].punct_before \
                        and any(t.pos == "noun" and t.pronoun and t.entry.relation in ("meet", "host")
                                for f in s.words[m.i - 1].forms for t in s.lex.trigger_forms.get(f, ())):
                    continue  # خلال لقائه Y ... والده: the one met is not "his" owner
                return [m], [nxt]
        return [], []
    if s.norms[p].endswith("ه") and not s.words[p].ta:
        return [], []  # نجله، ابنه: "his son", read by the pronoun entry
    if s.norms[p][:1] == "و" and s.norms[p][1:] in s.words[p].forms and not s.words[p].punct_before:
        return [], []  # X وصهر الرئيس Y: one more man listed (the president's son-in-law), not X's kin
    prev = s.covered.get(p - 1)
    if prev and prev.type is ActorType.person and prev.i > 0 and not s.words[p].punct_before and any(
            t.pos == "verb" and t.entry.relation in ("host", "meet") and "" in t.entry.objects
            for f in s.words[prev.i - 1].forms for t in s.lex.trigger_forms.get(f, ())):
        return [], []  # استقبلت الملكة X عقيلة الرئيس Y: the wife is the one received, not X
    if prev and prev.type is ActorType.person:
        return [nxt], [prev]
    return [], []


_ARMED_BANDS = frozenset("ال" + w for w in _ARMED_GROUPS) | {normalize("الفصيل")}  # (the same groups, definite)
_FIRM_NOUNS = frozenset(normalize(w) for w in ("الشركة", "المجموعة", "البنك", "المصرف", "الشركات"))
_ON_BEHALF = frozenset((normalize("نيابة"),))


def _heads_of_two_states(s: _Sentence, q: int, tf: TriggerForm, pair: list[Mentioned]) -> bool:
    """شقيقه / أخيه before a head of state's style, between men the lexicon places in
    two states, is protocol between heads of state, not kinship (تلقى الرئيس X رسالة
    من شقيقه جلالة السلطان Y); between two of one house it stays kinship (شقيقه جلالة
    الملك Y, of a prince of the same state)."""
    if tf.entry.role != "brother" or q >= len(s.words) or _STATE_STYLES.isdisjoint(s.words[q].forms) \
            or len(pair) != 2:
        return False
    homes = [s.lex.people[m.actor].country if m.actor in s.lex.people else None for m in pair]
    return None not in homes and homes[0] != homes[1]


# أخيه before the style of a head of state is protocol between heads of state.
_PROTOCOL_BROTHER = frozenset(normalize(w) for w in ("أخيه", "أخوه", "أخاه", "اخيه", "اخوه", "لأخيه",
                                                     "وأخيه", "أخيها", "أخيهم", "بأخيه", "بأخيها"))
_STATE_STYLES = frozenset(normalize(w) for w in ("فخامة", "جلالة", "الرئيس", "الملك", "العاهل", "دولة",
                                                 "رئيس", "ملك", "أمير", "سلطان", "صاحب", "حضرة",
                                                 "خادم"))  # (من أخيه خادم الحرمين الشريفين الملك X)


# Every word that makes a sentence worth reading without a trigger (find_relations).
_SENTENCE_CUES = frozenset(_LED_BY) | frozenset(_OFFICES) | frozenset(_ATTEND_VERBS) \
    | frozenset(_MEETING_NOUNS) | frozenset(_ATTENDING) | frozenset(_AUDIENCE_NOUNS) | _RECALLS \
    | _FUNDED | _EXPELS | _RECEIVES | _PROVIDED_BY | _WORKS
