"""Extractors: an ``Article`` in, its actors, triples and merges out.

The default ``rules`` extractor is lexicon- and pattern-driven (see
``mentions``, ``resolve``, ``relations``, ``flags``). Another extractor can be
plugged in by registering any object with ``name`` and ``extract(article)``.

Example
-------
>>> r = extract_text("استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأردني أيمن الصفدي في القاهرة.")
>>> sorted({(t.relation.value, t.object) for t in r.triples})[:1]
[('affiliated_with', 'egypt')]
"""

from __future__ import annotations

import datetime as dt
import re
import gc
from typing import Protocol, runtime_checkable

from pydantic import BaseModel

from ..errors import UnknownExtractor
from ..lexicon import ARAB_LEAGUE, Lexicon, load_lexicon
from ..schema import Actor, ActorType, Article, Evidence, Merge, Relation, Triple
from ..text import Doc, Sentence, make_doc, normalize
from .mentions import (_APPOINTING, role_accusative, _NAME_LINKS, _ORDINAL_ADJECTIVES, _COMPANY_HEADS, _TENURE, _affil_state, _GOVERNMENT_NOUN, OWN_HEAD_TITLES, _KIN_BEFORE_NAME, _clitic_of, ORG_HEADS, STOP_WORDS, Span, Word, find_mentions,
                       looks_transliterated as _looks_transliterated, words_of)
from .mentions import (_FOREIGN_SURNAME_ENDS, COUNTERPART, _own_body_word, _EPONYM_HEADS, _BODY_ADJECTIVES, _BODY_NOUNS, _institution_ending, _COMMON_NOUNS, _MINISTER, BLESSINGS, REGIONAL_ADJECTIVES, _word_gender,
                       _NEW_HOLDER, _CROWN_ADJECTIVES, MONARCHIES as _MONARCHIES,
                       SYLLABIC_NAME_STATES as _SYLLABIC_NAMES)
from .flags import _ACCUSING, _CLAIMS, _TOMORROW, _WEEKDAYS
from .relations import (_A_DELEGATION, _KIN_NOUNS, _SAYING, _SAYING_PARTICIPLES, _THAT, _INSTEAD, _REPLACING, kin_role, _ARRIVING, _CHAIRING, _HOST_OF_HIM, _LED_BY, _LETTERS, _SIMILAR, _TIME_WORDS, Found,
                        Mentioned, find_relations)
from .resolve import ArticleResolver

__all__ = ["Extractor", "ArticleResult", "RuleExtractor", "get_extractor", "register",
           "extractor_names", "extract_article", "extract_text"]


class ArticleResult(BaseModel):
    """What an extractor returns for one article."""

    article: str
    actors: list[Actor]
    triples: list[Triple]
    merges: list[Merge] = []


@runtime_checkable
class Extractor(Protocol):
    """Anything with a ``name`` and ``extract(article) -> ArticleResult``."""

    name: str
    version: str

    def extract(self, article: Article) -> ArticleResult: ...


class RuleExtractor:
    """The lexicon- and rule-based extractor (the default)."""

    name = "rules"

    def __init__(self, lexicon: Lexicon | None = None):
        self.lexicon = lexicon or load_lexicon()
        self.version = f"rules-1/{self.lexicon.version}"

    def extract(self, article: Article) -> ArticleResult:
        # One article makes some 20,000 short-lived objects (tokens, words,
        # spans), freed by reference counting; the cyclic collector would
        # promote those alive at its passes and then walk every long-lived
        # object (the lexicon, all imports) again and again: ~5 % of the time.
        # It is paused for one article, as timeit does, and left as it was.
        enabled = gc.isenabled()
        gc.disable()
        try:
            doc = make_doc(article.id, article.text)
            return extract_doc(doc, self.lexicon, article.date)
        finally:
            if enabled:
                gc.enable()


_REGISTRY: dict[str, type] = {"rules": RuleExtractor}


def register(name: str, factory: type) -> None:
    """Make an extractor class available by name (``kg build --extractor NAME``)."""
    _REGISTRY[name] = factory


def extractor_names() -> list[str]:
    return sorted(_REGISTRY)


def get_extractor(name: str = "rules") -> Extractor:
    """The extractor called ``name``; ``UnknownExtractor`` lists the known ones."""
    if name.startswith("camel") and name not in _REGISTRY:
        from ..backends import register_backends  # spawned workers register lazily

        register_backends()
    if name not in _REGISTRY:
        raise UnknownExtractor(name, extractor_names())
    return _REGISTRY[name]()


def extract_text(text: str, article_id: str = "text", date: dt.date | None = None) -> ArticleResult:
    """Extract from a string (handy in a notebook or a test)."""
    return RuleExtractor().extract(Article(id=article_id, text=text, date=date))


def extract_article(article: Article, extractor: Extractor | None = None) -> ArticleResult:
    """Run ``extractor`` (default: rules) on one article."""
    return (extractor or RuleExtractor()).extract(article)


# -- the rules pipeline ----------------------------------------------------

def _original(doc: Doc, sentence: Sentence, words: list[Word], i: int, j: int,
              clitic: str = "") -> str:
    start_norm = words[i].start
    if clitic and words[i].norm.startswith(clitic) and not words[i].prefix:
        start_norm += len(clitic)
    a, b = sentence.char_span(start_norm, words[j - 1].end)
    return doc.text[a:b]


def _institution_actor(sp: Span, doc: Doc, sentence: Sentence, words: list[Word],
                       r: ArticleResolver, lex: Lexicon) -> str:
    """The state body a title names (الناطق باسم الخارجية الإيرانية → Iran's
    foreign ministry), registered under the words the text uses."""
    head, country = sp.affil.split("|")
    inst = next(x for x in lex.institutions if x.head == head)
    c = lex.countries[country]
    inst_surface = _inst_surface(doc, sentence, words, sp, inst, lex)
    affil_id = r.organization(sp.affil, inst_surface, inst.name_en.format(country=c.name_en), country,
                              inst_surface)
    if inst.kind == "ministry" and not normalize(inst.head).startswith("وزاره") \
            and "وزارة " + inst_surface not in r.actors[affil_id].aliases:
        # الناطق باسم الخارجية الإيرانية: the ministry's full name too
        r.actors[affil_id].aliases.append("وزارة " + inst_surface)
    return affil_id


# A region named before (رئيس الإقليم X after إقليم كردستان): not the dispatch's state.
_THE_REGION, _REGION_WORD = normalize("الإقليم"), normalize("إقليم")
_REGION_BACKREFS = frozenset(normalize(w) for w in ("الإقليم", "للإقليم"))


def _other_region_named(doc: Doc, r: ArticleResolver, lex: Lexicon) -> bool:
    """Whether the article names a region of another state than the dispatch's
    (برلمان إقليم كردستان in a dispatch from Ankara): then الإقليم is that
    region, not the dispatch's state."""
    words = re.findall(r"\w+", normalize(doc.text))
    for k, w in enumerate(words[:-1]):
        if w.endswith(_REGION_WORD):
            for h in lex.phrases.get((_REGION_WORD, words[k + 1]), ()) or lex.phrases.get((w, words[k + 1]), ()):
                ref = h.ref if h.kind == "actor" else ""
                state = lex.organizations[ref].country if ref in lex.organizations else None
                if state and state != r.home:
                    return True
    return False


def _partner_of(words: list[Word], j: int, lex: Lexicon, state: str) -> bool:
    """Whether the person ending at ``j`` is joined (و) to a titled person of
    ``state`` (وقع وزير النفط X ووزيرة الطاقة الأردنية Y): then X is the other side,
    not the dispatch's state."""
    if j >= len(words) or words[j].punct_before or words[j].norm[:1] != "و":
        return False
    for k in range(j, min(len(words), j + 8)):
        if k > j and words[k].punct_before:
            return False
        if any(h.kind == "demonym" and h.ref == state for h in lex.phrases.get((words[k].norm,), ())):
            return True
    return False


# Bodies whose people speak for no state: a think tank's researcher, an outlet's reporter.
_VOICES_OF_NO_STATE = frozenset({"think_tank", "media"})


def _resolve_span(sp: Span, doc: Doc, sentence: Sentence, words: list[Word],
                  r: ArticleResolver, lex: Lexicon) -> tuple[str | None, list[Triple]]:
    """The actor id of a span, registering it; plus its affiliation, if any."""
    surface = _original(doc, sentence, words, sp.extra.get("named_from", sp.i), sp.j, sp.clitic)
    if sp.kind == "actor":
        return r.lexicon_actor(sp.ref, surface), []
    if sp.affil_kind == "country" and sp.ref and sp.ref in lex.people \
            and lex.people[sp.ref].country in _SHARED_DEMONYM.get(sp.affil, ()):
        sp.affil = lex.people[sp.ref].country  # الرئيس الكونغولي ساسو نغيسو: Brazzaville's
    if sp.affil_kind == "institution" and sp.affil.split("|")[0] == _THE_GOVERNMENT:
        sp.affil, sp.affil_kind = sp.affil.split("|")[1], "country"  # المبعوث الخاص للحكومة الصينية: China's
    if sp.kind == "place":  # the city's state, registered under its own name
        return r.lexicon_actor(sp.ref, lex.actor_head(sp.ref).name), []
    if sp.kind == "organization" and "company" in sp.extra:
        key, name = sp.extra["company"]  # وتربط المجموعة شراكة ...: the company named before
        oid = r.organization(key, name, None, None, name)
        if surface not in r.actors[oid].aliases:
            r.actors[oid].aliases.append(surface)
        return oid, []
    if sp.kind == "organization" and sp.extra.get("private"):
        key, name = _company(sp, doc, sentence, words)  # a company named in full (شركة سولاريس الإسبانية)
        oid = r.organization(key, name, None, None, name)
        if surface != name and surface not in r.actors[oid].aliases:
            r.actors[oid].aliases.append(surface)
        return oid, []
    if sp.kind == "organization":
        key = f"{sp.institution.head}|{sp.affil}"
        if "head_words" in sp.extra:  # ونظيرتها المغربية: named with the first body's head
            a, b = sp.extra["head_words"]
            surface = _original(doc, sentence, words, a, b, "") + " " + _original(
                doc, sentence, words, sp.j - 1, sp.j, "")
        if sp.clitic.endswith("ل") and words[sp.i].norm.startswith(("لل", "ولل", "فلل")) \
                and sp.institution.head.startswith("ال"):
            surface = "ا" + surface  # للجيش الروسي: ل + الجيش (the article's alif elided)
        oid = r.organization(key, surface, sp.name_en, sp.affil, surface)
        r.institutions_seen.append((sentence.index, sp.i, oid, normalize(sp.institution.head).split()[0]))
        if sp.institution.kind == "ministry" and not normalize(sp.institution.head).startswith("وزاره"):
            # الخارجية الجزائرية is also called وزارة الخارجية الجزائرية
            full = "وزارة " + _original(doc, sentence, words, sp.i, sp.j, sp.clitic)
            if full not in r.actors[oid].aliases:
                r.actors[oid].aliases.append(full)
        return oid, []
    role_key = ""
    affil_id = None
    if sp.affil:
        if sp.affil_kind == "neworg" and "company" in sp.extra:
            key, name = sp.extra["company"]  # (الرئيس التنفيذي للشركة: the company named before)
            affil_id = r.organization(key, name, None, None, name)
        elif sp.affil_kind == "institution":
            affil_id = _institution_actor(sp, doc, sentence, words, r, lex)
        elif sp.affil_kind == "neworg" and (_state_after_body(sp, words, lex) or _side_state_before(words, sp.i, lex)
                                             or (sp.ref and lex.people[sp.ref].country)
                                             or (getattr(r, "home", None)
                                                 and not _visitor_to_home(words, sp, lex, r.home)
                                                 and not _in_delegation(words, sp.i))) \
                and (inst := _home_institution(sp, words, lex)) is not None:
            # (في إطار زيارة إلى الأردن، التقى مدير الأمن العام X: a guest's body, not the dispatch's state's)
            # رئيس جهاز الاستخبارات X in a dispatch from Ankara: the Turkish one
            # (رئيس الجمعية الوطنية في جمهورية بنين X: the state named after the body)
            a, b = sp.extra["org_words"]
            after = _state_after_body(sp, words, lex)
            state = after or _side_state_before(words, sp.i, lex) or (
                # (وفد ضم ... ورئيس جهاز الاستخبارات إبراهيم كالن, from Baghdad: the known man's own)
                lex.people[sp.ref].country if sp.ref and lex.people[sp.ref].country else None) \
                or r.home  # (ترأس الجانب الأوكراني رئيس مكتب الرئاسة X)
            c = lex.countries[state]
            end = b
            while after and sp.name and end < sp.j - len(sp.name.split()) and not _style_word(words[end]) \
                    and not any(h.kind == "title" for h in lex.phrases.get((words[end].forms[-1],), ())):
                end += 1  # (... في جمهورية السنغال السيد X: the state, not the honorific)
            clitic = words[a].norm[:1] if words[a].norm[:1] in ("ل", "ب") and words[a].norm[:2] != "لل" \
                and words[a].forms[-1] == words[a].norm[1:] else ""  # (الأمين العام لوزارة الخارجية، وزير الدولة بوزارة)
            org_surface = _original(doc, sentence, words, a, end, clitic)
            # (الرئاسة في جنوب السودان: the body named with its state)
            first = normalize(org_surface.split()[0]).removeprefix("ال")
            feminine = inst.gender == "f" if first == normalize(inst.head.split()[0]).removeprefix("ال") \
                else first.endswith(("ه", "ات"))  # (جهاز الاستخبارات: the head word's gender)
            name = org_surface if after or not c.demonym else \
                f"{org_surface} ال{c.demonym}{'ة' if feminine else ''}"  # (وزارة الخارجية القطرية)
            affil_id = r.organization(f"{inst.head}|{state}", name,
                                      inst.name_en.format(country=c.name_en), state, org_surface)
        elif sp.affil_kind == "neworg" and sp.ref and (body := _body_of_known(sp, lex)):
            # الأمين العام لمجلس التعاون جاسم البديوي: the short name of the body
            # the known holder serves (مجلس التعاون لدول الخليج العربية)
            affil_id = r.lexicon_actor(body, lex.actor_head(body).name)
            if lex.organizations[body].country is None:
                r.body_servants.add(r.lexicon_actor(sp.ref, lex.actor_head(sp.ref).name))
        elif sp.affil_kind == "neworg":
            a, b = sp.extra["org_words"]
            head = words[a]
            clitic = head.norm[: len(head.norm) - len(head.forms[-1])] \
                if head.forms[-1] in ORG_HEADS and head.norm.endswith(head.forms[-1]) else \
                head.norm[:1] if head.norm[:1] in ("ل", "ب") and head.norm[1:] == _MINISTRY \
                else ""  # (وزير الدولة بوزارة الخارجية: the ministry, no ب)
            elided = not clitic and head.norm.startswith("لل") and (
                head.norm[2:] in ORG_HEADS or sp.affil.split()[0] == "ال" + head.norm[2:])  # (للقوات المسلحة)
            org_surface = ("ا" if elided else "") + _original(doc, sentence, words, a, b,
                                                              "ل" if elided else clitic)
            # (للمكتب الوطني: ل + المكتب, the article's alif elided)
            affil_id = r.organization(f"new|{sp.affil}", org_surface, None, None, org_surface)
        elif "party_words" in sp.extra:
            # (النائب البريطاني عن حزب العمال: the party also goes by the words written)
            affil_id = r.lexicon_actor(sp.affil, _original(doc, sentence, words, *sp.extra["party_words"], ""))
        else:
            affil_id = r.lexicon_actor(sp.affil, lex.actor_head(sp.affil).name)
        role_key = f"{sp.title.title}|{sp.affil}" if sp.title else ""
        if sp.kind == "person" and not _PAST_HOLDER.isdisjoint(sp.role.split()):
            role_key = ""  # رئيس الوزراء السابق X: a later رئيس الوزراء الكويتي الجديد is not him
    role_text = _role_surface(doc, sentence, words, sp) if sp.role else ""
    country = None
    if sp.affil_kind == "country":
        country = sp.affil
    elif sp.affil_kind == "institution":
        country = sp.affil.split("|")[1]
    # (الباحث في معهد واشنطن X: a think tank's or outlet's man does not stand for its state)
    voice = sp.affil_kind == "organization" and lex.organizations[sp.affil].kind in _VOICES_OF_NO_STATE
    if sp.affil_kind == "organization" and not voice:
        country = lex.organizations[sp.affil].country
    if country is None and affil_id and affil_id in r.actors and r.actors[affil_id].country and not voice:
        country = r.actors[affil_id].country  # the dispatch's state's body
    if sp.kind == "role" and sp.extra.get("own_head"):
        home = getattr(r, "home", None)
        pid = r.role_holder(f"{sp.title.title}|{home}", sp.title.title, home, surface) if home else None
        if pid and not r.actors[pid].country:
            r.actors[pid].country = home
    elif sp.kind == "role" and sp.extra.get("bare"):
        # (نائب الأمير: the deputy, never the emir the article named)
        not_of = getattr(r, "home", None) if sp.extra.get("guest") else None
        holders = r.bare_title_holders(sp.extra["bare"], not_of) if not sp.extra.get("deputy") else None
        pid = r.bare_title_holder(holders, surface) if holders else None
        if holders == [] and sp.extra["bare"] in _CROWN_BARE and not sp.extra.get("guest") \
                and (home := getattr(r, "home", None)) in _MONARCHIES:
            # (عمّان (بترا) - استقبل الملك / الرياض (واس) - استقبل ولي العهد: the king or heir of
            # the dispatch's state, as the lexicon dates him, when the article names no other)
            pid = r.role_holder(f"{sp.title.title}|{home}", sp.title.title, home, surface)
            if pid:
                affil_id = r.lexicon_actor(home, lex.actor_head(home).name)
                r.actors[pid].country = r.actors[pid].country or home
    elif sp.kind == "role" and sp.extra.get("office_alone"):
        pid = r.office_holder(sp.extra["office_alone"], getattr(r, "home", None), surface)
    elif sp.kind == "role" and sp.extra.get("rank"):
        pid = r.officer_of(country, surface, set(_rank_titles(lex).values()))
    elif sp.kind == "role" and not _PAST_HOLDER.isdisjoint(sp.role.split()):
        # رئيس الوزراء السوداني السابق: a former holder, never the one in office at the
        # article's date (nor one named earlier with the current title)
        pid = None
    elif sp.kind == "role":
        # (رئيس هيئة الأركان الأوزبكية: the head of a body, never the state's الرئيس)
        pid = r.role_holder(role_key, sp.title.title, country if sp.affil_kind == "country" else None,
                            surface) if role_key and not sp.extra.get("deputy") else None
    elif sp.ref:
        pid = r.known_person(sp.ref, surface, role=role_text, role_key=role_key,
                             title=sp.title.title if sp.title and sp.title.kind in ("office", "rank")
                             else "")
        if _serves_international_body(lex.people[sp.ref], r.date, lex):
            # الأمين العام للمنظمة الدولية أنطونيو غوتيريش: he acts for the UN, not for Portugal
            r.body_servants.add(pid)
        n_role = len(sp.role.split()) if sp.role else 0
        # the name as written, without the titles before it (عبدالله بن زايد آل نهيان), and
        # from his given name on (وزير الخارجية الشيخ محمد بن عبدالرحمن آل ثاني)
        starts = [sp.i + n_role] if 0 < n_role < sp.j - sp.i else []
        firsts = _first_name_words(sp.ref, lex)
        given = next((k for k in range(sp.i + n_role, sp.j - 1) if words[k].forms[-1] in firsts), None)
        if given is not None and given > sp.i:
            starts.append(given)
        for start in starts:
            name_surface = _original(doc, sentence, words, start, sp.j, "")
            if name_surface not in r.actors[pid].aliases:
                r.actors[pid].aliases.append(name_surface)
        if not affil_id and sp.title and sp.title.kind == "office":
            # بالرئيس عبد الفتاح السيسي: the title alone, the state from the
            # person's known offices (at the article's date when it has one)
            person = lex.people[sp.ref]
            held = _office_state(person, sp.title.title, r.date, lex) or _office_state(
                person, sp.title.title, r.date, lex, body=True) or (  # (الرئيس مسعود بارزاني: his party's head)
                person.country if _normalized(sp.title.title) in _HEAD_TITLES
                or sp.title.role_en == "counterpart" else None) or _office_named_in(  # (نظيره إلهام علييف)
                person, sp.role, r.date, lex)  # نائب رئيس الوزراء وزير الخارجية X
            inst = _institution_ending(sp.title.title, lex) if held in lex.countries else None
            if inst is not None:
                # رئيس مجلس النواب عقيلة صالح: his state's House, as رئيس مجلس النواب الليبي names it
                c = lex.countries[held]
                name = f"{inst.head} ال{c.demonym}{'ة' if inst.gender == 'f' else ''}" if c.demonym else inst.head
                affil_id = r.organization(f"{inst.head}|{held}", name, inst.name_en.format(country=c.name_en),
                                          held, inst.head)
            elif held:
                affil_id = r.lexicon_actor(held, lex.actor_head(held).name)
                if getattr(r, "home", None) is None and _normalized(sp.title.title) in _OWN_HEADS:
                    r.home = held  # رئيس الجمهورية، السيد X: the article's own state
        elif not affil_id and sp.title is None and sp.kind == "person" and sp.j - sp.i >= 2:
            # السلطان هيثم بن طارق, الملك عبدالله الثاني: a known alias that opens with
            # the office; the office's state at the article's date
            lead = next((h.title for h in lex.phrases.get((words[sp.i].forms[-1],), ())
                         if h.kind == "title" and h.title is not None and h.title.kind == "office"), None)
            held = _office_state(lex.people[sp.ref], lead.title, r.date, lex) if lead else None
            if held:
                affil_id = r.lexicon_actor(held, lex.actor_head(held).name)
                role_text = role_text or _original(doc, sentence, words, sp.i, sp.i + 1, sp.clitic)
    elif _weak(sp, lex, getattr(r, "home", None)) and not (r.find_person(sp.name, sp.title.title if sp.title else "")
                                 or ("", ""))[0]:
        # A name with no known given name that matches nobody of the article:
        # too likely a verb or a noun after a title (الرئيس البيلاروسي شارك).
        # (رئيس المجلس الوطني الفلسطيني X: the head of a body, never the state's head)
        pid = (r.role_holder(role_key, sp.title.title, country if sp.affil_kind == "country" else None, surface)
               if role_key and sp.title and sp.title.kind == "office"
               and not any(w in ORG_HEADS or w[2:] in ORG_HEADS for w in sp.role.split()[1:])
               else None)  # (رئيس الاتحاد التونسي X: a body's head, never the state's)
    else:
        name_words = sp.name.split()
        name_start = sp.j - len(name_words)
        name_surface = _original(doc, sentence, words, name_start, sp.j,
                                 sp.clitic if name_start == sp.i else "")
        pid = r.person_id(sp.name, name_surface, role=role_text, role_key=role_key,
                          country=country, title=sp.title.title if sp.title else "",
                          exact=bool(sp.extra.get("relative")))
        if pid and surface != name_surface:
            r.actors[pid].aliases.append(surface)

        if pid and name_start > sp.i and words[name_start - 1].forms[-1] in _HONORIFICS:
            # الشيخ أحمد ولد الداه: in some names the honorific is part of the name
            r.actors[pid].aliases.append(_original(doc, sentence, words, name_start - 1, sp.j))
    if pid and sp.kind == "person" and sp.role:
        # قائد الجيش الليبي المشير X: a rank inside the role, for a later الجنرال الليبي
        ranks = _rank_titles(lex)
        holder = next((p for p in r.persons if p.id == pid), None)
        for w in words[sp.i:sp.j]:
            if holder is not None and w.forms[-1] in ranks:
                holder.titles.add(ranks[w.forms[-1]])
        if holder is not None and role_key and len(sp.role.split()) > len(sp.title.title.split()):
            # نائب رئيس الوزراء وزير الخارجية X: a later الوزير may be him too
            holder.roles.update(f"{t}|{sp.affil}" for t in _later_titles(words, sp, lex))
    if pid and not affil_id and not sp.affil and sp.kind == "person" and sp.title and sp.title.kind == "office" \
            and (led := _led_delegation_state(words, sp.j, lex)) is not None:
        # وزير المال X، الذي يترأس الوفد اللبناني: the delegation's state, wherever the dispatch is from
        affil_id = r.lexicon_actor(led, lex.actor_head(led).name)
        if not r.actors[pid].country:
            r.actors[pid].country = led
    elif pid and not affil_id and not sp.affil and sp.kind == "person" and sp.title and sp.title.kind == "office" \
            and not sp.ref and sp.role.split()[:1] == [_THE_SECRETARY] \
            and not any(w.startswith("لل") and w != "للشوون" for w in sp.role.split()) \
            and (body := _named_body(r, sentence.index, sp.i)) is not None:
        # انتقدت جامعة الدول العربية ... . وقال الأمين العام المساعد السفير X: no state has a
        # bare secretary-general; he is the body's the article named before (not the dispatch's state's)
        affil_id = r.lexicon_actor(body, lex.actor_head(body).name)
    elif pid and not affil_id and not sp.affil and sp.kind == "person" and sp.title and sp.title.kind == "office" \
            and not sp.ref and (body := _body_by_head(r, lex, sentence.index, sp.i, sp.role.split()[1:] + [
                w.norm for w in words[max(0, sp.i - 2):sp.i] if not words[sp.i].punct_before or (
                    sp.i >= 2 and words[sp.i - 2].norm == _IN_NAME_OF and not words[sp.i - 1].punct_before)])) \
            is not None:
        # أشاد مجلس السلم التابع للاتحاد الأفريقي ... . وقال مفوض الشؤون السياسية بالاتحاد
        # السفير X: "the Union" is the body the article named, not the dispatch's state
        affil_id = r.lexicon_actor(body, lex.actor_head(body).name)
    elif pid and not affil_id and not sp.affil and sp.kind == "person" and sp.title and sp.title.kind == "office" \
            and not sp.ref and (inst_id := _institution_by_head(r, sentence.index, sp.i, sp.role.split())) is not None:
        # صوّت مجلس النواب العراقي ... وأشاد رئيس المجلس X: the House named before, not the dispatch's state
        affil_id = inst_id
        if not r.actors[pid].country:
            r.actors[pid].country = r.actors[inst_id].country
    elif pid and not affil_id and not sp.affil and sp.kind == "person" and sp.title and sp.title.kind == "office" \
            and (held := _predecessor_state(words, sp, r, pid, lex)) is not None:
        # عين X سفيرا لمصر لدى تونس خلفا للسفير Y: Y held the same office for the same state
        affil_id = r.lexicon_actor(held, lex.actor_head(held).name)
        if not r.actors[pid].country:
            r.actors[pid].country = held
    elif pid and not affil_id and not sp.affil and sp.kind != "role" and sp.title \
            and sp.title.kind == "office" and getattr(r, "home", None) \
            and normalize(sp.title.title) != normalize(_COUNTERPART) \
            and (normalize(sp.title.title) not in _BARE_MINISTER or sp.extra.get("delegated")) \
            and (r.home in _MONARCHIES or not _ROYAL_TITLES.intersection(normalize(sp.title.title).split())) \
            and not sp.extra.get("possessor") and not sp.extra.get("unbound_leader") \
            and not _visitor_to_home(words, sp, lex, r.home) \
            and not _accompanies_named(words, sp.i) \
            and not (normalize(sp.title.title) in _SECRETARIES_GENERAL and _bare_office(sp.role, sp.title.title)) \
            and _ONE_BODY_ADJECTIVES.isdisjoint(sp.role.split()) \
            and not any(w.forms[-1] in _SIDE_WORDS or w.norm in _INCLUDING for w in words[max(0, sp.i - 3):sp.i]) \
            and not _in_delegation(words, sp.i) \
            and not any(_signs_for_side(words, k, lex) for k in range(max(0, sp.i - 4), sp.i - 1)) \
            and not (sp.i > 0 and words[sp.i - 1].norm.startswith("لل")
                     and words[sp.i - 1].norm[2:] in _SHORT_HEADS) \
            and not any(w.norm in _HEADED_BY for w in words[max(0, sp.i - 2):sp.i]) \
            and not any(words[k].norm in _HEADED_BY and not any(words[x].punct_before for x in range(k + 1, sp.i + 1))
                        and any(w.norm in _A_DELEGATION for w in words[max(0, k - 4):k])
                        for k in range(max(0, sp.i - 5), sp.i)) \
            and _CLERICS.isdisjoint(normalize(sp.title.title).split()) \
            and sp.extra.get("after_body") in (None, r.home) \
            and not any(w.startswith(("لل", "بال")) and w.removeprefix("ب")[2:] in _SHORT_HEADS for w in sp.role.split()) \
            and (not sp.ref or lex.people[sp.ref].country == r.home) \
            and r.actors[pid].country in (None, r.home) \
            and not _office_follows(words, sp.j, lex) \
            and not _partner_of(words, sp.j, lex, r.home) \
            and (_REGION_BACKREFS.isdisjoint(sp.role.split()) or not _other_region_named(doc, r, lex)) \
            and _GROUP_WORDS.isdisjoint(sp.role.split()) \
            and not _names_private_body(sp.role.split()) \
            and _DELEGATION_WORDS.isdisjoint(sp.role.split()) \
            and (_POSTED_ROLE_WORDS.isdisjoint(sp.role.split()) or sp.extra.get("delegated")) \
            and not any(words[k].forms[-1] in _DELEGATION_WORDS and not any(
                words[x].punct_before for x in range(k + 1, sp.i + 1)) for k in range(max(0, sp.i - 10), sp.i)) \
            and not any(not _SENDING_VERBS.isdisjoint(w.forms) for w in words[max(0, sp.i - 4):sp.i - 1]) \
            and not any(w.norm.endswith(("ها", "ه")) and w.norm.removesuffix("ها").removesuffix("ه") in _BODY_ENVOYS
                        for w in words[max(0, sp.i - 6):sp.i]) \
            and not _follows_foreign_colleague(words, sp, r, pid) \
            and not _trip_abroad_before(words, sp.i, lex, r.home) \
            and not _appointed_by_foreigner(words, sp.i, lex, r.home) \
            and not _body_titled_before(words, sp.i, lex) \
            and not any(_own_body_word(w, ORG_HEADS) for w in sp.role.split()[1:]):
        # (عضو لجنتها المركزية X: the committee of the body named before, not the dispatch's state's)
        # (اكتفى الوزير الجزائري خلال زيارته إلى واشنطن بلقاء مساعدة وزير الخارجية X: abroad,
        # an office with no state is not the dispatch's state's)
        # (أعلنت الجامعة أن مبعوثها الخاص ... السفير X: the body's envoy, not the dispatch's state's;
        # ترأس الوفد الأمريكي الوزير X ومستشار الأمن القومي Y: Y goes with X)
        # (وأوفد بدلا منه وزيرة الخارجية X: the sender's minister, wherever the dispatch is from;
        # وفداً من المجلس برئاسة عضو مجلس الأمة النائب X: the delegation's head, a guest)
        # (وعن جنوب السودان وزير البترول X: the side he signs for, not the dispatch's)
        # (المتحدث باسم الجماعة: the group's; رئيس الوفد الحكومي X، ترأس وفد إسلام آباد X:
        # the delegation's state, not the dispatch's)
        # (الرئيس عون after الرئيس اللبناني جوزاف عون, in a dispatch from Amman: his own state)
        # وزير الدولة وزير الشؤون الخارجية أحمد عطاف in a dispatch from Algiers:
        # an office with no state named is the dispatch's state's
        inst = _institution_ending(sp.title.title, lex)
        if inst is not None and r.home in lex.countries:
            # رئيس مجلس النواب X in a dispatch from Benghazi: that state's House, as
            # رئيس مجلس النواب الليبي would name it
            c = lex.countries[r.home]
            affil_id = r.organization(f"{inst.head}|{r.home}", inst.head, inst.name_en.format(country=c.name_en),
                                      r.home, inst.head)
        else:
            affil_id = r.lexicon_actor(r.home, lex.actor_head(r.home).name)
        if not r.actors[pid].country:
            r.actors[pid].country = r.home
    elif pid and not affil_id and not sp.affil and sp.kind == "person" and sp.title and sp.title.kind == "office" \
            and sp.i > 0 and (any(w.forms[-1] in _ACCOMPANYING or w.norm in _ACCOMPANYING
                                  for w in words[max(0, sp.i - 2):sp.i]) or _accompanies_named(words, sp.i)) \
            and (lead := _companion_lead(r, pid)) is not None:
        # وصل X إلى Y، يرافقه (فيها) وزير الداخلية Z: Z serves X's state
        affil_id = r.lexicon_actor(lead, lex.actor_head(lead).name)
        if not r.actors[pid].country:
            r.actors[pid].country = lead
    elif pid and not affil_id and sp.kind == "person" \
            and (joined := _joined_colleague_state(words, sp, r, pid)) is not None:
        # نائب الرئيس البرازيلي X ووزير المالية Y: Y serves X's state
        affil_id = r.lexicon_actor(joined, lex.actor_head(joined).name)
        if not r.actors[pid].country:
            r.actors[pid].country = joined
    if pid and sp.affil_kind == "organization" and sp.title and sp.title.kind == "office" \
            and lex.organizations[sp.affil].country is None:
        # الممثلة العليا للاتحاد الأوروبي كايا كالاس: she acts for the body here,
        # so she does not stand for her own state in state-level relations
        r.body_servants.add(pid)
    extra: list[Triple] = []
    if pid and affil_id and sp.title is None and sp.ref and role_text and sp.kind == "person":
        extra.append(("affil", pid, affil_id, role_text))  # (السلطان هيثم: the alias's own office)
    elif pid and affil_id and sp.title and (sp.title.kind == "office" or (
            sp.title.kind == "profession" and sp.affil_kind in ("organization", "neworg")) or (
            sp.title.kind == "rank" and sp.kind == "person"
            and sp.affil_kind in ("country", "organization", "institution"))):
        # (الجنرال الأميركي X، العقيد في الجيش المالي X: a serving officer of that state or force)
        extra.append(("affil", pid, affil_id, role_text))
        org = lex.organizations.get(sp.affil) if sp.affil_kind == "organization" else None
        if org and org.kind == "party" and org.country and _normalized(sp.title.title) in _STATE_LEGISLATORS:
            # السيناتور الجمهوري: a seat in that state's legislature
            extra.append(("affil", pid, r.lexicon_actor(org.country, lex.actor(org.country).name),
                          role_text))
    if pid and (first := sp.extra.get("first_title")) is not None:
        # الأمين العام لجبهة البوليساريو، رئيس الجمهورية الصحراوية X: the party's office too
        extra.append(("affil", pid, r.lexicon_actor(first.affil, lex.actor_head(first.affil).name),
                      _role_surface(doc, sentence, words, first)))
    if pid and sp.kind == "person" and sp.title and sp.i < len(words) and _word_gender(words[sp.i], lex) == "f":
        r.women.add(pid)  # المبعوثة الأممية X: "his" later is not hers
    return pid, extra


