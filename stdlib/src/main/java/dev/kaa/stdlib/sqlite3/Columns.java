package dev.kaa.stdlib.sqlite3;

import dev.kaa.ext.Py;
import java.lang.foreign.MemorySegment;

/**
 * A result row's columns: their values as Python objects (through {@code text_factory} and the
 * converters {@code detect_types} asks for), their names for {@code description}, and which
 * converter each column has.
 *
 * <p>Thread safety: stateless.
 */
final class Columns {
    private Columns() {}

    static final int PARSE_DECLTYPES = 1, PARSE_COLNAMES = 2;

    /** {@code cursor.description}: a 7-tuple per column, only the name set; None for no columns. */
    static Object description(Connection c, MemorySegment st) {
        int n = Sqlite.columnCount(st);
        if (n == 0) {
            return Py.none();
        }
        Object[] cols = new Object[n];
        Object none = Py.none();
        for (int i = 0; i < n; i++) {
            String name = Sqlite.columnName(st, i);
            Object pyName = name == null ? none : Py.str(columnName(c, name));
            cols[i] = Py.tuple(pyName, none, none, none, none, none, none);
        }
        return Py.tuple(cols);
    }

    /** The name as {@code description} gives it: with PARSE_COLNAMES, cut before " [type]". */
    private static String columnName(Connection c, String name) {
        if ((c.detectTypes & PARSE_COLNAMES) == 0) {
            return name;
        }
        int at = name.indexOf('[');
        if (at < 0) {
            return name;
        }
        if (at > 0 && name.charAt(at - 1) == ' ') {
            at--;
        }
        return name.substring(0, at);
    }

    /** Each column's converter (None for none), or an empty array when detect_types is 0. */
    static Object[] converters(Connection c, MemorySegment st) {
        if (c.detectTypes == 0) {
            return new Object[0];
        }
        int n = Sqlite.columnCount(st);
        Object[] conv = new Object[n];
        for (int i = 0; i < n; i++) {
            Object f = Py.none();
            if ((c.detectTypes & PARSE_COLNAMES) != 0) {
                String name = Sqlite.columnName(st, i);
                int open = name == null ? -1 : name.indexOf('[');
                int close = open < 0 ? -1 : name.indexOf(']', open + 1);
                if (close > 0) {
                    f = converter(c, name.substring(open + 1, close));
                }
            }
            if (f == Py.none() && (c.detectTypes & PARSE_DECLTYPES) != 0) {
                String decl = Sqlite.columnDecltype(st, i);
                if (decl != null) {
                    int end = 0;
                    while (end < decl.length() && decl.charAt(end) != ' ' && decl.charAt(end) != '(') {
                        end++;
                    }
                    f = converter(c, decl.substring(0, end));
                }
            }
            conv[i] = f;
        }
        return conv;
    }

    private static Object converter(Connection c, String name) {
        Object key = Py.callMethod(Py.str(name), "upper");
        return Py.callMethod(c.converters, "get", key);
    }

    /** The current row as a tuple. */
    static Object row(Connection c, MemorySegment st, Object[] converters) {
        int n = Sqlite.columnCount(st);
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            Object conv = converters != null && i < converters.length ? converters[i] : Py.none();
            values[i] = conv != Py.none() ? converted(st, i, conv) : value(c, st, i);
        }
        return Py.tuple(values);
    }

    private static Object converted(MemorySegment st, int i, Object converter) {
        if (Sqlite.columnType(st, i) == Sqlite.NULL) {
            return Py.none();
        }
        byte[] data = Sqlite.columnBlob(st, i);
        if (data.length == 0) {
            return Py.none();
        }
        return Py.call(converter, Py.bytes(data));
    }

    private static Object value(Connection c, MemorySegment st, int i) {
        switch (Sqlite.columnType(st, i)) {
            case Sqlite.INTEGER:
                return Py.integer(Sqlite.columnInt64(st, i));
            case Sqlite.FLOAT:
                return Py.floating(Sqlite.columnDouble(st, i));
            case Sqlite.TEXT:
                return text(c, st, i);
            case Sqlite.BLOB:
                return Py.bytes(Sqlite.columnBlob(st, i));
            default:
                return Py.none();
        }
    }

    private static Object text(Connection c, MemorySegment st, int i) {
        byte[] b = Sqlite.columnText(st, i);
        Object f = c.textFactory;
        if (f == Values.strType) {
            String s = Values.decode(b);
            if (s == null) {
                throw Errors.operational("Could not decode to UTF-8 column '" + Sqlite.columnName(st, i)
                        + "' with text '" + new String(b, java.nio.charset.StandardCharsets.UTF_8) + "'");
            }
            return Py.str(s);
        }
        if (f == Values.bytesType) {
            return Py.bytes(b);
        }
        if (f == Values.bytearrayType) {
            return Py.call(f, Py.bytes(b));
        }
        return Py.call(f, Py.bytes(b));
    }
}
