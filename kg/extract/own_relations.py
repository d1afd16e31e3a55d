"""The paper's own contribution related to named entities across the abstract.

When the paper proposes one thing, relations it states without naming it ("we apply it to X") are the
proposal's: these rules relate proposed entities to the other names of the abstract (``USED_FOR``,
``OUTPERFORMS``, ``APPLIED_TO``) by rule, and by the learned own-pair kinds (``OWN_KINDS``) of the pair model. Split out of relations.py in session 51 (no behaviour change).
"""

from spacy.tokens import Doc, Span

from kg.extract.pair_model import OWN_KINDS, own_pair_features, own_pairs
from kg.extract.paper_roles import generic_phrase
from kg.extract.parse import CLAUSE_BREAKS, entities_by_sentence, past_bracket, phrase_positions, token_words
from kg.extract.relation_hits import RelationHit
from kg.names import extraction_fold_name as fold_name


class OwnRelationRules:
    """``RelationExtractor``'s relations of the proposed entities to the rest of the abstract.

    Reads the extractor's ``pair_model`` and its word lists ``words.comparing_words``, ``words.eval_cues``,
    ``words.naming``, ``words.outperform``, ``words.outperform_reversed``, ``words.propose_verbs``,
    ``words.task_means_nouns``, ``words.task_property_nouns``, ``words.task_system_nouns``.
    Calls the component's and the other mixins' ``a_compared_target``, ``a_means_target``, ``authors_speak``,
    ``compares``, ``participle_clause``, ``sentence_roles``.
    """

    def sole_proposed_for_tasks(self, ents: list[Span], sents: list[Span], proposed: set[int], hits: list[RelationHit]) -> list[RelationHit]:
        """A paper that proposes one method, model or dataset uses it for the tasks it addresses
        where the authors speak ("we", "our", "this paper"), not only in the sentences that name it.

        In the train annotations a paper's one proposed thing is USED_FOR 78% of its addressed
        tasks. Measured and left out: papers with two proposed things, background tasks, and
        tasks in sentences where the authors do not speak (each lowered relation F1 on a tuning set)."""
        own = {fold_name(ents[i]._.kg_canonical or ents[i].text): i for i in sorted(proposed) if ents[i].label_ in ("Method", "Model", "Dataset")}
        if len(own) != 1:
            return []
        (head,) = own.values()
        return [RelationHit(head, "USED_FOR", h.tail, "sole_proposed_for_task", 0.5, h.sentence) for h in hits
                if h.head is None and h.type == "ADDRESSES" and h.confidence >= 0.7 and self.authors_speak(sents[h.sentence])]

    def learned_own_relations(self, doc: Doc, ents: list[Span], sent_of: dict[int, int], proposed: set[int], sents: list[Span],
                              parts: set[int] = frozenset()) -> list[RelationHit]:
        """Relations from each thing the paper proposes to the other names of the abstract, in
        any two sentences, where a trained classifier of ``OWN_KINDS`` in ``pair_model.json`` says so."""
        model = self.pair_model
        kinds = [kind for kind in OWN_KINDS if model is not None and kind in model.weights]
        if not kinds or not proposed:
            return []
        groups: dict[tuple[str, str], list[int]] = {}
        for i, ent in enumerate(ents):
            groups.setdefault((ent.label_, fold_name(ent._.kg_canonical or ent.text)), []).append(i)
        own = {fold_name(ents[i]._.kg_canonical or ents[i].text) for i in proposed}
        roles = self.sentence_roles(sents)
        hits = []
        for kind in kinds:
            for head, other, n_own in own_pairs(kind, groups, own):
                if all(generic_phrase(ents[i].text) for i in head):
                    continue  # "we propose a knowledge distillation method": mostly used, not the paper's own name
                if OWN_KINDS[kind][0] == "APPLIED_TO" and all(self.a_compared_target(ents[i]) or self.a_means_target(ents[i]) for i in other):
                    continue
                if OWN_KINDS[kind][0] == "USED_FOR" and all(self.an_ability(doc, ents[i]) or self.names_a_system(doc, ents[i])
                                                             or self.a_means_modifier(doc, ents[i])
                                                             or recast_as(doc, ents[i])
                                                             or (ents[head[0]].label_ != "Dataset" and a_dataset_task(doc, ents[i])) for i in other):
                    continue
                if OWN_KINDS[kind][0] == "USED_FOR" and both_in_title(doc, ents, head, other):
                    continue  # the title's own pair is the sentence classifier's to judge
                if OWN_KINDS[kind][0] == "USED_FOR" and beside_another_own(ents, sent_of, proposed, parts, head, other):
                    continue
                if OWN_KINDS[kind][0] == "OUTPERFORMS" and not any(self.compared_in(doc, sents[sent_of[i]]) for i in other):
                    continue
                p = model.probability(kind, own_pair_features(doc, sent_of, ents, head, other, n_own, roles))
                if p >= model.threshold_of(kind):
                    first_own = min(i for i in head if i in proposed) if proposed.intersection(head) else head[0]
                    hits.append(RelationHit(first_own, OWN_KINDS[kind][0], other[0], "learned_own", round(0.4 + 0.3 * p, 2), sent_of[other[0]]))
        return hits

    def compared_in(self, doc: Doc, sent: Span) -> bool:
        """A sentence that compares (lexicon ``outperform_verbs``, ``comparison_words``, the first words
        of ``outperform_advantage_targets`` and ``outperform_reversed``: "outperforms", "than", "vs",
        "compared", "over", "lags behind"): the learned own → other classifier's OUTPERFORMS needs one
        among the sentences that name the other thing. Where none does ("through methods such as
        DreamBooth and Textual Inversion", "We employ a planning engine on Llama-2", "fails to match
        traditional ResNet-based models", "competitive with state-of-the-art Flow Matching models"),
        the session 61 and 62 draws: 7 edges, 5 wrong, 2 doubtful; span train 1, not annotated. Session
        62 (outperf62): see docs/history-relations.md."""
        words = token_words(doc)[1][sent.start : sent.end]
        return (self.compares(words) or bool(set(words) & self.words.comparing_words)
                or bool(phrase_positions(words, self.words.outperform_reversed)))

    def an_ability(self, doc: Doc, task: Span) -> bool:
        """"the instruction-following capabilities of LLMs", "question answering accuracy",
        "keyword translation pairs": a task named only as something's ability or score is not a
        task the paper's own thing is said to serve (own → task edges so named: span dev 0 of 5
        annotated, proxy2 0 of 2, span train 4 of 21)."""
        return task.end < len(doc) and doc[task.end].lower_ in self.words.task_property_nouns

    def names_a_system(self, doc: Doc, task: Span) -> bool:
        """"a conventional word prediction framework", "a scalable synthetic data generation
        pipeline": a task named only as what a method or system is built for (lexicon
        ``task_system_nouns``, singular nouns) is not a task the paper's own thing is said to
        serve (learned own → task edges so named, span train: 23 of 27 not annotated; after a
        plural, "outperforms all competing online video depth estimation methods", 4 of 8)."""
        return task.end < len(doc) and doc[task.end].lower_ in self.words.task_system_nouns

    def a_means_modifier(self, doc: Doc, task: Span) -> bool:
        """"a speaker recognition loss during training", "a simple language modeling objective",
        "robustness in adversarial retrieval conditions": a task named only as the kind of a loss,
        objective or supervision, or of the conditions a thing is tested under (lexicon
        ``task_means_nouns``), is a means or frame of the paper's own thing, not a task it is said
        to serve (learned own → task edges so named: span train 2, the session 53-59 draws 7, none
        right by reading; none annotated)."""
        return task.end < len(doc) and doc[task.end].lower_ in self.words.task_means_nouns

    def proposed_entity_relations(self, doc, ents, sents, sent_of, proposed, hits, replaced: set[str] = frozenset()) -> list[RelationHit]:
        """What "we"/"our method" does, credited to what the paper proposes (relation types
        in ``replaced`` are left to the learned classifiers of ``OWN_KINDS``).

        - its tasks: a proposed method/model/dataset is USED_FOR the tasks of the title and of
          the sentences that introduce or name it;
        - its comparisons and targets: in sentences whose subject is the authors or the
          proposed thing, it OUTPERFORMS the models/methods after the cue and is APPLIED_TO
          the models named.
        """
        out: list[RelationHit] = []
        ours = [i for i in sorted(proposed) if ents[i].label_ in ("Method", "Model", "Dataset", "Benchmark")]
        if not ours:
            return out
        own_folds = {fold_name(ents[i].text) for i in ours} | {fold_name(ents[i]._.kg_canonical) for i in ours if ents[i]._.kg_canonical}
        primary = {}
        for i in ours:
            primary.setdefault(fold_name(ents[i]._.kg_canonical or ents[i].text), i)
        own_ids = list(primary.values())
        doers = [i for i in own_ids if ents[i].label_ in ("Method", "Model")]
        task_users = [i for i in own_ids if ents[i].label_ in ("Method", "Model", "Dataset")]
        title_end = doc._.kg_title_end
        per_sentence = entities_by_sentence(doc)
        for s_index, sent in enumerate(sents):
            in_sent = per_sentence[s_index]
            if not in_sent:
                continue
            words = token_words(sent.doc)[1][sent.start : sent.end]
            others = [i for i in in_sent if fold_name(ents[i]._.kg_canonical or ents[i].text) not in own_folds]
            if not others:
                continue
            names_ours = any(fold_name(ents[i].text) in own_folds for i in in_sent)
            subject_is_ours = bool({"we", "our", "it"} & set(words[:4])) or any(
                fold_name(ents[i].text) in own_folds and ents[i].start - sent.start < 3 for i in in_sent
            )
            is_title = sent.start < title_end
            introduces = any(w in self.words.propose_verbs or w in self.words.naming for w in words)
            if "USED_FOR" not in replaced and (is_title or (introduces and (names_ours or subject_is_ours))):
                for i in others:
                    if ents[i].label_ == "Task":
                        for own in task_users:
                            out.append(RelationHit(own, "USED_FOR", i, "proposed_for_task", 0.6 if is_title else 0.5, s_index))
            cues = phrase_positions(words, self.words.outperform)
            if subject_is_ours and cues and "OUTPERFORMS" not in replaced:
                cue = cues[0][1]
                stop = next((k for k in range(cue, len(words)) if words[k] in CLAUSE_BREAKS or words[k] in ("on", "across", "in")
                             or self.participle_clause(words[k : k + 2])), len(words))
                for i in others:
                    if ents[i].label_ in ("Model", "Method") and cue <= ents[i].start - sent.start < stop:
                        for own in doers[:1]:
                            if ents[own].label_ == ents[i].label_:
                                out.append(RelationHit(own, "OUTPERFORMS", i, "ours_outperform_cue", 0.6, s_index))
            if (subject_is_ours or is_title) and "APPLIED_TO" not in replaced:
                apply_words = self.words.eval_cues | {"apply", "applied", "applying", "quantize", "quantizes", "quantizing", "prune", "pruning", "compress", "compressing", "including", "on", "to"}
                if any(w in apply_words for w in words):
                    for i in others:
                        if ents[i].label_ == "Model":
                            for own in doers:
                                if ents[own].label_ == "Method":
                                    out.append(RelationHit(own, "APPLIED_TO", i, "ours_applied_cue", 0.55, s_index))
        return out


