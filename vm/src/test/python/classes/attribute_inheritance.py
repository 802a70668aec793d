# Class vs instance attributes, shadowing, mutation through instances, class attribute lookup order.
class Base:
    shared = []
    value = "base"
    def who(self):
        return "Base.who"
class Child(Base):
    value = "child"
a, b = Child(), Child()
a.shared.append(1)
b.value = "instance"
print(Base.shared, b.value, a.value, Child.value, Base.value)
del b.value
print(b.value)
try:
    del b.value
except AttributeError as e:
    print("AttributeError", e)
Base.value = "changed base"
print(Base().value, Child().value)
del Child.value
print(Child().value)
Child.who = lambda self: "patched"
print(a.who(), Base().who())
print(Child.__dict__.get("value"), "who" in Child.__dict__, sorted(k for k in Base.__dict__ if not k.startswith("__")))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count = Counter.count * 10
for _ in range(3):
    last = Counter()
print(Counter.count, last.count)
class Private:
    __secret = "hidden"
    def reveal(self):
        return self.__secret
p = Private()
print(p.reveal(), p._Private__secret, hasattr(p, "__secret"))
try:
    p.__secret
except AttributeError as e:
    print("AttributeError", e)
class Sub(Private):
    def try_reveal(self):
        return self.__secret
try:
    Sub().try_reveal()
except AttributeError as e:
    print("AttributeError", e)
class Nested:
    class Inner:
        class Deep:
            pass
print(Nested.Inner.Deep.__qualname__, Nested.Inner.__name__, Nested.Inner.Deep.__module__)
def factory():
    class Local:
        pass
    return Local
print(factory().__qualname__, factory() is factory())
