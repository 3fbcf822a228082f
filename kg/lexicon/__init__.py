"""The lexicon: data files in this folder, validated by pydantic and compiled
once per process into lookup tables for the extractor.

Example
-------
>>> lex = load_lexicon()
>>> lex.countries["russia"].name_en
'Russia'
>>> [h.kind for h in lex.phrases[("موسكو",)]]
['actor']
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from ..errors import LexiconError
from ..schema import Actor, ActorType
from ..text import normalize
from .models import (
    CityEntry,
    CountryEntry,
    InstitutionHead,
    OrganizationEntry,
    PersonEntry,
    TitleEntry,
    TriggerEntry,
)

__all__ = ["Lexicon", "PhraseHit", "TriggerForm", "load_lexicon", "LEXICON_DIR",
           "demonym_forms", "key"]

LEXICON_DIR = Path(__file__).parent
M = TypeVar("M", bound=BaseModel)


# One-word leaders' titles that take a possessive pronoun (زعيمه، قائدها).
LEADER_TITLES = frozenset({"زعيم", "قائد"})

def key(phrase: str) -> tuple[str, ...]:
    """A phrase as the tuple of its normalized word tokens.

    >>> key("الولايات المتحدة الأمريكية")
    ('الولايات', 'المتحده', 'الامريكيه')
    """
    from ..text import tokenize

    return tuple(t for t, _, _ in tokenize(normalize(phrase)) if t[0].isalnum())


# Titles of posts abroad that take a possessive pronoun (سفيرها، مبعوثه، مندوبها), and the
# head of the state or body named before (وعن الشركة رئيسها X).
_POSTED_STEMS = frozenset(normalize(w) for w in ("سفير", "سفيرة", "مبعوث", "مبعوثة", "مندوب", "مندوبة",
                                                 "قنصل", "ممثل", "ممثلة", "رئيس"))
# The head's pronoun title (رئيسها) is read only right after the body it owns (وعن الشركة رئيسها X).
HEAD_PRONOUN = "رييسها"

# A company's heads, who also take its pronoun (رئيس مجلس إدارته، رئيسها التنفيذي، عضوها المنتدب).
_COMPANY_HEADS_EN = frozenset({"Chief Executive", "Chairman of the Board", "Managing Director"})


@dataclass(frozen=True)
class PhraseHit:
    """What a phrase of the lexicon means.

    ``kind``: ``actor`` (names an actor: ``ref`` its id), ``demonym`` (an
    adjective of country ``ref``; ``number`` sg or pl), ``people`` (the people
    of country ``ref``, which stand for it: الروس), ``title`` (``title`` entry),
    ``institution`` (a generic state body), ``side`` (a generic noun that
    stands for a state with a demonym: الجانب، الوفد، السلطات).
    """

    kind: str
    ref: str = ""
    number: str = "sg"
    gender: str = "m"
    title: TitleEntry | None = None
    institution: InstitutionHead | None = None


@dataclass(frozen=True)
class TriggerForm:
    """One inflected form of a trigger: the entry, part of speech, tense."""

    entry: TriggerEntry
    pos: str  # "verb" or "noun"
    tense: str  # "past", "present", "future", "noun"
    pronoun: bool = False  # carries an attached pronoun (التقاه، زيارته)


@dataclass
class Lexicon:
    """Compiled lexicon: actor entries and lookup tables keyed by token tuples."""

    countries: dict[str, CountryEntry]
    organizations: dict[str, OrganizationEntry]
    people: dict[str, PersonEntry]
    titles: list[TitleEntry]
    institutions: list[InstitutionHead]
    triggers: list[TriggerEntry]
    first_names: frozenset[str]
    ambiguous_first_names: frozenset[str]
    version: str
    cities: dict[str, CityEntry] = field(default_factory=dict)
    phrases: dict[tuple[str, ...], list[PhraseHit]] = field(default_factory=dict)
    max_len: dict[str, int] = field(default_factory=dict)
    trigger_forms: dict[str, list[TriggerForm]] = field(default_factory=dict)
    trigger_phrases: dict[tuple[str, ...], list[TriggerForm]] = field(default_factory=dict)
    trigger_phrase_firsts: frozenset[str] = frozenset()

    def actor(self, actor_id: str) -> Actor | None:
        """The lexicon actor with this id, as an ``Actor``."""
        if actor_id in self.countries:
            c = self.countries[actor_id]
            return Actor(id=c.id, name=c.name, name_en=c.name_en, type=ActorType.country,
                         aliases=[c.name, *c.aliases, *c.metonyms], country=c.id)
        if actor_id in self.organizations:
            o = self.organizations[actor_id]
            return Actor(id=o.id, name=o.name, name_en=o.name_en,
                         type=ActorType.organization, aliases=[o.name, *o.aliases],
                         country=o.country)
        if actor_id in self.people:
            p = self.people[actor_id]
            return Actor(id=p.id, name=p.name, name_en=p.name_en, type=ActorType.person,
                         aliases=[p.name, *p.aliases], country=p.country)
        return None

    def actor_head(self, actor_id: str) -> Actor | None:
        """``actor(actor_id)`` made once per id and lexicon: for reading its
        ``id``, ``name``, ``type``, ``name_en`` and ``country`` on a hot path
        (the extractor registers lexicon actors in every article). Shared:
        never change the returned actor's lists."""
        heads = self.__dict__.get("_actor_heads")
        if heads is None:
            heads = self.__dict__["_actor_heads"] = {}
        head = heads.get(actor_id)
        if head is None:
            head = self.actor(actor_id)
            if head is not None:  # only the lexicon's own ids: a bounded cache
                heads[actor_id] = head
        return head

    def add_phrase(self, phrase: str | tuple[str, ...], hit: PhraseHit) -> None:
        k = key(phrase) if isinstance(phrase, str) else phrase
        if not k:
            return
        hits = self.phrases.setdefault(k, [])
        if hit not in hits:
            hits.append(hit)
        self.max_len[k[0]] = max(self.max_len.get(k[0], 0), len(k))


