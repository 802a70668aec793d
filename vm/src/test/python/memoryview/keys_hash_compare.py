# memoryview: tuple keys on a 1-D view, the hash kept after release, comparisons with
# bytes-likes (only == and !=), and views released by an __index__/__float__ mid-operation.
m = memoryview(bytearray(b"abcdef"))


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except (TypeError, ValueError, IndexError, NotImplementedError) as e:
        print(label, type(e).__name__, e)


def setter(key, value):
    def go():
        m[key] = value
    return go


attempt("(0,)=bytes", setter((0,), b"a"))
attempt("(slice,0)", setter((slice(0, 1), 0), 1))
attempt("(0,slice)", setter((0, slice(0, 1)), 1))
attempt("(slice,slice)", setter((slice(0, 1), slice(0, 1, 2)), b"a"))
attempt("get (slice,slice)", lambda: m[slice(0, 1), slice(0, 1)])
attempt("get (0,0)", lambda: m[0, 0])
attempt("'a' key", setter("a", 1))
attempt("resize", setter(slice(0, 2), b"a"))

ro = memoryview(b"abcdef")
h = hash(ro)
ro.release()
print("hash kept", hash(ro) == h == hash(b"abcdef"))
ro2 = memoryview(b"abcdef")
ro2.release()
attempt("hash released", lambda: hash(ro2))
attempt("hash writable", lambda: hash(m))

m2 = memoryview(b"abc")
print(m2 == b"abc", b"abc" == m2, m2 != bytearray(b"abd"), m2 == "abc")
for op in ("m2 < b'abc'", "b'abc' <= m2", "m2 > m2", "b'a' < bytearray(b'b')"):
    attempt(op, lambda: eval(op))
print(b"ab" == bytearray(b"ab"), bytearray(b"ab") == memoryview(b"ab"))

size = 16


class Releasing:
    def __index__(self):
        view.release()
        return 2

    def __float__(self):
        view.release()
        return 1.5


buf = bytearray(b"\xff" * size)
view = memoryview(buf)
attempt("get", lambda: view[Releasing()])
view = memoryview(buf)
attempt("set", lambda: view.__setitem__(0, Releasing()))
print("unchanged", buf[:2])
view = memoryview(buf)
attempt("slice set", lambda: view.__setitem__(slice(0, Releasing()), b"zz"))
print("unchanged", buf[:2])
view = memoryview(bytearray(16)).cast("d")
attempt("float set", lambda: view.__setitem__(0, Releasing()))
view = memoryview(bytearray(b"\xff" * size))
print("slice after release", list(view[:Releasing()]))
