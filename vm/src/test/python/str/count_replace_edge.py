# Edge cases of count/replace/split with empty strings, overlapping patterns and large counts.
cases = ["", "a", "aa", "aaa", "abab", "ababab"]
for s in cases:
    print(repr(s), s.count(""), s.count("a"), s.count("ab"), s.count("aa"), repr(s.replace("", "|")), repr(s.replace("a", "")), repr(s.replace("ab", "ba", 1)))
print("aaaa".replace("aa", "a"), "aaaa".replace("aa", "a", 1), "abc".replace("abc", ""), "".replace("", "x"), "".replace("a", "b"))
print("abc".replace("", "-", 0), "abc".replace("", "-", 10), "abc".replace("b", "", -5), "a.b.c".replace(".", ". ", 1))
print("x".join("") == "", "".join(["", ""]) == "", "a".split("a"), "aa".split("a"), "aXbXc".split("X", 0), "aXbXc".rsplit("X", 0))
print("   ".split(" "), "  a  ".split(" "), "\n\n".split("\n"), "a\n\nb".splitlines(), "a\r\rb".splitlines())
print(" ".join("a b".split(" ")), "abc".split("abc"), "abcabc".split("abc"), "abc".partition("abc"), "abc".rpartition("a"))
big = "ab" * 1000
print(big.count("ab"), big.count("ba"), big.find("ba", 1999), big.rfind("ab"), len(big.replace("a", "")), big.index("ba", 1000))
print("é".count(""), "\U0001f600\U0001f600".count(""), "日本日本".replace("本", "!"), "日本語".find("語"))
print("mississippi".count("ssi"), "mississippi".count("i", 5), "mississippi".count("s", 2, 5), "mississippi".rfind("ss", 0, 5))
print("x=1;y=2".split(";")[1].split("=")[1], "path/to/file.txt".rsplit("/", 1), "file.tar.gz".partition("."), "file.tar.gz".rpartition("."))
print("a".startswith(""), "".startswith(""), "".endswith("a"), "abc".startswith(("", "z")), "abc".endswith("c", 0, 2))
print("tab\tbed".expandtabs(1), "x\t\ty".expandtabs(3), "\t".expandtabs(), repr("a\tb".expandtabs(-1)))
print("a b\tc\nd\re\x0bf\x0cg\x1ch\x1di\x1ej\x1fk\x85l\xa0m\u2000n\u3000o".split())
print("".center(3, "x"), "".ljust(2, "-"), "".zfill(0), "abc"[3:], "abc"[:0], "abc"[1:1])
print("Ab".lower() == "ab", "aB".upper(), "ab" * 0 == "", "-" * 20)
print(min("hello world", key=lambda c: (c == " ", c)), sorted("hello world".split(), key=len))
