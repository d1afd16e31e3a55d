"""Joining the spans and mentions that name one thing.

A paper writes its own method several ways: a coined short form beside the long form it spells
("FAN: Fourier Analysis Networks"), the long form restated without its type word, a set and its
part one space apart ("ImageNet ILSVRC-2012"), a title's "SF: Phrase" that only describes SF.
Nothing here finds names; these functions run after the recogniser (over ``doc.ents``) or after
the paper's roles are known (over mentions), and set ``long_form`` / ``canonical`` so that the
linker makes one node of them. Every join is counted against span train's gold in its docstring.
"""

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span

from kg.extract.abbreviations import CAPITALISED_WORDS, capitals_headed, spells
from kg.extract.model_names import release_of
from kg.extract.parse import SPAN_EXTENSIONS, doc_text, span_text, token_words
from kg.names import GLUE_WORDS, capitals_spelled, initials, name_words
from kg.names import extraction_fold_name as fold_name


# What stands between a coined short form and the long form it is introduced with, where no
# bracket makes a "Long Form (LF)" definition: the title's "FAN: Fourier Analysis Networks",
# "we present CAVEN, a Conversation-based Audio-Visual Embodied Navigation framework", "FAuNO --
# Federated Asynchronous Network Orchestrator --"; and the other order, "keyphrase dropout (or
# KPDrop)", "alignment-enriched tuning (dubbed AETNet)", "a … learning method called CLanG".
SHORT_THEN_LONG = re.compile(r"^\s*(?:--|\u2014|,\s*(?:a|an|the)\s|\()\s*(?:(?:new|novel|general|simple|unified)\s+)?$", re.IGNORECASE)
LONG_THEN_SHORT = re.compile(r"^\s*(?:(?:method|framework|model|approach|algorithm|technique|module|network|system|strategy|architecture|mechanism)\s+)?"
                             r"(?:(?:,\s*|\(\s*)?(?:called|dubbed|named|termed|abbreviated\s+as|or)\s+|\(\s*)$", re.IGNORECASE)


SET_LABELS = ("Dataset", "Benchmark")


def join_set_and_subset_names(spans: list[Span]) -> list[Span]:
    """Two data names written one space apart are one name: a set and its part or edition
    ("HarmBench DirectRequest", "ImageNet ILSVRC-2012", "Penn Treebank WSJ"), as the gold names
    it. The joined name takes the first one's type and no gazetteer canonical (it is not the
    whole set). Span train: 5 such pairs in 4 papers, the gold names 4 joined ("Open Graph
    Benchmark OGBN-arXiv" is two)."""
    if len(spans) < 2:
        return spans
    doc = spans[0].doc
    text = doc_text(doc)
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if (prev is not None and prev.label_ in SET_LABELS and span.label_ in SET_LABELS and prev.end == span.start
                and text[prev.end_char : span.start_char] == " " and span.text[:1].isupper()
                and not (prev._.kg_long_form or span._.kg_long_form)):
            joined = Span(doc, prev.start, span.end, label=prev.label_)
            joined._.kg_rule = prev._.kg_rule
            joined._.kg_proposed = prev._.kg_proposed or span._.kg_proposed
            joined._.kg_confidence = min(prev._.kg_confidence, span._.kg_confidence)
            out[-1] = joined
            continue
        out.append(span)
    return out


def join_spelled_names(spans: list[Span]) -> None:
    """A coined short form and the long form it is introduced with, side by side but with no
    "Long Form (LF)" bracket to define it (``SHORT_THEN_LONG``, ``LONG_THEN_SHORT``, or a title
    "SF: Long Form …"), are one thing when the long form spells the short form (Schwartz &
    Hearst: its letters in order, the first at the long form's start): each occurrence of
    either takes the long form, as a definition's would, so the linker joins them (and keeps
    a short form that other papers expand otherwise apart). Not for listed names: "DeepEN, a
    deep reinforcement learning …", "VRoC: Variational Autoencoder …" name what the coined
    thing is built on. Span train: 24 false Method nodes (a gold method's second name) gone,
    none added; span dev: one pair its gold keeps apart ("MulDE: Multi-teacher Knowledge
    Distillation …"). A bracket's short form one word (of several tokens: "KA-Prompt") may spell
    loosely (``capitals_headed``), where Schwartz & Hearst read no definition; span train: 7 such
    pairs, all one gold entity."""
    if len(spans) < 2:
        return
    doc = spans[0].doc
    title_end = doc._.kg_title_end or 0
    pairs = []
    text = doc_text(doc)
    for a, b in zip(spans, spans[1:]):
        if a.label_ != b.label_ or (a.start < title_end) != (b.start < title_end):
            continue
        between = text[a.end_char : b.start_char]
        # "Long Form (SF)": the bracket closes right after the short form, one word ("KA-Prompt").
        bracketed = between.rstrip().endswith("(") and text[b.end_char :].lstrip().startswith(")") and not re.search(r"\s", b.text)
        if len(a) == 1 and len(b) > 1 and (SHORT_THEN_LONG.match(between) or a.start == 0 and b.start < title_end
                                         and re.fullmatch(r"\s*:\s*(?:(?:a|an|the)\s+)?", between, re.IGNORECASE)):
            short, long = a, b
        elif len(a) > 1 and (len(b) == 1 or bracketed) and LONG_THEN_SHORT.match(between):
            short, long = b, a
        else:
            continue
        if any(s._.kg_long_form or s._.kg_canonical for s in (short, long)) or sum(c.isupper() for c in short.text) < 2:
            continue
        if spells(short.text, long.text) or bracketed and capitals_headed(short.text, long.text):
            pairs.append((short.text, long.text))
    pairs += spelled_by_initials(spans)
    for short, long in pairs:
        for span in spans:
            if span._.kg_long_form or span._.kg_canonical:
                continue
            if span.text == short:
                span._.kg_long_form = long
            elif span.text == long:
                span._.kg_long_form, span._.kg_canonical = long, short


