package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Path arguments as CPython's {@code path_converter} reads them: {@code str}, {@code bytes},
 * an {@code os.PathLike}, where allowed a file descriptor or {@code None}; and
 * {@code os.fspath}. Relative paths are resolved against the interpreter's current directory
 * ({@link PosixState}), because the JVM's own cannot change.
 *
 * <p>Thread safety: immutable.
 */
final class PosixPaths {
    private PosixPaths() {}

    /**
     * A converted path argument.
     *
     * @param object what the caller passed (the {@code filename} of errors)
     * @param text the path as text, null for a descriptor or None
     * @param bytes whether results derived from it are bytes
     * @param fd the file descriptor, or -1
     */
    record Arg(Object object, String text, boolean bytes, int fd) {
        boolean isFd() {
            return fd >= 0;
        }

        /** The absolute path this argument names; an empty path is ENOENT, as in C. */
        Path path() {
            if (text.isEmpty()) {
                throw PosixErrors.error(PosixErrors.ENOENT, object);
            }
            try {
                return PosixState.current().resolve(Path.of(text));
            } catch (InvalidPathException e) {
                throw PosixErrors.error(PosixErrors.EINVAL, object);
            }
        }

        /** True when the text ends with a slash, so that the target must be a directory. */
        boolean trailingSlash() {
            return text != null && text.length() > 1 && text.endsWith("/");
        }

        /** A result name in the argument's kind: bytes for a bytes argument. */
        Object name(String s) {
            return bytes ? new PyBytes(s.getBytes(StandardCharsets.UTF_8)) : PyStr.of(s);
        }
    }

    /**
     * Converts {@code o}, the argument {@code argName} of function {@code func}.
     *
     * @param allowFd whether an int is a file descriptor
     * @param allowNone whether None (the current directory) is accepted
     */
    static Arg convert(String func, String argName, Object o, boolean allowFd, boolean allowNone) {
        if (allowNone && o == PyNone.NONE) {
            return new Arg(o, ".", false, -1);
        }
        if (allowFd && o instanceof PyInt) {
            PosixFds.warnIfBool(o);
            return new Arg(o, null, false, fd(o));
        }
        Object v = o;
        if (!(o instanceof PyStr) && !(o instanceof PyBytes)) {
            Object method = Abstract.typeOf(o).lookup("__fspath__");
            if (method == null || method == PyNone.NONE) {
                if (allowFd && Abstract.typeOf(o).lookup("__index__") != null && !(o instanceof dev.kaa.vm.objects.PyFloat)) {
                    return new Arg(o, null, false, fd(Abstract.index(o)));
                }
                throw PyErr.typeError("%s: %s should be %s, not %T", func, argName, expected(allowFd, allowNone), o);
            }
            v = callFspath(o, method);
        }
        // Errors name the str or bytes path, not the PathLike object, as CPython's do.
        return fromStrOrBytes(func, v, v);
    }

    private static int fd(Object o) {
        long n = Abstract.asLong(Abstract.index(o));
        if (n < 0) {
            throw PyErr.valueError("fd is less than zero");
        }
        if (n > Integer.MAX_VALUE) {
            throw PyErr.overflowError("fd is greater than maximum");
        }
        return (int) n;
    }

    private static String expected(boolean allowFd, boolean allowNone) {
        if (allowFd && allowNone) {
            return "string, bytes, os.PathLike, integer or None";
        } else if (allowFd) {
            return "string, bytes, os.PathLike or integer";
        } else if (allowNone) {
            return "string, bytes, os.PathLike or None";
        }
        return "string, bytes or os.PathLike";
    }

    private static Arg fromStrOrBytes(String func, Object original, Object v) {
        String text;
        boolean bytes = v instanceof PyBytes;
        if (bytes) {
            text = new String(((PyBytes) v).data(), StandardCharsets.UTF_8);
        } else {
            text = ((PyStr) v).value();
        }
        if (text.indexOf('\0') >= 0) {
            throw PyErr.valueError("%s: embedded null character in path", func);
        }
        return new Arg(original, text, bytes, -1);
    }

    private static Object callFspath(Object o, Object method) {
        Object r = Abstract.callMethodValue(method, o);
        if (!(r instanceof PyStr) && !(r instanceof PyBytes)) {
            throw PyErr.typeError("expected %T.__fspath__() to return str or bytes, not %T", o, r);
        }
        return r;
    }

    /** {@code os.fspath(path)}. */
    static Object fspath(Object o) {
        if (o instanceof PyStr || o instanceof PyBytes) {
            return o;
        }
        PyType t = Abstract.typeOf(o);
        Object method = t.lookup("__fspath__");
        if (method == null || method == PyNone.NONE) {
            throw PyErr.typeError("expected str, bytes or os.PathLike object, not %T", o);
        }
        return callFspath(o, method);
    }
}
