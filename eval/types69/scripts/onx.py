import json, gzip, sys, re
B = sys.argv[1]
pat = re.compile(r"(?:^|(?<=[.!?])\s+)(On|In|Across) (?:the )?([A-Z][^\s,]*), ")
n = 0
with gzip.open(f'{B}/extractions.jsonl.gz', 'rt') as fh:
    next(fh)
    for l in fh:
        r = json.loads(l)
        for f in ('title', 'abstract'):
            src = r['record'].get(f) or ''
            for mt in pat.finditer(src):
                s, e = mt.span(2)
                ms = [m for m in r['mentions'] if m[2] == f and m[3] == s and m[4] == e]
                if ms:
                    n += 1
                    m = ms[0]
                    end = src.find('.', e + 60)
                    print(m[1], m[6], r['key'], '::', src[mt.start(1):mt.start(1)+200].replace('\n', ' '))
print(n, file=sys.stderr)
