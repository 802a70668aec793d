x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
del lst[::3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class A:
    pass
a = A()
a.v = 1
a.w = 2
del a.v
print(vars(a))
p, q = 1, 2
del p, q
print("p" in dir(), "q" in dir())
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "Unbound: " + str(e)
print(f())
lst2 = [1, 2, 3]
del (lst2[0], lst2[0])
print(lst2)
