import json, re, sys
from collections import Counter
SYS = re.compile(r"^[\s-]*(?:based\s+)?(?:models?|systems?|modules?|baselines?|frameworks?|pipelines?|tools?|toolkits?|engines?|components?|architectures?|networks?|classifiers?|encoders?|decoders?)\b", re.I)
EX = re.compile(r"(?:such as|e\.g\.,?|including|like|i\.e\.,?)\s*(?:\w+\s*,\s*)*$", re.I)
INS=re.compile(r"(?:inspired|motivated)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$", re.I)
EG=re.compile(r"\((?:e\.g\.|such as|i\.e\.),?\s*(?:[\w-]+,\s*)*$", re.I)
UNL=re.compile(r"(?:unlike|than|compared (?:to|with)|in contrast to|instead of|rather than|such as)\s+(?:the\s+)?$", re.I)
shapes = {"ADDRESSES": [("every mention before a system noun (X model/system/module...)", lambda r: all(SYS.match(a) for a in r["after"])),
  ("  same, not in title", lambda r: not r["in_title"] and all(SYS.match(a) for a in r["after"])),
  ("every mention after an example cue (such as / e.g. / including / like), not in title", lambda r: not r["in_title"] and all(EX.search(b) for b in r["before"])),
  ("one mention, background sentence (conf 0.6)", lambda r: r["n"] == 1 and r["conf"] == 0.6),
  ("background sentence (conf 0.6)", lambda r: r["conf"] == 0.6),
  ("one mention, not in title", lambda r: r["n"] == 1 and not r["in_title"]),
  ("all", lambda r: True)],
 "USES": [("every mention after inspired / motivated by", lambda r: all(INS.search(b) for b in r["before"])),
  ("every mention in '(e.g., X'", lambda r: all(EG.search(b) for b in r["before"])),
  ("every mention after unlike / than / compared to / instead of / such as", lambda r: all(UNL.search(b) for b in r["before"])),
  ("all", lambda r: True)]}
for f, kind in (("addr_train.json","ADDRESSES"),("addr_spandev.json","ADDRESSES"),("uses_train.json","USES"),("uses_spandev.json","USES")):
    rows=[r for r in json.load(open(f)) if r["n"]>0]
    for name, p in shapes[kind]:
        c=Counter(r["gold"] for r in rows if p(r)); print(f"{f}\t{name}\t" + ", ".join(f"{k} {v}" for k,v in c.most_common()))
