"""Synthetic corpora for the benchmark, made deterministically from the sample
corpus: each article recombines sentences of ``corpus/`` and renames their
actors with others of the gazetteer (a country's name, capital and demonym all
become another country's; a person "given-name surname" becomes another person
made from ``kg/lexicon/first_names.txt``), so no two articles are repeats.

    python bench/corpus.py 1000 /tmp/kg-bench/c1000
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus"
LEXICON = ROOT / "kg" / "lexicon"
_AR = "\u0600-\u06ff"
_LETTERS = "\u0621-\u064a"
_PROCLITIC = "(?:و|ف)?(?:ب|ل|ك)?"

__all__ = ["make_corpus", "sample_sentences"]


def sample_sentences(sample: Path = SAMPLE) -> list[str]:
    """Sentences (and headlines) of the sample corpus, in order, without repeats."""
    out: list[str] = []
    for f in sorted(sample.glob("*.txt")):
        for line in f.read_text("utf-8").splitlines():
            for s in re.split(r"(?<=[.!؟])\s+", line.strip()):
                if len(s.split()) >= 4 and s not in out:
                    out.append(s)
    return out


class _Countries:
    def __init__(self) -> None:
        rows = [json.loads(x) for x in (LEXICON / "countries.jsonl").read_text("utf-8").splitlines()
                if x.strip()]
        self.rows = [r for r in rows if r.get("capital") and r.get("demonym")
                     and not r.get("historical")]
        self.by_form: dict[str, tuple[int, str]] = {}
        for i, r in enumerate(self.rows):
            self.by_form[r["name"]] = (i, "name")
            self.by_form[r["capital"]] = (i, "capital")
            self.by_form["ال" + r["demonym"]] = (i, "demonym")
        forms = sorted(self.by_form, key=len, reverse=True)
        self.pattern = re.compile(
            f"(?<![{_AR}])({_PROCLITIC})(" + "|".join(map(re.escape, forms)) +
            f")(ة|ين|ون|ان)?(?![{_AR}])")

    def rename(self, text: str, mapping: dict[int, int], rng: random.Random) -> str:
        def sub(m: re.Match) -> str:
            i, kind = self.by_form[m.group(2)]
            if i not in mapping:
                mapping[i] = rng.randrange(len(self.rows))
            r = self.rows[mapping[i]]
            new = {"name": r["name"], "capital": r["capital"], "demonym": "ال" + r["demonym"]}[kind]
            suffix = m.group(3) or ""
            if kind != "demonym" and suffix:
                return m.group(0)  # a longer word that starts like a name
            return m.group(1) + new + suffix
        return self.pattern.sub(sub, text)


class _People:
    def __init__(self, sentences: list[str]) -> None:
        lines = (LEXICON / "first_names.txt").read_text("utf-8").splitlines() \
            if (LEXICON / "first_names.txt").exists() else []
        self.first = sorted({x.strip() for x in lines if x.strip() and not x.startswith("#")
                             and " " not in x.strip()})
        first = set(self.first)
        after: dict[str, int] = {}
        count: dict[str, int] = {}
        for s in sentences:
            words = re.findall(f"[{_LETTERS}]+|[^{_LETTERS}\\s]+", s)
            for w in words:
                count[w] = count.get(w, 0) + 1
            for a, b in zip(words, words[1:]):
                if a in first and re.fullmatch(f"[{_LETTERS}]{{3,}}", b):
                    after[b] = after.get(b, 0) + 1
        # a surname is a word met mostly after a given name (not خلال, الذي ...)
        surnames = {w for w, k in after.items() if 2 * k >= count[w] and w not in first}
        self.surnames = sorted(surnames) + self.first
        self.pattern = re.compile(f"(?<![{_AR}])(" + "|".join(map(re.escape, self.first)) +
                                  f") ([{_AR}]{{3,}})(?![{_AR}])") if self.first else None

    def rename(self, text: str, mapping: dict[str, str], rng: random.Random) -> str:
        if self.pattern is None:
            return text

        def sub(m: re.Match) -> str:
            if m.group(2) not in self.surnames:
                return m.group(0)
            for old in (m.group(1), m.group(2)):
                if old not in mapping:
                    mapping[old] = rng.choice(self.first if old == m.group(1) else self.surnames)
            return f"{mapping[m.group(1)]} {mapping[m.group(2)]}"

        text = self.pattern.sub(sub, text)
        # a surname met alone later in the article follows its person
        for old, new in mapping.items():
            if old in self.surnames and old not in self.first:
                text = re.sub(f"(?<![{_AR}])({_PROCLITIC}){re.escape(old)}(?![{_AR}])",
                              lambda m: m.group(1) + new, text)
        return text


def make_corpus(n: int, out: str | Path, seed: int = 7) -> list[Path]:
    """Write ``n`` unique synthetic articles to ``out`` (same ``n`` and ``seed``,
    same bytes); returns their paths. An existing complete corpus is reused."""
    out = Path(out)
    done = out / ".complete"
    if done.exists() and done.read_text() == f"{n} {seed}\n":
        return sorted(out.glob("*.txt"))
    out.mkdir(parents=True, exist_ok=True)
    for f in out.glob("*.txt"):
        f.unlink()
    sentences = sample_sentences()
    lengths = sorted(len(f.read_text("utf-8")) for f in SAMPLE.glob("*.txt"))
    countries, people = _Countries(), _People(sentences)
    seen: set[str] = set()
    paths = []
    i = 0
    while len(paths) < n:
        rng = random.Random(f"{seed}/{i}")
        i += 1
        target = rng.randint(lengths[0], lengths[-1])
        start = rng.randrange(len(sentences))
        picked: list[str] = []
        size = 0
        while size < target:  # runs of neighbouring sentences keep the story readable
            j = (start + rng.randint(0, 3)) % len(sentences) if picked else start
            start = j + 1
            picked.append(sentences[j % len(sentences)])
            size += len(picked[-1]) + 1
        cmap: dict[int, int] = {}
        pmap: dict[str, str] = {}
        text = people.rename(countries.rename(" ".join(picked), cmap, rng), pmap, rng)
        paras = text.split(". ")
        body = "\n".join(". ".join(paras[k:k + 3]) for k in range(0, len(paras), 3)) + "\n"
        digest = hashlib.sha256(body.encode()).hexdigest()[:16]
        if digest in seen:
            continue
        seen.add(digest)
        p = out / f"{len(paths):06d}_{digest}.txt"
        p.write_text(body, "utf-8")
        paths.append(p)
    done.write_text(f"{n} {seed}\n")
    return paths


if __name__ == "__main__":
    made = make_corpus(int(sys.argv[1]), sys.argv[2])
    print(f"{len(made)} articles in {sys.argv[2]}")
