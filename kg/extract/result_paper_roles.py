"""The paper-level roles of reported numbers: names taken from beyond the sentence.

``paper_context`` gathers what the paper proposes and evaluates on (the relation extractor's output,
the title's head or lead name); the passes here give a number the paper's own model or benchmark
where its sentence names none, and take it back where they should not (background sentences, another
proposal the sentence names); ``echoed_mentions`` finds names the recogniser found elsewhere in the paper.
"""

import functools
import re

from spacy.tokens import Doc, Span

from kg.extract.parse import doc_ents, span_text, words_text
from kg.extract.result_carry import on_left_unsaid
from kg.extract.result_model import PaperContext, clause_bounds, name_shape
from kg.extract.result_numbers import OF_LABELS, ON_LABELS
from kg.names import extraction_fold_name as fold_name, name_words


# A sentence in the authors' voice: "We propose …", "Our results …", "In this paper, …", "Here, …".
AUTHORIAL = re.compile(r"\b(?:we|our|this (?:paper|work|study|article)|here)\b", re.IGNORECASE)


# "Yseop at SemEval-2020 Task 5", "Logically at Factify 2022": a shared-task system paper's title
# phrase, taken for a proposed name; the gold gives its numbers to no such name.
SHARED_TASK_TITLE = re.compile(r"\S\s+at\s+[A-Z]")


# "on two manually annotated datasets", "across 24 downstream vision tasks": a sentence that speaks of
# several sets is not about the one a paper evaluates on.
SEVERAL_SETS = re.compile(r"\b(?:datasets|benchmarks|corpora|tasks|languages)\b", re.IGNORECASE)


def paper_level_roles(found: list, text: str, ents: list[tuple[int, int, str, int]], context: PaperContext,
                      entities_before: int | None, background: bool = False) -> list:
    """A name from beyond the sentence is a number's only once the paper has named it.

    - The paper's proposed model (``implicit_proposed``, ``ours_in_clause``) and the benchmark it
      introduces (``implicit_proposed``) are dropped where they are named only after the sentence
      ("… reaches 61.2%. We introduce MedHalu, …"): the gold leaves these unsaid.
    - "We evaluate on WSJ. … Our LSD model achieves 12.9% WER": in a paper that evaluates on one
      dataset or benchmark, named before the sentence, a number whose sentence names none and
      speaks of no several sets is on it (``carried``; the gold carries it over).

    - "Although the new FP4 Tensor Cores offer up to 4x speedup over FP16, …" before the abstract's
      first sentence in the authors' voice (``background``): the number is the field's, not the
      paper's, so the paper's own model chosen from beyond the sentence (``implicit_proposed``, or
      the learned attribution's pick of a name the sentence does not hold) is dropped. Train: 4
      such numbers, the gold gives 3 to no model and 1 to another proposal kg missed.

    ``entities_before``: how many of the paper's entities start before the sentence (``None``:
    unknown, nothing is changed)."""
    if background:
        named = {i for _, _, _, i in ents}
        found = [f[:2] + (None,) + f[3:5] + ("none",) + f[6:] if f[5] == "implicit_proposed" or (f[5] == "model" and f[2] is not None and f[2] not in named)
                 else f for f in found]
    if entities_before is None:
        return found

    def named_before(entity: int, among: tuple[int, ...]) -> bool:
        return min((i for i in among if context.fold_of.get(i) == context.fold_of.get(entity)), default=-1) < entities_before
    out = []
    for f in found:
        if f[5] in ("implicit_proposed", "ours_in_clause") and not named_before(f[2], context.proposed):
            f = f[:2] + (None,) + f[3:5] + ("none",) + f[6:]
        if f[6] == "implicit_proposed" and not named_before(f[3], context.proposed_on):
            f = on_left_unsaid(f)
        out.append(f)
    evaluated = sole_evaluated_on(context)
    if (evaluated is None or any(label in ON_LABELS for _, _, label, _ in ents) or SEVERAL_SETS.search(text)
            or not named_before(evaluated, context.evaluated_on)):
        return out
    return [f[:3] + (evaluated,) + f[4:6] + ("carried",) + f[7:] if f[3] is None else f for f in out]


# "1% of the global population", "less than 0.15% of the image": a share of things ("of the time" is a rate).
SHARE_OF_THINGS = re.compile(r"\s*of\s+(?!(?:the\s+)?time\b)(?:the\s+)?[a-z]", re.IGNORECASE)


