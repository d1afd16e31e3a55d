"""Reported results (issue 10): number forms and false friends through the real pipeline, the
roles a result takes from its clause, Result nodes in every sink and store, the leaderboard
from a build, a store and the CLI, and the results part of `kg eval`."""
from __future__ import annotations

import json
from functools import partial
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.evaluate import EvalResult, evaluate, score_results
from kg.extract.pipeline import make_doc, to_extraction
from kg.leaderboard import leaderboard, leaderboard_from_store, sort_key
from kg.link import link
from kg.link_results import result_key
from kg.types import Record, Source

TITLE = "OPT-IML: Scaling Instruction Meta Learning"


def extract(nlp, abstract: str, title: str = TITLE):
    record = Record(title, abstract, Source("inline", 1), arxiv_id="2212.12017")
    return to_extraction(record, nlp(make_doc(nlp, record)))


def results_of(nlp, abstract: str, title: str = TITLE) -> list[tuple]:
    paper = extract(nlp, abstract, title)
    name = lambda i: None if i is None else paper.mentions[i].text  # noqa: E731
    return [(r.text, r.value, r.unit, r.kind, r.from_value, r.low, name(r.of), name(r.on), name(r.metric), r.of_rule) for r in paper.results]


def kinds_of(nlp, abstract: str, title: str = "Tuner: Joint Optimisation of Agents") -> list[tuple[str, str]]:
    """(text, kind) of each Result of ``abstract``: the tests of the kind rules read no other slot."""
    return [(r[0], r[3]) for r in results_of(nlp, abstract, title)]


# (sentence, text, value, unit, kind, from, low) — each number form of the issue
NUMBER_FORMS = [
    ("OPT-IML 175B reaches 67.2% accuracy on MMLU.", "67.2%", 67.2, "%", "absolute", None, None),
    ("OPT-IML 175B reaches 67.2 percent accuracy on MMLU.", "67.2 percent", 67.2, "%", "absolute", None, None),
    ("Our model improves BLEU by 2.1 on WMT14 En-De.", "2.1", 2.1, "", "gain", None, None),
    ("SmoothQuant gives a 1.56x speed-up on OPT-175B.", "1.56x", 1.56, "x", "gain", None, None),
    ("SmoothQuant gives a 1.56× speed-up on OPT-175B.", "1.56×", 1.56, "x", "gain", None, None),
    ("SmoothQuant decodes 3 times faster than FP16 inference.", "3 times", 3.0, "x", "gain", None, None),
    ("SmoothQuant is twice as fast as LLM.int8().", "twice", 2.0, "x", "gain", None, None),
    ("The method reduces perplexity from 10.9 to 10.2 on WikiText-2.", "from 10.9 to 10.2", 10.2, "", "gain", 10.9, None),
    ("OPT-IML improves accuracy from 54.8% to 61.8% on GSM8K.", "from 54.8% to 61.8%", 61.8, "%", "gain", 54.8, None),
    ("OPT-IML improves accuracy on MMLU by 2-5%.", "2-5%", 5.0, "%", "gain", None, 2.0),
    ("OPT-IML improves accuracy on MMLU by up to 3.5 points.", "3.5 points", 3.5, "points", "gain", None, None),
    ("OPT-IML raises accuracy on MMLU by 6.3 percentage points.", "6.3 percentage points", 6.3, "points", "gain", None, None),
    ("OPT-IML raises accuracy on MMLU by 6.3 pp over OPT.", "6.3 pp", 6.3, "points", "gain", None, None),
    ("OPT-IML reduces the error rate on MMLU by 12.5%.", "12.5%", 12.5, "%", "gain", None, None),
    ("With OPT-IML, the error rate on MMLU drops by 4%.", "4%", 4.0, "%", "gain", None, None),
    ("OPT-IML changes accuracy on MMLU by -0.8%.", "-0.8%", -0.8, "%", "gain", None, None),
    ("OPT-IML obtains an F1 score of 0.87 on SQuAD.", "0.87", 0.87, "", "absolute", None, None),
    ("OPT-IML reaches an error rate of 3.2% on MMLU.", "3.2%", 3.2, "%", "absolute", None, None),
    ("OPT-IML is behind GPT-4 [MAE 1.24] on MMLU.", "1.24", 1.24, "", "absolute", None, None),
    ("OPT-IML answers with a latency of 29 ms on MMLU.", "29 ms", 29.0, "ms", "absolute", None, None),
    ("OPT-IML generates video at 22.6 FPS on MMLU.", "22.6 FPS", 22.6, "fps", "absolute", None, None),
    ("OPT-IML is +3.4 above GPT-3 on MMLU.", "+3.4", 3.4, "", "gain", None, None),
    ("OPT-IML achieves a score of 74.91 on MMLU.", "74.91", 74.91, "", "absolute", None, None),
    ("On MMLU, the best configuration of OPT-IML reaches only 0.663.", "0.663", 0.663, "", "absolute", None, None),
    ("Even GPT-4 achieves only 15.6% on MMLU.", "15.6%", 15.6, "%", "absolute", None, None),
    ("The accuracy gap of OPT-IML on MMLU can reach ~0.50.", "0.50", 0.5, "", "absolute", None, None),
    ("OPT-IML increases the latency on MMLU by only 2.34%.", "2.34%", 2.34, "%", "gain", None, None),
    ("OPT-IML's success rate on MMLU falls from 63% to just 4%.", "from 63% to just 4%", 4.0, "%", "gain", 63.0, None),
    ("OPT-IML reduces the prediction set size from 847 tokens to 4.3 tokens on MMLU.", "from 847 tokens to 4.3", 4.3, "", "gain", 847.0, None),
    ("OPT-IML shows accuracy gains (9.5 +/- 17.5 percentage points) on MMLU.", "9.5", 9.5, "points", "gain", None, None),
    ("OPT-IML achieves an MAE of 1.01 (95% CI 0.92-1.11) on MMLU.", "1.01", 1.01, "", "absolute", None, None),
    ("OPT-IML improves accuracy on MMLU by +7.3%p.", "+7.3%p", 7.3, "points", "gain", None, None),
    ("OPT-IML reduces the error on MMLU by a factor of 2.1.", "2.1", 2.1, "x", "gain", None, None),
    ("GPT-4 is consistent on MMLU only 76% of the time.", "76%", 76.0, "%", "absolute", None, None),
    ("OPT-IML reaches an AUROC of 0.97 to 0.99 on MMLU.", "0.97 to 0.99", 0.99, "", "absolute", None, 0.97),
    # "<measure> of N" after a comparison is the measure's value; "by a margin of N" is a change
    ("OPT-IML outperforms previous models on MMLU with a margin, i.e., PESQ of 3.41.", "3.41", 3.41, "", "absolute", None, None),
    ("OPT-IML outperforms GPT-3 on MMLU by a margin of 3.4%.", "3.4%", 3.4, "%", "gain", None, None),
    ("OPT-IML improves by an average of 6.0% accuracy points on MMLU.", "6.0%", 6.0, "%", "gain", None, None),
    # whole numbers raised after a metric, and lowered ones, are results (a setting counted up is not: FALSE_FRIENDS)
    ("OPT-IML improves BLEU from 25 to 31 on WMT14.", "from 25 to 31", 31.0, "", "gain", 25.0, None),
    ("OPT-IML reduces restricted responses from 24 to 14 over 100 prompts.", "from 24 to 14", 14.0, "", "gain", 24.0, None),
    # the share of items a model solves is its score
    ("OPT-IML solves 18 tasks (45%) of MMLU.", "45%", 45.0, "%", "absolute", None, None),
    # a bare number a gain noun follows: "a 26 relative improvement", "an average 41.8 performance boost"
    ("OPT-IML outperforms GPT-3 on MMLU, achieving a 26 relative improvement.", "26", 26.0, "", "gain", None, None),
    ("OPT-IML provides an average 41.8 performance boost on MMLU.", "41.8", 41.8, "", "gain", None, None),
    # a range, not a change: "ranging from" and "between … and …"
    ("OPT-IML achieved F1 scores on MMLU ranging from 80% to 94%.", "from 80% to 94%", 94.0, "%", "absolute", None, 80.0),
    ("OPT-IML scored F1 values on MMLU between 38% and 52%.", "between 38% and 52%", 52.0, "%", "absolute", None, 38.0),
    ("The rankings of OPT-IML on MMLU agree with Kendall's W = .164.", ".164", 0.164, "", "absolute", None, None),
    ("OPT-IML on MMLU: MR = 13.45.", "13.45", 13.45, "", "absolute", None, None),
    ("OPT-IML reaches a Jaccard coefficient of 0.61 with the MMLU answers.", "0.61", 0.61, "", "absolute", None, None),
    ("OPT-IML's ratings are highly correlated (0.76) with the MMLU answers.", "0.76", 0.76, "", "absolute", None, None),
    ("OPT-IML predicts MMLU answers with a .54 correlation score.", ".54", 0.54, "", "absolute", None, None),
    ("OPT-IML reaches a test error of 0.3898 on MMLU.", "0.3898", 0.3898, "", "absolute", None, None),
    ("OPT-IML shows improvements of 2-3 BLEU points on MMLU.", "2-3", 3.0, "", "gain", None, 2.0),
    ("OPT-IML reaches a mean absolute error (MAE) of 0.02 on MMLU.", "0.02", 0.02, "", "absolute", None, None),
    # "between X and Y" is one range (it was read as two results)
    # a loss is a change (board59: "loses" joined gain_before, as "a 7.0% loss in accuracy" is one)
    ("OPT-IML loses between 0.4% and 1.3% accuracy on MMLU.", "between 0.4% and 1.3%", 1.3, "%", "gain", None, 0.4),
    ("OPT-IML is between 10x and 20x smaller than GPT-4 on MMLU.", "between 10x and 20x", 20.0, "x", "gain", None, 10.0),
    # a metric at a cut-off set equal to its score is no threshold ("AP@0.5", "AP@IoU=0.5" are)
    ("OPT-IML reaches Hits@1 = 0.306 on MMLU.", "0.306", 0.306, "", "absolute", None, None),
    ("On MMLU, the F1 scores remain above 0.83 for OPT-IML.", "0.83", 0.83, "", "absolute", None, None),
    # the reader's normalisation now unwraps the LaTeX markup around each number
    ("OPT-IML's accuracy on MMLU rises from $\\mathbf{0.33\\%}$ to $\\mathbf{30\\%}$.", "from 0.33% to 30%", 30.0, "%", "gain",
     0.33, None),
    ("OPT-IML beats GPT-4 by an average of 13 absolute points on MMLU.", "13 absolute points", 13.0, "points", "gain", None, None),
    ("OPT-IML beats GPT-4 by 2.3 absolute percentage points on MMLU.", "2.3 absolute percentage points", 2.3, "points", "gain", None, None),
    ("OPT-IML's accuracy on MMLU rises from \\mathbf0.33% to \\mathbf30%.", "from \\mathbf0.33% to \\mathbf30%", 30.0, "%", "gain",
     0.33, None),
    # two signed gains joined by "to" are one range, not a result and a stray "+4.2"
    ("OPT-IML improves BLEU on MMLU by +1.4 to +4.2.", "+1.4 to +4.2", 4.2, "", "gain", None, 1.4),
    ("OPT-IML improves accuracy on MMLU (+0.39% to +0.86%).", "+0.39% to +0.86%", 0.86, "%", "gain", None, 0.39),
    ("OPT-IML shows lower recall on MMLU ($-0.2$ to $-0.3$).", "-0.2 to -0.3", 0.3, "", "gain", None, 0.2),
    # a decimal after a verb of attainment and "a state-of-the-art" (or "a new") is its score
    ("OPT-IML achieves a state-of-the-art 34.1 on MMLU.", "34.1", 34.1, "", "absolute", None, None),
    # "rank" after "median" / "mean" is a measure, not a setting ("LoRA rank 8")
    ("OPT-IML reduces the median rank on MMLU from 54 to 19.", "from 54 to 19", 19.0, "", "gain", 54.0, None),
    # a change after a word that numbers a part ("Task 3") is that part's score
    ("OPT-IML reduces test accuracy on the MMLU completion task from 72% to 34%.", "from 72% to 34%", 34.0, "%", "gain", 72.0, None),
    # "between" two negative ends: one range whose value is the upper end (was a stray "-0.580")
    ("For OPT-IML on MMLU, the Pearson correlation is between -0.377 and -0.580.", "between -0.377 and -0.580", -0.377, "", "absolute",
     None, -0.58),
    # a decimal point a PDF's text follows with a space ("99. 1%") is put back: one score, not "1%" opening a sentence
    ("OPT-IML attains an F1 score of 99. 1% on MMLU.", "99.1%", 99.1, "%", "absolute", None, None),
    # a decimal comma before a per cent sign is one score (numbers62: "88,2%" was read as 88 and 2%)
    ("OPT-IML attains an F1 score of 88,2% on MMLU.", "88,2%", 88.2, "%", "absolute", None, None),
    ("OPT-IML reaches an error rate of only 3,15 percent on MMLU.", "3,15 percent", 3.15, "%", "absolute", None, None),
    # "from X up to Y" is one range, its upper end the value (numbers62: it was read as two numbers)
    ("OPT-IML shows relative accuracy gains on MMLU from 2% up to 20%.", "from 2% up to 20%", 20.0, "%", "gain", None, 2.0),
    # a condition of words after the first end of a change is still one change (numbers62: two numbers before)
    ("On MMLU, OPT-IML lowers the error rate from 26.4% in separate tuning to 14.5%.", "from 26.4% in separate tuning to 14.5%", 14.5,
     "%", "gain", 26.4, None),
    # LaTeX's en dash "--" joins a range as "-" does (metric67: "38%--75%" was read as two results, "91--94%" lost its low,
    # a confidence interval "(0.92--0.95)" gave a stray 0.95)
    ("OPT-IML lowers the error rate on MMLU by 38%--75%.", "38%--75%", 75.0, "%", "gain", None, 38.0),
    ("OPT-IML lowers the error rate on MMLU by 91--94%.", "91--94%", 94.0, "%", "gain", None, 91.0),
    ("OPT-IML shows improvements of 2--3 BLEU points on MMLU.", "2--3", 3.0, "", "gain", None, 2.0),
    ("OPT-IML reaches an AUROC of 0.93 (0.92--0.95) on MMLU.", "0.93", 0.93, "", "absolute", None, None),
    # spaced as well (late67 counted 15 of 15 spaced " -- " between two numbers in arxiv-ml-175k a range; two results
    # or the upper end alone before)
    ("OPT-IML keeps accuracy on MMLU in the range 85% -- 100%.", "85% -- 100%", 100.0, "%", "absolute", None, 85.0),
    ("OPT-IML improves BLEU on MMLU by 3.1 -- 4.9 points.", "3.1 -- 4.9 points", 4.9, "points", "gain", None, 3.1),
]


@pytest.mark.parametrize("sentence,text,value,unit,kind,low_from,low", NUMBER_FORMS, ids=[f[1] for f in NUMBER_FORMS])
def test_number_forms(nlp, sentence, text, value, unit, kind, low_from, low):
    found = results_of(nlp, sentence)
    assert [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in found] == [(text, value, unit, kind, low_from, low)]


def test_a_condition_inside_from_to_needs_a_change_or_range_word_before_it(nlp):
    # numbers62: no change or range word before "from" leaves two levels, as before
    found = results_of(nlp, "On MMLU, the accuracy of OPT-IML goes from 90% for short prompts to 99% for long prompts.")
    assert [(r[0], r[4], r[5]) for r in found] == [("90%", None, None), ("99%", None, None)]


# Session 42 (issues42): each number form of issue 10 in a sentence of our own, with the whole tuple
# (text, value, unit, kind, from, low, model or method, benchmark, metric); the title's OPT-IML is the
# paper's own model, which "our …" and a sentence naming none take.
ISSUE_10_VARIANTS = [
    ("Our 7B model achieves 67.2% accuracy on MMLU, ahead of larger baselines.",
     ("67.2%", 67.2, "%", "absolute", None, None, "OPT-IML", "MMLU", "accuracy")),
    ("Tiny-13B reaches 58.4% exact match on GSM8K.", ("58.4%", 58.4, "%", "absolute", None, None, "Tiny-13B", "GSM8K", "exact match")),
    ("OPT-IML scores 81.2 F1 on SQuAD v1.1.", ("81.2", 81.2, "", "absolute", None, None, "OPT-IML", "SQuAD v1.1", "F1")),
    ("On WMT16 En-Ro, our approach raises the BLEU score by 1.4 points.",
     ("1.4 points", 1.4, "points", "gain", None, None, "OPT-IML", "WMT16 En-Ro", "BLEU")),
    ("SpecServe delivers a 1.56x speed-up on OPT-175B without loss in quality.",
     ("1.56x", 1.56, "x", "gain", None, None, "SpecServe", None, "speed-up")),
    ("Our kernel gives up to 3.2× higher throughput on LLaMA-2-70B than vLLM.",
     ("3.2×", 3.2, "x", "gain", None, None, "OPT-IML", None, "throughput")),
    ("On C4, SparseX lowers the perplexity of OPT-13B from 12.3 to 11.8.",
     ("from 12.3 to 11.8", 11.8, "", "gain", 12.3, None, "OPT-13B", "C4", "perplexity")),
    ("OPT-IML lowers the word error rate on LibriSpeech from 4.1% to 3.6%.",
     ("from 4.1% to 3.6%", 3.6, "%", "gain", 4.1, None, "OPT-IML", "LibriSpeech", "word error rate")),
    ("Our method improves accuracy by up to 4.5% on GSM8K compared with chain-of-thought prompting.",
     ("4.5%", 4.5, "%", "gain", None, None, "OPT-IML", "GSM8K", "accuracy")),
    ("It improves accuracy by 3 to 5 points across the BBH tasks.",
     ("3 to 5 points", 5.0, "points", "gain", None, 3.0, "OPT-IML", "BBH", "accuracy")),
    ("ReasonX achieves between 61.0% and 64.5% accuracy on MATH depending on the seed.",
     ("between 61.0% and 64.5%", 64.5, "%", "absolute", None, 61.0, "ReasonX", "MATH", "accuracy")),
    ("Removing the verifier changes accuracy on GSM8K by -2.3 points.",
     ("-2.3 points", -2.3, "points", "gain", None, None, "OPT-IML", "GSM8K", "accuracy")),
    ("The ablation yields a BLEU change of -0.8 on WMT14 En-De.", ("-0.8", -0.8, "", "gain", None, None, "OPT-IML", "WMT14 En-De", "BLEU")),
    ("Quantization decreases the accuracy of ViT-B by 1.2 points on ImageNet.",
     ("1.2 points", 1.2, "points", "gain", None, None, "ViT-B", "ImageNet", "accuracy")),
]


@pytest.mark.parametrize("sentence, expected", ISSUE_10_VARIANTS, ids=[v[1][0] for v in ISSUE_10_VARIANTS])
def test_issue_10s_number_forms_in_sentences_of_our_own(nlp, sentence, expected):
    assert [r[:9] for r in results_of(nlp, sentence)] == [expected]


def test_the_baseline_our_approach_outperforms_owns_no_score_of_ours(nlp):
    """The sample's leaderboard for GSM8K listed "Mistral-7B Supervised Fine-Tuning" at 81.8% (session 42):
    the paper's own (unnamed) approach reached it, and the +5.9% is its gain over the baseline."""
    found = results_of(nlp, "For instance, our approach outperforms the Mistral-7B Supervised Fine-Tuning (SFT) baseline on "
                       "GSM8K, MATH, and ARC-C, with substantial increases in accuracy to 81.8% (+5.9%), 34.7% (+5.8%), and "
                       "76.4% (+15.8%), respectively.", "Monte Carlo Tree Search Boosts Reasoning via Iterative Preference Learning")
    assert not [r for r in found if r[6] == "Mistral-7B Supervised Fine-Tuning"]
    assert [r[0] for r in found] == ["81.8%", "+5.9%", "34.7%", "+5.8%", "76.4%", "+15.8%"]


def test_the_number_after_a_beaten_one_joined_by_by_or_with_is_the_winners(nlp):
    found = results_of(nlp, "OPT-IML outperforms GPT-3 on MMLU by 4.2% and surpasses OPT with an accuracy of 61.3% on GSM8K.")
    assert [(r[0], r[6]) for r in found] == [("4.2%", "OPT-IML"), ("61.3%", "OPT-IML")]
    # ... but the beaten one's own score in a bracket, or set against the winner's, stays its own
    found = results_of(nlp, "OPT-IML outperforms GPT-3 (54.1%) on MMLU, and OPT on GSM8K with a score of 61.3% versus 40.2%.")
    assert [(r[0], r[6]) for r in found] == [("54.1%", "GPT-3"), ("61.3%", "OPT-IML"), ("40.2%", "OPT")]
    # a name after "that", "we", "while" … is the subject of a clause of its own, not the beaten one
    found = results_of(nlp, "BERT is more robust than GPT-3 on SQuAD, and we show that RoBERTa solves MMLU with an accuracy of 61.3%.",
                       "A study of pretrained language models")
    assert [(r[0], r[6]) for r in found] == [("61.3%", "RoBERTa")]


def test_two_scores_after_outperforming_by_are_the_winners_and_the_beatens(nlp):
    """The sample's MMLU leaderboard listed Galactica at 35.7%, Chinchilla's score (session 42): a falling
    pair after "by" is the two scores; a rising one stays a range of gains."""
    found = results_of(nlp, "Galactica also performs well on reasoning, outperforming Chinchilla on mathematical MMLU by "
                       "41.3% to 35.7%.", "Galactica: A Large Language Model for Science")
    assert [(r[0], r[3], r[6]) for r in found] == [("41.3%", "absolute", "Galactica"), ("35.7%", "absolute", "Chinchilla")]
    found = results_of(nlp, "OPT-IML outperforms GPT-3 on MMLU by 3% to 4%.")
    assert [(r[0], r[3], r[6]) for r in found] == [("3% to 4%", "gain", "OPT-IML")]


def test_a_number_with_its_own_measure_after_it_takes_no_earlier_numbers_metric_or_dataset(nlp):
    """The sample's WikiText leaderboard listed ALPS's "19% improvement in zero-shot benchmark performance"
    as a test-perplexity gain on WikiText (session 42): both are the 13%'s, named between the two numbers."""
    found = results_of(nlp, "OPT-IML achieves a 13% reduction in perplexity on the WikiText-2 dataset and a 19% improvement "
                       "in zero-shot performance compared to existing methods.")
    assert [(r[0], r[7], r[8]) for r in found] == [("13%", "WikiText-2", "perplexity"), ("19%", None, None)]
    # a number with no measure of its own after it still shares the earlier one's ("82% accuracy on X and 69% on Y")
    found = results_of(nlp, "OPT-IML reaches 82% accuracy on MMLU and 69% on GSM8K.")
    assert [(r[0], r[7], r[8]) for r in found] == [("82%", "MMLU", "accuracy"), ("69%", "GSM8K", "accuracy")]


def test_a_number_whose_change_names_its_own_measure_takes_no_earlier_numbers_metric(nlp):
    """Session 68 (metric68): "MTR reduces FLOPs by approximately 40% …, with only a 1.6% drop in ImageNet performance"
    gave the 1.6% FLOPs, and "… 99% of baseline accuracy with 67% fewer tokens" gave the 67% accuracy: the metric the
    earlier number took, named before it, while the later number's change names a measure of its own."""
    found = results_of(nlp, "OPT-IML reduces FLOPs by 40% on the ViT-B backbone, with only a 1.6% drop in ImageNet performance.")
    assert [(r[0], r[8]) for r in found] == [("40%", "FLOPs"), ("1.6%", None)]
    found = results_of(nlp, "OPT-IML keeps 99% of the baseline accuracy with 67% fewer tokens.")
    assert [(r[0], r[8]) for r in found] == [("99%", "accuracy"), ("67%", None)]
    found = results_of(nlp, "OPT-IML raises the success rate of the generated code by 12% (2x higher reward and 3x lower standard deviation).")
    assert [(r[0], r[8]) for r in found] == [("12%", "success rate"), ("2x", None), ("3x", None)]
    # ... but a comparative before a place or "than" names no measure, and a phrase naming the metric keeps it
    found = results_of(nlp, "OPT-IML reaches 82.4% accuracy on MMLU, and its accuracy is 12% lower on GSM8K.")
    assert [(r[0], r[8]) for r in found] == [("82.4%", "accuracy"), ("12%", "accuracy")]
    found = results_of(nlp, "OPT-IML reaches 45.2% accuracy on MMLU, 3.1 points higher than GPT-3.")
    assert [(r[0], r[8]) for r in found] == [("45.2%", "accuracy"), ("3.1 points", "accuracy")]
    found = results_of(nlp, "OPT-IML reaches 82% accuracy on MMLU and a 1.5% drop in accuracy on GSM8K.")
    assert [(r[0], r[8]) for r in found] == [("82%", "accuracy"), ("1.5%", "accuracy")]
    found = results_of(nlp, "OPT-IML reaches a 3.2% higher SPL on R2R and +1.71% SPL improvements in unseen environments.")
    assert [(r[0], r[8]) for r in found] == [("3.2%", "SPL"), ("+1.71%", "SPL")]
    # the metric named in the number's own phrase keeps it (a corpus abstract, tidy69)
    found = results_of(nlp, "In comparisons against MambaVision-S, Atlas-S achieves 5%, 16% and 32% higher accuracy at 1024px, 2048px and "
                            "4096px respectively.")
    assert [(r[0], r[8]) for r in found] == [("5%", "accuracy"), ("16%", "accuracy"), ("32%", "accuracy")]
    # its own phrase opening with the last word of the metric's name keeps it (a corpus abstract, tidy69)
    found = results_of(nlp, "Markings-only cycle lanes are associated with a 19.5% higher harshness score, and mixed-traffic "
                            "configurations with an 11.5% higher score, relative to physically separated cycle paths.")
    assert [(r[0], r[8]) for r in found] == [("19.5%", "harshness score"), ("11.5%", "harshness score")]
    # a word before "in" / "of" that is no change word ("in detecting", "that of") names no measure of its own
    found = results_of(nlp, "COPYCHECK achieves an average balanced accuracy of 90.1% on LLaMA 7b and 91.6% on LLaMA2 7b in detecting seen files.")
    assert [(r[0], r[8]) for r in found] == [("90.1%", "balanced accuracy"), ("91.6%", "balanced accuracy")]
    found = results_of(nlp, "The resGSA-Transformer achieves a character error rate (CER) of 5.86% on the test set, which is relative 7.8% "
                            "lower than that of the SA-Transformer.")
    assert [(r[0], r[8]) for r in found] == [("5.86%", "CER"), ("7.8%", "CER")]
    # a comparative before a word that opens with no letter ("5-shot") names no measure of its own (invented: no
    # text of the draw, span train or a 2,767-abstract corpus sample reaches this check, tidy69)
    found = results_of(nlp, "OPT-IML reaches 82% accuracy on MMLU, 3.1 points higher 5-shot scores than GPT-3.")
    assert [(r[0], r[8]) for r in found] == [("82%", "accuracy"), ("3.1 points", "accuracy")]


def test_a_whole_number_counting_datasets_or_tasks_is_no_result_and_its_place_is_none_of_them(nlp):
    """Span train (session 44): "67.0% average accuracy on 10 classification datasets (+3.1% …) and 84.4 hIoU on
    … Pascal VOC" read the count 10 as an accuracy on Pascal VOC; without it the 67.0% took Pascal VOC instead."""
    found = results_of(nlp, "OPT-IML reaches 67.0% average accuracy on 10 classification datasets and 84.4% accuracy on MMLU.")
    assert [(r[0], r[7]) for r in found] == [("67.0%", None), ("84.4%", "MMLU")]
    found = results_of(nlp, "OPT-IML is evaluated on MMLU and reaches an F1 score of 80 on 5 tasks.")
    assert [(r[0], r[7], r[8]) for r in found] == [("80", None, "F1 score")]
    # a share solved is a result ("13 of the tasks"), and so is a score with a unit before a plural noun
    found = results_of(nlp, "OPT-IML solves 13 of the 50 tasks, a score of 26% on MMLU. OPT-IML reaches 61.1% on 3 datasets.")
    assert [r[0] for r in found if r[0] != "13"] == ["26%", "61.1%"]
    assert [r[7] for r in found if r[0] == "61.1%"] == [None]


def test_a_percentage_before_a_name_and_a_change_word_is_a_change_of_that_measure(nlp):
    """Span train (session 44): "achieving up to 22.1% and 13.7% SubEM improvement over SFT and RAG" lost the
    13.7%: the recogniser types SubEM a Method, and a percentage before a method reads as its setting."""
    found = results_of(nlp, "Experiments show CAFE outperforms baselines, achieving up to 22.1% and 13.7% SubEM improvement "
                       "over SFT and RAG methods, respectively.")
    assert [(r[0], r[3]) for r in found] == [("22.1%", "gain"), ("13.7%", "gain")]
    # with no change word after the name, the percentage still qualifies it ("strong 100% PEFT baselines")
    found = results_of(nlp, "OPT-IML outperforms strong 100% LoRA baselines by 3.2% on MMLU.")
    assert [r[0] for r in found] == ["3.2%"]


def test_a_model_named_in_the_measure_after_the_number_is_not_its_owner(nlp):
    """The sample's COCO leaderboard gave CLIP the 0.90 of "Our model reaches 0.90 R@1 CLIP Recall score"
    (session 42): CLIP is what the measure is taken with (CLIPScore, BERTScore), not who reached it."""
    found = results_of(nlp, "We propose OPT-IML. Our model reaches 0.90 R@1 CLIP Recall score on MS-COCO.")
    assert [(r[0], r[6]) for r in found] == [("0.90", "OPT-IML")]
    # before the number, a name and "scores" is its owner ("GPT-4 scores 80%")
    found = results_of(nlp, "OPT-IML reaches 85% on MMLU. GPT-4 scores 80% on MMLU.")
    assert [(r[0], r[6]) for r in found] == [("85%", "OPT-IML"), ("80%", "GPT-4")]


def test_a_level_a_requirement_leads_to_is_no_result(nlp):
    """"the smallest model size, needed to achieve over 80% accuracy on GSM8K, is 34 billion parameters" (session 43's
    wrong GSM8K row): a level something must reach is no score; the change in the same sentence is still read."""
    assert results_of(nlp, "The smallest model size needed to achieve over 80% accuracy on GSM8K is 34 billion parameters.") == []
    found = results_of(nlp, "OPT-IML reduces the time needed to achieve a 90% success rate by 15% on GSM8K.")
    assert [r[0] for r in found] == ["15%"]
    assert [r[0] for r in results_of(nlp, "OPT-IML is needed to achieve 80% accuracy on GSM8K and reaches 85% on MMLU.")] == ["85%"]
    # a number a verb of attainment leads to without the requirement stays a result
    assert [r[0] for r in results_of(nlp, "OPT-IML manages to achieve over 80% accuracy on GSM8K.")] == ["80%"]


