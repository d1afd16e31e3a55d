"""Census: catalogued datasets an abstract says it evaluates on, vs kg's edges (session 45, evalon45; README here).

    PYTHONPATH=. python eval/evalon45/census.py INPUT.jsonl BUILD_DIR OUT.jsonl
"""
import json, re, sys
from pathlib import Path
from collections import Counter, defaultdict
from kg.names import fold_name

def loose(s):
    f = fold_name(s)
    f = re.sub(r"(?<=\d)-0$", "", f)          # v2.0 ~ v2
    f = re.sub(r"(?<=[a-z])v-(?=\d)", "-", f)  # vqav-2 ~ vqa-2
    f = re.sub(r"-v-(?=\d)", "-", f)
    f = re.sub(r"^(the)-", "", f)
    f = re.sub(r"-(dataset|corpus|benchmark|database)$", "", f)
    return f.replace("-", "")

folded, exact, lo = {}, {}, defaultdict(set)
names_of = {}
for line in open(Path(__file__).resolve().parents[2] / 'kg' / 'data' / 'pwc' / 'catalogue.jsonl'):
    r = json.loads(line)
    if r['type'] != 'Dataset':
        continue
    names_of[r['pwc_id']] = r['name']
    for n in r['names']:
        folded.setdefault(fold_name(n), set()).add(r['pwc_id'])
        lo[loose(n)].add(r['pwc_id'])
    for n in r.get('exact', ()):
        exact.setdefault(n, set()).add(r['pwc_id'])
folded = {k: next(iter(v)) for k, v in folded.items() if len(v) == 1}
exact = {k: next(iter(v)) for k, v in exact.items() if len(v) == 1}
lo = {k: next(iter(v)) for k, v in lo.items() if len(v) == 1 and len(k) > 2}

EVAL = re.compile(r"\b(results? (?:on|in)|experiments? (?:on|in)|experimental|evaluat\w*|benchmark\w*|state[- ]of[- ]the[- ]art|SOTA|outperform\w*|achiev\w*|surpass\w*|accuracy|accuracies|F1|BLEU|ROUGE\S*|error rates?|WER|PER|mAP|AUC|perplexity|test(?:ed|ing)? on|performance on|performs?|improv\w+|gains?|datasets? (?:show|demonstrate)|compar\w+|\d+(?:\.\d+)?\s?%)", re.I)
TOK = re.compile(r"[^\s,;:()\[\]]+")
SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")

def mentions(sentence):
    toks = [(m.start(), m.end()) for m in TOK.finditer(sentence)]
    found, i = [], 0
    while i < len(toks):
        hit = None
        for n in range(min(7, len(toks) - i), 0, -1):
            s, e = toks[i][0], toks[i + n - 1][1]
            text = sentence[s:e].rstrip(".'\"’")
            text = re.sub(r"^(the|The)\s+", "", text)
            if not text or not (text[0].isupper() or text[0].isdigit()):
                continue
            pid, how = exact.get(text), 'exact'
            if not pid:
                pid, how = folded.get(fold_name(text)), 'folded'
            if not pid:
                pid, how = lo.get(loose(text)), 'loose'
            if pid:
                hit = (text, pid, how, n)
                break
        if hit:
            found.append(hit[:3]); i += hit[3]
        else:
            i += 1
    return found

PREP = re.compile(r"\b(on|over|across|in|using|with)\b[^.;]{0,60}$", re.I)
AFTER = re.compile(r"^\W{0,3}(\w+\W+){0,3}?(datasets?|benchmarks?|corpus|corpora|test(?:-| )?sets?|tasks?|challenges?)\b", re.I)
def context(sent, name):
    i = sent.find(name)
    if i < 0:
        return True
    before, after = sent[:i], sent[i + len(name):]
    b = PREP.search(before)
    return bool(b and b.group(1).lower() != 'with') or bool(AFTER.match(after)) or bool(re.search(r"\d+(\.\d+)?\s?%", after[:40] + before[-40:]))

inp, build, out = sys.argv[1:4]
nodes = {}
for line in open(f'{build}/nodes.jsonl'):
    r = json.loads(line); nodes[r['key']] = r
edges = defaultdict(lambda: defaultdict(set))  # paper -> target -> types
for line in open(f'{build}/edges.jsonl'):
    r = json.loads(line)
    if r['source'].startswith('arXiv:') or r['source'].startswith('title:'):
        edges[r['source']][r['target']].add(r['type'])
paper_of = {}
for line in open(f'{build}/nodes.jsonl'):
    r = json.loads(line)
    if r['label'] == 'Paper':
        paper_of[r.get('arxiv_id') or r['key']] = r['key']
rows = []
for line in open(inp):
    p = json.loads(line)
    pk = paper_of.get(p['id'], 'arXiv:' + p['id'])
    seen = set()
    text = p['abstract']
    for sent in SENT.split(text):
        cue = EVAL.search(sent)
        for name, pid, how in mentions(sent):
            if pid in seen:
                continue
            if not cue or not context(sent, name):
                continue
            seen.add(pid)
            # kg side
            tg = edges.get(pk, {})
            with_id = {t: ty for t, ty in tg.items() if nodes.get(t, {}).get('pwc_id') == pid}
            row = dict(id=p['id'], name=name, pwc_id=pid, how=how, sentence=sent)
            if any(ty & {'EVALUATES_ON', 'PROPOSES'} for ty in with_id.values()):
                row['cause'] = 'linked'
            elif with_id:
                row['cause'] = 'edge ' + '/'.join(sorted(set().union(*with_id.values())))
            else:
                lk = loose(name); cand = []
                for t, ty in tg.items():
                    nd = nodes.get(t)
                    if not nd: continue
                    sp = [nd['name'], *nd.get('aliases', [])]
                    if any(loose(s) == lk for s in sp):
                        cand.append((t, nd, ty))
                if not cand:
                    row['cause'] = 'no node'
                else:
                    t, nd, ty = cand[0]
                    row['node'] = t; row['edge'] = sorted(ty); row['node_pwc'] = nd.get('pwc_id')
                    if nd['label'] in ('Task', 'Method', 'Model'):
                        row['cause'] = 'node typed ' + nd['label']
                    elif nd.get('pwc_id'):
                        row['cause'] = 'node of another id'
                    else:
                        row['cause'] = 'node without pwc_id'
            rows.append(row)
with open(out, 'w') as fh:
    for r in rows: fh.write(json.dumps(r) + '\n')
c = Counter(r['cause'] for r in rows)
print(len(rows), 'mentions in', len({r['id'] for r in rows}), 'papers; linked', c['linked'], f"{c['linked']/max(1,len(rows)):.3f}")
for k, v in c.most_common(): print(f'  {v:4d} {k}')