def background_shares_dropped(found: list, text: str, ents: list[tuple[int, int, str, int]]) -> list:
    """A percentage of things in a background sentence (before the abstract's first one in the
    authors' voice) whose clause names no metric ("Stuttering affects approximately 1% of the global
    population", "In one study, only 3% of the candidate materials showed superconductivity") is a fact
    of the field, not a result: the gold reads none."""
    out = []
    for f in found:
        n = f[0]
        if n.unit == "%" and n.from_value is None and SHARE_OF_THINGS.match(text, n.end):
            lo, hi = clause_bounds(text, n.start, n.end)
            if not any(label == "Metric" and lo <= s and e <= hi for s, e, label, _ in ents):
                continue
        out.append(f)
    return out


@functools.lru_cache(maxsize=8)
def own_kind_pattern(kinds: frozenset[str]) -> re.Pattern:
    """"our/the/this … <kind word>" for the lexicon's kind words: built once, not for every paper."""
    return re.compile(r"\b(?:our|the|this)\s+(?:[\w-]+\s+){0,2}?(" + "|".join(map(re.escape, sorted(kinds))) + r")\b", re.IGNORECASE)


def proposal_the_sentence_names(found: list, text: str, context: PaperContext, kinds: frozenset[str]) -> list:
    """A number given the paper's first proposal from beyond its sentence (``implicit_proposed``,
    ``ours_in_clause``) is another proposal's where the sentence names that one, and no other,
    before the number: written in any case ("our multi-modal reinforced training … achieving
    +2.9%", the name read only as the title writes it) or by the kind word its name ends in ("The
    full pipeline improves performance by 7.5%", "Enhanced SAM3 ReID Pipeline" proposed; ``kinds``:
    ``results.json`` ``title_lead_heads``)."""
    folds = {context.fold_of.get(i): i for i in context.proposed}
    if len(folds) < 2 or not kinds:
        return found
    own_kind = own_kind_pattern(kinds)
    out = []
    for f in found:
        if f[5] in ("implicit_proposed", "ours_in_clause") and f[2] is not None:
            before = text[: f[0].start]
            written = f"-{fold_name(before)}-"
            said = {m.group(1).lower() for m in own_kind.finditer(before)}
            named = {fold for fold in folds if fold and (f"-{fold}-" in written or {fold.rsplit("-", 1)[-1] + end for end in ("", "s", "es")} & said)}
            if len(named) == 1 and (owner := next(iter(named))) != context.fold_of.get(f[2]):
                f = f[:2] + (folds[owner],) + f[3:]
        out.append(f)
    return out


def ownerless_gain_not_on_introduced(found: list) -> list:
    """A gain that no model or method owns ("refusal rates increased by an average of 6.38%",
    "reduce rank displacement by 55--74%") is not put on the benchmark the paper introduces
    (``implicit_proposed``) when its sentence names none: a gain compares two systems, and
    with neither named the gold leaves the benchmark unsaid (span train: 11 such numbers
    unsaid, 2 on the introduced benchmark). A change "from X to Y" is a score on it and stays."""
    return [on_left_unsaid(f)
            if f[6] == "implicit_proposed" and f[2] is None and f[1] == "gain" and f[0].from_value is None else f for f in found]


def first_authorial_sentence(texts: list[str]) -> int:
    """The index of the first abstract sentence in the authors' voice ("we", "our", "this paper",
    "here"; the title, sentence 0, is not read), or 0 when no sentence is: the sentences between
    the title and that one set out the background, and only where the abstract later turns to
    its own work."""
    return next((k for k, text in enumerate(texts) if k and AUTHORIAL.search(text)), 0)


# The kinds of names a sentence may repeat without the recogniser finding them again.
ECHO_LABELS = ("Metric", "Model", "Method", "Dataset", "Benchmark")


def echo_names(ents) -> dict[str, tuple[str, int]]:
    """Each name the paper's recogniser found (of ``ECHO_LABELS``), as written: its type and first
    entity index; longest first, the order ``echoed_mentions`` claims text in."""
    out: dict[str, tuple[str, int]] = {}
    for i, e in enumerate(ents):
        if e.label_ in ECHO_LABELS and len(text := span_text(e)) > 1 and text not in out:
            out[text] = (e.label_, i)
    return {name: out[name] for name in sorted(out, key=len, reverse=True)}


