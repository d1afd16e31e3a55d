"""Where kg's spaCy components find their data files, and the two readers they share.

Each component (``kg_sentence_joiner``, ``kg_entity_recognizer``, ``kg_relation_extractor``,
``kg_result_extractor``) reads its data in ``initialize(data_dir=...)``; without a ``data_dir`` it
reads the package's own ``kg/data``. A file that is missing or malformed is a ``ConfigError``
naming it, whichever component reads it. Kept apart from the components so that an early stage
(the sentence joiner) needs no later one's module to read the lexicon. The lexicon's words for data
(``DataNouns``) are read here once for the recogniser and the relation extractor alike, and the
recogniser's other plain word lists (``RecogniserWords``, its metric rules' among them) once for every recogniser
of one lexicon.
"""
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import ConfigError

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data"


# A data directory (a copy of kg/data with a user's own gazetteers, lexicon or models) that every pipeline
# this process and its workers build reads where the caller gives none, and whose gazetteer breaks the
# linker's tied type votes: `kg build --data-dir`.
DATA_DIR_ENV = "KG_DATA_DIR"


def env_data_dir() -> str | None:
    """The data directory ``DATA_DIR_ENV`` names (``kg build --data-dir``), or None: the package's."""
    return os.environ.get(DATA_DIR_ENV) or None


def chosen_data_dir(data_dir: str | Path | None) -> str | Path | None:
    """The data directory a caller's ``data_dir`` means: itself if given, else ``env_data_dir()``'s (None: the
    package's). The one place ``build_pipeline`` and ``Linker`` (``kg.link.link``) resolve it, so the Python API
    reads ``KG_DATA_DIR`` as ``kg build`` does (session 68, late68)."""
    return data_dir if data_dir is not None else env_data_dir()


def data_dir_or_default(data_dir: str | Path | None) -> Path:
    """``data_dir`` as a path, or the package's ``kg/data`` when none is given."""
    return Path(data_dir) if data_dir else DEFAULT_DATA_DIR