def test_a_metric_after_and_and_a_verb_is_the_next_predicates(nlp):
    """"improves the mean average precision … by 39.1 % and improves the F1 score … by 35.8 %" gave 39.1 % the F1
    score: a metric past "and" and a verb that starts another predicate is that predicate's measure, so the number
    keeps the one before it, or none (invented sentences)."""
    metric = lambda text: [(r[0], r[8]) for r in results_of(nlp, text)]  # noqa: E731
    assert metric("Compared to the baseline, OPT-IML improves the mean average precision for detecting entities by 39.1% "
                  "and improves the F1 score of classifying relations by 35.8%.") == [
        ("39.1%", "mean average precision"), ("35.8%", "F1 score")]
    assert metric("Regarding accuracy, OPT-IML experiences a loss between 0.4% and 1.3% and obtains lower latencies.") == [
        ("between 0.4% and 1.3%", "accuracy")]
    assert metric("OPT-IML makes training up to 28% faster and also reduces memory use by half.") == [("28%", None)]
    # a metric after "and" with no verb between is still the number's ("85.1% and 70.2% accuracy")
    assert metric("OPT-IML achieves 85.1% and 70.2% accuracy on GSM8K and MMLU, respectively.") == [
        ("85.1%", "accuracy"), ("70.2%", "accuracy")]


def test_the_base_a_model_is_built_on_does_not_own_its_number(nlp):
    """"Orca-Math, a 7-billion-parameter SLM based on Mistral-7B, which achieves 86.81% on GSM8k" gave the score to
    Mistral-7B (issue 10): the model named in a "based on / built upon / fine-tuned from" phrase is the base, and the
    relative clause or the verb after it belongs to the one the phrase describes (invented names below)."""
    title = "Zorba-Calc: Teaching Small Language Models Arithmetic"
    owner = lambda text: [(r[0], r[6], r[7]) for r in results_of(nlp, text, title)]  # noqa: E731
    assert owner("In this work we present Zorba-Calc, a 7-billion-parameter SLM based on Quoll-7B, which achieves 86.81% "
                 "on GSM8k without the need for multiple model calls.") == [("86.81%", "Zorba-Calc", "GSM8k")]
    assert owner("Zorba-Calc, a 7-billion-parameter model fine-tuned from Quoll-7B, achieves 86.81% on GSM8k.") == [
        ("86.81%", "Zorba-Calc", "GSM8k")]
    assert owner("Our Zorba-Calc, built upon the Quoll-7B backbone, reaches 86.81% on GSM8k.") == [("86.81%", "Zorba-Calc", "GSM8k")]
    # with no other name before the phrase the base keeps the number ("Algorithms based on GPT-3.5 … (97%)": the gold's)
    assert owner("Algorithms based on Quoll-7B outperform existing algorithms on GSM8k (97%, 13 points gain).") == [
        ("97%", "Quoll-7B", "GSM8k"), ("13 points", "Quoll-7B", "GSM8k")]
    # a relative clause right after a name that is no base still gives the number to that name
    assert owner("Zorba-Calc surpasses Quoll-7B, which achieves 80.1% on GSM8k.")[0][:2] == ("80.1%", "Quoll-7B")


def test_a_name_the_owner_is_trained_or_run_with_does_not_own_its_number(nlp):
    """"The small DNN trained on the soft RNN alignments achieved a 3.93 WER" gave the number to the RNN, the last name
    before it (session 54, issue 10): a name right after "trained on / fine-tuned with / with" that follows another name of
    the clause is what that one was made or run with; the number is the first one's (invented sentences below)."""
    owner = lambda text: [(r[0], r[6]) for r in results_of(nlp, text)]  # noqa: E731
    assert owner("A compact CNN trained on the noisy LSTM pseudo-labels reaches 91.2% accuracy on CIFAR-10.") == [("91.2%", "CNN")]
    assert owner("A small Transformer with the GELU activation reaches 91.2% accuracy on CIFAR-10.") == [("91.2%", "Transformer")]
    # near misses: a name after the cue with no name before it, or one set off by a comma, keeps the number
    assert owner("Trained on LSTM pseudo-labels, the pipeline reaches 91.2% accuracy on CIFAR-10.")[0][1] != "CNN"
    assert owner("A compact CNN is compared with an LSTM that reaches 91.2% accuracy on CIFAR-10.") == [("91.2%", "LSTM")]
    # ... nor where the first name is itself brought in by "using / combining / with": both are means of something unnamed
    assert owner("Combining a CNN with an LSTM decoder improves accuracy to 91.2% on CIFAR-10.") == [("91.2%", "LSTM")]
    assert owner("The parser, using a CNN with an LSTM decoder, reaches 91.2% accuracy on CIFAR-10.") == [("91.2%", "LSTM")]
    # "using" names the method applied, which the gold credits ("the debiasing of OPT using LoRA reduces bias by 4.12 points")
    assert owner("The debiasing of BERT using LoRA reduces bias by 3.5 points on StereoSet.") == [("3.5 points", "LoRA")]


def test_a_name_with_its_own_bracketed_score_does_not_own_a_number_before_it(nlp):
    """"the proposed model achieves an average F1 score of 92.1%, which is on par with GPT-4 (90.8%)" gave 92.1% to
    GPT-4, and "scores MCS 83.3 …, a 14.1-point headroom above the strongest audited model (Claude Opus 4.7 at 69.2)"
    gave both to Claude (session 56, issue 10): a name after a number with its own score in brackets owns that score
    only. Invented sentences in a paper that proposes no named model."""
    title = "Fine-Tuning Local Language Models for Report Triage"
    owner = lambda text: [(r[0], r[6]) for r in results_of(nlp, text, title)]  # noqa: E731
    assert owner("Evaluated on 900 annotated reports, the resulting model reaches an average F1 score of 88.4%, which is "
                 "close to GPT-4 (87.9%).") == [("88.4%", None), ("87.9%", "GPT-4")]
    assert owner("The clinician panel scores 81.5 on the composite, a 9.2-point margin above the best audited system "
                 "(Claude 3 Opus at 72.3).") == [("81.5", None), ("9.2-point", None)]
    assert owner("The gait model showed 98.4% and 99.6% accuracy on the two cohorts, similar to a comparative ResNet model "
                 "(99.3% and 99.4%).") == [("98.4%", None), ("99.6%", None), ("99.3%", "ResNet"), ("99.4%", "ResNet")]
    # near misses: a name after the numbers with no score of its own keeps them; a bracketed name after a number owns it
    assert owner("With an accuracy of 86.68% and an F1-score of 88.17%, ResNet-101 performed the best overall.") == [
        ("86.68%", "ResNet-101"), ("88.17%", "ResNet-101")]
    assert owner("Open models reach 65.69 (Qwen2-VL-72B) and 63.18 (GPT-4o), respectively.") == [
        ("65.69", "Qwen2-VL-72B"), ("63.18", "GPT-4o")]
    # a year or a bare numbered reference in brackets is no score
    assert owner("Our analysis finds an accuracy of 91.2% on CIFAR-10 for ResNet-50 (2016).") == [("91.2%", "ResNet-50")]


def test_a_beaten_name_and_its_kind_word_own_the_bracketed_score_after_them(nlp):
    """seams57: ``owner_of`` read "Name (score)" with nothing between the name and the bracket, ``scored_after``
    (tuple56) with a kind word between too; one reading now (``own_score_after``), so "the baseline U-Net model
    (0.655)" is U-Net's, not the winner's. 423 corpus abstracts with the shape: 12 numbers moved, 10 right."""
    title = "Boundary-Aware Segmentation of Liver Lesions"
    owner = lambda text: [(r[0], r[6]) for r in results_of(nlp, text, title)]  # noqa: E731
    assert owner("On the held-out cohort, Zorbanet achieves the best average Dice score of 0.712, outperforming the "
                 "baseline U-Net model (0.655).") == [("0.712", "Zorbanet"), ("0.655", "U-Net")]
    # near miss: a bracketed numbered reference after the kind word is no score of the name's
    assert owner("On the held-out cohort, Zorbanet achieves the best average Dice score of 0.712, outperforming the "
                 "baseline U-Net model (7).") == [("0.712", "Zorbanet")]


def test_a_metric_said_to_stay_put_is_not_the_changed_number_s(nlp):
    """"InfoSeeker achieves a 74% absolute performance gain over prior methods without sacrificing sample
    efficiency" gave 74% the metric sample efficiency, and "up to 22% on NMT without damaging the final accuracy"
    gave 22% accuracy (session 57, issue 10): a metric after a cue that says it is held ("without sacrificing",
    "with minimal … loss", "at comparable …") is not the measure the number changes. Invented sentences."""
    title = "LeanPrune: Pruning Vision Transformers"
    metric = lambda text: [(r[0], r[8]) for r in results_of(nlp, text, title)]  # noqa: E731
    assert metric("LeanPrune achieves a 12% absolute gain over prior pruning methods without sacrificing top-1 "
                  "accuracy.") == [("12%", None)]
    assert metric("LeanPrune shortens training by 35% with only marginal accuracy degradation.") == [("35%", None)]
    # near misses: a metric before the number keeps it; one right after the number, before the cue, is its own
    assert metric("LeanPrune reduces the latency by 30% while maintaining accuracy.") == [("30%", "latency")]
    assert metric("LeanPrune gives a 2.4x speedup with minimal accuracy loss.") == [("2.4x", "speedup")]
    assert metric("LeanPrune improves top-1 accuracy by 2.1% and reduces latency by 30%.") == [
        ("2.1%", "top-1 accuracy"), ("30%", "latency")]


def test_a_model_in_the_possessive_right_before_a_number_owns_it(nlp):
    """A 3,000-paper build's MT-Bench leaderboard left "Vicuna's 6.57" and "LLaVA's 5.99" with no model, and
    gave Gemini "GPT-4V's score of 88%" (session 43): the possessive names whose score it is."""
    found = results_of(nlp, "OPT-IML reaches a score of 6.73 on MT-Bench, compared to Vicuna's 6.57 and LLaVA's 5.99.")
    assert [(r[0], r[3], r[6]) for r in found] == [("6.73", "absolute", "OPT-IML"), ("6.57", "absolute", "Vicuna"),
                                                   ("5.99", "absolute", "LLaVA")]
    found = results_of(nlp, "OPT-IML reaches an accuracy of 61.45% on MMLU, surpassing GPT-4's score of 58.2%.")
    assert [(r[0], r[3], r[6]) for r in found] == [("61.45%", "absolute", "OPT-IML"), ("58.2%", "absolute", "GPT-4")]
    # a phrase opened after the possessive ("GPT-3's training by 12x") is not the possessor's number
    found = results_of(nlp, "OPT-IML accelerates GPT-3's training by 12x.")
    assert [(r[0], r[6]) for r in found] == [("12x", "OPT-IML")]
    # ... nor a change "from X to Y" of the possessor's measure (span dev's gold gives it to the one that makes it)
    found = results_of(nlp, "OPT-IML raises GPT-3's accuracy from 13.3% to 37% on MMLU.")
    assert [(r[0], r[6]) for r in found] == [("from 13.3% to 37%", "OPT-IML")]


# (sentence, the kinds of its numbers in order): a number no cue marks takes the kind of the number
# read before it in its clause; "to" gives the level reached; a change word that qualifies the
# measure ("an improved accuracy of") is no change; nouns of change such as "deterioration" mark gains
KINDS_IN_A_CLAUSE = [
    ("OPT-IML yields gains of up to 2.3% in Stage 1, 1.9% in Stage 2 and 4.1% in Stage 3.", ["gain", "gain", "gain"]),
    ("OPT-IML improves accuracy to 85.9% and 86.4% on MMLU and GSM8K, respectively.", ["absolute", "absolute"]),
    ("OPT-IML reaches 88.4% accuracy (14.5% improvement over OPT) and 96.8% F1 on MMLU.", ["absolute", "gain", "absolute"]),
    ("This results in an improved accuracy of 82% on MMLU.", ["absolute"]),
    ("We find an average deterioration of 39.4% on MMLU for OPT-IML.", ["gain"]),
    ("OPT outperforms the other two on MMLU (MR = 13.45, Hits@1 = 0.306).", ["absolute", "absolute"]),
    ("OPT-IML improves accuracy by 1.7% on MMLU and 1.8% on GSM8K.", ["gain", "gain"]),
    # a rounding word after a measure's "of" keeps the measure's value a score (session 42, board42)
    ("OPT-IML gives a 65% improvement over OPT on MMLU, setting a new record with an accuracy of over 90%.", ["gain", "absolute"]),
    ("OPT-IML gives an improvement of over 10% on MMLU and a success rate of nearly 80% on GSM8K.", ["gain", "absolute"]),
    # a number alone in brackets is a score, whatever change word came before it
    ("OPT-IML outperforms previous methods by a margin in both prediction accuracy (61.20%) and trading profits (9.13%).",
     ["absolute", "absolute"]),
    # a verb of attainment since the number before makes a score, though that one was a change
    ("OPT-IML outperforms baseline schemes by nearly 10%, and achieves over 85% classification accuracy on MMLU.", ["gain", "absolute"]),
    # a list a change word closes is a list of changes, its first members too
    ("OPT-IML outperforms GPT-4, achieving ~3.4% and ~18.86% additional precision improvement on WikiSQL.", ["gain", "gain"]),
    ("OPT-IML turns out to be about 21% and 46%, respectively, better than the best of the other approaches.", ["gain", "gain"]),
    # ... but a bracket right after a comparative, and the list it opens, give the comparative's changes
    ("OPT-IML can generate more helpful (9.76%), honest (11.52%), and harmless (21.03%) responses on MMLU.", ["gain", "gain", "gain"]),
    # a change noun that a verb of attainment follows: what the change reaches is a change
    ("OPT-IML improves accuracy on MMLU, with improvements reaching 10% across models.", ["gain"]),
    # a number right before a comparative is a change, "to" before it or not
    ("Weighting by difficulty leads to 5.2% higher correlation with accuracy on MMLU.", ["gain"]),
    ("OPT-IML reaches 67.2% accuracy on MMLU while performing 9.2% better.", ["absolute", "gain"]),
    # a change noun that closes the sentence, its full stop or not
    ("OPT-IML reaches 58.95% accuracy on MMLU, with 6.5% gains.", ["absolute", "gain"]),
    # a score that exceeds a threshold is a score, and so is the number read after it
    ("Results showed OPT-IML achieved an error detection rate exceeding 98% with a false positive rate below 1% on MMLU.",
     ["absolute", "absolute"]),
    # a change noun as the subject of a copula: its list of numbers are changes
    ("OPT-IML shows improvements on MMLU, i.e., the improvements on BLEU-4/CIDEr/SPICE scores are 0.372, 1.226 and 0.216, "
     "respectively.", ["gain", "gain", "gain"]),
    # the change noun of the number before, and a metric right after this one: a score
    ("OPT-IML outperforms other approaches, achieving a 12.8% improvement in F1-score for causal discovery and 98.9% accuracy "
     "in estimating causal lags on MMLU.", ["gain", "absolute"]),
]


@pytest.mark.parametrize("sentence,kinds", KINDS_IN_A_CLAUSE, ids=[k[0][:40] for k in KINDS_IN_A_CLAUSE])
def test_kinds_in_a_clause(nlp, sentence, kinds):
    assert [r[3] for r in results_of(nlp, sentence)] == kinds


FALSE_FRIENDS = {
    "model sizes": "We fine-tune LLaMA-7B and a 175B parameter model with 13 billion tokens of accuracy data.",
    "bare sizes": "OPT comes in 7B, 13B and 175B sizes.",
    "years": "In 2023 OPT-IML was trained; since 2019 accuracy on MMLU is reported.",
    "counts": "We collect 10,000 images and 500 samples in 12 languages for 3 datasets.",
    "citations": "Accuracy on MMLU was studied before [12], [3, 4].",
    "section numbers": "Section 3.2 and Table 4 report accuracy on MMLU, see Figure 2.",
    "versions": "We compare GPT-3.5 and GPT-4 with BERT v2 on MMLU.",
    "names with digits": "We evaluate accuracy on CIFAR-10, CIFAR-100 and WMT14.",
    "bit widths": "We quantize OPT-175B to 4-bit and 8-bit weights and measure perplexity.",
    "conditions": "OPT-IML is trained on only 10% of the training data with 50% sparsity.",
    "sizes as factors": "Our corpus is 8 times larger than before.",
    "hyper-parameters": "We use a learning rate of 0.001 and a temperature of 0.7.",
    "rates that are settings": "We train with a dropout rate of 10% and a mask rate of 15% on MMLU.",
    "integers after a verb of attainment": "We obtain 3 datasets and achieve 2 wins on MMLU.",
    "a bracketed integer after a name": "We compare OPT-IML with GPT-4 (2023) and PaLM (540) on MMLU.",
    "sizes from X to Y without a change": "OPT-IML scales from 7 billion to 70 billion parameters on MMLU.",
    "confidence levels": "We report the 95% CI and the 90% confidence interval of accuracy on MMLU.",
    "a contribution in so many parts": "Our contribution is three-fold: a new accuracy metric and a two-fold approach to MMLU.",
    "folds of cross-validation": "OPT-IML is evaluated on MMLU in a 5-fold cross-validation setting.",
    "a span of years": "We collect accuracy reports on MMLU from 2019 to 2025.",
    "years between": "We collect accuracy reports on MMLU published between 2019 and 2025.",
    "a span of years before a metric": "We report 2019-2021 accuracy on MMLU, trained for 3-5 epochs.",
    "an enumerator after a metric's bracket": "OPT-IML is scored on MMLU by accuracy (ACC) (3) and reported in Table 2.",
    "sparsity and shares that are settings": "On MMLU, a 90% sparse OPT-IML with only 17% of model parameters trained, pruning up to 80% "
                                             "of the network and using just 5% instances matches GPT-4.",
    "dimensions": "Images on MMLU are downsampled to 64 x 64 pixels and clips to 180 x 320.",
    "rating scales": "Answers on MMLU are judged for accuracy on 5-point scales.",
    "data splits": "We split MMLU into 70% training data and 30% test data, using 80% for training and 20% for testing.",
    "plural confidence intervals": "Bootstrap 95% CIs of accuracy on MMLU are narrow (OR: 3.10, 95% CI: 2.02-4.92).",
    "lengths as factors": "OPT-IML handles 3x as long sequences on MMLU.",
    "an error of a setting": "OPT-IML tolerates a margin of error of 5 tokens on MMLU.",
    "p-values and settings after '='": "OPT-IML beats GPT-4 on MMLU (p = 0.03) with epsilon = 5.36 and a ratio of 2.",
    "thresholds a metric is taken at": "OPT-IML detects boxes on MMLU, scored as mAP at IoU=0.7 and AP@0.5.",
    "less data or fewer parameters used": "OPT-IML beats GPT-4 on MMLU using ten times fewer images, a 9 times smaller dataset, "
                                          "49% fewer trainable parameters and 10-15x more labeled data.",
    "the ends of a change ruled out as a setting": "OPT-IML ranked from 10% to 20% on MMLU and its LoRA rank from 8 to 64.",
    "a threshold above which a metric is taken": "OPT-IML is scored on MMLU by mean Average Precision at IoU > 0.5 and mAP at IoU >= 0.75.",
    # session 42: the issue's false friends in sentences of our own
    "sizes and token counts from X to Y in a year": "We train models from 125M to 7B parameters on 300B tokens in 2023.",
    "a count of examples, sizes after a name, epochs": "We collect 50,000 annotated examples and fine-tune LLaMA-2 7B and 13B on them for 3 epochs.",
    "citations with a sample count": "Following prior work [12, 15], we sample 10,000 questions from GSM8K.",
    "checkpoint sizes, a year and a token count": "We release Llama-3-8B and Qwen2.5-72B checkpoints trained in 2024 on 2 trillion tokens.",
    "counts of problems": "The benchmark has 1,319 test problems and 7,473 training problems.",
    "shares of parameters that are settings": "OPT-IML adds less than 0.5% new parameters, tunes only 1.0%-2.0% tunable parameters "
                                              "and 2-3% parameters per task on MMLU, with 2.2% model parameters.",
    "repetitions": "GPT-4 answers each MMLU question 15 times using a temperature of 1.0, and 3 times per prompt.",
    "sizes as multiples": "Our batch size on MMLU is 2x more than CLIP's, for models trained on 20x the amount of data, 100x the scale of GPT-3.",
    "parameter reductions": "OPT-IML keeps its MMLU accuracy with a 30% reduction in parameter counts and a 500x reduction in trainable parameters.",
    "an IoU threshold": "OPT-IML is compared with GPT-3 on MMLU by the high IoU metric (R@1, IoU=0.7).",
    "shares of counted items": "With 30 annotations per emoji on MMLU, 16 emojis (1.2%) are unambiguous and 1,117 admissions (10.1%) evolved.",
    "settings counted up": "OPT-IML's accuracy on MMLU falls as the number of classes grows from 1 to 20 and the depth from 2 to 8 layers.",
    "steps and stages before a gain noun": "OPT-IML uses a 2 stage improvement loop and a 3 step gain schedule on MMLU.",
    "shares of steps and data amounts that are settings": "OPT-IML beats GPT-4 on MMLU while calling it in only 1.5% of the time "
                                                          "steps, and rivals it with 10x-500x less data.",
    # numbers62: only one or two digits after a comma and a per cent sign make a decimal comma; "up to" keeps a
    # size's, a year's and a context length's "from … to" no result
    "thousands groups and sizes from … up to": "OPT-IML is trained on 12,345 images of MMLU with 1,000 samples, at sizes "
                                               "ranging from 126M up to 530B and data from 1989 up to 2020.",
    "numbers joined by a colon": "OPT-IML reaches an accuracy of 68:3% on MMLU at a 3:1 mix, scored by mAP@0.5:0.95 at 12:30.",
    # metric67: a fold that counts the parts of a contribution, an aim or an approach (a factor of change stays: below)
    "folds that count parts": "The contributions of OPT-IML on MMLU are two-fold. Our approach is 3-fold: the following two-fold ideas "
                              "improve accuracy. The goal of MMLU is two fold, (i) rank and (ii) grade.",
    # late67: the two stops the entry above does not hold, ";" and the end of the text with no stop
    "folds that count parts before ';' or the end": "The aim of OPT-IML on MMLU is two-fold; it ranks and grades. "
                                                   "The contributions of OPT-IML on MMLU are two-fold",
}


def test_the_second_side_of_a_dimension_is_no_result(nlp):
    # metric67: "(180 x 320, 20-60 FPS)" gave 320 the unit of the range after it (a frame size, no result)
    found = results_of(nlp, "OPT-IML is tested on MMLU clips (180 x 320, 20-60 FPS) and reaches 91% accuracy.")
    assert "320" not in [r[0] for r in found] and "91%" in [r[0] for r in found]
    # late67: the same with a multiplication sign (main read "320" as 320 fps)
    found = results_of(nlp, "OPT-IML is tested on MMLU clips (180 × 320, 20-60 FPS) and reaches 91% accuracy.")
    assert "320" not in [r[0] for r in found] and "91%" in [r[0] for r in found]


def test_a_fold_that_changes_or_compares_is_still_a_result(nlp):
    # near misses of "folds that count parts": a factor before a change noun, after a change verb, before a comparative
    found = results_of(nlp, "OPT-IML gives a two-fold improvement in accuracy on MMLU and reduces inference costs 10-fold.")
    assert [r[0] for r in found] == ["two-fold", "10-fold"]
    assert [r[0] for r in results_of(nlp, "OPT-IML is threefold faster than GPT-4 on MMLU.")] == ["threefold"]
    # late67: only a fold counts parts; a factor after a copula before a stop stays a result
    assert [r[0] for r in results_of(nlp, "The speed-up of OPT-IML on MMLU is 3x.")] == ["3x"]


@pytest.mark.parametrize("name", FALSE_FRIENDS)
def test_false_friends_are_never_results(nlp, name):
    assert results_of(nlp, FALSE_FRIENDS[name]) == []


def test_a_share_after_only_or_of_the_full_score_is_a_result_but_a_training_share_is_not(nlp):
    # "only 34.1% of the problems", "99% of the full accuracy": what a model reaches, not a setting
    found = results_of(nlp, "GPT-4 solves only 34.1% of the problems on MMLU and keeps 99% of the full accuracy with just 2.4% of its cache.")
    assert [r[0] for r in found] == ["34.1%", "99%"]
    assert results_of(nlp, "OPT-IML is fine-tuned on MMLU with only 10% of the full training set and only 5% labelled examples.") == []
    assert results_of(nlp, "OPT-IML answers MMLU using only 25% of attention heads, retaining only 15% of tokens, with only 10% training set.") == []


def test_a_percentage_in_a_bracket_after_task_is_its_score_not_its_number(nlp):
    found = results_of(nlp, "OPT-IML outperforms existing algorithms on a pairwise causal discovery task (97%, 13 points gain) on MMLU.")
    assert [r[0] for r in found] == ["97%", "13 points"]
    assert results_of(nlp, "On MMLU, OPT-IML wins Task 3 and the representation space in the lower layers (<25%) matters.") == []


def test_a_bracketed_share_before_a_setting_is_no_result(nlp):
    found = results_of(nlp, "With only 418 (5%) training instances, OPT-IML still achieves 97.8% accuracy on MMLU.")
    assert [r[0] for r in found] == ["97.8%"]


def test_a_share_after_that_is_read_but_one_after_at_is_a_setting(nlp):
    # the cue "at" is a word, not the end of "that": "find that 68.8% of failures" is what the paper measured
    found = results_of(nlp, "On MMLU we find that 68.8% of the failures of OPT-IML are valid.")
    assert [r[0] for r in found] == ["68.8%"]
    assert results_of(nlp, "OPT-IML is evaluated on MMLU at 50% of the budget.") == []
    # like "removing" or "pruning": what a run leaves out is a setting
    assert results_of(nlp, "Even when discarding 50% of the attribute values, OPT-IML matches GPT-4 on MMLU.") == []


def test_a_run_of_named_bracketed_decimals_is_read_but_not_a_lone_one(nlp):
    found = results_of(nlp, "Judges rate OPT-IML on MMLU for helpfulness (4.66), harmlessness (4.73) and honesty (2.16).")
    assert [r[1] for r in found] == [4.66, 4.73, 2.16]
    assert results_of(nlp, "OPT-IML is trained on MMLU with a mixing weight (0.1) for three epochs.") == []


def test_bare_decimals_as_precise_as_a_read_score_are_scores_too(nlp):
    found = results_of(nlp, "OPT-IML predicts MMLU answers with a .54 correlation score, versus a baseline of .39 and a retrieval baseline of .45.")
    assert [r[0] for r in found] == [".54", ".39", ".45"]
    found = results_of(nlp, "On MMLU, OPT-IML reaches 0.6438 and 0.4656 F1 for two prompts and 0.6849 and 0.7363 for two others.")
    assert [r[1] for r in found] == [0.6438, 0.4656, 0.6849, 0.7363]
    # a decimal in brackets after a score is its spread; a less precise one stays unread
    assert [r[0] for r in results_of(nlp, "OPT-IML reaches an F1 of 0.98 (0.03) on MMLU at a threshold of 0.5.")] == ["0.98"]


def test_a_confidence_interval_in_brackets_is_no_result_but_marks_its_estimate(nlp):
    # the interval's ends are no results; a bare decimal given with one is an estimate, even in square brackets
    found = results_of(nlp, "OPT-IML reaches an exact accuracy of 32.8% (28.0, 37.6%) on MMLU, against GPT-4 [1.28 (1.18-1.39)].")
    assert [r[0] for r in found] == ["32.8%", "1.28"]
    # a bracket whose numbers do not hold the value is no interval: "(12.1, 15.3)" after 48.2 are two more scores
    found = results_of(nlp, "OPT-IML reaches 48.2% accuracy on MMLU (12.1%, 15.3% on two subsets).")
    assert [r[0] for r in found] == ["48.2%", "12.1%", "15.3%"]


def test_bare_numbers_read_by_faster_versus_and_a_model_they_are_given_for(nlp):
    # "N faster" says how many times; two decimals compared are scores; a decimal "for" a model is that model's
    found = results_of(nlp, "On MMLU, OPT-IML is 8.6 faster than GPT-3.")
    assert [(r[0], r[2], r[6]) for r in found] == [("8.6", "x", "OPT-IML")]
    found = results_of(nlp, "OPT-IML gains on writing benchmarks such as MMLU (8.31 vs 8.07).")
    assert [r[1] for r in found] == [8.31, 8.07]
    # numbers compared share the metric named after them
    found = results_of(nlp, "OPT-IML improves reasoning on MMLU (68.3 vs 64.7 accuracy) over GPT-3.")
    assert [(r[1], r[8]) for r in found] == [(68.3, "accuracy"), (64.7, "accuracy")]
    found = results_of(nlp, "Closed models lead on MMLU (e.g., 42.66 for GPT-4 vs. 30.45 for LLaMA-2).")
    assert [(r[1], r[6]) for r in found] == [(42.66, "GPT-4"), (30.45, "LLaMA-2")]
    # integers so compared, and a decimal for a task, stay unread
    assert results_of(nlp, "OPT-IML is trained on MMLU with 3 vs 5 epochs and a weight of 0.5 for summarization.") == []


def test_a_percentage_before_a_task_and_its_metric_is_read(nlp):
    # "100% PEFT baselines" qualifies a method; "96.8% object detection accuracy" scores the task by the metric after it
    found = results_of(nlp, "OPT-IML reaches 96.8% object detection accuracy on MMLU.")
    assert [(r[0], r[8]) for r in found] == [("96.8%", "accuracy")]
    assert results_of(nlp, "OPT-IML beats strong 100% PEFT baselines on MMLU.") == []


def test_a_change_word_before_on_puts_the_number_on_the_name_after_it(nlp):
    # each "N% higher on X" measures on its own X, not on the nearer name that ends the change before it
    found = results_of(nlp, "In particular, OPT-IML improves performance to a large extent "
                            "(e.g., 4% higher on RobustVQA, 6.5% higher on MMVP and 12.8% higher on POPE).")
    assert [(r[0], r[7]) for r in found] == [("4%", "RobustVQA"), ("6.5%", "MMVP"), ("12.8%", "POPE")]
    # any other word before "on" is no change word: the number keeps the name of its clause
    found = results_of(nlp, "OPT-IML reaches 67.2% on MMLU, and 70.1% measured on BBH.")
    assert [(r[0], r[7]) for r in found][0] == ("67.2%", "MMLU")


def test_a_number_measured_on_a_place_of_its_own_is_not_on_another_numbers_benchmark(nlp):
    # "16% on a semantic parsing task", "4x … on multiple GPUs": the number names where it is measured,
    # and that is no benchmark, so it does not take the benchmark of the number before it
    found = results_of(nlp, "OPT-IML reduces error rate by as much as 87% on diagnostic tasks from the SCAN dataset "
                            "and 16% on a semantic parsing task.")
    assert [(r[0], r[7]) for r in found] == [("87%", "SCAN"), ("16%", None)]
    found = results_of(nlp, "OPT-IML speeds up decoding by up to 1.8x on MT-bench and 4x with strong scaling on multiple GPUs.")
    assert [(r[0], r[7]) for r in found] == [("1.8x", "MT-bench"), ("4x", None)]
    # a name that is the sentence's setting, no other number's place, stays the number's
    found = results_of(nlp, "Extensive experiments on the FactKG dataset demonstrate that OPT-IML outperforms strong "
                            "baselines by 9%-12% accuracy points across multiple categories.")
    assert [(r[0], r[7]) for r in found] == [("9%-12%", "FactKG")]
    # "on average" is no place, and a metric after "on" is what the number measures, not where
    found = results_of(nlp, "OPT-IML reduces error rate by as much as 87% on the SCAN dataset and 16% on average.")
    assert [(r[0], r[7]) for r in found] == [("87%", "SCAN"), ("16%", "SCAN")]
    found = results_of(nlp, "OPT-IML reaches 1.000 on unlearning efficacy and 0.839 on locality on GONE.")
    assert [(r[0], r[7]) for r in found] == [("1.000", "GONE"), ("0.839", "GONE")]


