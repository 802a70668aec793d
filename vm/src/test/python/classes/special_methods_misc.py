# __call__, __contains__, __iter__ via generators, __enter__/__exit__, __bool__ on classes, __new__ singletons.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, twice=False):
        return x + self.n * (2 if twice else 1)
add5 = Adder(5)
print(add5(1), add5(1, twice=True), callable(add5), list(map(add5, [1, 2])))
class Range3:
    def __iter__(self):
        yield from (1, 2, 3)
    def __contains__(self, x):
        print("contains", x)
        return x in (1, 2, 3)
r = Range3()
print(list(r), 2 in r, 5 not in r, sum(r), [*r], dict.fromkeys(r))
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class Ctx:
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is KeyError
with Ctx() as v:
    print("got", v)
with Ctx():
    raise KeyError("suppressed")
try:
    with Ctx():
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated", e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError", e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    def __len__(cls):
        return 42
    def __iter__(cls):
        return iter("meta")
    def __bool__(cls):
        return False
class WithMeta(metaclass=Meta):
    pass
print(len(WithMeta), list(WithMeta), bool(WithMeta), not WithMeta)
