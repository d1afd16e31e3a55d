"""Linking: mentions from many papers → one node per thing, relation hits → evidence-backed edges.

Names fold (case, hyphens, spaces, plurals) and "Long Form (LF)" pairs join, across the
whole corpus, with a union-find over (label, folded name). Each cluster's display name is
chosen from the whole cluster (gazetteer name, else the short form, else the most frequent
spelling), so the result does not depend on the order papers arrive in.

Memory is bounded by the graph, not by the papers: pass 1 (naming nodes) needs only counts of
the distinct names mentions carry (``NameStats``), and pass 2 adds one paper at a time, read
back in key order from sorted runs on disk (``PaperSpill``).
"""
from __future__ import annotations

import gzip
import heapq
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache
from os.path import commonprefix
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any, NamedTuple

from kg.extract.data_files import chosen_data_dir, data_dir_or_default
from kg.extract.gazetteer_names import load_gazetteer
from kg.extract.model_names import names_its_family, release_key, release_of
from kg.extract.pipeline import MentionRecord, PaperExtraction, RelationRecord
from kg.dedupe import DuplicateFills, TitleTwins, twin_offer
from kg.errors import KGError
from kg.extraction_store import ExtractionStore
from kg.graph import Evidence, KnowledgeGraph, TextFile
from kg.link_results import add_results
from kg.processes import release_freed_memory
from kg import pwc
from kg.names import GLUE_WORDS, entity_key, initials, name_words, singular
from kg.shipped_words import lexicon_words
from kg.names import cached_fold_name as fold_name  # emptied by Linker.build once linked
from kg.types import Record

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


def mention_ids(m: MentionRecord | MentionName, ambiguous: frozenset[NodeId] = frozenset()) -> list[NodeId]:
    """Every (label, folded name) a mention vouches for: its text, canonical name, long form.

    A short form defined with different expansions in different papers ("PO" for preference
    and for prompt optimization) is ``ambiguous``: its mentions are identified by the listed
    name they stand for, else by their paper's expansion, so the two things stay two nodes;
    a bare use with neither stays on a node of its own.
    """
    if (m.long_form or m.canonical) and (m.label, fold_name(m.text)) in ambiguous:
        # The listed thing, else the paper's own; a canonical name that is the short form again
        # ("SAN" of "SANs") is no name of the thing: it joined every paper's SAN expansion
        # (self-attention, stacked attention, stochastic answer networks) into one node.
        names = [n for n in (m.canonical, m.long_form) if n and (m.label, fold_name(n)) not in ambiguous]
        if not names:
            return [(m.label, fold_name(m.text))]
        return [(m.label, fold_name(n)) for n in names]
    ids = [(m.label, fold_name(m.text))]
    listed = []  # a gazetteer's canonical name: the thing itself, even where its short form is ambiguous
    if m.canonical:
        (listed if m.rule == "gazetteer" else ids).append((m.label, fold_name(m.canonical)))
    if m.long_form:
        ids.append((m.label, fold_name(m.long_form)))
    return [i for n, i in enumerate(ids) if i[1] and (n == 0 or i not in ambiguous)] + [i for i in listed if i[1]]


class MentionName(NamedTuple):
    """What linking needs of a mention before any paper is added to the graph: the names it
    carries (``rule`` is kept only when it is "gazetteer"). Many mentions share one."""

    text: str
    label: str
    canonical: str | None
    long_form: str | None
    rule: str
    family: str | None
    own_bare: bool = False  # a short form its paper proposes and never spells out (``own_bare_names``)
    coined_in: str = ""  # the key of the paper that coins the name bare by a cue (``coined_bare_names``) or anew
    anew: bool = False  # its paper names a catalogued thing's name anew at the head of its title (``named_anew_names``)
    proposed: bool = False  # its paper PROPOSES it (``pwc.same_entry_groups`` asks the letter-for-letter test only of such clusters)

    @classmethod
    def of(cls, m: MentionRecord, own_bare: bool = False, coined_in: str = "", anew: bool = False, proposed: bool = False) -> MentionName:
        return cls(m.text, m.label, m.canonical, m.long_form, "gazetteer" if m.rule == "gazetteer" else "", m.family, own_bare, coined_in, anew,
                   proposed)


def own_bare_names(paper: PaperExtraction) -> set[int]:
    """The mentions (indices) of a name the paper proposes and never spells out, with no listed
    name: "we present MASC, a metacognitive framework …". Another paper's "MaizeStandCounting
    (MaSC)" is not it: two papers that each coin a short form coin two things, so a short form
    one paper defines and another proposes bare is ambiguous (``ambiguous_short_forms``). The
    draw, span train, the sample and 1,000 corpus papers joined such pairs 11 times, all two things (REVEAL, MUSE,
    SHIFT, AEGIS, LIFE, MASC, TADA, Tint, RADAR, rDPO, MEG; eval/homonym61)."""
    proposed = {fold_name(paper.mentions[r.tail].text) for r in paper.relations if r.head is None and r.type == "PROPOSES"}
    if not proposed:
        return set()
    defined = {fold_name(m.text) for m in paper.mentions if m.long_form or m.canonical}
    return {n for n, m in enumerate(paper.mentions)
            if not (m.long_form or m.canonical) and m.rule != "gazetteer" and fold_name(m.text) in proposed - defined}


LEARNED_ROLE = "learned_role"  # the paper-role model's rule: the weakest PROPOSES maker (learnedrole65: 42 of 80 right)


def coined_bare_names(paper: PaperExtraction, own: set[int] | None = None) -> set[int]:
    """The mentions (indices) of ``own_bare_names`` (``own``, where the caller has them) that are
    a one-word name with a capital ("SAGE", "FusionBench", "Omni-R1") which a cue, not the learned
    role, makes the paper's proposal: a coinage. Two papers that each coin one such name coin two
    things (``coined_apart``)."""
    own = own_bare_names(paper) if own is None else own
    if not own:
        return set()
    cued = {fold_name(paper.mentions[r.tail].text) for r in paper.relations
            if r.head is None and r.type == "PROPOSES" and r.rule != LEARNED_ROLE}
    return {n for n in own if coined_shape(paper.mentions[n].text) and fold_name(paper.mentions[n].text) in cued}


def named_anew_names(paper: PaperExtraction, catalogue: pwc.Catalogue) -> set[int]:
    """The mentions (indices) of a name the paper proposes by a cue (not the learned role) and puts
    at the head of its title and never spells out, which a Papers-with-Code entry introduced by an
    older paper under another title has (``pwc.named_anew``: "Adam: Dense Retrieval Distillation
    with Adaptive Dark Examples", 2022, is not the Adam optimizer; "OSCAR: Orthogonal Stochastic
    Control …" not the OSCAR corpus): the paper's own thing, a node of its own (``anew_apart``)
    where other papers name the entry. A short form the paper spells out is left to
    ``ambiguous_short_forms`` (two expansions are two nodes)."""
    title = paper.record.title or ""
    cued = {paper.mentions[r.tail].text for r in paper.relations
            if r.head is None and r.type == "PROPOSES" and r.rule != LEARNED_ROLE and paper.mentions[r.tail].text in title}
    if not cued:
        return set()
    props = {"title": title, "year": paper.record.year}
    spelled = {fold_name(m.text) for m in paper.mentions if m.long_form}
    anew = set()
    for text in cued - {t for t in cued if fold_name(t) in spelled}:
        labels = {m.label for m in paper.mentions if m.text == text}
        for label in labels:
            found = catalogue.match(label, [text])
            if found and pwc.named_anew([text], props, catalogue.introduced(found.pwc_id)):
                anew.add(fold_name(text))
    return {n for n, m in enumerate(paper.mentions) if fold_name(m.text) in anew} if anew else set()


def case_homonym_names(paper: PaperExtraction, coined: set[int], data_dir: str | Path | None = None) -> set[int]:
    """The mentions (indices) written as a name the paper coins bare by a cue (``coined``, of
    ``coined_bare_names``) that a case-sensitive gazetteer line lists only in other capitals: "HeLM:
    Highlighted Evidence augmented Language Model …" against HELM, "DICE: Dynamic In-Context Example
    Selection …" against Dice, "We contribute MiMIC, a dataset …" against MIMIC. The list reads its name
    as written, so the coinage is no listed mention, but names fold case and it joined the listed node
    (and took its type by the vote). Such a coinage is named anew: a node of its own where other papers
    name the listed thing (``anew_apart``), wherever the title puts it. Draws 65-68 (10,000 abstracts;
    eval/homonym68): 11 coinages, 11 another thing (ORCA, RAINbow, DONUT, MEENA, ZERO …); span train 3 of 3
    (BEAT, O-1, MINERVA). ``data_dir``: the one the pipeline read its gazetteer from (``Linker(data_dir=…)``)."""
    if not coined:
        return set()
    listed = case_sensitive_spellings(data_dir_or_default(data_dir))
    texts = {text for n in coined if (spellings := listed.get(fold_name(text := paper.mentions[n].text))) and text not in spellings}
    return {n for n, m in enumerate(paper.mentions) if m.text in texts} if texts else set()


@lru_cache(maxsize=4)
def case_sensitive_spellings(data_dir: Path) -> dict[str, frozenset[str]]:
    """The case-sensitive lines of ``data_dir``'s gazetteer: each folded name or alias with its spellings as listed."""
    spellings: dict[str, set[str]] = defaultdict(set)
    for entry in load_gazetteer(data_dir / "gazetteer"):
        if entry.case_sensitive:
            for name in (entry.name, *entry.aliases):
                spellings[fold_name(name)].add(name)
    return {name: frozenset(found) for name, found in spellings.items()}


def coined_shape(text: str) -> bool:
    """A name written as one word with a capital: "SAGE", "FusionBench", "Omni-R1", not "Agentic AI"
    or "adaptive sampling" (the one method two papers each claim, a generic phrase)."""
    return " " not in text.strip() and text != text.lower()


