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
