# Error handlers that replace the exception's object: decoding goes on in the new input.
import codecs
baddata = [("ascii", b"\xff"), ("utf-7", b"++"), ("utf-8",  b"\xff"), ("utf-16", b"\xff"), ("utf-32", b"\xff"),
           ("unicode-escape", b"\\u123g"), ("raw-unicode-escape", b"\\u123g"), ("cp1252", b"\x81"), ("latin-1", b"x")]
def replacing(exc):
    exc.object = 42
    return ("\u4242", 0)
codecs.register_error("test.replacing", replacing)
for (encoding, data) in baddata:
    try: print(encoding, ascii(data.decode(encoding, "test.replacing")))
    except Exception as e: print(encoding, type(e).__name__, e)
def mutating(exc):
    exc.object = b""
    return ("\u4242", 0)
codecs.register_error("test.mutating", mutating)
for (encoding, data) in baddata:
    print(encoding, ascii(data.decode(encoding, "test.mutating")))
def other(exc):
    exc.object = b"abc\xffdef"
    return ("<%d>" % exc.start, exc.start + 1)
codecs.register_error("test.other", other)
for (encoding, data) in [("ascii", b"\xffxyz"), ("utf-8", b"\xffxyz"), ("cp1252", b"\x81xyz"), ("utf-7", b"\xffxyz")]:
    try: print(encoding, ascii(data.decode(encoding, "test.other")))
    except Exception as e: print(encoding, type(e).__name__, e)
