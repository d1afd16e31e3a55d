"""Reported numbers: the ``kg_result_extractor`` component.

Reads the numbers an abstract reports ("67.2% accuracy on MMLU", "improves BLEU by 2.1",
"a 1.56x speed-up", "reduces perplexity from 10.9 to 10.2", "2-5%") and ties each to the
metric, the dataset or benchmark and the model or method named in the same clause, from the
entities the recogniser already found. Numbers that are not results (sizes such as 7B, years,
counts, citations, section numbers, versions such as GPT-3.5, digits inside names such as
CIFAR-10) are never read: a number inside an entity is part of a name, a bare number needs a
unit or a metric next to it, and cue words (``data/results.json``) rule out the rest.

Pure functions over one sentence's text and entity spans do the work; the component only
walks the sentences. Output: ``doc._.kg_results``, a list of ``ResultHit``. The stages, each
importing only the ones before it: ``result_numbers`` (which numbers are read) <- ``result_kinds``
(score or gain) <- ``result_owners`` (whose, on the first reading) <- ``result_sentences``
(``read_results``: a sentence's lists and orders) <- ``result_owner_passes`` (the learned
attribution and the comparison rules) <- ``result_carry`` (the dataset and metric carried across the
sentence) <- ``result_paper_roles`` (names from beyond the sentence) <- this module.
"""

import json
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ConfigError
from kg.extract.data_files import data_dir_or_default
from kg.extract.parse import doc_ents, entities_by_sentence, sentence_list, span_text, token_words
from kg.extract.relation_hits import RelationHit
from kg.extract.result_carry import (PAPER_LEVEL_ON, average_not_on_a_later_numbers_place, by_item_names_its_own_measure, carried_metrics,
                                     earlier_numbers_measure_not_past_its_own,
                                     enumerated_finding_not_carried, gain_on_the_change_it_sizes, metric_list_in_passing, not_past_an_unnamed_place,
                                     on_a_task_not_carried, on_counted_sets, on_left_unsaid, on_named_elsewhere, one_number_over_several_sets,
                                     own_measure_not_the_earlier_ones, place_labelled_before, place_named_as_a_source, place_named_right_before,
                                     respectively_places_in_order, trailing_metric_shared)
from kg.extract.result_model import RESULT_MODEL_FILE, PaperContext, ResultModel
from kg.extract.result_numbers import ON_LABELS, Cues, ResultHit, number_patterns
from kg.extract.result_owner_passes import (beaten_ones_bracketed_score, beaten_ones_number_is_the_winners, measured_on_a_named_model,
                                            model_attribution, named_as_a_means_of_the_own, named_as_a_setting, named_as_left_out,
                                            named_as_set_beside, named_in_a_setting_role, named_past_a_comparison,
                                            signed_margin_after_the_compared, versus_pair_after_the_compared, versus_score_is_the_compared_ones,
                                            winner_and_beaten_scores)
from kg.extract.result_paper_roles import (background_shares_dropped, echo_names, echoed_mentions, first_authorial_sentence,
                                           ownerless_gain_not_on_introduced, paper_context, paper_level_roles, proposal_the_sentence_names,
                                           coined_name_over_a_title_phrase, sole_proposed_on, title_head_owns_paper_level_picks)
from kg.extract.result_sentences import bracketed_names_after, one_per_listed_metric, possessors_number, read_results
from kg.names import extraction_fold_name as fold_name

if not Doc.has_extension("kg_results"):
    Doc.set_extension("kg_results", default=None)


NAMED_ON_RULES = frozenset({"same_clause", "in_order", "sentence_opener"})  # the sentence names the benchmark
ATTRIBUTION_MODES = ("model", "rules")


# A sentence that opens on the score of the one before ("This performance surpasses GPT-4-Turbo (17.6%)",
# "This yields a 13.82% net increase"): its numbers are on that score's metric.
ANAPHORIC_SCORE = re.compile(r"\s*(?:This|These)\s+(?:performance|results?|scores?|yields?|accuracy)\b")


