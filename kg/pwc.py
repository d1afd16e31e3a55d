"""Papers with Code identities (``pwc_id``) and the task hierarchy, for nodes kg already found.

The catalogue (``kg/data/pwc/``, built by ``tools/pwc/build_catalogue.py``, CC BY-SA 4.0) is
used for linking, not to find names: a PwC gazetteer used for recognition lowered the proxy
scores (only a filtered list of one-word dataset names derived from it, ``dataset_names.jsonl``,
is found by name, by ``kg.extract.entities``, which also widens a name it found to a longer catalogued one the text
writes before it: "dropout" → "variational dropout"). A node gets a ``pwc_id`` when its name or aliases fold to the catalogued
spellings of exactly one entry of a compatible type (Model/Method ↔ method, Dataset/Benchmark
↔ dataset, Task ↔ task) — a dataset also by a variant PwC lists that respells its name ("MSCOCO", the row's
"variants", identity only), by its spelling without separators ("VQAv2" ~ "VQA
v2.0", ``squash_name``) where that names one entry —, and a short form alone is not contradicted by the node's own
spelled-out name (``Catalogue.match``). A name a later paper coins anew for its own thing keeps
no id (``named_anew``), nor a proposed short form spelled out as another thing than its entry
(``spelled_anew``). Tasks get ``SUBTASK_OF`` edges from PwC's hierarchy
and from their own names ("video question answering" → "question answering").
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kg import cache
from kg import names as names_module
from kg.errors import ConfigError
from kg.graph import Evidence, KnowledgeGraph
from kg.names import cached_fold_name as _fold  # the linker's cache: the same spellings, folded once
from kg.names import GLUE_WORDS, capitals_spelled, fold_name, folded_title, name_words
from kg.shipped_words import common_words, shipped_lexicon

LINKED_PWC_IRI = "https://linkedpaperswithcode.com/"
# kg label → the PwC type its nodes may match. PwC files models (BERT, LLaMA, ViT) as
# methods; on the eval sets 38 of 39 Model nodes so matched were right (README).
PWC_TYPE_OF_LABEL = {"Model": "Method", "Method": "Method", "Dataset": "Dataset", "Benchmark": "Dataset", "Task": "Task"}
HIERARCHY_RULE, HIERARCHY_CONFIDENCE = "pwc_task_hierarchy", 0.7
NAME_SUFFIX_RULE, NAME_SUFFIX_CONFIDENCE = "task_name_suffix", 0.75
MODALITY_PAIR_RULE, MODALITY_PAIR_CONFIDENCE = "modality_pair_task", 0.7


# Words that two different expansions of one short form often share, so they say nothing.
GENERIC_WORDS = frozenset("a an and by for from in of on the to with model models network networks neural deep learning "
                          "dataset data corpus benchmark method system systems".split())


@dataclass(frozen=True)
class Match:
    pwc_id: str
    strong: bool  # a spelled-out name matched, or the node has no spelled-out name to disagree


@dataclass(frozen=True)
class Catalogue:
    """Spellings → pwc_id per PwC type, the first telling word of each entry's spelled-out
    names, and the task hierarchy (child → parents)."""

    folded: dict[tuple[str, str], str] = field(default_factory=dict)
    exact: dict[tuple[str, str], str] = field(default_factory=dict)
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    parents: dict[str, frozenset[str]] = field(default_factory=dict)
    squashed: dict[str, str] = field(default_factory=dict)  # dataset spellings without separators → the one entry
    # (type, folded spelling) that names the site a dataset came from more than the entry ("arXiv",
    # "Reddit": the row's "sources", tools/pwc/build_catalogue.py): a catalogued name for
    # recognition (kg.extract.name_lists), no identity
    sources: frozenset[tuple[str, str]] = frozenset()
    longs: dict[str, tuple[str, ...]] = field(default_factory=dict)  # pwc_id → its spelled-out names, folded
    # (type, folded spelling) → pwc_id of a dataset's respelled variants ("MSCOCO", "DukeMTMCreID": the row's
    # "variants", tools/pwc/build_catalogue.py): identity only, not in ``folded``, which the recogniser reads
    variants: dict[tuple[str, str], str] = field(default_factory=dict)
    # pwc_id → the year of the paper that introduced the entry, where PwC dates it (the row's "year",
    # tools/pwc/build_catalogue.py): with its title, ``introduced``
    years: dict[str, int] = field(default_factory=dict)
    # pwc_id → ``kg.names.folded_title`` of the title of the paper that introduced the entry, dated or not (the row's
    # "paper"): for ``spelled_anew`` and ``introduced``
    titles: dict[str, str] = field(default_factory=dict)

    def introduced(self, pwc_id: str) -> tuple[int, str] | None:
        """(year, ``folded_title`` or "" where PwC names no paper) of the paper that introduced the entry,
        or None where PwC dates it not: for ``named_anew`` and ``public_entry``."""
        year = self.years.get(pwc_id)
        return None if year is None else (year, self.titles.get(pwc_id, ""))

    def _hits(self, pwc_type: str, spellings: Iterable[str]) -> set[str]:
        found = set()
        for s in spellings:
            key = (pwc_type, _fold(s))
            if key in self.sources:
                continue  # "arXiv" names the preprint server, not PwC's HEP-TH citation graph
            hits = [hit for hit in (self.exact.get((pwc_type, s)), self.folded.get(key) or self.variants.get(key)) if hit]
            if not hits and pwc_type == "Dataset":
                hits = [self.squashed.get(squash_name(s))]
            found.update(hit for hit in hits if hit)
        return found

    def match(self, label: str, spellings: Iterable[str]) -> Match | None:
        """The one entry a node of ``label`` with these spellings is, or None.

        A spelled-out name that matches decides. A short form alone ("SAC") is weak: it does
        not match an entry whose spelled-out names start with other telling words than the
        node's own ("Self Attentive Convolutions (SAC)" is not PwC's Switchable Atrous
        Convolution), and where the node has spelled-out names the entry cannot confirm (PwC
        gives GPT no long name), the match is not ``strong``."""
        pwc_type = PWC_TYPE_OF_LABEL.get(label)
        if pwc_type is None:
            return None
        spellings = list(spellings)
        long = [s for s in spellings if _spelled_out(s)]
        ids = self._hits(pwc_type, long)
        if len(ids) == 1:
            return Match(ids.pop(), True)
        if ids:
            return None
        short = [s for s in spellings if not _spelled_out(s)]
        owns = {i: self._own_words(i, long, short) for i in self._hits(pwc_type, short)}
        ids = {i for i, own in owns.items() if not (own and self.words.get(i) and not own & self.words[i])}
        if len(ids) != 1:
            return None
        found = ids.pop()
        return Match(found, not long or bool(owns[found] & self.words.get(found, frozenset())))

    def _own_words(self, pwc_id: str, long: list[str], short: list[str]) -> set[str]:
        """The first telling words of a node's spelled-out spellings, for entry ``pwc_id``: not of one that
        holds a short form ("MS COCO", ``_holds_short_form``), nor of one that is the end of the entry's own
        spelled-out name ("Common Objects in Context" of PwC's "Microsoft Common Objects in Context": the
        same expansion without its owner's name, no other one; the draw of session 65 wrote it so and its
        COCO node lost ``dataset/coco``, docs/history-entities.md, session 65, pwcvar65)."""
        tails = self.longs.get(pwc_id, ())
        return {_first_telling_word(s) for s in long
                if not _holds_short_form(s, short) and not any(t.endswith("-" + _fold(s)) for t in tails)}

    def pwc_id(self, label: str, spellings: Iterable[str]) -> str | None:
        found = self.match(label, spellings)
        return found.pwc_id if found else None


def _spelled_out(spelling: str) -> bool:
    """Several words ("Proximal Policy Optimization", "Agency-Belief-Communion"), not a short
    form or one-word name ("PPO", "GPT-4", "BERT-base")."""
    return len(spelling.split()) > 1 or len(_HYPHENED_WORD.findall(spelling)) > 1


_HYPHENED_WORD = re.compile(r"(?:^|-)(?:[A-Z]?[a-z]{2,})(?=-|$)")  # "Agency", "belief": words, not "GPT" or "4"


def _holds_short_form(spelling: str, shorts: list[str]) -> bool:
    """Whether a spelled-out spelling holds one of the node's short forms as whole words ("MS COCO",
    "MS-COCO" hold "COCO"): the short form with a qualifier, no expansion of its own, so its first word
    ("ms") says nothing against the entry's long name ("Microsoft Common Objects in Context"). Without
    this the draw's COCO node, aliases "MS COCO" and "MS-COCO", lost ``dataset/coco`` in every paper
    (docs/history-entities.md, session 64, variants64)."""
    folded = f"-{_fold(spelling)}-"
    return any(f"-{_fold(s)}-" in folded for s in shorts)


def _first_telling_word(spelling: str) -> str:
    """"Microsoft Common Objects in Context" → "microsoft"; expansions of one short form
    start alike, those of two different things rarely do."""
    words = [w for w in fold_name(spelling).split("-") if w not in GENERIC_WORDS]
    return words[0] if words else ""


_POINT_ZERO = re.compile(r"(?<=\d)-0$")  # "VQA v2.0" ~ "VQA v2"
_GLUED_VERSION_V = re.compile(r"(?<=[a-z]{2})v-(?=\d)")  # "VQAv2" (folded "vqav-2") ~ "VQA v2"


def squash_name(spelling: str) -> str:
    """A dataset spelling folded with its separators and version marks gone: "VQAv2", "VQA v2.0",
    "VQA-v2" → "vqa2"; "CNN/DailyMail", "CNN / Daily Mail" → "cnndailymail"; "MVTec-AD" ~
    "MVTecAD". Matched only where the folded spelling names no entry, and only to a key one
    entry holds."""
    folded = _GLUED_VERSION_V.sub("-", _POINT_ZERO.sub("", _fold(spelling)))
    return folded.replace("-", "")


def _squashed_keys(name: str, suffixes: frozenset[str], exact: Iterable[str] = ()) -> set[str]:
    """``squash_name`` of a catalogued dataset name, and of its stem where it ends in a word
    such as "Dataset" and the stem is a name by its shape ("ScanRefer Dataset" → "scanrefer";
    not "Vision Dataset" → "vision"), unless the stem is one the entry must match letter for
    letter ("VISION dataset", exact "VISION") or a common word in any case ("GRID Dataset" is a
    re-identification set, not the GRID audio-visual corpus). A name with a possessive gives no
    key: "AG's Corpus" is not a dataset "AGS"."""
    if "'" in name or "’" in name:
        return set()
    keys = {squash_name(name)}
    for part in _defined_parts(name):
        keys |= _squashed_keys(part, suffixes, exact)
    words = name.split()
    if len(words) > 1 and words[-1].lower() in suffixes:
        stem = " ".join(words[:-1])
        if stem.lower() in {e.lower() for e in exact} or stem.lower() in common_words():
            return keys
        if sum(c.isupper() for c in stem) >= 2 or any(c.isdigit() for c in stem):
            keys.add(squash_name(stem))
    return keys


def _capitalised_words(name: str) -> str:
    """``name``'s capitalised words alone: only they head the long half of a catalogued "Long Name
    (SHORT)" ("DIBCO" of "Document Image Binarization COmpetition", "with" left out)."""
    return " ".join(w for w in name_words(name) if w[0].isupper())