# A bracket right after a name: one word in it ("Cross Language Image Matching (CLIMS)"), or a
# phrase of capitalised words ("Imagine (Machine Imagination-based Reasoning)"; ``bracketed_phrase``).
BRACKETED_WORD = re.compile(r"\s*\(([^\s()]+)\)")
BRACKET_JOINED_LABELS = ("Method", "Model")


@lru_cache(maxsize=4)
def bracketed_phrase(restating: tuple[str, ...], examples: tuple[str, ...]) -> re.Pattern:
    """A bracket of a phrase right after a name, read without an opening ``restating`` word (lexicon
    ``bracket_restating_openers``: "i.e.", "namely"; "EFACTSUM (i.e., Effective Factual Summarization)"
    had the alias "i.e., Effective …") and its comma; one that an ``examples`` word opens (lexicon
    ``bracket_example_openers``: "(e.g., LLaVA, BLIP)") is none. Until session 66 a later module-level
    pattern of the same name (now ``BRACKETED_DESCRIPTION``) shadowed this one; the reach it gave (no
    space or any first letter before the phrase, up to 200 characters) is kept."""
    not_examples = f"(?!{'|'.join(map(re.escape, examples))})" if examples else ""
    read_past = f"(?:(?:{'|'.join(map(re.escape, restating))}),?\\s+)?" if restating else ""
    return re.compile(rf"^\s*\({not_examples}{read_past}([^()]{{8,200}})\)")


def join_bracketed_names(spans: list[Span], restating: tuple[str, ...], examples: tuple[str, ...]) -> None:
    """A paper's method or model named with its other name in brackets, where no definition
    reads them as one (the letters fit no Schwartz & Hearst spelling, or the short form was left
    no span): "a novel Cross Language Image Matching (CLIMS) framework" (a word whose capitals
    head the long form's words, ``capitals_headed``, or whose letters it spells), "we propose
    Imagine (Machine Imagination-based Reasoning)", "M2P2 (Multimodal Persuasion Prediction)" (a
    single-word name and a bracketed phrase of capitalised words, two to eight, two in three
    capitalised). The pair is joined as a definition is: every unlisted span of either name takes
    the long form, and the long name the short one as its canonical; a span of the bracketed name
    also takes the type of the name outside the bracket, which the bracket only restates
    ("Multimodal Persuasion Prediction" read as a Task, a later "CG-DPO" as data). Span train
    (session 47, method47): 20 papers, every pair one gold entity; 4 retypings, all to the gold
    type. Methods and Models only: train's one Task pair ("sensor-based recognition of
    Activities of Daily Living (ADLs)") is no gold name. ``restating``, ``examples``: the words a
    bracketed phrase is read past or dropped for (``bracketed_phrase``)."""
    if not spans:
        return
    phrase_after = bracketed_phrase(restating, examples)
    doc = spans[0].doc
    text = doc_text(doc)
    starts = {s.start_char for s in spans}
    pairs: dict[str, tuple[str, str, str]] = {}  # the bracketed name -> (short form, long form, label)
    for span in spans:
        if span.label_ not in BRACKET_JOINED_LABELS or span._.kg_long_form or span._.kg_canonical:
            continue
        after = text[span.end_char : span.end_char + 90]
        word, phrase = BRACKETED_WORD.match(after), phrase_after.match(after)
        if " " in span.text and word and span.end_char + word.start(1) not in starts:
            short = word.group(1)
            if sum(c.isupper() for c in short) >= 2 and (spells(short, span.text) or capitals_headed(short, span.text)):
                pairs.setdefault(short, (short, span.text, span.label_))
        elif " " not in span.text and phrase and any(c.isupper() for c in span.text):
            words = phrase.group(1).split()
            if 2 <= len(words) <= 8 and 3 * sum(w[:1].isupper() for w in words) >= 2 * len(words):
                pairs.setdefault(phrase.group(1), (span.text, phrase.group(1), span.label_))
    if not pairs:
        return
    for span in spans:
        if span._.kg_long_form or span._.kg_canonical:
            continue
        for bracketed, (short, long, label) in pairs.items():
            outer = long if bracketed == short else short
            if span.text == bracketed or span.text == outer and span.label_ == label:
                span.label_ = label
                span._.kg_long_form = long
                if span.text == long:
                    span._.kg_canonical = short
                break