def _read_models(path: Path, model: type[M]) -> list[M]:
    out: list[M] = []
    if not path.exists():
        raise LexiconError(f"lexicon file {path} is missing; reinstall kg or restore it from git.")
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(model.model_validate(json.loads(line)))
        except (ValidationError, json.JSONDecodeError) as exc:
            raise LexiconError(f"{path.name}:{n}: invalid entry: {exc}") from None
    return out


def _read_words(path: Path) -> frozenset[str]:
    if not path.exists():
        return frozenset()
    return frozenset(normalize(w.strip()) for w in path.read_text("utf-8").splitlines()
                     if w.strip() and not w.startswith("#"))


def demonym_forms(demonym: str) -> dict[str, tuple[str, str]]:
    """Inflections of a nisba adjective: form → (number, gender).

    >>> sorted(demonym_forms("روسي"))[:4]
    ['روسي', 'روسيات', 'روسيان', 'روسيتان']
    """
    base = normalize(demonym)
    return {
        base: ("sg", "m"), base + "ه": ("sg", "f"), base + "ون": ("pl", "m"),
        base + "ين": ("pl", "m"), base + "ان": ("du", "m"), base + "تان": ("du", "f"),
        base + "تين": ("du", "f"), base + "ات": ("pl", "f"),
    }


# Generic nouns that, followed by a demonym, stand for the state itself.
SIDE_NOUNS = ("الجانب", "الطرف", "الوفد", "السلطات", "الحكومه", "الاداره", "النظام",
              "الدوله", "القياده", "العاصمه", "القوات", "السياسه", "الموقف", "الشعب")

_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا", "ك")


def _verb_forms(past: str, present: str) -> list[tuple[str, str, bool]]:
    """(form, tense, has_pronoun) for a verb given 3ms past and present."""
    p, pr = normalize(past), normalize(present)
    out: list[tuple[str, str, bool]] = []
    if p.endswith("ي"):  # final alif maksura: التقى
        stem = p[:-1]
        past_forms = [p, stem + "ت", stem + "وا", stem + "يا", stem + "تا", stem + "يت",
                      stem + "ينا"]
        past_obj = [stem + "ا" + s for s in _PRONOUNS]
    else:
        past_forms = [p, p + "ت", p + "وا", p + "ا", p + "تا", p + "نا"]
        past_obj = [p + s for s in _PRONOUNS] + [p + "ت" + s for s in _PRONOUNS]
        past_obj += [p + "و" + s for s in _PRONOUNS]
    out += [(f, "past", False) for f in past_forms] + [(f, "past", True) for f in past_obj]
    stem = pr[1:] if pr[:1] in "يتنا" else pr
    present_forms = []
    for prefix in "يتنا":
        present_forms.append(prefix + stem)
    present_forms += ["ي" + stem + "ون", "ت" + stem + "ون", "ي" + stem + "ان",
                      "ت" + stem + "ان", "ي" + stem + "ا", "ت" + stem + "ا", "ي" + stem + "وا"]
    # (أن يلتقيا، لم يوقعوا: the subjunctive and jussive dual and plural)
    if stem.endswith("ي"):
        present_forms += ["ي" + stem[:-1] + "ون", "ي" + stem + "ان"]
        present_forms += [prefix + stem[:-1] for prefix in "يتن"]  # jussive: لم يلتق
    elif len(stem) == 3 and stem[1] in "وي":
        present_forms += [prefix + stem[0] + stem[2] for prefix in "يتن"]  # jussive: لم يزر
    for f in present_forms:
        out.append((f, "present", False))
        out.append(("س" + f, "future", False))
        for s in _PRONOUNS:
            out.append((f + s, "present", True))
            out.append(("س" + f + s, "future", True))
    return out