_BRACKETED = re.compile(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)$")  # "Long Range Graph Benchmark (LRGB)"


def _defined_parts(name: str) -> tuple[str, ...]:
    """Both halves of a catalogued name that defines a short form in brackets: "Long Range Graph
    Benchmark (LRGB)" → "Long Range Graph Benchmark", "LRGB"; "ACDC (Adverse Conditions Dataset with
    Correspondences)" → both. PwC files some datasets only so, and a paper writes one half. A
    bracket that qualifies the name ("Cora (48%/32%/20% fixed splits)", "DBP-5L (Greek)") gives
    nothing: the short form must be one word whose capitals the other half's word heads spell. A
    short form that is a common word gives only the long half ("BIRD (Big Impulse Response
    Dataset)" is not the BIRD text-to-SQL benchmark)."""
    found = _BRACKETED.match(name)
    if not found:
        return ()
    outer, inner = found.group("outer").strip(), found.group("inner").strip()
    for short, long in ((inner, outer), (outer, inner)):
        if " " not in short and capitals_spelled(short, _capitalised_words(long), first_word_only=True):
            return (long,) if short.lower() in common_words() else (outer, inner)
    return ()


def catalogue_dir() -> Path:
    return Path(str(resources.files("kg") / "data" / "pwc"))


CATALOGUE_CACHE = "pwc-catalogue-v7.json"  # kg.cache: the catalogue as load_catalogue computes it (v2: keys fold accents; v3: longs, variants; v4: introduced; v5: its titles as kg.names.folded_title folds them; v6: titles, every entry's paper title, dated or not; v7: years alone, introduced's titles read from titles)


@lru_cache(maxsize=2)
def load_catalogue(directory: str | None = None) -> Catalogue:
    """Read ``catalogue.jsonl`` and ``task_hierarchy.jsonl``; a missing or broken file is a ConfigError.

    Folding the ~38,000 spellings took about 0.35 s, which every extraction process paid
    (it widens names to catalogued ones) besides the linker, so the result is kept in kg's
    cache (``kg.cache``) under a digest of both files, the lexicon's suffixes, the common words
    and the code that folds (this module and ``kg.names``); a stale or unreadable entry is computed again."""
    root = Path(directory) if directory else catalogue_dir()
    suffixes = frozenset(shipped_lexicon().get("pwc_dataset_name_suffixes", ()))
    digest = _catalogue_digest(root, suffixes)
    cached = cache.load(CATALOGUE_CACHE)
    if isinstance(cached, dict) and cached.get("digest") == digest:
        try:
            return _catalogue_from_json(cached["catalogue"])
        except (KeyError, TypeError, ValueError):
            pass
    catalogue = _compute_catalogue(root, suffixes)
    cache.save(CATALOGUE_CACHE, {"digest": digest, "catalogue": _catalogue_to_json(catalogue)})
    return catalogue


def _catalogue_digest(root: Path, suffixes: frozenset[str]) -> str:
    digest = hashlib.sha256()
    for path in (root / "catalogue.jsonl", root / "task_hierarchy.jsonl", Path(__file__), Path(names_module.__file__)):
        try:
            digest.update(path.read_bytes())
        except OSError as exc:
            raise ConfigError(f"cannot read {path}: {exc} (rebuild it: python tools/pwc/build_catalogue.py)") from exc
        digest.update(b"\0")
    digest.update(json.dumps([sorted(suffixes), sorted(common_words())]).encode())  # both decide the squashed keys
    return digest.hexdigest()


