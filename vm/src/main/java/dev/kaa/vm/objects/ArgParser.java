package dev.kaa.vm.objects;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;

/**
 * The parameters of a built-in function or method, read once from its Java declaration, and the
 * binding of call arguments to them with CPython's error messages (those of Argument Clinic and
 * of {@code METH_O}/{@code METH_NOARGS} functions).
 *
 * <p>Java parameter types convert the Python argument: {@code Object} takes it as it is;
 * {@code int} and {@code long} through {@code __index__}; {@code double} through
 * {@code __float__}/{@code __index__}; {@code boolean} by truth; {@code String} requires a
 * {@code str}; a {@code PyObject} subclass requires an instance of it. An omitted optional
 * argument without a default arrives as Java {@code null}.
 *
 * <p>Thread safety: immutable.
 */
public final class ArgParser {

    enum Conv { OBJECT, INT, LONG, DOUBLE, BOOLEAN, STRING, STR, TYPED }

    /** The Python name of the function ({@code append}). */
    final String name;
    /** The name messages use for the function ({@code list.append}). */
    final String qualifiedName;
    final String[] names;
    final Conv[] conv;
    final Class<?>[] types;
    /** Default Python value for each parameter, or null where the parameter is required or defaults to "not given". */
    final Object[] defaults;
    final boolean[] optional;
    /** Number of positional-only parameters; of positional (only or keyword) parameters; of required positional ones. */
    final int posonly, positional, requiredPositional;
    /** Index of the {@code *args} parameter, of the {@code **kwargs} parameter, or -1. */
    final int starIndex, starStarIndex;
    /** True when a call whose arguments are exactly the required positionals needs no conversion. */
    final boolean plain;

    /**
     * Set for a method that stands for a slot ({@code str.__getitem__}, a CPython
     * {@code wrapper_descriptor}), whose argument errors name no function: "expected 1 argument, got 0".
     */
    private boolean slotWrapper;
    /** Set for {@code __new__} and {@code __init__}, which unpack a tuple: never METH_O's wording. */
    private boolean constructor;
    /** Set for a slot-named method CPython defines as a plain method too ({@link PyMethod#coexist()}). */
    boolean coexist;

    ArgParser(String name, String qualifiedName, Method method, int firstPythonParam, int positionalOnly) {
        this.name = name;
        this.qualifiedName = qualifiedName;
        Parameter[] ps = method.getParameters();
        int n = ps.length - firstPythonParam;
        names = new String[n];
        conv = new Conv[n];
        types = new Class<?>[n];
        defaults = new Object[n];
        optional = new boolean[n];
        int star = -1, starStar = -1, kwonlyStart = n, required = 0;
        boolean allPlain = true;
        for (int i = 0; i < n; i++) {
            Parameter p = ps[i + firstPythonParam];
            String named = ExtAnnotations.named(p);
            names[i] = named != null ? named : p.getName();
            types[i] = p.getType();
            if (ExtAnnotations.star(p)) {
                star = i;
                conv[i] = Conv.OBJECT;
                allPlain = false;
                continue;
            }
            if (ExtAnnotations.starStar(p)) {
                starStar = i;
                conv[i] = Conv.OBJECT;
                allPlain = false;
                continue;
            }
            if (ExtAnnotations.kwOnly(p) && kwonlyStart == n) {
                kwonlyStart = i;
            }
            conv[i] = convOf(p.getType());
            if (conv[i] != Conv.OBJECT) {
                allPlain = false;
            }
            Opt opt = ExtAnnotations.opt(p);
            if (opt != null) {
                optional[i] = true;
                defaults[i] = opt.value().isEmpty() ? null : Literals.parse(opt.value());
                if (defaults[i] == null && p.getType().isPrimitive()) {
                    throw new InterpreterError(qualifiedName + ": optional primitive parameter " + names[i]
                            + " needs a default");
                }
            } else if (i < kwonlyStart && star < 0) {
                required = i + 1;
            }
        }
        starIndex = star;
        starStarIndex = starStar;
        int pos = star >= 0 ? star : Math.min(kwonlyStart, starStar >= 0 ? starStar : n);
        positional = pos;
        posonly = Math.min(positionalOnly, pos);
        requiredPositional = required;
        plain = allPlain && required == pos && pos == n;
    }

