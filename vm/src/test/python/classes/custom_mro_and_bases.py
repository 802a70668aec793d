# A metaclass's mro() runs when __bases__ is assigned (for the class and its subclasses); a
# failing one puts every MRO back; its answer is checked; a cycle through __base__ is refused.
class WorkOnce(type):
    def __new__(mcls, name, bases, ns):
        mcls.flag = 0
        return super().__new__(mcls, name, bases, ns)

    def mro(cls):
        if cls.flag > 0:
            raise RuntimeError("bozo")
        cls.flag += 1
        return type.mro(cls)


class C: pass
class C2: pass
class D(C): pass
class E(D): pass
class F(D, metaclass=WorkOnce): pass


names = lambda t: [k.__name__ for k in t.__mro__]
before = names(E), names(D)
try:
    D.__bases__ = (C2,)
except RuntimeError as e:
    print(type(e).__name__, e, (names(E), names(D)) == before, D.__bases__ == (C,))

calls = []


class Tracing(type):
    def mro(cls):
        calls.append(cls.__name__)
        return type.mro(cls)


class A(metaclass=Tracing): pass
class B1(A): pass
class B2(A): pass
class G(B1): pass


calls.clear()
G.__bases__ = (B2,)
print(calls, names(G), B2.__subclasses__() == [G], B1.__subclasses__())

for answer in ([1], [dict, object], 5, (C2,)):
    class Bad(type):
        def mro(cls, answer=answer):
            return [cls] + answer if isinstance(answer, list) else answer
    try:
        class X(metaclass=Bad): pass
        print(names(X))
    except TypeError as e:
        print(type(e).__name__, e)


class Cyc(type):
    ready = False

    def mro(cls):
        if Cyc.ready:
            if cls.__name__ == "P1":
                P2.__bases__ = (P1,)
            if cls.__name__ == "P2":
                P1.__bases__ = (P2,)
        return type.mro(cls)


class Q(metaclass=Cyc): pass
class P1(Q): pass
class P2(Q): pass


Cyc.ready = True
try:
    P1.__bases__ += ()
except TypeError as e:
    print(type(e).__name__, e)
