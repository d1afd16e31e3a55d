"""Checkpoint and variant names of listed model families, which no list holds in full.

"Llama-2-7B-chat", "Gemma 4", "Claude 3.5-Sonnet", "GPT-4o-0806", "Mistral-7B-MedTuned", "DINOv3":
a listed family followed by a size, a version, a tier, a snapshot date or a derived name is that
family's checkpoint or a model derived from it (``model_shape_candidates``; the gazetteer's own
entries get their family the same way, ``gazetteer_lineage``). The linker reads the same size and
tier words (``SIZE_SEGMENT``, ``MODEL_TIERS``, ``TUNED_SUFFIXES``), through ``release_of`` and
``names_its_family``, to fold spellings of one checkpoint: module functions, so the words stay here, not
in the lexicon, and a tier added to ``MODEL_TIERS`` is a release for the linker too; so is a glued
``RELEASE_MODALITIES`` word ("Llama-3.2-Vision", ``glued_modality``). A mixin of ``EntityRecognizer``: it reads the recogniser's gazetteer (``entries``,
``lookup``, ``is_generic``).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from kg.extract.candidates import RULE_PRIORITY, Candidate
from kg.extract.name_shapes import (ADJECTIVE_SUFFIXES, COUNT_NOUNS, MAX_NAME_CHARS, RECOGNISED_ADJECTIVE_ENDINGS, SIZE_TOKEN, VERSION_SEGMENT,
                                    is_name_token, name_shaped)
from kg.extract.parse import span_text, token_words
from kg.names import extraction_fold_name as fold_name

if TYPE_CHECKING:
    from kg.extract.gazetteer_names import GazetteerEntry

# The size tiers of a model family, one vocabulary for every reader of a tier: the words and the letters "s", "m",
# "l" after a listed family (SIZE_SEGMENT), the scale letters after a family listed at several scales
# (DEPTH_OR_SCALE: ViT's S, B, L, H, G) and a tier glued after the paper's own coined name (coined_names.SIZE_TIER,
# with DeiT's "T" and "M").
TIER_WORDS = ("xs", "xl", "xxl", "xxxl", "tiny", "mini", "small", "base", "medium", "large", "huge", "giant")
SCALE_LETTERS = "sblhg"
SIZE_SEGMENT = re.compile(
    r"^(?:\d+(?:\.\d+)?[bmkt]|\d+x\d+(?:\.\d+)?b|a?\d+(?:\.\d+)?b|s|m|l|" + "|".join(TIER_WORDS) + "|"
    r"v\d+(?:\.\d+)*|\d+k|deduped|hf|it|chat|instruct|\d+(?:\.\d+)?)$",
    re.IGNORECASE,
)
PARAMETER_COUNT = re.compile(r"(?:\d+x)?\d+(?:\.\d+)?[BbMm]")  # "7B", "1.5b", "8x7B", "350M"
TUNED_SUFFIXES = {"chat", "instruct", "sft", "rlhf", "dpo", "it"}
# The date an API model's snapshot carries after its listed name ("GPT-4o-0806", "gpt-4-0613",
# "GPT-4o-2024-08-06", "Mistral-Large-2407", "o1-1217"): month-day, year-month or a full date.
SNAPSHOT_SUFFIX = re.compile(r"^(?:(?:preview|turbo|instruct|chat)-)?(?:(?:0[1-9]|1[0-2])[0-3]\d|2[3-9](?:0[1-9]|1[0-2])|20\d\d-?[01]\d-?[0-3]\d)$", re.IGNORECASE)
# A spaced version after a listed family ("Gemma 4", "DeepSeek 3.1", "Claude 3.5-Sonnet", "Gemini 3.1
# Flash") is that family's checkpoint, as DEV-NOTES has it, though no list holds the new release yet;
# the tier words a release may carry, and the count nouns that make the number a count ("BERT 12 layers").
SPACED_VERSION = re.compile(r"^\d{1,2}(?:\.\d{1,2})?(?:-(?P<tier>[A-Za-z]+))?$")
MODEL_TIERS = {"pro", "flash", "sonnet", "opus", "haiku", "turbo", "mini", "ultra", "nano", "lite", "max", "plus",
               "preview", "super", "scout", "maverick", "thinking"} | TUNED_SUFFIXES
# ("thinking": a release's reasoning mode, "GPT-5-Thinking", "Gemini 2.0 Flash Thinking"; versions62)
# A modality a release of a listed family is built for, glued after its version ("Llama-3.2-Vision"): one
# checkpoint's name, as a tier is; so is it capitalised and spaced after a version, size or tier ("Llama 3.2
# Vision", ``modality_end``); lower-case or after a bare family ("CLIP vision encoder") it is a word of the sentence.
RELEASE_MODALITIES = {"vision"}
# The active parameters of a mixture-of-experts checkpoint after its size ("Qwen3-VL-30B-A3B"): part of its name.
ACTIVE_TAIL = re.compile(r"(?<=\d[BbMm])-A\d+(?:\.\d+)?[BbMm]$")
GLUED_VERSION = re.compile(r"^(?P<family>[A-Z][A-Za-z]+)v(?P<version>\d{1,2}(?:\.\d{1,2})?)$")  # DINOv3, YOLOv11
GLUED_SIZE = re.compile(r"^(?P<family>[A-Z][A-Za-z]+)(?P<size>\d+(?:\.\d+)?[BM])$")
# Name-like segments after a listed family's checkpoint ("Llama-3.1-8B-TFree-HAT", "Mistral-7B-MedTuned"):
# a model derived from that checkpoint, at most this many of them.
DERIVED_SEGMENT = re.compile(r"^[A-Za-z][A-Za-z0-9]{1,11}$")
MAX_DERIVED_SEGMENTS = 2
GENERIC_SIZE_NAME = re.compile(r"^(?P<family>[A-Z][A-Za-z0-9.]*(?:-[A-Za-z][A-Za-z0-9.]*)*)-(?P<size>\d+(?:\.\d+)?[BMbm])$")
# Tuned-form words after a parameter count ("InternVL3-8B-Instruct", "Apertus-8B-Base"): the count names the checkpoint.
TUNED_TAIL = re.compile(r"(?<=\d[BbMm])(?:-(?:" + "|".join(sorted(TUNED_SUFFIXES | {"base"})) + r"))+$", re.IGNORECASE)
# A release tag after a sized checkpoint: "v0.3" of "Mistral-7B-Instruct-v0.3" (a snapshot date is SNAPSHOT_SUFFIX).
RELEASE_TAG = re.compile(r"^v\d+(?:\.\d+)*$")
ENUMERATOR_REACH = 30  # tokens before a bare "1)" searched for the bracket it would close
# A network's depth or scale after its family ("ResNet-50", "VGG-16", "ResNet-152", "ViT-B/16",
# "EfficientNet-B0"; folded), not a version ("GPT-2", "Phi-3") nor a modality letter ("GPT-4V").
DEPTH_OR_SCALE = re.compile(r"^(?:[1-9]\d{1,2}|[" + SCALE_LETTERS + r"](?:-\d{1,2})?)$")


class ModelNameRules:
    """Model-name rules of the entity recogniser (see the module docstring)."""

    @functools.cached_property
    def families_at_several_scales(self) -> frozenset[str]:
        """Folded listed families with two or more listed checkpoints (ResNet-18 … ResNet-152, ViT-B and
        ViT-H): their depth or scale names one of several; "NLLB-200", NLLB's only one, is a name."""
        counts = Counter(fold_name(e.family) for e in self.entries if e.label == "Model" and e.family)
        return frozenset(f for f, n in counts.items() if n >= 2)

    def gazetteer_lineage(self, entry: GazetteerEntry, surface: str | None = None) -> tuple[str | None, str | None]:
        """(family, "size" | "derived") that the entry's own name shows, else (None, None).

        Only what a reader sees in the name counts: "OPT-175B" is a size of OPT, "OPT-IML"
        derives from OPT; "Claude 2.1" (a version) and "Vicuna" (fine-tuned from LLaMA,
        which the name does not say) get no edge from the gazetteer. A parameter count, or a
        depth or scale of a family listed at several ("ResNet-50", "VGG 16", "ViT-B/16"), that the
        ``surface`` writes apart from its listed family ("CodeLlama-13B" of Code Llama) is a size
        too; glued ("ResNet50", "VGG16") it names no family, as the span annotation has it.
        """
        if entry.family and fold_name(entry.name).startswith(fold_name(entry.family)):
            rest = fold_name(entry.name)[len(fold_name(entry.family)) :].strip("-")
            if rest and any(SIZE_SEGMENT.match(seg) and not VERSION_SEGMENT.match(seg) for seg in rest.split("-")):
                return entry.family, "size"
        if entry.family and surface is not None and (apart := family_apart(surface, entry.family)) is not None:
            rest = fold_name(apart[1])
            if (DEPTH_OR_SCALE.match(rest) and fold_name(entry.family) in self.families_at_several_scales
                    or any(PARAMETER_COUNT.fullmatch(seg) for seg in rest.split("-"))):
                return apart[0], "size"  # the family as the text writes it ("CodeLlama", gold's name)
        if entry.derived_from and fold_name(entry.name).startswith(fold_name(entry.derived_from)):
            return entry.derived_from, "derived"
        return None, None

    @staticmethod
    def spaced_version_end(doc: Doc, end: int) -> int | None:
        """End of a spaced version (and tier word) right after a model name: "Gemma 4", "Claude
        3.5-Sonnet", "Gemini 3.1 Flash"; ``None`` for a count ("BERT 12 layers") or no number."""
        if end >= len(doc) or not doc[end - 1].whitespace_:
            return None
        if (end + 1 < len(doc) and doc[end].lower_ in MODEL_TIERS and doc[end].text[0].isupper() and doc[end].whitespace_
                and re.fullmatch(r"\d{1,2}(?:\.\d{1,2})?", doc[end + 1].text)
                and not (end + 2 < len(doc) and doc[end + 2].lower_ in COUNT_NOUNS) and not enumerator_mark(doc, end + 1)):
            return end + 2  # "Claude Haiku 4.5", "Claude Sonnet 4": the tier, then the version; not a list's "1)"
            # ("Claude 3 Opus 1) complies …, 2) lies …": the listed "Claude 3 Opus" is the name; datasize64)
        version = SPACED_VERSION.match(doc[end].text)
        if version is None or (version.group("tier") and version.group("tier").lower() not in MODEL_TIERS):
            return None
        after = doc[end + 1] if end + 1 < len(doc) else None
        if after is None or version.group("tier"):
            return end + 1
        if after.lower_ in COUNT_NOUNS or enumerator_mark(doc, end):
            return None
        if after.lower_ in MODEL_TIERS and after.text[0].isupper():
            return end + 2  # "Gemini 3.1 Flash"
        tier = doc[end + 2] if end + 2 < len(doc) else None
        if after.text == "-" and not doc[end].whitespace_ and tier is not None and tier.lower_ in MODEL_TIERS and not after.whitespace_:
            return end + 3  # "Claude 3.5-Sonnet", tokenised 3.5 / - / Sonnet
        if after.text == "-" and not doc[end].whitespace_ and tier is not None and tier.text[:1].islower() and not after.whitespace_:
            return None  # "ViLBERT 12-in-1": the number starts a longer name, no version of its own
        return end + 1

    @staticmethod
    def checkpoint_tail_end(doc: Doc, end: int) -> int | None:
        """End of a spaced tier and size after a listed model or its version: "GPT-3.5 Turbo",
        "Claude Opus 4.7", "Gemini 2.5 Flash-Lite", "Gemma 4 31B", "Llama 3.2-3B" (span train: such a
        whole checkpoint is the gold name 22 times in 25); ``None`` where nothing follows."""
        i = end
        if size_word_after(doc, i):
            i += 1  # "Stable Diffusion 3.5 Large", "Phi-3 Medium", "Pixtral Large"
        if i < len(doc) and doc[i - 1].whitespace_ and doc[i].text[:1].isupper() and doc[i].lower_ != "it" \
                and all(part.lower() in MODEL_TIERS for part in doc[i].text.split("-")):
            i += 1  # "Turbo", "Flash-Lite", "Opus"
            if i < len(doc) and doc[i - 1].whitespace_ and SPACED_VERSION.match(doc[i].text) and "-" not in doc[i].text \
                    and not (i + 1 < len(doc) and doc[i + 1].lower_ in COUNT_NOUNS) and not enumerator_mark(doc, i):
                i += 1  # "Claude Opus 4.7"; not a list's "1)" ("Claude 3 Opus 1) complies …"; datasize64)
        if i < len(doc) and doc[i - 1].whitespace_ and SIZE_TOKEN.match(doc[i].text):
            i = spaced_tuned_end(doc, i + 1)  # "Gemma 4 31B", "Llama 3.3 70B Instruct"
        elif i + 1 < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ and SIZE_TOKEN.match(doc[i + 1].text):
            i += 2  # "Llama 3.2-3B"
        i = modality_end(doc, i)  # "Llama 3.2 Vision", "Gemini Pro Vision", "Llama 3.2-Vision"
        return i if i > end else None

    def tuned_suffix_end(self, doc: Doc, end: int) -> int | None:
        """End of a "-Chat" / "-Instruct" suffix right after a model name, if there is one.

        A spaced dash takes a suffix ("Mistral 7B -- Instruct", "Llama 2 70B - chat"), but not the
        pronoun "it": "mBART -- it was trained on …" is a dash and a clause, not the "-it" tuned form
        (which is written glued, "gemma-7b-it")."""
        i = end
        if i < len(doc) and SIZE_TOKEN.match(doc[i].text):
            i += 1
        if i < len(doc) and doc[i].text in ("-", "--", "—") :
            i += 1
        if i < len(doc) and doc[i].lower_ in TUNED_SUFFIXES and (doc[i - 1].text in ("-", "--", "—") or not doc[i - 1].whitespace_):
            if doc[i].text == "it" and doc[i - 1].text in ("-", "--", "—") and doc[i - 1].whitespace_ and doc[i - 2].whitespace_:
                return None
            return i + 1
        return None

    def model_shape_candidates(self, doc: Doc) -> Iterator[Candidate]:
        texts = token_words(doc)[0]
        for i in range(len(doc) - 1):
            if not (SIZE_TOKEN.match(texts[i]) or name_shaped(texts[i])):
                continue  # neither reading below can start here (is_name_token tests name_shaped first)
            token, nxt = doc[i], doc[i + 1]
            if SIZE_TOKEN.match(token.text) and (entry := self.lookup(nxt.text)) is not None and entry.label == "Model":
                yield Candidate(token.i, token.i + 2, "Model", "model_shape", family=entry.name, variant="size")
            elif is_name_token(token) and token.text[0].isupper() and not self.is_generic(token.text):
                end = token.i + 1
                if end < len(doc) - 1 and VERSION_SEGMENT.match(doc[end].text) and SIZE_TOKEN.match(doc[end + 1].text):
                    yield Candidate(token.i, end + 2, "Model", "model_shape", family=span_text(doc[token.i : end + 1]), variant="size")
        for i, text in enumerate(texts):
            if len(text) > MAX_NAME_CHARS:
                continue
            if (sized := self.glued_size_letter(doc, i)) is not None:
                yield sized
                continue
            glued = GLUED_SIZE.match(text)
            if glued and (entry := self.lookup(glued.group("family"))) is not None and entry.label == "Model":
                yield Candidate(i, i + 1, "Model", "model_shape", family=entry.name, variant="size")
                continue
            release = GLUED_VERSION.match(text)
            if release and self.lookup(text) is None and (sibling := self.listed_release(release.group("family"))) is not None:
                # "DINOv3", "YOLOv11": a new release of a family whose other releases are listed models; its
                # family is the family itself where that is a listed model ("YOLO"), else the sibling's listed
                # family, else none: DINOv3 is no variant of DINOv2 (its sibling, not its family)
                family = sibling.name if fold_name(sibling.name) == fold_name(release.group("family")) else sibling.family
                yield Candidate(i, i + 1, "Model", "model_shape", family=family, variant="size" if family else None)
                continue
            if "-" not in text or not any(c.isdigit() or c.isupper() for c in text) or self.lookup(text):
                continue
            before = texts[i - 1] if i > 0 else ""
            if any(c.isalnum() for c in before) and (two_words := self.two_word_variant(before, text)):
                yield Candidate(i - 1, i + 1, "Model", "model_shape", family=two_words[0], variant=two_words[1])
                continue
            found = self.split_variant(text)
            if found:
                family, variant = found
                # a spaced tier after the checkpoint is part of it ("GPT-5.2 Pro"), as after a listed one
                end = self.checkpoint_tail_end(doc, i + 1) or i + 1
                if end > i + 1 and family is None:
                    # and the checkpoint it follows is its family, as "GPT-4 Turbo" is GPT-4's (span train gold
                    # adds that family where the text never names it apart, 3 of 3); "Claude-3.5" alone has none
                    family, variant = text, "derived" if tuned_tail([t.text for t in doc[i + 1 : end]]) else "size"
                yield Candidate(i, end, "Model", "model_shape", family=family, variant=variant)

    def hub_checkpoint_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """A checkpoint id written the Hugging Face way, its head in lower case: a listed model family, a hyphen, a
        size tier or parameter count, and any glued tails ("roberta-large", "bert-base-chinese", "bart-base",
        "vit-base-patch16-224", "llama-3-8b-Instruct-4bit"; after an organisation, "facebook/opt-350m"). The
        tokenizer splits a digit-less id at its hyphens and the listed family's capitals ("RoBERTa-Large") do not
        tokenize alike, so only the family was read ("roberta" → RoBERTa), or nothing where the family is listed
        in its own capitals ("bart", "opt"). The guideline keeps a checkpoint's size and suffixes in its name, with
        VARIANT_OF its family: the whole id is that checkpoint (the listed one if a list holds it), its family the
        listed family. Only when a listed family heads the id and a tier or count follows it at once: never
        "base" or "large" alone, nor a family glued to another word ("clip-based")."""
        covered = {(c.start, c.end) for c in found if c.rule in ("gazetteer", "model_shape") and c.label == "Model"}
        out = []
        i = 0
        while i < len(doc):
            end = glued_id_end(doc, i)
            if end is None:
                i += 1
                continue
            text = "".join(t.text for t in doc[i:end])
            family = self.hub_family(text)
            if family is not None and not any(s <= i and end <= e for s, e in covered):
                listed = self.lookup(text)
                if listed is not None and listed.label == "Model":
                    lineage, variant = self.gazetteer_lineage(listed, text)
                    out.append(Candidate(i, end, "Model", "gazetteer", canonical=listed.name, family=lineage or family.name, variant=variant or "size"))
                elif listed is None:
                    out.append(Candidate(i, end, "Model", "model_shape", family=family.name, variant="size"))
            i = end
        return out

    def organisation_id_candidates(self, doc: Doc, found: list[Candidate]) -> tuple[list[Candidate], list[tuple[int, int]]]:
        """A checkpoint id after its hub organisation ("meta-llama/Llama-3.1-70B-Instruct", "FacebookAI/roberta-base"):
        the id, read as the same name written bare, and the (start, end) of each organisation's tokens and slash,
        which name no entity. The English infixes split the whole at the slash and the id's hyphens, and the
        name-token pattern is never tried on the pieces, so the id was cut ("Llama-3.1-70B") and the organisation
        became a node of its own ("FacebookAI", "BAAI", "TurkuNLP"). Where the word before the slash may be an
        organisation (``hub_organisation``) and the bare id is a Model, or a Model a rule read opens the id
        ("PY007/TinyLlama-1.1B-step-50K-105b": then the whole id is one Model of that one), the word is an
        organisation, and so it is before the paper's other slashes ("TurkuNLP/squad2-fi")."""
        models = {}  # the longest Model a rule read from each token: the head of an id no rule reads whole
        for c in found:
            if c.label == "Model" and c.end - c.start > models.get(c.start, (0, 0))[0]:
                models[c.start] = (c.end - c.start, c)
        covered = {(c.start, c.end) for c in found if c.label == "Model"}
        slashes = list(organisation_slashes(doc))
        out, named = [], set()
        for start, slash, end in slashes:
            organisation, checkpoint = span_text(doc[start:slash]), span_text(doc[slash + 1 : end])
            if not self.hub_organisation(organisation, checkpoint):
                continue
            if (bare := self.bare_model_reading(checkpoint)) is not None:
                named.add(organisation)
                if (slash + 1, end) not in covered:
                    out.append(replace(bare, start=slash + 1, end=end))
            elif slash + 1 in models and (head := models[slash + 1][1]).end <= end:
                named.add(organisation)
                if head.end < end:  # "Llama-3-SEC-Base" a model made from the one it opens with, "Wan2.2-I2V-A14B" its size
                    tail = span_text(doc[head.end : end]).strip("-").split("-")
                    out.append(Candidate(slash + 1, end, "Model", "model_shape", family=head.canonical or span_text(doc[head.start : head.end]),
                                         variant="size" if any(PARAMETER_COUNT.fullmatch(part.removeprefix("A")) for part in tail) else "derived"))
        return out, [(start, slash + 1) for start, slash, _ in slashes if span_text(doc[start:slash]) in named]

    def hub_organisation(self, organisation: str, checkpoint: str) -> bool:
        """The word before a checkpoint id's slash may be its organisation, not a name coordinated with it: no
        listed name, no one word the id repeats ("LLaVA/LLaVA-1.5", "MyNet/MyNet-7B", "SAM/SAM2-based" are two names;
        the tokenizer takes "Qwen/Qwen2.5-7B" apart, ``FAMILY_ORGANISATION``), and no size, tier or number among
        its hyphen parts ("GeoChat-7B/LLaVA-1.5"); and the id is shaped as the hub writes one (``hub_id_shaped``)."""
        if any(part.lower() in TIER_WORDS or PARAMETER_COUNT.fullmatch(part) or part.isdigit() for part in organisation.split("-")):
            return False
        if not hub_id_shaped(checkpoint):
            return False  # "SRNet/pix2pix", "Pengi/LLaVA-style", "CAM/CLIP-derived": two names (wide70: all three such firings)
        repeated = "-" not in organisation and checkpoint.lower().startswith(organisation.lower())  # not "meta-llama/Meta-Llama-3-8B"
        return self.lookup(organisation) is None and not repeated

    def bare_model_reading(self, checkpoint: str) -> Candidate | None:
        """The Model reading of a checkpoint id written alone (as the tokenizer then keeps it), covering all of it."""
        bare = self.nlp.make_doc(checkpoint)
        found = [*self.gazetteer_candidates(bare), *self.model_shape_candidates(bare)]
        found += self.hub_checkpoint_candidates(bare, found)
        whole = [c for c in found if c.label == "Model" and (c.start, c.end) == (0, len(bare))]
        return max(whole, key=lambda c: RULE_PRIORITY[c.rule]) if whole else None

    def hub_family(self, text: str) -> GazetteerEntry | None:
        """The listed model family that heads a lower-case checkpoint id, right before its tier or count
        (``hub_checkpoint_candidates``); a family listed in its own capitals is found in lower case too
        ("opt-350m" of OPT), as the hub writes every id."""
        parts = text.split("-")
        if not parts[0][:1].islower():
            return None
        for cut in range(1, len(parts)):
            prefix, tier = "-".join(parts[:cut]), parts[cut]
            if not prefix.islower():
                return None  # "Llama-3-8B": written in capitals, the id is read as the name it spells
            if not (tier.lower() in TIER_WORDS and tier.islower() or PARAMETER_COUNT.fullmatch(tier) and tier.islower()):
                continue
            entry = self.lookup(prefix)
            if entry is None:
                cased = {e for e, _ in self._cased_by_fold.get(fold_name(prefix), ()) if e.label == "Model"}
                entry = next(iter(cased)) if len(cased) == 1 else None
            if entry is not None and entry.label == "Model":
                return entry
        return None

    def glued_size_letter(self, doc: Doc, i: int) -> Candidate | None:
        """A listed versioned family with its size letter glued on in lower case ("YOLOv8s", "YOLO11n",
        "YOLOv5m", which the tokenizer splits before the "m"): that family's size tier, as "YOLOv11-N" is
        (``letter_size``, lexicon ``letter_size_tiers``; the guideline's "YOLOv5s"). Before it the word was
        no name or was cut to its family (draw67: YOLO11n; the corpus writes such names in 156 abstracts).
        Only after a version's digit, and only a letter the family's checkpoints are named by."""
        text = doc[i].text
        if not doc[i].whitespace_ and i + 1 < len(doc) and len(doc[i + 1].text) == 1 and doc[i + 1].text.isalpha() and text[-1:].isdigit() and (
                doc[i + 1].whitespace_ or i + 2 >= len(doc) or not doc[i + 2].text[:1].isalnum()):
            prefix, letter, end = text, doc[i + 1].text, i + 2  # "YOLOv5" + "m"
        elif len(text) >= 3 and text[-2].isdigit() and text[-1].isalpha():
            prefix, letter, end = text[:-1], text[-1], i + 1
        else:
            return None
        if not letter.islower() or self.lookup(prefix + letter) is not None:
            return None
        entry = self.lookup(prefix)
        if entry is None or entry.label != "Model" or not self.letter_size(prefix, entry, [letter.upper()]):
            return None
        return Candidate(i, end, "Model", "model_shape", family=entry.name, variant="size")

    def glued_name_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """Each word ``glued_name`` reads that no other rule nor the recogniser read, here or elsewhere in
        the text (asked last: their reading of the word, its type or its role in the paper, stands and
        spreads to its other uses, as a title's name does)."""
        covered = {i for c in found for i in range(c.start, c.end)}
        named = {span_text(doc[c.start : c.end]) for c in found}
        return [Candidate(t.i, t.i + 1, "Model", "glued_name") for t in doc
                if t.i not in covered and t.text not in named and "-" in t.text and len(t.text) <= MAX_NAME_CHARS and self.glued_name(t.text)]

    def glued_name(self, text: str) -> bool:
        """Whether ``text`` is a listed model, spelled as listed (a versioned one in any capitals: "LLaMA-2-Amharic",
        "Deepseek-R1-Distill"), with at most two capitalised name words glued on by a
        hyphen ("Phi-4-Reasoning", "Qwen3-Coder-Flash", "LLaVA-Critic", "Gemini-2.5-Flash-Image"): one token, which
        neither the list nor a size or tier reading takes, so no rule found it and the whole name was dropped
        (glued62: outside a URL such a token is one released or coined name 3 times in 4 on unseen text). Not a model with a
        modifier glued on ("GPT-4-Based", "BERT-Style", "ChatGPT-Generated", "SAM-Guided": an adjective or a
        participle), nor a lower-case word ("GPT-4-as-Judge", "Pali-to-English"), nor after a two-letter
        family without a digit ("Yi-Cheng", a person), nor an architecture family joined on ("Mamba-Transformer",
        a hybrid; lexicon ``architecture_families``). No family: span train's gold gives such a name no family
        edge 14 times in 19 (VARIANT_OF 3: "Pegasus-XSum", "CLIP-ViT"; DERIVED_FROM 2)."""
        parts = text.split("-")
        for cut in range(len(parts) - 1, 0, -1):
            prefix, suffix = "-".join(parts[:cut]), parts[cut:]
            entry = self.lookup(prefix)
            if entry is None or entry.label != "Model":
                continue
            versioned = any(c.isdigit() for c in prefix)  # "LLaMA-2", "Deepseek-R1": a release, in any capitals
            if not spelled_as_listed(prefix, entry, any_case=versioned) or len(prefix) < 3 and not versioned:
                return False
            words = [seg for seg in suffix if not (SIZE_SEGMENT.match(seg) or seg.lower() in MODEL_TIERS or RELEASE_VERSION.match(seg))]
            return 0 < len(words) <= MAX_DERIVED_SEGMENTS and all(
                DERIVED_SEGMENT.match(seg) and seg[0].isupper() and not modifier_word(seg)
                and seg.lower() not in self.words.architecture_families for seg in words)
        return False

    def listed_release(self, family: str) -> GazetteerEntry | None:
        """The family itself as a listed model ("YOLO"), or its nearest listed release ("DINOv2")."""
        entry = self.lookup(family)
        if entry is not None and entry.label == "Model":
            return entry
        for k in range(1, 13):
            entry = self.lookup(f"{family}v{k}")
            if entry is not None and entry.label == "Model":
                return entry
        return None

    def two_word_variant(self, before: str, text: str) -> tuple[str, str] | None:
        """"Code Llama-Instruct", "Llama 2-7B": a two-word family glued to its suffix."""
        prefix, _, rest = text.partition("-")
        entry = self.lookup(f"{before} {prefix}")
        if entry is None or entry.label != "Model" or not rest:
            return None
        suffix = rest.split("-")
        if not all(SIZE_SEGMENT.match(seg) or seg.lower() in TUNED_SUFFIXES for seg in suffix):
            return None
        if PARAMETER_COUNT.fullmatch(prefix) and PARAMETER_COUNT.fullmatch(suffix[0]):
            return None  # "Qwen2.5 0.5B-7B": a range of sizes, no checkpoint of "Qwen2.5 0.5B"
        tuned_only = all(seg.lower() in TUNED_SUFFIXES for seg in suffix)
        if tuned_only and entry.family and PARAMETER_COUNT.fullmatch(prefix):
            return entry.family, "size"  # "Mixtral 8x7B-Instruct": a tuned form of a sized checkpoint, a variant of its family
        return entry.name, "derived" if tuned_only else "size"

    def split_variant(self, text: str) -> tuple[str, str] | None:
        """``("OPT", "size")`` for "OPT-175B"; ``None`` when the name is no family variant.

        The longest hyphen-prefix that is a known model (or, for unknown families, a
        capitalised name followed by a parameter count) is the family.
        """
        parts = text.split("-")
        if len(parts) >= 3 and (RELEASE_TAG.match(parts[-1]) or SNAPSHOT_SUFFIX.match(parts[-1])) \
                and any(PARAMETER_COUNT.fullmatch(seg) for seg in parts[1:-1]):
            return self.tagged_checkpoint("-".join(parts[:-1]))
        for cut in range(len(parts) - 1, 0, -1):
            prefix, suffix = "-".join(parts[:cut]), parts[cut:]
            entry = self.lookup(prefix)
            if entry is not None and entry.label == "Model":
                if self.letter_size(prefix, entry, suffix):
                    return entry.name, "size"  # "Swin-T", "YOLOv11-N": a size tier of the listed family
                sized = any(SIZE_SEGMENT.match(seg) and not VERSION_SEGMENT.match(seg) for seg in suffix)
                unknown = [seg for seg in suffix if not (SIZE_SEGMENT.match(seg) or seg.lower() in TUNED_SUFFIXES)]
                if sized and not unknown:
                    if fold_name(prefix) == fold_name(text):
                        return None
                    if entry.family and PARAMETER_COUNT.fullmatch(parts[cut - 1]) and not any(ch.isdigit() for seg in suffix for ch in seg):
                        # "Qwen2-7B-Instruct", "Llama-3-8B-Base": a tuned form of a listed checkpoint of some
                        # parameter count is a variant of that checkpoint's family, as the size says (span
                        # train: family before the size in 21 of 21 such gold VARIANT_OF edges); "phi-1-small"
                        # (no count) stays phi-1's
                        return entry.family, "size"
                    if all(seg.lower() in TUNED_SUFFIXES for seg in suffix) and not PARAMETER_COUNT.fullmatch(parts[cut - 1]):
                        return entry.name, "derived"  # "Qwen-Audio-Chat": a tuned form of the listed model, as "Llama 2-Chat" is
                    return entry.name, "size"
                if entry.family and PARAMETER_COUNT.fullmatch(parts[cut - 1]) and tuned_after_a_count(suffix):
                    # "Llama-3.1-70B-SFT", "Qwen2.5-72B-Math-Instruct": a tuned form of a listed checkpoint of
                    # some parameter count is a variant of the checkpoint's family, as "Qwen2-7B-Instruct" is
                    return entry.family, "size"
                if SNAPSHOT_SUFFIX.match("-".join(suffix)):
                    return entry.name, "size"  # "GPT-4o-0806", "gpt-4-0613": a dated snapshot of a listed model
                if len(suffix) == 1 and (version := SPACED_VERSION.match(suffix[0])) and not version.group("tier"):
                    return None, None  # "Claude-3.5", "Gemini-3.0": a release of its own (span train lists no family beside it)
                if glued_release(suffix) and spelled_as_listed(prefix, entry) and all(
                        seg.lower() in MODEL_TIERS or SIZE_SEGMENT.match(seg) or seg.lower() in RELEASE_MODALITIES for seg in suffix):
                    # "Qwen-Max", "Qwen2.5-Turbo": a listed model's tier, spelled as listed ("Align-Pro" is no ALIGN);
                    # "Llama-3.1-70B-SFT": a tuned checkpoint
                    if (release := versioned_family(parts, cut)) is not None:
                        return release, "size"  # "Gemini-3.0-Pro" of Gemini-3.0 (``versioned_family``)
                    return entry.name, "derived" if all(seg.lower() in TUNED_SUFFIXES for seg in suffix) else "size"
                checkpoint = any(SIZE_SEGMENT.match(seg) and not VERSION_SEGMENT.match(seg) for seg in parts[1:cut])  # "Llama-3.1-8B" listed
                if (sized and SIZE_SEGMENT.match(suffix[0]) or checkpoint and not sized) and unknown == suffix[len(suffix) - len(unknown):] \
                        and 0 < len(unknown) <= MAX_DERIVED_SEGMENTS and all(DERIVED_SEGMENT.match(seg) for seg in unknown):
                    return entry.name, "derived"  # "Llama-3.1-8B-TFree-HAT": a checkpoint the authors built on
                if not (sized and unknown and unknown == suffix[: len(unknown)] and len(unknown) <= MAX_DERIVED_SEGMENTS
                        and all(DERIVED_SEGMENT.match(seg) and seg[0].isupper() for seg in unknown)):
                    return None
                break  # "Aya-Vision-8B": a new family named after a listed one ("Aya-Vision"), at a size
        if len(parts) == 2 and self.release_tier(parts[0], parts[1]):
            return parts[0], "size"  # "DINOv3-Large", "YOLOv12-N": a tier of an unlisted release, a variant of that release
        match = GENERIC_SIZE_NAME.match(ACTIVE_TAIL.sub("", TUNED_TAIL.sub("", text)))
        if match and not self.is_generic(match.group("family")) and len(match.group("family")) >= 2:
            return match.group("family"), "size"
        return None

    def release_tier(self, release: str, tier: str) -> bool:
        """Whether ``tier`` names a size of ``release``, a glued release no list holds whose family has listed
        releases ("DINOv3" beside DINOv2, "YOLOv12" beside YOLOv8): a tier word ("Large", "small"), or a capital
        letter its listed releases are sized by (lexicon ``letter_size_tiers``). The bare release is read as a
        model (``model_shape_candidates``) but its tiers were dropped whole ("DINOv3-Large", "YOLOv13-N" no node)."""
        glued = GLUED_VERSION.match(release)
        if glued is None or self.lookup(release) is not None or self.listed_release(glued.group("family")) is None:
            return False
        if tier.lower() in TIER_WORDS and (tier.islower() or tier[0].isupper()):
            return True
        family = glued.group("family")
        letters = "".join(self.words.letter_size_tiers.get(fold_name(name), "")
                          for name in [family] + [f"{family}v{k}" for k in range(1, 13)])
        return len(tier) == 1 and tier in letters

    def letter_size(self, prefix: str, entry: GazetteerEntry, suffix: list[str]) -> bool:
        """Whether ``suffix`` is one capital letter that names a size of the listed family ``prefix`` spells
        ("Swin-T", "DeiT-B", "ViT-G", "YOLOv11-N", "EVA-CLIP-E"; lexicon ``letter_size_tiers``): the tokenizer
        keeps such a word whole and no size reading took the letter, so it was dropped (sizes62). Only for
        families whose checkpoints are so named: after others a letter is a name or a score of its own
        ("XLM-R", "LLaDA-V", "Nemotron-H", "CLIP-T"). The family as listed, in its capitals ("Sam-H" no SAM);
        a versioned one in its folded spelling ("YOLOv11" of YOLO11)."""
        letters = self.words.letter_size_tiers.get(fold_name(entry.name), "")
        if len(suffix) != 1 or len(suffix[0]) != 1 or suffix[0] not in letters:
            return False
        versioned = any(c.isdigit() for c in prefix)
        return spelled_as_listed(prefix, entry) or versioned and fold_name(prefix) == fold_name(entry.name)

    def tagged_checkpoint(self, checkpoint: str) -> tuple[str, str] | None:
        """The family of a sized checkpoint that a release tag follows ("Mistral-7B-Instruct-v0.3",
        "Nanbeige4-3B-2511"): the tag marks one release of that checkpoint, a variant of the family the
        checkpoint's name shows (a listed checkpoint's family, else the checkpoint read as a name)."""
        entry = self.lookup(checkpoint)
        if entry is not None and entry.label == "Model":
            return (entry.family or entry.name), "size"
        return self.split_variant(checkpoint)