def _catalogue_to_json(catalogue: Catalogue) -> dict:
    return {
        "folded": [[t, name, pwc_id] for (t, name), pwc_id in catalogue.folded.items()],
        "exact": [[t, name, pwc_id] for (t, name), pwc_id in catalogue.exact.items()],
        "words": {pwc_id: sorted(words) for pwc_id, words in catalogue.words.items()},
        "parents": {child: sorted(parents) for child, parents in catalogue.parents.items()},
        "squashed": catalogue.squashed,
        "sources": sorted(catalogue.sources),
        "longs": {pwc_id: list(names) for pwc_id, names in catalogue.longs.items()},
        "variants": [[t, name, pwc_id] for (t, name), pwc_id in catalogue.variants.items()],
        "years": catalogue.years,
        "titles": catalogue.titles,
    }


def _catalogue_from_json(value: dict) -> Catalogue:
    return Catalogue(
        {(t, name): pwc_id for t, name, pwc_id in value["folded"]},
        {(t, name): pwc_id for t, name, pwc_id in value["exact"]},
        {pwc_id: frozenset(words) for pwc_id, words in value["words"].items()},
        {child: frozenset(parents) for child, parents in value["parents"].items()},
        dict(value["squashed"]),
        frozenset((t, name) for t, name in value["sources"]),
        {pwc_id: tuple(names) for pwc_id, names in value["longs"].items()},
        {(t, name): pwc_id for t, name, pwc_id in value["variants"]},
        dict(value["years"]),
        dict(value["titles"]),
    )


def _compute_catalogue(root: Path, suffixes: frozenset[str]) -> Catalogue:
    folded: dict[tuple[str, str], str] = {}
    exact: dict[tuple[str, str], str] = {}
    words: dict[str, frozenset[str]] = {}
    parents: dict[str, set[str]] = defaultdict(set)
    squashed: dict[str, set[str]] = defaultdict(set)
    sources: set[tuple[str, str]] = set()
    longs: dict[str, tuple[str, ...]] = {}
    variants: dict[tuple[str, str], str] = {}
    years: dict[str, int] = {}
    titles: dict[str, str] = {}
    try:
        for row in _rows(root / "catalogue.jsonl"):
            sources.update((row["type"], fold_name(name)) for name in row.get("sources", ()))
            for name in row["names"]:
                folded[row["type"], fold_name(name)] = row["pwc_id"]
                if row["type"] == "Dataset" and name not in row.get("sources", ()):
                    for key in _squashed_keys(name, suffixes, row.get("exact", ())):
                        squashed[key].add(row["pwc_id"])
            for name in row.get("exact", ()):
                exact[row["type"], name] = row["pwc_id"]
            for name in row.get("variants", ()):
                variants[row["type"], fold_name(name)] = row["pwc_id"]
            if row.get("year"):
                years[row["pwc_id"]] = int(row["year"])
            if row.get("paper"):
                titles[row["pwc_id"]] = folded_title(row["paper"])
            telling = {_first_telling_word(n) for n in row["names"] if _spelled_out(n)}
            if telling:
                words[row["pwc_id"]] = frozenset(telling)
                longs[row["pwc_id"]] = tuple(sorted(fold_name(n) for n in row["names"] if _spelled_out(n)))
        for row in _rows(root / "task_hierarchy.jsonl"):
            parents[row["child"]].add(row["parent"])
    except (KeyError, TypeError) as exc:
        raise ConfigError(f"bad Papers with Code catalogue in {root}: {exc!r}") from exc
    # a key two entries share names neither; three letters or fewer squash too much away ("AG S")
    unique = {key: next(iter(ids)) for key, ids in squashed.items() if len(ids) == 1 and len(key) > 3}
    return Catalogue(folded, exact, words, {k: frozenset(v) for k, v in parents.items()}, unique, frozenset(sources), longs, variants,
                     years, titles)


def _rows(path: Path) -> Iterable[dict]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc} (rebuild it: python tools/pwc/build_catalogue.py)") from exc
    for number, line in enumerate(lines, 1):
        try:
            yield json.loads(line)
        except ValueError as exc:
            raise ConfigError(f"{path}:{number}: broken JSON ({exc})") from exc


def same_entry_groups(spellings_of: dict[tuple[str, str], set[str]], catalogue: Catalogue,
                      proposed: Collection[tuple[str, str]] | None = None) -> list[list[tuple[str, str]]]:
    """Linker clusters (root id → spellings) that are surely one PwC entry, grouped per
    (PwC type, pwc_id): the linker joins each group, so two spellings with one pwc_id are one
    node, of one label where the group has two (a Model and a Method, a Dataset and a
    Benchmark: ``kg.link.entry_label``). Only strong matches join: "Generalized Pre-training
    (GPT)" and "Generative Pre-Training (GPT)" both reach PwC's GPT by the short form alone,
    and stay apart; nor does a cluster that spells its short form out as another thing
    (``spelled_out_otherwise``: a paper's "Contrastive Layout-Image Pretraining (CLIP)", typed
    Method, joined the listed CLIP Model; session 71, coinage71). The letter-for-letter test of it is asked only of
    the ``proposed`` roots (all where None), as ``attach_pwc_ids`` asks it: a used miswriting ("We apply Byte Pair
    Embedding (BPE)") joins the entry's other spellings ("byte pair encoding"; review71)."""
    groups: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for root, spellings in spellings_of.items():
        found = catalogue.match(root[0], sorted(spellings))
        if found and found.strong and not spelled_out_otherwise(catalogue, root[0], sorted(spellings), found.pwc_id,
                                                                proposed is None or root in proposed):
            groups[PWC_TYPE_OF_LABEL[root[0]], found.pwc_id].append(root)
    return [sorted(ids) for _, ids in sorted(groups.items()) if len(ids) > 1]


def attach_pwc_ids(graph: KnowledgeGraph, catalogue: Catalogue) -> int:
    """Set ``pwc_id`` on every node whose spellings name exactly one entry and that no later paper
    names anew (``named_anew``) nor spells out as another thing (``spelled_anew``, ``spelled_out_otherwise``:
    the split own node of "our Generative Autoregressive Network (GAN)" carried method/gan); returns how many."""
    named_by: dict[str, set[str]] = defaultdict(set)
    proposed_by: dict[str, set[str]] = defaultdict(set)
    for source, rel_type, target in graph.edges:
        if graph.nodes[source].label == "Paper":
            named_by[target].add(source)
            if rel_type == "PROPOSES":
                proposed_by[target].add(source)
    attached = 0
    for node in graph.nodes.values():
        spellings = [node.name, *sorted(node.aliases)]
        pwc_id = catalogue.pwc_id(node.label, spellings)
        if not pwc_id or spelled_out_otherwise(catalogue, node.label, spellings, pwc_id, bool(proposed_by[node.key])):
            continue
        papers = [graph.nodes[p].properties for p in sorted(named_by[node.key])]
        if papers and named_by[node.key] == proposed_by[node.key] and (
                spelled_anew(catalogue, node.label, spellings, pwc_id, papers)
                or all(named_anew(spellings, paper, catalogue.introduced(pwc_id)) for paper in papers)):
            continue
        node.properties["pwc_id"] = pwc_id
        attached += 1
    return attached


_TITLE_HEAD = re.compile(r"^(.{1,80}?)\s*(?::|\s[-\u2013\u2014]{1,2}\s)")  # "Hydra: …", "Parrot: … -- …", "HYDRA -- …"
SAME_TITLE_RATIO = 0.9  # "… Learning to Reason vs Exploiting Patterns" / "… v.s. …": one paper's title respelled


def _heads_title(paper: dict, spellings: list[str]) -> bool:
    """Does ``paper``'s title open with one of ``spellings`` before a colon or a dash ("Hydra: …")? Compared
    in lower case too: the fold keeps a shouted final S ("SHANDS" → shands) that it drops from "SHands" (the
    draw of session 68: "SHANDS: A Multi-View Dataset …" presents "Surgical-Hands (SHands)")."""
    head = _TITLE_HEAD.match(paper.get("title") or "")
    if not head:
        return False
    return (_fold(head.group(1)) in {_fold(s) for s in spellings}
            or _fold(head.group(1).lower()) in {_fold(s.lower()) for s in spellings})