_ASIDE_HEADS = frozenset(normalize(w) for w in ("خلال", "لدى", "عقب", "أثناء", "إثر", "على هامش"))


def _inside_aside(words: list[Word], m, end: int) -> bool:
    """Whether mention ``m`` sits in an aside set off by commas before ``end``
    (X، خلال استقباله Y، ...): the aside opens with خلال، لدى، عقب ... and closes
    before ``end``."""
    opener = next((k for k in range(m.i, max(-1, m.i - 8), -1) if words[k].punct_before), None)
    if opener is None or words[opener].punct not in ("،", ",") or words[opener].norm not in _ASIDE_HEADS:
        return False
    return any(words[k].punct_before and words[k].punct in ("،", ",") for k in range(m.j, end + 1))


def _title_genders_clash(words: list[Word], person_at: int, title_at: int, lex: Lexicon) -> bool:
    """A title after a name is not that person's when their genders differ:
    استقبل الرئيس X وزيرة الخارجية الهولندية → she is the guest, not his office.

    >>> # الرئيس (m) ... وزيرة (f) → True; الرئيس (m) ... رئيس جمهورية (m) → False
    """
    before, after = _word_gender(words[person_at], lex), _word_gender(words[title_at], lex)
    return before is not None and after is not None and before != after


def _rank_titles(lex: Lexicon) -> dict[str, str]:
    """Military ranks by their normalized form (المشير، الفريق أول ...)."""
    ranks = lex.__dict__.get("_rank_titles")
    if ranks is None:
        ranks = lex.__dict__["_rank_titles"] = {normalize(t.title): t.title for t in lex.titles if t.kind == "rank"}
    return ranks


def _serves_international_body(person, date: dt.date | None, lex: Lexicon) -> bool:
    """The known person holds, at the article's date (or now), an office of a body
    that belongs to no state (the UN, the AU, the Arab League ...)."""
    for role in person.roles:
        org = lex.organizations.get(role.organization) if role.organization else None
        if org is None or org.country is not None:
            continue
        if (date is None and role.end is None) or (
                date is not None and role.held_on(date)):
            return True
    return False


def _titled_before(spans: list[Span], m) -> bool:
    """Whether the person mention ``m`` was introduced with an office and its
    state or body before the name (سفير مصر لدى السودان X)."""
    return any(sp.kind == "person" and sp.i == m.i and sp.title is not None and sp.title.kind == "office"
               and sp.affil for sp in spans)


def _signs_for_side(words: list[Word], k: int, lex: Lexicon) -> bool:
    """عن / وعن before a side (وعن جنوب السودان وزير البترول X، عن الجانب X): the
    office that follows is that side's. Not عن as "about" (عن لقاء جمع وزير الخارجية X).

    >>> # وعن السودان وزير المالية X → True; ما تداولته عن لقاء جمع وزير X → False
    """
    if words[k].norm not in ("عن", "وعن") or k + 1 >= len(words):
        return False
    if words[k + 1].forms[-1] in _SIDE_WORDS:
        return True
    head = words[k + 1].forms[-1]
    if head.startswith("ال") and (head[2:] in ORG_HEADS or head[2:] in _BODY_NOUNS):
        return True  # ووقعها عن الصندوق رئيسه التنفيذي X: the body named before, not the dispatch's state
    return any(h.kind == "actor" for n in (1, 2, 3) if k + 1 + n <= len(words)
               for h in lex.phrases.get(tuple(w.norm for w in words[k + 1:k + 1 + n]), ()))


def _seat_closes(words: list[Word], j: int, spans: list, lex: Lexicon) -> bool:
    """في + a state, then the comma or the end: where a body sits closes the
    title set off by commas (X، رئيس مجلس السيادة الانتقالي في السودان،)."""
    if j + 1 >= len(words) or words[j].norm != "في" or words[j].punct_before:
        return False
    state = next((x for x in spans if x.i == j + 1 and x.ref in lex.countries), None)
    return state is not None and (state.j >= len(words) or words[state.j].punct_before)


def _office_follows(words: list[Word], j: int, lex: Lexicon) -> bool:
    """An office title right after a name (فخامة الرئيس X رئيس جمهورية أوزبكستان):
    the name's own title follows, so the dispatch's state is not assumed."""
    if j >= len(words) or (words[j].punct_before and words[j].punct not in ("،", ",")):
        return False  # (الرئيس X، رئيس جمهورية الإكوادور: set off by a comma too)
    if not words[j].punct_before and j + 1 < len(words) and words[j + 1].norm in _NEW_HOLDER:
        return False  # هنأ وزير الدفاع X القائدَ الجديد: the new holder, the verb's object
    keys = [(words[j].norm,)] + ([(words[j].norm, words[j + 1].norm)] if j + 1 < len(words) else [])
    return any(h.kind == "title" and h.title.kind == "office"
               for k in keys for h in lex.phrases.get(k, ()))


def _side_state_before(words: list[Word], i: int, lex: Lexicon) -> str | None:
    """The state of a side named by its demonym right before word ``i`` (ترأس الجانب
    الأوكراني رئيس مكتب الرئاسة X → Ukraine), else ``None``.

    >>> # فيما ترأس الجانب الأوكراني رئيس مكتب الرئاسة X → "ukraine"
    """
    for k in range(max(0, i - 3), i - 1):
        if (words[k].forms[-1] in _SIDE_WORDS or (
                words[k].forms[-1] in _DELEGATION_WORDS and k + 2 == i - 1 and words[i - 1].norm in _HEADED_BY)) \
                and not any(words[x].punct_before for x in range(k + 1, i)):
            # (وفد قطري برئاسة وزير الدولة بوزارة الخارجية X: the delegation's state's ministry)
            hit = next((h for h in lex.phrases.get((words[k + 1].norm,), ()) if h.kind == "demonym"), None)
            return hit.ref if hit is not None else None
    return None


def _state_after_body(sp: Span, words: list[Word], lex: Lexicon) -> str | None:
    """The state named with في right after a role's body (رئيس الجمعية الوطنية في
    جمهورية بنين): the body is that state's."""
    _, b = sp.extra.get("org_words", (0, 0))
    if not b or b + 1 >= sp.j or words[b].norm != "في" or words[b].punct_before:
        return None
    for start in (b + 1, b + 2):  # (في جمهورية بنين: the state's style before its name)
        for end in range(min(sp.j, start + 4), start, -1):
            ref = next((h.ref for key in (tuple(w.norm for w in words[start:end]),
                                          tuple(w.forms[-1] for w in words[start:end]))
                        for h in lex.phrases.get(key, ()) if h.kind == "actor" and h.ref in lex.countries),
                       None)
            if ref:
                return ref
    return None


# Heads of bodies that are not the state's own (a league, a movement, a company):
# an office in one of them takes no state from the dispatch.
_PRIVATE_BODY_HEADS = ORG_HEADS - frozenset(normalize(w) for w in (
    "مجلس", "جهاز", "حكومة", "مكتب", "لجنة", "وكالة", "مؤسسة", "منصة", "صحيفة", "جريدة", "قناة",
    "أكاديمية", "كلية", "مرصد"))  # (the heads a state's own bodies and outlets also take)
_STAFF = normalize("الأركان")


def _names_private_body(role: list[str]) -> bool:
    """رئيس هيئة علماء المسلمين، الأمين العام لرابطة ...: the role names a body
    of its own (not هيئة الأركان, the state's staff)."""
    for k, w in enumerate(role[1:], 1):
        head = w[1:] if w[:1] in "لب" and w[1:] in _PRIVATE_BODY_HEADS else w
        if head in _PRIVATE_BODY_HEADS and not (k + 1 < len(role) and role[k + 1] == _STAFF):
            return True
    return False


def _home_institution(sp: Span, words: list[Word], lex: Lexicon):
    """The state body a role names without its state (جهاز الاستخبارات), if the
    lexicon knows the body by that head."""
    a, b = sp.extra["org_words"]
    if words[b - 1].norm in REGIONAL_ADJECTIVES:
        return None  # رئيس اللجنة الأولمبية الآسيوية X: a regional body, no state's
    text = " ".join(w.norm for w in words[a:b])
    if text[:1] == "ل" and text[:2] != "لل":
        text = text[1:]  # الأمين العام لوزارة الخارجية: ل + the body
    return next((inst for inst in lex.institutions if normalize(inst.head) == text
                 or text.endswith(" " + normalize(inst.head)) and len(text.split()) == 2), None)


# States a demonym also names (كونغولي: both Congos; غيني: the three Guineas;
# كوري: both Koreas). The lexicon gives the demonym to the first; a known
# person of another of them keeps his own state.
_SHARED_DEMONYM = {"dr_congo": ("republic_of_congo",),
                   "guinea": ("guinea_bissau", "equatorial_guinea"),
                   "south_korea": ("north_korea",)}
_COUNTERPART = "نظير"

_POSTED_ROLE_WORDS = frozenset(normalize(w) for w in ("المقيم", "المقيمة", "لدى"))  # (الممثل المقيم لجايكا: posted here)
_HEADED = frozenset(normalize(w) for w in ("ترأس", "ترأست", "يترأس", "تترأس", "رأس", "رأست", "يرأس", "ترأسه",
                                           "قاد", "قادت", "يقود", "تقود"))
_TIME_OF_DAY = frozenset(normalize(w) for w in ("صباح", "مساء", "ظهر", "عصر", "فجر", "ليل", "ليلة"))
_DAYS_AFTER = _WEEKDAYS | frozenset(normalize(w) for w in ("اليوم", "أمس", "الغد", "غد"))
# Church offices serve a church, not the state a dispatch comes from (البطريرك كيريل in Cairo).
_CLERICS = frozenset(normalize(w) for w in ("البطريرك", "البابا", "الكاردينال", "المطران", "الحبر"))
# وفدا لبنانيا برئاسة نائب رئيس الحكومة X: the head of a delegation (of any state)
_HEADED_BY = _LED_BY | frozenset(normalize(w) for w in ("يترأسه", "يترأسها", "قاده", "قادها"))
_SIDE_WORDS = frozenset(normalize(w) for w in ("الجانب", "الطرف", "الوفد"))
_IN_ATTENDANCE = frozenset(normalize(w) for w in ("بحضور", "وبحضور", "بمشاركة", "وبمشاركة"))
# على رأس وفد يضم وزير الدفاع X: a member of the visitor's delegation, not the host's
_INCLUDING = frozenset(normalize(w) for w in ("يضم", "تضم", "ضم", "ضمّ", "بينهم", "منهم", "ومنهم",
                                              # يرافقه وزير الدفاع X: the visitor's companion
                                              "يرافقه", "ترافقه", "يرافقها", "برفقة", "رفقة", "ويرافقه"))
_STATE_LEGISLATORS = frozenset(normalize(w) for w in (
    "السيناتور", "سيناتور", "السيناتورة", "عضو مجلس الشيوخ", "عضوة مجلس الشيوخ",
    "عضو الكونغرس", "عضوة الكونغرس", "عضو الكونجرس"))


_CAMP_WORDS = frozenset({"معسكر", "انصار", "موالين", "الموالين"})


# Kin nouns in construct with a person: the phrase names the relatives.
_KIN_GROUP = frozenset(normalize(w) for w in (
    "أبناء", "أنجال", "نجلا", "ابنا", "نجلي", "ابني", "عائلة", "أسرة", "أحفاد", "أقارب",
    "أشقاء", "إخوة", "بنات", "أولاد", "أصهار"))
# Singular kin nouns and the family role they name (no ة-forms: after
# normalization نجلة is نجله, "his son").
_KIN_ROLES = {normalize(w): role for w, role in (
    ("نجل", "son"), ("ابن", "son"), ("بنت", "daughter"), ("شقيق", "brother"), ("أخو", "brother"),
    ("أخت", "sister"), ("والد", "father"), ("حفيد", "grandson"), ("صهر", "son-in-law"))}


def _kin_index(words: list[Word], start: int, lex: Lexicon) -> int:
    """Where the kin noun before a name stands: right before it, or before one
    title word (وشقيق قائدها الفريق أول X: the brother of its commander X)."""
    k = start - 1
    while k > 0 and start - k <= 2 and words[k].forms[-1] not in _KIN_ROLES and not words[k].punct_before \
            and (words[k].norm in _FORMER or _title_word(words[k].norm, lex)):
        k -= 1  # (وشقيق رئيسها السابق X)
    return k if words[k].forms[-1] in _KIN_ROLES else start - 1


_FORMER = frozenset(normalize(w) for w in ("السابق", "الأسبق", "الراحل", "الحالي"))


def _title_word(word: str, lex: Lexicon) -> bool:
    """A one-word title, also with a possessive pronoun (قائدها، رئيسه)."""
    stems = [word] + [word[: -len(end)] for end in ("ها", "هم", "ه") if word.endswith(end) and len(word) > len(end) + 2]
    return any(h.kind == "title" for stem in stems for h in lex.phrases.get((stem,), ()))


def _kin_governed(words: list[Word], start: int, mentioned: list, lex: Lexicon
                  ) -> tuple[bool, Mentioned | None]:
    """A person after a kin noun in construct (أبناء حفتر، نجل الرئيس) is not an
    end of the sentence's relations: ``(True, None)``. After a singular kin noun
    with a person right before it (Y، نجل X) the pair is a family: ``(True, Y)``
    — unless Y is the subject of a transitive verb just before (استقبل Y نجل X:
    Y received X's son, or Y, X's son, received somebody: neither is safe)."""
    k = _kin_index(words, start, lex)
    before = words[k].forms[-1]
    if before in _KIN_GROUP:
        return True, None
    if before not in _KIN_ROLES:
        return False, None
    prev = mentioned[-1] if mentioned else None
    if prev is not None and prev.j == k - 1 and words[k - 1].norm in _HE_IS and not words[k].punct_before \
            and not words[k - 1].punct_before and prev.type is ActorType.person:
        return True, prev  # والأمير X هو نجل الملك Y: the copula's subject is the son
    if not prev or prev.j < k or prev.type is not ActorType.person:
        return True, None
    if words[k].norm[:1] == "و" and words[k].norm[1:] == before and prev.j == k \
            and not words[k - 1].norm.startswith("ال") \
            and not any(w.punct_before for w in words[prev.i + 1:k + 1]):
        return True, None  # X وصهر الرئيس Y: one more man listed, the president's kin, not X's
        # (but Y، نائب قائد القوات وشقيق قائدها X / Y نائب القائد العام للجيش الليبي ونجل
        # القائد العام X: the apposition goes on about Y)
    if prev.i > 0 and not any(words[x].punct_before and words[x].punct in ("،", ",") for x in range(prev.i + 1, k + 1)):
        # (انتقد Y، نائب القائد وشقيق قائدها X،: set off by a comma, the apposition is Y's)
        verb = lex.trigger_forms.get(words[prev.i - 1].norm, ())
        if any(tf.pos == "verb" and "" in tf.entry.objects for tf in verb):
            return True, None
    return True, prev



_HE_IS = frozenset(normalize(w) for w in ("هو", "هي"))


# "The administration of" a ruler: his state (NOTES: إدارة ترامب → US). (Not حكومة X:
# where rival governments claim one state, حكومة الدبيبة is not Libya.)
_GOVERNMENT_OF = frozenset(normalize(w) for w in ("إدارة", "الإدارة"))


def _is_capital(sp: Span, words: list[Word], lex: Lexicon) -> bool:
    """The state is named by its capital or seat (موسكو، الكرملين), not by its name."""

    cache = lex.__dict__.get("_capital_names")
    if cache is None:
        cache = lex.__dict__["_capital_names"] = {}
    names = cache.get(sp.ref)
    if names is None:  # once per state and lexicon
        c = lex.countries[sp.ref]
        names = cache[sp.ref] = frozenset(normalize(n) for n in [c.capital or "", *c.metonyms]
                                          if n)
    if sp.j - sp.i == 1:
        return any(f in names for f in words[sp.i].forms)
    return " ".join(w.norm for w in words[sp.i:sp.j]) in names


def _confirmed(ref: str, r: ArticleResolver) -> bool:
    """A short one-word alias of a known person counts only once the article has
    named that person more fully (or with a title)."""
    draft = r.actors.get(ref)
    return bool(draft) and any(len(a.split()) > 1 for a in draft.aliases)


# Styles of address before a title or a name (wire agencies of the Gulf and
# the Levant): they are part of the mention, not words between verb and doer.
_STYLES = frozenset(normalize(w) for w in (
    "صاحب", "السمو", "الملكي", "حضرة", "فخامة", "سمو", "معالي", "سعادة", "جلالة", "سماحة",
    "الجلالة", "الفخامة", "المعالي", "السعادة", "السيادة", "الدولة",
    "دولة", "صاحبة", "سيادة", "عطوفة", "نيافة", "قداسة"))
_HADRA = normalize("حضرة")


