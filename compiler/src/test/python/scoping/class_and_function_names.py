def outer():
    def inner():
        pass
    class K:
        def m(self):
            pass
        class Inner:
            def deep(self):
                pass
    return inner, K
inner, K = outer()
print(inner.__name__, inner.__qualname__)
print(K.__qualname__, K.m.__qualname__, K.Inner.deep.__qualname__)
lam = lambda: None
print(lam.__name__, lam.__qualname__)
def gen():
    yield
print(gen.__qualname__, gen().__qualname__)
class Top:
    def method(self):
        return (lambda: 0).__qualname__
print(Top().method())
print([(lambda: 0).__qualname__ for _ in range(1)])
def f():
    return [x for x in (lambda: [1]).__qualname__]
print("".join(f()))
