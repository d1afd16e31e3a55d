"""pytest plugin: record executed lines in target files (env LINECOV_FILES, comma sep abs paths) -> LINECOV_OUT."""
import os, sys, json, threading
FILES = set(os.environ.get("LINECOV_FILES", "").split(","))
HIT = {f: set() for f in FILES}

def _local(frame, event, arg):
    if event == "line":
        HIT[frame.f_code.co_filename].add(frame.f_lineno)
    return _local

def _global(frame, event, arg):
    if frame.f_code.co_filename in FILES:
        HIT[frame.f_code.co_filename].add(frame.f_lineno)
        return _local
    return None

def pytest_configure(config):
    sys.settrace(_global); threading.settrace(_global)

def pytest_unconfigure(config):
    sys.settrace(None)
    with open(os.environ["LINECOV_OUT"], "w") as f:
        json.dump({k: sorted(v) for k, v in HIT.items()}, f)
