"""The trained span model's spans and the checks that keep or drop them (modes ``combined`` and ``model``).

``model_spans`` runs the trained recogniser, ``categorised_spans`` keeps the groups ``combined`` takes, and
``span_model_candidates`` drops spans that are a keyword label, part of a longer name, an event, a modifier, a
listed component or a rule's name cut short.
A mixin of ``EntityRecognizer`` (kg.extract.entities).
"""

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract.candidates import Candidate
from kg.extract.name_shapes import ADJECTIVE_SUFFIXES, RECOGNISED_ADJECTIVE_ENDINGS, is_name_shaped, is_name_token, MAX_NAME_CHARS
from kg.extract.non_names import EDITION_YEAR
from kg.extract.parse import doc_text, ent_bounds, span_text, token_offsets, token_words, words_text
from kg.extract.span_typer import name_shape
from kg.extract.title_names import TITLE_CONTRASTS
from kg.names import extraction_fold_name as fold_name

COMPARISONS = {">", "<", "=", ">=", "<=", "≥", "≤", "≈", "~"}
COMPARED_SUBJECT_REACH = 12  # tokens from a name to the comparison verb it is the subject of ("Ctrl-G, when applied to a TULU2-7B model, outperforms")
KEYWORD_LINE_MARKS = frozenset({"-", "–", "—", ":"})  # what glues a keyword line's label to its first keyword
# One letter (a maths symbol, with the sentence's full stop: "L.", "Y\\.") or a count ("20 K"): what the trained
# recogniser reads as a Dataset or Model there is neither (span_model_candidates; train: 5 of 5 such spans not gold).
SYMBOL_OR_COUNT = re.compile(r"^(?:[A-Za-z]\\?\.?|\d[\d.,]*\s?[KkMm])$")
# A letter and a number label a condition or an MRI sequence ("T1", "T2", "U1", "Z2"): read as a Dataset or Benchmark
# by the trained recogniser they are none (span train 2 of 2 such nodes not gold, span dev 2 of 2); a Model may be one
# ("O1", gold on span train), and the listed data names of this shape (C4, M4, P3) are the gazetteer's.
LETTER_NUMBER = re.compile(r"^[A-Z]\d{1,2}$")
# An acronym and one capital letter apart ("the %OP T and SP metrics", a PDF's "%OPT"): a word the text split, which the
# trained recogniser read as a Dataset (the sample; no span train or dev name, gold or found, has the shape)
SPLIT_ACRONYM = re.compile(r"^[A-Z]{2,} [A-Z]$")
DANGLING_WORDS = frozenset({"and", "or", "of", "for", "with", "to", "the", "a", "an", "by", "via", "in", "on"})
# A value with a decimal point, signed or after the word that reports it ("(-12.1pp)", "scoring 93.9 on …"): read as a
# Metric by the trained recogniser it is a number, not the metric's name (the draw of session 53: 2 such nodes, 0 right;
# span train: no gold Metric starts with such a number or ends with one after a space)
REPORTED_VALUE = re.compile(r"^[-+\u2212]?\d+\.\d+|\s\d+\.\d+$")
# One capitalised word, no hyphen or capital inside ("Computed", "Tomography"): the link of a run of such words in
# running text that ``cut_from_a_capitalised_run`` reads as one longer name
TITLE_CASE_WORD = re.compile(r"^[A-Z][a-z]+$")
SENTENCE_END_MARKS = frozenset({".", "!", "?", ":", ";"})
# A dictionary-looking word of a title, capitalised or not, hyphen-joined parts allowed ("Thought", "Plug-and-Play"); no
# capital inside and no digit, which a coined name has ("SmoothQuant", "H3")
TITLE_COMMON_WORD = re.compile(r"^[A-Z]?[a-z]+(?:-[A-Za-z]?[a-z]+)*$")
# A lower-case camel-case name with hyphens and no digit ("kNN-LM", "mPnP-LLM", "nuScenes-QA"): kg's tokenizer keeps it
# one token since session 41, but the shipped recogniser was trained (d077f08) on Docs that cut it at the hyphens, so
# it marks nothing there; given the word cut as it learned it, it finds the name (span train: 15 gold spans found, none
# lost; the draw of session 55: 11 spans found, all right; eval/ner55/README.md).
SPLIT_AS_TRAINED = re.compile(r"^[a-z]+[A-Z][A-Za-z]*(?:-[A-Za-z]+)+$")
METRIC_LIST_JOINS = frozenset({",", "and", "or", "/", "&"})  # what joins the members of a list of metrics
# "4.7% in FAD score, 11.1% in IS", "21% (FID), 58% (IS)": the frame of each value in a list of gains per metric
# in frame_class's letters: "score" (S) and ")" (C) if any, one or two joins (J), a number (N), a unit (U) if any, "in" (I) or "(" (O)
VALUE_FRAME = re.compile(r"^S?C?J{1,2}NU?[IO]$")
VALUE_UNITS = frozenset({"%", "points", "pp", "x", "db"})
METRIC_TAILS = frozenset({"score", "scores"})
HEAD_WORD_STEM = 5  # letters of a title head's last word looked for in the abstract ("Harvests" → "harve")
DATA_CUE_REACH = 40  # tokens walked over a list of names to the word that places it ("on A, B, …, and X")
NAME_MARKS = frozenset({"+", "~", "%", "'", '"', "“", "”", "’"})  # marks inside a data name ("NTU RGB+D", "SRE'20")