def test_a_capitalised_name_after_in_is_a_numbers_own_place_too(nlp):
    """"1.3% absolute improvement in WSJ and 2.3% in CTB": the second number is measured on a name the
    recogniser does not know, not on the first one's benchmark (session 48, board48: both put on WSJ); "in"
    before a lower-case word or a metric names no place."""
    found = results_of(nlp, "OPT-IML gives 1.3% absolute improvement in MMLU and 2.3% in CTB compared to the baseline.")
    assert [(r[0], r[7]) for r in found] == [("1.3%", "MMLU"), ("2.3%", None)]
    found = results_of(nlp, "OPT-IML improves F1 on MMLU by 2.3% in the first round and 1.2% in BLEU.")
    assert [(r[0], r[7]) for r in found] == [("2.3%", "MMLU"), ("1.2%", "MMLU")]


def test_a_range_of_decimals_a_range_word_opens_after_a_metric_is_read(nlp):
    found = results_of(nlp, "The average AUC of OPT-IML on MMLU ranged from 0.85 to 0.87 across training sets.")
    assert [(r[1], r[5], r[8]) for r in found] == [(0.87, 0.85, "AUC")]
    # without a metric before it, a range of decimals stays a setting
    assert results_of(nlp, "The mixing weight of OPT-IML on MMLU ranged from 0.25 to 0.75 across runs.") == []


def test_a_time_or_speed_keeps_its_own_measure(nlp):
    # a bare margin takes the metric of the score before it; "9 fps" is a speed, not more MOTA
    found = results_of(nlp, "On MMLU, OPT-IML achieves 44.1% MOTA, 9 fps.")
    assert [(r[0], r[8]) for r in found] == [("44.1%", "MOTA"), ("9 fps", None)]
    found = results_of(nlp, "OPT-IML reaches 58.0% accuracy on MMLU, surpassing the previous best by 3.6%.")
    assert [(r[0], r[8]) for r in found] == [("58.0%", "accuracy"), ("3.6%", "accuracy")]


def test_a_count_solved_out_of_a_total_is_read(nlp):
    found = results_of(nlp, "On MMLU, OPT-IML solves 44 of 50 geometry problems and handles 240 out of 291 questions.")
    assert [(r[0], r[1], r[6]) for r in found] == [("44", 44.0, "OPT-IML"), ("240", 240.0, "OPT-IML")]
    # a count of a collection is no result
    assert results_of(nlp, "OPT-IML is evaluated on MMLU in 11 out of 12 datasets with 3 of 5 seeds.") == []


def test_a_list_of_bare_decimals_is_read_in_a_respectively_sentence_only(nlp):
    found = results_of(nlp, "The accuracy of OPT-IML and GPT-3 is 0.940 and 0.741 on MMLU and 0.972 and 0.916 on BoolQ, respectively.")
    assert [r[1] for r in found] == [0.94, 0.741, 0.972, 0.916]
    assert results_of(nlp, "OPT-IML is trained on MMLU with dropout rates 0.15 and 0.25 in two runs.") == []


def test_distances_power_and_typing_speed_are_units(nlp):
    found = results_of(nlp, "OPT-IML geolocates MMLU articles with a median error of 54 kilometres. OPT-IML consumes an estimated "
                            "18.8uW of power on MMLU. OPT-IML reaches a peak of 47.9 WPM on MMLU.")
    assert [(r[0], r[1], r[2]) for r in found] == [("54 kilometres", 54.0, "km"), ("18.8uW", 18.8, "µW"), ("47.9 WPM", 47.9, "wpm")]


def test_roles_come_from_the_clause(nlp):
    (r,) = results_of(nlp, "OPT-IML 175B reaches 67.2% accuracy on MMLU.")
    assert r[6:10] == ("OPT-IML 175B", "MMLU", "accuracy", "same_clause")


def test_a_benchmark_a_result_is_reported_on_is_evaluated_on(nlp):
    """The roles alone make the Universal Dependencies USES (a dataset named in passing); the
    1.3% reported on it makes it an evaluation, as a leaderboard would list it."""
    paper = extract(nlp, "On 19 languages from the Universal Dependencies, our method is 1.3% (absolute) more accurate "
                         "than a strong graph-based approach.", title="Dependency parsing")
    roles = {(r.type, paper.mentions[r.tail].text, r.rule) for r in paper.relations if r.head is None}
    assert ("EVALUATES_ON", "Universal Dependencies", "result_on") in roles
    # a benchmark the number is only carried to from the paper's context is not evaluated on by it
    paper = extract(nlp, "We release WikiBench, a new benchmark. Our model reaches 71.2% accuracy.", title="A benchmark")
    assert not [r for r in paper.relations if r.rule == "result_on"]


def test_a_dataset_only_named_with_its_result_is_evaluated_on_not_used(nlp):
    """A dataset named with no cue word gets the roles' fallback USES (``dataset_mention``); the
    number reported on it makes it EVALUATES_ON, and the fallback gives way: "On OpenLane, it
    improves F1 by +8.2%" says no use. A USES a training cue made stays beside the evaluation."""
    title = "ReManNet: A Riemannian Manifold Network for Monocular 3D Lane Detection"
    paper = extract(nlp, "We also propose the 3D Tunnel Lane IoU (3D-TLIoU) loss, a joint point-curve objective that computes "
                         "slice-wise overlap of tubular neighborhoods along each lane to improve shape-level alignment. Extensive "
                         "experiments on standard benchmarks demonstrate that ReManNet achieves state-of-the-art (SOTA) or "
                         "competitive results. On OpenLane, it improves F1 by +8.2% over the baseline and by +1.8% over the "
                         "previous best, with scenario-level gains of up to +6.6%. The code will be publicly available at "
                         "https://github.com/changehome717/ReManNet.", title=title)
    roles = {(r.type, paper.mentions[r.tail].text) for r in paper.relations if r.head is None}
    assert ("EVALUATES_ON", "OpenLane") in roles
    assert ("USES", "OpenLane") not in roles
    paper = extract(nlp, "We train ReManNet on OpenLane. On OpenLane, it improves F1 by +8.2% over the baseline.", title=title)
    roles = {(r.type, paper.mentions[r.tail].text, r.rule) for r in paper.relations if r.head is None}
    assert ("USES", "OpenLane", "train_cue") in roles


def test_the_winner_of_a_comparison_is_the_model_not_the_one_beaten(nlp):
    (r,) = results_of(nlp, "SmoothQuant outperforms GPTQ by 3.1% accuracy on MMLU.", title="Post-training quantization")
    assert (r[6], r[7], r[8]) == ("SmoothQuant", "MMLU", "accuracy")


def test_the_second_of_two_scores_set_against_each_other_is_the_compared_ones(nlp):
    # "0.83 vs. 0.75" after "better than the LSTM-Att model": 0.75 is LSTM-Att's, not GPT-4's
    found = results_of(nlp, "Across all tasks, the GPT-4 model performed better than the best supervised model, the LSTM-Att model "
                            "(macro F1 score of 0.83 vs. 0.75).", title="Large language models for clinical text")
    assert [(r[1], r[6], r[9]) for r in found] == [(0.83, "GPT-4", "same_clause"), (0.75, "LSTM-Att", "compared")]
    # "Compared to X, …": X is the one compared with, the paper's own keeps the first score
    found = results_of(nlp, "Compared to the Qwen3-32B base model, OPT-IML improves reasoning on MuSR (68.3 vs 64.7 accuracy).")
    assert [(r[1], r[6]) for r in found] == [(68.3, "OPT-IML"), (64.7, "Qwen3-32B")]
    # the comparison names no model or method: the second score is nobody's
    found = results_of(nlp, "OPT-IML outperforms clinician-derived policies, achieving a lower mortality (18.8% vs 22.5%).")
    assert [(r[1], r[6]) for r in found] == [(18.8, "OPT-IML"), (22.5, None)]
    # a second score given "for" a name keeps it
    found = results_of(nlp, "Closed models lead on MMLU (e.g., 42.66 for GPT-4 vs. 30.45 for LLaMA-2).")
    assert [(r[1], r[6]) for r in found] == [(42.66, "GPT-4"), (30.45, "LLaMA-2")]
    # the compared one named nearest before the pair
    found = results_of(nlp, "OPT-IML performs well, outperforming Chinchilla on MMLU by 41.3% to 35.7%, and PaLM 540B on MATH "
                            "with a score of 20.4% versus 8.8%.")
    assert [(r[1], r[6]) for r in found if r[1] in (20.4, 8.8)] == [(20.4, "OPT-IML"), (8.8, "PaLM 540B")]


def test_an_implicit_model_is_the_papers_own_and_the_rule_says_so(nlp):
    abstract = "We propose OPT-IML, an instruction-tuned model. Our experiments show 67.2% accuracy on MMLU."
    (r,) = results_of(nlp, abstract, title="Instruction tuning at scale")
    assert r[6] == "OPT-IML" and r[9] in ("implicit_proposed", "ours_in_clause")
    graph, _ = link([extract(nlp, abstract, title="Instruction tuning at scale")])
    (edge,) = [e for e in graph.edges.values() if e.type == "RESULT_OF"]
    assert edge.evidence[0].rule == f"result_of_{r[9]}"


def test_a_number_in_the_background_before_the_authors_speak_is_not_their_models(nlp):
    abstract = ("Although the new FP4 Tensor Cores offer up to 4x speedup over FP16, existing kernels fail to exploit them. "
                "We propose MicroMix, a mixed-precision quantization algorithm. MicroMix achieves a 20% speedup over TensorRT-FP8.")
    found = {r[0]: (r[6], r[9]) for r in results_of(nlp, abstract, title="MicroMix: Efficient Mixed-Precision Quantization")}
    assert found["4x"] == (None, "none")  # the field's number, not the paper's own model's
    assert found["20%"][0] == "MicroMix"


def test_a_share_of_things_in_the_background_is_no_result(nlp):
    abstract = ("Speech disorders affect approximately 1% of the global population. In one survey, only 3% of the clinics "
                "had access to therapy. Clinicians agree on a diagnosis only 77% of the time, and 20% of the screenings reach "
                "an accuracy above chance. We propose StutterNet, a detector that reaches 91.2% accuracy and flags 40% of the recordings.")
    found = [r[0] for r in results_of(nlp, abstract, title="StutterNet: Detecting Stuttered Speech")]
    assert "1%" not in found and "3%" not in found  # the field's facts, not measurements of a system
    assert "77%" in found and "20%" in found  # a rate ("of the time") and a clause with a metric keep their numbers
    assert "40%" in found and "91.2%" in found  # once the authors speak, a share is their result


def test_a_metric_right_after_a_number_is_not_lent_to_the_next(nlp):
    found = results_of(nlp, "SmoothQuant gives up to 1.56x speedup and 2x memory reduction.", title="Post-training quantization")
    assert [(r[1], r[8]) for r in found] == [(1.56, "speedup"), (2.0, None)]


def test_bare_scores_read_by_the_words_around_them(nlp):
    """No metric is recognised beside these numbers; a bracket after a name, or "vs" with a read
    number, marks them as scores."""
    assert [r[1] for r in results_of(nlp, "OPT-IML trails GPT-4 (82.7) and PaLM (74.8) on MMLU.")] == [82.7, 74.8]
    assert [r[1] for r in results_of(nlp, "OPT-IML improves MMLU accuracy (68.3 vs 64.7).")] == [68.3, 64.7]


def test_respectively_pairs_numbers_and_names_in_order(nlp):
    found = results_of(nlp, "OPT-IML reaches 66.5% and 63.3% accuracy on MMLU and BoolQ, respectively.")
    assert [(r[1], r[7]) for r in found] == [(66.5, "MMLU"), (63.3, "BoolQ")]


def test_a_metric_that_leads_into_a_list_of_numbers_is_each_numbers_metric(nlp):
    """"an F1 score of 0.61 and 0.83 on WER and SER, respectively": the metric leads into the whole list, so a
    metric-typed name after "on" is not the second number's (span train: a submission's "F1-score of 0.46 and
    0.90 on <task> … respectively" gave 0.90 the name after "on")."""
    for abstract in ("OPT-IML reaches an F1 score of 0.61 and 0.83 on WER and SER, respectively.",
                     "OPT-IML reaches an F1 score of 0.61 and 0.83 on ROUGE and SER, respectively.",
                     "OPT-IML obtains a recall of 71.2% and 64.5% on the SER and WER subsets, respectively."):
        found = results_of(nlp, abstract)
        assert len(found) == 2 and found[0][8] == found[1][8] and found[0][8] in ("F1 score", "recall"), abstract
    # each number with its own metric keeps it: the list is not led by one
    found = results_of(nlp, "OPT-IML reaches an F1 score of 0.61 on MMLU and 0.83 on ROUGE subsets.")
    assert [r[8] for r in found] == ["F1 score", "ROUGE"]
    found = results_of(nlp, "OPT-IML reaches 66.5% and 63.3% accuracy on MMLU and BoolQ, respectively.")
    assert [(r[7], r[8]) for r in found] == [("MMLU", "accuracy"), ("BoolQ", "accuracy")]


def test_a_list_of_numbers_on_one_name_is_not_paired_with_a_list_in_another_clause(nlp):
    found = results_of(nlp, "OPT-IML achieves a CER of 4.1% / 4.4% on AISHELL-1 dev/test set; we also achieve large error "
                            "reductions on AISHELL-2 and LibriSpeech datasets.")
    assert [(r[1], r[7]) for r in found] == [(4.1, "AISHELL-1"), (4.4, "AISHELL-1")]


def test_respectively_gives_a_bracketed_gain_the_name_of_the_number_before_it(nlp):
    """Six numbers, three benchmarks: each "(+5.9%)" goes with the score it follows."""
    found = results_of(nlp, "OPT-IML outperforms the SFT baseline on GSM8K, MATH, and ARC-C, with increases in accuracy "
                            "to 81.8% (+5.9%), 34.7% (+5.8%), and 76.4% (+15.8%), respectively.")
    assert [(r[1], r[7]) for r in found] == [(81.8, "GSM8K"), (5.9, "GSM8K"), (34.7, "MATH"), (5.8, "MATH"),
                                             (76.4, "ARC-C"), (15.8, "ARC-C")]


OURS = "We present OPT-IML. "
# (abstract, [(value, unit, model, benchmark, metric)]): which names a number takes (issue 10, the tuple)
ATTRIBUTION = {
    "a list of numbers pairs with a list of benchmarks in order, without 'respectively'": (
        OURS + "OPT-IML reaches 61.1% and 75.6% accuracy on MMLU and GSM8K.",
        [(61.1, "%", "OPT-IML", "MMLU", "accuracy"), (75.6, "%", "OPT-IML", "GSM8K", "accuracy")]),
    "the list of benchmarks may come first; a name outside the list is not counted": (
        OURS + "In an evaluation on MMLU and GSM8K, OPT-IML surpasses verifiers trained on the full PRM800K by 8% and 4.5%, respectively.",
        [(8.0, "%", "OPT-IML", "MMLU", None), (4.5, "%", "OPT-IML", "GSM8K", None)]),
    "slash lists of metrics and scores pair in order": (
        OURS + "OPT-IML achieves BLEU-4 / CIDEr / SPICE scores of 36.6 / 116.9 / 21.3 on MSCOCO.",
        [(36.6, "", "OPT-IML", "MSCOCO", "BLEU-4"), (116.9, "", "OPT-IML", "MSCOCO", "CIDEr"), (21.3, "", "OPT-IML", "MSCOCO", "SPICE")]),
    "a list shares its last unit": (
        OURS + "OPT-IML improves accuracy by 3.05 and 4.24 percentage points on MMLU and GSM8K, respectively.",
        [(3.05, "points", "OPT-IML", "MMLU", "accuracy"), (4.24, "points", "OPT-IML", "GSM8K", "accuracy")]),
    "a list shares the metric one member is read by": (
        OURS + "OPT-IML obtains F1 scores of 82.2 and 75.6 on SQuAD and DROP.",
        [(82.2, "", "OPT-IML", "SQuAD", "F1 scores"), (75.6, "", "OPT-IML", "DROP", "F1 scores")]),
    "a sentence opening 'On X,' measures on X, not on a name after the number": (
        OURS + "On MMLU, OPT-IML improves accuracy from 22.87% to 32.13%, with consistent gains on GSM8K.",
        [(32.13, "%", "OPT-IML", "MMLU", "accuracy")]),
    "a number with its own 'on Y' keeps Y despite the opener": (
        OURS + "On MMLU, OPT-IML improves accuracy by 3.1%, and by 2.5% on GSM8K.",
        [(3.1, "%", "OPT-IML", "MMLU", "accuracy"), (2.5, "%", "OPT-IML", "GSM8K", "accuracy")]),
    "'It …' as the subject is the paper's own model": (
        OURS + "It improves accuracy on MMLU by 4%.", [(4.0, "%", "OPT-IML", "MMLU", "accuracy")]),
    "'The full pipeline …' as the subject is the paper's own model": (
        OURS + "The full pipeline improves accuracy on MMLU by 4%.", [(4.0, "%", "OPT-IML", "MMLU", "accuracy")]),
    "a named model beats an 'It' subject": (
        OURS + "It is known that GPT-4 reaches 80% accuracy on MMLU.", [(80.0, "%", "GPT-4", "MMLU", "accuracy")]),
    "a clause naming no model at all reports the paper's own": (
        OURS + "After three epochs of training, an accuracy of 92.78% on MMLU is reached.",
        [(92.78, "%", "OPT-IML", "MMLU", "accuracy")]),
    "a clause naming only the model it beats reports the paper's own": (
        OURS + "Compared with GPT-4, accuracy on MMLU rises by 3.1%.",
        [(3.1, "%", "OPT-IML", "MMLU", "accuracy")]),
    "without a proposed model an unnamed subject stays unsaid": (
        "After three epochs of training, an accuracy of 92.78% on MMLU is reached.",
        [(92.78, "%", None, "MMLU", "accuracy")]),
    "a score at a cut-off is a metric": (
        OURS + "OPT-IML improves hits@3 by 14.7% and reaches an R@10 of 52.9 on MSR-VTT.",
        [(14.7, "%", "OPT-IML", "MSR-VTT", "hits@3"), (52.9, "", "OPT-IML", "MSR-VTT", "R@10")]),
    "a top-k score is a metric": (
        OURS + "OPT-IML reaches 68.1% top-10 accuracy and a top-3 recall of 91.2% on ImageNet.",
        [(68.1, "%", "OPT-IML", "ImageNet", "top-10 accuracy"), (91.2, "%", "OPT-IML", "ImageNet", "top-3 recall")]),
    "a listed metric keeps the modifier that makes it another score": (
        OURS + "OPT-IML reaches 98.2% test accuracy, a weighted F1-score of 0.69 and a 3.8x wall-clock speedup on MMLU.",
        [(98.2, "%", "OPT-IML", "MMLU", "test accuracy"), (0.69, "", "OPT-IML", "MMLU", "weighted F1-score"),
         (3.8, "x", "OPT-IML", "MMLU", "wall-clock speedup")]),
    "the unit a score is counted over and the task it scores keep it apart": (
        OURS + "OPT-IML reaches a tweet-level accuracy of 51.4% and 91.2% classification accuracy on MMLU.",
        [(51.4, "%", "OPT-IML", "MMLU", "tweet-level accuracy"), (91.2, "%", "OPT-IML", "MMLU", "classification accuracy")]),
    "cost metrics are metrics": (
        OURS + "OPT-IML cuts the execution time by 40% and raises the generation speed by 2.5x on MMLU.",
        [(40.0, "%", "OPT-IML", "MMLU", "execution time"), (2.5, "x", "OPT-IML", "MMLU", "generation speed")]),
    "a paper that introduces one benchmark reports on it where the sentence names none": (
        "We introduce MedHalu, a new benchmark of hallucinated medical answers. GPT-4 reaches an accuracy of 61.2% in detecting them.",
        [(61.2, "%", "GPT-4", "MedHalu", "accuracy")]),
    "a paper that introduces two benchmarks leaves the benchmark of such a sentence unsaid": (
        "We introduce the MedHalu benchmark and the MedQA2 benchmark of hallucinated medical answers. GPT-4 reaches an accuracy of 61.2% in detecting them.",
        [(61.2, "%", "GPT-4", None, "accuracy")]),
    "a named benchmark beats the one the paper introduces": (
        "We introduce MedHalu, a new benchmark of hallucinated medical answers. GPT-4 reaches an accuracy of 61.2% on MMLU.",
        [(61.2, "%", "GPT-4", "MMLU", "accuracy")]),
    "a lone number after a list of metrics is one result per metric": (
        OURS + "OPT-IML reaches an accuracy, precision and F1-score of 0.82 on MMLU.",
        [(0.82, "", "OPT-IML", "MMLU", "accuracy"), (0.82, "", "OPT-IML", "MMLU", "precision"), (0.82, "", "OPT-IML", "MMLU", "F1-score")]),
    "a list of numbers pairs with the list of metrics, one each": (
        OURS + "OPT-IML reaches 61.1% and 75.6% accuracy and F1 on MMLU.",
        [(61.1, "%", "OPT-IML", "MMLU", "accuracy"), (75.6, "%", "OPT-IML", "MMLU", "F1")]),
    "a metric that leads into a number is that number's, not the one's before it": (
        OURS + "OPT-IML reaches an accuracy of 86.68%, precision of 88.65% and recall of 88.62% on MMLU.",
        [(86.68, "%", "OPT-IML", "MMLU", "accuracy"), (88.65, "%", "OPT-IML", "MMLU", "precision"), (88.62, "%", "OPT-IML", "MMLU", "recall")]),
    "a metric a number leads into is that number's, not the one's before it": (
        OURS + "OPT-IML shows an increase of +5.88% in accuracy and +4.06% increase of F1-score on MMLU.",
        [(5.88, "%", "OPT-IML", "MMLU", "accuracy"), (4.06, "%", "OPT-IML", "MMLU", "F1-score")]),
    "a bare margin after a score is on the score's metric": (
        OURS + "OPT-IML reaches 58.0% accuracy on MMLU, surpassing the previous best by a large margin (+3.6%).",
        [(58.0, "%", "OPT-IML", "MMLU", "accuracy"), (3.6, "%", "OPT-IML", "MMLU", "accuracy")]),
    "a number of points over a model is on the metric before it": (
        OURS + "OPT-IML reaches 59.61 F1 on MMLU, surpassing GPT-4 by 5.20 points.",
        [(59.61, "", "OPT-IML", "MMLU", "F1"), (5.2, "points", "OPT-IML", "MMLU", "F1")]),
    "a second score on another benchmark keeps the first one's metric": (
        OURS + "OPT-IML reaches 82% accuracy on MMLU and 69% on GSM8K.",
        [(82.0, "%", "OPT-IML", "MMLU", "accuracy"), (69.0, "%", "OPT-IML", "GSM8K", "accuracy")]),
    "a 'respectively' list of margins takes the metrics of the scores before it in order": (
        OURS + "We report 98.6% accuracy and 99.1% AUC on MMLU, outperforming the previous state of the art by 14.9% and 9.9%, respectively.",
        [(98.6, "%", "OPT-IML", "MMLU", "accuracy"), (99.1, "%", "OPT-IML", "MMLU", "AUC"),
         (14.9, "%", "OPT-IML", "MMLU", "accuracy"), (9.9, "%", "OPT-IML", "MMLU", "AUC")]),
    "'N% performance on' a list of metrics is one result per metric": (
        OURS + "OPT-IML achieves over 70% performance on precision, recall, and F1 on MMLU.",
        [(70.0, "%", "OPT-IML", "MMLU", "precision"), (70.0, "%", "OPT-IML", "MMLU", "recall"), (70.0, "%", "OPT-IML", "MMLU", "F1")]),
    "', yet' ends the clause: a metric after it is not the number's": (
        OURS + "OPT-IML improves the peak F1-score on MMLU from 0.09 to 0.64, yet recall remains low.",
        [(0.64, "", "OPT-IML", "MMLU", "F1-score")]),
    # ("entity error rate": the recogniser's metric takes the modifier of the listed "error rate")
    "a metric a number leads into beats a nearer one that no number claims": (
        OURS + "OPT-IML is effective, with up to 35% reduction on entity error rate and 0.85 gain on BLEU and 13.8 gain on COMET.",
        [(35.0, "%", "OPT-IML", None, "entity error rate"), (0.85, "", "OPT-IML", None, "BLEU"), (13.8, "", "OPT-IML", None, "COMET")]),
    "a list of numbers with its own metric does not pair with another list of metrics": (
        OURS + "Of all metrics, BLEU and ROUGE showed the highest Spearman correlations (0.568 and 0.563) with human judgements on MMLU.",
        [(0.568, "", "OPT-IML", "MMLU", "Spearman correlations"), (0.563, "", "OPT-IML", "MMLU", "Spearman correlations")]),
    "a number in a relative clause is the score of the name it hangs on, even one compared with": (
        OURS + "OPT-IML reaches 91% accuracy on MMLU, surpassing the previous state of the art GPT-4 that achieves 80% accuracy.",
        [(91.0, "%", "OPT-IML", "MMLU", "accuracy"), (80.0, "%", "GPT-4", "MMLU", "accuracy")]),
    "a slash list of scores glued together pairs with a slash list of benchmarks": (
        OURS + "OPT-IML outperforms LN by 0.4/0.6 BLEU on IWSLT14/WMT14.",
        [(0.4, "", "OPT-IML", "IWSLT14", "BLEU"), (0.6, "", "OPT-IML", "WMT14", "BLEU")]),
    "the maximum of a rating after a slash is no result": (
        OURS + "OPT-IML reaches an accuracy of 4.05/5.00 on MMLU.", [(4.05, "", "OPT-IML", "MMLU", "accuracy")]),
    "a number that names its own measure takes no metric from another": (
        OURS + "OPT-IML reaches 87% accuracy on MMLU while achieving 74.31% cost savings.",
        # its own measure, which the recogniser finds (span train gold lists "cost savings" as a Metric)
        [(87.0, "%", "OPT-IML", "MMLU", "accuracy"), (74.31, "%", "OPT-IML", "MMLU", "cost savings")]),
    "a sentence adverbial may come before the 'On X,' opener": (
        OURS + "Notably, on MMLU, OPT-IML improves accuracy from 22.87% to 32.13%, with consistent gains on GSM8K.",
        [(32.13, "%", "OPT-IML", "MMLU", "accuracy")]),
    "a metric past another number is that number's, not an earlier one's": (
        OURS + "OPT-IML delivers up to 4963x faster computation with 485x lower memory usage on MMLU.",
        [(4963.0, "x", "OPT-IML", "MMLU", None), (485.0, "x", "OPT-IML", "MMLU", "memory usage")]),
    "a group of scores takes the benchmark it is 'on', not a nearer one before it": (
        OURS + "OPT-IML reaches 51.2% MRR, 46.8% Hits@1 on the WN18RR dataset, 37.8% MRR, 28.6% Hits@1 on the FB15k-237 dataset.",
        [(51.2, "%", "OPT-IML", "WN18RR", "MRR"), (46.8, "%", "OPT-IML", "WN18RR", "Hits@1"),
         (37.8, "%", "OPT-IML", "FB15k-237", "MRR"), (28.6, "%", "OPT-IML", "FB15k-237", "Hits@1")]),
    "a slash list of scores pairs with the slash list it is 'on'": (
        OURS + "OPT-IML outperforms LN by 0.4/0.6 BLEU on IWSLT14/WMT14 and 5.6/3.0 PPL on PTB/WikiText-103.",
        [(0.4, "", "OPT-IML", "IWSLT14", "BLEU"), (0.6, "", "OPT-IML", "WMT14", "BLEU"),
         (5.6, "", "OPT-IML", "PTB", "PPL"), (3.0, "", "OPT-IML", "WikiText-103", "PPL")]),
    "a metric that closes a run of parallel numbers is each one's": (
        OURS + "OPT-IML outperforms GPT-3 by 2.44% and PaLM by 4.01% in F1 on average.",
        [(2.44, "%", "OPT-IML", None, "F1"), (4.01, "%", "OPT-IML", None, "F1")]),
    "a closing metric is not lent past a clause break": (
        OURS + "OPT-IML outperforms GPT-3 by 2.44%, while it gains 4.01% in F1 on average.",
        [(2.44, "%", "OPT-IML", None, None), (4.01, "%", "OPT-IML", None, "F1")]),
    "a number 'faster' measures speed, not a metric before it": (
        OURS + "OPT-IML outperforms GPT-3 in accuracy by 14% and runs 15x faster on MMLU.",
        [(14.0, "%", "OPT-IML", "MMLU", "accuracy"), (15.0, "x", "OPT-IML", "MMLU", None)]),
    "a metric is carried to a later number, but not past 'while'": (
        OURS + "OPT-IML reaches 86.1% accuracy on MMLU while reducing energy by 20.6%. "
        "OPT-IML reaches 86.1% accuracy on BoolQ, surpassing GPT-3 by 20.6%.",
        [(86.1, "%", "OPT-IML", "MMLU", "accuracy"), (20.6, "%", "OPT-IML", "MMLU", None),
         (86.1, "%", "OPT-IML", "BoolQ", "accuracy"), (20.6, "%", "OPT-IML", "BoolQ", "accuracy")]),
    "a list of metrics may carry a hyphenated modifier and still pairs in order": (
        OURS + "OPT-IML achieves 22.1%, 63.3%, and 83.5% for exact-match, F1, and event-based HIT@1 scores on MMLU.",
        [(22.1, "%", "OPT-IML", "MMLU", "exact-match"), (63.3, "%", "OPT-IML", "MMLU", "F1"), (83.5, "%", "OPT-IML", "MMLU", "HIT@1")]),
    "a sentence opening on 'This performance' is on the metric of the sentence before; another is not": (
        OURS + "OPT-IML reaches a 45.2% success rate on MMLU. This performance surpasses GPT-4 (17.6%). GPT-4 improves by 3.1% over GPT-3.",
        [(45.2, "%", "OPT-IML", "MMLU", "success rate"), (17.6, "%", "GPT-4", "MMLU", "success rate"), (3.1, "%", "GPT-4", "MMLU", None)]),
    "a list of numbers may carry their own bounds ('~3.4% and ~18.86%') and shares its metric": (
        OURS + "OPT-IML outperforms GPT-3, achieving ~3.4% and ~18.86% additional precision improvement on MMLU.",
        [(3.4, "%", "OPT-IML", "MMLU", "precision"), (18.86, "%", "OPT-IML", "MMLU", "precision")]),
    "'the proposed method' beats a method named in a side phrase": (
        OURS + "After combining with LoRA at all layers, the proposed method reaches 53% accuracy on MMLU.",
        [(53.0, "%", "OPT-IML", "MMLU", "accuracy")]),
}


# Known misses of the learned attribution (kg/data/result_model.json), which the rules alone got right.
# (The one listed last round, MMLU 14 words after 98.2% left unsaid, passes with the model retrained
# with name shapes and the paper's introduced benchmark.)
ATTRIBUTION_MISSES: dict[str, str] = {}


@pytest.mark.parametrize("case", ATTRIBUTION)
def test_which_names_a_number_takes(nlp, case, request):
    if case in ATTRIBUTION_MISSES:
        request.applymarker(pytest.mark.xfail(reason=ATTRIBUTION_MISSES[case], strict=True))
    abstract, expected = ATTRIBUTION[case]
    found = results_of(nlp, abstract, title="Instruction tuning at scale")
    assert [(r[1], r[2], r[6], r[7], r[8]) for r in found] == expected