# The characters of a checkpoint id as the hub writes it ("bert-base-multilingual-cased", "opt-1.3b"), and the
# word before it that may be its organisation ("facebook/"): the id starts after a space, a bracket or that slash.
HUB_ID_TOKEN = re.compile(r"^[A-Za-z0-9.\-]+$")
MAX_HUB_ID_CHARS = 60


def glued_id_end(doc: Doc, i: int) -> int | None:
    """End of the run of tokens glued to one another from ``i`` (no space between them) that reads as a
    lower-case hyphenated id ("bert", "-", "base", "-", "chinese"), without a closing full stop; ``None`` if
    ``i`` does not start one (it follows a glued word, or the run holds no hyphen)."""
    if not doc[i].text[:1].islower() or not HUB_ID_TOKEN.match(doc[i].text):
        return None
    if i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text not in ("/", "(", '"', "'", "[", "`"):
        return None
    end = i + 1
    while end < len(doc) and not doc[end - 1].whitespace_ and HUB_ID_TOKEN.match(doc[end].text):
        end += 1
    while end > i + 1 and doc[end - 1].text in (".", "-", "--"):
        end -= 1
    text = "".join(t.text for t in doc[i:end])
    if "-" not in text or text.endswith("-") or len(text) > MAX_HUB_ID_CHARS:
        return None
    return end


