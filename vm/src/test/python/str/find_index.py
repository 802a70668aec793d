# find/rfind/index/rindex/count with start/end, negative indices and the errors.
s = "abracadabra"
for sub in ("a", "bra", "cad", "", "z", "abracadabra", "abracadabrax"):
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)
for args in [("a", 1), ("a", 1, 4), ("a", -4), ("a", -4, -1), ("", 5), ("", 11), ("", 12), ("bra", 2, 100), ("a", 100), ("a", 5, 2)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
print(s.index("c"), s.rindex("a"), s.index("a", 1), s.rindex("bra", 0, 8))
for f in (lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.index("a", 20), lambda: s.find(1),
          lambda: s.count(), lambda: s.find("a", "1"), lambda: s.index(), lambda: s.find("a", None, None)):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a = "\U0001f600x\U0001f600y"
print(len(a), a.find("x"), a.rfind("\U0001f600"), a.count("\U0001f600"), a.index("y"))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "".count(""), "abc".count(""), "abc".find("", 4))
print(s.startswith("abr"), s.startswith(("x", "abra")), s.endswith("bra", 0, 4), s.startswith("", 11), s.startswith("", 12))
print(s.startswith("cad", 4), s.endswith(("ra", "zz"), -2), s.startswith("a", -100))
for f in (lambda: s.startswith(["a"]), lambda: s.endswith(("a", 1))):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print("mississippi".replace("ss", "SS"), "mississippi".replace("s", "", 2), "abc".replace("", "-"))
print("abc".replace("", "-", 2), "aaa".replace("a", "bb", -1), "x".replace("x", "y", 0), "abc".replace("b", "B", count=1))
