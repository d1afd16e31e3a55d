"""Span train: Results whose benchmark BASE carried (carried / implicit_proposed) and whose number is followed by
'on|in <place>' (approximate: the rule's own place, no 'across'); what does the gold give as 'on'?"""
import json, re, sys
from kg.evaluate import read_build, same_value, _names
b = read_build(sys.argv[1])
gold = {}
for l in open(sys.argv[2]):
    r = json.loads(l); gold[r['title']] = r
PLACE = re.compile(r"[\s)\]]*(?:[^\s,;()]+\s+){0,3}?(?:on|in)\s+(?!average\b)(?:the\s+|a\s+|an\s+)?([^,;().]{1,80})", re.I)
for k, n in b.nodes.items():
    if n['label'] != 'Result': continue
    rule = b.result_rules[k].get('on', '')
    if rule not in ('result_on_carried', 'result_on_implicit_proposed'): continue
    s = n['sentence']; i = s.find(n['text'])
    if i < 0: continue
    m = PLACE.match(s, i + len(n['text']))
    if not m: continue
    p = b.nodes[n['paper']]; g = gold.get(p.get('title') or p['name'])
    if g is None: continue
    gs = [x for x in g['results'] if same_value(x['value'], n['value'])]
    on_node = b.nodes[b.result_roles[k]['on']]['name']
    print(n['paper'], n['text'], '| kg:', on_node, '| gold:', [x.get('on') for x in gs] or 'NO-RESULT', '| place:', m.group(0)[:60].strip(), '||', s[max(0, i-60):i+len(n['text'])+70])
