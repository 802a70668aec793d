package dev.kaa.stdlib.sqlite3;

import dev.kaa.ext.Py;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;
import java.lang.foreign.MemorySegment;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Python values to SQLite's and back, as CPython's module maps them: {@code None}, {@code int}
 * (64 bits), {@code float}, {@code str} (UTF-8) and buffers ({@code bytes}, {@code bytearray},
 * {@code memoryview} …) go in; NULL, INTEGER, REAL, TEXT and BLOB come out as {@code None},
 * {@code int}, {@code float}, {@code str} and {@code bytes}.
 *
 * <p>Thread safety: stateless; the built-in types are set once at the module's first import.
 */
final class Values {
    private Values() {}

    static volatile PythonType intType, floatType, strType, bytesType, bytearrayType, tupleType, listType, dictType;

    static void init() {
        intType = Py.builtinType("int");
        floatType = Py.builtinType("float");
        strType = Py.builtinType("str");
        bytesType = Py.builtinType("bytes");
        bytearrayType = Py.builtinType("bytearray");
        tupleType = Py.builtinType("tuple");
        listType = Py.builtinType("list");
        dictType = Py.builtinType("dict");
    }

    /**
     * The name of an object's type as CPython's messages give it ({@code tp_name}): the
     * module's own types are {@code sqlite3.Connection} and so on, others their {@code __name__}.
     */
    static String typeName(Object o) {
        PythonType t = Py.typeOf(o);
        if (t == Connection.type || t == Cursor.type || t == Row.type || t == Blob.type
                || t == PrepareProtocol.type) {
            return "sqlite3." + t.name();
        }
        return t.name();
    }

    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE), MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /**
     * The UTF-8 bytes of a Python {@code str}; UnicodeEncodeError for a surrogate, as
     * {@code str.encode} raises it (Python's own encoder decides: two lone surrogates may look
     * like a pair to Java).
     */
    static byte[] utf8(Object pyStr) {
        String s = Py.asString(pyStr);
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return Py.asBytes(Py.callMethod(pyStr, "encode", Py.str("utf-8")));
            }
        }
        return utf8(s);
    }

    /** The UTF-8 bytes of a Java string. */
    static byte[] utf8(String s) {
        try {
            ByteBuffer b = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(s));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            Py.callMethod(Py.str(s), "encode", Py.str("utf-8"));
            throw Py.error(Py.builtinType("UnicodeEncodeError"), "surrogates not allowed");
        }
    }

    /** UTF-8 bytes as a Java string; null when they are not valid UTF-8. */
    static String decode(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** UTF-8 bytes as a Python {@code str}, UnicodeDecodeError as {@code bytes.decode} raises it. */
    static Object decodeStrict(byte[] b) {
        String s = decode(b);
        return s != null ? Py.str(s) : Py.callMethod(Py.bytes(b), "decode", Py.str("utf-8"));
    }

    /** An {@code int} as SQLite's 64-bit INTEGER. */
    static long int64(Object o) {
        BigInteger v = Py.asBigInteger(o);
        if (v.compareTo(MIN) < 0 || v.compareTo(MAX) > 0) {
            throw Py.overflowError("Python int too large to convert to SQLite INTEGER");
        }
        return v.longValue();
    }

    /** The kinds of value SQLite takes. */
    enum Kind { NULL, INTEGER, FLOAT, TEXT, BLOB, UNSUPPORTED }

    /** How a (possibly adapted) Python value is given to SQLite. */
    static Kind kindOf(Object v) {
        if (v == Py.none()) {
            return Kind.NULL;
        }
        PythonType t = Py.typeOf(v);
        if (t == intType || t.isSubtypeOf(intType)) {
            return Kind.INTEGER;
        }
        if (t == floatType || t.isSubtypeOf(floatType)) {
            return Kind.FLOAT;
        }
        if (t == strType || t.isSubtypeOf(strType)) {
            return Kind.TEXT;
        }
        if (isBuffer(v)) {
            return Kind.BLOB;
        }
        return Kind.UNSUPPORTED;
    }

    /** Whether the object supports the buffer protocol (memoryview() accepts it). */
    static boolean isBuffer(Object v) {
        PythonType t = Py.typeOf(v);
        if (t == bytesType || t == bytearrayType || t.isSubtypeOf(bytesType) || t.isSubtypeOf(bytearrayType)
                || t.name().equals("memoryview")) {
            return true;
        }
        try {
            Py.call(Py.builtinType("memoryview"), v);
            return true;
        } catch (PythonException e) {
            if (e.matches(Py.builtinType("TypeError"))) {
                return false;
            }
            throw e;
        }
    }

    /** Binds {@code v} to parameter {@code i} (from 1) of {@code stmt}: SQLite's result code. */
    static int bind(MemorySegment stmt, int i, Object v) {
        return switch (kindOf(v)) {
            case NULL -> Sqlite.bindNull(stmt, i);
            case INTEGER -> Sqlite.bindInt64(stmt, i, int64(v));
            case FLOAT -> Sqlite.bindDouble(stmt, i, Py.asDouble(v));
            case TEXT -> Sqlite.bindText(stmt, i, utf8(v));
            case BLOB -> Sqlite.bindBlob(stmt, i, Py.asBytes(v));
            case UNSUPPORTED -> throw Errors.programming(
                    "Error binding parameter " + i + ": type '" + typeName(v) + "' is not supported");
        };
    }

    /** The arguments of a user function call, as Python values. */
    static Object[] arguments(int argc, MemorySegment argv) {
        Object[] args = new Object[argc];
        MemorySegment values = argv.reinterpret(8L * argc);
        for (int i = 0; i < argc; i++) {
            args[i] = value(values.getAtIndex(java.lang.foreign.ValueLayout.ADDRESS, i));
        }
        return args;
    }

    private static Object value(MemorySegment v) {
        return switch (Sqlite.valueType(v)) {
            case Sqlite.INTEGER -> Py.integer(Sqlite.valueInt64(v));
            case Sqlite.FLOAT -> Py.floating(Sqlite.valueDouble(v));
            case Sqlite.TEXT -> decodeStrict(Sqlite.valueText(v));
            case Sqlite.BLOB -> Py.bytes(Sqlite.valueBlob(v));
            default -> Py.none();
        };
    }

    /**
     * Sets a user function's result; false, with no exception, for a value of a type SQLite
     * cannot take (the caller reports "user-defined function raised exception").
     */
    static boolean result(MemorySegment ctx, Object v) {
        switch (kindOf(v)) {
            case NULL -> Sqlite.resultNull(ctx);
            case INTEGER -> Sqlite.resultInt64(ctx, int64(v));
            case FLOAT -> Sqlite.resultDouble(ctx, Py.asDouble(v));
            case TEXT -> Sqlite.resultText(ctx, utf8(v));
            case BLOB -> Sqlite.resultBlob(ctx, Py.asBytes(v));
            default -> {
                return false;
            }
        }
        return true;
    }
}
