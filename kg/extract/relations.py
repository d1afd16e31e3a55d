"""Relation rules: the ``kg_relation_extractor`` component.

Rules are small pure functions over one sentence's entity spans plus cue words from
``data/lexicon.json``. Only sentences that can hold a relation (two or more entities, or
one entity and a propose verb) are dependency-parsed, with the trained tagger and parser
sourced from ``en_core_web_sm``; every other sentence costs nothing but tokenisation.

Output: ``doc._.kg_relations``, a list of ``RelationHit`` (head entity index or ``None``
for the paper, relationship type, tail entity index, rule, confidence, sentence index).
"""

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from kg.errors import ConfigError
from kg.extract.data_files import data_dir_or_default, load_lexicon
from kg.extract.comparisons import OutperformRules
from kg.extract.pair_model import FAR_PAIR_RULE, MAX_GAP, NEAR_PAIR_RULE, OWN_KINDS, PAIR_MODEL_ENV, PAIR_MODEL_FILE, PairModel, token_gap
from kg.extract.paper_roles import PAPER_ROLES_FILE, ROLE_MODEL_ENV, ROLES_MODES, PaperRoleModel
from kg.extract.parse import doc_ents, entities_by_sentence, parse_sentences, parsed_sentence, sentence_list, token_words
from kg.extract.relation_hits import RelationHit
from kg.extract.relation_words import RelationWords, relation_words
from kg.extract.others_work import OthersWorkRules
from kg.extract.proposals import DATA_LABELS, name_folds, same_name, ProposalRules
from kg.extract.paper_role_rules import OWN_CONTRIBUTION_RULES, OURS_RULES, PaperRoleRules
from kg.extract.subtask_rules import SubtaskRules
from kg.extract.pair_rules import coordinated_groups, PairRules
from kg.extract.own_relations import OwnRelationRules
from kg.names import extraction_fold_name as fold_name
from kg.names import name_words


if not Doc.has_extension("kg_relations"):
    Doc.set_extension("kg_relations", default=None)

MAX_PARSE_TOKENS = 150  # longer "sentences" are lists or junk, not worth parsing

RELATION_MODES = ("combined", "rules")

CREDIT_RULES = (*OURS_RULES, "sole_proposed")  # every rule that credits the paper's own contribution