class ResultExtractor:
    """Finds ``ResultHit`` records in each sentence, after entities and relations."""

    def __init__(self, nlp: Language, name: str, attribution: str = "model"):
        if attribution not in ATTRIBUTION_MODES:
            raise ConfigError(f"{name}: attribution {attribution!r} is not one of {ATTRIBUTION_MODES}")
        self.nlp = nlp
        self.name = name
        self.attribution = attribution
        self.cues: Cues | None = None
        self.data: dict = {}
        self.model: ResultModel | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None, data_dir: str | None = None) -> None:
        directory = data_dir_or_default(data_dir)
        try:
            self.data = json.loads((directory / "results.json").read_text(encoding="utf-8"))
            self.cues = Cues.from_dict(self.data)
        except (OSError, ValueError, KeyError) as exc:
            raise ConfigError(f"cannot read result cue words in {directory}: {exc}") from exc
        self.patterns = number_patterns(self.cues)
        self.model = ResultModel.load(directory / RESULT_MODEL_FILE) if self.attribution == "model" else None

    def to_disk(self, path, exclude=()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)
        (Path(path) / "results.json").write_text(json.dumps(self.data), encoding="utf-8")
        if self.model is not None:
            (Path(path) / RESULT_MODEL_FILE).write_text(self.model.to_json(), encoding="utf-8")

    def from_disk(self, path, exclude=()) -> "ResultExtractor":
        self.initialize(data_dir=str(path))
        return self

    def __call__(self, doc: Doc) -> Doc:
        if self.cues is None:
            raise ConfigError(f"{self.name} is not initialized: call initialize() (kg.extract.build_pipeline does)")
        doc._.kg_results = self.extract(doc)
        doc._.kg_relations = evaluated_by_results(doc, doc._.kg_results)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def extract(self, doc: Doc) -> list[ResultHit]:
        context = paper_context(doc, self.cues.title_lead_heads)
        ents = doc_ents(doc)
        hits: list[ResultHit] = []
        starts = [e.start_char for e in ents]
        echoes = echo_names(ents)
        lowers = token_words(doc)[1]
        sentences = sentence_list(doc)
        first_authorial = first_authorial_sentence([span_text(sent) for sent in sentences])
        for s_index, (sent, members) in enumerate(zip(sentences, entities_by_sentence(doc))):
            text = span_text(sent)
            if not any(c.isdigit() for c in text) and not any(w in self.cues.number_words for w in lowers[sent.start : sent.end]):
                continue
            # (the title is a sentence of its own: make_doc starts a sentence where the abstract does)
            base = sent.start_char
            spans = [(ents[i].start_char - base, ents[i].end_char - base, ents[i].label_, i) for i in members]
            spans = sorted(spans + echoed_mentions(text, spans, echoes)) if echoes else spans
            # "… reaches a 38.5% success rate. This performance surpasses GPT-4o (13.9%)": the previous sentence's measure
            previous = next((h.metric for h in reversed(hits) if h.sentence == s_index - 1 and h.metric is not None), None)
            hits.extend(self.sentence_results(text, base, s_index, spans, context, bisect_left(starts, base), previous,
                                              0 < s_index < first_authorial))
        return hits

    def sentence_results(self, text: str, base: int, s_index: int, spans: list[tuple[int, int, str, int]], context: PaperContext,
                         entities_before: int | None = None, previous_metric: int | None = None, background: bool = False) -> list[ResultHit]:
        """``spans``: the sentence's entities (start, end, label, entity index), offsets into ``text``;
        ``entities_before``: how many of the paper's entities start before the sentence; ``previous_metric``:
        the metric of the last number read in the sentence before (or None); ``background``: the sentence
        comes before the abstract's first one in the authors' voice (``first_authorial_sentence``)."""
        proposed = context.proposed[0] if context.proposed else None
        proposed_folds = frozenset(context.fold_of[i] for i in context.proposed)
        found = read_results(text, spans, proposed, proposed_folds, context.fold_of, self.cues, self.patterns, sole_proposed_on(context))
        if self.model is not None:
            found = named_as_a_setting(model_attribution(self.model, text, spans, found, context, self.cues.comparison, self.cues.scorer_heads,
                                                         self.cues.base_before),
                                       text, spans, context, self.cues.setting_opener)
        else:
            found = [f + ("same_clause",) for f in found]
        found = measured_on_a_named_model(named_in_a_setting_role(found, text, spans, context, self.cues), text, spans, context, self.cues)
        found = named_as_a_means_of_the_own(found, text, spans, context, self.cues)
        found = bracketed_names_after(found, text, spans)
        found = beaten_ones_bracketed_score(found, text, spans, self.cues)
        found = winner_and_beaten_scores(beaten_ones_number_is_the_winners(found, text, spans, context), text, spans)
        found = signed_margin_after_the_compared(found, text, spans, context)
        found = possessors_number(versus_score_is_the_compared_ones(found, text, spans, context), text, spans, self.cues.change_words)
        found = named_past_a_comparison(versus_pair_after_the_compared(found, text, spans, context, self.cues.pair_compared), text, spans, context,
                                         self.cues.pair_compared)
        found = named_as_set_beside(named_as_left_out(found, text, spans, context, self.cues), text, spans, context, self.cues)
        found = trailing_metric_shared(carried_metrics(one_per_listed_metric(found, text, spans), text), text, spans)
        found = respectively_places_in_order(found, text, spans)
        found = by_item_names_its_own_measure(found, text, spans, self.cues)
        found = paper_level_roles(found, text, spans, context, entities_before, background)
        if background:
            found = background_shares_dropped(found, text, spans)
        found = title_head_owns_paper_level_picks(found, text, spans, context)
        found = proposal_the_sentence_names(found, text, context, self.cues.title_lead_heads)
        found = coined_name_over_a_title_phrase(found, text, context, entities_before)
        found = one_number_over_several_sets(own_measure_not_the_earlier_ones(found, text, spans, self.cues.change_words), text, spans)
        found = earlier_numbers_measure_not_past_its_own(found, text, spans, self.cues.change_words, self.cues.comparatives,
                                                          self.cues.not_measures_after_comparative)
        found = on_counted_sets(found, text, spans, self.cues.counted_sets)
        # A speed-up or a time is not put on the paper's dataset or benchmark the sentence does not name, nor an
        # amount of time, memory or power a change is written in ("from 65GB to 2GB").
        found = [on_left_unsaid(f) if f[6] in PAPER_LEVEL_ON and (f[0].unit in self.cues.not_carried_on
                                                                  or f[0].unit.lower() in self.cues.amount_units)
                 else f for f in found]
        found = ownerless_gain_not_on_introduced(found)
        found = metric_list_in_passing(enumerated_finding_not_carried(on_a_task_not_carried(found, text, spans), text), text, spans)
        found = not_past_an_unnamed_place(on_named_elsewhere(found, text, spans, self.cues.place_refers_back), text, spans)
        found = place_named_as_a_source(place_named_right_before(found, text, spans, self.cues.place_not_measured_after), text, spans,
                                        self.cues.place_source_heads)
        found = average_not_on_a_later_numbers_place(gain_on_the_change_it_sizes(found, text), text, spans)
        found = place_labelled_before(found, text, spans)
        if previous_metric is not None and ANAPHORIC_SCORE.match(text):
            found = [f[:4] + (previous_metric,) + f[5:7] + ("carried",) + f[8:] if f[4] is None else f for f in found]
        hits = []
        for n, kind, of, on, metric, how, on_how, metric_how in found:
            explicit = how in ("same_clause", "respectively", "model", "compared")
            confidence = 0.8 if n.unit else 0.7
            hits.append(ResultHit(
                start=base + n.start, end=base + n.end, text=text[n.start : n.end], value=n.value, unit=n.unit, kind=kind,
                from_value=n.from_value, low=n.low, sentence=s_index, sentence_text=text.strip(), of=of, on=on, metric=metric, rule=f"result_{n.pattern}",
                of_rule=how, confidence=confidence if explicit or of is None else round(confidence - 0.15, 2), on_rule=on_how, metric_rule=metric_how,
            ))
        return hits


