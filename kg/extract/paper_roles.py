"""A learned check on the paper's role for each entity: what the sentences that name it do.

The rules give each entity one Paper → entity edge from its strongest mention (a task is
ADDRESSES, a model USES unless it is only compared with or sits in a background sentence).
On random arXiv abstracts that is often the wrong role: a task named only as motivation, a
model named as an example of others' work, are MENTIONS; a dataset named in "experiments on
X" is EVALUATES_ON. This component reads every occurrence of the entity together: where its
sentences stand, whether the authors speak in them ("we", "our"), the cue words around it
(propose, use / based on, evaluate / experiments, outperform / compared with, task words),
its type, what the rules decided and why. One logistic regression per role, trained on the
span corpus's train split (``training/scripts/train_paper_roles.py``); the weights are a data
file (``kg/data/paper_roles.json``) read by ``kg_relation_extractor``. The model overrides
the rules only where it is confident. A PROPOSES the rules give to a name stays (on the proxy
sets, the model took it back from papers that do propose a listed name, such as Llama 3 and
FlashAttention); one given to a generic lower-case phrase ("we propose a knowledge
distillation method") is the model's to revise (``rules_role_kept``). A name the
rules find only compared with ("comparable to GPT-3", "unlike BERT") stays MENTIONS too: the
span corpus's annotators often wrote USES for a compared baseline, and the model learned that.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from kg.extract.logistic import LogisticModels
from kg.extract.parse import citation_tokens, span_text, token_words
from kg.extract.span_typer import name_shape

PAPER_ROLES_FILE = "paper_roles.json"
ROLE_MODEL_ENV = "KG_PAPER_ROLES_MODEL"  # research only: another model file in its place (cross-fitting)
ROLES_MODES = ("combined", "rules")
# An entity rule named after the role model was trained, read as the rule its candidates came from then:
# ownname60's size tiers of the paper's own coined name were "model_shape" candidates (session 61, walk61); a name
# glued onto a listed model (glued62: "Phi-4-Reasoning") reads as a listed model's variant, as "Qwen2-7B-Instruct" does.
TRAINED_RULE_NAMES = {"size_tier_variant": "model_shape", "glued_name": "model_shape", "modified_model": "capitalised_name", "modified_data": "capitalised_name",
                     "prefixed_name": "modified_name", "title_family": "coined_name"}
KEPT_RULES = frozenset({"propose_cue", "own_part", "comparison_mention", "studied_mention"})  # paper roles the model does not replace


def generic_phrase(name: str) -> bool:
    """A lower-case phrase without digits ("knowledge distillation"), not a coined name
    ("FlashAttention", "wav2vec 2.0")."""
    return name_shape(name) == "lower" and not any(c.isdigit() for c in name)


def rules_role_kept(rules: list[str], names: list[str], known: bool = False) -> bool:
    """Whether the rules' role stands whatever the model says: a MENTIONS from a comparison,
    or a PROPOSES of a name. A PROPOSES of a generic lower-case phrase is the model's to
    revise: "we propose a knowledge distillation method" uses knowledge distillation (train
    split: of 271 such PROPOSES the annotation has 142 USES and 63 PROPOSES). So is one of a
    ``known`` name, one the gazetteer lists, that the title does not open with ("Non-Canonical
    Hamiltonian Monte Carlo" proposed HMC, "Cascaded BERT Language Model" BERT)."""
    kept = set(rules) & KEPT_RULES
    if kept == {"propose_cue"} and (known or any(generic_phrase(n) for n in names)):
        return False
    return bool(kept)
# SCHEMA.md: the paper roles each entity type can take.
ROLE_LABELS = {
    "PROPOSES": {"Method", "Model", "Dataset", "Benchmark"},
    "USES": {"Method", "Model", "Dataset"},
    "EVALUATES_ON": {"Dataset", "Benchmark"},
    "ADDRESSES": {"Task"},
    "REPORTS_METRIC": {"Metric"},
    "MENTIONS": {"Method", "Model", "Dataset", "Benchmark", "Task", "Metric"},
}
WINDOW = 3  # words each side of an occurrence
# Cue classes: a sentence holding one of these words says what it does with its names.
ROLE_CUES = {
    "propose": """propose proposes proposed proposing introduce introduces introduced introducing present
        presents presented novel new called named dubbed termed release releases released construct
        constructed build built create created collect collected curate curated design designed develop developed""",
    "use": """use uses used using employ employs employed employing leverage leverages leveraged leveraging
        adopt adopts adopted utilize utilizes utilized utilizing based via apply applies applied applying
        build builds upon incorporate incorporates combine combines integrate integrates extend extends""",
    "evaluate": """evaluate evaluates evaluated evaluating evaluation experiments experiment experimental
        benchmark benchmarks test tested testing datasets dataset results validate validated conducted
        demonstrate demonstrates shows show achieves achieve achieved""",
    "compare": """than vs vs. versus compared compare comparing comparison comparable against outperform
        outperforms outperformed outperforming surpass surpasses surpassing beats baseline baselines
        competitive superior unlike""",
    "task": """task tasks problem problems address addresses addressed tackle tackles solve solves solving
        challenge challenges challenging applications application""",
    "metric": """accuracy score scores measure measured metric metrics improvement improves improve gains
        error performance""",
    "background": """recently recent existing previous prior traditional conventional current popular
        widely however although typically often commonly has have been""",
    "train": """train trained training pre-trained pretrained fine-tuned finetuned fine-tune fine-tuning
        finetuning learn learned""",
}
ROLE_CUE_WORDS = {cls: frozenset(words.split()) for cls, words in ROLE_CUES.items()}
MAX_TASKS = 6  # "tasks=6": six or more task mentions in the abstract


def content_words(tokens) -> set[str]:
    """Lower-case alphabetic non-stop words, a plural "s" cut ("Detectors" ~ "detector")."""
    words = {t.lower_ for t in tokens if t.is_alpha and not t.is_stop}
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words}


