"""Linking: mentions from many papers → one node per thing, relation hits → evidence-backed edges.

Names fold (case, hyphens, spaces, plurals) and "Long Form (LF)" pairs join, across the
whole corpus, with a union-find over (label, folded name). Each cluster's display name is
chosen from the whole cluster (gazetteer name, else the short form, else the most frequent
spelling), so the result does not depend on the order papers arrive in.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from kg.extract.pipeline import MentionRecord, PaperExtraction
from kg.graph import Evidence, KnowledgeGraph
from kg.link_results import add_results
from kg import pwc
from kg.names import GLUE_WORDS, entity_key, fold_name, singular

NodeId = tuple[str, str]  # (label, folded name)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[NodeId, NodeId] = {}

    def find(self, x: NodeId) -> NodeId:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: NodeId, b: NodeId) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def mention_ids(m: MentionRecord, ambiguous: frozenset[NodeId] = frozenset()) -> list[NodeId]:
    """Every (label, folded name) a mention vouches for: its text, canonical name, long form.

    A short form defined with different expansions in different papers ("PO" for preference
    and for prompt optimization) is ``ambiguous``: its mentions are identified by the listed
    name they stand for, else by their paper's expansion, so the two things stay two nodes;
    a bare use with neither stays on a node of its own.
    """
    if (m.long_form or m.canonical) and (m.label, fold_name(m.text)) in ambiguous:
        ids = [(m.label, fold_name(m.canonical or m.long_form))]  # the listed thing, else the paper's own
        if m.canonical and m.long_form:
            ids.append((m.label, fold_name(m.long_form)))
        return ids
    ids = [(m.label, fold_name(m.text))]
    listed = []  # a gazetteer's canonical name: the thing itself, even where its short form is ambiguous
    if m.canonical:
        (listed if m.rule == "gazetteer" else ids).append((m.label, fold_name(m.canonical)))
    if m.long_form:
        ids.append((m.label, fold_name(m.long_form)))
    return [i for n, i in enumerate(ids) if i[1] and (n == 0 or i not in ambiguous)] + [i for i in listed if i[1]]


class Linker:
    """Collects extractions, then builds the graph in one deterministic pass."""

    def __init__(self) -> None:
        self.ambiguous: frozenset[NodeId] = frozenset()
        self.papers: dict[str, PaperExtraction] = {}
        self.duplicates = 0

    def add(self, paper: PaperExtraction) -> bool:
        """Keep the first record of a paper key; a repeat is counted, not extracted twice."""
        if paper.key in self.papers:
            self.duplicates += 1
            return False
        self.papers[paper.key] = paper
        return True

    def build(self, graph: KnowledgeGraph | None = None) -> KnowledgeGraph:
        graph = graph or KnowledgeGraph()
        papers = [self.papers[k] for k in sorted(self.papers)]
        settle_labels(papers)
        self.ambiguous = ambiguous_short_forms(papers)
        uf = _UnionFind()
        surfaces: dict[NodeId, Counter] = defaultdict(Counter)
        canonical: dict[NodeId, set[str]] = defaultdict(set)
        shorts: dict[NodeId, set[str]] = defaultdict(set)
        for paper in papers:
            for m in paper.mentions:
                ids = mention_ids(m, self.ambiguous)
                uf.find(ids[0])
                for other in ids[1:]:
                    uf.union(ids[0], other)
                surfaces[ids[0]][m.text] += 1
                if m.canonical and ((m.label, fold_name(m.canonical)) not in self.ambiguous or m.rule == "gazetteer"):
                    canonical[ids[0]].add(m.canonical)
                if m.long_form:
                    short = m.text if fold_name(m.text) != fold_name(m.long_form) else m.canonical
                    if short and (m.label, fold_name(short)) not in self.ambiguous:
                        shorts[ids[0]].add(short)
                    surfaces[ids[0]][m.long_form] += 0
                if m.family:
                    uf.find(("Model", fold_name(m.family)))
                    surfaces[("Model", fold_name(m.family))][m.family] += 0
        catalogue = pwc.load_catalogue()
        spellings_of: dict[NodeId, set[str]] = defaultdict(set)
        for node_id in uf.parent:
            spellings_of[uf.find(node_id)].update(surfaces.get(node_id, ()))
        for group in pwc.same_entry_groups(spellings_of, catalogue):
            for other in group[1:]:  # SCHEMA.md: two spellings with one pwc_id are one node
                uf.union(group[0], other)
        clusters: dict[NodeId, dict] = {}
        for node_id in list(uf.parent):
            root = uf.find(node_id)
            c = clusters.setdefault(root, {"surfaces": Counter(), "canonical": set(), "shorts": set(), "label": root[0]})
            c["surfaces"].update(surfaces.get(node_id, Counter()))
            for s in surfaces.get(node_id, ()):  # keep zero-count spellings as aliases
                c["surfaces"].setdefault(s, 0)
            c["canonical"] |= canonical.get(node_id, set())
            c["shorts"] |= shorts.get(node_id, set())
        key_of: dict[NodeId, str] = {}
        for root, c in sorted(clusters.items()):
            name = choose_name(c, {s for s in c["surfaces"] if (c["label"], fold_name(s)) in self.ambiguous})
            key = entity_key(c["label"], name)
            aliases = {s for s in c["surfaces"] if s != name}
            node = graph.add_node(key, c["label"], name, aliases)
            clusters[root]["key"] = node.key
        for node_id in uf.parent:
            key_of[node_id] = clusters[uf.find(node_id)]["key"]

        for paper in papers:
            self._add_paper(graph, paper, key_of)
        ensure_paper_edges(graph)
        pwc.link_catalogue(graph, catalogue)  # pwc_id on nodes, SUBTASK_OF between tasks
        return graph

    def _add_paper(self, graph: KnowledgeGraph, paper: PaperExtraction, key_of: dict[NodeId, str]) -> None:
        r = paper.record
        graph.add_node(
            paper.key, "Paper", r.title, title=r.title, abstract=r.abstract, arxiv_id=r.arxiv_id, year=r.year,
            authors=list(r.authors), categories=list(r.categories), source=f"{r.source.path}:{r.source.line}",
        )
        mkeys = [key_of[mention_ids(m, self.ambiguous)[0]] for m in paper.mentions]
        add_results(graph, paper, mkeys)
        paper_edges: dict[str, list[tuple[str, Evidence]]] = defaultdict(list)
        for rel in paper.relations:
            tail = paper.mentions[rel.tail]
            if rel.head is None:
                ev = Evidence(paper.key, tail.field, rel.sentence, -1, -1, tail.start, tail.end, rel.rule, rel.confidence)
                graph.add_edge(paper.key, rel.type, mkeys[rel.tail], ev)
                paper_edges[mkeys[rel.tail]].append((rel.type, ev))
            else:
                head = paper.mentions[rel.head]
                ev = Evidence(paper.key, tail.field, rel.sentence, head.start, head.end, tail.start, tail.end, rel.rule, rel.confidence)
                graph.add_edge(mkeys[rel.head], rel.type, mkeys[rel.tail], ev)
        mentioned = set(mkeys)
        for m, mkey in zip(paper.mentions, mkeys):
            if not m.family or m.label != "Model":
                continue
            family_key = key_of[("Model", fold_name(m.family))]
            if m.variant == "derived" and family_key not in mentioned:
                continue  # a gazetteer fact the text does not state
            rel_type = "VARIANT_OF" if m.variant == "size" else "DERIVED_FROM"
            sentence = _sentence_at(paper, m)
            ev = Evidence(paper.key, m.field, sentence, m.start, m.end, m.start, m.start + len(m.family), "model_name_shape", 0.9)
            graph.add_edge(mkey, rel_type, family_key, ev)
            # The family named inside a variant gets the variant's Paper edges (a family the
            # paper proposes keeps just that: OPT's paper proposes OPT, it does not use it).
            if "PROPOSES" in {t for t, _ in paper_edges.get(family_key, ())}:
                continue
            for rel_type_p, pev in paper_edges.get(mkey, ()):
                ptype = "USES" if rel_type_p == "PROPOSES" else rel_type_p
                graph.add_edge(paper.key, ptype, family_key, Evidence(paper.key, pev.field, pev.sentence, -1, -1, m.start, m.start + len(m.family), "family_of_variant", 0.8))


# Types a name is easily given either of; within a pair, a name gets one type across the graph.
INTERCHANGEABLE_LABELS = ({"Dataset", "Benchmark"}, {"Model", "Method"})


def settle_labels(papers: list[PaperExtraction]) -> None:
    """One type per name: "BIG-bench" a Benchmark in one abstract and a Dataset in another is
    one Benchmark node. Unless the name says what it is, each mention votes for its label (a
    gazetteer-typed mention counts three times); the winner relabels every mention of the name."""
    votes: dict[tuple[int, str], Counter] = defaultdict(Counter)
    for paper in papers:
        for m in paper.mentions:
            for group, labels in enumerate(INTERCHANGEABLE_LABELS):
                if m.label in labels:
                    votes[(group, fold_name(m.canonical or m.text))][m.label] += 3 if m.canonical else 1
    winner = {k: label_named_in(k[1]) or max(sorted(c), key=c.get) for k, c in votes.items() if len(c) > 1}
    if not winner:
        return
    for paper in papers:
        for m in paper.mentions:
            for group, labels in enumerate(INTERCHANGEABLE_LABELS):
                if m.label in labels:
                    m.label = winner.get((group, fold_name(m.canonical or m.text)), m.label)


def label_named_in(folded: str) -> str | None:
    """A name that says what it is: "BIG-bench", "MMLU-Bench" are benchmarks, "X Corpus" data."""
    if "bench" in folded:
        return "Benchmark"
    if folded.endswith(("dataset", "corpus")):
        return "Dataset"
    return None


def short_form_conflicts(graph: KnowledgeGraph) -> list[tuple[str, str, list[str]]]:
    """(node key, short form, expansions) wherever one node's names spell one short form
    with two different expansions ("PO": Prompt Optimization and Preference Optimization):
    the false merge the ambiguity rule exists to prevent. Empty on a sound graph."""
    conflicts = []
    for key, node in sorted(graph.nodes.items()):
        names = {node.name, *node.aliases}
        for short in sorted(n for n in names if SHORT_FORM.match(n)):
            letters = [c.lower() for c in short if c.isalpha()]
            spelled = {expansion_key(n, stem=5) for n in names if n != short and initials(n) == letters}
            if len(spelled) > 1:
                conflicts.append((key, short, sorted(spelled)))
    return conflicts


SHORT_FORM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$")


def expansion_key(long_form: str, stem: int | None = None) -> str:
    """Expansions that differ only in glue words are one ("reinforcement learning from / with
    human feedback"); with ``stem``, words compare by their first ``stem`` letters, so
    "differential privacy" and "differentially private" are one too."""
    words = [w.lower() for w in re.split(r"[\s\-]+", long_form) if w and w.lower() not in GLUE_WORDS]
    return "-".join(singular(w)[:stem] for w in words)


def initials(name: str) -> list[str]:
    """First letters of a name's words ("Low-Rank Adaptation" → l, r, a), glue words skipped."""
    return [w[0].lower() for w in re.split(r"[\s\-]+", name) if w and w.lower() not in GLUE_WORDS]



def ambiguous_short_forms(papers: list[PaperExtraction]) -> frozenset[NodeId]:
    """Short forms that the corpus defines with more than one expansion."""
    expansions: dict[NodeId, set[str]] = defaultdict(set)
    for paper in papers:
        for m in paper.mentions:
            if m.long_form and fold_name(m.text) != fold_name(m.long_form):
                # A gazetteer name stands for its expansion: "LoRA" written out as "Low-Rank
                # Adapters" is still LoRA, but "PO" that is prompt optimization (a listed name)
                # in one paper and preference optimization in another is two things.
                expansions[(m.label, fold_name(m.text))].add(fold_name(m.canonical) if m.canonical else expansion_key(m.long_form))
            elif m.canonical and SHORT_FORM.match(m.text):
                expansions[(m.label, fold_name(m.text))].add(fold_name(m.canonical))  # a listed short form, used bare
    return frozenset(k for k, v in expansions.items() if len(v) > 1)


def _sentence_at(paper: PaperExtraction, m: MentionRecord) -> str:
    text = paper.record.title if m.field == "title" else paper.record.abstract
    start = max(text.rfind(". ", 0, m.start) + 2, 0) if text.rfind(". ", 0, m.start) >= 0 else 0
    end = text.find(". ", m.end)
    return text[start : (end + 1 if end >= 0 else len(text))].strip()


SHORT_FORM_SHARE = 4  # a defined short form names its node if used at least 1/4 as often as the top spelling


def choose_name(cluster: dict, avoid: set[str] = frozenset()) -> str:
    """Gazetteer name, else a defined short form that is in real use, else the most frequent
    spelling (ties: sorted).

    A short form one paper coins for a common term ("translation (TRAA)") does not rename the
    node every other paper reaches by the term: it names the node only when it is used at least
    a quarter as often as the most used spelling. Spellings in ``avoid`` (ambiguous short
    forms) only name a node when nothing else can.
    """
    if cluster["canonical"]:
        return sorted(cluster["canonical"])[0]
    surfaces = cluster["surfaces"]
    top = max(surfaces.values(), default=0)
    shorts = [s for s in cluster["shorts"] if surfaces.get(s, 0) * SHORT_FORM_SHARE >= top]
    if shorts:
        return sorted(shorts, key=lambda s: (-surfaces.get(s, 0), s))[0]
    return sorted(surfaces, key=lambda s: (s in avoid, -surfaces[s], s))[0]


def ensure_paper_edges(graph: KnowledgeGraph) -> None:
    """SCHEMA.md: every entity node has at least one edge from a Paper.

    An entity only linked to other entities gets MENTIONS from the paper behind that link;
    a node with no edge at all (a family named by the gazetteer but not by any text) is removed.
    """
    has_paper = {e.target for e in graph.edges.values() if graph.nodes[e.source].label == "Paper"}
    touched = {k for e in graph.edges.values() for k in (e.source, e.target)}
    for key in [k for k, n in graph.nodes.items() if n.label != "Paper" and k not in touched]:
        del graph.nodes[key]
    orphans = [k for k, n in graph.nodes.items() if n.label != "Paper" and k not in has_paper]
    for key in orphans:
        for edge in list(graph.edges.values()):
            if key in (edge.source, edge.target):
                ev = edge.strongest()
                graph.add_edge(ev.paper, "MENTIONS", key, Evidence(ev.paper, ev.field, ev.sentence, -1, -1, ev.head_start if key == edge.source else ev.tail_start, ev.head_end if key == edge.source else ev.tail_end, "co_mention", 0.5))
                break


def link(extractions: Iterable[PaperExtraction]) -> tuple[KnowledgeGraph, int]:
    """Convenience: link all extractions; returns the graph and the number of duplicate records."""
    linker = Linker()
    for paper in extractions:
        linker.add(paper)
    return linker.build(), linker.duplicates
