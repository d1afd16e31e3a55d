"""pytest plugin: record executed line arcs in target files -> LINECOV_OUT."""
import os, sys, json, threading
FILES = set(os.environ.get("LINECOV_FILES", "").split(","))
ARCS = {f: set() for f in FILES}
def _global(frame, event, arg):
    fn = frame.f_code.co_filename
    if fn not in FILES:
        return None
    arcs = ARCS[fn]; last = [-frame.f_code.co_firstlineno]
    def _local(frame, event, arg):
        if event == "line":
            arcs.add((last[0], frame.f_lineno)); last[0] = frame.f_lineno
        elif event == "return":
            arcs.add((last[0], -frame.f_code.co_firstlineno))
        return _local
    return _local
def pytest_configure(config):
    sys.settrace(_global); threading.settrace(_global)
def pytest_unconfigure(config):
    sys.settrace(None)
    with open(os.environ["LINECOV_OUT"], "w") as f:
        json.dump({k: sorted(v) for k, v in ARCS.items()}, f)
