# dir() of simple classes, instances, subclasses and objects with __slots__ or __dir__; always sorted.
class A:
    a_cls = 1
    def a_method(self):
        pass
class B(A):
    b_cls = 2
    def __init__(self):
        self.b_inst = 3
def public(names):
    return [n for n in names if not n.startswith("__")]
print(public(dir(A)), public(dir(B)), public(dir(B())))
print(dir(B()) == sorted(dir(B())), set(dir(A)) <= set(dir(B)), "b_inst" in dir(B()), "b_inst" in dir(B))
class S:
    __slots__ = ("x", "y")
print(public(dir(S)), public(dir(S())), "__slots__" in dir(S), "__dict__" in dir(S()))
class D:
    def __dir__(self):
        return ["z", "a", "m", "a"]
print(dir(D()), public(dir(D)))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    def meta_only(cls):
        pass
class M(metaclass=Meta):
    pass
print("meta_only" in dir(M), "meta_only" in dir(Meta), public(dir(M)))
print(public(dir(object())), len(dir(object())) > 20, public(dir(type)) [:3])
def fn():
    pass
fn.custom = 1
print([n for n in dir(fn) if not n.startswith("_")])
print(dir(5) == dir(int), "real" in dir(1), "append" in dir(list), public(dir(type(None))))
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError", e)
