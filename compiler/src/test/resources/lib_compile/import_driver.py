"""Imports stdlib modules from Kaa's .pyc files and from CPython's own, for LibCompileTest.

Usage: python3.13 import_driver.py LIBDIR MIRROR OUTFILE TESTSFILE
MIRROR holds Kaa's compiled code for LIBDIR's files: LIBDIR/a/b.py -> MIRROR/a/b.pyc.

The driver selects the pure-Python modules of LIBDIR that can be imported without side effects
(see excluded()), then imports them in batches, each batch in a fresh child process with a time
limit, twice: once as CPython normally does ("cpython") and once with a meta-path finder that
loads every module of LIBDIR from MIRROR ("kaa"), __file__ still naming the original .py. A
batch whose child crashes or times out is rerun one module per child, so one crash hides no other
result. OUTFILE gets one tab-separated line per module: name, CPython's verdict, Kaa's verdict;
a verdict is OK, or the exception as "Type: message" (newlines escaped). When both import, Kaa's
verdict becomes "namespace differs: ..." if the module's names differ.

Then the same for a few of CPython's own unit test modules (UNIT_TESTS), run with unittest in
both ways; TESTSFILE gets per test module: name, CPython's counts (ran, failures, errors,
skipped), and OK if Kaa's counts are the same, else Kaa's counts and its first failure.
"""
import concurrent.futures
import os
import shutil
import subprocess
import sys
import tempfile

# CPython's own test modules that run in a few seconds at most and exercise the compiler's
# output (control flow, scopes, comprehensions, generators, patterns, exceptions) or pure-Python
# library code. Each runs in its own child, normally and with Kaa's code for it and the stdlib.
UNIT_TESTS = (
    "test_grammar", "test_scope", "test_patma", "test_generators", "test_coroutines", "test_with",
    "test_exceptions", "test_keywordonlyarg", "test_unpack_ex", "test_listcomps", "test_setcomps",
    "test_dictcomps", "test_genexps", "test_string_literals", "test_fstring", "test_named_expressions",
    "test_types", "test_typing", "test_textwrap", "test_bisect", "test_heapq", "test_json",
    "test_fractions", "test_string", "test_shlex", "test_difflib", "test_base64", "test_calendar",
    "test_enum", "test_dataclasses", "test_functools", "test_collections", "test_argparse", "test_pprint",
    "test_operator", "test_contextlib", "test_csv", "test_ipaddress", "test_configparser", "test_tomllib",
    "test_htmlparser", "test_copy", "test_abc",
)
UNIT_TIMEOUT = 120

BATCH = 20
BATCH_TIMEOUT = 60
SINGLE_TIMEOUT = 30
TAG = "@@kaa-import@@"

# Importing these has effects beyond defining names (a browser, a GUI, printing, the network),
# or they are tests, scripts or platform-specific packages of no interest here.
EXCLUDED_TOP = {
    "antigravity", "this", "idlelib", "tkinter", "turtle", "turtledemo", "__main__", "ensurepip",
    "venv", "test", "lib2to3", "__hello__", "__phello__", "site-packages", "_pyrepl", "pydoc_data",
    "xxlimited", "_android_support", "_ios_support", "_osx_support",
}


def excluded(name):
    parts = name.split(".")
    if parts[0] in EXCLUDED_TOP or parts[-1] == "__main__":
        return True
    return any(p in ("test", "tests", "idle_test") or p.startswith("test_") for p in parts)


def select(lib):
    names = []
    for root, dirs, files in os.walk(lib):
        rel = os.path.relpath(root, lib)
        pkg = [] if rel == "." else rel.split(os.sep)
        if pkg and not os.path.exists(os.path.join(root, "__init__.py")):
            dirs[:] = []
            continue
        dirs.sort()
        for f in sorted(files):
            if f.endswith(".py") and f[:-3].isidentifier():
                parts = pkg + ([] if f == "__init__.py" else [f[:-3]])
                if parts and all(p.isidentifier() for p in parts):
                    name = ".".join(parts)
                    if not excluded(name):
                        names.append(name)
    return names


