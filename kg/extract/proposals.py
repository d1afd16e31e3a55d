"""What the paper proposes.

Relation rules credit the paper's own contribution (``PROPOSES``) only for a mention the paper puts forward as new;
these tests read a mention's sentence for that (the object of a propose verb, a name after "namely" or "the
proposed", data the paper makes, a named own part, a kind noun after the name, an appositive that describes a
proposed name). Whether a mention is someone else's work is others_work.py's. Split out of relations.py in session
51, and others_work.py out of it in session 52 (no behaviour change).
"""

import re
from collections.abc import Set

from spacy.tokens import Doc, Span

from kg.extract.others_work import KNOWN_WORK_WORDS, STUDY_STEMS
from kg.extract.parse import TRAIN_VERBS, doc_ents, doc_text, glued_to, lemma, said_before, span_text, token_words
from kg.extract.span_typer import name_shape
from kg.names import extraction_fold_name as fold_name


# Dependencies that keep a mention inside the object of "we propose …" (not a modifier clause).
OBJECT_PATH_DEPS = {"dobj", "appos", "conj", "compound", "attr", "oprd", "nsubjpass", "npadvmod", "amod", "nmod", "dep", "cc", "punct", "obj", "nsubj"}
DATA_LABELS = ("Dataset", "Benchmark")
OTHERS_WORK_MODIFIERS = {"recent", "previous", "prior", "earlier", "existing", "past", "other", "related", "some", "many", "several"}
# a word before a list noun that makes the list others' work ("the two widely used approaches: …", "two prior approaches: …")
OTHERS_LIST_MARKERS = KNOWN_WORK_WORDS | {"recent", "previous", "prior", "earlier", "past", "conventional", "traditional"}
DATA_OBJECT_BREAKS = {"for", "on", "of", "from", "in", "with", "to", "by", "and", ","}  # "we build test sets for two datasets, A and B": not the object

KIND_REACH = 4  # words between "a"/"an" and a name that modifies a kind noun ("a novel hybrid Seq2Seq architecture")
SHORT_FORM_REACH = 8  # tokens to look for the ")" of a short form in brackets after a name


def past_short_form(doc, end: int, limit: int) -> int:
    """Where a name ending at ``end`` ends with its short form in brackets ("Neural Tangent
    Kernel (NTK)"): past the ")" if one closes within reach (and before ``limit``), else ``end``."""
    close = next((k for k in range(end + 1, min(limit, end + SHORT_FORM_REACH)) if doc[k].text == ")"), None)
    return close + 1 if close is not None else end


# After a name: "(QE), a layer-wise", "an efficient": the start of an appositive that says what it is
# (``words.kind_apposition_gap``).
APPOSITIVE_REACH = 400  # characters: a parenthesis, ", a(n)" and 60 more

ENUMERATION = re.compile(r"^(?:[1-9]|i{1,3}|iv|vi{0,3}|[a-f])$", re.IGNORECASE)  # "(i)", "2)", "(c)": an item's mark


def title_name_end(doc: Doc) -> int:
    """Token end of the title without its closing punctuation."""
    end = doc._.kg_title_end
    while end > 0 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return end


def name_folds(ent: Span) -> set[str]:
    """The folded spellings a mention stands for: as written, its canonical name and its long form."""
    return {fold_name(n) for n in (span_text(ent), ent._.kg_canonical, ent._.kg_long_form) if n}


