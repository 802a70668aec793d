"""The engine of scripts/libtest (read the header of that script first).

The parent runs on CPython 3.13: for each module it starts this file with --run-one in a child
process, once under CPython and once under Kaa (./kaa), each with a time limit, reads what the
child recorded, prints the table and, with --update, rewrites scripts/libtest-modules.tsv.

The child runs on either interpreter, so it uses nothing but unittest and test.support: it
imports test.NAME, collects its tests with unittest's loader (honouring load_tests) and runs
them with test.support's defaults of an unattended regrtest run (not verbose, no -u resources).
It writes one JSON line per outcome as it goes (flushed), so a module that runs out of time or
crashes still leaves the outcomes it reached.
"""
import argparse
import json
import os
import re
import sys
# The parent's imports (subprocess, tempfile, time) are made in its functions: the child runs
# on Kaa, and imports as little as it can beside unittest and test.support.

# Issue 5, section 4: the 51 language-core modules, then the rest of the list.
CORE = """test_grammar test_types test_bool test_int test_long test_float test_complex test_str
test_string test_format test_list test_tuple test_dict test_set test_bytes test_memoryview
test_range test_slice test_exceptions test_exception_group test_except_star test_class test_descr
test_super test_property test_scope test_generators test_coroutines test_asyncgen test_yield_from
test_with test_contextlib test_functools test_itertools test_collections test_operator test_iter
test_sort test_builtin test_json test_re test_math test_marshal test_compile test_fstring
test_patma test_syntax test_named_expressions test_raise test_listcomps test_type_params""".split()
REST = """test_typing test_dataclasses test_enum test_io test_codecs test_unicode_identifiers
test_struct test_pickle test_copy test_threading test_thread test_queue test_asyncio test_socket
test_subprocess test_os test_time test_random test_hashlib test_zlib test_datetime test_decimal
test_unittest""".split()
MODULES = CORE + REST
TIMEOUT = 300
KINDS = ("passed", "failed", "errors", "skipped")
# A skip for want of CPython itself: test.support.cpython_only / impl_detail(cpython=True), or one
# of CPython's C test modules (_testcapi, _testinternalcapi, _testbuffer, _testclinic, …).
CPYTHON_ONLY = re.compile(r"implementation detail|cpython.only|\b_test[a-z_]*\b|\bxxsubtype\b|\bxxlimited",
                          re.IGNORECASE)


# ---- child (runs on CPython or Kaa) -----------------------------------------------------------

