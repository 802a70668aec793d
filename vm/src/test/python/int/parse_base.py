# int(str, base) across bases, underscores, whitespace and prefixes, with the errors.
print(int("42"), int("  -42  "), int("+7"), int("0"), int("-0"), int("000123"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("ZZ", 36), int("10", 2), int("777", 8), int("1_000_000"), int("0x_ff", 16))
print(int("12", 3), int("-101", 2), int("\u0661\u0662\u0663"), int("\uff11\uff12"))
print(int(b"77"), int(bytearray(b"-5")), int(b"ff", 16))
print(int("9" * 40), int("-" + "1" * 30, 2))
bad = [("", 10), ("  ", 10), ("1.5", 10), ("12a", 10), ("0x", 16), ("1__0", 10), ("_1", 10),
       ("1_", 10), ("08", 0), ("0b2", 0), ("g", 16), ("2", 2), ("abc", 37), ("10", 1), ("+-1", 10),
       ("1 2", 10), ("\x00", 10), ("0o8", 8)]
for s, base in bad:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError", e)
for args in [(1.5, 10), ("1", "2"), (None,), ([],), ("1", 10, 3)]:
    try:
        print(int(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(int(), int(x="5", base=8) if False else int("5", base=8))
try:
    int(x="5")
except TypeError as e:
    print("TypeError", e)
print(int("0", 0), int("00", 0), int("0_0", 0))
try:
    int("010", 0)
except ValueError as e:
    print(e)
