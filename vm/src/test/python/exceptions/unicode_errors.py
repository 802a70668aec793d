# UnicodeEncodeError/DecodeError/TranslateError attributes, messages for single bytes and ranges, error handlers.
cases = [("é", "ascii"), ("aé€", "latin-1"), ("\ud800", "utf-8"), ("\U0001f600", "ascii"), ("ab€€cd", "ascii")]
for s, enc in cases:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, e.start, e.end, repr(e.object), e.reason, "|", e)
dcases = [(b"\xff", "utf-8"), (b"a\xc3", "utf-8"), (b"\xe2\x82", "utf-8"), (b"\xed\xa0\x80", "utf-8"), (b"\x80abc", "ascii"),
          (b"\x00\xd8", "utf-16-le"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"a", "utf-16-le")]
for b, enc in dcases:
    try:
        b.decode(enc)
    except UnicodeDecodeError as e:
        print(enc, e.start, e.end, e.object, e.reason, "|", e)
e = UnicodeDecodeError("utf-8", b"abc", 1, 2, "custom reason")
print(e, e.args, isinstance(e, ValueError), isinstance(e, UnicodeError))
e.start = 0
e.reason = "changed"
print(e)
t = UnicodeTranslateError("x\uffffy", 1, 2, "cannot translate")
print(t, t.object, t.start, t.end)
try:
    UnicodeEncodeError("ascii", "x")
except TypeError as err:
    print("TypeError", err)
print("é€".encode("ascii", "replace"), b"\xff\xfe".decode("utf-8", "replace"), "é".encode("ascii", "xmlcharrefreplace"))
print(b"\xffabc".decode("ascii", "ignore"), "ab\udcff".encode("utf-8", "surrogateescape"), "€".encode("latin-1", "backslashreplace"))
