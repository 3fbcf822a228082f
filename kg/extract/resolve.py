"""Actor resolution inside one article: one identity per real-world actor.

Known actors come from the lexicon. People found by title or given name are
merged with earlier mentions by full name, surname (الحسين → محمد عثمان الحسين, the
first person of that surname), a one-letter spelling variant of a long name
(شويغو / شويجو), or a title alone (الرئيس الروسي → the person who held
that title earlier in the article, or the lexicon's holder at the article's
date). Every merge is recorded with its reason.

Example
-------
>>> r = ArticleResolver("a1", None)
>>> r.person_id("محمد عثمان الحسين", "محمد عثمان الحسين") == r.person_id("الحسين", "الحسين")
True
>>> r.merges[0].reason
'surname'
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
import re
from dataclasses import dataclass, field

from ..lexicon import Lexicon
from ..schema import Actor, ActorType, Merge
from .mentions import OWN_HEAD_TITLES, SAME_OFFICES, STOP_WORDS
from ..text import normalize

# (the same offices as the mention finder's, as _title_words gives them)
_OWN_HEAD_WORDS = frozenset(" ".join(w[2:] if w.startswith("ال") else w for w in t.split())
                            for t in OWN_HEAD_TITLES)

__all__ = ["ArticleResolver", "romanize", "edit_distance"]

PARENT_REASON = "surname shared with the children: the parent"

_ROMAN = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d",
    "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t",
    "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "و": "w", "ي": "y", "ء": "", "ة": "a", "ى": "a", "گ": "g", "پ": "p",
    "چ": "ch", "ڤ": "v",
}


try:  # pragma: no cover - depends on the environment
    from editdistance import eval as _fast_eval
except ImportError:  # pragma: no cover
    _fast_eval = None


def romanize(name: str) -> str:
    """A readable ASCII id for an Arabic name (not a transliteration standard).

    >>> romanize("محمد عثمان الحسين")
    'mhmd_thman_alhsyn'
    """
    out = []
    for word in name.split():
        r = "".join(_ROMAN.get(ch, ch if ch.isascii() and ch.isalnum() else "") for ch in word)
        if r:
            out.append(r.lower())
    ident = "_".join(out)
    ident = re.sub(r"[^a-z0-9_]", "", ident).strip("_")
    ident = re.sub(r"_+", "_", ident)
    return ident or "actor"


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, stopping early above ``limit`` (C ``editdistance``,
    a camel-tools dependency, when installed).

    >>> edit_distance("ستولتنبرغ", "ستولتنبرج")
    1
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if _fast_eval is not None:
        return min(_fast_eval(a, b), limit + 1)
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


@dataclass
class _Person:
    id: str
    tokens: list[str]
    roles: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    first_sentence: int = 0


@dataclass
class _ActorDraft:
    id: str
    name: str
    type: ActorType
    name_en: str | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    def to_actor(self) -> Actor:
        return Actor(id=self.id, name=self.name, name_en=self.name_en, type=self.type,
                     aliases=sorted(set(self.aliases)), country=self.country,
                     roles=sorted(set(self.roles)))


@lru_cache(maxsize=4096)
def _title_words(title: str) -> tuple[str, ...]:
    from ..text import normalize

    return tuple(w[2:] if w.startswith("ال") else w for w in normalize(title).split())


def normalize_title(title: str) -> list[str]:
    """A title's normalized words without the article: 'الوزير' → ['وزير']."""
    return list(_title_words(title))


# Two-letter words that are far more often particles than a family name (a
# surname such as طه، لي is used alone only when it is none of these).
_COUNTERPART_TITLE = "نظير"
_LEADER = frozenset(("الزعيم", "زعيم", "العاهل", "عاهل", "خادم الحرمين الشريفين"))  # as written in the title lexicon (العاهل: the monarch; the Saudi king's style)
_STATE_HEADS = frozenset(("الرئيس", "رئيس", "رئيس الجمهورية", "الملك", "ملك", "أمير", "الأمير", "السلطان",
                          "سلطان", "العاهل"))
_SHORT_WORDS = frozenset("""
لي لا لم لن من عن في هو هي ما قد ان او اي كي يا ذا له به لك هل بل ثم لو مع كل ال اذ اذا ها
هم هن نا ني ه لها عل الي الى ول وم فل فى بي تم جد حل رد سد شد صد ضد عد قل كم لب مد مر من
""".split())


def _strip_al(token: str) -> str:
    return token[2:] if token.startswith("ال") and len(token) > 4 else token