def _style_word(w: Word) -> bool:
    """A style before a name (سمو، فخامة، حضرة صاحب الجلالة); حضره written with ه is
    "attended it" (الذي حضره سمو الأمير X), not the style حضرة."""
    return not _STYLES.isdisjoint(w.forms) and not (w.norm == _HADRA and not w.ta_end)


_STYLE_PRONOUN_OF = {normalize(k): tuple(normalize(p) for p in v) for k, v in {
    "سمو": ("سموه", "سموها"), "السمو": ("سموه", "سموها"), "فخامة": ("فخامته",),
    "الفخامة": ("فخامته",), "جلالة": ("جلالته",), "الجلالة": ("جلالته",), "معالي": ("معاليه",),
    "سعادة": ("سعادته",), "دولة": ("دولته",), "سماحة": ("سماحته",)}.items()}
_STYLE_PRONOUN_SET = frozenset(p for v in _STYLE_PRONOUN_OF.values() for p in v)
# The style a royal title implies when the text gives none (ولي العهد الأمير X → سموه).
_TITLE_STYLE_PRONOUN = {normalize(k): normalize(v) for k, v in {
    "ولي": "سموه", "الأمير": "سموه", "الأميرة": "سموها", "الملك": "جلالته", "العاهل": "جلالته",
    "السلطان": "جلالته"}.items()}
_HIS_STYLE = normalize("دولته")
_CABLE_WORDS = _LETTERS | _SIMILAR | frozenset(normalize(w) for w in ("برقيتي", "برقيات", "تهنئة", "تعزية", "رسالتي"))
_HONORIFICS = frozenset(normalize(w) for w in ("الشيخ", "الأمير", "السيد", "السيدة", "الحاج"))
_CHILD_OF_HIM = frozenset(normalize(w) for w in (
    "نجله", "ابنه", "نجلها", "ابنها", "ابنته", "ابنتها", "نجليه", "ابنيه", "نجلته"))
_CHILD_ENDS = tuple(_CHILD_OF_HIM)


_OMAN_WORDS = frozenset(normalize(w) for w in ("سلطنة", "السلطنة", "العماني", "العمانية", "مسقط",
                                               "العمانيين", "عماني", "عمانية"))


_DATELINE = re.compile(r"^\s*([\u0621-\u064A\u0651\u064B-\u0650 ]{2,30}?)\s*(?:[،,]\s*(?=\d))?"
                       r"(?:في\s+)?(?:\d{1,2}\s+[\u0621-\u064A]{3,10}(?:\s*/\s*[\u0621-\u064A]{3,10})?"
                       r"(?:\s+\d{4})?\s*)?"
                       r"(?:[-–—]\s*\d{1,2}\s*[-–—]\s*\d{1,2}\s*)?"  # (الكويت - 22 - 10 (كونا) --: KUNA's date)
                       r"(?:\(([^)\n]{2,40})\)\s*[-–—:]?|/[^/\n]{2,30}/|[-–—]\s*[\u0621-\u064A ]{2,15}[-–—:]|[-–—]\s"
                       r"|\d{1,2}-\d{1,2}-\d{4}\s+[\u0621-\u064A]{2,12}\s*[-–—])")  # (بكين 15-4-2025 وفا-: WAFA's)
# (the last form: a city and a dash alone, بيروت – استقبل ...; a date may
# stand before the agency: عمان 19 شباط (بترا)-، الدوحة في 14 يناير /قنا/،
# القاهرة، 12 فبراير (رويترز) -)


# The Arab League's members (the lexicon's list): their cities are home datelines.
_ARAB_LEAGUE = ARAB_LEAGUE
_UN_SEATS = frozenset(tuple(normalize(w).split()) for w in ("نيويورك", "جنيف"))


# (and the one elected, not yet in office: الرئيس السنغالي المنتخب is not the incumbent)
_PAST_HOLDER = frozenset(normalize(w) for w in ("السابق", "السابقة", "الأسبق", "الأسبقة", "السابقين",
                                                "المنتخب", "المنتخبة"))
_RULER_EPITHETS = frozenset(normalize(w) for w in ("المعظم", "المفدى", "المفدّى"))
# National news agencies by the abbreviation a dispatch carries after its dateline.
_AGENCY_STATES = {normalize(k): v for k, v in {
    "واس": "saudi_arabia", "وام": "united_arab_emirates", "قنا": "qatar", "كونا": "kuwait",
    "العمانية": "oman", "العماني": "oman", "بنا": "bahrain", "بترا": "jordan", "سانا": "syria",
    "واع": "iraq", "أ ش أ": "egypt", "أش أ": "egypt", "و م ع": "morocco", "لاماب": "morocco",
    "واج": "algeria", "وات": "tunisia", "وال": "libya", "سونا": "sudan", "سبأ": "yemen",
    "وفا": "palestine", "إرنا": "iran", "ارنا": "iran", "الأناضول": "turkey", "الاناضول": "turkey",
    "شينخوا": "china", "تاس": "russia", "سبوتنيك": "russia", "نوفوستي": "russia",
    "الوكالة الوطنية للإعلام": "lebanon", "يونهاب": "south_korea", "كيودو": "japan",
    # a state's own national dailies, whose correspondents abroad write as home (عنتيبي (الأهرام) -)
    "الأهرام": "egypt", "المصري اليوم": "egypt", "اليوم السابع": "egypt", "عكاظ": "saudi_arabia",
}.items()}


# States whose agencies' Arabic services write for foreign readers: their own officials
# carry the demonym (وزير الخارجية التركي), so from a dispatch abroad (بيروت (الأناضول) -)
# a bare وزير الدفاع is the dateline city's state's. (An Arab state's agency writes of its
# own officials abroad by bare title: باريس (واس) - وزير الخارجية is Saudi.)
_AGENCIES_FOR_FOREIGNERS = frozenset({"turkey", "china", "russia", "south_korea", "japan", "iran"})
_AGENCY_WORD = normalize("وكالة")


def _dateline_state(doc: Doc, lex: Lexicon, city_only: bool = False) -> str | None:
    """The state of an agency dispatch's dateline (الرياض (واس) -، أبوظبي (وام) -،
    القاهرة - أ ش أ -): البلاد and أمير البلاد in it mean that state. ``city_only``:
    the state of the dateline's city even in a correspondent's dispatch (شنغهاي -).

    >>> from kg.lexicon import load_lexicon
    >>> _dateline_state(make_doc("a", "الدوحة (قنا) - أكد ..."), load_lexicon())
    'qatar'
    """
    m = _DATELINE.match(doc.text[:80])
    if not m:
        # a headline line first (no final stop), then the dateline of the body
        first, _, rest = doc.text.lstrip().partition("\n")
        if rest and len(first) < 200 and not first.rstrip().endswith((".", "؟", "!", ":")):
            m = _DATELINE.match(rest.lstrip()[:80])
    if not m:
        return None
    key = tuple(normalize(m.group(1)).split())
    slashed = re.search(r"/\s*([^/\n]{2,30}?)\s*/\s*$", m.group(0))  # (طوكيو في 12 مارس / بنا /: past the date)
    tag = m.group(2) or (slashed.group(1) if slashed else
                         re.sub(r"[-–—:/()\s\d]+", " ", m.group(0)[len(m.group(1)):]).strip())
    agency = _AGENCY_STATES.get(normalize(tag).removeprefix("وكاله ").strip()) if tag else None
    if not agency and tag and _AGENCY_WORD in normalize(tag):
        # (الوكالة الموريتانية للأنباء)، وكالة الأنباء الجزائرية: a state's agency by its demonym
        agency = next((h.ref for w in normalize(tag).split() for h in lex.phrases.get((w,), ())
                       if h.kind == "demonym" and h.ref in lex.countries), None)
    if agency and not city_only:
        return agency  # بكين - كونا: Kuwait's agency abroad; its bare titles are Kuwait's
    if key in _UN_SEATS:
        return None  # نيويورك –: a dispatch from the UN, whose envoys serve other states
    if key == ("عمان",) and ("\u0651" in m.group(1) or "بترا" in m.group(0)):
        return "jordan"  # عمّان, not عُمان; بترا is Jordan's news agency
    tagged = m.group(2) is not None or "/" in m.group(0) \
        or re.search(r"[-–—]\s*[\u0621-\u064A ]{2,15}[-–—:]\s*$", m.group(0)) is not None
    for hit in lex.phrases.get(key, ()):
        if hit.kind in ("actor", "place") and hit.ref in lex.countries:
            c = lex.countries[hit.ref]
            seats = {tuple(normalize(x).split()) for x in [c.name, *c.aliases, c.capital or "", *c.metonyms]}
            if not tagged and key not in seats and hit.ref not in _ARAB_LEAGUE and not city_only:
                # شنغهاي -: a correspondent's city abroad, not that state's own dispatch
                # (an Arab city, جدة -، is the local press writing from home)
                return None
            return hit.ref
    return None


def _comma_titles_joined(spans: list[Span], words: list[Word], lex: Lexicon) -> list[Span]:
    """A party's or movement's office, a comma, then a titled name (الأمين العام
    لجبهة البوليساريو، رئيس الجمهورية الصحراوية X): one man with two offices. The
    name's span takes in the first office, kept in ``extra["first_title"]`` for
    its own affiliation, so a reception or meeting reaches the man through either."""
    out: list[Span] = []
    for sp in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "role" and sp.kind == "person" and prev.j == sp.i \
                and prev.title is not None and prev.title.kind == "office" \
                and sp.title is not None and sp.title.kind == "office" \
                and prev.affil_kind == "organization" and not prev.clitic and sp.affil != prev.affil \
                and getattr(lex.organizations.get(prev.affil), "kind", "") in _PARTY_KINDS \
                and words[sp.i].punct in ("،", ",") \
                and not (words[sp.i].norm.startswith("و") and not normalize(sp.title.title).startswith(words[sp.i].norm)) \
                and not (len(out) >= 2 and out[-2].j == prev.i and out[-2].type is ActorType.person):
            # (but X، زعيم الحزب، القنصل العام Y: the office set off by commas is X's)
            sp.extra["first_title"] = prev
            sp.i = prev.i
            out[-1] = sp
            continue
        out.append(sp)
    return out


_PARTY_KINDS = frozenset({"party", "armed_group"})


_AFTER_AN_OBJECT = frozenset(normalize(w) for w in ("على", "علي", "في", "إلى", "خلال", "عن", "لدى"))


def _another_mans_surname_apart(sp: Span, words: list[Word], r: ArticleResolver) -> None:
    """A titled name of three words whose last word is the surname of a man
    named before, with a preposition after it, is a two-word name and then
    that man, the verb's object (وهنأ وزير الخارجية X Y تيتيه على تعيينها, after
    هانا تيتيه): the span is cut before the surname, which pass 2 then reads
    alone. A linking word before it (آل ثاني، بن X) keeps a family name whole."""
    if sp.kind != "person" or sp.title is None or sp.ref or sp.j >= len(words):
        return
    tokens = sp.name.split()
    last = words[sp.j - 1]
    if len(tokens) != 3 or tokens[-1] != last.norm or tokens[-2] in _NAME_LINKS or tokens[0] in _NAME_LINKS \
            or words[sp.j].norm not in _AFTER_AN_OBJECT or words[sp.j].punct_before or last.punct_before:
        return
    if any(len(p.tokens) > 1 and p.tokens[-1] == last.norm and p.tokens[0] != tokens[0] for p in r.persons):
        sp.j -= 1
        sp.name = " ".join(tokens[:-1])


def _names_own_state(per_sentence, lex: Lexicon, state: str) -> bool:
    """A title in the article carries the demonym of ``state``, the agency's
    own (وزير التجارة التركي in a dispatch of the Turkish agency from Benghazi):
    the agency writes of its officials as of foreigners, so a bare title there
    is the dateline city's state's, not its own."""
    for _, words, spans in per_sentence:
        for sp in spans:
            if sp.kind == "person" and sp.title is not None and sp.affil == state and any(
                    h.kind == "demonym" and h.ref == state
                    for w in words[sp.i:sp.j] for h in lex.phrases.get((w.norm,), ())):
                return True
    return False


def _dateline_no_person(doc: Doc, per_sentence) -> None:
    """The place of a dispatch's dateline is no person, whatever its words look like
    (رحيم يار خان (باكستان) -: a town, though يار and خان are parts of names)."""
    if not per_sentence:
        return
    sentence, words, spans = per_sentence[0]
    m = _DATELINE.match(sentence.text[:80])
    if not m:
        return
    place = len(normalize(m.group(1)).split())
    spans[:] = [sp for sp in spans if not (sp.kind == "person" and not sp.title and not sp.ref
                                             and sp.i == 0 and sp.j <= place)]


def _dateline_agency(per_sentence, lex: Lexicon) -> None:
    """The agency named right after the dateline's place is the source, no actor
    (أنقرة/ الأناضول التقى X Y: Anadolu met no one)."""
    if not per_sentence:
        return
    sentence, words, spans = per_sentence[0]
    first = [sp for sp in spans if sp.i < 4]
    for n, sp in enumerate(first):
        if sp.kind == "actor" and sp.ref in lex.organizations and lex.organizations[sp.ref].kind == "media" \
                and n > 0 and all(x.kind in ("actor", "place") and (x.ref in lex.countries or x.kind == "place")
                                  for x in first[:n]) and sp.i == first[n - 1].j:
            spans.remove(sp)
            return


def _amman_or_oman(doc: Doc, per_sentence) -> None:
    """عمان is Oman (عُمان) or Amman (عمّان), one word once diacritics are gone.
    A bare عمان is Amman where the article writes the shadda, or names Jordan and
    nothing particular to Oman (السلطنة، العماني، مسقط); the span then becomes
    the Jordanian capital, a place."""
    bare = [(sentence, words, k, sp) for sentence, words, spans in per_sentence
            for k, sp in enumerate(spans) if sp.ref == "oman" and sp.kind == "actor"
            and sp.j - sp.i == 1 and words[sp.i].forms[-1] == "عمان"]
    if not bare:
        return
    jordan = any(sp.ref == "jordan" or sp.affil == "jordan" for _, _, spans in per_sentence
                 for sp in spans)
    oman_named = any(not _OMAN_WORDS.isdisjoint(w.forms) for _, words, _ in per_sentence
                     for w in words)
    for sentence, words, k, sp in bare:
        a, b = sentence.char_span(words[sp.i].start, words[sp.i].end)
        if "\u0651" in doc.text[a:b] or (jordan and not oman_named):
            spans = next(sps for st, _, sps in per_sentence if st is sentence)
            spans[k] = Span(sp.i, sp.j, "actor", ref="jordan", type=ActorType.country,
                            clitic=sp.clitic, extra={"capital": True})  # (like دمشق: the capital)


def _mark_children(per_sentence, r: ArticleResolver) -> None:
    """People introduced as somebody's child (نجله صدام، وابنه خالد): with them, a
    surname they share with one other person names that person, the parent."""
    for sentence, words, _spans in per_sentence:
        if "نجل" not in sentence.norm and "ابن" not in sentence.norm:
            continue
        for k, w in enumerate(words[:-1]):
            if w.norm.endswith(_CHILD_ENDS) and w.forms[-1] in _CHILD_OF_HIM:
                found = r.find_person(words[k + 1].forms[-1])
                if found and found[0]:
                    r.children.add(found[0])


def _is_headline(sentence: Sentence) -> bool:
    """The first line of an article with no closing punctuation is its headline."""
    text = sentence.text.rstrip()
    return sentence.index == 0 and not text.endswith((".", "!", "?", "؟")) and (
        not text.endswith(('"', "»", "”")) or len(sentence.tokens) <= 16)  # (a headline may close
    # on a quoted phrase: روتو يستقبل الزيودي ويصف الإمارات بـ"الشريك الاستراتيجي")


def _surnames_introduced_first(surnames: dict[str, str], per_sentence, r: ArticleResolver
                               ) -> dict[str, str]:
    """A bare surname goes to its person only if that person was introduced
    before the surname was first used alone (headline aside). An article that
    says الأسد for paragraphs before naming ماهر الأسد means somebody else by the
    bare name: that somebody becomes a person of their own, named by the
    surname (the article never gives more)."""
    first_bare: dict[str, tuple[int, str]] = {}
    for sentence, words, spans in per_sentence:
        if _is_headline(sentence):
            continue
        taken = {k for sp in spans for k in range(sp.i, sp.j)}
        for w in words:
            if w.index in taken:
                continue
            for f in w.forms:
                if f in surnames and f not in first_bare:
                    first_bare[f] = (sentence.index, f)
    out = {}
    for f, pid in surnames.items():
        if f not in first_bare or r.first_sentence(pid) <= first_bare[f][0] \
                or (r.lex is not None and pid in r.lex.people):
            out[f] = pid  # (a public figure the lexicon knows: the bare name before his
            # full name is him, as in بري يستقبل ... then رئيس مجلس النواب نبيه بري)
        elif not f.startswith("ال") and r.is_surname_of(f, pid):
            out[f] = r.surname_person(f, first_bare[f][0])
    return out


_HEAD_TITLES = None


# Head titles that name no state because the state is the writer's own.
_HEIR_TITLES = frozenset(normalize(t) for t in ("ولي العهد", "ولي ولي العهد"))
# Posts a dispatch names for foreigners as often as for its own (the ambassador
# received, the envoy visiting): no dispatch state is assumed for them.
# States with a monarch (general knowledge): only there does a king, emir,
# sultan or crown prince with no state named belong to the dispatch's state.
_ROYAL_TITLES = frozenset(normalize(t) for t in (
    "الملك", "ملك", "الأمير", "أمير", "السلطان", "سلطان", "ولي", "العاهل", "عاهل", "الملكة"))
_DELEGATION_WORDS = frozenset(normalize(t) for t in ("الوفد", "وفد", "للوفد"))
# (وكيلة الأمين العام X in Doha: a secretary-general serves a body, never the dispatch's state)
_SECRETARIES_GENERAL = frozenset(normalize(t) for t in ("الأمين العام", "وكيل الأمين العام"))
# titles whose feminine (الأميرة، الشيخة) is often followed by a woman's given name alone
_ROYAL_STYLES = frozenset(normalize(t) for t in ("الأمير", "الشيخ"))
# bare titles that name the dispatch's own monarch or heir when the article names none
_CROWN_BARE = frozenset(normalize(t) for t in ("ولي", "الملك", "العاهل", "السلطان"))
# (the one sent, not the sender right after the verb: أوفد الرئيس ...)
_SENDING_VERBS = frozenset(normalize(t) for t in ("أوفد", "يوفد", "انتدب", "ينتدب"))
# الوزير alone names no portfolio: in a dispatch it is the visiting minister as
# often as one of the dispatch's own (زيارة الوزير X إلى الجزائر).
_BARE_MINISTER = frozenset(normalize(t) for t in ("الوزير", "الوزيرة"))
_FOREIGN_POSTS = frozenset(normalize(t) for t in (
    "السفير", "سفير", "المبعوث", "مبعوث", "الممثل", "ممثل", "المندوب", "مندوب", "القنصل", "قنصل",
    "الأمين", "أمين", "المفوض", "مفوض", "المدير", "مدير", "المنسق", "منسق"))
_DIPLOMATIC_POSTS = frozenset(normalize(t) for t in (
    "السفير", "سفير", "المبعوث", "مبعوث", "الممثل", "ممثل", "المندوب", "مندوب", "القنصل", "قنصل"))
_OWN_HEADS = OWN_HEAD_TITLES


def _normalized(title: str) -> str:
    """A title's normalized form; also fills the set of head-of-state titles, for
    which a known person's own state is the affiliation when their dated roles
    do not name that title (خادم الحرمين الشريفين الملك سلمان)."""
    global _HEAD_TITLES

    if _HEAD_TITLES is None:
        _HEAD_TITLES = frozenset(normalize(t) for t in (
            "الملك", "الرئيس", "الأمير", "السلطان", "ولي العهد", "خادم الحرمين الشريفين",
            "رئيس الوزراء", "العاهل", "الشيخ", "أمير", "ملك", "رئيس", "رئيس الدولة"))
    return normalize(title)


def _office_state(person, title: str, date: dt.date | None, lex: Lexicon | None = None,
                  body: bool = False) -> str | None:
    """The state in which ``person`` held the office ``title`` (at ``date``);
    titles match by form or by meaning (وزير الشؤون الخارجية = وزير الخارجية).
    ``body``: the body instead, for an office held in one that is no state
    (الرئيس مسعود بارزاني → the party he heads)."""

    meaning = {}
    if lex is not None:
        meaning = lex.__dict__.get("_title_meaning")
        if meaning is None:
            meaning = {normalize(t.title): t.role_en for t in lex.titles}
            meaning.update({normalize(t.feminine): t.role_en for t in lex.titles
                            if t.feminine and normalize(t.feminine) not in meaning})  # (رئيسة المفوضية)
            lex.__dict__["_title_meaning"] = meaning
    t = normalize(title)

    bare = t[2:] if t.startswith("ال") and " " not in t else (t if " " not in t else "")

    def same(other: str) -> bool:
        o = normalize(other)
        # (الوزير عباس عراقجي: a bare title is any office that starts with it)
        return o == t or (t in meaning and meaning.get(o) == meaning[t]) or (bool(bare) and o.split()[0] == bare)

    states = {(r.organization if body else r.country) for r in person.roles
              if (r.organization if body else r.country) and same(r.title) and (
                  date is None or r.held_on(date))}
    return states.pop() if len(states) == 1 else None


def _office_named_in(person, role_text: str, date: dt.date | None, lex: Lexicon) -> str | None:
    """The state of the first of the person's known offices that a compound title
    names (نائب رئيس الوزراء وزير الخارجية → where he is foreign minister)."""
    return next((held for role in person.roles if _normalized(role.title) in role_text
                 and (held := _office_state(person, role.title, date, lex))), None)


# States whose people's names are short syllables in Arabic script (نغوين مانه،
# لين جيان، جين ناكاتاني): after a title of one of them, such a name is trusted.


_ACCOMPANYING = frozenset(normalize(w) for w in ("يرافقه", "ترافقه", "يرافقها", "ويرافقه", "برفقة"))


_ACCOMPANIED = frozenset(normalize(w) for w in ("رافق", "ورافق", "يرافق", "ويرافق"))


def _accompanies_named(words: list[Word], i: int) -> bool:
    """«ورافق سلامَ في زيارته وزيرُ الخارجية X»: the verb and the one accompanied
    come first, at most five words before the title at ``i`` and in its clause.

    >>> # ورافق سلامَ في زيارته وزيرُ الخارجية X → True for the title's index
    """
    for k in range(max(0, i - 5), i - 1):
        if words[k].norm in _ACCOMPANIED and not any(words[x].punct_before for x in range(k + 1, i + 1)):
            return True
    return False


def _companion_lead(r, pid: str) -> str | None:
    """The state of the person named last before ``pid`` (the one he accompanies)."""
    for p in reversed(r.persons):
        if p.id != pid and r.actors.get(p.id) is not None and r.actors[p.id].country in r.lex.countries:
            return r.actors[p.id].country
    return None


_THE_SECRETARY = normalize("الأمين")
_BODY_KINDS = ("international", "regional")


def _named_body(r: ArticleResolver, sentence: int, i: int) -> str | None:
    """The one international or regional body the article named before word ``i``
    of ``sentence``, else ``None``.

    >>> # انتقدت جامعة الدول العربية ... . وقال الأمين العام المساعد X → "arab_league"
    """
    bodies = {ref for at, k, ref in r.bodies_seen if (at, k) < (sentence, i)}
    return next(iter(bodies)) if len(bodies) == 1 else None


_IN_NAME_OF = normalize("باسم")
_MINISTRY = normalize("وزارة")


def _body_by_head(r: ArticleResolver, lex: Lexicon, sentence: int, i: int, role: list[str]) -> str | None:
    """The body named before word ``i`` whose name opens with the head noun that a
    word of the title (after its head) or just before it names with بـ or لـ
    (مفوض الشؤون السياسية بالاتحاد السفير X → the African Union named before), when
    exactly one such body was named; else None."""
    heads = {w.removeprefix("ب")[2:] for w in role if w.startswith(("لل", "بال"))}
    heads |= {b[2:] for a, b in zip(role, role[1:]) if a == _IN_NAME_OF and b.startswith("ال")}
    # (وقال المتحدث باسم المجلس، السفير X: the council named before)
    heads = {h for h in heads if h in ORG_HEADS}
    if not heads:
        return None
    seen = {ref for at, k, ref in r.bodies_seen if (at, k) < (sentence, i) and ref in lex.organizations}
    seen |= {lex.organizations[ref].part_of for ref in seen if lex.organizations[ref].part_of in lex.organizations}
    # (مجلس السلم والأمن الأفريقي named: the Union it is part of is named too)
    bodies = {ref for ref in seen if normalize(lex.organizations[ref].name).split()[0].removeprefix("ال") in heads}
    return next(iter(bodies)) if len(bodies) == 1 else None


def _institution_by_head(r: ArticleResolver, sentence: int, i: int, role: list[str]) -> str | None:
    """A bare title of two words whose second is a state body's head with ال
    (رئيس المجلس، وزير الوزارة) names the one such body built before word ``i``
    (مجلس النواب العراقي ... رئيس المجلس X), else None."""
    if len(role) != 2 or not role[1].startswith("ال"):
        return None
    head = role[1][2:]
    bodies = {oid for at, k, oid, first in r.institutions_seen if (at, k) < (sentence, i) and first == head}
    return next(iter(bodies)) if len(bodies) == 1 else None


def _led_delegation_state(words: list[Word], j: int, lex: Lexicon) -> str | None:
    """X، الذي يترأس الوفد اللبناني: the state of the delegation the relative after
    the name says he heads, else None."""
    if j + 3 >= len(words) or words[j].norm not in ("الذي", "التي") or words[j].punct not in ("،", ",") \
            or words[j + 1].norm not in _CHAIRING or words[j + 2].norm not in _DELEGATION_WORDS:
        return None
    return next((h.ref for h in lex.phrases.get((words[j + 3].norm,), ())
                 if h.kind == "demonym" and h.ref in lex.countries), None)


