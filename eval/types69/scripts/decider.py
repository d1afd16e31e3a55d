"""For each wrong node's paper: the label with the span typer and without it (the recogniser's span_typer set to None)."""
import json, sys
from kg.extract import extract_papers
from kg.extract.pipeline import build_pipeline
from kg.types import Record, Source
want = {'arXiv:2005.08294': 'MSDN', 'arXiv:2405.00321': 'CTRs', 'arXiv:2107.12708': 'QA Dataset Explosion', 'arXiv:2012.09807': 'BERT Goes Shopping',
        'arXiv:2508.08985': 'Low-Complexity Learning', 'arXiv:2508.20290': 'Neural Network Approximation', 'arXiv:2505.12228': 'LF-MRI',
        'arXiv:2606.19782': 'AgentFinVQA', 'arXiv:2510.26298': 'T-Rex', 'arXiv:2101.11469': 'MINDs', 'arXiv:2402.00075': 'Nakdimon',
        'arXiv:2508.20108': 'IC', 'arXiv:2510.12993': 'disinformaTion', 'arXiv:2603.11593': 'WeEdit', 'arXiv:2507.10283': 'TCFormer',
        'arXiv:2602.18291': 'MPE', 'arXiv:2410.07064': 'CommmonCrawl', 'arXiv:2602.05126': 'TCGA-HNSCC', 'arXiv:2407.08733': 'MathCheck-GSM'}
recs = []
for l in open('/tmp/draw69/input.jsonl'):
    r = json.loads(l); k = 'arXiv:' + r['id']
    if k in want: recs.append((k, Record(title=r['title'], abstract=r['abstract'], source=Source('x', 1))))
nlp = build_pipeline()
rec_comp = [c for _, c in nlp.pipeline if hasattr(c, 'span_typer')][0]
def labels(on):
    keep = rec_comp.span_typer
    if not on: rec_comp.span_typer = None
    out = {}
    for (k, rec), p in zip(recs, extract_papers(nlp, [r for _, r in recs])):
        out[k] = sorted({(m.label, m.rule) for m in p.mentions if m.text == want[k]})
    rec_comp.span_typer = keep
    return out
a, b = labels(True), labels(False)
for k, _ in recs: print(want[k], '| typer:', a[k], '| no typer:', b[k], sep='\t')