class RelationExtractor(OthersWorkRules, ProposalRules, PaperRoleRules, SubtaskRules, PairRules, OwnRelationRules, OutperformRules):
    """Turns entity spans and (selectively) parsed sentences into ``RelationHit`` records."""

    def __init__(self, nlp: Language, name: str, parse_with: list[str], batch_size: int, mode: str = "combined", roles: str = "combined"):
        self.nlp = nlp
        self.mode = mode
        self.roles = roles
        self.name = name
        self.parse_with = list(parse_with)
        self.batch_size = batch_size
        self.lexicon: dict = {}
        self.words: RelationWords | None = None
        self.pair_model: PairModel | None = None
        self.role_model: PaperRoleModel | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None, data_dir: str | None = None) -> None:
        directory = data_dir_or_default(data_dir)
        self.lexicon = load_lexicon(directory / "lexicon.json")
        self.words = relation_words(self.lexicon)
        # research only: cross-fitted models, each scored on the papers it was not trained on
        # (training/scripts/crossfit_pairs.py, train_paper_roles.py --folds)
        pair_file = os.environ.get(PAIR_MODEL_ENV) or directory / PAIR_MODEL_FILE
        self.pair_model = PairModel.load(Path(pair_file)) if self.mode == "combined" else None
        role_file = os.environ.get(ROLE_MODEL_ENV) or directory / PAPER_ROLES_FILE
        self.role_model = PaperRoleModel.load(Path(role_file)) if self.roles == "combined" else None

    def to_disk(self, path, exclude=()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)
        (Path(path) / "lexicon.json").write_text(json.dumps(self.lexicon), encoding="utf-8")
        if self.pair_model is not None:
            (Path(path) / PAIR_MODEL_FILE).write_text(self.pair_model.to_json(), encoding="utf-8")
        if self.role_model is not None:
            (Path(path) / PAPER_ROLES_FILE).write_text(self.role_model.to_json(), encoding="utf-8")

    def from_disk(self, path, exclude=()) -> "RelationExtractor":
        self.initialize(data_dir=str(path))
        return self

    # -- processing -------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        if not self.lexicon:
            raise ConfigError(f"{self.name} is not initialized: call initialize() (kg.extract.build_pipeline does)")
        for batch in minibatch(docs, size=batch_size or self.batch_size):
            needed = []
            for doc in batch:
                ents = doc_ents(doc)
                for sent, members in zip(sentence_list(doc), entities_by_sentence(doc)):
                    if self.needs_parse(sent, [ents[i] for i in members]):
                        needed.append(sent)
            parse_sentences(self.nlp, self.parse_with, needed)
            for doc in batch:
                sents = sentence_list(doc)
                parsed = {i: p for i, s in enumerate(sents) if (p := parsed_sentence(s)) is not None}
                doc._.kg_relations = self.extract(doc, parsed)
                doc._.kg_parses = None  # parses are not needed downstream; free them
                yield doc

    def needs_parse(self, sent: Span, ents: list[Span]) -> bool:
        if len(sent) > MAX_PARSE_TOKENS:
            return False
        if len(ents) >= 2:
            return True
        return len(ents) == 1 and any(w in self.words.propose_verbs or w in self.words.naming or (
            ents[0].label_ in DATA_LABELS and w in self.words.data_creation_verbs) for w in token_words(sent.doc)[1][sent.start : sent.end])

    def extract(self, doc: Doc, parsed: dict[int, Doc]) -> list[RelationHit]:
        ents = list(doc_ents(doc))
        sents = sentence_list(doc)
        per_sentence = entities_by_sentence(doc)
        sent_of = {i: s_index for s_index, members in enumerate(per_sentence) for i in members}
        hits: list[RelationHit] = []
        proposed, studied, parts, kinds = set(), set(), set(), set()
        proposed_names: set[str] = set()  # ``name_folds`` of the mentions proposed so far, for ``names_an_own_part``
        for s_index, sent in enumerate(sents):
            sent_ents = per_sentence[s_index]
            if not sent_ents:
                continue
            tree = parsed.get(s_index)
            in_sentence = [ents[i] for i in sent_ents]
            for i in sent_ents:
                names_a_kind = ents[i].label_ != "Task" and self.class_before_its_name(ents[i], in_sentence)
                if names_a_kind:
                    kinds.add(i)
                if self.is_proposed(ents[i], sent, tree, in_sentence, names_a_kind):
                    proposed.add(i)
                    proposed_names |= name_folds(ents[i])
                elif self.names_an_own_part(ents[i], sent, in_sentence, proposed_names):
                    parts.add(i)  # proposed, but not the contribution the pair rules credit ("our framework … for X")
                elif tree is not None and self.propose_path(ents[i], sent, tree) == "studied":
                    studied.add(i)
            hits.extend(self.entity_relations(doc, sent, s_index, sent_ents, ents, tree))
            hits.extend(self.learned_pairs(sent, s_index, sent_ents, ents, tree))
        groups: dict[int, list[int]] = {}
        for members in per_sentence:
            groups.update(coordinated_groups(doc, [ents[i] for i in members], members))
        hits.extend(past_the_window(hits, groups, ents, per_sentence))
        # A learned classifier of the paper's own thing → other names, where it ships, replaces
        # the rules of the own contribution for its relation type: measured better alone.
        learned = {OWN_KINDS[kind][0] for kind in OWN_KINDS if self.pair_model is not None and kind in self.pair_model.weights}
        own = self.proposed_entity_relations(doc, ents, sents, sent_of, proposed, hits, replaced=learned)
        own += self.learned_own_relations(doc, ents, sent_of, proposed, sents, parts)
        own += expand_over_lists(own, groups)
        # the role model was trained on pairs at most MAX_GAP tokens apart: a far pair is no feature of it
        near = [h for h in hits if h.rule != FAR_PAIR_RULE]
        hits.extend(self.paper_relations(doc, ents, sents, sent_of, proposed, pair_hits=near + own, studied=studied, parts=parts, kinds=kinds))
        hits.extend(own)
        hits.extend(self.our_method_outperforms(doc, ents, sents, per_sentence, hits))
        hits.extend(self.others_of_a_list(doc, ents, sents, per_sentence))  # "GPT-4 outperformed all other models"
        hits = self.own_means_winners(ents, hits)  # "the X model with RGAR surpasses Y": RGAR wins
        if "USED_FOR" not in learned:
            hits.extend(self.sole_proposed_for_tasks(ents, sents, proposed, hits))  # reads the paper's ADDRESSES
        hits = [h for h in hits if not (h.type in SELF_APPLIED and h.head is not None and one_family(ents[h.head], ents[h.tail]))]
        hits = [h for h in hits if not (h.type == "APPLIED_TO" and self.only_a_judge(ents, h.tail, h.head))]
        hits = [h for h in hits if not self.a_named_part(ents, h)]  # "a CLIP-based filter", "integrating StyleCLIP"
        hits = [h for h in hits if not self.a_title_means_task(doc, ents, h)]
        hits = [h for h in hits if not self.a_training_task(doc, ents, h)]
        hits = [h for h in hits if not self.a_task_as_base(doc, ents, h)]
        hits = [h for h in hits if not self.a_task_after_based_on(doc, ents, h)]  # "X, an approach based on <task>"
        hits = [h for h in hits if not self.poses_a_challenge_to(doc, ents, h)]  # "GANs pose challenges for <task>"
        hits = [h for h in hits if not self.named_as_an_idea_source(doc, ents, h)]  # "models, inspired by DeepSeek-R1, …"
        hits = [h for h in hits if not self.listed_beside(doc, ents, h)]
        hits = [h for h in hits if not self.kind_of_a_named_foil(ents, h)]  # "the … pruning method, Isomorphic"
        hits = [h for h in hits if not self.a_listed_step(doc, ents, h)]
        hits = [h for h in hits if h.head is None or not restated_in_brackets(ents[h.head], ents[h.tail]) or task_dataset_in_brackets(h, ents)]
        return dedupe(credited_to_proposals(hits, ents))