    /** The parser of a raw function (which parses its own arguments). */
    static ArgParser raw(String name) {
        return new ArgParser(name);
    }

    private ArgParser(String name) {
        this.name = name;
        this.qualifiedName = name;
        names = new String[0];
        conv = new Conv[0];
        types = new Class<?>[0];
        defaults = new Object[0];
        optional = new boolean[0];
        posonly = positional = requiredPositional = 0;
        starIndex = starStarIndex = -1;
        plain = false;
    }

    private static Conv convOf(Class<?> c) {
        if (c == Object.class) {
            return Conv.OBJECT;
        } else if (c == int.class) {
            return Conv.INT;
        } else if (c == long.class) {
            return Conv.LONG;
        } else if (c == double.class) {
            return Conv.DOUBLE;
        } else if (c == boolean.class) {
            return Conv.BOOLEAN;
        } else if (c == String.class) {
            return Conv.STRING;
        } else if (c == PyStr.class) {
            return Conv.STR;
        }
        return Conv.TYPED;
    }

    /** The number of Java parameters after the receiver. */
    int size() {
        return names.length;
    }

    /** True when the function takes no arguments at all. */
    boolean takesNothing() {
        return names.length == 0;
    }

    /**
     * Binds {@code args} (positional values, then the values of {@code kwnames}) to the
     * parameters, converting each; returns the Java arguments after the receiver.
     */
    /** Marks this as a constructor's parser (see {@link #constructor}); returns this. */
    ArgParser asConstructor() {
        constructor = true;
        return this;
    }

    /** Marks this as a slot wrapper's parser (see {@link #slotWrapper}); returns this. */
    ArgParser asSlotWrapper() {
        slotWrapper = true;
        return this;
    }