def test_a_shared_task_title_phrase_is_not_the_model_of_the_papers_numbers(nlp):
    """"Yseop at SemEval-2020 Task 5" is recognised as the paper's proposal; its numbers stay unsaid."""
    found = results_of(nlp, "In this paper, we explore strategies to detect counterfactual sentences. "
                            "Our system achieves an F1 score of 85.00% in Task 1.",
                       title="Yseop at SemEval-2020 Task 5: Cascaded BERT Language Model for Counterfactual Statement Analysis")
    assert [(r[1], r[6], r[8]) for r in found] == [(85.0, None, "F1 score")]
    found = results_of(nlp, "We propose OPT-IML, an instruction-tuned model. Our system achieves an F1 score of 85.00% on MMLU.",
                       title="Instruction tuning at scale")
    assert [(r[1], r[6], r[8]) for r in found] == [(85.0, "OPT-IML", "F1 score")]


def test_a_cost_metric_is_one_only_where_an_amount_is_reported_on_it(nlp):
    def metrics(abstract):
        return sorted(m.text for m in extract(nlp, abstract, title="Instruction tuning at scale").mentions if m.label == "Metric")
    assert metrics("We align at inference time, compare training-time methods and discuss the computational cost of FLOPs.") == []
    assert metrics("OPT-IML cuts training time by 40%, needs 3.7x fewer FLOPs and 2 times less computational cost.") == [
        "FLOPs", "computational cost", "training time"]


def test_a_hyphen_joined_cost_before_a_noun_is_no_metric_even_beside_an_amount(nlp):
    """"inference-time reasoning" modifies "reasoning"; the sentence's 36.3% is accuracy's, not the
    cost's. "run-time performance" and "inference-time overhead" still measure the cost."""
    def metrics(abstract):
        return sorted(m.text for m in extract(nlp, abstract, title="Instruction tuning at scale").mentions if m.label == "Metric")
    assert metrics("Models drop by up to 36.3% absolute accuracy when using inference-time reasoning.") == ["accuracy"]
    assert metrics("OPT-IML cuts inference-time overhead by 40% on GPUs.") == ["inference-time"]


def test_a_measure_named_in_passing_is_a_metric_only_where_it_is_reported_or_compared(nlp):
    """Span train: of the 56 "runtime", "speedup" and "cosine similarity" nodes that need an amount
    or a comparison beside them ("on par with", "than") to be kept, 43 were no gold metric."""
    def metrics(abstract):
        return sorted(m.text for m in extract(nlp, abstract, title="Instruction tuning at scale").mentions if m.label == "Metric")
    assert metrics("We compute the cosine similarity between the two embeddings to select neighbours.") == []
    assert metrics("Speculative decoding is a popular way to obtain speedup in serving.") == []
    assert metrics("Our kernel brings a 2.4x speedup over the dense baseline.") == ["speedup"]
    assert metrics("DETR demonstrates accuracy and run-time performance on par with Faster RCNN.") == ["accuracy", "run-time"]
    assert metrics("OPT-IML needs less training time than full fine-tuning.") == ["training time"]


def test_a_cost_metric_that_the_text_says_moved_is_reported(nlp):
    """"halving inference time", "significantly lower computational cost" report the cost as an
    amount would; "to reduce inference time" names an aim (lexicon ``metric_change_words``)."""
    def metrics(abstract):
        return sorted(m.text for m in extract(nlp, abstract, title="Instruction tuning at scale").mentions if m.label == "Metric")
    assert metrics("OPT-IML shrinks the model while halving inference time.") == ["inference time"]
    assert metrics("OPT-IML keeps quality with a significantly lower computational cost.") == ["computational cost"]
    assert metrics("To reduce inference time, we prune the attention heads of OPT-IML.") == []
    assert metrics("OPT-IML shows runtime improvements over the dense baseline.") == ["runtime"]
    assert metrics("OPT-IML gains accuracy with a small increase in computational cost.") == ["accuracy", "computational cost"]


def test_a_cost_metric_listed_beside_another_metric_is_reported(nlp):
    """"compare the accuracy, F1-score and run time": a cost in a list of measures is one the paper
    reports; named in passing beside a method, it is still none."""
    def metrics(abstract):
        return sorted(m.text for m in extract(nlp, abstract, title="Instruction tuning at scale").mentions if m.label == "Metric")
    assert metrics("We compare the accuracy, F1-score and run time of numerous models.") == ["F1-score", "accuracy", "run time"]
    assert metrics("We show a trade-off between prediction accuracy and inference speed.") == ["inference speed", "prediction accuracy"]
    assert metrics("We discuss pruning and the computational cost of attention.") == []
    assert metrics("Our method finds a trade-off between helpfulness and harmlessness.") == []


def test_what_a_change_verb_moves_by_an_amount_is_a_metric(nlp):
    """"reduces grading time by an average of 65%": the moved phrase is a reported measure when it
    ends in a measure noun; "reduces compute by 50%" or "improves performance" name none."""
    def metrics(abstract):
        return sorted(m.text for m in extract(nlp, abstract, title="Instruction tuning at scale").mentions if m.label == "Metric")
    assert metrics("Our system reduces grading time by an average of 65% and cuts token usage by over 90%.") == ["grading time", "token usage"]
    assert metrics("The agent reduces average operational costs from $0.398 to $0.12 per query.") == ["operational costs"]
    assert metrics("OPT-IML reduces compute by up to 50% and improves performance by 7.5%.") == []


def test_a_task_word_in_a_changed_measure_is_its_modifier(nlp):
    """"reducing average reasoning length by 81%" (session 44, board44's GSM8K row read as a score gain): a task
    phrase found in the moved phrase modifies the measure, as in a scored measure; the number then carries it."""
    found = extract(nlp, "OPT-IML, reducing average reasoning length by 81%, keeps its accuracy on GSM8K.")
    assert [m.text for m in found.mentions if m.label == "Metric"][0] == "reasoning length"
    assert [(r.text, found.mentions[r.metric].text) for r in found.results] == [("81%", "reasoning length")]


def test_a_score_over_an_iou_range_keeps_its_range(nlp):
    """"mAP@50-95": the tokenizer splits the range at its hyphen; the name keeps it whole."""
    def metrics(abstract):
        return sorted(m.text for m in extract(nlp, abstract, title="Instruction tuning at scale").mentions if m.label == "Metric")
    assert metrics("RT-DETR-X reaches a mAP@50 of 0.816 and a mAP@50-95 of 0.612.") == ["mAP@50", "mAP@50-95"]


def test_helpfulness_is_a_metric_only_where_it_is_scored(nlp):
    """"make assistants more helpful … balance helpfulness": an aim; "a helpfulness of 4.66" or
    "helpfulness and BLEU" a score (span train: 4 of 4 such unscored mentions not gold)."""
    def metrics(abstract):
        return sorted(m.text for m in extract(nlp, abstract, title="Instruction tuning at scale").mentions if m.label == "Metric")
    assert metrics("Alignment aims to improve the helpfulness of assistants.") == []
    assert metrics("OPT-IML reaches a helpfulness of 4.66 on MMLU.") == ["helpfulness"]
    assert metrics("Based on human evaluations for helpfulness and safety, OPT-IML may be a substitute.") == ["helpfulness"]


def test_a_measure_phrase_given_a_number_is_a_metric(nlp):
    """"achieves a reconstruction error of 0.01%": a lower-case measure phrase with a number is a
    metric; a listed metric keeps its name ("a BLEU score of 57.2" is BLEU) and a setting or a
    split's error is none ("a learning rate of 0.01", "a training error of 0.02"). The number may be
    qualified or whole with any unit ("of up to 88%", "of 3 pixels": ``amount_follows``, wider than
    ``measured_number_follows`` on purpose; session 62, tidy62)."""
    def metrics(abstract):
        return sorted(m.text for m in extract(nlp, abstract, title="Instruction tuning at scale").mentions if m.label == "Metric")
    assert metrics("OPT-IML achieves an annulus size error of 2.46 mm and a groundedness score above 0.88.") == ["annulus size error", "groundedness score"]
    assert metrics("OPT-IML reaches a groundedness score of up to 88% and a localization error of 3 pixels.") == [
        "groundedness score", "localization error"]
    assert metrics("OPT-IML reaches a BLEU score of 57.2 with a learning rate of 0.01 and a training error of 0.02.") == ["BLEU"]


def test_a_task_word_before_a_scored_measure_noun_modifies_it(nlp):
    """"an average erasure rate of 91.0%": the task phrase "average erasure" the head-word rule
    finds there is the measure's modifier and does not block the metric."""
    found = {(m.text, m.label) for m in extract(nlp, "DSS achieves an average erasure rate of 91.0% on I2P.", title="Instruction tuning at scale").mentions}
    assert ("erasure rate", "Metric") in found and not any(label == "Task" for _, label in found)


def test_a_measure_phrase_right_after_its_amount_is_the_results_metric(nlp):
    """"96% grasp success", "300x computational overheads": the lower-case measure phrase right
    after a percentage or a multiplier is a metric and the number's; not a change ("30% lower
    memory usage") nor a phrase holding a listed metric ("95% classification accuracy")."""
    abstract = "OPT-IML reaches 96% grasp success and 99\\% stepwise logical coherence with 300x computational overheads."
    assert [(r[0], r[8]) for r in results_of(nlp, abstract)] == [
        ("96%", "grasp success"), ("99%", "stepwise logical coherence"), ("300x", "computational overheads")]
    assert [m.text for m in extract(nlp, abstract, title="Instruction tuning at scale").mentions if m.label == "Metric"] == [
        "grasp success", "stepwise logical coherence", "computational overheads"]
    found = {(m.text, m.label) for m in extract(nlp, "OPT-IML needs 30% lower memory usage, regarding 4% regarding tardiness, "
                                                "with 95% classification accuracy.", title="Instruction tuning at scale").mentions}
    assert ("lower memory usage", "Metric") not in found and ("classification accuracy", "Metric") in found
    assert not any(text.startswith("regarding") for text, _ in found)  # a verb form opens no measure's name


def test_the_measure_an_amount_is_counted_in_is_its_metric(nlp):
    """"by 6.7% in terms of certified robustness", "up to 4% regarding tardiness", "by 8.3% in the
    positive feedback rate", "+1.73 points in document coherence": the measure phrase after an
    amount and a link is a metric and the number's; a trailing "metrics" is no part of it. Not a
    phrase that ends in no measure noun ("by 3% in the second round"), nor one opened by a lead word
    ("by 5% in average scores"); a listed metric keeps its own name ("by 2% in accuracy")."""
    abstract = ("Zorbanet surpasses the runner-up by 6.7% in terms of certified robustness against word substitutions. "
                "It achieves an improvement of up to 4% regarding tardiness and up to 1% regarding throughput. "
                "Zorbanet outperforms the baseline by 8.3% in the positive feedback rate of an online test. "
                "It gains +1.73 points in document coherence and 20.2% in faithfulness metrics.")
    assert [(r[0], r[8]) for r in results_of(nlp, abstract)] == [
        ("6.7%", "certified robustness"), ("4%", "tardiness"), ("1%", "throughput"), ("8.3%", "positive feedback rate"),
        ("+1.73 points", "document coherence"), ("20.2%", "faithfulness")]
    found = {(m.text, m.label) for m in extract(nlp, "Zorbanet improves the score by 3% in the second round, by 5% in average "
                                                "scores and by 2% in accuracy.", title="Instruction tuning at scale").mentions}
    assert sorted(text for text, label in found if label == "Metric") == ["accuracy"]


def test_a_comparative_after_an_amount_opens_no_measure_name(nlp):
    """"6.4x larger batch size", "at 35% smaller size": a comparative after the amount says the
    thing changed, as "30% lower memory usage" does; no metric named "larger batch size"."""
    found = {(m.text, m.label) for m in extract(nlp, "The kernel enables up to 6.4x larger batch size and matches the baseline at 35% "
                                                "smaller size, with 96% grasp success.", title="Instruction tuning at scale").mentions}
    assert not any(label == "Metric" and text.split()[0] in ("larger", "smaller") for text, label in found)
    assert ("grasp success", "Metric") in found


def test_a_measure_after_an_amount_and_a_change_noun_or_a_comparative_is_its_metric(nlp):
    """"a 3x reduction in the proof size", "a 12.6% increase in critical test coverage", "3.3x higher
    query rates": the measure phrase after an amount and a change noun with its "in" (or a comparative)
    is a metric and the number's. Near misses: a bare cost noun compared ("2.5x less time", "30% lower
    cost") names none, and the head of a hyphened name is no measure of its own ("cost-of-pass")."""
    abstract = ("Quorvex gives a 41% reduction in the ledger size. Its pruning yields an 18% relative reduction in false wake rate. "
                "It brings a 7.5% increase in branch coverage of the unit tests and sustains 2.6x higher request rates than Tarnlib.")
    assert [(r[0], r[8]) for r in results_of(nlp, abstract)] == [
        ("41%", "ledger size"), ("18%", "false wake rate"), ("7.5%", "branch coverage"), ("2.6x", "request rates")]
    found = {(m.text, m.label) for m in extract(nlp, "Quorvex needs 2.5x less time and 30% lower cost than Tarnlib, "
                                                "with a 12% improvement in cost-of-pass.", title="Instruction tuning at scale").mentions}
    assert not {text for text, label in found if label == "Metric"} & {"time", "cost", "less time", "lower cost"}


def test_a_measure_a_change_verb_moves_to_a_percentage_is_its_metric(nlp):
    """"reduces evaluation time to 10% of …": what a change verb moves to a percentage is the
    number's metric, as after "by" or "from". Near miss: a setting moved to a plain number
    ("increase the batch size to 256") names no metric."""
    assert [(r[0], r[8]) for r in results_of(nlp, "Quorvex reduces the ledger cost to 20% of Tarnlib's.")] == [("20%", "ledger cost")]
    found = {m.text for m in extract(nlp, "We increase the batch size to 256 and train Quorvex for 3 epochs.").mentions if m.label == "Metric"}
    assert "batch size" not in found


def test_the_second_reduction_of_a_pair_takes_the_metric_after_it(nlp):
    """"a 32% reduction in peak memory and a 56% reduction in ledger latency": a reduction glues a
    number to the metric after it as an increase does, so the second number is not given the
    nearer metric before it (and then dropped as a repeat), nor the next number that first one."""
    assert [(r[0], r[8]) for r in results_of(nlp, "Quorvex yields a 32% reduction in peak memory and a 56% reduction in ledger latency.")] == [
        ("32%", "peak memory"), ("56%", "latency")]
    assert [(r[0], r[8]) for r in results_of(nlp, "Quorvex yields a 32% decrease in peak memory and 2.5x lower ledger latency.")] == [
        ("32%", "peak memory"), ("2.5x", "latency")]


def test_well_known_statistics_are_listed_metrics(nlp):
    """Positive predictive value, Cohen's d, interquartile range, CIoU (only so written: not
    "malicious"), and one name per cut-off ("Hits@1" and "Hits@10" are two metrics)."""
    def metrics(abstract):
        return sorted(m.text for m in extract(nlp, abstract, title="Instruction tuning at scale").mentions if m.label == "Metric")
    assert metrics("Pathologists attained a Positive Predictive Value of 95.59% (Cohen's d = 0.62) and an interquartile range "
                   "of 5.74%.") == ["Cohen's d", "Positive Predictive Value", "interquartile range"]
    assert metrics("We improve the CIoU from 76.80% to 83.94% on malicious clips.") == ["CIoU"]
    graph, _ = link([extract(nlp, "OPT-IML reaches 46.8% Hits@1 and 60.2% Hits@10 on WN18RR.", title="Instruction tuning at scale")])
    assert sorted(n.name for n in graph.nodes.values() if n.label == "Metric") == ["Hits@1", "Hits@10"]


def test_memory_and_error_measures_are_listed_metrics(nlp):
    """Well-known measures span train annotates as metrics (10 more found there, 3 more wrong):
    a memory cost only where it is reported, an error or power only where it is scored."""
    def metrics(abstract):
        return sorted(m.text for m in extract(nlp, abstract, title="Instruction tuning at scale").mentions if m.label == "Metric")
    assert metrics("OPT-IML cuts VRAM usage by half and needs 30% less memory consumption.") == ["VRAM usage", "memory consumption"]
    assert metrics("We discuss the memory consumption of attention.") == []
    assert metrics("The annotation reaches an inter-rater reliability of 0.82.") == ["inter-rater reliability"]

def test_how_the_benchmark_was_found_is_in_the_evidence(nlp):
    cases = {OURS + "On MMLU, OPT-IML improves accuracy from 22.87% to 32.13%, with consistent gains on GSM8K.": {"result_on_sentence_opener"},
             OURS + "OPT-IML reaches 61.1% and 75.6% accuracy on MMLU and GSM8K.": {"result_on_in_order"},
             OURS + "OPT-IML reaches 61.1% accuracy on MMLU.": {"result_on_same_clause"},
             "We introduce MedHalu, a new benchmark of hallucinated medical answers. GPT-4 reaches an accuracy of 61.2% in detecting them.":
                 {"result_on_implicit_proposed"}}
    for abstract, rules in cases.items():
        graph, _ = link([extract(nlp, abstract, title="Instruction tuning at scale")])
        assert {e.evidence[0].rule for e in graph.edges.values() if e.type == "RESULT_ON"} == rules, abstract


def test_a_metric_carried_from_the_number_before_says_so_in_the_evidence(nlp):
    abstract = OURS + "OPT-IML reaches 59.61 F1 on MMLU, surpassing GPT-4 by 5.20 points."
    graph, _ = link([extract(nlp, abstract, title="Instruction tuning at scale")])
    rules = {graph.nodes[e.source].properties["value"]: e.evidence[0].rule for e in graph.edges.values() if e.type == "RESULT_METRIC"}
    assert rules == {59.61: "result_metric_same_clause", 5.2: "result_metric_carried"}


def test_a_bare_score_after_a_verb_of_attainment_takes_the_metric_of_the_score_before(nlp):
    for sentence in ("OPT-IML reaches 91% accuracy on MMLU, surpassing GPT-4 that achieves 80%.",
                     "On MMLU, the best model of OPT-IML scored 85.96% accuracy and the best model of GPT-4 scored 80.98%."):
        assert {r[8] for r in results_of(nlp, sentence)} == {"accuracy"}, sentence


def test_public_metric_names_are_metrics_of_their_scores(nlp):
    # concordance correlation coefficient (CCC), (un)labeled attachment score, Smatch: the gazetteer's
    found = results_of(nlp, "OPT-IML provides CCCs of 0.749 and 0.565 for arousal on MMLU.")
    assert [(r[0], r[8]) for r in found] == [("0.749", "CCCs"), ("0.565", "CCCs")]
    (r,) = results_of(nlp, "OPT-IML reaches 80.91% unlabeled attachment score on the Penn Treebank.")
    assert r[8] == "unlabeled attachment score"
    (r,) = results_of(nlp, "OPT-IML improves AMR parsing by up to 18.8 Smatch points on MMLU.")
    assert r[8] == "Smatch"


def test_a_score_whose_clause_metrics_lead_into_other_numbers_takes_the_one_of_the_number_before(nlp):
    found = results_of(nlp, "On MMLU, OPT-IML increases the accuracy by 5.1 points in a 28-class setting (.948), and the micro-F1 "
                            "by 9.6 points in a 10-class setting (.887).")
    assert [(r[0], r[8]) for r in found] == [("5.1 points", "accuracy"), (".948", "accuracy"), ("9.6 points", "micro-F1"),
                                             (".887", "micro-F1")]


def test_a_number_measured_on_a_task_is_not_carried_to_the_papers_benchmark(nlp):
    found = results_of(nlp, "We evaluate on MMLU. OPT-IML improves upon the previous state-of-the-art by 3%~20% in zero-shot "
                            "classification and reaches 61.1% accuracy.")
    assert [(r[0], r[7]) for r in found] == [("3%~20%", None), ("61.1%", "MMLU")]


def test_a_number_in_an_enumerated_finding_is_not_carried_to_the_papers_benchmark(nlp):
    # "We find: (1) …; (2) …", "1) …, while 2) …": each finding is one of an analysis, not a score on the paper's one set
    def on(abstract):
        paper = extract(nlp, abstract, title="Instruction tuning at scale")
        return [(r.text, None if r.on is None else paper.mentions[r.on].text) for r in paper.results]
    assert on("We evaluate OPT-IML on MMLU. We find: (1) OPT-IML forgets less than fine-tuning (reducing forgetting by "
              "more than 50%); (2) larger models memorize more.") == [("50%", None)]
    assert on("We introduce MedHalu, a new benchmark of hallucinated medical answers. Our findings: 1) GPT-4 reaches 61.2% "
              "accuracy, while 2) prompting recovers 23% of failures.") == [("61.2%", None), ("23%", None)]
    # the same number outside an enumeration is carried, and a benchmark the finding names stays
    assert on("We evaluate OPT-IML on MMLU. We find that OPT-IML forgets less than fine-tuning, reducing forgetting by more "
              "than 50%.") == [("50%", "MMLU")]
    assert on("We find: (1) OPT-IML reaches 61.1% accuracy on MMLU; (2) larger models memorize more.") == [("61.1%", "MMLU")]


def test_one_number_over_a_list_of_benchmarks_is_on_none_of_them(nlp):
    (r,) = results_of(nlp, "OPT-IML boosts compositional reasoning by up to 6% on ARO, SVO-Probes, and Winoground.")
    assert (r[0], r[7]) == ("6%", None)  # the guideline: one number over two datasets keeps "on" unsaid
    found = results_of(nlp, "OPT-IML reaches 61.1% and 75.6% accuracy on ARO and Winoground.")
    assert [(r[0], r[7]) for r in found] == [("61.1%", "ARO"), ("75.6%", "Winoground")]  # as many numbers: paired in order


def test_a_number_far_after_a_list_of_metrics_is_none_of_theirs_but_one_they_lead_into_is_each_ones(nlp):
    found = results_of(nlp, "Experiments on MSVD show that OPT-IML achieves the best results evaluated by BLEU, CIDEr, METEOR "
                            "and ROUGE-L metrics with significant gains of up to 18% on MSVD.")
    assert [(r[0], r[8]) for r in found] == [("18%", None)]
    found = results_of(nlp, "For recognizing symptoms, OPT-IML achieves an accuracy, precision, recall, and F1-score of 0.82 on MMLU.")
    assert [(r[0], r[8]) for r in found] == [("0.82", "accuracy"), ("0.82", "precision"), ("0.82", "recall"), ("0.82", "F1-score")]


def test_an_unnamed_baselines_score_is_not_the_models_but_a_margin_over_it_is(nlp):
    found = results_of(nlp, "OPT-IML achieves 12.9% WER on WSJ compared to a character baseline of 14.8% WER.")
    assert [(r[0], r[6]) for r in found] == [("12.9%", "OPT-IML"), ("14.8%", None)]
    found = results_of(nlp, "On MMLU, OPT-IML outperforms the baseline by 10% and the previous 86.4% state-of-the-art accuracy.")
    assert [(r[0], r[6]) for r in found] == [("10%", "OPT-IML"), ("86.4%", None)]
    (r,) = results_of(nlp, "On MMLU, baseline accuracy was 51.7% for GPT-4o.")
    assert (r[0], r[6]) == ("51.7%", "GPT-4o")
    found = results_of(nlp, "On MMLU, OPT-IML reaches an MRR@10 of 0.27 compared to the best baseline's MRR@10 of 0.17.")
    assert [(r[0], r[6]) for r in found] == [("0.27", "OPT-IML"), ("0.17", None)]


def test_a_baselines_score_set_beside_ours_with_vs_is_no_models(nlp):
    """"(vs. 43.1% baseline)", "compared to 0.64 for the strongest baseline": the compared score is an
    unnamed baseline's, not the model's the sentence is about (a number before "baselines" that counts
    them is no result of either)."""
    found = results_of(nlp, "OPT-IML reaches 47.5% mIoU on ADE20K (vs. 43.1% baseline).")
    assert [(r[0], r[6]) for r in found] == [("47.5%", "OPT-IML"), ("43.1%", None)]
    found = results_of(nlp, "On MMLU, OPT-IML attains an accuracy of 0.74 compared to 0.64 for the strongest baseline.")
    assert [(r[0], r[6]) for r in found] == [("0.74", "OPT-IML"), ("0.64", None)]
    found = results_of(nlp, "On MMLU, OPT-IML reaches 90.6% accuracy versus 72.5% for GPT-3.")
    assert [(r[0], r[6]) for r in found] == [("90.6%", "OPT-IML"), ("72.5%", "GPT-3")]


def test_a_score_set_against_ours_and_given_to_an_unnamed_baseline_is_no_models(nlp):
    """"compared to only 26.39% using conventional methods", "(vs. 26.0% and 15.7% for the best baseline)",
    "compared to an F1 score of 0.55 for the baseline": the compared scores are an unnamed baseline's, however
    loosely the comparison is written; a baseline the sentence names keeps them."""
    found = results_of(nlp, "OPT-IML reaches 91.2% accuracy on MMLU, compared to only 63.5% using conventional methods.")
    assert [(r[0], r[6]) for r in found] == [("91.2%", "OPT-IML"), ("63.5%", None)]
    found = results_of(nlp, "On MMLU and GSM8K, OPT-IML lowers error rates to 12.1% and 8.4% (vs. 19.3% and 14.2% for the best baseline).")
    assert [(r[0], r[6]) for r in found] == [("12.1%", "OPT-IML"), ("8.4%", "OPT-IML"), ("19.3%", None), ("14.2%", None)]
    found = results_of(nlp, "On MMLU, OPT-IML reaches an F1 score of 0.81, compared to an F1 score of 0.62 for the baseline.")
    assert [(r[0], r[6]) for r in found] == [("0.81", "OPT-IML"), ("0.62", None)]
    found = results_of(nlp, "OPT-IML reaches 80.2% accuracy on MMLU, compared to only 71.5% for the GPT-3 baseline.")
    assert [(r[0], r[6]) for r in found] == [("80.2%", "OPT-IML"), ("71.5%", "GPT-3")]


def test_a_long_run_of_numbers_after_a_comparison_cue_or_a_level_word_is_read_at_once():
    """The loose comparison's list of numbers and a level word's bracket of numbers tried every way to split
    "123,456" and to place a space before a comma, doubling with each number: twenty-four of them took half a
    minute (review56). Read one way, they still match where they did ("1,2345, " is 1 and 2345)."""
    import time

    from kg.extract.result_numbers import NumberMention, _setting_list
    from kg.extract.result_owners import VERSUS_LOOSELY_BEFORE, versus_unnamed_baseline

    levels = _setting_list(["sparsity ratios"])
    for numbers in (",".join(["125"] * 24), " , ".join(["12"] * 24)):
        text = f"The grid spans cells compared to {numbers} rows in the sheet, and ours reaches 91.5% for the baseline."
        start = text.index("91.5%")
        began = time.perf_counter()
        assert not versus_unnamed_baseline(NumberMention(start, start + 5, 91.5, "%"), text, [])
        assert levels.search(f"at sparsity ratios ({numbers} x") is None
        assert time.perf_counter() - began < 1.0
    assert VERSUS_LOOSELY_BEFORE.search("compared to 1,2345, ") and levels.search("sparsity ratios (1,2345, ")


def test_the_level_a_change_starts_from_is_a_score_of_no_model(nlp):
    """"improving over the strongest baselines from 48.8 mAP by +5.9", no "to": 48.8 is where the
    baselines stood (absolute, no owner), +5.9 the model's gain."""
    found = results_of(nlp, "OPT-IML achieves up to 54.7 mAP on nuScenes, improving over the strongest baselines from 48.8 mAP by +5.9.")
    assert [(r[0], r[3], r[6]) for r in found] == [("54.7", "absolute", "OPT-IML"), ("48.8", "absolute", None), ("+5.9", "gain", "OPT-IML")]
    (r,) = results_of(nlp, "On MMLU, OPT-IML improves accuracy from 41.2% to 44.3%.")
    assert (r[0], r[3], r[6]) == ("from 41.2% to 44.3%", "gain", "OPT-IML")

def test_a_margin_in_apposition_to_a_score_is_on_its_metric(nlp):
    for sentence, margin in (("On MMLU, OPT-IML reaches 8.6% WER, which is a 24.5% improvement relative to GPT-3.", "24.5%"),
                             ("OPT-IML reaches 95% accuracy on MMLU, which is over 40% higher than GPT-3.", "40%"),
                             ("OPT-IML reaches 1.3% WER on MMLU - a 55% improvement relative to GPT-3.", "55%")):
        found = {r[0]: r[8] for r in results_of(nlp, OURS + sentence, title="Instruction tuning at scale")}
        metric = "accuracy" if "accuracy" in sentence else "WER"
        assert found == {next(t for t in found if t != margin): metric, margin: metric}, sentence


def test_a_number_whose_sentence_names_no_benchmark_is_on_the_one_the_paper_evaluated_on_before(nlp):
    def on(abstract):
        paper = extract(nlp, abstract, title="Instruction tuning at scale")
        return [(r.text, None if r.on is None else paper.mentions[r.on].text, r.on_rule) for r in paper.results]
    assert on("We evaluate OPT-IML on MMLU. OPT-IML reaches 61.1% accuracy.") == [("61.1%", "MMLU", "carried")]
    # named only after the number, or two benchmarks evaluated on: nothing is carried
    assert on("OPT-IML reaches 61.1% accuracy. We evaluate OPT-IML on MMLU.") == [("61.1%", None, "same_clause")]
    assert on("We evaluate OPT-IML on MMLU and GSM8K. OPT-IML reaches 61.1% accuracy.") == [("61.1%", None, "same_clause")]
    assert on("We evaluate OPT-IML on MMLU. OPT-IML reaches 61.1% accuracy on several downstream tasks.") == [("61.1%", None, "same_clause")]
    # the benchmark a paper introduces likewise, only where it is named before the number
    assert on("We introduce MedHalu, a new benchmark of hallucinated medical answers. GPT-4 reaches an accuracy of 61.2% in detecting them."
              ) == [("61.2%", "MedHalu", "implicit_proposed")]
    assert on("GPT-4 reaches an accuracy of 61.2% in detecting hallucinated answers. We introduce MedHalu, a new benchmark of them."
              ) == [("61.2%", None, "same_clause")]
    graph, _ = link([extract(nlp, "We evaluate OPT-IML on MMLU. OPT-IML reaches 61.1% accuracy.", title="Instruction tuning at scale")])
    assert {e.evidence[0].rule for e in graph.edges.values() if e.type == "RESULT_ON"} == {"result_on_carried"}


def test_a_gain_no_model_owns_is_not_put_on_the_benchmark_the_paper_introduces(nlp):
    def on(sentence):
        abstract = "We introduce MedHalu, a new benchmark of hallucinated medical answers. " + sentence
        paper = extract(nlp, abstract, title="MedHalu: A Benchmark for Hallucinated Medical Answers")
        return [(r.text, None if r.of is None else paper.mentions[r.of].text, None if r.on is None else paper.mentions[r.on].text)
                for r in paper.results]
    # a gain with no model or method: the benchmark stays unsaid (main put both on MedHalu)
    # (the range "55--74%" is one Result since metric67; it was read as "74%")
    assert on("Blinding patches reduce rank displacement by 55--74% (mean 62%).") == [("55--74%", None, None), ("62%", None, None)]
    assert on("Across all models, we observed an average increase in honest responses of 5.26%.") == [("5.26%", None, None)]
    # a score with no owner still takes the introduced benchmark
    assert on("The best models reach an accuracy of 61.2% in detecting them.") == [("61.2%", None, "MedHalu")]