# A king's two titles in Arabic news, by their first word (العاهل الأردني X ... الملك).
_MONARCH_HEADS = frozenset((normalize("ملك"), normalize("عاهل")))


class ArticleResolver:
    """Keeps the actors of one article and merges their mentions."""

    def __init__(self, article: str, lex: Lexicon | None, date: dt.date | None = None):
        self.article = article
        self.lex = lex
        self.date = date
        self.persons: list[_Person] = []
        self.actors: dict[str, _ActorDraft] = {}
        self.merges: list[Merge] = []
        self.body_servants: set[str] = set()  # persons acting for an international body here
        self.bodies_seen: list[tuple[int, int, str]] = []  # (sentence, word, id) of each international body named
        # (sentence, word, id, first head word) of each state body built from a head and a state (مجلس النواب العراقي)
        self.institutions_seen: list[tuple[int, int, str, str]] = []
        self._ids: dict[str, str] = {}  # generated id → normalized name
        self.current_sentence = 0
        self._variant_cache: dict = {}
        self.children: set[str] = set()  # people introduced as somebody's child (نجله صدام)
        self.women: set[str] = set()  # persons introduced by a feminine title (المبعوثة، الوزيرة)

    # -- actors -------------------------------------------------------------
    def lexicon_actor(self, ref: str, surface: str) -> str:
        """Register a lexicon actor seen as ``surface``; returns its id."""
        if ref not in self.actors:
            actor = self.lex.actor_head(ref) if self.lex else None
            if actor is None:
                raise KeyError(ref)
            self.actors[ref] = _ActorDraft(actor.id, actor.name, actor.type, actor.name_en,
                                           actor.country)
        self.actors[ref].aliases.append(surface)
        return ref

    def organization(self, key: str, name: str, name_en: str | None, country: str | None,
                     surface: str) -> str:
        """Register an organization: a state body with its state, or a body
        named in the text (جامعة الخرطوم)."""
        from ..text import normalize

        base = romanize(name_en.lower().replace("'", "")) if name_en else romanize(normalize(name))
        ident = self._new_id(base, key)
        if ident not in self.actors:
            self.actors[ident] = _ActorDraft(ident, name, ActorType.organization, name_en,
                                             country)
        self.actors[ident].aliases.append(surface)
        return ident

    def _new_id(self, base: str, norm_key: str) -> str:
        ident, n = base, 2
        while ident in self._ids and self._ids[ident] != norm_key:
            ident, n = f"{base}_{n}", n + 1
        self._ids[ident] = norm_key
        return ident

    # -- people -------------------------------------------------------------
    def find_person(self, norm_name: str, title: str = "", exact: bool = False,
                    country: str | None = None) -> tuple[str, str] | None:
        """An earlier person this name refers to, with the reason. A bare
        surname shared by several people goes to the one who bore the same
        title (الفريق الحسين → the earlier الفريق محمد عثمان الحسين), else to nobody."""
        tokens = norm_name.split()
        for p in self.persons:
            if tokens == p.tokens:
                return p.id, "same name"
        if exact:  # a relative named after a known person (نجله حسين نواز شريف)
            return None
        if len(tokens) == 1:
            t = _strip_al(tokens[0])
            same = [p for p in self.persons if len(p.tokens) > 1 and _strip_al(p.tokens[-1]) == t]
            if len({p.id for p in same}) == 1:
                return same[0].id, "surname"
            titled = {p.id for p in same if title and title in p.titles}
            if len(titled) == 1:
                return next(iter(titled)), "surname with the same title"
            parent = self._parent_of_family(same)
            if parent:
                return parent, PARENT_REASON
            if same:
                return "", "ambiguous surname"
            # نجله فيصل after فيصل المهدي: a given name alone that opens the
            # name of exactly one person of the article
            given = {p.id for p in self.persons if len(p.tokens) > 1 and p.tokens[0] == tokens[0]
                     and (not country or self.actors[p.id].country in (None, country))}
            # (رئيس وزراء باكستان محمد: not محمد بن سلمان, a Saudi)
            if len(given) == 1:
                return next(iter(given)), "given name"
        if len(tokens) == 2 and tokens[1].startswith("ال") and tokens[0] not in ("عبد", "ابو"):
            # الشيخ صباح الخالد after صباح خالد الحمد الصباح: a Gulf short form, the
            # given name and the father's name with the article
            short = {p.id for p in self.persons if len(p.tokens) > 2 and p.tokens[0] == tokens[0]
                     and p.tokens[1] == tokens[1][2:]}
            if len(short) == 1:
                return next(iter(short)), "given name and father's name"
        if len(tokens) == 2 and tokens[0] in ("عبد", "ابو") and tokens[1].startswith("ال"):
            # الأمير عبد العزيز after الأمير عبد العزيز بن سلمان: a compound given name
            # that opens the name of exactly one person of the article
            given = {p.id for p in self.persons if len(p.tokens) > 2 and p.tokens[:2] == tokens
                     and (not country or self.actors[p.id].country in (None, country))}
            if len(given) == 1:
                return next(iter(given)), "given name"
        for p in self.persons:
            if len(tokens) < len(p.tokens) and _is_sub(tokens, p.tokens):
                return p.id, "part of a longer name"
            if len(tokens) > len(p.tokens) and _is_sub(p.tokens, tokens) and not (
                    len(tokens) >= len(p.tokens) + 2 and tokens[1] in ("بن", "ابن", "بنت", "ولد")
                    and tokens[2:2 + len(p.tokens)] == p.tokens):
                # (خالد بن محمد بن زايد آل نهيان is the son of محمد بن زايد آل نهيان)
                return p.id, "longer form of a name"
        for p in self.persons:
            if len(tokens) == len(p.tokens) and tokens[:-1] == p.tokens[:-1] \
                    and len(tokens[-1]) >= 6 and edit_distance(tokens[-1], p.tokens[-1], 1) <= 1:
                return p.id, "spelling variant"
            if len(tokens) == 1 and len(p.tokens) > 1 and len(tokens[0]) >= 6 \
                    and edit_distance(tokens[0], p.tokens[-1], 1) <= 1:
                return p.id, "spelling variant of surname"
        return None

    def person_id(self, norm_name: str, surface: str, role: str = "",
                  role_key: str = "", country: str | None = None,
                  title: str = "", exact: bool = False) -> str | None:
        """The id of the person named ``norm_name`` (new or merged); ``exact``:
        merged only with the same full name."""
        found = self.find_person(norm_name, title, exact, country)
        if found and not found[0]:
            return None
        if found:
            pid, reason = found
            draft = self.actors[pid]
            if surface not in draft.aliases:
                self.merges.append(Merge(article=self.article, actor=pid,
                                         forms=[draft.name, surface], reason=reason))
                draft.aliases.append(surface)
            person = next(p for p in self.persons if p.id == pid)
            if len(norm_name.split()) > len(person.tokens) and reason == "longer form of a name":
                person.tokens = norm_name.split()
        else:
            pid = self._new_id(romanize(norm_name), norm_name)
            person = _Person(pid, norm_name.split(), first_sentence=self.current_sentence)
            self.persons.append(person)
            self.actors[pid] = _ActorDraft(pid, surface, ActorType.person, None, country,
                                           [surface])
        if role:
            self.actors[pid].roles.append(role)
        if role_key:
            person.roles.add(role_key)
        if title:
            person.titles.add(title)
        if country and not self.actors[pid].country:
            self.actors[pid].country = country
        return pid

    def known_person(self, ref: str, surface: str, role: str = "", role_key: str = "",
                     title: str = "") -> str:
        """A lexicon person; also registered for surname coreference (and, with
        ``title``, for a later bare title: ووصل الملك)."""
        pid = self.lexicon_actor(ref, surface)
        if not any(p.id == pid for p in self.persons):
            entry = self.lex.people[ref]
            from ..text import normalize

            self.persons.append(_Person(pid, normalize(entry.name).split(),
                                        first_sentence=self.current_sentence))
        person = next(p for p in self.persons if p.id == pid)
        if role:
            self.actors[pid].roles.append(role)
        if role_key:
            person.roles.add(role_key)
        if title:
            person.titles.add(title)
        return pid

    def bare_title_holder(self, holders: list[str], surface: str) -> str | None:
        """الوزير alone: the one person of the article so far whose title starts
        with the same word (``holders``, from :meth:`bare_title_holders`), else nobody."""
        if len(holders) != 1:
            return None
        pid = holders[0]
        self._merged(pid, surface, "the article's one bearer of the title")
        return pid

    def bare_title_holders(self, bare: str, not_of: str | None = None) -> list[str]:
        """The persons of the article so far a bare title may name (وزير الزراعة التشادي X
        for a later الوزير); with ``not_of`` (الوزير الضيف), never a person of that state;
        none when the article named no bearer."""
        head = bare[2:] if bare.startswith("ال") else bare
        as_written = head
        head = head[:-1] if head.endswith("ه") else head  # الوزيرة → وزير
        holders, same_gender = [], []
        for p in self.persons:
            titles = {t for t in p.titles} | {k.split("|")[0] for k in p.roles}
            known = self.lex.people.get(p.id) if self.lex is not None else None
            if not titles and known is not None and self.date:
                # السلطان هيثم بن طارق, named by the lexicon with no title read: the
                # offices he held on the article's date (a later جلالة السلطان is he)
                titles = {r.title for r in known.roles if r.held_on(self.date)}
            words = [normalize_title(t) for t in titles if t]
            if not_of and self.actors[p.id].country == not_of:
                continue  # (الوزير الضيف in a dispatch from Manama: not Bahrain's minister)
            if any(w and (w[0] == head or w[0] == head + "ه" or (head in _MONARCH_HEADS and w[0] in _MONARCH_HEADS)) for w in words):
                holders.append(p.id)
                written = [normalize_title(r.title) for r in known.roles] if known else words
                if any(w and w[0] == as_written for w in written):
                    same_gender.append(p.id)  # (the lexicon's الرئيسة is a woman, whatever the text's title)
        if len(holders) > 1 and len(same_gender) == 1:
            holders = same_gender  # الرئيس after الرئيس X and رئيسة Y: him, not her
        now = getattr(self, "current_sentence", 0)
        first = {p.id: p.first_sentence for p in self.persons}
        if any(first[pid] <= now for pid in holders):
            holders = [pid for pid in holders if first[pid] <= now]  # (never one the article names later)
        earlier = [pid for pid in holders if first[pid] < now]
        if len(holders) > 1 and len(earlier) == 1:
            holders = earlier  # وعقد الوزير لقاء مع وزير الدولة Y: the one named before, not Y
        return holders

    def _merged(self, pid: str, surface: str, reason: str) -> None:
        """Record that ``surface`` names person ``pid`` (for merges.jsonl) and keep the alias."""
        self.merges.append(Merge(article=self.article, actor=pid,
                                 forms=[self.actors[pid].name, surface], reason=reason))
        self.actors[pid].aliases.append(surface)

    def office_holder(self, office: str, home: str | None, surface: str) -> str | None:
        """وزير الخارجية alone: the one person of the article so far who holds
        that very office (of the dispatch's state, when it has one), else nobody.

        >>> # الرياض - ... الأمير فيصل بن فرحان وزير الخارجية ... وكان وزير الخارجية قد زار أستانا → him
        """
        found = {p.id for p in self.persons if p.first_sentence < getattr(self, "current_sentence", 0)
                 for k in [*p.roles, *p.titles] if normalize(k.split("|")[0]) == office}
        # (a title read with no state, الوزير الأول X, is held too)
        if len(found) != 1:
            return None
        pid = found.pop()
        if home and self.actors[pid].country not in (home, None):
            return None  # (a dispatch's bare وزير الخارجية is its own state's, named or not)
        self._merged(pid, surface, "the article's one holder of that office")
        return pid

    def officer_of(self, country: str | None, surface: str, ranks: set[str]) -> str | None:
        """الجنرال الليبي alone: the one person of the article with a military rank
        who belongs to that state (or to a body of it), else nobody."""
        found = set()
        for p in self.persons:
            if not p.titles & ranks:
                continue
            states = {self.actors[p.id].country}
            for k in p.roles:
                ref = k.split("|")[-1]
                states.add(ref)
                if self.lex and ref in self.lex.organizations:
                    states.add(self.lex.organizations[ref].country)
            if country in states:
                found.add(p.id)
        if len(found) != 1:
            return None
        pid = found.pop()
        self._merged(pid, surface, "the article's one officer of that state")
        return pid

    def role_holder(self, role_key: str, title: str, country: str | None,
                    surface: str) -> str | None:
        """The person a title alone refers to, or None when nobody fits."""
        title_part, _, affil_part = role_key.partition("|")
        keys = {role_key} | {f"{same}|{affil_part}" for group in SAME_OFFICES if title_part in group
                             for same in group}  # (رئيس الحكومة الباكستانية after رئيس الوزراء الباكستاني X)
        for p in reversed(self.persons):
            if not keys.isdisjoint(p.roles):
                self._merged(p.id, surface, "same title earlier in the article")
                return p.id
        if title == _COUNTERPART_TITLE and country:
            # هنأ X نظيره البرازيلي: the one person of that state the article names
            ids = {p.id for p in self.persons if any(k.split("|")[-1] == country for k in p.roles)}
            peer = next((p for p in self.persons if p.id == (getattr(self, "peers", None) or [None])[-1]), None)
            ranks = {normalize_title(t)[0] for t in {k.split("|")[0] for k in peer.roles} | set(peer.titles)
                     if t and normalize_title(t)} if peer else set()
            if ranks:
                # وزير الطاقة X يوقع مع نظيره الإيطالي: a minister's counterpart is a
                # minister, not the head of government the article named
                ids = {i for i in ids for p in self.persons if p.id == i and any(
                    (normalize_title(k.split("|")[0])[:1] or [""])[0] in ranks for k in p.roles)}
            if len(ids) == 1:
                pid = ids.pop()
                self._merged(pid, surface, "the counterpart from that state, named earlier")
                return pid
            offices = {k.split("|")[0] for k in peer.roles} if peer and not ids else set()
            if len(offices) != 1 or not all(self.lex and k.split("|")[-1] in self.lex.countries for k in peer.roles):
                # (رئيس المجلس الشعبي الوطني: a body's head, whose counterpart the lexicon does not date)
                return None
            # بعث رئيس الوزراء المصري X برقية إلى نظيره السوداني: that state's holder of
            # the same office on the article's date, as the lexicon dates it
            title = next(iter(offices))
        if title == _COUNTERPART_TITLE:
            return None
        if normalize_title(title) in (["وزير"], ["وزيره"]) and country:
            # استقبل X الوزير الأميركي: the one minister of that state the article names
            ids = {p.id for p in self.persons for k in p.roles
                   if k.split("|")[-1] == country and normalize_title(k.split("|")[0])[:1] in (["وزير"], ["وزيره"])}
            ids |= {p.id for p in self.persons if self.lex is not None and p.id in self.lex.people
                    and self.actors[p.id].country == country and any(
                        normalize_title(r.title)[:1] in (["وزير"], ["وزيره"]) and r.country == country
                        and (self.date is None or r.held_on(self.date))
                        for r in self.lex.people[p.id].roles)}  # (X نائب رئيس الوزراء وزير الخارجية: a known minister)
            # (a minister then, not at the article's date: السيسي, defence minister until 2014)
            if len(ids) == 1:
                pid = ids.pop()
                self._merged(pid, surface, "the one minister of that state, named earlier")
                return pid
            return None
        if (title in _LEADER or " ".join(_title_words(title)) in _OWN_HEAD_WORDS) and country:
            # الزعيم البيلاروسي: the head of that state named in the article, else
            # the one the lexicon dates (a president, king, emir or sultan)
            heads = {p.id for p in self.persons for k in p.roles
                     if k.split("|")[-1] == country and k.split("|")[0] in _STATE_HEADS}
            if len(heads) == 1:
                pid = heads.pop()
                self._merged(pid, surface, "the leader of the state, named earlier")
                return pid
            titles = _STATE_HEADS | {title}
        else:
            titles = {title}
        if self.lex and self.date and country:
            masculine = {t.feminine: t.title for t in self.lex.titles if t.feminine}
            feminine = {t.title: t.feminine for t in self.lex.titles if t.feminine}.get(title)
            woman = title in masculine or bool(feminine and normalize(surface).split()[:1] and normalize(
                surface).split()[0].endswith(normalize(feminine).split()[0]))
            # (وزيرة الخارجية الإماراتية: a woman, not the man who holds the office)
            titles = titles | {masculine.get(t, t) for t in titles}
            # (رئيسة الوزراء in the lexicon answers رئيس الوزراء الياباني in the text)
            holders = [entry for entry in self.lex.people.values() if any(
                masculine.get(r.title, r.title) in titles and r.country == country and r.held_on(self.date)
                and (not woman or r.title in masculine) for r in entry.roles)]
            if len(holders) > 1:
                # the day one holder hands over to the next: the one the article names, else
                # the newcomer
                named = [e for e in holders if e.id in self.actors] or holders
                holders = [max(named, key=lambda e: max(
                    (r.start for r in e.roles if r.country == country and r.held_on(self.date)),
                    default=dt.date.min))]
            if holders:
                pid = self.known_person(holders[0].id, surface, role_key=role_key)
                self.merges.append(Merge(
                    article=self.article, actor=pid, forms=[holders[0].name, surface],
                    reason=f"holder of the title on {self.date.isoformat()}"))
                return pid
        return None

    def surname_index(self) -> dict[str, str]:
        """Single words that name a person of this article: surname, or a
        given name that only one person has."""
        index: dict[str, str] = {}
        firsts: dict[str, list[str]] = {}
        ambiguous: set[str] = set()
        for p in self.persons:
            if len(p.tokens) > 1:
                last = p.tokens[-1]
                if len(last) >= 3 or (len(last) == 2 and last not in _SHORT_WORDS):
                    for form in (last, _strip_al(last)):
                        if index.get(form, p.id) != p.id:
                            ambiguous.add(form)
                        index.setdefault(form, p.id)
                firsts.setdefault(p.tokens[0], []).append(p.id)
        for first, ids in firsts.items():
            if len(set(ids)) == 1 and len(first) >= 3 and first not in index and not (
                    self.lex is not None and first in self.lex.ambiguous_first_names) \
                    and first not in STOP_WORDS:
                # (علي is also the preposition على, كريم an adjective: never alone)
                index[first] = ids[0]
        self.shared_surnames: dict[str, list[tuple[int, str]]] = {}
        for form in ambiguous:
            index.pop(form, None)
            same = [p for p in self.persons
                    if len(p.tokens) > 1 and _strip_al(p.tokens[-1]) == _strip_al(form)]
            parent = self._parent_of_family(same)
            if not parent:  # (who bears it so far is known sentence by sentence)
                self.shared_surnames[form] = sorted({(p.first_sentence, p.id) for p in same})
            if parent:
                index[form] = parent
                if not any(m.reason == PARENT_REASON and m.forms[-1] == form for m in self.merges):
                    self.merges.append(Merge(article=self.article, actor=parent,
                                             forms=[self.actors[parent].name, form],
                                             reason=PARENT_REASON))
        return index

    def _parent_of_family(self, same: list[_Person]) -> str | None:
        """Of several people sharing a surname, the one who is not introduced as
        somebody's child, when all the others are: news calls the head of a family
        by the bare surname and names the sons in full (ترامب after ابنه إريك)."""
        ids = {p.id for p in same}
        rest = ids - self.children
        if len(ids) > 1 and len(rest) == 1 and len(ids & self.children) == len(ids) - 1:
            return next(iter(rest))
        return None

    def is_surname_of(self, form: str, pid: str) -> bool:
        """``form`` is the last word of person ``pid``'s name (not a given name)."""
        person = next(p for p in self.persons if p.id == pid)
        return len(person.tokens) > 1 and _strip_al(person.tokens[-1]) == _strip_al(form)

    def surname_person(self, surname: str, sentence: int) -> str:
        """A person known only by a surname used before any relative is named."""
        pid = self._new_id(romanize(surname), surname)
        if pid not in self.actors:
            self.persons.append(_Person(pid, [surname], first_sentence=sentence))
            self.actors[pid] = _ActorDraft(pid, surname, ActorType.person, None, None, [surname])
            self.merges.append(Merge(article=self.article, actor=pid, forms=[surname],
                                     reason="surname used alone before any relative is named"))
        return pid

    def first_sentence(self, pid: str) -> int:
        return next(p.first_sentence for p in self.persons if p.id == pid)

    def surname_variant(self, word: str, surnames: dict[str, str]) -> str | None:
        """A surname of the article one letter away from ``word`` (ستولتنبرج →
        ستولتنبرغ), for long words only."""
        if len(word) < 6:
            return None
        cache = self._variant_cache
        if cache.get("__index__") is not surnames:
            cache.clear()
            cache["__index__"] = surnames
            buckets: dict[str, list[str]] = {}
            for form in surnames:
                if len(form) >= 6:
                    buckets.setdefault(form[0], []).append(form)
            cache["__buckets__"] = buckets
        if word in cache:
            return cache[word]
        found = None
        n = len(word)
        for form in cache["__buckets__"].get(word[0], ()):
            # edit_distance(word, form, 1) <= 1, its length test done here
            if form != word and -1 <= len(form) - n <= 1 and (
                    _fast_eval(word, form) <= 1 if _fast_eval is not None
                    else edit_distance(word, form, 1) <= 1):
                found = form
                break
        cache[word] = found
        return found

    def to_actors(self) -> list[Actor]:
        return [self.actors[k].to_actor() for k in sorted(self.actors)]


def _is_sub(short: list[str], long: list[str]) -> bool:
    """``short`` is the end of ``long`` (surname forms) or a contiguous part of it."""
    n = len(short)
    return any(long[k:k + n] == short for k in range(len(long) - n + 1)) and \
        short[-1] == long[-1]
