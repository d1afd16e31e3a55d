"""The recogniser's rules for metric names that no list holds every spelling of.

A score at a cut-off ("hits@3", "top-5 error rate"), a subscripted score ("AP_r"), a metric noun with
its modifier ("tweet-level accuracy"), the list after "metrics such as …", a measure said to change
("lower inference time") or given a number ("a reconstruction error of 0.01%", "84.4 hIoU", "(R = 0.96)"); and the tests that
keep a cost or a word that is also a metric's name ("precision medicine") from being a metric where
the text reports nothing. A mixin of ``EntityRecognizer``: it reads its own word lists of the lexicon from
the recogniser's record (``words``, ``data_files.RecogniserWords``, the fields under "MetricNameRules' lists":
``words.metric_list_heads`` … ``words.amount_named_stop``, among them ``words.determined_measure_openers``,
``words.measure_superlatives``, ``words.determined_measure_stop``, ``words.determined_measure_bounds``,
``words.averaged_measure_leads``, ``words.averaged_measure_heads``, ``words.item_score_articles``, ``words.item_score_links``,
``words.item_score_quantifiers``, ``words.item_score_verbs``, ``words.valued_measure_links``, ``words.squared_symbols``,
``words.change_links``, ``words.changed_name_followers``, ``words.changed_list_heads``, ``words.changed_list_glue``),
the pattern of a glued metric it compiles from the gazetteer (``compile_glued_metric``: ``_glued_metric``), the
recogniser's gazetteer (``lookup``, ``is_generic``, ``entries``) and shared lexicon sets (``words.task_heads``, ``_word_folds``, ``words.modifier_heads``,
``words.modifier_suffixes``, ``words.metric_modifiers``, ``words.comparison_cues``, ``words.study_nouns``,
``words.number_scored_metrics``, ``words.measure_comparatives``, ``words.metric_extension_stop``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.extract.candidates import GUESSED_TYPE_RULES, MAX_CONJUNCTS, Candidate, named_extents
from kg.extract.name_shapes import ADJECTIVE_SUFFIXES, CAPITALISED_WORD, is_name_token
from kg.extract.parse import sentence_at, span_text, token_words
from kg.names import extraction_fold_name as fold_name

# An amount reported on a cost metric, within REPORT_WINDOW tokens: "40%", "3.7x", "2 times", "29 ms".
AMOUNT = re.compile(r"^\d+(?:\.\d+)?(?:%|x|×|ms|s|h)$", re.IGNORECASE)
AMOUNT_MEASURE_WORDS = 3  # "stepwise logical coherence"; longer runs are descriptions
AMOUNT_UNITS = {"%", "x", "×", "times", "fold", "ms", "seconds", "minutes", "hours", "percent", "points"}
# An amount a measure's name may follow: "96%", "96 %", "99\\%", "96 percent", "300x", "2.5×".
AMOUNT_WORD = re.compile(r"%|percent|\d+(?:\.\d+)?(?:%|\\%|[x×])")
CHANGE_WINDOW = 3  # "significantly lower inference time", "halving the training time"
COORDINATION_GAP = 4  # "accuracy, model size, training time": one list member between
IOU_RANGE_END = re.compile(r"^-?\d+(?:\.\d+)?$")
# "tweet-level accuracy", "word-level perplexity": the unit a score is counted over makes it another score
# (span train: the annotated span keeps such a modifier 6 times in 8).
LEVEL_MODIFIER = re.compile(r"[a-z]+-level")
MAX_METRIC_MEMBER_WORDS = 4  # "ratio of hallucinated entities" and longer descriptions are no names
SCORE_IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9]*_score$")
SCORE_LINKS = ("of", "above", "below", "=", "around")  # "a reconstruction error of 0.01%"
# A metric with a sub- or superscript glued on, as the normaliser leaves it where no "$" was
# written: "AP^m", "AP_r", "L_F0.5" (of "ROUGE-L_F0.5"); or a score's identifier "R_score", "fp_score".
SUBSCRIPTED_METRIC = re.compile(r"^(?P<base>[A-Za-z][A-Za-z0-9]*)[\^_](?P<script>[A-Za-z0-9][A-Za-z0-9.]{0,3})$")
# "top-10 accuracy", "Top-5 error rate", "top-1 recall": a top-k score (the head follows).
TOP_K = re.compile(r"^top-?(?:\d+|k)$", re.IGNORECASE)
TOP_K_HEADS = {"accuracy", "error", "recall", "precision", "hit", "hits"}
# A score cut at k: "hits@3", "R@10", "nDCG@5", "mAP@0.5:0.95", "Pass@k" (one token).
METRIC_AT_K = re.compile(r"^[A-Za-z][A-Za-z\-]{0,11}@(?:\d+(?:\.\d+)?(?:[:\-]\d+(?:\.\d+)?)?|[kKnN])$")
# A listed metric whose name holds a digit, cut at k: "F1@5", "F1@0.3" (METRIC_AT_K's prefix has no digit,
# so that "user1@126" or "SigLIP2-B@512" stay out; only a prefix the gazetteer lists as a metric is read).
LISTED_METRIC_AT_K = re.compile(r"^(?P<metric>[A-Za-z][A-Za-z0-9\-]{0,11})@(?:\d+(?:\.\d+)?|[kKnN])$")
# A word ending in a single "s" ("keeps", "shows", "models"): a verb or another noun before a measure, no part of
# its name ("keeps cumulative errors below 4.1%"); "success", "bias", "analysis" end otherwise.
VERB_OR_PLURAL_S = re.compile(r"[^siau]s$")
# A token that is a number (MetricNameRules.number_follows): "26%", ".54", "~7", "2.5x", "-1.21" (a minus or
# U+2212: "the lowest log-likelihood of -3.1"); "0.84-0.94" is split before it.
NUMBER_TOKEN = re.compile(r"[~+$\-\u2212]?\.?\d[\d.,]*(?:%|x|×)?")
REPORT_WINDOW = 6
ITEM_SCORE_GAP = 2  # "assign an optimal compression ratio to each …": an article and a modifier between
NUMBER_WINDOW = 3  # "Sensitivity = 99.99%", "a sensitivity of 100%", "98.1% sensitivity"
# An amount a glued metric name may follow: "84.4", "+6.5", "~7", "2.2%" (the "%" may be its own token).
GLUED_AMOUNT = re.compile(r"^[+\-~±]?\d+(?:\.\d+)?%?$")
GLUED_PREFIX = r"[A-Za-z]{1,6}-?"  # "h" of "hIoU", "Sub" of "SubEM", "ASR-" of "ASR-BLEU"
# A decimal a statistic's symbol is set to: "0.96", ".893", "13.45", "-0.28"; not a setting's whole number ("r = 8").
SYMBOL_VALUE = re.compile(r"^-?\d*\.\d+$")
LISTED_AMOUNT = re.compile(r"\d+(?:\.\d+)?(?:%|x|×)|\d*\.\d+")  # "90.7%", "2.5x", "0.3833": an amount of a listed measure
LIST_CLOSERS = (")", ";", ".")  # what may end the last member of such a list
LISTED_MEASURE_WORD = re.compile(r"[A-Za-z][A-Za-z0-9@\-]*")  # "coverage", "BACC", "Subset", "F1-score"
# A word of a capitalised measure's name after a change link: a capital in it ("Route", "SIM", "F_m", "TPR@1%FPR", "R2").
CHANGED_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z0-9@%_]*(?:-[A-Za-z0-9@%_]+)*")


def indefinite_articles(doc: Doc, lowers: list[str]) -> Iterator[tuple[int, Span]]:
    """(index, sentence) of every "a" / "an" of the abstract: where a measure given a number opens ("a mean
    return of 498.7"); the walks of ``scored_measure_candidates`` and ``averaged_measure_candidates``."""
    for i, lower in enumerate(lowers):
        if lower in ("a", "an") and i > doc._.kg_title_end:
            yield i, sentence_at(doc, i)


class MetricNameRules:
    """Metric-name rules of the entity recogniser (see the module docstring)."""

    def compile_glued_metric(self) -> None:
        """The pattern of a glued metric's name (``glued_metric_candidates``): a short prefix and the
        listed metrics' acronyms ("IoU", "EM", "BLEU", "FID"), from the gazetteer; None without any."""
        acronyms = {form for entry in self.entries if entry.label == "Metric" for form in (entry.name, *entry.aliases)
                    if re.fullmatch(r"[A-Z][A-Za-z0-9]*", form) and sum(c.isupper() for c in form) >= 2}
        self._glued_metric = re.compile(f"(?:{GLUED_PREFIX})(?:{'|'.join(sorted(map(re.escape, acronyms), key=len, reverse=True))})") if acronyms else None

    def metric_pattern_candidates(self, doc: Doc) -> Iterator[Candidate]:
        """Metrics no list can hold every spelling of: a score at a cut-off k ("hits@3", "R@10", a
        listed metric with a digit: "F1@5", ``listed_metric_at_k``) and a top-k score ("top-10 accuracy", "top-5 error rate"); named as written."""
        yield from self.subscripted_metric_candidates(doc)
        for i, text in enumerate(token_words(doc)[0]):  # each token's text, as ``Token.text`` has it
            cut_at_k = METRIC_AT_K.match(text) is not None or self.listed_metric_at_k(text)
            if not (cut_at_k or TOP_K.match(text)):
                continue
            token = doc[i]
            if cut_at_k and not (token.i > 0 and doc[token.i - 1].like_url):
                end = token.i + 1
                while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and IOU_RANGE_END.match(doc[end + 1].text):
                    end += 2  # "mAP@50-95", "mAP@50--95": the tokenizer splits the IoU range at its hyphen
                yield Candidate(token.i, end, "Metric", "metric_pattern")
            elif TOP_K.match(token.text) and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in TOP_K_HEADS:
                end = token.i + 2
                if end < len(doc) and doc[end].lower_ == "rate":
                    end += 1  # "top-5 error rate"
                yield Candidate(token.i, end, "Metric", "metric_pattern")
        yield from self.metric_name_candidates(doc)

    def listed_metric_at_k(self, text: str) -> bool:
        """Whether ``text`` is a listed metric with a digit in its name cut at k ("F1@5", "F1@0.5"):
        span train's one such token is a gold metric, the unseen draw's four read as metrics (one
        of them the recogniser had typed a Model)."""
        match = LISTED_METRIC_AT_K.match(text)
        if match is None or not any(c.isdigit() for c in match.group("metric")):
            return False
        entry = self.lookup(match.group("metric"))
        return entry is not None and entry.label == "Metric"

    def subscripted_metric_candidates(self, doc: Doc) -> Iterator[Candidate]:
        """A metric written with a TeX sub- or superscript and no "$" ("COCO (+0.2 AP^m)", "85.0 of
        ROUGE-L_F0.5", "an AP_r of 23.1"): the listed metric (or lexicon ``subscripted_metric_bases``)
        before "^"/"_" with the script, the hyphen-glued words before it included; and a score's
        identifier ("a fp_score (range between 0 and 1)"). Train: 2 new gold metrics (and their 2
        results), none wrong; no other token of the shape has a metric before its script ("DL^N",
        "EC^2", "c_v", "d_eff")."""
        title_end = doc._.kg_title_end or 0
        for i, text in enumerate(token_words(doc)[0]):
            if i <= title_end or "^" not in text and "_" not in text:
                continue
            if SCORE_IDENTIFIER.match(text):
                yield Candidate(i, i + 1, "Metric", "metric_pattern")
                continue
            match = SUBSCRIPTED_METRIC.match(text)
            if match is None:
                continue
            start = i
            while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
                start -= 2  # "ROUGE-L_F0.5" is three tokens: "ROUGE", "-", "L_F0.5"
            base = span_text(doc[start:i]) + match["base"]
            listed = self.lookup(base)
            if base in self.words.subscripted_bases or (listed is not None and listed.label == "Metric"):
                yield Candidate(start, i + 1, "Metric", "metric_pattern")

    def metric_name_candidates(self, doc: Doc) -> Iterator[Candidate]:
        """A capitalised name that ends in Score, Index, Distance or Rate (lexicon
        ``metric_name_heads``) in the abstract: "Brier Score", "Comfort Equity Index", "Phone
        Error Rate". Span train annotates 24 of 33 such as a metric and 4 more as part of one;
        "Learning Rate" is a setting (``metric_name_stop``). Not in the title, where every word
        is capitalised; not over a stop word ("The Funny Score")."""
        title_end = doc._.kg_title_end
        for i, text in enumerate(token_words(doc)[0]):
            if text not in self.words.metric_name_heads or i <= title_end:
                continue
            token = doc[i]
            start = token.i
            while token.i - start < 4 and start - 1 > title_end:
                prev = doc[start - 1]
                if prev.text == "-" and not prev.whitespace_ and start - 2 > title_end and not doc[start - 2].whitespace_:
                    prev = doc[start - 2]  # "Cross-Scene": the tokenizer splits at the hyphen
                if not CAPITALISED_WORD.match(prev.text) or prev.is_stop:
                    break
                start = prev.i
            if start < token.i and not span_text(doc[start : token.i + 1]).lower().endswith(self.words.metric_name_stop):
                yield Candidate(start, token.i + 1, "Metric", "metric_pattern")

    def modified_metric_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """"test accuracy", "detection accuracy", "weighted F1-score", "wall-clock speedup": a
        listed base metric and the modifier that makes it another score (lexicon
        ``metric_modifiers``, a task head word: "tracking accuracy", any lower-case "X-level", or
        an action noun in -tion/-sion before a score: "decision accuracy", "citation F1", which
        span train keeps whole 9 times in 11; not before "recall", which also names remembering:
        "factual association recall"); a leaderboard has to keep them apart. Named as written."""
        out = []
        task_starts = {c.end: c.start for c in found if c.label == "Task" and c.end - c.start > 1}
        for c in found:
            if c.label != "Metric" or c.rule != "gazetteer" or c.canonical not in self.words.modifier_heads or c.start == 0:
                continue
            start = c.start - 1
            if start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
                start -= 2  # "wall-clock", "token-level": the tokenizer splits at the hyphen
            if task_starts.get(c.start, start) < start:
                continue  # "link prediction accuracy": the task phrase and its bare metric (span train: 12 of 17)
            modifier = span_text(doc[start : c.start])
            action = (c.canonical in self.words.action_heads and modifier.isalpha() and modifier.islower()
                      and modifier.endswith(self.words.modifier_suffixes))
            modifier = modifier.lower()
            if modifier in self.words.metric_modifiers or LEVEL_MODIFIER.fullmatch(modifier) or modifier in self.words.task_heads or action:
                out.append(Candidate(start, c.end, "Metric", "metric_pattern"))
        return out

    def metric_list_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """The members of a list a metric noun opens (lexicon ``metric_list_heads`` and
        ``metric_list_openers``): "using three metrics: Instruction Understanding, Response
        Confidence, and Response Correctness", "metrics (F1, BERTScore, and LLM-as-judge)". No
        list holds such names; the cue says what they are. A member is one to four words
        without a stop word, not one plain English word; one another rule found stays theirs (a
        listed task is no metric). Span train: 5 new gold metrics, no wrong one."""
        out: list[Candidate] = []
        taken = [(c.start, c.end) for c in found if c.rule not in GUESSED_TYPE_RULES]
        for i, lower in enumerate(token_words(doc)[1]):
            if lower not in self.words.metric_list_heads or i <= doc._.kg_title_end:
                continue
            token = doc[i]
            start = self.metric_list_start(doc, token.i + 1)
            if start is None:
                continue
            sent = sentence_at(doc, token.i)
            closing = ")" if doc[start - 1].text == "(" else None
            for first, last in self.list_members(doc, start, sent.end, closing):
                if (last - first > MAX_METRIC_MEMBER_WORDS or any(not self.metric_member_word(doc, t) for t in doc[first:last])
                        or any(a < last and first < b for a, b in taken) or self.is_generic(span_text(doc[first:last]))
                        or span_text(doc[first:last]).endswith(ADJECTIVE_SUFFIXES)):  # "distance metrics (static and learning-based)": kinds of metric
                    continue
                if last - first == 1 and doc[first].is_lower and fold_name(doc[first].text) in self._word_folds:
                    continue  # "metrics such as speed, power, or density": a plain word is a property (span train: 0 of 4 gold)
                entry = self.lookup(span_text(doc[first:last]))
                if entry is None or entry.label == "Metric":
                    out.append(Candidate(first, last, "Metric", "cue"))
        return out

    def changed_measure_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """"reduces grading time by an average of 65%", "cutting token usage by over 90%",
        "reducing operational costs from $0.398 to …", "reduces evaluation time to 10% of …": what a
        change verb moves by an amount (or to a percentage) is a measure the paper reports. The phrase (one to four words, no stop word) must end in a
        measure noun (lexicon ``measure_heads``: "cost", "time", "usage", "errors"; not
        "performance", "training", "compute"), and no other rule may have found a name in it; a task or
        method phrase found in it is the measure's modifier ("reducing average reasoning length by 81%").
        Span train: 16 new gold metrics, 2 wrong (the modifier: 1 more, "mean prediction set size", right)."""
        out: list[Candidate] = []
        taken = named_extents(found)  # a task or method phrase in it is the measure's modifier ("reasoning length")
        for i, lower in enumerate(token_words(doc)[1]):
            if lower not in self.words.measure_change_verbs or i <= doc._.kg_title_end:
                continue
            sent = sentence_at(doc, doc[i].i)
            start = doc[i].i + 1
            while start < sent.end and doc[start].lower_ in self.words.measure_lead_words:
                start += 1
            end = start
            while end < sent.end and end - start <= MAX_METRIC_MEMBER_WORDS and doc[end].lower_ not in ("by", "from", "to"):
                end += 1
            if not start < end < sent.end - 1 or doc[end].lower_ not in ("by", "from", "to"):
                continue
            if not (self.percent_follows(doc, end + 1, sent.end) if doc[end].lower_ == "to" else self.amount_follows(doc, end + 1, sent.end)):
                continue  # "reduces evaluation time to 10%": a share; "increase the batch size to 256" is a setting
            words = [t for t in doc[start:end] if t.text != "-"]
            if (len(words) > MAX_METRIC_MEMBER_WORDS or any(t.is_stop or not (t.is_alpha or "-" in t.text) for t in words)
                    or doc[end - 1].lower_ not in self.words.measure_heads or any(a < end and start < b for a, b in taken)):
                continue
            out.append(Candidate(start, end, "Metric", "metric_pattern"))  # the amount says what it is: not the typer's to drop
        return (out + self.scored_measure_candidates(doc, found) + self.amount_named_measure_candidates(doc, found)
                + self.glued_metric_candidates(doc, found) + self.valued_symbol_candidates(doc, found)
                + self.measure_after_amount_candidates(doc, found) + self.determined_measure_candidates(doc, found)
                + self.averaged_measure_candidates(doc, found) + self.listed_amount_measure_candidates(doc, found)
                + self.changed_name_measure_candidates(doc, found))

    def changed_name_measure_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """"a 9.0% increase in Route Completion", "a 15% improvement in SubER compared to …", "a 52x reduction
        in MAC while …", "a 2x increase in QPS per chip": the capitalised name (one to four words) an amount's
        change link leads to (lexicon ``measure_after_change_links``, read as ``words.change_links``) is the
        measure that changed; ``measure_after_amount_candidates`` reads only lower-case words there, and the
        recogniser guessed such names a dataset, a benchmark or a method (RTF, QPS, LSE-D, SIM-O, DreamSim).
        The name must end the phrase: at punctuation after a space, a stop word or a word of lexicon
        ``changed_name_followers``; a lower-case word after it makes it a modifier ("a 3x reduction in CPU
        usage", "6.2% gain in ToM reasoning"), "of" or "over" and a capital a longer name ("Probability of
        Correct Keypoint", "Line Intersection over Union"). Not where another rule found a name by its own
        evidence (a listed metric, "improvement in MMLU"), nor a language or a generic word ("a 20% gain in
        Chinese"), nor a name the Papers with Code catalogue files as a dataset ("1.3% improvement in WSJ").
        Session 65 (metric65): 58 names changed on the draw, span train and the 175k corpus, 51 right, 4 doubtful.
        Each name listed with the first is one too ("53% and 19% improvement in FD and CS", ``changed_name_list``),
        unless another rule read the first as no measure ("gain in MMLU and GSM8K"); a lower-case word after the
        last makes them all modifiers ("CPU, RAM, and GPU usage")."""
        out: list[Candidate] = []
        taken = named_extents(found)
        metrics = {(c.start, c.end) for c in found if c.label == "Metric"}
        texts = token_words(doc)[0]
        for _, after_link, sent in self.linked_amounts(doc, self.words.change_links):
            members = self.changed_name_list(doc, texts, after_link, sent.end)
            if not members:
                continue
            end = members[-1][1]
            after = doc[end]
            if (after.is_alpha and after.is_lower and not after.is_stop and after.lower_ not in self.words.changed_name_followers
                    and not (len(members) > 1 and after.lower_ in self.words.changed_list_heads)):
                continue  # "CPU usage", "ToM reasoning", "CPU, RAM, and GPU usage": modifiers; "in Macro-F1 and Micro-F1 scores": a shared head
            if after.lower_ == "of" or after.lower_ == "over" and end + 1 < sent.end and doc[end + 1].text[:1].isupper():
                continue  # "Probability of Correct Keypoint", "Line Intersection over Union"
            for n, (start, end) in enumerate(members):
                name = span_text(doc[start:end])
                if any(a < end and start < b for a, b in taken) or self.is_generic(name) or self.catalogued_dataset(name):
                    if n == 0 and (start, end) not in metrics:
                        break  # "improvement in MMLU and …": a list another rule read as no measure is no list of measures
                    continue
                out.append(Candidate(start, end, "Metric", "metric_pattern"))
        return out

    def changed_name_list(self, doc: Doc, texts: list[str], start: int, sent_end: int) -> list[tuple[int, int]]:
        """The capitalised names a change link opens at ``start``, as extents: the first, and the members
        joined to it by ",", "and", "or" or a comma and a conjunction (lexicon ``changed_name_list_glue``) that
        have its shape ("53% and 19% improvement in FD and CS", "relative reductions in DER, JER, and WER";
        session 65, changelist65: metric65's rule read only the first). Empty where the first is no name that
        ends (``changed_name_member``); the list stops before a member that is none."""
        members: list[tuple[int, int]] = []
        glue = self.words.changed_list_glue
        while True:
            end = self.changed_name_member(doc, texts, start, sent_end)
            if end is None:
                return members
            members.append((start, end))
            nxt = end + 1 if texts[end] in glue else None
            if nxt is not None and texts[end] == "," and nxt < sent_end and texts[nxt] != "," and texts[nxt] in glue:
                nxt += 1
            if nxt is None or nxt >= sent_end or len(members) >= MAX_CONJUNCTS:
                return members
            start = nxt

    def changed_name_member(self, doc: Doc, texts: list[str], start: int, sent_end: int) -> int | None:
        """The end of the capitalised name (one to four words) opened at ``start``, where it ends the phrase:
        not glued on to more ("FD$_\\text{DINOv2}$", "Abs.Rel"), and the sentence goes on after it."""
        end = start
        while end < sent_end and end - start < 2 * MAX_METRIC_MEMBER_WORDS and self.changed_name_word(doc, texts, start, end):
            end += 1
        words = [t for t in doc[start:end] if t.text != "-"]
        if not words or len(words) > MAX_METRIC_MEMBER_WORDS or texts[end - 1] == "-" or doc[start].is_stop or end >= sent_end:
            return None
        after = doc[end]
        if not doc[end - 1].whitespace_ and (after.text not in (",", ".", ";", ":", ")")
                                          or after.text == "." and not after.whitespace_ and after.i + 1 < len(doc) and doc[after.i + 1].is_alpha):
            return None  # "FD$_\\text{DINOv2}$", "B^3 F1", "Abs.Rel": the name goes on
        return end

    @staticmethod
    def changed_name_word(doc: Doc, texts: list[str], start: int, i: int) -> bool:
        """Whether ``texts[i]`` goes on a capitalised name opened at ``start``: a word with a capital ("Route",
        "SIM", "F_m", "R2"), a hyphen glued inside ("LSE-D"), or the lower-case word such a hyphen glues on
        ("Structure-measure")."""
        glued = i > start and not doc[i - 1].whitespace_
        if texts[i] == "-":
            return glued and not doc[i].whitespace_
        if glued and texts[i - 1] == "-":
            return CHANGED_NAME_WORD.fullmatch(texts[i]) is not None
        return CHANGED_NAME_WORD.fullmatch(texts[i]) is not None and any(c.isupper() for c in texts[i])

    def glued_metric_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """"2.2% AMOTA", "84.4 hIoU", "13.7% SubEM improvement", "2.6 ASR-BLEU points": one word right
        after an amount that glues a short prefix to a listed metric's acronym names a variant of that
        metric (a subset's, an averaged or a generalised one). Not a listed name, nor one a rule found
        by its own evidence, nor the modifier of a lower-case noun after it ("20 STEM domains"; lexicon
        ``glued_metric_after`` holds the words that may follow). Span train: 2 new gold metrics (SubEM,
        a Method before; hIoU), none wrong; every 5th abstract of the 175k corpus: 35 of 37 such words
        after a number are metrics, the rule's firings all."""
        if self._glued_metric is None:
            return []
        out: list[Candidate] = []
        taken = named_extents(found)
        texts, lowers = token_words(doc)
        title_end = doc._.kg_title_end
        for i, text in enumerate(texts):
            if i <= title_end + 1:
                continue
            prev = texts[i - 1]
            if not (GLUED_AMOUNT.match(prev) or prev in ("%", "\\%") and GLUED_AMOUNT.match(texts[i - 2])):
                continue
            if not self._glued_metric.fullmatch(text) or self.lookup(text) is not None:
                continue
            if any(a < i + 1 and i < b for a, b in taken):
                continue
            if i + 1 < len(doc) and doc[i + 1].is_alpha and doc[i + 1].is_lower and not doc[i + 1].is_stop and lowers[i + 1] not in self.words.glued_metric_after:
                continue  # "20 STEM domains": a modifier
            out.append(Candidate(i, i + 1, "Metric", "metric_pattern"))
        return out

    def valued_symbol_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """"(R = 0.96)", "($r^2=0.833$)", "(tau=0.51)", "(MR = 13.45, Hits@1 = 0.306)": a statistic's
        symbol (lexicon ``valued_metric_symbols``) set equal to a decimal is the metric the number
        reports; not a setting's whole number ("rank r = 8"), and not after a metric the text names
        ("correlation rho = 0.83": that one is the number's), and only in brackets (``opens_a_bracketed_value``).
        Span train: 4 new gold metrics (R, r^2, tau, MR), none wrong (in running text: 1 paper, wrong). The
        coefficient of determination's symbols (lexicon ``squared_metric_symbols``) name a measure in running text
        too ("grain volume prediction yields R2 = 0.7697 (RMSE = 0.0025), leaf surface area R2 = 0.84"; session 61,
        board61: the number took the sentence's other metric, mIoU)."""
        out: list[Candidate] = []
        taken = named_extents(found)
        texts = token_words(doc)[0]
        metric_ends = {c.end for c in found if c.label == "Metric"}
        title_end = doc._.kg_title_end
        for i, text in enumerate(texts[:-2]):
            if i <= title_end or text not in self.words.valued_symbols or texts[i + 1] != "=" or not SYMBOL_VALUE.match(texts[i + 2]):
                continue
            running = text in self.words.squared_symbols  # "leaf surface area R2 = 0.84": a measure outside brackets too
            if i in metric_ends or any(a < i + 1 and i < b for a, b in taken) or not (running or self.opens_a_bracketed_value(texts, i)):
                continue
            if text in ("R", "r") and self.beside_precision(texts, i):
                continue  # "(P=0.82, R=0.58, F1=0.68)": R is recall here, not a correlation
            out.append(Candidate(i, i + 1, "Metric", "metric_pattern"))
        return out

    @staticmethod
    def beside_precision(texts: list[str], i: int) -> bool:
        """A "P =" or "F1 =" in the bracket around ``texts[i]``: its "R" is recall."""
        j = i - 1
        while j >= 0 and texts[j] not in ("(", "["):
            j -= 1
        k = i + 1
        while k < len(texts) and texts[k] not in (")", "]"):
            k += 1
        return any(texts[m] in ("P", "F1", "F") and m + 1 < len(texts) and texts[m + 1] == "=" for m in range(j + 1, k))

    @staticmethod
    def opens_a_bracketed_value(texts: list[str], i: int) -> bool:
        """"(R = 0.96)", "(MR = 13.45, Hits@1 = 0.306)": the symbol opens a bracket, or a member of
        one after a comma; the statistic of the claim before it. In running text ("grand median
        r = .184") the symbol is a variable of the analysis (span train: the one such paper's gold
        leaves both numbers without a metric)."""
        j = i - 1
        while j >= 0 and texts[j] not in ("(", "[", ")", "]"):
            j -= 1
        return j >= 0 and texts[j] in ("(", "[") and (j == i - 1 or texts[i - 1] in (",", ";"))

    def scored_measure_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """"achieves a reconstruction error of 0.01%", "a groundedness score above 0.88": a phrase
        of two to four lower-case words after "a"/"an" that ends in a scored measure noun (lexicon
        ``scored_measure_heads``: error, score, rate) and is given a number is a metric; not where
        another rule found a name in it ("a BLEU score of 57.2" is BLEU's). A task or method phrase
        found in it is the measure's modifier ("an average erasure rate of 91.0%", "a mean
        reconstruction error of 0.01"), no name of its own."""
        out: list[Candidate] = []
        taken = named_extents(found)
        lowers = token_words(doc)[1]
        for i, sent in indefinite_articles(doc, lowers):
            start = i + 1
            while start < sent.end and (lowers[start] in self.words.measure_lead_words or lowers[start] in self.words.scored_measure_lead):
                start += 1  # "a mean utility score of 4.08": the utility score, averaged
            end = start
            while end < sent.end and end - start <= MAX_METRIC_MEMBER_WORDS and lowers[end] not in SCORE_LINKS:
                end += 1
            if not start < end < sent.end - 1 or lowers[end] not in SCORE_LINKS or not self.amount_follows(doc, end + 1, sent.end):
                continue
            words = [t for t in doc[start:end] if t.text != "-"]
            if (not 2 <= len(words) <= MAX_METRIC_MEMBER_WORDS or any(t.is_stop or not t.is_lower or not (t.is_alpha or "-" in t.text) for t in words)
                    or words[0].lower_ in self.words.scored_measure_stop or doc[end - 1].lower_ not in self.words.scored_measure_heads
                    or any(a < end and start < b for a, b in taken)):
                continue
            out.append(Candidate(start, end, "Metric", "metric_pattern"))
        return out

    def averaged_measure_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """"an average error of 7.87 km/h", "a mean return of 498.7", "an overall agreement of 88.27%": a lone
        measure noun (lexicon ``averaged_measure_heads``) after "a"/"an" and a word that averages or pools it
        (``averaged_measure_leads``), given a number, is a metric named with its lead, as span train's gold
        names "average error" (the one such phrase there). ``scored_measure_candidates`` wants two words, so a
        lone noun was no name; without a lead it stays none ("an error of 0.01684": gold no metric; "a coverage
        of 14 languages" counts). Not where another rule found a name."""
        out: list[Candidate] = []
        taken = named_extents(found)
        lowers = token_words(doc)[1]
        for i, sent in indefinite_articles(doc, lowers):
            end = i + 1
            while end < sent.end and lowers[end] in self.words.averaged_measure_leads:
                end += 1
            if end == i + 1 or end + 2 >= sent.end or lowers[end] not in self.words.averaged_measure_heads:
                continue
            end += 1
            if lowers[end] not in SCORE_LINKS or not self.number_follows(doc, end + 1, sent.end) or any(a < end and i + 1 < b for a, b in taken):
                continue
            out.append(Candidate(i + 1, end, "Metric", "metric_pattern"))
        return out

    def determined_measure_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """"the highest pairwise label difference rate of 26%", "lower correct guess rates of 60%": the
        scored measure ``scored_measure_candidates`` reads after "a"/"an", opened by "the" or a
        possessive (lexicon ``determined_measure_openers``), or a plural one with no article. Two to
        four lower-case words; the phrase stops at a word that only qualifies or scores it ("achieves
        high toxicity scores of 4.73", "exhibit unsafe action rates of 7%": ``metric_extension_stop``,
        ``measure_superlatives``, ``determined_measure_bounds``) and at a verb's or a plural's "s"
        ("keeps cumulative errors"). Not after a name or a slash ("F1 macro scores", "test/dev
        scores"), nor with a word of a setting or a baseline's number ("the dropout rate of 0.1", "the
        random guess rate of 14%": ``scored_measure_stop``, ``determined_measure_stop``), nor where
        another rule found a name."""
        out: list[Candidate] = []
        taken = named_extents(found)
        texts, lowers = token_words(doc)
        bounds = (self.words.metric_extension_stop | self.words.amount_named_stop | self.words.measure_superlatives
                  | self.words.scored_measure_lead | self.words.determined_measure_bounds)
        stop = self.words.scored_measure_stop | self.words.determined_measure_stop
        before_opener = bounds - self.words.determined_measure_openers  # "the highest", "their mean": words an opener may precede
        for end, lower in enumerate(lowers):
            if lower not in SCORE_LINKS or end <= doc._.kg_title_end + 2 or lowers[end - 1] not in self.words.scored_measure_heads:
                continue
            sent = sentence_at(doc, end)
            if not end < sent.end - 1 or not self.number_follows(doc, end + 1, sent.end):
                continue
            start = end - 1
            while start - 1 > sent.start and end - start < MAX_METRIC_MEMBER_WORDS + 2 and (
                    texts[start - 1] == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_
                    or self.measure_word(doc[start - 1]) and not VERB_OR_PLURAL_S.search(lowers[start - 1])
                    and lowers[start - 1] not in bounds):
                start -= 1
            if texts[start] == "-" or not (doc[start - 1].is_lower or doc[start - 1].is_punct and texts[start - 1] not in ("/", "-")):
                continue  # the end of a name or a split's score ("F1 macro scores", "test/dev scores")
            before = start - 1
            while before > sent.start and lowers[before] in before_opener:
                before -= 1
            if lowers[before] in ("a", "an"):
                continue  # scored_measure_candidates' reading
            if lowers[before] not in self.words.determined_measure_openers and not lowers[end - 1].endswith("s"):
                continue  # a singular measure with no article: "with error rate of" is too loose a frame
            words = [t for t in doc[start:end] if t.text != "-"]
            if (not 2 <= len(words) <= MAX_METRIC_MEMBER_WORDS
                    or any(t.is_stop or not t.is_lower or not (t.is_alpha or "-" in t.text) or t.lower_ in stop for t in words)
                    or any(a < end and start < b for a, b in taken)):
                continue
            out.append(Candidate(start, end, "Metric", "metric_pattern"))
        return out

    def amount_named_measure_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """"96% grasp success", "79.4% empirical robustness", "300x computational overheads": the
        phrase of two or three lower-case words right after a percentage or a multiplier, ending in
        a measure noun (lexicon ``measure_heads``, ``scored_measure_heads``, ``amount_measure_heads``
        or any "-ness" word), is what the amount measures. Not a change or comparison ("30% lower
        memory usage", "2x faster inference", "6.4x larger batch size": lexicon
        ``amount_named_comparatives``), nor a longer phrase, nor one where another rule found
        a name ("95% classification accuracy" is the listed metric's). Train: 8 new gold metrics,
        none wrong (5 more results right); dev: 1 wrong ("25-30% compression rates")."""
        out: list[Candidate] = []
        taken = named_extents(found)
        lowers = token_words(doc)[1]
        for i in self.amount_ends(doc):
            sent = sentence_at(doc, i)
            start = end = i + 1
            while end < sent.end and end - start <= AMOUNT_MEASURE_WORDS and self.measure_word(doc[end]):
                end += 1
            if not 2 <= end - start <= AMOUNT_MEASURE_WORDS or lowers[start] in self.words.amount_named_stop or any(a < end and start < b for a, b in taken):
                continue
            if self.measure_head(lowers[end - 1]):
                out.append(Candidate(start, end, "Metric", "metric_pattern"))
        return out

    def measure_after_amount_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """"surpasses the runner-up by 6.7% in terms of certified robustness", "up to 4% regarding
        tardiness", "by 8.3% in the positive feedback rate", "+1.73 points in document coherence": the
        phrase of one to three lower-case words after an amount and a link (lexicon
        ``measure_after_amount_links``; an article between allowed) is the measure the amount is
        counted in where it ends in a measure noun (the heads ``amount_named_measure_candidates``
        reads, or any "-ness" word); a trailing "metric(s)" is no part of it ("20.2% in faithfulness
        metrics"). Not a phrase opened by a change or lead word ("5% in average scores"), nor one
        where another rule found a name ("by 5.5% in accuracy"). Span train: every such phrase the
        rule reads is the gold's metric of that number."""
        if not self.words.measure_links:
            return []
        out: list[Candidate] = []
        taken = named_extents(found)
        texts, lowers = token_words(doc)
        for link, start, sent in self.linked_amounts(doc, self.words.measure_links):
            if start < sent.end and lowers[start] in self.words.measure_link_articles:
                start += 1
            end = start
            while end < sent.end and end - start <= AMOUNT_MEASURE_WORDS and doc[end].is_lower and not doc[end].is_stop \
                    and (doc[end].is_alpha or "-" in texts[end]):
                end += 1  # a participle may modify the measure here ("in terms of certified robustness")
            if end - start > AMOUNT_MEASURE_WORDS or end < sent.end and texts[end] == "-" and not doc[end - 1].whitespace_:
                continue  # too long, or the head of a hyphened name ("a 28.4% improvement in cost-of-pass")
            if end > start + 1 and lowers[end - 1] in ("metric", "metrics"):
                end -= 1  # "in faithfulness metrics": the measure is faithfulness
            if not start < end or lowers[start] in self.words.amount_named_stop or any(a < end and start < b for a, b in taken):
                continue
            if link[-1] in self.words.measure_comparatives and end - start < 2:
                continue  # "2.31x less time", "40% lower cost": a bare cost noun compared is no metric the gold keeps
            if self.measure_head(lowers[end - 1]):
                out.append(Candidate(start, end, "Metric", "metric_pattern"))
        return out

    def listed_amount_measure_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """"90.5% precision, 80.2% recall, 85.0% F1, 90.7% coverage", "(83.55% BACC, 80.12% F1)", "yields
        29.07% Subset Accuracy and 71.79% Micro-F1", "a 0.5136 label accuracy and a 0.3833 FEVER score": in a
        list whose members are each an amount and the name of what it measures, a member's words are a metric
        where a neighbouring member, written the same way with an amount of the same kind (a percentage, a
        multiplier, a decimal), names a metric another rule found. One to three words from the amount to the
        list's glue (lexicon ``listed_amount_glue``); none a change or comparison word ("a 9.7% relative
        improvement", "12% GFLOPs reduction": ``amount_named_stop``, ``glued_metric_after``), nor opened by a
        unit ("27.01 dB PSNR": ``listed_amount_units``), nor where another rule found a name.
        A lone word no list holds ("BACC", "coverage", "mF1") or a capitalised name ("Subset Accuracy") has no
        rule of its own; the list says what it is. Session 64 (metricslot64): 25 changed Results on unseen text,
        19 right, 3 doubtful, 3 wrong (the draw 5 of 5); no scored set changes."""
        metric_ends = {c.start: c.end for c in found if c.label == "Metric"}
        taken = named_extents(found)
        texts, lowers = token_words(doc)
        stop = self.words.amount_named_stop | self.words.glued_metric_after
        members: list[tuple[int, int, int, str]] = []  # (amount start, name start, name end or -1 where no glue ends it, kind of amount)
        for i, text in enumerate(texts):
            if i <= doc._.kg_title_end + 1:
                continue
            if text in ("%", "\\%", "percent") and doc[i - 1].like_num:
                first, kind = i - 1, "%"
            elif LISTED_AMOUNT.fullmatch(text) and texts[i + 1 : i + 2] not in (["%"], ["\\%"], ["percent"]):
                first, kind = i, "%" if text.endswith("%") else "x" if text[-1] in "x×" else "."
            else:
                continue
            sent = sentence_at(doc, i)
            end = i + 1
            while end < sent.end and end - i <= AMOUNT_MEASURE_WORDS and LISTED_MEASURE_WORD.fullmatch(texts[end]) and not doc[end].is_stop:
                end += 1
            closed = i + 1 < end < sent.end and (lowers[end] in self.words.listed_amount_glue or texts[end] in LIST_CLOSERS)
            members.append((first, i + 1, end if closed else -1, kind))  # not closed: longer, or the amount goes on ("85% accuracy on X")
        out: list[Candidate] = []
        for k, (first, start, end, kind) in enumerate(members):
            if end < 0 or metric_ends.get(start) == end or any(a < end and start < b for a, b in taken) or stop.intersection(lowers[start:end]) or lowers[start] in self.words.listed_amount_units:
                continue  # "12% GFLOPs reduction, 8.9% latency reduction": a change, named by its word; "27.01 dB PSNR": a unit
            before = [m for m in members[k - 1 : k] if m[1] in metric_ends and self.joined_in_a_list(lowers, metric_ends[m[1]], first)]
            after = [m for m in members[k + 1 : k + 2] if m[1] in metric_ends and self.joined_in_a_list(lowers, end, m[0])]
            if any(m[3] == kind for m in before + after):
                out.append(Candidate(start, end, "Metric", "metric_pattern"))
        return out

    def joined_in_a_list(self, lowers: list[str], left: int, right: int) -> bool:
        """Only the list's glue (lexicon ``listed_amount_glue``: ",", "and", "a") stands between ``left`` and
        ``right``, at least one word of it."""
        return left < right and all(w in self.words.listed_amount_glue for w in lowers[left:right])

    @staticmethod
    def amount_ends(doc: Doc, points: bool = False) -> Iterator[int]:
        """The tokens past the title that end an amount a measure's name may follow: "96%", "96 %",
        "99\\%", "96 percent", "300x"; with ``points``, "+1.73 points" too."""
        texts = token_words(doc)[0]
        title_end = doc._.kg_title_end  # read once: each ``doc._`` makes an Underscore object
        for i, text in enumerate(texts):
            if i <= title_end:
                continue
            if text in ("%", "percent") or points and text in ("points", "point"):
                if i > 0 and doc[i - 1].like_num:
                    yield i
            elif AMOUNT_WORD.fullmatch(text):
                yield i

    def linked_amounts(self, doc: Doc, links: list[list[str]]) -> Iterator[tuple[list[str], int, Span]]:
        """(the link, the token after it, the sentence) for each amount (``amount_ends``, points too) that one
        of ``links`` follows ("a 9.0% increase in …", "by 5.5% in …"): where the two rules that read the words
        after such a link start."""
        lowers = token_words(doc)[1]
        for i in self.amount_ends(doc, points=True):
            link = next((link for link in links if lowers[i + 1 : i + 1 + len(link)] == link), None)
            if link is not None:
                yield link, i + 1 + len(link), sentence_at(doc, i)

    def measure_head(self, lower: str) -> bool:
        """A noun a measure's name written after its amount may end in (lexicon ``measure_heads``,
        ``scored_measure_heads``, ``amount_measure_heads``, or any "-ness" word)."""
        return lower in self.words.amount_named_heads or lower.endswith("ness")

    def measure_word(self, t) -> bool:
        """A word a measure's name written after its amount holds: lower-case, no stop word, no
        verb form ("regarding", "achieved") unless a listed metric modifier."""
        lower = t.lower_
        return (t.is_lower and (t.is_alpha or "-" in t.text) and not t.is_stop
                and not (lower.endswith(("ing", "ed")) and lower not in self.words.metric_modifiers))

    @staticmethod
    def percent_follows(doc: Doc, i: int, end: int) -> bool:
        """A percentage next, or after a qualifier or two ("to 10%", "to only 12 percent", "to less than 5%")."""
        for j in range(i, min(end - 1, i + 3)):
            if doc[j].like_num:
                return doc[j + 1].text in ("%", "percent", "\\%")
            if not doc[j].is_alpha:
                return False
        return False

    @staticmethod
    def number_follows(doc: Doc, i: int, end: int) -> bool:
        """A number next, or after a qualifier or two ("of 26%", "below 4.1%", "of up to 0.9"); not a
        name that opens with a digit ("the architectural similarity of 3D scene models")."""
        for j in range(i, min(end, i + 3)):
            if NUMBER_TOKEN.fullmatch(doc[j].text):
                return True
            if not (doc[j].is_alpha and doc[j].is_lower):
                return False
        return False

    @staticmethod
    def measured_number_follows(doc: Doc, i: int, end: int) -> bool:
        """A decimal, a percentage or a number with its unit next ("of 0.932", "of 20.1 ms", "of 8 minutes"); not
        a count ("the cosine similarity of 3 embeddings"), nor a number a capitalised measure follows ("an
        inference speed of 29.29 FPS": span train's gold gives such a number FPS or no metric, never the speed).
        Narrower than ``amount_follows`` on purpose, not a second copy of it: it decides whether a cost the
        gazetteer lists as reported only (``unreported_metric``: cosine similarity, inference time), which texts
        name in passing as often, is given its number, so the number stands right after the link (past a
        spaced "~" or "$") and is measured; a whole number with no unit there is most often a count of the
        things compared, which ``amount_follows`` would take, and a qualified number ("of up to 0.932") stays
        unread, as measure61 counted it (session 61). Each reading has a test that fails with the other in its
        place (tests/test_results.py, session 62, tidy62)."""
        j = i + 1 if i < end and doc[i].text in ("~", "$") else i
        if j >= end or not NUMBER_TOKEN.fullmatch(doc[j].text):
            return False
        unit = doc[j + 1].text if j + 1 < end else ""
        if unit.isalpha() and not unit.islower():
            return False  # "29.29 FPS", "1.31 FID": the number is the named measure's
        return "." in doc[j].text or doc[j].text.endswith(("%", "x", "×")) or unit.lower() in AMOUNT_UNITS or unit == "\\%"

    @staticmethod
    def amount_follows(doc: Doc, i: int, end: int) -> bool:
        """A number within the next four tokens, whatever stands before or after it in them ("by 40%", "by up
        to 2.1x", "from $0.398", "a groundedness score of up to 88%", "a localization error of 3 pixels"; a
        number word or a token opening with a digit counts). Read where the words before already make a
        measure (a change verb's "by" / "from", a scored measure noun after "a" / "an"), so a qualified
        or a bare whole number is its value; ``measured_number_follows`` is the narrower reading for a
        listed cost named in passing (see there)."""
        return any(t.like_num or t.text[:1].isdigit() or t.text[:1] in "$~+" and t.text[1:2].isdigit() for t in doc[i : min(end, i + 4)])

    @staticmethod
    def metric_member_word(doc: Doc, t) -> bool:
        """A word a metric's name holds: no stop word standing alone ("LLM-as-judge" keeps its
        "as"), no number, no symbol."""
        if t.is_stop and t.whitespace_ and (t.i == 0 or doc[t.i - 1].whitespace_):
            return False
        return t.is_alpha or is_name_token(t) or t.text == "-"

    def metric_list_start(self, doc: Doc, i: int) -> int | None:
        """The first token of the list after a metric noun at ``i`` - 1, past an opener (":",
        "(", ", including", "such as"); None where no opener follows."""
        if i < len(doc) and doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].text not in (":", "("):
            i += 1
        for opener in self.words.metric_list_openers:
            j, text = i, ""
            while j < len(doc) and len(text) < len(opener):
                text += doc[j].lower_
                j += 1
            if text == opener:
                return j + 1 if j < len(doc) and doc[j].text == "," else j
        return None

    @staticmethod
    def list_members(doc: Doc, start: int, end: int, closing: str | None) -> Iterator[tuple[int, int]]:
        """(first, last) of each member of the list from ``start``: runs of tokens between ","
        "and" "or"; the list ends after the member that follows "and"/"or", at ``closing``, or at a
        sentence mark or a word no name holds. A member's bracketed short form is left out."""
        i, final = start, False
        for _ in range(MAX_CONJUNCTS):
            first = i
            while i < end and doc[i].text not in (",", ";", ".", ":", "(", ")") and doc[i].lower_ not in ("and", "or"):
                if not MetricNameRules.metric_member_word(doc, doc[i]):
                    return  # "metrics like perplexity to measure …": the list has turned into a sentence
                i += 1
            if i > first:
                yield first, i
            if i < end and doc[i].text == "(" and doc[i].text != closing:
                while i < end and doc[i].text != ")":
                    i += 1
                i += 1  # "area under the curve (AUC)"
            if final or i >= end or doc[i].text in (";", ".", ":") or doc[i].text == closing:
                return
            while i < end and doc[i].text in (",", "and", "or"):
                final = final or doc[i].text in ("and", "or")
                i += 1

    def not_a_reported_metric(self, doc: Doc, cand: Candidate, candidates: list[Candidate]) -> bool:
        """A Metric candidate the text names in a sense no result is reported in: a word beside it that
        makes it none (``wrong_metric_context``), a score a method gives each item (``item_score``), a
        listed cost named in passing (``unreported_metric``) or a word that is also a metric's name with
        nothing to score it (``unscored_metric``). The one test both readers of the recogniser's
        candidates apply (the choice of spans and the listed names inside a dropped span)."""
        return (self.wrong_metric_context(doc, cand) or self.item_score(doc, cand) or self.unreported_metric(doc, cand, candidates)
                or self.unscored_metric(doc, cand, candidates))

    def wrong_metric_context(self, doc: Doc, cand: Candidate) -> bool:
        """"low precision", "4-bit precision", "factual recall" are no metrics; nor is a compound
        adjective before a noun ("high throughput decoding", "high-throughput screening")."""
        if cand.label != "Metric" or cand.start == 0:
            return False
        text = span_text(doc[cand.start : cand.end]).lower()
        stops = self.lexicon.get("metric_context_stop", {}).get(text)
        if stops and doc[cand.start - 1].lower_ in stops:
            return True
        before = self.lexicon.get("metric_adjective_compounds", {}).get(text)
        if not before or cand.end >= len(doc):
            return False
        prev = doc[cand.start - 2] if doc[cand.start - 1].text == "-" and cand.start >= 2 else doc[cand.start - 1]
        nxt = doc[cand.end]
        return prev.lower_ in before and nxt.is_alpha and nxt.is_lower and not nxt.is_stop and not nxt.lower_.endswith(("ed", "ly"))

    def valued_recognised_measure(self, doc: Doc, cands: list[Candidate]) -> bool:
        """Whether the trained recogniser's Metric is given a number right after it at one of its mentions
        ("achieves a mean angular error of 2.04", "reduces energy use by up to 73%", "a bias score (9.5)": a
        link of lexicon ``valued_measure_links``, then ``number_follows``). The span typer, trained on the
        rules' names only, reads such measures as no name ("mean square error", "response time"); the number
        says they are measured (metric63; read in ``typed_labels``). Not where a listed metric ends it ("peak
        accuracy of 0.89", "median Dice scores of 0.96"): ``listed_inside_dropped`` already keeps the listed name; nor
        opened by a split's or a setting's word (lexicon ``scored_measure_stop``: "a training error of 0.02")."""
        for cand in cands:
            if cand.rule != "span_model" or cand.label != "Metric" or cand.end + 1 >= len(doc) or doc[cand.start].lower_ in self.words.scored_measure_stop:
                continue
            if any((entry := self.lookup(span_text(doc[i : cand.end]))) is not None and entry.label == "Metric" for i in range(cand.start + 1, cand.end)):
                continue
            sent = sentence_at(doc, cand.start)
            if doc[cand.end].lower_ in self.words.valued_measure_links and self.number_follows(doc, cand.end + 1, sent.end):
                return True
        return False

    def item_score(self, doc: Doc, cand: Candidate) -> bool:
        """"provides a relevance score for each sentence", "computes an interpretability score for each
        word", "assign an optimal compression ratio to each sentence": a score a method gives every item
        it reads is a working part of that method, no measure its results are reported in (metric61: the
        unseen draw's two such Metric nodes both wrong, span train's one not gold). Read where the Metric is
        followed by "for" / "to" and "each" / "every" (lexicon ``item_score_links``, ``item_score_quantifiers``)
        and made by a verb (lexicon ``item_score_verbs``, as written) at most ``ITEM_SCORE_GAP`` words before
        it, an indefinite article first (lexicon ``item_score_articles``: "a" / "an", not "the"): "we report / compute the F1 score for each
        class" stays a metric."""
        if cand.label != "Metric" or cand.end + 1 >= len(doc):
            return False
        if doc[cand.end].lower_ not in self.words.item_score_links or doc[cand.end + 1].lower_ not in self.words.item_score_quantifiers:
            return False
        sent = sentence_at(doc, cand.start)
        before = doc[max(sent.start, cand.start - ITEM_SCORE_GAP - 1) : cand.start]
        for k, t in enumerate(before):
            if t.lower_ in self.words.item_score_verbs:
                gap = before[k + 1 :]
                return len(gap) > 0 and gap[0].lower_ in self.words.item_score_articles and all(u.is_alpha for u in gap)
        return False

    def unreported_metric(self, doc: Doc, cand: Candidate, candidates: list[Candidate] = ()) -> bool:
        """"at inference time", "training-time methods", "the computational cost of fine-tuning":
        a cost a text names in passing. Such a gazetteer metric (``reported_only``) is one only
        with an amount ("cuts training time by 40%", "3.7x FLOPs reduction"), a number its link gives it ("an
        average cosine similarity of 0.932", "an inference time of 20.1 ms": AMOUNT wants a unit), a comparison
        ("run-time performance on par with X", "less training time than") or a word that says it
        moved ("halving inference time", "lower computational cost", "runtime improvements"; lexicon
        ``metric_change_words``, ``metric_change_after``)
        beside it."""
        entry = self.lookup(cand.canonical) if cand.label == "Metric" and cand.canonical else None
        if entry is None or not entry.reported_only:
            return False
        if self.hyphened_modifier(doc, cand):
            return True
        sent = sentence_at(doc, cand.start)
        window = doc[max(sent.start, cand.start - REPORT_WINDOW) : min(sent.end, cand.end + REPORT_WINDOW)]
        compared = self.words.comparison_cues
        if any(t.lower_ in self.words.metric_change_words for t in doc[max(sent.start, cand.start - CHANGE_WINDOW) : cand.start]):
            return False
        if cand.end < sent.end and doc[cand.end].lower_ in self.words.metric_change_after:
            return False  # "runtime improvements over the state of the art"
        if (cand.end + 1 < sent.end and doc[cand.end].lower_ in SCORE_LINKS and self.measured_number_follows(doc, cand.end + 1, sent.end)
                and not (cand.start > 0 and doc[cand.start - 1].lower_ == "at")):
            return False  # "an average cosine similarity of 0.932", "an inference time of 20.1 ms": given its number (not "a speedup at training time of ~10x": when)
        if any(self.listed_with(doc, cand, c) for c in candidates):
            return False
        return not any(AMOUNT.match(t.text) or (t.like_num and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in AMOUNT_UNITS)
                       or t.lower_ in compared for t in window)

    def hyphened_modifier(self, doc: Doc, cand: Candidate) -> bool:
        """"when using inference-time reasoning", "training-time methods": a cost written
        hyphen-joined before a lower-case noun modifies that noun, whatever amount the sentence
        reports (lexicon ``hyphened_cost_measures``: "run-time performance" still measures it)."""
        if "-" not in span_text(doc[cand.start : cand.end]) or cand.end >= len(doc):
            return False
        nxt = doc[cand.end]
        return nxt.is_alpha and nxt.is_lower and not nxt.is_stop and nxt.lower_ not in self.words.hyphened_cost_measures

    def listed_with(self, doc: Doc, cand: Candidate, other: Candidate) -> bool:
        """"compare the accuracy, F1-score and run time", "a trade-off between accuracy and inference
        speed": a cost listed beside another metric is one of the measures the paper reports."""
        if other.label != "Metric" or other is cand or (other.start < cand.end and cand.start < other.end):
            return False
        if (cand.canonical or "").lower() in self.words.metric_goal_words:
            return False  # "a trade-off between helpfulness and harmlessness": the aims of alignment
        entry = self.lookup(other.canonical) if other.canonical else None
        if entry is not None and entry.reported_only:
            return False
        gap = doc[other.end : cand.start] if other.end <= cand.start else doc[cand.end : other.start]
        if not 1 <= len(gap) <= COORDINATION_GAP or not any(t.lower_ in ("and", "or", ",") for t in gap):
            return False
        member = [i for i, t in enumerate(gap) if t.lower_ not in self.words.metric_list_glue]
        if not member:
            return True
        # one more list member between, set off by a comma: "win rate, model size, training time"
        first, last = member[0], member[-1]
        return (last - first + 1 == len(member) and first > 0 and gap[first - 1].text == "," and last + 1 < len(gap)
                and all(t.is_alpha and not t.is_stop for t in gap[first : last + 1]))

    def unscored_metric(self, doc: Doc, cand: Candidate, candidates: list[Candidate]) -> bool:
        """"precision medicine", "finite precision RNNs", "improve the precision of LVLMs": a word
        that is also a metric's name (``scored_only``) is the metric only beside a number ("a
        precision of 0.88"), a comparison, another metric ("precision, recall and F1"), or in a
        sentence with a percentage ("improves retrieval recall over our baseline by 2-3%"). Span
        train: of the 30 "precision" mentions this drops, 25 are in papers whose gold has no such metric.
        Never before a study noun (lexicon ``study_nouns``): "a sensitivity analysis over 3 seeds" names
        what is studied, whatever number is near. A metric with a common plain sense (lexicon
        ``number_scored_metrics``: "sensitivity to noise") needs a number right beside it or a list of
        metrics it is a member of ("accuracy, sensitivity and specificity")."""
        entry = self.lookup(cand.canonical) if cand.label == "Metric" and cand.canonical else None
        if entry is None or not entry.scored_only:
            return False
        if cand.end < len(doc) and doc[cand.end].lower_ in self.words.study_nouns:
            return True
        if cand.canonical.lower() in self.words.number_scored_metrics:
            sent = sentence_at(doc, cand.start)
            near = doc[max(sent.start, cand.start - NUMBER_WINDOW) : min(sent.end, cand.end + NUMBER_WINDOW)]
            return not (any(any(ch.isdigit() for ch in t.text) or t.text in ("%", "\\%") for t in near)  # not like_num: "upstream-first"
                        or any(self.listed_with(doc, cand, c) for c in candidates))
        sent = sentence_at(doc, cand.start)
        window = doc[max(sent.start, cand.start - REPORT_WINDOW) : min(sent.end, cand.end + REPORT_WINDOW)]
        if any(t.like_num or t.text == "%" or t.lower_ in self.words.comparison_cues for t in window) or any(t.text == "%" for t in sent):
            return False
        if any(t.lower_ in self.words.metric_scoring_words for t in doc[max(sent.start, cand.start - CHANGE_WINDOW) : cand.start]):
            return False  # "human evaluations for helpfulness and safety"
        own = fold_name(span_text(doc[cand.start : cand.end]))
        return not any(c.label == "Metric" and sent.start <= c.start and c.end <= sent.end and (c.end <= cand.start or c.start >= cand.end)
                       and fold_name(span_text(doc[c.start : c.end])) != own and not self.unreported_metric(doc, c) for c in candidates)
