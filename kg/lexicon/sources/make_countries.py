"""Generate ``kg/lexicon/countries.jsonl`` from CLDR (via Babel) + curated data.

Base names come from Babel's CLDR territory names for Arabic and English.
``countries_curated.jsonl`` (next to this script) decides which territories are
included and adds what CLDR lacks: spelling variants, capitals, metonyms,
demonyms. A curated line with ``iso2`` is merged onto the CLDR names for that
code; a line without ``iso2`` (historical or unrecognised states) must carry
``name`` and ``name_en`` itself.

Merge rules, per entry:

* ``name`` / ``name_en``: the curated value if given, else CLDR. When the
  curated value replaces CLDR's, the CLDR name is kept as an alias unless the
  curated line says ``"cldr_alias": false`` (CLDR text in parentheses is
  dropped, ``&`` becomes ``and``).
* list fields: CLDR alias first, then curated values, de-duplicated in order;
  the entry's own name never appears among its aliases.

Output: one JSON object per line, keys sorted, ``ensure_ascii=False``, sorted
by id, validated with :class:`kg.lexicon.models.CountryEntry`.

Usage: ``python kg/lexicon/sources/make_countries.py [--out PATH]``
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
CURATED = HERE / "countries_curated.jsonl"
DEFAULT_OUT = HERE.parent / "countries.jsonl"

LIST_FIELDS = ("aliases", "aliases_en", "metonyms", "demonym_variants", "demonym_plurals")
SCALAR_FIELDS = ("capital", "demonym", "historical")
CURATED_ONLY = {"cldr_alias"}


def _clean(name: str) -> str:
    name = re.sub(r"\s*\([^)]*\)", "", name)
    name = name.replace(" & ", " and ")
    return re.sub(r"\s+", " ", name).strip()


def _dedup(values, exclude: str) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        value = value.strip()
        if value and value != exclude and value not in seen:
            seen.add(value)
            out.append(value)
    return out


def load_curated(path: Path = CURATED) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:  # pragma: no cover - data error
            raise SystemExit(f"{path}:{number}: {exc}") from exc
    return rows


def build(curated: list[dict]) -> list[dict]:
    from babel import Locale

    ar_names = Locale("ar").territories
    en_names = Locale("en").territories
    entries = []
    for row in curated:
        unknown = set(row) - set(LIST_FIELDS) - set(SCALAR_FIELDS) - CURATED_ONLY - {
            "id", "iso2", "name", "name_en"}
        if unknown:
            raise SystemExit(f"{row.get('id')}: unknown curated keys {sorted(unknown)}")
        iso2 = row.get("iso2")
        keep_cldr = row.get("cldr_alias", True)
        cldr_ar = cldr_en = None
        if iso2:
            if iso2 not in ar_names or iso2 not in en_names:
                raise SystemExit(f"{row['id']}: {iso2} is not a CLDR territory")
            cldr_ar, cldr_en = _clean(ar_names[iso2]), _clean(en_names[iso2])
        name = row.get("name") or cldr_ar
        name_en = row.get("name_en") or cldr_en
        if not name or not name_en:
            raise SystemExit(f"{row['id']}: needs name and name_en (no iso2)")
        entry = {"id": row["id"], "iso2": iso2, "name": name, "name_en": name_en}
        extra_ar = [cldr_ar] if keep_cldr and cldr_ar else []
        extra_en = [cldr_en] if keep_cldr and cldr_en else []
        entry["aliases"] = _dedup(extra_ar + row.get("aliases", []), name)
        entry["aliases_en"] = _dedup(extra_en + row.get("aliases_en", []), name_en)
        entry["metonyms"] = _dedup(row.get("metonyms", []), name)
        demonym = row.get("demonym")
        entry["demonym"] = demonym
        entry["demonym_variants"] = _dedup(row.get("demonym_variants", []), demonym or "")
        entry["demonym_plurals"] = _dedup(row.get("demonym_plurals", []), "")
        entry["capital"] = row.get("capital")
        entry["historical"] = bool(row.get("historical", False))
        entries.append(entry)
    return entries


def render(entries: list[dict]) -> str:
    sys.path.insert(0, str(REPO))
    from kg.lexicon.models import CountryEntry

    ids = [e["id"] for e in entries]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise SystemExit(f"duplicate ids: {duplicates}")
    lines = []
    for entry in sorted(entries, key=lambda e: e["id"]):
        model = CountryEntry(**entry)
        lines.append(json.dumps(model.model_dump(mode="json"), ensure_ascii=False,
                                sort_keys=True))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--curated", type=Path, default=CURATED)
    args = parser.parse_args(argv)
    text = render(build(load_curated(args.curated)))
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} countries to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
