def f():
    list = tuple
    return list([1, 2])
print(f())
def g():
    try:
        return len
    finally:
        pass
print(g() is len)
print = print
def uses_print():
    print("module-level print rebinding")
uses_print()
def h(str=int):
    return str("5") + 1
print(h())
class C:
    len = len
    def m(self):
        return len("abc")
print(C().m(), C.len("ab"))
True_ = True
def k():
    None_ = None
    return None_ is None, True_
print(k())
