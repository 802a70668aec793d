# A __context__ chain holding a cycle must not hang the next raise (gh-69968).


def self_cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)


try:
    self_cycle()
except Exception as e:
    print(type(e).__name__, type(e.__context__).__name__, e.__context__.__context__ is e.__context__)

class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
class D(Exception): pass
class E(Exception): pass

# E -> D -> C -> B -> A -> C: a cycle below the head.
try:
    try:
        raise A()
    except A as a_:
        a = a_
        try:
            raise B()
        except B as b_:
            b = b_
            try:
                raise C()
            except C as c_:
                c = c_
                a.__context__ = c
                try:
                    raise D()
                except D as d_:
                    d = d_
                    e = E()
                    raise e
except E as got:
    print(got is e, e.__context__ is d, d.__context__ is c, c.__context__ is b, b.__context__ is a,
          a.__context__ is c)

# Raising an exception already in the chain cuts the chain above it.
try:
    try:
        raise A()
    except A as a_:
        a = a_
        try:
            raise B()
        except B as b_:
            b = b_
            raise a
except A as got:
    print(got is a, a.__context__ is b, b.__context__)
