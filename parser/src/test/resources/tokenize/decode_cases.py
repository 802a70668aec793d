"""Source bytes for SourceDecoderTest, and the generator of their expected results.

Run `python3.13 decode_cases.py > decode_cases.expected` to regenerate: one line per case,
    <source bytes in hex>\t<result>
<result> is OK, or ERR|msg|lineno|offset|end_lineno|end_offset from compile() of the bytes (None as 0).
"""
import ast

CASES = [
    b"x = 1\n", b"\xef\xbb\xbfx = 1\n", b"# -*- coding: latin-1 -*-\nx = '\xe9'\n", b"\n# coding=latin-1\nx = '\xe9'\n",
    b"x=1\n# coding: latin-1\nx = '\xe9'\n", b"# coding: foo\n", b"\xef\xbb\xbf# coding: latin-1\n", b"\xff\n",
    b"x = 1\ny = '\xe9'\n", b"#!/usr/bin/python\n# vim: set fileencoding=utf-8 :\n", b"# coding: utf-8\n\xff",
    b"x = '\xc3'\n", b"x = '\xe2\x82'\n", b"x = '\xed\xa0\x80'\n", b"# coding: ascii\nx = '\xe9'\n", b"# coding: utf8\n",
    b"# coding: UTF_8\n", b"# coding: latin_1\n", b"# coding: iso-8859-15\nx='\xa4'\n", b"# coding: cp1252\nx='\x80'\n",
    b"  # coding: latin-1\nx='\xe9'\n", b"x # coding: latin-1\n", b"# coding: euc-jp\n", b"\xef\xbb\xbf# coding: utf-8\n",
    b"\xef\xbb\xbf\xff\n", b"\n\n# coding: latin-1\nx='\xe9'\n", b"\x0c# coding: latin-1\nx='\xe9'\n",
    b"# coding: latin-1\r\nx='\xe9'\r\n", b"# \xff\n", b"x = 1 # \xe9\n", b"x = 1\n\xe9\n", b"x\xe9 = 1\n", b"x = b'\xe9'\n",
    b"x = '''ab\ncd\xe9'''\n", b"\xe9\xe9 = 1\n", b"x = 'ab\xe9cd'\n", b"x = 'ab\xe9\xe9cd'\n", b"# coding: cp1252\nx='\x81'\n",
    b"# coding: latin-1\n\xff", b"x = \"\xc3\xa9\xff\"\n", b"# coding: latin-1\n# coding: utf-8\nx='\xe9'\n",
    b"x = '\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'\n",
]


def main():
    for c in CASES:
        try:
            compile(c, "f.py", "exec", ast.PyCF_ONLY_AST)
            r = "OK"
        except SyntaxError as e:
            r = "ERR|%s|%s|%s|%s|%s" % (e.msg, e.lineno, e.offset, e.end_lineno or 0, e.end_offset or 0)
        print(c.hex() + "\t" + r)


if __name__ == "__main__":
    main()
