# Exact texts of common built-in errors raised by the interpreter.
five, text, empty, half = 5, "str", [], 1.5
def boom(expr):
    try:
        eval(expr)
    except Exception as e:
        print(f"{expr!r:36} {type(e).__name__}: {e}")
for expr in ["1 + 'a'", "'a' + 1", "[] + ()", "1 - []", "None * 2", "{} * 2", "'a' * 'b'", "1 / 0", "1 // 0", "1 % 0",
             "1.0 / 0", "[][0]", "()[5]", "'abc'[10]", "{}['x']", "{}[1]", "[1].x", "None.foo", "(1).foo",
             "undefined_var", "int('x')", "int('1', 99)", "float('x')", "len(5)", "len()", "iter(5)", "next(iter([]))",
             "five()", "text()", "empty()", "abs('x')", "hash([])", "{[]: 1}", "{{}}", "sum(['a'])", "max([])", "min(1)",
             "chr(-1)", "ord('ab')", "list.append()", "[].append()", "'x'.join([1])", "divmod(1, 'a')", "round('x')",
             "sorted(1)", "-'a'", "~[]", "'a' < 1", "[] < {}", "1 < None", "import_nothing", "(1, 2)[half]",
             "range(1.5)", "dict(a)", "type(1, 2)", "object.x", "int.x", "str.foo", "[1, 2, 3].index(4)",
             "(1, 2).index(3)", "'abc'.index('z')", "[].pop()", "{}.pop('k')", "set().pop()", "{1}.remove(2)",
             "bytes('x')", "bytearray(-1)", "memoryview(1)", "complex('x')", "getattr(1, 'x')", "setattr(1, 'x', 2)",
             "isinstance(1, 1)", "issubclass(1, int)", "issubclass(int, 1)", "super()", "eval(1)", "exec(1)",
             "compile('x', 'f', 'bad')", "format(1, 'q')", "'{}'.format()", "'%d' % 'x'", "print(sep=1)",
             "frozenset([[]])", "slice()", "vars(1)", "pow(1, 2, 0)", "zip(1)", "map(1, [1])", "enumerate(1)",
             "reversed(1)", "next(1)", "callable()", "bin('1')", "open", "int(None)"]:
    boom(expr)