# ---------------------------------------------------------------- child side

def install_kaa_finder(lib, mirror):
    import importlib.machinery
    import importlib.util
    import marshal

    lib = os.path.realpath(lib)

    class KaaLoader(importlib.machinery.SourceFileLoader):
        """Loads a module's code from Kaa's .pyc; everything else as for source files."""

        def get_code(self, fullname):
            path = os.path.realpath(self.get_filename(fullname))
            pyc = os.path.join(mirror, os.path.relpath(path, lib))[:-3] + ".pyc"
            if not os.path.exists(pyc):
                raise ImportError(f"Kaa did not compile {path}", name=fullname)
            with open(pyc, "rb") as f:
                data = f.read()
            if data[:4] != importlib.util.MAGIC_NUMBER:
                raise ImportError(f"bad magic number in {pyc}", name=fullname)
            return marshal.loads(data[16:])

    class KaaFinder:
        @classmethod
        def find_spec(cls, fullname, path=None, target=None):
            spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
            if spec is None or not isinstance(spec.loader, importlib.machinery.SourceFileLoader):
                return spec
            origin = os.path.realpath(spec.origin)
            if not origin.startswith(lib + os.sep):
                return spec
            spec.loader = KaaLoader(fullname, spec.origin)
            return spec

    sys.meta_path.insert(0, KaaFinder)
    return KaaFinder


def escape(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def child(mode, lib, mirror, names):
    import importlib
    import importlib.machinery
    import importlib.util
    import io
    import warnings

    warnings.simplefilter("ignore")
    out = sys.stdout
    finder = install_kaa_finder(lib, mirror) if mode == "kaa" else importlib.machinery.PathFinder
    for name in names:
        sys.stdout = io.StringIO()  # modules that print on import must not mix with the results
        try:
            if name in sys.modules:
                # Imported at startup from CPython's own code: run a fresh copy from the finder.
                parent = sys.modules.get(name.rpartition(".")[0]) if "." in name else None
                spec = finder.find_spec(name, getattr(parent, "__path__", None))
                if spec is None:
                    raise ImportError(f"no spec for {name}")
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
            else:
                module = importlib.import_module(name)
            loader = type(getattr(getattr(module, "__spec__", None), "loader", None)).__name__
            if mode == "kaa" and loader != "KaaLoader":
                # A module run from CPython's own code would make the comparison meaningless.
                raise ImportError(f"{name} was loaded by {loader}, not from Kaa's code")
            verdict = "OK\t" + ",".join(sorted(vars(module)))
        except BaseException as e:  # noqa: BLE001 - SystemExit and all are verdicts too
            verdict = escape(f"{type(e).__name__}: {e}")[:300]
        finally:
            sys.stdout = out
        print(f"{TAG}\t{name}\t{verdict}", flush=True)


def child_unittest(mode, lib, mirror, name):
    import io
    import unittest
    import warnings

    warnings.simplefilter("ignore")
    if mode == "kaa":
        install_kaa_finder(lib, mirror)
    out = sys.stdout
    sys.stdout = io.StringIO()
    try:
        suite = unittest.defaultTestLoader.loadTestsFromName("test." + name)
        result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
        verdict = (f"ran={result.testsRun} failures={len(result.failures)} errors={len(result.errors)}"
                   f" skipped={len(result.skipped)}")
        problems = result.errors + result.failures
        if problems:
            test, trace = problems[0]
            lines = [line for line in trace.strip().splitlines() if line.strip()]
            verdict += f"; first: {test.id()}: {lines[-1] if lines else ''}"
    except BaseException as e:  # noqa: BLE001 - a test module that cannot load is a verdict too
        verdict = f"{type(e).__name__}: {e}"
    finally:
        sys.stdout = out
    print(f"{TAG}\t{name}\t{escape(verdict)[:400]}", flush=True)


# ---------------------------------------------------------------- parent side

def run_child(mode, lib, mirror, names, timeout, kind="--child"):
    cmd = [sys.executable, "-X", "utf8", "-I", "-B", os.path.abspath(__file__), kind, mode, lib, mirror] + names
    results = {}
    # Each child gets its own working folder: tests write files there, and two run at once.
    cwd = tempfile.mkdtemp(prefix="kaa-import-")
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL,
                           cwd=cwd, encoding="utf-8", errors="replace")
        output, code, err = p.stdout, p.returncode, p.stderr
    except subprocess.TimeoutExpired as e:
        output = e.stdout.decode("utf-8", "replace") if isinstance(e.stdout, bytes) else (e.stdout or "")
        code, err = None, f"timed out after {timeout} s"
    finally:
        shutil.rmtree(cwd, ignore_errors=True)
    for line in output.splitlines():
        if line.startswith(TAG + "\t"):
            parts = line.split("\t", 3)
            results[parts[1]] = parts[2] if parts[2] != "OK" else "OK\t" + (parts[3] if len(parts) > 3 else "")
    missing = [n for n in names if n not in results]
    if missing:
        if len(names) == 1:
            last = err.strip().splitlines()[-1] if err.strip() else ""
            results[names[0]] = escape(f"child died (exit {code}): {last}")[:300]
        else:
            for n in missing:
                results.update(run_child(mode, lib, mirror, [n], SINGLE_TIMEOUT))
    return results