class NameStats(Counter):
    """Pass 1's input, bounded by the distinct names, not by the papers: how many mentions
    carry each ``MentionName``. Pass 1 over these does what it did over every mention of every
    paper (a mention with names already seen only adds to counts, and the outcome does not
    depend on the order names are met), and stats of disjoint sets of papers add up, so they
    can be counted anywhere."""

    def add(self, paper: PaperExtraction, data_dir: str | Path | None = None) -> None:
        """Count ``paper``'s mentions; ``data_dir``: the pipeline's, whose case-sensitive lines ``case_homonym_names`` reads."""
        own = own_bare_names(paper)
        coined = coined_bare_names(paper, own)
        anew = named_anew_names(paper, pwc.load_catalogue()) | case_homonym_names(paper, coined, data_dir)
        proposed = {r.tail for r in paper.relations if r.head is None and r.type == "PROPOSES"}
        self.update(MentionName.of(m, n in own, paper.key if n in coined or n in anew else "", n in anew, n in proposed)
                    for n, m in enumerate(paper.mentions))


class Naming:
    """Pass 1's outcome: each name's settled label, the ambiguous short forms and the node key
    of every (label, folded name); enough to add any paper to the graph on its own."""

    def __init__(self, winners: dict[tuple[str, str], str], ambiguous: frozenset[NodeId], key_of: dict[NodeId, str],
                 apart: frozenset[NodeId] = frozenset(), anew_ids: frozenset[NodeId] = frozenset()) -> None:
        self.winners, self.ambiguous, self.key_of = winners, ambiguous, key_of
        self.apart = apart  # ``coined_apart``: names two papers or more coin, each paper's coinage a node of its own
        self.anew_ids = anew_ids  # ``anew_apart``: each paper's own node (``coined_id``) of a catalogued name it names anew

    def mention_keys(self, paper: PaperExtraction) -> list[str]:
        """The node key of each of ``paper``'s mentions (its labels settled)."""
        ids = [mention_ids(m, self.ambiguous)[0] for m in paper.mentions]
        if self.apart and any(i in self.apart for i in ids):
            for n in coined_bare_names(paper):
                if ids[n] in self.apart and (scoped := coined_id(ids[n], paper.key)) in self.key_of:
                    ids[n] = scoped
        if self.anew_ids:
            ids = [scoped if (scoped := coined_id(i, paper.key)) in self.anew_ids else i for i in ids]
        return [self.key_of[i] for i in ids]

    def settle(self, paper: PaperExtraction) -> PaperExtraction:
        """The paper with every mention relabelled as its name was settled (a copy where a
        label changes: the record given is left as it is)."""
        labels = [settled_label(self.winners, m.label, voter_name(m)) for m in paper.mentions]
        if all(label == m.label for label, m in zip(labels, paper.mentions)):
            return paper
        mentions = [m if label == m.label else replace(m, label=label) for label, m in zip(labels, paper.mentions)]
        return replace(paper, mentions=mentions)


RUN_BYTES = 32 * 1024 * 1024  # spilled lines a Linker holds before it writes a sorted run
MAX_OPEN_RUNS = 128  # runs read at once (one open file each; some systems allow 256 per process)
KEY_PREFIX = '{"key":'  # how every ExtractionStore line starts
_JSON = json.JSONDecoder()


class PaperSpill:
    """Papers waiting for pass 2, as ``ExtractionStore`` lines: held in memory up to
    ``run_bytes``, then sorted by key and written as one gzip run in ``directory`` (a
    temporary directory inside it; the system's default where None). ``papers()`` merges
    the runs and what is still held, in key order, one paper at a time (more than
    ``MAX_OPEN_RUNS`` runs are first merged in groups, so few files are open at once)."""

    def __init__(self, directory: str | Path | None = None, run_bytes: int = RUN_BYTES) -> None:
        self.directory, self.run_bytes = directory, run_bytes
        self.runs: list[Path] = []
        self._held: list[tuple[str, str]] = []  # (paper key, line)
        self._held_bytes = 0
        self._tmp: tempfile.TemporaryDirectory | None = None

    def add(self, key: str, line: str) -> None:
        self._held.append((key, line))
        self._held_bytes += len(line)
        if self._held_bytes >= self.run_bytes:
            self._write_run()

    def _write_run(self) -> None:
        if self._tmp is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="kg-link-", dir=self.directory)
        path = Path(self._tmp.name) / f"run-{len(self.runs):05d}.jsonl.gz"
        self._held.sort(key=itemgetter(0))
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as stream:
            stream.writelines(line + "\n" for _, line in self._held)
        self.runs.append(path)
        self._held, self._held_bytes = [], 0

    def papers(self) -> Iterator[PaperExtraction]:
        while len(self.runs) > MAX_OPEN_RUNS:  # so many runs (a huge corpus): merge them in groups first
            groups = [self.runs[i : i + MAX_OPEN_RUNS] for i in range(0, len(self.runs), MAX_OPEN_RUNS)]
            self.runs = [self._merge(group, n) for n, group in enumerate(groups)]
        self._held.sort(key=itemgetter(0))
        held = (ExtractionStore.loads(line) for _, line in self._held)
        return heapq.merge(*(self._read(path) for path in self.runs), held, key=attrgetter("key"))

    @staticmethod
    def _read(path: Path) -> Iterator[PaperExtraction]:
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            for line in stream:
                yield ExtractionStore.loads(line)

    @staticmethod
    def _keyed_lines(path: Path) -> Iterator[tuple[str, str]]:
        """(paper key, line) of a run; the key is read from the line's start, the rest is not parsed."""
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            for line in stream:
                yield _JSON.raw_decode(line, len(KEY_PREFIX))[0], line

    def _merge(self, group: list[Path], n: int) -> Path:
        path = group[0].with_name(f"merged-{n:05d}-{group[0].name}")
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as stream:
            stream.writelines(line for _, line in heapq.merge(*(self._keyed_lines(p) for p in group), key=itemgetter(0)))
        for p in group:
            p.unlink()
        return path

    def close(self) -> None:
        """Forget the papers and remove the runs."""
        self._held, self._held_bytes, self.runs = [], 0, []
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None


class Linker:
    """Takes extractions one at a time, then builds the graph in two deterministic passes.

    Memory holds the paper keys (to count duplicates), what duplicates offer to fill in their
    kept paper (``fills``, ``kg.dedupe``) and pass 1's ``NameStats``; the papers
    themselves wait on disk in ``PaperSpill`` (the ``extractions.jsonl.gz`` line format),
    and pass 2 reads them back in key order, one at a time. The graph is the same whatever
    the order papers arrive in, and whatever ``run_bytes`` is.
    """

    def __init__(self, spill_dir: str | Path | None = None, run_bytes: int = RUN_BYTES, data_dir: str | Path | None = None) -> None:
        self.data_dir = chosen_data_dir(data_dir)  # the pipeline's (``build_pipeline(data_dir=…)``, else KG_DATA_DIR's): its gazetteer breaks tied votes
        self.ambiguous: frozenset[NodeId] = frozenset()
        self.keys: set[str] = set()
        self.duplicates = 0
        self.fills = DuplicateFills()
        self.twins = TitleTwins()
        self.stats = NameStats()
        self.spill = PaperSpill(spill_dir, run_bytes)
        self.built = False

    def add(self, paper: PaperExtraction, line: str | None = None) -> bool:
        """Keep the first record of a paper key; a repeat, or a title twin of a kept paper
        (``kg.dedupe.TitleTwins``), is counted, and offers the metadata its kept paper lacks;
        another paper of a kept title key is kept under its own key (``resolve``). ``line``: the
        paper's ``ExtractionStore`` line, where the caller has made it already (of ``resolve``'s paper)."""
        if (resolved := self.resolve(paper)) is not paper:
            paper, line = resolved, None
        if paper.key in self.keys:
            self.duplicates += 1
            self.fills.offer_record(paper.key, paper.record)
            return False
        if (kept := self.twins.twin_of(paper)) is not None:  # the same paper under another key
            self.duplicates += 1
            self.fills.offer(kept, paper.record.source, twin_offer(paper.record))
            return False
        self.keys.add(paper.key)
        self.stats.add(paper, self.data_dir)
        self.spill.add(paper.key, line if line is not None else ExtractionStore.dumps(paper))
        return True

    def resolve(self, paper: PaperExtraction) -> PaperExtraction:
        """``paper`` under the key it is kept by (``kg.dedupe.TitleTwins.resolve``)."""
        return self.twins.resolve(paper, self.keys)

    def build(self, graph: KnowledgeGraph | None = None) -> KnowledgeGraph:
        """The graph of every paper added; the spill is read back once and removed, so a
        Linker builds once."""
        if self.built:
            raise KGError("this Linker has built its graph and let its papers go; link them with a new Linker")
        self.built = True
        if graph is None:  # the abstracts wait on disk beside the runs until the sinks read them
            graph = KnowledgeGraph(texts=TextFile(self.spill.directory))
        catalogue = pwc.load_catalogue()
        try:
            try:
                naming = name_nodes(self.stats, graph, catalogue, gazetteer_labels(data_dir_or_default(self.data_dir)))
                self.ambiguous = naming.ambiguous
                for paper in self.spill.papers():
                    paper, filled = self.fills.apply(paper)
                    self.fills.note(paper.key, filled)
                    add_paper(graph, naming.settle(paper), naming)
            finally:
                self.spill.close()
            ensure_paper_edges(graph)
            pwc.link_catalogue(graph, catalogue)  # pwc_id on nodes, SUBTASK_OF between tasks
        finally:
            fold_name.cache_clear()
        del naming
        self.stats = NameStats()  # pass 1's counts are done with
        release_freed_memory()
        return graph