def install_test_module_standins():
    """On an interpreter other than CPython: CPython's own C test modules (_testcapi,
    _testinternalcapi, _testlimitedcapi, _testsinglephase, …) import as stand-ins whose every
    attribute raises SkipTest naming the module. So a test that uses one is skipped (and counted
    among the CPython-only skips), while the other tests of its module run: without the stand-in,
    a module that imports one at the top, or in a class body, is skipped whole, tests that never
    use it included. Where such a module is used as the module is imported, that module is still
    skipped whole, as before."""
    import importlib.abc
    import importlib.machinery
    import importlib.util
    import re
    import types
    import unittest
    pattern = re.compile(r"_test[a-z_]*|_xxtestfuzz|xxsubtype|xxlimited(_35)?")

    # Both a skip and an AttributeError: a test that reaches for the module is skipped, while
    # hasattr(_testcapi, "f") is False and `from _testcapi import X` raises ImportError (which
    # `except ImportError` fallbacks at the top of test modules expect), as without the module.
    class SkipTest(unittest.SkipTest, AttributeError):
        pass

    # The C platform's limits, which tests take from _testcapi as boundary values (facts of the
    # LP64 ABI, not behaviour of the module): a test using only these runs on its merits.
    limits = dict(SIZEOF_TIME_T=8, CHAR_MAX=127, CHAR_MIN=-128, UCHAR_MAX=255, SHRT_MAX=2**15 - 1, SHRT_MIN=-2**15,
                  USHRT_MAX=2**16 - 1, INT_MAX=2**31 - 1, INT_MIN=-2**31, UINT_MAX=2**32 - 1,
                  LONG_MAX=2**63 - 1, LONG_MIN=-2**63, ULONG_MAX=2**64 - 1, LLONG_MAX=2**63 - 1,
                  LLONG_MIN=-2**63, ULLONG_MAX=2**64 - 1, PY_SSIZE_T_MAX=2**63 - 1, PY_SSIZE_T_MIN=-2**63,
                  INT32_MAX=2**31 - 1, INT32_MIN=-2**31, UINT32_MAX=2**32 - 1, INT64_MAX=2**63 - 1,
                  INT64_MIN=-2**63, UINT64_MAX=2**64 - 1, SIZE_MAX=2**64 - 1)

    # The interpreter's configuration, as far as Kaa measurably has it: test.support asks
    # _testinternalcapi.get_config()["code_debug_ranges"] while a module is imported (the
    # requires_debug_ranges decorator), and without an answer test_compile and test_marshal
    # would be skipped whole. The answer is read off a code object, not assumed; any other key
    # is a question for CPython's C test module, and skips.
    class Config(dict):
        def __missing__(self, key):
            raise SkipTest(f"needs CPython's C test module _testinternalcapi (get_config()[{key!r}])")

    def get_config():
        positions = list(get_config.__code__.co_positions())
        return Config(code_debug_ranges=any(p[2] is not None for p in positions))

    # `from _testinternalcapi import has_inline_values` at the top of a test module: the name
    # binds to this placeholder, and the test that uses it is skipped (an attribute read, as in
    # `_testcapi.f(...)`, and a from-import inside a test skip at once). Told apart by the
    # importing frame: module code, at an IMPORT_FROM instruction.
    import dis
    IMPORT_FROM = dis.opmap["IMPORT_FROM"]

    class Placeholder:
        def __init__(self, module, name):
            self._why = f"needs CPython's C test module {module} ({name})"

        def _skip(self, *args, **kwargs):
            raise SkipTest(self._why)

        __call__ = __bool__ = __iter__ = __len__ = __getitem__ = __enter__ = __index__ = _skip
        __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __pow__ = __rpow__ = _skip
        __lt__ = __le__ = __gt__ = __ge__ = __neg__ = __int__ = __float__ = _skip

        def __getattr__(self, attr):
            if attr.startswith("__") and attr.endswith("__"):
                raise AttributeError(attr)
            raise SkipTest(self._why)

    class StandIn(types.ModuleType):
        def __getattr__(self, attr):
            if attr.startswith("__") and attr.endswith("__"):
                raise AttributeError(attr)
            if self.__name__ in ("_testcapi", "_testlimitedcapi", "_testinternalcapi") and attr in limits:
                return limits[attr]
            if self.__name__ == "_testinternalcapi" and attr == "get_config":
                return get_config
            caller = sys._getframe(1)
            if caller.f_lasti >= 0 and caller.f_code.co_code[caller.f_lasti] == IMPORT_FROM:
                if caller.f_code.co_name == "<module>":
                    return Placeholder(self.__name__, attr)
                # Inside a test: a plain skip, which the import statement lets through (it turns
                # an AttributeError into ImportError).
                raise unittest.SkipTest(f"needs CPython's C test module {self.__name__} ({attr})")
            raise SkipTest(f"needs CPython's C test module {self.__name__}")

    class Finder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
        def find_spec(self, fullname, path=None, target=None):
            if pattern.fullmatch(fullname) and not any(
                    f.find_spec(fullname, path) for f in sys.meta_path if f is not self
                    and hasattr(f, "find_spec")):
                return importlib.util.spec_from_loader(fullname, self)
            return None

        def create_module(self, spec):
            return StandIn(spec.name)

        def exec_module(self, module):
            pass

    sys.meta_path.append(Finder())