# Names the loader sets differently without the module's code being at fault.
LOADER_NAMES = {"__cached__", "__builtins__", "__loader__", "__spec__", "__file__"}


def names_differ(expected, got):
    a, b = set(expected.split(",")) - LOADER_NAMES, set(got.split(",")) - LOADER_NAMES
    if a == b:
        return None
    return f"namespace differs: missing {sorted(a - b)[:8]} extra {sorted(b - a)[:8]}"


def counts(verdict):
    return verdict.split(";")[0]


def main(lib, mirror, outfile, testsfile):
    lib, mirror = os.path.realpath(lib), os.path.realpath(mirror)
    names = select(lib)
    jobs = [(mode, names[i:i + BATCH]) for mode in ("cpython", "kaa") for i in range(0, len(names), BATCH)]
    results = {"cpython": {}, "kaa": {}}
    tests = {"cpython": {}, "kaa": {}}
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        # The slow unit tests go first so the short import batches fill the gaps.
        futures = {pool.submit(run_child, mode, lib, mirror, [t], UNIT_TIMEOUT, "--unittest"): (tests, mode)
                   for t in UNIT_TESTS for mode in ("cpython", "kaa")}
        futures.update({pool.submit(run_child, mode, lib, mirror, batch, BATCH_TIMEOUT): (results, mode)
                        for mode, batch in jobs})
        for f in concurrent.futures.as_completed(futures):
            table, mode = futures[f]
            table[mode].update(f.result())
    lines = []
    for t in UNIT_TESTS:
        c, k = tests["cpython"].get(t, "no result"), tests["kaa"].get(t, "no result")
        lines.append(f"{t}\t{c}\t{'OK' if counts(c) == counts(k) and c.startswith('ran=') else k}")
    with open(testsfile, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    lines = []
    for n in names:
        c, k = results["cpython"].get(n, "no result"), results["kaa"].get(n, "no result")
        if c.startswith("OK\t") and k.startswith("OK\t"):
            k = names_differ(c[3:], k[3:]) or "OK"
        c, k = ("OK" if c.startswith("OK\t") else c), ("OK" if k.startswith("OK\t") else k)
        lines.append(f"{n}\t{c}\t{k}")
    with open(outfile, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    if sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:])
    elif sys.argv[1] == "--unittest":
        child_unittest(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])
    else:
        main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4])