def _noun_forms(noun: str) -> list[tuple[str, bool]]:
    n = normalize(noun)
    forms = [(n, False)]
    if not n.startswith("ال"):
        forms.append(("ال" + n, False))
        if not n.endswith(("ه", "ء", "ا", "ي")):
            forms.append((n + "ا", False))  # accusative: حليفا، تعاونا، دعما
    construct = n[:-1] + "ت" if n.endswith("ه") else n
    if n.endswith("ه"):
        forms.append((n[:-1] + "ات", False))
        forms.append(("ال" + n[:-1] + "ات", False))
    if not construct.startswith("ال"):  # (an article never takes a pronoun: الداعمة is no "his supporter")
        forms += [(construct + s, True) for s in _PRONOUNS]
    if n.endswith("ء"):  # لقاء → لقاؤه/لقائه, normalized to لقاوه/لقايه
        forms += [(n[:-1] + c + s, True) for c in "ويء" for s in _PRONOUNS]
    return forms


def _add_compound_demonym(lex: Lexicon, ref: str, demonym: str) -> None:
    """Two-word demonyms: a nisba pair inflects both words (الكوري الشمالي،
    الكورية الشمالية); a noun before a nisba keeps its form and takes the
    article alone (الجنوب أفريقي، الجنوب أفريقية)."""
    first, last = normalize(demonym).split()
    base = normalize(last)
    for form, (number, gender) in demonym_forms(last).items():
        suffix = form[len(base):]
        lead = first + suffix if first.endswith("ي") else first
        lex.add_phrase((lead, form), PhraseHit("demonym", ref, number, gender))
        lex.add_phrase(("ال" + lead, ("ال" + form) if first.endswith("ي") else form),
                       PhraseHit("demonym", ref, number, gender))


# The Arab League's 22 members (general knowledge).
ARAB_LEAGUE = frozenset((
    "algeria", "bahrain", "comoros", "djibouti", "egypt", "iraq", "jordan", "kuwait", "lebanon", "libya",
    "mauritania", "morocco", "oman", "palestine", "qatar", "saudi_arabia", "somalia", "sudan", "syria",
    "tunisia", "united_arab_emirates", "yemen"))
# States whose names keep an Arabic غ (المغرب، بغداد، الصحراء الغربية): no ج spelling.
_ARABIC_GHAYN = ARAB_LEAGUE | {"afghanistan", "madagascar", "west_germany", "western_sahara"}


def _g_spellings(names: list[str], min_len: int = 0) -> list[str]:
    """The Egyptian-press spelling of a foreign g as ج (أنغولا → أنجولا، الغابوني →
    الجابوني), for words long enough not to be Arabic words (جاني، جيني are).

    >>> _g_spellings(["أنغولا", "غاني"], min_len=6)
    ['أنجولا']
    """
    return [n.replace("غ", "ج") for n in names if "غ" in n and len(n.replace(" ", "")) >= min_len]


def _abd_spellings(name: str) -> list[str]:
    """The other way of writing عبد in a name: apart or joined to the word after it
    (عبد اللهيان ↔ عبداللهيان، عبدالفتاح السيسي ↔ عبد الفتاح السيسي).

    >>> _abd_spellings("حسين أمير عبد اللهيان"), _abd_spellings("عبدالفتاح السيسي")
    (['حسين أمير عبداللهيان'], ['عبد الفتاح السيسي'])
    """
    words = name.split()
    if any(w == "عبد" for w in words[:-1]):
        return [re.sub(r"(?<!\S)عبد (?=\S)", "عبد", name)]
    if any(w.startswith("عبد") and len(w) > 5 for w in words):
        return [re.sub(r"(?<!\S)عبد(?=\S{3})", "عبد ", name)]
    return []