def _is_entrys_paper(paper: dict, entry_title: str) -> bool:
    """Is ``paper``'s title the entry's introducing paper's (``folded_title``), respelled at most?"""
    return SequenceMatcher(None, folded_title(paper.get("title") or ""), entry_title).ratio() >= SAME_TITLE_RATIO


def named_anew(spellings: list[str], paper: dict, entry: tuple[int, str] | None) -> bool:
    """Does ``paper`` (a Paper node's properties) give a node of these ``spellings`` that it proposes
    a name of its own, not the catalogue ``entry`` ((year, ``folded_title``) of the paper that
    introduced it)? Its title opens with one of the spellings before a colon or a dash ("Hydra: An
    Agentic Reasoning Approach …"), it is dated a year or more after the entry's introduction, and its
    title is not the entry's paper's. A name a paper both proposes and puts at the head of its title is
    its contribution; a paper later than the entry under another title is not the entry's own (the
    title guard keeps the own paper that arXiv dates after PwC's date, "The Pile: …" 2021 against 2020).
    The caller asks this only of a node every paper naming it proposes: one another paper uses is
    likely the entry (a false PROPOSES, or two things under one name) and keeps its id.

    Census (docs/history-entities.md, session 66, ownpwc66): a paper's coinage took another thing's
    id by its bare name (FOCUS, Hydra, ROME, GLOW …); where this holds on the draws of sessions 65
    and 66 and 80 corpus titles, 34 of 34 such ids were another thing's. An undated entry gives no
    answer: a later title heading its name there is the entry's own paper often enough (MTOP,
    AmbigQA, EmoBank, whose PwC rows name no paper)."""
    if entry is None:
        return False
    year, entry_title = entry
    if not _heads_title(paper, spellings):
        return False
    if not isinstance(paper.get("year"), int) or paper["year"] <= year:
        return False
    return not entry_title or not _is_entrys_paper(paper, entry_title)


MIN_TITLE_WORD = 4  # shorter words ("a", "for", "of") confirm nothing
TITLE_STEM = 6  # "translation" ~ "translating", "light" ~ "lightgcn": one stem, whole up to 6 letters


def spelled_anew(catalogue: Catalogue, label: str, spellings: list[str], pwc_id: str, papers: list[dict]) -> bool:
    """Does a node its papers propose spell its short form out as a thing other than the entry
    ``pwc_id`` its short form matches? The match is weak (``Catalogue.match``: the node has spelled-out
    names and PwC gives the entry none to agree with, so no first-word check could refuse it), the
    entry's introducing paper has a title, and no first telling word of the node's own expansions
    shares its stem with a word of that title (``_one_stem``): "Self-Supervised Distillation (SSD)" is
    not "SSD: Single Shot MultiBox Detector", "Deep Hybrid Filtering (DHF)" not PwC's dhf; "Light Graph
    Convolutional Network" is "LightGCN: Simplifying and Powering Graph Convolution Network …", "Persian
    Question Answering Dataset" is "PQuAD: A Persian Question Answering Dataset". An entry whose paper
    PwC does not name gives no answer, and the entry's own paper (one of ``papers``, the Paper nodes'
    properties, under the entry's title: "SCIENTIFIC PARAPHRASE AND INFORMATION CHANGE DATASET (SPICED)"
    against "Modeling Information Change in Science Communication …") keeps the id. The caller asks this
    only of a node every paper naming it proposes: famous names others use are matched weakly too and are
    the entry (VQ-VAE, ELMo, GPT-2, UMLS: asked of used nodes, it was wrong on the draw 2 times in 2).

    Census (docs/history-entities.md, session 67, ownpwc67): on the draws of sessions 61–67 the 11 weak
    matches only proposed were 8 other things and 3 the entry; this withholds 7 of the 8 (SSD twice, DHF,
    SPL, FLIP, SRM, GLM; Ctrl's "controlled" shares CTRL's stem) and none of the 3; on span train and sample
    dev 2 of 2 (BART, COLA); on 414 corpus abstracts that define such a short form 23 of 24 right (A2C,
    "actor-critic", is the entry)."""
    title = catalogue.titles.get(pwc_id)
    found = catalogue.match(label, spellings)
    if not title or found is None or found.strong or found.pwc_id != pwc_id:
        return False
    if any(_is_entrys_paper(paper, title) for paper in papers):
        return False
    long = [s for s in spellings if _spelled_out(s)]
    short = [s for s in spellings if not _spelled_out(s)]
    own = {w for w in catalogue._own_words(pwc_id, long, short) if len(w) >= MIN_TITLE_WORD}
    words = [w for w in title.split() if len(w) >= MIN_TITLE_WORD]
    return bool(own) and not any(_one_stem(o, w) for o in own for w in words)


def spelled_as_entry(catalogue: Catalogue, label: str, short: str, long_form: str) -> str | None:
    """The entry a paper's own expansion of a short form spells out, or None: the short form with its
    expansion matches one entry strongly (``Catalogue.match``), or weakly (PwC gives the entry no
    spelled-out name to agree with) where a first telling word of the expansion shares its stem with a
    word of the title of the entry's introducing paper (``_one_stem``, the test ``spelled_anew`` reads
    the other way): "Robustly Optimized BERT pre-training approach (RoBERTa)" is "RoBERTa: A Robustly
    Optimized BERT Pretraining Approach", "Translation-based embedding model (TransE)" is "Translating
    Embeddings for Modeling Multi-relational Data"."""
    found = catalogue.match(label, [short, long_form])
    if found is None or found.strong:
        return found.pwc_id if found else None
    title = catalogue.titles.get(found.pwc_id)
    own = {w for w in catalogue._own_words(found.pwc_id, [long_form], [short]) if len(w) >= MIN_TITLE_WORD}
    words = [w for w in (title or "").split() if len(w) >= MIN_TITLE_WORD]
    return found.pwc_id if any(_one_stem(o, w) for o in own for w in words) else None


def spelled_apart(catalogue: Catalogue, pwc_id: str, long_form: str, listed: Iterable[str] = ()) -> bool:
    """Is a paper's own expansion of an entry's short form another thing than the entry, by its words? An acronym
    forces its expansion's first letter, so a first word that matches ("Generative", "Graph") says little: the
    expansion is apart where a telling word (``_telling_words``) spells no word of the entry's spelled-out names,
    of the listed spelled-out names (``listed``, folded) nor of the title of the entry's paper (``_one_word``; a
    run of such words may spell one by its initials: "Gated Recurrent Unit" of "bidirectional GRU"), and at most
    one agrees. "Generative Autoregressive Network (GAN)", "Graph Contrastive Network (GCN)" are not PwC's GAN
    and GCN; "Graph Convolution Neural Network", "Generative Adversarial Net", "Shapley Additive Values" respell
    theirs. An entry with no spelled-out name here gives no answer (False): its paper's title alone leaves out
    too much (BERT's "… of Deep Bidirectional Transformers …" has no "encoder"). Session 70, coinage70: firings
    in docs/history-entities.md."""
    agree = _entry_words_agreeing(catalogue, pwc_id, long_form, listed)
    return agree is not None and not all(agree) and sum(agree) <= 1


