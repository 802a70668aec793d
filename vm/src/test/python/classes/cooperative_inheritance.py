# Cooperative multiple inheritance: super().__init__(**kwargs) chains, method resolution through mixins.
class Base:
    def __init__(self, **kwargs):
        print("Base init, leftover:", kwargs)
        super().__init__(**kwargs) if kwargs else super().__init__()
    def describe(self):
        return ["Base"]
class Named(Base):
    def __init__(self, name, **kwargs):
        self.name = name
        print("Named init", name)
        super().__init__(**kwargs)
    def describe(self):
        return ["Named"] + super().describe()
class Aged(Base):
    def __init__(self, age, **kwargs):
        self.age = age
        print("Aged init", age)
        super().__init__(**kwargs)
    def describe(self):
        return ["Aged"] + super().describe()
class Person(Named, Aged):
    def __init__(self, **kwargs):
        print("Person init")
        super().__init__(**kwargs)
    def describe(self):
        return ["Person"] + super().describe()
p = Person(name="Ann", age=30)
print(p.name, p.age, p.describe(), [c.__name__ for c in Person.__mro__])
try:
    Person(name="Bob", age=1, extra="x")
except TypeError as e:
    print("TypeError", e)
class LoggingMixin:
    def save(self):
        print("log: saving", type(self).__name__)
        return super().save()
class Store:
    def save(self):
        return "stored"
class Record(LoggingMixin, Store):
    pass
print(Record().save())
class Wrong(Store, LoggingMixin):
    pass
print(Wrong().save())
class Top:
    def who(self):
        return "Top"
class L(Top):
    def who(self):
        return "L>" + super().who()
class R(Top):
    def who(self):
        return "R>" + super().who()
class LR(L, R):
    pass
class RL(R, L):
    pass
print(LR().who(), RL().who(), super(L, LR()).who())
