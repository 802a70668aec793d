# Error handling of the CJK codecs: exceptions, the standard handlers, custom handlers.
import codecs

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        extra = ""
        if isinstance(e, UnicodeError):
            extra = f" [{e.encoding} {e.start}:{e.end} {e.reason!r} {e.object!r}]"
        print(f"{type(e).__name__}: {e}{extra}")

for name in ["gbk", "shift_jis", "euc_kr", "big5", "iso2022_jp", "hz"]:
    print("--", name)
    show(lambda: "a\u20ac\u0e01b".encode(name))
    for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
        show(lambda: "a\u0e01\U0001f600b".encode(name, errors))
    show(lambda: b"ab\xff\x80cd".decode(name))
    show(lambda: b"ab\xff\x80cd".decode(name, "replace"))
    show(lambda: b"ab\xff\x80cd".decode(name, "ignore"))
    show(lambda: b"ab\xff\x80cd".decode(name, "backslashreplace"))
    show(lambda: b"ab\xff\x80".decode(name, "surrogateescape"))
    show(lambda: b"x\x81".decode(name))

# Incomplete at the end of the input.
show(lambda: b"abc\xb0".decode("gbk"))
show(lambda: b"\x81\x30\x81".decode("gb18030"))
show(lambda: b"\x1b$".decode("iso2022_jp"))

# A custom handler, registered by name, and what it may return.
def tagged(exc):
    piece = exc.object[exc.start:exc.end]
    if isinstance(exc, UnicodeEncodeError):
        return ("<%s>" % "".join("U+%04X" % ord(c) for c in piece), exc.end)
    return ("<%s>" % piece.hex(), exc.end)
codecs.register_error("test.tagged", tagged)
show(lambda: "x\u0e01y\u20acz".encode("euc_jp", "test.tagged"))
show(lambda: b"x\xff\xfey".decode("euc_jp", "test.tagged"))

codecs.register_error("test.bytes", lambda exc: (b"??", exc.end))
show(lambda: "a\u0e01b".encode("cp949", "test.bytes"))
codecs.register_error("test.bad", lambda exc: ("x", None))
show(lambda: "a\u0e01b".encode("cp949", "test.bad"))
show(lambda: b"a\xffb".decode("cp949", "test.bad"))
codecs.register_error("test.far", lambda exc: ("x", 100))
show(lambda: "a\u0e01b".encode("cp949", "test.far"))
codecs.register_error("test.back", lambda exc: ("!", -1))
show(lambda: "a\u0e01b".encode("cp949", "test.back"))
codecs.register_error("test.unencodable", lambda exc: ("\u0e01", exc.end))
show(lambda: "a\u0e01b".encode("cp949", "test.unencodable"))
show(lambda: "a".encode("gbk", 42))
show(lambda: codecs.lookup("gbk").decode("text"))
