"""acl67's draw rule with seed 71, 2023-2025, written to /tmp/acl71 (usage: python eval/acl71/draw.py): 40 ACL Anthology
records with an abstract and no arXiv id, none named under eval/ (acl67-acl70 files included), then 2,000 more
(`more.jsonl`) for counting."""
import gzip, json, random, subprocess

CORPUS = '/work/shared/corpus/acl-anthology-2016-2025.jsonl.gz'
WT = '/work/wt-acl71'
named = set(subprocess.run(['git', '-C', WT, 'grep', '-h', '-o', '-E', r'20[0-9]{2}\.[a-z0-9-]+\.[0-9]+|[A-Z][0-9]{2}-[0-9]{4}', '--', 'eval/'],
                           capture_output=True, text=True).stdout.split())
alltext = subprocess.run(['git', '-C', WT, 'grep', '-h', '-i', '-F', '', '--', 'eval/'], capture_output=True, text=True).stdout.lower()
with gzip.open(CORPUS, 'rt') as lines:
    recs = [json.loads(l) for l in lines]
pool = [r for r in recs if (r.get('abstract') or '').strip() and not r.get('arxiv_id')
        and int(r.get('year') or 0) in (2023, 2024, 2025) and r['id'] not in named]
print(len(recs), len(pool), len(named))
draw = random.Random(71).sample(pool, 2100)
draw = [r for r in draw if r['title'].lower()[:60] not in alltext]
print(len(draw))
with open('/tmp/acl71/input.jsonl', 'w') as out:
    out.writelines(json.dumps(r) + '\n' for r in draw[:40])
with open('/tmp/acl71/more.jsonl', 'w') as out:
    out.writelines(json.dumps(r) + '\n' for r in draw[40:2040])