def name_nodes(stats: NameStats, graph: KnowledgeGraph, catalogue: pwc.Catalogue,
               listed_labels: dict[str, frozenset[str]] | None = None) -> Naming:
    """Pass 1: settle labels, find ambiguous short forms, join names into clusters (union-find
    over (label, folded name), then PwC same-entry groups), name each cluster and add its node.
    ``listed_labels``: the gazetteer's labels per folded name (``gazetteer_labels``; the
    package's own when None)."""
    names = list(stats.items())  # in any order: the outcome does not depend on it
    winners = settle_labels(names, listed_labels)
    raw_labels = [name.label for name, _ in names]  # as the paper typed them: a paper's own coinage votes alone (``scope_labels``)
    names = [(name._replace(label=settled_label(winners, name.label, voter_name(name))), n) for name, n in names]
    ambiguous = ambiguous_short_forms((name for name, _ in names), catalogue)
    apart = coined_apart(names, catalogue)
    anew = anew_apart(names, ambiguous)
    scoped: dict[NodeId, str] = {}  # a paper's coinage (``coined_id``) → that paper
    anew_ids: set[NodeId] = set()  # the coinages of names papers name anew (``anew_apart``)
    uf = _UnionFind()
    surfaces: dict[NodeId, Counter] = defaultdict(Counter)
    canonical: dict[NodeId, set[str]] = defaultdict(set)
    shorts: dict[NodeId, set[str]] = defaultdict(set)
    own: dict[NodeId, set[str]] = defaultdict(set)  # canonical names that are only a definition's own short form
    listed: set[NodeId] = set()  # (label, folded name) a gazetteer mention gave
    own_votes: dict[NodeId, Counter] = defaultdict(Counter)  # a paper's coinage → its own mentions' labels
    proposed_ids: set[NodeId] = set()  # the names a paper PROPOSES (``pwc.same_entry_groups``)
    for (m, n), raw_label in zip(names, raw_labels):
        ids = mention_ids(m, ambiguous)
        if m.coined_in and (ids[0] in apart or (m.anew and ids[0] in anew)):
            ids = [coined_id(ids[0], m.coined_in)]
            scoped[ids[0]] = m.coined_in
            if raw_label in VOTING_LABELS:
                own_votes[ids[0]][raw_label] += (3 if m.canonical else 1) * n
            if m.anew:
                anew_ids.add(ids[0])
        uf.find(ids[0])
        if m.proposed:
            proposed_ids.add(ids[0])
        if m.rule == "gazetteer":
            listed.add(ids[0])
        for other in ids[1:]:
            uf.union(ids[0], other)
        surfaces[ids[0]][m.text] += n
        if m.canonical and ((m.label, fold_name(m.canonical)) not in ambiguous or m.rule == "gazetteer"):
            (own if own_short_form(m) else canonical)[ids[0]].add(m.canonical)
        if m.long_form:
            short = m.text if fold_name(m.text) != fold_name(m.long_form) else m.canonical
            if short and (m.label, fold_name(short)) not in ambiguous:
                shorts[ids[0]].add(short)
            surfaces[ids[0]][m.long_form] += 0
        if m.family:
            uf.find(("Model", fold_name(m.family)))
            surfaces[("Model", fold_name(m.family))][m.family] += 0
    for own_id, listed_id in entry_respellings((name for name, _ in names), ambiguous, catalogue):
        if own_id in uf.parent and listed_id in uf.parent:
            uf.union(own_id, listed_id)
    join_hyphen_spellings(uf, ambiguous | frozenset(scoped))
    join_reordered_releases(uf, ambiguous | frozenset(scoped))
    spellings_of: dict[NodeId, set[str]] = defaultdict(set)
    for node_id in uf.parent:  # an ambiguous short form says nothing of which PwC entry a node is
        if node_id in scoped:  # a paper's own coinage is not the entry it shares a name with
            continue
        spellings_of[uf.find(node_id)].update(s for s in surfaces.get(node_id, ()) if (node_id[0], fold_name(s)) not in ambiguous)
    groups = pwc.same_entry_groups(spellings_of, catalogue, {uf.find(i) for i in proposed_ids})
    mixed = {root for group in groups if len({r[0] for r in group}) > 1 for root in group}
    members: dict[NodeId, list[NodeId]] = defaultdict(list)  # of the clusters one entry holds under two labels
    for node_id in uf.parent if mixed else ():
        if (root := uf.find(node_id)) in mixed:
            members[root].append(node_id)
    entry_labels = []
    for group in groups:
        if group[0] in mixed:
            label = entry_label([i for root in group for i in members[root]], listed)
            if label is None:  # no listed type to take: each label's clusters join apart
                for one_label in {root[0] for root in group}:
                    same = [root for root in group if root[0] == one_label]
                    for other in same[1:]:
                        uf.union(same[0], other)
                continue
            entry_labels.append((group[0], label))
        for other in group[1:]:  # SCHEMA.md: two spellings with one pwc_id are one node
            uf.union(group[0], other)
    relabelled = {uf.find(root): label for root, label in entry_labels}  # the node's key holds its label; its mentions keep theirs
    relabelled.update(scope_labels(own_votes, scoped, relabelled, uf, listed_labels))
    clusters: dict[NodeId, dict] = {}
    for node_id in list(uf.parent):
        root = uf.find(node_id)
        c = clusters.setdefault(root, {"surfaces": Counter(), "canonical": set(), "own": set(), "shorts": set(),
                                       "label": relabelled.get(root, root[0])})
        c["surfaces"].update(surfaces.get(node_id, Counter()))
        for s in surfaces.get(node_id, ()):  # keep zero-count spellings as aliases
            c["surfaces"].setdefault(s, 0)
        c["canonical"] |= canonical.get(node_id, set())
        c["own"] |= own.get(node_id, set())
        c["shorts"] |= shorts.get(node_id, set())
    for root, c in sorted(clusters.items()):
        name = choose_name(c, {s for s in c["surfaces"] if (c["label"], fold_name(s)) in ambiguous})
        key = entity_key(c["label"], name) + (f"@{scoped[root]}" if root in scoped else "")
        aliases = {s for s in c["surfaces"] if s != name}
        node = graph.add_node(key, c["label"], name, aliases)
        clusters[root]["key"] = node.key
    key_of = {node_id: clusters[uf.find(node_id)]["key"] for node_id in uf.parent}
    return Naming(winners, ambiguous, key_of, apart, frozenset(anew_ids))


def coined_id(node_id: NodeId, paper_key: str) -> NodeId:
    """The (label, folded name) of one paper's own coinage of a name other papers coin too: the
    name with the paper's key, so that it joins nothing else (its node is keyed
    ``<label>:<name>@<paper>``)."""
    return node_id[0], f"{node_id[1]}@{paper_key}"


def coined_apart(names: Iterable[tuple[MentionName, int]], catalogue: pwc.Catalogue) -> frozenset[NodeId]:
    """Issue 9, a short form with two expansions is two nodes, and so is a name two papers each
    coin bare (``coined_bare_names``: "SAGE: Scalable Agentic 3D Scene Generation" and another
    paper's "We propose SAGE, a Self-correcting, Autonomous, Grounded Experimenter"): the (label,
    folded name) of each such name. Each paper's coinage goes to a node of its own (``coined_id``);
    other papers' bare uses stay on the plain name's node, left alone (on the unseen draws 61-66
    the 11 such uses were none of the coiners' things: GraphSAGE, the MUSE embeddings, the E2E
    data set). A name a gazetteer lists or a PwC entry matches is a public name, which papers
    reuse, and stays one node. Draws 61-66 (15,000 abstracts; eval/scoped66): 54 names split into
    123 nodes, 44 names two things or more, 2 doubtful, 8 one thing (a paper's second version,
    a generic "RGB" or "GNSS" read as proposed); a name one paper coins and others use is one
    thing 33 times in 40 and is never split."""
    coiners: dict[NodeId, set[str]] = defaultdict(set)
    spellings: dict[NodeId, set[str]] = defaultdict(set)
    listed: set[str] = set()
    for m, _ in names:
        if m.coined_in:
            node_id = (m.label, fold_name(m.text))
            coiners[node_id].add(m.coined_in)
            spellings[node_id].add(m.text)
        elif m.rule == "gazetteer":
            listed.update(fold_name(n) for n in (m.text, m.canonical) if n)
    return frozenset(node_id for node_id, papers in coiners.items()
                     if len(papers) > 1 and node_id[1] not in listed and catalogue.match(node_id[0], sorted(spellings[node_id])) is None)


def anew_apart(names: Iterable[tuple[MentionName, int]], ambiguous: frozenset[NodeId]) -> frozenset[NodeId]:
    """The (label, folded name) of a catalogued name that a paper names anew (``named_anew_names``)
    and another paper names too, anew or as the entry: each anew paper's mentions go to a node of
    their own (``coined_id``), the others stay on the entry's. Ownpwc66 took such a paper's id away
    only where no other paper named the node; "Adam: Dense Retrieval Distillation …" shared the Adam
    optimizer's node with 17 papers. Draws 61-67 (17,500 abstracts; eval/nodes67): 5 papers get a
    node of their own (Adam, MoCo, OSCAR, Parrot, PULSE), 5 another thing than the entry."""
    anew: dict[NodeId, set[str]] = defaultdict(set)
    named: set[NodeId] = set()
    for m, _ in names:
        node_id = mention_ids(m, ambiguous)[0]
        if m.anew:
            anew[node_id].add(m.coined_in)
        else:
            named.add(node_id)
    return frozenset(node_id for node_id, papers in anew.items() if len(papers) > 1 or node_id in named)