def _body_titled_before(words: list[Word], i: int, lex: Lexicon) -> bool:
    """An international body named with ل in the title run right before ``i``
    (مبعوث الأمين العام لجامعة الدول العربية السفير X): X serves that body, not the
    dispatch's state."""
    k = i - 1
    while k >= max(0, i - 8) and not words[k + 1].punct_before:
        if words[k].norm[:1] == "ل":  # (لجامعة، للاتحاد: ل on the body's first word)
            first = "ال" + words[k].norm[2:] if words[k].norm.startswith("لل") else words[k].norm[1:]
            for n in (4, 3, 2, 1):
                key = (first, *(w.norm for w in words[k + 1:k + n]))
                if len(key) == n and any(h.kind == "actor" and h.ref in lex.organizations
                                         and lex.organizations[h.ref].country is None
                                         for h in lex.phrases.get(key, ())):
                    return True
        k -= 1
    return False


def _visitor_to_home(words: list[Word], sp: Span, lex: Lexicon, home: str) -> bool:
    """``sp`` names the visitor in زيارة ... X إلى <the dispatch's own state>: a guest,
    so not of that state (أنقرة – ... زيارة نجل قائد الجيش X إلى تركيا؛ كيغالي – وصل
    وزير الفلاحة X، مساء الإثنين، إلى العاصمة الرواندية)."""
    for k in range(max(0, sp.i - 16), sp.i - 1):
        # في إطار زيارة رسمية إلى إسبانيا، عقد المفتش العام ... X: the visit told first, its visitor after
        if words[k].norm == "الي" and k > 0 and any(
                tf.entry.relation == "visit" and tf.pos == "noun" for w in words[max(0, k - 2):k]
                for f in w.forms for tf in lex.trigger_forms.get(f, ())) \
                and any(h.kind in ("actor", "place") and h.ref == home
                        for h in lex.phrases.get((words[k + 1].forms[-1],), ())) \
                and not any(w.norm in COUNTERPART or any(h.kind == "title" for f in w.forms
                                                         for h in lex.phrases.get((f,), ()))
                            for w in words[k + 2:sp.i]):
            return True  # (the first titled man after it; not the one he then meets)
    to = sp.j
    if to < len(words) and words[to].punct_before:  # (، مساء الإثنين،: a time aside)
        to = next((k for k in range(to + 1, min(len(words), to + 4)) if words[k].punct_before), len(words))
    while to < len(words) and to - sp.j < 4 and (words[to].norm in _DAYS_AFTER or words[to].norm in _TIME_WORDS):
        to += 1  # (X مساء اليوم الخميس إلى العاصمة التونسية)
    if to + 1 >= len(words) or words[to].norm != "الي" or not any(
            tf.entry.relation == "visit" and (tf.pos == "noun" or to > sp.j) for w in words[max(0, sp.i - 3):sp.i]
            for f in w.forms for tf in lex.trigger_forms.get(f, ())):
        return False
    for n in (2, 1):
        for h in lex.phrases.get(tuple(w.forms[-1] for w in words[to + 1:to + 1 + n]), ()):
            if h.kind in ("actor", "place") and h.ref == home:
                return True
    return to + 2 < len(words) and words[to + 1].norm == _THE_CAPITAL and any(
        h.kind == "demonym" and h.ref == home for h in lex.phrases.get((words[to + 2].norm,), ()))
    # (إلى العاصمة الرواندية: the state's capital by its demonym)


_THE_CAPITAL = normalize("العاصمة")
# A title with these adjectives serves that body (مفوض الهجرة الأوروبي، المبعوث الأممي),
# never the dispatch's state (الأفريقية is left out: الشؤون الأفريقية is a portfolio).
_ONE_BODY_ADJECTIVES = frozenset(k for k, v in _BODY_ADJECTIVES.items() if v != "african_union")


_COMPOUND_STARTS = frozenset(normalize(w) for w in ("عبد", "أبو", "ابو", "بن"))
_COMPOUND_ENDS = frozenset(normalize(w) for w in ("الدين", "الله", "الإسلام", "الرحمن"))


def _holder_by_surname(sp: Span, lex: Lexicon, date: dt.date) -> str | None:
    """The one known person whose name ends with ``sp``'s one-word name and who held
    its title at ``date`` (الرئيس عون in 2025 → Joseph Aoun, not Michel Aoun)."""
    index = lex.__dict__.get("_by_surname")
    if index is None:
        index = {}
        for p in lex.people.values():
            for last in {normalize(a).split()[-1] for a in (p.name, *p.aliases)}:
                index.setdefault(last, []).append(p)  # (the surname in each spelling the lexicon has)
        lex.__dict__["_by_surname"] = index
    holders = [p.id for p in index.get(sp.name, ())
               if (held := _office_state(p, sp.title.title, date, lex)) and (not sp.affil or sp.affil == held)]
    return holders[0] if len(holders) == 1 else None


def _company_of_state(sp: Span, companies_named: dict, full_names: dict, lex: Lexicon) -> bool:
    """The person's title names a company by its head and nationality (نائب رئيس الشركة
    الصينية X), and the company of that head named before is of that state."""
    words = sp.role.split()
    for k, w in enumerate(words[:-1]):
        form = "ال" + w[2:] if w.startswith("لل") else w
        if form not in companies_named:
            continue
        key, name = companies_named[form]
        if key == "lexicon":
            return lex.organizations[name].country == sp.affil
        return any(words[k + 1] in name.split() for name, _ in full_names.get(form, ()))  # (شركة كوسكو للشحن الصينية)
    return False


def _company_short(sp: Span) -> str:
    """The short form a company named in full goes by later: its head noun with the
    article (شركة سولاريس الإسبانية → الشركة; البنك الأهلي المصري → البنك)."""
    head = sp.name.split()[0]
    return head if head.startswith("ال") else "ال" + head


def _bare_office(role: str, title: str) -> bool:
    """The role is the office alone, in either gender and with a portfolio joined
    by و (وزيرة الخارجية والمغتربين for وزير الخارجية): no state or body named."""
    got, want = role.split(), normalize(title).split()
    if len(want) >= 2 and got and got[0] == want[0] + "ه":
        got = [want[0]] + got[1:]  # (وزيرة الخارجية: the feminine; زعيمه alone is "his leader")
    return got[:len(want)] == want and all(w.startswith("و") for w in got[len(want):])


def _plain_name_word(w: str, lex: Lexicon) -> bool:
    """A word that can be part of a name no list knows: no function word, article,
    trigger, common noun or lexicon phrase (إفريقيا: a place) unless a given name."""
    return len(w) >= 3 and w not in STOP_WORDS and not w.startswith(("ال", "لل")) and w not in lex.trigger_forms \
        and w not in _COMMON_NOUNS and (w in lex.first_names or not lex.phrases.get((w,)))


def _weak(sp: Span, lex: Lexicon, home: str | None = None) -> bool:
    """A person span whose name starts with no known given name (and is not a
    lexicon person): kept only when it matches a person of the article."""
    if sp.kind != "person" or sp.ref or not sp.name or sp.extra.get("announced"):
        return False  # announced: a construction that says a name follows (وزيرا X و Y، A و B)
    from .mentions import _NAME_LINKS, _NAME_TAILS

    words = sp.name.split()
    if len(words) >= 2 and any(w in _NAME_LINKS for w in words[1:-1]):
        return False  # سيدي ولد أحمد، محمد بن سلمان: a linked name is a name
    if len(words) >= 2 and words[0] in ("عبد", "ابو") and words[1].startswith("ال"):
        return False  # عبد الهادي الحويج: a compound given name
    if len(words) >= 3 and " ".join(words[:2]) in lex.first_names:
        return False  # أبو بكر كمارا: a two-word given name the lexicon knows
    if sp.title and len(words) >= 2 and words[-1] in _NAME_TAILS and not words[0].startswith("ال"):
        return False  # وزير الدفاع الإندونيسي شافري شمس الدين: a compound given name closes it
    if sp.title and sp.affil and sp.extra.get("hamza_al") and _looks_transliterated(words[0]):
        return False  # نائب الرئيس البرازيلي جيرالدو ألكمين: أل with hamza, a foreign family name
    if sp.title and sp.affil and normalize(sp.title.title) == normalize(_COUNTERPART) and len(words) >= 2 \
            and _looks_transliterated(words[-1], later=True):
        return False  # مع نظيره الإندونيسي بهليل لاهاداليا: "his counterpart" + a state says a name follows
    if sp.title and sp.affil and sp.extra.get("hamza_al_first"):
        return False  # وزيرة الدولة البريطانية لشؤون الشرق الأوسط إليانور بريستون: a foreign given name
    if sp.title and (sp.affil or (home and sp.title.kind == "office" and len(words) >= 2
                                  and _bare_office(sp.role, sp.title.title))
                     or (sp.title.kind in ("rank", "profession") and len(words) >= 2)) \
            and _looks_transliterated(words[0]) and (all(
            _looks_transliterated(w, later=True) for w in words[1:]) or (
            len(words) >= 3 and _looks_transliterated(words[1], later=True))):
        return False  # وزير الخارجية الإيطالي إنجيلينو ألفانو
    if sp.title and (sp.extra.get("company_state") or _affil_state(sp.affil, lex)) in _SYLLABIC_NAMES \
            and 2 <= len(words) <= 3 and all(
            len(w) >= 2 and (w not in STOP_WORDS or (k == 0 and (sp.extra.get("madda") or w == "ما")))
            and not w.startswith(("ال", "لل")) and w not in lex.trigger_forms
            for k, w in enumerate(words)):
        return False  # نائب وزير الخارجية الفيتنامي نغوين مانه، نظيره الياباني جين ناكاتاني
    if sp.title and sp.title.kind == "office" and sp.affil_kind == "country" and sp.affil not in _ARAB_LEAGUE \
            and 2 <= len(words) <= 4 and not sp.extra.get("in_parens") and sp.extra.get("bounded") and all(
            _plain_name_word(w, lex) and (w[0] not in "بل" or w in lex.first_names) for w in words):
        # وزير الدفاع الإريتري تسفاي هبتي مع: a non-Arab state's officer, a name with no given
        # name we know, closed by a boundary (not الروسي تتعلق بدلائل شخصية: a verb and its noun)
        return False
    if sp.title and len(words) >= 2 and words[-1].endswith(_FOREIGN_SURNAME_ENDS) \
            and len(words[-1]) >= 5:
        return False  # نائب رئيس الوزراء أكمل رحيموف: a surname no verb or noun ends like
    if sp.title and sp.affil and len(words) == 3 and words[1] == "علي" and not words[2].startswith("ال"):
        return False  # وزير النفط العراقي حيان علي فاضل: Ali as the father's name, after a title
    if sp.title and sp.title.kind == "office" and sp.affil and len(words) == 3 \
            and any(w in lex.first_names and w not in lex.ambiguous_first_names for w in words[1:]) \
            and all(_plain_name_word(w, lex) for w in words):
        return False  # وزير البترول الصومالي ضاهر شري محمد: a father's or grandfather's given name vouches for it
    if words[0] not in lex.first_names and words[0] not in lex.ambiguous_first_names:
        return True
    if len(words) == 1 and sp.title and sp.title.feminine and normalize(sp.title.title) in _ROYAL_STYLES \
            and sp.role == normalize(sp.title.feminine) and sp.extra.get("bounded"):
        return False  # الأميرة إيمان، ابنة الملك: a princess or sheikha is named by her given name alone
    # A given name that is also a common word (خليفة، أمين) is trusted after a
    # title and before a surname: قائد الجيش خليفة حفتر.
    return words[0] in lex.ambiguous_first_names and not (sp.title and len(words) >= 2)


def _named_second(mentioned: list, home: str | None, words: list | None = None) -> bool:
    """Whether the last mention comes after another person of the sentence who may
    be the dispatch state's own (the guest after the host). After a person of
    another state (اجتمع رئيس مجلس النواب العراقي مع Y رئيس مجلس الشورى) Y is
    likely the host."""
    if mentioned[-1].clitic.startswith("و"):
        return False  # كما بعث X، ومعالي Y رئيس مجلس الوزراء: coordinated, the same side
    if words is not None and mentioned[-1].i > 0 and words[mentioned[-1].i - 1].norm in _IN_ATTENDANCE:
        return False  # بحضور المهندس Y وزير الاستثمار: who sits in with the host is his
    return any(m.type is ActorType.person and m.actor != mentioned[-1].actor
               and m.country in (None, home) for m in mentioned[:-1])


def _holder_follows(spans: list[Span], sp: Span, words: list[Word]) -> bool:
    """The role's own holder follows it after a "في + state" complement: التقى X
    رئيس مجلس السيادة الانتقالي في السودان الفريق أول عبد الفتاح البرهان — the
    title is Burhan's, not X's."""
    if sp.j + 1 >= len(words) or words[sp.j].norm != "في" or words[sp.j + 1].punct_before:
        return False
    state = next((o for o in spans if o.i == sp.j + 1 and o.kind in ("actor", "place")), None)
    return state is not None and any(o.i == state.j and o.kind == "person" and o.title is not None
                                     and not words[o.i].punct_before for o in spans)


def _signing_side(mentioned: list, words: list[Word]) -> str | None:
    """The state a person signs for when "عن الجانب X" stands right before his name
    (وعن الجانب الأوزبكي معالي شوكت رحيموف نائب وزير المالية): that state.

    >>> # وعن الجانب الأوزبكي معالي X نائب وزير → "uzbekistan"
    """
    if len(mentioned) < 2:
        return None
    side, person = mentioned[-2], mentioned[-1]
    if side.type is not ActorType.country or person.type is not ActorType.person or side.i == 0 \
            or not 0 <= person.i - side.j <= 1 or words[side.i - 1].norm not in ("عن", "وعن") \
            and not (side.i > 1 and words[side.i].forms[-1] in _SIDE_WORDS
                     and words[side.i - 1].norm in ("عن", "وعن")):
        return None
    return side.actor


def _opens_other_name(form: str, pid: str, after: Word, r: ArticleResolver, lex: Lexicon) -> bool:
    """``form`` is only the given name of the person ``pid``, and the word after it
    is not a word of running text, so it goes on another person's name."""
    person = next((p for p in r.persons if p.id == pid), None)
    if person is None or not person.tokens or person.tokens[0] != form or person.tokens[-1] == form:
        return False
    nxt = after.norm
    return len(nxt) >= 3 and nxt not in STOP_WORDS and nxt not in lex.trigger_forms and not nxt.startswith("ال") \
        and nxt[:1] not in "بلو" and nxt not in person.tokens


def _later_titles(words: list[Word], sp: Span, lex: Lexicon) -> list[str]:
    """The office titles after the first in a title span, longest first
    (نائب رئيس الوزراء وزير الخارجية → [وزير الخارجية])."""
    found, k = [], sp.i
    while k < sp.j:
        hit = next(((n, h) for n in (4, 3, 2, 1) if k + n <= sp.j
                    for h in lex.phrases.get(tuple(w.norm for w in words[k:k + n]), ()) if h.kind == "title"), None)
        if hit is None:
            k += 1
            continue
        if k > sp.i and hit[1].title.kind == "office" and not words[k].punct_before:
            found.append(hit[1].title.title)
        k += hit[0]
    return found


def _post_name_state(sp: Span, holder: str, r: ArticleResolver, lex: Lexicon,
                     guest: bool = False) -> str | None:
    """The state of an office named after a known person's name with no state
    (مصطفى مدبولي رئيس مجلس الوزراء): where the lexicon says he holds it."""
    if not sp.extra.get("post_name"):
        return None
    if holder not in lex.people:
        # الأمير الحسين بن عبدالله الثاني، ولي العهد: a son named after a known
        # head of state holds his office in the father's state
        person = next((p for p in r.persons if p.id == holder), None)
        tokens = person.tokens if person else []
        if "بن" in tokens[1:-1] and _normalized(sp.title.title) in _HEAD_TITLES | _HEIR_TITLES:
            father = " ".join(tokens[tokens.index("بن") + 1:])
            ref = next((h.ref for h in lex.phrases.get(tuple(father.split()), ())
                        if h.kind == "actor" and h.ref in lex.people), None)
            if ref:
                return lex.people[ref].country
        home = getattr(r, "home", None)
        role_words = set(sp.role.split())
        if home and r.actors[holder].country in (None, home) and sp.title.kind == "office" and not guest \
                and not _FOREIGN_POSTS.intersection(_normalized(sp.title.title).split()) \
                and _GROUP_WORDS.isdisjoint(role_words) and _DELEGATION_WORDS.isdisjoint(role_words) \
                and not any(w.startswith("لل") and w != "للشوون" for w in role_words) \
                and (home in _MONARCHIES or not _ROYAL_TITLES.intersection(_normalized(sp.title.title).split())):
            # الكويت (كونا) - ... الشيخ X رئيس مجلس الوزراء: the dispatch's own state's
            # (not for one named after another person of the sentence: the guest
            # of استقبل X ...، معالي Y وزير النقل may be anyone's minister)
            return home
        return None
    known = lex.people[holder]
    return _office_state(known, sp.title.title, r.date, lex) or _office_named_in(known, sp.role, r.date, lex) or (
        # (X، نائب رئيس مجلس الوزراء وزير الخارجية،: the office the lexicon lists is the second)
        known.country if known.country and known.country == getattr(r, "home", None)
        and sp.title.kind == "office" and not guest else None)  # (an office the lexicon
    # does not list, held by a man of the dispatch's own state: that state's)


def _in_delegation(words: list[Word], i: int) -> bool:
    """A delegation's member list (وفد ضم / يضم X وY) runs up to word ``i``: its
    members are the visitor's people, not the dispatch's state's."""
    return any(w.forms[-1] in _INCLUDING or (w.norm[:1] == "و" and w.norm[1:] in _INCLUDING)
               for w in words[max(0, i - 12):i])


def _body_of_known(sp: Span, lex: Lexicon) -> str | None:
    """The lexicon body one of a known person's offices is in, whose name
    begins with the body named in the text (مجلس التعاون → the GCC)."""
    short = normalize(sp.affil)
    for role in lex.people[sp.ref].roles:
        org = lex.organizations.get(role.organization) if role.organization else None
        if org and any(normalize(n).startswith(short) for n in (org.name, *org.aliases)):
            return org.id
    return None


_ARM = normalize("سلاح")


def _inst_surface(doc, sentence, words, sp, inst, lex: Lexicon | None = None) -> str:
    # the institution + its demonym inside the role phrase

    role_words = sp.role.split()
    head = normalize(inst.head).split()
    n = len(head) + 1
    for k in range(len(role_words) - n + 1):
        if role_words[k].endswith(head[0]) and len(role_words) >= k + n:
            i = sp.i + k
            if len(role_words) > k + n and role_words[k + n - 1] in _CROWN_ADJECTIVES:
                # البحرية الملكية البحرينية; سلاح البحرية الملكي البحريني (the arm, named whole)
                arm = k > 0 and role_words[k - 1] == _ARM and role_words[k] == head[0]
                return _original(doc, sentence, words, i - arm, i + n + 1,
                                 "" if arm else role_words[k][: len(role_words[k]) - len(head[0])])
            clitic = role_words[k][: len(role_words[k]) - len(head[0])]  # بالخارجية → الخارجية
            if role_words[k + n - 1] in ("في", "لدي") or role_words[k + n - 1].startswith("ب"):
                # رئيس مجلس النواب في جمهورية العراق: the body by its demonym
                country = lex.countries.get(sp.affil.split("|")[1]) if lex else None
                own = _original(doc, sentence, words, i, i + n - 1, clitic)
                if country is not None and country.demonym:
                    return f"{own} ال{country.demonym}{'ة' if inst.gender == 'f' else ''}"
                return f"{own} في {country.name}" if country is not None else own
            if inst.gender == "f" and inst.kind != "ministry" and lex is not None \
                    and not role_words[k + n - 1].endswith("ه") \
                    and (country := lex.countries.get(sp.affil.split("|")[1])) is not None and country.demonym:
                # رئيس هيئة الأركان العامة السعودي: the demonym agrees with the head, not the body
                own = _original(doc, sentence, words, i, i + n - 1, clitic)
                return f"{own} ال{country.demonym}ة"
            return _original(doc, sentence, words, i, i + n, clitic)
        if head[0].startswith("ال") and role_words[k].startswith("لل") \
                and role_words[k][2:] == head[0][2:] and len(role_words) >= k + n:
            # للقوات المسلحة الأوزبكية: ل + القوات, the article's alif elided
            if role_words[k + n - 1].startswith("و") and lex is not None:
                # للأمن الوطني ولمراقبة التراب الوطني المغربي: the body by its demonym, past joined fields
                own = "ا" + _original(doc, sentence, words, sp.i + k, sp.i + k + n - 1, "ل")
                country = lex.countries.get(sp.affil.split("|")[1])
                if country is not None and country.demonym:
                    return f"{own} ال{country.demonym}{'ة' if inst.gender == 'f' else ''}"
            return "ا" + _original(doc, sentence, words, sp.i + k, sp.i + k + n, "ل")
    return inst.head


def _role_surface(doc, sentence, words, sp) -> str:
    if sp.extra.get("role_text"):
        return sp.extra["role_text"]  # وزراء خارجية مالي X، والنيجر Y: each one's office
    n = len(sp.role.split())
    text = _original(doc, sentence, words, sp.i, sp.i + n, sp.clitic)
    if sp.clitic.endswith("ل") and words[sp.i].norm.startswith(sp.clitic + "ل") and text.startswith("ل"):
        return "ا" + text  # قرارا للرئيس X: ل + الرئيس, the article's alif elided
    return text


