"""The engine of scripts/conformance (read the header of that script first).

Run by CPython 3.13. Without --run-one it is the parent: it has Kaa compile the modules, runs
each module twice in child processes (this file with --run-one) and prints the table. With
--run-one it is a child: it executes one module's code object as test.NAME and runs its tests.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

MODULES = """test_grammar test_scope test_exceptions test_with test_patma test_fstring
test_generators test_coroutines test_listcomps test_setcomps test_dictcomps test_class
test_contextlib test_unpack test_unpack_ex test_keywordonlyarg test_positional_only_arg
test_type_params test_type_aliases test_named_expressions test_string_literals test_augassign
test_opcodes test_compile""".split()
TIMEOUT = 900


def test_dir():
    import test
    return os.path.dirname(os.path.abspath(test.__file__))


# ---- child ---------------------------------------------------------------------------------

def run_one(name, code_path, out_path):
    import importlib.util
    import marshal
    import unittest
    import test
    from test import support
    support.verbose = 0          # as regrtest without -v
    support.use_resources = []   # as regrtest without -u

    qualified = "test." + name
    source = os.path.join(test_dir(), name + ".py")
    spec = importlib.util.spec_from_file_location(qualified, source)
    module = importlib.util.module_from_spec(spec)
    if code_path == "cpython":
        with open(source, "rb") as f:
            code = compile(f.read(), source, "exec", dont_inherit=True)
    else:
        with open(code_path, "rb") as f:
            code = marshal.loads(f.read()[16:])
    sys.modules[qualified] = module
    exec(code, module.__dict__)
    setattr(test, name, module)

    outcomes = {}

    class Recorder(unittest.TestResult):
        def _set(self, t, outcome):
            key = t.id()
            # a test keeps its worst outcome (a failing subtest or tearDown wins over success)
            if outcomes.get(key) in (None, "passed"):
                outcomes[key] = outcome

        def addSuccess(self, t):
            super().addSuccess(t)
            self._set(t, "passed")

        def addFailure(self, t, err):
            super().addFailure(t, err)
            self._set(t, "failed")

        def addError(self, t, err):
            super().addError(t, err)
            self._set(t, "errors")

        def addSkip(self, t, reason):
            super().addSkip(t, reason)
            self._set(t, "skipped")

        def addExpectedFailure(self, t, err):
            super().addExpectedFailure(t, err)
            self._set(t, "passed")

        def addUnexpectedSuccess(self, t):
            super().addUnexpectedSuccess(t)
            self._set(t, "failed")

        def addSubTest(self, t, sub, err):
            super().addSubTest(t, sub, err)
            if err is not None:
                self._set(t, "failed" if issubclass(err[0], t.failureException) else "errors")

    suite = unittest.defaultTestLoader.loadTestsFromModule(module)
    result = Recorder()
    suite.run(result)
    for err in unittest.defaultTestLoader.errors:
        outcomes["<loader> " + err.splitlines()[-1]] = "errors"
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(outcomes, f, sort_keys=True)


# ---- parent --------------------------------------------------------------------------------

def kaa_compile(java, classpath, names, workdir):
    """Compiles every module with Kaa in one JVM; returns {name: None or error text}."""
    pairs = [f"{os.path.join(test_dir(), n + '.py')}={os.path.join(workdir, n + '.kaa.pyc')}" for n in names]
    r = subprocess.run([java, "-Xss16m", "-cp", classpath, "dev.kaa.compiler.CompileDriver", *pairs],  # -Xss as ./kaa
                       capture_output=True, text=True, timeout=TIMEOUT)
    status = {n: "no answer from CompileDriver: " + (r.stderr.strip().splitlines() or ["?"])[-1] for n in names}
    for line in r.stdout.splitlines():
        kind, _, rest = line.partition(" ")
        path, _, msg = rest.partition(": ")
        n = os.path.basename(path)[:-3]
        if n in status:
            status[n] = None if kind == "ok" else msg
    return status


def run_variant(name, code, workdir, tag):
    out = os.path.join(workdir, f"{name}.{tag}.json")
    log = os.path.join(workdir, f"{name}.{tag}.log")
    cwd = tempfile.mkdtemp(prefix=f"{name}.{tag}.", dir=workdir)   # tests may write files in cwd
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONPATH", None)
    try:
        with open(log, "wb") as f:
            r = subprocess.run([sys.executable, "-X", "utf8", os.path.abspath(__file__), "--run-one", name, code, out],
                               cwd=cwd, env=env, stdout=f, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                               timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, f"timeout after {TIMEOUT} s"
    if not os.path.exists(out):
        with open(log, encoding="utf-8", errors="replace") as f:
            last = [l for l in f.read().splitlines() if l.strip()][-1:] or ["?"]
        return None, f"crashed (exit {r.returncode}): {last[0][:120]}"
    with open(out, encoding="utf-8") as f:
        return json.load(f), None


def short(text):
    """A failure as the table shows it: its kind only (the details section has the rest)."""
    return text.split(":")[0]


KINDS = ("passed", "failed", "errors", "skipped")


def counts(outcomes):
    return "/".join(str(sum(1 for o in outcomes.values() if o == k)) for k in KINDS)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--java", required=True)
    ap.add_argument("--classpath", required=True)
    ap.add_argument("modules", nargs="*")
    args = ap.parse_args()
    names = args.modules or MODULES
    with tempfile.TemporaryDirectory(prefix="kaa-conformance.") as workdir:
        compiled = kaa_compile(args.java, args.classpath, names, workdir)
        rows, details = [], []
        for n in names:
            cpy, cpy_err = run_variant(n, "cpython", workdir, "cpython")
            if compiled[n] is not None:
                kaa, kaa_err = None, "compile error: " + compiled[n][:150]
            else:
                kaa, kaa_err = run_variant(n, os.path.join(workdir, n + ".kaa.pyc"), workdir, "kaa")
            c_text = counts(cpy) if cpy is not None else short(cpy_err)
            k_text = counts(kaa) if kaa is not None else short(kaa_err)
            same = cpy is not None and kaa is not None and c_text == k_text
            rows.append((n, c_text, k_text, "same" if same else "DIFFERENT"))
            if kaa is not None and cpy is not None and cpy != kaa:
                diffs = [f"    {t}: CPython {cpy.get(t, '-')}, Kaa {kaa.get(t, '-')}"
                         for t in sorted(set(cpy) | set(kaa)) if cpy.get(t) != kaa.get(t)]
                details.append(f"  {n}:\n" + "\n".join(diffs[:15]) + ("\n    …" if len(diffs) > 15 else ""))
            elif kaa is None:
                details.append(f"  {n}: {kaa_err}")
            elif cpy is None:
                details.append(f"  {n}: CPython's own run: {cpy_err}")
    w0 = max(len("module"), *(len(r[0]) for r in rows))
    w1 = max(len("CPython p/f/e/s"), *(len(r[1]) for r in rows))
    w2 = max(len("Kaa p/f/e/s"), *(len(r[2]) for r in rows))
    print(f"{'module':<{w0}} | {'CPython p/f/e/s':<{w1}} | {'Kaa p/f/e/s':<{w2}} | same?")
    print(f"{'-' * w0}-+-{'-' * w1}-+-{'-' * w2}-+------")
    for r in rows:
        print(f"{r[0]:<{w0}} | {r[1]:<{w1}} | {r[2]:<{w2}} | {r[3]}")
    same = sum(1 for r in rows if r[3] == "same")
    print(f"{same}/{len(rows)} modules give the same counts (p/f/e/s = passed/failed/errors/skipped)")
    if details:
        print("differences:")
        print("\n".join(details))
    return 0 if same == len(rows) else 1


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--run-one":
        run_one(*sys.argv[2:5])
    else:
        sys.exit(main())