# A hub organisation before its checkpoint's slash ("meta-llama/", "BAAI/", "PY007/"): letters, digits and hyphens.
HUB_ORGANISATION = re.compile(r"^[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]$")
HUB_PATH_TOKEN = re.compile(r"^(?:[A-Za-z0-9._\-]+|/)$")


def organisation_slashes(doc: Doc) -> Iterator[tuple[int, int, int]]:
    """(start, slash, end) of each "organisation/id" written as one word: the organisation's tokens from
    ``start``, the slash, the id's tokens to ``end`` (without a closing full stop); one slash only."""
    i = 0
    while i < len(doc):
        if not doc[i].text[:1].isalpha() or i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text not in ("(", '"', "'", "[", "`"):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and not doc[end - 1].whitespace_ and HUB_PATH_TOKEN.match(doc[end].text):
            end += 1
        while end > i + 1 and doc[end - 1].text in (".", "-", "--"):
            end -= 1
        slashes = [k for k in range(i, end) if doc[k].text == "/"]
        if len(slashes) == 1 and i < slashes[0] < end - 1 and HUB_ORGANISATION.match(span_text(doc[i : slashes[0]])):
            yield i, slashes[0], end
        i = end


def hub_id_shaped(checkpoint: str) -> bool:
    """A checkpoint id as the hub writes one: hyphenated, with a number or a size tier among its parts
    ("Llama-3.1-70B-Instruct", "bge-m3", "bert-large-NER"); not a name with an adjective glued on ("LLaVA-style")."""
    parts = checkpoint.split("-")
    return len(parts) > 1 and any(any(ch.isdigit() for ch in part) or part.lower() in TIER_WORDS for part in parts)