def scope_labels(own_votes: dict[NodeId, Counter], scoped: dict[NodeId, str], relabelled: dict[NodeId, str], uf: _UnionFind,
                 listed_labels: dict[str, frozenset[str]] | None) -> dict[NodeId, str]:
    """The label of each paper's own node of a name (``coined_apart``, ``anew_apart``) by its own
    paper's mentions alone (``most_voted``): the name's vote (``settle_labels``) runs over every
    paper before the node is split off, so the other things of its spelling typed it. "HeLM:
    Highlighted Evidence augmented Language Model" was a Benchmark by HELM's votes, "We propose
    CARE, a … framework" a Dataset, "COMPASS: A Multi-Turn Benchmark" a Method. The mentions keep
    the name's label; only the node's key and label change. Draws 61-68 (20,000 abstracts) and
    span train (eval/scopevote68): 41 nodes change label, the paper's own vote right 30 times,
    4 wrong (a "benchmarking" title over "a plug-and-play module"), 7 doubtful."""
    gazetteer = gazetteer_labels(data_dir_or_default(None)) if listed_labels is None else listed_labels
    labels: dict[NodeId, str] = {}
    for node_id, votes in own_votes.items():
        if uf.find(node_id) != node_id or node_id in relabelled:  # joined to another node, or a PwC entry's label
            continue
        name = node_id[1][: -len(scoped[node_id]) - 1]  # ``coined_id``'s "<name>@<paper key>"
        if (label := most_voted(name, votes, gazetteer)) != node_id[0]:
            labels[node_id] = label
    return labels


def entry_label(node_ids: list[NodeId], listed: set[NodeId]) -> str | None:
    """The one label of clusters that are one PwC entry under two labels (a Model and a Method,
    a Dataset and a Benchmark; ``pwc.same_entry_groups``), given their (label, folded name)
    ids: the label the gazetteer lists the thing under, where a listed mention is among them
    under one label. "transformer detector (DETR)" typed a Method in one paper is the listed
    DETR Model of another. None where nothing is listed: the catalogue's match alone read one
    paper's "fully-connected network (FCN)" as PwC's fully convolutional FCN, which another
    paper names, so such clusters keep their labels and stay apart (span train: one pwc_id sat
    on nodes of two labels 3 times, 2 of them listed; the shared draw 3, none strongly matched
    and listed)."""
    listed_labels = {node_id[0] for node_id in node_ids if node_id in listed}
    return listed_labels.pop() if len(listed_labels) == 1 else None


def own_short_form(m: MentionName) -> bool:
    """Whether ``m`` is a definition's long form (or a part of it the definition is carried to)
    whose canonical name is only the paper's own short form ("Token Merging Transformer
    (ToMer)": the long form carries "ToMer"), not a listed name. Such a short form may name its
    node as a defined short form in real use (``choose_name``), never as a canonical name: one
    paper's "ToMer", read as a short form of "Transformer", named the node every paper's
    "transformer" reaches (rel51's draw), and "Goal-oriented semantic communication (SC)" named
    the semantic communication node "SC" (span train)."""
    return (m.rule != "gazetteer" and bool(m.long_form) and fold_name(m.canonical) != fold_name(m.long_form)
            and fold_name(m.canonical) != fold_name(m.text))


_INNER_HYPHEN = re.compile(r"(?<![0-9])-|-(?![0-9])")  # a folded name's hyphen, but between two numbers
_SHORT_PARTS = re.compile(r"^[a-z0-9]{1,3}(?:-[a-z0-9]{1,3})+$")  # "ds-cnn", "e-sa": a short form in parts


def join_hyphen_spellings(uf: _UnionFind, ambiguous: frozenset[NodeId]) -> None:
    """SCHEMA.md: hyphens and spaces fold, so a name written solid and a name written in parts
    are one node ("multi-modal learning" and "Multimodal Learning", "BT-Cell" and "BTCell",
    "Qwen2-VL" and "Qwen2VL", "self-training" and "selftraining"): names whose folded forms
    differ only in where words break join. Numbers keep their breaks ("GPT-3.5" is no "GPT-35"),
    and an ambiguous short form stays out, as does a short form in parts ("DS-CNN", "C-O"): which
    expansion it stands for is its paper's definition, and "DS-CNN" (dependency-sensitive) beside
    "DSCNN" (depthwise separable) joined two on 20,000 corpus papers. The fold itself (node keys,
    ``kg eval``) is unchanged."""
    solid: dict[NodeId, NodeId] = {}
    for node_id in sorted(uf.parent):
        if node_id in ambiguous or _SHORT_PARTS.match(node_id[1]):
            continue
        key = (node_id[0], _INNER_HYPHEN.sub("", node_id[1]))
        if key in solid:
            uf.union(solid[key], node_id)
        else:
            solid[key] = node_id


def join_reordered_releases(uf: _UnionFind, ambiguous: frozenset[NodeId]) -> None:
    """Issue 9, sizes and versions normalise: a model release written with its tier words after its
    numbers or before them, or with its whole version as "3.0", is one node ("Claude Sonnet 3.5" and
    "Claude 3.5 Sonnet", "Gemini Flash 1.5" and "Gemini 1.5 Flash", "Llama2-Chat 7B" and
    "Llama-2-7B-Chat", "Gemini 3.0 Pro" and "Gemini-3-Pro"): Model names with one ``release_key``
    join, as ``join_hyphen_spellings`` joins names written solid and in parts. The key keeps every
    number and tier word in its order, so two sizes or two tiers of a family never meet. The fold
    itself (node keys, ``kg eval``) is unchanged."""
    first: dict[tuple, NodeId] = {}
    for node_id in sorted(uf.parent):
        if node_id[0] != "Model" or node_id in ambiguous or (key := release_key(node_id[1])) is None:
            continue
        if key in first:
            uf.union(first[key], node_id)
        else:
            first[key] = node_id


# A paper's role for a node it names, when two of its mentions (a short form and its expansion,
# "ConvQA" and "conversational question answering") were given different roles: the stronger
# role drops the weaker. SCHEMA.md: the paper's own contribution is PROPOSES, not also USES;
# MENTIONS is for names the paper does nothing else with. (EVALUATES_ON beside PROPOSES stays:
# the span annotation gives a paper's own benchmark both, 24 times on span dev.)
OUTRANKED_BY = {"USES": {"PROPOSES"}, "MENTIONS": {"PROPOSES", "USES", "ADDRESSES", "EVALUATES_ON", "REPORTS_METRIC"}}


def outranked(role: str, roles: set[str]) -> bool:
    """Whether a paper's ``role`` for a node gives way to another of its ``roles`` for it."""
    return bool(OUTRANKED_BY.get(role, set()) & roles)


def paper_properties(r: Record) -> dict[str, Any]:
    """A Paper node's properties (schemas/schema.json names them); one the input lacks is None,
    and ``add_node`` leaves it out."""
    return dict(
        title=r.title, abstract=r.abstract, arxiv_id=r.arxiv_id, year=r.year, authors=list(r.authors),
        categories=[sys.intern(c) for c in r.categories],  # a few hundred distinct
        source=f"{r.source.path}:{r.source.line}",
        venue=r.venue and sys.intern(r.venue), anthology_id=r.anthology_id, doi=r.doi,  # venues: a few thousand distinct
    )


PUBLIC_ENTRY = "public_entry"  # a PROPOSES of a public catalogue entry made USES / EVALUATES_ON (``public_entries_proposed``)


def public_entries_proposed(paper: PaperExtraction, mkeys: list[str]) -> dict[str, str]:
    """The node keys ``paper`` proposes that are public entries it uses (``pwc.public_entry``), each with
    the role its PROPOSES becomes: EVALUATES_ON for a Benchmark (SCHEMA.md gives it no USES), else USES.
    A bare one-word name a cue makes the paper's own (``coined_bare_names``: "we propose SEER, an
    efficient PbRL method") stays its proposal, whatever PwC calls by that name."""
    proposed = {mkeys[r.tail] for r in paper.relations if r.head is None and r.type == "PROPOSES"}
    if not proposed:
        return {}
    coined = {mkeys[n] for n in coined_bare_names(paper)}
    spellings: dict[str, set[str]] = defaultdict(set)
    for m, mkey in zip(paper.mentions, mkeys):
        if mkey in proposed:
            spellings[mkey].update(s for s in (m.text, m.long_form) if s)
    catalogue = pwc.load_catalogue()
    props = {"year": paper.record.year, "title": paper.record.title}
    return {k: "EVALUATES_ON" if k.startswith("Benchmark:") else "USES" for k in proposed - coined
            if pwc.public_entry(k.split(":", 1)[0], sorted(spellings[k]), props, catalogue)}


OWN_ENTRY = "own_entry"  # a node the catalogue says this paper introduced, made its PROPOSES (``own_entries_named``)


def own_entries_named(paper: PaperExtraction, mkeys: list[str]) -> set[str]:
    """The node keys ``paper`` names but does not propose whose catalogue entry PwC says this very paper
    introduced (``pwc.entry_of_paper``): its own contribution, which the cues missed ("GPT-4 Technical
    Report" using GPT-4, "The result of this work is DIALOCONAN, the first dataset …" evaluated on, the
    ResNet paper's "these residual networks"). SCHEMA.md: the paper's own contribution is PROPOSES; a
    USES or MENTIONS of it gives way (``outranked``), an EVALUATES_ON of its own benchmark stays beside it."""
    proposed = {mkeys[r.tail] for r in paper.relations if r.head is None and r.type == "PROPOSES"}
    named = {mkeys[r.tail] for r in paper.relations if r.head is None} - proposed
    if not named or not paper.record.title:
        return set()
    spellings: dict[str, set[str]] = defaultdict(set)
    for m, mkey in zip(paper.mentions, mkeys):
        if mkey in named:
            spellings[mkey].update(s for s in (m.text, m.long_form) if s)
    catalogue = pwc.load_catalogue()
    return {k for k in named if pwc.entry_of_paper(k.split(":", 1)[0], sorted(spellings[k]), paper.record.title, catalogue)}