def both_in_title(doc: Doc, ents: list[Span], head: list[int], other: list[int]) -> bool:
    """"HAMNER: … Distantly Supervised Method for Domain Specific Named Entity Recognition": where the
    title names both the paper's own thing and the task, the sentence classifier reads the words
    between them there, and where it leaves them unlinked the own → task classifier's link is
    nearly always wrong (the title's task is clipped or not what the proposal serves: train 1 right
    of 130 learned_own-only edges, span dev 2 of 7, train slice 0 of 11)."""
    title_end = doc._.kg_title_end or 0
    return any(ents[i].start < title_end for i in head) and any(ents[i].start < title_end for i in other)


def beside_another_own(ents: list[Span], sent_of: dict[int, int], proposed: set[int], parts: set[int], head: list[int], other: list[int]) -> bool:
    """"We propose a method called XL-VAE, which enhances VQ-VAE with cross-lingual speech recognition,
    to train the converter … of UWSpeech", "Fine-tuned with DeKeyNLU, we propose DeKeySQL, a … pipeline
    that employs three … modules for user question understanding": where the sentence that first names
    the task introduces another thing the paper proposes (or an own part), and only names the own
    thing (none of its mentions there is the sentence's proposal, nor is the other its bracketed short
    or long form), the task is the other's, and the sentence's own classifier and rules have left the
    pair unlinked. Fired: the session 66 draw 2, both right; span train 5, none annotated. Wider forms
    (any second own name beside the head) removed own tasks ("we propose AnyMo, …, enabling … motion
    synthesis"): see docs/history-relations.md, "Session 66, learnedown66"."""
    k = sent_of[other[0]]
    mine = [i for i in head if sent_of[i] == k]
    if not mine or proposed.intersection(mine):
        return False  # "Leveraging OmniHuMo, we propose AnyMo, …, enabling … motion synthesis": the sentence's own proposal
    key = lambda i: fold_name(ents[i]._.kg_canonical or ents[i].text)  # noqa: E731
    own_folds = {key(i) for i in proposed | parts if ents[i].label_ != "Task"} - {key(head[0])}  # "proposes an MMER method": no task
    return any(s == k and key(i) in own_folds and all(ents[i].start - ents[j].end > 2 or ents[j].start - ents[i].end > 2 for j in mine)
               for i, s in sent_of.items())


