"""Non-Metric mentions (not the gazetteer's) whose apposition calls them a measure: "X (ABC), a statistical
measure that …", "X and Y, new measures that …". Usage: measapp.py BUILD"""
import sys, re
from kg.extraction_store import ExtractionStore
APP = re.compile(r"^\s*(?:\([^)]{1,40}\))?\s*(?:and [^,.;]{1,60}?)?,\s*(?:(?:a|an|the|two|three|our|new|novel)\s+)?(?:[\w-]+\s+){0,4}?(measure|measures|metric|metrics|score|scores|index|indicator|indices|criterion|statistic)\b")
seen = set()
for p in ExtractionStore(sys.argv[1] + "/extractions.jsonl.gz").read():
    for m in p.mentions:
        if m.label == "Metric" or m.rule == "gazetteer": continue
        text = p.record.title if m.field == "title" else p.record.abstract
        mm = APP.match(text[m.end:m.end + 160])
        if mm and (p.key, m.text) not in seen:
            seen.add((p.key, m.text))
            print(p.key, repr(m.text), m.label, m.rule, "|", text[max(0, m.start - 60):m.end + mm.end() + 30].replace("\n", " "), sep="\t")
