#!/bin/bash
# run.sh FILE 'python-replace-old' 'new' : apply one mutation to a fresh copy, run the session's new tests, report
cd /tmp/review70/mut
F=$1; OLD=$2; NEW=$3
cp src/$F /tmp/review70/mut/orig.py
python - "$F" "$OLD" "$NEW" <<'PY'
import sys; f,old,new=sys.argv[1:]; p="/tmp/review70/mut/src/"+f; s=open(p).read()
assert s.count(old)==1, ("count", s.count(old), old); open(p,"w").write(s.replace(old,new))
PY
K="checkpoint_id_after_its_hub or infinitive_of_purpose or serves_by_purpose or between_the_and_a_kind or conversion_or_a_library or between_our_and or presents_itself or sole_authors_i or roman_numeral_i or respectively_list_of_measures_before_by or item_before_by_in_a_run"
R=$(cd src && PYTHONPATH=/tmp/review70/mut/src timeout 600 python -m pytest -q -p no:cacheprovider -x tests/test_extract.py tests/test_paper_roles.py tests/test_results.py -k "$K" 2>&1 | tail -1)
cp /tmp/review70/mut/orig.py src/$F
echo -e "$F\t$OLD\t$NEW\t$R"
