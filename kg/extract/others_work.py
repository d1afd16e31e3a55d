"""The mentions that are someone else's work, and how the paper's own work takes them up.

The paper-role pass (paper_role_rules.py) and the proposal tests (proposals.py) ask these: is a mention an
example of a kind the sentence names, known work named for the reader, others' earlier work ("the recently
introduced X"), the data the paper builds from, a listed name the proposal is built on or a kind of, an
application the paper only suggests, a name it sets against its own work, a method a survey names; and does the
paper's own work use a name a sentence without "we" takes up. Split out of proposals.py in session 52 (no
behaviour change).
"""

import re

from spacy.tokens import Doc, Span

from kg.extract.parse import doc_text, sentence_at, span_text, token_words
from kg.extract.relation_hits import RelationHit
from kg.names import extraction_fold_name as fold_name


KNOWN_WORK_WORDS = {"existing", "popular", "well-known", "widely", "published", "standard", "off-the-shelf", "famous", "established"}
STUDY_STEMS = ("evaluat", "test", "benchmark", "compar", "experiment", "assess", "analy")

MAX_LIST_ITEM = 6  # tokens of one item of an example list ("cross - modality analysis"); more is a clause after the list
DATA_NOUN_REACH = 8  # words before a data example cue a plural data noun may stand ("other datasets, like SEDE …")
LIST_ITEM_GLUE = {",", ";", "and", "or"}


