"""Mention finding: which words of a sentence name an actor.

Three sources, in order of trust: the lexicon (states, capitals, bodies, known
people, with clitics), composed phrases (a state body + demonym → that state's
body; الجانب/الوفد + demonym → the state), and people found from titles
(وزير الخارجية الروسي سيرغي لافروف) or from a known given name (محمد بويصير).

Example
-------
>>> from kg.lexicon import load_lexicon
>>> from kg.text import make_doc
>>> s = make_doc("a", "زار وزير الخارجية الموريتاني محمد ولد أحمد موسكو.").sentences[0]
>>> [(m.kind, m.ref or m.name) for m in find_mentions(s, load_lexicon())]
[('person', 'محمد ولد احمد'), ('actor', 'russia')]
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lexicon import Lexicon, PhraseHit
from ..lexicon.models import InstitutionHead, TitleEntry
from ..schema import ActorType
from ..text import Sentence, clitic_forms, normalize

__all__ = ["Word", "Span", "words_of", "find_mentions", "STOP_WORDS", "QUOTES"]

QUOTES = set("\"'«»“”‘’()[]")
# Single-letter proclitics written apart (لـ "الجيش" → ل ").
_DETACHED_CLITICS = {"ل", "ب", "ك", "و", "ف", "لل", "ول", "وب", "فل", "وك"}

# Words that end a name: function words, common verbs of saying and reporting,
# time words, relative pronouns. General Arabic, not article-specific.
STOP_WORDS = frozenset("""
في من الى على عن مع لدى عند خلال بعد قبل منذ حتى حيث ثم او ام بل لكن لكن غير دون بين ضد نحو
الذي التي الذين اللذين اللتين اللواتي اللاتي ما ماذا لماذا كيف هل لم لن لا ليس ليست قد سوف كان كانت
ان انه انها انهم اذا لو كما اي كل بعض هذا هذه ذلك تلك هؤلاء هو هي هم هما نحن انا انت
قال قالت يقول تقول اكد اكدت يؤكد يوكد تؤكد توكد اعلن اعلنت يعلن اضاف اضافت يضيف اشار اشارت يشير
اوضح اوضحت ذكر ذكرت يذكر افاد افادت صرح صرحت يرى ترى راى رات اعتبر اعتبرت لفت لفتت تابع تابعت
وصف وصفت نقل نقلت نقلا يوم اليوم امس غدا الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت
صباح مساء ليله صباحا مساء مساء الماضي الماضيه المقبل المقبله الجاري الحالي الاسبوع الشهر العام
رئيسا نائبا وزيرا قائدا سفيرا مبعوثا ايضا فقط جدا الى وسط عبر بدوره بدورها حول امام خلف فوق تحت
يتوقع يعتزم تعتزم يبدو يرجح ربما بينما فيما عندما لدي لديه لديها الرجل المراه الجنرال الضيف
بان بانه بانها وان وانه فان لان لانه اثر اثناء ازاء تجاه لصالح بشان حيال وفق وفقا طبقا نظرا
مما كما لما باسم سبق بدا بدأ عاد يزال زال ظل اصبح بات الان الآن فيه فيها عليه عليها منه منها له لها معه معها اليه اليها عنه عنها به بها لديه لديها بينهم بينهما
برفقه بحضور بمشاركه بصحبه رفقه بقياده برئاسه بدعوه بمناسبه لمناسبه خاصه وحده نفسه نفسها
""".split())
STOP_WORDS = frozenset(normalize(w) for w in STOP_WORDS)

# "His counterpart" introduces a person like a title: نظيره التركي هاكان فيدان.
COUNTERPART = {"نظيره", "نظيرها", "نظيرته", "نظيرتها", "نظيريه", "نظراءه", "نظرايه", "ونظيره"}

# Second halves of compound given names: عماد الدين، عبد الله، نور الهدى.
_NAME_TAILS = {"الدين", "الله", "الرحمن", "الهدي", "الاسلام"}

_COUNTERPART_TITLE = TitleEntry(title="نظير", role_en="counterpart", kind="office")

_NAME_LINKS = {"بن", "ابن", "بنت", "ولد", "ابو", "عبد", "بك", "ال", "اب", "دي", "دو", "فون", "فان"}


@dataclass(slots=True)
class Word:
    """A word token of a sentence (quotes dropped), with its clitic forms."""

    index: int  # position among words
    tok: int  # token index in the sentence
    norm: str
    forms: list[str]
    start: int  # normalized offsets in the sentence
    end: int
    punct_before: bool = False  # a non-quote punctuation mark stands before it
    punct: str = ""  # the punctuation mark before it, if any
    prefix: str = ""  # a detached proclitic written before it (لـ)


@dataclass(slots=True)
class Span:
    """A mention over words ``[i, j)``.

    ``kind``: ``actor`` (``ref`` is a lexicon id), ``person`` (a person found
    by title or given name; ``name`` holds the normalized name), ``role`` (a
    title with no name: الرئيس الروسي), ``people`` (الروس → the state), or
    the modifiers ``demonym``/``title``/``institution`` before composition.
    """

    i: int
    j: int
    kind: str
    ref: str = ""
    type: ActorType | None = None
    name: str = ""
    name_en: str = ""
    role: str = ""
    title: TitleEntry | None = None
    affil: str = ""
    affil_kind: str = ""
    institution: InstitutionHead | None = None
    surface: str = ""
    clitic: str = ""  # the proclitic on the first word (ب، ل، الى...)
    extra: dict = field(default_factory=dict)


def words_of(sentence: Sentence) -> list[Word]:
    """The sentence's word tokens with clitic forms; quotes are dropped and
    punctuation is kept as a mark on the next word."""
    words: list[Word] = []
    append = words.append
    punct = ""
    prefix = ""
    tokens = sentence.tokens
    last = len(tokens) - 1
    ti = -1
    for tok in tokens:
        ti += 1
        w = tok[0]  # Token.norm
        if not w[0].isalnum():
            if w not in QUOTES:
                punct = punct or w
            continue
        if ti < last and w in _DETACHED_CLITICS:
            prefix = w
            continue
        append(Word(len(words), ti, w, clitic_forms(w), tok[1], tok[2], bool(punct), punct,
                    prefix))
        punct = ""
        prefix = ""
    return words


def _clitic_of(word: Word, form: str) -> str:
    if form == word.norm:
        return word.prefix
    if form.startswith("ال") and word.norm.startswith(("لل", "ولل", "فلل")):
        return word.norm[: word.norm.index("لل") + 1]
    return word.norm[: len(word.norm) - len(form)] if word.norm.endswith(form) else ""


def _lexicon_spans(words: list[Word], lex: Lexicon) -> list[tuple[int, int, list[PhraseHit], str]]:
    """Longest lexicon phrase at each word, left to right, without overlaps."""
    out = []
    i = 0
    n = len(words)
    phrases = lex.phrases
    max_len_of = lex.max_len.get
    norms = [w.norm for w in words]
    # next_punct[k]: the first word after k that has punctuation before it (or
    # n); a phrase [i, i + length) crosses none when next_punct[i] >= i + length.
    next_punct = [n] * n
    nxt = n
    for k in range(n - 1, -1, -1):
        next_punct[k] = nxt
        if words[k].punct_before:
            nxt = k
    while i < n:
        best: tuple[int, list[PhraseHit], str] | None = None
        for form in words[i].forms:
            max_len = max_len_of(form, 0)
            if not max_len:
                continue
            room = next_punct[i] - i  # longest length that crosses no punctuation
            for length in range(min(max_len, n - i), 0, -1):
                if best and length <= best[0]:
                    break
                if length > room:
                    continue
                hits = phrases.get((form, *norms[i + 1:i + length]))
                if hits:
                    best = (length, hits, _clitic_of(words[i], form))
                    break
        if best and any(h.kind == "title" for h in best[1]):
            best = _yield_to_actor(words, lex, i, best)
        if best:
            out.append((i, i + best[0], best[1], best[2]))
            i += best[0]
        else:
            i += 1
    return out


def _longest_at(words: list[Word], lex: Lexicon, i: int, limit: int
                ) -> tuple[int, list[PhraseHit], str] | None:
    """The longest lexicon phrase starting at word ``i``, at most ``limit`` words."""
    for form in words[i].forms:
        for length in range(min(lex.max_len.get(form, 0), len(words) - i, limit), 0, -1):
            if any(words[k].punct_before for k in range(i + 1, i + length)):
                continue
            hits = lex.phrases.get((form, *(w.norm for w in words[i + 1:i + length])))
            if hits:
                return length, hits, _clitic_of(words[i], form)
    return None


def _yield_to_actor(words: list[Word], lex: Lexicon, i: int,
                    best: tuple[int, list[PhraseHit], str]) -> tuple[int, list[PhraseHit], str]:
    """A title that swallows the start of a longer name (قائد الجيش | الجيش الوطني
    الليبي) is cut back so that the name is matched whole."""
    length = best[0]
    for k in range(i + 1, i + length):
        inner = _longest_at(words, lex, k, 8)
        inner_end = k + inner[0] if inner else k
        if inner and any(h.kind == "institution" and h.institution.kind == "armed_force"
                         for h in inner[1]) and inner_end < len(words):
            after = _longest_at(words, lex, inner_end, 1)
            if after and any(h.kind == "demonym" for h in after[1]):
                inner_end += 1  # قائد الجيش | الجيش السوداني
        if inner and inner_end > i + length and any(
                h.kind in ("actor", "institution") for h in inner[1]):
            shorter = _longest_at(words, lex, i, k - i)
            if shorter and any(h.kind == "title" for h in shorter[1]):
                return shorter
    return best


def _is_name_word(word: Word, lex: Lexicon, taken: set[int], first: bool = False) -> bool:
    w = word.norm
    if first and w == "علي":
        return True  # the name Ali, after a title (the preposition على folds to it)
    if len(w) < 2 or not w.isalpha():
        return False
    if word.index in taken and w not in _NAME_LINKS:
        return False
    if w.startswith(("لل", "بال", "وال", "فال", "كال", "وبال", "ولل")) and w not in lex.first_names:
        return False  # a preposition or conjunction with the article: not a name
    if w.startswith("ب") and w.endswith(("ه", "ها", "هم")) and len(w) >= 5 \
            and w not in lex.first_names:
        return False  # ب + noun + pronoun (بمفرده، بدوره): not a name
    if w in STOP_WORDS or w in lex.trigger_forms:
        return False
    if w.startswith(("و", "ف")) and w[1:] in lex.trigger_forms:
        return False
    if w.startswith("و") and len(w) > 3 and w not in lex.first_names and not w.startswith("وو"):
        # a conjunction opens a new clause or a coordinated phrase
        return w in _NAME_LINKS
    return True


def _looks_like_verb(word: Word, lex: Lexicon) -> bool:
    """A trigger verb or noun: it ends a name (transliterated foreign names make
    any shape-based verb test unreliable)."""
    return word.norm in lex.trigger_forms


def _completes(first: list[Word], rest: list[Word], person) -> bool:
    """``first`` + ``rest`` is the known person's name (or close to it), not a
    relative who shares the family name (خالد + بن سلمان)."""
    from .resolve import edit_distance

    whole = " ".join(w.norm for w in first + rest)
    names = [normalize(n) for n in [person.name, *person.aliases]]
    if whole in names:
        return True
    canon = normalize(person.name).split()
    return len(canon) > len(rest) and edit_distance(first[0].norm, canon[0], 2) <= 2 \
        and len(first[0].norm) >= 4


def _ends_here(words: list[Word], k: int, lex: Lexicon, taken: set[int]) -> bool:
    """A name may take a third word when a clear boundary follows it: the end,
    punctuation, a function word or a word already taken by the lexicon
    (بشيرو ديوماي فاي.)."""
    if k >= len(words):
        return True
    w = words[k]
    return w.punct_before or w.norm in STOP_WORDS or k in taken


def _take_name(words: list[Word], start: int, lex: Lexicon, taken: set[int],
               max_words: int = 2, allow_ali: bool = False) -> int:
    """End index of a person name starting at ``start`` (== start if none).

    A name has at most ``max_words`` core words, plus linking words (بن، عبد،
    ابو، بك) and one more family name written with ال (عبد الرازق الناظوري).
    """
    j = start
    core = 0
    while j < len(words):
        w = words[j]
        if j > start and w.punct_before:
            break
        if not _is_name_word(w, lex, taken, first=(j == start and allow_ali
                                                   and j + 1 < len(words)
                                                   and not words[j + 1].punct_before
                                                   and words[j + 1].norm in lex.first_names)):
            break
        if j > start and w.norm in _NAME_LINKS and w.index in taken:
            # خالد + بن سلمان (a family name the lexicon knows): take it whole
            j += 1
            while j < len(words) and words[j].index in taken and not words[j].punct_before \
                    and j - start < 6:
                j += 1
            break
        linked = j > start and words[j - 1].norm in _NAME_LINKS
        if w.norm in COUNTERPART or (j > start and _looks_like_verb(w, lex)):
            break
        if j == start and w.norm.startswith("ال") and w.norm not in lex.first_names:
            break  # an adjective or a noun after the title (المبعوث الخاص، الراحل)
        if j > start and w.norm in lex.max_len and any(
                h.kind == "title" for h in lex.phrases.get((w.norm,), [])):
            break
        if w.norm not in _NAME_LINKS and not linked and w.norm not in _NAME_TAILS:
            if core >= max_words and not (core == max_words and (
                    (w.norm.startswith("ال") and len(w.norm) > 4)
                    or _ends_here(words, j + 1, lex, taken))):
                break
            core += 1
        j += 1
    # A name does not end on a linking word (بن، عبد، ابو).
    while j > start and words[j - 1].norm in _NAME_LINKS:
        j -= 1
    return j


def _demonym_at(spans_at: dict[int, tuple], i: int) -> tuple[str, int] | None:
    hit = spans_at.get(i)
    if hit and hit[1] == i + 1:
        for h in hit[2]:
            if h.kind == "demonym":
                return h.ref, hit[1]
    return None


def _affiliation_at(words: list[Word], spans_at: dict[int, tuple], i: int,
                    lex: Lexicon) -> tuple[str, str, int, str] | None:
    """An affiliation right after a title: demonym (الروسي), state or body
    (بيلاروسيا، للجيش الوطني الليبي), or state body + demonym. Returns
    (actor id or '', kind, end, surface-role)."""
    hit = spans_at.get(i)
    if not hit:
        return None
    s, e, hits, clitic = hit
    for h in hits:
        if h.kind == "demonym" and h.number == "sg":
            return h.ref, "country", e, ""
    for h in hits:
        if h.kind == "actor" and (h.ref in lex.countries or h.ref in lex.organizations):
            if clitic in ("", "ل", "لل", "و") or words[s].prefix in ("ل", "لل"):
                kind = "country" if h.ref in lex.countries else "organization"
                return h.ref, kind, e, ""
    return None


def find_mentions(sentence: Sentence, lex: Lexicon, words: list[Word] | None = None) -> list[Span]:
    """Actor mentions of one sentence, left to right, not overlapping."""
    words = words if words is not None else words_of(sentence)
    raw = _lexicon_spans(words, lex)
    spans_at = {s: (s, e, hits, clitic) for s, e, hits, clitic in raw}
    out: list[Span] = []
    taken: set[int] = set()
    for s, e, _, _ in raw:
        taken.update(range(s, e))
    i = 0
    n = len(words)
    first_names, ambiguous = lex.first_names, lex.ambiguous_first_names
    while i < n:
        if i not in spans_at and words[i].norm in COUNTERPART:
            span, i = _title_span(words, spans_at, i, i + 1,
                                  [PhraseHit("title", title=_COUNTERPART_TITLE)], "", lex, taken)
            if span:
                out.append(span)
            continue
        if i not in spans_at:
            # A given name opens a person's name: محمد بويصير.
            w = words[i]
            form = None
            for f in w.forms:
                if f in first_names or f in ambiguous:
                    form = f
                    break
            if form and form in lex.ambiguous_first_names and i + 1 < n \
                    and _given_name(words[i + 1], lex) and not words[i + 1].punct_before:
                pass  # كامل عبدالله: a word-like given name before another given name
            elif form and form in lex.ambiguous_first_names:
                form = None
            if form and i not in taken \
                    and w.norm not in STOP_WORDS and form not in STOP_WORDS:
                j = _take_name(words, i + 1, lex, taken, max_words=1)
                if j > i + 1:
                    name = " ".join([form] + [x.norm for x in words[i + 1:j]])
                    out.append(Span(i, j, "person", type=ActorType.person, name=name,
                                    clitic=_clitic_of(w, form)))
                    taken.update(range(i, j))
                    i = j
                    continue
            i += 1
            continue
        s, e, hits, clitic = spans_at[i]
        kinds = {h.kind for h in hits}
        if "title" in kinds:
            span, i = _title_span(words, spans_at, s, e, hits, clitic, lex, taken)
            if span:
                out.append(span)
            continue
        if "side" in kinds:
            dem = _demonym_at(spans_at, e)
            if dem:
                out.append(Span(s, dem[1], "actor", ref=dem[0], type=ActorType.country,
                                clitic=clitic))
                i = dem[1]
                continue
            i = e
            continue
        if "institution" in kinds:
            inst = next(h.institution for h in hits if h.kind == "institution")
            aff = _affiliation_at(words, spans_at, e, lex)
            if aff and aff[1] == "country":
                country = lex.countries[aff[0]]
                out.append(Span(s, aff[2], "organization", type=ActorType.organization,
                                ref="", affil=country.id, affil_kind="country",
                                institution=inst, clitic=clitic,
                                name=" ".join(w.norm for w in words[s:aff[2]]),
                                name_en=inst.name_en.format(country=country.name_en)))
                i = aff[2]
                continue
            i = e
            continue
        actor = next((h for h in hits if h.kind == "actor"), None)
        people = next((h for h in hits if h.kind == "people"), None)
        place = next((h for h in hits if h.kind == "place"), None)
        if place and not actor:
            # a city: where something happens; it stands for its state only as a
            # visit's destination
            out.append(Span(s, e, "place", ref=place.ref, type=ActorType.location,
                            clitic=clitic, extra={"city": place.number}))
            i = e
            continue
        if actor and e - s == 1 and words[s].forms[-1] in WORD_LIKE_NAMES and not _place_cue(
                words, s, clitic):
            i = e
            continue  # دعم مالي: "financial", not Mali
        if actor and actor.ref in lex.people:
            lead = _longest_at(words, lex, s, e - s - 1) if e - s > 1 else None
            lead_title = next((h.title for h in lead[1] if h.kind == "title"), None) if lead else None
            short = e - s == 1 and len(words[s].forms[-1]) < 5
            out.append(Span(s, e, "person", ref=actor.ref, type=ActorType.person,
                            title=lead_title, clitic=clitic,
                            role=" ".join(w.norm for w in words[s:s + lead[0]]) if lead_title else "",
                            extra={"short_alias": True} if short else {}))
        elif actor:
            out.append(Span(s, e, "actor", ref=actor.ref, type=_type_of(actor.ref, lex),
                            clitic=clitic))
        elif people:
            out.append(Span(s, e, "actor", ref=people.ref, type=ActorType.country,
                            clitic=clitic, extra={"people": True}))
        i = e
    _apposition_roles(words, spans_at, out, lex)
    for sp in out:
        sp.surface = " ".join(w.norm for w in words[sp.i:sp.j])
    return out


def _apposition_roles(words: list[Word], spans_at: dict[int, tuple], out: list[Span],
                      lex: Lexicon) -> None:
    """NAME + title + (في) BODY: كامل عبدالله الباحث في مركز الأهرام → the person
    is affiliated with the body (only a body, never a nationality)."""
    starts = {x.i for x in out}
    for sp in out:
        if sp.kind != "person" or sp.affil or sp.j >= len(words) or words[sp.j].punct_before \
                or sp.j in starts or sp.extra.get("short_alias"):
            continue  # the title after it introduces somebody else
        hit = spans_at.get(sp.j)
        if not hit or not any(h.kind == "title" for h in hit[2]):
            continue
        title = next(h.title for h in hit[2] if h.kind == "title")
        if title.kind not in ("office", "profession"):
            continue
        k = hit[1]
        while k < len(words) and k - hit[1] < 3 and words[k].norm in ("في", "لدي", "ب"):
            k += 1
        inner = spans_at.get(k)
        org = None
        if inner:
            ref = next((h.ref for h in inner[2] if h.kind == "actor"), None)
            if ref in lex.organizations:
                org = ("lexicon", ref)
        elif k < len(words) and (words[k].forms[-1] in ORG_HEADS or words[k].norm in ORG_HEADS):
            end = k + 1
            while end < len(words) and end - k <= 6 and not words[end].punct_before \
                    and words[end].norm not in STOP_WORDS and end not in spans_at:
                end += 1
            org = ("new", " ".join(x.norm for x in words[k:end]), k, end)
        if org is None:
            continue
        sp.title = title
        sp.role = " ".join(w.norm for w in words[hit[0]:hit[1]])
        if org[0] == "lexicon":
            sp.affil, sp.affil_kind = org[1], "organization"
        else:
            sp.affil, sp.affil_kind = org[1], "neworg"
            sp.extra["org_words"] = (org[2], org[3])


# Names of states that are also common words; they count only after a place
# cue (في مالي، إلى مالي، لمالي، دولة مالي) or in a coordination (ومالي).
WORD_LIKE_NAMES = frozenset({"مالي", "تشاد", "توغو", "عمان", "الجزاير"} - {"الجزاير"})
_PLACE_CUES = frozenset(normalize(w) for w in (
    "في", "إلى", "من", "مع", "بين", "دولة", "جمهورية", "حكومة", "رئيس", "عاصمة", "شمال",
    "جنوب", "شرق", "غرب", "وسط", "و", "عن", "على", "تجاه", "نحو", "سلطنة"))


def _place_cue(words: list[Word], s: int, clitic: str) -> bool:
    if clitic or words[s].prefix:
        return True
    return s > 0 and words[s - 1].norm in _PLACE_CUES


def _type_of(ref: str, lex: Lexicon) -> ActorType:
    if ref in lex.countries:
        return ActorType.country
    if ref in lex.people:
        return ActorType.person
    return ActorType.organization


def _title_span(words: list[Word], spans_at: dict[int, tuple], s: int, e: int,
                hits: list[PhraseHit], clitic: str, lex: Lexicon,
                taken: set[int]) -> tuple[Span | None, int]:
    """A title, its affiliation, further ranks, then a name (or none: a role)."""
    title = next(h.title for h in hits if h.kind == "title")
    role_end = e
    affil, affil_kind = "", ""
    j = e
    if any(h.kind == "title" and h.number == "pronoun" for h in hits):
        # وزير دفاعها: the state named last before the title
        for k in sorted((k for k in spans_at if k < s), reverse=True):
            ref = next((h.ref for h in spans_at[k][2] if h.kind == "actor"
                        and h.ref in lex.countries), None)
            if ref:
                affil, affil_kind = ref, "country"
                break
    # Title modifiers: a demonym, a state or body (with ل), a state body + demonym,
    # and further titles or ranks (نائب وزير الدفاع الروسي الفريق أول ...).
    for _ in range(4):
        if j >= len(words) or words[j].punct_before:
            break
        aff = _affiliation_at(words, spans_at, j, lex)
        if aff and not affil:
            affil, affil_kind, j = aff[0], aff[1], aff[2]
            role_end = j
            continue
        hit = spans_at.get(j)
        if hit and any(h.kind == "institution" for h in hit[2]):
            inst = next(h.institution for h in hit[2] if h.kind == "institution")
            aff = _affiliation_at(words, spans_at, hit[1], lex)
            if aff and aff[1] == "country" and not affil:
                country = lex.countries[aff[0]]
                affil, affil_kind = f"{inst.head}|{country.id}", "institution"
                j = aff[2]
                role_end = j
                continue
            break
        if hit and any(h.kind == "title" for h in hit[2]):
            j = hit[1]
            continue
        break
    person_ref = ""
    hit = spans_at.get(j)
    if hit and any(h.kind == "actor" and h.ref in lex.people for h in hit[2]):
        role = " ".join(w.norm for w in words[s:role_end])
        person_ref = next(h.ref for h in hit[2] if h.kind == "actor" and h.ref in lex.people)
        end = hit[1]
        span = Span(s, end, "person", ref=person_ref, type=ActorType.person, role=role,
                    title=title, affil=affil, affil_kind=affil_kind, clitic=clitic)
        return span, end
    name_end = _take_name(words, j, lex, taken, allow_ali=True) if j < len(words) and not (
        words[j].punct_before and title.kind != "office") else j
    after = spans_at.get(name_end)
    if after and name_end - j <= 2 and any(
            h.kind == "actor" and h.ref in lex.people
            and _completes(words[j:name_end], words[after[0]:after[1]], lex.people[h.ref])
            for h in after[2]):
        # بشيرو + ديوماي فاي: a known person's name completed by the words before it
        role = " ".join(w.norm for w in words[s:role_end])
        ref = next(h.ref for h in after[2] if h.kind == "actor" and h.ref in lex.people)
        return Span(s, after[1], "person", ref=ref, type=ActorType.person, role=role,
                    title=title, affil=affil, affil_kind=affil_kind, clitic=clitic), after[1]
    extra: dict = {}
    if not (name_end > j and (any(_given_name(x, lex) for x in words[j:name_end])
                              or any(x.norm in _NAME_LINKS for x in words[j:name_end])
                              or (name_end - j >= 2 and words[j].norm in lex.ambiguous_first_names))):
        # A role complement may stand between the title and the name:
        # رئيس حكومة الشرق (الموازية) أسامة حماد; أستاذ العلوم السياسية في جامعة
        # بنغازي محمود الكاديكي. The name starts at the next given name.
        comp = _complement(words, spans_at, j, lex, taken)
        if comp and spans_at.get(comp[0]) and any(
                h.kind == "actor" and h.ref in lex.people for h in spans_at[comp[0]][2]):
            # المبعوث الأمريكي الخاص إلى الشرق الأوسط ستيف ويتكوف (a known person)
            k = comp[0]
            hit = spans_at[k]
            ref = next(h.ref for h in hit[2] if h.kind == "actor" and h.ref in lex.people)
            role = " ".join(w.norm for w in words[s:k])
            return Span(s, hit[1], "person", ref=ref, type=ActorType.person, role=role,
                        title=title, affil=affil, affil_kind=affil_kind, clitic=clitic), hit[1]
        if comp:
            k, org = comp
            k_end = _take_name(words, k, lex, taken)
            if k_end > k:
                j, name_end, role_end = k, k_end, k
                if org is None and words[e - 1].norm in ORG_HEADS:
                    # رئيس حكومة الشرق: the title's own noun opens the body's name
                    org = ("new", " ".join(x.norm for x in words[e - 1:k]), e - 1, k)
                if org and not affil:
                    if org[0] == "lexicon":
                        affil = org[1]
                        affil_kind = "country" if org[1] in lex.countries else "organization"
                    else:
                        affil, affil_kind = org[1], "neworg"
                        extra["org_words"] = (org[2], org[3])
    role = " ".join(w.norm for w in words[s:role_end])
    if name_end > j:
        name = " ".join(w.norm for w in words[j:name_end])
        span = Span(s, name_end, "person", type=ActorType.person, name=name, role=role,
                    title=title, affil=affil, affil_kind=affil_kind, clitic=clitic,
                    extra=extra)
        return span, name_end
    if title.kind == "office" and affil:
        return Span(s, role_end, "role", type=ActorType.person, role=role, title=title,
                    affil=affil, affil_kind=affil_kind, clitic=clitic), max(role_end, j)
    return None, max(e, j)


# Head nouns that open the name of an organization not in the lexicon:
# جامعة بنغازي، مركز الأهرام للدراسات، منصة الدراسات الأمنية، حكومة الوحدة.
ORG_HEADS = frozenset(normalize(w) for w in (
    "جامعة", "مركز", "معهد", "منصة", "مؤسسة", "حزب", "وكالة", "صحيفة", "جريدة", "قناة",
    "هيئة", "منظمة", "شركة", "مجموعة", "جمعية", "اتحاد", "حركة", "لجنة", "حكومة",
    "مجلس", "أكاديمية", "كلية", "مرصد", "منتدى", "رابطة", "نقابة", "تحالف", "جبهة"))
_COMPLEMENT_MAX = 12


def _given_name(word: Word, lex: Lexicon, words: list[Word] | None = None) -> bool:
    """A word that opens a person's name: a known given name, or عبد/أبو before
    an ال-word (عبد الهادي، أبو الغيط)."""
    if words is not None and word.norm in ("عبد", "ابو") and word.index + 1 < len(words) \
            and words[word.index + 1].norm.startswith("ال") and not words[word.index + 1].punct_before:
        return True
    return any(f in lex.first_names and f not in lex.ambiguous_first_names
               and f not in STOP_WORDS for f in word.forms[:1]) and word.norm not in STOP_WORDS


def _complement(words: list[Word], spans_at: dict[int, tuple], j: int, lex: Lexicon,
                taken: set[int]) -> tuple[int, tuple | None] | None:
    """Where a name starts after a role complement, and the organization or state
    the complement names: ``(name_start, org)`` with org ``("lexicon", id)`` or
    ``("new", normalized name, start, end)``."""
    k = j
    found: dict[str, tuple] = {}
    while k < len(words) and k - j <= _COMPLEMENT_MAX:
        w = words[k]
        if k > j and w.punct in (".", "؛", ";", ":", "!", "؟", "?"):
            return None
        if k > j and k not in taken and (_given_name(w, lex, words) or (
                w.norm in lex.ambiguous_first_names and k + 1 < len(words)
                and not words[k + 1].punct_before and words[k + 1].norm not in STOP_WORDS
                and (k + 1) not in spans_at)):
            org = found.get("org") or found.get("new") or found.get("country")
            return k, org
        if k > j and w.punct_before:
            return None  # a comma ends the role (only a name may follow one)
        hit = spans_at.get(k)
        if hit:
            ref = next((h.ref for h in hit[2] if h.kind == "actor"), None)
            if ref in lex.people and k > j:
                org = found.get("org") or found.get("new") or found.get("country")
                return k, org
            if ref is None and "new" not in found and any(h.kind == "institution" for h in hit[2]):
                # رئيس لجنة أمن الدولة إيفان تيرتل: a state body with no state named
                found["new"] = ("new", " ".join(x.norm for x in words[k:hit[1]]), k, hit[1])
            if any(h.kind == "title" for h in hit[2]) or (ref in lex.people if ref else False):
                return None
            toward = k > 0 and words[k - 1].norm in ("الي", "نحو") or hit[3] in ("الي",)
            if toward:
                pass  # المبعوث إلى اليمن: where the envoy is sent, not whom he serves
            elif ref in lex.organizations:
                found.setdefault("org", ("lexicon", ref))
            elif ref in lex.countries:
                found.setdefault("country", ("lexicon", ref))
            k = hit[1]
            continue
        if w.norm in STOP_WORDS and w.norm not in ("في", "لدي", "الي"):
            return None
        if any(tf.pos == "verb" for f in w.forms[:2] for tf in lex.trigger_forms.get(f, ())):
            return None  # a verb: the role has ended (وزير دفاعه يلتقي خالد)
        if "new" not in found and (w.forms[-1] in ORG_HEADS or w.norm in ORG_HEADS):
            end = k + 1
            while end < len(words) and end - k <= 6 and not words[end].punct_before \
                    and not _given_name(words[end], lex) and words[end].norm not in STOP_WORDS:
                inner = spans_at.get(end)
                if inner:
                    if any(h.kind == "title" for h in inner[2]):
                        break
                    end = inner[1]
                    continue
                end += 1
            found["new"] = ("new", " ".join(x.norm for x in words[k:end]), k, end)
            k = end
            continue
        k += 1
    return None
