"""Checks Kaa's fresh marshal encodings: argv[1] is a folder holding list.txt (one original .pyc
path a line) and N.bin (Kaa's encoding of the N-th file's code object). Prints one MISMATCH line
per file whose value differs from CPython's own reading of the .pyc, then a summary line."""
import marshal
import sys
import types


def same(a, b):
    if type(a) is not type(b):
        return False
    if isinstance(a, types.CodeType):
        for name in ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize",
                     "co_flags", "co_code", "co_names", "co_varnames", "co_cellvars", "co_freevars",
                     "co_filename", "co_name", "co_qualname", "co_firstlineno", "co_linetable",
                     "co_exceptiontable"):
            if getattr(a, name) != getattr(b, name):
                return False
        return same(a.co_consts, b.co_consts)
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, frozenset):
        return a == b
    if isinstance(a, (float, complex)):
        return repr(a) == repr(b)
    return a == b


folder = sys.argv[1]
with open(folder + "/list.txt", encoding="utf-8") as f:
    files = f.read().splitlines()
bad = 0
for i, path in enumerate(files):
    with open(path, "rb") as f:
        original = marshal.loads(f.read()[16:])
    with open(f"{folder}/{i}.bin", "rb") as f:
        ours = marshal.loads(f.read())
    if not same(original, ours):
        bad += 1
        print("MISMATCH", path)
print("checked", len(files), "mismatched", bad)