class ProposalRules:
    """``RelationExtractor``'s tests of whether a mention is the paper's own proposal.

    Reads the extractor's word lists ``words.compared_target_cues``, ``words.component_nouns``,
    ``words.data_creation_verbs``, ``words.earlier_work``, ``words.earlier_work_cues``, ``words.kind_nouns``, ``words.listed_kind_nouns``,
    ``words.kind_apposition_gap``, ``words.namely_proposal_words``, ``words.naming``, ``words.new_apposition_openers``,
    ``words.own_data_markers``, ``words.own_data_nouns``,
    ``words.own_proposal_cues``, ``words.proposal_base_words``, ``words.propose_verbs``, ``words.study_nouns``,
    ``words.study_verb_forms``, ``words.study_verbs``, ``words.use_verbs``.
    Calls the component's and the other mixins' ``authors_speak``, ``given_as_example``, ``introduced_earlier``,
    ``is_named_as_base``, ``names_known_work``, ``varied``.
    """

    # -- paper → entity -----------------------------------------------------------------------
    def is_proposed(self, ent: Span, sent: Span, tree: Doc | None, sent_ents: list[Span], names_a_kind: bool | None = None) -> bool:
        """``names_a_kind``: whether ``class_before_its_name`` holds for ``ent``, where the caller
        has asked already (None: ask here)."""
        if ent._.kg_rule in ("title_name",) or (ent._.kg_proposed and ent.start < ent.doc._.kg_title_end):
            return True
        if ent.start == 0 and ent.label_ != "Task" and ent.end == title_name_end(ent.doc):
            return True  # the whole title is the name ("Hidden Schema Networks"): 52 of 52 such titles in span train
        if names_a_kind is None:
            names_a_kind = ent.label_ != "Task" and self.class_before_its_name(ent, sent_ents)
        if names_a_kind:
            return False
        if self.given_as_example(ent, sent):
            return False
        if self.glued_to_the_proposal(ent):
            return False
        if ent._.kg_rule == "proposed_name" and ent._.kg_proposed and not self.introduced_earlier(ent):
            # found where the authors introduce it (after a propose verb, or set off in apposition); not after
            # "the recently introduced" ("utilizing the recently introduced HumTrans dataset": span train 0 of 4 so PROPOSES)
            return True
        if ent.label_ in ("Task", "Metric") or self.introduced_earlier(ent):
            return False
        if self.named_as_own_data(ent, sent):
            return True
        before = token_words(ent.doc)[1][max(sent.start, ent.start - 3) : ent.start]
        namely = ent.start - len(before) + before.index("namely") if "namely" in before else None
        # not "Long Short Term Memory (LSTM)", nor the "term" of "long short-term memory (LSTM)"
        naming = [t.text for t in ent.doc[max(sent.start, ent.start - 3) : ent.start] if t.is_lower and ent.doc[t.i - 1].text != "-"]
        if any(w in self.words.naming for w in naming) and not (namely is not None and (
                said_before(ent.doc, namely, self.words.earlier_work) or not self.namely_names_a_proposal(sent, namely, ent.end))):
            return not (ent._.kg_rule == "gazetteer" and self.names_known_work(ent, sent) or self.named_after_use(ent, sent, tree))
        if f" {' '.join(before)}".endswith(self.words.own_proposal_cues):
            # "the proposed SALA method": span train, 61 of 72 names after "the/our proposed" are PROPOSES;
            # not a listed name that says what the proposal is built as ("our proposed FL paradigm")
            return not (ent._.kg_rule == "gazetteer" and self.kind_follows(ent, sent, self.words.listed_kind_nouns))
        after = token_words(ent.doc)[1][ent.end : min(sent.end, ent.end + 4)]
        if self.called_new_after_comma(ent, sent, after):
            return True
        if self.described_by_its_paper(before, after, sent):
            return True
        if self.is_named_as_base(ent) or self.varied(ent) or self.describes_a_name(ent, sent_ents) or self.names_the_kind(ent, sent):
            return False
        if tree is None:
            return bool(ent._.kg_proposed)
        return self.object_of_propose(ent, sent, tree)

    def called_new_after_comma(self, ent: Span, sent: Span, after: list[str]) -> bool:
        """"SynSetExpan, a novel framework …", "Our system, CURIOUS, achieves a new state of the
        art": "new" or "novel" within three words after the comma right after the name calls the
        name new where the comma opens an apposition (``new_apposition_openers``: "a", "our",
        "new" …), or where the name is itself set off (after a comma, bracket or colon, or opening
        the sentence) and no use verb follows the comma. Not a name that closes a fronted phrase
        or a list before the comma ("On MIntRec and MIntRec2.0, MVCL-DAF++ achieves new
        state-of-the-art results", "16.7% on HLE, setting new SOTA", "a … variant of BERT, into a
        novel … model"), nor one a use verb follows ("a … distilled text-to-image model, DMD2,
        using a novel 3-step adversarial training scheme"). Session 62 (ownprop62): the draw 4
        PROPOSES of existing things gone, all 4 right; span train's one such firing (CURIOUS) kept."""
        if after[:1] != [","] or not set(after[1:4]) & {"novel", "new"}:
            return False
        if after[1:2] and after[1] in self.words.new_apposition_openers:
            return True
        words = token_words(ent.doc)[1]
        set_off = ent.start == sent.start or words[ent.start - 1] in (",", "(", ":")
        return set_off and not (after[1:2] and after[1] in self.words.use_verbs)

    def glued_to_the_proposal(self, ent: Span) -> bool:
        """"we propose an FA-assisted MEC offloading framework", "we develop a POT-enhanced
        class-rebalanced contrastive learning", "the proposed SVC-based random caching scheme", "a
        Gradient Attention Map (GAM)-based approach": a name hyphen-glued to a base word
        (``proposal_base_words``), past its short form in brackets, is what the proposal is built on,
        not the proposal, whichever recogniser found it after the propose verb. A name the paper
        also puts forward on its own stays proposed through its other mention ("a Motion
        Anchor-based video GEnerator … with an innovative motion anchor (MA)"). Where the role model
        proposes the name anyway, ``PaperRoleRules.only_glued_to_a_base`` reads this too (gluedrole58).
        Session 58: on the draws 7 PROPOSES become USES (3 right,
        1 borderline, 3 wrong nodes either way); no gold set changes."""
        doc, end = ent.doc, ent.end
        if end < len(doc) and doc[end].text == "(":
            end = past_short_form(doc, end, len(doc))
        return glued_to(doc, end, self.words.proposal_base_words)

    def namely_names_a_proposal(self, sent: Span, namely: int, name_end: int) -> bool:
        """"we propose a new … model, namely CyGNet", "a Spatial-Temporal-structured BERT, namely
        ST-BERT, is proposed": "namely" names the paper's own thing where the nearest cue word
        before it is a propose word (or a propose verb follows the name), not a use verb ("We
        used two multilingual models, namely M2M-100 and mBART50", "… in addition to employing a
        signal processing pipeline, namely, Empirical Mode Decomposition"), nor where the
        sentence proposes nothing ("deep networks, namely, ResNets and DenseNets, are exploited").
        Span train: 4 PROPOSES gone, all 4 annotated USES; none of the 15 right ones after "namely" lost."""
        words = token_words(sent.doc)[1]
        for k in range(namely - 1, sent.start - 1, -1):
            if words[k] in self.words.use_verbs:
                return False
            if words[k] in self.words.namely_proposal_words:
                return True
        return any(words[k] in self.words.propose_verbs for k in range(name_end, sent.end))

    def named_after_use(self, ent: Span, sent: Span, tree: Doc | None) -> bool:
        """"we use an undirected graphical model called pairwise conditional random field",
        "solved using a computationally expensive algorithm called Optimal Estimation", "with a
        recent neuro-symbolic framework called Logical Neural Network": where the nearest cue
        word before the naming word ("called", "named", …) is a use verb or a known-work word,
        not a propose or creation word or "new" / "novel" ("we develop a fine-tuning strategy
        called …"), the name is what the paper takes up, not what it makes. Not "which we call
        X", the authors naming, nor a use word that modifies a noun ("a new training method
        called …"). Span train 3 of 4 such PROPOSES annotated USES, the draw 2 of 3 right."""
        words = token_words(ent.doc)[1]
        start = max(sent.start, ent.start - 3)
        naming = next((k for k in range(ent.start - 1, start - 1, -1) if words[k] in self.words.naming and words[k] != "namely"), None)
        if naming is None or (naming > sent.start and words[naming - 1] == "we"):
            return False
        for k in range(naming - 1, sent.start - 1, -1):
            if words[k] in self.words.namely_proposal_words:
                return False
            if words[k] in OTHERS_LIST_MARKERS:
                return True
            if words[k] in self.words.use_verbs and words[k] not in TRAIN_VERBS:
                parsed = tree is not None and 0 <= k - sent.start < len(tree)
                if not (parsed and tree[k - sent.start].dep_ == "compound"):
                    return True
        return False

    @staticmethod
    def described_by_its_paper(before: list[str], after: list[str], sent: Span) -> bool:
        """"This paper describes ESPnet2-TTS, an end-to-end text-to-speech toolkit", "We describe
        REMEDI, a method for …": the name right after "describe" (or "describe the/our"), set off
        as what it is, where the paper or the authors describe (span train: 8 of 8 such names
        PROPOSES; a name further into the object is often used: "describes performance of CRF
        based systems")."""
        if not (before[-1:] in (["describes"], ["describe"]) or before[-2:-1] in (["describes"], ["describe"]) and before[-1] in ("the", "our")):
            return False
        if not (after[:1] == ["("] or after[:1] == [","] and after[1:2] in (["a"], ["an"], ["the"])):
            return False
        opening = span_text(sent)[:40].lower()
        return opening.startswith("we ") or any(f"this {w} describes" in opening for w in ("paper", "work", "article", "report"))

    def named_as_own_data(self, ent: Span, sent: Span) -> bool:
        """"we create a new dataset of complex questions, ComplexWebQuestions", "The new dataset,
        ProPara, is …", "we collect three datasets from different sources (Kor-Lang8, Kor-Native
        and Kor-Learner)": a Dataset or Benchmark name set off (by a comma, colon or bracket, up
        to six words after the data noun) after a data noun the paper calls new, novel, first or
        its own, or that a sentence of the authors makes (``data_creation_verbs``). Read from
        corpus papers that Papers with Code lists as introducing their dataset
        (tools/pwc/introductions.py): kg made most of these EVALUATES_ON or USES."""
        if ent.label_ not in DATA_LABELS:
            return False
        doc = ent.doc
        words = token_words(doc)[1]
        if ent.start <= sent.start or words[ent.start - 1] not in (",", ":", "(", "--", "namely", "and", "or"):
            return False  # neither set off nor closing a list: most names, decided before the sentence's labels are gathered
        labels = {t: e.label_ for e in doc_ents(doc) if sent.start <= e.start < sent.end for t in range(e.start, e.end)}
        k = ent.start - 1
        while k > sent.start:  # back over the list the name closes: "(Kor-Lang8, Kor-Native, and Kor-Learner)"
            j = k
            while j > sent.start and words[j] in (",", "and", "or"):
                j -= 1
            if j == k or labels.get(j) not in DATA_LABELS:
                break
            while j > sent.start and labels.get(j) in DATA_LABELS:
                j -= 1
            k = j
        if k <= sent.start or words[k] not in (",", ":", "(", "--", "namely"):
            return False
        noun = next((j for j in range(k - 1, max(sent.start, k - 7) - 1, -1) if words[j] in self.words.own_data_nouns), None)
        if noun is None or any(j in labels for j in range(noun + 1, k)) or any(words[j] in (";", ".") for j in range(noun + 1, k)):
            return False
        phrase = words[max(sent.start, noun - 9) : noun]
        if any(w in self.words.earlier_work_cues or w in ("existing", "previous", "public", "standard", "popular") for w in phrase):
            return False
        if self.words.own_data_markers & set(phrase):
            return not any(w.startswith(STUDY_STEMS) for w in words[sent.start : noun])  # "we evaluate on a new benchmark, X"
        prefix = words[sent.start : noun]
        verb = next((j for j in range(noun - 1, sent.start - 1, -1) if words[j] in self.words.data_creation_verbs), None)
        return "we" in prefix and verb is not None and not any(w in DATA_OBJECT_BREAKS for w in words[verb + 1 : noun])

    def names_an_own_part(self, ent: Span, sent: Span, sent_ents: list[Span], proposed_names: Set[str] = frozenset()) -> bool:
        """"we introduce Infogent, a modular framework involving three components: Navigator,
        Extractor and Aggregator", "four modules: i) the Stacked Attention module …, ii) …":
        a name that opens an item of the colon list after a component noun, where the sentence
        is about the paper's own system, is a part of it, which the paper proposes
        (GUIDELINES.md: "Names of parts of the paper's method … are Methods it PROPOSES"). A
        listed name is a known method the part is built with ("(1) the Optimal Transport-based
        pseudo-labeling"), and a name inside an item's description is not a part; nor is one after a
        noun that a known-work word qualifies ("the two widely used approaches …: Bayesian learning")."""
        if ent.label_ not in ("Method", "Model") or ent._.kg_rule == "gazetteer":
            return False
        doc = ent.doc
        k = ent.start - 1
        while k > sent.start and doc[k].lower_ in ("the", "a", "an", "novel", "new"):
            k -= 1
        marked = doc[k].text == ")" and k - 1 > sent.start and bool(ENUMERATION.match(doc[k - 1].text))
        if marked:
            k -= 2 if doc[k - 2].text != "(" else 3
        elif doc[k].lower_ not in (":", ";", ",", "and"):
            return False
        colon = next((c for c in range(k, sent.start, -1) if doc[c].text == ":"), None)
        if colon is None:
            return False
        nouns = [j for j in range(max(sent.start, colon - 12), colon) if doc[j].lower_ in self.words.component_nouns]
        if not nouns:
            return False
        # "the two widely used approaches based on positive definite kernels: Bayesian learning …": others' work
        # (a word right before the noun; not "three key innovations to address the limitations of existing methods:")
        if any(doc[m].lower_ in OTHERS_LIST_MARKERS for j in nouns for m in range(max(sent.start, j - 3), j)):
            return False
        if not marked and any(doc[j].text == ")" and ENUMERATION.match(doc[j - 1].text) for j in range(colon + 2, k + 1)):
            return False  # "1) A hybrid decomposition mechanism combining EMA and Fourier decomposition": inside an item
        if any(t.lower_ in self.words.study_verb_forms for t in sent):
            return False  # "We also compare two decoding strategies: beam search and sampling"
        return self.authors_speak(sent) or any(t.lower_ in self.words.propose_verbs for t in sent) or any(
            o is not ent and (o._.kg_rule == "title_name" or o._.kg_proposed) for o in sent_ents
        ) or self.parts_of_a_named_proposal(sent_ents, colon, proposed_names)

    def parts_of_a_named_proposal(self, sent_ents: list[Span], colon: int, proposed_names: Set[str]) -> bool:
        """"MUCA consists of three main modules: Sub-topic Generator, Dialog Analyzer, and …" in a
        later sentence than "we proposed Multi-User Chat Assistant (MUCA)": the list's head names a
        thing an earlier sentence of the paper proposes, so the list is of its parts, though no
        author speaks here (fresh68: the draw's module lists after a proposal named again). Not
        where a word of comparing stands between that name and the colon ("SGL-Thresh outperformed
        three other approaches: a default threshold value (defThresh), …": the compared)."""
        return bool(proposed_names) and any(o.end <= colon and name_folds(o) & proposed_names and not any(
            t.lower_ in self.words.compared_target_cues for t in o.doc[o.end : colon]) for o in sent_ents)

    def class_before_its_name(self, ent: Span, sent_ents: list[Span]) -> bool:
        """"a new 3DGS compression framework called HybridGS", "a novel KEPLM named DKPLM": the
        name before "called" says what kind of thing the named proposal is (span train: of 18
        methods and models so placed, 14 are USES, 4 PROPOSES)."""
        doc = ent.doc
        k = ent.start - 1
        while k >= 0 and ent.start - k <= 3 and (doc[k].is_alpha or "-" in doc[k].text) and doc[k].lower_ not in ("a", "an"):
            k -= 1
        if k < 0 or doc[k].lower_ not in ("a", "an"):
            return False
        j = ent.end
        while j < len(doc) and j - ent.end < 3 and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in self.words.naming:
            j += 1
        if j < len(doc) and doc[j].text == ",":
            j += 1
        if j >= len(doc) or doc[j].lower_ not in self.words.naming:
            return False
        return any(j < other.start <= j + 3 for other in sent_ents)

    @staticmethod
    def kind_follows(ent: Span, sent: Span, nouns: set[str], end: int | None = None) -> bool:
        """Whether a kind noun (``nouns``) or "-based" comes right after the name (or after ``end``,
        past its short form): "our proposed Evolution Strategies-based method", "our proposed RNN
        predictor". A listed name so placed says what the proposal is built as (span train: of the
        listed names after "the/our proposed" or "a novel/new" and before a lower-case noun, none is
        annotated PROPOSES; 34 are USES)."""
        doc = ent.doc
        end = ent.end if end is None else end
        if end >= sent.end:
            return False
        if doc[end].lower_ in nouns:
            return True
        return doc[end].lower_ in ("-based", "based") or (doc[end].text == "-" and end + 1 < sent.end and doc[end + 1].lower_ == "based")

    def names_the_kind(self, ent: Span, sent: Span) -> bool:
        """"We propose a Deep Reinforcement Learning framework", "an Expectation Maximization
        algorithm": a name between an indefinite article and a kind noun says what kind of
        thing the (unnamed) proposal is; the paper uses it, it does not propose it.

        A listed name keeps that reading past its short form in brackets ("We train a
        Reinforcement Learning (RL) agent"), and so does the short form itself; a coined name so
        written ("an Uncertainty-Guided Manifold Smoothing (UMS) framework") is the proposal."""
        doc = ent.doc
        start, end = ent.start, ent.end
        if ent._.kg_rule == "gazetteer" and end + 2 < sent.end and doc[end].text == "(":
            end = past_short_form(doc, end, sent.end)
        elif ent._.kg_rule == "gazetteer" and sent.start < start - 1 and end < sent.end and doc[start - 1].text == "(" and doc[end].text == ")":
            long_form = next((e for e in doc_ents(doc) if e.end == start - 1), None)  # "Reinforcement Learning (RL)"
            if long_form is not None:
                start, end = long_form.start, end + 1
        if not self.kind_follows(ent, sent, self.words.listed_kind_nouns if ent._.kg_rule == "gazetteer" else self.words.kind_nouns, end):
            return False
        for k in range(start - 1, max(sent.start, start - KIND_REACH) - 1, -1):
            if doc[k].lower_ in ("a", "an"):
                return True
            if not (doc[k].is_alpha or "-" in doc[k].text):
                return False
        return False

    def describes_a_name(self, ent: Span, sent_ents: list[Span]) -> bool:
        """"We propose QuantEase, a layer-wise quantization algorithm": the name inside the
        appositive says what the proposed name is built as, it is not proposed itself (train
        split: of 188 names so placed after a proposed name, 103 are USES, 17 PROPOSES).

        Only names within ``APPOSITIVE_REACH`` characters before ``ent`` can stand so: a
        sentence of 3,000 names took 70 s when every name was compared with every other.

        The apposition opens with "a", "an" or "the first" (``words.kind_apposition_gap``: "REIS,
        the first ISP system", "LVSpec, the first training-free loosely SD framework"); the short
        form in brackets right after a long form so placed is that long form's ("NeuroPhysNet, a
        novel Physics-Informed Neural Network (PINN) framework", "DichroGAN, a conditional
        generative adversarial network (cGAN)") and is described too. Session 64 (ownprop64): both
        read where they change an edge on unseen text."""
        text = doc_text(ent.doc)
        doc = ent.doc
        anchor = ent  # where the appositive ends: the long form before a short form in brackets
        if ent.start > 1 and doc[ent.start - 1].text == "(":
            anchor = next((e for e in sent_ents if e.end == ent.start - 1), ent)
        for other in reversed(sent_ents):  # in text order, so the nearest first
            if other.end > anchor.start:
                continue
            if anchor.start_char - other.end_char > APPOSITIVE_REACH:
                break
            if other.label_ not in ("Method", "Model", "Dataset", "Benchmark"):
                continue
            gap = self.words.kind_apposition_gap.match(text[other.end_char : anchor.start_char])
            if not gap or set(gap.group(1).lower().split()) & self.words.naming:
                continue
            if name_shape(other.text) == "lower" or any(same_name(other, e) or (
                    e._.kg_long_form and fold_name(e._.kg_long_form) == fold_name(other.text)) for e in (anchor, ent)):
                continue
            return True
        return False

    def object_of_propose(self, ent: Span, sent: Span, tree: Doc) -> bool:
        """Is the mention inside the object of a propose verb whose subject is the authors?"""
        return self.propose_path(ent, sent, tree) == "proposed"

    def propose_path(self, ent: Span, sent: Span, tree: Doc) -> str:
        """"proposed" where the mention is inside the object of a propose verb whose subject is
        the authors, "studied" where a study noun stands between ("This work presents the first
        systematic evaluation of … methods: KGW, EXP, and Waterfall"), else ""."""
        last = ent.end - 1 - sent.start
        if not 0 <= last < len(tree):  # the parse is of another span than this sentence
            return ""
        node = tree[last]
        if node.dep_ == "compound" and node.head.is_lower and not {node.head.lower_, node.head.lower_[:-1]} & self.words.kind_nouns:
            return ""  # "we introduce a … short-time Fourier transform (STFT) loss": the loss is introduced
        steps, studied = 0, False
        appositive = node.dep_ == "appos"  # "training a compute-optimal model, Chinchilla": the model is named for the authors
        if in_bracketed_examples(ent, sent):
            return ""  # "we trained two auto-regressive models (Transformer-XL, XLNet)": listed examples of a kind, used
        while node.head.i != node.i and steps < 8:
            if node.dep_ not in OBJECT_PATH_DEPS:
                return ""
            if node.dep_ == "nsubjpass" and ent._.kg_rule == "gazetteer":
                return ""  # "where contrastive learning is introduced to enhance …": a listed method put to use
            node = node.head
            steps += 1
            if node.lower_ in self.words.study_nouns:
                studied = True
            if node.pos_ == "VERB" and node.lower_ not in self.words.propose_verbs and node.dep_ == "conj" and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
                return ""  # "… are trained from scratch, but where we adapt the pre-trained Llama backbone": adapt's own clause
            if node.pos_ == "VERB" and node.dep_ == "conj" and lemma(node).lower() in self.words.study_verbs:
                return ""  # "we propose an approach … and compare three generative models: a perceptual U-Net, …"
            if node.lower_ in TRAIN_VERBS and ent._.kg_rule == "gazetteer" and ent.label_ == "Method" and not ent._.kg_proposed:
                return ""  # "we train 3D Gaussian Splatting (3DGS) with …": a listed method trained is used, not introduced
            makes_data = ent.label_ in DATA_LABELS and node.lower_ in self.words.data_creation_verbs
            if (node.lower_ in self.words.propose_verbs or makes_data) and node.pos_ in ("VERB", "AUX"):
                if lemma(node).lower() == "train" and ent._.kg_rule == "gazetteer" and not appositive:
                    return ""  # "we train a stateful LSTM", "training the VGG-16 and Resnet-18 models": a listed name is used
                if lemma(node).lower() == "introduce" and ent._.kg_rule == "gazetteer" and any(
                        c.dep_ == "prep" and c.lower_ in ("into", "to") and any(g.dep_ == "pobj" for g in c.children) for c in node.children):
                    return ""  # "introducing Neural Architecture Search into lifelong learning": a listed method put to use
                subjects = verb_subjects(node)
                prefix = span_text(sent)[:40].lower()
                if makes_data and ("it" in subjects or "article" in subjects):
                    return "proposed"  # "It introduces a new dataset, RuStance": the paper, said again
                if others_work_subject(node):
                    return ""  # "Recent work presented the OLID dataset": someone else's work is the subject
                if {"we", "i"} & set(subjects) or "paper" in subjects or "work" in subjects or "study" in subjects or "we " in prefix or "this paper" in prefix:  # "i": a sole author's "I introduce X"
                    return "studied" if studied else "proposed"
                return ""
        return ""