def echoed_mentions(text: str, spans: list[tuple[int, int, str, int]], echoes: dict[str, tuple[str, int]]) -> list[tuple[int, int, str, int]]:
    """Where a sentence repeats a name the paper's recogniser found elsewhere but not here
    ("LightGBM exhibited a sensitivity of 100%" after "… accuracy, AUC and sensitivity"): the
    number's model, benchmark or metric is often that name (span train: the gold's names are in
    the sentence but unrecognised there for ~70 numbers). (start, end, type, entity index) of each."""
    taken = [(s, e) for s, e, _, _ in spans]
    out = []
    for name in echoes:
        if name not in text:
            continue  # most names are not in most sentences: no pattern to build
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            if not any(m.start() < e and s < m.end() for s, e in taken):
                taken.append(m.span())
                out.append((m.start(), m.end(), *echoes[name]))
    return out


def sole_proposed_on(context: PaperContext) -> int | None:
    """The dataset or benchmark the paper introduces, when it introduces one name (else None)."""
    folds = {context.fold_of.get(i) for i in context.proposed_on}
    return context.proposed_on[0] if len(folds) == 1 else None


def sole_evaluated_on(context: PaperContext) -> int | None:
    """The dataset or benchmark the paper evaluates on, when it evaluates on one name (else None)."""
    folds = {context.fold_of.get(i) for i in context.evaluated_on}
    return context.evaluated_on[0] if len(folds) == 1 else None


def title_headline(ent: Span, title: str, abstract: str = "") -> bool:
    """A name that is the whole head of a "Head: subtitle" title and three words or more
    ("Explaining AI Without Code: A User Study …", "Revisiting Rule-Based Stuttering Detection: …")
    is the paper's headline, not its model's name. On span train the relation extractor makes such
    a head the paper's proposal in 72 papers (the gold agrees in 20); of the 18 with gold results,
    the gold gives numbers to it in 5. A coined name ("MOFDiff: …") is one word and stays, and so
    does a head the abstract writes again, in any case ("Counterfactual Multihop QA: …" and "we
    propose a novel counterfactual multihop QA"): a headline is not repeated, a name is."""
    head, colon, _ = title.partition(":")
    return (bool(colon) and ent.start_char == len(head) - len(head.lstrip()) and ent.text.strip() == head.strip()
            and len(ent.text.split()) >= 3 and not re.search(r"(?<![\w-])" + re.escape(head.strip()) + r"(?![\w-])", abstract, re.IGNORECASE))


TITLE_OPENING = re.compile(r"\s*(?:(?:a|an|the)\s+)?", re.IGNORECASE)
# What follows a title's opening name that is the paper's own: "… Network for Stock Movements
# Prediction", "Few-Shot Recalibration of Language Models", "MOFDiff: …".
TITLE_LEAD_AFTER = re.compile(r"\s*:|\s+(?:for|of)\b", re.IGNORECASE)
# "A Novel Self-training Approach for …", "A Trustable LSTM-Autoencoder Network for …": an article
# and a word or two that are no preposition before the opening name.
TITLE_OPENING_QUALIFIED = re.compile(r"\s*(?:a|an|the)\s+(?:(?!(?:of|for|on|in|with|to|and|or|from|by|via|at|using)\b)[A-Za-z]+\s+){1,2}",
                                     re.IGNORECASE)


def title_lead_kind(title: str, end: int, heads: frozenset[str]) -> bool:
    """The title's opening name is followed by what it is, the paper's own: "-based" ("CRF-based
    Named Entity Recognition") or a kind word (``results.json`` ``title_lead_heads``: approach,
    network, …) and then "for", "of", "to" or a colon ("Transfer Learning Approach for …")."""
    if re.match(r"-based\b", title[end:], re.IGNORECASE):
        return True
    kind = re.match(r"\s+([A-Za-z]+)(?:\s*:|\s+(?:for|of|to)\b)", title[end:])
    return kind is not None and kind.group(1).lower() in heads