def test_the_papers_own_model_is_a_numbers_only_once_named(nlp):
    def of(abstract):
        paper = extract(nlp, abstract, title="Instruction tuning at scale")
        return [(r.text, None if r.of is None else paper.mentions[r.of].text, r.of_rule) for r in paper.results]
    proposal = "We propose OPT-IML, a family of instruction-tuned language models."
    assert of(proposal + " Our approach improves accuracy by 5% on MMLU.") == [("5%", "OPT-IML", "ours_in_clause")]
    assert of("Our approach improves accuracy by 5% on MMLU. " + proposal) == [("5%", None, "none")]


def test_a_bracketed_number_is_the_name_before_the_bracket_even_against_the_learned_attribution(nlp):
    proposal = "We propose OPT-IML, an instruction-tuned model. "
    for sentence, text in (("OPT-IML reaches 61.1% accuracy on MMLU, well above GPT-3 (42.3%).", "42.3%"),
                           ("OPT-IML reaches an MAE of 1.01, superior to GPT-3 [MAE 1.24] on MMLU.", "1.24")):
        (hit,) = [r for r in results_of(nlp, proposal + sentence, title="Instruction tuning at scale") if r[0] == text]
        assert hit[6] == "GPT-3" and hit[9] == "same_clause", sentence


def test_a_name_alone_in_brackets_right_after_a_number_is_its_own(nlp):
    abstract = "The top open-source and closed-source models obtain 65.69 (Qwen2VL-72B) and 63.18 (GPT-4o) on MMLU, respectively."
    assert [(r[0], r[6], r[7]) for r in results_of(nlp, abstract)] == [("65.69", "Qwen2VL-72B", "MMLU"), ("63.18", "GPT-4o", "MMLU")]
    assert [(r[0], r[7]) for r in results_of(nlp, "OPT-IML reaches 97.0% (MMLU) and 91.5% (GSM8K) accuracy.")] == [("97.0%", "MMLU"), ("91.5%", "GSM8K")]


def test_a_score_given_by_a_name_right_after_it_is_that_names_but_a_margin_is_not(nlp):
    proposal = "We propose OPT-IML, an instruction-tuned model. "
    sentence = "OPT-IML reaches an accuracy of 0.73 on MMLU, far above the accuracy of 0.41 by GPT-3 and 0.36 by Codex."
    found = results_of(nlp, proposal + sentence, title="Instruction tuning at scale")
    assert [(r[0], r[6]) for r in found] == [("0.73", "OPT-IML"), ("0.41", "GPT-3"), ("0.36", "Codex")]
    # a speed-up "for" a model is the paper's method's, measured on that model
    found = results_of(nlp, proposal + "OPT-IML speeds up training by 5.0x for the largest GPT-3 model.", title="Instruction tuning at scale")
    assert [(r[0], r[6]) for r in found] == [("5.0x", "OPT-IML")]


def test_a_metric_set_equal_to_a_number_without_spaces_is_its_metric(nlp):
    found = results_of(nlp, "On MMLU, human evaluators achieved F1=78.4% and OPT-IML an F1= 81.0.")
    assert [(r[0], r[8]) for r in found] == [("78.4%", "F1"), ("81.0", "F1")]


# --- the graph --------------------------------------------------------------------------------

def test_result_nodes_keys_and_edges(nlp):
    graph, _ = link([extract(nlp, "We present OPT-IML. OPT-IML 175B reaches 67.2% accuracy on MMLU.")])
    (node,) = [n for n in graph.nodes.values() if n.label == "Result"]
    assert node.key == result_key("arXiv:2212.12017", "Model:opt-iml-175b", "Benchmark:mmlu", "Metric:accuracy", 67.2)
    assert node.key == "Result:arXiv:2212.12017|opt-iml-175b|mmlu|accuracy|67.2"
    assert node.properties["value"] == 67.2 and node.properties["unit"] == "%" and node.properties["kind"] == "absolute"
    assert node.properties["text"] == "67.2%" and "MMLU" in node.properties["sentence"]
    types = {(graph.nodes[e.source].label, e.type, graph.nodes[e.target].name) for e in graph.edges.values()
             if e.type.startswith(("REPORTS_RESULT", "RESULT_"))}
    assert types == {("Paper", "REPORTS_RESULT", node.name), ("Result", "RESULT_OF", "OPT-IML 175B"),
                     ("Result", "RESULT_ON", "MMLU"), ("Result", "RESULT_METRIC", "accuracy")}


def test_a_change_and_a_margin_of_the_same_value_are_two_result_nodes(nlp):
    # "by 30%" and "from 90% to 30%" share model, benchmark, metric and value: the start keeps them apart
    paper = extract(nlp, "We present OPT-IML. OPT-IML improves accuracy on MMLU by 30%, and from 90% to 30% in the second phase.")
    graph, _ = link([paper])
    keys = sorted(n.key for n in graph.nodes.values() if n.label == "Result")
    assert keys == ["Result:arXiv:2212.12017|opt-iml|mmlu|accuracy|30", "Result:arXiv:2212.12017|opt-iml|mmlu|accuracy|90->30"]
    names = sorted(n.name for n in graph.nodes.values() if n.label == "Result")
    assert names == ["OPT-IML: accuracy +30% on MMLU", "OPT-IML: accuracy 90% -> 30% on MMLU"]  # a change's ends, no "+"
    # the same number read twice is still one node
    graph, _ = link([extract(nlp, "We present OPT-IML. OPT-IML reaches 67.2% accuracy on MMLU. On MMLU, OPT-IML reaches 67.2% accuracy.")])
    assert len([n for n in graph.nodes.values() if n.label == "Result"]) == 1


@pytest.mark.slow
def test_results_reach_every_file_sink(sample_build):
    graph, report, out = sample_build
    results = [n for n in graph.nodes.values() if n.label == "Result"]
    assert results and report.node_counts["Result"] == len(results)
    assert "Result" not in report.top_entities  # one paper each: not an entity to rank
    nodes = [json.loads(line) for line in (out / "nodes.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sum(n["label"] == "Result" for n in nodes) == len(results)
    edges = {json.loads(line)["type"] for line in (out / "edges.jsonl").read_text(encoding="utf-8").splitlines()}
    assert {"REPORTS_RESULT", "RESULT_OF", "RESULT_ON", "RESULT_METRIC"} <= edges
    import networkx as nx

    g = nx.read_graphml(out / "graph.graphml")
    typed = [d for _, d in g.nodes(data=True) if d.get("type") == "Result"]
    assert len(typed) == len(results) and all(isinstance(d["value"], float) and d["kind"] in ("absolute", "gain") for d in typed)
    nt = (out / "graph.nt").read_text(encoding="utf-8")
    assert nt.count("<http://www.w3.org/ns/mls#hasValue>") == len(results)
    assert "<https://w3id.org/kg-ml/ontology#resultMetric>" in nt
    script = (out / "graph.cypher").read_text(encoding="utf-8")
    assert "MERGE (n:Result {key: row.key})" in script and "MERGE (a)-[r:RESULT_ON]->(b)" in script


@pytest.mark.slow
def test_sample_build_with_results_validates(sample_build):
    from kg.validate import validate

    report = validate(sample_build[2])
    assert report.ok, report.to_dict(limit=5)


def test_a_result_without_a_value_fails_the_shapes(tmp_path):
    from kg.validate import validate

    nt = """<https://w3id.org/kg-ml/resource/Result:x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-ml/ontology#Result> .
<https://w3id.org/kg-ml/resource/Result:x> <http://www.w3.org/2000/01/rdf-schema#label> "67.2%" .
<https://w3id.org/kg-ml/resource/Result:x> <https://w3id.org/kg-ml/ontology#key> "Result:x" .
<https://w3id.org/kg-ml/resource/Result:x> <https://w3id.org/kg-ml/ontology#resultKind> "best" .
"""
    (tmp_path / "graph.nt").write_text(nt, encoding="utf-8")
    messages = set(validate(tmp_path).by_message())
    assert "[Violation] a Result has exactly one mls:hasValue, an xsd:decimal" in messages
    assert "[Violation] every Result is reported by a Paper" in messages
    assert any("resultKind" in m for m in messages)


# --- the leaderboard ----------------------------------------------------------------------------

@pytest.mark.slow
def test_leaderboard_from_a_build_and_from_the_store_agree(sample_build, sample_store):
    _, _, out = sample_build
    transport, graph, _ = sample_store
    # the sample's "on GSM8K, MATH, and ARC-C, … accuracy to 81.8% (+5.9%), 34.7% (+5.8%), and
    # 76.4% (+15.8%), respectively" gives MATH and ARC-C one accuracy each (and their gains)
    for benchmark, metric in (("MMLU", None), ("math", None), ("ARC-C", "Accuracy"), ("HumanEval", None)):
        from_files = leaderboard(out, benchmark, metric)
        from_store = leaderboard_from_store(transport, benchmark, metric)
        assert from_files.rows and from_files.rows == from_store.rows, (benchmark, metric)
        assert from_files.rows == sorted(from_files.rows, key=sort_key)
    assert leaderboard(out, "no such benchmark").rows == []
    # "from 67% to 85%": both ends on both paths (session 43), one number's from_value None
    assert [(r.from_value, r.value) for r in leaderboard_from_store(transport, "HumanEval").rows] == [(67.0, 85.0)]
    assert {r.from_value for r in leaderboard(out, "MMLU").rows} == {None}
    by_metric = leaderboard(out, "ARC-C", "ACCURACY").rows
    assert by_metric and all(r.metric == "accuracy" for r in by_metric)


@pytest.mark.slow
def test_leaderboard_command(sample_build):
    out = sample_build[2]
    runner = CliRunner()
    done = runner.invoke(main, ["leaderboard", "MMLU", str(out)])
    assert done.exit_code == 0, done.output
    assert done.output.startswith("Leaderboard: MMLU (") and "Galactica" in done.output
    as_json = json.loads(runner.invoke(main, ["leaderboard", "MMLU", str(out), "--format", "json"]).output)
    assert as_json["rows"] == [dict(r.__dict__) for r in leaderboard(out, "MMLU").rows]
    csv_lines = runner.invoke(main, ["leaderboard", "MATH", str(out), "-f", "csv"]).output.splitlines()
    assert csv_lines[0] == "model,paper,year,value,from_value,unit,kind,metric,benchmark,sentence" and len(csv_lines) > 1
    change = runner.invoke(main, ["leaderboard", "HumanEval", str(out)]).output
    assert "67% -> 85%" in change, change  # "from 67% to 85%": both ends in the table
    missing = runner.invoke(main, ["leaderboard", "MMLU", str(out / "nope")])
    assert missing.exit_code == 2 and "kg build --out" in missing.output  # a missing OUTDIR is a usage error
    with runner.isolated_filesystem():  # no ./out: a store at --url needs none, so this fails only at connecting
        remote = runner.invoke(main, ["leaderboard", "MMLU", "--store", "falkordb", "--url", "redis://127.0.0.1:1"])
    assert remote.exit_code == 1 and "does not exist" not in remote.output, remote.output


# --- kg eval ------------------------------------------------------------------------------------

GOLD_ENTS = {"OPT-IML": ("Model", frozenset({"opt-iml"}), "OPT-IML"), "MMLU": ("Benchmark", frozenset({"mmlu"}), "MMLU"),
             "accuracy": ("Metric", frozenset({"accuracy"}), "accuracy")}


def test_result_scoring_tuple_and_value_benchmark():
    gold = [{"value": 67.2, "of": "OPT-IML", "on": "MMLU", "metric": "accuracy"},
            {"value": 2.1, "of": "OPT-IML", "on": None, "metric": None},
            {"value": 3.0, "of": None, "on": "MMLU", "metric": "accuracy"}]
    predicted = [({"value": 67.20}, {"of": frozenset({"opt-iml"}), "on": frozenset({"mmlu"}), "metric": frozenset({"accuracy"})}),
                 ({"value": 2.1}, {"of": frozenset({"opt-iml"}), "on": frozenset({"mmlu"})}),  # a benchmark the gold lacks
                 ({"value": 9.9}, {"on": frozenset({"mmlu"})})]
    result = EvalResult()
    score_results(result, "t", gold, GOLD_ENTS, predicted)
    assert (result.results["tuple"].tp, result.results["tuple"].fp, result.results["tuple"].fn) == (1, 2, 2)
    assert (result.results["value+benchmark"].tp, result.results["value+benchmark"].fn) == (1, 2)
    assert (result.results["value"].tp, result.results["value"].fp) == (2, 1)
    assert result.results["value+kind"].tp == 2  # gold without a kind takes any


def test_result_scoring_value_and_kind():
    gold = [{"value": 67.2, "kind": "absolute", "of": None, "on": None, "metric": None},
            {"value": 2.1, "kind": "gain", "of": None, "on": None, "metric": None}]
    predicted = [({"value": 67.2, "kind": "gain"}, {}), ({"value": 2.1, "kind": "gain"}, {})]
    result = EvalResult()
    score_results(result, "t", gold, GOLD_ENTS, predicted)
    kind = result.results["value+kind"]
    assert (kind.tp, kind.fp, kind.fn) == (1, 1, 1) and result.results["value"].tp == 2


def test_kg_eval_scores_results_of_a_build(tmp_path, nlp):
    from kg.sinks import get_sink

    abstract = "We present OPT-IML. OPT-IML reaches 67.2% accuracy on MMLU and 2.1 BLEU."
    graph, _ = link([extract(nlp, abstract)])
    out = tmp_path / "out"
    out.mkdir()
    get_sink("jsonl").write(graph, out)
    gold = {"id": "p", "title": TITLE, "entities": [{"name": n, "type": t, "aliases": []} for n, (t, _, _) in GOLD_ENTS.items()],
            "relations": [], "results": [{"text": "67.2%", "value": 67.2, "unit": "%", "kind": "absolute",
                                          "metric": "accuracy", "on": "MMLU", "of": "OPT-IML"}]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    result = evaluate(tmp_path / "gold.jsonl", out)
    assert result.results["tuple"].tp == 1 and "Result" not in result.entities
    assert not any(k.startswith(("REPORTS_RESULT", "RESULT_")) for k in result.relations)
    printed = CliRunner().invoke(main, ["eval", str(tmp_path / "gold.jsonl"), str(out)]).output
    assert "value+benchmark" in printed and "tuple" in printed


def test_a_name_the_sentence_repeats_unrecognised_is_a_candidate():
    from kg.extract.result_paper_roles import echoed_mentions

    text = "LightGBM exhibited a sensitivity of 100% and specificity of 94.43%."
    spans = [(0, 8, "Method", 4)]  # the recogniser found LightGBM here but not "sensitivity"
    echoes = {"sensitivity": ("Metric", 9), "LightGBM": ("Method", 1), "AUC": ("Metric", 8)}
    assert echoed_mentions(text, spans, echoes) == [(21, 32, "Metric", 9)]
    assert echoed_mentions("the sensitivity-aware loss", [], echoes) == []  # inside a longer word, no


def test_a_title_headline_is_not_the_papers_model():
    import spacy

    from kg.extract.result_paper_roles import title_headline

    title = "Explaining AI Without Code: A User Study on Explainable AI"
    doc = spacy.blank("en")(title)
    assert title_headline(doc[0:4], title)  # "Explaining AI Without Code"
    assert not title_headline(doc[1:4], title)  # not the whole head
    coined = spacy.blank("en")("MOFDiff: Coarse-Grained Diffusion for Metal-Organic Framework Design")
    assert not title_headline(coined[0:1], coined.text)  # a one-word coined name stays
    plain = spacy.blank("en")("Recurrent Highway Networks")
    assert not title_headline(plain[0:3], plain.text)  # a title without a subtitle names its model
    # a head the abstract writes again, in any case, is a name
    assert not title_headline(doc[0:4], title, "We build explaining AI without code into a tool.")
    assert title_headline(doc[0:4], title, "We study explaining AI for people who do not code.")


def test_a_title_head_the_abstract_repeats_owns_the_papers_numbers(nlp):
    title = "Gated Memory Retrieval Network: Long-Context Question Answering with Sparse Reads"
    named = ("Long-context question answering needs models that read selectively. We propose the gated memory "
             "retrieval network, which reads only the passages a gate selects. Our method achieves 71.3% accuracy on NarrativeQA.")
    found = {r[0]: r for r in results_of(nlp, named, title)}
    assert found["71.3%"][6] == "Gated Memory Retrieval Network"
    headline = named.replace("the gated memory retrieval network, which reads", "a network that reads")
    found = {r[0]: r for r in results_of(nlp, headline, title)}
    assert found["71.3%"][6] is None  # a head the abstract never repeats is the paper's headline


def test_a_number_goes_to_the_proposal_its_sentence_names_in_any_case_or_by_its_kind(nlp):
    title = "SpanRank: Sparse Retrieval with Learned Span Weights"
    opening = "We propose SpanRank, a sparse retriever, and {}. SpanRank indexes spans rather than documents. "
    written = (opening.format("Learned Span Weighting, a training scheme for it")
               + "Trained with our learned span weighting, the retriever improves recall by 4.2% on MS MARCO.")
    assert {r[0]: r for r in results_of(nlp, written, title)}["4.2%"][6] == "Learned Span Weighting"  # was SpanRank
    kind = (opening.format("we propose the Span Fusion Pipeline, which reranks its output")
            + "The full pipeline improves recall by 4.2% on MS MARCO.")
    assert {r[0]: r for r in results_of(nlp, kind, title)}["4.2%"][6] == "Span Fusion Pipeline"  # was SpanRank
    unnamed = opening.format("Learned Span Weighting, a training scheme for it") + "Our method improves recall by 4.2% on MS MARCO."
    assert {r[0]: r for r in results_of(nlp, unnamed, title)}["4.2%"][6] == "SpanRank"  # no proposal named: the first


def test_a_speed_up_is_not_carried_to_the_papers_dataset(nlp):
    abstract = ("We evaluate OPT-IML on the MMLU benchmark. OPT-IML reaches an accuracy of 67.2%. "
                "OPT-IML also decodes 3.1x faster than OPT-175B.")
    found = {r[0]: r for r in results_of(nlp, abstract)}
    assert found["67.2%"][7] == "MMLU"  # a score is carried to the paper's one benchmark
    assert found["3.1x"][7] is None  # a speed-up is not


def test_the_model_a_title_opens_with_is_the_papers_own_where_none_is_proposed(nlp):
    title = "Multi-modal Attention Network for Stock Movements Prediction"
    abstract = ("Stock prices move as piece-wise trending fluctuation rather than a purely random walk. "
                "Experimental results show that our approach outperforms previous methods in prediction accuracy (61.20%).")
    assert [(r[0], r[6]) for r in results_of(nlp, abstract, title)] == [("61.20%", "Multi-modal Attention Network")]
    # a title that names no model leaves "our approach" without one
    other = results_of(nlp, abstract, "Predicting Stock Movements from Tweets")
    assert [(r[0], r[6]) for r in other] == [("61.20%", None)]
    # a title's "with an Attention Network and LSTM" in a paper that proposes nothing else: the listed
    # name the paper-role model is sure of is the proposal (session 30; span train 12 of 12), so it owns the result
    listed = results_of(nlp, abstract, "Stock Movements Prediction with an Attention Network and LSTM")
    assert [(r[0], r[6]) for r in listed] == [("61.20%", "Attention Network")]


def test_a_title_lead_the_title_studies_is_not_the_papers_own(nlp):
    abstract = ("We study data poisoning attacks against KGE models for link prediction. Our experiments show that the proposed strategies "
                "outperform the state-of-art data poisoning attacks on KGE models and improve the MRR degradation by up to 62% over the baselines.")
    # "X for Y": the title's opening name is the paper's own, so "the proposed strategies" are it
    assert [r[6] for r in results_of(nlp, abstract, "Adversarial Attacks for Knowledge Graph Embeddings")] == ["Adversarial Attacks"]
    # "X on Y": what the paper studies, not its own (span train gold: no model)
    assert [r[6] for r in results_of(nlp, abstract, "Adversarial Attacks on Knowledge Graph Embeddings via Instance Attribution Methods")] == [None]


def test_a_title_lead_followed_by_its_kind_is_the_papers_own_a_well_known_name_too(nlp):
    """"Transfer Learning Approach for …", "A Novel Self-training Approach for …", "CRF-based …": a
    name the title calls the paper's approach (or its basis) owns "the proposed model"'s numbers,
    though the gazetteers know it; "Transfer Learning for …" alone stays a name the paper uses."""
    abstract = ("Brexit divided the country. The proposed model is able to detect distress in tweets "
                "with an accuracy of 66% on the target domain.")
    owner = lambda title: [r[6] for r in results_of(nlp, abstract, title)]  # noqa: E731
    assert owner("Transfer Learning Approach for Detecting Psychological Distress in Tweets") == ["Transfer Learning"]
    assert owner("A Novel Self-training Approach for Low-resource Speech Recognition") == ["Self-training"]
    assert owner("CRF-based Named Entity Recognition for Hindi") == ["CRF"]
    assert owner("Transfer Learning for Detecting Psychological Distress in Tweets") == [None]
    assert owner("A Comparison of LSTM Networks for Distress Detection") == [None]


def test_a_baseline_scored_beside_its_name_is_that_baselines_absolute_score(nlp):
    """"outperforms baselines including ReAct (59%)" read 59% as ReAct's gain; "(e.g., DoRA
    87.9%)" gave DoRA's score to the paper's own model; "strong 100% PEFT baselines" is no result."""
    found = results_of(nlp, "OPT-IML reaches an 84% pass rate on MMLU, which outperforms baselines including ReAct (59%).")
    assert [(r[0], r[3], r[6]) for r in found] == [("84%", "absolute", "OPT-IML"), ("59%", "absolute", "ReAct")]
    found = results_of(nlp, "OPT-IML attains 89.2% accuracy on MMLU, surpassing strong 100% PEFT baselines (e.g., LoRA 87.9%).")
    assert [(r[0], r[6]) for r in found] == [("89.2%", "OPT-IML"), ("87.9%", "LoRA")]


def test_a_number_in_a_relative_clause_on_the_compared_ones_is_theirs(nlp):
    """"outperforming common data mining algorithms, which scored F1 values between 38% and 52%":
    not the subject's score, and the learned attribution must not give it back."""
    found = results_of(nlp, "We introduce xFakeSci, a novel learning algorithm. The xFakeSci algorithm achieved F1 scores of 94%, "
                            "outperforming common data mining algorithms, which scored F1 values between 38% and 52%.")
    of = {r[1]: r[6] for r in found}
    assert of[94.0] == "xFakeSci" and of[52.0] is None


def test_a_share_of_labeled_data_is_a_setting_but_a_labeled_score_is_read(nlp):
    # "of labeled" alone ruled out "72.98% of labeled attachment score": only labelled data is a setting
    found = results_of(nlp, "OPT-IML achieves 80.91% of unlabeled attachment score and 72.98% of labeled attachment score on MMLU.")
    assert [(r[0], r[8]) for r in found][-1] == ("72.98%", "labeled attachment score")
    assert results_of(nlp, "OPT-IML is fine-tuned on MMLU with 10% of labeled data and 5% of labeled examples.") == []


def test_two_ends_in_a_bracket_after_a_benchmark_are_a_change(nlp):
    """"gains over the baseline on GSM8K (67.55% to 82.79%)": no "from", yet a change from one end
    to the other (gold: kind gain, both ends), not a range of scores; a bracket after no name stays a range."""
    found = results_of(nlp, "OPT-IML achieves substantial gains over the OPT baseline on GSM8K (67.55% to 82.79%) "
                            "and MMLU (17.00% to 26.80%).")
    assert [(r[0], r[3], r[4], r[5], r[7]) for r in found] == [("67.55% to 82.79%", "gain", 67.55, None, "GSM8K"),
                                                           ("17.00% to 26.80%", "gain", 17.0, None, "MMLU")]
    found = results_of(nlp, "UFIT generalises with minimal concession (1 to 5%) of accuracy on MMLU.")
    assert [(r[0], r[4], r[5]) for r in found] == [("1 to 5%", None, 1.0)]


def test_a_falling_pair_joined_by_to_is_a_change_from_the_first_to_the_second(nlp):
    """"degrade on Precision@5 (20.2% to 12.4%)": a range is written from its low end up, so a pair whose first end
    is the larger is a change (session 46, board46: each end was read as a score of its own); not a pair after
    "by", a year's pair or a link in a chain."""
    found = results_of(nlp, "OPT-IML degrades on Precision@5 (20.2% to 12.4% and 15.8% to 3.8%) on MMLU.")
    assert [(r[0], r[1], r[3], r[4], r[5]) for r in found] == [("20.2% to 12.4%", 12.4, "gain", 20.2, None),
                                                           ("15.8% to 3.8%", 3.8, "gain", 15.8, None)]
    found = results_of(nlp, "Incorporating prior context into OPT-IML reduced false positive rates still further (64% to 9%).")
    assert [(r[0], r[3], r[4]) for r in found] == [("64% to 9%", "gain", 64.0)]
    found = results_of(nlp, "OPT-IML shifts the share of neutral content on MMLU (54.8% in 2020 to 39.8% in 2024).")
    assert all(r[4] is None for r in found) and "39.8%" in [r[0] for r in found]
    found = results_of(nlp, "OPT-IML moves the score on MMLU from 0.613 to 0.656 to 0.595 to 0.536.")
    assert all(r[4] != 0.595 for r in found)


def test_a_bracketed_range_whose_ends_differ_by_the_change_before_it_spells_that_change_out(nlp):
    """"the gain is +12.8pp (37.2% to 50.0%)": the bracket's ends differ by the change named before it (absolutely,
    or relatively for a percentage), so they are that change's ends, not a range of scores (session 46, board46);
    where they differ by something else the bracket stays a range."""
    found = results_of(nlp, "On HumanEval, the gain of OPT-IML is +12.8pp (37.2% to 50.0%).")
    assert [(r[0], r[3], r[4], r[5], r[7]) for r in found] == [("+12.8pp", "gain", None, None, "HumanEval"),
                                                           ("37.2% to 50.0%", "gain", 37.2, None, "HumanEval")]
    found = results_of(nlp, "OPT-IML raised the mean F1 on MMLU by 11.1% (0.700 to 0.778).")
    assert [(r[0], r[4], r[5]) for r in found] == [("11.1%", None, None), ("0.700 to 0.778", 0.7, None)]
    found = results_of(nlp, "OPT-IML achieves word error rate reductions of 2.5% to 3.9% absolute (22.5% to 28.9% relative) on MMLU.")
    assert [(r[0], r[4], r[5]) for r in found] == [("2.5% to 3.9%", None, 2.5), ("22.5% to 28.9%", None, 22.5)]


def test_a_confidence_level_before_cis_and_a_colon_is_no_result(nlp):
    """"fall within Wilson 95% CIs: …" (session 46, board46: read as a score on the sentence's dataset)."""
    assert results_of(nlp, "On MMLU, differences between OPT-IML variants fall within Wilson 95% CIs: the data shows no pollution.") == []


def test_a_bare_decimal_after_an_improvement_of_is_a_gain(nlp):
    """"an average accuracy improvement of 3.06": a decimal a gain noun leads into was not read."""
    found = results_of(nlp, "OPT-IML is as effective in 11 out of 12 datasets, resulting in an average accuracy improvement of 3.06.")
    assert [(r[0], r[3], r[8]) for r in found] == [("3.06", "gain", "accuracy")]


def test_a_score_of_people_belongs_to_no_model(nlp):
    """"The human test group achieved …", "… observed in human participants": the gold gives such
    numbers to no model, not to the one the sentence compares them with."""
    found = results_of(nlp, "The human test group achieved an overall F1-score of 81.7 on MMLU, but scored worse than OPT-IML on commas.")
    assert [(r[0], r[6]) for r in found] == [("81.7", None)]
    found = results_of(nlp, "The top model, GPT-4o, achieves only a 5.82% improvement with retrieved knowledge, in contrast to a "
                            "33.16% improvement observed in human participants.")
    assert [(r[0], r[6]) for r in found] == [("5.82%", "GPT-4o"), ("33.16%", None)]


def test_a_percentage_before_a_loss_is_a_change(nlp):
    """"only a 7.0% loss in accuracy", "an 18.8% regression in model performance": the gold reads
    changes (kind gain); a bare number before "loss" stays a score."""
    found = results_of(nlp, "Pruning up to 80% of OPT-IML results in only a 7.0% loss in accuracy on MMLU.")
    assert [(r[0], r[3]) for r in found][-1:] == [("7.0%", "gain")]
    found = results_of(nlp, "Fine-tuning OPT-IML on MMLU results in an 18.8% regression in model performance.")
    assert [(r[0], r[3]) for r in found] == [("18.8%", "gain")]
    found = results_of(nlp, "OPT-IML reaches a validation accuracy of 81.2% on MMLU with a 0.35 loss.")
    assert [(r[0], r[3]) for r in found if r[0] == "81.2%"] == [("81.2%", "absolute")]


def test_a_percentage_with_its_metric_after_with_is_a_score(nlp):
    """"the greatest improvement for ViT-B with 99.44% accuracy", "outperforming … with a 64% win
    rate": the gold reads the score reached (kind absolute); "with a 9% accuracy improvement" stays a change."""
    found = results_of(nlp, "SnapMix yields the greatest improvement for OPT-IML with 99.44% accuracy on MMLU.")
    assert [(r[0], r[3]) for r in found] == [("99.44%", "absolute")]
    found = results_of(nlp, "OPT-IML outperforms the previous best bot, GPT-4, with a 64% win rate on MMLU.")
    assert [(r[0], r[3]) for r in found] == [("64%", "absolute")]
    found = results_of(nlp, "OPT-IML outperforms GPT-4 on MMLU with a 9% accuracy improvement.")
    assert [(r[0], r[3]) for r in found] == [("9%", "gain")]


def test_a_proposal_the_sentence_does_not_name_gives_way_to_the_title_heads_name(nlp):
    """"Repulsor: … with a Contrastive Memory Bank": both are proposals, and the learned attribution
    gave "our model achieves an FID of 2.40" to the memory bank (a part); the number is the titled
    system's. A part the sentence names, though not recognised there, keeps its own number, and a
    number of the background before the authors speak stays nobody's."""
    title = "Repulsor: Accelerating Generative Modeling with a Contrastive Memory Bank"
    abstract = ("We propose Repulsor, which uses a contrastive memory bank of negatives. On ImageNet-256, our model achieves "
                "a state-of-the-art FID of 2.40 within 400k steps. The contrastive memory bank alone reaches an FID of 3.10.")
    found = {r[0]: (r[6], r[9]) for r in results_of(nlp, abstract, title)}
    assert found["2.40"] == ("Repulsor", "title_head")
    assert found["3.10"][0] == "Contrastive Memory Bank"
    title = "Pramana: Fine-Tuning Large Language Models for Epistemic Reasoning"
    abstract = ("When researchers added irrelevant context to math problems, LLM performance degraded by 65%. We introduce Pramana, "
                "a novel approach that teaches LLMs epistemology by fine-tuning on Navya-Nyaya logic. Stage 1 achieves 100% "
                "semantic correctness on held-out evaluation despite only 40% strict format adherence.")
    found = {r[0]: r[6] for r in results_of(nlp, abstract, title)}
    assert found == {"65%": None, "100%": "Pramana", "40%": "Pramana"}


def test_a_place_named_right_before_a_number_is_where_it_is_measured(nlp):
    def on(sentence):
        paper = extract(nlp, OURS + sentence, title="Instruction tuning at scale")
        return {r.text: None if r.on is None else paper.mentions[r.on].text for r in paper.results}
    # not the sentence's opening place, nor a place named after the number for another one
    assert on("On BIRD, OPT-IML achieves 72.10% execution accuracy, and on Spider 1.0 it reaches 88.45%, a strong result."
              ) == {"72.10%": "BIRD", "88.45%": "Spider 1.0"}
    assert on("OPT-IML achieves state-of-the-art performance on SimplerEnv with 70.9% success rate, and 12.7% improvement"
              " over GPT-3 on LIBERO.") == {"70.9%": "SimplerEnv", "12.7%": "LIBERO"}
    # a number that names its own place after it keeps it; a set a model was trained on is not a place
    assert on("On BIRD, OPT-IML reaches 72.1%, and on Spider it reaches 88.4% on WikiSQL.")["88.4%"] == "WikiSQL"
    assert on("On CIFAR-10, OPT-IML pre-trained on ImageNet-21k reaches 81.2% accuracy.") == {"81.2%": "CIFAR-10"}


def test_a_dataset_named_only_as_where_weights_come_from_is_no_place(nlp):
    def on(sentence):
        paper = extract(nlp, OURS + sentence, title="Instruction tuning at scale")
        return {r.text: None if r.on is None else paper.mentions[r.on].text for r in paper.results}
    assert on("It outperformed ImageNet baselines in predicting incidence, including on external validation"
              " (MOST AUROC: 0.701 vs. 0.599 at 10% labeled data).") == {"0.701": None, "0.599": None}
    assert on("OPT-IML achieved an F1-score of 98.21%, a substantial improvement over ImageNet only initialization (94.63% F1)."
              ) == {"98.21%": None, "94.63%": None}
    # named once as the place as well: kept
    assert on("OPT-IML reaches 81.2% top-1 accuracy on ImageNet, surpassing ImageNet baselines.") == {"81.2%": "ImageNet"}


def test_a_glued_metric_acronym_or_a_symbol_set_to_a_value_is_the_numbers_metric(nlp):
    """"84.4 hIoU", "13.7% SubEM", "(R = 0.96)": the number reports the metric the word or symbol names."""
    found = {r[0]: r[8] for r in results_of(nlp, "Our model reaches 84.4 hIoU on open-vocabulary segmentation.")}
    assert found["84.4"] == "hIoU"
    found = {r[0]: r[8] for r in results_of(nlp, "OPT-IML gives up to 22.1% and 13.7% SubEM improvement over supervised fine-tuning.")}
    assert found["22.1%"] == found["13.7%"] == "SubEM"
    found = {r[0]: r[8] for r in results_of(nlp, "Its inferences closely correlate with human judgments (R = 0.96).")}
    assert found["0.96"] == "R"


def test_a_change_whose_ends_carry_a_spread_or_a_note_is_one_change(nlp):
    """"from 64.38+/-13.63 to 85.90+/-7.10 HU", "from 80.3% (Round 1) to 82.1% (Round 2)": the spread and the note
    belong to the pair (session 47, board47: the first end was a score, the second end lost and its spread read as a
    score of the next measure); a note holding a name is not one ("from 37% (GPT-4) to 74%": GPT-4's 37%)."""
    found = results_of(nlp, "On MMLU, OPT-IML lowers the MAE from 64.38+/-13.63 to 55.90+/-7.10 HU.")
    assert [(r[0], r[1], r[4]) for r in found] == [("from 64.38+/-13.63 to 55.90+/-7.10", 55.9, 64.38)]
    found = results_of(nlp, "The accuracy of OPT-IML improved from 80.3% (Round 1) to 82.1% (Round 2) on MMLU.")
    assert [(r[0], r[1], r[3], r[4]) for r in found] == [("from 80.3% (Round 1) to 82.1%", 82.1, "gain", 80.3)]
    found = results_of(nlp, "OPT-IML raises the accuracy on MMLU from 37% (GPT-4) to 74%.")
    assert sorted((r[1], r[4], r[6]) for r in found) == [(37.0, None, "GPT-4"), (74.0, None, "OPT-IML")]
    found = results_of(nlp, "On MMLU, the accuracy of OPT-IML varies across subjects, ranging from 96% (law) to 86% (physics).")
    assert [(r[1], r[4], r[5]) for r in found] == [(96.0, None, 86.0)]  # a range written high end first


def test_a_number_a_model_comes_within_of_another_is_a_gap(nlp):
    """"comes within 0.4 PPL of Transformers": the distance to another's score, a difference as the span gold reads
    it (session 47, board47); "within 24 hours of" and "within 25 ms" stay what they were."""
    found = results_of(nlp, "OPT-IML matches attention and comes within 0.4 PPL of Transformers on OpenWebText.")
    assert [(r[0], r[3]) for r in found] == [("0.4", "gain")]
    found = results_of(nlp, "On MMLU, OPT-IML is within 5% of a strong multi-modal model.")
    assert [(r[0], r[3]) for r in found] == [("5%", "gain")]
    found = results_of(nlp, "OPT-IML matches attention and comes within about 0.4 PPL of Transformers on OpenWebText.")
    assert [(r[0], r[3]) for r in found] == [("0.4", "gain")]  # a rounding word between (results.json gap_rounding)
    found = results_of(nlp, "OPT-IML keeps latency within 25 ms and reaches 80% accuracy on MMLU.")
    assert [(r[0], r[3]) for r in found] == [("25 ms", "absolute"), ("80%", "absolute")]
    found = results_of(nlp, "On MMLU, OPT-IML delivers an accuracy within 98% of the state of the art.")
    assert [(r[0], r[3]) for r in found] == [("98%", "absolute")]  # a share of another's score, not a gap


def test_a_papers_context_folds_an_entity_by_its_name_or_else_its_index():
    from kg.extract.result_model import PaperContext

    context = PaperContext({0: "gpt-4", 3: "gpt-4"})
    assert context.fold(0) == context.fold(3) == "gpt-4" and context.fold(5) == 5


def test_a_versus_pair_after_the_compared_one_is_the_subjects_then_its(nlp):
    """"MNL nearly matches Supervised Fine-Tuning (93.9% vs 94.3% on GSM8K)": in order, the subject's score and the
    compared one's (session 47, board47: read the other way round)."""
    found = results_of(nlp, "We show OPT-IML nearly matches Flan-T5 (93.9% vs 94.3% on GSM8K).")
    assert [(r[0], r[6]) for r in found] == [("93.9%", "OPT-IML"), ("94.3%", "Flan-T5")]
    found = results_of(nlp, "OPT-IML improves reliability compared to standard BERT (AUP: 0.89 vs. 0.91) on MMLU.")
    assert [(r[0], r[6]) for r in found] == [("0.89", "OPT-IML"), ("0.91", "BERT")]


def test_a_versus_pair_after_the_compared_one_with_no_named_subject_is_not_the_compared_ones_first(nlp):
    """"our 7B agent outperforms the 10x larger Qwen2.5-VL-72B (50.5% vs. 47.3%)": a clause that names no subject
    does not give the first score to the compared one (the "GPT-4 (2.92%)" reading); it is the paper's own where the
    authors speak, else nobody's, and the second is the compared one's (session 53, mend53)."""
    found = results_of(nlp, "On LVBench, our small agent outperforms the much larger Qwen2.5-VL-72B (50.5% vs. 47.3%).")
    assert [(r[0], r[6]) for r in found] == [("50.5%", "OPT-IML"), ("47.3%", "Qwen2.5-VL-72B")]
    found = results_of(nlp, "Test-time retrieval improved mean accuracy over GPT-3 (73% vs. 64%).")
    assert [(r[0], r[6]) for r in found] == [("73%", None), ("64%", "GPT-3")]
    # the name after the cue is a setting, not the compared one: left as it was
    found = results_of(nlp, "Text prompts are more effective than image prompts for GPT-4o (36% vs 8%).")
    assert ("8%", "GPT-4o") not in [(r[0], r[6]) for r in found]
    # a named subject still takes the first score
    found = results_of(nlp, "On LVBench, Flan-T5 outperforms the much larger Qwen2.5-VL-72B (50.5% vs. 47.3%).")
    assert [(r[0], r[6]) for r in found] == [("50.5%", "Flan-T5"), ("47.3%", "Qwen2.5-VL-72B")]


def test_a_bracketed_versus_pair_is_two_scores_whatever_change_comes_before(nlp):
    """"surpasses ChatGPT on HumanEval+ (66.5 vs. 65.9 in pass@1)", "a 3.7 point reduction in mortality (18.8% vs
    22.5%)": the pair is the two scores compared, not two gains (session 48, board48: both read as gains); a signed
    or times pair keeps its kind."""
    found = results_of(nlp, "Notably, OPT-IML even surpasses the prominent ChatGPT on HumanEval+ (66.5 vs. 65.9 in pass@1).")
    assert [(r[0], r[3], r[6]) for r in found] == [("66.5", "absolute", "OPT-IML"), ("65.9", "absolute", "ChatGPT")]
    found = results_of(nlp, "OPT-IML outperforms clinician-derived policies, achieving a 3.7 percentage-point reduction in "
                            "mortality (18.8% vs 22.5%).")
    assert [(r[0], r[3]) for r in found] == [("3.7", "gain"), ("18.8%", "absolute"), ("22.5%", "absolute")]
    found = results_of(nlp, "OPT-IML improves accuracy on MMLU over GPT-3 (+3.2 vs +1.1 for GPT-2).")
    assert [(r[0], r[3]) for r in found] == [("+3.2", "gain"), ("+1.1", "gain")]
    found = results_of(nlp, "OPT-IML is faster than GPT-3 on MMLU (2.1x vs 1.3x).")
    assert [(r[0], r[3]) for r in found] == [("2.1x", "gain"), ("1.3x", "gain")]


def test_a_speed_of_a_number_is_the_speeds_value_not_a_change(nlp):
    """"maintaining an inference speed of 21.28 FPS", "a text entry speed of 27.3 words per minute": "speed" names the
    measure here, though it is a word of change in "speeds up by 2.1x" (session 48, board48: read as gains)."""
    found = results_of(nlp, "OPT-IML achieves 41.49% accuracy on MMLU while maintaining an inference speed of 21.28 FPS.")
    assert [(r[0], r[3]) for r in found] == [("41.49%", "absolute"), ("21.28 FPS", "absolute")]
    found = results_of(nlp, "OPT-IML achieves an average text entry speed of 27.3 words per minute on MMLU.")
    assert [(r[0], r[3]) for r in found] == [("27.3 words per minute", "absolute")]
    found = results_of(nlp, "OPT-IML speeds up inference by 2.1x on MMLU and improves the speed of decoding by 35%.")
    assert [(r[0], r[3]) for r in found] == [("2.1x", "gain"), ("35%", "gain")]


def test_a_respectively_list_takes_the_places_of_the_numbers_before_it_in_order(nlp):
    """"82.6% on GSM8K and 40.6% on MATH …, surpassing previous models by 14.2% and 20.8%, respectively": the gains
    go with the benchmarks of the two scores before them (session 47, board47: both were put on MATH); a list whose
    scores share one benchmark stays there."""
    found = results_of(nlp, "OPT-IML achieves an accuracy of 82.6% on GSM8K and 40.6% on MATH, surpassing previous "
                            "models by 14.2% and 20.8%, respectively.")
    assert [(r[0], r[7]) for r in found] == [("82.6%", "GSM8K"), ("40.6%", "MATH"), ("14.2%", "GSM8K"), ("20.8%", "MATH")]
    found = results_of(nlp, "OPT-IML reports 98.6% accuracy and 99.1% AUC on MMLU, outperforming the state of the art "
                            "by 14.9% and 9.9%, respectively.")
    assert {r[7] for r in found} == {"MMLU"}


def test_a_percentage_naming_a_target_or_threshold_set_in_advance_is_no_result(nlp):
    """"(90 percent target)", "a 60% threshold", "with a 1% selection ratio": a level fixed before the
    experiment, not a result (session 48, results48: span train read two such as scores); a measure
    between the percentage and the word keeps the number ("an 89% accuracy threshold" is passed)."""
    found = results_of(nlp, "OPT-IML reaches 89.7 percent coverage on MMLU (90 percent target).")
    assert [r[0] for r in found] == ["89.7 percent"]
    found = results_of(nlp, "With a 1% selection ratio, OPT-IML improves accuracy on MMLU by 2.5 points.")
    assert [r[0] for r in found] == ["2.5 points"]
    found = results_of(nlp, "OPT-IML stays below the 50% threshold on MMLU, while reaching 67.2% accuracy.")
    assert [r[0] for r in found] == ["67.2%"]
    found = results_of(nlp, "Four of the models passed an 89% accuracy threshold on MMLU.")
    assert [r[0] for r in found] == ["89%"]


def test_percentages_in_a_bracket_after_ratios_or_thresholds_are_levels_set_not_results(nlp):
    """"under 5 sparsity ratios (70%, 75%, 80%, 85%, 90%)": the levels an experiment is run at (session 48,
    results48: span train read all five as scores); a bracket after a measure, or a lone one, stays scores."""
    found = results_of(nlp, "OPT-IML outperforms the dense baseline by 12.5% on MMLU under five sparsity ratios (70%, 75%, 80%, 85%, 90%).")
    assert [r[0] for r in found] == ["12.5%"]
    found = results_of(nlp, "We apply different thresholds (25%, 50%, and 75%) to prune edges, and OPT-IML reaches 67.2% accuracy on MMLU.")
    assert [r[0] for r in found] == ["67.2%"]
    found = results_of(nlp, "OPT-IML and OPT achieve high recall rates (94.87% and 93.59%, respectively) on MMLU.")
    assert [r[0] for r in found] == ["94.87%", "93.59%"]
    found = results_of(nlp, "OPT-IML reaches a 1,433x compression ratio (99.93% reduction) on MMLU.")
    assert "99.93%" in [r[0] for r in found]


def test_a_metric_list_whose_members_score_their_own_numbers_is_not_shared_by_each(nlp):
    """"96.58% accuracy, macro ROC-AUC of 0.9978": two numbers, each with its own member of the list "accuracy, macro
    ROC-AUC", are one result each (session 49, board49: each was read twice, once per member); a lone number after a
    list of metrics still scores every one of them."""
    found = results_of(nlp, "On MMLU, OPT-IML reaches 91.2% accuracy, macro ROC-AUC of 0.9978 and macro F1 of 0.9654.")
    assert [(r[0], r[8]) for r in found] == [("91.2%", "accuracy"), ("0.9978", "macro ROC-AUC"), ("0.9654", "macro F1")]
    found = results_of(nlp, "On MMLU, OPT-IML reaches an accuracy, precision, recall and F1-score of 0.82.")
    assert [(r[0], r[8]) for r in found] == [("0.82", "accuracy"), ("0.82", "precision"), ("0.82", "recall"), ("0.82", "F1-score")]


def test_a_proportions_change_beside_its_relative_change_keeps_no_percent(nlp):
    """"from 0.2969 to 0.3861 (+0.0892, +30.0%)": the first member is the change of a proportion, the second the same
    change relative; the list does not share its "%" with a number written to three decimals or more (session 49,
    board49: read as 0.0892%); "by 3.05 and 4.24 percentage points" still shares its unit."""
    found = results_of(nlp, "On MMLU, OPT-IML improves the overall score from 0.2969 to 0.3861 (+0.0892, +30.0%) compared to GPT-3.")
    assert [(r[0], r[2], r[3]) for r in found] == [("from 0.2969 to 0.3861", "", "gain"), ("+0.0892", "", "gain"), ("+30.0%", "%", "gain")]
    found = results_of(nlp, "OPT-IML lowers perplexity by 3.05 and 4.24 percentage points on MMLU and GSM8K.")
    assert [(r[0], r[2]) for r in found] == [("3.05", "points"), ("4.24 percentage points", "points")]


def test_a_number_within_from_anothers_score_is_a_gap(nlp):
    """"maintaining high accuracy within 2.1% from that of the original model": "from" there is the "of" of "within 5%
    of" (session 49, board49: read as a score of 2.1%); "within 5 km from" stays a bound."""
    found = results_of(nlp, "OPT-IML keeps its accuracy on MMLU within 2.1% from that of the full-precision model.")
    assert [(r[0], r[3]) for r in found] == [("2.1%", "gain")]
    found = results_of(nlp, "OPT-IML locates the source within 5 km from the true location.")
    assert [(r[0], r[3]) for r in found] == [("5 km", "absolute")]


def test_our_model_in_a_paper_that_names_no_proposal_keeps_no_owner(nlp):
    """Session 50 (tuple50): where kg finds no proposed model or method, "our model / our approach …"
    takes no owner, neither a used name from a "we introduce a method that uses X" sentence nor the
    title's. On span train the gold leaves such numbers ownerless 85 times to 39, and a used name
    from a "we propose / introduce …" sentence would be right 7 times in 56."""
    title = "Learning to Rank Bird Calls from Field Recordings"
    found = results_of(nlp, "We introduce a method that uses a linear probe on BERT features to rank recordings. "
                            "Our model achieves 91.2% accuracy on BirdSet, outperforming the baseline by 4.5 points.", title)
    assert [(r[0], r[6], r[7]) for r in found] == [("91.2%", None, "BirdSet"), ("4.5 points", None, "BirdSet")]
    (r,) = results_of(nlp, "We study bird call ranking with convolutional neural networks. "
                           "Our approach achieves an F1 score of 0.87 on BirdSet.", title)
    assert (r[0], r[6], r[7], r[8]) == ("0.87", None, "BirdSet", "F1 score")


RESULT_STAGES = ("result_numbers", "result_kinds", "result_owners", "result_sentences", "result_owner_passes", "result_carry",
                 "result_paper_roles", "results")


def test_the_result_stages_import_only_the_stages_before_them():
    """kg_result_extractor's stage modules run one way (numbers <- kinds <- owners <- sentences <- owner
    passes <- carry <- paper roles <- the component): none imports a later stage, so none can import in a cycle."""
    import ast

    extract = Path(__file__).resolve().parent.parent / "kg" / "extract"
    for k, stage in enumerate(RESULT_STAGES):
        tree = ast.parse((extract / f"{stage}.py").read_text(encoding="utf-8"))
        imported = {node.module.rsplit(".", 1)[-1] for node in ast.walk(tree)
                    if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg.extract.")}
        assert not imported & set(RESULT_STAGES[k:]), stage
    assert set(RESULT_STAGES[:-1]) <= {p.stem for p in extract.glob("result_*.py")}


def test_the_component_module_alone_registers_the_result_extractor():
    """``results.py`` keeps the spaCy component: the factory the entry point names builds a
    ``ResultExtractor`` that reads numbers with the stages' functions."""
    import spacy

    from kg.extract.result_model import PaperContext
    from kg.extract.result_numbers import ResultHit
    from kg.extract.results import ResultExtractor, make_result_extractor

    nlp = spacy.blank("en")
    component = make_result_extractor(nlp, "kg_result_extractor", "rules")
    assert isinstance(component, ResultExtractor)
    component.initialize()
    hits = component.sentence_results("Our model reaches 67.2% accuracy.", 0, 1, [], PaperContext(fold_of={}))
    assert [(h.text, h.value, h.unit, h.kind) for h in hits] == [("67.2%", 67.2, "%", "absolute")]
    assert all(isinstance(h, ResultHit) for h in hits)


def test_a_change_word_written_in_capitals_is_a_benchmarks_name_not_a_change(nlp):
    """"achieves 79.9 F1 on the DROP hidden test set": "DROP" after the number is the benchmark, not a drop, so
    the score stays a score (session 51, board51: read as a gain); "a 0.6% drop in F1" is still a change."""
    title = "ReadNet: Discrete Reasoning for Reading Comprehension"
    found = results_of(nlp, "We present ReadNet, a reader for discrete reasoning over paragraphs. ReadNet achieves 81.4 F1 on "
                            "the DROP test set.", title)
    assert [(r[0], r[3], r[7]) for r in found] == [("81.4", "absolute", "DROP")]
    found = results_of(nlp, "We present ReadNet, a reader for discrete reasoning over paragraphs. On the SQuAD benchmark "
                            "ReadNet shows only a 0.6% drop in F1.", title)
    assert [(r[0], r[3]) for r in found] == [("0.6%", "gain")]


def test_a_dataset_joined_to_pretrained_by_a_hyphen_is_no_place_of_the_numbers(nlp):
    """"Our ImageNet-pretrained ViT … achieves 78.04% … and an AUC of 0.859": ImageNet is where the weights
    come from, as in "ImageNet pretraining" (session 51, board51: the AUC was put on ImageNet); a number
    "on ImageNet" keeps it."""
    title = "LesionNet: Skin Lesion Classification"
    found = results_of(nlp, "We present LesionNet for skin lesion classification. Our ImageNet-pretrained ResNet-50 reaches "
                            "91.3% accuracy and an AUC of 0.95. A ResNet-50 reaches 76.1% top-1 accuracy on ImageNet.", title)
    assert [(r[0], r[7]) for r in found] == [("91.3%", None), ("0.95", None), ("76.1%", "ImageNet")]


def test_a_bare_score_after_with_is_the_winners_score_not_its_margin(nlp):
    """"surpasses previous 32B models … with 95.0 pass@1 accuracy on MATH-500": a bare number after "with" and right
    before its metric is the score the comparison came with (session 52, board52: read as a gain), as a percentage
    there already was; "outperforms X by 2.1 BLEU" and "with 1.3 pass@1 and 2.4 pass@1 improvements" stay gains."""
    title = "MathRL: Reinforcement Learning for Mathematical Reasoning"
    found = results_of(nlp, "We present MathRL, a reinforcement learning recipe for math. MathRL-32B surpasses previous 32B "
                            "models with 93.2 pass@1 accuracy on MATH-500.", title)
    assert [(r[0], r[3], r[7]) for r in found] == [("93.2", "absolute", "MATH-500")]
    found = results_of(nlp, "We present MathRL, a reinforcement learning recipe for math. MathRL-32B outperforms previous "
                            "32B models by 2.1 pass@1 accuracy on MATH-500.", title)
    assert [(r[0], r[3]) for r in found] == [("2.1", "gain")]
    found = results_of(nlp, "We present MathRL, a reinforcement learning recipe for math. MathRL-32B outperforms previous "
                            "32B models, with 1.3 pass@1 and 2.4 pass@1 improvements on MATH-500.", title)
    assert [(r[0], r[3]) for r in found] == [("1.3", "gain"), ("2.4", "gain")]


def test_a_dash_of_two_hyphens_keeps_the_change_word_after_it(nlp):
    """"surpasses leading prompt optimizers--MIPROv2, GEPA, and GEPA+Merge--by an average of 12%, 4.9%, and 4.86%":
    a dash written as two hyphens is a break between words, so "by" after it still marks the changes (session 52,
    board52: "Merge--by" was one word and the three gains were read as scores); between digits ("32.5--59%") the two
    hyphens are left as they were."""
    title = "Tuner: Joint Optimisation of Agents"
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner surpasses prompt optimizers--MIPROv2 and "
                            "GEPA--by an average of 12% and 4.9%, respectively.", title)
    assert [(r[0], r[3]) for r in found] == [("12%", "gain"), ("4.9%", "gain")]
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner reaches a word error rate of 32.5--59% on "
                            "out-of-domain speech.", title)
    assert [(r[1], r[3]) for r in found] == [(59.0, "absolute")]


def test_a_number_after_an_unrecognised_measures_score_of_takes_no_other_numbers_metric(nlp):
    """"achieves a reconstruction rFID score of 0.556 and a PSNR of 24.93": the first number's measure is named
    before it (not a recognised metric), so the PSNR that leads into the second is not its (session 52, board52:
    both were PSNR); "an F1 score of 0.87 and a PSNR of 24.93" keeps "F1 score" for the first."""
    title = "GaussTok: Gaussian Image Tokenizers"
    found = results_of(nlp, "We present GaussTok, an image tokenizer. GaussTok achieves a reconstruction qFID score of "
                            "0.556 and a PSNR of 24.93.", title)
    assert [(r[0], r[8]) for r in found] == [("0.556", None), ("24.93", "PSNR")]
    found = results_of(nlp, "We present GaussTok, an image tokenizer. GaussTok achieves an F1 score of 0.87 and a "
                            "PSNR of 24.93.", title)
    assert [(r[0], r[8]) for r in found] == [("0.87", "F1 score"), ("24.93", "PSNR")]


def test_a_word_both_ends_of_a_change_repeat_is_its_unit_where_it_is_an_amounts(nlp):
    """"reduces the memory cost from 65GB to 2GB", "(from 83h to 57h)": a time, a memory size or a power written
    after both ends is the change's unit (session 53, board53: glued to the second end it made that end a false
    friend, "2GB" read as "7B", and the change was lost); a size glued to a letter that is no amount ("from 7B to
    70B") stays no result."""
    title = "Tuner: Joint Optimisation of Agents"
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner cuts the memory cost from 65GB to 2GB, and "
                            "scales from 7B to 70B parameters.", title)
    assert [r[:5] for r in found] == [("from 65GB to 2GB", 2.0, "GB", "gain", 65.0)]
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner reduces the training time from 30 hours to "
                            "12 hours.", title)
    assert [r[1:5] for r in found] == [(12.0, "hours", "gain", 30.0)]