class OthersWorkRules:
    """``RelationExtractor``'s tests of whether a mention is someone else's work, and the role revisions they make.

    Reads the extractor's word lists ``words.architecture_families``, ``words.avoided_after``, ``words.contrast_before``,
    ``words.data_creation_verbs``, ``words.data_example_cues``, ``words.data_example_nouns``, ``words.earlier_work_cues``,
    ``words.eval_cues``, ``words.example_cues``, ``words.idea_source_before``, ``words.articles``,
    ``words.improved_object_openers``, ``words.name_idea_source_before``, ``words.naming``, ``words.own_data_nouns``,
    ``words.own_subject``, ``words.own_use_blocker``, ``words.own_use_cue``, ``words.propose_verbs``,
    ``words.source_data_cues``, ``words.suggested_cues``, ``words.suggested_words``, ``words.survey_abstract``,
    ``words.survey_own_experiment``, ``words.survey_title``, ``words.train_cues``.
    Calls the other mixins' ``authors_speak``, ``sentence_has``.
    """

    def given_as_example(self, ent: Span, sent: Span) -> bool:
        """"existing sparse landmark datasets, e.g., 300W with 68 points", "AI search engines,
        e.g., SearchGPT": a name right after an example cue (lexicon ``example_cues``) is one
        instance of a kind the sentence names, not the paper's proposal (span train: 2 PROPOSES
        so placed, both wrong)."""
        words = token_words(ent.doc)[1]
        k = ent.start - 1
        while k > sent.start and words[k] in (",", "(", ":"):
            k -= 1
        return k >= sent.start and (words[k] in self.words.example_cues or " ".join(words[max(sent.start, k - 1) : k + 1]) in self.words.example_cues)

    def suggested_application(self, ent: Span, sent: Span) -> bool:
        """"a framework that could incorporate supervision from … modules including natural
        language understanding, …", "which may contribute to … fields, including controllable
        gesture synthesis", "with potential applications in agent-based modeling and …": a name in an
        example list (lexicon ``example_list_cues`` and ``suggested_application_cues``, an application noun with its
        preposition) after a word of possibility (``suggested_application_words``) is something the
        paper suggests it could serve, not what it does. "would like to" is no example cue; a clause after the list
        ("such as the FSAC, particularly excelling in scenarios involving … small-object
        detection": an item of over ``MAX_LIST_ITEM`` words) ends it."""
        words = token_words(ent.doc)[1]
        found = example_list_cue(words, ent, sent, self.words.suggested_cues)
        if found is None:
            return False
        start, cue, items = found
        if cue == ("like",) and start > sent.start and words[start - 1] in ("would", "'d"):
            return False
        return items and bool(self.words.suggested_words.intersection(words[sent.start : start]))

    def suggested_applications(self, ents: list[Span], sents: list[Span], sent_of: dict[int, int], groups: list[list[int]],
                               hits: list[RelationHit]) -> list[RelationHit]:
        """A task the abstract only names as a suggested application (``suggested_application``,
        every mention, none in the title) is MENTIONS, not ADDRESSES (rule
        ``suggested_application``; span train build: the 5 such ADDRESSES of annotated tasks are
        all annotated MENTIONS). After the role model, whose rows are the rules' roles."""
        if not ents:
            return hits
        title_end = ents[0].doc._.kg_title_end
        suggested = set()
        for members in groups:
            if ents[members[0]].label_ == "Task" and all(
                    ents[i].start >= title_end and self.suggested_application(ents[i], sents[sent_of[i]]) for i in members):
                suggested.update(members)
        return [RelationHit(None, "MENTIONS", h.tail, "suggested_application", h.confidence, h.sentence)
                if h.head is None and h.type == "ADDRESSES" and h.tail in suggested else h for h in hits]

    def others_data_example(self, ent: Span, sent: Span) -> bool:
        """"Existing datasets, such as WIKIBIO, WebNLG, and E2E, …", "other datasets, like SEDE and
        BIRD, have introduced …": a name in an example list (lexicon ``example_list_cues``; the words
        between the cue and the name list items) with a plural data noun (``data_example_nouns``) at
        most ``DATA_NOUN_REACH`` words before the cue, in a sentence where the authors do not speak and that has
        no evaluation or training word (lexicon ``eval_cues``, ``train_cues``)."""
        if self.sentence_has(sent, self.words.eval_cues) or self.sentence_has(sent, self.words.train_cues):
            return False
        return self.data_example_cue_at(ent, sent) is not None

    def data_example_cue_at(self, ent: Span, sent: Span) -> int | None:
        """Where the example cue of ``others_data_example``'s list starts, whatever other words
        the sentence has: a name in an example list after a plural data noun, in a sentence where
        the authors do not speak; None elsewhere."""
        if self.authors_speak(sent):
            return None
        words = token_words(ent.doc)[1]
        found = example_list_cue(words, ent, sent, self.words.data_example_cues)
        if found is None:
            return None
        start, _, items = found
        if items and self.words.data_example_nouns.intersection(words[max(sent.start, start - DATA_NOUN_REACH) : start]):
            return start
        return None

    def exemplified_data_mentions(self, ents: list[Span], sents: list[Span], sent_of: dict[int, int], groups: list[list[int]],
                                  sources: dict[int, bool], hits: list[RelationHit]) -> list[RelationHit]:
        """A dataset or benchmark the abstract only ever names as an example of others' data
        (``others_data_example``, every mention, none in the title, none in a sentence that names
        something the paper proposes, none a source of the paper's data) is MENTIONS (GUIDELINES:
        data "named only"), not EVALUATES_ON or USES (rule ``exemplified_data_mention``). After the
        role model, which makes most such names MENTIONS on span train (4 of 4, all annotated
        MENTIONS) but on unseen text gave "a number of challenges, including SSTC, ASVSpoof, and
        SingFake" EVALUATES_ON and USES. Session 62 (evaldata62: see docs/history-relations.md)."""
        if not ents:
            return hits
        title_end = ents[0].doc._.kg_title_end
        proposed = {h.tail for h in hits if h.head is None and h.type == "PROPOSES"}
        proposed_groups = [members for members in groups if proposed.intersection(members)]
        own_sents = {sent_of[i] for members in proposed_groups for i in members}
        named = set()
        for members in groups:
            if ents[members[0]].label_ not in ("Dataset", "Benchmark") or proposed.intersection(members) or any(i in sources for i in members):
                continue
            if all(ents[i].start >= title_end and sent_of[i] not in own_sents and self.others_data_example(ents[i], sents[sent_of[i]])
                   for i in members):
                named.update(members)
        return data_mentions(hits, named, groups, "exemplified_data_mention")

    def exemplified_sibling_mentions(self, ents: list[Span], sents: list[Span], sent_of: dict[int, int], groups: list[list[int]],
                                     sources: dict[int, bool], hits: list[RelationHit]) -> list[RelationHit]:
        """"benchmarks such as CoSQA and CodeQA have advanced the field", "pretraining on
        large-scale classification datasets (e.g., ImageNet, Kinetics-400)", "Prior agentic
        benchmarks (e.g., tau-bench, tau2-bench, AppWorld) rely on …": a dataset or benchmark the
        abstract only ever names in such an example list of others' data (``data_example_cue_at``,
        every mention, none in the title, none a source of the paper's data, none in a sentence
        that names something the paper proposes) is MENTIONS, not EVALUATES_ON or USES, when the
        role model made another item of the same list MENTIONS (rule
        ``exemplified_sibling_mention``). ``exemplified_data_mentions`` leaves such lists alone in a
        sentence with an evaluation or training word ("improve performance by pretraining on …",
        "surpassing human-level performance on benchmarks like MATH and AIME"); there the role
        model's MENTIONS of one item is the sign the list is others' data, and the benchmark rule
        or the evaluation cue gave the other items their roles. After ``exemplified_data_mentions``.
        Session 65 (evaldata65: see docs/history-relations.md)."""
        learned = {h.tail for h in hits if h.head is None and h.type == "MENTIONS" and h.rule == "learned_role"}
        data = [members for members in groups if ents[members[0]].label_ in ("Dataset", "Benchmark")]
        if not any(learned.intersection(members) for members in data):
            return hits  # no list the role model made MENTIONS: skip the sentence walks of data_example_cue_at
        title_end = ents[0].doc._.kg_title_end
        proposed = {h.tail for h in hits if h.head is None and h.type == "PROPOSES"}
        # every sentence naming a proposal: a group the paper proposes fails the own_sents test below, each of its mentions being in one
        own_sents = {sent_of[i] for members in groups if proposed.intersection(members) for i in members}
        cue_of = {}
        for members in data:
            for i in members:
                cue = self.data_example_cue_at(ents[i], sents[sent_of[i]]) if ents[i].start >= title_end else None
                if cue is not None:
                    cue_of[i] = (sent_of[i], cue)
        roles: dict[int, set[str]] = {}
        for h in hits:
            if h.head is None:
                roles.setdefault(h.tail, set()).add(h.type)
        # the example lists (sentence, cue start) that hold a name the role model made MENTIONS and nothing else
        mentioned_lists = {cue_of[j] for members in data for j in members
                           if j in cue_of and learned.intersection(members) and set().union(*(roles.get(i, set()) for i in members)) == {"MENTIONS"}}
        named = set()
        for members in data:
            if any(i in sources for i in members) or learned.intersection(members):
                continue
            if all(i in cue_of and sent_of[i] not in own_sents for i in members) and any(cue_of[i] in mentioned_lists for i in members):
                named.update(members)
        return data_mentions(hits, named, groups, "exemplified_sibling_mention")

    def is_survey(self, doc: Doc) -> bool:
        """A survey says so in its title ("A Survey of …", "…: A Comprehensive Review") and in its
        abstract ("This survey …", "we review …", "This paper presents a comprehensive survey"). Either
        alone is not enough: "Review Networks for Caption Generation", "a survey of lipreading
        machines" that trains CNNs and SVMs, "we review the position embeddings" of a paper that
        proposes its own. Nor is a review that runs experiments of its own ("A Review and
        Experimental Comparison": "we conduct a series of experiments"): what it runs it uses."""
        title_end = doc._.kg_title_end
        if not title_end or not self.words.survey_title.search(doc[:title_end].text):
            return False
        abstract = doc[title_end:].text
        return bool(self.words.survey_abstract.search(abstract)) and not self.words.survey_own_experiment.search(abstract)

    def surveyed_mentions(self, doc: Doc, ents: list[Span], hits: list[RelationHit]) -> list[RelationHit]:
        """In a survey the methods and models it names are MENTIONS (eval/GUIDELINES.md
        "Surveys"), not USES: the rules' and the role model's USES of a Method or Model become
        MENTIONS (rule ``surveyed_mention``). After the role model.

        So do their PROPOSES ("Discrete Tokenization for Multimodal LLMs: A Comprehensive
        Survey", "two main strategies …: 1) Direct prompting: …"): a survey's subject and the
        approaches it sorts are not its proposals (the survey-titled abstracts of the session 53–57
        draws: 13 such PROPOSES, 11 wrong by reading, 2 borderline; span train 1, no gold
        entity). Not a name the authors introduce with a propose or naming word right before it
        ("we develop the first … library, called STTM", "We introduce AceVFI, the most
        comprehensive survey")."""
        if not ents or not self.is_survey(doc):
            return hits
        own = self.introduced_by_authors(ents)
        return [RelationHit(None, "MENTIONS", h.tail, "surveyed_mention", h.confidence, h.sentence)
                if h.head is None and ents[h.tail].label_ in ("Method", "Model") and (
                    (h.type == "USES" and h.rule in ("usage_mention", "learned_role"))
                    or (h.type == "PROPOSES" and fold_name(ents[h.tail]._.kg_canonical or ents[h.tail].text) not in own))
                else h for h in hits]

    def introduced_by_authors(self, ents: list[Span]) -> set[str]:
        """The folded names the authors introduce: right after a propose or naming word, in a
        sentence where they speak ("we develop … a library, called STTM")."""
        openers = self.words.propose_verbs | self.words.naming
        out = set()
        for ent in ents:
            doc = ent.doc
            if ent.start > 0 and doc[ent.start - 1].lower_ in openers and self.authors_speak(sentence_at(doc, ent.start)):
                out.add(fold_name(ent._.kg_canonical or ent.text))
        return out

    def contrasted_mentions(self, ents: list[Span], sents: list[Span], sent_of: dict[int, int], groups: list[list[int]],
                            hits: list[RelationHit]) -> list[RelationHit]:
        """A name the abstract only ever sets against the paper's own work, a contrast or
        avoidance cue (lexicon ``contrast_mention_cues``) at most three words before every mention
        ("Unlike the information bottleneck, we …", "Different from reinforcement learning",
        "without relying on handcrafted examples or prompt tuning", "an alternative to Recurrent
        Neural Networks"), is MENTIONS, not USES (rule ``contrasted_mention``). After the role
        model, which reads these cues among many words: out of fold on span train it kept USES for
        10 such names, all annotated MENTIONS. A bare "without" is an ablation ("Without
        self-supervised pretraining, the model …"), used; a cue in an earlier clause ("to expand
        the algorithms beyond pre-defined keywords, attention-guided RNNs were trained") is not one."""
        text = doc_text(ents[0].doc) if ents else ""
        contrasted = set()
        for members in groups:
            if all(self.words.contrast_before.search(text[sents[sent_of[i]].start_char:ents[i].start_char]) for i in members):
                contrasted.update(members)
        return [RelationHit(None, "MENTIONS", h.tail, "contrasted_mention", h.confidence, h.sentence)
                if h.head is None and h.type == "USES" and h.rule in ("usage_mention", "learned_role") and h.tail in contrasted else h
                for h in hits]

    def avoided_mentions(self, ents: list[Span], groups: list[list[int]], hits: list[RelationHit]) -> list[RelationHit]:
        """A name the abstract only ever glues to an avoidance suffix (lexicon ``avoidance_suffixes``:
        "building on YOLOv10, an NMS-free dual-head detector", "Existing OCR-free methods", "HEAL, an
        RL-free framework", "GAN-free training") names what the work does without: its
        paper edge is MENTIONS (rule ``avoided_mention``), not the USES, ADDRESSES or PROPOSES that
        the mention rules and the role model give the bare name. A name also written on its own
        ("we replace OCR ... an OCR-free reader") keeps its role. Session 62 (sample62, unseen text:
        27 firings, 26 right, 1 doubtful; see docs/history-entities.md)."""
        text = doc_text(ents[0].doc) if ents else ""
        avoided = {i for members in groups
                   if all(self.words.avoided_after.match(text, ents[i].end_char) for i in members) for i in members}
        return [RelationHit(None, "MENTIONS", h.tail, "avoided_mention", h.confidence, h.sentence)
                if h.head is None and h.type in ("USES", "ADDRESSES", "PROPOSES") and h.tail in avoided else h
                for h in hits]

    def idea_source_mentions(self, ents: list[Span], sents: list[Span], sent_of: dict[int, int], groups: list[list[int]],
                             hits: list[RelationHit]) -> list[RelationHit]:
        """A task the abstract only names as where an idea comes from or what it is likened to
        ("Inspired by the pointing mechanism in text summarization, we adopt …", "a framework
        inspired by the use of Siamese networks in object tracking", "an approach akin to bounding
        box regression in visual object detection"; lexicon ``idea_source_cues`` earlier in the
        clause of every mention, none in the title) is MENTIONS, not ADDRESSES (rule
        ``idea_source_mention``): the paper borrows from that field, it does not work on it.
        "Inspired by the observation that X can be decomposed …" says something of X (often the
        paper's own task): a "that" ends the cue's reach. After the role model, which already makes
        most such tasks MENTIONS on span train (the text where it learned).

        So is a Method or Model named only a few words after a narrower cue (``name_idea_source_cues``,
        ``name_idea_source_max_words``: "Inspired by DenseNet, we propose a densely-connected
        co-attentive RNN", "a model akin to the SGMM"): its USES, or the role model's PROPOSES, becomes
        MENTIONS; the idea is borrowed, the thing is not run. Not "inspired by the success of X"
        (``idea_source_success_words``: X is taken up), nor "similar to X", which for a name compares
        or describes what is used. Session 59: span train 10 of 13 such USES annotated MENTIONS;
        unseen draws 47 right, 4 wrong of 64 by reading."""
        if not ents:
            return hits
        text, title_end = doc_text(ents[0].doc), ents[0].doc._.kg_title_end or 0

        def every_mention_after(cue: re.Pattern, members: list[int]) -> bool:
            return all(ents[i].start >= title_end and cue.search(text[sents[sent_of[i]].start_char:ents[i].start_char]) for i in members)

        borrowed, borrowed_names = set(), set()
        for members in groups:
            label = ents[members[0]].label_
            if label == "Task" and every_mention_after(self.words.idea_source_before, members):
                borrowed.update(members)
            elif label in ("Method", "Model") and every_mention_after(self.words.name_idea_source_before, members):
                borrowed_names.update(members)

        def becomes_mention(h: RelationHit) -> bool:
            if h.head is not None:
                return False
            if h.tail in borrowed:
                return h.type == "ADDRESSES"
            return h.tail in borrowed_names and (h.type == "USES" or (h.type == "PROPOSES" and h.rule == "learned_role"))

        return [RelationHit(None, "MENTIONS", h.tail, "idea_source_mention", h.confidence, h.sentence) if becomes_mention(h) else h
                for h in hits]

    def own_use_mentions(self, ents: list[Span], sents: list[Span], sent_of: dict[int, int], groups: list[list[int]],
                         hits: list[RelationHit]) -> list[RelationHit]:
        """A name the paper's own work takes up in a sentence without "we" ("This framework is
        based on … Hierarchical Agglomerative Clustering", "It is based on Stanford CoreNLP", "The
        FE-TResNet method … integrates Style-based Recalibration Module") is USES, not the
        background MENTIONS the rules read there (rule ``own_use``): some mention's sentence opens
        with the paper's work or a name it proposes as subject, then a use cue (lexicon
        ``own_use_cues``) before the name and none of ``own_use_blockers`` (an example list, a
        comparison, others' work, a negation). After the role model; only the rules' MENTIONS it
        left (span train: 9 such, all annotated USES; its own MENTIONS so placed are right)."""
        if not ents:
            return hits
        text = doc_text(ents[0].doc)
        proposed = {h.tail for h in hits if h.head is None and h.type == "PROPOSES"}
        opened = {sent_of[i] for members in groups if proposed.intersection(members) for i in members
                  if re.fullmatch(r"\s*(?:the\s+)?", text[sents[sent_of[i]].start_char:ents[i].start_char], re.I)}
        used = set()
        for members in groups:
            for i in members:
                before = text[sents[sent_of[i]].start_char:ents[i].start_char]
                if (sent_of[i] in opened or self.words.own_subject.match(before)) and self.words.own_use_cue.search(before) \
                        and not self.words.own_use_blocker.search(before):
                    used.update(members)
        return [RelationHit(None, "USES", h.tail, "own_use", h.confidence, h.sentence)
                if h.head is None and h.type == "MENTIONS" and h.rule == "background_mention" and h.tail in used else h for h in hits]

    def names_known_work(self, ent: Span, sent: Span) -> bool:
        """"a challenging dataset called CLEVR", "a contextualized word representation, called
        BERT", "an existing pre-trained language model called BERT": a name the gazetteer lists,
        after a naming word, in a sentence that neither the authors speak nor calls it new (or that
        calls it existing, popular, well-known …), is known work named for the reader, not the
        paper's (PROPOSES of PwC entries whose introducing paper is another, on 20,000 corpus
        papers). The papers that introduced PPO, DETR and Guanaco say "which we call", "the new
        framework, called", "which we name" (proxy)."""
        words = token_words(ent.doc)[1]
        before = words[sent.start : ent.start]
        if any(w in KNOWN_WORK_WORDS for w in before):
            return True
        said = set(before)
        if any(w.startswith(STUDY_STEMS) for w in before) and not said & (self.words.propose_verbs | self.words.data_creation_verbs | {"our", "new", "novel"}):
            return True  # "We evaluate it on a challenging dataset called CLEVR": the authors study it, they do not make it
        own = {"we", "our", "new", "novel"} & said or any(f"this {w}" in span_text(sent)[:60].lower() for w in ("paper", "work", "study"))
        return not (own or self.names_what_results(before))  # "which we call proximal policy optimization (PPO)", "the new framework, called DETR": the paper's

    def names_what_results(self, before: list[str]) -> bool:
        """"The resulting model, named Spider", "the resulting models, called CM3": a naming word
        right after "the resulting <one or two words>" names what the paper's own steps made, even
        where the gazetteer lists the name from another paper (corpus: 45 such sentences, every
        name the paper's own; the listed ones other cues had missed: Spider, now PROPOSES)."""
        if "resulting" not in before[-6:]:
            return False
        after = before[len(before) - before[::-1].index("resulting"):]
        return len(after) <= 5 and bool(set(after) & self.words.naming) and set(after) <= self.words.naming | {",", "is", "are", "was", "were"} | set(after[:2])

    @staticmethod
    def listed_in_a_list(ent: Span, sent: Span, list_length: int) -> bool:
        """"we trained classifiers using Logistic Regression, Random Forest, and LSTM", "we develop
        baseline enumerative program synthesis, GPT-3 and Codex solvers": a name the gazetteer
        lists, one of a list of three or more in a proposing sentence of the abstract, is put to
        use, not proposed (span train: GPT-3 and GloVe so; ACL Anthology sample: LSTM). Not where
        a colon announces the list ("we propose three regularisation techniques: Attention
        Masking, …": the paper's own, span train 1 of 1). Listed names alone stay proposed: the
        famous papers of the tuning sets introduce them ("We present DETR", "we introduce RAG
        models"; turning all 20 such span-train PROPOSES to USES lost 0.023 proxy relation F1)."""
        return (ent._.kg_rule == "gazetteer" and ent.start >= (ent.doc._.kg_title_end or 0) and list_length >= 3
                and ":" not in doc_text(ent.doc)[sent.start_char : ent.start_char])

    def known_name_in_use(self, ents: list[Span], members: list[int], own: list[RelationHit]) -> bool:
        """"we introduce a … sentence similarity algorithm to establish an ICL demonstration
        retrieval mechanism", "this paper proposes a … Variational Autoencoder (VAE) network": a
        method the gazetteer lists, named in a proposing sentence of the abstract but not in the
        title, is what the paper builds on, not what it makes (span train: of 9 such PROPOSES, 6
        annotated USES, 2 PROPOSES). A name in the title stays proposed (SimCSE, QuIP), and so
        does one right after a propose or naming word ("we propose Attentive Pooling", "the new
        framework, called DEtection TRansformer"). Not models: the tuning sets' famous papers
        train the models the gazetteer lists ("we train a … model, Chinchilla", OPT-175B, Zephyr-7B)."""
        doc = ents[members[0]].doc
        title_end = doc._.kg_title_end or 0
        named = any(ents[i].start > 0 and doc[ents[i].start - 1].lower_ in self.words.propose_verbs | self.words.naming for i in members)
        return (ents[members[0]].label_ == "Method" and not named and all(ents[i].start >= title_end for i in members)
                and any(h.type == "PROPOSES" and h.rule == "propose_cue" and ents[h.tail]._.kg_rule == "gazetteer" for h in own))

    def worked_on_in_title(self, ents: list[Span], members: list[int], own: list[RelationHit]) -> bool:
        """"Improving Video Diffusion Transformer Training by …", "Optimizing 3D Gaussian Splattering for
        Mobile GPUs", "Rethinking Reward Supervision: …", "Beyond Hard Sharing: …": a name right after the
        verb a title opens with (after a "Name:" lead and an article, lexicon ``articles``), where
        the verb works on something already there (lexicon ``improved_object_openers``), is what the paper
        improves, studies or sets its work against, so used (eval/DEV-NOTES.md: what the paper compares against
        is USES; after "beyond" ``contrasted_mentions`` then makes it MENTIONS), not made. Only where no rule
        proposes the name. Span train: of 81 gold names right after such an opener (157 titles) none is
        PROPOSES (ADDRESSES 54, USES 23, REPORTS_METRIC 4), and the role model proposes none of them; the
        session 61–65 draws: 19 changes, 14 right, 4 doubtful (eval/learnedrole65/firings.tsv)."""
        if any(h.type == "PROPOSES" for h in own):
            return False
        doc = ents[members[0]].doc
        title_end = doc._.kg_title_end or 0
        words = token_words(doc)[1]
        for i in members:
            if ents[i].start >= title_end:
                continue
            lead = words[: ents[i].start]
            if ":" in lead:
                lead = lead[len(lead) - lead[::-1].index(":") :]
            lead = [w for k, w in enumerate(lead) if not (w in self.words.articles and (k == 0 or k == len(lead) - 1))]
            if len(lead) == 1 and lead[0] in self.words.improved_object_openers:
                return True
        return False

    def bare_family(self, ents: list[Span], members: list[int]) -> bool:
        """"We propose a novel Transformer encoder", "our proposed Transformer variant": a bare
        architecture family (lexicon ``architecture_families``) is what the proposal is built on,
        never the proposal (span train: 10 such PROPOSES, none annotated so, 8 USES)."""
        return all(ents[i].text.lower().removesuffix("s") in self.words.architecture_families for i in members)

    def modified_listed_name(self, ent: Span) -> bool:
        """"a phrase-based hierarchical Long Short-Term Memory (phi-LSTM) model", "a densely
        connected encoder-decoder CNN": a name the gazetteer lists, after a lower-case modifier,
        is what the proposal is a kind of, more often than the proposal ("we introduce Llama 3"
        and "the proposed X" have a propose word there, "a X" a stop word)."""
        if ent._.kg_rule != "gazetteer" or ent.start == 0:
            return False
        prev = ent.doc[ent.start - 1]
        return prev.is_lower and not prev.is_stop and (prev.is_alpha or "-" in prev.text) and not (
            prev.lower_ in self.words.propose_verbs or prev.lower_ in self.words.naming)

    def built_from(self, ent: Span) -> bool:
        """"SciAux, a new dataset derived from ScienceQA", "videos sampled from the Kinetics
        dataset": data the paper builds from (lexicon ``source_data_cues``, up to two words
        between the cue and the name); so is data after "<data noun> based on" ("we build two
        new video-text datasets based on MNIST and CATER for evaluation": span train, 5 of 5
        such names annotated USES, kg made 4 EVALUATES_ON)."""
        if after_two_word_cue(ent, self.words.source_data_cues):
            return True
        sent = sentence_at(ent.doc, ent.start)
        before = [t.lower_ for t in ent.doc[max(sent.start, ent.start - 5) : ent.start]]
        k = next((j for j in range(len(before) - 2) if before[j + 1 : j + 3] == ["based", "on"]), None)
        return k is not None and before[k] in self.words.own_data_nouns

    def introduced_earlier(self, ent: Span) -> bool:
        """"the recently introduced Sequence Likelihood Calibration (SLiC)", "the previously
        proposed X": others' earlier work, which the paper does not propose (lexicon
        ``earlier_work_cues``; up to two words between the cue and the name)."""
        return after_two_word_cue(ent, self.words.earlier_work_cues)