def coined_method_word(doc: Doc, start: int, end: int, label: str) -> bool:
    """One coined word (an acronym or a mixed-case word, "THUMT", "Ctrl-G") the recogniser calls a
    Method; a plural acronym is a class ("CBMs") and not name-shaped."""
    return label == "Method" and end - start == 1 and name_shape(doc[start].text) in ("upper", "mixed") and is_name_shaped(doc[start:end])


def title_catchphrase(doc: Doc, start: int, end: int, label: str) -> bool:
    """The whole head "X:" of a title, two or more common words, that the abstract never repeats and whose last word
    it never uses ("Thought Crime:", "Healthy Harvests:", "Mind the Gap:"): a pun or catch-phrase, no name
    (eval/GUIDELINES.md, descriptive title phrases; the draw of session 54: 9 such recogniser spans, all
    catch-phrases; span train 2, both gold names: "Hungry Hungry Hippos", "Modality Plug-and-Play"). A head whose
    initials the abstract writes as a word ("You Only Pose Once:" and YOPO) is a name's long form and stays.
    A span that ends such a head ("Divide and [Conquer]:", "Synthesizing the [Kill Chain]:") is a piece of the
    catch-phrase, read with the whole head, unless it is a Task: a head's tail task ("From Parameter Dynamics to
    [Risk Scoring]:") names what the paper works on (small66: non-Task spans dropped on unseen text 8 right, 1
    doubtful of 9; span train 2, both gold Methods ending a descriptive head; Task spans 4 right of 7)."""
    title_end = doc._.kg_title_end or 0
    if not end < title_end or doc[end].text != ":" or start > 0 and label == "Task":
        return False
    words = span_text(doc[0:end]).split()
    if len(words) < 2 or not all(TITLE_COMMON_WORD.match(w) for w in words):
        return False
    abstract = doc.text[doc[title_end].idx:] if title_end < len(doc) else ""
    head_word = words[-1].split("-")[-1].lower()
    initials = "".join(w[0] for w in words).upper()  # "You Only Pose Once:" is the long form of the abstract's YOPO
    return (" ".join(words).lower() not in abstract.lower() and head_word[:HEAD_WORD_STEM] not in abstract.lower()
            and initials not in re.findall(r"[A-Za-z]+", abstract))


def split_as_trained(doc: Doc) -> Doc | None:
    """A copy of ``doc`` whose lower-case camel-case hyphen names are cut at the hyphens, as the shipped recogniser's
    training Docs cut them (``SPLIT_AS_TRAINED``); None when ``doc`` has none. The text is the same, so are offsets."""
    if not any(SPLIT_AS_TRAINED.match(w) for w in token_words(doc)[0]):  # most Docs: no Token made
        return None
    words, spaces, starts = [], [], []
    for t in doc:
        parts = re.split(r"(-)", t.text) if SPLIT_AS_TRAINED.match(t.text) else [t.text]
        words += parts
        spaces += [False] * (len(parts) - 1) + [bool(t.whitespace_)]
        starts += [t.is_sent_start] + [False] * (len(parts) - 1)
    return Doc(doc.vocab, words=words, spaces=spaces, sent_starts=starts)


def spans_on(doc: Doc, copy: Doc) -> list[tuple[int, int, str]]:
    """The entities of ``copy`` (same text as ``doc``) as token bounds of ``doc``; a piece of one of its tokens is dropped."""
    out = []
    for ent in copy.ents:
        span = doc.char_span(ent.start_char, ent.end_char, alignment_mode="strict")
        if span is not None and len(span):
            out.append((span.start, span.end, ent.label_))
    return out


def frame_class(token: Token) -> str:
    """One letter per token of a value frame (``VALUE_FRAME``)."""
    if token.lower_ in METRIC_LIST_JOINS:
        return "J"
    if token.like_num:
        return "N"
    if token.lower_ in VALUE_UNITS:
        return "U"
    if token.lower_ in METRIC_TAILS:
        return "S"
    return {"in": "I", "(": "O", ")": "C"}.get(token.lower_, "?")


