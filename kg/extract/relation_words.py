"""The relation extractor's word lists, read from the lexicon once into one record.

``RelationExtractor.initialize`` reads kg/data/lexicon.json and holds ``relation_words(lexicon)`` as
``words``; its rule mixins (proposals.py, others_work.py, paper_role_rules.py, subtask_rules.py, pair_rules.py,
own_relations.py, comparisons.py) read ``self.words.<field>`` and no other name. A field is a list as the rules
read it: a set, a tuple, a phrase index (``phrase_index``), a pattern compiled from a list, or the lexicon's value
itself. One object is shared by every extractor built from the same lexicon, so none of them may change a list.
The recogniser's lists are ``RecogniserWords`` (kg/extract/data_files.py); a list both components read is read
into each record, as a set of its own (the lexicon's ``naming_words`` is ``words.naming`` in both).

To add a list: a field with a one-line comment here, its read in ``_relation_words``, then ``self.words.<field>``.
"""
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.data_files import data_nouns
from kg.extract.parse import not_own_words, phrase_index


@dataclass(frozen=True)
class RelationWords:
    """The relation extractor's word lists (see the module docstring), each the type the rules expect."""

    propose_verbs: set[str]  # "propose", "introduce": the paper's own names follow
    naming: set[str]  # "called", "dubbed": a name follows
    earlier_work: set[str]  # "the popular alternative, namely X", "we analyze …; namely, X"
    own_proposal_cues: tuple[str, ...]  # " the proposed", " our proposed": each with a space before it
    new_apposition_openers: set[str]  # "X, a new …", "X, our novel …": the first word of an apposition that calls X new
    # "X, a layer-wise quantization algorithm", "X, the first ISP system": after a name, an apposition that says what
    # kind of thing X is (its opener, then up to 60 characters to the next name)
    kind_apposition_gap: re.Pattern
    study_nouns: set[str]  # "presents an evaluation of X": X is studied, not proposed
    study_verbs: set[str]  # "we propose … and compare three models: X, Y": X is studied
    # "compare", "compares", "explored", …; not "study" and "benchmark", nouns as often ("Inspired by recent studies")
    study_verb_forms: set[str]
    eval_cues: set[str]  # "evaluate", "evaluation": "on X" in such a sentence names data
    train_cues: set[str]  # "trained", "pre-trained", "fine-tuned": a sentence about training
    dataset_task_heads: set[str]  # "dataset", "corpus", "benchmark": the data noun after a task's dataset
    task_dataset_preps: set[str]  # "pain estimation on the Biovid dataset"
    task_dataset_task_nouns: set[str]  # "a radiograph classification task on MIMIC-CXR"
    judge_after: tuple[str, ...]  # "GPT-4 as a judge", "-as-a-judge": the model only judges
    judge_before: tuple[str, ...]  # "judged by X", "scored by X": likewise
    judge_list_roles: tuple[str, ...]  # "judge models -- X, Y and Z", "the teacher model X": likewise
    judge_list_owner_words: tuple[str, ...]  # "our reward model, X": the paper's own model, no judge of it
    judge_role_lead_words: set[str]  # "GPT-4o serves as the teacher": a word between the name and its role
    judge_role_words: set[str]  # "TrustJudge": a method named for the role is about the judge, its target
    task_property_nouns: set[str]  # "… capabilities", "… accuracy"
    task_system_nouns: set[str]  # "a word prediction framework", "… pipeline"
    task_means_nouns: set[str]  # "a speaker recognition loss", "a language modeling objective"
    title_means_words: set[str]  # the title's "with / via / using …" before a task it uses
    title_means_span_stops: set[str]  # "for / to / …": a means phrase of the title ends there
    challenge_pose_verbs: set[str]  # "poses / presents / brings … challenges for <task>": the name before is what the task copes with
    challenge_nouns: set[str]  # "challenges", "difficulties", "threats" after such a verb
    challenge_preps: set[str]  # "in / for / to" between the challenge noun and the task
    based_on_participles: set[str]  # "based / built (on) <task>": the name before is built on the task-named thing
    based_on_preps: set[str]  # "on / upon" after such a participle
    purpose_verbs: set[str]  # "X to improve / perform / enable … <task>": the infinitive of purpose after a name
    purpose_foil_nouns: set[str]  # "to address the limitations of <task> …": the task is not what the name serves
    purpose_causative_verbs: set[str]  # "enable X to perform <task>": X is made to do the task, not put to use for it
    sibling_list_closers: set[str]  # "A, B and C": the word before a list's last member
    step_list_nouns: set[str]  # "two primary steps: A and B": A, B are steps of the method
    step_item_glue: set[str]  # ",", "and", ";": what may open a later item of such a list
    step_item_ends: set[str]  # ",", ";": what ends an item of such a list
    step_list_openers: set[str]  # "5 stages, including A, B": words after a step noun that open its list
    step_compound_words: set[str]  # "a seven-stage pipeline covering A, B": the glued compound before the list's noun
    training_task_words: set[str]  # "two auxiliary tasks: A and B": A, B are how a model learns
    training_task_list_glue: set[str]  # ",", "namely", "(i)": what may stand between such tasks and a task of their list
    compared_target_cues: set[str]  # "outperforming X", "gains over X"
    compared_list_adjectives: set[str]  # "competitive", "comparable": head a compared list only with "to" / "with"
    compared_list_glue: set[str]  # ",", "and", "(": what joins the items of a compared list ("outperformed A, B and C")
    applied_means_cues: dict[str, list[list[str]]]  # "features using CLIP", "based on the T5 architecture"
    applied_family_nouns: set[str]  # "using the LLaMA family": the test bed
    applied_part_before: tuple[str, ...]  # "a pipeline integrating X", "coupled with a X reranker": X is a part
    applied_part_after: tuple[str, ...]  # "a X-based quality filter": X is a part
    applied_part_method_nouns: set[str]  # "a T5 based … tuning method": the method itself, applied to X
    applied_product_nouns: set[str]  # "our model, built on X": X is worked on
    np_breaks: set[str]  # words no noun phrase runs across
    derive: list[str]  # "fine-tuned from", "fine-tuned version of": DERIVED_FROM cues
    model_descriptions: set[str]  # "a CLIP model based on X": one model of the family
    one_model_words: frozenset[str]  # "the previous best CLIP model based on X": one model too
    derive_participles: set[str]  # "X, a PaLM model finetuned on …"
    derive_fronted: list[str]  # "Built on X, Y …": a derive cue opening the sentence before the base
    derive_fronted_determiners: frozenset[str]  # "Built on a general pretrained BERT model, Y …": what opens the description
    derive_kin_nouns: set[str]  # "X, a distilled version of Y": what makes X derived from Y
    derive_kin_verbs: set[str]  # "X extends Y"
    derive_adapt_verbs: set[str]  # "X, a framework that adapts the pre-trained Y"
    derive_adapt_design_nouns: set[str]  # "adapts the GPT-2 architecture": Y's design, not Y
    derive_new_clause_openers: tuple[str, ...]  # ", we present Y built on Z": the cue is another subject's
    language_words: set[str]  # "a Brazilian Portuguese version of BERT", "a multilingual version of T5": a VARIANT_OF
    part_cues: list[str]  # "subset of", "part of", "drawn from": PART_OF cues
    # "test-clean dataset of the LibriSpeech corpus", "Testset-I and Testset-II of the FakeAVCeleb dataset": a part
    # noun (or none) and "of" between two data names; after the second, a data noun or the end of the phrase ("the
    # Jigsaw dataset of Wikipedia comments" is its source)
    data_nouns: frozenset[str]  # the recogniser's one-word data nouns (DataNouns.single_words, the same object)
    part_nouns: frozenset[str]  # its part nouns, one-word data nouns, "set", "sets"
    subtask_cues: list[str]  # "X, a subtask of Y", and a part noun before "of" / "in": "X is a key step in Y"
    supertask_gaps: set[tuple[str, ...]]  # words between a subtask and the task it is part of
    # "answer triggering is a question answering task" (kind_of_task)
    subtask_kind_openers: set[tuple[str, ...]]
    subtask_kind_extra_words: int  # words a gap may hold past its opener
    subtask_kind_nouns: set[str]
    subtask_kind_child_heads: set[str]  # the child's own head noun the gap may open with ("the X task, a Y task")
    # "we propose a new language understanding task, Linguistic Ethical Interventions" (indefinite_before)
    supertask_appositive_gaps: set[tuple[str, ...]]
    supertask_appositive_extra_words: int  # words back from the name an "a" / "an" may stand
    # "five long text understanding tasks, i.e. question answering, …" (listed_subtasks)
    subtask_list_nouns: set[str]
    subtask_word_openers: list[tuple[str, ...]]  # longest first
    subtask_punct_openers: list[tuple[str, ...]]  # longest first
    subtask_list_stops: set[str]
    # "X across three tasks: A, B and C" (counted_subtasks); not "two other tasks"
    subtask_count_words: set[str]
    subtask_count_extra_words: int  # words between the count and the list noun
    subtask_count_not_words: set[str]
    subtask_list_not_after: set[str]  # "far beyond sentence completion, including …"
    background: list[str]  # "recently", "have shown": a sentence about earlier work (background_markers)
    usage_verbs: set[str]  # "using", "run", "deploy": the paper uses what follows
    example_cues: set[str]  # "datasets, e.g., 300W": an instance, not the proposal
    metric_modifier_degrees: set[str]  # "high", "low": "a low-latency pipeline" names no measure reported
    predicted_measure_verbs: set[str]  # "predict", "estimates": "to predict the Mean Opinion Score" names no measure reported
    # "a framework that could incorporate … modules including natural language understanding": a suggested
    # application; the cues longest first
    suggested_cues: list[tuple[str, ...]]
    suggested_words: set[str]
    # "other datasets, like SEDE and BIRD, have introduced …": a data name given as an example of others' data
    data_example_cues: list[tuple[str, ...]]  # longest first
    data_example_nouns: set[str]
    measure_heads: set[str]  # "the lowest training and inference time on SQuAD": no training on the data
    trained_data_links: set[str]  # "trained on", "fine-tuned using": a training word's link to its data
    trained_data_openers: set[str]  # "By training on HyperSim": what a training word in -ing may follow
    trained_data_anaphors: set[str]  # "on this dataset": the next sentence's results are on the data just named
    # "A Survey of …" whose abstract says "this survey": the methods it names are MENTIONS
    survey_title: re.Pattern
    survey_abstract: re.Pattern
    survey_own_experiment: re.Pattern
    # "Unlike the information bottleneck, we …", "without relying on … prompt tuning": a name set against the
    # paper's own; no clause break between
    contrast_before: re.Pattern
    # "an NMS-free detector", "OCR-free document understanding": a name glued to a suffix that says the thing is
    # done without
    avoided_after: re.Pattern
    # "Inspired by the pointing mechanism in text summarization, we …", "akin to bounding box regression in object
    # detection": the field an idea comes from or is likened to; no clause break or "that" between
    idea_source_before: re.Pattern
    # "Inspired by DenseNet, we propose …", "a model akin to the SGMM": where a method's or model's idea comes from;
    # a few words on, no clause break, "that" or success word ("inspired by the success of X": X is taken up) between
    name_idea_source_before: re.Pattern
    # "This framework is based on … X", "It is based on Stanford CoreNLP": the paper's own work, as subject, uses X
    own_subject: re.Pattern
    own_use_cue: re.Pattern
    own_use_blocker: re.Pattern
    use_verbs: set[str]  # "we used two models, namely X and Y"
    namely_proposal_words: set[str]  # words that make what "namely" names the authors' own: "we propose a new model, namely X"
    compared_with: set[str]  # "than", "versus": a name after one is compared, not proposed
    # a word between two names that sets them on two sides of a comparison (compared_across); a place cue is none:
    # "used within Tacotron"
    comparison_gap_words: set[str]
    compared_to_heads: set[str]  # "comparable", "competitive" before "to" / "with": a comparison
    base_modifiers: tuple[str, ...]  # "fine-tuned", "distilled", "quantized": before a name, a base so modified
    glued_base_words: set[str]  # "a BERT-enhanced ranker": a listed name glued so is the base
    proposal_base_words: set[str]  # "a HEALPix-aware loss": with glued_base_words, a name glued so is what a proposal builds on
    spaced_base_words: set[str]  # "Summarization Driven Image Captioning": a task before one, spaced, is a means
    spaced_base_agents: set[str]  # "… Guided by Depth": after a spaced base word, the task is what is so guided
    variant_nouns: frozenset[str]  # "variant", "version": "a variant of X"
    kind_nouns: set[str]  # "a … framework", "an … algorithm"
    # after a listed name also "our proposed RNN predictor", "a novel Transformer encoder", "the proposed LoRA variant"
    listed_kind_nouns: set[str]
    architecture_families: set[str]  # "Transformer": built on, never proposed
    component_nouns: set[str]  # "three components: Navigator, Extractor and Aggregator"
    earlier_work_cues: set[str]  # "the recently introduced X"
    improved_object_openers: set[str]  # "Improving X …", "Beyond X: …" opening a title: X is worked on, used
    articles: frozenset[str]  # "a", "an", "the": "Improving the X …", "poses the greatest challenges for", "built upon the"
    source_data_cues: set[str]  # "a new dataset derived from X"
    data_creation_verbs: set[str]  # "we assembled SciQ, a dataset of …"
    own_data_nouns: set[str]  # "a new dataset of complex questions, X": the data noun before an own data name
    own_data_markers: set[str]  # "new", "novel", "first", "our": before an own data noun, the paper's own data
    # OutperformRules' lists (kg/extract/comparisons.py)
    outperform: dict[str, list[list[str]]]  # "outperforms", "surpasses", "is better than"
    lower_better: set[str]  # "WER (12.1) vs. …": the lower score wins there
    own_result_nouns: set[str]  # "This performance surpasses X"
    outperform_reversed: dict[str, list[list[str]]]  # "X is inferior to Y": Y wins
    # "achieved better performance than": the words before the gap, then each ending they take
    outperform_gapped: dict[tuple[str, ...], list[list[str]]]
    outperform_gapped_heads: dict[str, list[list[str]]]
    own_gapped: dict[tuple[str, ...], list[list[str]]]  # "our method shows improvements over X": only for the paper's own thing
    own_gapped_heads: dict[str, list[list[str]]]
    own_participles: set[str]  # "…, achieving a 5% gain over X"
    new_predicate: set[str]  # "…, and is within 4% of GPT-3"
    later_clause_openers: list[list[str]]  # "outperforms X, and enables Y to …": after a comma, Y is not beaten
    condition_words: set[str]  # "outperforms X when extended to Y": Y is the setting
    hedges: set[str]  # "matches or exceeds": no claim to be better
    own_subjects: set[str]  # "our method outperforms X"
    subject_verbs: set[str]  # "our model achieves better … than X"
    amount_words: set[str]  # "our model achieves 2 points higher than X"
    list_participles: set[str]  # "…, including X and Y": still beaten
    aside_openers: set[str]  # "X, when applied to Y, outperforms Z"
    means_words: set[str]  # "X using Y outperforms Z"
    own_means: list[list[str]]  # "X with / equipped with OWN outperforms Z": the paper's own proposal wins
    own_means_heads: set[str]  # "the X model with OWN": a noun between the winner and that word
    own_means_openers: set[str]  # "X with our / the proposed OWN": words between that word and the proposal
    winner_openers: set[str]  # "Compared to X, the proposed Y …", "the superiority of our Y over X": before the winner
    beaten_means: list[list[str]]  # "outperforms works utilizing … from CLIP"
    trained_on_participles: set[str]  # "outperforms systems trained on X, including Y": Y still beaten
    trained_on_examples: set[str]  # "including", "such", "like": after that "on", the names listed are of the beaten kind
    negations: list[list[str]]  # "does not outperform X", "fails to outperform X": no claim
    negation_fillers: set[str]  # "does not yet outperform X"
    class_nouns: set[str]  # "outperforms existing MIL methods"
    named_kind_nouns: set[str]  # "transformer models (e.g., BERT …)": with class_nouns, the kind of the named beaten after it
    kind_to_names: set[str]  # "such", "as", "(", "e.g.": between that kind noun and the names
    foil_kind_nouns: set[str]  # "the … pruning method, Isomorphic": a beaten name before it is the foil's kind
    foil_namers: set[str]  # "the RL method called PPO": between that noun and the foil's name
    advantage_nouns: set[str]  # "the superiority of X over Y"
    advantage_comparatives: set[str]  # "better robustness for X over Y"
    advantage_targets: list[list[str]]  # "over", "compared to"
    fronted_openers: dict[str, list[list[str]]]  # "Compared to X, Y reduces …": a sentence's opening comparison
    fronted_gains: set[str]  # "…, Y achieves greater diversity": a gain in the clause after it
    tuned_subject_nouns: set[str]  # "the fine-tuned X model outperforms": between a tuned winner and its cue
    tuned_subject_openers: set[str]  # "the", "our", ",": before the modifier of a tuned winner that opens its clause
    based_subject_openers: set[str]  # "our proposed": before the name of an "X-based method" subject that opens its clause
    determiners: set[str]  # "the", "our": before the subject of a clause a ", outperforming X" follows (and in both sets above)
    degree_words: set[str]  # "much", "far": between that subject's verb and its comparative ("scales much better than")
    comparison_words: set[str]  # "than", "vs.", "versus", "against": a comparison
    opening_setting_words: set[str]  # "Trained on X, the approach outperforms": X in the opening is no winner
    opening_clause_words: set[str]  # "When trained on X, Y outperforms": these open a setting only before a participle
    comparing_words: set[str]  # comparison_words and each advantage target's first word: "…, with a 5% gain over Y" compares
    parity_phrases: dict[str, list[list[str]]]  # "rivals X", "competitive with X": a tie, so X is neither beaten nor a winner
    coordinated_cue_words: set[str]  # "X improves A and can outperform B": between "and" and the cue
    coordinated_subject_stops: set[str]  # "which", "we": another clause between a subject and its "and <cue>"
    we_subject_stops: set[str]  # "that", "which": another clause between "we" and its "and <cue>"
    we_propose_verbs: set[str]  # "propose", "introduce": "we <verb> X, and outperform Y" lets X win
    others_openers: dict[str, list[list[str]]]  # "all other", "the other": a cue's beaten side that is the others of a list
    superlative_verbs: dict[str, list[list[str]]]  # "achieves", "performs": before "the best" after a listed name
    superlatives: set[str]  # "best", "highest": what that verb claims
    superlative_non_claims: set[str]  # "suited", "latency": after that superlative, no claim of doing better


