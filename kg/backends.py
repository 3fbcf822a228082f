"""Optional camel-tools backends: morphological analysis and NER, when their
data is installed.

camel-tools keeps its data outside the wheel, in ``$CAMELTOOLS_DATA`` (default
``~/.camel_tools``)::

    $CAMELTOOLS_DATA/catalogue.json
    $CAMELTOOLS_DATA/data/morphology_db/calima-msa-r13/morphology.db
    $CAMELTOOLS_DATA/data/ner/arabert/{config.json,vocab.txt,model.safetensors}

``detect_backends`` only looks at files: it never imports camel-tools' data
modules, because importing ``camel_tools.data`` without a ``catalogue.json``
makes camel-tools download one (offline, that can hang). The heavy imports
happen inside ``MorphAnalyzer`` and ``NerTagger``, after the check.

The ``camel`` extractor runs the rules extractor over a lexicon that the
backends extend for one article: words whose lemma is a trigger verb or noun
become trigger forms, and person names found by NER become person entries.

Example
-------
>>> import os, tempfile
>>> with tempfile.TemporaryDirectory() as d:
...     os.environ["CAMELTOOLS_DATA"] = d
...     s = detect_backends()
...     del os.environ["CAMELTOOLS_DATA"]
>>> s.morphology, s.ner
(False, False)
>>> s.morphology_message.startswith("camel-tools morphology data not found")
True
"""

from __future__ import annotations

import json
import os
import re
import sys
import threading
from collections import ChainMap
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .errors import BackendUnavailable
from .extract import ArticleResult, RuleExtractor, extract_doc, register
from .lexicon import Lexicon, PhraseHit, TriggerForm, key
from .lexicon.models import PersonEntry
from .schema import Article
from .text import Doc, Sentence, make_doc, normalize, strip_clitics, tokenize

__all__ = [
    "BACKENDS",
    "BackendStatus",
    "MorphAnalysis",
    "PersonSpan",
    "MorphAnalyzer",
    "NerTagger",
    "CamelExtractor",
    "camel_data_dir",
    "detect_backends",
    "choose_backend",
    "register_backends",
    "lemma_trigger_forms",
    "extra_person_spans",
]

BACKENDS = ("auto", "rules", "camel-morph", "camel-ner")

# Names in camel-tools 1.6's catalogue (catalogue-1.6.json in
# CAMeL-Lab/camel-tools-data): component, default dataset, its folder, and the
# package that installs it.
MORPH_PACKAGE = "morphology-db-msa-r13"
MORPH_COMPONENT = "MorphologyDB"
MORPH_DEFAULT_PATH = "morphology_db/calima-msa-r13"
NER_PACKAGE = "ner-arabert"
NER_COMPONENT = "NamedEntityRecognition"
NER_DEFAULT_PATH = "ner/arabert"
NER_WEIGHTS = ("model.safetensors", "pytorch_model.bin")


class BackendStatus(BaseModel):
    """Which camel-tools data is installed; a one-line message for what is not."""

    model_config = ConfigDict(frozen=True)

    data_dir: str
    catalogue: bool
    morphology: bool
    morphology_path: str
    morphology_message: str | None = None
    ner: bool
    ner_path: str
    ner_message: str | None = None

    @property
    def backends(self) -> list[str]:
        """The camel backends that can run, e.g. ``['camel-morph']``."""
        return [name for name, ok in (("camel-morph", self.morphology),
                                      ("camel-ner", self.ner)) if ok]


class MorphAnalysis(BaseModel):
    """One analysis of a word: its lemma (normalized, no diacritics), part of
    speech, tense, and the word split into clitics and base."""

    model_config = ConfigDict(frozen=True)

    lemma: str
    pos: str
    tense: Literal["past", "present", "future", "noun", "other"]
    pieces: list[str]
    base: str
    enclitic: bool