def framed_like_a_rules_metric(doc: Doc, start: int, metric: Candidate) -> bool:
    """A span in the same value frame as a rule's Metric before it in one list ("gains of 4.7% in FAD score, 11.1% in
    IS, and 13.5% in CLAP score", "by 21% (FID), 58% (IS), 41% (KID)"): the list is of gains per metric (the draws of
    sessions 53-56: IS twice and SMAPE, all metrics the recogniser read as data; docs/history-entities.md, placetype56)."""
    gap = doc[metric.end : start]
    if not 0 < len(gap) <= 7 or not VALUE_FRAME.match("".join(frame_class(t) for t in gap)):
        return False
    frame = gap[-1].lower_
    before = "".join(frame_class(t) for t in doc[max(0, metric.start - 3) : metric.start])
    if frame == "(" and not (metric.end < len(doc) and doc[metric.end].text == ")" and end_bracketed(doc, start)):
        return False
    return re.search(r"NU?" + ("I" if frame == "in" else "O") + "$", before) is not None


def end_bracketed(doc: Doc, start: int) -> bool:
    """Whether a ")" closes the bracket opened right before ``start`` within three tokens."""
    return any(t.text == ")" for t in doc[start + 1 : start + 4])


def coordinated_with_a_rules_metric(doc: Doc, start: int, end: int, rule_cands: list[Candidate]) -> bool:
    """A span joined to a rule's Metric by a comma, "and", "or" or a slash alone ("evaluated by AUROC and AUC-PR",
    "The BLEU, NIST, METEOR and TER metrics", "on BACC/AUROC") is listed with that metric: another metric, though
    the trained recogniser reads the acronym as a Dataset or Benchmark (the draws of sessions 53-55: 6 such spans, all
    metrics; span train, span dev: none). A recogniser's own Metric beside it does not count ("SPEED+ and SPARK",
    two data sets, SPARK read as a Metric). So is one in the same value frame after it (``framed_like_a_rules_metric``)."""
    for cand in rule_cands:
        if cand.label != "Metric" or cand.rule == "span_model":
            continue
        gap = doc[cand.end : start] if cand.end <= start else doc[end : cand.start]
        if 0 < len(gap) <= 2 and all(t.lower_ in METRIC_LIST_JOINS for t in gap) and not (len(gap) == 2 and gap[0].lower_ == gap[1].lower_):
            return True
        if cand.end <= start and framed_like_a_rules_metric(doc, start, cand):
            return True
    return False