def gapped_cues(cues) -> dict[tuple[str, ...], list[list[str]]]:
    """"better ... than", "improvements ... over": the words before the gap, then each ending they take."""
    gapped: dict[tuple[str, ...], list[list[str]]] = {}
    for cue in cues:
        head, tail = cue.split(" ... ")
        gapped.setdefault(tuple(head.split()), []).append(tail.split())
    return gapped


def cue_pattern(cues) -> str:
    """The cues as one regex alternation, a space in a cue matching any run of white space; one that
    never matches when there are none."""
    return "|".join(re.escape(c).replace("\\ ", r"\s+") for c in cues) or "(?!)"


def kind_apposition_gap(openers) -> re.Pattern:
    """What may stand between a name and a later name its apposition describes: the short form in
    brackets, ", ", an opener ("a", "the first") and up to 60 characters of no punctuation
    (group 1: those words)."""
    return re.compile(r"^\s*(?:\([^()]*\)\s*)?,\s*(?:" + cue_pattern(openers) + r")\s+([^,;:.()]{0,60})$", re.IGNORECASE)


def survey_abstract_pattern(lex: Mapping, survey_nouns: str) -> re.Pattern:
    """What an abstract says to be a survey: a cue ("this survey", "we review") or a survey noun
    up to two words after an opener ("This systematic review", "our comprehensive survey") or
    after a presenting verb and its article ("presents a comprehensive survey", "we present the
    first systematic review"), with no word between that makes it a study of its own ("an
    empirical survey", "a nationwide survey") and no head noun after it ("a telephone survey system")."""
    not_kinds = cue_pattern(lex.get("survey_abstract_not_kinds", ()))
    gap = rf"(?:(?!(?:{not_kinds})\b)[\w-]+\s+){{0,2}}?"
    lead = (rf"(?:{cue_pattern(lex.get('survey_abstract_openers', ()))})\s+"
            rf"|(?:{cue_pattern(lex.get('survey_abstract_verbs', ()))})\s+(?:a|an|the\s+first)\s+")
    compound = rf"(?!\s+(?:{cue_pattern(lex.get('survey_noun_compound_heads', ()))})\b)"
    return re.compile(rf"\b(?:{cue_pattern(lex.get('survey_abstract_cues', ()))})\b|\b(?:{lead}){gap}(?:{survey_nouns})\b{compound}", re.I)


