# Case conversions including non-ASCII special casing.
words = ["hello world", "Hello World", "HELLO", "ß", "straße", "ǅungla", "ﬁre", "İstanbul", "ΣΑΣ ΟΔΟΣ",
         "éclair", "o'neil's cat", "3rd-place x_y", "", "  mixed CASE\tTabs"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
for w in words:
    print(repr(w), w.isupper(), w.islower(), w.istitle(), len(w), len(w.upper()))
print("ΣΑΣ".lower(), "Σ".lower(), "ΑΣ Σ".lower(), "ﬀ".upper(), "ŉ".upper(), "ǰ".upper())
print("aBc".upper().lower().title(), str.upper("x"), str.lower("ÀÉÎ"))
print("hello"[0].upper() + "hello"[1:], "a-b c.d".title(), "AbC".swapcase().swapcase())
print("\u0130".lower(), len("\u0130".lower()), "\u1e9e".lower(), "\u00df".casefold())
try:
    str.upper(5)
except TypeError as e:
    print("TypeError", e)
try:
    "x".upper(1)
except TypeError as e:
    print("TypeError", e)
print("hello world".title() == "Hello World", "they're bill's".title())
print("ǈ".istitle(), "ǈ".isupper(), "ǈ".islower(), "ǉ".title(), "Ǉ".title())
print("1a2b".upper(), "ABC1".isupper(), "abc1".islower(), "123".isupper(), "".islower())