def spelled_letter_for_letter_otherwise(catalogue: Catalogue, pwc_id: str, short: str, long_form: str,
                                        listed: Iterable[str] = ()) -> bool:
    """Does a paper's expansion of an entry's short form put another word on one of its letters than each of the
    entry's spelled-out names (and the ``listed`` ones, folded) does (``_letter_words``)? The word is a telling one
    (``_telling_words``) and spells no word of that name nor of the title of the entry's paper (``_one_word``):
    "Contrastive Layout-Image Pretraining (CLIP)" puts "layout" where PwC's CLIP has "language", "You Only Hear
    Once (YOHO)" "hear" for "hypothesize", "temporal alignment module (TAM)" "alignment" for "adaptive". Words that
    take no letter say nothing ("long short-term memory recurrent network" is LSTM), nor do two words of one stem
    (``LETTER_WORD_STEM``: "Differentially Private" of differential privacy), and where a letter stands
    inside a word ("SHapley Additive exPlanations") the name gives no answer. Session 71, coinage71: firings in
    docs/history-entities.md."""
    own = _letter_words(short, fold_name(long_form))
    if own is None:
        return False
    title = [w for w in catalogue.titles.get(pwc_id, "").split() if len(w) >= MIN_TITLE_WORD]
    telling = set(_telling_words(long_form))
    aligned = [(name, theirs) for name in (*catalogue.longs.get(pwc_id, ()), *listed)
               if "-" in name and (theirs := _letter_words(short, name)) is not None]
    return bool(aligned) and all(
        any(w in telling and w[:LETTER_WORD_STEM] != t[:LETTER_WORD_STEM] and not _one_word(w, t)
            and not any(_one_word(w, k) for k in (*name.split("-"), *title) if len(k) >= MIN_EXPANSION_WORD)
            for w, t in zip(own, theirs))
        for name, theirs in aligned)


def spelled_out_otherwise(catalogue: Catalogue, label: str, spellings: list[str], pwc_id: str, proposed: bool = True) -> bool:
    """Does a node that matches the entry ``pwc_id`` only by a short form spell that short form out as another
    thing? No spelled-out spelling of the node is a name of the entry, and every one that expands a short form of
    the node (``_letter_words``) is apart from the entry (``spelled_apart``) or, where a paper proposes the node
    (``proposed``), puts another word on a letter (``spelled_letter_for_letter_otherwise``: a paper that uses
    "Gated Repetitive Unit (GRU)", "Class attribution maps (CAMs)" or the "Audio-Video Scene-Aware Dialogue" data
    miswrites the public thing). Such a node is a paper's own thing and neither carries the entry's id
    (``attach_pwc_ids``) nor joins the entry's nodes (``same_entry_groups``), nor is a later paper's proposal of it
    a use of the entry (``public_entry``): "We propose Contrastive Layout-Image Pretraining (CLIP)" joined the
    listed CLIP Model and its PROPOSES became USES. Session 71, coinage71: firings in docs/history-entities.md."""
    long = [s for s in spellings if _spelled_out(s)]
    pwc_type = PWC_TYPE_OF_LABEL.get(label)
    if not long or pwc_type is None or catalogue._hits(pwc_type, long):
        return False
    short = [s for s in spellings if not _spelled_out(s)]
    expansions = [(s, l) for l in long for s in short if _letter_words(s, fold_name(l)) is not None]
    return bool(expansions) and all(
        proposed and any(spelled_letter_for_letter_otherwise(catalogue, pwc_id, s, l) for s, one in expansions if one == l)
        or spelled_apart(catalogue, pwc_id, l) for l in {l for _, l in expansions})


LETTER_WORD_STEM = 4  # "private" ~ "privacy" on one letter: one word inflected; "layout" ~ "language" is two


def _letter_words(short: str, folded: str) -> list[str] | None:
    """The word of a folded expansion that each letter of ``short`` stands for, in order: each letter takes the
    next word that starts with it, glue words and words no letter takes left over; a plural's final "s" ("LSTMs")
    takes none. None where a letter finds no word (it stands inside one: "SHapley")."""
    letters = [c.lower() for c in short if c.isalpha()]
    if len(letters) > 2 and short.endswith("s") and short[:-1].isupper():
        letters.pop()
    words = [w for w in folded.split("-") if w and w not in GLUE_WORDS]
    taken, j = [], 0
    for letter in letters:
        while j < len(words) and not words[j].startswith(letter):
            j += 1
        if j == len(words):
            return None
        taken.append(words[j])
        j += 1
    return taken


def _entry_words_agreeing(catalogue: Catalogue, pwc_id: str, long_form: str, listed: Iterable[str]) -> list[bool] | None:
    """For each telling word of ``long_form``, whether it spells a word of the entry's spelled-out names, of the
    ``listed`` spelled-out names (folded) or of the title of the entry's paper (``_one_word``), a run of words
    spelling one such word by its initials agreeing as a whole; None where neither the entry nor ``listed`` has
    a spelled-out name."""
    spelled = [name for name in (*catalogue.longs.get(pwc_id, ()), *listed) if "-" in name]
    if not spelled:
        return None
    known = {w for name in spelled for w in name.split("-") if len(w) >= MIN_EXPANSION_WORD}
    known |= {w for w in catalogue.titles.get(pwc_id, "").split() if len(w) >= MIN_TITLE_WORD}
    words = [w for w in fold_name(long_form).split("-") if w]
    telling = set(_telling_words(long_form))
    agree = {n: any(_one_word(w, k) for k in known) for n, w in enumerate(words) if w in telling}
    for n in range(len(words)):  # "gated recurrent unit" spells "gru", "generative adversarial network" "gan"
        for m in range(n + 2, len(words) + 1):
            if "".join(w[0] for w in words[n:m]) in known:
                agree.update((i, True) for i in range(n, m) if i in agree)
    return list(agree.values())


MIN_EXPANSION_WORD = 3  # "q" of "deep Q-network", "d" of "3D": a letter spells nothing; "net" does
SAME_WORD_RATIO = 0.75  # "radiated" ~ "radiance", "optimisation" ~ "optimization": one word, inflected or respelled


def _telling_words(long_form: str) -> list[str]:
    """The words of an expansion that say what its thing is: not a generic word (``GENERIC_WORDS``), a
    word for the kind of contribution (``expansion_filler_words`` of data/lexicon.json: "based", "approach"),
    a number or a letter."""
    filler = frozenset(shipped_lexicon().get("expansion_filler_words", ()))
    return [w for w in fold_name(long_form).split("-")
            if len(w) >= MIN_EXPANSION_WORD and w not in GENERIC_WORDS and w not in filler and not w.isdigit()]


def _one_word(a: str, b: str) -> bool:
    """One word spelled two ways: one stem (``_one_stem``), one inside the other ("training" of
    "pretraining"), or near letter for letter (``SAME_WORD_RATIO``)."""
    return (_one_stem(a, b) or (min(len(a), len(b)) >= MIN_TITLE_WORD and (a in b or b in a))
            or SequenceMatcher(None, a, b).ratio() >= SAME_WORD_RATIO)


def _one_stem(a: str, b: str) -> bool:
    """"translation" ~ "translating", "light" ~ "lightgcn": the words share their first ``TITLE_STEM``
    letters, or the whole of the shorter one."""
    return a[:TITLE_STEM] == b[:TITLE_STEM] or b.startswith(a) or a.startswith(b)


