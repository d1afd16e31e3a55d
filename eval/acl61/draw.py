"""Draw 40 ACL Anthology records with an abstract and no arXiv id (seed 61), none of acl58's draw of 300.

acl58's 300 are re-derived from its own rule (`random.Random(58).sample(records, 300)` over the same list), so
the 50 it read are excluded along with the rest of its draw. The first 40 of `random.Random(61).sample(pool, 300)`
are these 40 (the next 260 were built for the PROPOSES count, proposes-extra-40.tsv).
"""
import gzip
import json
import random

CORPUS = '/work/shared/corpus/acl-anthology-2016-2025.jsonl.gz'


def without_arxiv_id(path):
    with gzip.open(path, 'rt') as lines:
        records = (json.loads(line) for line in lines)
        return [r for r in records if (r.get('abstract') or '').strip() and not r.get('arxiv_id')]


recs = without_arxiv_id(CORPUS)
acl58 = {r['id'] for r in random.Random(58).sample(recs, 300)}
pool = [r for r in recs if r['id'] not in acl58]
print(len(recs), len(pool))
with open('/tmp/acl61/input.jsonl', 'w') as out:
    out.writelines(json.dumps(r) + '\n' for r in random.Random(61).sample(pool, 40))
