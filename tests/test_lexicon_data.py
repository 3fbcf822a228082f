"""Validate the lexicon data files in ``kg/lexicon/`` against their models.

The lexicon is general world knowledge; these tests guard its shape (one valid
object per line, unique ids, resolvable references) and the properties the
matcher relies on (no alias shared by two entries, deterministic generation).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

from kg.lexicon.models import (
    CountryEntry,
    InstitutionHead,
    OrganizationEntry,
    PersonEntry,
    TitleEntry,
)

REPO = Path(__file__).resolve().parents[1]
LEXICON = REPO / "kg" / "lexicon"
MAKE_COUNTRIES = LEXICON / "sources" / "make_countries.py"

FILES = {
    "countries.jsonl": (CountryEntry, "id"),
    "organizations.jsonl": (OrganizationEntry, "id"),
    "people.jsonl": (PersonEntry, "id"),
    "institutions.jsonl": (InstitutionHead, "head"),
    "titles.jsonl": (TitleEntry, "title"),
}


def _load(name: str):
    model, _ = FILES[name]
    path = LEXICON / name
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{name}:{number}: blank line"
        entries.append(model.model_validate_json(line))
    return entries


def _normalize(text: str) -> str:
    """Same folding as the matcher: no diacritics/tatweel, أإآ→ا, ى→ي, ة→ه."""
    text = "".join(c for c in unicodedata.normalize("NFC", text)
                   if not unicodedata.combining(c) and c != "\u0640")
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("name", sorted(FILES))
def test_lexicon_file_validates_one_object_per_line(name):
    entries = _load(name)
    assert entries, f"{name} is empty"


@pytest.mark.parametrize("name", sorted(FILES))
def test_lexicon_file_is_canonical_json_sorted_by_key(name):
    model, key = FILES[name]
    lines = (LEXICON / name).read_text(encoding="utf-8").splitlines()
    keys = []
    for line in lines:
        obj = json.loads(line)
        assert line == json.dumps(obj, ensure_ascii=False, sort_keys=True), line[:80]
        keys.append(obj[key])
    assert keys == sorted(keys), f"{name} is not sorted by {key}"


@pytest.mark.parametrize("name", sorted(FILES))
def test_lexicon_ids_unique(name):
    _, key = FILES[name]
    values = [getattr(entry, key) for entry in _load(name)]
    duplicates = sorted({v for v in values if values.count(v) > 1})
    assert not duplicates, duplicates


def test_lexicon_country_references_resolve():
    countries = {c.id for c in _load("countries.jsonl")}
    organizations = {o.id for o in _load("organizations.jsonl")}
    bad = [(o.id, o.country) for o in _load("organizations.jsonl")
           if o.country is not None and o.country not in countries]
    bad += [(o.id, o.part_of) for o in _load("organizations.jsonl")
            if o.part_of is not None and o.part_of not in organizations]
    for person in _load("people.jsonl"):
        if person.country is not None and person.country not in countries:
            bad.append((person.id, person.country))
        for role in person.roles:
            if role.country is not None and role.country not in countries:
                bad.append((person.id, role.country))
            if role.organization is not None and role.organization not in organizations:
                bad.append((person.id, role.organization))
    assert not bad, bad


def test_lexicon_person_role_titles_exist():
    titles = set()
    for title in _load("titles.jsonl"):
        titles.add(title.title)
        if title.feminine:
            titles.add(title.feminine)
    missing = sorted({(p.id, r.title) for p in _load("people.jsonl")
                      for r in p.roles if r.title not in titles})
    assert not missing, missing


def test_lexicon_person_roles_are_dated_consistently():
    bad = [(p.id, r.title, r.start, r.end) for p in _load("people.jsonl")
           for r in p.roles if r.end is not None and r.end < r.start]
    assert not bad, bad
    no_anchor = [p.id for p in _load("people.jsonl")
                 for r in p.roles if r.country is None and r.organization is None]
    assert not no_anchor, no_anchor


def test_lexicon_has_all_states():
    countries = _load("countries.jsonl")
    current = [c for c in countries if not c.historical]
    assert len(current) >= 195, len(current)
    assert {"soviet_union", "yugoslavia"} <= {c.id for c in countries if c.historical}
    iso = [c.iso2 for c in countries if c.iso2]
    assert len(iso) == len(set(iso))


def test_lexicon_no_alias_shared_between_entries():
    owners: dict[str, set[str]] = defaultdict(set)
    owners_en: dict[str, set[str]] = defaultdict(set)
    for country in _load("countries.jsonl"):
        key = f"country:{country.id}"
        # the loader also compiles ``capital`` as a name of the state
        surface = [country.name, *country.aliases, *country.metonyms]
        if country.capital:
            surface.append(country.capital)
        if country.demonym:
            surface.append(country.demonym)
        surface += country.demonym_variants + country.demonym_plurals
        for form in surface:
            owners[_normalize(form)].add(key)
        for form in [country.name_en, *country.aliases_en]:
            owners_en[form.casefold()].add(key)
    for org in _load("organizations.jsonl"):
        key = f"organization:{org.id}"
        for form in [org.name, *org.aliases]:
            owners[_normalize(form)].add(key)
        for form in [org.name_en, *org.aliases_en]:
            owners_en[form.casefold()].add(key)
    collisions = {form: sorted(keys) for table in (owners, owners_en)
                  for form, keys in table.items() if len(keys) > 1}
    for form, keys in sorted(collisions.items()):
        print(f"alias collision: {form!r} -> {keys}")
    assert not collisions, collisions


def test_lexicon_person_aliases_unique():
    """A person's name or alias names no other person, state or organization."""
    owners: dict[str, set[str]] = defaultdict(set)
    for person in _load("people.jsonl"):
        for form in [person.name, *person.aliases]:
            owners[_normalize(form)].add(f"person:{person.id}")
    others: dict[str, set[str]] = defaultdict(set)
    for country in _load("countries.jsonl"):
        for form in [country.name, *country.aliases, *country.metonyms,
                     *filter(None, [country.capital])]:
            others[_normalize(form)].add(f"country:{country.id}")
    for org in _load("organizations.jsonl"):
        for form in [org.name, *org.aliases]:
            others[_normalize(form)].add(f"organization:{org.id}")
    collisions = {f: sorted(k | others.get(f, set())) for f, k in owners.items()
                  if len(k) > 1 or f in others}
    for form, keys in sorted(collisions.items()):
        print(f"person alias collision: {form!r} -> {keys}")
    assert not collisions, collisions


def test_lexicon_institution_templates_have_country_slot():
    bad = [i.head for i in _load("institutions.jsonl") if "{country}" not in i.name_en]
    assert not bad, bad


def test_lexicon_make_countries_is_deterministic(tmp_path):
    out = tmp_path / "countries.jsonl"
    subprocess.run([sys.executable, str(MAKE_COUNTRIES), "--out", str(out)],
                   check=True, cwd=REPO, capture_output=True)
    assert out.read_bytes() == (LEXICON / "countries.jsonl").read_bytes()
