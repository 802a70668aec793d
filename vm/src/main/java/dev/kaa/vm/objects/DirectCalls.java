package dev.kaa.vm.objects;

import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * For a built-in method that has become hot, a class of its own that calls the Java method
 * directly: an {@link Fn.Unary}, {@link Fn.Binary} or {@link Fn.Ternary} of {@code (self, args…)}
 * whose {@code call} casts the receiver, invokes the method and turns its result into a Python
 * object as the exposed method handle would. A call through a method handle that is not a
 * constant costs the JVM more than a call through an interface, and the method cannot be inlined
 * into its caller; this class can.
 *
 * <p>Methods qualify when their Python parameters are all plain {@code Object}s (as for
 * {@link JavaCallable#direct}) and there are at most two of them, or when they are raw ({@code
 * (Object[] args, String[] kwnames)}, an {@link Fn.Call}); and when their class is in the
 * package of the lookup that exposed them.
 *
 * <p>Public only for the classes it makes, which live in the packages of the methods they call.
 *
 * <p>Thread safety: stateless; the classes made are immutable.
 */
public final class DirectCalls {
    private DirectCalls() {}

    private static final ClassDesc CD_OBJECT = ConstantDescs.CD_Object;
    private static final ClassDesc CD_SELF = ClassDesc.of(DirectCalls.class.getName());

    /**
     * The direct caller of {@code m} as exposed through {@code lookup} (with a leading receiver
     * parameter when {@code receiverParam}, for static methods), or null where it does not qualify.
     */
    static Object spin(MethodHandles.Lookup lookup, Method m, boolean receiverParam) {
        boolean isStatic = Modifier.isStatic(m.getModifiers());
        Class<?>[] ps = m.getParameterTypes();
        int first = isStatic && receiverParam ? 1 : 0;
        int pythonParams = ps.length - first;
        if (pythonParams > 2 || !qualifies(lookup, m)) {
            return null;
        }
        for (int i = first; i < ps.length; i++) {
            if (ps[i] != Object.class) {
                return null;
            }
        }
        Class<?> fn = switch (pythonParams) {
            case 0 -> Fn.Unary.class;
            case 1 -> Fn.Binary.class;
            default -> Fn.Ternary.class;
        };
        ClassDesc owner = desc(m.getDeclaringClass());
        MethodTypeDesc target = MethodTypeDesc.of(desc(m.getReturnType()),
                java.util.Arrays.stream(ps).map(DirectCalls::desc).toArray(ClassDesc[]::new));
        ClassDesc[] callParams = new ClassDesc[pythonParams + 1];
        java.util.Arrays.fill(callParams, CD_OBJECT);
        return define(lookup, m, fn, MethodTypeDesc.of(CD_OBJECT, callParams), b -> {
            if (!isStatic || receiverParam) {
                receiver(b, m, isStatic);
            }
            for (int i = 0; i < pythonParams; i++) {
                b.aload(2 + i);
            }
            invokeAndConvert(b, m, owner, target, isStatic);
        });
    }

    /**
     * The direct caller of a raw method, whose Python parameters are exactly {@code (Object[]
     * args, String[] kwnames)}: an {@link Fn.Call}; null where it does not qualify.
     */
    static Object spinRaw(MethodHandles.Lookup lookup, Method m, boolean receiverParam) {
        if (!qualifies(lookup, m)) {
            return null;
        }
        boolean isStatic = Modifier.isStatic(m.getModifiers());
        ClassDesc owner = desc(m.getDeclaringClass());
        MethodTypeDesc target = MethodTypeDesc.of(desc(m.getReturnType()),
                java.util.Arrays.stream(m.getParameterTypes()).map(DirectCalls::desc).toArray(ClassDesc[]::new));
        return define(lookup, m, Fn.Call.class, MethodTypeDesc.of(CD_OBJECT, CD_OBJECT, desc(Object[].class),
                desc(String[].class)), b -> {
                    if (!isStatic || receiverParam) {
                        receiver(b, m, isStatic);
                    }
                    b.aload(2).aload(3);
                    invokeAndConvert(b, m, owner, target, isStatic);
                });
    }

