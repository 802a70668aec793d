package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the annotated Java methods of a built-in type or module into Python descriptors and
 * functions. Reflection runs here only, once per type; calls afterwards go through method
 * handles bound with the class's own {@link MethodHandles.Lookup}.
 *
 * <p>Every invoker has the shape {@code (Object self, Object[] params) -> Object}: {@code self}
 * is the instance for methods, the class for class methods and {@code __new__}, and ignored for
 * functions; results convert back to Python ({@code void} is {@code None}, {@code boolean} a
 * {@code bool}, {@code int}/{@code long} an {@code int}, {@code double} a {@code float},
 * {@code String} a {@code str}).
 *
 * <p>Thread safety: stateless.
 */
public final class Exposer {
    private Exposer() {}

    private static final MethodType INVOKER = MethodType.methodType(Object.class, Object.class, Object[].class);
    private static final MethodHandles.Lookup OWN = MethodHandles.lookup();

    /** Fills {@code type}'s dictionary from {@code declaring}'s annotated methods. */
    static void expose(PyType type, Class<?> declaring, MethodHandles.Lookup lookup) {
        Map<String, MethodHandle[]> getsets = new LinkedHashMap<>();
        Map<String, String> getsetDocs = new LinkedHashMap<>();
        java.util.Set<String> members = new java.util.HashSet<>();
        for (Method m : withShared(declaring)) {
            PyMethod pm = ExtAnnotations.pyMethod(m);
            ClassMethod cm = ExtAnnotations.classMethod(m);
            StaticMethod sm = ExtAnnotations.staticMethod(m);
            PyGetter g = ExtAnnotations.getter(m);
            PySetter s = ExtAnnotations.setter(m);
            boolean isStatic = Modifier.isStatic(m.getModifiers());
            if (pm != null) {
                String name = pm.value().isEmpty() ? m.getName() : pm.value();
                if (name.equals("__new__")) {
                    requireStatic(m, true);
                    // A constructor's argument errors name the type: "int expected at most 2 arguments".
                    ArgParser p = new ArgParser(type.name, type.name, m, 1, pm.positionalOnly()).asConstructor();
                    PyBuiltinFunction fn = new PyBuiltinFunction(callable(lookup, m, true, p), null, null, type);
                    type.dict.setItem(PyStr.of(name), fn);
                } else if (isStatic) {
                    // A static method whose first parameter is `Object self` is a method of any
                    // instance: object's own methods are written this way.
                    if (m.getParameterCount() == 0 || !m.getParameters()[0].getName().equals("self")) {
                        throw new InterpreterError(m + ": a static @PyMethod needs a first parameter named self");
                    }
                    ArgParser p = new ArgParser(name, type.name + "." + name, m, 1, pm.positionalOnly());
                    if (Slot.of(name) != null && Slot.of(name).isCPythonSlot() && !pm.coexist() && !name.equals("__init__")) {
                        p.asSlotWrapper();
                    }
                    p.coexist = pm.coexist();
                    type.dict.setItem(PyStr.of(name), new PyMethodDescr(type, callable(lookup, m, true, p), doc(pm.doc())));
                } else {
                    ArgParser p = name.equals("__init__")
                            ? new ArgParser(type.name, type.name, m, 0, pm.positionalOnly()).asConstructor()
                            : new ArgParser(name, type.name + "." + name, m, 0, pm.positionalOnly());
                    if (Slot.of(name) != null && Slot.of(name).isCPythonSlot() && !pm.coexist() && !name.equals("__init__")) {
                        p.asSlotWrapper();
                    }
                    p.coexist = pm.coexist();
                    type.dict.setItem(PyStr.of(name), new PyMethodDescr(type, callable(lookup, m, false, p), doc(pm.doc())));
                }
            } else if (cm != null) {
                requireStatic(m, true);
                String name = cm.value().isEmpty() ? m.getName() : cm.value();
                ArgParser p = new ArgParser(name, type.name + "." + name, m, 1, cm.positionalOnly());
                type.dict.setItem(PyStr.of(name), new PyClassMethodDescr(type, callable(lookup, m, true, p), doc(cm.doc())));
            } else if (sm != null) {
                requireStatic(m, true);
                String name = sm.value().isEmpty() ? m.getName() : sm.value();
                ArgParser p = new ArgParser(name, type.name + "." + name, m, 0, sm.positionalOnly());
                PyBuiltinFunction fn = new PyBuiltinFunction(callable(lookup, m, false, p), null, null, null);
                type.dict.setItem(PyStr.of(name), new PyStaticMethod(fn));
            } else if (g != null) {
                String name = g.value().isEmpty() ? m.getName() : g.value();
                getsets.computeIfAbsent(name, k -> new MethodHandle[2])[0] = getter(lookup, m);
                getsetDocs.put(name, g.doc());
                if (g.member()) {
                    members.add(name);
                }
            } else if (s != null) {
                getsets.computeIfAbsent(s.value(), k -> new MethodHandle[2])[1] = setter(lookup, m);
            }
        }
        for (Map.Entry<String, MethodHandle[]> e : getsets.entrySet()) {
            MethodHandle[] gs = e.getValue();
            if (gs[0] == null) {
                throw new InterpreterError(declaring.getName() + ": setter without getter: " + e.getKey());
            }
            type.dict.setItem(PyStr.of(e.getKey()), members.contains(e.getKey())
                    ? new PyMemberDescr(type, e.getKey(), gs[0], gs[1])
                    : new PyGetSetDescr(type, e.getKey(), gs[0], gs[1], doc(getsetDocs.get(e.getKey()))));
        }
    }

