"""Validate hand-edited lexicon files and rewrite them in canonical form.

Canonical form: one JSON object per line, every model field present, keys
sorted, ``ensure_ascii=False``, lines sorted by the file's key (id, head or
title). Run after editing organizations/people/institutions/titles.jsonl:

    python kg/lexicon/sources/canonicalize.py            # rewrite in place
    python kg/lexicon/sources/canonicalize.py --check    # exit 1 if not canonical

countries.jsonl is generated: edit countries_curated.jsonl and run
make_countries.py instead.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEXICON = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

from kg.lexicon.models import (  # noqa: E402
    InstitutionHead,
    OrganizationEntry,
    PersonEntry,
    TitleEntry,
)

FILES = {
    "organizations.jsonl": (OrganizationEntry, "id"),
    "people.jsonl": (PersonEntry, "id"),
    "institutions.jsonl": (InstitutionHead, "head"),
    "titles.jsonl": (TitleEntry, "title"),
}


def canonical(path: Path, model, key: str) -> str:
    entries = [model.model_validate_json(line)
               for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    dumped = sorted((e.model_dump(mode="json") for e in entries), key=lambda d: d[key])
    keys = [d[key] for d in dumped]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise SystemExit(f"{path.name}: duplicate {key}: {duplicates}")
    return "".join(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n" for d in dumped)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    status = 0
    for name, (model, key) in FILES.items():
        path = LEXICON / name
        text = canonical(path, model, key)
        if path.read_text(encoding="utf-8") != text:
            if args.check:
                print(f"{name}: not canonical")
                status = 1
            else:
                path.write_text(text, encoding="utf-8")
                print(f"{name}: rewritten")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
