import json, re, subprocess, ast, sys
arcs = {k: {tuple(a) for a in v} for k, v in json.load(open(sys.argv[1])).items()}
diff = subprocess.run(["git","-C","/work/wt-third71","diff","-U0","d22e59b3","9d588fc9","--","kg/pwc.py","kg/extract/"],capture_output=True,text=True).stdout
cur=None; added={}
for l in diff.splitlines():
    if l.startswith("+++ "): cur="/work/wt-third71/"+l[6:]; added.setdefault(cur,set())
    m=re.match(r"@@ -\S+ \+(\d+)(?:,(\d+))? @@",l)
    if m:
        s=int(m.group(1)); n=int(m.group(2) or 1); added[cur].update(range(s,s+n))
CHK=[]
for f,lines in added.items():
    src=open(f).read(); srcl=src.splitlines(); tree=ast.parse(src)
    A=arcs.get(f,set())
    for node in ast.walk(tree):
        if isinstance(node,(ast.If,ast.While)):
            rng=set(range(node.lineno,node.test.end_lineno+1))
            if not rng & lines: continue
            outs={b for a,b in A if a in rng and b not in rng}
            body=node.body[0].lineno
            t = body in outs
            fl = bool(outs - {body})
            CHK.append(1)
            if not (t and fl):
                print(f"{f.split('wt-third71/')[1]}:{node.lineno} true={'Y' if t else 'N'} false={'Y' if fl else 'N'}  {srcl[node.lineno-1].strip()[:140]}")
print("if/while checked:", len(CHK))