def after_two_word_cue(ent: Span, cues: set[str]) -> bool:
    """Is one of the two-word ``cues`` among the four words before ``ent``, in its sentence
    ("the recently introduced X", "a new dataset derived from X")?"""
    sent = sentence_at(ent.doc, ent.start)
    before = token_words(ent.doc)[1][max(sent.start, ent.start - 4) : ent.start]
    return any(f"{a} {b}" in cues for a, b in zip(before, before[1:]))


def data_mentions(hits: list[RelationHit], named: set[int], groups: list[list[int]], rule: str) -> list[RelationHit]:
    """``hits`` with one MENTIONS (rule ``rule``) in place of the paper roles of each group of
    ``named`` data names: its EVALUATES_ON, USES and MENTIONS hits become the first of them."""
    if not named:
        return hits
    group_of = {i: tuple(members) for members in groups for i in members}
    out, done = [], set()
    for h in hits:
        if h.head is None and h.type in ("EVALUATES_ON", "USES", "MENTIONS") and h.tail in named:
            if group_of[h.tail] in done:
                continue
            done.add(group_of[h.tail])
            if h.type != "MENTIONS":
                h = RelationHit(None, "MENTIONS", h.tail, rule, h.confidence, h.sentence)
        out.append(h)
    return out


def example_list_cue(words: list[str], ent: Span, sent: Span, cues: list[tuple[str, ...]]) -> tuple[int, tuple[str, ...], bool] | None:
    """The nearest example cue of ``cues`` (longest first) before ``ent`` in its sentence: its start, the cue, and
    whether the words between it and the name are list items (no item over ``MAX_LIST_ITEM`` words: ", cross-modality
    analysis, and", "WIKIBIO, WebNLG, and"); None where no cue comes first. What ``suggested_application`` and
    ``others_data_example`` each read before their own words around the cue."""
    for k in range(ent.start - 1, sent.start - 1, -1):
        cue = next((c for c in cues if k - len(c) + 1 >= sent.start and tuple(words[k - len(c) + 1 : k + 1]) == c), None)
        if cue is None:
            continue
        items, size = True, 0
        for w in words[k + 1 : ent.start]:
            size = 0 if w in LIST_ITEM_GLUE else size + 1
            items = items and size <= MAX_LIST_ITEM
        return k - len(cue) + 1, cue, items
    return None
