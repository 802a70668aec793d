# The same exception object re-raised keeps identity and accumulates traceback; raise e vs raise; args mutation.
def fail():
    raise ValueError("original")
saved = None
try:
    fail()
except ValueError as e:
    saved = e
print(saved, saved.__traceback__.tb_next.tb_frame.f_code.co_name)
def reraise(e):
    raise e
try:
    reraise(saved)
except ValueError as e2:
    print(e2 is saved, e2.__traceback__.tb_frame.f_code.co_name)
    names = []
    tb = e2.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
try:
    try:
        fail()
    except ValueError:
        raise
except ValueError as e3:
    print(e3.args, e3.__context__)
e = KeyError("k")
for _ in range(2):
    try:
        raise e
    except KeyError as caught:
        print(caught is e, caught.__context__)
try:
    try:
        raise TypeError("a")
    except TypeError as a:
        raise a from a
except TypeError as b:
    print(b.__cause__ is b, b.__context__ is b)
err = RuntimeError("mutable args")
err.args = ("changed",)
print(err, repr(err))
err.args = ()
print(repr(err), str(err) == "")
err.args = [1, 2]
print(err.args, type(err.args).__name__)
class Counted(Exception):
    count = 0
    def __init__(self, *a):
        Counted.count += 1
        super().__init__(*a)
try:
    raise Counted
except Counted:
    pass
try:
    raise Counted("x")
except Counted:
    pass
print(Counted.count)
