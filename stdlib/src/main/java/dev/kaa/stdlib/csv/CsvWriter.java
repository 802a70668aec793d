package dev.kaa.stdlib.csv;

import static dev.kaa.stdlib.csv.Dialect.NOT_SET;
import static dev.kaa.stdlib.csv.Dialect.QUOTE_ALL;
import static dev.kaa.stdlib.csv.Dialect.QUOTE_NONE;
import static dev.kaa.stdlib.csv.Dialect.QUOTE_NONNUMERIC;
import static dev.kaa.stdlib.csv.Dialect.QUOTE_NOTNULL;
import static dev.kaa.stdlib.csv.Dialect.QUOTE_STRINGS;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;
import java.lang.invoke.MethodHandles;

/**
 * {@code _csv.writer}: formats rows as CSV records and hands each, a {@code str} ending with
 * the dialect's line terminator, to the {@code write} method of the file it was made with.
 * Which fields are quoted follows the dialect's quoting style, as in CPython: under
 * QUOTE_MINIMAL only those holding a delimiter, quote character, newline or line terminator
 * character; QUOTE_ALL every one; QUOTE_NONNUMERIC all but numbers; QUOTE_STRINGS the strings;
 * QUOTE_NOTNULL all but None; QUOTE_NONE none, escaping the special characters instead.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class CsvWriter extends ExtensionObject {
    private final CsvState module;
    private final Object write;
    private final Dialect dialect;

    /** The record being built, and how many fields it has. */
    private final StringBuilder record = new StringBuilder();
    private int numFields;

    CsvWriter(CsvState module, Object write, Dialect dialect) {
        super(module.writerType);
        this.module = module;
        this.write = write;
        this.dialect = dialect;
    }

    static PythonType register(ModuleDefinition m) {
        return m.addType("writer", CsvWriter.class, MethodHandles.lookup(),
                "Writes rows, sequences of fields, as CSV records to the file the writer was made with.");
    }

    /** As CPython's, the type cannot be called: {@code _csv.writer()} makes one. */
    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        throw Py.typeError("cannot create '" + (cls == CsvState.current().writerType ? "_csv.writer" : cls.name()) + "' instances");
    }

    @PyGetter(member = true)
    Object dialect() {
        return dialect;
    }

    @PyMethod(doc = "writerow(iterable)\n--\n\n"
            + "Writes one record made of the iterable's fields; fields that are not strings are written\n"
            + "as str() makes them, None as an empty field. Returns what the file's write() returns.")
    Object writerow(Object row) {
        Iterable<Object> items;
        try {
            items = Py.iterate(row);
        } catch (PythonException e) {
            if (e.matches(Py.builtinType("TypeError"))) {
                throw Py.error(module.error, "iterable expected, not " + Py.typeOf(row).name());
            }
            throw e;
        }
        record.setLength(0);
        numFields = 0;
        boolean nullField = false;
        int quoting = dialect.quoting;
        for (Object field : items) {
            boolean quoted = switch (quoting) {
                case QUOTE_NONNUMERIC -> !isNumber(field);
                case QUOTE_ALL -> true;
                case QUOTE_STRINGS -> Py.isInstance(field, module.str);
                case QUOTE_NOTNULL -> field != Py.none();
                default -> false;
            };
            nullField = field == Py.none();
            String text;
            if (Py.isInstance(field, module.str)) {
                text = Py.asString(field);
            } else if (nullField) {
                text = null;
            } else {
                text = Py.strOf(field);
            }
            append(text, quoted);
        }
        if (numFields > 0 && record.isEmpty()) {
            // A lone empty field would read back as an empty row: it must be quoted.
            if (quoting == QUOTE_NONE || (nullField && (quoting == QUOTE_STRINGS || quoting == QUOTE_NOTNULL))) {
                throw Py.error(module.error, "single empty field record must be quoted");
            }
            numFields--;
            append(null, true);
        }
        record.append(dialect.lineterminator);
        return Py.call(write, Py.str(record.toString()));
    }

    @PyMethod(doc = "writerows(iterable)\n--\n\n"
            + "Writes each row of the iterable, as writerow() does.")
    void writerows(Object rows) {
        for (Object row : Py.iterate(rows)) {
            writerow(row);
        }
    }

    /** CPython's {@code PyNumber_Check}: the type converts to a number, or it is a complex. */
    private static boolean isNumber(Object o) {
        PythonType t = Py.typeOf(o);
        return Py.hasAttr(t, "__index__") || Py.hasAttr(t, "__int__") || Py.hasAttr(t, "__float__")
                || Py.isInstance(o, Py.builtinType("complex"));
    }

    /** Adds a field (null: None) to the record, quoted if asked or if its characters need it. */
    private void append(String text, boolean quoted) {
        Dialect d = dialect;
        String s = text == null ? "" : text;
        if (s.isEmpty() && d.delimiter == ' ' && d.skipinitialspace) {
            // Unquoted, it would vanish among the spaces the reader skips.
            if (d.quoting == QUOTE_NONE || (text == null && (d.quoting == QUOTE_STRINGS || d.quoting == QUOTE_NOTNULL))) {
                throw Py.error(module.error,
                        "empty field must be quoted if delimiter is a space and skipinitialspace is true");
            }
            quoted = true;
        }
        // First the whole field decides whether it is quoted (and whether it can be written at
        // all), so that a failing field adds nothing; then it is copied.
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isSpecial(c)) {
                if (needsEscape(c)) {
                    if (d.escapechar == NOT_SET) {
                        throw Py.error(module.error, "need to escape, but no escapechar set");
                    }
                } else {
                    quoted = true;
                }
            }
        }
        if (numFields > 0) {
            record.appendCodePoint(d.delimiter);
        }
        if (quoted) {
            record.appendCodePoint(d.quotechar);
        }
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isSpecial(c)) {
                if (needsEscape(c)) {
                    record.appendCodePoint(d.escapechar);
                } else if (c == d.quotechar) {
                    record.appendCodePoint(c); // doubled
                }
            }
            record.appendCodePoint(c);
        }
        if (quoted) {
            record.appendCodePoint(d.quotechar);
        }
        numFields++;
    }

    /** A character that must be quoted or escaped. */
    private boolean isSpecial(int c) {
        Dialect d = dialect;
        return c == d.delimiter || c == d.escapechar || c == d.quotechar || c == '\n' || c == '\r'
                || d.lineterminator.indexOf(c) >= 0;
    }

    /** Whether a special character is escaped (rather than quoted, or doubled if it is the quote). */
    private boolean needsEscape(int c) {
        Dialect d = dialect;
        if (d.quoting == QUOTE_NONE) {
            return true;
        }
        if (c == d.quotechar) {
            return !d.doublequote;
        }
        return c == d.escapechar;
    }
}