def extract_doc(doc: Doc, lex: Lexicon, date: dt.date | None = None) -> ArticleResult:
    """The rules extractor over a ``Doc``."""
    r = ArticleResolver(doc.article, lex, date)
    per_sentence: list[tuple[Sentence, list[Word], list[Span]]] = []
    for sentence in doc.sentences:
        words = words_of(sentence)
        per_sentence.append((sentence, words, find_mentions(sentence, lex, words)))
    _amman_or_oman(doc, per_sentence)
    _dateline_no_person(doc, per_sentence)
    _dateline_agency(per_sentence, lex)
    dateline = _dateline_state(doc, lex)
    if dateline and (dateline in _AGENCIES_FOR_FOREIGNERS or _names_own_state(per_sentence, lex, dateline)) \
            and (city_state := _dateline_state(doc, lex, city_only=True)) != dateline:
        # بنغازي (الأناضول) - وصل وزير التجارة التركي X ... التقى رئيس الحكومة Y: Libya's
        # (القدس (الأناضول) -: a city of no one state gives no home, never the agency's)
        dateline = city_state
    r.home = dateline or _own_president_state(per_sentence, lex, date)
    # (the dateline city's state even in a correspondent's dispatch, for its airport)
    r.dispatch_state = dateline or _dateline_state(doc, lex, city_only=True)
    # Pass 1: people introduced by title or full name, in reading order.
    resolved: dict[tuple[int, int], tuple[str | None, list]] = {}
    bodies_named: dict[tuple[str, ...], str] = {}  # (short forms of the bodies named so far)
    companies_named: dict[str, tuple[str, str]] = {}  # الشركة → (key, name) of the company named last
    last_company: tuple[str, str] | None = None  # the company named last, whatever its head noun
    full_names: dict[str, list[tuple[str, tuple[str, str]]]] = {}  # الشركة → (whole name, company) of each named
    unknown_heads: set[str] = set()  # head nouns of bodies named so far that no list knows (هيئة X الإندونيسية)
    for sentence, words, spans in per_sentence:
        r.current_sentence = sentence.index
        groups_here: dict[str, set[str]] = {}  # (two movements named in one sentence: الحركة is neither)
        inside = {k for sp in spans for k in range(sp.i, sp.j)}
        unknown_heads |= {w.forms[-1] for w in words if w.forms[-1] in ORG_HEADS and w.index not in inside
                          and not w.forms[-1].startswith("ال") and w.index + 1 < len(words)
                          and not words[w.index + 1].punct_before and (w.index + 1) not in inside}
        if r.persons:
            spans[:] = [_bare_title_apart(sp, words, r) for sp in spans]
            for sp in spans:
                _another_mans_surname_apart(sp, words, r)
        spans[:] = _comma_titles_joined(spans, words, lex)
        for sp in spans:  # (in reading order: a short form names a body named before it)
            if sp.kind == "organization" and sp.institution is not None and "company" not in sp.extra \
                    and not sp.extra.get("private") and "head_words" not in sp.extra:
                # (resolved now, once, so a later رئيس المجلس X finds it; pass 2 reuses the result)
                resolved[(sentence.index, sp.i)] = _resolve_span(sp, doc, sentence, words, r, lex)
            elif (body := sp.ref if sp.kind == "actor" else sp.affil if sp.affil_kind == "organization" else None) \
                    and getattr(lex.organizations.get(body), "kind", "") == "government" \
                    and lex.organizations[body].country is not None:
                # حكومة الاستقرار الوطني / وزير الاقتصاد في حكومة الاستقرار X ... التقى رئيس الحكومة Y:
                # the government named before
                oid = r.lexicon_actor(body, lex.actor_head(body).name)
                r.institutions_seen.append((sentence.index, sp.i, oid, normalize(lex.organizations[body].name).split()[0]))
            if sp.kind == "person" and not sp.ref and sp.title is not None and sp.title.kind == "office" \
                    and sp.name and " " not in sp.name and r.date is not None:
                holder = _holder_by_surname(sp, lex, r.date)
                if holder and not sp.affil and sp.name in lex.first_names \
                        and lex.people[holder].country != getattr(r, "home", None):
                    holder = None  # رئيس مجلس الوزراء أحمد in Kuwait: a given name, not Ethiopia's آبي أحمد
                sp.ref = holder or ""  # الرئيس عون (2025): Joseph Aoun
            if sp.kind == "role" and sp.title is not None and sp.title.kind == "office" and not sp.affil \
                    and r.date is not None and sp.j < len(words) and not words[sp.j].punct_before \
                    and words[sp.j].norm.startswith("ال") and not any(o.i <= sp.j < o.j for o in spans):
                # الرئيس الشرع (2025): a bare title, then the family name of the one
                # known man who held it then (an ال-word no name rule takes)
                named = Span(sp.i, sp.j + 1, "person", type=ActorType.person, name=words[sp.j].norm,
                             role=sp.role, title=sp.title, clitic=sp.clitic)
                holder = _holder_by_surname(named, lex, r.date)
                tokens = normalize(lex.people[holder].name).split() if holder else []
                if holder and tokens[-1] not in _ORDINAL_ADJECTIVES and tokens[-1] not in _COMPOUND_ENDS \
                        and tokens[-2] not in _COMPOUND_STARTS:
                    # (not a regnal number, الملك السادس; not the end of عبد العزيز، شهاب الدين)
                    named.ref = holder
                    spans[spans.index(sp)] = sp = named
            if sp.kind == "organization" and sp.extra.get("private"):
                short = _company_short(sp)
                companies_named[short] = last_company = _company(sp, doc, sentence, words)
                full_names.setdefault(short, []).append((sp.name, last_company))  # (… الصينية: with its nationality)
            elif sp.kind == "actor" and sp.ref in lex.organizations \
                    and (head := next((f for f in words[sp.i].forms if f in _COMPANY_HEADS), None)):
                companies_named["ال" + head] = ("lexicon", sp.ref)  # شركة إيني (a company the lexicon knows)
            if sp.kind == "actor" and sp.ref in lex.organizations and lex.organizations[sp.ref].kind == "company":
                last_company = ("lexicon", sp.ref)
            if sp.kind == "person" and not sp.affil and (
                    sp.extra.get("possessor") in companies_named or (sp.extra.get("its_company") and last_company)):
                # وعن الشركة رئيسها X / عن البنك رئيس مجلس إدارته X / ورئيسها التنفيذي X:
                # the company named before
                owner = companies_named.get(sp.extra.get("possessor", "")) or last_company
                if owner[0] == "lexicon":
                    sp.affil, sp.affil_kind = owner[1], "organization"
                else:
                    sp.affil, sp.affil_kind, sp.extra["company"] = owner[1], "neworg", owner
            elif sp.kind == "person" and companies_named and sp.role and (
                    not sp.affil or (sp.affil_kind == "neworg" and sp.affil.split()[-1] in companies_named)
                    or (sp.affil_kind == "country" and _company_of_state(sp, companies_named, full_names, lex))):
                # الرئيس التنفيذي للشركة X after شركة إيني: the company named before (also
                # رئيس مجلس إدارة الشركة X; نائب رئيس الشركة الصينية X after a Chinese company)
                if sp.affil_kind == "country":
                    sp.extra["company_state"] = sp.affil  # (the company's state still tells how names read)
                role = sp.role.split()
                for t, w in enumerate(role[1:], 1):
                    form = "ال" + w[2:] if w.startswith("لل") else w
                    if form[2:] in unknown_heads and not (t + 1 < len(role) and role[t + 1].startswith("ال")):
                        break  # رئيس الهيئة after هيئة X الإندونيسية and الهيئة العامة Y: either of them
                    if form in full_names and t + 1 < len(role) and role[t + 1].startswith("ال") \
                            and role[t + 1] not in _TENURE:
                        # رئيس الاتحاد التونسي: the one of that name among those named (رئيس الاتحاد
                        # الآسيوي after الاتحاد الكويتي لكرة القدم: another body, none of them)
                        named = [c for name, c in full_names[form] if role[t + 1] in name.split()]
                        if not named:
                            continue
                        if named[-1][0] != "lexicon":
                            sp.affil, sp.affil_kind, sp.extra["company"] = form, "neworg", named[-1]
                            break
                    said_state = next((h.ref for h in lex.phrases.get((role[t + 1],), ()) if h.kind == "demonym"),
                                      None) if t + 1 < len(role) else None
                    if form in companies_named and said_state and said_state != (
                            lex.organizations[companies_named[form][1]].country
                            if companies_named[form][0] == "lexicon" else sp.extra.get("company_state")):
                        break  # مدير عام الشركة الكويتية لنفط الخليج after أرامكو: another state's company
                    if form in companies_named and companies_named[form][0] == "lexicon":
                        sp.affil, sp.affil_kind = companies_named[form][1], "organization"
                        sp.extra.pop("company", None)
                        break
                    if form in companies_named:
                        sp.affil, sp.affil_kind, sp.extra["company"] = form, "neworg", companies_named[form]
                        break
            if sp.kind == "person" and bodies_named:
                _short_form_affiliations([sp], words, bodies_named, spans, unknown_heads)  # المديرة العامة للصندوق X
            if sp.kind == "actor" and sp.ref in lex.organizations:
                _register_short_forms(sp.ref, lex, bodies_named, groups_here)
                if lex.organizations[sp.ref].kind in _BODY_KINDS:
                    r.bodies_seen.append((sentence.index, sp.i, sp.ref))  # (for a bare الأمين العام)
            elif sp.kind == "person" and sp.affil_kind == "organization" and sp.affil in lex.organizations:
                _register_short_forms(sp.affil, lex, bodies_named, groups_here)  # المتحدث باسم حكومة إقليم كردستان
        for sp in spans:
            if sp.kind == "person" and sp.affil_kind == "neworg" and " " not in sp.affil \
                    and sp.affil[2:] in _SHORT_HEADS and "company" not in sp.extra:
                sp.affil, sp.affil_kind = "", ""  # للبرنامج with no programme named before: no body
        for sp in spans:
            if sp.kind == "person" and not _weak(sp, lex, getattr(r, "home", None)) \
                    and not (sp.ref and sp.title is None and sp.j - sp.i == 1):
                # (a known man's family name alone waits for pass 2: the article
                # may have its own bearer of it)
                resolved[(sentence.index, sp.i)] = _resolve_span(sp, doc, sentence, words, r, lex)
    _mark_children(per_sentence, r)
    # Pass 2: everything else, and surnames / given names alone.
    surnames = _surnames_introduced_first(r.surname_index(), per_sentence, r)
    surname_forms = surnames.keys()
    triples: list[Triple] = []
    bodies: dict[str, str] = {}  # person → the organization the article affiliated them with
    bodies_read = 0  # (how many triples that was read from)
    carried: list[Mentioned] | None = None
    previous: list[Mentioned] = []
    short_orgs: dict[tuple[str, ...], str] = {}  # الجيش الوطني → the body named in full before
    companies: dict[str, tuple[str, str]] = {}  # الشركة → (key, name) of the company named in full last
    armies: dict[str, Span | None] = {}  # الجيش → the one state's army named in full so far (None: two)
    shared = _shared_city_states(per_sentence, lex)  # طرابلس → Libya in an article about Libya
    memory: dict = {"home": getattr(r, "home", None), "date": r.date}  # what later sentences refer back to (the last meeting's parties; the dateline's state)
    family_seen = False  # a family relation so far (والده can then name the father)
    variants: dict = {}  # word → (the surname it is or is one letter away from, a variant?)
    introduced = {p.id for p in r.persons}
    shared_names = getattr(r, "shared_surnames", {})  # surnames two people of the article bear
    for sentence, words, spans in per_sentence:
        r.current_sentence = sentence.index  # (a bare title: the holder named before this sentence)
        if surnames:
            spans[:] = [_namesake(sp, words, surnames, introduced, lex) for sp in spans]
        if shared_names:
            spans[:] = [_bearer_so_far(sp, words, shared_names, sentence.index, lex) for sp in spans]
        taken = set()
        for sp in spans:
            taken.update(range(sp.i, sp.j))
        for w in words if surnames or shared_names else ():  # no surname, no variant of one
            if w.index in taken:
                continue
            if w.norm in _TIME_OF_DAY and w.index + 1 < len(words) and words[w.index + 1].norm in _DAYS_AFTER:
                continue  # صباح اليوم، مساء الأحد: a time of day, not the house of الصباح
            if w.index > 0 and not _EPONYM_HEADS.isdisjoint(words[w.index - 1].forms):
                continue  # بمطار محمد الخامس، جامعة الملك سعود: a place named after someone
            known = variants.get(w.norm)  # (form, is a variant): each word looked up once
            if known is None:
                form, variant = None, False
                if not surname_forms.isdisjoint(w.forms):
                    form = next(f for f in w.forms if f in surnames)
                elif len(w.norm) >= 6 and w.norm not in STOP_WORDS \
                        and w.norm not in lex.trigger_forms:  # surname_variant: long words only
                    form = r.surname_variant(w.norm, surnames)
                    variant = form is not None
                known = variants[w.norm] = (form, variant)
            form = known[0]
            if form is None and shared_names and not shared_names.keys().isdisjoint(w.forms):
                # وكان عون قد استقبل ... before the article names ريما عون: the one
                # bearer of the name introduced so far
                name = next(f for f in w.forms if f in shared_names)
                bearers = shared_names[name]
                before = [pid for first, pid in bearers if first < sentence.index]
                if len(before) == 1 and len(bearers) > 1 and bearers[1][0] > sentence.index:
                    spans.append(Span(w.index, w.index + 1, "person", type=ActorType.person, name=name,
                                      clitic=w.norm[: len(w.norm) - len(name)] if w.norm.endswith(name) else "",
                                      extra={"bearer": before[0]}))
                continue
            if known[1]:
                r.merges.append(Merge(article=doc.article, actor=surnames[form],
                                      forms=[form, w.norm], reason="spelling variant of a surname"))
            if form and w.index >= 2 and words[w.index - 2].forms[-1] in _KIN_BEFORE_NAME \
                    and w.index - 1 not in taken and not w.punct_before:
                continue  # شقيقه ناصف ساويرس: a relative's given name + the family name
            if form and w.index + 1 < len(words) and (w.index + 1) not in taken \
                    and not words[w.index + 1].punct_before and _opens_other_name(form, surnames[form], words[w.index + 1], r, lex):
                continue  # هنّأ محمد المنفي محمد تكالة: the given name opens another man's name
            if form:
                start, clitic = w.index, (w.norm[: len(w.norm) - len(form)] if w.norm.endswith(form) else "")
                if not clitic and form.startswith("ال") and w.norm.startswith(("لل", "ولل", "فلل")) \
                        and w.norm.endswith("ل" + form[2:]) and len(w.norm) == len(form) + (w.norm[0] in "وف"):
                    clitic = w.norm[:-len(form) + 1]  # للكعبي: ل on الكعبي, its alif dropped
                if start > 0 and start - 1 not in taken and not w.punct_before and not clitic:
                    lead = _name_particle_before(words[start - 1], surnames[form], r)
                    if lead is not None:  # وأشاد أبو قصرة: the particle is part of the surname
                        start, clitic = start - 1, lead
                spans.append(Span(start, w.index + 1, "person", type=ActorType.person,
                                  name=form, clitic=clitic))
        for sp in spans if short_orgs else ():
            if sp.kind == "actor" and sp.ref in lex.organizations and sp.j - sp.i >= 2 \
                    and (child := short_orgs.get(tuple(w.forms[-1] for w in words[sp.i:sp.j]))) \
                    and lex.organizations[child].part_of == sp.ref:
                sp.ref = child  # (جهود البعثة الأممية after the mission was named: that mission)
        spans += _short_org_spans(words, taken, short_orgs)
        spans += _army_short_spans(words, taken, armies)
        spans += _company_short_spans(words, taken, companies)
        spans += _shared_city_spans(words, taken, shared)
        spans.sort(key=lambda s: s.i)
        for sp in spans:
            if sp.kind == "organization" and sp.extra.get("private"):
                companies[_company_short(sp)] = _company(sp, doc, sentence, words)
        _register_army(spans, armies, lex)
        known_before = dict(short_orgs)
        first_named: dict[str, int] = {}
        groups_here = {}
        for sp in spans:
            if sp.kind == "actor" and sp.ref in lex.organizations:
                _register_short_forms(sp.ref, lex, short_orgs, groups_here)
                first_named.setdefault(sp.ref, sp.j)
            elif sp.affil_kind == "organization" and sp.affil in lex.organizations:
                _register_short_forms(sp.affil, lex, short_orgs, groups_here)  # قائد الجيش الوطني الليبي
                first_named.setdefault(sp.affil, sp.j)
        fresh = {k: v for k, v in short_orgs.items() if k not in known_before and v}
        if fresh:
            # الأمين العام لجامعة الدول العربية X ... التعاون مع الجامعة: a short form
            # after the full name in the same sentence
            spans += [sp for sp in _short_org_spans(words, taken, fresh)
                      if sp.i >= first_named.get(sp.ref, len(words))]
            spans.sort(key=lambda s: s.i)
        mentioned: list[Mentioned] = []
        for sp in spans:
            if sp.extra.get("short_alias") and not _confirmed(sp.ref, r):
                continue  # تراس alone is the verb ترأس far more often than Liz Truss
            # (استقبل X السفير التركي: a definite title with a demonym right after a
            # name is the verb's object; X المديرة العامة لصندوق النقد is X's own title)
            if sp.kind == "role" and mentioned and mentioned[-1].type is ActorType.person \
                    and mentioned[-1].j == sp.i and words[sp.i].norm not in COUNTERPART \
                    and (words[sp.i].punct_before or not words[sp.i].forms[-1].startswith("ال")
                         or any(w.norm.startswith("ل") for w in words[sp.i + 1:sp.j])
                         # (استقبل X Y المبعوث الأمريكي: the object is named already, so the title is his)
                         or (len(mentioned) >= 2 and mentioned[-2].j == mentioned[-1].i
                             and mentioned[-2].type is ActorType.person)) \
                    and (not words[sp.i].punct_before or (
                        words[sp.i].punct in ("،", ",") and (sp.j >= len(words)
                                                            or words[sp.j].punct_before
                                                            or _office_follows(words, sp.j, lex)  # (وزير X رئيس مجلس Y: a second title)
                                                            or _seat_closes(words, sp.j, spans, lex)  # (، رئيس مجلس السيادة في السودان،)
                                                            or (words[sp.j].norm[:1] == "و"
                                                                and words[sp.j].forms[-1] in _KIN_ROLES)))) \
                    and not sp.clitic and not (words[sp.i].norm.startswith("و") and not (
                        sp.title is not None and _normalized(sp.title.title).startswith("و"))) \
                    and sp.title is not None and (sp.affil_kind in ("country", "organization") or (
                        sp.affil_kind == "institution" and (not words[sp.i].forms[-1].startswith("ال")
                                                            or words[sp.i].punct in ("،", ","))) or (
                        (_signing_side(mentioned, words)
                         or _post_name_state(sp, mentioned[-1].actor, r, lex, _named_second(mentioned, getattr(r, "home", None), words)))
                        and not (sp.j < len(words) and (words[sp.j].norm in _DELEGATION_WORDS
                                                        or words[sp.j].norm in _GROUP_WORDS)))) \
                    and not (sp.affil_kind == "country" and not words[sp.i].punct_before
                             and mentioned[-1].country not in (None, sp.affil)) \
                    and not (not words[sp.i].punct_before and _titled_before(spans, mentioned[-1])) \
                    and not _holder_follows(spans, sp, words) \
                    and not _title_genders_clash(words, mentioned[-1].i, sp.i, lex):
                # فخامة وليام روتو رئيس جمهورية كينيا: the title after the name is his
                # (التقى سفير مصر لدى السودان X رئيس مجلس السيادة: X has his own title
                # already, so the second one is the verb's object)
                # (والروسي after a dual title is another person's; ولي العهد is a title;
                # التقى الوزير الإيراني X نائب أمير الكويت: another state's title, the object)
                holder = mentioned[-1].actor
                if (sp.extra.get("post_name") or not sp.affil_kind) and not (sp.affil and sp.affil_kind == "organization"):
                    # (عن الجانب السعودي الأمير X وزير الخارجية: a bare office after the name takes the signing side)
                    # (، أمين سر اللجنة التنفيذية لمنظمة التحرير،: the body it names stays his)
                    sp.affil, sp.affil_kind = _signing_side(mentioned, words) or _post_name_state(
                        sp, holder, r, lex, _named_second(mentioned, getattr(r, "home", None), words)), "country"
                person = next((p for p in r.persons if p.id == holder), None)
                if person is not None:
                    person.roles.add(f"{sp.title.title}|{sp.affil}")
                    person.roles.update(f"{t}|{sp.affil}" for t in _later_titles(words, sp, lex))
                mentioned[-1].j = sp.j  # the mention now spans the title (X رئيس Y، الذي ...)
                affil = _institution_actor(sp, doc, sentence, words, r, lex) \
                    if sp.affil_kind == "institution" else r.lexicon_actor(sp.affil, lex.actor_head(sp.affil).name)
                if affil != holder:
                    state = sp.affil if sp.affil_kind == "country" else (
                        sp.affil.split("|")[1] if sp.affil_kind == "institution" else None)
                    if state is None and sp.affil_kind == "organization" and sp.extra.get("post_name") \
                            and (org := lex.organizations.get(sp.affil)) is not None and org.kind != "media":
                        state = org.country  # (، رئيس اللجنة الدائمة للمجلس الوطني لنواب الشعب الصيني،: China's)
                    if state and not r.actors[holder].country:
                        r.actors[holder].country = state
                    if state and not mentioned[-1].country:
                        mentioned[-1].country = r.actors[holder].country
                    triples.append(_triple(doc, sentence, words, Found(
                        holder, Relation.affiliated_with, affil, False, False, (sp.i, sp.j),
                        role=_role_surface(doc, sentence, words, sp)), date))
                    first = sp.role.split()[0]  # (وزير، ووزير)
                    if sp.affil_kind == "institution" and (first in _MINISTER or first[1:] in _MINISTER) \
                            and not normalize(sp.affil.split("|")[0]).startswith("وزاره"):
                        # X، وزير الرياضة رئيس اللجنة الأولمبية السعودية: a minister of that state too
                        triples.append(_triple(doc, sentence, words, Found(
                            holder, Relation.affiliated_with, r.lexicon_actor(state, lex.actor(state).name),
                            False, False, (sp.i, sp.j), role=_role_surface(doc, sentence, words, sp)), date))
                continue
            got = resolved.get((sentence.index, sp.i))
            if got is None and sp.extra.get("bearer"):
                got = sp.extra["bearer"], []
                r._merged(got[0], _original(doc, sentence, words, sp.i, sp.j, sp.clitic),
                          "the one bearer of the surname named so far")
            if got is None:
                r.peers = [m.actor for m in mentioned if m.type is ActorType.person]  # (نظيره: whose)
                got = _resolve_span(sp, doc, sentence, words, r, lex)
            aid, extra = got
            if aid is None:
                if sp.kind == "person" and sp.name and sp.title is not None:
                    # a titled name we could not trust: its surname alone later is
                    # still somebody (وحذّر مسقل X: not the subject carried over)
                    memory.setdefault("unknown", set()).add(sp.name.split()[-1])
                continue
            start, clitic = sp.i, sp.clitic
            if start > 0 and r.actors[aid].type is ActorType.person \
                    and words[start - 1].forms[-1] in _CAMP_WORDS and not sp.clitic:
                # معسكر حفتر / أنصار X: the camp of a person stands for that person
                start, clitic = start - 1, words[start - 1].norm[: len(words[start - 1].norm)
                                                                  - len(words[start - 1].forms[-1])]
            if r.actors[aid].type is ActorType.person and start > 0 and not clitic \
                    and _style_word(words[start - 1]) and not words[start].punct_before:
                # (وزير الدولة، وزير الخارجية X: a comma parts a style from the mention)
                # استقبل صاحب السمو الشيخ X / فخامة الرئيس X: the style opens the mention
                while start > 0 and _style_word(words[start - 1]) and not words[start].punct_before:
                    start -= 1
                w0 = words[start]
                style = next(f for f in w0.forms if f in _STYLES)
                clitic = w0.norm[: len(w0.norm) - len(style)]
                for w in words[start:sp.i]:  # a later سموه / فخامته is this person
                    for pronoun in _STYLE_PRONOUN_OF.get(w.forms[-1], ()):
                        # (read from this word on: وأجرى سموه ...، تحيات والده صاحب السمو Y is not "he")
                        memory.setdefault("styled_at", {})[pronoun] = start
                        memory.setdefault("styled_before", {}).setdefault(
                            pronoun, memory.get("styled", {}).get(pronoun))
                        memory.setdefault("styled", {})[pronoun] = (aid, r.actors[aid].country)
            elif r.actors[aid].type is ActorType.person and sp.kind == "person" and sp.role:
                # ولي العهد الأمير X ... ومن المقرر أن يلتقي سموه: a royal title implies the style
                # ("His Highness", "His Majesty") by which a later sentence names him
                implied = next((_TITLE_STYLE_PRONOUN[w] for w in sp.role.split() if w in _TITLE_STYLE_PRONOUN), None)
                if implied and implied not in memory.get("styled", {}):
                    memory.setdefault("styled_at", {})[implied] = sp.i
                    memory.setdefault("styled_before", {}).setdefault(implied, None)
                    memory.setdefault("styled", {})[implied] = (aid, r.actors[aid].country)
            kin, relative = _kin_governed(words, start, mentioned, lex) \
                if start > 0 and r.actors[aid].type is ActorType.person else (False, None)
            if kin:
                # أبناء حفتر، زيارة نجل الرئيس: the relatives act, not the person;
                # Y، نجل X: a family relation, and X stays out of the others
                for _, pid, affil, role in extra:
                    triples.append(_triple(doc, sentence, words, Found(
                        pid, Relation.affiliated_with, affil, False, False, (sp.i, sp.j),
                        role=role), date))
                if relative is not None and relative.actor != aid:
                    family_seen = True
                    k = _kin_index(words, start, lex)
                    triples.append(_triple(doc, sentence, words, Found(
                        aid, Relation.family, relative.actor, False, False, (k, k + 1),
                        role=kin_role(_KIN_ROLES.get(words[k].forms[-1]), words[k])), date))
                continue
            if sp.kind == "place":
                mentioned.append(Mentioned(start, sp.j, aid, ActorType.location, clitic, aid,
                                           place=_original(doc, sentence, words, sp.i, sp.j,
                                                           sp.clitic)))
                continue
            place = ""
            if r.actors[aid].type is ActorType.person and r.actors[aid].country and start > 0 \
                    and not words[start].punct_before and aid not in r.body_servants \
                    and not _GOVERNMENT_OF.isdisjoint(words[start - 1].forms):
                # إدارة (الرئيس) ترامب، حكومة أوربان، نظام الأسد: the state he runs
                w0 = words[start - 1]
                form = next(f for f in w0.forms if f in _GOVERNMENT_OF)
                state = r.actors[aid].country
                mentioned.append(Mentioned(start - 1, sp.j, state, ActorType.country,
                                           w0.norm[: len(w0.norm) - len(form)], state))
                for _, pid, affil, role in extra:
                    triples.append(_triple(doc, sentence, words, Found(
                        pid, Relation.affiliated_with, affil, False, False, (sp.i, sp.j), role=role),
                        date))
                continue
            if sp.kind == "actor" and sp.ref in lex.countries and (
                    sp.extra.get("capital") or _is_capital(sp, words, lex)):
                place = _original(doc, sentence, words, sp.i, sp.j, sp.clitic)
            end = sp.j
            while r.actors[aid].type is ActorType.person and end < len(words) and not words[end].punct_before \
                    and (words[end].norm in _RULER_EPITHETS or (words[end].norm in BLESSINGS and end + 1 < len(words)
                                                                and words[end + 1].norm == "الله")):
                end += 1 + (words[end].norm in BLESSINGS)  # السلطان X المعظم، الملك X حفظه الله: one mention
            mentioned.append(Mentioned(start, end, aid, r.actors[aid].type, clitic,
                                       None if aid in r.body_servants else r.actors[aid].country,
                                       place=place))
            for _, pid, affil, role in extra:
                triples.append(_triple(doc, sentence, words, Found(
                    pid, Relation.affiliated_with, affil, False, False, (sp.i, sp.j), role=role),
                    date))
                first = sp.role.split()[0] if sp.role else ""
                if sp.affil_kind == "institution" and (first in _MINISTER or first[1:] in _MINISTER) \
                        and r.actors[pid].type is ActorType.person and r.actors[pid].country \
                        and r.actors[pid].country in lex.countries:
                    # وزيرة الإدارة الداخلية البرتغالية X: a minister of that ministry's state
                    state = r.actors[pid].country
                    triples.append(_triple(doc, sentence, words, Found(
                        pid, Relation.affiliated_with, r.lexicon_actor(state, lex.actor(state).name),
                        False, False, (sp.i, sp.j), role=role), date))
            body = short_orgs.get((sp.extra["possessor"],)) if sp.extra.get("possessor") else None
            if body is None and sp.kind == "person" and sp.title and not sp.affil and sp.i >= 2 \
                    and words[sp.i - 2].norm in ("عن", "وعن") and not words[sp.i - 1].punct_before:
                body = short_orgs.get((words[sp.i - 1].forms[-1],))  # ووقعها عن الصندوق الرئيس التنفيذي X
            if body and r.actors[aid].type is ActorType.person:
                # وعن الصندوق مديره العام X: X heads the body named before
                triples.append(_triple(doc, sentence, words, Found(
                    aid, Relation.affiliated_with, r.lexicon_actor(body, lex.actor_head(body).name),
                    False, False, (sp.i, sp.j), role=_role_surface(doc, sentence, words, sp)), date))
            side = mentioned[-2] if len(mentioned) >= 2 else None
            if sp.kind == "person" and sp.title and not sp.affil and side is not None \
                    and (side.type is ActorType.country or (side.type is ActorType.location and side.actor in lex.countries)) \
                    and side.j == start and side.i > 0 and not words[start].punct_before \
                    and (words[side.i - 1].norm in ("عن", "وعن") or (
                        words[side.i].forms[-1] in _SIDE_WORDS and words[side.i - 1].forms[-1] in _HEADED) or (
                        side.i > 1 and words[side.i - 1].norm in _DELEGATION_WORDS  # (ترأس وفد كابل X)
                        and words[side.i - 2].forms[-1] in _HEADED and not words[side.i].punct_before)):
                # وقعها عن الجانب الأوزبكي نائب رئيس الوزراء X: X acts for that state
                # (وترأس الجانب الإيراني وزير الطرق X: he led that state's side)
                triples.append(_triple(doc, sentence, words, Found(
                    aid, Relation.affiliated_with, side.actor, False, False, (side.i, sp.j),
                    role=_role_surface(doc, sentence, words, sp) if sp.role else None), date))
                holder = next((p for p in r.persons if p.id == aid), None)
                if holder is not None:
                    holder.roles.add(f"{sp.title.title}|{side.actor}")  # (a later الوزير العماني is him)
                if not r.actors[aid].country:  # (the state he acts for, for a later الطرفان)
                    r.actors[aid].country = side.actor
                    if mentioned[-1].actor == aid:
                        mentioned[-1].country = side.actor
            if r.actors[aid].type is ActorType.person and sp.j + 1 < len(words) \
                    and words[sp.j].forms[-1] in _HEAD_WORDS and words[sp.j + 1].norm in _THIS_STATE \
                    and (not words[sp.j].punct_before or words[sp.j].punct in ("،", ",")) \
                    and not words[sp.j + 1].punct_before:
                # الشيخ تميم بن حمد آل ثاني أمير البلاد / X رئيس الدولة: the head of
                # the dispatch's state (or of the person's own)
                state = r.actors[aid].country or getattr(r, "home", None)  # (his own, else the dateline's)
                if state and getattr(r, "home", None) is None:
                    r.home = state  # with no dateline, البلاد later is this head's state
                holder = next((p for p in r.persons if p.id == aid), None)
                if holder is not None:
                    holder.titles.add(words[sp.j].forms[-1])  # a later سمو الأمير is him
                if state:
                    if state not in r.actors:
                        r.lexicon_actor(state, lex.actor_head(state).name)
                    triples.append(_triple(doc, sentence, words, Found(
                        aid, Relation.affiliated_with, state, False, False, (sp.j, sp.j + 2),
                        role=_original(doc, sentence, words, sp.j, sp.j + 2)), date))
        if _OWN_STATE_HINT.search(sentence.norm):
            mentioned += _own_state_mentions(words, mentioned, previous, r)
        if _ITS_ARMY_HINT.search(sentence.norm):
            mentioned += _its_army_mentions(words, mentioned, r, lex)
        if _LATTER in sentence.norm:
            mentioned += _latter_mentions(words, mentioned, previous)
        if _AND_THAT_IT in sentence.norm:
            mentioned += _that_it_mentions(words, mentioned, lex)
        if _NATIONAL_HINT.search(sentence.norm):
            mentioned += _national_mentions(words, mentioned, r, triples, memory.get("named", set()))
        if _HOSTESS_HINT in sentence.norm and memory.get("meeting"):
            mentioned += _host_mentions(words, mentioned, memory["meeting"])
        if _NEW_ONE in sentence.norm:
            mentioned += _new_holder_mentions(words, mentioned, triples, r, lex)
        if family_seen and _PARENT_HINT.search(sentence.norm):
            mentioned += _parent_mentions(words, mentioned, triples, r)
        if _TWO_HOLDERS_HINT.search(sentence.norm):
            # (وعقد رئيسا الوزراء: the two persons the article gave that office)
            memory["titles"] = {p.id: ({w for t in [*p.titles, *(k.split("|")[0] for k in p.roles),
                                                    *_offices_held(p.id, date, lex)]
                                        for w in normalize(t).split()}, r.actors[p.id].country)
                                  for p in r.persons if p.first_sentence <= sentence.index}  # (none named later)
        mentioned.sort(key=lambda m: m.i)
        if "styled" in memory:  # (the state a styled person got after the style was read)
            memory["styled"] = {k: (a, r.actors[a].country) for k, (a, _) in memory["styled"].items()}
            memory["styled_before"] = {k: v and (v[0], r.actors[v[0]].country)
                                       for k, v in memory.get("styled_before", {}).items()}
        if "styled" in memory and _STYLED_KIN_HINT.search(sentence.norm):
            mentioned = sorted(mentioned + _styled_kin_mentions(words, mentioned, memory), key=lambda m: m.i)
        for t in triples[bodies_read:]:  # (each affiliation read once, as the article goes on)
            if t.relation is Relation.affiliated_with and t.object in r.actors \
                    and r.actors[t.object].type is ActorType.organization:
                bodies[t.subject] = t.object
        bodies_read = len(triples)
        for m in mentioned:
            m.body = bodies.get(m.actor, "") if m.type is ActorType.person else ""
        found, last = find_relations(words, mentioned, lex, carried, previous,
                                     question=sentence.text.rstrip(' "\'»”').endswith(("؟", "?")),
                                     memory=memory)
        if _GUEST_HINT.search(sentence.norm):
            guests = _guest_mentions(words, mentioned, found, triples, r)
            if guests:  # وقّع أمير قطر وضيفه اتفاقيات: the guest of the visit just told, read again
                mentioned = sorted(mentioned + guests, key=lambda m: m.i)
                found, last = find_relations(words, mentioned, lex, carried, previous,
                                             question=sentence.text.rstrip(' "\'»”').endswith(("؟", "?")),
                                             memory=memory)
        memory.pop("styled_at", None)  # (styles of this sentence hold from the next one on)
        memory.pop("styled_before", None)
        carried = last or None
        previous = mentioned or previous  # a sentence naming nobody (وعقد الوزيران ...) keeps the last names
        memory.setdefault("named", set()).update(m.actor for m in mentioned)
        for f in found:
            for end in (f.subject, f.object):
                if end not in r.actors:  # a state named by a demonym (الدعم الروسي)
                    r.lexicon_actor(end, lex.actor_head(end).name)
            triples.append(_triple(doc, sentence, words, f, date))
            family_seen = family_seen or f.relation is Relation.family
        if _COUNTERPART_HINT.search(sentence.norm):
            triples += _hosting_counterparts(doc, sentence, words, mentioned, found, triples, r, date)
        if any(f.relation is Relation.host for f in found):
            triples += _receiving_officials(doc, sentence, words, mentioned, found, triples, r, date)
    triples = _denied_reports(_denied_claims(_shared_demonym_named(triples, r, lex), r), doc)
    own = {(t.subject, t.object) for t in triples if t.relation is Relation.affiliated_with}
    triples = _dedupe(_headline_superseded([t for t in triples if not _backs_own_state(t, r, own)], doc))
    used = {t.subject for t in triples} | {t.object for t in triples}
    actors = [a for a in r.to_actors() if a.id in used]
    return ArticleResult(article=doc.article, actors=actors, triples=triples, merges=r.merges)


