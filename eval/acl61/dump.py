"""Dump the N papers of a build (seed 61, or SEED): text, mentions by node, Paper -> entity and entity -> entity edges.

acl58's dump.py, plus the entity -> entity edges of each paper (type, ends, rules, evidence sentence).
"""
import collections
import gzip
import json
import random
import sys


def rules_of(evidence):
    return ','.join(sorted({ev['rule'] for ev in evidence}))


def edges_by_paper(build, nodes):
    """Paper -> entity edges by source, entity -> entity edges by paper; Result edges left out."""
    paper_edges, entity_edges = collections.defaultdict(list), collections.defaultdict(list)
    for line in open(build + '/edges.jsonl'):
        e = json.loads(line)
        head, tail = nodes.get(e['source'], {}), nodes.get(e['target'], {})
        if 'Result' in (head.get('label'), tail.get('label')):
            continue
        if head.get('label') == 'Paper' or e['source'].startswith(('arXiv:', 'Paper:', 'title:')):
            paper_edges[e['source']].append((e['type'], tail.get('name'), tail.get('label'), rules_of(e['evidence'])))
            continue
        for paper in e.get('papers', []):
            evs = [ev for ev in e['evidence'] if ev.get('paper') == paper]
            entity_edges[paper].append((e['type'], f"{head.get('name')}/{head.get('label')}", f"{tail.get('name')}/{tail.get('label')}",
                                        rules_of(evs), evs[0]['sentence'][:160] if evs else ''))
    return paper_edges, entity_edges


def main(build, n, seed=61):
    nodes = {json.loads(line)['key']: json.loads(line) for line in open(build + '/nodes.jsonl')}
    paper_edges, entity_edges = edges_by_paper(build, nodes)
    stream = gzip.open(build + '/extractions.jsonl.gz', 'rt')
    next(stream)
    docs = {d['key']: d for d in map(json.loads, stream)}
    for i, key in enumerate(random.Random(seed).sample(sorted(docs), n), 1):
        doc = docs[key]
        record = doc['record']
        print('=' * 100)
        print(f'[{i}]', key, '|', record.get('anthology_id'), '|', record['title'])
        print(record['abstract'])
        makers = collections.OrderedDict()
        for m in doc.get('mentions', []):
            makers.setdefault((m[0], m[1]), set()).add(m[6])
        print('-- mentions:', ' ; '.join(f"{text}/{label}[{','.join(sorted(rules))}]" for (text, label), rules in makers.items()))
        for kind, name, label, rules in sorted(paper_edges[key]):
            print(f'   {kind:15} {name} /{label} [{rules}]')
        for kind, head, tail, rules, sentence in sorted(entity_edges[key]):
            print(f'   ~ {kind:12} {head} -> {tail} [{rules}] «{sentence}»')


if __name__ == '__main__':
    main(sys.argv[1], int(sys.argv[2]), *map(int, sys.argv[3:4]))