def test_a_number_after_a_spread_or_an_effect_size_label_is_no_result(nlp):
    """"(M = 2.59, SD = 1.11)", "adjusted OR=2.5": a standard deviation or an odds ratio written after its label and
    "=" or ":" is no result (the guideline: effect sizes and standard deviations are not results; session 53,
    board53: three "SD =" and one "OR=" read as scores); the mean beside it ("M = 4.10") stays one."""
    title = "Tuner: Joint Optimisation of Agents"
    found = results_of(nlp, "We present Tuner, an optimiser for agents. In a user study, Tuner (M = 4.10, SD = 1.03) is "
                            "rated above its base model (M = 2.59, SD: 1.11); longer sessions predict dropout (OR=2.5).", title)
    assert [r[1] for r in found] == [4.1, 2.59]


def test_a_score_after_with_keeps_absolute_when_the_change_before_it_is_far_back(nlp):
    """"an 8.97% improvement over the baseline YOLOv8n, along with 96.2% precision": a score after "with" and right
    before its metric is the score the change came with, also where the change word stands more than seven words
    back and the kind would be taken over from the number before (session 54, board54: three such scores read as
    gains); a change after "with" ("with a 2.1% accuracy gain") stays one."""
    title = "Tuner: Joint Optimisation of Agents"
    found = results_of(nlp, "We present Tuner, an optimiser for agents. On KITTI, Tuner reaches 95.4% mAP, an 8.97% improvement "
                            "over the baseline Faster R-CNN, along with 96.2% precision and 93.7% recall.", title)
    assert [(r[1], r[3]) for r in found] == [(95.4, "absolute"), (8.97, "gain"), (96.2, "absolute"), (93.7, "absolute")]
    found = results_of(nlp, "We present Tuner, an optimiser for agents. On KITTI, Tuner reaches 95.4% mAP, an 8.97% improvement "
                            "over the baseline Faster R-CNN, along with a 2.1% recall gain.", title)
    assert [(r[1], r[3]) for r in found] == [(95.4, "absolute"), (8.97, "gain"), (2.1, "gain")]


def test_a_gain_that_sizes_a_change_of_its_sentence_is_on_that_changes_place(nlp):
    """"from 74.8% to 78.6% on FaceForensics++ and from 70.5% to 74.9% on DFDC-Preview, gains of 3.8% and 4.4%": a
    plain gain equal, as written, to the size of one "from … to" change of its sentence is measured where that
    change is, not on the nearer place (session 54, board54: 2 on the draw, both right); a gain that sizes no
    change keeps its place."""
    title = "Tuner: Joint Optimisation of Agents"
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner raises the accuracy from 61.2% to 66.0% on CIFAR-100 "
                            "and from 80.1% to 82.4% on SVHN, gains of 4.8% and 2.3% over the baseline.", title)
    assert [(r[1], r[7]) for r in found] == [(66.0, "CIFAR-100"), (82.4, "SVHN"), (4.8, "CIFAR-100"), (2.3, "SVHN")]
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner raises the accuracy from 61.2% to 66.0% on CIFAR-100 "
                            "and from 80.1% to 82.4% on SVHN, gains of 4.7% and 2.2% over the baseline.", title)
    assert [(r[1], r[7]) for r in found] == [(66.0, "CIFAR-100"), (82.4, "SVHN"), (4.7, "SVHN"), (2.2, "SVHN")]


def test_a_number_after_an_unnamed_place_is_not_on_the_set_named_before_it(nlp):
    """ "with a recall 88.1" after "84.6 on the ward notes corpus" is measured there, not on the SemEval named
    before; a number after a set part ("on the test set") keeps the set."""
    found = results_of(nlp, "OPT-IML reaches an F1 score of 91.2 on the SemEval dataset, and an F1 score of 84.6 on the "
                            "ward notes corpus, with a recall of 88.1.")
    assert [(r[0], r[7]) for r in found] == [("91.2", "SemEval"), ("84.6", None), ("88.1", None)]
    found = results_of(nlp, "OPT-IML reaches an F1 score of 91.2 on the SemEval dataset, and an F1 score of 84.6 on the "
                            "test set, with a recall of 88.1.")
    assert [(r[0], r[7]) for r in found] == [("91.2", "SemEval"), ("84.6", "SemEval"), ("88.1", "SemEval")]


def test_an_average_is_not_on_the_place_of_a_maximum_named_after_it(nlp):
    """ "an average gain of 4.2% …, with up to 9.6% on SQuAD": the average is over several sets, the maximum's
    SQuAD is not its place; an average whose later number is no maximum ("and a 9.6% gain on SQuAD") keeps it."""
    found = results_of(nlp, "Experiments on five benchmarks show that OPT-IML outperforms prior retrievers, achieving an "
                            "average gain of 4.2% in F1 score, with up to 9.6% gain on SQuAD.")
    assert [(r[0], r[7]) for r in found] == [("4.2%", None), ("9.6%", "SQuAD")]
    found = results_of(nlp, "Experiments on five benchmarks show that OPT-IML outperforms prior retrievers, achieving an "
                            "average gain of 4.2% in F1 score and a 9.6% gain on SQuAD.")
    assert [(r[0], r[7]) for r in found] == [("4.2%", "SQuAD"), ("9.6%", "SQuAD")]


def test_a_place_written_as_a_numbers_label_is_that_numbers_place(nlp):
    """ "(SQuAD: +3.1%, DROP: +1.7%)": each set labels its own number, not the nearer one after it; a number
    labelled with an unrecognised name ("OTHER TASKS: +1.2%") is not on another number's labelled set. A
    colon that labels no set ("(F1: 85.2 on HellaSwag)") changes nothing."""
    found = results_of(nlp, "Fine-tuning OPT-IML on the mixture improves reading comprehension (SQuAD: +3.1%, DROP: +1.7%) "
                            "and commonsense reasoning (HellaSwag: +0.9%, OTHER TASKS: +1.2%).")
    assert [(r[0], r[7]) for r in found] == [("+3.1%", "SQuAD"), ("+1.7%", "DROP"), ("+0.9%", "HellaSwag"), ("+1.2%", None)]
    found = results_of(nlp, "Fine-tuning OPT-IML on the mixture improves reading comprehension by 3.1% on SQuAD and "
                            "commonsense reasoning (F1: 85.2 on HellaSwag).")
    assert [(r[0], r[7]) for r in found] == [("3.1%", "SQuAD"), ("85.2", "HellaSwag")]