def load_lexicon(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read lexicon {path}: {exc}") from exc


def load_word_list(path: Path) -> set[str]:
    """One word a line; ``#`` starts a comment line."""
    try:
        return {w for w in path.read_text(encoding="utf-8").split("\n") if w and not w.startswith("#")}
    except OSError as exc:
        raise ConfigError(f"cannot read word list {path}: {exc}") from exc


@dataclass(frozen=True)
class DataNouns:
    """The lexicon's nouns for data: ``dataset_words`` ("dataset", "corpus"), ``benchmark_words``
    ("benchmark", "leaderboard") and ``part_nouns`` (``data_part_nouns``: "a subset of X"), with
    ``words`` (both kinds) and ``single_words`` (those of one word: "test-clean dataset of the
    LibriSpeech corpus")."""

    dataset_words: frozenset[str]
    benchmark_words: frozenset[str]
    part_nouns: frozenset[str]
    words: frozenset[str]
    single_words: frozenset[str]


def data_nouns(lexicon: Mapping) -> DataNouns:
    """The lexicon's ``DataNouns``: one object for every component that reads the same lists."""
    return _data_nouns(tuple(lexicon.get("dataset_words", ())), tuple(lexicon.get("benchmark_words", ())),
                       tuple(lexicon.get("data_part_nouns", ())))


@lru_cache(maxsize=4)
def _data_nouns(dataset_words: tuple[str, ...], benchmark_words: tuple[str, ...], part_nouns: tuple[str, ...]) -> DataNouns:
    words = frozenset(dataset_words) | frozenset(benchmark_words)
    return DataNouns(frozenset(dataset_words), frozenset(benchmark_words), frozenset(part_nouns), words,
                     frozenset(w for w in words if " " not in w))


@dataclass(frozen=True)
class RecogniserWords:
    """The recogniser's word lists as ``EntityRecognizer._build`` reads them from the lexicon: sets,
    tuples and maps of words, each the type the rules expect (a ``set`` stays a ``set``). The
    recogniser holds it as ``words`` and its rules read ``self.words.<field>`` (no other name). One
    object is shared by every recogniser built from the same lexicon, so none of them may change a list."""

    language_codes: set[str]  # "En-De", "zh→en": ISO 639-1
    not_names: set[str]  # name-shaped words that are never an entity ("ArXiv", "BibTeX")
    place_names: frozenset[str]  # "Ireland", "Kenya": as written
    keyword_labels: list[tuple[str, ...]]  # Words that open an abstract's closing keyword line ('Index Terms-')
    compared_with: set[str]  # "than", "versus": a name after one is compared, not proposed
    foreign_function_words: frozenset[str]  # French function words: in French text a span holding one is no name
    foreign_text_min_words: int  # how many different foreign_function_words make a paper foreign text
    type_heads: dict[str, str]  # type word → label: "the ELUDe dataset" is a Dataset
    contain_verbs: set[str]  # Verbs by which a name counts what it holds ('X contains 1,000 dialogues'): X is data
    count_hedges: set[str]  # Words between a contain verb and its count ('contains over 400,000', 'consists of about 70k')
    example_plurals: set[str]  # Plural nouns whose examples are names of their kind ('baselines such as EPG and EPSD')
    example_sibling_cues: tuple[str, ...]  # Cues between such a plural and its list of names ('methods, i.e., A, B and C')
    kind_named_nouns: frozenset[str]  # Kind nouns a name-shaped word right after names an instance of ('the method TMP')
    articles: frozenset[str]  # 'a', 'an', 'the': 'REMEDI, a method for ...' (an apposition after a coined word)
    kind_named_openers: frozenset[str]  # What opens such a kind noun's phrase ('a', 'the', 'our')
    kind_named_reach: int  # Words at most between that opener and the kind noun
    kind_named_own_openers: frozenset[str]  # Openers that make the name the paper's own ('Our approach CoMEM')
    kind_named_before_openers: frozenset[str]  # Words right before a name that a kind noun follows ('the AGNN model')
    kind_named_before_nouns: frozenset[str]  # The kind nouns after which that name is read ('model', 'method', not 'framework')
    data_words_after: set[str]  # Type words after a definition that make it data whatever its long form's head
    measure_words_after: set[str]  # "X (CIA) score": a metric
    activity_head_endings: tuple[str, ...]  # "… evaluation (MTE) metrics": the activity's
    named_data_heads: set[str]  # Capitalised type words that end a capitalised data name ('… Hate Speech Dataset')
    named_benchmark_heads: set[str]  # Those of named_data_heads that make the name a Benchmark, the rest a Dataset
    served_data_head_before: set[str]  # 'for', 'of': before a named data head, the name serves the data ('… Interface for Database')
    named_phenomenon_heads: frozenset[str]  # Capitalised words that end a named phenomenon ('… Phenomenon', '… Curse'): a Task
    coined_data_heads: dict[tuple[str, ...], str]  # Set words after which a coined word that is not name-shaped is a data name
    data_split_heads: frozenset[str]  # A data set's split right after a name ('the MusDB18 test set'): the name is data
    # What places a recogniser-only data name where data goes ('on X', 'datasets (A, X)'; span_model_names.placed_as_data)
    recognised_data_place_words: frozenset[str]  # prepositions of data before the name or its list
    recognised_data_heads: frozenset[str]  # data nouns before the name's list or after it
    numbered_event_words: frozenset[str]  # words after 'WMT18' that make it an event's edition ('the WMT18 News Translation Task')
    recognised_data_list_glue: frozenset[str]  # words between the names of a list
    recognised_data_contrasts: frozenset[str]  # words that set one name against another ('LUAD vs. LUSC'): no list
    task_words_after: set[str]  # Words after a definition that make it a Task whatever its long form's head
    task_heads_after: frozenset[str]  # A task's head right after a definition's bracket: 'part-of-speech (POS) tagging'
    task_predicates: dict[str, set[str]]  # What a definition's sentence says of it right after its bracket that makes it a Task
    abbr_heads: dict[str, str]  # long-form head → label of its abbreviation: "… Language Model (XLM)" is a Model
    task_heads: set[str]  # words a task phrase ends in ("answering", "captioning")
    task_stop: set[str]  # words that end a task phrase on its left ("the", "of")
    ability_heads: frozenset[str]  # heads of a phrase naming what a model can do ('visual comprehension'): no subject of the paper
    head_stop: dict[str, set[str]]  # Words that are no part of a task before one head only
    head_openers: dict[str, set[str]]  # Stop words that may open a task before one head ('next word prediction')
    task_only_stop: set[str]  # Words that say how a task is done, not which: out of task phrases only
    task_data_words: frozenset[str]  # 'benchmark': which data follow the task, or a verb taking it; no part of a longer task phrase
    task_manner: set[str]  # Words that say how a task is done ('Unsupervised … of X'), no part of its name
    task_object_preps: dict[str, set[str]]  # Prepositions after a task head that open what the task works on, part of its name
    task_phrase_keep: set[str]  # Words of task_modifier_stop that a task phrase keeps: they say which task
    shot_counts: set[str]  # "few shot": a stop word that opens the compound
    vocabulary_sizes: set[str]  # "large vocabulary": likewise
    compound_openers: dict[str, set[str]]  # Stop words that make one compound with the word after them ('named entity')
    noun_gerunds: dict[str, set[str]]  # A task head in -ing after one of these words is a noun, whatever the tagger reads ('question answering')
    title_verbs: set[str]  # imperative verbs a title opens with ("Make", "Teach"): no name
    title_head_links: set[str]  # words after a title's head name that join it to what it serves ("for", "with", "via")
    organisation_words: set[str]  # "university", "institute": a name with one is an organisation, no entity
    event_words: set[str]  # Capitalised words after a name that make it an event's name ('… Challenge', '… Competition')
    event_topic_links: frozenset[str]  # 'on', 'for': after an event word, the task the event is on ('… Challenge on Inverse Tone Mapping')
    shared_task_words: tuple[tuple[str, ...], ...]  # 'shared task': an event's name in any case before such a link
    event_topic_stops: frozenset[str]  # 'conference', 'workshop': after the name, what the event is held at, no task
    defined_thing_heads: set[str]  # A definition's last word that names a thing of the world, no schema entity
    defined_object_heads: set[str]  # "… distribution (PPD)": no entity
    defined_task_heads: set[str]  # "… visual grounding (RSVG)" not proposed: a task
    defined_purpose_links: set[str]  # "… Transformer for Anomaly Detection (NexViTAD)": the head before it types the name
    defined_content_links: set[str]  # "International Corpus of Learner English (ICLE)": a data head before it types the name
    defined_content_heads: set[str]  # the data heads a content link may follow ("Corpus of", not "Bank of")
    defined_part_words: set[str]  # "… Extraction (HAE) phase": a part of a method, no task
    defined_task_manner_endings: tuple[str, ...]  # "Prompt-based … Extraction (PRE)": a technique, no task
    defined_adjective_word_endings: tuple[str, ...]  # Endings of a one-word lower-case long form that make it an adjective, no name
    defined_adjective_word_prefixes: tuple[str, ...]  # Openings of a one-word lower-case long form that make it an adjective
    # "When differential privacy meets NLP:", "Beyond Chinchilla-Optimal:", "Towards Data-Centric RLHF:":
    # a title phrase these open is a claim or a question, no name (span train: 0 of 60 listed)
    title_openers: set[str]  # a title phrase these open is a claim or a question
    sentence_openers: set[str]  # Capitalised words that open a sentence glued to a name's full stop ('TableVLM.With')
    title_proposal_heads: set[str]  # "Graph-in-Graph Network for …"
    public_model_modifiers: frozenset[str]  # "Pretrained", "Frozen", "OpenAI": which copy of a listed model, no new name
    public_data_modifiers: frozenset[str]  # "Second", "HuggingFace": which edition or copy of a listed data set, no new name
    list_closers: frozenset[str]  # "and", "or": the word before a list's last member (lexicon sibling_list_closers)
    title_predicates: frozenset[str]  # "Margin Matters: …"
    title_phrase_prepositions: frozenset[str]  # "Inside ASCENT: …"
    document_heads: list[tuple[str, ...]]  # A document the paper is, after the name it reports on ('… Technical Report')
    system_heads: frozenset[str]  # Head words of a system, never of a problem: a Task phrase ending in one names a method
    title_for_system_nouns: frozenset[str]  # "X for <task> Models"
    component_nouns: frozenset[str]  # Plural nouns whose colon list names the parts of the paper's own system
    noun_modifier_heads: set[str]  # heads a noun modifier stays with ("alignment", "modeling")
    modality_alignment: set[str]  # "cross-modal", "multimodal" before alignment
    method_heads: set[str]  # words a method phrase ends in ("tuning", "distillation")
    standalone_tasks: set[str]  # one-word tasks ("summarization", "reasoning")
    task_example_cues: list[tuple[str, ...]]  # Cues after which a list gives tasks as examples ('vision tasks (e.g., …')
    standalone_methods: set[str]  # one-word methods ("distillation")
    standalone_names: dict[str, str]  # "distillation" → "knowledge distillation"
    method_list_nouns: set[str]  # Plural nouns that count methods: an unlisted name in their list is a Method
    task_list_nouns: set[str]  # Plural nouns that count tasks: a Method-typed unlisted name in their list is a Task
    conversion_modalities: set[str]  # Kinds of input and output a task converts between, written '<from>2<to>'
    propose: set[str]  # "propose", "introduce": the paper's own names follow
    split_words: set[str]  # "the test set of X"
    title_evaluation_words: set[str]  # "X: Evaluating …"
    score_cues: set[str]  # "On X, Y achieves …": X is data
    naming: set[str]  # "called", "dubbed": a name follows
    team_report_verbs: frozenset[str]  # "This paper presents X's submission to …": the verbs before a team's possessive
    team_work_nouns: frozenset[str]  # "… X's submission / participation / system": what a team enters in a shared task
    setting_nouns: set[str]  # "we propose a new task X": X is a task
    setting_appositions: set[str]  # "X (Long Form), a new continual learning scenario": X is a task
    setting_apposition_stops: set[str]  # "X, an auxiliary task …", "X, a shared task …": no problem setting of the paper's
    language_variety_words: set[str]  # "Modern Standard Arabic (MSA)", "African American English (AAE)": the words before a language in a variety's name
    glued_base_words: set[str]  # "a BERT-enhanced ranker": BERT is used
    own_nouns: set[str]  # "our model, X," introduces X
    model_descriptions: set[str]  # "X, a text-to-speech model"
    model_release_containers: set[str]  # "X, a family of open language models"
    container_nouns: set[str]  # "X, a suite of RL algorithms": an "of" after these, and the phrase's head comes later
    bracketed_whole_openers: set[str]  # "Learning for Named Entity Recognition (EL4NER)": the bracket names the larger phrase
    determiners: set[str]  # "the dataset X", "X, a … dataset", "X is a …": what opens a noun phrase that names one thing
    quantifying_determiners: set[str]  # "each", "those": with ``determiners``, before a participle that is an adjective
    method_descriptions: set[str]  # "X (SF), a novel framework"
    postnominal: set[str]  # "X, a model capable of …"
    statistical: set[str]  # "X, a probabilistic model" is no network
    architecture_families: set[str]  # "transformer": always a Method
    architecture_family_cues: set[str]  # Words after an architecture family that make it the family named ('Transformer-based')
    architecture_models: set[str]  # "Mamba": a Method unless listed among models
    letter_size_tiers: dict[str, str]  # folded listed family → the capital letters that name its sizes ("Swin-T", "YOLO11-N")
    studied_generic_min: int  # mentions after the title a studied generic method needs
    part_aliases: set[str]  # Listed aliases that name a part a method adds to a model, right after a name
    glued_prefix_stop: set[str]  # First parts of a hyphenated word that negate the listed method after them ('non-CoT')
    eval_cues: set[str]  # "evaluate", "evaluation": "on X" in such a sentence names data
    np_breaks: set[str]  # words that end a noun phrase ("for", "which")
    comparison_verbs: set[str]  # one-word comparison verbs ("outperforms", "surpasses")
    metric_modifiers: set[str]  # words that narrow a metric ("test accuracy")
    modifier_heads: set[str]  # metrics a modifier joins ("accuracy", "F1")
    modifier_suffixes: tuple[str, ...]  # endings of a noun that narrows a metric ("detection accuracy")
    property_adjective_suffixes: tuple[str, ...]  # Endings of a relational adjective before a bare base metric ('statistical accuracy')
    metric_extension_stop: set[str]  # words a metric name is not extended over ("overall", "average")
    novelty: set[str]  # "…, a novel multi-agent framework"
    system_claim_verbs: set[str]  # "RADAR achieves …": no data
    claim_blockers: set[str]  # "trained on EPD outperform": the data, not the claimant
    name_modifiers: set[str]  # modifiers a listed name keeps ("adversarial", "3d")
    task_name_modifiers: set[str]  # "online", only before a task
    task_manner_modifiers: set[str]  # "contrastive": before a listed task, a method's use of it
    modifier_compound_nouns: set[str]  # "closed domain": two words or none
    name_adverbs: set[str]  # "differentially", "weakly": an adverb a name keeps before its first word
    apposition_clause_verbs: set[str]  # "X, the model was …": a verb after the type word makes a clause, no apposition
    fronted_place_prepositions: set[str]  # "On X, the model …": a preposition opening the sentence fronts a place
    pair_task_heads: set[str]  # "Hindi to Marathi machine translation"
    task_tool_nouns: set[str]  # "OCR tools"
    task_item_nouns: set[str]  # "QA pairs"
    method_modifier_suffixes: tuple[str, ...]  # "query-aware"
    task_manner_suffixes: tuple[str, ...]  # "Attention-Free"
    task_phrase_manner: set[str]  # "reference-free"
    task_role_modifiers: set[str]  # "auxiliary": lower-case, the task's role beside the main one
    task_phrase_idioms: tuple[tuple[str, ...], ...]  # "state of the art": words (hyphens dropped) a task phrase stops after
    data_form_heads: set[str]  # "imagery": a kind of data, no method or task
    task_narrowing_prefixes: set[str]  # "multi-document"
    task_narrowing_suffixes: set[str]  # "speaker-independent"
    task_adjective_spellings: set[str]  # "instruction-following data"
    task_property_nouns: set[str]  # "… capabilities": the task's own
    task_noun_endings: tuple[str, ...]  # "-tion", "-ing": a word that names an activity
    comparison_cues: set[str]  # "than", "versus", one-word comparison verbs and "par": a comparison
    # MetricNameRules' lists (kg/extract/metric_names.py)
    metric_list_heads: set[str]  # Nouns that open a list of metrics ('three metrics: …')
    metric_list_openers: list[str]  # What follows such a noun before its list (':', 'such as'), spaces taken out, longest first
    action_heads: set[str]  # Scores an action noun in -tion/-sion narrows into another score ('decision accuracy')
    metric_name_heads: set[str]  # Capitalised words that end a metric's name ('Brier Score', 'Phone Error Rate')
    subscripted_bases: set[str]  # Short metrics too short to list that a glued sub- or superscript makes a score ('AP_r')
    metric_name_stop: tuple[str, ...]  # Endings of a capitalised name that is a setting, no metric ('learning rate')
    metric_change_words: set[str]  # Words that say a cost metric moved ('lower inference time')
    metric_list_glue: set[str]  # Words that join the members of a list of measures ('accuracy, F1-score and run time')
    metric_change_after: set[str]  # Nouns after a cost metric that say it moved ('inference time reduction')
    item_score_articles: frozenset[str]  # 'a', 'an' (not 'the'): open a score a method gives each item
    item_score_links: set[str]  # Words after a score a method gives each item ('a relevance score for each sentence')
    item_score_quantifiers: set[str]  # The quantifier after such a link ('each', 'every')
    item_score_verbs: set[str]  # Verbs, as written, that make such a score ('computes', 'assigns', 'provides')
    valued_measure_links: set[str]  # Words between a recognised measure and its number ('a mean angular error of 2.04')
    hyphened_cost_measures: set[str]  # Nouns after a hyphen-joined cost metric that it measures ('run-time performance')
    measure_change_verbs: set[str]  # Verbs that move a measure by an amount ('reduces grading time by 65%')
    measure_lead_words: set[str]  # Words between such a verb and the measure's name ('the', 'average')
    measure_heads: set[str]  # Nouns a moved measure's name ends in ('time', 'usage')
    scored_measure_heads: set[str]  # Nouns a measure given a number ends in ('a reconstruction error of 0.01%')
    scored_measure_stop: set[str]  # Words that make such a phrase no measure ('training', 'test')
    scored_measure_lead: set[str]  # Words a measure given a number may open with ('mean', 'median')
    determined_measure_openers: set[str]  # Articles a measure given a number may follow besides "a" ('the highest … rate of 26%')
    measure_superlatives: set[str]  # Superlatives between such an article and the measure ('the highest', 'the lowest')
    determined_measure_stop: set[str]  # Words that make such a phrase a setting or a baseline's ('the dropout rate of 0.1')
    determined_measure_bounds: set[str]  # Words such a phrase stops at ('exhibit unsafe action rates of 7%', 'mean scores')
    averaged_measure_leads: set[str]  # Words that average a lone measure given a number ('an average error of 7.87')
    averaged_measure_heads: set[str]  # Lone measure nouns so averaged ('a mean return of 498.7', 'an average agreement of 94.3%')
    metric_goal_words: set[str]  # Measures that also name an aim ('helpfulness and harmlessness'): they need an amount
    number_scored_metrics: set[str]  # Metrics with a common plain sense ('sensitivity to noise'): a number right beside them or a list of metrics
    metric_scoring_words: set[str]  # Words that say a measure was taken ('we measure the precision of')
    study_nouns: set[str]  # Nouns of a study or an evaluation ('evaluation', 'benchmarking'): 'X, an evaluation framework' is data, no method
    glued_metric_after: set[str]  # Lower-case words that may follow a glued metric ('2.6 ASR-BLEU points')
    listed_amount_glue: set[str]  # Words that join a list of amounts each named by its measure ('90.5% precision, 90.7% coverage')
    listed_amount_units: set[str]  # Units after an amount, no measure's name ('27.01 dB PSNR')
    valued_symbols: set[str]  # A statistic's symbol set equal to a decimal ('(R = 0.96)')
    squared_symbols: set[str]  # The coefficient of determination's symbols, a metric in running text too ('yields R2 = 0.77')
    # Words from an amount to the measure it is counted in ('by 6.7% in terms of …', 'a 3x reduction in …'), split
    measure_links: list[list[str]]
    # The change links of those, split ('a 9.0% increase in Route Completion'): a capitalised name may follow them
    change_links: list[list[str]]
    changed_name_followers: set[str]  # Lower-case words that may follow such a name ('a 15% improvement in SubER compared to')
    changed_list_heads: set[str]  # A head a list of such names may share ('gains in Jaccard Accuracy, Macro-F1, and Micro-F1 scores')
    changed_list_glue: set[str]  # What joins such names: a comma, a conjunction, or both ('in DER, JER, and WER')
    bracket_restating_openers: tuple[str, ...]  # "i.e.", "namely": opening a bracket after a name, read past (join_bracketed_names)
    bracket_example_openers: tuple[str, ...]  # "e.g.": a bracket they open holds examples, no other name
    measure_link_articles: set[str]  # Words after such a link that are no part of the name ('in the … rate')
    measure_comparatives: set[str]  # Links of those that compare ('3.3x higher query rates'): the measure has two words or more
    # The heads a measure named right after its amount may end in: measure_heads, scored_measure_heads and the
    # lexicon's amount_measure_heads ('96% grasp success')
    amount_named_heads: set[str]
    amount_named_stop: set[str]  # Words it may not open with: a change, a lead, a comparison ('30% lower memory usage')


def recogniser_words(lexicon: Mapping) -> RecogniserWords:
    """The lexicon's ``RecogniserWords``: one object for every recogniser built from the same lexicon."""
    return _recogniser_words(json.dumps(lexicon))


@lru_cache(maxsize=4)
def _recogniser_words(lexicon_text: str) -> RecogniserWords:
    lexicon = json.loads(lexicon_text)
    comparison_cues = {*lexicon.get("comparison_words", ()), *(w for w in lexicon.get("outperform_verbs", ()) if " " not in w), "par"}
    # the lists that MetricNameRules' amount_named_heads and amount_named_stop join (all but amount_measure_heads
    # also fields of their own)
    metric_change_words = set(lexicon.get("metric_change_words", ()))
    measure_lead_words = set(lexicon.get("measure_lead_words", ()))
    measure_heads = set(lexicon.get("measure_heads", ()))
    scored_measure_heads = set(lexicon.get("scored_measure_heads", ()))
    scored_measure_stop = set(lexicon.get("scored_measure_stop", ()))
    amount_measure_heads = set(lexicon.get("amount_measure_heads", ()))
    return RecogniserWords(
        language_codes=set(lexicon.get("language_codes", ())),
        not_names=set(lexicon.get("not_names", ())),
        place_names=frozenset(lexicon.get("place_names", ())),
        keyword_labels=[tuple(label.split()) for label in lexicon.get("keyword_line_labels", ())],
        compared_with=set(lexicon.get("compared_with_words", ())),
        foreign_function_words=frozenset(lexicon.get("foreign_function_words", ())),
        foreign_text_min_words=int(lexicon.get("foreign_text_min_words", 4)),
        type_heads={w: label for label, words in lexicon["type_heads"].items() for w in words},
        contain_verbs=set(lexicon["contain_verbs"]),
        count_hedges=set(lexicon["count_hedges"]),
        example_plurals=set(lexicon["example_plurals"]),
        example_sibling_cues=tuple(lexicon["example_sibling_cues"]),
        kind_named_nouns=frozenset(lexicon["kind_named_nouns"]),
        articles=frozenset(lexicon.get("articles", ())),
        kind_named_openers=frozenset(lexicon["kind_named_openers"]),
        kind_named_reach=lexicon["kind_named_reach"],
        kind_named_own_openers=frozenset(lexicon["kind_named_own_openers"]),
        kind_named_before_openers=frozenset(lexicon["kind_named_before_openers"]),
        kind_named_before_nouns=frozenset(lexicon["kind_named_before_nouns"]),
        data_words_after=set(lexicon["data_words_after_definition"]),
        measure_words_after=set(lexicon.get("measure_words_after_definition", ())),
        activity_head_endings=tuple(lexicon.get("activity_head_endings", ())),
        named_data_heads=set(lexicon["named_data_heads"]),
        named_benchmark_heads=set(lexicon["named_benchmark_heads"]),
        served_data_head_before=set(lexicon.get("served_data_head_before", ())),
        named_phenomenon_heads=frozenset(lexicon.get("named_phenomenon_heads", ())),
        coined_data_heads={tuple(words.split()): label for words, label in lexicon["coined_data_heads"].items()},
        data_split_heads=frozenset(lexicon.get("data_split_heads", ())),
        recognised_data_place_words=frozenset(lexicon.get("recognised_data_place_words", ())),
        recognised_data_heads=frozenset(lexicon.get("recognised_data_heads", ())),
        numbered_event_words=frozenset(lexicon.get("numbered_event_words", ())),
        recognised_data_list_glue=frozenset(lexicon.get("recognised_data_list_glue", ())),
        recognised_data_contrasts=frozenset(lexicon.get("recognised_data_contrasts", ())),
        task_words_after=set(lexicon["task_words_after_definition"]),
        task_heads_after=frozenset(lexicon.get("task_heads_after_definition", ())),
        task_predicates={key: set(words) for key, words in lexicon["task_predicates_after_definition"].items()},
        abbr_heads={w: label for label, words in lexicon["abbreviation_heads"].items() for w in words},
        task_heads=set(lexicon["task_heads"]),
        task_stop=set(lexicon["task_modifier_stop"]),
        ability_heads=frozenset(lexicon.get("ability_heads", ())),
        head_stop={head: set(words) for head, words in lexicon.get("task_head_modifier_stop", {}).items()},
        head_openers={head: set(words) for head, words in lexicon.get("task_head_openers", {}).items()},
        task_only_stop=set(lexicon.get("task_only_modifier_stop", ())),
        task_data_words=frozenset(lexicon.get("task_data_words", ())),
        task_manner=set(lexicon.get("task_manner_words", ())),
        task_object_preps={head: set(words) for head, words in lexicon.get("task_object_prepositions", {}).items()},
        task_phrase_keep=set(lexicon.get("task_phrase_keep", ())),
        shot_counts=set(lexicon.get("shot_count_words", ())),
        vocabulary_sizes=set(lexicon.get("vocabulary_size_words", ())),
        compound_openers={word: set(words) for word, words in lexicon.get("task_compound_openers", {}).items()},
        noun_gerunds={head: set(words) for head, words in lexicon.get("task_noun_gerunds", {}).items()},
        title_verbs=set(lexicon.get("title_verbs", ())),
        title_head_links=set(lexicon.get("title_head_links", ())),
        organisation_words=set(lexicon.get("organisation_words", ())),
        event_words=set(lexicon.get("event_words", ())),
        event_topic_links=frozenset(lexicon.get("event_topic_links", ())),
        shared_task_words=tuple(tuple(words.split()) for words in lexicon.get("shared_task_words", ())),
        event_topic_stops=frozenset(lexicon.get("event_topic_stops", ())),
        defined_thing_heads=set(lexicon.get("defined_thing_heads", ())),
        defined_object_heads=set(lexicon.get("defined_object_heads", ())),
        defined_task_heads=set(lexicon.get("defined_task_heads", ())),
        defined_purpose_links=set(lexicon.get("defined_purpose_links", ())),
        defined_content_links=set(lexicon.get("defined_content_links", ())),
        defined_content_heads=set(lexicon.get("defined_content_heads", ())),
        defined_part_words=set(lexicon.get("defined_part_words", ())),
        defined_task_manner_endings=tuple(lexicon.get("defined_task_manner_endings", ())),
        defined_adjective_word_endings=tuple(lexicon.get("defined_adjective_word_endings", ())),
        defined_adjective_word_prefixes=tuple(lexicon.get("defined_adjective_word_prefixes", ())),
        title_openers=set(lexicon.get("title_openers", ())),
        sentence_openers=set(lexicon.get("sentence_openers", ())),
        title_proposal_heads=set(lexicon.get("title_proposal_heads", ())),
        public_model_modifiers=frozenset(lexicon.get("public_model_modifiers", ())),
        public_data_modifiers=frozenset(lexicon.get("public_data_modifiers", ())),
        list_closers=frozenset(lexicon.get("sibling_list_closers", ())),
        title_predicates=frozenset(lexicon.get("title_predicates", ())),
        title_phrase_prepositions=frozenset(lexicon.get("title_phrase_prepositions", ())),
        document_heads=[tuple(h.split()) for h in lexicon.get("document_heads", ())],
        system_heads=frozenset(lexicon.get("system_heads", ())),
        title_for_system_nouns=frozenset(lexicon.get("title_for_system_nouns", ())),
        component_nouns=frozenset(lexicon.get("component_nouns", ())),
        noun_modifier_heads=set(lexicon.get("noun_modifier_heads", ())),
        modality_alignment=set(lexicon.get("modality_alignment_modifiers", ())),
        method_heads=set(lexicon.get("method_heads", ())),
        standalone_tasks=set(lexicon.get("standalone_tasks", ())),
        task_example_cues=sorted((tuple(c.split()) for c in lexicon.get("task_example_cues", ())), key=len, reverse=True),
        standalone_methods=set(lexicon.get("standalone_methods", ())),
        standalone_names=dict(lexicon.get("standalone_method_names", {})),
        method_list_nouns=set(lexicon.get("method_list_nouns", ())),
        task_list_nouns=set(lexicon.get("task_list_nouns", ())),
        conversion_modalities=set(lexicon.get("conversion_task_modalities", ())),
        propose=set(lexicon["propose_verbs"]),
        split_words=set(lexicon.get("data_split_words", ())),
        title_evaluation_words=set(lexicon.get("title_evaluation_words", ())),
        score_cues=set(lexicon.get("score_sentence_cues", ())),
        naming=set(lexicon["naming_words"]),
        team_report_verbs=frozenset(lexicon.get("team_report_verbs", ())),
        team_work_nouns=frozenset(lexicon.get("team_work_nouns", ())),
        setting_nouns=set(lexicon.get("proposed_setting_nouns", ())),
        setting_appositions=set(lexicon.get("setting_apposition_heads", ())),
        setting_apposition_stops=set(lexicon.get("setting_apposition_stops", ())),
        language_variety_words={*lexicon.get("language_variety_words", ()), *lexicon.get("nationality_words", ())},
        glued_base_words=set(lexicon.get("glued_base_words", ())),
        own_nouns=set(lexicon.get("own_nouns", ())),
        model_descriptions=set(lexicon.get("model_description_heads", ())),
        model_release_containers=set(lexicon.get("model_release_containers", ())),
        container_nouns=set(lexicon.get("description_container_nouns", ())),
        bracketed_whole_openers=set(lexicon.get("bracketed_whole_openers", ())),
        determiners=set(lexicon.get("noun_phrase_determiners", ())),
        quantifying_determiners=set(lexicon.get("quantifying_determiners", ())),
        method_descriptions=set(lexicon.get("method_description_heads", ())),
        postnominal=set(lexicon.get("postnominal_adjectives", ())),
        statistical=set(lexicon.get("statistical_modifiers", ())),
        architecture_families=set(lexicon.get("architecture_families", ())),
        architecture_family_cues=set(lexicon.get("architecture_family_cues", ())),
        architecture_models=set(lexicon.get("architecture_models", ())),
        letter_size_tiers=dict(lexicon.get("letter_size_tiers", {})),
        studied_generic_min=int(lexicon.get("studied_generic_min_mentions", 2)),
        part_aliases=set(lexicon.get("part_aliases", ())),
        glued_prefix_stop=set(lexicon.get("glued_prefix_stop", ())),
        eval_cues=set(lexicon.get("eval_cues", ())),
        np_breaks=set(lexicon.get("noun_phrase_breaks", ())),
        comparison_verbs={w for w in lexicon.get("outperform_verbs", ()) if " " not in w},
        metric_modifiers=set(lexicon.get("metric_modifiers", ())),
        modifier_heads=set(lexicon.get("metric_modifier_heads", ())),
        modifier_suffixes=tuple(lexicon.get("metric_modifier_suffixes", ())),
        property_adjective_suffixes=tuple(lexicon.get("property_adjective_suffixes", ())),
        metric_extension_stop=set(lexicon.get("metric_extension_stop", ())),
        novelty=set(lexicon.get("novelty_words", ())),
        system_claim_verbs=set(lexicon.get("system_claim_verbs", ())),
        claim_blockers=set(lexicon.get("noun_phrase_breaks", ())),
        name_modifiers=set(lexicon.get("listed_name_modifiers", ())),
        task_name_modifiers=set(lexicon.get("task_name_modifiers", ())),
        task_manner_modifiers=set(lexicon.get("task_manner_modifiers", ())),
        modifier_compound_nouns=set(lexicon.get("modifier_compound_nouns", ())),
        name_adverbs=set(lexicon.get("name_adverbs", ())),
        apposition_clause_verbs=set(lexicon.get("apposition_clause_verbs", ())),
        fronted_place_prepositions=set(lexicon.get("fronted_place_prepositions", ())),
        pair_task_heads=set(lexicon.get("language_pair_task_heads", ())),
        task_tool_nouns=set(lexicon.get("task_tool_nouns", ())),
        task_item_nouns=set(lexicon.get("task_item_nouns", ())),
        method_modifier_suffixes=tuple("-" + w for w in lexicon.get("method_modifier_suffixes", ())),
        task_manner_suffixes=tuple("-" + w for w in lexicon.get("task_manner_suffixes", ())),
        task_phrase_manner=set(lexicon.get("task_phrase_manner_suffixes", ())),
        task_role_modifiers=set(lexicon.get("task_role_modifiers", ())),
        task_phrase_idioms=tuple(tuple(p.split()) for p in lexicon.get("task_phrase_idioms", ())),
        data_form_heads=set(lexicon.get("data_form_heads", ())),
        task_narrowing_prefixes=set(lexicon.get("task_narrowing_prefixes", ())),
        task_narrowing_suffixes=set(lexicon.get("task_narrowing_suffixes", ())),
        task_adjective_spellings=set(lexicon.get("task_adjective_spellings", ())),
        task_property_nouns=set(lexicon.get("task_property_nouns", ())),
        task_noun_endings=tuple(lexicon.get("task_noun_endings", ())),
        comparison_cues=comparison_cues,
        metric_list_heads=set(lexicon.get("metric_list_heads", ())),
        metric_list_openers=sorted(("".join(o.split()) for o in lexicon.get("metric_list_openers", ())), key=len, reverse=True),
        action_heads=set(lexicon.get("metric_action_heads", ())),
        metric_name_heads=set(lexicon.get("metric_name_heads", ())),
        subscripted_bases=set(lexicon.get("subscripted_metric_bases", ())),
        metric_name_stop=tuple(lexicon.get("metric_name_stop", ())),
        metric_change_words=metric_change_words,
        metric_list_glue=set(lexicon.get("metric_list_glue", ())),
        metric_change_after=set(lexicon.get("metric_change_after", ())),
        item_score_articles=frozenset(lexicon.get("item_score_articles", ())),
        item_score_links=set(lexicon.get("item_score_links", ())),
        item_score_quantifiers=set(lexicon.get("item_score_quantifiers", ())),
        item_score_verbs=set(lexicon.get("item_score_verbs", ())),
        valued_measure_links=set(lexicon.get("valued_measure_links", ())),
        hyphened_cost_measures=set(lexicon.get("hyphened_cost_measures", ())),
        measure_change_verbs=set(lexicon.get("measure_change_verbs", ())),
        measure_lead_words=measure_lead_words,
        measure_heads=measure_heads,
        scored_measure_heads=scored_measure_heads,
        scored_measure_stop=scored_measure_stop,
        scored_measure_lead=set(lexicon.get("scored_measure_lead", ())),
        determined_measure_openers=set(lexicon.get("determined_measure_openers", ())),
        measure_superlatives=set(lexicon.get("measure_superlatives", ())),
        determined_measure_stop=set(lexicon.get("determined_measure_stop", ())),
        determined_measure_bounds=set(lexicon.get("determined_measure_bounds", ())),
        averaged_measure_leads=set(lexicon.get("averaged_measure_leads", ())),
        averaged_measure_heads=set(lexicon.get("averaged_measure_heads", ())),
        metric_goal_words=set(lexicon.get("metric_goal_words", ())),
        number_scored_metrics=set(lexicon.get("number_scored_metrics", ())),
        metric_scoring_words=set(lexicon.get("metric_scoring_words", ())),
        study_nouns=set(lexicon.get("study_nouns", ())),
        glued_metric_after=set(lexicon.get("glued_metric_after", ())),
        listed_amount_glue=set(lexicon.get("listed_amount_glue", ())),
        listed_amount_units=set(lexicon.get("listed_amount_units", ())),
        valued_symbols=set(lexicon.get("valued_metric_symbols", ())),
        squared_symbols=set(lexicon.get("squared_metric_symbols", ())),
        measure_links=[link.split() for link in lexicon.get("measure_after_amount_links", ())] + [
            [*lead, *link.split()] for link in lexicon.get("measure_after_change_links", ())
            for lead in ([], *([adjective] for adjective in lexicon.get("measure_change_adjectives", ())))] + [
            [comparative] for comparative in lexicon.get("measure_after_comparatives", ())],
        change_links=[[*lead, *link.split()] for link in lexicon.get("measure_after_change_links", ())
                      for lead in ([], *([adjective] for adjective in lexicon.get("measure_change_adjectives", ())))],
        changed_name_followers=set(lexicon.get("changed_name_followers", ())),
        changed_list_heads=set(lexicon.get("changed_name_list_heads", ())),
        changed_list_glue=set(lexicon.get("changed_name_list_glue", ())),
        bracket_restating_openers=tuple(lexicon.get("bracket_restating_openers", ())),
        bracket_example_openers=tuple(lexicon.get("bracket_example_openers", ())),
        measure_comparatives=set(lexicon.get("measure_after_comparatives", ())),
        measure_link_articles=set(lexicon.get("measure_after_amount_articles", ())),
        amount_named_heads=measure_heads | scored_measure_heads | amount_measure_heads,
        amount_named_stop=(metric_change_words | measure_lead_words | scored_measure_stop | comparison_cues
                           | set(lexicon.get("amount_named_comparatives", ()))),
    )
