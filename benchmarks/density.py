"""How dense with numbers is a corpus? Real-style news next to ``generate.py``'s articles.

    .venv/bin/python benchmarks/density.py [--articles 300] [--seed 1] [--claims]

For each source: words (``str.split``), sentences (claimcheck's rule-based splitter,
``nlp.sentences.split_sentences``), numbers written with digits per 1,000 words (a run of
digits with inner ``,``/``.`` groups is one number, so ``1,234.5`` and ``2021`` count once
each), the share of sentences holding at least one such number, and words per sentence.
``--claims`` adds claimcheck ``--fast`` claims per 1,000 words.

Sources (real-style text; front-matter and YAML keys are not counted):
    seeds        ``seeds/*.txt`` (real news articles)
    clusters     every document ``text`` in ``tests/data/clusters/*.yaml`` (short news items written for the tests)
    extraction   every case ``text`` in ``tests/data/extraction/*.yaml`` (sentences chosen for their claims)
    generated    ``generate.generate_articles(N, seed)`` bodies, with ``dense=True`` (the corpus before
                 session 7) and without (sentences without numbers mixed in)

Results: ``benchmarks/results/density.json`` and a table on stdout.
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import article_body, table, write_result  # noqa: E402
from generate import generate_articles  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def sources(articles: int, seed: int) -> dict[str, list[str]]:
    import yaml

    out: dict[str, list[str]] = {"seeds": [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]}
    clusters = []
    for p in sorted((ROOT / "tests/data/clusters").glob("*.yaml")):
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        clusters += [d["text"] for d in data.get("documents", []) if d.get("text")]
    out["clusters"] = clusters
    cases = []
    for p in sorted((ROOT / "tests/data/extraction").glob("*.yaml")):
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or []
        cases += [c["text"] for c in data if isinstance(c, dict) and c.get("text")]
    out["extraction"] = cases
    out["generated, dense (before)"] = [article_body(t) for _, t in generate_articles(articles, seed=seed, dense=True)]
    out["generated"] = [article_body(t) for _, t in generate_articles(articles, seed=seed)]
    return out


def measure(texts: list[str], claims: bool = False) -> dict[str, float]:
    from claimcheck.nlp.sentences import split_sentences

    words = sents = with_num = nums = 0
    for t in texts:
        words += len(t.split())
        nums += len(NUMBER.findall(t))
        for s in split_sentences(t):
            if not s.text.strip():
                continue
            sents += 1
            with_num += bool(NUMBER.search(s.text))
    row = {"texts": len(texts), "words": words, "sentences": sents,
           "numbers_per_1k_words": 1000 * nums / max(words, 1),
           "share_sentences_with_number": with_num / max(sents, 1),
           "words_per_sentence": words / max(sents, 1)}
    if claims:
        from claimcheck import api

        n = sum(len(api.extract(t, fast=True)) for t in texts)
        row["fast_claims_per_1k_words"] = 1000 * n / max(words, 1)
    return row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--claims", action="store_true", help="also count claimcheck --fast claims per 1,000 words")
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    src = sources(args.articles, args.seed)
    src = {**dict(list(src.items())[:2]), "seeds + clusters (the target)": src["seeds"] + src["clusters"],
           **dict(list(src.items())[2:])}
    rows = {name: measure(texts, args.claims) for name, texts in src.items()}
    head = ["source", "texts", "words", "sentences", "numbers / 1k words", "sentences with a number", "words / sentence"]
    if args.claims:
        head.append("--fast claims / 1k words")
    body = []
    for name, r in rows.items():
        line = [name, f"{r['texts']:,}", f"{r['words']:,}", f"{r['sentences']:,}", f"{r['numbers_per_1k_words']:.1f}",
                f"{r['share_sentences_with_number']:.0%}", f"{r['words_per_sentence']:.1f}"]
        if args.claims:
            line.append(f"{r['fast_claims_per_1k_words']:.1f}")
        body.append(line)
    print(table(body, head))
    write_result("density.json", {"articles": args.articles, "seed": args.seed, "sources": rows})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
