package dev.kaa.stdlib.csv;

import dev.kaa.ext.Py;
import dev.kaa.ext.PythonType;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * What {@code _csv} keeps for an interpreter, as CPython keeps it in the module's state: the
 * dialect registry (the dict the module shows as {@code _dialects}), the field size limit and
 * the module's types. Readers keep the state they were made with, so a new
 * {@code field_size_limit} applies to the rows they read next, as in CPython.
 *
 * <p>Thread safety: GIL-guarded; the table from interpreter to state is synchronized.
 */
final class CsvState {
    /** CPython's default field size limit, 128 KiB of characters. */
    static final long DEFAULT_FIELD_LIMIT = 128 * 1024;

    /**
     * Each interpreter's state, keyed by its {@code sys} module (one per interpreter, and gone
     * with it): module functions are static, so they find their interpreter's state here.
     */
    private static final Map<Object, CsvState> BY_INTERPRETER = Collections.synchronizedMap(new WeakHashMap<>());

    final Object dialects = Py.dict();
    /** {@code str}, asked about for every line read and every field written. */
    final PythonType str = Py.builtinType("str");
    final PythonType error;
    final PythonType dialectType;
    final PythonType readerType;
    final PythonType writerType;
    long fieldLimit = DEFAULT_FIELD_LIMIT;

    private CsvState(PythonType error, PythonType dialectType, PythonType readerType, PythonType writerType) {
        this.error = error;
        this.dialectType = dialectType;
        this.readerType = readerType;
        this.writerType = writerType;
    }

    /** Makes the state of a newly imported {@code _csv}, the calling interpreter's from now on. */
    static CsvState start(PythonType error, PythonType dialectType, PythonType readerType, PythonType writerType) {
        CsvState s = new CsvState(error, dialectType, readerType, writerType);
        BY_INTERPRETER.put(Py.importModule("sys"), s);
        return s;
    }

    /** The calling interpreter's state. */
    static CsvState current() {
        CsvState s = BY_INTERPRETER.get(Py.importModule("sys"));
        if (s == null) {
            // Only reachable through a type or function kept from a module whose interpreter
            // never imported _csv, which cannot happen: treat it as the bug it would be.
            throw new IllegalStateException("_csv used by an interpreter that has not imported it");
        }
        return s;
    }

    /** The registered dialect of that name; {@code _csv.Error("unknown dialect")} if none. */
    Object registered(Object name) {
        Object d = Py.callMethod(dialects, "get", name);
        if (d == Py.none()) {
            // get() answers None for a missing name; None itself is never registered (the
            // registry holds Dialect objects only).
            throw Py.error(error, "unknown dialect");
        }
        return d;
    }
}