    Object[] bind(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (plain && nkw == 0 && npos == names.length) {
            return args;
        }
        if (nkw > 0 && posonly >= positional && starStarIndex < 0 && kwonlyCount() == 0) {
            throw slotWrapper ? PyErr.typeError("wrapper %s() takes no keyword arguments", name)
                    : PyErr.typeError("%s() takes no keyword arguments", qualifiedName);
        }
        checkPositionalCount(npos);
        Object[] out = new Object[names.length];
        int direct = Math.min(npos, positional);
        for (int i = 0; i < direct; i++) {
            out[i] = convert(i, args[i]);
        }
        if (starIndex >= 0) {
            out[starIndex] = npos > positional ? Arrays.copyOfRange(args, positional, npos) : new Object[0];
        }
        PyDict extra = starStarIndex >= 0 ? new PyDict() : null;
        boolean[] given = nkw > 0 ? new boolean[names.length] : null;
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            int at = keywordIndex(kw);
            if (at < 0) {
                if (extra == null) {
                    throw PyErr.typeError("%s() got an unexpected keyword argument '%s'", name, kw);
                }
                extra.setItem(PyStr.of(kw), args[npos + k]);
                continue;
            }
            if (at < direct || given[at]) {
                if (at < direct) {
                    // Argument Clinic names the function alone here, without its class or module.
                    throw PyErr.typeError("argument for %s() given by name ('%s') and position (%d)",
                            name, kw, at + 1);
                }
                throw PyErr.typeError("%s() got multiple values for argument '%s'", qualifiedName, kw);
            }
            given[at] = true;
            out[at] = convert(at, args[npos + k]);
        }
        if (extra != null) {
            out[starStarIndex] = extra;
        }
        for (int i = direct; i < names.length; i++) {
            if (i == starIndex || i == starStarIndex || (given != null && given[i])) {
                continue;
            }
            if (!optional[i]) {
                if (i < positional) {
                    throw PyErr.typeError("%s() missing required argument '%s' (pos %d)", name, names[i], i + 1);
                }
                throw PyErr.typeError("%s() missing required keyword-only argument '%s'", qualifiedName, names[i]);
            }
            out[i] = defaults[i] == null ? null : convert(i, defaults[i]);
        }
        return out;
    }

    private int kwonlyCount() {
        int count = 0;
        for (int i = positional; i < names.length; i++) {
            if (i != starIndex && i != starStarIndex) {
                count++;
            }
        }
        return count;
    }

    private int keywordIndex(String kw) {
        for (int i = posonly; i < names.length; i++) {
            if (i != starIndex && i != starStarIndex && names[i].equals(kw)) {
                return i;
            }
        }
        return -1;
    }

    private void checkPositionalCount(int npos) {
        if (starIndex >= 0) {
            if (npos < requiredPositional) {
                tooFew(npos);
            }
            return;
        }
        if (npos <= positional && npos >= requiredPositional) {
            return;
        }
        boolean keywords = posonly < positional || kwonlyCount() > 0;
        if (npos < requiredPositional && posonly < requiredPositional) {
            // Keywords may still supply the missing ones; the binding loop reports what is left.
            return;
        }
        if (slotWrapper && positional == requiredPositional && positional <= 1) {
            throw PyErr.typeError("expected %d argument%s, got %d", positional, positional == 1 ? "" : "s", npos);
        }
        if (positional == 0) {
            throw PyErr.typeError("%s() takes no arguments (%d given)", qualifiedName, npos);
        }
        if (positional == 1 && requiredPositional == 1 && posonly == 1 && names.length == 1 && !constructor) {
            throw PyErr.typeError("%s() takes exactly one argument (%d given)", qualifiedName, npos);
        }
        if (npos > positional) {
            if (keywords) {
                // Argument Clinic's wording for functions that take keywords.
                throw PyErr.typeError("%s() takes %s %d %sargument%s (%d given)", name,
                        requiredPositional == positional ? "exactly" : "at most", positional,
                        kwonlyCount() > 0 ? "positional " : "", positional == 1 ? "" : "s", npos);
            }
            if (requiredPositional == positional) {
                throw PyErr.typeError("%s expected %d argument%s, got %d", who(), positional,
                        positional == 1 ? "" : "s", npos);
            }
            throw PyErr.typeError("%s expected at most %d argument%s, got %d", who(), positional,
                    positional == 1 ? "" : "s", npos);
        }
        tooFew(npos);
    }

    private void tooFew(int npos) {
        if (posonly < requiredPositional) {
            throw PyErr.typeError("%s() missing required argument '%s' (pos %d)", name, names[npos], npos + 1);
        }
        if (posonly < positional || kwonlyCount() > 0) {
            throw PyErr.typeError("%s() takes %s %d positional argument%s (%d given)", name,
                    requiredPositional == positional ? "exactly" : "at least", requiredPositional,
                    requiredPositional == 1 ? "" : "s", npos);
        }
        if (requiredPositional == positional && starIndex < 0) {
            throw PyErr.typeError("%s expected %d argument%s, got %d", who(), positional,
                    positional == 1 ? "" : "s", npos);
        }
        throw PyErr.typeError("%s expected at least %d argument%s, got %d", who(), requiredPositional,
                requiredPositional == 1 ? "" : "s", npos);
    }

    /** The name "expected …" messages start with: none for a slot wrapper, as CPython's. */
    private String who() {
        return slotWrapper ? "" : name;
    }

    /** Converts argument {@code i} to its Java parameter type. */
    Object convert(int i, Object value) {
        return switch (conv[i]) {
            case OBJECT -> value;
            case INT -> Abstract.asInt(value);
            case LONG -> Abstract.asLong(value);
            case DOUBLE -> Abstract.asDouble(value);
            case BOOLEAN -> Abstract.isTrue(value);
            case STRING -> {
                if (value instanceof PyStr s) {
                    yield s.toString();
                }
                throw argumentType(i, "str", value);
            }
            case STR -> {
                if (value instanceof PyStr) {
                    yield value;
                }
                throw argumentType(i, "str", value);
            }
            case TYPED -> {
                if (types[i].isInstance(value)) {
                    yield value;
                }
                throw argumentType(i, Exposer.pythonNameOf(types[i]), value);
            }
        };
    }

    private PyException argumentType(int i, String expected, Object value) {
        // CPython's _PyArg_BadArgument names None as "None", other values by their type.
        String got = value == PyNone.NONE ? "None" : Abstract.typeOf(value).messageName();
        if (i < posonly) {
            return PyErr.typeError("%s() argument %d must be %s, not %s", name, i + 1, expected, got);
        }
        return PyErr.typeError("%s() argument '%s' must be %s, not %s", name, names[i], expected, got);
    }
}