def relation_words(lexicon: Mapping) -> RelationWords:
    """The lexicon's ``RelationWords``: one object for every relation extractor built from the same lexicon."""
    return _relation_words(json.dumps(lexicon))


@lru_cache(maxsize=4)
def _relation_words(lexicon_text: str) -> RelationWords:
    lex = json.loads(lexicon_text)
    propose_verbs = set(lex["propose_verbs"])
    study_verbs = set(lex.get("study_verbs", ()))
    compared_target_cues = set(lex.get("compared_target_cues", ()))
    data = data_nouns(lex)  # the recogniser's own objects
    usage_verbs = set(lex["usage_verbs"])
    example_list_cues = lex.get("example_list_cues", ())  # "such as", "like": read by the suggested-application and data-example rules
    compared_with = set(lex["compared_with_words"])
    kind_nouns = set(lex["own_nouns"]) | set(lex["type_heads"]["Method"])
    survey_nouns = "|".join(re.escape(w) for w in lex.get("survey_nouns", ())) or "(?!)"
    own_adjectives = "|".join(re.escape(w) for w in lex.get("own_use_subject_adjectives", ())) or "(?!)"
    own_nouns = "|".join(re.escape(w) for w in lex.get("own_use_subject_nouns", ())) or "(?!)"
    outperform_gapped = gapped_cues(lex.get("outperform_gapped", ()))
    own_gapped = gapped_cues(lex.get("outperform_own_gapped", ()))
    return RelationWords(
        propose_verbs=propose_verbs,
        naming=set(lex["naming_words"]),
        earlier_work=not_own_words(lex),
        own_proposal_cues=tuple(f" {cue}" for cue in lex["own_proposal_cues"]),
        new_apposition_openers=set(lex["new_apposition_openers"]),
        kind_apposition_gap=kind_apposition_gap(lex["kind_apposition_openers"]),
        study_nouns=set(lex.get("study_nouns", ())),
        study_verbs=study_verbs,
        study_verb_forms=not_own_words({"study_verbs": sorted(study_verbs - {"study", "benchmark"} | {"explore"})}),
        eval_cues=set(lex["eval_cues"]),
        train_cues=set(lex["train_cues"]),
        dataset_task_heads=set(lex.get("dataset_task_heads", ())),
        task_dataset_preps=set(lex.get("task_dataset_prepositions", ())),
        task_dataset_task_nouns=set(lex.get("task_dataset_task_nouns", ())),
        judge_after=tuple(lex.get("judge_after", ())),
        judge_before=tuple(lex.get("judge_before", ())),
        judge_list_roles=tuple(lex.get("judge_list_roles", ())),
        judge_list_owner_words=tuple(lex.get("judge_list_owner_words", ())),
        judge_role_lead_words=set(lex.get("judge_role_lead_words", ())),
        judge_role_words=set(lex.get("judge_role_words", ())),
        task_property_nouns=set(lex.get("task_property_nouns", ())),
        task_system_nouns=set(lex.get("task_system_nouns", ())),
        task_means_nouns=set(lex.get("task_means_nouns", ())),
        title_means_words=set(lex.get("title_means_words", ())),
        title_means_span_stops=set(lex.get("title_means_span_stops", ())),
        challenge_pose_verbs=set(lex.get("challenge_pose_verbs", ())),
        challenge_nouns=set(lex.get("challenge_nouns", ())),
        challenge_preps=set(lex.get("challenge_preps", ())),
        based_on_participles=set(lex.get("based_on_participles", ())),
        based_on_preps=set(lex.get("based_on_preps", ())),
        purpose_verbs=set(lex.get("purpose_verbs", ())),
        purpose_foil_nouns=set(lex.get("purpose_foil_nouns", ())),
        purpose_causative_verbs=set(lex.get("purpose_causative_verbs", ())),
        sibling_list_closers=set(lex.get("sibling_list_closers", ())),
        step_list_nouns=set(lex.get("step_list_nouns", ())),
        step_item_glue=set(lex.get("step_item_glue", ())),
        step_item_ends=set(lex.get("step_item_ends", ())),
        step_list_openers=set(lex.get("step_list_openers", ())),
        step_compound_words=set(lex.get("step_compound_words", ())),
        training_task_words=set(lex.get("training_task_words", ())),
        training_task_list_glue=set(lex.get("training_task_list_glue", ())),
        compared_target_cues=compared_target_cues,
        compared_list_adjectives=set(lex.get("compared_list_adjectives", ())),
        compared_list_glue=set(lex.get("compared_list_glue", ())),
        applied_means_cues=phrase_index(lex.get("applied_means_cues", ())),
        applied_part_before=tuple(lex.get("applied_part_before", ())),
        applied_part_after=tuple(lex.get("applied_part_after", ())),
        applied_part_method_nouns=set(lex.get("applied_part_method_nouns", ())),
        applied_family_nouns=set(lex.get("applied_family_nouns", ())),
        applied_product_nouns=set(lex.get("applied_product_nouns", ())),
        np_breaks=set(lex.get("noun_phrase_breaks", ())),
        derive=lex["derive_cues"],
        model_descriptions=set(lex.get("model_description_heads", ())),
        one_model_words=frozenset(lex.get("one_model_modifiers", ())),
        derive_participles=set(lex.get("derive_participles", ())),
        derive_fronted=lex.get("derive_fronted_cues", []),
        derive_fronted_determiners=frozenset(lex.get("derive_fronted_determiners", ())),
        derive_kin_nouns=set(lex.get("derive_kin_nouns", ())),
        derive_kin_verbs=set(lex.get("derive_kin_verbs", ())),
        derive_adapt_verbs=set(lex.get("derive_adapt_verbs", ())),
        derive_adapt_design_nouns=set(lex.get("derive_adapt_design_nouns", ())),
        derive_new_clause_openers=tuple(lex.get("derive_new_clause_openers", ())),
        language_words={w.lower() for w in (*lex.get("language_names", ()), *lex.get("derive_kin_language_words", ()))},
        part_cues=lex["part_cues"],
        data_nouns=data.single_words,
        part_nouns=data.part_nouns | data.single_words | {"set", "sets"},
        subtask_cues=lex["subtask_cues"] + [f"{n} {p}" for n in lex.get("subtask_part_nouns", ()) for p in ("of", "in")],
        supertask_gaps={tuple(g.split()) for g in lex["supertask_gaps"]},
        subtask_kind_openers={tuple(g.split()) for g in lex.get("subtask_kind_openers", ())},
        subtask_kind_extra_words=lex.get("subtask_kind_extra_words", 0),
        subtask_kind_nouns=set(lex.get("subtask_kind_nouns", ())),
        subtask_kind_child_heads=set(lex.get("subtask_kind_child_heads", ())),
        supertask_appositive_gaps={tuple(g.split()) for g in lex.get("supertask_appositive_gaps", ())},
        supertask_appositive_extra_words=lex.get("supertask_appositive_extra_words", 0),
        subtask_list_nouns=set(lex.get("subtask_list_nouns", ())),
        subtask_word_openers=sorted({tuple(g.split()) for g in lex.get("subtask_list_word_openers", ())}, key=len, reverse=True),
        subtask_punct_openers=sorted({tuple(g.split()) for g in lex.get("subtask_list_punct_openers", ())}, key=len, reverse=True),
        subtask_list_stops=set(lex.get("subtask_list_stops", ())),
        subtask_count_words=set(lex.get("subtask_count_words", ())),
        subtask_count_extra_words=lex.get("subtask_count_extra_words", 0),
        subtask_count_not_words=set(lex.get("subtask_count_not_words", ())),
        subtask_list_not_after=set(lex.get("subtask_list_not_after", ())),
        background=lex["background_markers"],
        usage_verbs=usage_verbs,
        example_cues=set(lex.get("example_cues", ())),
        metric_modifier_degrees=set(lex.get("metric_modifier_degrees", ())),
        predicted_measure_verbs=set(lex.get("predicted_measure_verbs", ())),
        suggested_cues=sorted({tuple(c.split()) for c in (*example_list_cues, *lex.get("suggested_application_cues", ()))}, key=len, reverse=True),
        suggested_words=set(lex.get("suggested_application_words", ())),
        data_example_cues=sorted({tuple(c.split()) for c in example_list_cues}, key=len, reverse=True),
        data_example_nouns=set(lex.get("data_example_nouns", ())),
        measure_heads=set(lex.get("measure_heads", ())),
        trained_data_links=set(lex.get("trained_data_links", ())),
        trained_data_anaphors=set(lex.get("trained_data_anaphors", ())),
        trained_data_openers=set(lex.get("trained_data_openers", ())),
        survey_title=re.compile(rf"(\b(?:a|an)\s+(?:(?!(?:{cue_pattern(lex.get('survey_abstract_not_kinds', ()))})\b)[\w-]+\s+){{0,3}}?"
                                rf"|[:,;?]\s*)(?:{survey_nouns})\b", re.I),
        survey_abstract=survey_abstract_pattern(lex, survey_nouns),
        survey_own_experiment=re.compile(rf"\b(?:{cue_pattern(lex.get('survey_own_experiment_cues', ()))})\b", re.I),
        contrast_before=re.compile(rf"\b(?:{cue_pattern(lex.get('contrast_mention_cues', ()))})\s+(?:[^\s,;:()]+\s+){{0,3}}$", re.I),
        avoided_after=re.compile(rf"-(?:{cue_pattern(lex.get('avoidance_suffixes', ()))})(?![\w-])", re.I),
        idea_source_before=re.compile(rf"\b(?:{cue_pattern(lex.get('idea_source_cues', ()))})\b(?:(?!\bthat\b)[^,;:])*$", re.I),
        name_idea_source_before=re.compile(rf"\b(?:{cue_pattern(lex.get('name_idea_source_cues', ()))})\b(?:\s+(?!(?:that|"
                                           rf"{cue_pattern(lex.get('idea_source_success_words', ()))})\b)[^\s,;:]+)"
                                           rf"{{0,{lex.get('name_idea_source_max_words', 0)}}}\s*$", re.I),
        own_subject=re.compile(rf"\s*(?:(?:the|this|our)\s+(?:(?:{own_adjectives})\s+)?(?:{own_nouns})s?\b|it\b)", re.I),
        own_use_cue=re.compile(r"\b(?:%s)\b" % cue_pattern(lex.get("own_use_cues", ())), re.I),
        own_use_blocker=re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % cue_pattern(lex.get("own_use_blockers", ())), re.I),
        use_verbs=set(lex.get("use_verbs", ())) | usage_verbs,
        namely_proposal_words=(propose_verbs | set(lex.get("data_creation_verbs", ())) | {"new", "novel"}) - usage_verbs,
        compared_with=compared_with,
        comparison_gap_words=(compared_target_cues - set(lex.get("place_cues", ()))) | compared_with,
        compared_to_heads=set(lex["compared_to_heads"]),
        base_modifiers=tuple(lex["base_modifiers"]),
        glued_base_words=set(lex.get("glued_base_words", ())),
        proposal_base_words=set(lex.get("glued_base_words", ())) | set(lex.get("proposal_base_words", ())),
        spaced_base_words=set(lex.get("spaced_base_words", ())),
        spaced_base_agents=set(lex.get("spaced_base_agents", ())),
        variant_nouns=frozenset(lex["variant_nouns"]),
        kind_nouns=kind_nouns,
        listed_kind_nouns=kind_nouns | set(lex["variant_nouns"]) | set(lex.get("component_nouns", ())) | set(lex.get("listed_name_heads", ())),
        architecture_families=set(lex.get("architecture_families", ())),
        component_nouns=set(lex.get("component_nouns", ())) | set(lex.get("own_part_nouns", ())),
        earlier_work_cues=set(lex.get("earlier_work_cues", ())),
        improved_object_openers=set(lex.get("improved_object_openers", ())),
        articles=frozenset(lex.get("articles", ())),
        source_data_cues=set(lex.get("source_data_cues", ())),
        data_creation_verbs=set(lex.get("data_creation_verbs", ())),
        own_data_nouns=set(lex.get("own_data_nouns", ())),
        own_data_markers=set(lex.get("own_data_markers", ())),
        outperform=phrase_index(lex["outperform_verbs"]),
        lower_better=set(lex.get("lower_better_words", ())),
        own_result_nouns=set(lex.get("outperform_own_result_nouns", ())),
        outperform_reversed=phrase_index(lex.get("outperform_reversed", ())),
        outperform_gapped=outperform_gapped,
        outperform_gapped_heads=phrase_index(" ".join(head) for head in outperform_gapped),
        own_gapped=own_gapped,
        own_gapped_heads=phrase_index(" ".join(head) for head in own_gapped),
        own_participles=set(lex.get("outperform_own_participles", ())),
        new_predicate=set(lex.get("outperform_new_predicate", ())),
        later_clause_openers=[w.split() for w in lex.get("outperform_later_clause_openers", ())],
        condition_words=set(lex.get("outperform_condition_words", ())),
        hedges=set(lex.get("outperform_hedges", ())),
        own_subjects=set(lex.get("outperform_own_subjects", ())),
        subject_verbs=set(lex.get("outperform_subject_verbs", ())),
        amount_words=set(lex.get("outperform_amount_words", ())),
        list_participles=set(lex.get("outperform_list_participles", ())),
        aside_openers=set(lex.get("outperform_aside_openers", ())),
        means_words=set(lex.get("outperform_means_words", ())),
        own_means=[w.split() for w in lex.get("outperform_own_means_words", ())],
        own_means_heads=set(lex.get("outperform_own_means_heads", ())),
        own_means_openers=set(lex.get("outperform_own_means_openers", ())),
        winner_openers=set(lex.get("outperform_winner_openers", ())),
        beaten_means=[w.split() for w in lex.get("outperform_beaten_means_words", ())],
        trained_on_participles=set(lex.get("outperform_trained_on_participles", ())),
        trained_on_examples=set(lex.get("outperform_trained_on_example_words", ())),
        negations=[w.split() for w in lex.get("outperform_negations", ())],
        negation_fillers=set(lex.get("outperform_negation_fillers", ())),
        class_nouns=set(lex.get("outperform_class_nouns", ())),
        named_kind_nouns=set(lex.get("outperform_named_kind_nouns", ())),
        kind_to_names=set(lex.get("outperform_kind_to_names_words", ())),
        foil_kind_nouns=set(lex.get("outperform_foil_kind_nouns", ())),
        foil_namers=set(lex.get("outperform_foil_namers", ())),
        advantage_nouns=set(lex.get("outperform_advantage_nouns", ())),
        advantage_comparatives=set(lex.get("outperform_advantage_comparatives", ())),
        advantage_targets=[w.split() for w in lex.get("outperform_advantage_targets", ())],
        fronted_openers=phrase_index(lex.get("outperform_fronted_openers", ())),
        fronted_gains=set(lex.get("outperform_fronted_gains", ())),
        tuned_subject_nouns=set(lex.get("outperform_tuned_subject_nouns", ())),
        tuned_subject_openers=set(lex.get("noun_phrase_determiners", ())) | set(lex.get("outperform_tuned_subject_openers", ())),
        based_subject_openers=set(lex.get("noun_phrase_determiners", ())) | set(lex.get("outperform_based_subject_openers", ())),
        determiners=set(lex.get("noun_phrase_determiners", ())),
        degree_words=set(lex.get("outperform_degree_words", ())),
        comparison_words=set(lex["comparison_words"]),
        opening_setting_words=set(lex.get("outperform_opening_setting_words", ())),
        opening_clause_words=set(lex.get("outperform_opening_clause_words", ())),
        comparing_words=set(lex["comparison_words"]) | {w.split()[0] for w in lex.get("outperform_advantage_targets", ()) if w.split()},
        parity_phrases=phrase_index(lex.get("outperform_parity_phrases", ())),
        coordinated_cue_words=set(lex.get("outperform_coordinated_cue_words", ())),
        coordinated_subject_stops=set(lex.get("outperform_coordinated_subject_stops", ())),
        we_subject_stops=set(lex.get("outperform_we_subject_stops", ())),
        we_propose_verbs=set(lex.get("outperform_we_propose_verbs", ())),
        others_openers=phrase_index(lex.get("outperform_others_openers", ())),
        superlative_verbs=phrase_index(lex.get("outperform_superlative_verbs", ())),
        superlatives=set(lex.get("outperform_superlatives", ())),
        superlative_non_claims=set(lex.get("outperform_superlative_non_claims", ())),
    )