def add_paper(graph: KnowledgeGraph, paper: PaperExtraction, naming: Naming) -> None:
    """Pass 2 for one paper (its labels settled): its node, results, relation edges and the
    edges of model variants to their families."""
    key_of = naming.key_of
    r = paper.record
    graph.add_node(paper.key, "Paper", r.title, **paper_properties(r))
    mkeys = one_node_per_respelled_name(paper, naming.mention_keys(paper))
    add_results(graph, paper, mkeys)
    paper_edges: dict[str, list[tuple[str, Evidence]]] = defaultdict(list)
    used = public_entries_proposed(paper, mkeys)

    def role(rel: RelationRecord) -> tuple[str, str]:
        """The paper's role and its rule: a PROPOSES of a public entry it uses becomes that use."""
        if rel.type == "PROPOSES" and mkeys[rel.tail] in used:
            return used[mkeys[rel.tail]], PUBLIC_ENTRY
        return rel.type, rel.rule

    roles_of: dict[str, set[str]] = defaultdict(set)
    for rel in paper.relations:
        if rel.head is None:
            roles_of[mkeys[rel.tail]].add(role(rel)[0])
    own = own_entries_named(paper, mkeys)
    for key in own:
        roles_of[key].add("PROPOSES")
    for rel in paper.relations:
        tail = paper.mentions[rel.tail]
        if rel.head is None:
            rel_type, rule = role(rel)
            if mkeys[rel.tail] in own and not any(t == "PROPOSES" for t, _ in paper_edges[mkeys[rel.tail]]):
                ev = Evidence(paper.key, tail.field, rel.sentence, -1, -1, tail.start, tail.end, OWN_ENTRY, rel.confidence)
                graph.add_edge(paper.key, "PROPOSES", mkeys[rel.tail], ev)
                paper_edges[mkeys[rel.tail]].append(("PROPOSES", ev))
            if outranked(rel_type, roles_of[mkeys[rel.tail]]):
                continue
            ev = Evidence(paper.key, tail.field, rel.sentence, -1, -1, tail.start, tail.end, rule, rel.confidence)
            graph.add_edge(paper.key, rel_type, mkeys[rel.tail], ev)
            paper_edges[mkeys[rel.tail]].append((rel_type, ev))
        else:
            head = paper.mentions[rel.head]
            # offsets are into the evidence's field: a head named only in the other field (the title's
            # own name, an abstract's pair) has none there
            at = (head.start, head.end) if head.field == tail.field else (-1, -1)
            ev = Evidence(paper.key, tail.field, rel.sentence, *at, tail.start, tail.end, rel.rule, rel.confidence)
            graph.add_edge(mkeys[rel.head], rel.type, mkeys[rel.tail], ev)
    mentioned = set(mkeys)
    typed_otherwise = {fold_name(m.text) for m, mkey in zip(paper.mentions, mkeys) if not mkey.startswith("Model:")}
    proposed = {k for k, edges in paper_edges.items() if any(t == "PROPOSES" for t, _ in edges)}
    titled = {k for m, k in zip(paper.mentions, mkeys) if m.field == "title"}
    for m, mkey in zip(paper.mentions, mkeys):
        if not m.family or m.label != "Model":
            continue
        if fold_name(m.family) in typed_otherwise:
            # The paper's own thing of another type, not a model family: "We introduce MEM1, a …
            # framework … MEM1-7B", "Infi-MMR … Infi-MMR-3B", "ViCA-322K, a dataset … ViCA-7B" (span
            # train: the gold types the name as the paper does, and has no Model beside it, 2 of 2).
            continue
        family_key = key_of[("Model", fold_name(m.family))]
        if m.variant == "derived" and m.rule != "gazetteer" and mkey in proposed & titled and family_key not in proposed:
            # The title's own name, shaped as a tuned form of a model the paper only uses, is a thing
            # of its own ("CLIP-IT: CLIP-based Pairing …", "Muse-it: A Tool …", "ChatGLM-RLHF:
            # Practices of Aligning …", a pipeline); a tuned release is named by the family's own
            # paper ("Llama 2-Chat" beside Llama 2) or the text states its base (corpus: 3 of 3 right
            # so; without the title, 4 of 7: "Baichuan-Instruct is an internal model" lost its base).
            continue
        if m.variant == "derived" and family_key not in mentioned and not (m.rule != "gazetteer" and names_its_family(m.text, m.family)):
            continue  # a gazetteer fact the text does not state ("Qwen2-Audio-Instruct" states Qwen2-Audio in its name)
        rel_type = "VARIANT_OF" if m.variant == "size" else "DERIVED_FROM"
        sentence = _sentence_at(paper, m)
        ev = Evidence(paper.key, m.field, sentence, m.start, m.end, m.start, m.start + len(m.family), "model_name_shape", 0.9)
        graph.add_edge(mkey, rel_type, family_key, ev)
        # The family named inside a variant gets the variant's Paper edges (a family the
        # paper proposes keeps just that: OPT's paper proposes OPT, it does not use it). The
        # family of a variant the paper proposes is only named, not used ("Nanbeige4.1-3B: …",
        # "We introduce Mixtral 8x7B"; span train: 3 MENTIONS, 1 PROPOSES, no USES).
        if "PROPOSES" in {t for t, _ in paper_edges.get(family_key, ())}:
            continue
        for rel_type_p, pev in paper_edges.get(mkey, ()):
            ptype = "MENTIONS" if rel_type_p == "PROPOSES" else rel_type_p
            if ptype == "MENTIONS" and paper_edges.get(family_key):
                continue  # named on its own too: that mention's role stands
            graph.add_edge(paper.key, ptype, family_key, Evidence(paper.key, pev.field, pev.sentence, -1, -1, m.start, m.start + len(m.family), "family_of_variant", 0.8))
    add_named_families(graph, paper, mkeys)


def join_kind(label: str, a: str, b: str) -> str | None:
    """How two names of one type in one paper are one thing written two ways
    (``one_node_per_respelled_name``), or None: "respelled" (word by word, ``respelled_task``;
    for other types than Task only phrases of letter words, ``respelled_phrase``), "inverted"
    ("X of Y" / "Y X", tasks), "bare" (one is the other without a generic head or a task's
    "automatic", ``bare_name``), "reinflected" (one word in another form, ``reinflected``)."""
    if respelled_phrase(a, b) if label != "Task" else respelled_task(a, b):
        return "respelled"
    if label == "Task" and (inverted_task(a, b) or inverted_task(b, a)):
        return "inverted"
    if bare_name(label, a, b):
        return "bare"
    if reinflected(a, b):
        return "reinflected"
    return None


def bare_name(label: str, a: str, b: str) -> str | None:
    """The one of ``a`` and ``b`` that is the other without a word the guideline leaves out of a
    name, else None: a generic head word (kg/data/lexicon.json ``generic_name_heads``;
    "pointer-generator" of "pointer-generator networks", "Probabilistic Bisection" of
    "Probabilistic Bisection Algorithm", "diffusion" of "diffusion models"), or before a task a
    word that says how it is done, not which task it is (``method_task_modifiers``: "text
    summarization" of "automatic text summarization"). The guideline names a thing without them
    ("our proposed ZEPO framework" → ZEPO), so the two are one thing and the bare name names it."""
    wa, wb = task_words(a), task_words(b)
    if len(wa) == len(wb):
        return None
    (short, bare), (long, _) = sorted(((wa, a), (wb, b)), key=lambda x: len(x[0]))
    if len(long) != len(short) + 1:
        return None
    heads, modifiers = generic_name_words()
    if long[-1] in heads and all(same_word(x, y) for x, y in zip(short, long)):
        return bare
    if label == "Task" and long[0] in modifiers and all(same_word(x, y) for x, y in zip(short, long[1:])):
        return bare
    return None


@lru_cache(maxsize=1)
def generic_name_words() -> tuple[frozenset[str], frozenset[str]]:
    """kg/data/lexicon.json's ``generic_name_heads`` (singular) and ``method_task_modifiers``."""
    return frozenset(singular(w) for w in lexicon_words("generic_name_heads")), pwc.method_modifiers()


def reinflected(a: str, b: str) -> bool:
    """Whether two names of plain words (letters only, no capital inside a word) agree word by
    word, one or more words in another form: a shared start of five letters or more, then at most
    three letters each ("Polyak averaging" / "Polyak average", "dysarthric detection" /
    "Dysarthria Detection", "code-switching" / "Code-Switched"). Not coined names ("FashionGen" /
    "FashionIQ") nor numbered ones ("Flickr8K" / "Flickr30K", "Hits@1" / "Hits@3")."""
    wa, wb = task_words(a), task_words(b)
    return (len(wa) == len(wb) > 0 and plain_words(a) and plain_words(b) and all(inflected_word(x, y) for x, y in zip(wa, wb)))


# Where one word of a name ends and the next starts ("image-to-text generation", "CNN/DailyMail"): the
# joins of one paper's spellings split names here
NAME_WORD_BREAK = re.compile(r"[\s\-/]+")


def plain_words(name: str) -> bool:
    """Whether every word of ``name`` is letters only, with no capital past its first letter."""
    return all(w.isalpha() and w[1:] == w[1:].lower() for w in NAME_WORD_BREAK.split(name) if w)


AGENT_ENDINGS = ("er", "or")


def inflected_word(a: str, b: str) -> bool:
    """One word, or one word in another form: ``same_word``, or a shared start of five letters
    and at most three letters more on each ("averaging" / "average", "dysarthric" / "dysarthria").
    A word for what does a thing is not the doing: "On-Demand Information Extractor" (the
    paper's system) is not "On-Demand Information Extraction" (its task)."""
    if same_word(a, b):
        return True
    if a.endswith(AGENT_ENDINGS) != b.endswith(AGENT_ENDINGS):
        return False
    n = len(commonprefix([a, b]))
    return n >= 5 and len(a) - n <= 3 and len(b) - n <= 3


@lru_cache(maxsize=1 << 16)
def task_words(name: str) -> tuple[str, ...]:
    """A task name's words, lower case and singular (glue words kept: "image-to-text generation"
    is not "image-text generation"). Cached: each paper compares its names pair by pair."""
    return tuple(singular(w) for w in NAME_WORD_BREAK.split(name.lower()) if w)


def same_word(a: str, b: str) -> bool:
    """One word spelled two ways: equal, or one the other's start ("dialog" and "dialogue",
    "causal" and "causality", "author" and "authorship"), four letters at least."""
    return a == b or min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a))