def spelled_by_initials(spans: list[Span]) -> list[tuple[str, str]]:
    """(short form, long form) for a coined short form the paper uses ("we introduce MACI", "a
    method named DR") and a name of the same type elsewhere in it whose words' initials are
    exactly its letters (the title's "Multi-Agent Collaborative Intelligence", "Decoupled
    Rationalization"; glue words and digits aside: "Workflow-to-Skill" for W2S), where one
    name only fits. Span train: 11 such pairs, all one gold entity."""
    longs: dict[str, set[tuple[str, str]]] = {}
    for span in spans:
        if len(span) > 1 and not (span._.kg_long_form or span._.kg_canonical):
            letters = initials(span.text)
            if len(letters) >= 2 and all(c.isalpha() for c in letters):
                longs.setdefault("".join(letters), set()).add((span.label_, span.text))
    pairs = {}
    for span in spans:
        text = span_text(span)
        if len(span) != 1 or span._.kg_long_form or span._.kg_canonical or sum(c.isupper() for c in text) < 2 or not text.replace("-", "").isalnum():
            continue
        fits = {long for label, long in longs.get("".join(c.lower() for c in text if c.isalpha()), ()) if label == span.label_}
        if len({fold_name(long) for long in fits}) == 1:
            pairs[text] = sorted(fits)[0]
    return list(pairs.items())


def widen_cut_restatements(spans: list[Span]) -> list[Span]:
    """A name the paper spells in full once and found cut short elsewhere, the rest of its words
    written right before the cut ("evaluation criteria used were categorical [accuracy]" beside
    "~90% categorical accuracy"; the title's "Emotion-Anchored [Contrastive Learning] Framework"
    beside the abstract's "Emotion-Anchored Contrastive Learning (EACL)"; "Word [Sense
    Disambiguation]"): one recogniser read the words whole, another only their tail. Where every
    span of the short name is such a cut (the paper never writes it alone), each is widened over
    the words before it to the full name, and takes that span's reading (rule, canonical, long
    form), so the paper has one node, not a second one for the tail with its own role. A name
    also written alone keeps its spans ("BPE dropout" beside a bare "dropout"). Session 67
    (fresh67): the session 67 draw 34 firings, 31 right by reading, 3 doubtful; span train 52,
    the gold has no entity for the cut name 49 times (USES 2, ADDRESSES 1)."""
    if len(spans) < 2:
        return spans
    doc = spans[0].doc
    lowers = [t.lower_ for t in doc]
    taken = {i for span in spans for i in range(span.start, span.end)}

    def cut_of(span: Span) -> Span | None:
        n = len(span)
        for full in spans:
            k = len(full) - n
            if (k <= 0 or full.label_ != span.label_ or span.start < k or lowers[full.end - n : full.end] != lowers[span.start : span.end]
                    or lowers[span.start - k : span.start] != lowers[full.start : full.end - n]):
                continue
            if any(i in taken or doc[i + 1].is_sent_start for i in range(span.start - k, span.start)):
                continue  # another name's words, or a sentence boundary, stand before the cut
            if span.start - k > 1 and doc[span.start - k - 1].text == "-" and not doc[span.start - k - 2].whitespace_:
                continue  # "long-[document question answering]": the words before run on into another one
            return full
        return None

    fulls = {span.start: cut_of(span) for span in spans}
    by_name: dict[tuple[str, str], list[Span]] = {}
    for span in spans:
        by_name.setdefault((span.label_, fold_name(span.text)), []).append(span)
    widen = {span.start for group in by_name.values() if all(fulls[s.start] is not None for s in group) for span in group}
    if not widen:
        return spans
    out = []
    for span in spans:
        full = fulls[span.start] if span.start in widen else None
        if full is None:
            out.append(span)
            continue
        wide = Span(doc, span.start - (len(full) - len(span)), span.end, label=span.label_)
        for attr in SPAN_EXTENSIONS:
            setattr(wide._, attr, getattr(full._, attr))
        wide._.kg_proposed = span._.kg_proposed  # the cut's own sentence says whether the paper proposes it there
        out.append(wide)
    return out