def test_a_respectively_list_after_metrics_that_lead_into_their_numbers_pairs_in_order(nlp):
    """ "a recall of 81.4% and an F1 score of 77.9%, exceeding … by 2.2% and 3.5%, respectively": the list took
    the metric that leads into the number before it; it pairs with the two metrics in order. Where the numbers
    before it share one metric ("an F1 score of 81.4% on SQuAD and 77.9% on DROP"), that metric stays."""
    found = results_of(nlp, "OPT-IML reaches a recall of 81.4% and an F1 score of 77.9%, exceeding the strongest baseline "
                            "by 2.2% and 3.5%, respectively.")
    assert [(r[0], r[8]) for r in found] == [("81.4%", "recall"), ("77.9%", "F1 score"), ("2.2%", "recall"), ("3.5%", "F1 score")]
    found = results_of(nlp, "OPT-IML reaches an F1 score of 81.4% on SQuAD and 77.9% on DROP, exceeding the strongest "
                            "baseline by 2.2% and 3.5%, respectively.")
    assert [r[8] for r in found] == ["F1 score"] * 4


def test_a_respectively_list_of_measures_before_by_pairs_each_number_with_its_own_member(nlp):
    """"reducing parameter and computation costs by 101x and 15x, respectively", "a reduction in memory and FLOPs by 42% and
    54% respectively": the list of measures before "by" pairs member by member; a member that names no recognised metric
    gives its number none, not the other member's (session 70, metric70). A one-word modifier before a last member whose
    metric leaves out a word shares it ("biomass and N estimation accuracy")."""
    title = "Tuner: Joint Optimisation of Agents"
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Compared to MISSFormer, Tuner achieves superior "
                            "segmentation performance while reducing parameter and computation costs by 101x and 15x, respectively.", title)
    assert [(r[0], r[8]) for r in found] == [("101x", None), ("15x", "computation costs")]
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner runs 1.27 times faster and achieves a reduction in "
                            "memory and FLOPs by 42% and 54% respectively.", title)
    assert [(r[0], r[8]) for r in found][1:] == [("42%", None), ("54%", "FLOPs")]
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner improves biomass and N estimation accuracy by 18% "
                            "and 31%, respectively.", title)
    assert [r[8] for r in found] == ["estimation accuracy", "estimation accuracy"]
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner reduces buffer traffic by 77.4%, leading to a total "
                            "reduction in data traffic energy and latency by 10.1% and 15.6%, respectively.", title)
    assert [(r[0], r[8]) for r in found][1:] == [("10.1%", None), ("15.6%", "latency")]


def test_a_respectively_list_with_an_oxford_comma_pairs_member_by_member(nlp):
    """"latency, memory, and energy by 42%, 54%, and 61%, respectively": the comma before the last "and" is one join, not
    the end of the list (third70 found latency given to all three numbers; without the comma it already paired)."""
    title = "Tuner: Joint Optimisation of Agents"
    for text in ("We present Tuner, an optimiser for agents. Tuner reduces latency, memory, and energy by 42%, 54%, and 61%, respectively.",
                 "We present Tuner, an optimiser for agents. Tuner reduces latency, memory and energy by 42%, 54% and 61%, respectively."):
        assert [(r[0], r[8]) for r in results_of(nlp, text, title)] == [("42%", "latency"), ("54%", None), ("61%", None)]


def test_a_list_of_measures_with_short_forms_in_brackets_pairs_member_by_member(nlp):
    """"compilation success rate (CSR), pass rate (PR), test coverage (Cov), and mutation score (MS) by an average of
    12.90%, 35.82%, 4.65%, and 5.07%, respectively": a short form in brackets after a measure is that measure again, so
    the list holds four members, not eight, and pairs with the four numbers (session 71, metric71: base gave every
    number the last short form, MS)."""
    title = "Tuner: Joint Optimisation of Agents"
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner reduces compilation success rate (CSR), pass rate (PR), "
                            "test coverage (Cov), and mutation score (MS) by an average of 12.90%, 35.82%, 4.65%, and 5.07%, respectively.", title)
    assert [(r[0], r[8]) for r in found] == [("12.90%", "compilation success rate"), ("35.82%", "pass rate"), ("4.65%", "coverage"),
                                             ("5.07%", "mutation score")]
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner improves accuracy (ACC), normalized mutual information "
                            "(NMI) and adjusted rand index (ARI) by 3.2%, 4.1% and 5.0%, respectively.", title)
    assert [(r[0], r[8]) for r in found] == [("3.2%", "accuracy"), ("4.1%", "normalized mutual information"), ("5.0%", "adjusted rand index")]
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner improves Recall@20 (R@20) and NDCG@20 (N@20) by 4.5% "
                            "and 6.1%, respectively.", title)
    assert [(r[0], r[8]) for r in found] == [("4.5%", "Recall@20"), ("6.1%", "NDCG@20")]
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner achieves a Character Error Rate (CER) of 18.4% and Word "
                            "Error Rate (WER) of 27.6%, representing improvements of 26.4% and 31.2% respectively over the baseline.", title)
    assert [(r[0], r[8]) for r in found] == [("18.4%", "CER"), ("27.6%", "WER"), ("26.4%", "CER"), ("31.2%", "WER")]
    # one metric, written twice ("word error rate (WER)"): the numbers of the list keep it
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner outperforms the baseline by up to 6.81% (26.83% relative) and "
                            "22.22% (56.87% relative) absolute word error rate (WER) reduction on overlapped speech respectively.", title)
    assert {r[8] for r in found} == {"word error rate", "WER"}


def test_an_item_before_by_in_a_run_of_by_numbers_is_its_numbers_measure(nlp):
    """"reducing FLOPs by 400-700x, model parameters by 25-75x, and inference-time overhead by 10-20x": each item before
    "by" is what its number changes; one that names no recognised metric takes none, not the next item's (nor the
    first's: "reduces omission error by 84%, increases evidence traceability by up to 130%"). Compared items ("outperforming
    gzip by 3.1x, bzip2 by 2.5x") and items with a head of their own kind ("the monolingual models by 10%") keep the
    metric (session 70, metric70)."""
    title = "Tuner: Joint Optimisation of Agents"
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner achieves competitive image quality while reducing "
                            "FLOPs by 400-700x, model parameters by 25-75x, and inference-time overhead by 10-20x.", title)
    assert [(r[0], r[8]) for r in found] == [("400-700x", "FLOPs"), ("25-75x", None), ("10-20x", "inference-time")]
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner reduces omission error by approximately 84%, "
                            "increases evidence traceability by up to 130%, and reduces unsupported claims by up to 91%.", title)
    assert [(r[0], r[8]) for r in found] == [("84%", "omission error"), ("130%", None), ("91%", None)]
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner achieves 0.918 bits per byte, outperforming gzip "
                            "by 3.1x, bzip2 by 2.5x, and CMIX by 44%.", title)
    assert [r[8] for r in found] == ["bits per byte"] * 4
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner improves the word error rate (WER) of the "
                            "multilingual model by 4% relative on average, and the monolingual models by 10%.", title)
    assert [r[8] for r in found] == ["WER"] * 2
    # an item that qualifies the metric right before it, a metric in the number's own phrase, a passive's subject
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner improves recall of rare words by 34.7% relative "
                            "and of out-of-vocabulary words by 97.2% relative.", title)
    assert [r[8] for r in found] == ["recall"] * 2
    found = results_of(nlp, "We present Tuner, an optimiser for agents. The AUC of Tuner improved by 8.2% and the logarithmic "
                            "loss improved by 5.7% in comparison with the best baseline model.", title)
    assert [(r[0], r[8]) for r in found] == [("8.2%", "AUC"), ("5.7%", None)]


def test_a_wise_item_a_metric_after_the_number_and_a_list_keep_a_by_numbers_metric(nlp):
    """Three guards of ``by_item_names_its_own_measure`` no other test decides alone (session 70, third70): an item that is
    only a "-wise" manner ("and pixel-wise by 1.5%"), a metric in the number's own phrase after it ("tagging by 0.9 points
    of accuracy") and the first number of a list after "by" ("top3 by 41.8%, 26.3%, and 18.3%") keep the metric read."""
    title = "Tuner: Joint Optimisation of Agents"
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner raises the mIoU of the segmenter class-wise by "
                            "2.1% and token-wise by 1.5%.", title)
    assert [(r[0], r[8]) for r in found] == [("2.1%", "mIoU"), ("1.5%", "mIoU")]
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner improves parsing by 2.1 points of accuracy and "
                            "tagging by 0.9 points of accuracy.", title)
    assert [(r[0], r[8]) for r in found] == [("2.1 points", "accuracy"), ("0.9 points", "accuracy")]
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner improves accuracy by 5.2% overall, and for top1, "
                            "top2, and top3 by 41.8%, 26.3%, and 18.3%.", title)
    assert [(r[0], r[8]) for r in found] == [("5.2%", "accuracy"), ("41.8%", "accuracy"), ("26.3%", "accuracy"),
                                             ("18.3%", "accuracy")]


def test_a_passive_by_item_and_an_overlong_by_item_keep_a_by_numbers_metric(nlp):
    """``_by_item``'s skip of an auxiliary after the change verb ("the monolingual models were improved by 10%": the item
    is "monolingual models", of ``by_item_keeps``) and its give-up past ``BY_ITEM_WORDS`` words ("our seven smaller
    distilled student networks trained longer by 2%") keep the metric read; no other test reached either (session 70,
    third70)."""
    title = "Tuner: Joint Optimisation of Agents"
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner improves the word error rate (WER) of the "
                            "multilingual model by 4% relative on average, and the monolingual models were improved by 10%.", title)
    assert [(r[0], r[8]) for r in found] == [("4%", "WER"), ("10%", "WER")]
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner lowers the word error rate (WER) by 4% on "
                            "average, and our seven smaller distilled student networks trained longer by 2%.", title)
    assert [(r[0], r[8]) for r in found] == [("4%", "WER"), ("2%", "WER")]


def test_a_change_word_that_leads_into_a_number_of_its_own_is_not_the_number_befores_cue(nlp):
    """"8.61% on Multitudes--absolute gains of 10.47 and 7.06 points", "achieves 46.85% accuracy, a relative improvement
    of approximately 66%": a change word after a comma, a dash or a semicolon that leads ("of", "by") into a number of
    its own is that number's cue, not the score's before it (session 57, board57: 5 such scores read as gains on the
    draws and ACL abstracts, all 5 scores); a change word of the number itself still makes it a gain."""
    title = "Tuner: Joint Optimisation of Agents"
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner reaches 71.4 on HellaSwag, improvements of 2.6 "
                            "and 1.9 points over the two baselines.", title)
    assert [(r[1], r[3]) for r in found] == [(71.4, "absolute"), (2.6, "gain"), (1.9, "gain")]
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner attains 12.5% on Switchboard--absolute gains of "
                            "2.3 points over a beam-search decoder.", title)
    assert [(r[1], r[3]) for r in found] == [(12.5, "absolute"), (2.3, "gain")]
    found = results_of(nlp, "We present Tuner, an optimiser for agents. Tuner achieves a 4.2% improvement, a gain of 1.1 "
                            "points over RoBERTa.", title)
    assert [(r[1], r[3]) for r in found] == [(4.2, "gain"), (1.1, "gain")]


def test_a_listed_method_the_papers_unnamed_own_acts_on_does_not_own_its_score(nlp):
    """"Our proposed method improves a standard CTC model significantly (e.g., more than 20 % relative word error rate
    reduction …)" gave 20% to CTC, and "In DialDoc21 competition, our system achieved 74.95 F1" gave 74.95 to the
    competition (session 57, issue 10): where a paper with no named proposal has "our / the proposed <method>" for the
    clause's scorer, a listed method named before that subject or after its verb is where, or what, it works on. The
    number is the paper's own, which has no node. Invented sentences."""
    title = "Better Speech Recognition for Noisy Rooms"
    owner = lambda text: [(r[0], r[6]) for r in results_of(nlp, text, title)]  # noqa: E731
    assert owner("Our proposed method improves a standard LSTM model by 12% relative word error rate.") == [("12%", None)]
    assert owner("Our approach leverages convolutional neural networks, achieving 91.3% accuracy.") == [("91.3%", None)]
    # near misses: a Model keeps its number, and so does a method that is the own thing ("our best method, X, …")
    assert owner("Our approach fine-tunes BERT, which reaches 88.1% accuracy.") == [("88.1%", "BERT")]
    assert owner("Our best method, beam search, improves accuracy by 4.2%.") == [("4.2%", "beam search")]


def test_a_bound_in_brackets_after_a_change_is_a_gain(nlp):
    """"reduces training and inference times (up to 31.3% and 56.3% …)", "moderate declines in both SE quality (up to
    4.4%)", "outperforms the vanilla PoT approach by 2.3% average score (up to 24.1%)" were read as scores (session 58,
    board58): a number alone in "(up to …)" after the clause names a change is the largest of that change, a gain, as
    span train's gold reads "reduce verbose overthinking (up to 50%)". On the draw and 180 corpus abstracts: 45
    numbers change, 41 right. A verb of attainment before the bracket keeps a score. Invented sentences."""
    kinds = partial(kinds_of, nlp)
    assert kinds("Our pruning schedule cuts decoding and warm-up latency (up to 27.5% and 41.2% on the two corpora).") == [
        ("27.5%", "gain"), ("41.2%", "gain")]
    assert kinds("Caching leads to mild declines in both recall (up to 3.1%) and coherence (up to 1.7%).") == [
        ("3.1%", "gain"), ("1.7%", "gain")]
    assert kinds("Tuner beats the plain grid search by 1.9% mean score (up to 17.4%) across all agents.") == [
        ("1.9%", "gain"), ("17.4%", "gain")]
    # near misses: a score reached, and a bound that names its own measure
    assert kinds("Tuner achieves high accuracy (up to 97.3%) on four parsing corpora.") == [("97.3%", "absolute")]
    assert kinds("Tuner attains strong retrieval results (up to 88% Hit@1 accuracy on WikiSQL).")[0] == ("88%", "absolute")
    # the bound names its own measure after a word of change, no verb of attainment: the bracket's close alone keeps a score
    assert kinds("Pruning barely degrades retrieval (up to 88% Hit@1 accuracy on WikiSQL).") == [("88%", "absolute")]


def test_a_comparative_that_qualifies_a_measure_before_of_makes_a_score(nlp):
    """"reaching a statistically significantly lower BERTScore of 0.89", "users had even lower correct guess rates of
    60%" (span train's gold: a score) were read as gains (session 58, board58): "higher", "better", "improved",
    "enhanced" before the measure's "of" already made a score where the measure was one word; now "lower",
    "reduced", "worse", "smaller", "greater", "larger" do too, and the measure may run to three words. On the draw,
    span train and 94 corpus abstracts: 11 numbers change, 10 right. A change word among the measure's keeps a change.
    Invented sentences."""
    kinds = partial(kinds_of, nlp)
    assert kinds("The pruned parser shows a slightly lower labelled attachment score of 87.2%.") == [("87.2%", "absolute")]
    assert kinds("Tuner reaches a significantly lower word error rate of 11.4% on noisy speech.") == [("11.4%", "absolute")]
    # near misses: a change noun among the measure's words, and a change "by"
    assert kinds("Tuner shows a smaller accuracy reduction of 0.8% under noise.") == [("0.8%", "gain")]
    assert kinds("Tuner shows an even larger drop of nearly 6% under noise.") == [("6%", "gain")]
    assert kinds("Tuner lowers the word error rate by 2.3% on noisy speech.") == [("2.3%", "gain")]


def test_a_statistic_among_a_measures_words_keeps_the_qualifier_a_score(nlp):
    """"a lower mean error of 5.2%" was read as a gain (session 58, review58): board58's measure qualifier refused a
    measure whose words hold a word of ``change_before_of`` ("mean", "average", "total", "median"), which makes "by
    an average of 3%" a change only right before "of"; among the measure's words it names the measure. No firing on
    span train, span dev, the proxies or the draw (grep of the shape). Invented sentences."""
    kinds = partial(kinds_of, nlp)
    assert kinds("Tuner shows a lower mean error of 5.2% on noisy speech.") == [("5.2%", "absolute")]
    # near misses: the statistic right before "of" sizes a change, and a change noun among the measure's words
    assert kinds("Tuner lowers the error by an average of 5.2% on noisy speech.") == [("5.2%", "gain")]
    assert kinds("Tuner shows a larger accuracy margin of 3.4% over the baseline.") == [("3.4%", "gain")]


def test_a_number_after_to_and_a_rounding_word_is_the_level_reached(nlp):
    """"the zero-shot performance increases to about 74%", "accuracy further drops to approximately 2%", "reduce
    classifier accuracy to as low as 51%" were read as changes (session 59, board59): "to" right before a number
    already made the level reached, a score; a word that only rounds or bounds it ("about", "approximately", "over",
    "just", "under", "as low as", "~": ``approximate_before`` and ``level_bounds_after_to``) may stand between. On
    the session 53-59 draws and ACL abstracts with no arXiv id: 20 numbers change, 16 right. Not "up to about 5%"
    (a bound of a change), a change word after the number, nor a share of the original ("to about 15% of that of
    …", a change as span train's gold reads it). Invented sentences."""
    kinds = partial(kinds_of, nlp)
    assert kinds("With Tuner, the parsing accuracy on the Velvet treebank increases to about 81.5%.") == [("81.5%", "absolute")]
    assert kinds("Under heavy noise, the tagging accuracy of Tuner drops to approximately 12% on Switchboard.") == [("12%", "absolute")]
    assert kinds("Tuner cuts the tagging error rate on Switchboard to under 4.5%.") == [("4.5%", "absolute")]
    # near misses: a bound of a change, a change word after the number, a share of the original
    assert kinds("Tuner improves the tagging accuracy on Switchboard by up to about 4.5%.") == [("4.5%", "gain")]
    assert kinds("Tuner leads to about 3.5% improvement in tagging accuracy on Switchboard.") == [("3.5%", "gain")]
    assert kinds("Tuner reduces the labelling time to about 15% of that of manual tagging.") == [("15%", "gain")]


def test_a_verb_of_loss_before_a_number_makes_a_change(nlp):
    """"losing only 3% EM accuracy", "EDA generally loses ≈ 2% in aspect-based sentiment classification" were read as
    scores (session 59, board59): a loss is a change, a gain in the guideline's kinds as "drops by 3%" is; "lose",
    "loses", "losing", "lost", "sacrifices", "sacrificing" join ``gain_before``. A verb of attainment after the loss
    verb still makes a score. On the session 53-59 draws and ACL abstracts with no arXiv id: 4 numbers change, 4
    right. Invented sentences."""
    kinds = partial(kinds_of, nlp)
    assert kinds("Pruned by half, the Velvet tagger loses only 0.8% accuracy on Switchboard.") == [("0.8%", "gain")]
    assert kinds("Tuner halves the memory while sacrificing 1.3 points of F1 on Switchboard.") == [("1.3 points", "gain")]
    # near miss: a score reached after the loss verb
    assert kinds("Without losing speed, Tuner achieves 91.2% accuracy on Switchboard.") == [("91.2%", "absolute")]


def test_a_scored_measure_before_a_negative_number_is_its_metric(nlp):
    """"the lowest log-likelihood of -3.1" named no metric (session 59, review59): ``NUMBER_TOKEN`` took no
    minus sign (nor U+2212) before the digits. Invented sentences."""
    assert [(r[0], r[8]) for r in results_of(nlp, "Quorvex obtains the lowest average ledger scores of -1.21 on Tarn.")] == [
        ("-1.21", "ledger scores")]
    assert [(r[8]) for r in results_of(nlp, "Quorvex obtains the lowest average ledger scores of \u22121.21 on Tarn.")] == [
        "ledger scores"]


def test_a_scored_measure_after_the_or_a_plural_one_is_its_metric(nlp):
    """"the highest pairwise label difference rate of 26%", "lower correct guess rates of 60%": the scored
    measure read after "a"/"an" is read after "the" (a superlative between) or, plural, with no article.
    Near misses: a setting ("the dropout rate of 0.1"), a baseline's score, a lead word ("average scores of
    2.65") and a name opened by a digit after "of" ("the architectural similarity of 3D ledger models") name
    no metric; a verb before the measure is no part of it ("keeps cumulative errors below 4.1%": "cumulative
    errors")."""
    assert [(r[0], r[8]) for r in results_of(nlp, "Quorvex reaches the highest ledger drift rate of 26% on Tarn.")] == [
        ("26%", "ledger drift rate")]
    assert [(r[0], r[8]) for r in results_of(nlp, "Players of Quorvex had even lower correct wager rates of 60%.")] == [
        ("60%", "correct wager rates")]
    found = {m.text for m in extract(nlp, "We train Quorvex with the dropout rate of 0.1, which beats the baseline score of 2. "
                                          "Quorvex achieves average scores of 2.65 and keeps cumulative errors below 4.1%. "
                                          "Despite the architectural similarity of 3D ledger models to Tarnlib, they lag.").mentions
             if m.label == "Metric"}
    assert not found & {"dropout rate", "baseline score", "average scores", "keeps cumulative errors", "architectural similarity"}
    assert "cumulative errors" in found


def test_an_averaged_lone_measure_or_a_reported_only_metric_given_a_number_is_its_metric(nlp):
    """"an average error of 7.87 km/h", "a mean return of 500": a lone measure noun averaged after "a"/"an"
    and given a number is the number's metric, named with its lead; "an average cosine similarity of 0.932":
    a metric named in passing elsewhere ("cosine similarity") is reported where its link gives it a measured
    number; "Spearman rho = 0.63" is Spearman's correlation. Near misses: a lone noun with no lead ("an
    error of 0.01684"), a generic score ("an average score of 3.0"), a change ("an average improvement of
    3.2%"), a count ("the cosine similarity of 3 ledgers"), a number a capitalised measure follows ("an
    inference speed of 29.29 FPS") and a cost after "at" ("a speedup at training time of ~10x": when) keep what they had."""
    assert [(r[0], r[8]) for r in results_of(nlp, "Quorvex tracks the ledger speed on Tarn with an average error of 7.87 km/h.")] == [
        ("7.87 km", "average error")]
    assert [(r[0], r[8]) for r in results_of(nlp, "Quorvex reaches a mean return of 500 on Tarn.")] == [("500", "mean return")]
    assert [(r[0], r[8]) for r in results_of(nlp, "Quorvex achieves an average cosine similarity of 0.932 on Tarn.")] == [
        ("0.932", "cosine similarity")]
    assert [(r[0], r[8]) for r in results_of(nlp, "Quorvex agrees with ledger quality on Tarn (Spearman rho = 0.63).")] == [
        ("0.63", "Spearman rho")]
    found = {m.text for m in extract(nlp, "Quorvex obtains an error of 0.01684 and an average score of 3.0 on Tarn. "
                                          "It gives an average improvement of 3.2% over Tarnlib. "
                                          "We compute the cosine similarity of 3 ledgers. "
                                          "Quorvex keeps an inference speed of 29.29 FPS on Tarn. "
                                          "Quorvex gives a speedup at training time of ~10x.").mentions if m.label == "Metric"}
    assert not found & {"error", "average score", "score", "average improvement", "cosine similarity", "inference speed", "training time"}


def test_a_coined_name_the_abstract_proposes_owns_our_number_over_a_title_phrase(nlp):
    """"Calibrated Seq2seq Models for …" is proposed from the title, and the abstract presents its
    system by a coined name: "Our method reduces latency by 41%" is that name's. Near misses: a
    sentence that writes the title phrase keeps it, and a coined name that spells the phrase's
    initials is its short form (the phrase stays, either is right)."""
    title = "Gentle Token Pruning for Faster Reading Comprehension"
    abstract = ("Reading comprehension models read every token. We present QuillNet, a reader that prunes tokens it "
                "does not need. Our method reduces latency by 41% on SQuAD while keeping accuracy.")
    found = {r[0]: r[6] for r in results_of(nlp, abstract, title)}
    assert found["41%"] == "QuillNet"
    written = abstract.replace("Our method reduces", "Our gentle token pruning reduces")
    assert {r[0]: r[6] for r in results_of(nlp, written, title)}["41%"] != "QuillNet"
    short = abstract.replace("QuillNet", "GTPNet")
    assert {r[0]: r[6] for r in results_of(nlp, short, title)}["41%"] != "GTPNet"


def test_a_decimal_over_a_rating_scale_is_a_score(nlp):
    """"yields mean adequacy of 3.74/5", "(mean 4.4/5)", "remain low (18.4/100)", "usability (4.68 +/- 0.40/5)": a
    decimal written over the top of a rating scale (5, 10 or 100; its spread may stand between; "out of" too) is a
    rating, a score, where no measure is recognised beside it (session 60, board60: read nowhere before; on the
    session 53-60 draws and ACL abstracts, 25 numbers become results, all ratings the abstracts report). Near
    misses: a whole number over a scale ("3/5 trials", a count), a decimal over another number ("GPT-3.5/4", a list
    of names) and a number above the scale's top. Invented sentences."""
    kinds = partial(kinds_of, nlp)
    assert kinds("Human raters gave Tuner a mean fluency of 3.81/5 and a mean adequacy of 3.62/5.") == [
        ("3.81", "absolute"), ("3.62", "absolute")]
    assert kinds("Clinicians reported high usability for Tuner (4.27 +/- 0.35/5).") == [("4.27", "absolute")]
    assert kinds("Tuner was rated 7.4 out of 10 by the annotators.") == [("7.4", "absolute")]
    # near misses: counts over a total, a decimal that names a version, a number above the scale's top
    assert kinds("Tuner solved the puzzle in 3/5 trials.") == []
    assert kinds("We compare Tuner with two chat models, 3.5/4, on the forum data.") == []
    assert kinds("Tuner logs 12.5/10 of the sessions.") == []


def test_a_change_noun_after_the_measures_short_form_makes_a_change(nlp):
    """"achieved a relative up to 9% Word Error Rate (WER) reduction" was a score (session 60, board60): the
    bracket of the measure's short form stops the words read after the number, so the change noun past it was
    never seen. On the session 53-60 draws and ACL abstracts: 3 numbers change, 3 right. Near miss: a word past
    the bracket that is no change ("scores"). Invented sentences."""
    kinds = partial(kinds_of, nlp)
    assert kinds("Tuner achieved a relative 7.5% Character Error Rate (CER) reduction on Switchboard.") == [("7.5%", "gain")]
    # near miss: no change word past the bracket
    assert kinds("Tuner achieved 91.2% Label Accuracy (LA) scores on Switchboard.") == [("91.2%", "absolute")]


def test_a_minus_after_a_measures_of_or_a_symbols_equals_writes_a_level(nlp):
    """"a very strong negative correlation of -0.74", "(Pearson r = -0.479)", "an Adjacent Channel Power Ratio
    (ACPR) of -59.4 dBc": the minus alone made every such number a gain; after a measure's "of" (its short form may
    stand between) or a statistic's "=" it writes the level the measure takes (session 61, board61: on 209 unseen
    corpus abstracts with a minus after "of" / "=", 57 Results change, 50 right, 4 doubtful BD-rates, 3 no result).
    A signed range keeps its signs, the upper end the value; "=" right before the minus no longer hides the sign.
    False friends stay gains: a change before "of" or in the symbol, a change word after the number, "by".
    Invented sentences."""
    def read(text):
        return [(r[0], r[1], r[5], r[3]) for r in results_of(nlp, text, "Tuner: Joint Optimisation of Agents")]
    assert read("Tuner shows a very strong negative correlation of -0.74 with the human ratings.") == [("-0.74", -0.74, None, "absolute")]
    assert read("Tuner shows a very strong negative correlation of \u22120.74 with the human ratings.") == [("-0.74", -0.74, None, "absolute")]
    assert read("Tuner's scores track the expert ratings (Pearson r = -0.479, MAE = 0.394).") == [
        ("-0.479", -0.479, None, "absolute"), ("0.394", 0.394, None, "absolute")]
    assert read("Tuner's scores track the expert ratings (Pearson r=-0.62).") == [("-0.62", -0.62, None, "absolute")]
    assert read("Tuner's scores track the severity ratings (rho = -0.50 to -0.56, p < 0.001).") == [
        ("-0.50 to -0.56", -0.5, -0.56, "absolute")]
    assert read("Tuner achieves average correlations of -0.61, -0.73, and -0.80 for the three tasks.") == [
        ("-0.61", -0.61, None, "absolute"), ("-0.73", -0.73, None, "absolute"), ("-0.80", -0.8, None, "absolute")]
    assert [r[3] for r in read("Tuner achieves an Adjacent Channel Power Ratio (ACPR) of -59.4 dBc on the test bench.")] == ["absolute"]
    # false friends: a change before "of", a symbol of difference, a change word after the number, "by"
    assert [r[3] for r in read("Tuner keeps helpfulness with a negligible average decrease of -0.03.")] == ["gain"]
    assert [r[3] for r in read("Tuner achieves BD-Rate reductions of -12.24% on Kodak.")] == ["gain"]
    assert [r[3] for r in read("Tuner is rated lower than the teachers (\\Delta ability = -0.75).")] == ["gain"]
    assert [r[3] for r in read("Tuner causes a -3.2 point drop in accuracy on MMLU.")] == ["gain"]
    assert [r[3] for r in read("Tuner reaches an accuracy of -1.2% drop on MMLU.")] == ["gain"]
    assert [r[3] for r in read("Tuner changes accuracy on MMLU by -0.8%.")] == ["gain"]


def test_the_coefficient_of_determination_set_equal_in_running_text_is_the_metric(nlp):
    """"grain volume prediction yields R2 = 0.7697 (RMSE = 0.0025), leaf surface area R2 = 0.84": outside brackets a
    symbol set equal to a decimal was no metric, so the sentence's other measure (mIoU) was taken (session 61,
    board61: on 74 unseen corpus abstracts with "R2 =" in running text, 64 Results change, 60 right). The other
    symbols stay unread in running text ("a median r = .184": a variable of the analysis). Invented sentences."""
    metrics = [(r[0], r[8]) for r in results_of(
        nlp, "Tuner reaches a segmentation accuracy (mIoU) of 63.72% on the rice images: grain volume prediction yields "
             "R2 = 0.7697 (RMSE = 0.0025), and leaf surface area R2 = 0.84 (RMSE = 18.93).", "Tuner: Joint Optimisation of Agents")]
    assert metrics == [("63.72%", "mIoU"), ("0.7697", "R2"), ("0.0025", "RMSE"), ("0.84", "R2"), ("18.93", "RMSE")]
    # near miss: a correlation symbol in running text is no metric
    assert [r[8] for r in results_of(nlp, "Tuner reaches a median r = .184 across the grid.", "Tuner: Joint Optimisation of Agents")] == [None]


