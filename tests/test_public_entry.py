"""A later paper that "proposes" a public catalogue entry uses it (kg.pwc.public_entry, kg.link.public_entries_proposed);
the paper the catalogue says introduced an entry proposes it (kg.pwc.entry_of_paper, kg.link.own_entries_named)."""
from __future__ import annotations

import json
from dataclasses import replace

from kg import pwc
from kg.build import build
from kg.extract.pipeline import make_doc, to_extraction
from kg.link import OWN_ENTRY, link
from kg.types import Record, Source

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


def paper_roles(tmp_path, papers: list[dict] = PAPERS) -> set[tuple[str, str, str]]:
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(p) + "\n" for p in papers), encoding="utf-8")
    build([tmp_path / "in.jsonl"], out_dir=tmp_path / "out", workers=1)
    edges = [json.loads(line) for line in (tmp_path / "out" / "edges.jsonl").read_text(encoding="utf-8").splitlines()]
    return {(e["source"], e["type"], e["target"]) for e in edges if e["source"].startswith("arXiv:")}


def test_a_later_paper_uses_the_public_entry_it_names_after_a_cue_and_its_own_paper_proposes_it(tmp_path):
    roles = paper_roles(tmp_path)
    assert ("arXiv:2104.11394", "USES", "Model:bert") in roles
    assert ("arXiv:2104.11394", "PROPOSES", "Model:bert") not in roles
    assert ("arXiv:1810.04805", "PROPOSES", "Model:bert") in roles  # the entry's own paper (its title heads the name)


OWN_COINAGES = [
    {"id": "2507.99001", "year": 2025, "title": "Agents that Keep Learning After Deployment",
     "abstract": "Language model agents do not learn once deployed. To address this limitation, we propose the Adaptive "
                 "Reflective Interactive Agent (ARIA), an LLM agent framework designed to learn domain knowledge at test "
                 "time. ARIA asks for guidance when it is unsure."},
    {"id": "2603.99002", "year": 2026, "title": "SHANDS: A Multi-View Dataset for Surgical Hand-Gesture Recognition",
     "abstract": "Skill assessment in surgical training is costly. To address this gap, we present Surgical-Hands (SHands), "
                 "a large-scale multi-view video dataset for surgical hand-gesture recognition. SHands is publicly "
                 "released."},
]


def test_a_spelled_out_coinage_that_only_shares_a_catalogued_short_form_stays_the_papers_proposal(tmp_path):
    """ARIA (PwC: "Adaptive Richard's Curve Weighted Activation", 2018) spelled out otherwise
    (``pwc.spelled_otherwise``); SHands at the head of a title written "SHANDS" (``pwc._heads_title``)."""
    roles = {(paper, rel, target.split(":")[0]) for paper, rel, target in paper_roles(tmp_path, OWN_COINAGES)
             if target.split(":", 1)[1] in ("aria", "shand", "shands")}
    assert ("arXiv:2507.99001", "PROPOSES", "Method") in roles
    assert ("arXiv:2603.99002", "PROPOSES", "Dataset") in roles
    assert not {r for r in roles if r[1] == "USES"}


OWN_ENTRY_PAPERS = [
    {"id": "2303.08774", "year": 2023, "title": "GPT-4 Technical Report",
     "abstract": "We report the development of GPT-4, a large-scale, multimodal model which can accept image and text "
                 "inputs and produce text outputs. GPT-4 exhibits human-level performance on various professional and "
                 "academic benchmarks."},
    {"id": "2401.00001", "year": 2024, "title": "Grading Short Answers with Large Language Models",
     "abstract": "We use GPT-4 to grade short answers written by students and compare its grades with those of "
                 "teachers."},
]


def test_the_entrys_own_paper_proposes_it_and_another_paper_uses_it(tmp_path):
    roles = paper_roles(tmp_path, OWN_ENTRY_PAPERS)
    assert ("arXiv:2303.08774", "PROPOSES", "Model:gpt-4") in roles
    assert ("arXiv:2303.08774", "USES", "Model:gpt-4") not in roles
    assert ("arXiv:2401.00001", "USES", "Model:gpt-4") in roles
    assert ("arXiv:2401.00001", "PROPOSES", "Model:gpt-4") not in roles


