"""acl67's draw.py with seed 69 and the years 2016-2022, written to /tmp/acl69 (usage: python eval/acl69/draw.py): 40 + 400
ACL Anthology records with an abstract and no arXiv id, none named under eval/ (acl67's and acl68's files included)."""
import pathlib

source = (pathlib.Path(__file__).resolve().parents[1] / "acl67" / "draw.py").read_text()
source = source.replace("Random(67)", "Random(69)").replace("/tmp/acl67/", "/tmp/acl69/")
source = source.replace("in (2023, 2024, 2025)", "in (2016, 2017, 2018, 2019, 2020, 2021, 2022)")
exec(compile(source, "acl67/draw.py", "exec"))
