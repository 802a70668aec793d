"""Literals for LiteralsTest, and the generator of their values.

Run `python3.13 literal_cases.py > literal_cases.expected` to regenerate: one line per literal,
    <literal>\t<value>
<literal> is escaped as in error_cases.py; <value> is one of
    str:<code points in hex, space separated>     bytes:<hex>     int:<decimal>
    float:<IEEE bits in hex>     complex:<IEEE bits of the imaginary part in hex>
"""
import struct

L = [
    "'abc'", '"abc"', "'''a\nb'''", '"""a"b""c"""', "''", '""', "''''''",
    "'\\n\\t\\r\\a\\b\\f\\v\\\\\\'\\\"'", "'\\0'", "'\\12'", "'\\123'", "'\\1234'", "'\\777'", "'\\8'", "'\\d'",
    "'\\x41'", "'\\x41x'", "'\\u0041'", "'\\u20ac'", "'\\U0001F600'", "'\\N{EURO SIGN}'", "'\\N{euro sign}'",
    "'\\N{LATIN SMALL LETTER A}b'", "'\\N{CJK UNIFIED IDEOGRAPH-4E00}'", "'\\N{HANGUL SYLLABLE GA}'", "'\\N{NULL}'",
    "'a\\\nb'", "'\u00e9\u20ac\U0001F600'", "'\\\u00e9'",
    "r'\\n'", "R'\\x'", "r'a\\\nb'", "r'\\''", "r\"\\\"\"", "u'\\u0041'", "U'x'",
    "b'abc'", "b'\\x00\\xff'", "b'\\n\\t'", "b'\\777'", "b'\\u0041'", "b'\\N{EURO SIGN}'", "b'\\d'", "br'\\x'", "Rb'\\n'",
    "b'a\\\nb'", "b''", "B'\\''",
    "0", "00", "0_0", "7", "1_000", "0x1F", "0XdEaD_bEeF", "0o17", "0O7_7", "0b1010", "0B1_0",
    "9223372036854775807", "9223372036854775808", "0xffffffffffffffff", "0x7fffffffffffffff", "0o777777777777777777777",
    "0b" + "1" * 64, "0b" + "1" * 63, "123456789012345678901234567890",
    "1.0", "1.", ".5", "1e10", "1E-5", "1_0.0_1e+1_0", "0.1", "3.14159265358979323846", "1e308", "1e309", "2.2250738585072014e-308",
    "5e-324", "1e-400", "0e0", "09.5", "00.5", "1_2.3_4", "4.9406564584124654e-324", "0.30000000000000004",
    "1j", "1.5J", "0j", "1e3j", "09j", "1_0j", ".5j",
]


def escape(s):
    out = []
    for ch in s:
        c = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif 0x20 <= c < 0x7F:
            out.append(ch)
        elif c > 0xFFFF:
            c -= 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF)))
        else:
            out.append("\\u%04x" % c)
    return "".join(out)


def value(v):
    if isinstance(v, str):
        return "str:" + " ".join("%x" % ord(c) for c in v)
    if isinstance(v, bytes):
        return "bytes:" + v.hex()
    if isinstance(v, bool):
        raise TypeError(v)
    if isinstance(v, int):
        return "int:%d" % v
    if isinstance(v, float):
        return "float:" + struct.pack(">d", v).hex()
    if isinstance(v, complex):
        return "complex:" + struct.pack(">d", v.imag).hex()
    raise TypeError(v)


def main():
    import warnings
    warnings.simplefilter("ignore")
    for s in L:
        print(escape(s) + "\t" + value(eval(s)))


if __name__ == "__main__":
    main()
