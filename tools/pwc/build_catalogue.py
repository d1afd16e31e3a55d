"""Build kg's Papers with Code catalogue (``kg/data/pwc/``) from the PwC exports.

    python tools/pwc/build_catalogue.py [--pwc ../shared/pwc] [--corpus ../shared/corpus/arxiv-ml-175k.jsonl.gz]

Reads methods (2025-03), datasets (2023-01-03), tasks (2025-07) and the task hierarchy
(2025-07), and writes

- ``kg/data/pwc/catalogue.jsonl``: one line per entity, ``{"pwc_id", "type", "name",
  "names", "exact"}`` — ``names`` are the spellings a kg node may match after folding
  (name, full name and the dataset variants that survive the filters below), ``exact`` the
  ones it must match letter for letter; a dataset's ``variants``, where it has any, the
  variants only ``variant_respelled`` admits (below), which give a node its identity and
  find no name (``kg.pwc``); a method's or dataset's ``year`` and ``paper``, where PwC
  knows them, the year and title of the paper that introduced it (``introduced``), by which
  the linker tells a later paper's own coinage of the name from the entry (``kg.pwc.named_anew``);
- ``kg/data/pwc/task_hierarchy.jsonl``: ``{"child", "parent"}`` task slug pairs;
- ``tools/pwc/dropped.tsv``: every spelling left out, with the reason, for review.

kg uses the catalogue to attach ``pwc_id`` to nodes the extractor already found, not to find
names (``tools/lexicon/pwc_dataset_names.py`` derives the one filtered list that is), so a spelling is dropped where it could name more than one thing:

- ``short``: two or fewer letters and digits ("Go", "C4");
- ``shared``: the name or full name of more than one entry of one type (kg matches a node
  only to entries of its own type, so "Adam" the method and "ADAM" the dataset do not clash);
- ``variant_shared`` / ``variant_of_other``: a dataset variant listed under more than one
  dataset, or the name of another entry (GLUE lists "RTE", which is its own dataset);
- ``variant_extends``: a variant that is the dataset's name plus more ("Rotated MNIST" is
  not MNIST);
- ``variant_unrelated``: a variant whose letters are not those of the dataset's name or full
  name in order (GLUE lists "STS-B" and "WNLI", Common Voice "URDU"; "MNLI" stays for MultiNLI);
- ``variant_prefix``: a variant that is the start of the name, so names something broader
  (TrecQA lists "TREC");
- none of the three above for a variant that is the name respelled (``variant_respelled``): the same
  letters, digits and marks with other spaces, hyphens or underscores ("DukeMTMCreID", "MSR Daily
  Activity3D", "hotpot_qa"), with "The" before it ("The Stanford Question Answering Dataset"), a data word
  of the lexicon's ``pwc_dataset_name_suffixes`` after it ("Moments in Time Dataset") or "MS" before the
  short name of a full name that starts with "Microsoft" ("MS-COCO", "MSCOCO"). A "+" or "!" is a mark
  that counts (COCO lists "COCO+", Recipe1M+ "Recipe1M"), and an edition is no respelling ("KITTI 2015",
  "SQuAD2.0": kg keeps a version in the name, and one ``pwc_id`` would join it to the parent's node).
  Such a variant goes to the row's ``variants``: identity only, since the recogniser's list
  (``dataset_names.jsonl``) taking "YouTube-VIS" cut "YouTube-VIS 2022" to the bare name (4 of 10
  changed corpus papers right);
- ``common_word`` for a variant also where PwC writes it in lower case (CARER lists "emotion");
- ``source_name`` (kept for recognition, left out of identity: the row's ``sources``): a one-word
  dataset name that the corpus sample writes before a word for what a site holds ("papers",
  "abstracts", "posts", "comments": lexicon ``pwc_source_nouns``) in at least ``SOURCE_SHARE`` of
  its ``SOURCE_MIN`` or more occurrences. It names the site the data came from more often than
  the one collection PwC files under it: PwC's "arXiv" is the HEP-TH citation graph, "Pubmed"
  and "Reddit" two graph benchmarks, while papers mean the preprint server, the literature
  database and the forum. The spelled-out name ("Arxiv HEP-TH … citation graph") still matches;
- ``versionless_full_name``: a method's full name without a digit whose capitals spell the entry's
  name short of its version ("You Only Look Once" of YOLOv8): it names the family, and kg's family
  node (YOLO, ``MentionRecord.family``) that took it was joined to the one version's entry
  (session 57). Methods only: kg makes family nodes of models alone, and a dataset's number is as
  often a count as an edition (BMS-26, POT-210);
- ``common_word``: a one-word name written in lower case in more than half of its
  occurrences in the corpus sample, and at least ``COMMON_MIN`` times ("Images", "Video",
  "Cell"). A method is exempt (a Method node is already a technique: "dropout"), and so is a
  task named by a process noun ("summarization", "clustering"). A common word that PwC
  writes in capitals ("DROP", "APPS", "HoME") is kept under ``exact``: it matches only a
  node spelled exactly so.

The output depends only on the inputs (sorted, no time stamps), so running this again
gives the committed files; the data is CC BY-SA 4.0 (``kg/data/pwc/LICENSE``).
"""
from __future__ import annotations