def spelled_otherwise(spellings: list[str], longs: Iterable[str]) -> bool:
    """Does one of a node's spelled-out ``spellings`` of two or more words share fewer than half its words with
    every spelled-out name the entry has (``longs``, folded)? Then the paper spells out a thing of its own that
    only shares the short form and a first word: "the Adaptive Reflective Interactive Agent (ARIA), an LLM agent
    framework" is not PwC's ARIA ("Adaptive Richard's Curve Weighted Activation"). Half is enough to be a
    respelling: "fully convolutional neural network" (FCN), "Gated Recurrent Neural Network" (GRU), "Tabular
    Prior-Fitted Networks" (TabPFN). Census (session 68, ownprop68): of 128 read ``public_entry`` firings on draws
    61–68 it acts on none; on a 5,000-abstract corpus sample on 1 of 30, ARIA, rightly. (A check that the folded words
    number two or more, besides ``_spelled_out``, reached no call on the session 69 draw, span train or the scored sets
    and was removed, tidy69. It is not implied: a repeated word, "Forward-Forward", "human-human" (the draw's nodes, no
    PwC match), folds to one word and now spells an entry otherwise where the entry's long names lack it; recheck69.)"""
    known = {w for long in longs for w in long.split("-")}
    if not known:
        return False
    for s in spellings:
        if not _spelled_out(s):
            continue
        words = {fold_name(w) for w in re.split(r"[\s\-_/]+", s) if w}
        words.discard("")
        if 2 * len(words & known) < len(words):
            return True
    return False


def public_entry(label: str, spellings: list[str], paper: dict, catalogue: Catalogue) -> bool:
    """Is a node of ``label`` and these ``spellings`` that ``paper`` (a Paper node's properties) proposes
    rather a public entry it uses? The spellings match one catalogue entry ``strong``ly (a spelled-out
    name that disagrees with the entry's is the paper's own: "Controlling … Latent Actions (CoLA)"), PwC
    dates the entry to a year before the paper's, the paper's title is not the entry's paper's, and the
    title does not open with the name ("Hydra: …", a coinage that ``named_anew`` reads). A later paper
    under another title that "proposes" BERT, LightGCN or CommonsenseQA uses it ("a novel extension to
    LightGCN", "we propose a … BERT-based model", "shows … performance on CommonsenseQA").

    Census (docs/history-relations.md, session 67, falseprop67): of ownpwc67's 324 readings of a
    PROPOSES of a node with a pwc_id (draws of sessions 61–67) none is the entry's own paper where the
    entry is dated before the paper under another title. Where it fires (with the caller's guard): the
    draws 92 right, 12 wrong, 7 doubtful of 111; corpus abstracts outside them 2 of 2; span train's gold
    says PROPOSES at 3 of its 9 firings. A proposal whose expansion spells the short form out as another thing
    (``spelled_out_otherwise``: "We propose Graph Contrastive Network (GCN)") is the paper's own (session 71, coinage71)."""
    found = catalogue.match(label, spellings)
    entry = catalogue.introduced(found.pwc_id) if found and found.strong else None
    if entry is None or not isinstance(paper.get("year"), int) or paper["year"] <= entry[0]:
        return False
    if spelled_otherwise(spellings, catalogue.longs.get(found.pwc_id, ())):
        return False
    if spelled_out_otherwise(catalogue, label, spellings, found.pwc_id):  # the node is proposed: the caller asks of proposals
        return False
    if _heads_title(paper, spellings):
        return False
    return not entry[1] or not _is_entrys_paper(paper, entry[1])


def entry_of_paper(label: str, spellings: list[str], title: str, catalogue: Catalogue) -> bool:
    """Is a node of ``label`` and these ``spellings`` the catalogue entry whose introducing paper is the one
    titled ``title``? Its folded title must be the entry's paper's exactly (``folded_title``): a near title is
    another paper's ("Localizing Visual Sounds the Easy Way" is not VGG-SS's "… the Hard Way", "QLEVR: A
    Diagnostic Dataset for Quantificational …" not CLEVR's), and no year is asked (PwC and the paper's
    record date one paper years apart: C4's T5 paper 2019 / 2023).

    Census (docs/history-relations.md, session 68, ownprop68): where it fires on unseen text (draws 61–68, a
    5,000-abstract corpus sample) 4 of 6 are the paper's own (GPT-4's report, DIALOCONAN, BD-4SK-ASR, Residual
    Masking Network); wrong: adapters, which PwC files under Trankit, and a 2025 replication under EWC's own
    title. The scored sets' gold: 9 of 10 (ResNet, GCN, ViT, C4, MMLU, LDM, ROME, Content4All, HTDM; WFST,
    filed under the NeMo text normalisation paper, is the gold's USES)."""
    found = catalogue.match(label, spellings)
    entry_title = catalogue.titles.get(found.pwc_id) if found else None
    return bool(entry_title) and folded_title(title) == entry_title


def _task_mentions(graph: KnowledgeGraph) -> dict[str, dict[str, Evidence]]:
    """Task key → paper → the strongest evidence of that paper's edge to the task."""
    out: dict[str, dict[str, Evidence]] = defaultdict(dict)
    for edge in graph.iter_edges():
        if graph.nodes[edge.target].label == "Task" and graph.nodes[edge.source].label == "Paper":
            best, known = edge.strongest(), out[edge.target].get(edge.source)
            if best is not None and (known is None or best.confidence > known.confidence):
                out[edge.target][edge.source] = best
    return out