def title_share(ents: list[Span], members: list[int], title: set[str]) -> str:
    """How much of a task's name the title spells out, when the task is not itself named
    there: "all" ("speech emotion recognition" under "Improving Cross-Corpus Speech Emotion
    Recognition"), "some" or "none". The paper's own task is in its title far more often than
    one it only mentions (span train: of the task names whose words the title all holds, 91%
    are ADDRESSES, against 70% of those it shares none with)."""
    best = 0.0
    for i in members:
        words = content_words(ents[i])
        if words:
            best = max(best, len(words & title) / len(words))
    return "all" if best == 1 else "some" if best > 0 else "none"


@dataclass
class RoleContext:
    """What the rules know of one doc's sentences, computed once per doc."""

    sents: list[Span]
    sent_of: dict[int, int]  # entity index -> sentence index
    authors: set[int]  # sentences where the authors speak
    background: set[int]  # sentences about others' work
    title_end: int
    in_list: set[int] = field(default_factory=set)  # entities named in a list ("OPT, Falcon and Gemma")
    ours: dict[int, set[int]] = field(default_factory=dict)  # sentence -> groups the paper proposes named there
    pair_roles: dict[int, set[str]] = field(default_factory=dict)  # group -> "head:USED_FOR", "tail:OUTPERFORMS", ...
    title_words: set[str] = field(default_factory=set)  # content_words of the title


def occurrence_position(ctx: RoleContext, s_index: int) -> str:
    """title, first (the abstract's first sentence), second, last, or mid."""
    if ctx.sents[s_index].start < ctx.title_end:
        return "title"
    if s_index == len(ctx.sents) - 1:
        return "last"
    first = next((k for k, s in enumerate(ctx.sents) if s.start >= ctx.title_end), 0)
    return {0: "first", 1: "second"}.get(s_index - first, "mid")


