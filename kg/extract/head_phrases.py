"""Task and method phrases: lower-case names read by their head noun, then checked on the parse.

"video question answering", "contrastive learning", "Chinese word segmentation": one to four words
ending in a task or method head (lexicon ``type_heads``), widened over a compound ("one-shot
quantization"), a language ("Māori language detection") or a disease's eponym, and stopped at a
stop word or a listed dataset. ``check_task_phrase`` then trims a phrase to the nouns and adjectives
the parse reads before its head, and drops it where the head is a verb ("improving recall"). A mixin of
``EntityRecognizer``: it reads the recogniser's gazetteer (``lookup``, ``is_listed_data``,
``is_generic``, ``is_language``) and the word sets it loads from the lexicon (``words.task_heads``,
``words.method_heads``, ``words.standalone_tasks``, ``_task_phrase_stop``, ``words.head_openers``, ``words.task_role_modifiers``, ``words.task_phrase_idioms`` and the others
its methods name).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from kg.extract.candidates import Candidate
from kg.extract.parse import parsed_sentence, sentence_at, span_text, token_words, words_text

TASK_NOUNS = frozenset({"task", "tasks", "problem", "problems"})
# Dependents that only a verb takes: an -ing word with one of them is a verb, not a task's name
VERB_DEPENDENTS = frozenset({"dobj", "obj", "advmod", "prt", "ccomp", "xcomp", "nsubj", "nsubjpass", "aux", "auxpass", "neg",
                             "dative", "attr", "acomp", "oprd", "mark"})
DIMENSION = re.compile(r"[1-9]D")  # "3D", "4D" before a task head: which task (span train: inside a gold task 37 times, before one 3)


class HeadPhraseRules:
    """Phrase rules of the entity recogniser (see the module docstring)."""

    def task_phrase_candidates(self, doc: Doc) -> Iterator[Candidate]:
        """Task phrases ("video question answering") and method phrases ("contrastive learning")."""
        yield from self.head_phrases(doc, self.words.task_heads, "Task", "task_phrase", self.words.standalone_tasks)
        yield from self.head_phrases(doc, self.words.method_heads, "Method", "method_phrase", self.words.standalone_methods)

    def head_phrases(self, doc: Doc, heads: set[str], label: str, rule: str, standalone: set[str]) -> Iterator[Candidate]:
        """One to four content words ending in a head noun; the parse trims them later."""
        title_end = doc._.kg_title_end
        stop = self._task_phrase_stop if label == "Task" else self.words.task_stop
        for i, lower in enumerate(token_words(doc)[1]):
            if lower not in heads:
                continue
            token = doc[i]
            in_title = token.i < title_end
            if not (token.is_lower or (in_title and token.is_title)):
                continue
            start = token.i
            while start > 0 and token.i - start < 4:
                prev = doc[start - 1]
                if prev.text == "-" and start >= 2 and not prev.whitespace_ and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
                    start -= 2  # "entity-level unlearning", "one-shot quantization": the compound stays whole
                    continue
                if label == "Task" and start >= 2 and eponym_disease(doc, start - 2):
                    start -= 2  # "Parkinson's disease detection": the disease's name is the possessive, and opens the task
                    break
                if label == "Task" and start >= 3 and words_text(doc, start - 3, start).lower() in self.words.task_phrase_keep:
                    start -= 3  # "text-based phishing detection": "based" alone says how, the compound says which task
                    continue
                cased = (prev.is_lower or (in_title and prev.is_title) or (prev.is_upper and len(prev.text) >= 2 and prev.is_alpha)
                         or (prev.is_sent_start and prev.is_title and token.is_lower)  # "Speech coding is …": the sentence's capital
                         or (label == "Task" and token.is_lower and self.names_the_language(doc, start - 1))  # "Chinese word segmentation"
                         or DIMENSION.fullmatch(prev.text) is not None)  # "3D shape generation"
                if label == "Task" and prev.is_lower and prev.lower_ in self.words.head_openers.get(lower, ()):
                    start -= 1  # "next word prediction": a stop word that names which prediction, and opens the task
                    break
                if label == "Task" and cased and self.names_the_language(doc, start - 1):
                    start -= 1  # "Māori language detection": the language opens the task, not "Support" or "te reo" before it
                    break
                if doc[start].lower_ in ("shot", "shots") and prev.lower_ in self.words.shot_counts and not prev.is_upper:
                    start -= 1  # "few shot image recognition": the count is half of "few-shot", not a stop word before the task
                    break
                if doc[start].lower_ == "vocabulary" and prev.lower_ in self.words.vocabulary_sizes and not prev.is_upper:
                    start -= 1  # "large vocabulary speech recognition": the size is half of the compound, not a stop word before the task
                    break
                if prev.lower_ in self.words.compound_openers.get(doc[start].lower_, ()) and cased:
                    start -= 1  # "named entity tagging": "named" is half of "named entity", not a naming word before the task
                    continue
                if not (prev.is_alpha or "-" in prev.text or DIMENSION.fullmatch(prev.text)) or not cased or prev.lower_ in stop or prev.is_stop:
                    break
                if prev.is_upper and self.is_listed_data(prev.text):
                    break  # "the TIMIT phoneme recognition benchmark": the dataset, then the task
                start -= 1
            if doc[start].text == "-":
                start += 1
            while 0 < start < token.i and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
                start += 1  # the word cap stopped inside a compound ("[video-]level text-video retrieval")
                while start < token.i and doc[start].text == "-":
                    start += 1
            if start == token.i:
                if token.is_lower and (token.lower_ in standalone or label == "Task" and self.task_example(doc, token.i)):
                    # a bare word that stands for a listed method carries its name: one node for both spellings
                    canonical = self.words.standalone_names.get(token.lower_) if label == "Method" else None
                    yield Candidate(token.i, token.i + 1, label, rule, canonical=canonical)
                continue
            if token.lower_ == "answering" and doc[token.i - 1].lower_ != "question":
                continue
            if doc[token.i - 1].is_alpha and self.is_generic(words_text(doc, token.i - 1, token.i + 1)):
                continue  # "multi-view deep learning", "graph machine learning": a field with a scope word (span train: 0 of 13)
            yield Candidate(start, token.i + 1, label, rule)

    def task_example(self, doc: Doc, i: int) -> bool:
        """A bare task head that is a whole item of a list of tasks given as examples ("vision tasks
        (e.g., classification, segmentation, detection)", "tasks such as content creation,
        translation, and code generation"): the list names tasks, so the word alone is one, though
        a bare head elsewhere mostly is not (``_bare_task_head``). The cue is one of the lexicon's
        ``task_example_cues``, the items between it and the word content words, commas and "and"/"or"."""
        if i < 2 or i + 1 < len(doc) and doc[i + 1].text not in (",", "and", "or", ")", ".", ";"):
            return False  # "segmentation masks": the head opens a longer noun phrase (and a cue takes two words)
        if self.task_example_cue_ends(doc, i - 1):
            return True
        if doc[i - 1].lower_ not in (",", "and", "or"):
            return False  # "action-conditioned future prediction", "classical planning": a modifier the phrase rule left out
        if doc[i - 1].lower_ in ("and", "or"):
            end = i - 3 if doc[i - 2].text == "," else i - 2
            start = end
            while start > 0 and (doc[start - 1].is_alpha and not doc[start - 1].is_stop or doc[start - 1].text == "-"):
                start -= 1
            if end > start and doc[end].lower_ in self.words.task_heads:
                return False  # "fault detection and diagnosis", "zero-shot retrieval and classification": the modifier is shared
        j = i - 1
        while j > 0 and i - j < 16:
            if self.task_example_cue_ends(doc, j):
                return True
            token = doc[j]
            if not (token.text in (",", "and", "or", "-") or token.is_alpha and not token.is_stop):
                return False
            j -= 1
        return False

    def task_example_cue_ends(self, doc: Doc, j: int) -> bool:
        """One of ``task_example_cues`` ends at token ``j`` ("tasks such as", "tasks ( e.g. ,")."""
        for cue in self.words.task_example_cues:
            k = j - len(cue) + 1
            if k >= 0 and tuple(token_words(doc)[1][k : j + 1]) == cue:
                return True
        return False

    def names_the_language(self, doc: Doc, i: int) -> bool:
        """"Chinese word segmentation", "Persian emotion recognition": a language name before a
        task says which task (span train: in the gold span 13 times, left out 4); not the end of
        a direction ("Vietnamese to English translation": the recogniser reads the whole)."""
        return doc[i].is_title and self.is_language(doc[i].text) and not (i > 0 and doc[i - 1].lower_ in ("to", "into", "-"))

    @staticmethod
    def nominal_gerund(doc: Doc, cand: Candidate, head) -> bool:
        """A task head in -ing the tagger reads as a verb, used as a noun where the text calls it a
        task: nothing a verb takes hangs on it (no object, adverb, subject or clause), and "task" or
        "problem" follows it or opens it with "of": "a speech coding task", "the task of multi-modal
        word problem solving"; not "closely matching those", "solving many NLP tasks". Without the
        task word (span dev 10 gold in 12, a 600-abstract train sample 22 in 39) sample dev and
        proxy2 gained "problem solving", "decision problem modeling"."""
        if cand.label != "Task" or head.tag_ != "VBG" or cand.end - cand.start < 2:
            return False
        if any(child.dep_ in VERB_DEPENDENTS for child in head.children):
            return False
        named_a_task = (cand.end < len(doc) and doc[cand.end].lower_ in TASK_NOUNS
                        or cand.start >= 2 and doc[cand.start - 1].lower_ == "of" and doc[cand.start - 2].lower_ in TASK_NOUNS)
        return named_a_task and (head.dep_ not in ("amod", "compound") or head.head.lower_ in TASK_NOUNS)

    def compound_gerund(self, doc: Doc, cand: Candidate) -> bool:
        """A task head in -ing that one word before it makes a fixed compound noun ("question
        answering", lexicon ``task_noun_gerunds``): the tagger reads "answering" a verb almost every
        time, so an unlisted task with a modifier ("patient-doctor question answering") was dropped."""
        return (cand.label == "Task" and cand.end - cand.start >= 2
                and doc[cand.end - 2].lower_ in self.words.noun_gerunds.get(doc[cand.end - 1].lower_, ()))

    def check_task_phrase(self, doc: Doc, cand: Candidate) -> Candidate | None:
        """Trim a task phrase to nouns and adjectives by the parse; drop it if the head is a verb."""
        sent = sentence_at(doc, cand.start)
        parsed = parsed_sentence(sent)
        if parsed is None:
            return cand
        off = sent.start
        head = parsed[cand.end - 1 - off]
        if head.pos_ not in ("NOUN", "PROPN") and not self.nominal_gerund(doc, cand, head) and not self.compound_gerund(doc, cand):
            return None
        if cand.end - cand.start == 1:
            return cand
        stop = self._task_phrase_stop if cand.label == "Task" else self.words.task_stop
        start = cand.end - 1
        while start > cand.start:
            tok = parsed[start - 1 - off]
            if tok.text == "-" and not tok.whitespace_ and start - 2 >= cand.start:
                if parsed[start - 2 - off].lower_ in self.words.task_stop:
                    break  # "next-generation", "data-extraction": the head is half a modifier, no task
                start -= 2  # keep "entity-level" whole
                continue
            if start - 3 >= cand.start and parsed[start - 2 - off].text == "-" and not parsed[start - 2 - off].whitespace_ and not parsed[start - 3 - off].whitespace_:
                compound = parsed[start - 3 - off : start - off].text.lower()
                kept = cand.label == "Task" and compound in self.words.task_phrase_keep
                if not kept and (tok.lower_ in stop or compound in stop or (cand.label == "Task" and (compound in self.words.task_only_stop or tok.lower_ in self.words.task_phrase_manner))):
                    break  # "learning-based gaze estimation", "fine-grained recognition", "reference-free image captioning": how or how well, not which task
                start -= 3  # "code-switching translation": the tagger reads "switching" as a verb, the compound is one modifier
                continue
            if cand.label == "Task" and start - 2 >= cand.start and eponym_disease(doc, start - 2):
                start -= 2  # "Alzheimer's Disease Prediction"
                break
            listed = self.lookup(words_text(doc, start - 1, cand.end))
            if listed is not None and listed.label == cand.label and tok.lower_ not in stop:
                start -= 1  # "cross-domain named entity recognition": a listed name's participle stays in
                continue
            if cand.label == "Task" and start - 1 == cand.start and tok.is_lower and tok.lower_ in self.words.head_openers.get(head.lower_, ()):
                start -= 1  # "next word prediction": the opener head_phrases took
                break
            if cand.label == "Task" and parsed[start - off].lower_ == "vocabulary" and tok.lower_ in self.words.vocabulary_sizes:
                start -= 1  # "large vocabulary speech recognition": the size head_phrases took with its noun
                break
            if tok.lower_ in self.words.compound_openers.get(parsed[start - off].lower_, ()):
                start -= 1  # "named entity tagging": the compound head_phrases took (the tagger reads "named" as a verb)
                continue
            allowed = ("NOUN", "PROPN") if head.lower_ in self.words.noun_modifier_heads else ("NOUN", "PROPN", "ADJ")
            if DIMENSION.fullmatch(tok.text):
                start -= 1  # "3D", "4D": the tagger reads a number
                continue
            # an abstract's sentence opens with it: the capital is the sentence's, and the tagger reads a verb
            opens_sentence = tok.i == 0 and start - 1 >= doc._.kg_title_end and tok.tag_ in ("VBG", "VB", "NN", "NNP")
            named_by_gerund = (cand.label == "Task" and (tok.tag_ == "VBG" or opens_sentence) and (tok.dep_ in ("amod", "compound") or opens_sentence and tok.dep_ == "nmod")
                               and (not tok.is_title or opens_sentence)  # "Talking face generation has been studied"
                               and not tok.lower_.endswith(("izing", "ising"))  # "we propose formalizing text generation": a verb
                               and parsed[start - off].pos_ in ("NOUN", "PROPN"))  # "talking face generation", "cyberbullying detection"
            if (tok.pos_ not in allowed or tok.tag_ in ("VBG", "VBN", "VBD", "JJS", "JJR") or tok.lower_ in stop) and not (named_by_gerund and tok.lower_ not in stop):
                break
            if cand.label == "Task" and tok.is_lower and tok.lower_.endswith(("izing", "ising")) and not tok.lower_.endswith("noising"):
                break  # "by formalizing clinical diagnosis": the tagger reads an adjective, the word is a verb taking the task as object
            if tok.tag_ == "NNS" and tok.dep_ == "nsubj" and start - off <= tok.head.i < cand.end - off:
                break  # "our model decouples object detection": a plural noun whose object is the task is the verb the tagger missed
            if tok.lower_ in self.words.comparison_verbs:
                break  # "GRA beats LoRA and surpasses prefix tuning": the tagger reads "surpasses" as a plural noun
            if tok.lower_ in self.words.head_stop.get(head.lower_, ()):
                break  # "automatic report generation": generating is automatic, the task is "report generation"
            if cand.label == "Task" and tok.lower_ in self.words.task_data_words and start < cand.end - 1:  # "benchmark generation": the head's object
                if start - 2 - off >= 0 and parsed[start - 2 - off].pos_ in ("NOUN", "PROPN"):
                    return None  # "a visual geometry benchmark covering camera pose estimation": the benchmark heads its own phrase, a verb follows
                break  # "on three benchmark text classification datasets", "to benchmark scene understanding": which data, or a verb; not which task
            if cand.label == "Task" and (tok.lower_ in self.words.task_only_stop or "-" in tok.text and tok.lower_.rsplit("-", 1)[1] in self.words.task_phrase_manner):
                break  # "Neural Abstractive Summarization", "Reference-Free Image Captioning": how the task is done, not which task
            if cand.label == "Task" and tok.is_lower and tok.lower_ in self.words.task_role_modifiers:
                break  # "an auxiliary trigger recognition model": the task's role, not which task ("Auxiliary Progress Estimation" names a method)
            if ends_an_idiom(parsed[max(0, start - 1 - off - 8) : start - off], self.words.task_phrase_idioms):
                break  # "a state of the art speaker recognition system": how good, not which task
            if tok.is_title and tok.lower_.endswith("ing") and start - 1 < doc._.kg_title_end and (tok.i == 0 or parsed[tok.i - 1].text == ":"
                                                                or tok.i == 1 and parsed[0].lower_ in self.words.title_openers):
                break  # "Unlocking Anticipatory Text Generation", "Towards Calibrating Prompt Tuning": a title's leading verb
            start -= 1
        if start == cand.end - 1:
            return None
        if cand.label == "Task" and cand.end - start == 2 and doc[start].lower_ in self.words.task_manner and cand.end < len(doc) and doc[cand.end].lower_ == "of":
            return None  # "Unsupervised Detection of Anomalous Sound": what is detected follows; the two words name no task
        if cand.label == "Task" and head.lower_ == "alignment" and span_text(doc[start : cand.end - 1]).lower() in self.words.modality_alignment:
            return None  # "cross-modal alignment": a training step between modalities, not a task (span train: 3 of 17)
        return Candidate(start, cand.end, cand.label, cand.rule)


def ends_an_idiom(tokens, idioms: tuple[tuple[str, ...], ...]) -> bool:
    """The tokens end in one of ``idioms`` (lexicon ``task_phrase_idioms``), hyphens aside: "state of the
    art", "state-of the art" written apart end in a noun the task phrase walk would take as a
    modifier ("art speaker recognition"). Session 65 (usedfor65): see docs/history-relations.md. The walk
    (``check_task_phrase``) trims Method phrases too, and the idiom stops them as well ("art pruning"
    otherwise: 5 corpus abstracts of 1,900; tidy66)."""
    words = [t.lower_ for t in tokens if t.text != "-"]
    return any(tuple(words[-len(idiom):]) == idiom for idiom in idioms if len(words) >= len(idiom))


def eponym_disease(doc: Doc, i: int) -> bool:
    """"Parkinson's disease", "Alzheimer's Disease": a name in the possessive, glued to its "'s",
    names the disease (span train: the gold task keeps it 4 times in 4)."""
    return (i + 2 < len(doc) and doc[i].is_alpha and doc[i].is_title and not doc[i].whitespace_
            and doc[i + 1].text in ("'s", "\u2019s") and doc[i + 2].lower_ == "disease")
