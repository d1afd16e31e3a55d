import sys, json
from kg.extract import build_pipeline
from kg.extract.pipeline import make_doc, to_extraction
from kg.types import Record, Source
import kg.extract.results as R
import kg.extract.result_sentences as RS
nlp = build_pipeline()
orig = R.read_results
def wrapped(text, spans, *a, **k):
    out = orig(text, spans, *a, **k)
    print("SPANS", [(text[s:e], l, i) for s,e,l,i in spans])
    for f in out: print("  RR", f[0].value, f[2:])
    return out
R.read_results = wrapped
# trace passes
import inspect
names = ["respectively_places_in_order","one_per_listed_metric","paper_level_roles","place_labelled_before","on_named_elsewhere","one_number_over_several_sets","bracketed_names_after"]
for nm in names:
    fn = getattr(R, nm)
    def mk(fn, nm):
        def w(found, *a, **k):
            out = fn(found, *a, **k)
            if [f[3] for f in out] != [f[3] for f in found] or [f[6] for f in out]!=[f[6] for f in found]:
                print("  PASS", nm, [(f[0].value, f[3], f[6]) for f in out])
            return out
        return w
    setattr(R, nm, mk(fn, nm))
for line in open(sys.argv[1]):
    r = json.loads(line)
    rec = Record(r["title"], r["abstract"], Source("inline", 1), arxiv_id="1111.11111")
    print("==", r["id"])
    ex = to_extraction(rec, nlp(make_doc(nlp, rec)))
    for h in ex.results:
        m = lambda i: None if i is None else ex.mentions[i].text
        print("  HIT", h.text, m(h.of), m(h.on), m(h.metric), h.on_rule)