def title_lead(ents: list[Span], title: str, heads: frozenset[str] = frozenset()) -> list[int]:
    """The model or method a title opens with ("Multi-modal Attention Network for Stock Movements
    Prediction", "A Hybrid Text Normalization System …"), as the paper's own where the relation
    extractor found it proposes none: its "our model achieves …" is that one's. A well-known
    name from the gazetteers ("BERT Embeddings for …") is one the paper uses, not its own. Span
    train: whole tuples right 840 -> 854 (the gold gives such numbers to that name). Only a name
    "for" or "of" something, or before a colon (``TITLE_LEAD_AFTER``), is the paper's own: the
    subject of a title ("Deep Research is the New Analytics System"), what it studies ("Adversarial
    Attacks on Knowledge Graph Embeddings", "Point-of-Interest Type Inference from Social Media
    Text") or a part ("Mel-spectrogram features for …", "Approximate k-space models and Deep
    Learning …") is not. Session 31, train: the lead then owned 9 numbers, the gold gives 2 to it
    and 7 to no model; the check drops 8 of them, 7 right. A lead followed by its kind ("Transfer
    Learning Approach for", "A Novel Self-training Approach for", "CRF-based …": ``title_lead_kind``)
    is the paper's own even when the gazetteers know it (session 35, train: see docs/history-results.md)."""
    first = next((i for i, e in enumerate(ents) if e.start_char < len(title)), None)
    if first is None or ents[first].label_ not in OF_LABELS or SHARED_TASK_TITLE.search(title):
        return []
    lead = ents[first]
    opening = TITLE_OPENING.fullmatch(title[: lead.start_char]) or TITLE_OPENING_QUALIFIED.fullmatch(title[: lead.start_char])
    if not opening:
        return []
    if title_lead_kind(title, lead.end_char, heads):
        return [first]  # "X Approach for", "X-based": the paper's own, a well-known name too
    plain = TITLE_OPENING.fullmatch(title[: lead.start_char]) and lead._.kg_rule != "gazetteer"
    return [first] if plain and TITLE_LEAD_AFTER.match(title, lead.end_char) else []


def title_head(ents: list[Span], proposed: list[int], title: str) -> int | None:
    """The proposed model or method that is the whole head of a "Name: subtitle" title ("AERIC:
    Anticipatory Hidden-State Monitoring for …", "Repulsor: Accelerating Generative Modeling with a
    Contrastive Memory Bank"), or None: the name the paper gives its own system."""
    head, colon, _ = title.partition(":")
    if not colon:
        return None
    start = len(head) - len(head.lstrip())
    return next((i for i in proposed if ents[i].start_char == start and ents[i].text.strip() == head.strip()), None)


def phrase_initials(phrase: str) -> str:
    """The first letters of a phrase's words, hyphenated parts apart ("Graph-in-Graph Network": "gign"). Not
    ``kg.names.initials``, which skips glue words ("ggn") and gives a list."""
    return "".join(w[0] for w in name_words(phrase)).lower()


def coined_own_name(ents: list[Span], proposed: list[int], cued: frozenset[int], in_title: frozenset[int], title: str) -> int | None:
    """The one-word coined name the abstract proposes with a cue ("we present CASENT, a seq2seq model",
    "we introduce DisarmRAG"; ``cued``: the tails of ``propose_cue`` PROPOSES), where the paper's first
    proposal is a phrase of two words or more from the title ("Calibrated Seq2seq", "Beyond Weight
    Adaptation", "Memory-efficient Streaming VideoLLMs"): the name the paper gives its system, which
    the title only describes. None where the abstract proposes no such name or several, where the
    name is written in the title, or where it spells the phrase's initials (the phrase is then its
    long form: either is right). ``in_title``: the entities of the title."""
    if not proposed or proposed[0] not in in_title or len(span_text(ents[proposed[0]]).split()) < 2:
        return None
    phrase = phrase_initials(span_text(ents[proposed[0]]))
    coined = {}
    for i in proposed:
        text = span_text(ents[i])
        if (i in cued and i not in in_title and " " not in text and len(text) > 2 and re.search(r".[A-Z]|^[A-Z]{3,}", text)
                and text.lower() not in title.lower() and not phrase.startswith(re.sub(r"[^a-z]", "", text.lower())[:3])):
            coined.setdefault(fold_name(text), i)
    return next(iter(coined.values())) if len(coined) == 1 else None