def _task_sentences(graph: KnowledgeGraph) -> dict[str, dict[str, set[str]]]:
    """Task key → paper → every sentence of that paper's edges to the task."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for edge in graph.iter_edges():
        if graph.nodes[edge.target].label == "Task" and graph.nodes[edge.source].label == "Paper":
            for ev in edge.evidence:
                if ev.paper == edge.source:
                    out[edge.target][edge.source].add(ev.sentence)
    return out


def _spelled_spans(sentence: str, spellings: Iterable[str]) -> set[tuple[int, int]]:
    """Where each spelling stands as whole words in ``sentence`` (case folded)."""
    lowered = sentence.lower()
    return {(m.start(), m.end()) for s in spellings if s.strip()
            for m in re.finditer(r"(?<![\w-])" + re.escape(s.lower()) + r"(?![\w-])", lowered)}


def named_only_inside(child, parent, sentences: Iterable[str]) -> bool:
    """The paper names the parent task only as the end of the child's name ("moving object
    segmentation", whose tail the recogniser also read as "object segmentation"): no
    sentence of ``sentences`` (its parent edges' and the paper's text, ``paper_texts``) holds the parent on its own, so the name is no evidence of
    a broader task the paper speaks of (train: 28 of 33 such name-suffix edges not annotated;
    2 of 2 such PwC hierarchy edges, "zero-shot cross-lingual transfer" → "cross-lingual transfer")."""
    child_names, parent_names = [child.name, *child.aliases], [parent.name, *parent.aliases]
    for sentence in sentences:
        inside = _spelled_spans(sentence, child_names)
        if any(not any(a <= start and end <= b for a, b in inside) for start, end in _spelled_spans(sentence, parent_names)):
            return False
    return True


def paper_texts(graph: KnowledgeGraph, paper: str) -> list[str]:
    """The paper's title and abstract, where its node holds them: ``named_only_inside`` reads the
    whole text, since a Paper edge to a task keeps one sentence, often the title where the child
    holds the parent ("SimulLR: Simultaneous Lip Reading Transducer"), while the abstract names
    the parent on its own ("Lip reading, aiming to recognize …"). Span train: 7 edges added, 4
    annotated; the session 70 and 71 draws: 18 added, 13 right, 4 doubtful, 1 wrong (subtask71)."""
    properties = graph.nodes[paper].properties if paper in graph.nodes else {}
    return [t for t in (properties.get("title"), properties.get("abstract")) if t]


def name_holds(child, parent) -> bool:
    """Every word of one of the parent's names stands in one of the child's ("open-domain
    question answering" → "question answering"): the abstract itself then shows the narrower
    task. A hierarchy pair whose names share less ("program repair" → "program synthesis",
    "class-incremental learning" → "continual learning") is the catalogue's knowledge, not
    the text's: on span train such edges were annotated 4 times in 13, and 0 in 5 on the
    other sets."""
    child_words = [set(_fold(s).split("-")) for s in [child.name, *child.aliases] if _fold(s)]
    return any(set(_fold(s).split("-")) <= words for s in [parent.name, *parent.aliases] if _fold(s) for words in child_words)


def _subtask_evidence(paper: str, c: Evidence, p: Evidence, rule: str, confidence: float) -> Evidence:
    """The evidence of a paper that names both tasks: the child's mention, and the parent's
    where it is in the same field.

    Papers that name only the child get no edge: measured on the eval sets, crediting them
    with the edge added a false relation to each (span test SUBTASK_OF precision 0.19 against
    0.30 with papers naming both)."""
    tail = (p.tail_start, p.tail_end) if p.field == c.field else (-1, -1)
    return Evidence(paper, c.field, c.sentence, c.tail_start, c.tail_end, *tail, rule, confidence)


def add_subtask_edges(graph: KnowledgeGraph, catalogue: Catalogue) -> int:
    """``SUBTASK_OF`` between Task nodes that a paper names together: from PwC's hierarchy
    (both have a pwc_id and the child's name holds the parent's words, ``name_holds``) and from names (a task whose name ends with another task's whole
    name, only the longest such parent; a task between two modalities under the cross-modal task of
    its name, ``_modality_pair_parents``). Returns the number of evidence pieces added.

    Each paper's edges are chosen from its own Task nodes and the fixed data of the repository
    alone (``_paper_subtask_pairs``), so a paper gets the same edges in a build of it alone, in
    a build of many papers and after ``kg build --update`` -- except through a node's aliases,
    which pool the spellings of every paper that names the task."""
    tasks = [n for n in graph.iter_nodes() if n.label == "Task"]
    if not tasks:
        return 0
    mentions = _task_mentions(graph)
    sentences = _task_sentences(graph)
    listed = _listed_task_keys(tasks, catalogue)
    tasks_of_paper: dict[str, list[str]] = defaultdict(list)
    for task in sorted(mentions):
        for paper in mentions[task]:
            tasks_of_paper[paper].append(task)
    added = 0
    for paper in sorted(tasks_of_paper):
        own = [graph.nodes[k] for k in tasks_of_paper[paper]]
        pairs, spelled = _paper_subtask_pairs(own, catalogue, listed)
        for (child, parent), (rule, confidence) in sorted(pairs.items()):
            if child == parent or (parent, child) in pairs:  # never a cycle of two
                continue
            parent_sentences = sentences[parent].get(paper, ())
            if named_only_inside(graph.nodes[child], graph.nodes[parent], [*parent_sentences, *paper_texts(graph, paper)]):
                continue
            if (child, parent) in spelled and not any(_spelled_spans(s, spelled[child, parent]) for s in parent_sentences):
                continue  # the paper does not itself write the broader name ("cross-modal retrieval")
            ev = _subtask_evidence(paper, mentions[child][paper], mentions[parent][paper], rule, confidence)
            if graph.add_edge(child, "SUBTASK_OF", parent, ev) is not None:
                added += 1
    return added


SubtaskPairs = dict[tuple[str, str], tuple[str, float]]  # (child, parent) → (rule, confidence)


def _paper_subtask_pairs(own: list, catalogue: Catalogue, listed: frozenset[str]) -> tuple[SubtaskPairs, dict[tuple[str, str], list[str]]]:
    """(child, parent) → (rule, confidence) among one paper's Task nodes ``own``, and for the
    modality-pair pairs the parent's spellings the paper must write. Nothing but ``own`` and
    fixed data decides them: a name-ending parent is the longest ending among the paper's own
    task names and the fixed task names (``fixed_task_name``), and none where that ending is
    a fixed name the paper does not write."""
    key_of_name: dict[str, str] = {}
    for n in own:
        for spelling in [n.name, *sorted(n.aliases)]:
            key_of_name.setdefault(_fold(spelling), n.key)
    keys_of_pwc: dict[str, list[str]] = defaultdict(list)
    for n in own:
        if n.properties.get("pwc_id"):
            keys_of_pwc[n.properties["pwc_id"]].append(n.key)
    nodes = {n.key: n for n in own}
    pairs: SubtaskPairs = {}
    for n in own:
        for parent_id in sorted(catalogue.parents.get(n.properties.get("pwc_id", ""), ())):
            for key in keys_of_pwc.get(parent_id, ()):
                if name_holds(n, nodes[key]):
                    pairs[n.key, key] = (HIERARCHY_RULE, HIERARCHY_CONFIDENCE)
        parent = _longest_task_suffix(n, key_of_name, listed, catalogue)
        if parent:
            pairs.setdefault((n.key, parent), (NAME_SUFFIX_RULE, NAME_SUFFIX_CONFIDENCE))
    spelled: dict[tuple[str, str], list[str]] = {}  # modality-pair pairs: the parent's spellings that make it one
    for (child, parent), parent_spellings in _modality_pair_parents(own).items():
        if (child, parent) not in pairs:
            pairs[child, parent] = (MODALITY_PAIR_RULE, MODALITY_PAIR_CONFIDENCE)
            spelled[child, parent] = parent_spellings
    return pairs, spelled


@lru_cache(maxsize=1)
def _modality_words() -> tuple[frozenset[str], frozenset[str]]:
    """``modality_words`` and ``cross_modal_words`` of ``data/lexicon.json``."""
    lex = shipped_lexicon()
    return frozenset(lex.get("modality_words", ())), frozenset(lex.get("cross_modal_words", ()))


_MODALITY_PAIR = re.compile(r"^([a-z0-9]+)(?:-| to |-to-)([a-z0-9]+)\s+(.+)$")


def _modality_pair(spelling: str, modalities: frozenset[str]) -> tuple[str, str, bool, str] | None:
    """("text", "video", directed?, "retrieval") for "text-video retrieval" / "text-to-video
    retrieval": two different modalities joined before the rest of a task name."""
    m = _MODALITY_PAIR.match(" ".join(spelling.lower().split()))
    if not m or m.group(1) not in modalities or m.group(2) not in modalities or m.group(1) == m.group(2):
        return None
    return m.group(1), m.group(2), "to" in name_words(spelling.lower()), m.group(3)


def _modality_pair_parents(tasks) -> dict[tuple[str, str], list[str]]:
    """A task between two modalities ("text-video retrieval", "text-to-image retrieval") is a
    kind of the cross-modal task of the same name ("cross-modal retrieval", "multi-modal
    retrieval"); the name-ending rule cannot see it, the child not ending with the parent.
    (child, parent) → the parent's cross-modal spellings; the paper must write one of them
    (``add_subtask_edges``), since a gazetteer alias may join a cross-modal name to a pair's node
    (until alias39, "cross-modal retrieval" was an alias of "image-text retrieval"), and a
    two-way pair under the node of that pair ("text-image retrieval") is the same task. Span train: 2 of 2 such edges annotated, span dev 3 of 3. A
    one-way pair under its two-way pair ("image-to-text generation" → "image-text
    generation") was annotated 0 times in 2 on train: left out."""
    modalities, cross = _modality_words()
    broad: dict[str, list[tuple[str, str]]] = defaultdict(list)  # rest of the name → (key, cross-modal spelling)
    pairs_of: dict[tuple[str, str], set[frozenset[str]]] = defaultdict(set)  # (key, rest) → the node's two-way pairs
    for n in tasks:
        for spelling in [n.name, *sorted(n.aliases)]:
            head, _, rest = " ".join(spelling.lower().split()).partition(" ")
            if head in cross and rest:
                broad[rest].append((n.key, spelling))
            pair = _modality_pair(spelling, modalities)
            if pair and not pair[2]:
                pairs_of[n.key, pair[3]].add(frozenset(pair[:2]))
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for n in tasks:
        for spelling in [n.name, *sorted(n.aliases)]:
            pair = _modality_pair(spelling, modalities)
            if not pair:
                continue
            one, two, directed, rest = pair
            for key, parent_spelling in broad.get(rest, ()):
                if key == n.key or (not directed and {one, two} in pairs_of[key, rest]):
                    continue
                if parent_spelling not in out[n.key, key]:
                    out[n.key, key].append(parent_spelling)
    return dict(out)


@lru_cache(maxsize=1)
def method_modifiers() -> frozenset[str]:
    """``method_task_modifiers`` of ``data/lexicon.json``: words that say how a task is solved,
    not which narrower task it is."""
    return frozenset(shipped_lexicon().get("method_task_modifiers", ()))


@lru_cache(maxsize=1)
def _gazetteer_task_names() -> frozenset[str]:
    """The folded names and aliases of ``data/gazetteer/tasks.jsonl``."""
    path = Path(str(resources.files("kg") / "data" / "gazetteer" / "tasks.jsonl"))
    return frozenset(_fold(name) for row in _rows(path) for name in [row["name"], *row.get("aliases", ())])


def fixed_task_name(folded: str, catalogue: Catalogue) -> bool:
    """A folded name is a fixed task name: in the task gazetteer or a PwC task."""
    return folded in _gazetteer_task_names() or ("Task", folded) in catalogue.folded


def _listed_task_keys(tasks, catalogue: Catalogue) -> frozenset[str]:
    """The Task nodes one of whose spellings is a fixed task name (``fixed_task_name``)."""
    return frozenset(n.key for n in tasks for s in [n.name, *n.aliases] if fixed_task_name(_fold(s), catalogue))


def _longest_task_suffix(node, key_of_name: dict[str, str], listed: frozenset[str], catalogue: Catalogue) -> str | None:
    """The task whose folded name is the longest whole-word ending, of two words or more, of
    one of ``node``'s names. (A one-word parent, "baseline segmentation" → "segmentation",
    was right 3 times in 44 on the span corpus's train split.) An ending after method words
    only ("automatic speech recognition" → "speech recognition") is the same task done one way,
    not a narrower one: none of the 13 such edges on span dev and train was annotated.
    Nor is an unlisted ending of a listed name (``listed``: keys of nodes with a fixed task
    name) a task it narrows, but a piece cut out of that fixed name ("named entity recognition"
    → "entity recognition", "dialogue state tracking" → "state tracking"; train: 7 of 8 such
    edges not annotated).

    ``key_of_name`` holds the names of one paper's Task nodes (``_paper_subtask_pairs``), so the
    choice does not depend on what other papers name. A task between the two that the paper does
    not write still counts where it is a fixed task name of ``catalogue`` (``fixed_task_name``):
    "continuous visual speech recognition" is a kind of the catalogued "visual speech
    recognition", so a spelling whose longest task ending is a fixed name the paper does not write
    gives no parent, the paper's shorter one ("speech recognition") being no direct parent (span
    train: 7 edges changed against a graph-wide choice of endings, 4 annotated; the paper's own
    longest ending alone: 12, 5 annotated)."""
    best: tuple[int, str] | None = None
    blocked = False
    spellings = [node.name, *sorted(node.aliases)]
    for spelling in spellings:
        words = _fold(spelling).split("-")
        for i in range(1, len(words) - 1):
            if set(words[:i]) <= method_modifiers():
                continue
            suffix = "-".join(words[i:])
            key = key_of_name.get(suffix)
            if key is None and not fixed_task_name(suffix, catalogue):
                continue
            if _cut_inside_compound(spellings, suffix):
                continue
            if key and node.key in listed and key not in listed:
                continue
            if key != node.key:
                if key is None:
                    blocked = True
                elif best is None or len(suffix) > best[0]:
                    best = (len(suffix), key)
                break  # later suffixes of this spelling are shorter
    if best is None:
        return None if blocked else _acronym_parent(node, key_of_name)
    return best[1]


def _cut_inside_compound(spellings: list[str], suffix: str) -> bool:
    """The ending starts inside a hyphenated word of one of the spellings ("audio-visual
    sentiment analysis" → "visual sentiment analysis", "open domain question answering", also
    spelled "open-domain …", → "domain question answering", "image-text generation" → "text
    generation"): the compound is one modifier, so the ending is no task the name narrows
    (train: 2 of 13 such edges annotated). An "A-to-B" compound still gives its "B …" ending
    ("text-to-image generation" → "image generation": train 5 of 11, above the break-even of
    half the relation F1), in any spelling ("text-video retrieval" / "text-to-video retrieval")."""
    cuts = []
    for spelling in spellings:
        for hyphen in re.finditer(r"-", spelling):
            head = spelling[: hyphen.start()]
            if head and not head[-1].isspace() and _fold(spelling[hyphen.end():]) == suffix:
                cuts.append(bool(re.search(r"(?i)(?:^|[\s-])to$", head)))
    return bool(cuts) and not any(cuts)


def _acronym_parent(node, key_of_name: dict[str, str]) -> str | None:
    """A task named by a modifier and another task's short form ("few-shot NER" → "named
    entity recognition (NER)", "biomedical VQA"): the acronym ending is the parent. A
    one-word ending in lower case ("abstractive summarization" → "summarization") stays out:
    span train, acronym endings right 31 times in 48, plain words 7 in 46."""
    for spelling in [node.name, *sorted(node.aliases)]:
        words = re.split(r"[\s-]+", spelling.strip())
        letters = [ch for ch in words[-1] if ch.isalpha()] if len(words) > 1 else []
        if sum(ch.isupper() for ch in letters) < 2 or set(_fold(" ".join(words[:-1])).split("-")) <= method_modifiers():
            continue
        key = key_of_name.get(_fold(words[-1]))
        if key and key != node.key:
            return key
    return None


def link_catalogue(graph: KnowledgeGraph, catalogue: Catalogue | None = None) -> None:
    """The linking step of this module: pwc_ids on nodes, then SUBTASK_OF edges."""
    catalogue = catalogue or load_catalogue()
    try:
        attach_pwc_ids(graph, catalogue)
        add_subtask_edges(graph, catalogue)
    finally:
        _fold.cache_clear()


def pwc_coverage(graph: KnowledgeGraph) -> dict[str, dict[str, float | int]]:
    """Per matched label, for summary.json: nodes and the share with a pwc_id, and the same
    over (paper, node) links, which weighs a node by the papers that name it."""
    out: dict[str, dict[str, float | int]] = {}
    links: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for source, _, target in graph.edges:
        if graph.nodes[source].label == "Paper":
            links[graph.nodes[target].label].add((source, target))
    for label in PWC_TYPE_OF_LABEL:
        nodes = [n for n in graph.nodes.values() if n.label == label]
        linked = sum(1 for n in nodes if n.properties.get("pwc_id"))
        named = sum(1 for _, key in links[label] if graph.nodes[key].properties.get("pwc_id"))
        out[label] = {"nodes": len(nodes), "with_pwc_id": linked, "share": _share(linked, len(nodes)),
                      "paper_links": len(links[label]), "paper_links_with_pwc_id": named,
                      "paper_links_share": _share(named, len(links[label]))}
    return out


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0