def run_one(name, out_path, test_parent, skip_path=None):
    # A resumed run (after a test hung or crashed the child) appends, and skips the tests the
    # earlier runs reached.
    skip = set()
    if skip_path:
        with open(skip_path, encoding="utf-8") as f:
            skip = {line.rstrip("\n") for line in f if line.strip()}
    out = open(out_path, "a" if skip else "w", encoding="utf-8")

    def emit(record):
        out.write(json.dumps(record) + "\n")
        out.flush()

    def cause(err):
        kind, value = err[0], err[1]
        try:
            text = str(value)
        except Exception as e:  # a __str__ that fails is a cause in itself
            text = f"<str() failed: {type(e).__name__}>"
        lines = [l for l in text.strip().splitlines() if l.strip()]
        if lines and lines[0].startswith("Failed to import test module") and len(lines) > 1:
            return f"{kind.__name__}: {lines[0]}: {lines[-1].strip()}"[:300]   # the loader's traceback
        return f"{kind.__name__}: {lines[0] if lines else ''}"[:300]

    try:
        if test_parent and test_parent not in sys.path:
            sys.path.append(test_parent)   # the folder holding only `test`, CPython's Lib/test
        import unittest
        if sys.implementation.name != "cpython":
            install_test_module_standins()
        from test import support
        support.verbose = 0          # as regrtest without -v
        support.use_resources = []   # as regrtest without -u
        # The import statement's route, not importlib.import_module: on Kaa the latter fails for
        # a submodule of a package Kaa's own finder loaded (its spec lacks
        # _uninitialized_submodules), a Kaa bug recorded in the README.
        __import__("test." + name)
        module = sys.modules["test." + name]
    except BaseException as e:
        # A module that raises SkipTest as it is imported (test.support.import_helper.import_module
        # of a missing module) is skipped whole by regrtest; here it is a row without tests.
        skip = type(e).__name__ == "SkipTest"
        emit({"import_error": ("skipped whole: " + str(e)[:250]) if skip else cause((type(e), e))})
        out.close()
        return

    class Recorder(unittest.TestResult):
        def startTest(self, t):
            super().startTest(t)
            emit({"begin": t.id()})

        def addSuccess(self, t):
            super().addSuccess(t)
            emit({"t": t.id(), "o": "passed"})

        def addFailure(self, t, err):
            super().addFailure(t, err)
            emit({"t": t.id(), "o": "failed", "c": cause(err)})

        def addError(self, t, err):
            super().addError(t, err)
            emit({"t": t.id(), "o": "errors", "c": cause(err)})

        def addSkip(self, t, reason):
            super().addSkip(t, reason)
            emit({"t": t.id(), "o": "skipped", "c": str(reason)[:300]})

        def addExpectedFailure(self, t, err):
            super().addExpectedFailure(t, err)
            emit({"t": t.id(), "o": "passed"})

        def addUnexpectedSuccess(self, t):
            super().addUnexpectedSuccess(t)
            emit({"t": t.id(), "o": "failed", "c": "unexpected success"})

        def addSubTest(self, t, sub, err):
            super().addSubTest(t, sub, err)
            if err is not None:
                emit({"t": t.id(), "o": "failed" if issubclass(err[0], t.failureException) else "errors",
                      "c": cause(err)})

    loader = unittest.TestLoader()
    try:
        suite = loader.loadTestsFromModule(module)
    except BaseException as e:
        emit({"import_error": "load_tests: " + cause((type(e), e))})
        out.close()
        return
    for err in loader.errors:
        lines = [l for l in err.splitlines() if l.strip()]
        emit({"t": "<loader> " + (lines[-1] if lines else "?")[:200], "o": "errors",
              "c": (lines[-1] if lines else "?")[:300]})
    if skip:
        def without(s):
            kept = unittest.TestSuite()
            for t in s:
                if isinstance(t, unittest.TestSuite):
                    kept.addTest(without(t))
                elif t.id() not in skip:
                    kept.addTest(t)
            return kept
        suite = without(suite)
    emit({"started": True})
    suite.run(Recorder())
    emit({"done": True})
    out.close()


