"""acl67's draw.py with seed 68, written to /tmp/acl68 (usage: python eval/acl68/draw.py): 40 + 399 ACL Anthology
records of 2023-2025 with an abstract and no arXiv id, none named under eval/ (acl67's files included)."""
import pathlib

source = (pathlib.Path(__file__).resolve().parents[1] / "acl67" / "draw.py").read_text()
exec(compile(source.replace("Random(67)", "Random(68)").replace("/tmp/acl67/", "/tmp/acl68/"), "acl67/draw.py", "exec"))