def coined_name_over_a_title_phrase(found: list, text: str, context: PaperContext, entities_before: int | None) -> list:
    """A number given the paper's first proposal from beyond its sentence (``implicit_proposed``,
    ``ours_in_clause``) where that proposal is a title phrase and the abstract has proposed a coined
    name before the sentence (``coined_own``) is the coined name's: "Our method outperforms the
    previous state-of-the-art …" is CASENT's, not "Calibrated Seq2seq"'s. Not where the sentence
    writes the title phrase ("our multi-modal reinforced training … +2.9%"). Session 59: read on
    the session 53-59 draws, see docs/history-results.md."""
    coined = context.coined_own
    if coined is None or entities_before is None or coined >= entities_before or not context.proposed:
        return found
    phrase = context.fold_of.get(context.proposed[0])
    if f"-{phrase}-" in f"-{fold_name(text)}-":
        return found
    return [f[:2] + (coined,) + f[3:] if f[5] in ("implicit_proposed", "ours_in_clause") and f[2] is not None
            and context.fold_of.get(f[2]) == phrase else f for f in found]


def title_head_owns_paper_level_picks(found: list, text: str, ents: list[tuple[int, int, str, int]], context: PaperContext) -> list:
    """A number the learned attribution gives to one of the paper's proposals that its sentence
    does not name (``model``) is the title head's (``title_head``), where the title opens with a
    proposed name ("AERIC: …", "Pramana: …") and the pick is another proposal: the paper's part or
    technique ("Anticipatory Hidden-State Monitoring", "Contrastive Memory Bank", "Fine-Tuning")
    beside its named system. Span train: 7 such numbers, the gold gives all 7 to the head. Runs
    after ``paper_level_roles``, so a number of the background keeps no owner."""
    head = context.title_head
    if head is None:
        return found
    named = {context.fold_of.get(i) for _, _, _, i in ents}
    written = f"-{fold_name(text)}-"  # "The contrastive memory bank alone reaches …": named, if not recognised
    ours = {context.fold_of.get(i) for i in context.proposed}
    out = []
    for f in found:
        owner = context.fold_of.get(f[2]) if f[2] is not None else None
        if (f[5] == "model" and owner in ours and owner not in named and f"-{owner}-" not in written
                and f"-{context.fold_of.get(head)}-" not in f"-{owner}-"):  # "Gyan AI Paramanu" is "Paramanu:" itself
            f = f[:2] + (head,) + f[3:5] + ("title_head",) + f[6:]
        out.append(f)
    return out


def paper_context(doc: Doc, title_heads: frozenset[str] = frozenset()) -> PaperContext:
    """The paper-level names a number may belong to: what the paper proposes (a Model or
    Method; a Dataset or Benchmark) and evaluates on (a Dataset or Benchmark), from the
    relation extractor's output; where it finds no proposed model or method, the one the title
    opens with (``title_lead``)."""
    ents = list(doc_ents(doc))
    relations = [h for h in doc._.kg_relations or () if h.head is None]
    title_end = doc._.kg_title_end if Doc.has_extension("kg_title_end") and doc._.kg_title_end else 0
    title, abstract = words_text(doc, 0, title_end), words_text(doc, title_end, len(doc))  # once, not per relation
    proposed = sorted({h.tail for h in relations if h.type == "PROPOSES" and ents[h.tail].label_ in OF_LABELS
                       and not SHARED_TASK_TITLE.search(ents[h.tail].text) and not title_headline(ents[h.tail], title, abstract)})
    if not any(ents[h.tail].label_ in OF_LABELS for h in relations if h.type == "PROPOSES"):
        proposed = title_lead(ents, title, title_heads)
    proposed_on = sorted({h.tail for h in relations if h.type == "PROPOSES" and ents[h.tail].label_ in ON_LABELS})
    evaluated = sorted({h.tail for h in relations if h.type == "EVALUATES_ON" and ents[h.tail].label_ in ON_LABELS})
    head = title_head(ents, proposed, title)
    cued = frozenset(h.tail for h in relations if h.type == "PROPOSES" and h.rule == "propose_cue")
    in_title = frozenset(i for i, e in enumerate(ents) if e.start < title_end)
    return PaperContext(fold_of={i: fold_name(e._.kg_canonical or span_text(e)) for i, e in enumerate(ents)}, proposed=tuple(proposed), title_head=head,
                        coined_own=coined_own_name(ents, proposed, cued, in_title, title),
                        evaluated_on=tuple(evaluated), in_title=in_title,
                        shape_of={i: name_shape(span_text(e)) for i, e in enumerate(ents)}, proposed_on=tuple(proposed_on))
