# maketrans/translate, str constructor, iteration, containment, concatenation errors.
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdabcd".translate(t))
print("hello".translate({ord("l"): None, ord("h"): "J", ord("o"): 48}), "abc".translate({}))
print(str.maketrans({"a": "1", "b": None, 99: "C"}), "abcabc".translate(str.maketrans({"a": "AA"})))
for f in (lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1),
          lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: 0x110000}), lambda: str.maketrans("a", "b", 1)):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Table:
    def __getitem__(self, k):
        if k == ord("q"):
            raise LookupError
        return k + 1
print("pqr".translate(Table()))
print(str(), str(5), str(1.5), str([1, "a"]), str(None), str(str), str(object=3), str(b"x"))
print(list("a\U0001f600b"), tuple("xy"), [c * 2 for c in "ab"], "".join(reversed("stressed")))
print("b" in "abc", "" in "abc", "ac" in "abc", "abc" in "abc", "\U0001f600" in "x\U0001f600")
for f in (lambda: 1 in "abc", lambda: "a" + 1, lambda: 1 + "a", lambda: "a" - "b", lambda: -"a", lambda: "a" < 1):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
s = "abc"
s += "def"
s *= 2
print(s, s.__len__(), s.__contains__("cd"), s.__getitem__(-1), s.__add__("!"), s.__mul__(0) == "")
it = iter("xyz")
print(next(it), next(it), list(it), list(it))
print(sorted("hello"), max("apple", "banana", key=len), min(["b", "a", "C"], key=str.lower))
print(hash("abc") == hash("ab" + "c"), "abc".__hash__() == hash("abc"), "" == str())