    /** Whether a class made in {@code lookup}'s package may call {@code m}. */
    private static boolean qualifies(MethodHandles.Lookup lookup, Method m) {
        return lookup.hasFullPrivilegeAccess()
                && m.getDeclaringClass().getPackageName().equals(lookup.lookupClass().getPackageName())
                && (!Modifier.isPrivate(m.getModifiers())
                        || m.getDeclaringClass().getNestHost() == lookup.lookupClass().getNestHost());
    }

    /** Makes the class: {@code fn}'s method {@code call} of type {@code call}, with {@code body}. */
    private static Object define(MethodHandles.Lookup lookup, Method m, Class<?> fn, MethodTypeDesc call,
            java.util.function.Consumer<CodeBuilder> body) {
        String name = lookup.lookupClass().getPackageName() + ".Direct_" + m.getName().replace('$', '_');
        try {
            byte[] bytes = ClassFile.of().build(ClassDesc.of(name), cb -> {
                cb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC);
                cb.withInterfaceSymbols(desc(fn));
                cb.withMethodBody(ConstantDescs.INIT_NAME, ConstantDescs.MTD_void, ClassFile.ACC_PUBLIC, b -> b
                        .aload(0).invokespecial(CD_OBJECT, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void).return_());
                cb.withMethodBody("call", call, ClassFile.ACC_PUBLIC, body);
            });
            MethodHandles.Lookup own = lookup.defineHiddenClass(bytes, true, MethodHandles.Lookup.ClassOption.NESTMATE);
            return own.findConstructor(own.lookupClass(), java.lang.invoke.MethodType.methodType(void.class)).invoke();
        } catch (Throwable e) {
            return null; // the method handle serves, as before
        }
    }

    private static void receiver(CodeBuilder b, Method m, boolean isStatic) {
        b.aload(1);
        Class<?> receiver = isStatic ? m.getParameterTypes()[0] : m.getDeclaringClass();
        if (receiver != Object.class) {
            b.checkcast(desc(receiver));
        }
    }

    /** Invokes {@code m} (its arguments pushed) and returns its result as a Python object. */
    private static void invokeAndConvert(CodeBuilder b, Method m, ClassDesc owner, MethodTypeDesc target,
            boolean isStatic) {
        boolean itf = m.getDeclaringClass().isInterface();
        if (isStatic) {
            b.invokestatic(owner, m.getName(), target, itf);
        } else if (itf) {
            b.invokeinterface(owner, m.getName(), target);
        } else {
            b.invokevirtual(owner, m.getName(), target);
        }
        Class<?> r = m.getReturnType();
        String convert = r == void.class ? "none"
                : r == boolean.class ? "fromBoolean"
                : r == int.class ? "fromInt"
                : r == long.class ? "fromLong"
                : r == double.class ? "fromDouble"
                : r == String.class ? "fromString"
                : r.isPrimitive() ? null
                : "nullIsNone";
        if (convert == null) {
            throw new IllegalArgumentException("return type " + r);
        }
        ClassDesc from = r == void.class ? null : r.isPrimitive() || r == String.class ? desc(r) : CD_OBJECT;
        b.invokestatic(CD_SELF, convert, from == null ? MethodTypeDesc.of(CD_OBJECT) : MethodTypeDesc.of(CD_OBJECT, from));
        b.areturn();
    }

    private static ClassDesc desc(Class<?> c) {
        return c.describeConstable().orElseThrow();
    }

    // The result conversions of exposed methods: Exposer's method handles and the classes made here.

    public static Object none() {
        return PyNone.NONE;
    }

    public static Object fromBoolean(boolean b) {
        return PyBool.of(b);
    }

    public static Object fromInt(int i) {
        return PyInt.of(i);
    }

    public static Object fromLong(long i) {
        return PyInt.of(i);
    }

    public static Object fromDouble(double d) {
        return new PyFloat(d);
    }

    public static Object fromString(String s) {
        return PyStr.of(s);
    }

    public static Object nullIsNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }
}