def evaluated_by_results(doc: Doc, results: list[ResultHit]) -> list[RelationHit]:
    """The paper's relations, with EVALUATES_ON added for each dataset or benchmark the text
    gives one of its results on ("On 19 languages from the Universal Dependencies, our method is
    1.3% more accurate") where the relation extractor made it only USES or MENTIONS: a number
    the paper reports on a benchmark is an evaluation on it (Papers with Code's leaderboards list
    such a paper under that benchmark). A USES stays beside it ("trained on the Penn Treebank:
    93.55 F1"); a MENTIONS gives way, and so does the USES the roles give a dataset named with no
    cue word (rule ``dataset_mention``: "On ProofNet, pass@32 improves from 21.51% to 25.81%"
    says no use, only the result; session 67, evaldata67: see docs/history-relations.md). Only a
    benchmark the sentence names itself counts, not one carried from the paper's context."""
    relations = list(doc._.kg_relations or ())
    ents = doc_ents(doc)
    named_on = [r for r in results if r.on is not None and r.on_rule in NAMED_ON_RULES and ents[r.on].label_ in ON_LABELS]
    if not named_on:
        return relations  # most papers: nothing to fold
    folds = {i: fold_name(e._.kg_canonical or e.text) for i, e in enumerate(ents)}
    roles: dict[str, set[str]] = {}
    for h in relations:
        if h.head is None:
            roles.setdefault(folds[h.tail], set()).add(h.type)
    for r in named_on:
        fold = folds[r.on]
        if roles.setdefault(fold, set()) & {"EVALUATES_ON", "PROPOSES"}:
            continue
        relations = [h for h in relations if not (h.head is None and folds[h.tail] == fold and gives_way_to_result(h))]
        relations.append(RelationHit(None, "EVALUATES_ON", r.on, "result_on", 0.7, r.sentence))
        roles[fold] = {"EVALUATES_ON"}
    return relations


def gives_way_to_result(hit: RelationHit) -> bool:
    """A paper role that a result reported on its dataset replaces: a MENTIONS, or the USES of a
    dataset named with no cue word (``dataset_mention``), not a USES a training or source cue made."""
    return hit.type == "MENTIONS" or (hit.type == "USES" and hit.rule == "dataset_mention")


@Language.factory(
    "kg_result_extractor",
    assigns=["doc._.kg_results", "doc._.kg_relations"],
    requires=["doc.ents", "doc._.kg_relations", "token.is_sent_start"],
    default_config={"attribution": "model"},
)
def make_result_extractor(nlp: Language, name: str, attribution: str) -> ResultExtractor:
    """``attribution``: "model" (the learned attribution of ``data/result_model.json`` over the
    rules' reading, where that file exists) or "rules" (the rules alone)."""
    return ResultExtractor(nlp, name=name, attribution=attribution)