# A thing is not applied to, or used for, itself or its own variant ("AceSearcher" APPLIED_TO
# "AceSearcher-32B", the paper's model and its size): VARIANT_OF says how they relate.
SELF_APPLIED = ("APPLIED_TO", "USED_FOR")


def one_family(a: Span, b: Span) -> bool:
    """One name, or one a variant of the other or both of one family ("XLM-R XL", "XLM-R")."""
    if same_name(a, b):
        return True
    fa, fb = (fold_name(x._.kg_family) if x._.kg_family else None for x in (a, b))
    na, nb = fold_name(a._.kg_canonical or a.text), fold_name(b._.kg_canonical or b.text)
    return fa == nb or fb == na or (fa is not None and fa == fb) or na.startswith(nb + "-") or nb.startswith(na + "-")  # "xlm-r-xl"


def restated_in_brackets(a: Span, b: Span) -> bool:
    """One name right after the other, alone in brackets: "Contrastive Language Pretraining
    (CLIP)", "the MMLU benchmark (MMLU)". The bracket restates or abbreviates the name; it
    relates nothing (CLIP was APPLIED_TO by its own spelled-out name)."""
    first, second = (a, b) if a.start < b.start else (b, a)
    doc = a.doc
    return second.start == first.end + 1 and doc[first.end].text == "(" and second.end < len(doc) and doc[second.end].text == ")"


def task_dataset_in_brackets(hit: RelationHit, ents: list[Span]) -> bool:
    """"natural language inference (SNLI)", "Visual Entailment (SNLI-VE)": a dataset alone in
    brackets after a task names the data the task is done on, not the task again, unless it has
    a long form or its capitals are all among the task's initials and capitals ("Question
    answering over temporal knowledge graphs (TKGQA)"). Train, kg's names in that shape: 5 of 6
    such pairs are annotated USED_FOR (the sixth that acronym). So too a method or model there
    ("dimensionality reduction (PCA)", "Unsupervised representation learning (BERT)": an example
    of what does the task), and a name whose capitals are the initials but which carries a
    version ("visual question answering (VQA 2.0)"): the abbreviation of a task has no digits."""
    head, tail = ents[hit.head], ents[hit.tail]
    if hit.type != "USED_FOR" or head.label_ not in ("Dataset", "Method", "Model") or tail.label_ != "Task" or tail.start > head.start:
        return False
    capitals = {c.lower() for c in head.text if c.isupper()}
    task_letters = {w[0].lower() for w in name_words(tail.text)} | {c.lower() for c in tail.text if c.isupper()}
    initials = len(capitals) > 1 and capitals <= task_letters and not any(c.isdigit() for c in head.text)
    return not (head._.kg_long_form or initials)


def expand_over_lists(hits: list[RelationHit], groups: dict[int, list[int]]) -> list[RelationHit]:
    """A relation from the paper's own contribution to one member of a list holds for all members.

    Only for the contribution-centred rules: for the generic pair rules the nearest list
    member is often the only one the cue covers.
    """
    out = []
    for h in hits:
        if h.head is None or h.type in ("DERIVED_FROM", "PART_OF") or not h.rule.startswith(OWN_CONTRIBUTION_RULES):
            continue
        for t in groups.get(h.tail, [h.tail]):
            if t != h.tail and t != h.head:
                out.append(RelationHit(h.head, h.type, t, h.rule + "+list", round(h.confidence * 0.9, 3), h.sentence))
    return out


