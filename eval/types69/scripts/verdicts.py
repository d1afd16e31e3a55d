"""Write eval/types69/draw-nodes-read.tsv: the 120 sampled nodes with the hand verdicts."""
import json, gzip, random, collections, sys
from kg.names import extraction_fold_name as fold
sys.path.insert(0, str(__import__('pathlib').Path(__file__).parent))
from sample import draw_sample
nodes, src, papers, _, recs, sa, sd = draw_sample('/tmp/draw69/base')
src = {k: [e['type'] for e in v] for k, v in src.items()}
V = {  # index: (verdict, right type, decider, cue / note)
 'A1': ('R', '', '', 'long form of CMHANet, "a novel ... Network": Method by default'),
 'A3': ('D', 'Model?', 'abbreviation', '"the multimodal call-sign-command recovery model (CCR)", "The CCR architecture leads to +15%": own Model/Method cell'),
 'A13': ('R', '', '', 'a toolkit: Method by default'),
 'A16': ('R', '', '', 'listed Model (ControlNet)'),
 'A22': ('D', 'Model?', 'capitalised_name+abbreviation', '"(MCIB) model is introduced", "the MCIB achieves the best performance": own Model/Method cell'),
 'A26': ('W', 'Dataset', 'abbreviation (default Method) + span_model in title', '"Q&As extracted from Microsoft Developer Network (MSDN)", title "Question-Answer Pairs in MSDN": a data source'),
 'A31': ('N', '-', 'abbreviation (default Method)', '"Clinical Trial Reports (CTRs)": a kind of document, no name (the data is NLI4CT)'),
 'A32': ('N', '-', 'title_name', 'title catch-phrase "QA Dataset Explosion:" of a survey'),
 'A36': ('R', '', '', '"a novel segmentation network": Model fine'),
 'A37': ('R', '', '', '"a system", precision 92.7%: Method (system) acceptable'),
 'A38': ('N', '-', 'title_name', 'title catch-phrase "BERT Goes Shopping:"'),
 'A40': ('D', 'Metric?', 'abbreviation', '"comprehensive relative importance (CRI)" one of the "RI measures"'),
 'A46': ('N', '-', 'method_phrase', 'title fragment "Low-Complexity Learning" of "Low-Regret and Low-Complexity Learning for Hierarchical Inference"'),
 'A50': ('W', 'Task', 'span_model', 'title "... for the Neural Network Approximation", abstract "an neural network approximation task"'),
 'A51': ('N', '-', 'abbreviation (default Method)', '"Low-field MRI (LF-MRI)": an imaging modality, scans of it'),
 'A52': ('W', 'Method', 'span typer (the rules title_name/apposition_name/coined_name gave Method)', '"a multi-agent pipeline that decomposes each query": agents built from components stay Method'),
 'D8': ('DB', 'Benchmark', 'span_model', 'MPE (multi-agent particle environment): an environment is a Benchmark by the guideline; data either way'),
 'D15': ('W', '-', 'gazetteer (T-REx)', '"Google\'s T-Rex Runner": a browser game (a testbed), not the T-REx dataset; false listed match, cut name'),
 'D16': ('N', '-', 'span_model + canonical MIND', '"MINDs Lab Inc.": a company'),
 'D31': ('W', 'Model', 'span_model', '"the methodologies employed in Nakdimon": a prior diacritization system'),
 'D34': ('W', 'Metric', 'span_model', '"an average improvement of more than 0.03 in IC and over 0.7 in SR": information coefficient'),
 'D38': ('D', 'Dataset?', 'cue', '"eleven years of SPX data": the S&P 500 index, data of it'),
 'D42': ('R', '', '', 'type right (Benchmark); alias "holistic video understanding" and pwc id dataset/hvu wrong (link side)'),
 'D46': ('N', '-', 'cue', '"disinformaTion" from the capital letters of "AI-generaTed peRsonAlIsed disinformaTion dataSet"'),
 'D48': ('R', '', '', 'BabyLM challenge / dataset / benchmark suite: data either way'),
 'D49': ('W', 'Method', 'title_name (title "A Dataset, Benchmark and … Framework")', '"a systematic solution encompassing a data pipeline, two benchmarks and a training strategy", "WeEdit outperforms previous open-source models"'),
 'D50': ('W', 'Model', 'span typer (coined_name gave Method; the sentence says datasets)', '"consistent improvements over the TCFormer baseline": a compared model'),
}
out = open('/work/wt-types/eval/types69/draw-nodes-read.tsv', 'w')
print('i\tkey\tname\tlabel\tedges\tpapers\tmention_rules\tverdict\tright_type\tdecider\tcue_or_note', file=out)
tally = collections.Counter()
for grp, keys in (('A', sa), ('D', sd)):
    for i, k in enumerate(keys):
        n = nodes[k]; names = {fold(x) for x in [n['name'], *n.get('aliases', [])]}
        rules = collections.Counter()
        for p in papers[k]:
            r = recs.get(p)
            if r:
                for m in r['mentions']:
                    if fold(m[0]) in names or (m[8] and fold(m[8]) in names): rules[m[6]] += 1
        v = V.get(f'{grp}{i}', ('R', '', '', ''))
        tally[(grp, v[0])] += 1
        print(f'{grp}{i}', k, n['name'], n['label'], ','.join(sorted(set(src.get(k, [])))), len(papers[k]),
              ','.join(f'{a}:{b}' for a, b in rules.most_common()), *v, sep='\t', file=out)
print(sorted(tally.items()))
