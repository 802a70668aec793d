"""Sources for TokenStreamTest, and the generator of CPython's tokens for them.

Run `python3.13 token_cases.py > token_cases.expected` to regenerate. For each case:
    === <case, escaped as in error_cases.py>
    TYPE<TAB>line<TAB>col<TAB>end_line<TAB>end_col<TAB>string     (tokenize module, character columns)
"""
import io
import tokenize

CASES = [
    # names, keywords, Unicode identifiers (columns in characters here, bytes in Kaa's tokens)
    "x = y", "if True:\n    pass\n", "\u00e9t\u00e9 = \u6f22\u5b57 + \U0001d4b3", "_a1 = a_1", "match x:\n case 1: pass\n",
    # numbers
    "0 1 007.5 0x_1f 0o17 0b1_0 1_000 1. .5 1e5 1E-5 1.5e+3 1j 1.5J 0_0", "1if x else 2", "0x1for x in y", "1else", "1.e1",
    # strings
    "'a' \"b\" '''c''' \"\"\"d\"\"\"", "r'\\'' b'x' rb'y' Br'z' u'w' R\"q\"", "'''a\nb\nc'''", "'a\\\nb'", "x = ('a'\n     'b')",
    "'\\''", "\"\\\"\"", "b''", "''", "\"\"\"\"\"\"",
    # operators and delimiters
    "a **= b //= c >>= d <<= e", "a -> b := c ... d != e", "a+b-c*d/e//f%g@h", "a<b>c<=d>=e==f", "a&b|c^d~e", "a<<b>>c",
    "(a)[b]{c}", "a.b,c;d:e=f", "a += b -= c *= d /= e %= f &= g |= h ^= i @= j", "a!b", "x <> y",
    # indentation
    "if x:\n  y\n  z\nw\n", "if x:\n    if y:\n        z\nw", "if x:\n\ty\n", "if x:\n  y\n\n  # c\n  z\n", "if x:\n y\n\x0c z\n",
    "if x:\n    y\n  # c\n    z\n", "def f():\n    pass\n\n\n", "if x:\n    y", "if x:\n    y\n    ", "  \n\nx\n", "x\n   \n",
    # line joining
    "x = (1,\n     2)\n", "x = [\n  1,\n]\n", "x = 1 + \\\n    2\n", "if x:\n    y = 1 + \\\n2\n", "x = {\n\n}\n", "foo(a,\n  # c\n  b)\n",
    # comments
    "# c\n", "x  # c\n", "#!/usr/bin/env python\n# -*- coding: utf-8 -*-\nx\n", "# only", "x = 1 # c", "\n\n# c\n\n",
    # f-strings
    "f'a'", "f''", "f'{x}'", "f'a{x}b{y}c'", "f'{x!r}'", "f'{x=}'", "f'{x = }'", "f'{x=!r:>10}'", "f'{x:>10}'", "f'{x:{w}.{p}f}'",
    "f'{{a}}'", "f'{{{x}}}'", "f'a{{'", "f'}}b'", "f\"{'a'}\"", "f'{'a'}'", "f'{f'{x}'}'", "f'{f\"{f'{x}'}\"}'",
    "f'''a\n{x}\nb'''", "f'''{\nx\n}'''", "f'{x:\n}'", "rf'\\d{x}'", "fr'{x}\\n'", "F'{x}' f'{y}'", "f'{x:%H:%M}'", "f'{d[\"k\"]}'",
    "f'{a:b}{c}'", "f'{x,}'", "f'{ {1: 2}[1] }'", "f'{(lambda: 1)()}'", "f'{x:{y:{z}}}'", "f'\\N{BULLET} {x}'", "f'{x!s:^{w}}'",
    "f'{x}' 'y' f'{z}'", "f'''{x\n# c\n}'''", "f'a\\\nb'", "f'{1:{2}}'", "f'{\"\\n\".join(a)}'", "f'{x:a{{b}}c}'", "f'{x:{{}}}'",
    # positions at end of input
    "x", "x\n", "", "\n", "  x", "if x:\n  y\n# c",
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


def field(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def main():
    for s in CASES:
        lines = ["=== " + escape(s)]
        for t in tokenize.generate_tokens(io.StringIO(s).readline):
            lines.append("%s\t%d\t%d\t%d\t%d\t%s" % (tokenize.tok_name[t.type], t.start[0], t.start[1], t.end[0],
                                                    t.end[1], field(t.string)))
        print("\n".join(lines))


if __name__ == "__main__":
    main()
