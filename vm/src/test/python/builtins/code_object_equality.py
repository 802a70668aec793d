# Code objects compare by content, as CPython's code_richcompare does: the file name does not
# count; constants compare by kind and value (0.0 is not -0.0, 1 is not True); nested code too.
a = compile("x = 1", "a", "exec")
b = compile("x = 1", "a", "exec")
c = compile("x = 1", "b", "exec")
d = compile("x = 2", "a", "exec")
print(a == b, hash(a) == hash(b), a == c, a == d, a != b, a != d)
e = compile("x = 1\n", "a", "exec")
print(a == e)
f1 = compile("def f(): pass", "a", "exec")
f2 = compile("def f(): pass", "z", "exec")
print(f1 == f2, f1.co_consts[0] == f2.co_consts[0])
print(compile("x=0.0", "a", "exec") == compile("x=-0.0", "a", "exec"))
print(compile("x=1", "a", "exec") == compile("x=True", "a", "exec"))
print(compile("x=(1, 2)", "a", "exec") == compile("x=(1, 2)", "a", "exec"))
print(compile("x=b'ab'", "a", "exec") == compile("x=b'ab'", "a", "exec"))
print({a: "found"}[b], len({a, b, c, d}))
def g(y):
    return y + 1
def h(y):
    return y + 1
print(g.__code__ == h.__code__, g.__code__.replace(co_name="h") == h.__code__)
print(a == "x = 1", a.__eq__(1), a.__ne__(b))
