#!/usr/bin/env python3
"""Find docstrings of Kaa's built-in objects that repeat CPython's text.

Runs a small walker on CPython 3.13 and on Kaa: for every module in Kaa's
sys.builtin_module_names (plus builtins, the exception classes and the core
types reached through `types`), it records the __doc__ of the module, its
functions, its classes and every entry of those classes' __dict__. Then, for
each object both sides know, each sentence or line of Kaa's docstring that is
25 characters or longer (whitespace normalised) and also appears in CPython's
docstring of the same object is reported, with the Java file whose string
literals contain it.

The _ast node classes are left out unless --ast is given: their docstrings are the
ASDL grammar rendered mechanically ("Name(identifier id, expr_context ctx)"), a
format CPython's test_ast asserts exactly.

Usage: scripts/doc-copies.py [--kaa PATH] [--cpython PATH] [--ast] [--quiet]
"""
import argparse
import ast
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIN_LEN = 25

WALKER = r'''
import sys, types
names = sys.argv[1].split(",")
docs = {}
def put(key, obj):
    try:
        d = obj.__doc__
    except Exception:
        return
    if isinstance(d, str) and d.strip():
        docs[key] = d
def walk_type(key, t):
    put(key, t)
    try:
        items = list(vars(t).items())
    except Exception:
        return
    for n, v in items:
        if isinstance(v, types.FunctionType):
            continue
        if v is None or n == "__doc__" or isinstance(v, (str, int, float, tuple, frozenset, bytes)):
            continue
        put(key + "." + n, v)
for mname in names:
    try:
        m = __import__(mname)
        m = sys.modules[mname]
    except BaseException:
        continue
    if mname != "types":
        put(mname, m)
    for n in sorted(dir(m)):
        try:
            v = getattr(m, n)
        except BaseException:
            continue
        if isinstance(v, types.FunctionType) or getattr(v, "__module__", None) == "types":
            continue  # written in Python (CPython's Lib, shared by both), not Kaa's own text
        if isinstance(v, type):
            walk_type(mname + "." + n, v)
        elif callable(v) and not isinstance(v, types.ModuleType):
            put(mname + "." + n, v)
        elif not isinstance(v, (str, int, float, bytes, tuple, list, dict, set, frozenset, types.ModuleType, type(None))):
            t = type(v)
            if t.__module__ != "builtins" or mname == "sys":
                walk_type(mname + ".<type of " + n + ">", t)
extra = {"iter_list": iter([]), "iter_tuple": iter(()), "iter_str": iter(""), "iter_range": iter(range(1)),
         "iter_dict": iter({}), "iter_set": iter(set()), "dict_keys": {}.keys(), "dict_values": {}.values(),
         "dict_items": {}.items(), "reversed_list": reversed([]), "iter_bytes": iter(b""),
         "callable_iterator": iter(int, 1)}
for n, v in extra.items():
    walk_type("<" + n + ">", type(v))
print(repr(docs))
'''


def norm(s):
    return " ".join(s.split())


def pieces(doc):
    """The sentences and lines of doc worth comparing, whitespace normalised."""
    out = []
    whole = norm(doc)
    if len(whole) >= MIN_LEN:
        out.append(whole)
    for line in doc.splitlines():
        p = norm(line)
        if len(p) >= MIN_LEN:
            out.append(p)
    for para in re.split(r"\n\s*\n", doc):
        for sent in re.split(r"(?<=[.!?])\s+(?=[A-Z(\"'])", norm(para)):
            if len(sent) >= MIN_LEN:
                out.append(sent)
    seen, res = set(), []
    for p in out:
        if p not in seen:
            seen.add(p)
            res.append(p)
    return res


def dump(cmd, names):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(WALKER)
    try:
        r = subprocess.run(cmd + [f.name, ",".join(names)], capture_output=True, text=True,
                           cwd=tempfile.gettempdir(), timeout=600)
    finally:
        os.unlink(f.name)
    if r.returncode != 0:
        sys.exit(f"walker failed on {cmd}: {r.stderr[-2000:]}")
    return ast.literal_eval(r.stdout.strip().splitlines()[-1])


STRING = re.compile(r'"""(.*?)"""|"((?:[^"\\\n]|\\.)*)"', re.S)


def java_strings():
    """(file, line, text) for each run of string literals joined with '+' in the VM's Java."""
    out = []
    base = os.path.join(ROOT, "vm", "src", "main", "java")
    for d, _, files in os.walk(base):
        for fn in files:
            if not fn.endswith(".java"):
                continue
            path = os.path.join(d, fn)
            src = open(path, encoding="utf-8").read()
            run, start, end = [], None, None
            for m in STRING.finditer(src):
                if run and re.fullmatch(r"\s*\+\s*", src[end:m.start()]):
                    run.append(m)
                else:
                    if run:
                        out.append(flush(path, src, run))
                    run = [m]
                end = m.end()
            if run:
                out.append(flush(path, src, run))
    return out


def flush(path, src, run):
    text = ""
    for m in run:
        if m.group(1) is not None:
            text += m.group(1)
        else:
            try:
                text += ast.literal_eval('"' + m.group(2).replace("\\s", " ") + '"')
            except Exception:
                text += m.group(2)
    line = src.count("\n", 0, run[0].start()) + 1
    return os.path.relpath(path, ROOT), line, norm(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kaa", default=os.path.join(ROOT, "kaa"))
    ap.add_argument("--cpython", default=os.path.expanduser("~/.pyenv/versions/3.13.0/bin/python3.13"))
    ap.add_argument("--ast", action="store_true", help="also report the _ast node classes")
    ap.add_argument("--quiet", action="store_true", help="print only the count")
    a = ap.parse_args()
    names = subprocess.run([a.kaa, "-c", "import sys; print(','.join(sys.builtin_module_names))"],
                           capture_output=True, text=True, check=True).stdout.strip().split(",")
    names = sorted(set(names) | {"builtins", "types"})
    kaa = dump([a.kaa], names)
    cpy = dump([a.cpython], names)
    strings = java_strings() if not a.quiet else []
    hits = []
    for key in sorted(kaa):
        if key not in cpy or (not a.ast and key.split(".")[0] == "_ast"):
            continue
        theirs = norm(cpy[key])
        for p in pieces(kaa[key]):
            if p in theirs:
                where = sorted({f"{f}:{ln}" for f, ln, t in strings if p in t})
                hits.append((key, p, where))
                break  # one hit per object: the first (widest) copied piece
    if not a.quiet:
        for key, p, where in hits:
            short = p if len(p) <= 100 else p[:97] + "..."
            print(f"{key}: {short!r}")
            print(f"    {', '.join(where) if where else '(Java source not found)'}")
    print(f"{len(hits)} docstrings repeat CPython's text")


if __name__ == "__main__":
    main()
