# Exceptions and the with statement: __exit__ receives them, can suppress, can raise its own (chained).
class Tracker:
    def __init__(self, name, suppress=False, fail_exit=False):
        self.name, self.suppress, self.fail_exit = name, suppress, fail_exit
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        if self.fail_exit:
            raise RuntimeError(f"exit of {self.name} failed")
        return self.suppress
with Tracker("a"), Tracker("b", suppress=True):
    raise ValueError("inner")
print("after suppressed")
try:
    with Tracker("c"), Tracker("d"):
        raise KeyError("k")
except KeyError as e:
    print("outer caught", repr(e))
try:
    with Tracker("e", fail_exit=True):
        raise ValueError("original")
except RuntimeError as e:
    print("caught", e, "| context:", repr(e.__context__))
try:
    with Tracker("f", fail_exit=True):
        pass
except RuntimeError as e:
    print("caught", e, "| context:", e.__context__)
class EnterFails:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with Tracker("g"), EnterFails():
        print("body not run")
except OSError as e:
    print("OSError", e)
def returns_inside():
    with Tracker("h"):
        return "returned"
print(returns_inside())
for i in range(3):
    with Tracker(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
class TruthySuppress:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return "non-empty string is true"
with TruthySuppress():
    1 / 0
print("suppressed by truthy value")