    /**
     * The module-level functions of {@code moduleClass}: its static {@link PyMethod} methods, as
     * built-in functions of module {@code moduleName} (their {@code __self__} is {@code self}).
     */
    public static Map<String, PyBuiltinFunction> functions(Class<?> moduleClass, MethodHandles.Lookup lookup,
            String moduleName, Object self) {
        Map<String, PyBuiltinFunction> out = new LinkedHashMap<>();
        for (Method m : sorted(moduleClass)) {
            PyMethod pm = ExtAnnotations.pyMethod(m);
            if (pm == null) {
                continue;
            }
            requireStatic(m, true);
            String name = pm.value().isEmpty() ? m.getName() : pm.value();
            // Messages name a module's function "math.sqrt()", a builtin plainly "len()".
            String qualified = moduleName.equals("builtins") ? name : moduleName + "." + name;
            ArgParser p = new ArgParser(name, qualified, m, 0, pm.positionalOnly());
            PyBuiltinFunction fn = new PyBuiltinFunction(callable(lookup, m, false, p), self, moduleName, null);
            fn.setDoc(doc(pm.doc()));
            out.put(name, fn);
        }
        return out;
    }

    /**
     * {@code c}'s declared methods, then those of its {@link SharedMethods} superclasses that it
     * does not declare itself (same name and parameter types).
     */
    private static Method[] withShared(Class<?> c) {
        Method[] own = sorted(c);
        java.util.List<Method> all = new java.util.ArrayList<>(Arrays.asList(own));
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Method m : own) {
            seen.add(m.getName() + Arrays.toString(m.getParameterTypes()));
        }
        for (Class<?> s = c.getSuperclass(); s != null; s = s.getSuperclass()) {
            if (!s.isAnnotationPresent(SharedMethods.class)) {
                continue;
            }
            for (Method m : sorted(s)) {
                if (seen.add(m.getName() + Arrays.toString(m.getParameterTypes()))) {
                    all.add(m);
                }
            }
        }
        return all.toArray(new Method[0]);
    }

    private static Method[] sorted(Class<?> c) {
        Method[] ms = c.getDeclaredMethods();
        // Declaration order is not kept by reflection; a stable order keeps dict order reproducible.
        Arrays.sort(ms, Comparator.comparing(Method::getName).thenComparing(Method::toString));
        return ms;
    }

    private static void requireStatic(Method m, boolean expected) {
        if (Modifier.isStatic(m.getModifiers()) != expected) {
            throw new InterpreterError(m + " must " + (expected ? "" : "not ") + "be static");
        }
    }

    private static Object doc(String doc) {
        return doc == null || doc.isEmpty() ? PyNone.NONE : PyStr.of(doc);
    }

    private static final MethodType RAW = MethodType.methodType(Object.class, Object.class, Object[].class,
            String[].class);

    /** The callable for {@code m}: raw when its Python parameters are exactly {@code (Object[] args, String[] kwnames)}. */
    private static JavaCallable callable(MethodHandles.Lookup lookup, Method m, boolean receiverParam, ArgParser p) {
        Class<?>[] ps = m.getParameterTypes();
        int first = Modifier.isStatic(m.getModifiers()) && receiverParam ? 1 : 0;
        boolean raw = ps.length - first == 2 && ps[first] == Object[].class && ps[first + 1] == String[].class
                && !ExtAnnotations.star(m.getParameters()[first]);
        // The method handles are made at the first call (most methods are never called).
        if (!raw) {
            int arity = p.plain ? ps.length - first + 1 : -1;
            JavaCallable c = new JavaCallable(p, false, () -> invoker(lookup, m, receiverParam), arity,
                    p.plain ? () -> exact(lookup, m, receiverParam) : null);
            if (p.plain) {
                c.spinner = () -> DirectCalls.spin(lookup, m, receiverParam);
            }
            return c;
        }
        JavaCallable c = new JavaCallable(p, true, () -> rawInvoker(lookup, m, receiverParam), -1, null);
        c.spinner = () -> DirectCalls.spinRaw(lookup, m, receiverParam);
        return c;
    }

    /** {@code (Object self, Object[] args, String[] kwnames) -> Object} for a raw method. */
    private static MethodHandle rawInvoker(MethodHandles.Lookup lookup, Method m, boolean receiverParam) {
        try {
            MethodHandle mh = boxResult(lookup.unreflect(m));
            if (Modifier.isStatic(m.getModifiers()) && !receiverParam) {
                mh = MethodHandles.dropArguments(mh, 0, Object.class);
            }
            return mh.asType(RAW);
        } catch (IllegalAccessException e) {
            throw new InterpreterError("cannot expose " + m, e);
        }
    }

    /**
     * An invoker {@code (Object self, Object[] params) -> Object} for {@code m}. For a static
     * method, {@code receiverParam} says its first parameter receives {@code self} (class
     * methods, {@code __new__}); otherwise {@code self} is dropped.
     */
    private static MethodHandle invoker(MethodHandles.Lookup lookup, Method m, boolean receiverParam) {
        MethodHandle mh;
        try {
            mh = lookup.unreflect(m);
        } catch (IllegalAccessException e) {
            throw new InterpreterError("cannot expose " + m, e);
        }
        mh = boxResult(mh);
        boolean isStatic = Modifier.isStatic(m.getModifiers());
        int params = isStatic && receiverParam ? m.getParameterCount() - 1 : m.getParameterCount();
        if (isStatic && !receiverParam) {
            mh = MethodHandles.dropArguments(mh, 0, Object.class);
        }
        MethodType generic = MethodType.genericMethodType(params + 1);
        mh = mh.asType(generic);
        return mh.asSpreader(Object[].class, params).asType(INVOKER);
    }

    /** {@code (Object self, Object... params) -> Object} with the exact arity, for slots. */
    private static MethodHandle exact(MethodHandles.Lookup lookup, Method m, boolean receiverParam) {
        MethodHandle mh;
        try {
            mh = boxResult(lookup.unreflect(m));
        } catch (IllegalAccessException e) {
            throw new InterpreterError("cannot expose " + m, e);
        }
        boolean isStatic = Modifier.isStatic(m.getModifiers());
        int params = isStatic && receiverParam ? m.getParameterCount() - 1 : m.getParameterCount();
        if (isStatic && !receiverParam) {
            mh = MethodHandles.dropArguments(mh, 0, Object.class);
        }
        return mh.asType(MethodType.genericMethodType(params + 1));
    }

    private static MethodHandle getter(MethodHandles.Lookup lookup, Method m) {
        try {
            MethodHandle mh = boxResult(lookup.unreflect(m));
            return mh.asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException e) {
            throw new InterpreterError("cannot expose " + m, e);
        }
    }

    private static MethodHandle setter(MethodHandles.Lookup lookup, Method m) {
        try {
            MethodHandle mh = lookup.unreflect(m);
            return mh.asType(MethodType.methodType(void.class, Object.class, Object.class));
        } catch (IllegalAccessException e) {
            throw new InterpreterError("cannot expose " + m, e);
        }
    }

    /** Adapts the return value to a Python object. */
    private static MethodHandle boxResult(MethodHandle mh) {
        Class<?> r = mh.type().returnType();
        try {
            if (r == void.class) {
                return MethodHandles.filterReturnValue(mh, MethodHandles.constant(Object.class, PyNone.NONE));
            }
            String converter = r == boolean.class ? "fromBoolean"
                    : r == int.class ? "fromInt"
                    : r == long.class ? "fromLong"
                    : r == double.class ? "fromDouble"
                    : r == String.class ? "fromString"
                    : null;
            if (converter != null) {
                return MethodHandles.filterReturnValue(mh,
                        OWN.findStatic(DirectCalls.class, converter, MethodType.methodType(Object.class, r)));
            }
            return MethodHandles.filterReturnValue(mh.asType(mh.type().changeReturnType(Object.class)),
                    OWN.findStatic(DirectCalls.class, "nullIsNone", MethodType.methodType(Object.class, Object.class)));
        } catch (ReflectiveOperationException e) {
            throw new InterpreterError("Exposer converters missing", e);
        }
    }

    /** The Python name of the type whose instances are {@code javaClass} objects, for messages. */
    static String pythonNameOf(Class<?> javaClass) {
        PyType t = BuiltinTypes.forJavaClass(javaClass);
        return t == null ? javaClass.getSimpleName() : t.name();
    }
}
