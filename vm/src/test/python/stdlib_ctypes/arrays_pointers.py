# Arrays, pointers, byref, cast, memmove/memset/string_at, buffers.
from ctypes import *

IntArray5 = c_int * 5
a = IntArray5(5, 1, 4)
print(IntArray5.__name__, sizeof(a), len(a), list(a), a[1:3], a[-1])
a[3] = 9
print(list(a), (c_int * 5) is IntArray5)
try:
    a[5] = 1
except IndexError as e:
    print("IndexError:", e)

grid = ((c_double * 2) * 3)()
grid[2][1] = 6.5
print(sizeof(grid), grid[2][1], [list(row) for row in grid])

s = create_string_buffer(b"spam", 8)
print(sizeof(s), s.value, s.raw)
s.value = b"eggs!"
print(s.value, s[0], s[1:3])
w = create_unicode_buffer("wide", 6)
print(sizeof(w), w.value, w[1])

n = c_int(11)
p = pointer(n)
print(p.contents.value, p[0], type(p).__name__, POINTER(c_int) is type(p))
p[0] = 12
p.contents.value += 1
print(n.value, bool(p), bool(POINTER(c_int)()))
try:
    POINTER(c_int)().contents
except ValueError as e:
    print("ValueError:", e)

ip = cast(a, POINTER(c_int))
print(ip[0], ip[3], ip[:5])
vp = cast(addressof(n), c_void_p)
print(vp.value == addressof(n), cast(vp, POINTER(c_int)).contents.value)

pp = pointer(p)
print(pp.contents.contents.value, pp[0][0])

buf = create_string_buffer(10)
memset(buf, ord("z"), 4)
memmove(addressof(buf) + 4, b"abc", 3)
print(buf.raw, string_at(buf), string_at(addressof(buf) + 1, 3))
print(wstring_at(w), wstring_at(addressof(w), 2))
print(repr(byref(n))[:10], repr(c_int.from_param(5)))

class Node(Structure):
    pass
Node._fields_ = [("value", c_int), ("next", POINTER(Node))]
first, second = Node(1), Node(2)
first.next = pointer(second)
print(first.next.contents.value, bool(second.next))
resize(buf, 32)
print(sizeof(buf), buf.value)