def versioned_family(parts: list[str], cut: int) -> str | None:
    """The listed family and the version that follows it, as the name writes them, where a tier or a
    snapshot date comes after that version ("Gemini-3.0" of "Gemini-3.0-Pro", "Grok-4" of
    "Grok-4-0709"): that release, no list holds yet, is the checkpoint's family (span train gold for
    hyphenated tiers: Gemini-3.0-Pro, Gemini-2.5-Pro, Gemini-1.5-Flash of the version, Gemini-2.5-Flash
    of the bare family). A size after the version keeps the bare family: gold is split there
    ("Olmo-3-7B-Instruct" of Olmo-3, "Vicuna-1.5-13b-16K" of Vicuna). ``None`` where no version
    follows the family, or no tier or date follows the version ("WideResNet-34-10": depth and width)."""
    suffix = parts[cut:]
    if len(suffix) < 2 or not VERSION_SEGMENT.match(suffix[0]) or parts[cut - 1][-1:].isdigit():
        return None
    after = suffix[1]
    if not (after.lower() in MODEL_TIERS - TUNED_SUFFIXES or SNAPSHOT_SUFFIX.match(after)):
        return None  # "WideResNet-34-10": a depth and a width, no version
    return "-".join(parts[: cut + 1])


def spelled_as_listed(prefix: str, entry: GazetteerEntry, any_case: bool = False) -> bool:
    """Whether ``prefix`` is the entry's name or an alias in its own capitals, a hyphen for a space
    allowed ("Llama-3.2" of "Llama 3.2"): "Align" is no spelling of ALIGN; with ``any_case`` in any capitals."""
    fold = str.lower if any_case else str
    return fold(prefix.replace("-", " ")) in {fold(name.replace("-", " ")) for name in (entry.name, *entry.aliases)}


