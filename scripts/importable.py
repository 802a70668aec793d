"""The engine of scripts/importable (read the header of that script first).

Run by CPython 3.13: lists the top-level modules of CPython's Lib, its built-in modules and its
lib-dynload extension modules, imports each in a child process of its own (CPython, then Kaa)
with a time limit, and prints the table; --update rewrites scripts/importable-modules.tsv.
"""
import argparse
import os
import re
import subprocess
import sys
import sysconfig
import tempfile
import time

TIMEOUT = 60

# Modules Kaa will never give, and why. A module listed here that Kaa imports all the same is
# shown as "works" (its import succeeds; what it wraps may still be missing).
WINDOWS = "Windows only"
TK = "a binding of the Tk C library; Kaa, on the JVM, has none"
CAPI = "tests CPython's C API (an extension module of CPython's test suite)"
NEVER = {
    "msvcrt": WINDOWS, "winreg": WINDOWS, "_winapi": WINDOWS, "nt": WINDOWS, "winsound": WINDOWS,
    "_overlapped": WINDOWS, "_wmi": WINDOWS,
    "_tkinter": TK, "tkinter": TK, "turtle": "draws with tkinter: " + TK,
    "turtledemo": "demonstrates turtle, on tkinter: " + TK, "idlelib": "IDLE, on tkinter: " + TK,
    "test": "CPython's test suite: not in Kaa's Lib (scripts/libtest runs it from CPython's installation)",
    "_sysconfigdata__linux_x86_64-linux-gnu": "CPython's build-time variables; Kaa has its own _sysconfigdata",
}
CAPI_PATTERN = re.compile(r"^(_test\w*|xxlimited\w*|xxsubtype|_xxtestfuzz|_ctypes_test)$")
# Listed although CPython on Linux has none of them, so that the table says why.
EXTRA = ["msvcrt", "winreg", "_winapi", "nt", "winsound", "_overlapped", "_wmi"]


def never_reason(name):
    if name in NEVER:
        return NEVER[name]
    if CAPI_PATTERN.match(name):
        return CAPI
    return None


def modules():
    """[(name, kind)] for CPython 3.13's Lib, its built-in modules and lib-dynload."""
    lib = sysconfig.get_path("stdlib")
    dynload = os.path.join(lib, "lib-dynload")
    found = {}
    for entry in sorted(os.listdir(lib)):
        path = os.path.join(lib, entry)
        if entry.endswith(".py") and os.path.isfile(path):
            found.setdefault(entry[:-3], "Lib")
        elif os.path.isdir(path) and os.path.exists(os.path.join(path, "__init__.py")):
            found.setdefault(entry, "Lib package")
    for name in sys.builtin_module_names:
        found.setdefault(name, "built-in")
    if os.path.isdir(dynload):
        for entry in sorted(os.listdir(dynload)):
            if entry.endswith(".so"):
                found.setdefault(entry.split(".")[0], "lib-dynload")
    for name in EXTRA:
        found.setdefault(name, "Windows")
    return sorted(found.items(), key=lambda kv: kv[0].lower())


def try_import(command, name, timeout):
    """None when `import name` succeeds in a fresh process, else the first line of the reason."""
    cwd = tempfile.mkdtemp(prefix="kaa-importable.")
    env = dict(os.environ, PYTHONHASHSEED="0", BROWSER="true")   # antigravity opens a browser
    env.pop("PYTHONPATH", None)
    # importlib.import_module takes names import statements cannot (the '-' of _sysconfigdata…)
    code = f"import importlib; importlib.import_module({name!r})"
    try:
        r = subprocess.run([*command, "-X", "utf8", "-c", code], cwd=cwd, env=env, capture_output=True,
                           stdin=subprocess.DEVNULL, timeout=timeout, text=True, errors="replace")
    except subprocess.TimeoutExpired:
        return f"timeout after {timeout} s"
    finally:
        import shutil
        shutil.rmtree(cwd, ignore_errors=True)
    if r.returncode == 0:
        return None
    lines = [l for l in r.stderr.splitlines() if l.strip()]
    return (lines[-1] if lines else f"exit {r.returncode}")[:200]


