"""A later paper that "proposes" a public catalogue entry uses it (kg.pwc.public_entry, kg.link.public_entries_proposed)."""
from __future__ import annotations

import json

from kg.build import build

PAPERS = [
    {"id": "2104.11394", "year": 2021, "title": "History-Aware Conversational Search with Pre-trained Encoders",
     "abstract": "Conversational search needs the history of a dialogue. On one hand, we introduce a framework based on a "
                 "publically available pre-trained language model called BERT for incorporating history turns into the "
                 "system. Experiments show gains in retrieval quality."},
    {"id": "1810.04805", "year": 2018, "title": "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
     "abstract": "We introduce a new language representation model called BERT, which stands for Bidirectional Encoder "
                 "Representations from Transformers. BERT obtains new state-of-the-art results on eleven natural language "
                 "processing tasks."},
]


def paper_roles(tmp_path) -> set[tuple[str, str, str]]:
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(p) + "\n" for p in PAPERS), encoding="utf-8")
    build([tmp_path / "in.jsonl"], out_dir=tmp_path / "out", workers=1)
    edges = [json.loads(line) for line in (tmp_path / "out" / "edges.jsonl").read_text(encoding="utf-8").splitlines()]
    return {(e["source"], e["type"], e["target"]) for e in edges if e["source"].startswith("arXiv:")}


def test_a_later_paper_uses_the_public_entry_it_names_after_a_cue_and_its_own_paper_proposes_it(tmp_path):
    roles = paper_roles(tmp_path)
    assert ("arXiv:2104.11394", "USES", "Model:bert") in roles
    assert ("arXiv:2104.11394", "PROPOSES", "Model:bert") not in roles
    assert ("arXiv:1810.04805", "PROPOSES", "Model:bert") in roles  # the entry's own paper (its title heads the name)
