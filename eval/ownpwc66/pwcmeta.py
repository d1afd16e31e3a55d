"""PwC entry → (introducing paper title, year) from the raw exports."""
import gzip, json, re
PWC = "/work/shared/pwc"
def slug(url): return "/".join(url.rstrip("/").split("/")[-2:])
ARX = re.compile(r"arxiv\.org/(?:abs|pdf)/(\d{2})(\d{2})\.\d+")
YR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-2]\d)(?!\d)")
def meta():
    out = {}
    for x in json.load(gzip.open(f"{PWC}/methods_2025-03.json.gz", "rt")):
        p = x.get("paper") or {}
        su = x.get("source_url") or ""
        y = None
        a = ARX.search(su)
        if a: y = 2000 + int(a.group(1))
        elif x.get("introduced_year") and x["introduced_year"] != 2000: y = x["introduced_year"]
        elif YR.search(su): y = int(YR.search(su).group(1))
        out[slug(x["url"])] = {"title": p.get("title") or x.get("source_title"), "year": y, "src": su}
    for x in json.load(gzip.open(f"{PWC}/datasets_2023-01-03.json.gz", "rt")):
        p = x.get("paper") or {}
        y = None
        if x.get("introduced_date"): y = int(x["introduced_date"][:4])
        else:
            a = ARX.search(p.get("url") or "")
            if a: y = 2000 + int(a.group(1))
        out[slug(x["url"])] = {"title": p.get("title"), "year": y, "src": p.get("url")}
    return out


CATALOGUE = "/work/wt-ownpwc/kg/data/pwc/catalogue.jsonl"
CORPUS = "/work/shared/corpus/arxiv-ml-175k.jsonl.gz"
HEAD = re.compile(r"^(.{1,80}?)\s*(?::|\s[-–—]{1,2}\s)")  # the name before a title's colon or spaced dash


def norm(t):
    return re.sub(r"[^a-z0-9]+", " ", (t or "").lower()).strip()


def catalogue_names():
    """Folded catalogue spelling → the PwC method / dataset ids that hold it."""
    from kg.names import fold_name
    cat = {}
    for l in open(CATALOGUE):
        r = json.loads(l)
        if r["type"] in ("Method", "Dataset"):
            for n in r["names"] + r.get("exact", []):
                cat.setdefault(fold_name(n), set()).add(r["pwc_id"])
    return cat


def headed_titles():
    """(record, pwc_id, entry) for corpus titles whose head before ':' / ' - ' (four words at most) folds
    to exactly one method or dataset entry."""
    from kg.names import fold_name
    cat, M = catalogue_names(), meta()
    with gzip.open(CORPUS, "rt") as fh:
        for l in fh:
            r = json.loads(l)
            h = HEAD.match(r["title"])
            if not h or len(h.group(1).split()) > 4:
                continue
            ids = cat.get(fold_name(h.group(1)))
            if ids and len(ids) == 1:
                pid = next(iter(ids))
                yield r, pid, M.get(pid, {})