def respelled_task(a: str, b: str) -> bool:
    """Whether two task names are one name spelled two ways: their words agree one by one
    ("causality discovery" and "causal discovery", "medical codes prediction" and "medical code
    prediction", "goal-oriented dialogue" and "goal-oriented dialog")."""
    wa, wb = task_words(a), task_words(b)
    return len(wa) == len(wb) > 0 and all(same_word(x, y) for x, y in zip(wa, wb))


INVERTING_GLUE = frozenset({"of", "over", "for", "on", "in", "from"})


def inverted_task(a: str, b: str) -> bool:
    """Whether ``a`` is "X of Y" (or over, for, on, in, from) and ``b`` is "Y X": "classification
    of logical fallacies" and "logical fallacy classification", "summarization of opinions" and
    "opinion summarization"."""
    wa, wb = task_words(a), task_words(b)
    glue = [n for n, w in enumerate(wa) if w in INVERTING_GLUE]
    if len(glue) != 1 or len(wa) != len(wb) + 1:
        return False
    x, y = wa[: glue[0]], wa[glue[0] + 1 :]
    return bool(x and y) and all(same_word(p, q) for p, q in zip(y + x, wb))


def respelled_phrase(a: str, b: str) -> bool:
    """Whether two names of a method, metric or data of several words, every word made of letters,
    are one name spelled two ways (``respelled_task``): "data augmentation" and "dataset
    augmentation", "Graph Convolution Network" and "graph convolutional network", "intrinsic
    dimension" and "intrinsic dimensionality". A one-word name is a coined name or a release
    ("MiniLM" and "MiniLMv2", "BLEU" and "BLEURT", "RefCOCO" and "RefCOCO+"), and a word with a
    digit a version ("Random2 Forest"): neither is respelled."""
    return letter_words_phrase(a) and letter_words_phrase(b) and respelled_task(a, b)


def letter_words(name: str) -> bool:
    """Whether every word of ``name`` is made of letters only."""
    return all(w.isalpha() for w in NAME_WORD_BREAK.split(name) if w)


def letter_words_phrase(name: str) -> bool:
    """Whether ``name`` has two words or more, each made of letters only (``respelled_phrase``)."""
    return len(NAME_WORD_BREAK.split(name)) >= 2 and letter_words(name)