def drop_expansions_of_a_bracketed_release(spans: list[Span]) -> list[Span]:
    """A listed family spelled out beside one of its releases in brackets, "Generative Pre-trained
    Transformer (GPT-2)" (or "GPT-2 (Generative Pre-trained Transformer)"): a definition whose
    short form carries a version or size its long form lacks. The author names the release, so
    the expansion is no mention of its own: the paper got a GPT node and GPT-2 VARIANT_OF GPT
    though its text names no GPT apart. Nor is the expansion made the release's alias: its words
    are the family's listed expansion, and every other paper's "Generative Pre-trained
    Transformer (GPT)" would then link to GPT-2 (session 42's fix42 measured that merge: 25
    papers' GPT-2 edges moved onto GPT). Span train: 1 firing, 2109.02797."""
    dropped = set()
    for first, second in zip(spans, spans[1:]):
        doc = first.doc
        if (first.label_ != "Model" or second.label_ != "Model" or second.start != first.end + 1 or doc[first.end].text != "("
                or second.end >= len(doc) or doc[second.end].text != ")"):
            continue
        for expansion, release in ((first, second), (second, first)):
            family = expansion._.kg_canonical
            if (len(expansion) > 1 and family and fold_name(family) != fold_name(expansion.text) and spells(family, expansion.text)
                    and any(release_of(name, family) for name in (release.text, release._.kg_canonical) if name)):
                dropped.add(expansion.start)
    return [span for span in spans if span.start not in dropped] if dropped else spans


def join_restated_long_forms(spans: list[Span]) -> None:
    """A method or model the paper defines ("Single-Modal Entropic Measure (SMEM)", "the Recurrent
    Multistage Fusion Network (RMFN)") and named again in its words or the first of them (the
    title's "Single-Modal Entropy", "Recurrent Multistage Fusion") is one thing: the restatement
    takes the definition's long form and short form, so the linker joins it to them. A name
    longer than the long form is left alone ("Knowledge Graph Embedding Bi-Vector" is built on
    the defined "Knowledge graph embedding (KGE)"), and so are listed names and tasks (a task
    name is general: joining it to one paper's narrower long form would join it in every paper).
    Span train: 21 false Method nodes gone, one gold one lost ("Modular Supervision" beside the
    "Modular Supervision Network" its gold keeps apart)."""
    defined: dict[str, tuple[str, str, str]] = {}  # folded long form -> (label, long form, short form)
    for span in spans:
        long = span._.kg_long_form
        if long and len(span) == 1 and span.label_ in ("Method", "Model") and fold_name(long) != fold_name(span.text):
            defined.setdefault(fold_name(long), (span.label_, long, span.text))
    if not defined:
        return
    for span in spans:
        if len(span) < 2 or span._.kg_long_form or span._.kg_canonical or fold_name(span.text) in defined:
            continue
        for label, long, short in defined.values():
            if label == span.label_ and restates(span.text, long) and not named_beside(span, short, spans):
                span._.kg_long_form, span._.kg_canonical = long, short
                break


def widen_defined_long_forms(spans: list[Span]) -> None:
    """A short form defined inside a longer name ("face presentation attack detection (PAD)",
    "the Bayesian Subspace Hidden Markov Model (SHMM)", "a novel time-dependent Hierarchical
    Dirichlet Model (HDM)" beside the title's name): Schwartz & Hearst's long form stops where
    the initials do, but the name the paper writes before the bracket, found as a span of the
    same type, is what the short form stands for. The short form and its long form take the
    wider name as their long form and the wider name takes the short form, so the linker makes
    them one node (they were two: the name and the short form)."""
    if not spans:
        return
    doc = spans[0].doc
    text = doc_text(doc)
    texts = token_words(doc)[0]
    defined: dict[str, tuple[str, str]] = {}  # short form -> (label, long form)
    for span in spans:
        long = span._.kg_long_form
        if len(span) == 1 and long and not span._.kg_canonical and fold_name(long) != fold_name(span.text):
            defined.setdefault(span.text, (span.label_, long))
    widened: dict[str, tuple[str, str]] = {}  # long form -> (wider name, short form)
    for short, (label, long) in defined.items():
        before = next((text[: doc[k].idx].rstrip().lower() for k in range(len(doc) - 2) if texts[k] == "(" and texts[k + 1] == short
                       and texts[k + 2] == ")" and text[: doc[k].idx].rstrip().lower().endswith(long.lower())), None)
        if before is None:
            continue
        wider = [s.text for s in spans if len(s) > 1 and s.label_ == label and len(s.text) > len(long) and fold_name(s.text).endswith("-" + fold_name(long))
                 and before.endswith(s.text.lower()) and not before[: -len(s.text)][-1:].isalnum()]
        if wider:
            widened[long] = (max(wider, key=len), short)
    if not widened:
        return
    names = {fold_name(w): (w, short) for w, short in widened.values()}
    for span in spans:
        if span._.kg_long_form in widened:
            span._.kg_long_form = widened[span._.kg_long_form][0]
        elif not span._.kg_long_form and not span._.kg_canonical and fold_name(span.text) in names:
            span._.kg_long_form, span._.kg_canonical = names[fold_name(span.text)]


