"""camel-tools backends, tested with tiny stand-ins for camel-tools' data built
here: a text morphology database and a randomly initialised BERT token
classifier, laid out under a temporary CAMELTOOLS_DATA as camel_data would
install them. Nothing of kg is mocked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.backends import (
    MORPH_PACKAGE,
    NER_PACKAGE,
    CamelExtractor,
    MorphAnalyzer,
    NerTagger,
    choose_backend,
    detect_backends,
)
from kg.cli import main
from kg.errors import BackendUnavailable
from kg.schema import Article
from kg.text import make_doc

ROOT = Path(__file__).resolve().parents[1]

# The catalogue as camel-tools 1.6 reads it (components → default dataset →
# folder under data/), trimmed to the two components kg uses.
CATALOGUE = {
    "version": "1.6",
    "packages": {},
    "components": {
        "MorphologyDB": {"default": "calima-msa-r13",
                         "datasets": {"calima-msa-r13": {"path": "morphology_db/calima-msa-r13"}}},
        "NamedEntityRecognition": {"default": "arabert",
                                   "datasets": {"arabert": {"path": "ner/arabert"}}},
    },
}

# A morphology database in camel-tools' text format: the verb زار (past زار,
# present يزور, future سيزور, with و and an object pronoun) and its verbal
# noun زيارة. Stems are keyed by their normalized spelling and carry every
# clitic feature (camel-tools merges affix values only into stem features).
FEATS = "pos diac lex asp prc2 prc1 prc0 enc0 d3tok gloss"
DB_LINES = [
    "###DEFINES###",
    "DEFINE pos pos:verb pos:noun",
    "DEFINE diac diac:*open*",
    "DEFINE lex lex:*open*",
    "DEFINE asp asp:p asp:i asp:na",
    "DEFINE prc2 prc2:0 prc2:wa_conj",
    "DEFINE prc1 prc1:0 prc1:sa_fut",
    "DEFINE prc0 prc0:0 prc0:Al_det",
    "DEFINE enc0 enc0:0 enc0:3fs_dobj enc0:3ms_poss",
    "DEFINE d3tok d3tok:*open*",
    "DEFINE gloss gloss:*open*",
    "###DEFAULTS###",
    "DEFAULT pos:verb asp:p prc2:0 prc1:0 prc0:0 enc0:0",
    "DEFAULT pos:noun asp:na prc2:0 prc1:0 prc0:0 enc0:0",
    "###ORDER###",
    "ORDER " + FEATS,
    "###TOKENIZATIONS###",
    "TOKENIZATION d3tok",
    "###STEMBACKOFF###",
    "###PREFIXES###",
    "\tPref-0\tdiac: d3tok:",
    "و\tPVPref-w\tdiac:وَ prc2:wa_conj d3tok:و+_",
    "ي\tIVPref-y\tdiac:يَ d3tok:يَ",
    "سي\tIVPref-sy\tdiac:سَيَ prc1:sa_fut d3tok:س+_يَ",
    "ال\tNPref-Al\tdiac:ال prc0:Al_det d3tok:ال+_",
    "###SUFFIXES###",
    "\tSuff-0\tdiac: d3tok:",
    "ت\tPVSuff-t\tdiac:َتْ d3tok:َتْ",
    "ها\tPVSuff-ha\tdiac:َها enc0:3fs_dobj d3tok:َ_+ها",
    "ه\tNSuff-p\tdiac:َة d3tok:ة",
    "ته\tNSuff-ph\tdiac:َتُهُ enc0:3ms_poss d3tok:ة_+ه",
    "###STEMS###",
    "زار\tPV\tdiac:زار lex:زارَ_1 pos:verb asp:p prc2:0 prc1:0 prc0:0 enc0:0 gloss:visit d3tok:زار",
    "زور\tIV\tdiac:زُور lex:زارَ_1 pos:verb asp:i prc2:0 prc1:0 prc0:0 enc0:0 gloss:visit d3tok:زُور",
    "زيار\tN\tdiac:زِيار lex:زِيارَة_1 pos:noun asp:na prc2:0 prc1:0 prc0:0 enc0:0 gloss:visit d3tok:زِيار",
    "###TABLE AB###",
    "Pref-0 PV", "PVPref-w PV", "IVPref-y IV", "IVPref-sy IV", "Pref-0 N", "NPref-Al N",
    "###TABLE BC###",
    "PV Suff-0", "PV PVSuff-t", "PV PVSuff-ha", "IV Suff-0", "N NSuff-p", "N NSuff-ph",
    "###TABLE AC###",
    "Pref-0 Suff-0", "Pref-0 PVSuff-t", "Pref-0 PVSuff-ha", "PVPref-w Suff-0",
    "PVPref-w PVSuff-t", "PVPref-w PVSuff-ha", "IVPref-y Suff-0", "IVPref-sy Suff-0",
    "Pref-0 NSuff-p", "Pref-0 NSuff-ph", "NPref-Al NSuff-p",
]

NER_LABELS = ["B-LOC", "B-ORG", "B-PERS", "B-MISC", "I-LOC", "I-ORG", "I-PERS", "I-MISC", "O"]
NER_SENTENCE = "التقى الرئيس أحمد سالم نظيره في باريس اليوم."


def _catalogue(root: Path) -> None:
    root.mkdir(parents=True, exist_ok=True)
    (root / "catalogue.json").write_text(json.dumps(CATALOGUE), encoding="utf-8")


def _morph_data(root: Path) -> Path:
    _catalogue(root)
    d = root / "data" / "morphology_db" / "calima-msa-r13"
    d.mkdir(parents=True)
    (d / "morphology.db").write_text("\n".join(DB_LINES) + "\n", encoding="utf-8")
    return d / "morphology.db"


def _ner_data(root: Path, favour: str | None = None) -> Path:
    import torch
    from transformers import BertConfig, BertForTokenClassification, BertTokenizer

    _catalogue(root)
    d = root / "data" / "ner" / "arabert"
    d.mkdir(parents=True)
    words = sorted({w for w in NER_SENTENCE.replace(".", " ").split()})
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", ".", *words, "##ا", "##ل"]
    (d / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    torch.manual_seed(0)
    config = BertConfig(vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1,
                        num_attention_heads=2, intermediate_size=16,
                        max_position_embeddings=256, num_labels=len(NER_LABELS),
                        id2label=dict(enumerate(NER_LABELS)),
                        label2id={lab: i for i, lab in enumerate(NER_LABELS)})
    model = BertForTokenClassification(config)
    if favour:  # make one label win on every word, to pin the span logic
        with torch.no_grad():
            model.classifier.bias[NER_LABELS.index(favour)] = 100.0
    model.save_pretrained(d)
    BertTokenizer(str(d / "vocab.txt"), do_lower_case=False).save_pretrained(d)
    return d


@pytest.fixture
def camel_data(tmp_path, monkeypatch):
    root = tmp_path / "camel_data"
    root.mkdir()
    monkeypatch.setenv("CAMELTOOLS_DATA", str(root))
    return root


def test_backends_detect_reports_missing_data(camel_data):
    status = detect_backends()
    assert not status.morphology and not status.ner and status.backends == []
    assert status.morphology_message.startswith(
        "camel-tools morphology data not found in $CAMELTOOLS_DATA (")
    assert str(camel_data) in status.morphology_message
    assert f"`camel_data -i {MORPH_PACKAGE}`" in status.morphology_message
    assert f"`camel_data -i {NER_PACKAGE}`" in status.ner_message
    assert "\n" not in status.morphology_message + status.ner_message
    with pytest.raises(BackendUnavailable, match=r"\[KG403\] camel-tools morphology data"):
        choose_backend("camel-morph")


def test_backends_detect_finds_installed_layout(camel_data):
    _morph_data(camel_data)
    status = detect_backends()
    assert status.morphology and status.catalogue and not status.ner
    assert status.backends == ["camel-morph"]


def test_backends_morph_db_without_catalogue_is_unavailable(camel_data):
    _morph_data(camel_data)
    (camel_data / "catalogue.json").unlink()
    status = detect_backends()
    assert not status.morphology
    assert "no catalogue.json" in status.morphology_message


def test_backends_morph_analyzer_lemmatizes_inflected_forms(camel_data):
    db = _morph_data(camel_data)
    morph = MorphAnalyzer(str(db))
    assert morph.lemmas("سيزور") == ["زار"]
    assert morph.lemmas("وزارها") == ["زار"]
    assert morph.lemmas("زيارته") == ["زياره"]
    assert morph.lemmas("موسكو") == []
    (a,) = morph.analyze("سيزور")
    assert a.tense == "future" and a.pos == "verb"
    assert morph.clitic_splits("وزارها") == [["و", "زار", "ها"]]
    assert morph.analyze("وزارها")[0].enclitic


def test_backends_morph_installed_is_cached_per_process(camel_data):
    _morph_data(camel_data)
    assert MorphAnalyzer.installed() is MorphAnalyzer.installed()


def test_backends_ner_tagger_returns_spans_with_valid_offsets(camel_data):
    model = _ner_data(camel_data)
    assert detect_backends().ner
    tagger = NerTagger(str(model))
    words = NER_SENTENCE.replace(".", " .").split()
    labels = tagger.labels(words)
    assert len(labels) == len(words) and set(labels) <= set(NER_LABELS)
    spans = tagger.person_spans(NER_SENTENCE)
    for sp in spans:  # random weights: check the plumbing, not the labels
        assert 0 <= sp.start < sp.end <= len(NER_SENTENCE)
        assert NER_SENTENCE[sp.start:sp.end] == sp.text
        assert sp.text == sp.text.strip()


def test_backends_ner_person_spans_join_i_pers_words(camel_data):
    tagger = NerTagger(str(_ner_data(camel_data, favour="I-PERS")))
    text = "  " + NER_SENTENCE
    (sp,) = tagger.person_spans(text)
    assert (sp.start, sp.end) == (2, len(text)) and sp.text == NER_SENTENCE
    from kg.backends import extra_person_spans

    doc = make_doc("a", "مقدمة قصيرة. " + NER_SENTENCE)
    (sp2,) = extra_person_spans(doc.sentences[1], tagger)
    assert doc.text[sp2.start:sp2.end] == NER_SENTENCE


def test_backends_camel_extractor_adds_lemma_trigger(camel_data):
    _morph_data(camel_data)
    # "زارته" (past + 3fs object) is not among the rules' generated forms of زار
    # only if the lexicon lacks it; whichever, the camel extractor must find
    # at least the rules' triples.
    text = "زار الرئيس الروسي فلاديمير بوتين تركيا أمس."
    art = Article(id="a", text=text)
    rules = CamelExtractor(use=[]).extract(art)
    camel = CamelExtractor(use=["camel-morph"])
    assert camel.backends == ["camel-morph"] and "camel-morph" in camel.version
    got = camel.extract(art)
    assert {t.key() for t in rules.triples} <= {t.key() for t in got.triples}


def test_backends_lemma_pass_finds_trigger_the_rules_miss(camel_data):
    from kg.backends import _with_lemma_triggers
    from kg.lexicon import load_lexicon

    _morph_data(camel_data)
    lex = load_lexicon()
    morph = MorphAnalyzer.installed()
    # A form the analyzer knows; drop it from the lexicon's generated forms so
    # the test shows the lemma pass, whatever forms the lexicon generates.
    base = {k: v for k, v in lex.trigger_forms.items() if k != "سيزور"}
    from dataclasses import replace

    lex2 = replace(lex, trigger_forms=base)
    doc = make_doc("a", "سيزور الرئيس موسكو.")
    out = _with_lemma_triggers(lex2, doc, morph)
    (tf,) = out.trigger_forms["سيزور"]
    assert tf.entry.relation == "visit" and tf.tense == "future"
    assert "سيزور" not in lex2.trigger_forms  # the shared lexicon is untouched


def test_backends_camel_extractor_runs_ner(camel_data):
    _ner_data(camel_data)
    ex = CamelExtractor()
    assert ex.backends == ["camel-ner"]
    result = ex.extract(Article(id="a", text=NER_SENTENCE))
    assert result.article == "a"


def _build_with_backend(tmp_path, backend: str):
    """`kg build` of a one-article corpus with ``--backend``."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("زار الرئيس الروسي تركيا.", encoding="utf-8")
    return CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "out"),
                                     "--backend", backend])


