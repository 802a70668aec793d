text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!"""
words = [w.strip(".,;!").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(text.count("the"), text.lower().count("the"), text.find("fox"), text.rfind("fox"))
def caesar(s, k):
    return "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in s)
enc = caesar("hello world", 3)
print(enc, caesar(enc, -3))
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("hello"))
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
print(rle("aaabccddddde"))
print(" ".join(w.capitalize() for w in "make me a title".split()), "snake_case_word".title().replace("_", ""))
print("x".zfill(4), "42".rjust(6, "."), "tab\tsep".expandtabs(4), "ß".upper(), "İ".lower().encode())