# ---- parent (runs on CPython) ----------------------------------------------------------------

def read_outcomes(path, running=None):
    """{test: (outcome, cause)} as the child recorded it (a test keeps its worst outcome: a
    failing subtest or tearDown wins over success), and the import error if any. With a list
    `running`, it receives the test begun last, if it has no outcome yet."""
    outcomes, import_error, done, begun = {}, None, False, None
    if not os.path.exists(path):
        return None, None, False
    with open(path, encoding="utf-8") as f:
        for line in f:
            try:
                r = json.loads(line)
            except ValueError:
                continue            # the half-written last line of a killed child
            if "import_error" in r:
                import_error = r["import_error"]
            elif "done" in r:
                done = True
            elif "begin" in r:
                begun = r["begin"]
            elif "t" in r:
                old = outcomes.get(r["t"])
                if old is None or old[0] == "passed":
                    outcomes[r["t"]] = (r["o"], r.get("c"))
    if running is not None and begun is not None and begun not in outcomes:
        running.append(begun)
    return outcomes, import_error, done


class Run:
    """One module on one interpreter: outcomes, and why it stopped short if it did."""

    def __init__(self, outcomes, problem, seconds):
        self.outcomes = outcomes or {}
        self.problem = problem      # None, or "timeout …", "crashed …", "cannot import …"
        self.seconds = seconds

    def count(self, kind):
        return sum(1 for o, _ in self.outcomes.values() if o == kind)

    def counts(self):
        return "/".join(str(self.count(k)) for k in KINDS)

    def ran(self):
        return sum(1 for o, _ in self.outcomes.values() if o != "skipped")


def last_line(log):
    try:
        with open(log, encoding="utf-8", errors="replace") as f:
            lines = [l for l in f.read().splitlines() if l.strip()]
    except OSError:
        return "?"
    return (lines[-1] if lines else "no output")[:200]


TEST_TIMEOUT = 120     # seconds one test may run before it counts as hung
RESTARTS = 25          # how many hung or crashing tests a module may have before it is given up