def named_beside(span: Span, short: str, spans: list[Span]) -> bool:
    """Whether ``span``'s sentence of the abstract names the short form ``short`` too, apart
    from it: a sentence does not name one thing twice, so there the look-alike is another
    thing, a part of it ("AAM incorporates sememes ... with an adaptive attention mechanism",
    AAM being the "Adaptive-Attention model"). Not a title ("MEMEN: Multi-layer Embedding with
    Memory Networks") nor a short form beside the name ("Cognition Tree (CogTree) loss")."""
    if span.start < (span.doc._.kg_title_end or 0):
        return False
    sent = span.sent
    return any(other.text == short and sent.start <= other.start and other.end <= sent.end
               and (other.start > span.end + 2 or other.end < span.start - 2) for other in spans)


# Type words a restated name may end in other than its long form ("Relaxed Softmax" for "Relaxed
# Softmax loss (RS)", "Multi-modality Latent Interaction Network" for "… Interaction module (MLI)").
RESTATED_TYPE_WORDS = frozenset({"network", "networks", "net", "module", "model", "models", "mechanism", "framework",
                                 "method", "algorithm", "loss", "architecture", "approach", "system"})


def restates(name: str, long_form: str) -> bool:
    """Whether ``name`` is ``long_form`` again, or its first words (three words at least, glue
    words not counted), a last type word aside: word by word the first five letters agree
    ("Single-Modal Entropy" for "Single-Modal Entropic Measure", "Inverted Beta-Liouville
    Mixture Model" for "invert Beta-Liouville mixture model"), or the two are one string but
    for spaces and hyphens ("Multi-disciplinary Team", "Multidisciplinary Team")."""
    if fold_name(name).replace("-", "") == fold_name(long_form).replace("-", ""):
        return True
    words, longer = (name_words(x.lower()) for x in (name, long_form))
    words, longer = (w[:-1] if len(w) > 2 and w[-1] in RESTATED_TYPE_WORDS else w for w in (words, longer))
    return len(words) <= len(longer) and (len(words) == len(longer) or sum(w not in GLUE_WORDS for w in words) >= 3) and all(
        a[:5] == b[:5] for a, b in zip(words, longer))


def join_proposed_spellings(mentions: list, relations: list) -> list:
    """The paper's own method named twice, a coined short form and a long name, both of them
    proposed (PROPOSES; a proposed definition proposes its short form) but written apart, so
    no definition joins them: the title's "Entity Group-Aware Temporal Knowledge Graph
    Representation Learning" and the abstract's "we propose GTRL", "COPE: Chain-Of-Thought
    Prediction Engine" beside the abstract's "Chain-of-Thought (CoT) Outcome Prediction Engine
    (COPE)". Where the short form's capitals head the long name's words (``capitals_spelled``),
    the two have one type and only one long name fits, the long name's mentions take the short
    form (and its long form) and a short form with no long form takes the long name, so the
    linker joins them as it joins a definition's. Not a long name that holds the short form
    ("BFS-style subgraph sampling", "Reward3D Feedback Learning": built on it), nor a short form
    of capitalised words ("Dual-Binarization"), nor two types (a Model "CyGNet" and a Method
    "Sequential Copy-Generation Networks": one node has one type, the right one 5 times in 6 on
    span train but 0 in 2 on span dev) unless the long name's type is a default (``typed_by_default``).
    Span train: 23 pairs its gold names as one entity, 2 it
    keeps apart ("CogniFold" and "Cognitive Folding"), 5 it names one of."""
    proposed = set()
    for r in relations:
        if r.head is None and r.type == "PROPOSES":
            m = mentions[r.tail]  # a proposed definition ("stochastic generative PnP (SGPnP)") proposes its short form
            proposed.update(fold_name(n) for n in (m.text, m.canonical if m.long_form and m.rule != "gazetteer" else None) if n)
    own = [m for m in mentions if m.label in ("Method", "Model") and m.rule != "gazetteer" and not m.canonical
           and fold_name(m.text) in proposed]
    shorts: dict[str, object] = {}
    longs: dict[str, object] = {}
    for m in own:
        if len(m.text.split()) == 1 and not CAPITALISED_WORDS.match(m.text):
            shorts.setdefault(fold_name(m.text), m)
        elif len(m.text.split()) > 1 and not m.long_form:
            longs.setdefault(fold_name(m.text), m)
    titled = {fold_name(m.text) for m in own if m.field == "title"}
    defined = defined_long_forms(mentions)
    pairs = {}  # folded short form -> folded long name
    for short, sm in shorts.items():
        fits = [b for b, bm in longs.items() if (bm.label == sm.label or typed_by_default(bm)) and capitals_spelled(sm.text, bm.text)
                and sm.text.lower() not in bm.text.lower() and b not in defined
                and not another_defined_name(sm, bm, b in titled, mentions)]
        if len(fits) == 1:
            pairs[short] = fits[0]
    claimed = Counter(pairs.values())
    pairs = {s: b for s, b in pairs.items() if claimed[b] == 1}
    if not pairs:
        return mentions
    short_of = {b: shorts[s] for s, b in pairs.items()}
    out = []
    for m in mentions:
        folded = fold_name(m.text)
        if m.label in ("Method", "Model") and not m.canonical and not m.long_form and m.rule != "gazetteer":
            if folded in pairs and m.label == shorts[folded].label:
                m = replace(m, long_form=longs[pairs[folded]].text)
            elif folded in short_of and (m.label == short_of[folded].label or typed_by_default(m)):
                sm = short_of[folded]
                m = replace(m, label=sm.label, canonical=sm.text, long_form=sm.long_form or m.text)
        out.append(m)
    return out