def past_the_window(hits: list[RelationHit], groups: dict[int, list[int]], ents: list[Span], per_sentence: list[list[int]]) -> list[RelationHit]:
    """A learned USED_FOR edge also holds for the members of its head's or its task's list that
    stand more than ``MAX_GAP`` tokens from the other end: the pair classifier never scores such
    pairs ("… including GPT-3.5-Turbo, GPT-4o, Claude-Sonnet-3.5, and Gemini-1.5-Flash, … a
    diverse set of LLMs for HPO"; "… tasks such as text similarity, relation extraction, named
    entity recognition, and text inference"). Pairs the classifier could score, here or at another
    mention of the same two names in the sentence, it has left out, so they are not spread to
    (spreading to every member: right 13 times in 35 on span train, session 34). USED_FOR pairs up to
    ``MAX_GAP_OF`` tokens apart are scored since session 57; the spread still reaches past ``MAX_GAP``,
    as measured there."""
    def out_of_reach(a: int, b: int, s_index: int) -> bool:
        same_a = [ents[i] for i in per_sentence[s_index] if fold_name(ents[i].text) == fold_name(ents[a].text)] or [ents[a]]
        same_b = [ents[i] for i in per_sentence[s_index] if fold_name(ents[i].text) == fold_name(ents[b].text)] or [ents[b]]
        return all(token_gap(x, y) > MAX_GAP for x in same_a for y in same_b)

    out = []
    for h in hits:
        if h.rule not in (NEAR_PAIR_RULE, FAR_PAIR_RULE) or h.type != "USED_FOR" or h.head is None:
            continue
        for t in groups.get(h.tail, ()):
            if t not in (h.tail, h.head) and out_of_reach(h.head, t, h.sentence):
                out.append(RelationHit(h.head, "USED_FOR", t, "learned_pair_list", h.confidence, h.sentence))
        for head in groups.get(h.head, ()):
            if head not in (h.head, h.tail) and out_of_reach(head, h.tail, h.sentence):
                out.append(RelationHit(head, "USED_FOR", h.tail, "learned_pair_list", h.confidence, h.sentence))
    return out


def credited_to_proposals(hits: list[RelationHit], ents: list[Span]) -> list[RelationHit]:
    """Drop what the rules of the paper's own contribution credit to a thing the paper ends up
    not proposing (the role model gave it USES), for a task the paper only mentions, or applied
    to a model it beats (a baseline, not a target). On the span corpus, dev and proxy sets the
    first were right 4 times in 46 (APPLIED_TO 0 of 14, OUTPERFORMS 0 of 2, USED_FOR 4 of 30),
    the second 4 times in 44, the third 2 times in 22."""
    def key(i: int) -> tuple[str, str]:
        return ents[i].label_, fold_name(ents[i]._.kg_canonical or ents[i].text)

    proposed = {key(h.tail) for h in hits if h.head is None and h.type == "PROPOSES"}
    addressed = {key(h.tail) for h in hits if h.head is None and h.type == "ADDRESSES"}
    beaten = {(key(h.head), key(h.tail)) for h in hits if h.head is not None and h.type == "OUTPERFORMS"}
    return [h for h in hits if h.head is None or not h.rule.startswith(CREDIT_RULES)
            or (key(h.head) in proposed and (h.type != "USED_FOR" or key(h.tail) in addressed)
                and (h.type != "APPLIED_TO" or (key(h.head), key(h.tail)) not in beaten))]


def dedupe(hits: list[RelationHit]) -> list[RelationHit]:
    """Keep the most confident hit per (head, type, tail, sentence)."""
    best: dict[tuple, RelationHit] = {}
    for h in hits:
        key = (h.head, h.type, h.tail, h.sentence)
        if key not in best or h.confidence > best[key].confidence:
            best[key] = h
    return list(best.values())


@Language.factory(
    "kg_relation_extractor",
    assigns=["doc._.kg_relations"],
    requires=["doc.ents", "token.is_sent_start"],
    default_config={"parse_with": ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"], "batch_size": 64, "mode": "combined", "roles": "combined"},
)
def make_relation_extractor(nlp: Language, name: str, parse_with: list[str], batch_size: int, mode: str, roles: str) -> RelationExtractor:
    if mode not in RELATION_MODES:
        raise ConfigError(f"{name}: mode must be one of {', '.join(RELATION_MODES)}, not {mode!r}")
    if roles not in ROLES_MODES:
        raise ConfigError(f"{name}: roles must be one of {', '.join(ROLES_MODES)}, not {roles!r}")
    return RelationExtractor(nlp, name=name, parse_with=parse_with, batch_size=batch_size, mode=mode, roles=roles)