def default_sigint():
    """In the child before it starts: SIGINT handled by default, as in a terminal's foreground.
    A shell's background job ignores SIGINT and its children inherit that, and then neither
    interpreter installs default_int_handler, which tests of interrupt_main and Ctrl-C expect."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_child(command, name, workdir, tag, timeout, env_extra, test_timeout=TEST_TIMEOUT):
    """Runs module `name` in a child with a time limit for the module. A test that runs longer
    than `test_timeout`, or takes the child down, fails ("hung" / "crashed"), and the child is
    started again to run the tests after it, as regrtest's per-test timeout would report it
    without losing the rest of the module."""
    import subprocess
    import tempfile
    import time
    out = os.path.join(workdir, f"{name}.{tag}.jsonl")
    log = os.path.join(workdir, f"{name}.{tag}.log")
    skip_file = os.path.join(workdir, f"{name}.{tag}.skip")
    env = dict(os.environ, PYTHONHASHSEED="0", **env_extra)
    env.pop("PYTHONPATH", None)
    start = time.monotonic()
    lost = {}            # test -> ("failed"/"errors", cause): the tests that hung or crashed the child
    resumed = False
    if os.path.exists(out):
        os.remove(out)
    with open(log, "wb") as f:
        while True:
            cwd = tempfile.mkdtemp(prefix=f"{name}.{tag}.", dir=workdir)   # tests may write files in cwd
            p = subprocess.Popen([*command, "-X", "utf8", os.path.abspath(__file__), "--run-one", name, out,
                                  *(["--test-parent", env_extra["LIBTEST_PARENT"]] if "LIBTEST_PARENT" in env_extra else []),
                                  *(["--skip", skip_file] if resumed else [])],
                                 cwd=cwd, env=env, stdout=f, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                 start_new_session=True, preexec_fn=default_sigint)
            timed_out = hung = None
            seen, since = None, time.monotonic()
            while True:
                try:
                    code = p.wait(timeout=1)
                    break
                except subprocess.TimeoutExpired:
                    pass
                now = time.monotonic()
                running = []
                read_outcomes(out, running)
                current = running[0] if running else None
                if current != seen:
                    seen, since = current, now
                if now - start > timeout:
                    timed_out = True
                elif current is not None and now - since > test_timeout:
                    hung = current
                if timed_out or hung:
                    os.killpg(p.pid, 9)     # the child and whatever it started
                    p.wait()
                    code = None
                    break
            outcomes, import_error, done = read_outcomes(out)
            if timed_out or done or import_error is not None or outcomes is None or len(lost) >= RESTARTS:
                break
            if hung is None:            # the child died: blame the test it was running
                running = []
                read_outcomes(out, running)
                if not running:
                    break
                hung = running[0]
                lost[hung] = ("errors", f"crashed the interpreter (exit {code}): {last_line(log)}")
            else:
                lost[hung] = ("failed", f"hung: still running after {test_timeout} s")
            with open(skip_file, "w", encoding="utf-8") as sf:
                for t in list(outcomes) + list(lost):
                    sf.write(t + "\n")
            resumed = True
    seconds = time.monotonic() - start
    outcomes, import_error, done = read_outcomes(out)
    if outcomes is not None:
        for t, oc in lost.items():
            outcomes.setdefault(t, oc)
    if timed_out:
        problem = f"timeout after {timeout} s"
    elif import_error is not None:
        problem = ("module " if import_error.startswith("skipped whole") else "cannot import: ") + import_error
    elif outcomes is None or not done:
        problem = f"crashed (exit {code}): {last_line(log)}"
    else:
        problem = None
    if problem is None and lost:
        problem = f"{len(lost)} test(s) hung or crashed; the rest ran in a restarted child"
    return Run(outcomes, problem, seconds)


# Packages that regrtest itself runs part by part (its SPLITTESTDIRS): every test_* submodule
# in a child of its own, each with the module time limit, as `python3.13 -m test -j` runs them.
# The package stays one row, the sum of its parts.
SPLIT = {"test_asyncio"}


def run_module(command, name, test_dir, workdir, tag, timeout, env_extra, test_timeout=TEST_TIMEOUT):
    if name not in SPLIT:
        return run_child(command, name, workdir, tag, timeout, env_extra, test_timeout)
    folder = os.path.join(test_dir, name)
    parts = sorted(f"{name}.{f[:-3] if f.endswith('.py') else f}" for f in os.listdir(folder)
                   if f.startswith("test_") and (f.endswith(".py") or os.path.isdir(os.path.join(folder, f))))
    outcomes, problems, seconds = {}, [], 0.0
    for part in parts:
        run = run_child(command, part, workdir, tag, timeout, env_extra, test_timeout)
        outcomes.update(run.outcomes)
        seconds += run.seconds
        if run.problem and not run.problem.endswith("restarted child"):
            problems.append(f"{part.split('.', 1)[1]}: {run.problem}")
    problem = (f"{len(problems)} of {len(parts)} parts stopped short; " + "; ".join(problems)) if problems else None
    return Run(outcomes, problem, seconds)


def pct(num, den):
    return f"{100.0 * num / den:.1f} %" if den else "-"


def passed_of_cpython_run(cpy, kaa):
    """Kaa's passes among the tests CPython ran (so a test CPython skips never counts)."""
    ran = {t for t, (o, _) in cpy.outcomes.items() if o != "skipped"}
    return sum(1 for t, (o, _) in kaa.outcomes.items() if o == "passed" and t in ran)


KAA_COLUMNS = ["kaa_p/f/e/s", "kaa_passed_of_cpython_ran", "kaa_s", "kaa_problem"]
TSV_HEADER = ["module", "group", "cpython_p/f/e/s", "cpython_ran", "cpython_s", "cpython_problem",
              *KAA_COLUMNS]