def typed_by_default(mention) -> bool:
    """Whether a long name's type is only ``modified_model``'s default: the title's "Fully Automated
    SAM" is a Model because SAM is one, not because a word says so, while the abstract's short form
    is typed by what the paper calls it ("we propose the FA-SAM, a single-source domain
    generalization framework"). Such a long name joins its spelled short form across the type
    and takes the short form's type. Session 63, titlealias63: see docs/history-entities.md."""
    return mention.rule == "modified_model" and mention.field == "title"


def defined_long_forms(mentions: list) -> set[str]:
    """The folded long forms the paper's definitions spell out ("semi-interactive attention network
    (Semi-IAN)"). A name written exactly so is that definition's (the linker joins it to its short
    form), never the spelling of another short form whose capitals it happens to hold: the title's
    "Semi-interactive Attention Network" beside "the interactive attention network (IAN) model",
    "Hierarchical Frequency Prompted SAM" (HFP-SAM) beside its "Frequency-aware Point Selection
    (FPS)" module, "Convolutional Self-Attention Network" (CSAN) beside SAN. Session 63, nodes63:
    where this keeps a pair apart on unseen text (the session 63 draw, 450 corpus abstracts that a
    text filter picks, the session 61-62 draws' such papers) 7 papers split right, 1 mixed (CSAN
    apart from SAN, but SAN then PROPOSES); span train, span dev and the dev sets unchanged."""
    return {fold_name(m.long_form) for m in mentions if m.long_form and fold_name(m.long_form) != fold_name(m.text)}


# Characters from a name to the long form its definition cut at a conjunction: " and " ("Manifold-Based
# Knowledge Alignment and Layer Merging Compression (MKA)").
CUT_LONG_FORM_GAP = 5


def another_defined_name(short, long, in_title: bool, mentions: list) -> bool:
    """Whether ``long``, a capitalised name the abstract writes, is a second thing beside a short
    form the paper has already defined with another long form: "We propose LaDe (Layered Media
    Design) … LaDe combines three components: … a Latent Diffusion Transformer …", "a Hyperbolic
    Cycle Alignment Network (Hy-CycleAlign) … a Hyperbolic Hierarchy Contrastive Alignment
    (H$^{2}$CA) module". The definition says what the short form stands for, so a look-alike
    proper name is a part or a sibling, not a restatement. A title's name ("COPE: Chain-Of-Thought
    Prediction Engine" beside the abstract's "Chain-of-Thought (CoT) Outcome Prediction Engine
    (COPE)") and a lower-case phrase ("a … hierarchical fine-tuning strategy, HiFT") still
    restate it, and so does a name written right before the long form, which the definition cut
    at a conjunction ("Manifold-Based Knowledge Alignment and Layer Merging Compression (MKA)",
    long form "Layer Merging Compression"). Session 61, nodes61: where it fires on unseen text
    (the draw and 1,200 corpus abstracts), 7 of 7 two things (LaDe, H2CA, LBS and "Lookbehind
    Heuristic Beam Search", IMCA and LICA, JSCL and JSPCL, …)."""
    if in_title or not short.long_form or fold_name(short.long_form) == fold_name(short.text):
        return False
    defined = fold_name(short.long_form)
    if any(fold_name(m.text) == defined and m.field == long.field and 0 <= m.start - long.end <= CUT_LONG_FORM_GAP for m in mentions):
        return False
    return all(w[:1].isupper() for w in name_words(long.text) if w.lower() not in GLUE_WORDS)