def recast_as(doc: Doc, task: Span) -> bool:
    """"models the RVOS task as a sequence prediction problem": the frame a task is recast into
    is not a task the paper's own thing serves (own → task edges so named: span dev 0 of 3
    annotated, span train 0 of 1)."""
    before = [t.lower_ for t in doc[max(0, task.start - 4) : task.start]]
    return (task.end < len(doc) and doc[task.end].lower_ in ("problem", "problems", "task", "tasks")
            and any(before[k] == "as" and before[k + 1] in ("a", "an") for k in range(len(before) - 1)))


DATA_NOUNS = ("dataset", "datasets", "corpus", "corpora")


def a_dataset_task(doc: Doc, task: Span) -> bool:
    """"OpenSQA, an instruction-following dataset", "our long instruction-following LongAlpaca
    dataset", "the first dataset for Audio-Visual Speech Translation": a task named only as what a
    dataset is for belongs to the dataset, not to the paper's own method or model (own → task
    edges so named: span dev, proxy, proxy2 0 of 4 annotated, span train 3 of 11)."""
    k = past_bracket(doc, task.end, reach=6)
    if k < len(doc) and not doc[k].is_lower and doc[k].is_alpha:
        k += 1  # a name between: "instruction-following LongAlpaca dataset"
    if k < len(doc) and doc[k].lower_ in DATA_NOUNS:
        return True
    before = [t.lower_ for t in doc[max(0, task.start - 3) : task.start]]
    return any(w in DATA_NOUNS and before[j + 1 : j + 2] in (["for"], ["of"], ["on"]) for j, w in enumerate(before))