import argparse
import ast
import csv
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from kg.names import capitals_spelled, fold_name  # noqa: E402

METHODS = "methods_2025-03.json.gz"
DATASETS = "datasets_2023-01-03.json.gz"
TASKS = "tasks_2025-07.txt"
HIERARCHY = "task_hierarchy_2025-07.csv"
CORPUS_RECORDS = 60_000  # abstracts counted for the common-word test
COMMON_MIN = 20  # lower-case occurrences needed before a one-word name counts as a common word
COMMON_SHARE = 0.5
SOURCE_MIN = 20  # occurrences needed before a one-word dataset name can count as a source's name
SOURCE_SHARE = 0.075  # share of them right before a source noun (session 47: PubMed 0.29, Reddit 0.21, WikiHow 0.10, arXiv 0.083, Weibo 0.078; next MEDIA 0.06)
LEXICON = ROOT / "kg" / "data" / "lexicon.json"
WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")
PROCESS_NOUN = re.compile(r"(tion|sion|ing|sis|val)$")
TRAILING_VERSION = re.compile(r"(?:v|[\s\-]v?)\d+(?:\.\d+)*$")  # "YOLOv8", "Llama 2", "ORB-v2"; not "R2D2" or "TD3"


def slug_of(url: str) -> str:
    """'https://paperswithcode.com/method/lora' → 'method/lora'."""
    return "/".join(url.rstrip("/").split("/")[-2:])


