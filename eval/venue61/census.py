"""Census: nodes whose name (or an alias) is, or starts with, a venue acronym."""
import json, re, sys, collections
build = sys.argv[1]; out = sys.argv[2]
venues = [l.strip() for l in open('eval/venue61/venue-words.txt') if l.strip()]
venues.sort(key=len, reverse=True)
pat = re.compile(r"^(" + "|".join(re.escape(v) for v in venues) + r")(?=$|[\s\-'’_/0-9@(:,])")
nodes = [json.loads(l) for l in open(f'{build}/nodes.jsonl')]
hits = {}
for n in nodes:
    if n['label'] == 'Paper': continue
    for s in [n['name']] + n.get('aliases', []):
        m = pat.match(s)
        if m:
            hits[n['key']] = (n, m.group(1)); break
edges = collections.defaultdict(list)
for l in open(f'{build}/edges.jsonl'):
    e = json.loads(l)
    for k in (e['source'], e['target']):
        if k in hits:
            for ev in e['evidence']:
                edges[(k, ev['paper'])].append((e['type'], e['source'] if e['target'] == k else e['target'], ev['rule'], ev['sentence']))
with open(out, 'w') as f:
    f.write('key\tname\taliases\tvenue\tpaper\tedges\tsentence\n')
    for (k, p), evs in sorted(edges.items()):
        n, v = hits[k]
        es = sorted(set(f"{t}:{o}:{r}" for t, o, r, s in evs))
        f.write('\t'.join([k, n['name'], '|'.join(n.get('aliases', [])), v, p, ' ; '.join(es), evs[0][3].replace('\t', ' ').replace('\n', ' ')]) + '\n')
print(len(hits), 'nodes', len(edges), 'node-paper pairs')
c = collections.Counter(v for n, v in hits.values()); print(c.most_common())
