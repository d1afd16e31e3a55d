"""Draw 60 Method/Model nodes that are the source of APPLIED_TO/USED_FOR/PART_OF and 60 Dataset/Benchmark nodes
from a build; print each with its papers' mentions (label, rule) and sentences."""
import json, gzip, random, sys, collections
from kg.names import extraction_fold_name as fold


def draw_sample(B):
    """The build's nodes, the source edges, papers and Paper edges per node, the stored extractions, and the two
    samples (random.Random(69): 60 Method/Model sources, then 60 Dataset/Benchmark nodes)."""
    nodes = {}
    for l in open(f'{B}/nodes.jsonl'):
        n = json.loads(l); nodes[n['key']] = n
    src = collections.defaultdict(list); papers = collections.defaultdict(set); pedges = collections.defaultdict(list)
    for l in open(f'{B}/edges.jsonl'):
        e = json.loads(l)
        if e['type'] in ('APPLIED_TO', 'USED_FOR', 'PART_OF'):
            src[e['source']].append(e)
        for p in e.get('papers', []):
            papers[e['source']].add(p); papers[e['target']].add(p)
        if e['source'].startswith('Paper:'):
            pedges[e['target']].append(e)
    recs = {}
    with gzip.open(f'{B}/extractions.jsonl.gz', 'rt') as fh:
        next(fh)
        for l in fh:
            r = json.loads(l); recs[r['key']] = r
    A = sorted(k for k, n in nodes.items() if n['label'] in ('Method', 'Model') and k in src)
    D = sorted(k for k, n in nodes.items() if n['label'] in ('Dataset', 'Benchmark'))
    rng = random.Random(69)
    sa = rng.sample(A, 60); sd = rng.sample(D, 60)
    print(len(A), len(D), file=sys.stderr)
    return nodes, src, papers, pedges, recs, sa, sd


def show(i, k, grp):
    n = nodes[k]
    names = {fold(x) for x in [n['name'], *n.get('aliases', [])]}
    print(f"=== {grp}{i} {k} | {n['label']} | name={n['name']} aliases={n.get('aliases')} pwc={n.get('pwc_id')}")
    for e in src.get(k, []):
        ev = e['evidence'][0]
        print(f"   -> {e['type']} {e['target']} [{','.join(sorted({x['rule'] for x in e['evidence']}))}] :: {ev['sentence'][:300]}")
    for e in pedges.get(k, []):
        print(f"   <- {e['type']} from {e['source']} [{','.join(sorted({x['rule'] for x in e['evidence']}))}]")
    for p in sorted(papers[k])[:4]:
        r = recs.get(p.replace('Paper:', ''), recs.get(p))
        if not r: continue
        ms = [m for m in r['mentions'] if fold(m[0]) in names or (m[8] and fold(m[8]) in names) or (m[11] and fold(m[11]) in names)]
        print(f"  [{r['key']}] T: {r['record']['title']}")
        sents = set()
        for m in ms:
            print(f"     m: {m[0]!r} {m[1]} rule={m[6]} conf={m[7]} canon={m[8]} lf={m[11]} {m[2]}:{m[5]}")
            sents.add((m[2], m[5]))
        txt = r['record']['abstract']
        import re
        for f, s in sorted(sents):
            if f == 'abstract':
                # find sentence text from relations or results? print via spaCy-free split using mention offsets
                pass
        # print sentences containing the name
        for sent in re.split(r'(?<=[.!?])\s+', txt):
            if any(x in fold(sent) for x in names if len(x) > 1) or any(m[0] in sent for m in ms):
                print(f"     S: {sent[:400]}")
if __name__ == '__main__':
    nodes, src, papers, pedges, recs, sa, sd = draw_sample(sys.argv[1] if len(sys.argv) > 1 else '/tmp/draw69/base')
    for i, k in enumerate(sa): show(i, k, 'A')
    for i, k in enumerate(sd): show(i, k, 'D')
