"""Subtask cues: the tasks a sentence lists as parts or kinds of another task.

``SUBTASK_OF`` comes from counted lists ("three tasks: A, B, and C"), lists right after a task ("tasks such
as A and B") and a task named as a kind of another ("X, a challenging Y task"); these readers find the list
and its members among the sentence's entities, and pass over a list after "beyond". Split out of
relations.py in session 51 (no behaviour change).
"""

from spacy.tokens import Span

from kg.extract.parse import CLAUSE_BREAKS


class SubtaskRules:
    """``RelationExtractor``'s readers of subtask lists in a sentence.

    Reads the extractor's word lists ``words.subtask_count_extra_words``, ``words.subtask_count_not_words``,
    ``words.subtask_count_words``, ``words.subtask_kind_child_heads``, ``words.subtask_kind_extra_words``,
    ``words.subtask_kind_nouns``, ``words.subtask_kind_openers``, ``words.subtask_list_not_after``, ``words.subtask_list_nouns``,
    ``words.subtask_list_stops``, ``words.subtask_punct_openers``, ``words.subtask_word_openers``,
    ``words.supertask_appositive_extra_words``.
    """

    def counted_subtasks(self, words: list[str], off: int, ents: list[Span], sent_ents: list[int]) -> list[tuple[int, list[int]]]:
        """A counted list of tasks later in the sentence of a Task: "symbolic reasoning over
        real-world time series across three tasks: A, B, and C", "to advance two fundamental
        tasks: A and B", "RTVLM, which encompasses 10 subtasks (e.g., A, B, …)". The tasks counted
        are kinds of the nearest Task before the count (no Task between), unless the count words
        say they are others ("two other tasks", lexicon subtask_count_not_words). Span train: 9
        such pairs, all annotated."""
        out = []
        inside = {i for k in sent_ents for i in range(ents[k].start - off, ents[k].end - off)}
        for i, w in enumerate(words):
            if not (w in self.words.subtask_count_words or w.isdigit()) or i in inside:
                continue
            j = i + 1
            while j < len(words) and j - i - 1 <= self.words.subtask_count_extra_words and words[j] not in self.words.subtask_list_nouns:
                if j in inside or not words[j].replace("-", "").isalpha() or words[j] in self.words.subtask_count_not_words:
                    break
                j += 1
            if j >= len(words) or words[j] not in self.words.subtask_list_nouns or j - i - 1 > self.words.subtask_count_extra_words:
                continue
            before = [k for k in sent_ents if ents[k].end - off <= i and ents[k].label_ == "Task"]
            if not before:
                continue
            parent = max(before, key=lambda k: ents[k].end)
            if self.after_beyond(words, off, ents, sent_ents, parent):
                continue
            children = self.list_at(words, off, ents, sent_ents, j)
            if children:
                out.append((parent, children))
        return out

    def after_beyond(self, words: list[str], off: int, ents: list[Span], sent_ents: list[int], parent: int) -> bool:
        """A task in a list after "beyond" / "besides" ("far beyond sentence completion, including
        question answering", "beyond classification, segmentation and captioning, such as …"):
        what follows lists the capabilities, not kinds of that task. Walks back over the list's
        names, glue and at most two other words per item."""
        inside = {i for k in sent_ents for i in range(ents[k].start - off, ents[k].end - off)}
        i, run = ents[parent].start - off - 1, 0
        while i >= 0:
            w = words[i]
            if w in self.words.subtask_list_not_after:
                return True
            if i in inside or w in (",", "and", "or", "/", "-"):
                run = 0
            elif w.replace("-", "").isalpha() and run < 2:
                run += 1
            else:
                return False
            i -= 1
        return False

    def indefinite_before(self, words: list[str], start: int) -> bool:
        """"a" / "an" a few words before ``start`` ("a novel video generation task, named TI2V",
        "As a sequence-to-sequence generation task, NMT …"): the task is introduced as a kind,
        so the name after its comma is one of that kind; "the image captioning task, video
        description is …" starts a new clause (train: 3 of 3 after "a", 0 of 1 after "the")."""
        for w in reversed(words[max(0, start - 1 - self.words.supertask_appositive_extra_words) : start]):
            if w.lower() in ("a", "an"):
                return True
            if not w.replace("-", "").isalpha():
                return False
        return False

    def kind_of_task(self, words: list[str], off: int, gap: list[str], parent: Span) -> bool:
        """"Answer triggering is a question answering task", "X, a challenging Y task,": the
        first task is named as a kind of the second, which a task noun follows. The child may
        be followed by its head noun or be a short form in brackets before the opener, and the
        kind noun may be a problem, challenge, setting or subtask ("the defeasible inference task, a
        nonmonotonic reasoning task", "Aspect-based sentiment analysis (ABSA) is an emerging
        fine-grained sentiment analysis task", "relation extraction (RE), a fundamental
        information extraction task", "CVRP, a fundamental combinatorial optimization
        challenge", "X is one of the text classification problems"): the session 61-68 draws, 16
        new firings, 16 right; span train 3, 3 annotated (subtask68)."""
        after = parent.end - off
        if after >= len(words) or words[after] not in self.words.subtask_kind_nouns:
            return False
        gap = self.past_child_head(gap)
        return any(tuple(gap[: len(o)]) == o and len(gap) - len(o) <= self.words.subtask_kind_extra_words
                   and not any(w in CLAUSE_BREAKS or not w.isalpha() and "-" not in w for w in gap[len(o):])
                   for o in self.words.subtask_kind_openers)

    def past_child_head(self, gap: list[str]) -> list[str]:
        """The gap after a child task without the child's own head noun (lexicon
        ``subtask_kind_child_heads``: "the defeasible inference task, a …") or the close of the
        bracket the child stands in as a short form ("Aspect-based sentiment analysis (ABSA) is an
        …": the pair from the long form has the short form between, so it is the short form's)."""
        if gap and gap[0] in self.words.subtask_kind_child_heads:
            return gap[1:]
        if gap and gap[0] == ")":
            return gap[1:]
        return gap

    def listed_subtasks(self, words: list[str], off: int, ents: list[Span], sent_ents: list[int], parent: int, bare_colon: bool = False) -> list[int]:
        """The tasks a list right after a task names as its kinds: "five long text understanding
        tasks, i.e. question answering, hallucination detection, …", "inverse problems such as
        denoising, compressive sensing, inpainting, and super-resolution", "three biomedical text
        mining tasks: biomedical NER (0.62% F1 …), …", "three document understanding benchmarks, including
        Form Understanding (…), …" (span train 3 of 3 for "benchmarks"). Unlike the pair rule's list, the list may
        hold unnamed items, brackets and enumerators ("(1)"); it ends at a preposition, a
        pronoun or a verb word (lexicon subtask_list_stops) or a closing bracket it did not open. A
        task after "beyond" / "besides" is not the one the list is of ("far beyond sentence
        completion, including question answering"). With ``bare_colon`` a colon right after the
        task opens the list too ("key elements of scientific reasoning: hypothesis generation, …")."""
        if self.after_beyond(words, off, ents, sent_ents, parent):
            return []
        return self.list_at(words, off, ents, sent_ents, ents[parent].end - off, bare_colon)

    def list_at(self, words: list[str], off: int, ents: list[Span], sent_ents: list[int], i: int, bare_colon: bool = False) -> list[int]:
        """The Tasks of a list that opens at word ``i`` (an optional task noun, then an opener;
        see ``listed_subtasks``)."""
        noun = i < len(words) and words[i] in self.words.subtask_list_nouns
        i += noun
        opener = next((o for o in self.words.subtask_word_openers + (self.words.subtask_punct_openers if noun else [(":",)] if bare_colon else [])
                       if tuple(words[i : i + len(o)]) == o), None)
        if opener is None:
            return []
        i += len(opener)
        starts = {ents[k].start - off: k for k in sent_ents}
        children, depth, run = [], 0, 0
        while i < len(words):
            k = starts.get(i)
            if k is not None and depth == 0:
                if ents[k].label_ != "Task":
                    break
                children.append(k)
                i, run = ents[k].end - off, 0
                continue
            w = words[i]
            if w == "(":
                depth += 1
            elif w == ")":
                depth -= 1
                if depth < 0:
                    break
            elif depth == 0:
                if w in (",", "and", "or", "/", "&") or w.isdigit():
                    run = 0
                elif w in self.words.subtask_list_stops or w in (";", ".", ":", "--", "---") or not any(ch.isalpha() for ch in w):
                    break
                else:
                    run += 1  # a word of an item no recogniser named ("inpainting")
                    if run > 4:
                        break
            i += 1
        return children