_NAME_PARTICLES = frozenset(normalize(w) for w in ("أبو", "أبي", "أبا", "ابن", "بن", "بنت", "ولد", "آل"))


def _name_particle_before(word: Word, pid: str, r: ArticleResolver) -> str | None:
    """The clitic of ``word`` when it is the particle that opens the person's
    surname (أبو قصرة، آل ثاني، ولد الغزواني) or the first word of a family name
    of two (غريب آبادي: no clitic, ""), else None.

    >>> # مرهف أبو قصرة … وأشاد أبو قصرة: the mention is أبو قصرة, not قصرة alone
    """
    person = next((p for p in r.persons if p.id == pid), None)
    if person is None or len(person.tokens) < 3 or person.tokens[-2] not in word.forms:
        return None
    if person.tokens[-2] not in _NAME_PARTICLES:
        # (كاظم غريب آبادي … وحذّر غريب آبادي: a family name of two words, written bare)
        return "" if word.norm == person.tokens[-2] and word.norm not in STOP_WORDS else None
    return word.norm[: len(word.norm) - len(person.tokens[-2])]


_BARE_PRESIDENT = frozenset(normalize(w) for w in ("الرئيس", "رئيس الجمهورية", "فخامة الرئيس"))


def _own_president_state(per_sentence, lex: Lexicon, date: dt.date | None) -> str | None:
    """With no dateline, the state of a president the opening names by the bare
    title and his full name (الرئيس عبد الفتاح السيسي): the press of his own
    state writes so, foreign press adds the demonym (الرئيس المصري).

    >>> # قال المتحدث باسم رئاسة الجمهورية إن الرئيس عبد الفتاح السيسي استقبل … → Egypt
    """
    if not per_sentence or _DATELINE.match(per_sentence[0][0].text[:80]):
        return None  # (a dateline abroad that gave no state: a correspondent's, not home)
    sentence, words, spans = per_sentence[0]
    sp = next((sp for sp in spans if sp.kind == "person" and sp.ref in lex.people), None)
    if sp is None or sp.title is None or sp.affil or sp.j - sp.i < 3 \
            or normalize(sp.title.title) not in _BARE_PRESIDENT or normalize(sp.role or "") not in _BARE_PRESIDENT:
        return None  # (the first known person of the opening: the bare president, or no signal)
    return _office_state(lex.people[sp.ref], sp.title.title, date, lex)


def _bare_title_apart(sp: Span, words: list[Word], r: ArticleResolver) -> Span:
    """A bare title before the surname of someone the article named who never
    bore it (والتقى الوزير حمدوك after رئيس الوزراء السابق عبد الله حمدوك) is
    two people: the title alone (the article's minister) and the surname, the
    verb's object — not "Minister Hamdok".

    >>> # الوزير + حمدوك (a former prime minister) → the role الوزير; حمدوك read later
    """
    if sp.kind != "person" or sp.title is None or sp.affil or sp.j - sp.i != 2 \
            or words[sp.i].forms[-1] not in _BARE_TITLE_WORDS or words[sp.i + 1].punct_before:
        return sp
    got = (sp.ref, "") if sp.ref else r.find_person(words[sp.i + 1].norm)
    person = next((p for p in r.persons if got and p.id == got[0]), None)
    if person is None:
        return sp  # (a name the article has not introduced: the title's own holder)
    head = words[sp.i].forms[-1][2:].removesuffix("ه")
    known = r.lex.people.get(person.id) if r.lex is not None else None
    titles = {normalize(x) for x in person.titles} | {normalize(k.split("|")[0]) for k in person.roles} \
        | {normalize(role.title) for role in (known.roles if known else ())}
    if any(t.split()[0].removeprefix("ال").removesuffix("ه") == head for t in titles if t):
        return sp  # (الوزير عبد العاطي: a minister named by his title and surname)
    return Span(sp.i, sp.i + 1, "role", type=ActorType.person, role=words[sp.i].norm, title=sp.title,
                clitic=sp.clitic, extra={"bare": words[sp.i].forms[-1]})


_BARE_TITLE_WORDS = frozenset(normalize(w) for w in ("الوزير", "الوزيرة", "السفير", "السفيرة"))
_BODY_ENVOYS = frozenset(normalize(w) for w in ("مبعوث", "ممثل", "مندوب", "سفير", "مبعوثت", "ممثلت", "مندوبت"))


def _follows_foreign_colleague(words: list[Word], sp: Span, r: ArticleResolver, pid: str) -> bool:
    """A titled person joined by و right after another of this sentence whose state
    is not the dispatch's (الوفد الأمريكي: وزير الخارجية X ومستشار الأمن القومي Y).

    >>> # ... X (US) ومستشار الأمن القومي Y in a dispatch from Jeddah → True
    """
    if sp.i == 0 or not sp.clitic.startswith("و") or words[sp.i].punct_before or not r.persons:
        return False
    for k in range(sp.i - 1, max(-1, sp.i - 12), -1):
        if words[k].forms[-1] in _SIDE_WORDS:
            return True  # ترأس الوفد الأوكراني X ومستشار الأمن القومي Y: the side's second man
        if words[k].punct_before:
            break
    last = _colleague(r, pid)
    state = r.actors[last.id].country if last else None
    return state is not None and state != getattr(r, "home", None)


def _colleague(r: ArticleResolver, pid: str):
    """The person named last before ``pid``, when first named in this sentence."""
    last = next((p for p in reversed(r.persons) if p.id != pid), None)
    return last if last is not None and last.first_sentence == r.current_sentence and last.id in r.actors else None


def _predecessor_state(words: list[Word], sp: Span, r: ArticleResolver, pid: str, lex: Lexicon) -> str | None:
    """The state of a bare office after خلفا لـ / بدلا من when a man named before in
    the sentence holds that same office for a state: the predecessor held it for the
    same state, wherever the dispatch is from.

    >>> # السفير المغربي الجديد لدى موريتانيا X ... خلفا للسفير Y → "morocco" (not Mauritania)
    """
    if sp.i < 2 or words[sp.i].punct_before:
        return None
    after_instead = words[sp.i - 1].norm == "من" and not words[sp.i - 1].punct_before \
        and words[sp.i - 2].norm in _INSTEAD  # (بدلا من السفير Y)
    after_succeeding = words[sp.i].norm.startswith("ل") and words[sp.i - 1].norm in _REPLACING  # (خلفا للسفير Y)
    if not (after_instead or after_succeeding):
        return None
    office = normalize(sp.title.title)
    for p in reversed(r.persons):
        if p.id == pid or p.first_sentence != r.current_sentence:
            continue
        states = {key.split("|")[1] for key in p.roles
                  if normalize(key.split("|")[0]) == office and key.split("|")[1] in lex.countries}
        if len(states) == 1:
            return states.pop()
    return None


def _joined_colleague_state(words: list[Word], sp: Span, r: ArticleResolver, pid: str) -> str | None:
    """The state of a bare office joined by و right after a titled person of a
    state the dispatch is not from: التقى نائب الرئيس البرازيلي X ووزير المالية Y
    in a WAM dispatch → Brazil (the demonym is written once for both).

    >>> # ... البرازيلي جيرالدو ألكمين ووزير المالية فرناندو حداد → "brazil"
    """
    if sp.i == 0 or not sp.clitic.startswith("و") or words[sp.i].punct_before or not sp.title \
            or sp.title.kind != "office" or sp.affil or not _bare_office(sp.role.removeprefix("و"), sp.title.title) \
            or not _CLERICS.isdisjoint(normalize(sp.title.title).split()):
        return None  # (شيخ الأزهر X والبابا الراحل فرنسيس: a church's head serves no state)
    last = _colleague(r, pid)
    state = r.actors[last.id].country if last else None
    if state is None or state == getattr(r, "home", None) or words[sp.i - 1].norm not in last.tokens:
        return None
    return state


_COUNTERPART_HINT = re.compile("نظير")


def _visited_state(visitor: str, triples: list[Triple], r: ArticleResolver, facts_only: bool = False) -> str | None:
    """The state the visitor's last visit (not denied) went to, when it is not
    the visitor's own, else None."""
    visits = [t for t in triples if t.relation is Relation.visit and t.subject == visitor
              and not t.negated and not (facts_only and t.hypothetical)]
    guest = r.actors.get(visitor)
    if not visits or guest is None or r.actors.get(visits[-1].object) is None:
        return None
    state = visits[-1].object
    return state if r.actors[state].type is ActorType.country and state != guest.country else None


def _placed_in(doc: Doc, sentence: Sentence, words: list[Word], r: ArticleResolver, m: Mentioned,
               state: str, date: dt.date | None) -> Triple:
    """The person of mention ``m`` serves ``state``: set it and say so."""
    r.actors[m.actor].country = state
    m.country = state
    return _triple(doc, sentence, words, Found(
        m.actor, Relation.affiliated_with, state, False, False, (m.i, m.j)), date)


def _receiving_officials(doc: Doc, sentence: Sentence, words: list[Word], mentioned: list[Mentioned],
                         found: list[Found], triples: list[Triple], r: ArticleResolver,
                         date: dt.date | None) -> list[Triple]:
    """An official whose title names no state, receiving a visitor to a state that
    is not the visitor's own, serves the state visited.

    >>> # وصل X إلى الدوحة، وكان في استقباله رئيس مجلس الوزراء وزير الخارجية Y → Y of Qatar
    """
    out: list[Triple] = []
    placed = {t.subject for t in triples if t.relation is Relation.affiliated_with}
    for f in found:
        if f.relation is not Relation.host or f.negated or f.hypothetical or f.subject in placed:
            continue
        host = r.actors.get(f.subject)
        if host is None or host.type is not ActorType.person or host.country or not host.roles:
            continue  # (a bare name says nothing of an office)
        if any(_DIPLOMATIC_POSTS.intersection(_normalized(role.split("|")[0]).split()) for role in host.roles):
            continue  # (المندوب الدائم لدى مكتب الأمم المتحدة في جنيف receives his own minister abroad)
        state = _visited_state(f.object, triples, r, facts_only=True)
        m = next((m for m in mentioned if m.actor == f.subject), None)
        if state is not None and m is not None:
            placed.add(f.subject)
            out.append(_placed_in(doc, sentence, words, r, m, state, date))
    return out


def _hosting_counterparts(doc: Doc, sentence: Sentence, words: list[Word], mentioned: list[Mentioned],
                          found: list[Found], triples: list[Triple], r: ArticleResolver,
                          date: dt.date | None) -> list[Triple]:
    """A counterpart named with no state (نظيره X), met by a visitor to a state
    that is not the visitor's own, serves the state visited.

    >>> # زار وزير الدفاع الروسي أنقرة حيث التقى نظيره يشار غولر → غولر of Turkey
    """
    out: list[Triple] = []
    for f in found:
        if f.relation is not Relation.meet or f.negated:
            continue
        met = r.actors.get(f.object)
        if met is None or met.type is not ActorType.person or met.country:
            continue
        m = next((m for m in mentioned if m.actor == f.object and m.i > f.trigger[0]), None)
        if m is None or not (words[m.i].norm in COUNTERPART or (m.i > 0 and words[m.i - 1].norm in COUNTERPART
                                                               and not words[m.i].punct_before)):
            continue
        state = _visited_state(f.subject, triples, r)
        if state is not None:
            out.append(_placed_in(doc, sentence, words, r, m, state, date))
    return out


def _namesake(sp: Span, words: list[Word], surnames: dict[str, str], introduced: set[str],
              lex: Lexicon) -> Span:
    """A family name alone that the lexicon gives to someone (الصفدي: Ayman
    Safadi) names the article's own bearer of it (رئيس مجلس النواب أحمد الصفدي)
    when the article never named the lexicon's man."""
    if sp.kind not in ("actor", "person") or sp.title is not None or sp.j - sp.i != 1 \
            or sp.ref not in lex.people or sp.ref in introduced:
        return sp
    form = next((f for f in words[sp.i].forms if f in surnames), None)
    if form is None or surnames[form] == sp.ref:
        return sp
    return Span(sp.i, sp.j, "person", type=ActorType.person, name=form, clitic=sp.clitic)


def _bearer_so_far(sp: Span, words: list[Word], shared: dict[str, list[tuple[int, str]]], now: int,
                   lex: Lexicon) -> Span:
    """A family name alone that the lexicon gives to a man the article names in
    full only later (ولا تربط الوزير صلة برئيس الوزراء الأسبق حيدر العبادي) names
    the one bearer of it introduced so far (وزير النقل كاظم العبادي ... ويلتقي العبادي)."""
    if sp.kind not in ("actor", "person") or sp.title is not None or sp.j - sp.i != 1 or sp.ref not in lex.people:
        return sp
    form = next((f for f in words[sp.i].forms if f in shared), None)
    if form is None:
        return sp
    before = [pid for first, pid in shared[form] if first < now]
    if len(before) != 1 or before[0] == sp.ref or any(pid == sp.ref and first <= now for first, pid in shared[form]):
        return sp
    return Span(sp.i, sp.j, "person", type=ActorType.person, name=form, clitic=sp.clitic,
                extra={"bearer": before[0]})


# City names two states share (طرابلس: Libya's capital and a Lebanese city).
# They stand for a state only in an article that names exactly one of the two.
_SHARED_CITY_NAMES = {normalize("طرابلس"): ("libya", "lebanon")}


def _shared_city_states(per_sentence, lex: Lexicon) -> dict[str, str]:
    named: set[str] = set()
    for _, _, spans in per_sentence:
        for sp in spans:
            for ref in (sp.ref, sp.affil):
                if ref in lex.countries:
                    named.add(ref)
                elif ref in lex.organizations and lex.organizations[ref].country:
                    named.add(lex.organizations[ref].country)  # حكومة الوحدة الوطنية الليبية
    out = {}
    for city, states in _SHARED_CITY_NAMES.items():
        present = [c for c in states if c in named]
        if len(present) == 1:
            out[city] = present[0]
    return out


def _shared_city_spans(words: list[Word], taken: set[int], shared: dict[str, str]) -> list[Span]:
    out: list[Span] = []
    if not shared:
        return out
    ends = tuple(shared)
    for w in words:
        if not w.norm.endswith(ends) or w.index in taken:  # (a clitic is a prefix)
            continue
        form = next((f for f in w.forms if f in shared), None)
        if form:
            clitic = w.norm[: len(w.norm) - len(form)] if w.norm.endswith(form) else ""
            out.append(Span(w.index, w.index + 1, "actor", ref=shared[form], type=ActorType.country,
                            clitic=clitic, extra={"capital": True}))
            taken.add(w.index)
    return out


_OWN_STATE = frozenset(normalize(w) for w in ("بلاده", "بلادها", "دولته", "دولتها", "حكومته",
                                               "حكومتها"))


_KINGDOM = frozenset(normalize(w) for w in ("المملكة", "للمملكة", "بالمملكة", "السلطنة", "للسلطنة",
                                             "بالسلطنة"))
_THE_COUNTRY = normalize("البلاد")
_THE_AIRPORT_STATE = "<airport>"  # (a marker, no word: the state of the airport the dateline's city has)
_HEAD_WORDS = frozenset(normalize(w) for w in ("رئيس", "أمير", "ملك", "سلطان", "عاهل", "حاكم"))
_THIS_STATE = frozenset(normalize(w) for w in ("البلاد", "الدولة"))
_THE_STATE = normalize("الدولة")
_AIRPORT = normalize("مطار")


def _airport_unplaced(words: list[Word], k: int, covered: set[int]) -> bool:
    """مطار X الدولي at ``k``: an airport named after no place the text names
    (مطار ديوري هاماني الدولي), its name closed by الدولي within five words."""
    for x in range(k + 1, min(len(words), k + 6)):
        if x in covered or words[x].punct_before:
            return False
        if words[x].norm == "الدولي":
            return x > k + 1
    return False
