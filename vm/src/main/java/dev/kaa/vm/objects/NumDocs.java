package dev.kaa.vm.objects;

/**
 * The docstrings of the number types ({@code int.__doc__} …), as CPython 3.13 shows them.
 *
 * <p>Thread safety: immutable.
 */
final class NumDocs {
    private NumDocs() {}

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

    /** Puts {@code text} in the type's dictionary as its {@code __doc__}; called as the type is declared. */
    static void apply(PyType type, String text) {
        type.dict().setItem(PyStr.intern("__doc__"), PyStr.of(text));
    }
}
