# X.__new__(cls) must be the __new__ cls itself would use; object.__setattr__ cannot
# bypass type's own __setattr__; subclasses of super bind as themselves.

class D(dict):
    pass


class E(D):
    def __new__(cls):
        return super().__new__(cls)


class B(int):
    def __new__(cls, v=0):
        return int.__new__(cls, v)


cases = [(object.__new__, D), (object.__new__, E), (int.__new__, bool), (object.__new__, B),
         (int.__new__, B), (dict.__new__, E), (BaseException.__new__, OSError), (tuple.__new__, list)]
for new, cls in cases:
    try:
        print(type(new(cls)).__name__)
    except TypeError as e:
        print(type(e).__name__, e)

for op in (lambda: object.__setattr__(str, "foo", 42), lambda: object.__delattr__(str, "lower")):
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)


class Meta(type):
    def __setattr__(cls, key, value):
        object.__setattr__(cls, key, value)


class Base:
    pass


class Both(Base, Meta): pass


obj = Both("Obj", (object,), {})
try:
    obj.test = True
except TypeError as e:
    print(type(e).__name__, e)


class Top:
    def meth(self):
        return "Top"


class mysuper(super):
    pass


class Sub(Top):
    def meth(self):
        s = self.__sup
        return type(s).__name__ + ">" + s.meth()


Sub._Sub__sup = mysuper(Sub)
print(Sub().meth())


class cistr(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())


d = {cistr("One"): 1, cistr("tWo"): 2}
print(d[cistr("ONE")], d[cistr("two")], cistr("TWO") in d, "one" in d)
