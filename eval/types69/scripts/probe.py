"""Probe two shapes on a build's extractions: (1) list siblings: a Model/Method-typed unlisted name in a list whose other
members (>=2) are all data; (2) family extension: 'X-Y' / 'XY' typed Model/Method where X is data in the same paper."""
import json, gzip, sys, re, collections
B = sys.argv[1]
DATA = ('Dataset', 'Benchmark'); SYS = ('Model', 'Method')
SEP = re.compile(r"^(\s*,\s*(and|or)?\s*|\s+(and|or)\s+)$")
n1 = n2 = 0
with gzip.open(f'{B}/extractions.jsonl.gz', 'rt') as fh:
    next(fh)
    for l in fh:
        r = json.loads(l)
        ms = [m for m in r['mentions'] if m[1] in DATA + SYS]
        by_field = collections.defaultdict(list)
        for m in ms: by_field[m[2]].append(m)
        for f, lst in by_field.items():
            src = r['record'].get(f) or ''
            lst.sort(key=lambda m: m[3])
            # chains of mentions separated by list separators
            chains, cur = [], [lst[0]] if lst else []
            for a, b in zip(lst, lst[1:]):
                if SEP.match(src[a[4]:b[3]]): cur.append(b)
                else: chains.append(cur); cur = [b]
            if cur: chains.append(cur)
            for ch in chains:
                if len(ch) < 3: continue
                d = [m for m in ch if m[1] in DATA]; s = [m for m in ch if m[1] in SYS]
                if len(d) >= 2 and len(s) == 1 and len(d) >= len(ch) - 1:
                    m = s[0]
                    n1 += 1
                    print('LIST', r['key'], m[0], m[1], m[6], m[8], '|', ' ; '.join(f'{x[0]}/{x[1][:2]}' for x in ch), '::', src[max(0, ch[0][3]-60):ch[-1][4]+40].replace('\n', ' '))
        datanames = {m[0] for m in ms if m[1] in DATA}
        seen = set()
        for m in ms:
            if m[1] in SYS and m[6] != 'gazetteer' and not m[8] and m[0] not in seen:
                for d in datanames:
                    if len(d) >= 3 and m[0] != d and m[0].startswith(d) and (m[0][len(d)] in '-_ ' ):
                        seen.add(m[0]); n2 += 1
                        print('FAM', r['key'], m[0], m[1], m[6], '| data', d)
                        break
print(n1, n2, file=sys.stderr)
