package dev.kaa.vm.objects;

/**
 * The docstrings of the core built-in types ({@code object.__doc__}, {@code int.__doc__} …), in Kaa's
 * own words (not CPython's); each type takes its own with {@link PyType#withDoc} where it is
 * declared. (The exceptions' are in {@link ExcDocs}.)
 *
 * <p>Thread safety: immutable.
 */
final class TypeDocs {
    private TypeDocs() {}

    static final String OBJECT = "The root of every class. object() makes a bare instance that has no\n"
            + "__dict__, so no attributes can be set on it.";

    static final String LIST = "A mutable sequence: list() is empty, list(iterable) holds the iterable's items in"
            + " order.";

    static final String TUPLE = "An immutable sequence: tuple() is empty, tuple(iterable) holds the iterable's items\n"
            + "in order (a tuple argument itself comes back unchanged).";

    static final String SLICE = "slice(stop) or slice(start, stop, step): the start:stop:step of a subscript\n"
            + "such as a[1:9:2], as an object; missing parts are None.";

    static final String INT = "Integers of any size.\n"
            + "\n"
            + "int() is 0; int(number) truncates toward zero through __int__, __index__ or __trunc__.\n"
            + "int(text, base=10) parses a str, bytes or bytearray holding an integer literal in\n"
            + "base 2 to 36, with optional sign, underscores and surrounding whitespace;\n"
            + "base=0 takes the base from a 0x, 0o or 0b prefix, as in source code.";

    static final String FLOAT = "Double-precision floating-point numbers; float(x) converts a number or parses a"
            + " string.";

    static final String COMPLEX = "Complex numbers with a float real and imaginary part.\n"
            + "\n"
            + "complex(text) parses a string such as '1+2j'; complex(real=0, imag=0) combines\n"
            + "two numbers as real + imag*1j.";

    static final String BOOL = "The truth values: bool(x) is True when x is truthy and False otherwise.\n"
            + "A subclass of int with just two instances, True (1) and False (0); it cannot be subclassed.";

    static final String SET = "A mutable set of hashable items: set() is empty, set(iterable) collects its distinct"
            + " items.";

    static final String FROZENSET = "An immutable, hashable set: frozenset(iterable) collects its distinct items.";

    static final String NONE = "The class of None, its only instance.";

    static final String MEMORYVIEW = "A view on the memory of an object that exports a buffer (bytes, bytearray,"
            + " array ...),\n"
            + "sliced and cast without copying.";

    static final String REVERSED = "An iterator that walks a sequence from its last item to its first.";

}
