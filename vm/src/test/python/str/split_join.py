# split/rsplit/splitlines/partition/join with all argument forms.
s = "  the quick  brown\tfox\njumps  "
print(s.split(), s.split(" "), s.split(None, 2), s.rsplit(None, 2), s.split(" ", 3), s.rsplit(" ", 3))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 1), ",".split(","), "".split(","), "".split(), "   ".split())
print("a--b--c".split("--"), "a--b--c".split("--", maxsplit=1), "a--b--c".rsplit(sep="--", maxsplit=1))
for f in (lambda: "a".split(""), lambda: "a".split(1), lambda: "a".rsplit("")):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
text = "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\u2028line8\u2029line9\x85end\n\n"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(keepends=True), "no newline".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
try:
    "x".partition("")
except ValueError as e:
    print("ValueError", e)
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(str(i) for i in range(5)))
print("\U0001f600".join(["a", "b"]), "-".join(("only",)), "ab".join({"k": 1}))
for bad in (["a", 1], [b"x"], None, [None]):
    try:
        print("-".join(bad))
    except TypeError as e:
        print("TypeError", e)
print("1\t2\t3".expandtabs(), "1\t2\t3".expandtabs(4), "ab\tc\n\td".expandtabs(2), "\t".expandtabs(0))
print("a b c".split(maxsplit=0), "a b c".split(maxsplit=-1), " a b ".rsplit(maxsplit=1))