def _compile(lex: Lexicon) -> None:
    for c in lex.countries.values():
        names = [c.name, *c.aliases, *c.metonyms] + ([c.capital] if c.capital else [])
        for name in names + (_g_spellings(names) if c.id not in _ARABIC_GHAYN else []):
            lex.add_phrase(name, PhraseHit("actor", c.id))
        if " " in c.name and not c.name.startswith(("ال", "جمهورية", "دولة", "مملكة", "إمارة")):
            # جمهورية غينيا بيساو: longer than جمهورية غينيا, which must not win
            lex.add_phrase("جمهورية " + c.name, PhraseHit("actor", c.id))
        dems = list(filter(None, [c.demonym, *c.demonym_variants]))
        for dem in dems + (_g_spellings(dems, min_len=6) if c.id not in _ARABIC_GHAYN else []):
            if " " in dem:
                _add_compound_demonym(lex, c.id, dem)
                continue
            for form, (number, gender) in demonym_forms(dem).items():
                lex.add_phrase((form,), PhraseHit("demonym", c.id, number, gender))
                lex.add_phrase(("ال" + form,), PhraseHit("demonym", c.id, number, gender))
                if number != "sg":
                    lex.add_phrase(("ال" + form,), PhraseHit("people", c.id, number, gender))
        for plural in c.demonym_plurals:
            p = normalize(plural)
            lex.add_phrase(("ال" + p if not p.startswith("ال") else p,),
                           PhraseHit("people", c.id, "pl"))
    for o in lex.organizations.values():
        for name in [o.name, *o.aliases]:
            lex.add_phrase(name, PhraseHit("actor", o.id))
    for city in lex.cities.values():
        for name in [city.name, *city.aliases]:
            if not lex.phrases.get(key(name)):  # a state's own name or capital wins
                lex.add_phrase(name, PhraseHit("place", city.country, title=None,
                                               number=city.id))
    for p in lex.people.values():
        for name in [p.name, *p.aliases]:
            for spelling in {name, *_abd_spellings(name)}:
                lex.add_phrase(spelling, PhraseHit("actor", p.id))
    for t in lex.titles:
        for form in filter(None, [t.title, t.feminine]):
            lex.add_phrase(form, PhraseHit("title", title=t))
            k = key(form)
            # The construct form takes its state as a genitive: وزير خارجية مالطا,
            # نائب رئيس وزراء بيلاروسيا.
            if k[-1].startswith("ال") and len(k[-1]) > 4 and (t.kind == "office" or t.role_en in _COMPANY_HEADS_EN) and (
                    len(k) >= 2 or t.title.startswith(("الملك", "الرئيس", "السلطان", "المندوب", "المفوض",
                                                       "البابا", "السفير", "المبعوث", "الموفد", "الممثل",
                                                       "العاهل"))):
                # (مندوب السودان الدائم، سفير مصر لدى، مبعوث الأمم المتحدة: the state or body
                # in construct; a company's board takes only a pronoun: رئيس مجلس إدارته)
                if t.kind == "office":
                    lex.add_phrase((*k[:-1], k[-1][2:]), PhraseHit("title", title=t))
                if len(k) >= 2:
                    # وزير دفاعه / نائب وزير دفاعها: the state is the pronoun's antecedent
                    stem = k[-1][2:]
                    stem = stem[:-1] + "ت" if stem.endswith("ه") else stem  # خارجية → خارجيتها
                    for pron in ("ه", "ها"):
                        lex.add_phrase((*k[:-1], stem + pron),
                                       PhraseHit("title", number="pronoun", title=t))
            if len(k) == 1 and k[0].startswith("ال") and t.kind == "office" and k[0][2:] in _POSTED_STEMS:
                # استدعت الجزائر سفيرها لدى باماكو: the envoy of the state named before
                # (only ها: سفيره would be سفيرة, "an ambassador", once ة is folded)
                stem = k[0][2:]
                stem = stem[:-1] + "ت" if stem.endswith("ه") else stem
                lex.add_phrase((stem + "ها",), PhraseHit("title", number="pronoun", title=t))
            if k[-1] == "باسم" and t.kind == "office":
                # المتحدث باسمها: the spokesperson of the body or state named before
                for pron in ("ه", "ها"):
                    lex.add_phrase((*k[:-1], "باسم" + pron),
                                   PhraseHit("title", number="pronoun", title=t))
            if len(k) == 2 and k[0].startswith("ال") and k[1].startswith("ال") \
                    and (t.kind == "office" or t.role_en in _COMPANY_HEADS_EN):
                # أمينها العام، مديرها العام: its head, the body or state named before
                stem = k[0][2:]
                stem = stem[:-1] + "ت" if stem.endswith("ه") else stem
                for pron in ("ه", "ها"):
                    lex.add_phrase((stem + pron, k[1]),
                                   PhraseHit("title", number="pronoun", title=t))
        if t.kind == "office" and t.title in LEADER_TITLES:
            # زعيمه المسجون X، قائدها X: the leader of the movement or state named before
            # (زعيمه folds onto زعيمة, "a woman leader", which is also kept)
            for pron in ("ه", "ها"):
                lex.add_phrase((normalize(t.title) + pron,), PhraseHit("title", number="pronoun", title=t))
    for inst in lex.institutions:
        lex.add_phrase(inst.head, PhraseHit("institution", institution=inst))
    for side in SIDE_NOUNS:
        lex.add_phrase((side,), PhraseHit("side"))
    for entry in lex.triggers:
        forms: list[tuple[str, str, str, bool]] = []
        if entry.past and entry.present:
            forms += [(f, "verb", tense, pro) for f, tense, pro in
                      _verb_forms(entry.past, entry.present)]
        for noun in entry.nouns:
            if " " in noun.strip():  # مذكرة تفاهم: a phrase, matched word by word
                tf = TriggerForm(entry, "noun", "noun", pronoun=False)
                lex.trigger_phrases.setdefault(key(noun), []).append(tf)
                continue
            forms += [(f, "noun", "noun", pro) for f, pro in _noun_forms(noun)]
        for literal in entry.forms:
            k = key(literal)
            pos = "verb" if entry.past or entry.reverse else "noun"
            # (a noun phrase, تعزيز العلاقات، has a noun's tense: the verb governing it sets the time)
            tf = TriggerForm(entry, pos, "past" if pos == "verb" else "noun",
                             pronoun=literal.endswith(("ه", "ها", "هم", "هما")))
            if len(k) > 1:
                lex.trigger_phrases.setdefault(k, []).append(tf)
            else:
                forms.append((k[0], tf.pos, tf.tense, tf.pronoun))
        for form, pos, tense, pro in forms:
            if form in _FUNCTION_WORDS:
                continue  # هنأك normalizes to هناك "there" (a second person, never in the news)
            lst = lex.trigger_forms.setdefault(form, [])
            tf = TriggerForm(entry, pos, tense, pro)
            if tf not in lst:
                lst.append(tf)