def read_tsv(path):
    rows = {}
    if not os.path.exists(path):
        return rows
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            if line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            rows[cells[0]] = dict(zip(header, cells))
    return rows


def write_tsv(path, rows, comment):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(comment)
        f.write("\t".join(TSV_HEADER) + "\n")
        for r in rows:
            f.write("\t".join(str(r.get(h, "")).replace("\t", " ").replace("\n", " ") for h in TSV_HEADER) + "\n")
    os.replace(tmp, path)


def normalise_cause(text):
    """A failure cause for grouping: numbers, quoted text and addresses masked."""
    text = re.sub(r"0x[0-9a-fA-F]+", "0x…", text)
    text = re.sub(r"(Failed to import test module: )[\w.]+", r"\1…", text)
    text = re.sub(r"'[^']{25,}'", "'…'", text)       # long quoted values; names stay
    text = re.sub(r'"[^"]{25,}"', '"…"', text)
    text = re.sub(r"(?<![\w.])\d+(\.\d+)?", "N", text)
    return text[:160]


def main():
    ap = argparse.ArgumentParser(description="CPython's Lib/test on Kaa, scored (see scripts/libtest)")
    ap.add_argument("--kaa", required=True, help="the kaa command")
    ap.add_argument("--tsv", required=True, help="scripts/libtest-modules.tsv")
    ap.add_argument("--timeout", type=int, default=TIMEOUT, help="seconds per module and interpreter")
    ap.add_argument("--test-timeout", type=int, default=TEST_TIMEOUT,
                    help="seconds one test may run before it counts as hung (the rest of its module runs on)")
    ap.add_argument("--update", action="store_true", help="rewrite the TSV with this run's counts")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown (for the README)")
    ap.add_argument("--kaa-only", action="store_true", help="take CPython's counts from the TSV")
    ap.add_argument("--causes", type=int, default=15, help="how many failure causes to list")
    ap.add_argument("--keep", help="keep the children's outcome files and logs in this folder")
    ap.add_argument("--show", action="store_true",
                    help="run nothing: print the table the TSV records")
    ap.add_argument("modules", nargs="*")
    args = ap.parse_args()
    import tempfile
    import time

    if args.show:
        rows = []
        for n, r in read_tsv(args.tsv).items():
            if args.modules and n not in args.modules:
                continue
            row = {k: v for k, v in r.items() if not k.startswith("kaa_")}
            for k in KAA_COLUMNS:
                row[k] = r.get(k, "") or ("0" if k == "kaa_passed_of_cpython_ran" else "")
            if not r.get("kaa_p/f/e/s"):
                row["kaa_p/f/e/s"], row["kaa_problem"] = "-", "not run"
            rows.append(row)
        print_table(rows, args.markdown)
        return 0

    import test
    test_dir = os.path.dirname(os.path.abspath(test.__file__))
    names = args.modules or MODULES
    # A name may be a part of a package ("test_asyncio.test_events"), run alone.
    unknown = [n for n in names if not os.path.exists(os.path.join(test_dir, n.replace(".", "/") + ".py"))
               and not os.path.isdir(os.path.join(test_dir, n.replace(".", "/")))]
    if unknown:
        print("no such module in " + test_dir + ": " + " ".join(unknown), file=sys.stderr)
        return 2
    recorded = read_tsv(args.tsv)

    workdir = args.keep or tempfile.mkdtemp(prefix="kaa-libtest.")
    os.makedirs(workdir, exist_ok=True)
    # Kaa sees CPython's Lib/test, and nothing else of CPython's Lib, through a folder holding
    # only a link named `test`; its .pyc files go to a cache of their own, not into CPython's tree.
    parent = os.path.join(workdir, "lib")
    os.makedirs(parent, exist_ok=True)
    if not os.path.exists(os.path.join(parent, "test")):
        os.symlink(test_dir, os.path.join(parent, "test"))
    cache = os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "kaa-libtest", "pycache")
    os.makedirs(cache, exist_ok=True)
    kaa_env = {"LIBTEST_PARENT": parent, "PYTHONPYCACHEPREFIX": cache}

    rows, causes, cpython_only = [], {}, []
    wall = time.monotonic()
    for n in names:
        if args.kaa_only and n in recorded:
            old = recorded[n]
            # CPython's outcomes of an earlier run kept in the same --keep folder, when there
            saved, _, _ = read_outcomes(os.path.join(workdir, f"{n}.cpython.jsonl"))
            cpy = Run(saved, None, 0.0) if saved else None
            c_counts, c_ran, c_secs, c_problem = (old["cpython_p/f/e/s"], int(old["cpython_ran"]),
                                                   old["cpython_s"], old["cpython_problem"])
        else:
            cpy = run_module([sys.executable], n, test_dir, workdir, "cpython", args.timeout, {}, args.test_timeout)
            c_counts, c_ran, c_secs, c_problem = cpy.counts(), cpy.ran(), f"{cpy.seconds:.1f}", cpy.problem or ""
        kaa = run_module([args.kaa], n, test_dir, workdir, "kaa", args.timeout, kaa_env, args.test_timeout)
        if cpy is not None:
            k_of = passed_of_cpython_run(cpy, kaa)
        else:
            k_of = min(kaa.count("passed"), c_ran)
        for t, (o, c) in kaa.outcomes.items():
            if o in ("failed", "errors") and c:
                causes.setdefault(normalise_cause(c), {}).setdefault(n, 0)
                causes[normalise_cause(c)][n] += 1
            if o == "skipped" and c and CPYTHON_ONLY.search(c):
                ran_on_cpython = cpy is not None and cpy.outcomes.get(t, ("skipped",))[0] != "skipped"
                cpython_only.append((n, t, c, ran_on_cpython))
        if kaa.problem and not kaa.problem.endswith("restarted child"):
            causes.setdefault(normalise_cause(kaa.problem), {}).setdefault(n, 0)
            causes[normalise_cause(kaa.problem)][n] += max(c_ran - kaa.count("passed"), 1)
        rows.append({"module": n, "group": "core" if n in CORE else "rest",
                     "cpython_p/f/e/s": c_counts, "cpython_ran": c_ran, "cpython_s": c_secs,
                     "cpython_problem": c_problem, "kaa_p/f/e/s": kaa.counts(),
                     "kaa_passed_of_cpython_ran": k_of, "kaa_s": f"{kaa.seconds:.1f}",
                     "kaa_problem": kaa.problem or ""})
        if args.update:     # after every module, so that a run cut short still leaves its rows
            update_tsv(args, recorded, rows)
        print(f"  {n}: CPython {c_counts} ({c_secs} s){' ' + c_problem if c_problem else ''}; "
              f"Kaa {kaa.counts()} ({kaa.seconds:.1f} s){' ' + kaa.problem if kaa.problem else ''}",
              file=sys.stderr, flush=True)
    wall = time.monotonic() - wall

    print_table(rows, args.markdown)
    cpo_ran = sum(1 for *_, ran in cpython_only if ran)
    print(f"\nCPython-only tests (cpython_only, _testcapi and other _test* modules) skipped on Kaa: "
          f"{len(cpython_only)} ({cpo_ran} of them run by CPython, so counted as not passed)")
    for label, group in (("51 core modules", ("core",)), ("whole list", ("core", "rest"))):
        sel = [r for r in rows if r["group"] in group]
        ran = sum(int(r["cpython_ran"]) for r in sel)
        ok = sum(int(r["kaa_passed_of_cpython_ran"]) for r in sel)
        cpo = sum(1 for n, _, _, on in cpython_only if on and n in {r["module"] for r in sel})
        if sel and ran > cpo:
            print(f"  {label}, leaving those out of CPython's run tests: {ok} / {ran - cpo} = {pct(ok, ran - cpo)}")
    if causes:
        print(f"\nThe {args.causes} most frequent failure causes on Kaa (tests; modules):")
        ranked = sorted(causes.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
        for text, mods in ranked[:args.causes]:
            top = sorted(mods.items(), key=lambda kv: (-kv[1], kv[0]))
            print(f"  {sum(mods.values()):5d}  {text}\n         " +
                  ", ".join(f"{m} {c}" for m, c in top[:8]) + (" …" if len(top) > 8 else ""))
    print(f"\nwall clock: {wall:.0f} s" + (f"; children's files: {workdir}" if args.keep else ""))
    if not args.keep:
        import shutil
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


def update_tsv(args, recorded, rows):
    """Rewrites the TSV whole: this run's rows over the recorded ones; modules not run keep
    their rows."""
    import time
    merged = {m: dict(r) for m, r in recorded.items()}
    for r in rows:
        merged.setdefault(r["module"], {}).update(r)
    order = [m for m in MODULES if m in merged] + sorted(m for m in merged if m not in MODULES)
    write_tsv(args.tsv, [merged[m] for m in order],
              "# CPython 3.13's Lib/test on Kaa: written by scripts/libtest --update; do not edit by hand.\n"
              f"# Last written {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, timeout {args.timeout} s.\n"
              "# p/f/e/s = passed/failed/errors/skipped; cpython_ran = tests CPython ran (not skipped);\n"
              "# *_passed_of_cpython_ran = Kaa's passes among those; *_s = seconds; *_problem = why a run\n"
              "# stopped short. LibTestRatchetTest checks the kaa_* columns of the quick modules.\n")


def print_table(rows, markdown):
    head = ("module", "CPython p/f/e/s", "Kaa p/f/e/s", "Kaa pass % of CPython's run")
    lines = []
    for r in rows:
        c = r["cpython_p/f/e/s"] + (f" ({short(r['cpython_problem'])})" if r["cpython_problem"] else "")
        k = r["kaa_p/f/e/s"] + (f" ({short(r['kaa_problem'])})" if r["kaa_problem"] else "")
        lines.append((r["module"], c, k, pct(int(r["kaa_passed_of_cpython_ran"]), int(r["cpython_ran"]))))
    totals = []
    for label, group in (("total, 51 core modules", ("core",)), ("total, whole list", ("core", "rest"))):
        sel = [r for r in rows if r["group"] in group]
        if not sel:
            continue
        ran = sum(int(r["cpython_ran"]) for r in sel)
        ok = sum(int(r["kaa_passed_of_cpython_ran"]) for r in sel)
        totals.append((f"{label} ({len(sel)})", f"{ran} run", f"{ok} passed", pct(ok, ran)))
    if markdown:
        print("| " + " | ".join(head) + " |")
        print("|---|---|---|---|")
        for l in lines:
            print(f"| `{l[0]}` | {l[1]} | {l[2]} | {l[3]} |")
        for t in totals:
            print(f"| **{t[0]}** | {t[1]} | {t[2]} | **{t[3]}** |")
        return
    widths = [max(len(x[i]) for x in [head, *lines, *totals]) for i in range(4)]
    fmt = " | ".join(f"{{:<{w}}}" for w in widths)
    print(fmt.format(*head))
    print("-+-".join("-" * w for w in widths))
    for l in lines:
        print(fmt.format(*l))
    print("-+-".join("-" * w for w in widths))
    for t in totals:
        print(fmt.format(*t))


def short(problem):
    """A problem as the table shows it: its kind and the start of its reason."""
    return problem if len(problem) <= 80 else problem[:77] + "…"


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--run-one":
        cp = argparse.ArgumentParser()
        cp.add_argument("--run-one", nargs=2)
        cp.add_argument("--test-parent")
        cp.add_argument("--skip")
        a = cp.parse_args()
        run_one(a.run_one[0], a.run_one[1], a.test_parent, a.skip)
    else:
        sys.exit(main())
