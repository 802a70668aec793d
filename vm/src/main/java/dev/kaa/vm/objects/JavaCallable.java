package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandle;

/**
 * The callable part shared by built-in functions, method descriptors and class-method
 * descriptors: how to bind arguments ({@link ArgParser}) and the method handle to call.
 * A "raw" callable takes the call as it comes ({@code Object[] args, String[] kwnames}), as
 * CPython's vectorcall functions do: {@code print}, {@code __call__} of functions, {@code type()}.
 *
 * <p>Thread safety: immutable.
 */
final class JavaCallable {
    final ArgParser parser;
    /** {@code (Object self, Object[] params) -> Object}, or for a raw callable {@code (Object self, Object[] args, String[] kwnames) -> Object}. */
    final MethodHandle invoker;
    final boolean raw;

    /** A {@code __get__}: Python passes None for "through the class", which the slot sees as null. */
    private final boolean descrGet;

    /**
     * For a method whose parameters are all plain {@code Object}s and required:
     * {@code (Object self, Object a, …) -> Object} of exact arity, which slots call without
     * making an argument array. Otherwise null.
     */
    final MethodHandle direct;

    JavaCallable(ArgParser parser, MethodHandle invoker, boolean raw, MethodHandle direct) {
        this.parser = parser;
        this.invoker = invoker;
        this.raw = raw;
        this.direct = direct;
        this.descrGet = parser.name.equals("__get__");
    }

    /** Calls from Python: arguments are bound by the parser. Slots call {@link #invoker} directly. */
    Object call(Object self, Object[] args, String[] kwnames) {
        if (descrGet && args.length > 0 && args[0] == PyNone.NONE) {
            if (args.length < 2 || args[1] == PyNone.NONE) {
                throw PyErr.typeError("__get__(None, None) is invalid");
            }
            args = args.clone();
            args[0] = null;
        }
        try {
            if (raw) {
                return (Object) invoker.invokeExact(self, args, kwnames);
            }
            return (Object) invoker.invokeExact(self, parser.bind(args, kwnames));
        } catch (PyException | InterpreterError | StackOverflowError e) {
            throw e;
        } catch (RuntimeException e) {
            throw PyErr.fromJava(e);
        } catch (Error e) {
            throw e;
        } catch (Throwable t) {
            throw new InterpreterError("checked exception from " + parser.qualifiedName, t);
        }
    }

    /**
     * The interpreter's fast path: calls with the positional arguments {@code src[from ..
     * from+n)} and no keywords, straight through the exact-arity handle when the method has
     * one for {@code n} arguments (no argument array, no binding); else through {@link #call}.
     */
    Object callFromStack(Object self, Object[] src, int from, int n) {
        MethodHandle mh = direct;
        if (mh != null && mh.type().parameterCount() == n + 1 && !descrGet) {
            try {
                return switch (n) {
                    case 0 -> (Object) mh.invokeExact(self);
                    case 1 -> (Object) mh.invokeExact(self, src[from]);
                    case 2 -> (Object) mh.invokeExact(self, src[from], src[from + 1]);
                    case 3 -> (Object) mh.invokeExact(self, src[from], src[from + 1], src[from + 2]);
                    default -> call(self, java.util.Arrays.copyOfRange(src, from, from + n), null);
                };
            } catch (PyException | InterpreterError | StackOverflowError e) {
                throw e;
            } catch (RuntimeException e) {
                throw PyErr.fromJava(e);
            } catch (Error e) {
                throw e;
            } catch (Throwable t) {
                throw new InterpreterError("checked exception from " + parser.qualifiedName, t);
            }
        }
        return call(self, java.util.Arrays.copyOfRange(src, from, from + n), null);
    }

    /** Calls from a type slot: no None-to-null mapping of {@code __get__}'s instance. */
    Object callFromSlot(Object self, Object[] args) {
        try {
            if (raw) {
                return (Object) invoker.invokeExact(self, args, (String[]) null);
            }
            return (Object) invoker.invokeExact(self, parser.bind(args, null));
        } catch (PyException | InterpreterError | StackOverflowError e) {
            throw e;
        } catch (RuntimeException e) {
            throw PyErr.fromJava(e);
        } catch (Error e) {
            throw e;
        } catch (Throwable t) {
            throw new InterpreterError("checked exception from " + parser.qualifiedName, t);
        }
    }

    String name() {
        return parser.name;
    }
}