def modifier_word(segment: str) -> bool:
    """Whether a capitalised segment glued after a model says how a thing is made of it, not its name: an
    adjective ending ("Based", "Style", "Level", "Aware") or a participle ("Generated", "Guided", "Tuned"; not "Med", "Seed")."""
    word = "-" + segment.lower()
    return word.endswith(ADJECTIVE_SUFFIXES + RECOGNISED_ADJECTIVE_ENDINGS) or len(word) > 5 and word.endswith("ed") and not word.endswith("eed")


def tuned_tail(words: list[str]) -> bool:
    """Whether the tier words after a checkpoint only say it was tuned ("Chat", "Instruct"): a model
    derived from it, not a release of it."""
    return all(part.lower() in TUNED_SUFFIXES for word in words for part in word.split("-") if part)


def glued_release(suffix: list[str]) -> bool:
    """Whether the segments glued after a listed family read as one release's tier: they end in a
    capitalised word ("Qwen-Max", "Gemini-3-Pro-Preview"), or a version opens them and a lower-case tier
    follows ("Gemini-3.1-flash-lite-preview"); not a lower-case word alone ("Qwen-preview")."""
    return suffix[-1][:1].isupper() or len(suffix) >= 2 and bool(VERSION_SEGMENT.match(suffix[0]))