# Words an inflected trigger can normalize onto (hamza dropped), far more often meant as
# themselves: a trigger form never takes them.
_FUNCTION_WORDS = frozenset({"هناك"})


@lru_cache(maxsize=4)
def load_lexicon(directory: str | None = None) -> Lexicon:
    """Load, validate and compile the lexicon (once per process and folder).

    Raises ``LexiconError`` naming the file and line of an invalid entry.
    """
    d = Path(directory) if directory else LEXICON_DIR
    digest = hashlib.sha256()
    for f in sorted(d.glob("*.jsonl")) + sorted(d.glob("*.txt")):
        digest.update(f.name.encode() + b"\0" + f.read_bytes())
    lex = Lexicon(
        countries={c.id: c for c in _read_models(d / "countries.jsonl", CountryEntry)},
        organizations={o.id: o for o in _read_models(d / "organizations.jsonl",
                                                      OrganizationEntry)},
        people={p.id: p for p in _read_models(d / "people.jsonl", PersonEntry)},
        titles=_read_models(d / "titles.jsonl", TitleEntry),
        institutions=_read_models(d / "institutions.jsonl", InstitutionHead),
        triggers=_read_models(d / "triggers.jsonl", TriggerEntry),
        first_names=_read_words(d / "first_names.txt"),
        ambiguous_first_names=_read_words(d / "first_names_ambiguous.txt"),
        version=digest.hexdigest()[:16],
        cities={c.id: c for c in (_read_models(d / "cities.jsonl", CityEntry)
                                  if (d / "cities.jsonl").exists() else [])},
    )
    _compile(lex)
    lex.trigger_phrase_firsts = frozenset(k[0] for k in lex.trigger_phrases)
    return lex
