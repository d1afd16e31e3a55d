"""acl61's dump.py with seed 71 (usage: python eval/acl70/dump.py BUILD 40), kept as one script in eval/acl61/."""
import pathlib
import runpy
import sys

sys.argv[3:] = ["71"]
runpy.run_path(str(pathlib.Path(__file__).resolve().parents[1] / "acl61" / "dump.py"), run_name="__main__")