def one_node_per_respelled_name(paper: PaperExtraction, mkeys: list[str]) -> list[str]:
    """``mkeys`` with a paper's Task mentions that are one task spelled two ways (``respelled_task``,
    ``inverted_task``) on one node, and so its other names of several words (``respelled_phrase``),
    each type apart: the key most of them reach (ties: the first named). The join
    is the paper's alone: other papers' mentions keep the nodes their names reach. Span train
    (session 44, names of other types): 7 pairs joined, 6 one gold entity, 1 with neither name
    gold ("Reasoning Trajectories Search"), none two. Span train (tasks):
    10 pairs joined, 8 false Task nodes gone, one true one lost ("textual summarization" beside
    "text summarization"), of 153 second Task nodes in all; a name that only drops an inner word
    ("zero-shot segmentation" of "zero-shot semantic segmentation") is not joined: 39 false
    nodes gone, 37 true ones lost: "image generation", "zero-shot classification", "3D generation"
    beside narrower tasks of their papers). Since session 52 also a name with and without a generic
    head or a task's "automatic" (``bare_name``; the paper's mentions go to the bare name's node),
    one word in another form (``reinflected``), and a mention's listed name beside its text: span
    train 23 more joins, 12 one gold entity, none two, 10 with one name gold."""
    names = [(n, m.text) for n, m in enumerate(paper.mentions)]
    names += [(n, m.canonical) for n, m in enumerate(paper.mentions) if m.canonical]  # "table QA" is table question answering
    if len(names) < 2:
        return mkeys
    parent = {k: k for k in mkeys}

    def find(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    texts = {}
    for n, text in names:
        label = mkeys[n].split(":", 1)[0]  # the settled type, which the node's key holds
        texts.setdefault((label, fold_name(text)), (label, text, mkeys[n]))
    # a name of another type than Task joins only where its words are letters ("GPT-4", "Hits@1" never)
    named = [(label, text, key) for label, text, key in texts.values() if label == "Task" or letter_words(text)]
    bare: set[str] = set()  # keys of names a generic head was dropped from: the name the guideline gives
    for i, (label, a, ka) in enumerate(named):
        for other, b, kb in named[i + 1 :]:
            if label != other or find(ka) == find(kb):
                continue
            kind = join_kind(label, a, b)
            if kind:
                parent[find(kb)] = find(ka)
                if kind == "bare":
                    bare.add(ka if bare_name(label, a, b) == a else kb)
    groups: dict[str, list[str]] = defaultdict(list)
    for k in mkeys:
        groups[find(k)].append(k)
    if all(len(set(keys)) == 1 for keys in groups.values()):
        return mkeys
    chosen = {}
    for keys in groups.values():
        counts = Counter(keys)
        best = max(counts, key=lambda k: (k in bare, counts[k], -keys.index(k)))
        chosen.update((k, best) for k in counts)
    return [chosen.get(k, k) for k in mkeys]


def add_named_families(graph: KnowledgeGraph, paper: PaperExtraction, mkeys: list[str]) -> None:
    """VARIANT_OF from a release to its family where the text names the family on its own: "GPT-2 …
    GPT models", "Gemini 2.5 Flash … the Gemini family", "LLaVA-1.5 … LLaVA". A release whose name
    alone holds the family ("Claude-3.5", "LLaVA-1.5" with no "LLaVA" apart) keeps no family (its
    gold leaves version families out where the text never names them); a name that already has
    its lineage from its shape ("OPT-175B" of OPT, "Mixtral 8x7B - Instruct" tuned from Mixtral 8x7B)
    keeps that one. The longest family named wins ("Claude 3.7 Sonnet" is Claude 3.7's, which is
    Claude's)."""
    models = [(m, k) for m, k in zip(paper.mentions, mkeys) if m.label == "Model"]
    if len(models) < 2:
        return
    placed = {k for m, k in models if m.family}
    names_of: dict[str, set[str]] = defaultdict(set)
    for m, k in models:
        names_of[k].update(n for n in (m.text, m.canonical) if n)
    done = set()
    for m, mkey in models:
        if mkey in placed or mkey in done:
            continue
        best = None
        for fkey, fnames in names_of.items():
            if fkey == mkey:
                continue
            for family in fnames:
                if (best is None or len(family) > len(best[1])) and any(release_of(n, family) for n in names_of[mkey]):
                    best = (fkey, family)
        if best is None:
            continue
        done.add(mkey)
        ev = Evidence(paper.key, m.field, _sentence_at(paper, m), m.start, m.end, m.start, m.start + len(best[1]), "family_named_apart", 0.8)
        graph.add_edge(mkey, "VARIANT_OF", best[0], ev)


# Labels a name's mentions vote between: all six (issue 9: "a name has one type across the
# graph"). Until round 9 only Dataset/Benchmark and Model/Method voted: on the 175,745-paper build
# 7,795 names had nodes of two or more types ("speech recognition" a Task, a Method and a Metric),
# which split their papers and multiplied homonyms in path queries.
VOTING_LABELS = frozenset({"Dataset", "Benchmark", "Model", "Method", "Task", "Metric"})
SYSTEM_LABELS = {"Method", "Model"}  # what a paper builds, beside the data it evaluates on (``listed_kinds``)
DATA_LABELS = {"Dataset", "Benchmark"}  # a name that says it is data settles only a vote data takes part in ("benchmarking" stays a Task)


def settle_labels(names: Iterable[tuple[MentionName, int]], listed_labels: dict[str, frozenset[str]] | None = None) -> dict[tuple[str, str], str]:
    """One type per name: "BIG-bench" a Benchmark in one abstract and a Dataset in another is
    one Benchmark node, "speech recognition" a Task in most abstracts and a Method in one is one
    Task node. Unless the name says what it is, each mention votes for its label (a
    gazetteer-typed mention counts three times); the winner relabels every mention of the name
    (returned per (``voter_name``, label); ``settled_label``). A label whose mentions are
    written in other capitals than the winner's (``written_apart``) is a homonym and keeps its
    type: "the CoDEx dataset" is not OpenAI's Codex, "MINERVA" (a path-walking agent) not
    Google's Minerva. A tie goes to ``listed_labels``' type (``most_voted``; the package's
    gazetteer when None)."""
    gazetteer = gazetteer_labels(data_dir_or_default(None)) if listed_labels is None else listed_labels
    votes: dict[str, Counter] = defaultdict(Counter)
    spellings: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    listed: dict[str, set[str]] = defaultdict(set)
    for m, count in names:
        if m.label in VOTING_LABELS:
            name = voter_name(m)
            votes[name][m.label] += (3 if m.canonical else 1) * count
            if m.canonical and m.rule == "gazetteer":
                listed[name].add(m.label)
            if m.text != m.text.lower() and fold_name(m.text) == name:
                spellings[name][m.label].add(inner_capitals(m.text))
    pool_data_spellings(votes)
    winners: dict[tuple[str, str], str] = {}
    for name, c in votes.items():
        if len(c) < 2:
            continue
        for kind in listed_kinds(c, listed[name]):
            winner = (label_named_in(name) if DATA_LABELS & kind.keys() else None) or most_voted(name, kind, gazetteer)
            for label in kind:
                if label != winner and not written_apart(spellings.get(name, {}), label, winner):
                    winners[(name, label)] = winner
    return winners


def most_voted(name: str, kind: Counter, listed_labels: dict[str, frozenset[str]]) -> str:
    """The label with the most votes; on a tie, the one the gazetteer (``listed_labels``) lists the name under, else
    the first in order. A listed name's mentions are typed by their paper's words ("TriviaQA and
    NaturalQuestions benchmarks", "the TriviaQA dataset"), so two papers can tie; the list says what
    the thing is, where alphabetical order made every tied dataset a Benchmark and "Mean Average
    Precision" a Method (listed as mAP's alias; a paper's "(MAP)" short form typed it Method).
    Span train's and span dev's gold give a listed name its list's type 8,868 times of 9,194, a listed
    data name 828 of 947 (vote66)."""
    top = max(kind.values())
    tied = sorted(label for label, n in kind.items() if n == top)
    listed = [label for label in tied if label in listed_labels.get(name, ())]
    return listed[0] if len(listed) == 1 else tied[0]


@lru_cache(maxsize=4)
def gazetteer_labels(data_dir: Path) -> dict[str, frozenset[str]]:
    """Each folded gazetteer name and alias with the labels the six lists of ``data_dir`` give
    it: the directory the pipeline read its gazetteer from (``Linker(data_dir=…)``), so a
    user's own lists break ties as they typed the mentions, not the package's."""
    labels: dict[str, set[str]] = defaultdict(set)
    for entry in load_gazetteer(data_dir / "gazetteer"):
        for name in (entry.name, *entry.aliases):
            labels[fold_name(name)].add(entry.label)
    return {name: frozenset(found) for name, found in labels.items()}


def pool_data_spellings(votes: dict[str, Counter]) -> None:
    """Data written solid and in parts ("MathVision" / "MATH-Vision", "VGGSound" / "VGG-Sound")
    votes as one name where every vote is a Dataset or Benchmark: the linker joins the two
    spellings into one node (``join_hyphen_spellings``) only once they have one type. Other
    types stay apart ("DeepNet" the method, "Deep-Net" a cyber-security model; "Open-book QA" the
    setting, OpenBookQA the data), as do short forms in parts ("PAC-S" is no PACS)."""
    by_solid: dict[str, list[str]] = defaultdict(list)
    for name in votes:
        by_solid[name if _SHORT_PARTS.match(name) else _INNER_HYPHEN.sub("", name)].append(name)
    for names in by_solid.values():
        if len(names) > 1 and set().union(*(votes[n] for n in names)) <= DATA_LABELS:
            pooled = sum((votes[n] for n in names), Counter())
            for name in names:
                votes[name] = pooled


def inner_capitals(text: str) -> str:
    """A name's capitals past each word's first letter, separators and a final "s" dropped:
    "CoDEx" → "coDEx", "Codex" → "codex", "Markov Chains" → "markovchain", "LLMs" → "lLM"."""
    words = [w for w in re.split(r"[\s_\-/]+", text.strip()) if w]
    spelled = "".join(w[:1].lower() + w[1:] for w in words)
    return spelled[:-1] if spelled.endswith("s") else spelled


def written_apart(spellings: dict[str, set[str]], label: str, winner: str) -> bool:
    """Whether a name's ``label`` mentions are another thing than its ``winner`` mentions: both
    are written with capitals, and every spelling of one differs from every spelling of the
    other in the case of two letters or more ("CoDEx" / "Codex", "GroundHog" / "GROUNDHOG"; not
    "Markov chains" / "Markov Chains", which differ at a word's start, nor a slip of one letter,
    "LLama" / "Llama"). Dataset and Benchmark are one kind of thing typed two ways ("SQUAD" /
    "SQuAD"), so they vote together as before. Span train: 4 names, all 4 homonyms by the gold."""
    if {label, winner} <= DATA_LABELS:
        return False
    ours, theirs = spellings.get(label, set()), spellings.get(winner, set())
    return bool(ours and theirs) and all(case_slips(a, b) >= 2 for a in ours for b in theirs)


def listed_kinds(votes: Counter, listed: set[str]) -> list[Counter]:
    """The votes that settle one type each: all of them, or, for a gazetteer name whose listed
    mentions are typed data in some papers and a Method or Model in another, the data votes and
    the rest apart. A gazetteer name keeps its list's type unless its own paper introduces it
    and calls it a framework or model (``DescribedTypeRules.listed_data_called_a_system``): "we
    present CLUE (…), a generative model framework" is not the CLUE benchmark other papers
    evaluate on, and neither thing takes the other's type (a small build's three mentions of the
    framework outvoted the benchmark's two, and every result on the benchmark lost it)."""
    if not (listed & DATA_LABELS and listed & SYSTEM_LABELS):
        return [votes]
    data = Counter({label: n for label, n in votes.items() if label in DATA_LABELS})
    return [data, votes - data]


def case_slips(a: str, b: str) -> int:
    """How many letters two spellings of one name write in other cases (0 where they are not
    the same letters: nothing is said of those)."""
    if a.lower() != b.lower():
        return 0
    return sum(x != y for x, y in zip(a, b))


def voter_name(m: MentionName | MentionRecord) -> str:
    """The name a mention votes for: a short form its paper spells out votes for the expansion
    ("group-query attention (GQA)" is not the GQA benchmark), else its listed name, else itself."""
    return fold_name(m.long_form or m.canonical or m.text)


def settled_label(winners: dict[tuple[str, str], str], label: str, name: str) -> str:
    """A mention's label once ``settle_labels`` has voted (``name``: its ``voter_name``)."""
    return winners.get((name, label), label) if label in VOTING_LABELS else label


def label_named_in(folded: str) -> str | None:
    """A name that says what it is: "BIG-bench", "MMLU-Bench" are benchmarks, "X Corpus" data."""
    if "bench" in folded:
        return "Benchmark"
    if folded.endswith(("dataset", "corpus")):
        return "Dataset"
    return None


def spellings_of(short: str, names: Iterable[str]) -> list[str]:
    """The names among ``names`` whose initials are the letters of ``short`` and that are no letters
    spelled out ("Prompt Optimization" of "PO"), sorted: what the two conflict checks
    (``short_form_conflicts``, ``coined_short_form_conflicts``) read as its expansions."""
    letters = [c.lower() for c in short if c.isalpha()]
    return sorted(n for n in names if n != short and initials(n) == letters and not spells_letters(n))


def short_form_conflicts(graph: KnowledgeGraph) -> list[tuple[str, str, list[str]]]:
    """(node key, short form, expansions) wherever one node's names spell one short form
    with two different expansions ("PO": Prompt Optimization and Preference Optimization):
    the false merge the ambiguity rule exists to prevent. Empty on a sound graph."""
    conflicts = []
    for key, node in sorted(graph.nodes.items()):
        names = {node.name, *node.aliases}
        for short in sorted(n for n in names if SHORT_FORM.match(n)):
            spelled = {expansion_key(n) for n in spellings_of(short, names)}
            if len(one_per_spelling(spelled)) > 1:
                conflicts.append((key, short, sorted({expansion_key(n, stem=5) for n in spelled})))
    return conflicts + coined_short_form_conflicts(graph)


LED_SHORT_FORM = re.compile(r"^[A-Za-z][a-z]?[A-Z][A-Za-z]*$")  # "QORN", "MaSC", "rDPO": one letter or two before a capital


def coined_short_form_conflicts(graph: KnowledgeGraph) -> list[tuple[str, str, list[str]]]:
    """(node key, short form, [its expansion, "bare: PAPER"]) wherever one node is proposed by a
    paper that spells its short form out and by one that writes the short form but no expansion of
    it ("Refined Direct Preference Optimization (rDPO)" and another paper's "we propose rDPO"): two
    papers' coinages joined (``own_bare_names``), which two expansions on one node do not show."""
    proposers: dict[str, set[str]] = defaultdict(set)
    for source, rel, target in graph.edges:
        if rel == "PROPOSES":
            proposers[target].add(source)
    conflicts = []
    for key in sorted(k for k, papers in proposers.items() if len(papers) > 1):
        node = graph.nodes[key]
        if "pwc_id" in node.properties:
            continue  # a catalogued public name ("GPT" beside "Generative Pre-trained Transformer"), no coinage
        names = {node.name, *node.aliases}
        for short in sorted(n for n in names if LED_SHORT_FORM.match(n)):
            spelled = spellings_of(short, names)
            if not spelled:
                continue
            texts = {p: f"{graph.nodes[p].properties.get('title') or ''} {graph.nodes[p].properties.get('abstract') or ''}"
                     for p in proposers[key]}
            writes = {p for p, text in texts.items() if any(n.lower() in text.lower() for n in spelled)}
            bare = sorted(p for p, text in texts.items() if p not in writes and short in text)  # the short form itself, unexpanded
            if writes and bare:
                conflicts.append((key, short, [expansion_key(spelled[0])] + [f"bare: {p}" for p in bare]))
    return conflicts


def spells_letters(name: str) -> bool:
    """A name whose words are single letters ("T-F" of TF, "K-NN"): the short form written in
    parts, not an expansion of it."""
    return all(len(w) == 1 for w in expansion_key(name).split("-"))


SLIP_SIMILARITY = 0.9  # two spellings of one long name that differ by a slip of a few letters


def spelled_alike(a: str, b: str) -> bool:
    """Whether two expansions (``expansion_key`` strings) of one short form are one expansion
    spelled two ways: word by word alike (the first five letters agree, or one word is the
    other's start: "recommender" and "recommendation systems", "batch norm" and
    "batch normalization", "knowledge base" and "knowledge-based", "air travel" and "airline
    travel"), or one long name with a slip of a few letters ("short-term" and "short-time
    objective intelligibility"). "self-attention network" and "stacked attention network",
    "adaptive attention mechanism" and "adaptive attention model" are two."""
    wa, wb = a.split("-"), b.split("-")
    if len(wa) == len(wb) and all(x[:5] == y[:5] or min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x)) for x, y in zip(wa, wb)):
        return True
    return SequenceMatcher(None, a, b).ratio() >= SLIP_SIMILARITY


def one_per_spelling(expansions: Iterable[str]) -> list[str]:
    """``expansions`` with every spelling of one expansion (``spelled_alike`` to one already
    kept) left out."""
    kept: list[str] = []
    for e in sorted(expansions):
        if not any(spelled_alike(e, k) for k in kept):
            kept.append(e)
    return kept