class SpanModelNameRules:
    """The trained recogniser's candidates of the entity recogniser (see the module docstring).

    It reads the recogniser's attributes ``_word_folds``, ``mode``, ``model_span_rules`` and ``span_model``; its word
    lists ``words.architecture_models``, ``words.comparison_cues``, ``words.comparison_verbs``,
    ``words.component_nouns``, ``words.data_form_heads``, ``words.document_heads``, ``words.event_words``,
    ``words.glued_base_words``, ``words.keyword_labels``, ``words.method_modifier_suffixes``, ``words.metric_extension_stop``,
    ``words.metric_modifiers``, ``words.named_data_heads``, ``words.part_aliases``, ``words.recognised_data_contrasts``,
    ``words.recognised_data_heads``, ``words.recognised_data_list_glue``, ``words.recognised_data_place_words``,
    ``words.standalone_tasks``, ``words.task_heads``, ``words.task_manner_suffixes``, ``words.task_stop``,
    ``words.title_head_links`` and ``words.title_verbs`` (``words``, the lexicon's ``RecogniserWords``); and its methods ``is_language``,
    ``last_coordinated_pair``, ``listed_next_to``, ``lookup`` and ``title_claim_word``.
    """

    def model_spans(self, docs: list[Doc]) -> list[list[tuple[int, int, str]]]:
        """(start, end, label) the trained recogniser predicts for each doc ([] without one)."""
        if self.span_model is None:
            return [[] for _ in docs]
        if "spancat" in self.span_model.pipe_names:
            return self.categorised_spans(docs)
        ner = self.span_model.get_pipe("ner")
        vocab = self.span_model.vocab
        if not vocab.vectors.shape[0]:  # the shipped recogniser: no vectors, so it reads kg's docs as they are
            copies = [split_as_trained(doc) for doc in docs]
            out = []
            for doc, read in zip(docs, ner.pipe([copy if copy is not None else doc for doc, copy in zip(docs, copies)])):
                strings = doc.vocab.strings
                if read is doc:
                    out.append([(start, end, strings[label]) for start, end, label in ent_bounds(doc)])
                    doc.ents = ()
                else:
                    out.append(spans_on(doc, read))
            return out
        # A recogniser with word vectors (training/configs/ner_vectors.cfg) finds them in its own
        # vocab, so it runs on copies of the tokens made there; token offsets are the same.
        copies = (Doc(vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc]) for doc in docs)
        return [[(e.start, e.end, e.label_) for e in copy.ents] for copy in ner.pipe(copies)]

    def categorised_spans(self, docs: list[Doc]) -> list[list[tuple[int, int, str]]]:
        """What a span categoriser in place of the ner finds (``spancat_singlelabel`` with
        ``allow_overlap = false``: one label or none per span, no overlaps; training/configs/spancat_sm.cfg,
        measured against the ner and not shipped)."""
        spancat = self.span_model.get_pipe("spancat")
        out = []
        for doc in spancat.pipe(docs):
            out.append(sorted((span.start, span.end, span.label_) for span in doc.spans.get(spancat.key, [])))
            doc.spans.pop(spancat.key, None)
        return out

    def without_keyword_label(self, doc: Doc, cand: Candidate) -> Candidate | None:
        """A candidate without the label of a keyword line glued to its first keyword by a dash or
        colon ("Index Terms-emotion detection" → "emotion detection"; lexicon ``keyword_line_labels``),
        or None if nothing but the label, or one lower-case word, is left ("Index Terms-mobile")."""
        texts = token_words(doc)[0]
        for label in self.words.keyword_labels:
            after = cand.start + len(label)
            if after < cand.end and tuple(texts[cand.start : after]) == label and texts[after] in KEYWORD_LINE_MARKS:
                rest = texts[after + 1 : cand.end]
                if not rest or len(rest) == 1 and rest[0].islower():
                    return None
                return replace(cand, start=after + 1)
        return cand

    def architectures_as_methods(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """A listed model that names an architecture ("Mamba", "RWKV"; lexicon ``architecture_models``)
        is a Method, as the guideline types an architecture the paper treats; a Model where a list
        names it next to another model ("OPT, LLaMA2, …, Gemma, and Mamba": checkpoints run).
        Span train: Mamba and RWKV are gold Methods in 10 of 11 abstracts."""
        if not self.words.architecture_models:
            return found
        models = [o for o in found if o.label == "Model" and o.canonical not in self.words.architecture_models]
        model_ends, model_starts = {o.end: o for o in models}, {o.start: o for o in models}
        out = []
        for c in found:
            if c.rule == "gazetteer" and c.label == "Model" and c.canonical in self.words.architecture_models \
                    and not self.listed_next_to(doc, c, model_ends, model_starts):
                c = replace(c, label="Method")
            out.append(c)
        return out

    def part_of_a_name(self, doc: Doc, cand: Candidate) -> bool:
        """A listed part alias right after a name is that name's part: "LoRA adapters" are LoRA's
        modules, not the listed adapter tuning; "LDA topic models" and "the hierarchical Dirichlet
        process (HDP) topic model" are LDA and HDP, not the listed class (lexicon ``part_aliases``)."""
        before = cand.start - 2 if cand.start > 1 and doc[cand.start - 1].text == ")" else cand.start - 1
        return (cand.rule == "gazetteer" and before >= 0 and words_text(doc, cand.start, cand.end).lower() in self.words.part_aliases
                and is_name_token(doc[before]))

    def names_an_event(self, doc: Doc, end: int) -> bool:
        """A name right before a capitalised event word (lexicon ``event_words``), an edition's
        year or the name's short form between: "the EmotiW Challenge 2023", "ChatGPT4PCG
        Competition", "the Restore Any Image Model (RAIM) Challenge" name a challenge, no entity
        of the schema (span train: 5 of 5 such nodes not gold). A lower-case "challenge" does not
        count: "the DramaQA challenge" names the data as often as not."""
        texts, lowers = token_words(doc)
        if end < len(doc) and EDITION_YEAR.match(texts[end]):
            end += 1
        if end + 2 < len(doc) and texts[end] == "(" and texts[end + 2] == ")":
            end += 3
        elif end < len(doc) and texts[end] == ")":
            end += 1
        if end < len(doc) and EDITION_YEAR.match(texts[end]):
            end += 1
        return end < len(doc) and texts[end][:1].isupper() and lowers[end] in self.words.event_words

    def span_model_candidates(self, doc: Doc, spans: list[tuple[int, int, str]], rule_cands: list[Candidate]) -> list[Candidate]:
        """Spans of the trained recogniser that no rule found. A span a rule covers in part is
        left to the rule (its boundaries come from a list or a definition), unless it extends the
        rule's name (``extends_a_rules_name``; such a Method or Metric is taken whatever its shape); a name
        the gazetteer knows takes the gazetteer's type and canonical name."""
        covered = set()
        for cand in rule_cands:
            covered.update(range(cand.start, cand.end))
        out = []
        for start, end, label in spans:
            extends = bool(covered.intersection(range(start, end)))
            if (extends and not self.extends_a_rules_name(doc, start, end, label, rule_cands) and not self.restated_capitalised_name(doc, start, end, rule_cands)
                    and not self.restated_title_head_method(doc, start, end, label, rule_cands)):
                continue
            end = self.without_document_head(doc, start, end)
            if end == start:
                continue
            if label == "Task":
                start = self.last_coordinated_pair(doc, start, end)
            text = words_text(doc, start, end)
            if len(text) > MAX_NAME_CHARS * 2 or "=" in text:
                continue  # "BLEU=38.8", "N=1101": a value assigned, not a name
            if label == "Metric" and REPORTED_VALUE.search(text):
                continue  # "(-12.1pp)", "scoring 93.9": a value reported, not a metric
            if any(t.text in (",", ";") for t in doc[start:end]) or "," in text:
                continue  # "(e.g., Warm-Agreeable, Arrogant-Calculating)": a list, not a name; "(Giovannetti,2008)" a citation
            if self.title_claim_word(doc, start, end):
                continue
            if text.endswith("-") or text.startswith("-") or text.lower().endswith(ADJECTIVE_SUFFIXES) or text.count("(") != text.count(")"):
                continue  # "T1- and T2-weighted", "Zorbnet-3B and -7B", "ABCD+nnU-Net" ("-Net"), "Biasing(XCB) module", "Gradient-based CAM",
                # "Homeostasis-Inspired": a piece of a word, not a name (a hyphen opens no name: span train 1, the unseen draw 1, both pieces)
            if text.lower().endswith(RECOGNISED_ADJECTIVE_ENDINGS) or end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in DANGLING_WORDS:
                continue  # "Domain-level", "Hardware-efficient", "Recognizing Concepts and", "Ensemble of": a modifier cut from the name it modifies
            if end - start > 1 and doc[end - 1].lower_ in self.words.glued_base_words:
                continue  # "Knowledge Enhanced" (of "… via Knowledge Enhanced Text Generation"), "Semantic Enhanced": the same
            if end + 1 < len(doc) and doc[end].text in COMPARISONS and doc[end + 1].like_num:
                continue  # "R2 > 0.98", "N = 1101": a quantity compared with a value (the span typer reads "R2" as a model)
            entry = self.lookup(text)
            if entry is None and label in ("Dataset", "Benchmark", "Model") and SYMBOL_OR_COUNT.match(text):
                continue  # "not in L.", "ground truth Y.", "20 Newsgroups (20 K)": a symbol or a count, no data or model
            if entry is None and label in ("Dataset", "Benchmark") and LETTER_NUMBER.match(text):
                continue  # "T1, T2 and FLAIR images": a label, no data
            if entry is None and SPLIT_ACRONYM.match(text):
                continue  # "%OP T": a word split in two, no name
            if entry is None and label in ("Method", "Task", "Model") and doc[end - 1].lower_ in self.words.data_form_heads:
                continue  # "using UAV Imagery": a kind of data, no technique, task or model
            if entry is None and title_catchphrase(doc, start, end, label):
                continue  # "Thought Crime: …", "Healthy Harvests: …": a title's catch-phrase, not a name
            if entry is None and self.cut_from_a_capitalised_run(doc, start, end):
                continue  # "Cone-Beam Computed [Tomography reconstruction]", "Condescending [Language Detection]": a longer name's tail
            if self.mode == "combined" and entry is None and label == "Task" and end - start == 1 and self._bare_task_head(doc[start]):
                continue  # "segmentation" alone: as the rules decide a bare head word
            shape = name_shape(text)
            if entry is None and self.mode == "combined" and not (extends and label in ("Method", "Metric")) and not any(
                    rule.admits(label, shape, end - start) for rule in self.model_span_rules) and not self.compared_coined_method(doc, start, end, label):
                continue  # e.g. a lower-case Method phrase or a Method acronym: mostly not names (span dev)
            if entry is not None:
                out.append(Candidate(start, end, entry.label, "span_model", canonical=entry.name))
            else:
                if label in ("Dataset", "Benchmark") and coordinated_with_a_rules_metric(doc, start, end, rule_cands):
                    label = "Metric"  # "AUROC and AUC-PR", "BLEU, NIST, METEOR": a member of a list of metrics
                out.append(Candidate(start, end, label, "span_model"))
        return out

    def unplaced_recognised_data(self, doc: Doc, chosen: list[Candidate], label_of: dict[str, str | None]) -> set[str]:
        """Folds of the recogniser's own Dataset or Benchmark names (no list, no rule made a mention of them, and
        still data after every retyping) no mention of which in the paper sits where data goes (``placed_as_data``):
        on text it was not trained on, such a name is a world thing, a model, a metric or a method far more often
        than data ("(AND, OR, NEITHER/NOR)", "the unified VLM BAGEL", "the channel metrics RSRP, RSRQ"; the unseen
        draws of sessions 53-55: 192 drops, wrong 161, right 23, unsure 8). On span train, its own training text, the
        dropped names are gold data 40 of 52."""
        if self.mode != "combined":
            return set()
        by_fold: dict[str, list[Candidate]] = {}
        for cand in chosen:
            by_fold.setdefault(fold_name(words_text(doc, cand.start, cand.end)), []).append(cand)
        return {fold for fold, cands in by_fold.items()
                if label_of.get(fold) in ("Dataset", "Benchmark") and all(c.rule == "span_model" and c.canonical is None for c in cands)
                and not any(self.placed_as_data(doc, c.start, c.end) for c in cands)}

    def placed_as_data(self, doc: Doc, start: int, end: int) -> bool:
        """A name where data goes: after a preposition of data ("results on X", "across A, B and X", "using the X"),
        after a data noun ("datasets (Siena, CHB-MIT, X)", "benchmarks such as X") or before one ("X and Y
        benchmarks", "the X speech database"), with only names, brackets and a list's glue words between ("on aerial
        (A, B, X)": one word of the kind before the bracket). A bracket after a name explains that name ("TCGA-NSCLC
        (X vs. Y)": its classes) and a contrast word sets names apart: neither is a list of data. A name whose own last
        word is a data noun ("Lao-Thai Parallel Corpus", ``words.named_data_heads``: "… Bench") places itself."""
        glue, heads = self.words.recognised_data_list_glue, self.words.recognised_data_heads
        contrasts = self.words.recognised_data_contrasts
        if doc[end - 1].lower_ in heads or doc[end - 1].text in self.words.named_data_heads:
            return True  # "a Lao-Thai Parallel Corpus / Bench": the name's own head says it is data
        depth = 0
        for i in range(end, min(len(doc), end + DATA_CUE_REACH)):
            token = doc[i]
            if depth or token.text == "(":
                depth += {"(": 1, ")": -1}.get(token.text, 0)
                continue
            if token.lower_ in heads:
                return True
            if token.text in SENTENCE_END_MARKS and token.text != ":" or token.lower_ in contrasts:
                break
            if not (token.text == ")" or token.lower_ in glue or self._name_like(token)
                    or token.is_lower and any(t.lower_ in heads for t in doc[i + 1 : i + 3])):
                break
        depth, title_end = 0, doc._.kg_title_end or 0
        first = title_end if start >= title_end else 0  # the title's words place no name of the abstract
        for i in range(start - 1, max(first - 1, start - 1 - DATA_CUE_REACH), -1):
            token = doc[i]
            if token.text == ")" or depth:
                depth += {")": 1, "(": -1}.get(token.text, 0)
                continue
            if token.lower_ in contrasts or token.text in SENTENCE_END_MARKS and token.text != ":":
                return False
            if token.text == "(":
                if i > 0 and self._name_like(doc[i - 1]) and doc[i - 1].lower_ not in heads:
                    return False  # "TCGA-NSCLC (X": the name's parts
                if i > 1 and doc[i - 1].is_lower and doc[i - 2].lower_ in self.words.recognised_data_place_words:
                    return True  # "experiments on aerial (A, B, X)": a word of the kind between
                continue
            if token.lower_ in self.words.recognised_data_place_words or token.lower_ in heads:
                return True
            if not (token.lower_ in glue or self._name_like(token)):
                return False
        return False

    @staticmethod
    def _name_like(token) -> bool:
        """A token of a name in a list: a capital or a digit in it, or a mark names hold ("RGB+D", "SRE'20")."""
        text = token.text
        return any(c.isupper() or c.isdigit() for c in text) or text in NAME_MARKS or token.like_num

    def cut_from_a_capitalised_run(self, doc: Doc, start: int, end: int) -> bool:
        """A span of the abstract that opens with a capitalised word right after another one inside a sentence
        ("Sparse-view Cone-Beam Computed Tomography reconstruction", "Discourse Atom Topic Modeling draws on …"): the
        recogniser cut the tail off a longer capitalised name, and the tail alone is no name (the draw of session 54:
        5 such spans, all cut; span train 1, no gold; span dev none). A language before it says which one ("Vietnamese
        …") and is left alone."""
        if start - 2 < (doc._.kg_title_end or 0) or not TITLE_CASE_WORD.match(doc[start].text):
            return False  # a title capitalises every word
        if start + 1 < end and doc[start + 1].text == "-":
            return False
        before = doc[start - 1]
        return (bool(TITLE_CASE_WORD.match(before.text)) and not before.is_sent_start and doc[start - 2].text not in SENTENCE_END_MARKS
                and not self.is_language(before.text))

    def compared_coined_method(self, doc: Doc, start: int, end: int, label: str) -> bool:
        """A coined word the recogniser calls a Method that a comparison verb follows in its clause
        ("THUMT using minimum risk training outperforms GroundHog", "Ctrl-G, when applied to a
        TULU2-7B model, outperforms GPT3.5"): the subject of a comparison is a system, though no
        cue introduced it (alone, such words were junk as often as names on the tuning sets:
        "W4A16", "SRAM")."""
        if not coined_method_word(doc, start, end, label):
            return False
        for text in token_words(doc)[0][end : end + COMPARED_SUBJECT_REACH]:
            if text in (".", ";", ":") or text in self.words.comparison_verbs:
                return text in self.words.comparison_verbs
        return False

    def only_a_modifier(self, text: str) -> bool:
        """"Training-Free" (cut from "Training-Free Bayesianization (TFB)"), "Generation-Based":
        dictionary words ending in a manner suffix (lexicon ``method_modifier_suffixes``,
        ``task_manner_suffixes``) modify a name and are none (train: 1 such node, no gold)."""
        parts = re.split(r"[\s-]+", text)
        return ("-" in text and len(parts) >= 2 and text.lower().endswith(self.words.method_modifier_suffixes + self.words.task_manner_suffixes)
                and all(fold_name(p) in self._word_folds for p in parts))

    def listed_as_component(self, doc: Doc, start: int) -> bool:
        """A capitalised name in the colon list after a component noun ("comprising two
        components: Visual Invariant Composition and Bi-Objective Discriminative Learning"): a
        part of the paper's system."""
        i = start - 1
        while i > start - 12 and i > 0 and (doc[i].text in (",", "and", "-") or doc[i].text[:1].isupper()):
            i -= 1
        return i > 0 and doc[i].text == ":" and doc[i - 1].lower_ in self.words.component_nouns and doc[start].text[:1].isupper()

    def without_document_head(self, doc: Doc, start: int, end: int) -> int:
        """End of a span without the document it closes with ("Megrez2 Technical Report" was a
        proposed Method beside "Megrez2"): the report is the paper, the name is what it reports on."""
        words = tuple(t.lower_ for t in doc[start:end])
        for head in self.words.document_heads:
            if len(words) >= len(head) and words[-len(head):] == head:
                return end - len(head)
        return end

    def extends_a_rules_name(self, doc: Doc, start: int, end: int, label: str, rule_cands: list[Candidate]) -> bool:
        """The recogniser's Metric that a rule's metric ends ("lexical accuracy", "path weighted
        success rate", "terminology translation accuracy" over "accuracy"): the metric with its
        modifiers, whose boundary the recogniser reads better (span dev: 7 of 8 such spans right).
        The same for a Task whose added words are lower-case content words ("chest X-ray report
        generation" over "X-ray report generation"; span dev +4 tasks, -1), and for a Method whose
        added words, before or after, are written as the rule's name (``method_extension``)."""
        inside = [c for c in rule_cands if c.start < end and start < c.end]
        if label not in ("Metric", "Task", "Method") or not inside or not all(start <= c.start and c.end <= end for c in inside):
            return False
        ruled = next((c for c in inside if c.label == label and c.end == end and c.start > start), None)
        if label == "Method":
            ruled = ruled or next((c for c in inside if c.label == label and c.start == start and c.end < end), None)
            # not an architecture family's cue ("multi-modal transformer models": span train keeps the family alone)
            return ruled is not None and ruled.rule != "cue" and self.method_extension(doc, start, end, ruled)
        if ruled is not None and label == "Task":
            return all(t.is_lower and t.is_alpha and t.lower_ not in self.words.task_stop and not t.is_stop
                       and not t.lower_.endswith(("ing", "ed")) for t in doc[start : ruled.start])
        # not "overall success rate", "model accuracy", "higher accuracy": words of praise or scope, no
        # name; nor "reporting perplexity": a verb (an -ing or -ed word the lexicon lists as no metric modifier)
        return ruled is not None and not any(
            t.lower_ in self.words.metric_extension_stop or t.is_stop or (t.lower_.endswith(("ing", "ed")) and t.lower_ not in self.words.metric_modifiers)
            or self.names_other_thing(t.text) for t in doc[start : ruled.start])

    def restated_capitalised_name(self, doc: Doc, start: int, end: int, rule_cands: list[Candidate]) -> bool:
        """The recogniser's capitalised name of two or more words around a rule's shorter name,
        written again elsewhere in the paper ("Neural Theorem Proving" in the title and "neural
        theorem proving" in the abstract, over the listed "Theorem Proving"; "Multi-hop Knowledge
        Base Question Answering" over "Question Answering"): a name used twice is the paper's
        name for the thing, not a title's words around it (span dev: 13 of 14 such spans gold,
        written once 10 of 24). Not with a stop, scope or comparison word ("Schrodinger Bridges
        Beat Diffusion Models", "Strengthen In-context Learning")."""
        words = [t for t in doc[start:end] if not t.is_punct]
        if len(words) < 2 or not all(t.text[:1].isupper() or t.text[:1].isdigit() for t in words):
            return False
        inside = [c for c in rule_cands if c.start < end and start < c.end]
        if not all(start <= c.start and c.end <= end for c in inside):
            return False
        if any(t.is_stop or t.lower_ in self.words.task_stop or t.lower_ in self.words.comparison_cues or t.lower_ in TITLE_CONTRASTS
               or t.lower_ in self.words.title_verbs for t in words):
            return False
        text = span_text(doc[start:end]).lower()
        starts, ends, _ = token_offsets(doc)
        before, after = doc_text(doc)[: starts[start]].lower(), doc_text(doc)[ends[end - 1]:].lower()
        return text in before or text in after

    def restated_title_head_method(self, doc: Doc, start: int, end: int, label: str, rule_cands: list[Candidate]) -> bool:
        """The recogniser's Method that opens the title and ends right before its "for", "with" or
        "via" (lexicon ``title_head_links``), every word capitalised ("Self-supervised" counts by its
        first part), over a rule's smaller task or method inside it, and written again in the abstract
        ("Text-Adaptive Multiple Visual Prototype Matching for Video-Text Retrieval", where a task
        phrase read "Visual Prototype Matching"): the paper's own name for its technique, which
        ``restated_capitalised_name`` refuses for a lower-case part or a word like "Multiple"."""
        title_end = doc._.kg_title_end or 0
        if label != "Method" or start != 0 or end >= title_end or doc[end].lower_ not in self.words.title_head_links:
            return False
        inside = [c for c in rule_cands if c.start < end and start < c.end]
        if not all(start <= c.start and c.end <= end and c.label in ("Task", "Method") for c in inside):
            return False
        text = span_text(doc[start:end])
        words = text.split()
        if len(words) < 2 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
            return False
        if any((c.start, c.end) == (start, end) or c.end - c.start > 1 and words_text(doc, c.start, c.end) == text for c in rule_cands):
            return False  # a rule reads the whole name already, here or as a definition's long form the title gets from the abstract
        if any(t.is_stop or t.lower_ in self.words.title_verbs or t.lower_ in self.words.comparison_cues or t.lower_ in TITLE_CONTRASTS
               for t in doc[start:end]):
            return False
        starts, _, _ = token_offsets(doc)
        abstract = doc_text(doc)[starts[title_end]:].lower() if title_end < len(doc) else ""
        # not where the abstract writes the title's next words after it too: "propose deep Short Text
        # Classification with Knowledge powered Attention (STCKA)" names the whole title, not its head
        longer = f"{text} {span_text(doc[end : min(end + 2, title_end)])}".lower()
        return abstract.count(text.lower()) > abstract.count(longer)

    def names_other_thing(self, word: str) -> bool:
        """A listed dataset, benchmark or model before a metric is what the score is taken on or
        of ("WikiText2 perplexity"), no part of the metric's name ("ABX error rates" is one)."""
        entry = self.lookup(word)
        return entry is not None and entry.label in ("Dataset", "Benchmark", "Model")

    def method_extension(self, doc: Doc, start: int, end: int, ruled: Candidate) -> bool:
        """The recogniser's Method that adds words before or after a rule's Method, written as the
        rule's name is: capitals around a capitalised name ("Moment-Based Adversarial Training",
        "Random Forest Proximities", mostly in titles), lower-case words around a lower-case one
        ("spherical attention mechanism", "stochastic gradient ascent", "self-play reflection"):
        the longer name, unless an added word is a stop, scope or praise word ("Large-Scale Weak
        Supervision") or a comparison ("Schrodinger Bridges Beat Diffusion Models", "X Meets Y"),
        or a word before is a title's verb, an -ing word ("Improving Adversarial Training") or, in
        lower case, an -ed word ("learned dropout"). Not "QLoRA finetuning": a use of the listed
        method, not a longer name."""
        words = [t for t in doc[start:end] if not t.is_punct]
        lower = all(t.is_lower for t in words)
        if not lower and not all(t.text[:1].isupper() for t in words):
            return False
        before = [t for t in doc[start : ruled.start] if not t.is_punct]
        added = before + [t for t in doc[ruled.end : end] if not t.is_punct]
        return not any(t.is_stop or t.lower_ in self.words.task_stop or t.lower_ in self.words.comparison_cues or t.lower_ in TITLE_CONTRASTS
                       for t in added) and not any(
            t.lower_ in self.words.title_verbs or t.lower_.endswith("ing") or lower and t.lower_.endswith("ed") for t in before)

    def _bare_task_head(self, token) -> bool:
        """A lower-case task head word on its own that the lexicon does not list as standalone
        ("segmentation", not "summarization"): mostly not annotated alone (span train), so the
        recogniser's span is left out as the rules leave it. (Bare method heads, "pruning",
        stay: the recogniser's one-word lower-case Methods were mostly right on span dev.)"""
        return token.is_lower and token.lower_ in self.words.task_heads and token.lower_ not in self.words.standalone_tasks