def test_cli_build_backend_camel_morph_missing_exits_2(camel_data, tmp_path):
    res = _build_with_backend(tmp_path, "camel-morph")
    assert res.exit_code == 2, res.output
    assert "camel-tools morphology data not found in $CAMELTOOLS_DATA" in res.stderr
    assert f"camel_data -i {MORPH_PACKAGE}" in res.stderr
    assert not (tmp_path / "out" / "triples.jsonl").exists()


def test_cli_build_backend_auto_falls_back_to_rules(camel_data, tmp_path):
    res = _build_with_backend(tmp_path, "auto")
    assert res.exit_code == 0, res.output
    assert "backend: rules (camel-tools data not found" in res.stderr
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert "rules" in json.dumps(report)


def test_backends_import_needs_no_network_nor_camel_data(tmp_path):
    code = ("import sys, kg, kg.backends as b\n"
            "s = b.detect_backends()\n"
            "b.register_backends()\n"
            "from kg.extract import extractor_names\n"
            "assert {'camel', 'camel-morph', 'camel-ner'} <= set(extractor_names())\n"
            "bad = [m for m in sys.modules if m.startswith(('camel_tools.data', "
            "'camel_tools.morphology', 'camel_tools.ner', 'camel_tools.disambig'))]\n"
            "assert not bad, bad\n"
            "from kg.errors import BackendUnavailable\n"
            "try:\n"
            "    b.NerTagger('nowhere')\n"
            "except BackendUnavailable as e:\n"
            "    assert 'no catalogue.json' in str(e)\n"
            "assert 'camel_tools.data' not in sys.modules\n"
            "print('ok', s.morphology, s.ner)\n")
    env = {**os.environ, "CAMELTOOLS_DATA": str(tmp_path / "empty"),
           "HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9",
           "NO_PROXY": "", "HF_HUB_OFFLINE": "1"}
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, timeout=20,
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "ok False False"