SHORT_FORM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$")


def expansion_key(long_form: str, stem: int | None = None) -> str:
    """Expansions that differ only in glue words are one ("reinforcement learning from / with
    human feedback"); with ``stem``, words compare by their first ``stem`` letters, so
    "differential privacy" and "differentially private" are one too."""
    words = [w.lower() for w in name_words(long_form) if w.lower() not in GLUE_WORDS]
    return "-".join(singular(w)[:stem] for w in words)



def ambiguous_short_forms(names: Iterable[MentionName | MentionRecord], catalogue: pwc.Catalogue | None = None) -> frozenset[NodeId]:
    """Short forms that the corpus defines with more than one expansion, or that one paper
    defines and another proposes without spelling it out (``own_bare_names``). With the
    ``catalogue``, a paper's own expansion of a listed short form that the catalogue confirms
    as the listed name's entry is no second expansion (``entry_spelled_out``)."""
    expansions: dict[NodeId, set[str]] = defaultdict(set)
    spelled: set[NodeId] = set()  # short forms a paper spells out in its own words
    coined: set[NodeId] = set()  # short forms a paper proposes bare
    own: dict[NodeId, dict[str, set[tuple[str, str]]]] = defaultdict(lambda: defaultdict(set))  # own expansion key → its (short form, long form) spellings
    for m in names:
        if m.long_form and fold_name(m.text) != fold_name(m.long_form):
            # A gazetteer name stands for its expansion: "LoRA" written out as "Low-Rank
            # Adapters" is still LoRA, but "PO" that is prompt optimization (a listed name)
            # in one paper and preference optimization in another is two things.
            expansions[(m.label, fold_name(m.text))].add(fold_name(m.canonical) if m.canonical else expansion_key(m.long_form))
            if not m.canonical:
                spelled.add((m.label, fold_name(m.text)))
                own[(m.label, fold_name(m.text))][expansion_key(m.long_form)].add((m.text, m.long_form))
        elif m.canonical and SHORT_FORM.match(m.text):
            expansions[(m.label, fold_name(m.text))].add(fold_name(m.canonical))  # a listed short form, used bare
        elif getattr(m, "own_bare", False):
            coined.add((m.label, fold_name(m.text)))
    if catalogue is not None:
        for key, found in expansions.items():
            if len(found) > 1 and key in own:
                listed = sorted(found - set(own[key]))  # any spelling the catalogue confirms: the outcome does not depend on the order names come in
                found -= {e for e, spellings in own[key].items() if any(entry_spelled_out(key[0], short, long_form, listed, catalogue) for short, long_form in sorted(spellings))}
    return frozenset(k for k, v in expansions.items() if len(v) > 1) | (spelled & coined)


def entry_respellings(names: Iterable[MentionName | MentionRecord], ambiguous: frozenset[NodeId],
                      catalogue: pwc.Catalogue) -> list[tuple[NodeId, NodeId]]:
    """(own expansion's id, listed name's id) pairs to join where a short form stays ``ambiguous``: a paper's own
    expansion the catalogue confirms as one listed name's entry (``entry_spelled_out``: "Generative Adversarial
    Net (GAN)") is that listed name even when a third paper coins its own expansion ("Generative Autoregressive
    Network (GAN)"), which keeps the short form ambiguous and every expansion on a node of its own."""
    listed: dict[NodeId, set[str]] = defaultdict(set)  # ambiguous short form → its listed names, as written
    own: dict[NodeId, set[tuple[str, str]]] = defaultdict(set)  # ambiguous short form → (short form, own expansion)
    for m in names:
        key = (m.label, fold_name(m.text))
        if key not in ambiguous or not (m.long_form or m.canonical):
            continue
        if m.canonical and (m.long_form or SHORT_FORM.match(m.text)):
            listed[key].add(m.canonical)
        elif m.long_form and fold_name(m.text) != fold_name(m.long_form):
            own[key].add((m.text, m.long_form))
    pairs = []
    for key in sorted(own.keys() & listed.keys()):
        for short, long_form in sorted(own[key]):
            confirmed = [name for name in sorted(listed[key])
                         if entry_spelled_out(key[0], short, long_form, [fold_name(name)], catalogue)]
            if len(confirmed) == 1:
                pairs.append(((key[0], fold_name(long_form)), (key[0], fold_name(confirmed[0]))))
    return pairs


def entry_spelled_out(label: str, short: str, long_form: str, listed: Iterable[str], catalogue: pwc.Catalogue) -> bool:
    """Is a paper's own expansion of a short form the listed name's, by the catalogue? Where the
    gazetteer does not read the paper's spelling ("Robustly Optimized BERT pre-training approach
    (RoBERTa)", "Translation-based embedding model (TransE)"), the short form and its expansion read
    as a second expansion of the listed short form, and the paper's node stood apart from the listed
    one (two nodes with one pwc_id). The catalogue decides: the short form with the expansion is an
    entry (``pwc.spelled_as_entry``: a strong match, or a weak one whose expansion shares a first telling
    word with the title of the entry's paper) that the listed name (one of ``listed``, folded) matches too.
    "Self-Attention Enhancement (SAE)" is not PwC's sparse autoencoder. Session 69, nodes69: firings in
    docs/history-entities.md. A match by a first word alone is no confirmation where a telling word of the
    expansion spells nothing of the entry or the listed names (``pwc.spelled_apart``: "Generative
    Autoregressive Network (GAN)"; session 70, coinage70)."""
    found = pwc.spelled_as_entry(catalogue, label, short, long_form)
    if found is None or pwc.spelled_apart(catalogue, found, long_form, listed):
        return False
    for name in listed:
        entry = catalogue.match(label, [name])
        if entry is not None and entry.pwc_id == found:
            return True
    return False


def _sentence_at(paper: PaperExtraction, m: MentionRecord) -> str:
    text = paper.record.title if m.field == "title" else paper.record.abstract
    start = max(text.rfind(". ", 0, m.start) + 2, 0) if text.rfind(". ", 0, m.start) >= 0 else 0
    end = text.find(". ", m.end)
    return text[start : (end + 1 if end >= 0 else len(text))].strip()


SHORT_FORM_SHARE = 4  # a defined short form names its node if used at least 1/4 as often as the top spelling


def choose_name(cluster: dict, avoid: set[str] = frozenset()) -> str:
    """Gazetteer name, else a defined short form that is in real use, else the most frequent
    spelling (ties: sorted).

    A short form one paper coins for a common term ("translation (TRAA)", "Token Merging
    Transformer (ToMer)" read as "Transformer") does not rename the node every other paper
    reaches by the term: it names the node only when it is used at least a quarter as often as
    the most used spelling, also where its definition's long form carries it as a canonical name
    (``own``). Spellings in ``avoid`` (ambiguous short forms) only name a node when nothing else
    can.
    """
    surfaces = cluster["surfaces"]
    top = max(surfaces.values(), default=0)
    own = cluster.get("own", set()) - cluster["canonical"]
    canonical = cluster["canonical"] | {s for s in own if surfaces.get(s, 0) * SHORT_FORM_SHARE >= top}
    if canonical:
        return sorted(canonical)[0]
    shorts = [s for s in cluster["shorts"] if surfaces.get(s, 0) * SHORT_FORM_SHARE >= top]
    if shorts:
        return sorted(shorts, key=lambda s: (-surfaces.get(s, 0), s))[0]
    return sorted(surfaces, key=lambda s: (s in avoid, -surfaces[s], s))[0]


def ensure_paper_edges(graph: KnowledgeGraph) -> None:
    """SCHEMA.md: every entity node has at least one edge from a Paper.

    An entity only linked to other entities gets MENTIONS from each paper behind those links
    (each paper's own, so what another paper names takes no edge from it); a node with no edge
    at all (a family named by the gazetteer but not by any text) is removed.
    """
    has_paper = {target for source, _, target in graph.edges if graph.nodes[source].label == "Paper"}
    touched = {k for source, _, target in graph.edges for k in (source, target)}
    for key in [k for k, n in graph.nodes.items() if n.label != "Paper" and k not in touched]:
        del graph.nodes[key]
    wanted = {k for k, n in graph.nodes.items() if n.label != "Paper" and k not in has_paper}
    if not wanted:
        return
    # Each orphan's strongest evidence per paper, in one pass over the edges (scanning them once
    # per orphan was quadratic: minutes at 175k papers). The MENTIONS edges added below join a
    # paper and an orphan, so they make no other orphan.
    best: dict[str, dict[str, tuple[Evidence, bool]]] = defaultdict(dict)
    for edge in graph.edges.values():
        for key, as_head in ((edge.source, True), (edge.target, False)):
            if key not in wanted:
                continue
            for ev in edge.evidence:
                known = best[key].get(ev.paper)
                if known is None or (-ev.confidence, ev.field, ev.tail_start, ev.sentence) < (-known[0].confidence, known[0].field, known[0].tail_start, known[0].sentence):
                    best[key][ev.paper] = (ev, as_head)
    for key in sorted(best):
        for paper, (ev, as_head) in sorted(best[key].items()):
            start, end = (ev.head_start, ev.head_end) if as_head else (ev.tail_start, ev.tail_end)
            graph.add_edge(paper, "MENTIONS", key, Evidence(paper, ev.field, ev.sentence, -1, -1, start, end, "co_mention", 0.5))


def link(extractions: Iterable[PaperExtraction], data_dir: str | Path | None = None) -> tuple[KnowledgeGraph, int]:
    """Convenience: link all extractions; returns the graph and the number of duplicate records.
    ``data_dir``: the one the pipeline was built with (``build_pipeline(data_dir=…)``), if any; none given, the
    one ``KG_DATA_DIR`` names, as ``build_pipeline()`` reads it (``chosen_data_dir``)."""
    linker = Linker(data_dir=data_dir)
    for paper in extractions:
        linker.add(paper)
    return linker.build(), linker.duplicates
