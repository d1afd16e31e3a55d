"""(eval/junk44) 2,000 unseen abstracts drawn as eval/junk43/sample.py draws them, with seed 44 and
junk43's 2,000 ids left out too: `python eval/junk44/sample.py [OUT_DIR]` (default /tmp/junk44)."""
import os, runpy, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
os.environ["SAMPLE_SEED"] = "44"
os.environ["SAMPLE_EXCLUDE"] = str(HERE.parent / "junk43" / "unseen-ids.txt")
sys.argv = [sys.argv[0], sys.argv[1] if len(sys.argv) > 1 else "/tmp/junk44", *sys.argv[2:]]
runpy.run_path(str(HERE.parent / "junk43" / "sample.py"), run_name="__main__")
