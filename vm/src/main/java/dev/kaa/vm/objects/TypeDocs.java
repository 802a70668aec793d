package dev.kaa.vm.objects;

/**
 * The docstrings of the core built-in types ({@code object.__doc__}, {@code int.__doc__} …), as
 * CPython 3.13 shows them; each type takes its own with {@link PyType#withDoc} where it is
 * declared. (The exceptions' are in {@link ExcDocs}.)
 *
 * <p>Thread safety: immutable.
 */
final class TypeDocs {
    private TypeDocs() {}

    static final String OBJECT = "The base class of the class hierarchy.\n"
            + "\n"
            + "When called, it accepts no arguments and returns a new featureless\n"
            + "instance that has no instance attributes and cannot be given any.\n";

    static final String LIST = "Built-in mutable sequence.\n"
            + "\n"
            + "If no argument is given, the constructor creates a new empty list.\n"
            + "The argument must be an iterable if specified.";

    static final String TUPLE = "Built-in immutable sequence.\n"
            + "\n"
            + "If no argument is given, the constructor returns an empty tuple.\n"
            + "If iterable is specified the tuple is initialized from iterable's items.\n"
            + "\n"
            + "If the argument is a tuple, the return value is the same object.";

    static final String SLICE = "slice(stop)\n"
            + "slice(start, stop[, step])\n"
            + "\n"
            + "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).";

    static final String INT = "int([x]) -> integer\n"
            + "int(x, base=10) -> integer\n"
            + "\n"
            + "Convert a number or string to an integer, or return 0 if no arguments\n"
            + "are given.  If x is a number, return x.__int__().  For floating-point\n"
            + "numbers, this truncates towards zero.\n"
            + "\n"
            + "If x is not a number or if base is given, then x must be a string,\n"
            + "bytes, or bytearray instance representing an integer literal in the\n"
            + "given base.  The literal can be preceded by '+' or '-' and be surrounded\n"
            + "by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n"
            + "Base 0 means to interpret the base from the string as an integer literal.\n"
            + ">>> int('0b100', base=0)\n"
            + "4";

    static final String FLOAT = "Convert a string or number to a floating-point number, if possible.";

    static final String COMPLEX = "Create a complex number from a string or numbers.\n"
            + "\n"
            + "If a string is given, parse it as a complex number.\n"
            + "If a single number is given, convert it to a complex number.\n"
            + "If the 'real' or 'imag' arguments are given, create a complex number\n"
            + "with the specified real and imaginary components.";

    static final String BOOL = "Returns True when the argument is true, False otherwise.\n"
            + "The builtins True and False are the only two instances of the class bool.\n"
            + "The class bool is a subclass of the class int, and cannot be subclassed.";

    static final String SET = "Build an unordered collection of unique elements.";

    static final String FROZENSET = "Build an immutable unordered collection of unique elements.";

    static final String NONE = "The type of the None singleton.";

    static final String MEMORYVIEW = "Create a new memoryview object which references the given object.";

    static final String REVERSED = "Return a reverse iterator over the values of the given sequence.";

}
