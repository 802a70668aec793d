package dev.kaa.stdlib.csv;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import java.util.Iterator;

/**
 * {@code _csv}: the CSV reader and writer under the {@code csv} module, with its dialects
 * (checked parameter sets, kept by name in a registry) and the field size limit, as CPython's
 * C module has them, errors and messages included.
 *
 * <p>Thread safety: the functions run under the GIL; their state is the interpreter's
 * {@link CsvState}.
 */
public final class CsvModule implements ExtensionModule {
    @Override public String name() {
        return "_csv";
    }

    @Override public void initialize(ModuleDefinition m) {
        m.doc("The CSV reader and writer that the csv module is built on: see csv for how to use them.");
        PythonType error = m.addException("Error", Py.builtinType("Exception"), null);
        PythonType dialect = m.addType("Dialect", Dialect.class, MethodHandles.lookup(),
                "A checked set of CSV formatting parameters: delimiter, quotechar, escapechar,\n"
                + "doublequote, skipinitialspace, lineterminator, quoting and strict.");
        PythonType reader = CsvReader.register(m);
        PythonType writer = CsvWriter.register(m);
        // The types are _csv.reader and _csv.writer, shown by the module as Reader and Writer;
        // the names reader and writer are the functions that make them.
        m.addFunctions(CsvModule.class, MethodHandles.lookup());
        m.add("Reader", reader);
        m.add("Writer", writer);
        CsvState state = CsvState.start(error, dialect, reader, writer);
        m.add("_dialects", state.dialects);
        String[] styles = {"QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS",
            "QUOTE_NOTNULL"};
        for (int i = 0; i < styles.length; i++) {
            m.add(styles[i], i);
        }
    }

    @PyMethod(doc = "reader(iterable, dialect='excel', **fmtparams)\n--\n\n"
            + "An iterator over the CSV rows read from the iterable's lines (a file opened with\n"
            + "newline='', or a list of strings); each row is a list of strings. The dialect (a name\n"
            + "or an object with the format parameters) and the keyword arguments choose the format.")
    static Object reader(Object[] args, String[] kwnames) {
        CsvState s = CsvState.current();
        Iterator<Object> lines = Py.iterate(firstArgument(args, kwnames)).iterator();
        return new CsvReader(s, lines, makeDialect(s, args, kwnames));
    }

    @PyMethod(doc = "writer(fileobj, dialect='excel', **fmtparams)\n--\n\n"
            + "An object whose writerow() and writerows() write rows as CSV records through\n"
            + "fileobj.write(). The dialect (a name or an object with the format parameters) and the\n"
            + "keyword arguments choose the format.")
    static Object writer(Object[] args, String[] kwnames) {
        CsvState s = CsvState.current();
        Object write = writeMethod(firstArgument(args, kwnames));
        return new CsvWriter(s, write, makeDialect(s, args, kwnames));
    }

    @PyMethod(doc = "register_dialect(name, dialect=None, **fmtparams)\n--\n\n"
            + "Registers a dialect under the name: the given dialect (a name or an object with the\n"
            + "format parameters) with the keyword arguments applied.")
    static void register_dialect(Object[] args, String[] kwnames) {
        CsvState s = CsvState.current();
        Object name = firstArgument(args, kwnames);
        if (!Py.isInstance(name, Py.builtinType("str"))) {
            throw Py.typeError("dialect name must be a string");
        }
        Py.setItem(s.dialects, name, makeDialect(s, args, kwnames));
    }

    @PyMethod(positionalOnly = 0, doc = "unregister_dialect(name)\n--\n\n"
            + "Removes the dialect registered under the name.")
    static void unregister_dialect(Object name) {
        CsvState s = CsvState.current();
        Object missing = Py.call(Py.builtinType("object"));
        if (Py.callMethod(s.dialects, "pop", name, missing) == missing) {
            throw Py.error(s.error, "unknown dialect");
        }
    }

    @PyMethod(positionalOnly = 0, doc = "get_dialect(name)\n--\n\nThe dialect registered under the name.")
    static Object get_dialect(Object name) {
        return CsvState.current().registered(name);
    }

    @PyMethod(doc = "list_dialects()\n--\n\nThe names of the registered dialects, as a list.")
    static Object list_dialects() {
        return Py.call(Py.builtinType("list"), CsvState.current().dialects);
    }

    @PyMethod(positionalOnly = 0, doc = "field_size_limit(new_limit=<unrepresentable>)\n--\n\n"
            + "The largest field, in characters, that a reader accepts; with an argument, sets a new\n"
            + "limit and returns the one before.")
    static long field_size_limit(@Opt Object new_limit) {
        CsvState s = CsvState.current();
        long old = s.fieldLimit;
        if (new_limit != null) {
            if (Py.typeOf(new_limit) != Py.builtinType("int")) {
                throw Py.typeError("limit must be an integer");
            }
            s.fieldLimit = Py.asLong(new_limit);
        }
        return old;
    }

    /**
     * Checks the arguments of {@code reader}, {@code writer} and {@code register_dialect}: one
     * or two positional values (the second is the dialect), then keyword arguments, which all
     * go to the dialect. Answers the first value.
     */
    private static Object firstArgument(Object[] args, String[] kwnames) {
        int positional = args.length - (kwnames == null ? 0 : kwnames.length);
        if (positional < 1) {
            throw Py.typeError(" expected at least 1 argument, got " + positional);
        }
        if (positional > 2) {
            throw Py.typeError(" expected at most 2 arguments, got " + positional);
        }
        return args[0];
    }

    /** {@code Dialect(*args[1:], **kwargs)}: the dialect the arguments after the first describe. */
    private static Dialect makeDialect(CsvState s, Object[] args, String[] kwnames) {
        return (Dialect) Dialect.make(s, s.dialectType, Arrays.copyOfRange(args, 1, args.length), kwnames);
    }

    private static Object writeMethod(Object file) {
        Object write;
        try {
            write = Py.getAttr(file, "write");
        } catch (PythonException e) {
            if (!e.matches(Py.builtinType("AttributeError"))) {
                throw e;
            }
            write = null;
        }
        if (write == null || !Py.isTrue(Py.call(Py.getAttr(Py.importModule("builtins"), "callable"), write))) {
            throw Py.typeError("argument 1 must have a \"write\" method");
        }
        return write;
    }
}
