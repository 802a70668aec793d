package dev.kaa.stdlib.csv;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;
import java.math.BigInteger;

/**
 * {@code _csv.Dialect}: a checked, immutable set of formatting parameters, made from a
 * registered dialect's name, an object with the parameters as attributes (a {@code csv.Dialect}
 * subclass) and keyword arguments that override them, with CPython's checks and messages.
 *
 * <p>Thread safety: immutable once made.
 */
final class Dialect extends ExtensionObject {
    /** A character parameter that is not set ({@code escapechar=None} and the like). */
    static final int NOT_SET = -1;

    static final int QUOTE_MINIMAL = 0;
    static final int QUOTE_ALL = 1;
    static final int QUOTE_NONNUMERIC = 2;
    static final int QUOTE_NONE = 3;
    static final int QUOTE_STRINGS = 4;
    static final int QUOTE_NOTNULL = 5;

    /** The parameters, in the order {@code Dialect()} takes them positionally. */
    private static final String[] PARAMETERS = {"dialect", "delimiter", "doublequote", "escapechar",
        "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"};

    final int delimiter;
    final boolean doublequote;
    final int escapechar;
    final String lineterminator;
    final int quotechar;
    final int quoting;
    final boolean skipinitialspace;
    final boolean strict;

    private Dialect(PythonType type, Object[] p) {
        super(type);
        delimiter = charParameter("delimiter", p[1], ',');
        doublequote = p[2] == null || Py.isTrue(p[2]);
        escapechar = charOrNoneParameter("escapechar", p[3], NOT_SET);
        lineterminator = stringParameter("lineterminator", p[4]);
        quotechar = charOrNoneParameter("quotechar", p[5], '"');
        int q = intParameter("quoting", p[6], QUOTE_MINIMAL);
        skipinitialspace = p[7] != null && Py.isTrue(p[7]);
        strict = p[8] != null && Py.isTrue(p[8]);
        if (q < QUOTE_MINIMAL || q > QUOTE_NOTNULL) {
            throw Py.typeError("bad \"quoting\" value");
        }
        if (p[5] == Py.none() && p[6] == null) {
            q = QUOTE_NONE;
        }
        quoting = q;
        if (quoting != QUOTE_NONE && quotechar == NOT_SET) {
            throw Py.typeError("quotechar must be set if quoting enabled");
        }
        if (lineterminator == null) {
            throw Py.typeError("lineterminator must be set");
        }
        checkChar("delimiter", delimiter, true);
        checkChar("escapechar", escapechar, !skipinitialspace);
        checkChar("quotechar", quotechar, !skipinitialspace);
        checkDistinct("delimiter", "escapechar", delimiter, escapechar);
        checkDistinct("delimiter", "quotechar", delimiter, quotechar);
        checkDistinct("escapechar", "quotechar", escapechar, quotechar);
    }

    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        return make(CsvState.current(), cls, args, kwnames);
    }

    /**
     * {@code Dialect(*args, **kwargs)} made as {@code cls}: the given dialect itself when it is
     * a {@code Dialect} and nothing overrides it, as CPython answers.
     */
    static Object make(CsvState state, PythonType cls, Object[] args, String[] kwnames) {
        int given = args.length;
        int positional = given - (kwnames == null ? 0 : kwnames.length);
        if (given > PARAMETERS.length) {
            throw Py.typeError("function takes at most " + PARAMETERS.length + " arguments (" + given + " given)");
        }
        Object[] p = new Object[PARAMETERS.length];
        System.arraycopy(args, 0, p, 0, positional);
        for (int k = positional; k < given; k++) {
            String name = kwnames[k - positional];
            int i = indexOf(name);
            if (i < 0) {
                throw Py.typeError("this function got an unexpected keyword argument '" + name + "'");
            }
            if (i < positional) {
                throw Py.typeError("argument for function given by name ('" + name + "') and position ("
                        + (i + 1) + ")");
            }
            p[i] = args[k];
        }
        return make(state, cls, p);
    }

    /** {@link #make(CsvState, PythonType, Object[], String[])} from the nine parameters (null: not given). */
    static Object make(CsvState state, PythonType cls, Object[] p) {
        Object dialect = p[0];
        if (dialect != null) {
            if (Py.isInstance(dialect, Py.builtinType("str"))) {
                dialect = state.registered(dialect);
            }
            if (Py.isInstance(dialect, state.dialectType) && allAbsent(p)) {
                return dialect;
            }
            for (int i = 1; i < p.length; i++) {
                if (p[i] == null) {
                    p[i] = attributeOrNull(dialect, PARAMETERS[i]);
                }
            }
        }
        return new Dialect(cls, p);
    }

    private static int indexOf(String name) {
        for (int i = 0; i < PARAMETERS.length; i++) {
            if (PARAMETERS[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean allAbsent(Object[] p) {
        for (int i = 1; i < p.length; i++) {
            if (p[i] != null) {
                return false;
            }
        }
        return true;
    }

    /** A parameter the dialect object gives; as CPython, any error reading it means "not given". */
    private static Object attributeOrNull(Object dialect, String name) {
        try {
            return Py.getAttr(dialect, name);
        } catch (PythonException e) {
            return null;
        }
    }

    // ---- converting and checking the parameters -------------------------------------------------

    private static int charParameter(String name, Object src, int dflt) {
        if (src == null) {
            return dflt;
        }
        if (!Py.isInstance(src, Py.builtinType("str"))) {
            throw Py.typeError("\"" + name + "\" must be string, not " + Py.typeOf(src).name());
        }
        return singleChar(name, Py.asString(src));
    }

    private static int charOrNoneParameter(String name, Object src, int dflt) {
        if (src == null) {
            return dflt;
        }
        if (src == Py.none()) {
            return NOT_SET;
        }
        if (!Py.isInstance(src, Py.builtinType("str"))) {
            throw Py.typeError("\"" + name + "\" must be string or None, not " + Py.typeOf(src).name());
        }
        return singleChar(name, Py.asString(src));
    }

    private static int singleChar(String name, String s) {
        if (s.isEmpty() || s.codePointCount(0, s.length()) != 1) {
            throw Py.typeError("\"" + name + "\" must be a 1-character string");
        }
        return s.codePointAt(0);
    }

    private static String stringParameter(String name, Object src) {
        if (src == null) {
            return "\r\n";
        }
        if (src == Py.none()) {
            return null;
        }
        if (!Py.isInstance(src, Py.builtinType("str"))) {
            throw Py.typeError("\"" + name + "\" must be a string");
        }
        return Py.asString(src);
    }

    /** An exact {@code int} that fits a C {@code int}, as CPython's {@code _set_int} wants. */
    private static int intParameter(String name, Object src, int dflt) {
        if (src == null) {
            return dflt;
        }
        if (Py.typeOf(src) != Py.builtinType("int")) {
            throw Py.typeError("\"" + name + "\" must be an integer");
        }
        BigInteger v = Py.asBigInteger(src);
        if (v.bitLength() > 31) {
            throw Py.overflowError("Python int too large to convert to C int");
        }
        return v.intValue();
    }

    private void checkChar(String name, int c, boolean allowSpace) {
        if (c == NOT_SET) {
            return;
        }
        if (c == '\r' || c == '\n' || (c == ' ' && !allowSpace)) {
            throw Py.valueError("bad " + name + " value");
        }
        if (lineterminator.indexOf(c) >= 0) {
            throw Py.valueError("bad " + name + " or lineterminator value");
        }
    }

    private static void checkDistinct(String name1, String name2, int c1, int c2) {
        if (c1 == c2 && c1 != NOT_SET) {
            throw Py.valueError("bad " + name1 + " or " + name2 + " value");
        }
    }

    // ---- what Python sees ------------------------------------------------------------------------

    private static Object charOrNone(int c) {
        return c == NOT_SET ? Py.none() : Py.str(Character.toString(c));
    }

    @PyGetter
    Object delimiter() {
        return charOrNone(delimiter);
    }

    @PyGetter(member = true)
    boolean doublequote() {
        return doublequote;
    }

    @PyGetter
    Object escapechar() {
        return charOrNone(escapechar);
    }

    @PyGetter
    String lineterminator() {
        return lineterminator;
    }

    @PyGetter
    Object quotechar() {
        return charOrNone(quotechar);
    }

    @PyGetter
    int quoting() {
        return quoting;
    }

    @PyGetter(member = true)
    boolean skipinitialspace() {
        return skipinitialspace;
    }

    @PyGetter(member = true)
    boolean strict() {
        return strict;
    }

    @PyMethod
    Object __reduce__() {
        throw cannotPickle();
    }

    @PyMethod
    Object __reduce_ex__(Object protocol) {
        throw cannotPickle();
    }

    private PythonException cannotPickle() {
        return Py.typeError("cannot pickle '" + pythonType().name() + "' instances");
    }
}