class PersonSpan(BaseModel):
    """A person name found by NER: offsets index the text it was found in."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str


def camel_data_dir() -> Path:
    """The folder camel-tools reads its data from: ``$CAMELTOOLS_DATA`` or
    ``~/.camel_tools`` (the same rule as ``camel_tools.data.catalogue``)."""
    env = os.environ.get("CAMELTOOLS_DATA")
    if env is not None:
        return Path(env).expanduser().absolute()
    return Path.home() / ".camel_tools"


def _dataset_path(data_dir: Path, catalogue: dict, component: str, default: str) -> Path:
    try:
        comp = catalogue["components"][component]
        rel = comp["datasets"][comp["default"]]["path"]
    except (KeyError, TypeError):
        rel = default
    return data_dir / "data" / rel


def _install_hint(package: str) -> str:
    return (f"Install with `camel_data -i {package}` on a machine with internet, "
            "copy the folder here and set CAMELTOOLS_DATA.")


def detect_backends() -> BackendStatus:
    """Which camel-tools backends have their data under ``camel_data_dir()``.

    Looks at files only: no network, no camel-tools data import.

    Returns
    -------
    BackendStatus
        ``morphology``/``ner`` say what can run; ``*_message`` is a one-line
        explanation of what is missing and how to install it.
    """
    d = camel_data_dir()
    cat_path = d / "catalogue.json"
    catalogue: dict = {}
    cat_problem = ""
    if cat_path.is_file():
        try:
            catalogue = json.loads(cat_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            cat_problem = f"{cat_path} is not a readable catalogue ({exc})"
    else:
        cat_problem = "no catalogue.json (camel-tools would try to download it)"
    morph_dir = _dataset_path(d, catalogue, MORPH_COMPONENT, MORPH_DEFAULT_PATH)
    ner_dir = _dataset_path(d, catalogue, NER_COMPONENT, NER_DEFAULT_PATH)

    def missing(what: str, package: str, need: list[str]) -> str:
        return (f"camel-tools {what} data not found in $CAMELTOOLS_DATA ({d}: "
                f"{'; '.join(need)}). {_install_hint(package)}")

    morph_need = [cat_problem] if cat_problem else []
    if not (morph_dir / "morphology.db").is_file():
        morph_need.append(f"no {morph_dir / 'morphology.db'}")
    ner_need = [cat_problem] if cat_problem else []
    if not ner_dir.is_dir():
        ner_need.append(f"no folder {ner_dir}")
    else:
        lacking = [f for f in ("config.json", "vocab.txt") if not (ner_dir / f).is_file()]
        if not any((ner_dir / w).is_file() for w in NER_WEIGHTS):
            lacking.append(" or ".join(NER_WEIGHTS))
        if lacking:
            ner_need.append(f"{ner_dir} lacks {', '.join(lacking)}")
    return BackendStatus(
        data_dir=str(d), catalogue=not cat_problem,
        morphology=not morph_need, morphology_path=str(morph_dir / "morphology.db"),
        morphology_message=missing("morphology", MORPH_PACKAGE, morph_need) if morph_need else None,
        ner=not ner_need, ner_path=str(ner_dir),
        ner_message=missing("NER", NER_PACKAGE, ner_need) if ner_need else None,
    )


# -- morphology --------------------------------------------------------------

_ARABIC_WORD_RE = re.compile(r"^[\u0621-\u064A\u0660-\u0669\u0671-\u06D3]+$")
_IMPORT_LOCK = threading.Lock()


def _check_catalogue() -> None:
    """Refuse to import camel-tools' data modules when that import would try to
    download a catalogue (``camel_tools.data`` does so when it finds none)."""
    if "camel_tools.data" in sys.modules:
        return
    path = camel_data_dir() / "catalogue.json"
    if not path.is_file():
        raise BackendUnavailable(
            f"no catalogue.json in $CAMELTOOLS_DATA ({path.parent}); camel-tools would try "
            f"to download it. {_install_hint(MORPH_PACKAGE)}")


def _tense(feats: dict) -> str:
    pos = feats.get("pos", "")
    if pos == "verb":
        asp = feats.get("asp", "")
        if asp == "p":
            return "past"
        if asp == "i":
            return "future" if feats.get("prc1", "") in ("sa_fut", "sawfa_fut") else "present"
        return "other"
    if pos.startswith("noun"):
        return "noun"
    return "other"


class MorphAnalyzer:
    """Lemmas and clitic splits from camel-tools' morphological analyzer.

    Parameters
    ----------
    db_path : str
        A camel-tools ``morphology.db`` (text format). Use
        ``MorphAnalyzer.installed()`` for the one under ``CAMELTOOLS_DATA``.

    Examples
    --------
    >>> MorphAnalyzer.installed().lemmas("وزارها")  # doctest: +SKIP
    ['زار']
    """

    def __init__(self, db_path: str):
        with _IMPORT_LOCK:
            _check_catalogue()
            from camel_tools.morphology.analyzer import Analyzer
            from camel_tools.morphology.database import MorphologyDB

            self._analyzer = Analyzer(MorphologyDB(db_path, "a"))
        self.db_path = db_path
        self._cache: dict[str, list[MorphAnalysis]] = {}

    @staticmethod
    def installed() -> MorphAnalyzer:
        """The analyzer over the installed database (one per process).

        Raises ``BackendUnavailable`` with the install hint when it is missing.
        """
        status = detect_backends()
        if not status.morphology:
            raise BackendUnavailable(status.morphology_message or "")
        return _morph_analyzer(status.morphology_path)

    def analyze(self, word: str) -> list[MorphAnalysis]:
        """The analyses of one word; an empty list for non-Arabic tokens."""
        if word in self._cache:
            return self._cache[word]
        out: list[MorphAnalysis] = []
        if _ARABIC_WORD_RE.match(word):
            seen = set()
            for a in self._analyzer.analyze(word):
                tok = a.get("d3tok") or a.get("atbtok") or a.get("diac", "")
                pieces = [normalize(p.strip("+")) for p in tok.split("_") if p.strip("+")]
                base = next((p for p, raw in zip(pieces, [x for x in tok.split("_") if x.strip("+")])
                             if not raw.startswith("+") and not raw.endswith("+")),
                            normalize(a.get("stem", "")))
                enc = a.get("enc0", "0") not in ("0", "na", "-", "")
                m = MorphAnalysis(lemma=normalize(a.get("lex", "")), pos=a.get("pos", ""),
                                  tense=_tense(a), pieces=pieces, base=base, enclitic=enc)
                k = (m.lemma, m.pos, m.tense, tuple(m.pieces), m.enclitic)
                if k not in seen:
                    seen.add(k)
                    out.append(m)
        self._cache[word] = out
        return out

    def lemmas(self, word: str) -> list[str]:
        """The distinct lemmas of a word (normalized, no diacritics)."""
        return list(dict.fromkeys(a.lemma for a in self.analyze(word)))

    def clitic_splits(self, word: str) -> list[list[str]]:
        """The distinct ways the word splits into proclitics, base and enclitics."""
        return [list(p) for p in dict.fromkeys(tuple(a.pieces) for a in self.analyze(word))]


@lru_cache(maxsize=4)
def _morph_analyzer(db_path: str) -> MorphAnalyzer:
    return MorphAnalyzer(db_path)


# -- NER -----------------------------------------------------------------------

class NerTagger:
    """Person names from camel-tools' ``NERecognizer`` (a BERT token classifier).

    Parameters
    ----------
    model_path : str
        A folder with ``config.json``, ``vocab.txt`` and the weights, as
        installed by ``camel_data -i ner-arabert``.
    """

    def __init__(self, model_path: str):
        with _IMPORT_LOCK:
            _check_catalogue()
            from camel_tools.ner import NERecognizer

            self._ner = NERecognizer(model_path, use_gpu=False)
        self.model_path = model_path

    @staticmethod
    def installed() -> NerTagger:
        """The tagger over the installed model (one per process)."""
        status = detect_backends()
        if not status.ner:
            raise BackendUnavailable(status.ner_message or "")
        return _ner_tagger(status.ner_path)

    def labels(self, words: list[str]) -> list[str]:
        """One BIO label (B-PERS, I-LOC, O, ...) per word."""
        if not words:
            return []
        labels = self._ner.predict_sentence(words)
        # Words the tokenizer turns into nothing get no label: pad with O.
        return list(labels) + ["O"] * (len(words) - len(labels))

    def person_spans(self, text: str) -> list[PersonSpan]:
        """Person names in ``text`` with their offsets in ``text``.

        Words are split as in ``kg.text.tokenize`` (camel-tools'
        ``simple_word_tokenize`` rule); a span is a B-PERS word and the I-PERS
        words that follow it (an I-PERS word with no B-PERS opens one).
        """
        toks = tokenize(text)
        labels = self.labels([t for t, _, _ in toks])
        spans: list[PersonSpan] = []
        start = end = None
        for (w, s, e), lab in zip(toks, labels):
            if lab == "B-PERS" or (lab == "I-PERS" and start is None):
                if start is not None:
                    spans.append(PersonSpan(start=start, end=end, text=text[start:end]))
                start, end = s, e
            elif lab == "I-PERS":
                end = e
            else:
                if start is not None:
                    spans.append(PersonSpan(start=start, end=end, text=text[start:end]))
                start = end = None
        if start is not None:
            spans.append(PersonSpan(start=start, end=end, text=text[start:end]))
        return spans


@lru_cache(maxsize=2)
def _ner_tagger(model_path: str) -> NerTagger:
    return NerTagger(model_path)


# -- hooks for the rules extractor --------------------------------------------

def extra_person_spans(sentence: Sentence, tagger: NerTagger) -> list[PersonSpan]:
    """NER person spans of a sentence, with article offsets."""
    return [PersonSpan(start=sentence.start + sp.start, end=sentence.start + sp.end,
                       text=sp.text)
            for sp in tagger.person_spans(sentence.text)]


def lemma_trigger_forms(word: str, lex: Lexicon, analyzer: MorphAnalyzer) -> list[TriggerForm]:
    """Trigger forms of a normalized word found through its lemma: a verb
    whose lemma is a trigger's past stem, or a noun whose lemma is one of its
    verbal nouns."""
    out: list[TriggerForm] = []
    index = _triggers_by_lemma(lex)
    for a in analyzer.analyze(word):
        if a.tense == "other":
            continue
        for entry in index.get((a.lemma, a.tense == "noun"), []):
            tf = TriggerForm(entry, "noun" if a.tense == "noun" else "verb", a.tense,
                             pronoun=a.enclitic)
            if tf not in out:
                out.append(tf)
    return out


def _triggers_by_lemma(lex: Lexicon) -> dict[tuple[str, bool], list]:
    idx: dict[tuple[str, bool], list] = {}
    for entry in lex.triggers:
        if entry.past:
            idx.setdefault((normalize(entry.past), False), []).append(entry)
        for noun in entry.nouns:
            idx.setdefault((normalize(noun), True), []).append(entry)
    return idx


def _word_forms(doc: Doc) -> list[str]:
    words: dict[str, None] = {}
    for s in doc.sentences:
        for t in s.tokens:
            if t.norm[0].isalpha():
                words.setdefault(t.norm, None)
    return list(words)


def _with_lemma_triggers(lex: Lexicon, doc: Doc, analyzer: MorphAnalyzer) -> Lexicon:
    extra: dict[str, list[TriggerForm]] = {}
    for w in _word_forms(doc):
        # Only where the rules see nothing: no trigger form, no lexicon word.
        if any(f in lex.trigger_forms or (f,) in lex.phrases for f in strip_clitics(w)):
            continue
        tfs = lemma_trigger_forms(w, lex, analyzer)
        if tfs:
            extra[w] = tfs
    if not extra:
        return lex
    return replace(lex, trigger_forms=ChainMap(extra, lex.trigger_forms))


def _with_ner_people(lex: Lexicon, doc: Doc, tagger: NerTagger) -> Lexicon:
    """Names NER tags as persons, of two words or more, that the lexicon does
    not know, become person entries for this article."""
    from .extract.resolve import romanize

    people: dict[str, PersonEntry] = {}
    phrases: dict[tuple[str, ...], list[PhraseHit]] = {}
    max_len: dict[str, int] = {}
    for sentence in doc.sentences:
        for sp in tagger.person_spans(sentence.text):
            k = key(sp.text)
            if len(k) < 2 or k in lex.phrases or k in phrases:
                continue
            if any((w,) in lex.phrases or w in lex.trigger_forms for w in k):
                continue
            ident = "per_" + romanize(" ".join(k))
            if ident in lex.people or ident in lex.countries or ident in lex.organizations:
                continue
            people[ident] = PersonEntry(id=ident, name=sp.text, name_en=ident[4:].replace("_", " "))
            phrases[k] = [PhraseHit("actor", ident)]
            max_len[k[0]] = max(lex.max_len.get(k[0], 0), max_len.get(k[0], 0), len(k))
    if not people:
        return lex
    return replace(lex, people=ChainMap(people, lex.people),
                   phrases=ChainMap(phrases, lex.phrases),
                   max_len=ChainMap(max_len, lex.max_len))


class CamelExtractor:
    """The rules extractor, helped by camel-tools' morphology and/or NER.

    Parameters
    ----------
    use : list of str, optional
        ``["camel-morph"]``, ``["camel-ner"]`` or both; by default every
        backend whose data is installed. A backend asked for by name and not
        installed raises ``BackendUnavailable``.
    """

    name = "camel"

    def __init__(self, use: list[str] | None = None, lexicon: Lexicon | None = None):
        self.rules = RuleExtractor(lexicon)
        status = detect_backends()
        if use is None:
            use = status.backends
        self.morph: MorphAnalyzer | None = None
        self.ner: NerTagger | None = None
        for name in use:
            if name == "camel-morph":
                self.morph = MorphAnalyzer.installed()
            elif name == "camel-ner":
                self.ner = NerTagger.installed()
            else:
                raise BackendUnavailable(f"unknown backend {name!r}; known: camel-morph, camel-ner.")
        self.backends = [n for n, on in (("camel-morph", self.morph), ("camel-ner", self.ner)) if on]
        self.version = f"camel-1[{'+'.join(self.backends) or 'none'}]/{self.rules.version}"

    def extract(self, article: Article) -> ArticleResult:
        doc = make_doc(article.id, article.text)
        lex = self.rules.lexicon
        if self.morph:
            lex = _with_lemma_triggers(lex, doc, self.morph)
        if self.ner:
            lex = _with_ner_people(lex, doc, self.ner)
        return extract_doc(doc, lex, article.date)


class _CamelMorph(CamelExtractor):
    name = "camel-morph"

    def __init__(self, lexicon: Lexicon | None = None):
        super().__init__(["camel-morph"], lexicon)


class _CamelNer(CamelExtractor):
    name = "camel-ner"

    def __init__(self, lexicon: Lexicon | None = None):
        super().__init__(["camel-ner"], lexicon)


def register_backends() -> None:
    """Make ``camel``, ``camel-morph`` and ``camel-ner`` known to
    ``kg.extract.get_extractor`` (``kg build --extractor camel``)."""
    register("camel", CamelExtractor)
    register("camel-morph", _CamelMorph)
    register("camel-ner", _CamelNer)


def choose_backend(backend: str = "auto", extractor: str = "rules") -> tuple[str, str]:
    """The extractor to run for ``kg build --backend``, and a line saying which
    backend runs and why.

    ``auto`` uses every installed camel backend, else the rules (saying why);
    ``camel-morph``/``camel-ner`` raise ``BackendUnavailable`` when their data
    is missing. A non-default ``extractor`` is left alone under ``auto``.
    """
    if backend not in BACKENDS:
        raise BackendUnavailable(f"unknown backend {backend!r}; known: {', '.join(BACKENDS)}.")
    if extractor.startswith("camel"):
        register_backends()
    if backend == "rules" or (backend == "auto" and extractor != "rules"):
        return extractor, ""
    status = detect_backends()
    if backend == "auto":
        if not status.backends:
            return "rules", (f"backend: rules (camel-tools data not found in $CAMELTOOLS_DATA "
                             f"({status.data_dir}); using the built-in rules. Install with "
                             f"`camel_data -i {MORPH_PACKAGE}` and `camel_data -i {NER_PACKAGE}` "
                             "on a machine with internet, then set CAMELTOOLS_DATA.)")
        register_backends()
        return "camel", f"backend: {'+'.join(status.backends)} (camel-tools data in {status.data_dir})"
    ok = status.morphology if backend == "camel-morph" else status.ner
    if not ok:
        raise BackendUnavailable((status.morphology_message if backend == "camel-morph"
                                  else status.ner_message) or "")
    register_backends()
    return backend, f"backend: {backend} (camel-tools data in {status.data_dir})"
