import gzip, json, re, random, collections, glob
words = ["JSON","JSONL","CSV","YAML","TXT","MIDI","January","February","March","April","May","June","July","August","September","October","November","December","MITRE","USGS","USTC","POSTECH","GDPR","CCPA","HIPAA","EU AI Act","California Consumer Privacy Act","General Data Protection Regulation","Health Insurance Portability and Accountability Act","United States Geological Survey"]
shape = re.compile(r"(?<![\w-])(?:(?:(?:MX|NV)?FP\d{1,2}|BF16|U?INT\d{1,2})|CC[- ](?:BY|SA|NC|ND)(?:[- ](?:BY|SA|NC|ND))*(?:[- ]\d\.\d)?|(?:ISO|IEC|ISA)(?:/IEC)?[- ]?\d{2,5}(?:[-.:]\d+)*)(?![\w-])")
pat = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")
excl = set()
for p in glob.glob('/tmp/sets/*-input.jsonl'):
    for l in open(p): excl.add(json.loads(l)['id'].split(':')[-1])
for p in sorted(glob.glob('/work/wt-nonplace53/eval/spans/batches/batch-*.jsonl')):
    n = int(re.search(r'batch-(\d+)', p).group(1))
    if n <= 4: continue
    for l in open(p):
        r = json.loads(l); excl.add(str(r.get('id', r.get('arxiv_id', ''))).split(':')[-1])
for p in glob.glob('/tmp/ev53/base2/*.build.log'): pass
draw = {json.loads(l).get('id') for l in open('/tmp/draw53/input.jsonl')}
bykey = collections.defaultdict(list)
with gzip.open('/work/shared/corpus/arxiv-ml-175k.jsonl.gz', 'rt') as f:
    for line in f:
        r = json.loads(line); rid = str(r.get('id'))
        if rid.split(':')[-1] in excl or rid in draw: continue
        t = r.get('title', '') + " " + r.get('abstract', '')
        ks = {m.group(0) for m in pat.finditer(t)} | {"SHAPE:" + m.group(0)[:2] for m in shape.finditer(t)}
        ks = {k for k in ks if k not in ("May","March")}  # too common as words
        for k in ks: bykey[k].append(line)
rng = random.Random(53); out = {}
for k, v in sorted(bykey.items()):
    rng.shuffle(v)
    n = 30 if k.startswith("SHAPE") else 6
    for line in v[:n]: out[json.loads(line)['id']] = line
print(len(out), {k: len(v) for k, v in bykey.items()}, len(excl))
open('/tmp/nonplace53/probe-input.jsonl', 'w').writelines(out.values())
