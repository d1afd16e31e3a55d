"""Rebuild the recogniser's training DocBins (train/dev only) with whatever kg is on PYTHONPATH.
Writes OUT/{split}.spacy and OUT/{split}.jsonl (id, text, tokens [start,end], ents [start,end,label]) + stats."""
import json, sys
from pathlib import Path
import catalogue
catalogue.Registry.get_entry_points = lambda self: {}  # old trees lack modules today's entry points name
import spacy
from spacy.tokens import DocBin
import kg, kg.extract.tokenizer  # noqa  (registers the tokenizer)
from kg.annotations import load_split, training_doc

out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
print("kg from", kg.__file__, file=sys.stderr)
nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "kg.ml_tokenizer.v1"}}})
for split in sys.argv[2:]:
    stats = {}
    pairs = load_split(split)
    docs = []
    with (out / f"{split}.jsonl").open("w") as f:
        for r, a in pairs:
            d = training_doc(nlp, r, a, stats)
            docs.append(d)
            f.write(json.dumps({"id": r["id"], "text": d.text, "tokens": [[t.idx, t.idx + len(t)] for t in d],
                                "ents": [[e.start_char, e.end_char, e.label_] for e in d.ents]}) + "\n")
    DocBin(docs=docs).to_disk(out / f"{split}.spacy")
    print(split, len(pairs), stats)
