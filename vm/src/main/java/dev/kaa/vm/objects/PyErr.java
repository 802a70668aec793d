package dev.kaa.vm.objects;

/**
 * The one factory of Python exceptions raised from Java, with CPython's exact words:
 * {@code throw PyErr.typeError("can only concatenate list (not \"%T\") to list", other);}
 *
 * <p>Formats are Java's, plus: {@code %T} prints the type name of the argument as CPython's
 * messages do ({@code __name__} for classes, {@code tp_name} for built-in types), {@code %R} its
 * {@code repr()}, {@code %S} its {@code str()}, {@code %N} the name of a type argument.
 *
 * <p>Thread safety: stateless.
 */
public final class PyErr {
    private PyErr() {}

    /** An exception of {@code type} whose single argument is the formatted message. */
    public static PyException format(PyType type, String format, Object... args) {
        return new PyException(PyBaseException.create(type, PyStr.of(message(format, args))));
    }

    /** An exception of {@code type} with the given arguments. */
    public static PyException withArgs(PyType type, Object... args) {
        return new PyException(PyBaseException.create(type, args));
    }

    /** Expands {@code %T}, {@code %R}, {@code %S} and {@code %N}, then applies Java's format. */
    public static String message(String format, Object... args) {
        if (args.length == 0) {
            return format.replace("%%", "%");
        }
        String quick = simpleMessage(format, args);
        if (quick != null) {
            return quick;
        }
        StringBuilder javaFormat = new StringBuilder(format.length());
        Object[] javaArgs = args.clone();
        int argIndex = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                javaFormat.append(c);
                continue;
            }
            char k = format.charAt(i + 1);
            if (k == '%' || k == 'n') {
                javaFormat.append(c).append(k);
                i++;
                continue;
            }
            if (k == 'T' || k == 'R' || k == 'S' || k == 'N') {
                Object a = args[argIndex];
                javaArgs[argIndex] = switch (k) {
                    case 'T' -> Abstract.typeOf(a).messageName();
                    case 'R' -> Abstract.repr(a).toString();
                    case 'S' -> Abstract.str(a).toString();
                    default -> ((PyType) a).messageName();
                };
                javaFormat.append("%s");
                i++;
            } else {
                javaFormat.append(c);
            }
            argIndex++;
        }
        return String.format(javaFormat.toString(), javaArgs);
    }

    /**
     * {@link #message} for the formats most messages use, with {@code %s}, {@code %d} of an
     * integer and the Python specifiers only: without Java's {@code Formatter}, which parses the
     * format each time and costs more than raising the exception. Null for any other format.
     */
    private static String simpleMessage(String format, Object[] args) {
        // First whether the format qualifies, so that no repr() runs twice.
        int n = 0;
        for (int i = 0; i < format.length(); i++) {
            if (format.charAt(i) != '%') {
                continue;
            }
            char k = i + 1 < format.length() ? format.charAt(++i) : 0;
            if (k == '%') {
                continue;
            }
            if (n >= args.length || "sdTRSN".indexOf(k) < 0 || k == 0
                    || k == 'd' && !(args[n] instanceof Integer || args[n] instanceof Long
                            || args[n] instanceof java.math.BigInteger)) {
                return null;
            }
            n++;
        }
        if (n != args.length) {
            return null;
        }
        StringBuilder out = new StringBuilder(format.length() + 16 * args.length);
        int argIndex = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            char k = format.charAt(++i);
            if (k == '%') {
                out.append('%');
                continue;
            }
            Object a = args[argIndex++];
            out.append(switch (k) {
                case 'T' -> Abstract.typeOf(a).messageName();
                case 'R' -> Abstract.repr(a).toString();
                case 'S' -> Abstract.str(a).toString();
                case 'N' -> ((PyType) a).messageName();
                default -> String.valueOf(a);
            });
        }
        return out.toString();
    }

    public static PyException typeError(String format, Object... args) {
        return format(Exceptions.TypeError, format, args);
    }

    public static PyException valueError(String format, Object... args) {
        return format(Exceptions.ValueError, format, args);
    }

    public static PyException indexError(String format, Object... args) {
        return format(Exceptions.IndexError, format, args);
    }

    /** {@code KeyError(key)}: the key itself is the argument, not a message. */
    public static PyException keyError(Object key) {
        return withArgs(Exceptions.KeyError, key);
    }

    public static PyException attributeError(String format, Object... args) {
        return format(Exceptions.AttributeError, format, args);
    }

    /** {@code AttributeError} for a missing attribute, with {@code name} and {@code obj} set for suggestions. */
    public static PyException noAttribute(Object obj, PyStr name) {
        String message = obj instanceof PyType t
                ? "type object '" + t.name() + "' has no attribute '" + name + "'"
                : obj instanceof PyModule m
                ? moduleNoAttribute(m, name)
                : "'" + Abstract.typeOf(obj).messageName() + "' object has no attribute '" + name + "'";
        PyBaseException e = PyBaseException.create(Exceptions.AttributeError, PyStr.of(message));
        e.setAttributeErrorContext(name, obj);
        return new PyException(e);
    }

    /**
     * A module's missing attribute, told as CPython tells it: while the module's spec says it is
     * still initializing, or names it as a submodule not yet initialized, a circular import is
     * the likely cause.
     */
    private static String moduleNoAttribute(PyModule m, PyStr name) {
        Object spec = m.dict().getItem(PyStr.intern("__spec__"));
        if (spec != null && spec != PyNone.NONE) {
            try {
                Object initializing = Abstract.lookupAttr(spec, PyStr.intern("_initializing"));
                if (initializing != null && Abstract.isTrue(initializing)) {
                    return "partially initialized module '" + m.name() + "' has no attribute '" + name
                            + "' (most likely due to a circular import)";
                }
                Object pending = Abstract.lookupAttr(spec, PyStr.intern("_uninitialized_submodules"));
                if (pending != null && Abstract.contains(pending, name)) {
                    return "cannot access submodule '" + name + "' of module '" + m.name()
                            + "' (most likely due to a circular import)";
                }
            } catch (PyException e) {
                // A spec that cannot answer: the plain message.
            }
        }
        return "module '" + m.name() + "' has no attribute '" + name + "'";
    }

    public static PyException nameError(PyStr name) {
        PyBaseException e = PyBaseException.create(Exceptions.NameError,
                PyStr.of("name '" + name + "' is not defined"));
        e.setNameErrorName(name);
        return new PyException(e);
    }

    public static PyException overflowError(String format, Object... args) {
        return format(Exceptions.OverflowError, format, args);
    }

    public static PyException zeroDivisionError(String format, Object... args) {
        return format(Exceptions.ZeroDivisionError, format, args);
    }

    public static PyException runtimeError(String format, Object... args) {
        return format(Exceptions.RuntimeError, format, args);
    }

    public static PyException notImplementedError(String format, Object... args) {
        return format(Exceptions.NotImplementedError, format, args);
    }

    public static PyException recursionError(String format, Object... args) {
        return format(Exceptions.RecursionError, format, args);
    }

    public static PyException systemError(String format, Object... args) {
        return format(Exceptions.SystemError, format, args);
    }

    public static PyException lookupError(String format, Object... args) {
        return format(Exceptions.LookupError, format, args);
    }

    public static PyException memoryError() {
        return withArgs(Exceptions.MemoryError);
    }

    public static PyException importError(String format, Object... args) {
        return format(Exceptions.ImportError, format, args);
    }

    /** {@code StopIteration(value)}, or a bare {@code StopIteration} for null. */
    public static PyException stopIteration(Object value) {
        return value == null ? withArgs(Exceptions.StopIteration) : withArgs(Exceptions.StopIteration, value);
    }

    /**
     * Issues a warning as C code does with {@code PyErr_WarnEx}: through the {@code warnings}
     * module, which may turn it into an exception (raised from here) or print it.
     */
    public static void warn(PyType category, int stacklevel, String format, Object... args) {
        dev.kaa.vm.internal.eval.ThreadState ts = dev.kaa.vm.internal.eval.ThreadState.currentOrNull();
        if (ts == null || ts.runtime.services == null) {
            return;
        }
        ts.runtime.services.warn(category, message(format, args), stacklevel);
    }

    /**
     * A Java exception that escaped Kaa's own code: a {@code StackOverflowError} is Python's
     * {@code RecursionError}, an {@code OutOfMemoryError} a {@code MemoryError}, anything else a
     * bug, shown as {@code SystemError} with the Java cause.
     */
    public static PyException fromJava(Throwable t) {
        if (t instanceof PyException p) {
            return p;
        }
        if (t instanceof StackOverflowError) {
            return recursionError("maximum recursion depth exceeded");
        }
        if (t instanceof OutOfMemoryError) {
            return memoryError();
        }
        return systemError("Kaa internal error: %s", t.toString());
    }

    // ---- added by the exceptions work (factories of exceptions with attributes) ----------------

    /**
     * {@code OSError(errno, os.strerror(errno)[, filename])} as the subclass the errno maps to
     * ({@code FileNotFoundError} for ENOENT …): what a failed system call raises.
     *
     * @param filename the file name object, or null for none
     */
    public static PyException osError(int errno, Object filename) {
        return new PyException(ExcOSError.fromErrno(errno, filename));
    }

    /** The Python exception ({@code SyntaxError}, {@code IndentationError}, {@code TabError}) for a parser error. */
    public static PyException syntaxError(dev.kaa.parser.PySyntaxError e) {
        return new PyException(ExcSyntaxError.of(e));
    }

    /** {@code ModuleNotFoundError("No module named 'x'", name='x')}. */
    public static PyException moduleNotFound(String name) {
        ExcImportError e = (ExcImportError) PyBaseException.create(Exceptions.ModuleNotFoundError,
                PyStr.of("No module named '" + name + "'"));
        e.setNameAndPath(PyStr.of(name), null);
        return new PyException(e);
    }

    /**
     * {@code ImportError} for {@code from module import name} where the module lacks the name,
     * with {@code name}, {@code path} and {@code name_from} set (for "Did you mean").
     *
     * @param path the module's {@code __file__}, or null
     */
    public static PyException cannotImportName(String name, String module, Object path) {
        String where = path instanceof PyStr ? " (" + path + ")" : " (unknown location)";
        ExcImportError e = (ExcImportError) PyBaseException.create(Exceptions.ImportError,
                PyStr.of("cannot import name '" + name + "' from '" + module + "'" + where));
        e.setNameAndPath(PyStr.of(module), path);
        e.setNameFrom(PyStr.of(name));
        return new PyException(e);
    }

    /** {@code UnboundLocalError} for a local read before assignment, with {@code name} set. */
    public static PyException unboundLocal(PyStr name) {
        PyBaseException e = PyBaseException.create(Exceptions.UnboundLocalError,
                PyStr.of("cannot access local variable '" + name + "' where it is not associated with a value"));
        e.setNameErrorName(name);
        return new PyException(e);
    }

    /**
     * What {@code sys.exit(code)} raises: {@code SystemExit(code)}, or {@code SystemExit()} (no
     * arguments, {@code code} None) for null or None, as CPython's {@code PyErr_SetObject} makes it.
     */
    public static PyException systemExit(Object code) {
        return code == null || code == PyNone.NONE ? withArgs(Exceptions.SystemExit)
                : withArgs(Exceptions.SystemExit, code);
    }
}
