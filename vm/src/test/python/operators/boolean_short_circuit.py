# and/or/not return operands, short-circuit evaluation, conditional expressions, chained comparisons evaluate once.
def v(x):
    print("eval", repr(x))
    return x
print(v(0) and v(1))
print(v(2) and v(3))
print(v(0) or v("") or v([]))
print(v(None) or v("found") or v("not evaluated"))
print(not v([]), not v([0]))
print(v(1) if v(True) else v(2))
print(v(1) if v(0) else v(2))
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) == v(1.0) != v(2))
class Weird:
    def __bool__(self):
        print("bool called")
        return False
w = Weird()
r = w or "fallback"
print(r)
r = w and "unused"
print(type(r).__name__)
print([] or {} or () or 0 or 0.0 or "" or None)
print(1 and "a" and [1] and {"k": 1})
x = 5
print(0 < x < 10, 0 < x > 3, x == 5 == 5.0, 1 < x != 5)
print((x > 3) + (x > 4) + (x > 5), sum(b for b in [x > 1, x > 2]))
items = []
result = items and items[0]
print(repr(result))
name = "" or "anonymous"
print(name)
def chain_calls():
    return v(0) or v(0) and v(1)
print(chain_calls())
print(not 0 == 1, (not 0) == 1, not (0 == 1))
print(True + (1 if None else 2), "yes" if [] else "no", "yes" if [[]] else "no")