def test_a_capitalised_change_noun_after_the_measures_short_form_makes_a_change(nlp):
    """A title writes the change noun past the short form with a capital ("A 7.5% Character Error Rate (CER)
    Reduction"), and board60's reading took it lower-case only, so the number stayed a score (review60's
    leftover; session 61, walk61). Near miss: a capitalised word past the bracket that is no change."""
    kinds = partial(kinds_of, nlp)
    assert kinds("We study speech recognition on Switchboard.",
                 title="Tuner: A 7.5% Character Error Rate (CER) Reduction on Switchboard") == [("7.5%", "gain")]
    assert kinds("Tuner achieved a Relative 7.5% Character Error Rate (CER) Reduction on Switchboard.") == [("7.5%", "gain")]
    assert kinds("Tuner achieved 91.2% Label Accuracy (LA) Scores on Switchboard.") == [("91.2%", "absolute")]


def test_a_level_in_a_bracket_after_a_beaten_baseline_phrase_is_that_ones(nlp):
    """board62: "a +12.5 percent improvement over the SwinUNETR baseline (AUC 0.7685, p = 0.031)" gave SwinUNETR's AUC to
    the paper's model as a gain. A level alone in a bracket after the phrase a comparison cue names, the phrase ending in
    a system noun, is the named one's, else nobody's."""
    found = results_of(nlp, "TabNet reaches an average AUC of 0.8646, a 12.5 percent improvement over the ResNet-50 baseline "
                       "(AUC 0.7685, p = 0.031).", "TabNet: Attentive Interpretable Tabular Learning")
    assert ("0.7685", "absolute", "ResNet-50") in [(r[0], r[3], r[6]) for r in found]
    found = results_of(nlp, "TabNet reaches 94.5% accuracy and outperforms threshold-based methods (89.1%).",
                       "TabNet: Attentive Interpretable Tabular Learning")
    assert [(r[0], r[6]) for r in found] == [("94.5%", "TabNet"), ("89.1%", None)]
    # near misses: a change or a pair in the bracket, a signed number, a phrase not closed by a system noun stay as they were
    found = results_of(nlp, "TabNet outperforms the ResNet-50 baseline by a wide margin (22.2% absolute improvement) and surpasses "
                       "previous methods (+3.6%).", "TabNet: Attentive Interpretable Tabular Learning")
    assert [(r[0], r[6]) for r in found] == [("22.2%", "TabNet"), ("+3.6%", "TabNet")]
    found = results_of(nlp, "TabNet outperforms existing algorithms on a pairwise causal discovery task (97%).",
                       "TabNet: Attentive Interpretable Tabular Learning")
    assert [(r[0], r[6]) for r in found] == [("97%", "TabNet")]
    # a bracket that gives the number to a name or lists several numbers is left too (review62: no case pinned either
    # check; each fails with its check off)
    found = results_of(nlp, "TabNet reaches 94.5% accuracy and outperforms threshold-based methods (89.1% for SVM).",
                       "TabNet: Attentive Interpretable Tabular Learning")
    assert ("89.1%", "SVM") in [(r[0], r[6]) for r in found]
    found = results_of(nlp, "TabNet reaches 94.5% accuracy and outperforms threshold-based methods (89.1%, 85.0% and 80.2% on "
                       "three splits).", "TabNet: Attentive Interpretable Tabular Learning")
    assert ("89.1%", "TabNet") in [(r[0], r[6]) for r in found]


def test_a_model_named_as_a_judge_or_a_backbone_owns_no_number(nlp):
    """owner63: "Automated evaluation using GPT-4 as a judge confirms … coherence (8.1/10)" gave the scores to GPT-4, and
    "with ResNet-18 as the student model …, the method achieves 47.7%" to ResNet-18. A model named only in a part of the
    setting (judge, backbone, base model, student) owns no number: the one named right before the setting does, else
    the paper's proposal, else nobody."""
    title = "QuillNet: Gentle Token Pruning for Faster Reading Comprehension"
    found = results_of(nlp, "We present QuillNet, a token pruning method. Automated evaluation using GPT-4 as a judge confirms quality "
                       "improvements, with higher scores on coherence (8.1/10).", title)
    assert [(r[0], r[6]) for r in found] == [("8.1", "QuillNet")]
    found = results_of(nlp, "We compare pruning methods. The baseline response is preferred in 77% of pairwise comparisons judged by "
                       "GPT-4o-mini.", "Pruning Methods Compared")
    assert [(r[0], r[6]) for r in found] == [("77%", None)]
    found = results_of(nlp, "We present QuillNet, a token pruning method. With ResNet-18 as the student model, the method achieves "
                       "47.7% accuracy on ImageNet-1K.", title)
    assert [(r[0], r[6]) for r in found] == [("47.7%", "QuillNet")]
    found = results_of(nlp, "We compare pruning methods. The best model, Mask R-CNN with a ResNet-101 backbone, achieved 84.2% "
                       "precision on COCO.", title)
    assert [(r[0], r[6]) for r in found] == [("84.2%", "Mask R-CNN")]
    # near misses: the model as the subject, the student named without a cue, a number given for the judges keep their owner
    found = results_of(nlp, "We compare pruning methods. The ResNet-18 student reaches 71.3% accuracy on ImageNet-1K.", title)
    assert [(r[0], r[6]) for r in found] == [("71.3%", "ResNet-18")]
    found = results_of(nlp, "We study judges. The Spearman coefficient is 0.71 for Llama3-based judges.", title)
    assert ("0.71", "Llama3") in [(r[0], r[6]) for r in found]


def test_a_number_measured_on_a_named_model_is_the_proposals(nlp):
    """owner64: "Specifically, it delivers consistent gains …, improving over standard SFT by 2.67 points on
    LLaVA-OneVision-1.5-8B" gave the gain to LLaVA-OneVision, and "6.5% on the Llama-Base model and 4.3% on the Mistral-Base
    model" the second to Llama-Base. A number measured on a model the sentence names only so is the paper's proposal's
    where the clause's subject is the paper's own. Near misses: a model that is the clause's subject, and a paper with
    no proposal, keep their owner."""
    own = "QuillNet: Gentle Token Pruning for Faster Reading Comprehension"
    cases = [
        (own, "We present QuillNet, a token pruning method. Specifically, it delivers consistent gains across base models, improving "
              "over standard SFT by 2.67 points on LLaVA-1.5-7B and 2.82 points on Qwen2.5-7B.",
         [("2.67 points", "QuillNet"), ("2.82 points", "QuillNet")]),
        (own, "We present QuillNet, a token pruning method. Our method achieves an average improvement of 6.5% on the Llama-2-7B model "
              "and 4.3% on the Mistral-7B model.", [("6.5%", "QuillNet"), ("4.3%", "QuillNet")]),
        (own, "We present QuillNet, a token pruning method. Llama-2-7B scores 45.1% on MMLU, while Mistral-7B reaches 62.5% on MMLU.",
         [("45.1%", "Llama-2-7B"), ("62.5%", "Mistral-7B")]),
        ("Prompting Strategies Compared", "We compare prompting strategies. The largest gain is 2.1 points on Llama-2-7B.",
         [("2.1 points", "Llama-2-7B")]),
    ]
    for title, abstract, owners in cases:
        assert [(r[0], r[6]) for r in results_of(nlp, abstract, title)] == owners


@pytest.mark.parametrize("sentence, value, owner", [
    ("Llama-3-70B and judges reach a Spearman correlation of 0.71 on MT-Bench.", "0.71", "Llama-3-70B"),
    ("GPT-4o and evaluators agree on 81.2% of the pairs.", "81.2%", "GPT-4o"),
])
def test_a_model_joined_to_a_role_by_a_conjunction_plays_no_part(nlp, sentence, value, owner):
    """tidy64: owner63's role pattern let any one word stand between a name and its role, so "GPT-4o and
    evaluators" read GPT-4o as a judge and its number lost its owner. A conjunction there (results.json
    ``setting_role_conjunctions``) joins someone else: the name keeps the number the owner rules gave it."""
    found = results_of(nlp, "We compare pruning methods. " + sentence, "Pruning Methods Compared")
    assert [(r[0], r[6]) for r in found] == [(value, owner)]


def test_a_number_before_a_comparison_is_not_the_compared_ones(nlp):
    """owner65: "can process more than 90% of in-scope documents with 99.63% and 96.57% accuracy …, while being 442x
    faster than more complex models such as DiT" gave the accuracies to DiT, and "(1.8% error rate of our best
    micro-model versus 5.8% error rate of Whisper)" the 1.8% to Whisper. A model named only after the number, past a
    comparison cue that names it as the one compared with, does not own the number. Near misses: the compared one's
    own score after the cue, a winner named before its number, and a number before "exact match accuracy with GPT-4o" keep
    their owner."""
    cases = [
        ("Lightweight File Name Classifiers", "We study document routing. Our results indicate that file name classifiers route "
         "documents with 96.6% accuracy, while being 400x faster than larger models such as LayoutLMv3.",
         [("96.6%", None), ("400x", None)]),
        ("Tiny Digit Recognizers", "We build small speech recognizers. Our micro-model makes fewer errors in recognizing digits "
         "(1.8% error rate of our best micro-model versus 5.8% error rate of Whisper).", [("1.8%", None), ("5.8%", "Whisper")]),
        ("A Study of Models", "We compare models. GPT-4 reaches 81.2% on MMLU, higher than Llama-2-7B (70.1%).",
         [("81.2%", "GPT-4"), ("70.1%", "Llama-2-7B")]),
        ("Zero-Shot ATC Coding", "We develop an approach using LLMs. Our method achieves 78% exact match accuracy with GPT-4o.",
         [("78%", "GPT-4o")]),  # "match" is a word of the measure's name here, no cue
    ]
    for title, abstract, owners in cases:
        assert [(r[0], r[6]) for r in results_of(nlp, abstract, title)] == owners


def test_a_model_named_only_after_without_owns_no_number(nlp):
    """owner66: "We can still achieve BLEU=36.3 even without using an attention mechanism" gave the 36.3 to the attention
    mechanism, and "achieving 53.1 F1 on Hindi … without any target-language fine-tuning" the scores to the fine-tuning:
    the nearest-name reading takes a name after the number where the clause names none before it. A model or method
    the sentence names only right after "without" is what the number is reached without: nobody's. Near misses: a name
    before the number, with "without" after it or opening the sentence, keeps its number, and so does a proposal named
    only after "than without" (the gain is its own)."""
    cases = [
        ("Deep Recurrent Models with Fast-Forward Connections for Neural Machine Translation",
         "We study deep recurrent models for translation. We can still achieve BLEU=36.3 even without using an attention mechanism.",
         [("36.3", None)]),
        ("A Multilingual Stance Corpus", "We release a corpus of annotated tweets. Cross-lingual experiments demonstrate the corpus' "
         "value, achieving 53.1 F1 on Hindi and 50.4 F1 on Arabic without any knowledge distillation.", [("53.1", None), ("50.4", None)]),
        ("A Study of Adapters", "We compare adapters. LoRA reaches 81.2% accuracy on MMLU without data augmentation.", [("81.2%", "LoRA")]),
        ("A Study of Adapters", "We compare adapters. Without data augmentation, LoRA reaches 81.2% accuracy on MMLU.", [("81.2%", "LoRA")]),
        ("QuillNet: Mapping Model Skills", "We present QuillNet, a skill map of language models. Predicting weaknesses with it reaches a "
         "success rate 22% higher than without QuillNet.", [("22%", "QuillNet")]),  # "than without": the gain is QuillNet's
    ]
    for title, abstract, owners in cases:
        assert [(r[0], r[6]) for r in results_of(nlp, abstract, title)] == owners


@pytest.mark.parametrize("title, abstract, owners", [
    # "compared to without": a comparison word two words before "without" (the gain is QuillNet's)
    ("QuillNet: Mapping Model Skills", "We present QuillNet, a skill map of language models. Predicting weaknesses reaches a "
     "success rate 22% higher compared to without QuillNet.", [("22%", "QuillNet")]),
    # the number's clause names the model only after "without": nobody's, though the sentence names it before too
    ("A Study of Agents", "We study tool use. Agents equipped with ReAct reach 84% success on ALFWorld, while agents without "
     "ReAct plateau below 40%.", [("84%", "ReAct"), ("40%", None)]),
    # named once after "without" and once not: the owner stays
    ("A Study of Adapters", "We compare adapters. Compared with training without LoRA, LoRA reaches 81.2% accuracy on MMLU.",
     [("81.2%", "LoRA")]),
    # "w/o", the cue's short spelling
    ("A Study of Adapters", "We compare adapters. The model reaches 81.2% accuracy on MMLU w/o LoRA.", [("81.2%", None)]),
])
def test_named_as_left_out_reads_comparisons_clauses_and_every_mention(nlp, title, abstract, owners):
    """Each check of ``named_as_left_out`` that the cases above do not reach (recheck66: each case fails with its check
    removed): "compared to without", the number's own clause, every mention of the owner left out, the "w/o" cue."""
    assert [(r[0], r[6]) for r in results_of(nlp, abstract, title)] == owners


@pytest.mark.xfail(strict=True, reason="owner64's guards keep the owner the learned attribution chose (tidy65: where they decide, "
                   "on the corpus and in probes, that owner is wrong by reading); strict, so a change to either guard shows here")
@pytest.mark.parametrize("abstract", [
    # a model or method named before the number in its clause, neither own nor measured on ("paired with LoRA"):
    # the guard keeps the owner chosen, Llama-2-7B
    "We present QuillNet, a token pruning method. Our method achieves an average improvement of 6.5% on the Llama-2-7B "
    "model and, paired with LoRA, 4.3% on the Mistral-7B model.",
    # the owner named elsewhere in the sentence, not after "on" ("4.3% with LoRA on …"): the guard keeps LoRA
    "We present QuillNet, a token pruning method. Our method achieves an average improvement of 6.5% on the Llama-2-7B "
    "model and 4.3% with LoRA on the Mistral-7B model.",
])
def test_a_measured_on_number_past_owner64s_two_guards_is_the_proposals(nlp, abstract):
    """tidy65: review64 found no case of owner64's two other guards in ``measured_on_a_named_model``. These
    reach them: each guard alone keeps the second number's owner; without it the number is
    QuillNet's, as the text says (the paper's method, run with LoRA, on Mistral-7B). On 607 real abstracts
    with a number "on" a model (the draw, span dev, span train, 400 corpus ones) the guard on a name before the
    number decided alone once, and kept a wrong owner ("… 100% on Phi-3.5": Qwen-7B, not the paper's monitor).
    Left as they are: a change of output, not a tidy; this test records what they decide."""
    found = results_of(nlp, abstract, "QuillNet: Gentle Token Pruning for Faster Reading Comprehension")
    assert [(r[0], r[6]) for r in found] == [("6.5%", "QuillNet"), ("4.3%", "QuillNet")]


@pytest.mark.parametrize("title, abstract, owners", [
    # "over" before a count is no comparison ("over 100 iterations")
    ("Zero-Shot ATC Coding", "We develop an approach using LLMs. Our method achieves 93.94% accuracy over 100 iterations using GPT-4o.",
     [("93.94%", "GPT-4o"), ("100", "GPT-4o")]),
    # a comma between the cue and the name: the name is past the comparison's clause
    ("Zero-Shot ATC Coding", "We develop an approach using LLMs. Accuracy reaches 85.1% compared to 80.2% without retrieval, using GPT-4o.",
     [("85.1%", "GPT-4o"), ("80.2%", None)]),
    # a verb cue more than two words before the name ("matching from the middle layer of")
    ("Probing Layers", "We probe language models. We obtain 62.3 F1 token matching from the middle layer of Llama-3.", [("62.3", "Llama-3")]),
])
def test_a_name_past_a_comparison_cue_keeps_its_number_where_the_cue_does_not_lead_to_it(nlp, title, abstract, owners):
    """recheck65: owner65's ``named_past_a_comparison`` keeps the owner the earlier passes gave where its cue is no
    comparison ("over" a count), or does not lead to the name (a comma between, a verb cue too far back). Each case
    fails with its check removed (mutation); the test above passes without any of them."""
    assert [(r[0], r[6]) for r in results_of(nlp, abstract, title)] == owners


@pytest.mark.xfail(strict=True, reason="owner65's new-subject check keeps the owner the nearest-name reading gave, Whisper, which is "
                   "wrong by reading (the 1.8% is the micro-model's); strict, so a change to the check shows here")
def test_a_name_past_a_comparison_cue_and_a_new_subject_is_not_the_numbers_owner(nlp):
    """recheck65: the one case found that reaches ``named_past_a_comparison``'s new-subject check ("versus systems that
    use Whisper"): the check keeps Whisper; without it the number goes to nobody here, as the text says."""
    found = results_of(nlp, "We build small speech recognizers. The micro-model reaches a 1.8% error rate versus systems that use Whisper.",
                       "Tiny Digit Recognizers")
    assert [(r[0], r[6]) for r in found] == [("1.8%", None)]


@pytest.mark.parametrize("title, abstract, owners", [
    # a "respectively" sentence's owners, placed in order (the shape of a span train sentence: "with testing accuracy
    # of … and …, respectively, the … model consistently provided higher accuracy than the … model")
    ("A Study of Models", "We compare models. With accuracy of 92.23% and 90.56%, respectively, the Mistral-7B model consistently "
     "provided higher accuracy than the Llama-2-7B model.", [("92.23%", "Mistral-7B"), ("90.56%", "Llama-2-7B")]),
    # the second score of a pair, given to the compared one named after it by the comparison rules
    ("A Study of Models", "We compare models. Tested on MMLU, Mistral-7B reaches an accuracy of 90.9% versus 87.3% over Llama-2-7B.",
     [("90.9%", "Mistral-7B"), ("87.3%", "Llama-2-7B")]),
    # the paper's own proposal, named after the number past a cue
    ("QuillNet: Gentle Token Pruning for Faster Reading Comprehension",
     "We present QuillNet, a token pruning method. A 4.2% gain over the baselines is obtained with QuillNet.", [("4.2%", "QuillNet")]),
    ("QuillNet: Gentle Token Pruning for Faster Reading Comprehension",
     "We present QuillNet, a token pruning method. The 4.2% gain over BERT comes from QuillNet alone.", [("4.2%", "QuillNet")]),
])
def test_a_name_past_a_comparison_cue_keeps_a_number_placed_in_order_compared_or_its_own(nlp, title, abstract, owners):
    """tidy66: recheck65 reached no case of owner65's "compared / respectively" and "paper's own owner" checks in
    ``named_past_a_comparison``. These reach them: without the first, the "respectively" sentence's second score
    (the one case on 477 real abstracts of the shape: span train, span dev, the proxies, the session 66 draw) and the
    pair's compared score lose their owner; without the second, the proposal loses its number. Each is right by reading
    with the check, and each case fails with its check removed (mutation)."""
    assert [(r[0], r[6]) for r in results_of(nlp, abstract, title)] == owners


def test_a_metric_after_the_number_that_leads_into_a_later_number_is_that_ones(nlp):
    """slots66: "Only 56.2% of the posts in CREHate achieve consensus …, with the highest pairwise label difference rate
    of 26%" gave 56.2% the difference rate, and "89% were considered clinically acceptable, with a mean utility score of
    4.08 out of 5" gave 89% the utility score: a metric written after a number that leads into a later number of
    another list is the later one's measure, not a fallback for the number before it (invented sentences). Near
    misses: a metric right after the number ("85.1% accuracy (+4.2%)"), and one a verb of attainment leads to after
    a change ("by 3.2%, reaching an accuracy of 88.1%"), stay its."""
    metric = lambda text: [(r[0], r[8]) for r in results_of(nlp, text)]  # noqa: E731
    assert metric("Only 38.4% of the clips in our corpus reach agreement among all raters, with the highest pairwise "
                  "label difference rate of 19%.") == [("38.4%", None), ("19%", "pairwise label difference rate")]
    assert metric("When physicians reviewed the generated impressions, 81% were judged acceptable, with a mean "
                  "utility score of 4.12 out of 5.") == [("81%", None), ("4.12", "mean utility score")]
    assert metric("OPT-IML reaches scores of 70.1% and 30.9% for assessment and classification, along with a BERTScore "
                  "of 88.7%.") == [("70.1%", None), ("30.9%", None), ("88.7%", "BERTScore")]
    assert metric("OPT-IML achieves 85.1% accuracy (+4.2%), and the baseline achieves 80.9% accuracy.") == [
        ("85.1%", "accuracy"), ("+4.2%", "accuracy"), ("80.9%", "accuracy")]
    assert metric("OPT-IML improves the baseline by 3.2%, reaching an accuracy of 88.1%.") == [
        ("3.2%", "accuracy"), ("88.1%", "accuracy")]
    assert metric("OPT-IML achieves a 65% absolute improvement over the baseline on GSM8K, setting a new state-of-the-art "
                  "with an accuracy of over 90%.") == [("65%", "accuracy"), ("90%", "accuracy")]


def test_a_bare_whole_number_a_bracket_opens_after_a_metric_is_not_what_it_leads_into(nlp):
    """tidy67: ``led_metrics`` read a bare bracket as a lead, so "the best top-1 accuracy (3 seeds)" led into the count
    3, and slots66's check then took the accuracy from the 86.7% before it past the comma (invented sentence; on the
    unseen draw the one bare whole number a bracket opens after a metric is an item's, "(1) Novelty (2) Familiarity").
    A value in brackets still leads ("an accuracy (88.14%)", "memory usage (~1880 MB)")."""
    metric = lambda text: [(r[0], r[8]) for r in results_of(nlp, text)]  # noqa: E731
    assert ("86.7%", "top-1 accuracy") in metric("OPT-IML reaches 86.7% on CIFAR-100, the best top-1 accuracy (3 seeds) "
                                                 "among compact models.")
    from kg.extract.result_numbers import NumberMention
    from kg.extract.result_sentences import bracketed_count
    text = "an accuracy (88.14%), memory usage (~1880 MB), recall (3 runs)"
    assert [bracketed_count(NumberMention(s, s + len(w), float(w.strip("%")), u), gap, text)
            for w, u, gap, s in (("88.14%", "%", " (", 13), ("1880", "", " (~", 37), ("3", "", " (", 55))] == [False, False, True]
    # a point makes a value, unit or none (review67: no other case reached that check)
    assert not bracketed_count(NumberMention(13, 18, 0.782, ""), " (", "an F1 score (0.782)")


def test_a_colon_written_iou_range_metric_is_its_numbers_metric(nlp):
    """"mAP50:95" is the gazetteer's mAP50-95 written with a colon (as "mAP@0.5:0.95" is): the number before
    or after it is scored in it, not in the mAP50 beside it nor in nothing (tail67: 16 changed Results in
    11 corpus abstracts, all right; the colon form was unread on BASE)."""
    found = results_of(nlp, "OPT-IML reaches 61.2% mAP50:95 and 80.1% mAP50 on COCO.")
    assert [(r[1], r[8]) for r in found] == [(61.2, "mAP50:95"), (80.1, "mAP50")]
    found = results_of(nlp, "OPT-IML reaches a mAP50 of 0.966 and mAP50:95 of 0.606 on COCO.")
    assert [(r[1], r[8]) for r in found] == [(0.966, "mAP50"), (0.606, "mAP50:95")]


def test_a_model_named_only_after_a_likeness_cue_owns_no_number(nlp):
    """owner68: "the greedy heuristic achieves results comparable to the BILP, with 188x less peak memory" gave the 188x
    to the BILP, and "In comparison with DistillHuBERT …, the 2-bit configuration yielded slightly smaller storage (35.84
    vs. 46.98)" the 35.84 to DistillHuBERT: "comparable" and "comparison" are no comparison words of the nearest-name
    reading. A model or method the clause names only right after "comparable (…) to / with" or "comparison to / with" is
    the one set beside the subject: nobody's. Near misses: a name before the number with the cue after it keeps its
    number, and so does a name's own bracketed score after the cue."""
    cases = [
        ("Efficient Speech Models with Low-Bit Quantization", "We apply low-bit quantization to speech models. In comparison with "
         "DistilBERT, which also compresses a model, the 2-bit configuration yields a smaller storage (31.2 vs. 45.1).",
         [("31.2", None), ("45.1", None)]),
        ("Pruning Vision Networks", "We study pruning. The pruned network reaches results comparable to ResNet-50, with 3.1x fewer FLOPs.",
         [("3.1x", None)]),
        ("Pruning Vision Networks", "We study pruning. Our pruned network achieves comparable accuracy with ResNet-50 on 6 of 8 tasks "
         "(within 2%).", [("2%", None)]),
        ("A Study of Adapters", "We compare adapters. LoRA reaches 81.2% accuracy on MMLU, comparable to full fine-tuning.", [("81.2%", "LoRA")]),
        ("A Study of Adapters", "We compare adapters. Our adapter is comparable to GPT-4 (90.8%) on MMLU.", [("90.8%", "GPT-4")]),
    ]
    for title, abstract, owners in cases:
        assert [(r[0], r[6]) for r in results_of(nlp, abstract, title)] == owners


def test_a_score_a_bracket_sets_against_with_vs_is_not_the_first_ones(nlp):
    """owner68: "the system achieved a composite score of 4.53 (vs. 3.13)" gave the 3.13 to the paper's system too, and
    "improves discrimination to AUC 0.736 (vs 0.713)" the 0.713 to the added module: ``versus_score_is_the_compared_ones``
    read "4.53 vs. 3.13" but not the bracket "vs." opens. The second score is the compared one's, nobody's where no
    comparison names one; a score the bracket gives "for" a name keeps it."""
    title = "QuillNet: Mapping Model Skills"
    cases = [
        ("We present QuillNet, a skill map of language models. QuillNet reaches a composite score of 4.53 (vs. 3.13) on a 5-point "
         "scale.", [("4.53", "QuillNet"), ("3.13", None)]),
        ("We present QuillNet, a skill map of language models. Adding QuillNet improves AUC to 0.736 (vs 0.713) in-distribution and "
         "0.677 (vs 0.666) out-of-distribution.", [("0.736", "QuillNet"), ("0.713", None), ("0.677", "QuillNet"), ("0.666", None)]),
        ("We present QuillNet, a skill map of language models. QuillNet reaches 79.7% accuracy (vs. 76.9% for raw features).",
         [("79.7%", "QuillNet"), ("76.9%", None)]),
        ("We present QuillNet, a skill map of language models. QuillNet reaches 79.7% accuracy (vs. 76.9% for GPT-4).",
         [("79.7%", "QuillNet"), ("76.9%", "GPT-4")]),
    ]
    for abstract, owners in cases:
        assert [(r[0], r[6]) for r in results_of(nlp, abstract, title)] == owners


def test_a_model_named_only_as_what_the_own_one_runs_with_owns_no_number(nlp):
    """owner69: "Applied to maize leaf disease identification … using a fine-tuned PaliGemma model, our approach improves
    diagnostic accuracy from 82.2% to 87.8%" gave the change to PaliGemma, and "Our highest-performing classifier, trained on
    MFCC representations …, achieved an 86% average accuracy" the 86% to MFCC: a name right after a setting or instrument
    cue in a sentence whose own one ("our approach", "the proposed method") stands before the number is a means of that
    one. The number goes to the proposal, else to nobody. Near misses: no own one of a kind word before the number, the
    name inside the own one ("Our BERT-based model"), or the name after the number ("reaches 90.4% accuracy using BERT":
    the configuration that scored it, which span train's gold gives the number), keep the name."""
    cases = [
        ("Decoding Strategies for Crop Diagnosis", "Vision-language models can diagnose crops. Applied to wheat rust identification "
         "from drone images using a fine-tuned PaliGemma model, our approach improves diagnostic accuracy from 71.0% to 79.5%.",
         [("from 71.0% to 79.5%", None)]),
        ("Phoneme Classification for Endangered Languages", "We compare speech features. Our best-performing classifier, trained on "
         "MFCC features of the recordings, reached 83% accuracy.", [("83%", None)]),
        ("QuillNet: Adversarial Training for Language Understanding", "We propose QuillNet, an adversarial training method. Using "
         "a frozen BERT encoder, the proposed method raises the GLUE score from 77.1 to 79.4.", [("from 77.1 to 79.4", "QuillNet")]),
        ("Fast Tagging", "We study tagging. Our tagging model reaches 90.4% accuracy using BERT.", [("90.4%", "BERT")]),
        ("Fast Tagging", "We study tagging. BERT achieves 91.2% accuracy with a linear head.", [("91.2%", "BERT")]),
        ("Fast Tagging", "We study tagging. Using BERT, we reach 88.0% accuracy.", [("88.0%", "BERT")]),
        ("Fast Tagging", "We study tagging. Our BERT-based model achieves 90.1% accuracy.", [("90.1%", "BERT")]),
        # the name inside the own one, after a cue ("Using our BERT-based model"), and a name after no cue (recheck69:
        # the two guards no case above caught alone)
        ("Fast Tagging", "We study tagging. Using our BERT-based model, we reach 90.1% accuracy.", [("90.1%", "BERT")]),
        ("Fast Tagging", "We study tagging. BERT and our tagging model reach 90.4% accuracy.", [("90.4%", "BERT")]),
    ]
    for title, abstract, owners in cases:
        assert [(r[0], r[6]) for r in results_of(nlp, abstract, title)] == owners
    # the proposal itself named after the cue keeps its number as it was read, not as an implicit proposal (recheck69)
    found = results_of(nlp, "We propose QuillNet, an adversarial training method. Applied to news classification using QuillNet, our "
                            "approach improves accuracy from 71.0% to 79.5%.", "QuillNet: Adversarial Training for Language Understanding")
    assert [(r[0], r[6], r[9]) for r in found] == [("from 71.0% to 79.5%", "QuillNet", "same_clause")]


def test_a_signed_margin_in_a_bracket_after_a_compared_one_is_the_winners(nlp):
    """resmodel71: "DiffThinker significantly outperforms … GPT-5 (+314.2%)", "compared to recent datasets (+66%) and
    GPT4V (+48%)" gave the margin to the one it is taken over. A signed number opening a bracket right after a model or
    method is the winner's: the one named right before the comparison cue, else the owner of the clause's number before
    the cue (not one named only on the compared side), else nobody's."""
    title = "DiffThinker: Towards Generative Multimodal Reasoning with Diffusion Models"
    found = results_of(nlp, "DiffThinker significantly outperforms GPT-5 (+14.2%) and Gemini-3-Flash (+11.6%) on Maze.", title)
    assert [(r[0], r[6]) for r in found] == [("+14.2%", "DiffThinker"), ("+11.6%", "DiffThinker")]
    found = results_of(nlp, "With Qwen2.5-7B, DiffThinker reaches an 82.3% success rate, outperforming GPT-4o (+40.3%) and "
                       "GRPO (+14.0%).", title)
    assert [(r[0], r[6]) for r in found] == [("82.3%", "DiffThinker"), ("+40.3%", "DiffThinker"), ("+14.0%", "DiffThinker")]
    found = results_of(nlp, "Our method improves over the base model on both Llama-3.1-8B (+5.6) and Mistral-7B (+3.7).", title)
    assert [(r[0], r[6]) for r in found] == [("+5.6", None), ("+3.7", None)]
    # near misses: the paper's own before the bracket, an unsigned level in the bracket
    found = results_of(nlp, "DiffThinker (+3.2%) outperforms GPT-4o on MMLU.", title)
    assert [(r[0], r[6]) for r in found] == [("+3.2%", "DiffThinker")]
    found = results_of(nlp, "DiffThinker reaches 82.3% accuracy, outperforming GPT-4o (79.1%).", title)
    assert ("79.1%", "GPT-4o") in [(r[0], r[6]) for r in found]
    # a minus is the named one's own drop or level, not a margin
    found = results_of(nlp, "We observe significant performance drops on MATH-P-Hard across models, including o1-mini (-16.49%).", title)
    assert [(r[0], r[6]) for r in found] == [("-16.49%", "o1-mini")]
