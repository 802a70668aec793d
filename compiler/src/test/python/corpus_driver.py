"""Runs many corpus programs in one CPython 3.13 process, each as if it were `python3.13 NAME.py`.

Used by CorpusTest (Kaa-compiled .pyc files) and by scripts/regen-corpus-expected (its
self-check, CPython compiling the sources), so that both sides run under the same harness.

    python3.13 -X utf8 corpus_driver.py MANIFEST

Each line of MANIFEST is `CODE<TAB>SOURCE<TAB>OUTPUT`: CODE is a .pyc file (16-byte header, then
the marshalled module code object) or, when it ends in .py, a source file CPython compiles
itself; SOURCE is the program's .py file (its absolute path becomes __file__); OUTPUT receives
the program's stdout followed by its stderr, as UTF-8, written only once the program has
finished, so a missing OUTPUT marks the program that crashed or hung the process. A program
running longer than $KAA_CORPUS_TIME_LIMIT seconds (default 10) or printing more than 1 MiB is
stopped, and its output ends with a line saying so.

Each program gets a fresh __main__ module; what it prints to sys.stdout and sys.stderr is
captured. An exception escaping the program is written the way the interpreter's last-chance
handler would name it, without the traceback (whose file paths differ between machines),
followed by "[exit 1]"; SystemExit is mapped to the exit status the interpreter would give.
"""
import builtins
import gc
import io
import marshal
import os
import signal
import sys
import traceback
import types


# Bad bytecode can loop forever or print without end; the driver then stops the program (the
# outputs differ, so its test fails) instead of letting one program stall or flood the batch.
TIME_LIMIT = float(os.environ.get("KAA_CORPUS_TIME_LIMIT", "10"))
OUTPUT_LIMIT = 1 << 20
HAVE_TIMER = hasattr(signal, "setitimer")   # not on Windows: there only the batch time limit applies


class ProgramStopped(BaseException):
    """Raised into a program that ran too long or printed too much (a BaseException, so the
    program's own `except Exception` clauses do not swallow it)."""


class LimitedOutput(io.StringIO):
    def write(self, s):
        if self.tell() > OUTPUT_LIMIT:
            raise ProgramStopped(f"printed more than {OUTPUT_LIMIT} characters")
        return super().write(s)


def on_alarm(signum, frame):
    raise ProgramStopped(f"ran for more than {TIME_LIMIT:g} s")


def load_code(code_path, source_path):
    if code_path.endswith(".py"):
        with open(code_path, "rb") as f:
            return compile(f.read(), source_path, "exec", dont_inherit=True)
    with open(code_path, "rb") as f:
        data = f.read()
    return marshal.loads(data[16:])


def exit_suffix(exc):
    """The text a real process would add to its output for SystemExit(code)."""
    code = exc.code
    if code is None:
        return "", ""
    if isinstance(code, int):
        return "", "" if code == 0 else f"[exit {code}]\n"
    return f"{code}\n", "[exit 1]\n"


def finalize(module):
    """Clears the module's globals as interpreter shutdown does (names with one leading
    underscore first, then the others, each set to None), then collects garbage: what a program
    leaves suspended (a generator in a global, say) is finalized now, its output still
    captured as the program's, as it would be at the end of a real run."""
    d = module.__dict__
    for k in list(d):
        if k.startswith("_") and not k.startswith("__"):
            d[k] = None
    for k in list(d):
        if k != "__builtins__":
            d[k] = None
    gc.collect()


def run_one(code_path, source_path):
    out, err = LimitedOutput(), LimitedOutput()
    module = types.ModuleType("__main__")
    module.__file__ = source_path
    module.__builtins__ = builtins
    module.__cached__ = None
    saved = (sys.stdout, sys.stderr, sys.modules.get("__main__"), list(sys.argv),
             sys.getrecursionlimit(), list(sys.path))
    sys.stdout, sys.stderr = out, err
    sys.modules["__main__"] = module
    sys.argv[:] = [source_path]
    sys.path[0] = os.path.dirname(source_path)
    suffix = ""
    try:
        code = load_code(code_path, source_path)
        if HAVE_TIMER:
            signal.setitimer(signal.ITIMER_REAL, TIME_LIMIT)
        exec(code, module.__dict__)
        finalize(module)
    except ProgramStopped as e:
        suffix = f"[stopped by the corpus driver: {e}]\n"
    except SystemExit as e:
        text, suffix = exit_suffix(e)
        err.write(text)
    except BaseException as e:
        err.write("Traceback (most recent call last):\n")
        err.write("".join(traceback.format_exception_only(e)))
        suffix = "[exit 1]\n"
    finally:
        if HAVE_TIMER:
            signal.setitimer(signal.ITIMER_REAL, 0)
        try:
            sys.stdout.flush()
        except Exception:
            pass
        sys.stdout, sys.stderr = saved[0], saved[1]
        if saved[2] is not None:
            sys.modules["__main__"] = saved[2]
        sys.argv[:] = saved[3]
        sys.setrecursionlimit(saved[4])
        sys.path[:] = saved[5]
    return out.getvalue() + err.getvalue() + suffix


def main():
    if HAVE_TIMER:
        signal.signal(signal.SIGALRM, on_alarm)
    with open(sys.argv[1], encoding="utf-8") as f:
        jobs = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    for code_path, source_path, output_path in jobs:
        result = run_one(code_path, source_path)
        tmp = output_path + ".tmp"
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            f.write(result)
        os.replace(tmp, output_path)


if __name__ == "__main__":
    main()