def in_bracketed_examples(ent: Span, sent: Span) -> bool:
    """Is ``ent`` one of two or more names in brackets right after a plural noun, one of them
    listed ("two auto-regressive models (Transformer-XL, XLNet)", "four auto-encoder models
    (BERT, Albert, Electra, T5)")? Examples of a kind the authors use, not their proposals."""
    words = token_words(ent.doc)[1]
    open_at = next((k for k in range(ent.start - 1, max(sent.start, ent.start - 40) - 1, -1) if words[k] in ("(", ")")), None)
    if open_at is None or words[open_at] != "(" or open_at == sent.start or not words[open_at - 1].endswith("s"):
        return False
    close_at = next((k for k in range(ent.end, min(sent.end, ent.end + 40)) if words[k] in ("(", ")")), None)
    if close_at is None or words[close_at] != ")":
        return False
    members = [e for e in doc_ents(ent.doc) if open_at < e.start and e.end <= close_at]
    covered = {t for e in members for t in range(e.start, e.end)}
    glue_only = all(k in covered or words[k] in (",", "and", "or") for k in range(open_at + 1, close_at))
    return glue_only and len(members) >= 2 and any(e._.kg_rule == "gazetteer" for e in members)


def others_work_subject(verb) -> bool:
    """Is the verb's subject someone else's work ("Recent work presented …", "Previous studies
    introduced …"): a work/study/paper/method noun that "recent", "previous", "existing" … modify?"""
    while True:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    for subject in subjects:
        words = {c.lower_ for c in subject.children if c.dep_ in ("det", "amod", "poss")}
        if subject.lower_ in ("work", "works", "study", "studies", "paper", "papers", "research", "approaches", "methods", "authors") and words & OTHERS_WORK_MODIFIERS:
            return True
    return False


def verb_subjects(verb) -> list[str]:
    """The subjects of a verb, lower-cased; a verb joined to an earlier one shares its subject
    ("we derive two bounds and propose two algorithms, Implicit CMLE and Explicit CMLE")."""
    while True:
        subjects = [c.lower_ for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subjects
        verb = verb.head


def same_name(a: Span, b: Span) -> bool:
    """One name under two types ("VidQA", a Method standing for video question answering)."""
    return fold_name(a._.kg_canonical or a.text) == fold_name(b._.kg_canonical or b.text)

