# String equality, ordering by code point, identity vs equality, hashing consistency for equal strings.
words = ["b", "a", "B", "A", "ab", "aB", "Ab", "", " ", "é", "e", "z", "Z", "10", "9", "\U0001f600", "\uffff"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, reverse=True))
a = "hello"
b = "hel" + "lo"
c = "".join(["h", "e", "l", "l", "o"])
print(a == b == c, hash(a) == hash(c), a < "help", "Hello" < "hello", "hello" < "hello!", "" < "\x00")
print("a" * 3 == "aaa", "abc" != "abd", "abc" <= "abc", "abd" >= "abc", "é" > "f", "\u00e9" == "e\u0301", len("e\u0301"))
print(max(["apple", "Apple", "APPLE"]), min(["apple", "Apple", "APPLE"]), "a" in ("a", "b"), "ab" in ["a", "b"])
print(str.__lt__("a", "b"), str.__lt__("a", 1), "a".__eq__(1), "a".__ne__("a"))
d = {"key": 1}
k = "".join(["k", "e", "y"])
print(d[k], k in d, {"a", "a" + ""} == {"a"}, len({"x", "x"}))
class S(str):
    pass
print(S("a") == "a", "a" == S("a"), hash(S("a")) == hash("a"), S("b") > "a", sorted([S("b"), "a"]))
print(sorted(["a10", "a9", "a1", "b", "a"]), sorted(["x", "X", "y", "Y"], key=lambda s: (s.lower(), s.islower())))
print("abc".__hash__() == hash("abc"), hash("") == hash(""), type(hash("x")).__name__)
try:
    "a" < None
except TypeError as e:
    print("TypeError", e)
try:
    sorted(["a", 1])
except TypeError as e:
    print("TypeError", e)
print(["b", "a"] < ["b", "b"], ("a", 1) < ("a", 2), "abc".casefold() == "ABC".casefold())
print("straße" == "strasse", "straße".casefold() == "strasse".casefold(), "ﬁ" == "fi", "ﬁ".casefold() == "fi")
