#!/bin/bash
cd /tmp/review70/mut
./run.sh kg/extract/cue_names.py ' \
                    or CONVERSION_ACRONYM.fullmatch(text):' ':'
./run.sh kg/extract/cue_names.py 'if glued and glued.group() in STOP_WORDS:' 'if False:'
./run.sh kg/extract/result_carry.py ' or parallel
' '
'
./run.sh kg/extract/result_carry.py ' or re.search(r"(?:wise|ly)$", words[-1])' ''
./run.sh kg/extract/result_carry.py '
                or any(s2 < b and a < e2 for s2, e2, _, _ in ents)):' '):'
./run.sh kg/extract/model_names.py 'return self.lookup(organisation) is None and not repeated' 'return self.lookup(organisation) is None'
./run.sh kg/extract/parse.py 'if not numeral and (opens or not before[:1].isupper()):' 'if not numeral:'
./run.sh kg/extract/result_carry.py 'if k + 1 < len(out) and LIST_GAP.fullmatch(text[n.end : out[k + 1][0].start]):' 'if False:'