_OWN_STATE = _OWN_STATE | {normalize("المملكة"), normalize("السلطنة"), _THE_COUNTRY}
_OWN_STATE_ENDS = tuple(_OWN_STATE)
_PARTS_OF_A_COUNTRY = frozenset(normalize(w) for w in (
    "شرق", "غرب", "شمال", "جنوب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "أنحاء", "مناطق", "عموم", "أرجاء"))


_GUEST_HINT = re.compile("ضيف")
_GUEST_WORDS = frozenset(normalize(w) for w in ("ضيفه", "ضيفها"))
# The guest, named by the noun alone (استقبل X الضيف), never as an adjective (الوزير الضيف)
_THE_GUEST = frozenset(normalize(w) for w in ("الضيف", "الضيفة"))


def _guest_mentions(words: list[Word], mentioned: list[Mentioned], found: list[Found],
                    triples: list[Triple], r: ArticleResolver) -> list[Mentioned]:
    """وضيفه / ضيفها: the visitor of the visit just told (in this sentence,
    else before), or the guest of the last reception."""
    covered = {k for m in mentioned for k in range(m.i, m.j)}
    events = [(f.relation, f.subject, f.object) for f in found] + \
        [(t.relation, t.subject, t.object) for t in reversed(triples)]
    guest = next((s if rel is Relation.visit else o for rel, s, o in events
                  if rel in (Relation.visit, Relation.host)
                  and r.actors.get(s if rel is Relation.visit else o) is not None
                  and r.actors[s if rel is Relation.visit else o].type is ActorType.person), None)
    if guest is None:
        return []
    out = []
    for w in words:
        form = next((f for f in w.forms if f in _GUEST_WORDS), None)
        if form is None and w.norm in _THE_GUEST and w.index > 0 and not w.punct_before and (
                ((w.index - 1) in covered and not words[w.index - 1].norm.startswith("ال"))
                or any(t.entry.relation == "host" and t.pos == "verb"
                       for t in r.lex.trigger_forms.get(words[w.index - 1].norm, ()))):
            form = w.norm  # واستقبل الرئيس X الضيف / X، الذي استقبل الضيف: the visitor just told of
        if form and w.index not in covered:
            out.append(Mentioned(w.index, w.index + 1, guest, ActorType.person, _clitic_of(w, form),
                                 r.actors[guest].country))
    return out


_THE_GOVERNMENT = "الحكومة"  # (the institution head as institutions.jsonl writes it)
_HIS_GOVERNMENT = frozenset(normalize(w) for w in ("حكومته", "حكومتها"))


def _government_of(pid: str, r: ArticleResolver) -> str | None:
    """The government (a body named حكومة ...) a person of the article holds an
    office in, if exactly one."""
    person = next((p for p in r.persons if p.id == pid), None)
    if person is None or r.lex is None:
        return None
    govs = {k.split("|", 1)[1] for k in person.roles if "|" in k}
    govs = {g for g in govs if g in r.lex.organizations
            and normalize(r.lex.organizations[g].name).startswith(normalize("حكومة"))}
    if len(govs) != 1:
        return None
    gov = govs.pop()
    if gov not in r.actors:
        r.lexicon_actor(gov, r.lex.actor_head(gov).name)
    return gov


_PREPOSITIONS = frozenset(normalize(w) for w in ("من", "مع", "عن", "لدى", "إلى", "على"))


_STYLED_KIN_HINT = re.compile("(?:سموه|سموها|جلالته|فخامته)")


def _styled_kin_mentions(words: list[Word], mentioned: list[Mentioned], memory: dict) -> list[Mentioned]:
    """The styled person a kin noun's style pronoun names (ولي العهد X نجل جلالته: the
    sultan styled جلالة before), as a mention for the family relation.

    >>> # استقبل جلالة السلطان X ...، بحضور ولي العهد Y نجل جلالته → Y family X
    """
    covered = {k for m in mentioned for k in range(m.i, m.j)}
    out: list[Mentioned] = []
    for w in words[1:]:
        if w.norm not in _STYLE_PRONOUN_SET or w.index in covered or w.punct_before \
                or words[w.index - 1].forms[-1] not in _KIN_NOUNS:
            continue
        styled = (memory.get("styled_before") if (memory.get("styled_at") or {}).get(w.norm, -1) > w.index
                  else memory.get("styled")) or {}
        if (person := styled.get(w.norm)) is not None:
            out.append(Mentioned(w.index, w.index + 1, person[0], ActorType.person, "", person[1]))
    return out


def _governed_mention(words: list[Word], m: Mentioned) -> bool:
    """A preposition governs the mention (من الرئيس X، بالرئيس X)."""
    return m.clitic.lstrip("وف")[:1] in ("ب", "ل") or (0 < m.i and words[m.i - 1].norm in _PREPOSITIONS)


_SAYING_WORDS = _SAYING | _SAYING_PARTICIPLES  # (قال، أكد ... / مؤكدا، مضيفا ...)


def _kingdom_of_speaker(words: list[Word], mentioned: list[Mentioned], k: int, r: ArticleResolver,
                        form: str) -> str | None:
    """The kingdom of the man whose words hold ``k`` (X ...، مؤكدا أن المملكة لن توقع):
    a speaker's bare المملكة is his own, wherever the dispatch comes from.

    >>> # الرياض – وطالب رئيس الحكومة المغربية X ...، مؤكدا أن المملكة → "morocco"
    """
    that = next((x for x in range(k - 1, max(0, k - 4), -1) if words[x].forms[-1] in _THAT), None)
    if that is None or that == 0 or not (words[that - 1].forms[-1] in _SAYING_WORDS
                                         or words[that - 1].norm in _SAYING_WORDS):
        return None
    speaker = next((m for m in mentioned if m.j <= that - 1 and m.type is ActorType.person
                    and not _governed_mention(words, m)), None)
    state = r.actors[speaker.actor].country if speaker is not None and speaker.actor in r.actors else None
    return state if state and _is_kingdom(state, r, form) else None


def _is_kingdom(state: str, r: ArticleResolver, form: str = "المملكه") -> bool:
    """The state is a kingdom (المملكة) or a sultanate (السلطنة), as ``form`` says."""
    c = r.lex.countries.get(state) if r.lex else None
    head = "سلطنه" if "سلطنه" in form else "مملكه"
    return bool(c) and any(normalize(n).startswith((head, "ال" + head)) for n in [c.name, *c.aliases])


_OWN_PARENT = frozenset(normalize(w) for w in ("والده", "والدها", "أبيه", "أبيها", "أباه"))


# Cheap substring tests on a sentence's normalized text before the word scans.
_CHAINED_SAYING = frozenset(normalize(w) for w in (
    "وأكد", "وجدد", "وشدد", "وأعرب", "وأعلن", "مؤكدا", "مجددا", "معربا", "مشددا", "وأكدت", "وجددت",
    "وشددت", "وأعربت", "وأعلنت", "مؤكدة", "مجددة", "معربة", "مشددة"))
_OWN_STATE_HINT = re.compile("بلاد|دول|حكومت|مملكه|سلطنه|الي العاصمه|الي مطار")  # (للمملكة has no ال; الدولة; إلى العاصمة)
_PARENT_HINT = re.compile("والد|ابي|اباه")
_TWO_HOLDERS_HINT = re.compile("رييسا |وزيرا |وزيري ")


def _offices_held(pid: str, date, lex: Lexicon) -> list[str]:
    """The titles the lexicon gives a known person on the article's date (all, undated)."""
    known = lex.people.get(pid)
    if known is None:
        return []
    return [role.title for role in known.roles
            if date is None or role.held_on(date)]


def _parent_mentions(words: list[Word], mentioned: list[Mentioned], triples: list[Triple],
                     r: ArticleResolver) -> list[Mentioned]:
    """والده after a person whose father the article has named (نجله صدام ...
    التقى صدام ووالده): the father, as a mention."""
    if not any(t.relation is Relation.family for t in triples) \
            or not any(w.norm.endswith(("ده", "دها", "يه", "يها", "اه")) for w in words):
        return []
    parents: dict[str, str] = {}
    for t in triples:
        if t.relation is Relation.family and t.role == "son":
            parents[t.object] = t.subject
        elif t.relation is Relation.family and t.role == "father":
            parents[t.subject] = t.object
    out: list[Mentioned] = []
    persons_at = {m.i for m in mentioned if m.type is ActorType.person}
    covered = {k for m in mentioned for k in range(m.i, m.j)}
    for w in words:
        if w.index in covered or (w.index + 1 in persons_at and not words[w.index + 1].punct_before):
            continue  # والده خليفة: the family relation names him itself
        form = next((f for f in w.forms if f in _OWN_PARENT), None)
        if form is None:
            continue
        owner = next((m for m in reversed(mentioned) if m.j <= w.index
                      and m.type is ActorType.person), None)
        parent = parents.get(owner.actor) if owner else None
        if parent and parent in r.actors:
            clitic = w.norm[: len(w.norm) - len(form)] if w.norm.endswith(form) else ""
            out.append(Mentioned(w.index, w.index + 1, parent, ActorType.person, clitic,
                                 r.actors[parent].country))
    return out


_TRIP_NOUNS = tuple(normalize(w) for w in ("زيارة", "زيارته", "زيارتها", "جولة", "جولته", "جولتها"))


def _first_name_words(person_id: str, lex: Lexicon) -> frozenset[str]:
    """The first words of a known person's name and aliases, normalized (once per lexicon)."""
    cache = lex.__dict__.setdefault("_first_name_words", {})
    if person_id not in cache:
        person = lex.people[person_id]
        cache[person_id] = frozenset(normalize(n).split()[0] for n in (person.name, *person.aliases))
    return cache[person_id]


def _appointed_by_foreigner(words: list[Word], i: int, lex: Lexicon, home: str | None) -> bool:
    """The office at word ``i`` is the object of an appointment by a man another state's
    demonym names (أديس أبابا (قنا) - عيّن رئيس الوزراء الإثيوبي X السفيرَ Y وزيرا: Y
    is Ethiopia's ambassador, not the dispatching agency's state's)."""
    k = next((k for k in range(i - 1, max(-1, i - 10), -1) if words[k].forms[-1] in _APPOINTING), None)
    return k is not None and any(h.kind == "demonym" and h.ref != home
                                 for w in words[k + 1:i] for h in lex.phrases.get((w.norm,), ()))


def _trip_abroad_before(words: list[Word], i: int, lex: Lexicon, home: str | None) -> bool:
    """The sentence tells, before word ``i``, a trip to a state other than the
    dispatch's (خلال زيارة الأخير إلى واشنطن)."""
    for k in range(max(0, i - 25), i):
        if not words[k].forms[-1].startswith(_TRIP_NOUNS) and words[k].forms[-1] not in _ARRIVING:
            continue
        for x in range(k + 1, min(i, k + 5)):
            if words[x].norm in ("الي", "لي") and x + 1 < len(words):
                state = next((h.ref for n in (1, 2) if x + 1 + n <= len(words)
                              for h in lex.phrases.get(tuple(w.norm for w in words[x + 1:x + 1 + n]), ())
                              if h.kind in ("actor", "place") and (h.ref in lex.countries)), None)
                if state and state != home:
                    return True
    return False


_LATTER = normalize("الأخير")
_AND_THAT_IT = normalize("وأنه")  # (also وأنها)
_THAT_SUBJECT = frozenset(normalize(w) for w in ("أن", "بأن"))


def _that_it_mentions(words: list[Word], mentioned: list[Mentioned], lex: Lexicon) -> list[Mentioned]:
    """وأنها / وأنه continuing a reported clause: the subject named right after the
    first أن of the sentence (أكد X أن بلاده لا تموّل Y، وأنها تموّل Z → his state).

    >>> # أكد الوزير أن بلاده لا تموّل Y، وأنها تموّل Z → بلاده's state at وأنها
    """
    out: list[Mentioned] = []
    covered = {k for m in mentioned for k in range(m.i, m.j)}
    for w in words:
        if w.norm not in ("وانها", "وانه") or w.index in covered or not w.punct_before \
                or w.index + 1 >= len(words) or not any(
                    tf.pos == "verb" for tf in lex.trigger_forms.get(words[w.index + 1].norm, ())):
            continue  # (وإنها مستعدة: a predicate, read with the clause before)
        that = next((x for x in range(w.index - 1, -1, -1) if words[x].norm in _THAT_SUBJECT), None)
        first = next((m for m in mentioned if that is not None and m.i == that + 1), None)
        if first is not None and first.type in (ActorType.country, ActorType.person, ActorType.organization):
            out.append(Mentioned(w.index, w.index + 1, first.actor, first.type, "", first.country))
    return out
_DONE_BY = {normalize(w) for w in ("بها", "به")}  # (زيارة يقوم بها الأخير: done by the latter)
_NEW_ONE = normalize("الجديد")  # (also the start of الجديدة)


def _new_holder_mentions(words: list[Word], mentioned: list[Mentioned], triples: list[Triple],
                         r: ArticleResolver, lex: Lexicon) -> list[Mentioned]:
    """An office with الجديد (الوزير الجديد، السفيرة الجديدة) after an
    appointment the article told: the person just appointed.

    >>> # عيّن X الدبلوماسي Y وزيرا للداخلية. واستقبل X الوزير الجديد → Y
    """
    appointments = [t for t in reversed(triples) if t.relation is Relation.appoint
                    and not t.negated and r.actors[t.object].type is ActorType.person]
    if not appointments:
        return []
    covered = {k for m in mentioned for k in range(m.i, m.j)}
    out: list[Mentioned] = []
    for w in words[1:]:
        end = w.index  # where the title ends (before its state's adjective: رئيس الوزراء الكويتي الجديد)
        if end >= 3 and not words[end - 1].punct_before and (end - 1) not in covered and any(
                h.kind == "demonym" and r.actors[appointments[0].object].country in (None, h.ref)
                for h in lex.phrases.get((words[end - 1].norm,), ())):
            end -= 1
        title = words[end - 1]
        if end >= 2 and not w.punct_before and not title.punct_before and any(
                h.kind == "title" for h in lex.phrases.get((words[end - 2].forms[-1], title.norm), ())):
            title = words[end - 2]  # رئيس الوزراء الجديد: a two-word title
        if not w.norm.startswith(_NEW_ONE) or w.index in covered or title.index in covered \
                or w.punct_before or not any(
                    h.kind == "title" for h in lex.phrases.get(tuple(
                        [title.forms[-1]] + [x.norm for x in words[title.index + 1:end]]), ())) \
                or (title.index == end - 1 and not title.forms[-1].startswith("ال")):
            continue
        appointed = next((t.object for t in appointments if _appointed_as(t, title.forms[-1], r)),
                         appointments[0].object)
        out.append(Mentioned(title.index, w.index + 1, appointed, ActorType.person,
                             title.norm[: len(title.norm) - len(title.forms[-1])], r.actors[appointed].country))
    return out


def _appointed_as(appointment: Triple, head: str, r: ArticleResolver) -> bool:
    """The appointee's name is followed, in the appointment's sentence, by the
    office ``head`` in the accusative (Y رئيساً لحكومة ...; not بن حبتور عضواً).

    >>> # عيّن X Y رئيساً للحكومة … رئيس الحكومة الجديد → Y (not Z named عضواً after)
    """
    tokens = re.findall(r"\w+", normalize(appointment.evidence.text))
    lasts = {normalize(a).split()[-1] for a in r.actors[appointment.object].aliases if a.strip()}
    return any((tok in lasts or tok[1:] in lasts) and k + 1 < len(tokens) and role_accusative(tokens[k + 1])
               and tokens[k + 1][:-1] == head for k, tok in enumerate(tokens))


_NATIONAL_HINT = re.compile("(?:الضيف|الزاير|المسوول|ضيفه|ضيفها|ضيفت|المبعوث|الموفد)")
# المبعوث الأممي / الموفد الأمريكي with no name: only a man introduced as an envoy.
_ENVOY_NOUNS = frozenset(normalize(w) for w in ("المبعوث", "المبعوثة", "الموفد", "الموفدة"))
_ENVOY_ROLES = ("مبعوث", "موفد", "ممثل")


def _envoy_role(role: str | None) -> bool:
    """An affiliation's role is an envoy's (المبعوث الخاص، الممثل الشخصي، موفد)."""
    return any(x in normalize(role or "") for x in _ENVOY_ROLES)


_HOSTESS_HINT = normalize("مضيف")


def _host_mentions(words: list[Word], mentioned: list[Mentioned], meeting: list[Mentioned]) -> list[Mentioned]:
    """مضيفه / مضيفته ("his host") with no name: the host of the article's last
    reception, when its guest is a person (... أن يعقد الوزير الأول جلسة مباحثات
    مع مضيفته → the prime minister who received him)."""
    host = meeting[0] if len(meeting) == 2 and meeting[0].type is ActorType.person \
        and meeting[1].type is ActorType.person and meeting[0].actor != meeting[1].actor else None
    covered = {k for m in mentioned for k in range(m.i, m.j)}
    return [Mentioned(w.index, w.index + 1, host.actor, ActorType.person, _clitic_of(w, form), host.country)
            for w in words if host is not None and w.index not in covered
            and (form := next((f for f in w.forms if f in _HOST_OF_HIM), None)) is not None]


def _national_mentions(words: list[Word], mentioned: list[Mentioned], r: ArticleResolver,
                       triples: list[Triple], named_before: set[str]) -> list[Mentioned]:
    """الضيف الإيراني / المسؤول الإيراني with no name: the one person of that state
    the article names before it (كان الأعرجي في استقبال المسؤول الإيراني → Larijani);
    nobody when it names two, or only one after it (محادثات مع المسؤول الصيني، الذي نقل
    إليه رسالة من الرئيس X: not X). المسؤول الأممي / الأوروبي: the one person serving that body.

    >>> # ... الإيراني علي لاريجاني ... في استقبال المسؤول الإيراني → ly_laryjany
    """
    out: list[Mentioned] = []
    covered = {k for m in mentioned for k in range(m.i, m.j)}
    for w in words[:-1]:
        form = next((f for f in w.forms if f in _GUEST_NOUNS or f in _ENVOY_NOUNS), None)
        nxt = words[w.index + 1]
        if form is None or w.index in covered or (w.index + 1) in covered or nxt.punct_before:
            continue
        state = next((h.ref for h in r.lex.phrases.get((nxt.forms[-1],), ())
                      if h.kind == "demonym" and h.number == "sg"), None)
        people = {a.id for a in r.actors.values() if a.type is ActorType.person and a.country == state}
        if form in _ENVOY_NOUNS:  # (المبعوث الأممي: the envoy named before, never another man of the body)
            envoys = {t.subject for t in triples if t.relation is Relation.affiliated_with and _envoy_role(t.role)}
            people &= envoys
            named_before = named_before & envoys
        if state and len(people) == 1 and not (people & named_before) and not any(
                m.actor in people and m.j <= w.index for m in mentioned):
            continue  # the one man of that state is named only after it: someone else, unnamed
        if state and len(people) == 1:
            out.append(Mentioned(w.index, w.index + 2, people.pop(), ActorType.person, _clitic_of(w, form), state))
            continue
        body = _BODY_ADJECTIVES.get(nxt.forms[-1]) if state is None else None
        servants = {t.subject for t in triples if body and t.relation is Relation.affiliated_with
                    and (t.object == body or getattr(r.lex.organizations.get(t.object), "part_of", None) == body)
                    and t.subject in r.actors
                    and r.actors[t.subject].type is ActorType.person
                    and (form not in _ENVOY_NOUNS or _envoy_role(t.role))}
        if len(servants) == 1:  # واتفق الوزير والمسؤول الأممي: the one man of the UN (or its agencies) named before
            pid = servants.pop()
            out.append(Mentioned(w.index, w.index + 2, pid, ActorType.person, _clitic_of(w, form),
                                 r.actors[pid].country))
    return out


_ITS_ARMY_HINT = re.compile(normalize("وجيش|وقوات"))
# وجيشه / وقواته المسلحة after a state: its army (the institution's head, its words).
_ITS_ARMY = {(normalize(w),): "الجيش" for w in ("وجيشه", "وجيشها")} | {
    (normalize(w), normalize("المسلحة")): "القوات المسلحة" for w in ("وقواته", "وقواتها")}


def _its_army_mentions(words: list[Word], mentioned: list[Mentioned], r: ArticleResolver,
                       lex: Lexicon) -> list[Mentioned]:
    """وجيشه / وقواته المسلحة right after a state (دعم فرنسا للبنان وجيشه): that
    state's army.

    >>> # دعم فرنسا الكامل للبنان وجيشه → lebanon_army
    """
    out: list[Mentioned] = []
    ends = {m.j: m for m in mentioned if m.type is ActorType.country}
    for w in words:
        state = ends.get(w.index)
        if state is None or w.punct_before or state.actor not in lex.countries:
            continue
        n, head = next(((len(k), h) for k, h in _ITS_ARMY.items() if tuple(
            x.norm for x in words[w.index:w.index + len(k)]) == k), (0, None))
        inst = next((x for x in lex.institutions if x.head == head), None) if head else None
        if inst is None or any(x.punct_before for x in words[w.index + 1:w.index + n]):
            continue
        c = lex.countries[state.actor]
        ending = "ة" if inst.gender == "f" else ""  # (الجيش اللبناني، القوات المسلحة السودانية)
        surface = f"{inst.head} ال{c.demonym}{ending}" if c.demonym else f"{inst.head.removeprefix('ال')} {c.name}"
        army = r.organization(f"{inst.head}|{state.actor}", surface, inst.name_en.format(country=c.name_en),
                              state.actor, surface)
        out.append(Mentioned(w.index, w.index + n, army, ActorType.organization, "و", state.actor))
    return out


def _latter_mentions(words: list[Word], mentioned: list[Mentioned], previous: list[Mentioned]) -> list[Mentioned]:
    """الأخير standing alone as a noun phrase ("the latter": الاتفاق الذي وقعه
    الأخير مع Y) is the person named last before it — not the adjective of a
    noun (الأسبوع الأخير، في الاجتماع الأخير).

    >>> # التقى X قائد قسد Z لبحث الاتفاق الذي وقعه الأخير مع Y → Z
    """
    out: list[Mentioned] = []
    covered = {k for m in mentioned for k in range(m.i, m.j)}
    for w in words:
        if w.forms[-1] != _LATTER or w.index in covered or w.index == 0:
            continue
        before = words[w.index - 1]
        if before.index in covered or before.forms[-1].startswith("ال") or (
                before.norm in STOP_WORDS and before.norm not in _DONE_BY):
            continue  # (الاجتماع الأخير، ... X الأخير: an adjective; في الأخير: "finally"; but زيارة يقوم بها الأخير)
        person = next((m for m in sorted(mentioned, key=lambda m: m.i, reverse=True)
                       if m.j <= w.index and m.type is ActorType.person), None) \
            or next((m for m in reversed(previous) if m.type is ActorType.person), None)
        if person is not None:
            out.append(Mentioned(w.index, w.index + 1, person.actor, ActorType.person,
                                 w.norm[: len(w.norm) - len(w.forms[-1])], person.country))
    return out


def _visited_here(words: list[Word], k: int, lex: Lexicon, by_verb: bool) -> bool:
    """Word ``k`` is where a visit goes: right after a visit verb (يزور الدولة, when
    ``by_verb``), or after إلى that follows a visit word within three words
    (وصل إلى العاصمة، بزيارة عمل إلى الدولة)."""
    def visit_word(x: Word) -> bool:
        return any(tf.entry.relation == "visit" for f in x.forms for tf in lex.trigger_forms.get(f, ()))
    if by_verb and k > 0 and not words[k - 1].forms[-1].startswith("ال") and visit_word(words[k - 1]):
        return True
    if words[k].norm.startswith("لل") and not words[k].punct_before and any(
            visit_word(words[x]) and not any(words[y].punct_before for y in range(x + 1, k + 1))
            for x in range(max(0, k - 3), k)):
        return True  # في مستهل زيارته الرسمية للدولة: ل, as إلى, names where the visit goes
    return k > 1 and words[k - 1].norm == "الي" and not words[k - 1].punct_before and any(
        visit_word(words[x]) and not any(words[y].punct_before for y in range(x + 1, k))
        for x in range(max(0, k - 4), k - 1))


def _own_state_mentions(words: list[Word], mentioned: list[Mentioned], previous: list[Mentioned],
                        r: ArticleResolver) -> list[Mentioned]:
    """بلاده / دولتها: the state of the person named last before it (in this
    sentence, else the one before), when that person's state is known:
    قال وزير الخارجية الإيراني ... إن بلاده ستتعاون مع X → Iran."""
    out: list[Mentioned] = []
    if not any(w.norm.endswith(_OWN_STATE_ENDS) or not _OWN_STATE.isdisjoint(w.forms)
               or w.forms[-1] in (_THE_STATE, _THE_CAPITAL) or w.norm == _AIRPORT
               or (w.norm.startswith("لل") and _THE_STATE in w.forms) for w in words):  # (لل + البلاد: للبلاد)
        return out
    covered = {k for m in mentioned for k in range(m.i, m.j)}
    for w in words:
        if w.index in covered:
            continue
        form = next((f for f in w.forms if f in _OWN_STATE), None)
        if form is None and getattr(r, "home", None) and (w.forms[-1] == _THE_STATE or w.norm == _THE_CAPITAL or (
                w.norm.startswith("لل") and _THE_STATE in w.forms)) \
                and (w.index + 1 >= len(words) or words[w.index + 1].punct_before
                     or not words[w.index + 1].norm.startswith("ال")) and (w.index + 1) not in covered \
                and _visited_here(words, w.index, r.lex, by_verb=w.forms[-1] == _THE_STATE):
            # الذي يزور الدولة حاليا، يقوم بزيارة عمل إلى الدولة (WAM), وصل إلى العاصمة: the dispatch's own
            form = _THE_COUNTRY
        airport_home = getattr(r, "home", None) or getattr(r, "dispatch_state", None)
        if form is None and airport_home and w.norm == _AIRPORT and _airport_unplaced(words, w.index, covered) \
                and _visited_here(words, w.index, r.lex, by_verb=False) and not any(
                    m.type in (ActorType.country, ActorType.location) and (m.country or m.actor) != airport_home
                    for m in mentioned if m.i < w.index and m.i > 0):
            # (حل X بالجزائر، حيث كان في استقباله لدى وصوله إلى مطار ... الدولي: that city's, not the dispatch's)
            # نيامي - ... لدى وصولهما إلى مطار ديوري هاماني الدولي: an airport of the dispatch's city
            # (دار السلام - with no agency: a correspondent's city is still where the plane landed)
            form = _THE_AIRPORT_STATE
        if form is None:
            continue
        if form == _HIS_STYLE and w.index > 0 and words[w.index - 1].forms[-1] in _STYLE_PRONOUN_SET:
            continue  # وعقد سموه ودولته جلسة مباحثات: "His Excellency" (a prime minister), not "his state"
        if form == _HIS_STYLE and w.norm != form and any(
                words[k].forms[-1] in _CABLE_WORDS for k in range(max(0, w.index - 4), w.index)):
            continue  # برقيتي تهنئة مماثلتين لدولته: to "His Excellency", the prime minister addressed before
        before = [m for m in mentioned if m.j <= w.index] or previous
        if form == _THE_COUNTRY and w.index > 0 and words[w.index - 1].forms[-1] in _HEAD_WORDS:
            continue  # ملك البلاد: part of a title, not a party
        if form == _THE_COUNTRY and w.index > 0 and words[w.index - 1].forms[-1] in _PARTS_OF_A_COUNTRY:
            continue  # اتفاق سلام في شرق البلاد: a region of whichever state is told of, no party
        if form == _THE_AIRPORT_STATE:
            state, form = airport_home, _THE_COUNTRY
        elif form == _THE_COUNTRY:
            state = getattr(r, "home", None)  # وصل إلى البلاد: the dateline's state
        elif form in _KINGDOM:
            # المملكة alone: the kingdom named or served just before (a state
            # whose names include المملكة ...)
            kingdoms = [c for c in (m.country or (m.actor if m.type is ActorType.country else None)
                                    for m in [*previous, *before][::-1]) if c and _is_kingdom(c, r, form)]
            home = getattr(r, "home", None)
            speaker = _kingdom_of_speaker(words, mentioned, w.index, r, form)
            if speaker:
                state = speaker  # (الرياض – طالب أخنوش ...، مؤكدا أن المملكة لن توقع: his own kingdom)
            elif home and _is_kingdom(home, r, form) and (home in _ARAB_LEAGUE or not any(c in _ARAB_LEAGUE for c in kingdoms)):
                state = home  # زيارة رسمية للمملكة in a dispatch from Riyadh
            else:
                # (بروكسل (أ ف ب) – زيارة الملك عبدالله الثاني إلى بلجيكا ... وصفت المملكة: the
                # Arabic press's bare المملكة is an Arab kingdom whenever one is in play)
                state = next((c for c in kingdoms if c in _ARAB_LEAGUE), next(iter(kingdoms), None))
        else:
            persons = [m for m in reversed(before) if m.type is ActorType.person]
            other_gender = "m" if form.endswith("ها") else "f"
            agreeing = [m for m in persons if not (any(m is x for x in mentioned) and m.i < len(words)
                                                   and _word_gender(words[m.i], r.lex) == other_gender)]
            if agreeing and len(agreeing) < len(persons):
                persons = agreeing
            if not form.endswith("ها") and any(m.actor in r.women for m in persons) \
                    and any(m.actor not in r.women for m in persons):
                # ولم تلتق X (a woman introduced before) بـY، بعد انتقاد البعثة لحكومته: his, Y's
                persons = [m for m in persons if m.actor not in r.women]
            women = [m for m in persons if any(m is x for x in mentioned) and m.i < len(words)
                     and _word_gender(words[m.i], r.lex) == "f"] if form.endswith("ها") else []
            if women:
                # التقت الوزيرة X الأمين العام Y، الذي أشاد بقيادة بلادها: "her" state, not his
                persons = women
            # (أكد X، خلال اتصال تلقاه من Y، وقوف بلاده: X's, not the one after من)
            person = next((m for m in persons if not (m in mentioned and _governed_mention(words, m))),
                          None) or next(iter(persons), None)
            aside = [m for m in persons if any(m is x for x in mentioned) and m.j <= w.index
                     and _inside_aside(words, m, w.index)]
            if aside and person in aside:
                # أكد X، خلال استقباله Y، استعداد بلاده: Y is named inside an aside
                person = next((m for m in persons if m not in aside
                               and not (m in mentioned and _governed_mention(words, m))), person)
            if persons and any(words[k].norm in _CHAINED_SAYING for k in range(max(0, w.index - 3), w.index)):
                # التقى X السفير Y، وأكد دعم بلاده لـ Z: "he" goes on as the subject of the
                # sentence (its first person), not the object just named
                person = next((m for m in persons[::-1] if not (m in mentioned and _governed_mention(words, m))),
                              person)
            if w.index >= 2 and words[w.index - 2].forms[-1] in (_LATTER, _LATTER + "ه") and persons \
                    and not words[w.index - 1].punct_before and not words[w.index].punct_before:
                person = persons[0]  # جدّد خلالها الأخير دعم بلاده: the latter's state
            state = r.actors[person.actor].country if person and person.actor in r.actors else None
            unnamed = _unnamed_titled_state(words, covered, person.j if person in mentioned else 0,
                                            w.index, r, feminine=form.endswith("ها"))
            if unnamed and unnamed != state:
                # ... Y. وأعلنت الوزيرة الهولندية تقديم بلادها: the Dutch minister's state,
                # not the last named person's
                state, person = unnamed, None
            government = _government_of(person.actor, r) if person and form in _HIS_GOVERNMENT else None
            if government:
                clitic = _clitic_of(w, form)  # حكومته: the government he heads or serves
                out.append(Mentioned(w.index, w.index + 1, government, ActorType.organization,
                                     clitic, state, own=True))
                continue
        if state:
            clitic = _clitic_of(w, form)  # (للبلاد: لل)
            out.append(Mentioned(w.index, w.index + 1, state, ActorType.country, clitic, state))
    return out


# فيما جددت الضيفة الكوبية إدانة بلادها: the guest, named by her state's adjective
_GUEST_NOUNS = frozenset(normalize(w) for w in ("الضيف", "الضيفة", "الزائر", "الزائرة", "المسؤول", "المسؤولة",
                                                 "ضيفه", "ضيفها", "ضيفته", "ضيفتها"))  # (استقبل X ضيفه المغربي)


def _unnamed_titled_state(words: list[Word], covered: set[int], start: int, end: int,
                          r: ArticleResolver, feminine: bool) -> str | None:
    """The state of a title with a demonym and no name (الوزيرة الهولندية) standing
    between ``start`` and ``end``: the speaker a later بلادها refers to. The title
    agrees with the pronoun and no preposition governs it (لنظيره الفرنسي is not).

    >>> # وأعلنت الوزيرة الهولندية تقديم بلادها ...  → "netherlands"
    """
    for k in range(end - 1, start - 1, -1):
        title = next((f for f in words[k].forms if words[k].norm in (f, "و" + f) and (f in _GUEST_NOUNS or any(
            h.kind == "title" and h.number != "pronoun" for h in r.lex.phrases.get((f,), ())))), None)
        if k in covered or title is None:
            continue
        if title.endswith("ه") != feminine:
            return None
        if any(words[y].norm in _CHAINED_SAYING for y in range(k + 1, end)):
            return None  # هنأ X العاهلَ المغربي، مجددا دعم بلاده: the title is the object; X goes on
        for x in range(k + 1, min(end, k + 6)):
            if x in covered or words[x].punct_before:
                break
            dem = next((h.ref for h in r.lex.phrases.get((words[x].forms[-1],), ())
                        if h.kind == "demonym" and h.number == "sg"), None)
            if dem:
                return dem
        return None
    return None


# Head nouns by which a group named in full is referred to later (الجماعة، الحركة).
_GROUP_HEADS = frozenset(normalize(w) for w in ("جماعة", "حركة", "تنظيم", "ميليشيا", "جبهة", "حزب", "تحالف",
                                                "صندوق", "حلف", "مجموعة", "منظمة", "وكالة",
                                                "جامعة", "اتحاد", "مجلس", "مفوضية", "بعثة", "هيئة", "بنك",
                                                "مصرف", "محكمة", "برنامج"))


_GROUP_WORDS = frozenset("ال" + h for h in _GROUP_HEADS)


def _register_short_forms(ref: str, lex: Lexicon, short_orgs: dict[tuple[str, ...], str],
                          groups_here: dict[str, set[str]] | None = None) -> None:
    """Once a body is named in full (الجيش الوطني الليبي), its name without the
    closing demonym (الجيش الوطني) refers to it for the rest of the article;
    a short form two bodies share refers to neither (nor does الحركة after two
    movements named in one sentence, ``groups_here``)."""
    org = lex.organizations[ref]
    head = normalize(org.name).split()[0]
    head = head[2:] if head.startswith("ال") else head  # (البنك الدولي: البنك)
    if head in _GROUP_HEADS:
        # جماعة الحوثي ... فرض عقوبات على الجماعة: the group named last
        named = groups_here.setdefault(head, set()) if groups_here is not None else set()
        named.add(ref)
        short_orgs[("ال" + head,)] = ref if len(named) == 1 else ""
    parent = lex.organizations.get(org.part_of) if org.part_of else None
    if parent is not None:
        # بعثة الأمم المتحدة للدعم في ليبيا ... جهود البعثة الأممية: the UN's
        # "mission" is the one mission named, not the whole organization
        for alias in parent.aliases:
            words = normalize(alias).split()
            if len(words) >= 2 and words[0] == "ال" + head:
                short_orgs[tuple(words)] = "" if short_orgs.get(tuple(words), ref) != ref else ref
    for name in [org.name, *org.aliases]:
        words = normalize(name).split()
        if len(words) >= 3 and words[1] == "اقليم":
            # حكومة إقليم كردستان ... رئيس حكومة الإقليم: the region named before
            short_orgs.setdefault((words[0], "الاقليم"), ref)
            short_orgs.setdefault(("الاقليم",), ref)  # (دعم جهود التنمية في الإقليم: the region's government)
        if len(words) >= 3 and words[0].startswith("ال") and words[1].startswith("ال") \
                and words[1].endswith(("ي", "يه")) and words[2].startswith("ل") and not words[2].startswith("ال"):
            short = tuple(words[:2])  # اللجنة الدولية للصليب الأحمر ... بعثة اللجنة الدولية
        elif len(words) < 3 or not any(h.kind == "demonym" for h in lex.phrases.get((words[-1],), ())):
            continue
        else:
            short = tuple(words[:-1])
        if any(h.kind == "actor" for h in lex.phrases.get(short, ())):
            continue  # the short form names a body of its own
        if short_orgs.get(short, ref) != ref:
            short_orgs[short] = ""  # two bodies: ambiguous
        else:
            short_orgs[short] = ref


_SHORT_HEADS = ORG_HEADS | _BODY_NOUNS  # (البرنامج، الصندوق: a body's head noun alone)


def _short_form_affiliations(spans: list[Span], words: list[Word],
                             short_orgs: dict[tuple[str, ...], str],
                             sentence_spans: list[Span] | None = None,
                             unknown_heads: set[str] | frozenset[str] = frozenset()) -> None:
    """المديرة العامة للصندوق X، الأمين العام للمجلس X: a title whose body is
    the short form of one named in full before gives the person that body (not
    when a body no list knows shares its head noun: رئيس الهيئة after هيئة X
    الإندونيسية and الهيئة العامة للغذاء والدواء may be either)."""
    for sp in spans:
        if sp.kind == "person" and sp.affil_kind == "neworg" and "company" not in sp.extra \
                and short_orgs.get(tuple(sp.affil.split())):  # (a body named in full just before wins)
            # رئيس حكومة الإقليم X: a body named in full before
            sp.affil, sp.affil_kind = short_orgs[tuple(sp.affil.split())], "organization"
            continue
        if sp.kind != "person" or sp.affil or not sp.role or sp.title is None:
            continue
        n_role = len(sp.role.split())
        for w in words[sp.i + 1:sp.i + n_role]:
            # للصندوق (لل + الصندوق) or, in construct, رئيس البنك
            form = "ال" + w.norm[w.norm.index("لل") + 2:] if w.norm.startswith(("لل", "ولل")) else w.norm
            ref = short_orgs.get((form,)) if form.startswith("ال") else None
            if ref is None and form == _THE_REGION:
                ref = short_orgs.get((_GOVERNMENT_NOUN, form))  # إقليم كردستان ... رئيس الإقليم X: its government
            if ref and any(form[2:] in x.forms and not any(o.i <= x.index < o.j for o in (sentence_spans or spans))
                           for x in words[max(0, sp.i - 12):sp.i]):
                break  # وفدا من حزب مستقبل وطن برئاسة الأمين العام للحزب X: a nearer body of that kind
            if ref and form[2:] in unknown_heads:
                break
            if ref:
                sp.affil, sp.affil_kind = ref, "organization"
                break


def _company(sp: Span, doc: Doc, sentence: Sentence, words: list[Word]) -> tuple[str, str]:
    """(resolver key, name) of a company named in full, without the quotes it was
    written in (شركة «النجمة الساطعة» → شركة النجمة الساطعة، شركة (بترودار) → شركة بترودار)."""
    a, b = sp.extra["org_words"]
    name = _original(doc, sentence, words, a, b, sp.clitic)
    name = re.sub("[\u064B-\u0652]", "", name)  # (الاتحادَ الكويتي: the case ending is no part of the name)
    return f"new|{sp.name}", " ".join(name.translate(str.maketrans("", "", "«»“”\"()")).split())


def _company_short_spans(words: list[Word], taken: set[int],
                         companies: dict[str, tuple[str, str]]) -> list[Span]:
    """الشركة / المجموعة / البنك alone, after a company of that kind was named in full
    in an earlier sentence (مجموعة البوادي القابضة ... وتربط المجموعة شراكة مع Y): that
    company — not when an adjective follows (الشركة الصينية may be another one)."""
    out: list[Span] = []
    if not companies:
        return out
    for w in words:
        form = next((f for f in w.forms if f in companies), None)
        if form is None or w.index in taken:
            continue
        nxt = words[w.index + 1] if w.index + 1 < len(words) else None
        if nxt is not None and not nxt.punct_before and nxt.norm.startswith("ال"):
            continue  # الشركة الصينية، البنك المركزي: a description, perhaps of another body
        clitic = w.norm[: len(w.norm) - len(form)] if w.norm.endswith(form) else ""
        out.append(Span(w.index, w.index + 1, "organization", type=ActorType.organization, clitic=clitic,
                        name=form, extra={"company": companies[form]}))
        taken.add(w.index)
    return out


_ARMY_HEAD = normalize("الجيش")
_ARMY_COMMANDERS = frozenset(normalize(w) for w in ("قائد", "القائد", "رئيس", "أركان", "قيادة", "لقائد", "وقائد"))


def _register_army(spans: list[Span], armies: dict[str, Span | None], lex: Lexicon) -> None:
    """Remember the army a sentence names in full (الجيش السوداني، قائد الجيش
    اللبناني X), for a later bare الجيش; two states' armies make it nobody's."""
    for sp in spans:
        if sp.kind == "organization" and sp.institution is not None \
                and normalize(sp.institution.head) == _ARMY_HEAD and sp.affil_kind == "country":
            army = sp
        elif sp.affil_kind == "institution" and normalize(sp.affil.split("|")[0]) == _ARMY_HEAD:
            head, country = sp.affil.split("|")
            inst = next(x for x in lex.institutions if x.head == head)
            army = Span(sp.i, sp.j, "organization", type=ActorType.organization, affil=country,
                        affil_kind="country", institution=inst,
                        name_en=inst.name_en.format(country=lex.countries[country].name_en))
        else:
            continue
        known = armies.get(_ARMY_HEAD, army)
        armies[_ARMY_HEAD] = army if known is not None and known.affil == army.affil else None


def _army_short_spans(words: list[Word], taken: set[int], armies: dict[str, Span | None]) -> list[Span]:
    """A bare الجيش after one state's army was named in full (الجيش السوداني ...
    غير أن الجيش نفى): that army. Not before an adjective (الجيش الوطني، الجيش
    الإسرائيلي), nor after a commander's title."""
    army = armies.get(_ARMY_HEAD)
    if army is None:
        return []
    out: list[Span] = []
    for w in words:
        if w.index in taken or w.forms[-1] != _ARMY_HEAD:
            continue
        nxt = words[w.index + 1] if w.index + 1 < len(words) else None
        if nxt is not None and not nxt.punct_before and nxt.norm.startswith(("ال", "وال")):
            continue  # (الجيش الإسرائيلي، الجيش الوطني: another army, or this one named again)
        if w.index > 0 and not w.punct_before and words[w.index - 1].norm in _ARMY_COMMANDERS:
            continue  # (قائد الجيش: a title)
        clitic = w.norm[: len(w.norm) - len(_ARMY_HEAD)] if w.norm.endswith(_ARMY_HEAD) else ""
        out.append(Span(w.index, w.index + 1, "organization", type=ActorType.organization, ref="",
                        affil=army.affil, affil_kind="country", institution=army.institution,
                        clitic=clitic, name=_ARMY_HEAD, name_en=army.name_en))
        taken.add(w.index)
    return out


def _short_org_spans(words: list[Word], taken: set[int],
                     short_orgs: dict[tuple[str, ...], str]) -> list[Span]:
    out: list[Span] = []
    firsts = {short[0] for short, ref in short_orgs.items() if ref}
    starts = [w.index for w in words if not firsts.isdisjoint(w.forms)] if firsts else []
    if not starts:
        return out
    for short, ref in short_orgs.items():
        if not ref:
            continue
        n = len(short)
        for i in starts:
            if i + n > len(words) or any(k in taken for k in range(i, i + n)) \
                    or short[0] not in words[i].forms:
                continue
            if any(words[i + k].norm != short[k] or words[i + k].punct_before for k in range(1, n)):
                continue
            if n == 1 and i + 1 < len(words) and words[i + 1].norm.startswith("ال") \
                    and words[i + 1].norm.endswith(("ي", "يه")) and not words[i + 1].punct_before:
                continue  # المجلس الوطني، المجلس الأعلى: another body, named by its adjective
            first = words[i]
            clitic = first.norm[: len(first.norm) - len(short[0])] if first.norm.endswith(short[0]) else \
                first.norm[: len(first.norm) - len(short[0]) + 2] if short[0].startswith("ال") \
                and first.norm.endswith("ل" + short[0][2:]) else ""  # (للحركة: ل + الحركة, its alif elided)
            out.append(Span(i, i + n, "actor", ref=ref, type=ActorType.organization, clitic=clitic))
            taken.update(range(i, i + n))
    return out


def _triple(doc: Doc, sentence: Sentence, words: list[Word], f: Found,
            date: dt.date | None) -> Triple:
    i, j = f.trigger
    ts, te = sentence.char_span(words[i].start, words[j - 1].end)
    ev = Evidence(article=doc.article, sentence_index=sentence.index, start=sentence.start,
                  end=sentence.end, text=sentence.text, trigger=doc.text[ts:te],
                  trigger_start=ts, trigger_end=te)
    return Triple(article=doc.article, subject=f.subject, relation=f.relation,
                  object=f.object, negated=f.negated, hypothetical=f.hypothetical,
                  role=f.role, domain=f.domain, location=f.location, date=date, evidence=ev)


_BACKING = frozenset({Relation.support, Relation.cooperate, Relation.ally})


# Verbs that give a view or a charge, not a fact (معتبراً أن X تواصل دعم Y): the flags'
# accusing and claiming verbs, and those of a view.
_CLAIM_CUES = _ACCUSING | _CLAIMS | frozenset(normalize(w) for w in (
    "اعتبر", "اعتبرت", "معتبرا", "معتبرة", "معتبرين", "يعتبر", "تعتبر"))


# نقلت صحيفة / أفادت قناة / ذكرت مصادر ... أن: a report of what an outlet or a source says.
_REPORT_FRAME = re.compile(r"^(?:\S+\s+){0,6}?(?:و?(?:نقلت|نقل|ذكرت|ذكر|افادت|افاد|اوردت|اورد|كشفت|كشف|قالت)\s+)"
                           r"(?:\S+\s+){0,5}?(?:صحيفه|قناه|وكاله|موقع|مصادر|مصدر|وسايل|هييه|تقارير|مراسل)\b")
# غير أن المتحدث سارع إلى نفي الخبر / نفت الوزارة ذلك / كذّب صحة التقارير: the report denied.
_REPORT_DENIED = re.compile(r"\b(?:و?نفي|و?نفت|ينفي|تنفي|نفوا|و?كذب|و?كذبت|و?فند|و?فندت)\s+"
                            r"(?:الخبر|ذلك|الانباء|التقارير|النبا|صحه|هذه الانباء|هذه التقارير|تلك الانباء)\b")


def _denied_reports(triples: list[Triple], doc: Doc) -> list[Triple]:
    """What an outlet reported (نقلت صحيفة ... أن X التقى Y) and the next sentence
    reports denied (غير أن المتحدث سارع إلى نفي الخبر) did not happen, as far as
    the article tells: negated (ONTOLOGY: a triple the text denies).

    >>> # نقلت صحيفة أن X التقى Y. غير أن المتحدث نفى الخبر → meet(X, Y), negated
    """
    sentences = doc.sentences
    denied = {i - 1 for i, sent in enumerate(sentences) if i > 0 and _REPORT_DENIED.search(sent.norm)}
    if not denied:
        return triples
    out = []
    for t in triples:
        i = t.evidence.sentence_index
        if i in denied and not t.negated and t.relation not in (Relation.affiliated_with, Relation.family) \
                and _REPORT_FRAME.search(sentences[i].norm):
            t = t.model_copy(update={"negated": True})
        out.append(t)
    return out


def _denied_claims(triples: list[Triple], r: ArticleResolver) -> list[Triple]:
    """A relation someone claims (معتبراً أن أبوظبي تواصل دعم Y) that the article
    then reports denied (نفت الخارجية الإماراتية تقديم أي دعم لـ Y: a state's body
    denies for it) is a claim, not a fact: hypothetical."""
    def side(t: Triple) -> tuple[str, str, str]:
        a = r.actors.get(t.subject)
        s = a.country if a is not None and a.type is ActorType.organization and a.country else t.subject
        return s, t.relation.value, t.object

    denied = {side(t): t.evidence.sentence_index for t in triples if t.negated}
    if not denied:
        return triples
    out = []
    for t in triples:
        ev = t.evidence
        if not t.negated and not t.hypothetical and denied.get(side(t), ev.sentence_index) != ev.sentence_index \
                and ev.trigger_start is not None \
                and not _CLAIM_CUES.isdisjoint(normalize(ev.text[:max(0, ev.trigger_start - ev.start)]).split()):
            t = t.model_copy(update={"hypothetical": True})
        out.append(t)
    return out


def _backs_own_state(t: Triple, r: ArticleResolver, affiliations: set[tuple[str, str]]) -> bool:
    """A person does not support, cooperate with or ally with his own state, nor
    host, meet, visit or oppose his own body, nor host, meet or visit his own state, nor a state's body visit it: such an edge
    comes from a masdar whose doer lies elsewhere (أجرى X مفاوضات أفضت إلى اتفاق يقضي بتزويد كييف ...: Kyiv is
    supplied, not by its own envoy).

    >>> # support(Ukrainian envoy, Ukraine) → True
    """
    subject = r.actors.get(t.subject)
    if t.relation in (Relation.visit, Relation.support) and subject is not None \
            and subject.type is ActorType.organization \
            and subject.country is not None and subject.country == t.object:
        # a state's own body does not visit its state (زيارته إلى الصين read as the NPC's),
        # nor back it (سبل دعم الجيش اللبناني وتمويل إعمار لبنان: the army is who is backed)
        return True
    if t.relation is Relation.visit and subject is not None and subject.type is ActorType.person \
            and (subject.country == t.object or (t.subject, t.object) in affiliations):
        return True  # (وزير الداخلية الأردني X، الذي يزور المملكة: never his own kingdom)
    if t.relation in (Relation.host, Relation.meet, Relation.visit, Relation.oppose) \
            and (t.subject, t.object) in affiliations \
            and r.actors.get(t.object) is not None and r.actors[t.object].type is ActorType.organization:
        return True  # (رئيس المجلس X استقبل وفداً من المجلس: his own body is no guest of his;
        # جدد الأمين العام للمجلس X إدانة المجلس لـ...: the body's own condemnation, not of it)
    if t.relation in (Relation.host, Relation.meet) and (
            ((t.subject, t.object) in affiliations and getattr(r.actors.get(t.object), "type", None) is ActorType.country)
            or ((t.object, t.subject) in affiliations
                and getattr(r.actors.get(t.subject), "type", None) is ActorType.country)):
        return True  # (a man "meeting" the state he serves is a stray reading of another clause)
    if t.relation in _BACKING and ((t.subject, t.object) in affiliations or (
            t.relation.symmetric and (t.object, t.subject) in affiliations)):
        return True  # (رئيس مفوضية الاتحاد الأفريقي X "backs" the AU: another doer's support read as his;
        # استعرض الطرفان: a unit and its own commander are one side, not two)
    return t.relation in _BACKING and subject is not None and subject.type is ActorType.person \
        and subject.country == t.object \
        and r.actors.get(t.object) is not None and r.actors[t.object].type is ActorType.country


_NEXT = frozenset(normalize(w) for w in ("المقبل", "المقبلة", "القادم", "القادمة"))
_TIME_UNITS = frozenset(normalize(w) for w in ("الأسبوع", "الشهر", "العام", "السنة", "الأحد", "الاثنين", "الإثنين",
                                              "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"))


def _names_a_later_time(words: list[str]) -> bool:
    """غدا, or الأسبوع / الشهر / الخميس المقبل (not الدورة المقبلة: the next of something else)."""
    return any(w in _TOMORROW or (w in _NEXT and k > 0 and words[k - 1] in _TIME_UNITS)
               for k, w in enumerate(words))


def _headline_superseded(triples: list[Triple], doc: Doc) -> list[Triple]:
    """A headline's plain present (عراقجي يبدأ جولة تشمل الكويت وقطر) gives way to
    the body's telling of the same edge with its flags (يبدأ ... غداً: planned).

    >>> # headline visit(X, Kuwait) + body visit(X, Kuwait, hypothetical) → the body's only
    """
    first, _, rest = doc.text.lstrip().partition("\n")
    own_line = rest.strip() and not first.rstrip().endswith((".", "؟", "!", ":"))
    body = {(t.subject, t.relation, t.object): (t.negated, t.hypothetical)
            for t in triples if t.evidence.sentence_index > 0
            and (t.negated or _names_a_later_time(normalize(t.evidence.text).split()))}
    # (only a body that says "not" or names a later time: يحل ... اليوم is today's news)
    return [t for t in triples if t.evidence.sentence_index > 0
            or not (own_line or _headline_present(t))
            or body.get((t.subject, t.relation, t.object), (t.negated, t.hypothetical)) == (t.negated, t.hypothetical)]


def _headline_present(t: Triple) -> bool:
    """A short opening sentence told in the present (البوسعيدي يزور طهران لبحث
    ...) is a headline even when no line break sets it apart."""
    trigger = normalize(t.evidence.trigger or "")
    return len(t.evidence.text.split()) <= 12 and trigger[:1] in ("ي", "ت") and len(trigger) > 3


def _shared_demonym_named(triples: list[Triple], r, lex: Lexicon) -> list[Triple]:
    """A demonym two states share means the one the article names: الجانب الغيني
    after غينيا بيساو, with غينيا itself never named, is Guinea-Bissau's side.

    >>> # غينيا بيساو ... وعن الجانب الغيني المدير العام للهيئة X → X of Guinea-Bissau
    """
    for generic, specifics in _SHARED_DEMONYM.items():
        named = [c for c in specifics if c in r.actors]
        if generic not in r.actors or len(named) != 1:
            continue
        entry = lex.countries[generic]
        names = [normalize(x) for x in (entry.name, *entry.aliases, entry.capital or "", *entry.metonyms) if x]
        seen = r.actors[generic].aliases
        if any(n in normalize(a) for a in seen for n in names):
            continue  # (the state itself is named too: the demonym may be its own)
        other = named[0]
        r.actors[other].aliases.extend(seen)
        r.merges.append(Merge(article=r.article, actor=other, forms=[r.actors[other].name, *dict.fromkeys(seen)],
                              reason="a demonym two states share, in an article that names only one of them"))
        del r.actors[generic]
        triples = [t.model_copy(update={"subject": other if t.subject == generic else t.subject,
                                        "object": other if t.object == generic else t.object})
                   for t in triples]
        triples = [t for t in triples if t.subject != t.object]
    return triples


def _dedupe(triples: list[Triple]) -> list[Triple]:
    """One triple per (subject, relation, object, flags) in an article; the first
    sentence that shows it is its evidence."""
    seen: set[tuple] = set()
    out = []
    for t in triples:
        k = t.key()
        if k in seen:
            continue
        seen.add(k)
        out.append(t)
    return out