def test_a_near_title_is_another_papers_and_only_the_entrys_own_title_proposes_it():
    """``pwc.entry_of_paper`` asks the entry's paper's title exactly (session 69, tidy69): "Localizing Visual Sounds
    the Easy Way" (span train) names VGG-SS, which PwC files under "… the Hard Way"; "Sharpness-Aware Minimization
    with Dynamic Reweighting" (span train) is a later paper on SAM, whose title opens the same."""
    catalogue = pwc.load_catalogue()
    assert pwc.entry_of_paper("Dataset", ["VGG-Sound Source"], "Localizing Visual Sounds the Hard Way", catalogue)
    assert not pwc.entry_of_paper("Dataset", ["VGG-Sound Source"], "Localizing Visual Sounds the Easy Way", catalogue)
    sam = ["SAM", "Sharpness-Aware Minimization"]
    assert pwc.entry_of_paper("Method", sam, "Sharpness-Aware Minimization for Efficiently Improving Generalization", catalogue)
    assert not pwc.entry_of_paper("Method", sam, "Sharpness-Aware Minimization with Dynamic Reweighting", catalogue)


def test_only_a_spelling_of_two_or_more_words_can_spell_an_entry_otherwise():
    """``pwc.spelled_otherwise`` (session 69, tidy69; catalogue entries): AI-TOD ("Tiny Object Detection in Aerial
    Images") written as its hyphened short form spells nothing out (it shares no word with the long form, yet is
    no spelling-out: ``_spelled_out``); a spelled-out name sharing under half its words with the entry's is the paper's own."""
    catalogue = pwc.load_catalogue()
    longs = catalogue.longs[catalogue.match("Dataset", ["AI-TOD"]).pwc_id]
    assert not pwc.spelled_otherwise(["AI-TOD"], longs)  # "ai", "tod": no word of the long form, but a short form
    assert not pwc.spelled_otherwise(["Tiny Object Detection in Aerial Images"], longs)
    assert pwc.spelled_otherwise(["Aerial Instance Tracking and Open Detection"], longs)
    # a corpus abstract (2025) names Re-DocRED, which PwC spells out as "Revisiting Document-Level Relation Extraction"
    redocred = catalogue.longs[catalogue.match("Dataset", ["Re-DocRED"]).pwc_id]
    assert not pwc.spelled_otherwise(["Re-DocRED"], redocred)


def test_an_own_entry_named_in_two_paper_relations_gets_one_own_entry_evidence(nlp):
    """``link.add_paper`` makes the own entry's PROPOSES once however many paper relations name it (span train:
    521 of 19,048 paper-relation names come twice, "USES" from title and abstract among them); without that check each
    relation added one more ``own_entry`` evidence to the edge."""
    record = Record("Semi-Supervised Classification with Graph Convolutional Networks",
                    "We study semi-supervised node classification on citation networks. We apply Graph Convolutional "
                    "Networks (GCNs) to the Cora dataset, where GCNs outperform label propagation.",
                    Source("inline", 1), arxiv_id="1609.02907", year=2016)
    paper = to_extraction(record, nlp(make_doc(nlp, record)))
    gcn = [i for i, m in enumerate(paper.mentions) if m.text in ("GCNs", "Graph Convolutional Networks")]
    uses = [r for r in paper.relations if r.head is None and r.tail in gcn]
    assert len(uses) == 1 and len(gcn) >= 2
    other = next(i for i in gcn if i != uses[0].tail)
    paper.relations.append(replace(uses[0], type="MENTIONS", tail=other))  # a second paper relation to the same node
    graph, _ = link([paper])
    edges = [e for e in graph.iter_edges() if e.type == "PROPOSES" and e.target == "Method:graph-convolutional-network"]
    assert len(edges) == 1 and [ev.rule for ev in edges[0].evidence] == [OWN_ENTRY]
