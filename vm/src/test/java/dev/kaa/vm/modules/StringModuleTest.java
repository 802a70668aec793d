package dev.kaa.vm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@code _string}: format-string parsing, run as Python on Kaa. Each expected text is what CPython 3.13 printed for the same
 * program (with {@code collect = gc.collect}; here {@code collect} is
 * {@link Weakrefs#collect}).
 */
class StringModuleTest {
    @Test
    void stringBasic() {
        String source = """
                from _string import formatter_parser as P, formatter_field_name_split as S
                for s in ["", "abc", "a{0}b{x.y[1]!r:>{w}}c", "a{{b", "}}x", "{}", "{:}", "{!s}", "{0!}", "{!}", "{0!rr}", "{0!r", "{", "}", "a}b", "{0:{1:{2}}}", "{0[}", "{0[]}", "{[}", "{a.}", "{:{}", "{0!r:}", "{ab:cd!ef}", "x{0[a{b]}", "{a[b}c]}", "{ 0 }", "{0:}}", "{0:{{}}}", "{!r:x}"]:
                    try: print(repr(s), list(P(s)))
                    except Exception as e: print(repr(s), type(e).__name__, e)
                for s in ["", "a", "0", "a.b[c][0].d", "12.x", "a[", "a.", ".b", "[0]", "a[x]y", "a..b", "a[]", "0x1", "-1", "a[1]"]:
                    try:
                        f, it = S(s); print(repr(s), repr(f), list(it))
                    except Exception as e: print(repr(s), type(e).__name__, e)
                try: P(3)
                except TypeError as e: print(e)
                try: S(3)
                except TypeError as e: print(e)
                print(type(P("")), type(S("a")[1]))
                for s in ["{a{b}", "{0!", "{0:", "{a]b}", "a{0}b}", "{0!r:{", "{0:{}"]:
                    it = P(s)
                    try:
                        for x in it: print(repr(s), x)
                    except Exception as e: print(repr(s), type(e).__name__, e)
                for s in ["a[", "99999999999999999999", "a[99999999999999999999]", "١٢"]:
                    try:
                        f, it = S(s); print(repr(s), 'split ok', repr(f))
                        for x in it: print(x)
                    except Exception as e: print(repr(s), type(e).__name__, e)
                """;
        String expected = """
                '' []
                'abc' [('abc', None, None, None)]
                'a{0}b{x.y[1]!r:>{w}}c' [('a', '0', '', None), ('b', 'x.y[1]', '>{w}', 'r'), ('c', None, None, None)]
                'a{{b' [('a{', None, None, None), ('b', None, None, None)]
                '}}x' [('}', None, None, None), ('x', None, None, None)]
                '{}' [('', '', '', None)]
                '{:}' [('', '', '', None)]
                '{!s}' [('', '', '', 's')]
                '{0!}' ValueError unmatched '{' in format spec
                '{!}' ValueError unmatched '{' in format spec
                '{0!rr}' ValueError expected ':' after conversion specifier
                '{0!r' ValueError unmatched '{' in format spec
                '{' ValueError Single '{' encountered in format string
                '}' ValueError Single '}' encountered in format string
                'a}b' ValueError Single '}' encountered in format string
                '{0:{1:{2}}}' [('', '0', '{1:{2}}', None)]
                '{0[}' ValueError expected '}' before end of string
                '{0[]}' [('', '0[]', '', None)]
                '{[}' ValueError expected '}' before end of string
                '{a.}' [('', 'a.', '', None)]
                '{:{}' ValueError unmatched '{' in format spec
                '{0!r:}' [('', '0', '', 'r')]
                '{ab:cd!ef}' [('', 'ab', 'cd!ef', None)]
                'x{0[a{b]}' [('x', '0[a{b]', '', None)]
                '{a[b}c]}' [('', 'a[b}c]', '', None)]
                '{ 0 }' [('', ' 0 ', '', None)]
                '{0:}}' ValueError Single '}' encountered in format string
                '{0:{{}}}' [('', '0', '{{}}', None)]
                '{!r:x}' [('', '', 'x', 'r')]
                '' '' []
                'a' 'a' []
                '0' 0 []
                'a.b[c][0].d' 'a' [(True, 'b'), (False, 'c'), (False, 0), (True, 'd')]
                '12.x' 12 [(True, 'x')]
                'a[' ValueError Missing ']' in format string
                'a.' ValueError Empty attribute in format string
                '.b' '' [(True, 'b')]
                '[0]' '' [(False, 0)]
                'a[x]y' ValueError Only '.' or '[' may follow ']' in format field specifier
                'a..b' ValueError Empty attribute in format string
                'a[]' ValueError Empty attribute in format string
                '0x1' '0x1' []
                '-1' '-1' []
                'a[1]' 'a' [(False, 1)]
                expected str, got int
                expected str, got int
                <class 'formatteriterator'> <class 'fieldnameiterator'>
                '{a{b}' ValueError unexpected '{' in field name
                '{0!' ValueError end of string while looking for conversion specifier
                '{0:' ValueError unmatched '{' in format spec
                '{a]b}' ('', 'a]b', '', None)
                'a{0}b}' ('a', '0', '', None)
                'a{0}b}' ValueError Single '}' encountered in format string
                '{0!r:{' ValueError unmatched '{' in format spec
                '{0:{}' ValueError unmatched '{' in format spec
                'a[' split ok 'a'
                'a[' ValueError Missing ']' in format string
                '99999999999999999999' ValueError Too many decimal digits in format string
                'a[99999999999999999999]' split ok 'a'
                'a[99999999999999999999]' ValueError Too many decimal digits in format string
                '١٢' split ok 12
                """;
        assertEquals(expected, WeakrefModuleTest.runPython(source, "string_basic.py"));
    }
}