def role_features(ents: list[Span], members: list[int], group: int, ctx: RoleContext, rule_roles: list[tuple[str, str]],
                  compared: list[bool], named_as_base: list[bool]) -> list[str]:
    """What the classifier sees of one entity (all its occurrences ``members``): its type and
    name shape, the rules' roles and rules, where its sentences stand, whether the authors
    speak there, the cue classes of those sentences and the words around each occurrence; for
    a task, how much of its name the title holds and how many task mentions the abstract has."""
    label = ents[members[0]].label_
    first = ents[members[0]]
    first_text = span_text(first)
    words = first_text.split()
    base = {f"shape={name_shape(first_text)}", f"ntok={min(len(words), 4)}",
            f"mentions={min(len(members), 4)}", f"rules={'+'.join(sorted({r for r, _ in rule_roles}))}"}
    if len(words) > 1:  # a phrase's head word ("... classification"), never a one-word name itself
        base.add(f"head={words[-1].lower()}")
    base.update(f"rule={role}:{rule}" for role, rule in rule_roles)
    for i in members:
        ent = ents[i]
        base.add(f"ent_rule={TRAINED_RULE_NAMES.get(ent._.kg_rule, ent._.kg_rule)}")
        if ent._.kg_proposed:
            base.add("proposed_flag")
        if ent._.kg_variant:
            base.add(f"variant={ent._.kg_variant}")
        if ent._.kg_long_form:
            base.add("long_form")
    sentences = sorted({ctx.sent_of[i] for i in members})
    we = [s in ctx.authors for s in sentences]
    bg = [s in ctx.background for s in sentences]
    base.add("we_all" if all(we) else "we_any" if any(we) else "we_none")
    base.add("bg_all" if all(bg) else "bg_any" if any(bg) else "bg_none")
    base.update(f"pos={occurrence_position(ctx, s)}" for s in sentences)
    base.add(f"first_pos={occurrence_position(ctx, sentences[0])}")
    base.add("compared_all" if all(compared) else "compared_any" if any(compared) else "compared_none")
    listed = [i in ctx.in_list for i in members]
    base.add("list_all" if all(listed) else "list_any" if any(listed) else "list_none")
    if any(named_as_base):
        base.add("named_as_base")
    base.update(f"pair={r}" for r in ctx.pair_roles.get(group, ()))
    if label == "Task":  # the paper's own task or one it names in passing: how the title and the abstract's other tasks stand
        if not any(ents[i].start < ctx.title_end for i in members):
            base.add(f"title_words={title_share(ents, members, ctx.title_words)}")
        base.add(f"tasks={min(sum(e.label_ == 'Task' for e in ents), MAX_TASKS)}")
    with_ours = [bool(ctx.ours.get(s, set()) - {group}) for s in sentences]
    base.add("ours_all" if all(with_ours) else "ours_any" if any(with_ours) else "ours_none")
    for s in sentences:
        sent = ctx.sents[s]
        lowered = set(token_words(sent.doc)[1][sent.start : sent.end])
        speaker = "we" if s in ctx.authors else "other"
        for cls, cue_words in ROLE_CUE_WORDS.items():
            if lowered & cue_words:
                base.add(f"s_{cls}")
                base.add(f"{speaker}_{cls}")
    for i in members:
        ent = ents[i]
        sent = ctx.sents[ctx.sent_of[i]]
        doc = ent.doc
        # "on CIFAR-10 [14], SVHN [22] and": the words around a name are read past citations;
        # a citation right after it stays one cue ("[", as the model learned it: others' work)
        cites = citation_tokens(doc)
        lowers = token_words(doc)[1]
        before = [lowers[k] for k in range(sent.start, ent.start) if k not in cites][-WINDOW:]
        after = [lowers[k] for k in range(ent.end, sent.end) if k not in cites][:WINDOW]
        if ent.end in cites:
            after = ["[", *after[: WINDOW - 1]]
        base.update(f"b={w}" for w in before)
        base.update(f"a={w}" for w in after)
        if before:
            base.add(f"p1={before[-1]}")
        if after:
            base.add(f"n1={after[0]}")
        if ent.start - sent.start <= 2:
            base.add("starts_sentence")
    return sorted(base | {f"{label}|{f}" for f in base} | {f"label={label}"})


@dataclass
class PaperRoleModel(LogisticModels):
    """Per role: weights and a bias. The rules' role is replaced by the model's best role for
    the entity's type when that role is at least ``threshold`` and ``margin`` above the rules'
    role, unless a rule in ``KEPT_RULES`` gave it (``kept``); PROPOSES replaces it at
    ``propose_threshold`` unless the name stands in a list (``listed``: "including OPT, Falcon,
    LongChatZ and Gemma" names others' models); a second role (EVALUATES_ON beside PROPOSES or USES) is added at
    ``add_threshold``. In a paper that proposes nothing else, a listed name is proposed at
    ``listed_propose_threshold`` ("Sentence-level Semantic Matching and Answer Position Inferring")."""

    margin: float = 0.2
    add_threshold: float = 0.7
    propose_threshold: float = 1.01
    listed_propose_threshold: float = 0.6  # chosen on span train (not in the training grid)

    def __post_init__(self) -> None:
        super().__post_init__()
        self.margin, self.add_threshold, self.propose_threshold = float(self.margin), float(self.add_threshold), float(self.propose_threshold)
        self.listed_propose_threshold = float(self.listed_propose_threshold)

    def scores(self, label: str, feats: list[str]) -> dict[str, float]:
        return {role: self.probability(role, feats) for role, labels in ROLE_LABELS.items() if label in labels}

    def decide(self, label: str, rule_roles: set[str], probs: dict[str, float], kept: bool = False, listed: bool = False,
               propose_at: float | None = None) -> set[str]:
        """The roles to give the entity (never empty: every entity keeps a paper edge);
        ``propose_at``: the PROPOSES threshold, where not ``propose_threshold``."""
        roles = set(rule_roles)
        choices = {r: p for r, p in probs.items() if r != "PROPOSES"}
        if not kept and choices:
            best = max(choices, key=lambda r: (choices[r], r in roles))
            held = max((probs.get(r, 0.0) for r in roles), default=0.0)
            if best not in roles and (not roles or (choices[best] >= self.threshold and choices[best] - held >= self.margin)):
                roles = {best}
            if not listed and probs.get("PROPOSES", 0.0) >= (self.propose_threshold if propose_at is None else propose_at):
                roles = {"PROPOSES"} | (roles & {"EVALUATES_ON"})
        if roles & {"USES", "PROPOSES"} and choices.get("EVALUATES_ON", 0.0) >= self.add_threshold:
            roles.add("EVALUATES_ON")
        return roles
