# Structures and unions: layout, nested fields, bit fields, packing, anonymous members.
from ctypes import *

class POINT(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]

class RECT(Structure):
    _fields_ = [("ul", POINT), ("lr", POINT)]

class Mixed(Structure):
    _fields_ = [("c", c_char), ("d", c_double), ("s", c_short), ("name", c_char * 6)]

class Packed(Structure):
    _pack_ = 1
    _fields_ = [("c", c_char), ("i", c_int), ("s", c_short)]

class Bits(Structure):
    _fields_ = [("a", c_uint, 3), ("b", c_int, 5), ("c", c_uint, 9), ("d", c_int)]

class Value(Union):
    _fields_ = [("i", c_int), ("f", c_float), ("raw", c_ubyte * 4)]

class Inner(Structure):
    _fields_ = [("u", c_int), ("v", c_int)]

class Outer(Structure):
    _anonymous_ = ("inner",)
    _fields_ = [("tag", c_int), ("inner", Inner)]

for t in (POINT, RECT, Mixed, Packed, Bits, Value, Outer):
    print(t.__name__, sizeof(t), alignment(t))
print(Mixed.c, Mixed.d, Mixed.s, Mixed.name)
print(Packed.i, Bits.a, Bits.b, Bits.c, Bits.d)

r = RECT(POINT(1, 2), (3, 4))
print(r.ul.x, r.ul.y, r.lr.x, r.lr.y)
r.lr.y = 40
ul = r.ul
ul.x = 10
print(r.ul.x, r.lr.y, bytes(r))

m = Mixed(b"q", 2.5, -3, b"abc")
print(m.c, m.d, m.s, m.name)
m.name = b"abcdef"
print(m.name)

b = Bits(a=9, b=-3, c=511, d=7)
print(b.a, b.b, b.c, b.d, bytes(b).hex())

v = Value()
v.f = 1.0
print(hex(v.i), list(v.raw))

o = Outer(1, Inner(2, 3))
o.v = 30
print(o.tag, o.u, o.v, o.inner.v, Outer.u)

copy = POINT.from_buffer_copy(bytes(POINT(7, 8)))
view = POINT.from_address(addressof(r.lr))
print(copy.x, copy.y, view.x, view.y)

for bad in ([("x", 5)], [("x", c_int, 40)], [("f", c_double, 2)]):
    try:
        class Broken(Structure):
            _fields_ = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    POINT(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
