class A:
    def __init__(self):
        self.x = 1
        self.y = 2
    def set_more(self):
        self.z = 3
        other = self
        other.not_counted = 4
    def nested(self):
        def inner():
            self.inner_attr = 5
        inner()
    @classmethod
    def cm(cls):
        cls.class_attr = 6
print(sorted(A.__static_attributes__))
print(A.__firstlineno__)
class B(A):
    pass
print(B.__static_attributes__, B.__firstlineno__)
def make():
    class Local:
        def m(self):
            self.a, self.b = 1, 2
            self.c += 1 if False else 0
            self.d: int = 4
    return Local
L = make()
print(sorted(L.__static_attributes__), L.__firstlineno__ - A.__firstlineno__)
@staticmethod
def unused(): pass
class Decorated:
    @property
    def p(self):
        self.cached = 1
        return 1
print(Decorated.__static_attributes__, Decorated.__firstlineno__)
