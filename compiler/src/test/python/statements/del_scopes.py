def f():
    a = 1
    def g():
        nonlocal a
        del a
    g()
    try:
        return a
    except NameError as e:
        return f"NameError: {e}"
print(f())
x = 1
def del_global():
    global x
    del x
del_global()
print("x" in globals())
class C:
    a = 1
    b = 2
    del a
print(hasattr(C, "a"), C.b)
def del_in_loop():
    out = []
    for i in range(3):
        v = i * 2
        out.append(v)
        del v
    return out, "v" in locals()
print(del_in_loop())
lst = [1, 2, 3, 4, 5, 6]
del lst[1], lst[-1]
print(lst)
d = {"a": {"b": 1, "c": 2}}
del d["a"]["b"]
print(d)
try:
    del undefined_name_here
except NameError as e:
    print("NameError:", e)
