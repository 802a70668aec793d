a = [1, 2]
b = [[1, 2], 3]
print(1 in a in b, 5 in a in b, a in b not in [[0]], 1 in a is not None)
x = None
print(x is None is not False, x is None is False)
s = "abc"
print("a" in s in ["abc", "d"], "a" < "b" in s)
calls = []
def v(n):
    calls.append(n)
    return n
while v(1) < v(2) < v(3) and len(calls) < 6:
    pass
print(calls)
print(0 < 1 > -1 != 2 == 2 >= 2 <= 3)