def size_word_after(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]``, spaced after a listed model or its version, is a capitalised size word
    ("Large", "Medium", "XL") that names a checkpoint: not one that opens a longer capitalised
    phrase ("GPT-3.5 Large Language Model"), a tier word ("Turbo") may follow."""
    if i >= len(doc) or not doc[i - 1].whitespace_:
        return False
    word = doc[i].text
    if not (word[:1].isupper() and word.isalpha() and SIZE_SEGMENT.match(word.lower()) and (len(word) >= 4 or word.isupper() and len(word) >= 2)):
        return False
    nxt = doc[i + 1].text if i + 1 < len(doc) else ""
    return not (nxt[:1].isupper() and nxt.isalpha() and nxt.lower() not in MODEL_TIERS)


def spaced_tuned_end(doc: Doc, i: int) -> int:
    """``i + 1`` where ``doc[i]`` is a capitalised tuned-form word spaced after a parameter count ("Llama 3.3
    70B Instruct", "Qwen2.5 7B Instruct", "Llama 2 13B Chat"), else ``i``: the spaced spelling of
    "Llama-3.3-70B-Instruct", one checkpoint's name (GUIDELINES, boundaries 2), which kg cut before the word
    where no list held the whole name. Title-case only: "SFT", "DPO" after a size may name a training
    step, and "it" is a pronoun."""
    if i < len(doc) and doc[i - 1].whitespace_ and doc[i].text.istitle() and doc[i].lower_ in TUNED_SUFFIXES - {"it"}:
        return i + 1
    return i


def modality_end(doc: Doc, i: int) -> int:
    """The end of a capitalised ``RELEASE_MODALITIES`` word ("Vision") spaced, or glued by a hyphen, after a
    listed model whose name ends in a version, size or tier ("Llama 3.2 Vision", "LLaMA 3.2 11B Vision",
    "Gemini Pro Vision", "Llama Guard 3 Vision", "Llama 3.2-Vision"), with a tuned word after it ("Llama
    3.2 Vision Instruct"); else ``i``. It is the release's name, the spelling of the glued "Llama-3.2-Vision"
    that kg found whole (GUIDELINES, boundaries 2), cut before the word where written apart. Not after a
    bare family ("CLIP Vision encoder": its encoder), nor where a capitalised word or a hyphen goes on
    ("Qwen2.5 Vision Transformer", "Llama 3.2 Vision-Language Model")."""
    glued = i + 1 < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_
    word = i + 1 if glued else i
    if word >= len(doc) or not (glued or doc[i - 1].whitespace_) or not doc[word].text.istitle() \
            or doc[word].lower_ not in RELEASE_MODALITIES:
        return i
    last = doc[i - 1].text.rsplit("-", 1)[-1]  # "Gemini-Pro" ends in its tier
    if not (any(c.isdigit() for c in last) or last.lower() in MODEL_TIERS or SIZE_SEGMENT.match(last.lower()) and len(last) > 1):
        return i
    nxt = doc[word + 1] if word + 1 < len(doc) else None
    if nxt is not None and not doc[word].whitespace_ and nxt.text == "-":
        return i
    if nxt is not None and doc[word].whitespace_ and nxt.text[:1].isupper() and nxt.is_alpha and nxt.lower_ not in MODEL_TIERS:
        return i
    return spaced_tuned_end(doc, word + 1)


def tuned_after_a_count(suffix: list[str]) -> bool:
    """Whether the segments after a parameter count end in a tuning suffix, with at most
    ``MAX_DERIVED_SEGMENTS`` capitalised words before it: "SFT", "Instruct", "Math-Instruct"."""
    words = [seg for seg in suffix if seg.lower() not in TUNED_SUFFIXES]
    return bool(suffix) and suffix[-1].lower() in TUNED_SUFFIXES and len(words) <= MAX_DERIVED_SEGMENTS \
        and all(DERIVED_SEGMENT.match(seg) and seg[0].isupper() for seg in words)


def enumerator_mark(doc: Doc, i: int) -> bool:
    """Whether the bare number ``doc[i]`` closes with ")" a bracket it did not open: a list's item
    mark ("GLM-4 1) closely rivals GPT-4, 2) …"), not a version; "(Gemma 4)" keeps its version."""
    if i + 1 >= len(doc) or doc[i + 1].text != ")" or not doc[i].text.isdigit():
        return False
    depth = 0
    for t in reversed(doc[max(0, i - ENUMERATOR_REACH) : i]):
        if t.text in (".", "!", "?"):
            break  # the sentence's start
        if t.text == ")":
            depth += 1
        elif t.text == "(":
            if depth == 0:
                return False  # "(Gemma 4)": the bracket it closes
            depth -= 1
    return True


def family_apart(surface: str, family: str) -> tuple[str, str] | None:
    """``family`` as ``surface`` spells it and what follows, when a space or hyphen parts them:
    ("ResNet", "50") of "ResNet-50", ("CodeLlama", "13B") of "CodeLlama-13B" (family "Code Llama");
    ``None`` for "ResNet50" or another name."""
    letters = [c.lower() for c in family if c.isalnum()]
    i = j = 0
    while j < len(letters) and i < len(surface):
        if surface[i].lower() == letters[j]:
            i, j = i + 1, j + 1
        elif surface[i] in " -" and j:
            i += 1
        else:
            return None
    if j < len(letters) or i + 1 >= len(surface) or surface[i] not in " -":
        return None
    return surface[:i], surface[i + 1 :]


# What may follow a family's name in the name of one of its releases: a version ("GPT-2", "Qwen2.5",
# "LLaVA-v1.5", "Llama 2"), a size, a tier or a size word ("Gemini 2.5 Flash", "Orthus-base").
RELEASE_VERSION = re.compile(r"^v?\d+(?:\.\d+)*$", re.IGNORECASE)
RELEASE_SEPARATORS = re.compile(r"[-\s_]+")


def opens_with(name: str, family: str) -> bool:
    """Whether ``name`` is longer than ``family`` and opens with it, in any case."""
    return len(name) > len(family) and name[: len(family)].lower() == family.lower()


def names_its_family(name: str, family: str) -> bool:
    """Whether ``name`` opens with ``family`` and a separator: "Qwen2-Audio-Instruct" of Qwen2-Audio,
    "Llama 2-Chat" of Llama 2 (the name itself says the lineage, as the guideline reads variants)."""
    return opens_with(name, family) and name[len(family)] in " -_"


def glued_modality(segment: str, name: str) -> bool:
    """Whether ``segment`` of ``name`` is a capitalised modality glued on by a hyphen ("Llama-3.2-Vision"),
    as the recogniser keeps one (``RELEASE_MODALITIES``); spaced or lower-case ("CLIP vision") it is no release."""
    return segment.lower() in RELEASE_MODALITIES and segment[0].isupper() and f"-{segment}" in name


def release_of(name: str, family: str) -> bool:
    """Whether ``name`` is ``family`` followed by a release's version, size or tier words:
    "GPT-2" of "GPT", "Llama 2" of "LLaMA", "Claude 3.7 Sonnet" of "Claude 3.7"; not "mT5" of
    "T5", "GPT-4V" of "GPT-4", "LLaMA-Adapter" of "LLaMA" (a name of its own). A hyphen reads as a
    space ("Llama-3.2-Vision" of "Llama 3.2"), as the recogniser spells a listed family (``spelled_as_listed``)."""
    spaced, family = name.replace("-", " "), family.replace("-", " ")
    if not opens_with(spaced, family):
        return False
    rest = spaced[len(family) :]
    if rest[0] in "- _":
        rest = rest[1:]
    elif not (rest[0].isdigit() and not family[-1].isdigit() or rest[0] in "vV" and rest[1:2].isdigit()):
        return False  # glued: only a version number ("GPT2", "Qwen2.5"), never "GPT-35" of "GPT-3"
    segments = [seg for seg in RELEASE_SEPARATORS.split(rest) if seg]
    return bool(segments) and all(
        RELEASE_VERSION.match(seg) or SIZE_SEGMENT.match(seg) or seg.lower() in MODEL_TIERS or glued_modality(seg, name)
        for seg in segments) \
        and not all(seg.lower() in TUNED_SUFFIXES for seg in segments)  # "Llama 2-Chat" is tuned from Llama 2 (DERIVED_FROM)


FOLDED_NUMBER = re.compile(r"^\d+[bmkt]?$")  # a folded name's version piece or parameter count ("3", "5", "7b", "128k")


def release_key(folded: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None:
    """One key for the spellings of one release that put its tier words and its numbers in another order,
    or write a whole version with ".0": "Claude Sonnet 3.5" and "Claude 3.5 Sonnet", "Gemini Flash 1.5" and
    "Gemini 1.5 Flash", "Llama2-Chat 7B" and "Llama-2-7B-Chat", "Gemini 3.0 Pro" and "Gemini-3-Pro", "GPT-4.0"
    and "GPT-4" (the linker's ``join_reordered_releases``). ``folded`` is a folded name ("claude-sonnet-3-5"):
    the family's words, then only numbers and tier words (``MODEL_TIERS``, ``TIER_WORDS``). The numbers keep
    their order and so do the tier words, so "Llama 2 7B" is no "Llama 7B 2" and "Flash Lite" no "Lite Flash";
    None for a name with any other word after its family ("Qwen2.5-VL-7B", "wav2vec 2.0"): a name of its own."""
    parts = folded.split("-")
    tiers = MODEL_TIERS | set(TIER_WORDS)
    start = next((n for n, part in enumerate(parts) if part[:1].isdigit() or part in tiers), len(parts))
    if start == 0 or start == len(parts):
        return None
    numbers: list[str] = []
    words: list[str] = []
    for part in parts[start:]:
        if FOLDED_NUMBER.match(part):
            if part == "0" and numbers and numbers[-1].isdigit():
                continue  # "3.0" is version 3
            numbers.append(part)
        elif part in tiers:
            words.append(part)
        else:
            return None
    return tuple(parts[:start]), tuple(numbers), tuple(words)