HEADER = ["module", "kind", "cpython", "status", "reason"]


def read_tsv(path):
    rows = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            lines = [l.rstrip("\n") for l in f if not l.startswith("#") and l.strip()]
        for line in lines[1:]:
            cells = line.split("\t")
            rows[cells[0]] = dict(zip(HEADER, cells))
    return rows


def write_tsv(path, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("# Top-level modules of CPython 3.13 (Lib, built-in, lib-dynload) and what Kaa gives: works /\n"
                "# not yet / never (with the reason) / not on CPython (CPython on this Linux cannot import it;\n"
                "# outside the target). Written by scripts/importable --update; do not edit by hand.\n"
                f"# Last written {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC.\n")
        f.write("\t".join(HEADER) + "\n")
        for r in rows:
            f.write("\t".join(r[h].replace("\t", " ") for h in HEADER) + "\n")
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser(description="which of CPython's modules import on Kaa")
    ap.add_argument("--kaa", required=True)
    ap.add_argument("--tsv", required=True)
    ap.add_argument("--timeout", type=int, default=TIMEOUT)
    ap.add_argument("--update", action="store_true", help="rewrite the TSV's columns from this run")
    ap.add_argument("--markdown", action="store_true", help="print the totals as Markdown")
    ap.add_argument("--show", action="store_true", help="run nothing: print what the TSV records")
    ap.add_argument("modules", nargs="*")
    args = ap.parse_args()
    recorded = read_tsv(args.tsv)
    if args.show:
        rows = [r for n, r in recorded.items() if not args.modules or n in args.modules]
        if not args.markdown:
            width = max(len(r["module"]) for r in rows)
            for r in rows:
                print(f"{r['module']:<{width}}  {r['kind']:<11}  {r['status']:<14}  {r['reason']}")
        print_totals(rows, args.markdown)
        return 0
    listed = modules()
    if args.modules:
        listed = [(n, k) for n, k in listed if n in args.modules]
    rows = []
    start = time.monotonic()
    for name, kind in listed:
        if kind == "Windows":
            cpy = "no module on Linux"
        else:
            cpy = try_import([sys.executable], name, args.timeout)
        kaa = try_import([args.kaa], name, args.timeout)
        never = never_reason(name)
        if kaa is None:
            status, reason = "works", ""
        elif never is not None:
            status, reason = "never", never
        elif cpy is not None:
            status, reason = "not on CPython", kaa
        else:
            status, reason = "not yet", kaa
        rows.append({"module": name, "kind": kind, "cpython": "imports" if cpy is None else "no: " + cpy,
                     "status": status, "reason": reason})
        print(f"  {name}: {status}{' (' + reason + ')' if reason else ''}", file=sys.stderr, flush=True)
    wall = time.monotonic() - start

    width = max(len(r["module"]) for r in rows)
    for r in rows:
        print(f"{r['module']:<{width}}  {r['kind']:<11}  {r['status']:<14}  {r['reason']}")
    print_totals(rows, args.markdown)
    print(f"wall clock: {wall:.0f} s")
    if args.update:
        merged = {**recorded, **{r["module"]: r for r in rows}}
        write_tsv(args.tsv, sorted(merged.values(), key=lambda r: r["module"].lower()))
    return 0


def print_totals(rows, markdown):
    target = [r for r in rows if r["cpython"] == "imports" and r["status"] != "never"]
    works = sum(1 for r in target if r["status"] == "works")
    by = {s: sum(1 for r in rows if r["status"] == s) for s in ("works", "not yet", "never", "not on CPython")}
    text = (f"importable on Kaa: {works} of the {len(target)} modules CPython 3.13 imports on this Linux "
            f"(\"never\" ones left out); all {len(rows)} rows: " + ", ".join(f"{v} {k}" for k, v in by.items()))
    print(("\n" if not markdown else "") + text)
    if markdown:
        print("\n| status | modules |\n|---|---|")
        for k, v in by.items():
            print(f"| {k} | {v} |")


if __name__ == "__main__":
    sys.exit(main())
