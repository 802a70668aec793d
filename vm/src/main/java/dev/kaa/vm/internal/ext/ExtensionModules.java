package dev.kaa.vm.internal.ext;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.PythonType;
import dev.kaa.vm.internal.imports.BuiltinModules;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.StructSeq;
import java.lang.invoke.MethodHandles;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The extension modules on the module path ({@link ExtensionModule} services, the standard
 * library's own among them): each is importable by its name, and made by its
 * {@link ExtensionModule#initialize} at its first import in an interpreter. An extension
 * module takes the place of a built-in module of the same name.
 *
 * <p>Thread safety: the tables of types are concurrent (types are shared by interpreters);
 * a module is made under the GIL.
 */
public final class ExtensionModules {
    private ExtensionModules() {}

    /** The Python type of each extension class, made once. */
    private static final Map<Class<?>, PyType> TYPES = new ConcurrentHashMap<>();
    /** Each extension's exception classes, by qualified name, made once. */
    private static final Map<String, PyType> EXCEPTIONS = new ConcurrentHashMap<>();
    /** Each extension's struct sequence types, by qualified name, made once. */
    private static final Map<String, StructSeq.Kind> STRUCTS = new ConcurrentHashMap<>();
    /** The same kinds, by their types, for {@link dev.kaa.ext.Py#structSequence}. */
    private static final Map<PyType, StructSeq.Kind> KINDS = new ConcurrentHashMap<>();

    /** Makes every extension module found importable through {@code registry}. */
    public static void registerAll(BuiltinModules registry) {
        for (ExtensionModule m : ServiceLoader.load(ExtensionModule.class)) {
            registry.register(m.name(), () -> make(m));
        }
    }

    private static PyModule make(ExtensionModule ext) {
        PyModule module = new PyModule(ext.name());
        ext.initialize(new Definition(module, ext.name()));
        return module;
    }

    /** {@link ModuleDefinition} over a new module object. */
    private record Definition(PyModule module, String name) implements ModuleDefinition {
        @Override public void doc(String doc) {
            module.put("__doc__", PyStr.of(doc));
        }

        @Override public void addFunctions(Class<?> holder, MethodHandles.Lookup lookup) {
            Exposer.functions(holder, lookup, name, module).forEach(module::put);
        }

        @Override public PythonType addType(String typeName, Class<? extends ExtensionObject> javaClass,
                MethodHandles.Lookup lookup, String doc) {
            return defineType(typeName, javaClass, lookup, doc, PyType.BASETYPE);
        }

        @Override public PythonType addFinalType(String typeName, Class<? extends ExtensionObject> javaClass,
                MethodHandles.Lookup lookup, String doc) {
            return defineType(typeName, javaClass, lookup, doc, 0);
        }

        private PythonType defineType(String typeName, Class<? extends ExtensionObject> javaClass,
                MethodHandles.Lookup lookup, String doc, int flags, PyType... bases) {
            PyType t = TYPES.computeIfAbsent(javaClass, c -> {
                PyType made = PyType.builtin(qualified(typeName), c, lookup, flags, bases);
                if (doc != null) {
                    made.dict().setItem(PyStr.intern("__doc__"), PyStr.of(doc));
                }
                return made;
            });
            module.put(simple(typeName), t);
            return t;
        }

        /** The type's full name: as given when dotted ("sqlite3.Row" in _sqlite3), else in this module. */
        private String qualified(String typeName) {
            return typeName.indexOf('.') >= 0 ? typeName : name + "." + typeName;
        }

        /** The name the module holds a type by: the part after the last dot. */
        private static String simple(String typeName) {
            return typeName.substring(typeName.lastIndexOf('.') + 1);
        }

        @Override public PythonType addSubtype(String typeName, Class<? extends ExtensionObject> javaClass,
                MethodHandles.Lookup lookup, String doc, PythonType base) {
            if (!(base instanceof PyType b) || !b.javaClass().isAssignableFrom(javaClass)) {
                throw new IllegalArgumentException(javaClass + " does not extend the Java class of " + base.name());
            }
            return defineType(typeName, javaClass, lookup, doc, PyType.BASETYPE, b);
        }

        @Override public PythonType addException(String excName, PythonType base, String doc) {
            return addException(excName, base, doc, null, null);
        }

        @Override public PythonType addException(String excName, PythonType base, String doc, Class<?> declaring,
                MethodHandles.Lookup lookup) {
            if (!(base instanceof PyType b) || !b.isSubtypeOf(PyBaseException.TYPE)) {
                throw new IllegalArgumentException(base.name() + " is not an exception class");
            }
            PyType t = EXCEPTIONS.computeIfAbsent(qualified(excName), q -> {
                // The base's Java class, so that instances have its layout (an OSError's errno …).
                PyType e = declaring == null ? PyType.builtin(q, b.javaClass(), null, b)
                        : PyType.builtin(q, b.javaClass(), declaring, lookup, PyType.BASETYPE, b);
                if (doc != null) {
                    e.dict().setItem(PyStr.intern("__doc__"), PyStr.of(doc));
                }
                return e;
            });
            module.put(simple(excName), t);
            return t;
        }

        @Override public PythonType addStructSequence(String typeName, String doc, int sequenceFields,
                String... fields) {
            if (sequenceFields < 0 || sequenceFields > fields.length) {
                throw new IllegalArgumentException(sequenceFields + " sequence fields of " + fields.length);
            }
            // A dotted name is the full name (module and type), as addType takes it.
            int dot = typeName.lastIndexOf('.');
            String owner = dot < 0 ? name : typeName.substring(0, dot);
            String shortName = typeName.substring(dot + 1);
            StructSeq.Kind kind = STRUCTS.computeIfAbsent(owner + "." + shortName, q -> {
                StructSeq.Kind made = StructSeq.newType(owner, shortName, fields, sequenceFields);
                if (doc != null) {
                    made.type().dict().setItem(PyStr.intern("__doc__"), PyStr.of(doc));
                }
                KINDS.put(made.type(), made);
                return made;
            });
            module.put(shortName, kind.type());
            return kind.type();
        }

        @Override public void add(String constName, Object value) {
            module.put(constName, toPython(value));
        }

        @Override public void addTypeAttribute(PythonType type, String attrName, Object value) {
            if (!(type instanceof PyType t) || !TYPES.containsValue(t)) {
                throw new IllegalArgumentException(type.name() + " is not a type an extension module defined");
            }
            t.dict().setItem(PyStr.of(attrName), toPython(value));
        }
    }

    /** The struct sequence kind of a type made by {@link ModuleDefinition#addStructSequence}. */
    static StructSeq.Kind structKind(PythonType type) {
        StructSeq.Kind kind = type instanceof PyType t ? KINDS.get(t) : null;
        if (kind == null) {
            throw new IllegalArgumentException(type.name() + " is not a struct sequence type of an extension");
        }
        return kind;
    }

    /** A constant as {@link ModuleDefinition#add} converts it. */
    static Object toPython(Object v) {
        if (v == null) {
            return PyNone.NONE;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return PyInt.of(((Number) v).longValue());
        }
        if (v instanceof java.math.BigInteger b) {
            return PyInt.of(b);
        }
        if (v instanceof Double || v instanceof Float) {
            return new PyFloat(((Number) v).doubleValue());
        }
        if (v instanceof Boolean b) {
            return b ? PyBool.TRUE : PyBool.FALSE;
        }
        if (v instanceof String s) {
            return PyStr.of(s);
        }
        if (v instanceof byte[] b) {
            return new PyBytes(b.clone());
        }
        return v;
    }
}
