"""(c2) learned_role EVALUATES_ON edges of a Dataset / Benchmark: with whether the paper also PROPOSES the node, and
whether the paper's abstract has a creation cue (introduce/present/release/construct/collect/build/create/curate) in a
sentence naming the node, or "our ... dataset/corpus/benchmark" — candidates of the paper's own new corpus."""
import json, re, sys
d = sys.argv[1]
nodes = {json.loads(l)["key"]: json.loads(l) for l in open(f"{d}/nodes.jsonl")}
edges = [json.loads(l) for l in open(f"{d}/edges.jsonl")]
roles = {}
for e in edges:
    if e["source"].startswith("Paper:") or e["source"].startswith("arXiv:") or nodes.get(e["source"], {}).get("label") == "Paper":
        roles.setdefault((e["source"], e["target"]), set()).add(e["type"])
CUE = re.compile(r"\b(?:we|this (?:paper|work))\b[^.]{0,40}\b(introduc|present|releas|construct|collect|buil[dt]|creat|curat|propos|develop|compil|annotat|describ|contribut)\w*|\bour\b[^.]{0,30}\b(dataset|corpus|benchmark|data)\b|\bnew(?:ly)?\b[^.]{0,30}\b(dataset|corpus|benchmark)\b", re.I)
for e in edges:
    if e["type"] != "EVALUATES_ON" or nodes.get(e["source"], {}).get("label") != "Paper":
        continue
    for ev in e["evidence"]:
        if ev["rule"] != "learned_role": continue
        n = nodes[e["target"]]
        names = [n["name"], *n.get("aliases", [])]
        p = nodes[e["source"]]
        text = (p.get("title") or "") + ". " + (p.get("abstract") or "")
        sents = [s for s in re.split(r"(?<=[.!?])\s+", text) if any(x.lower() in s.lower() for x in names)]
        cued = [s for s in sents if CUE.search(s)]
        print("\t".join([e["source"], e["target"], n["label"], str(n.get("pwc_id", "")), ",".join(sorted(roles.get((e["source"], e["target"]), ()))),
                         "cue" if cued else "-", (cued[0] if cued else ev["sentence"]).replace("\t", " ")[:400]]))
