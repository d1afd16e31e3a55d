"""Per mention: the word right after it in its field; tally (mention label, following head word) where the head
word says another type. Prints examples."""
import json, gzip, sys, re, collections
B = sys.argv[1]
DATA = {'dataset','datasets','corpus','corpora','benchmark','benchmarks','suite','database','data','collection','treebank','leaderboard'}
SYS = {'model','models','method','methods','architecture','network','networks','framework','module','layer','layers','loss','encoder','decoder','baseline','baselines','algorithm','approach','backbone','agent','system','tokenizer','optimizer','classifier','detector'}
TASK = {'task','tasks','problem','challenge'}
METRIC = {'score','scores','metric','metrics'}
cells = collections.defaultdict(list)
with gzip.open(f'{B}/extractions.jsonl.gz','rt') as fh:
    next(fh)
    for l in fh:
        r = json.loads(l)
        for m in r['mentions']:
            text, label, field, s, e = m[:5]
            src = r['record'].get(field) or ''
            after = src[e:e+40]
            w = re.match(r"\s*([A-Za-z\-]+)", after)
            w = w.group(1).lower() if w else ''
            kind = 'data' if w in DATA else 'sys' if w in SYS else 'task' if w in TASK else 'metric' if w in METRIC else None
            if kind is None: continue
            bad = (label in ('Method','Model') and kind=='data') or (label in ('Dataset','Benchmark') and kind in ('sys',)) or (label in ('Dataset','Benchmark','Method','Model') and kind=='metric')
            if bad:
                cells[(label, w)].append((r['key'], text, m[6], src[max(0,s-80):e+60].replace('\n',' ')))
for k, v in sorted(cells.items(), key=lambda kv: -len(kv[1])):
    print(len(v), k)
    for x in v[:6]: print('    ', x)
