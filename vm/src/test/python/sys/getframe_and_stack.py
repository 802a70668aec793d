# sys._getframe depth counting, frame globals/builtins, f_back of module frame, frames in class bodies and comprehensions.
import sys
def depth():
    n = 0
    f = sys._getframe()
    while f.f_back is not None:
        n += 1
        f = f.f_back
    return n
def nested(k):
    return depth() if k == 0 else nested(k - 1)
print(depth(), nested(0), nested(5), nested(10) - nested(0))
class Body:
    frame_name = sys._getframe().f_code.co_name
    in_comp = [sys._getframe().f_code.co_name for _ in range(1)]
print(Body.frame_name, Body.in_comp)
print([sys._getframe().f_code.co_name for _ in range(1)], (lambda: sys._getframe().f_code.co_name)())
gen_names = list(sys._getframe().f_code.co_name for _ in range(1))
print(gen_names)
f = sys._getframe()
print(f.f_globals is globals(), f.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else "dict", f.f_locals is globals())
def caller_name():
    return sys._getframe(1).f_code.co_name
def alpha():
    return caller_name()
def beta():
    return caller_name()
print(alpha(), beta(), caller_name())
def line_of_call():
    return sys._getframe(1).f_lineno
x = line_of_call()
y = line_of_call()
print(y - x)
def frame_locals():
    a = 1
    b = [a]
    return sorted(sys._getframe().f_locals)
print(frame_locals())
try:
    sys._getframe("x")
except TypeError as e:
    print("TypeError", e)
try:
    sys._getframe(-1).f_code.co_name
    print("negative accepted")
except ValueError as e:
    print("ValueError", e)
