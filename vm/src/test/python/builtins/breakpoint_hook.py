# breakpoint() calls sys.breakpointhook, which calls what $PYTHONBREAKPOINT names (read from
# os.environ at each call); names that cannot be imported only warn.
import os
import sys
import warnings


def hook(*args, **kwargs):
    print("hook", args, sorted(kwargs.items()))
    return "from hook"


sys.breakpointhook = hook
print(breakpoint(1, 2, key="v"))
sys.breakpointhook = sys.__breakpointhook__

os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())

os.environ["PYTHONBREAKPOINT"] = "builtins.print"
breakpoint("printed", "by", "print", sep="-")
os.environ["PYTHONBREAKPOINT"] = "len"
print(breakpoint("four"))
os.environ["PYTHONBREAKPOINT"] = "os.path.join"
print(breakpoint("a", "b"))

for name in [".", "..", ".foo", "foo.", "nosuchbuiltin", "os.nosuch", "nosuchmodule.f", "/./"]:
    os.environ["PYTHONBREAKPOINT"] = name
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = breakpoint()
    print(repr(name), result, [(w.category.__name__, str(w.message)) for w in caught])

del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
