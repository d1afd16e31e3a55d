"""Draw 300 ACL Anthology records with an abstract and no arXiv id (seed 58)."""
import gzip, json, random
recs = []
with gzip.open('/work/shared/corpus/acl-anthology-2016-2025.jsonl.gz', 'rt') as f:
    for line in f:
        r = json.loads(line)
        if (r.get('abstract') or '').strip() and not r.get('arxiv_id'):
            recs.append(r)
print(len(recs))
sample = random.Random(58).sample(recs, 300)
with open('/tmp/acl58/input.jsonl', 'w') as out:
    for r in sample:
        out.write(json.dumps(r) + '\n')
