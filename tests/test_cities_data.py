"""Validate ``kg/lexicon/cities.jsonl``: cities and well-known places mapped to
the state they lie in (``"وصل إلى جدة"`` → a visit to Saudi Arabia).

Contract, one JSON object per line, keys sorted, ``ensure_ascii=False``,
lines sorted by id::

    {"aliases": ["جيزان"], "country": "saudi_arabia", "id": "jazan",
     "name": "جازان", "name_en": "Jazan"}

Names left out on purpose are listed in
``kg/lexicon/sources/cities_excluded.md``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from kg.text import clitic_forms, normalize

LEXICON = Path(__file__).resolve().parents[1] / "kg" / "lexicon"
CITIES = LEXICON / "cities.jsonl"
COUNTRIES = LEXICON / "countries.jsonl"
KEYS = {"aliases", "country", "id", "name", "name_en"}
ARABIC_NAME = re.compile(r"^[\u0621-\u064a\u0670\u067e\u0686\u06a4\u06af ]+$")

# Names the curation rejected (see cities_excluded.md); none may come back.
EXCLUDED = [
    "طرابلس", "صور", "البيضاء", "الأبيض", "القدس", "عمان",
    "العديد", "الخبر", "ينبع", "حائل", "القنيطرة", "زنجبار", "الجوف",
    "العين", "مشهد", "قم", "يزد", "بورصة", "الباب", "حماة", "تدمر", "دوما",
    "الزرقاء", "معان", "وجدة", "سلا", "بعقوبة", "لحج", "أطار", "إب", "كان",
    "ليل", "البندقية", "ميلان", "الكفرة", "الخمس", "العيون", "الداخلة",
    "سبتة", "مليلية", "سيفاستوبول", "دونيتسك", "بالي", "كانو", "بحري",
    "المرج", "حيدر آباد", "قرطبة", "فالنسيا",
]


def _lines() -> list[str]:
    return CITIES.read_text(encoding="utf-8").splitlines()


def _cities() -> list[dict]:
    return [json.loads(line) for line in _lines()]


def _names(entry: dict) -> list[str]:
    return [entry["name"], *entry["aliases"]]


def _country_names() -> dict[str, str]:
    """Normalized name → country id, for every name the country loader
    compiles: name, aliases, metonyms and capital."""
    names: dict[str, str] = {}
    for line in COUNTRIES.read_text(encoding="utf-8").splitlines():
        country = json.loads(line)
        capital = [country["capital"]] if country.get("capital") else []
        for name in [country["name"], *country["aliases"], *country["metonyms"], *capital]:
            names.setdefault(normalize(name), country["id"])
    return names


def _country_ids() -> set[str]:
    return {json.loads(line)["id"]
            for line in COUNTRIES.read_text(encoding="utf-8").splitlines()}


def test_cities_file_has_enough_entries():
    assert len(_lines()) >= 400


def test_cities_lines_are_canonical_and_sorted_by_id():
    ids = []
    for number, line in enumerate(_lines(), 1):
        assert line.strip(), f"cities.jsonl:{number}: blank line"
        obj = json.loads(line)
        assert line == json.dumps(obj, ensure_ascii=False, sort_keys=True), line[:80]
        ids.append(obj["id"])
    assert ids == sorted(ids), "cities.jsonl is not sorted by id"


def test_cities_fields():
    for entry in _cities():
        assert set(entry) == KEYS, entry
        assert re.fullmatch(r"[a-z][a-z0-9_]*", entry["id"]), entry["id"]
        assert isinstance(entry["name_en"], str) and entry["name_en"].strip(), entry
        assert isinstance(entry["aliases"], list), entry
        for name in _names(entry):
            assert isinstance(name, str), entry
            assert name == name.strip() and "  " not in name, (entry["id"], name)
            assert ARABIC_NAME.match(name), (entry["id"], name)


def test_cities_ids_unique():
    counts = Counter(entry["id"] for entry in _cities())
    assert not [i for i, n in counts.items() if n > 1]


def test_cities_country_ids_exist():
    ids = _country_ids()
    missing = sorted({e["country"] for e in _cities()} - ids)
    assert not missing, missing


def test_city_aliases_are_not_folded_duplicates_of_their_own_names():
    """Variants that differ only in hamza, alif maqsura or ta marbuta are
    folded by the matcher and must not be listed twice."""
    for entry in _cities():
        normed = [normalize(n) for n in _names(entry)]
        assert len(normed) == len(set(normed)), (entry["id"], _names(entry))


def test_no_city_name_is_a_country_name_alias_metonym_or_capital():
    countries = _country_names()
    clashes = [(entry["id"], name, countries[normalize(name)])
               for entry in _cities() for name in _names(entry)
               if normalize(name) in countries]
    assert not clashes, clashes


def test_no_city_name_is_shared_by_two_cities():
    owner: dict[str, str] = {}
    clashes = []
    for entry in _cities():
        for name in _names(entry):
            key = normalize(name)
            if key in owner and owner[key] != entry["id"]:
                clashes.append((name, owner[key], entry["id"]))
            owner.setdefault(key, entry["id"])
    assert not clashes, clashes


def test_no_city_name_becomes_another_name_once_a_proclitic_is_stripped():
    """The matcher also tries a word without و/ف/ب/ل/ك: وجدة (Oujda) would
    then read as "and Jeddah", كسلا (Kassala) as "like Salé"."""
    owner = {key: "country:" + cid for key, cid in _country_names().items()}
    for entry in _cities():
        for name in _names(entry):
            owner.setdefault(normalize(name), entry["id"])
    clashes = []
    for entry in _cities():
        for name in _names(entry):
            key = normalize(name)
            if " " in key:
                continue
            for form in clitic_forms(key)[1:]:
                if form in owner and owner[form] != entry["id"]:
                    clashes.append((entry["id"], name, form, owner[form]))
    assert not clashes, clashes


@pytest.mark.parametrize("name", EXCLUDED)
def test_excluded_names_stay_out(name):
    listed = {normalize(n) for entry in _cities() for n in _names(entry)}
    assert normalize(name) not in listed


def test_key_destinations_map_to_their_country():
    by_name = {normalize(n): e["country"] for e in _cities() for n in _names(e)}
    expected = {
        "جدة": "saudi_arabia", "بنغازي": "libya", "مصراتة": "libya",
        "بورتسودان": "sudan", "الفاشر": "sudan", "عدن": "yemen",
        "غزة": "palestine", "رفح": "palestine", "جنين": "palestine",
        "الإسكندرية": "egypt", "شرم الشيخ": "egypt", "دبي": "united_arab_emirates",
        "إسطنبول": "turkey", "سان بطرسبورغ": "russia", "سوتشي": "russia",
        "نيويورك": "united_states", "جنيف": "switzerland", "دافوس": "switzerland",
        "ميونخ": "germany", "قاعدة حميميم": "syria", "قاعدة العديد": "qatar",
        "قاعدة الجفرة": "libya", "حيفا": "israel", "أربيل": "iraq",
    }
    wrong = {k: by_name.get(normalize(k)) for k, v in expected.items()
             if by_name.get(normalize(k)) != v}
    assert not wrong, wrong


def test_muscat_is_a_place_but_not_in_a_birthplace():
    """مسقط is listed with a guard in code: مسقط رأسه is "his birthplace"."""
    from kg.extract import extract_text

    visit = extract_text("وصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط اليوم.")
    assert [(t.relation.value, t.object, t.location) for t in visit.triples
            if t.relation.value == "visit"] == [("visit", "oman", "مسقط")]
    birthplace = extract_text("وزار الرئيس الإيراني مسعود بزشكيان مسقط رأسه في مهاباد.")
    assert not [t for t in birthplace.triples if t.object == "oman"]
