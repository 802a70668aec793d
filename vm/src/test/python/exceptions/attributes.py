# Exception objects: args, str/repr for 0/1/many args, with_traceback, attributes of special exceptions.
for e in (Exception(), Exception("one"), Exception("a", 2), ValueError(None), KeyError("k"), KeyError(), KeyError("a", "b"),
          IndexError(3), StopIteration(5), SystemExit(2), OSError(2, "No such file"), OSError(2, "msg", "fn"),
          UnicodeError("u"), AttributeError("x"), NameError("n"), ImportError("imp"), SyntaxError("bad", ("f.py", 3, 4, "code", 3, 5))):
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
s = StopIteration(5)
print(s.value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
o = OSError(2, "No such file", "name.txt")
print(o.errno, o.strerror, o.filename, o.filename2, type(o).__name__, str(o))
print(type(OSError(2, "x")).__name__, type(OSError(13, "p")).__name__, type(OSError(17, "e")).__name__)
print(str(OSError(1, "a", "b", 0, "c")), OSError("just message").errno)
a = AttributeError("msg", name="attr", obj=5)
print(a.name, a.obj, a)
n = NameError("nm", name="var")
print(n.name, n)
i = ImportError("m", name="mod", path="p")
print(i.name, i.path, i.msg)
se = SyntaxError("invalid", ("file.py", 10, 5, "x = = 1\n", 10, 6))
print(se.msg, se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset, str(se))
e = ValueError("v")
e.args = ("changed", 1)
print(e, e.args)
e.custom = "attr"
print(e.custom, sorted(vars(e)))
print(BaseException.__new__(ValueError).args, Exception.__str__(KeyError("q")), repr(KeyError("q")))
u = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(u, u.object, u.start, u.end, u.reason, u.encoding)
print(str(UnicodeEncodeError("ascii", "é\u1234", 1, 2, "nope")), str(UnicodeTranslateError("\uffff", 0, 1, "bad")))
try:
    raise ValueError
except ValueError as caught:
    print(repr(caught), caught.args, caught.__traceback__ is not None, caught.with_traceback(None) is caught)
