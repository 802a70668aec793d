# The parser's and compiler's SyntaxWarnings go through the warnings module; with the
# "error" filter, compile() raises the SyntaxError the warning stands for.
import warnings

SOURCES = [
    '"\\d"',
    'b"a\\qb"',
    '"\\777"',
    'x = 1\ny = "a\\d" "\\q"\n',
    '0xfor x in y',
    '1if x else y',
    '[0o7for x in ()]',
    'assert (x, "msg")',
    'assert ()',
    'x is 1',
    'x is not ()',
    'x is None or x is ...',
    'x == 1 is 2',
    '[(1, 2) (3, 4)]',
    '[[1] [2]]',
    'x = "abc" [1, 2]',
    '[1, 2][3, 4]',
    '{1, 2}[0]',
    '(lambda: 0)[1]',
    'f"{x}"()',
    'print("ok")',
]


def record(src):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(src, "<src>", "exec")
    return [(w.category.__name__, str(w.message), w.filename, w.lineno) for w in caught]


def as_error(src):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("error")
        try:
            compile(src, "<src>", "exec")
        except SyntaxError as e:
            return f"SyntaxError {e.msg!r} line {e.lineno}, leaked {len(caught)}"
    return "compiled"


for src in SOURCES:
    print(repr(src))
    for w in record(src):
        print("   ", w)
    print("   ", as_error(src))

# One warning per literal, even where the parser looks at it twice.
print(len(record('def f(a=1, *, b="\\d"): return a is 2')))
# ignore drops them; the default filter shows each once.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    compile('x is 1', "<src>", "exec")
print(len(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("error", DeprecationWarning)
    warnings.simplefilter("always", SyntaxWarning)
    compile('assert (1, 2)', "<src>", "exec", optimize=2)
print([str(w.message) for w in caught])
