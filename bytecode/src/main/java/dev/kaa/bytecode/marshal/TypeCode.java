package dev.kaa.bytecode.marshal;

/**
 * The type bytes of {@code marshal} format 4 (and the slice of format 5), as CPython 3.13 reads them.
 *
 * <p>Thread safety: immutable (constants only).
 */
final class TypeCode {
    static final int NULL = '0';
    static final int NONE = 'N';
    static final int FALSE = 'F';
    static final int TRUE = 'T';
    static final int STOPITER = 'S';
    static final int ELLIPSIS = '.';
    static final int INT = 'i';
    static final int LONG = 'l';
    static final int INT64 = 'I';
    static final int FLOAT = 'f';
    static final int BINARY_FLOAT = 'g';
    static final int COMPLEX = 'x';
    static final int BINARY_COMPLEX = 'y';
    static final int STRING = 's';
    static final int INTERNED = 't';
    static final int REF = 'r';
    static final int TUPLE = '(';
    static final int SMALL_TUPLE = ')';
    static final int LIST = '[';
    static final int DICT = '{';
    static final int CODE = 'c';
    static final int UNICODE = 'u';
    static final int SET = '<';
    static final int FROZENSET = '>';
    static final int ASCII = 'a';
    static final int ASCII_INTERNED = 'A';
    static final int SHORT_ASCII = 'z';
    static final int SHORT_ASCII_INTERNED = 'Z';
    static final int SLICE = ':';

    /** Set on a type byte when the object enters the reference table. */
    static final int FLAG_REF = 0x80;

    /** CPython's {@code MAX_MARSHAL_STACK_DEPTH}. */
    static final int MAX_DEPTH = 2000;

    /** The format version CPython 3.13's {@code marshal.version} and {@code .pyc} files use. */
    static final int VERSION = 4;

    private TypeCode() {}

    /**
     * Whether reading an object of this type adds it to the reference table when its
     * {@link #FLAG_REF} is set. The singletons ignore the flag in CPython's reader.
     */
    static boolean takesRef(int type) {
        return switch (type) {
            case NULL, NONE, FALSE, TRUE, STOPITER, ELLIPSIS, REF -> false;
            default -> true;
        };
    }
}