def task_slug(name: str) -> str:
    """PwC's task slug rule: lower case, runs of other characters → one hyphen."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _as_list(value) -> list:
    """The 2023 datasets export stores some lists as Python reprs."""
    if isinstance(value, list):
        return value
    if isinstance(value, str) and value.startswith("["):
        try:
            return ast.literal_eval(value)
        except (ValueError, SyntaxError):
            return []
    return []


def _clean(name: str) -> str:
    return " ".join(str(name or "").split())


_ARXIV_ID = re.compile(r"arxiv\.org/(?:abs|pdf)/(\d{2})\d{2}\.\d{4,5}")
_URL_YEAR = re.compile(r"(?<![\d.])(?:19[5-9]\d|20[0-4]\d)(?=[._/-])")  # "ECCV_2018_paper", "aclanthology.org/2020.acl-main"
PLACEHOLDER_YEAR = 2000  # the 2025 methods export gives 2,217 of its 2,275 methods this "introduced_year"


def introduced(item: dict, kind: str) -> dict:
    """``{"year", "paper"}`` of the paper that introduced a PwC method or dataset, each left out where
    unknown: the title PwC files under ``paper`` (a method's ``source_title`` else), the year from the
    arXiv id of the method's ``source_url`` or the dataset's paper link, else the dataset's
    ``introduced_date``, a method's ``introduced_year`` other than the export's placeholder, or a year in
    the method's source link (a proceedings or Anthology address)."""
    paper = item.get("paper") if isinstance(item.get("paper"), dict) else {}
    title = _clean(paper.get("title") or (item.get("source_title") if kind == "Method" else ""))
    link = str((item.get("source_url") if kind == "Method" else paper.get("url")) or "")  # no link: "", not "None"
    year = None
    if (arxiv := _ARXIV_ID.search(link)):
        year = 2000 + int(arxiv.group(1))
    elif kind == "Dataset" and str(item.get("introduced_date") or "")[:4].isdigit():
        year = int(str(item["introduced_date"])[:4])
    elif kind == "Method" and item.get("introduced_year") and item["introduced_year"] != PLACEHOLDER_YEAR:
        year = int(item["introduced_year"])
    elif kind == "Method" and (found := _URL_YEAR.search(link)):
        year = int(found.group(0))
    return {k: v for k, v in (("year", year), ("paper", title)) if v}


def read_entries(pwc: Path) -> tuple[list[dict], dict[str, str]]:
    """Methods, datasets and tasks as {pwc_id, type, name, primary, variants, introduced}; and the task
    name → slug map (slugs as datasets link them, else by PwC's rule)."""
    entries = []
    for item in json.load(gzip.open(pwc / METHODS, "rt", encoding="utf-8")):
        entries.append({"pwc_id": slug_of(item["url"]), "type": "Method", "name": _clean(item["name"]),
                        "primary": [_clean(item["name"]), _clean(item.get("full_name"))], "variants": [],
                        "introduced": introduced(item, "Method")})
    task_slugs: dict[str, str] = {}
    for item in json.load(gzip.open(pwc / DATASETS, "rt", encoding="utf-8")):
        entries.append({"pwc_id": slug_of(item["url"]), "type": "Dataset", "name": _clean(item["name"]),
                        "primary": [_clean(item["name"]), _clean(item.get("full_name"))],
                        "variants": [_clean(v) for v in _as_list(item.get("variants"))],
                        "introduced": introduced(item, "Dataset")})
        for task in _as_list(item.get("tasks")):
            if isinstance(task, dict) and task.get("task") and task.get("url"):
                task_slugs.setdefault(_clean(task["task"]), slug_of(task["url"]))
    names = set()
    for line in (pwc / TASKS).read_text(encoding="utf-8").splitlines():
        name = _clean(line.strip().strip('"'))
        if name:
            names.add(name)
    for row in _hierarchy_rows(pwc):
        names.add(row[0])
        names.update(row[1])
    spellings: dict[str, list[str]] = defaultdict(list)  # "Causal Inference" / "Causal inference": one task
    for name in sorted(names):
        spellings[fold_name(name)].append(name)
    for group in spellings.values():
        linked = sorted({task_slugs[n] for n in group if n in task_slugs})
        slug = linked[0] if len(linked) == 1 else "task/" + task_slug(group[0])
        entries.append({"pwc_id": slug, "type": "Task", "name": group[0], "primary": group, "variants": []})
    return entries, task_slugs


def _hierarchy_rows(pwc: Path) -> list[tuple[str, list[str]]]:
    """(parent, children) per CSV row; a list cut short by PwC ends in "...", dropped."""
    rows = []
    with (pwc / HIERARCHY).open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            children = [_clean(c) for c in row["Child Tasks"].split(";")]
            children = [c.removesuffix("...").strip() if c.endswith("...") else c for c in children]
            rows.append((_clean(row["Parent Task"]), [c for c in children if c]))
    return rows


def lowercase_counts(corpus: Path | None, records: int = CORPUS_RECORDS, source_nouns: frozenset[str] = frozenset()) -> tuple[Counter, Counter, Counter]:
    """Word counts over the corpus sample, by folded word: (written in lower case, written any way,
    right before one of ``source_nouns``)."""
    lower, total, sourced = Counter(), Counter(), Counter()
    if corpus is None:
        return lower, total, sourced
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in islice(fh, records):
            record = json.loads(line)
            words = WORD.findall(f"{record.get('title', '')} {record.get('abstract', '')}")
            for n, word in enumerate(words):
                key = word.lower()
                total[key] += 1
                if word.islower():
                    lower[key] += 1
                if n + 1 < len(words) and words[n + 1].lower() in source_nouns:
                    sourced[key] += 1
    return lower, total, sourced


def is_source_name(name: str, sourced: Counter, total: Counter) -> bool:
    """A one-word dataset name the corpus writes before a source noun often enough ("PubMed
    abstracts", "Reddit posts", "arXiv papers"): the site's name more than one collection's."""
    key = name.lower()
    return bool(WORD.fullmatch(name)) and total[key] >= SOURCE_MIN and sourced[key] >= SOURCE_SHARE * total[key]


def _subsequence(short: str, long: str) -> bool:
    """Are the letters and digits of ``short`` those of ``long``, in order ("MNLI" in "MultiNLI")?"""
    chars = iter(c for c in long if c.isalnum())
    return all(c in chars for c in short if c.isalnum())


_RESPELLING_GAPS = re.compile(r"[\s\-_]+")


def variant_respelled(variant: str, primary: list[str], data_words: frozenset[str]) -> bool:
    """Is ``variant`` one of the entry's own names written another way: the same letters, digits and
    marks with other gaps ("MSR Daily Activity3D" ~ "MSRDailyActivity3D"), with "The" before it, a data
    word after it, or "MS" before the short name of a "Microsoft …" full name ("MSCOCO", "MS-COCO")?
    Census in docs/history-entities.md, session 65 (pwcvar65)."""
    def key(text: str) -> str:
        return _RESPELLING_GAPS.sub("", text.casefold())
    own = [key(n) for n in primary if n]
    target = key(variant)
    if any(target in (k, "the" + k) or any(target == k + w for w in data_words) for k in own):
        return True
    microsoft = any(n.split()[0].casefold() == "microsoft" for n in primary if n and " " in n)
    return microsoft and target.startswith("ms") and target[2:] in own


def versionless_full_name(name: str, entry_name: str) -> bool:
    """A spelled-out name with no digit that spells the entry's name without its trailing version
    ("You Only Look Once" of "YOLOv8"): the family's name, not this version's."""
    family = TRAILING_VERSION.sub("", entry_name)
    return (family != entry_name and " " in name and not any(c.isdigit() for c in name)
            and capitals_spelled(family, name, first_word_only=True))


def is_common_word(name: str, lower: Counter, total: Counter, variant: bool = False) -> bool:
    """A one-word name written in lower case in most of its uses; a name PwC itself writes in lower case
    is exempt ("dropout", "summarization"), a variant is not (CARER's "emotion")."""
    if not WORD.fullmatch(name) or (name.islower() and not variant):
        return False
    key = name.lower()
    return lower[key] >= COMMON_MIN and lower[key] > COMMON_SHARE * total[key]


def common_word_policy(name: str, entity_type: str) -> str:
    """What a common word becomes: kept (methods, process-noun tasks), ``exact`` (written
    with capitals past the first letter), or dropped."""
    if entity_type == "Method" or (entity_type == "Task" and PROCESS_NOUN.search(name.lower())):
        return "keep"
    return "exact" if any(c.isupper() for c in name[1:]) else "drop"


def build(pwc: Path, corpus: Path | None) -> tuple[list[dict], list[dict], list[tuple[str, str, str]]]:
    """Catalogue rows, hierarchy rows and dropped (pwc_id, spelling, reason) rows, all sorted."""
    entries, _ = read_entries(pwc)
    by_id: dict[str, dict] = {}
    for e in entries:  # one slug, one entry (a task listed twice, a method exported twice)
        kept = by_id.setdefault(e["pwc_id"], {**e, "primary": [], "variants": []})
        kept["primary"] += e["primary"]
        kept["variants"] += e["variants"]
    primary_owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    variant_owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in by_id.values():
        group = e["type"]  # kg matches by type, so a name is ambiguous only within one type
        for name in e["primary"]:
            if fold_name(name):
                primary_owners[group, fold_name(name)].add(e["pwc_id"])
        for name in e["variants"]:
            if fold_name(name):
                variant_owners[group, fold_name(name)].add(e["pwc_id"])
    lexicon = json.loads(LEXICON.read_text(encoding="utf-8"))
    source_nouns = frozenset(lexicon.get("pwc_source_nouns", ()))
    data_words = frozenset(lexicon.get("pwc_dataset_name_suffixes", ()))
    lower, total, sourced = lowercase_counts(corpus, source_nouns=source_nouns)
    catalogue, dropped = [], []
    for pwc_id, e in sorted(by_id.items()):
        names: dict[str, str] = {}
        respellings: dict[str, str] = {}
        exact: set[str] = set()
        sources: set[str] = set()
        own = {fold_name(n) for n in e["primary"] if n}
        for name, is_variant in [(n, False) for n in e["primary"]] + [(n, True) for n in e["variants"]]:
            folded = fold_name(name)
            if not folded or folded in names or folded in respellings:
                continue
            reason = None
            respelled = is_variant and variant_respelled(name, e["primary"], data_words)
            if sum(c.isalnum() for c in name) <= 2:
                reason = "short"
            elif not is_variant and len(primary_owners[e["type"], folded]) > 1:
                reason = "shared"
            elif not is_variant and e["type"] == "Method" and versionless_full_name(name, e["name"]):
                reason = "versionless_full_name"
            elif is_variant and folded not in own and primary_owners[e["type"], folded] - {pwc_id}:
                reason = "variant_of_other"
            elif is_variant and folded not in own and len(variant_owners[e["type"], folded]) > 1:
                reason = "variant_shared"
            elif is_variant and not respelled and folded not in own and any(f and f in folded for f in own):
                reason = "variant_extends"
            elif is_variant and not respelled and folded not in own and not any(_subsequence(folded, f) for f in own):
                reason = "variant_unrelated"
            elif is_variant and not respelled and folded not in own and any(f.replace("-", "").startswith(folded.replace("-", "")) for f in own):
                reason = "variant_prefix"
            elif is_common_word(name, lower, total, variant=is_variant):
                policy = common_word_policy(name, e["type"])
                if respelled and folded not in own and policy == "exact":
                    policy = "drop"  # a respelling gives identity only, by fold: ``exact``'s letter-for-letter guard would not hold
                if policy == "exact":
                    exact.add(name)
                    continue
                reason = "common_word" if policy == "drop" else None
            if reason:
                dropped.append((pwc_id, name, reason))
                continue
            if respelled and folded not in own:
                respellings[folded] = name  # identity only: the recogniser's list stays PwC's names (tools/lexicon/pwc_dataset_names.py)
                continue
            names[folded] = name
            if e["type"] == "Dataset" and not is_variant and is_source_name(name, sourced, total):
                sources.add(name)
                dropped.append((pwc_id, name, "source_name"))  # for identity only: recognition still reads it
        if names or exact:
            row = {"pwc_id": pwc_id, "type": e["type"], "name": e["name"], "names": sorted(names.values()), "exact": sorted(exact)}
            if sources:
                row["sources"] = sorted(sources)
            if respellings:
                row["variants"] = sorted(respellings.values())
            row.update(e.get("introduced") or {})
            catalogue.append(row)
    known = {row["pwc_id"] for row in catalogue}
    slug_of_task = {e["name"]: e["pwc_id"] for e in by_id.values() if e["type"] == "Task"}
    pairs = set()
    for parent, children in _hierarchy_rows(pwc):
        for child in children:
            p, c = slug_of_task.get(parent), slug_of_task.get(child)
            if p and c and p != c and p in known and c in known:
                pairs.add((c, p))
    hierarchy = [{"child": c, "parent": p} for c, p in sorted(pairs)]
    return catalogue, hierarchy, sorted(set(dropped))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pwc", type=Path, default=ROOT.parent / "shared" / "pwc")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "arxiv-ml-175k.jsonl.gz")
    parser.add_argument("--out", type=Path, default=ROOT / "kg" / "data" / "pwc")
    parser.add_argument("--dropped", type=Path, default=ROOT / "tools" / "pwc" / "dropped.tsv")
    args = parser.parse_args(argv)
    catalogue, hierarchy, dropped = build(args.pwc, args.corpus)
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "catalogue.jsonl").open("w", encoding="utf-8") as fh:
        for row in catalogue:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    with (args.out / "task_hierarchy.jsonl").open("w", encoding="utf-8") as fh:
        for row in hierarchy:
            fh.write(json.dumps(row, sort_keys=True) + "\n")
    with args.dropped.open("w", encoding="utf-8") as fh:
        fh.write("pwc_id\tspelling\treason\n")
        for row in dropped:
            fh.write("\t".join(row) + "\n")
    by_type = Counter(row["type"] for row in catalogue)
    reasons = Counter(r for _, _, r in dropped)
    print(f"{len(catalogue)} entries {dict(sorted(by_type.items()))}, {len(hierarchy)} hierarchy pairs, "
          f"dropped spellings {dict(sorted(reasons.items()))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
