print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1)
print("a" < "b", [1, 2] < [1, 3], (1, 2) == (1, 2), (1,) < (1, 0))
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(1 == 1 == 1.0, 2 > 1 == 1)
a = [1]
b = a
print(a is b, a is not b, a is not [1], 1 in a, 2 not in a)
print("ell" in "hello", "z" not in "hello")
calls = []
def f(x):
    calls.append(x)
    return x
print(f(1) < f(2) < f(0) < f(5))
print(calls)
calls.clear()
print(f(3) < f(2) < f(5))
print(calls)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
print(None == None, None is None, float("nan") == float("nan"))
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 != 6)
