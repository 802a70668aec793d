# print with sep, end, file, flush; printing to a custom writer object and to sys.stderr.
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" -> ", end=" <end>\n")
print()
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1], {"k": 1}, (1,), sep="|")
print(*range(5), sep=", ")
print("x", sep=None, end=None)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
w = Writer()
print("to", "writer", file=w, sep="_", end="!", flush=True)
print(w.parts)
print("to stderr", file=sys.stderr)
print("back to stdout", file=None)
for kwargs in ({"sep": 5}, {"end": 1}, {"file": 5}, {"bogus": 1}, {"flush": "yes"}):
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], str(S()), repr(S()))
class BadStr:
    def __str__(self):
        return 5
try:
    print(BadStr())
except TypeError as e:
    print("TypeError", e)
print("tab\tsep", "new\nline", sep="\t")
print("end", end="\n\n")
print("unicode é ✓ \U0001f600")
