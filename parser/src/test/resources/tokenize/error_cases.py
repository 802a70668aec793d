"""Lexical cases for TokenizerErrorsTest, and the generator of their expected results.

Run `python3.13 error_cases.py > error_cases.expected` to regenerate: one line per case,
    <case>\t<result>
where <case> escapes backslash as \\\\ and every character outside printable ASCII as \\uXXXX
(UTF-16 units), and <result> is OK or Kind|msg|lineno|offset|end_lineno|end_offset from compile().
"""
def nest(n):
    s = "x"
    for i in range(n):
        s = "f'{" + s + "}'"
    return s


S = [
 "x = (1,\n", "x = (1,", "(\n[\n", "x = )", "x = (]", "x = (\n]", "f(a for a in b))", "x = [1,2}",
 "'abc", "'abc\n", "x = 'abc\ny", '"""abc\n\ndef', "'''abc", "x = 1 + 'ab\\\ncd", "b'\\xff'", "b'\xe9'",
 "1_", "1__0", "1_a", "0x", "0xg", "0x_", "0o8", "0o", "0o7_8", "0b2", "0b12", "0b", "0777", "0_7", "00", "007",
 "1e", "1e+", "1e+x", "1.e5x", "1.__class__", "1abc", "1j", "1jx", "0x1for x in y", "1if x else y", "1e5j", "0_0", "09.5", "09j", "09e1", "0b1_", "1.5_",
 "x = $", "x = ?", "x = `", "x = \u20ac", "x\u20ac = 1", "a\u00a0b", "\u00a0", "x = \x01", "x = 1 \\ y", "x = 1 \\", "x = \\\n", "\\",
 "if x:\n  y\n z\n", "if x:\n\ty\n        z\n", "if x:\n        y\n\tz\n", "if x:\n  \ty\n\t  z\n",
 "f'{x'", "f'{x:abc'", "f'abc", "f'''abc", "f'abc\n'", "f'}'", "f'{x)}'", "f'{x]}'", "f'{'", "f'{x!}'", "f'{x!r'", "f'{{}'", "f'{x:{y'",
 "f'{'a'", "f\"{'a\"", "f'{x:\n}'", "f'''{x\n'''", "f'{\"a\"'",
 "'\\x4'", "'\\x'", "'\\u12'", "'\\U1234'", "'\\U00110000'", "'\\N'", "'\\N{'", "'\\N{}'", "'\\N{BOGUS NAME}'", "'\u00e9\\x4'", "'\\\u00e9\\x4'", "b'\\x4'", "b'ab\\xzz'",
 "'\\d'", "'\\777'", "u'\\N{LATIN SMALL LETTER A}'",
 "x = 1\0", "#\0\n", "'\0'",
 "(" * 201, "[" * 200, "\u0660 = 1", "a\u0660 = 1", "\u00b7a = 1", "x = 1\n  ",
 "x <> 1", 'x = """a\nb""" \\ y', 'x = """a\nb""" + 1_', 'x = """a\nbc""" + \u20ac', 'x = """a\nb""" + (]', "if x:\n    y\n  \\  z\n", "  \\ x", '"""abc\n', '"""abc\n\n', "x = '''\n\n\n", "f'''abc\n\n", "f'''{x}\n", "f'''{x:\n\n", "f'{x:abc\n", "'\\\n", "'abc\\\n\n", "1" * 4301, "x = 1_0" + "0" * 4300, "0x" + "f" * 5000, nest(149), nest(150), "print 1", "x = yield = 3",
"if x:\n  y\n zz\n", "if x:\n    y\n  zz = 1\n", "if x:\n\ty\n        zzz\n", "if x:\n  y\n    zz\n", "x = 1 \\ y", "x = (1 \\ y)", "x = 1 \\\n\n",
 "if 1:\n" + "".join(" " * i + "if 1:\n" for i in range(1, 101)) + " " * 101 + "pass\n", "f'{x!r:'",
 "f'{x:{{y}}'", "f'{x:a}}'", "f'{x:}}'", "f'{{x}'", "f'{{x}}}'", "f'{#}'", "f'''{x#}'''", "f'''{x\n#c\n}'''", "f'{x:{y:{z}}}'", "f'{x:{y:{z:{w}}}}'",
 "\ufeffx = 1", "x = 1\r\ny = 2\r\n", "x = 1\ry = 2", "if x:\n\n  \n  y", "x = 1\n\f  y = 2\n", "if x:\n  y\n\f  z\n",
 "1 if 1else 2", "[0x1for x in y]", "1andy", "1_000_000j", "0.0e-0_1", "0e", "0b1e", "0xfor", "0o1and",
 "\u00c5ngstr\u00f6m = 1", "\uff49\uff46 = 1", "\u212b = 1", "x\u200d = 1", "x\u00b7 = 1",
"1orx", "1or x", "1iffy", "1if x else y", "1inx", "1in x", "1isx", "1notx", "1not in x", "1elsex", "1forx", "1for x in y", "1andx", "1and x", "1is x", "1e1and x", "1jand x", "1jandy", "0x1andy",
 "if 1:\n" + "".join(" " * i + "if 1:\n" for i in range(1, 101)) + " " * 101 + "pass\n",
 "if 1:\n" + "".join(" " * i + "if 1:\n" for i in range(1, 98)) + " " * 98 + "pass\n",
 "x = f'{x:{y:{z}}}' + 1", "f'{x}}'", "f'{x:\\n}'", "f'{x:a\nb}'", "f'a{x}\n'", "x = 1\n#ab\0cd\n", "f'{x!r=}'", "f'{x=!r:>10}'", "f'''{\nx\n=}'''",
 "''''", "'''a''''", "x = 'a' 'b", "r'\\'", "r'\\''", "rb'\\x'", "Rb'a'", "bR'a'", "BR'a'", "ur'a'", "fb'a'", "U'a'", "F'a'", "fR'a'", "Rf'a'",
 "...", "x->y", "a:=1", "a**=2", "a//=2", "a>>=2", "a<<=2", "a@=b", "a!b", "a..b",
 "'\\\n'", "f'a\\\nb'", "f'''a\\\nb'''", "x = 'a\\\nb'",
"'abc\\'", "'a\\'b", "x = 'a\\' + 1", "'a\\\\'b", "'''a\\'", "b'a\\'", "f'a\\'", "'\\'\n", "'a\\' ", "x('a\\')",
 "if 1:\n" + "".join(" " * i + "if 1:\n" for i in range(1, 101)) + " " * 101 + "pass\n",
 "if 1:\n" + "".join(" " * i + "if 1:\n" for i in range(1, 98)) + " " * 98 + "pass\n",
 "f'{1:{2:{3}}}'", "f'{f'{f'{1}'}'}'", "x = 1\n  # c\ny", "# c\n  x",
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


def main():
    import warnings
    warnings.simplefilter("ignore")
    for s in S:
        try:
            compile(s, "<s>", "exec")
            r = "OK"
        except SyntaxError as e:
            r = "%s|%s|%s|%s|%s|%s" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
        print(escape(s) + "\t" + escape(r))


if __name__ == "__main__":
    main()
