# Building strings: join vs concatenation, str multiplication, reversed, enumerate, and char arithmetic.
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "".join(parts), "+".join(parts[1:]))
s = ""
for ch in "hello":
    s = ch + s
print(s, "".join(reversed("hello")), "hello"[::-1])
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in "attack at dawn, xyz")
print(caesar)
decoded = "".join(chr((ord(c) - 97 - 3) % 26 + 97) if c.isalpha() else c for c in caesar)
print(decoded)
counts = {}
for c in "the quick brown fox":
    if c != " ":
        counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
words = "The Quick Brown Fox Jumps".split()
print(" ".join(w[::-1] for w in words), " ".join(sorted(words, key=str.lower)), "".join(w[0] for w in words))
print([c for c in "a1b2c3" if c.isdigit()], "".join(filter(str.isalpha, "a1b2c3")), list(enumerate("ab", 1)))
table = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
for name, qty in table:
    print(f"{name:<8}|{qty!s:>5}|")
line = "=" * 15
print(line, len(line), line.count("="))
def rle(text):
    out, i = [], 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        out.append(f"{j - i}{text[i]}")
        i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("x"))
print("".join(map(str, range(10))), str(list(range(3))), repr(str(3.0)))
print("abc".__add__("def"), "ab".__mul__(3), "x".__rmul__(2), "%s%s" % ("a", "b"), "{}{}".format("c", "d"))