# What may stand between a title's "SF:" and the phrase that spells it out ("SMAUG: Sparse Masked
# Autoencoder …", "H-Transformer-1D: Fast One-Dimensional Hierarchical Attention …").
SUBTITLE_LEAD = re.compile(r"^\s*:\s*(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def subtitle_phrases(title: str, abstract: str, mentions: list, relations: list) -> dict[int, int]:
    """{mention index: index of the name it stands for} for the phrase a title "SF: Phrase …" spells its
    proposed name out with ("SMAUG: Sparse Masked Autoencoder for …", "VideoTree: Adaptive Tree-based
    Video Representation for …"): a Method or Model of two words or more, right after the colon (an
    article and two words may come between), that the paper proposes but its abstract never names. It
    describes SF and is no second proposal: span train's gold names 20 of 24 such phrases not at all or
    as an alias of SF, and 4 as a thing of their own. Not a listed name, nor one the abstract repeats
    (there it is as often a part of the paper's system, "TrimLLM: Progressive Layer Dropping …"), unless
    it spells SF (``spells``: "r-GAT: Relational Graph Attention Network", "SNEAK: Synonymous
    Sentences-Aware Adversarial Attack") and is of SF's type, proposed or not: then each of its mentions
    folds into SF."""
    lead = next((i for i, m in enumerate(mentions) if m.field == "title" and m.start == 0 and m.label in ("Method", "Model")
                 and re.match(r"\s*:", title[m.end :])), None)
    if lead is None:
        return {}
    proposed = {r.tail for r in relations if r.head is None and r.type == "PROPOSES"}
    lead_name = fold_name(mentions[lead].text)
    if not any(fold_name(mentions[t].text) == lead_name for t in proposed):
        return {}
    said = {fold_name(m.text) for m in mentions if m.field == "abstract"}
    folded_abstract = abstract.lower()
    out = {}
    for i, m in enumerate(mentions):
        if not (m.field == "title" and m.label in ("Method", "Model") and len(m.text.split()) > 1 and m.rule != "gazetteer"
                and not m.canonical and SUBTITLE_LEAD.match(title[mentions[lead].end : m.start]) and fold_name(m.text) != lead_name):
            continue
        if i in proposed and fold_name(m.text) not in said and m.text.lower() not in folded_abstract:
            out[i] = lead
        elif (m.label == mentions[lead].label and spells(mentions[lead].text, m.text)
              and not any(fold_name(o.long_form or "") == fold_name(m.text) for o in mentions)):
            # SF's letters in order: its long form, wherever it is named (not one a definition already joins
            # to SF; not of another type, which folding would lose: "DAM" Model, "Dynamic Adapter Merging" Method)
            out.update({j: lead for j, o in enumerate(mentions) if fold_name(o.text) == fold_name(m.text)
                        and o.label == m.label and not o.canonical})
    return out


# What stands between a paper's coined name and the phrase its capitals spell out ("FUNGI, Features from
# UNsupervised GradIents", "MONKEY: Masking ON KEY-Value …", "MANTa, a Module for Adaptive Neural TokenizAtion").
BACKRONYM_LEAD = re.compile(r"^\s*(?::|,|--|\u2014)\s*(?:(?:a|an|the)\s+)?", re.IGNORECASE)
BACKRONYM_REACH = 90  # characters from the lead to the end of a piece
BACKRONYM_BREAK = re.compile(r"[.;:!?()]")


def backronym_pieces(title: str, abstract: str, mentions: list, relations: list) -> dict[int, int]:
    """{mention index: index of the coined name it is a piece of} for a Method or Model found inside
    the phrase right after a proposed one-word name whose capitals, in order, spell that name out
    with capitals inside words: "This paper introduces FUNGI, Features from UNsupervised GradIents",
    "MONKEY: Masking ON KEY-Value Activation Adapter", "MANTa, a Module for Adaptive Neural
    TokenizAtion". The recogniser takes a piece ("UNsupervised GradIents", "KEY-Value Activation
    Adapter") for a method the paper uses; it is a piece of the paper's own name, so each of its
    mentions folds into the coined name. The piece must carry some of the spelled capitals (not a
    name after them: "RApid PosTeriOR GENerator for Bayesian Learning") and a capital inside a
    word of its own; gazetteer names stay. Session 62, fresh62: the session 62 draw 3 firings, 3
    right by reading; span train 2, both right by its gold (DAVIS's "Diffusion-based Audio-VIsual
    Separation" is DAVIS's alias, WARP's "ReProgramming" no entity); span dev and the dev sets none."""
    proposed = {fold_name(mentions[r.tail].text) for r in relations if r.head is None and r.type == "PROPOSES"}
    out: dict[int, int] = {}
    for lead, sf in enumerate(mentions):
        letters = "".join(c.upper() for c in sf.text if c.isalpha())
        if (sf.label not in ("Method", "Model") or " " in sf.text or len(letters) < 3 or sum(c.isupper() for c in sf.text) < 2
                or fold_name(sf.text) not in proposed):
            continue
        text = title if sf.field == "title" else abstract
        opening = BACKRONYM_LEAD.match(text[sf.end : sf.end + 12])
        if opening is None:
            continue
        start = sf.end + opening.end()
        for i, m in enumerate(mentions):
            if (i in out or m.field != sf.field or m.label not in ("Method", "Model") or m.rule == "gazetteer" or m.canonical
                    or not start <= m.start or m.end - start > BACKRONYM_REACH or fold_name(m.text) == fold_name(sf.text)):
                continue
            phrase = text[start : m.end]
            spelled_end = spelled_capitals_end(phrase, letters)
            if (BACKRONYM_BREAK.search(phrase) is None and spelled_end is not None and m.start - start < spelled_end
                    and inner_capital(m.text) and any(c.islower() for c in m.text)):
                out.update({j: lead for j, o in enumerate(mentions) if fold_name(o.text) == fold_name(m.text)
                            and o.label == m.label and not o.canonical})
    return out


# A proposed name's Title-Case description in brackets right after it ("FocusDiff (Target-Aware Refocusing
# for Tuning-Free Diffusion Editing)", "DeepX-GAN (Dependence-Enhanced Embedding for Physical eXtremes - …)").
BRACKETED_DESCRIPTION = re.compile(r"^\s*\(([^()]{8,200})\)")  # not bracketed_phrase, which join_bracketed_names reads
PHRASE_WORD = re.compile(r"[A-Za-z][\w\-]*")


def bracketed_expansion_pieces(title: str, abstract: str, mentions: list, relations: list) -> dict[int, int]:
    """{mention index: index of the proposed name it is a piece of} for a Method or Model found inside
    the Title-Case phrase in brackets right after a proposed name, where the bracket spells the name
    out or describes it without spelling its letters: "we introduce PR-MaGIC (Prompt Refinement via Mask
    Decoder Gradient Flow for In-Context Segmentation)", "We propose FocusDiff (Target-Aware Refocusing
    for Tuning-Free Diffusion Editing)". The recogniser takes a piece ("Mask Decoder Gradient Flow",
    "Diffusion Editing") for a method the paper uses or a second proposal; it is a piece of the own
    name (as ``subtitle_phrases`` finds for the title's "SF: Phrase"), so each of its mentions folds into
    that name. The bracket has three content words at least, three in four capitalised; the piece
    is capitalised, not listed, not the whole bracket, and not named again in the abstract (a part
    the abstract returns to is a part of its own). Session 63, fresh63: the session 63 draw 7 firings,
    5 right by reading (three false USES gone), 2 doubtful (named parts: RHYTHM's "Hierarchical Temporal
    Tokenization", SENCA-st's "Neighborhood Cross Attention"); span train, span dev and the dev sets none."""
    proposed = {fold_name(mentions[r.tail].text) for r in relations if r.head is None and r.type == "PROPOSES"}
    folded_abstract = abstract.lower()
    out: dict[int, int] = {}
    for lead, sf in enumerate(mentions):
        if sf.label not in ("Method", "Model") or fold_name(sf.text) not in proposed:
            continue
        text = title if sf.field == "title" else abstract
        bracket = BRACKETED_DESCRIPTION.match(text[sf.end :])
        if bracket is None:
            continue
        inner = bracket.group(1)
        words = [w for w in PHRASE_WORD.findall(inner) if w.lower() not in GLUE_WORDS]
        if len(words) < 3 or 4 * sum(w[0].isupper() for w in words) < 3 * len(words):
            continue
        start, end = sf.end + bracket.start(1), sf.end + bracket.end(1)
        whole = (fold_name(inner), fold_name(sf.text))  # the bracket or the name itself is no piece
        for i, m in enumerate(mentions):
            if (i in out or m.field != sf.field or not start <= m.start < m.end <= end or m.label not in ("Method", "Model")
                    or m.rule == "gazetteer" or m.canonical or fold_name(m.text) in whole
                    or not all(w[0].isupper() for w in PHRASE_WORD.findall(m.text) if w.lower() not in GLUE_WORDS)
                    or folded_abstract.count(m.text.lower()) > (sf.field == "abstract")):
                continue
            out.update({j: lead for j, o in enumerate(mentions) if fold_name(o.text) == fold_name(m.text)
                        and o.label == m.label and not o.canonical})
    return out


def spelled_capitals_end(phrase: str, letters: str) -> int | None:
    """The end (in ``phrase``) of the capital that completes ``letters`` where the phrase opens
    with a capital, its capitals, in order, open with ``letters`` and one of those capitals
    stands inside a word ("UNsupervised", "TokenizAtion", "ON"); None otherwise (", which extends
    MVCL-DAF with …" after MVCL-DAF++ opens with no capital)."""
    capitals = [k for k, c in enumerate(phrase) if c.isupper()]
    if not capitals or capitals[0] != 0 or len(capitals) < len(letters) or "".join(phrase[k] for k in capitals[: len(letters)]) != letters:
        return None
    if not any(k > 0 and phrase[k - 1].isalpha() for k in capitals[: len(letters)]):
        return None
    return capitals[len(letters) - 1] + 1


def inner_capital(name: str) -> bool:
    """Whether a capital stands after a letter of its word ("UNsupervised", "KEY-Value", "GradIents")."""
    return any(c.isupper() and k > 0 and name[k - 1].isalpha() for k, c in enumerate(name))
