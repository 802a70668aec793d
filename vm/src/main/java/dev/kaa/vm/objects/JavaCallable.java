package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandle;
import java.util.function.Supplier;

/**
 * The callable part shared by built-in functions, method descriptors and class-method
 * descriptors: how to bind arguments ({@link ArgParser}) and the method handle to call.
 * A "raw" callable takes the call as it comes ({@code Object[] args, String[] kwnames}), as
 * CPython's vectorcall functions do: {@code print}, {@code __call__} of functions, {@code type()}.
 *
 * <p>Thread safety: GIL-guarded (its handles and direct caller are made at first use).
 */
final class JavaCallable {
    final ArgParser parser;
    final boolean raw;

    /** A {@code __get__}: Python passes None for "through the class", which the slot sees as null. */
    private final boolean descrGet;

    /**
     * {@code (Object self, Object[] params) -> Object}, or for a raw callable {@code (Object self,
     * Object[] args, String[] kwnames) -> Object}: made at the first call ({@link #invoker()}),
     * as most built-in methods are never called in a given program and making handles is a large
     * part of start-up.
     */
    private MethodHandle invoker;
    private final Supplier<MethodHandle> invokerMaker;

    /**
     * For a method whose parameters are all plain {@code Object}s and required:
     * {@code (Object self, Object a, …) -> Object} of exact arity {@link #directArity}, which
     * slots call without making an argument array ({@link #direct()}, made at first use).
     * Otherwise {@code directArity} is -1.
     */
    private MethodHandle direct;
    private final Supplier<MethodHandle> directMaker;
    final int directArity;

    /** Makes the {@link DirectCalls direct caller} of a method that has {@link #direct} or is raw; else null. */
    Supplier<Object> spinner;
    /** Calls through {@link #direct} so far, until {@link #HOT}; then {@link #fast} serves if it could be made. */
    private int calls;
    /** The direct caller: an {@code Fn} of {@code direct}'s arity, or an {@link Fn.Call} for a raw callable. */
    private Object fast;
    private static final int HOT = 200;

    JavaCallable(ArgParser parser, MethodHandle invoker, boolean raw) {
        this(parser, raw, () -> invoker, -1, null);
    }

    JavaCallable(ArgParser parser, boolean raw, Supplier<MethodHandle> invokerMaker, int directArity,
            Supplier<MethodHandle> directMaker) {
        this.parser = parser;
        this.raw = raw;
        this.invokerMaker = invokerMaker;
        this.directArity = directArity;
        this.directMaker = directMaker;
        this.descrGet = parser.name.equals("__get__");
    }

    private MethodHandle invoker() {
        MethodHandle h = invoker;
        if (h == null) {
            h = invokerMaker.get();
            invoker = h;
        }
        return h;
    }

    private MethodHandle direct() {
        MethodHandle h = direct;
        if (h == null) {
            h = directMaker.get();
            direct = h;
        }
        return h;
    }

    /** Calls from Python: arguments are bound by the parser. Slots call {@link #direct()} or {@link #callFromSlot}. */
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
                Object f = fast != null || ++calls < HOT ? fast : spin();
                return f != null ? ((Fn.Call) f).call(self, args, kwnames)
                        : (Object) invoker().invokeExact(self, args, kwnames);
            }
            return (Object) invoker().invokeExact(self, parser.bind(args, kwnames));
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    /**
     * The interpreter's fast path: calls with the positional arguments {@code src[from ..
     * from+n)} and no keywords, straight through the exact-arity handle when the method has
     * one for {@code n} arguments (no argument array, no binding); else through {@link #call}.
     */
    Object callFromStack(Object self, Object[] src, int from, int n) {
        if (directArity == n + 1 && !descrGet) {
            Object f = fast != null || ++calls < HOT ? fast : spin();
            try {
                if (f != null) {
                    return switch (n) {
                        case 0 -> ((Fn.Unary) f).call(self);
                        case 1 -> ((Fn.Binary) f).call(self, src[from]);
                        default -> ((Fn.Ternary) f).call(self, src[from], src[from + 1]);
                    };
                }
                MethodHandle mh = direct();
                return switch (n) {
                    case 0 -> (Object) mh.invokeExact(self);
                    case 1 -> (Object) mh.invokeExact(self, src[from]);
                    case 2 -> (Object) mh.invokeExact(self, src[from], src[from + 1]);
                    case 3 -> (Object) mh.invokeExact(self, src[from], src[from + 1], src[from + 2]);
                    default -> call(self, java.util.Arrays.copyOfRange(src, from, from + n), null);
                };
            } catch (Throwable t) {
                throw failure(t);
            }
        }
        return call(self, java.util.Arrays.copyOfRange(src, from, from + n), null);
    }

    /** The slot function of a method with {@link #direct} of one parameter after self. */
    Object callSlot(Object self) {
        Object f = fast != null || ++calls < HOT ? fast : spin();
        try {
            return f != null ? ((Fn.Unary) f).call(self) : (Object) direct().invokeExact(self);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    /** The slot function of a method with {@link #direct} of two parameters after self. */
    Object callSlot(Object self, Object a) {
        Object f = fast != null || ++calls < HOT ? fast : spin();
        try {
            return f != null ? ((Fn.Binary) f).call(self, a) : (Object) direct().invokeExact(self, a);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    /** The slot function of a method with {@link #direct} of three parameters after self. */
    Object callSlot(Object self, Object a, Object b) {
        Object f = fast != null || ++calls < HOT ? fast : spin();
        try {
            return f != null ? ((Fn.Ternary) f).call(self, a, b) : (Object) direct().invokeExact(self, a, b);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    /**
     * What an exception from the Java method becomes: Python's and the interpreter's own pass,
     * as do JVM errors; another Java exception is a Python one ({@link PyErr#fromJava}).
     */
    private RuntimeException failure(Throwable t) {
        if (t instanceof PyException || t instanceof InterpreterError) {
            return (RuntimeException) t;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            return PyErr.fromJava(e);
        }
        return new InterpreterError("checked exception from " + parser.qualifiedName, t);
    }

    /** Once hot: the direct caller, made once (null if the method does not qualify). */
    private Object spin() {
        Supplier<Object> s = spinner;
        spinner = null;
        fast = s == null ? null : s.get();
        calls = Integer.MIN_VALUE; // not again
        return fast;
    }

    /** Calls from a type slot: no None-to-null mapping of {@code __get__}'s instance. */
    Object callFromSlot(Object self, Object[] args) {
        try {
            if (raw) {
                Object f = fast != null || ++calls < HOT ? fast : spin();
                return f != null ? ((Fn.Call) f).call(self, args, null)
                        : (Object) invoker().invokeExact(self, args, (String[]) null);
            }
            return (Object) invoker().invokeExact(self, parser.bind(args, null));
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    String name() {
        return parser.name;
    }
}
