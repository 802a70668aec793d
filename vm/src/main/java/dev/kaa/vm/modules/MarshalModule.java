package dev.kaa.vm.modules;

import dev.kaa.bytecode.Constant;
import dev.kaa.bytecode.marshal.Marshal;
import dev.kaa.bytecode.marshal.MarshalDict;
import dev.kaa.bytecode.marshal.MarshalFormatException;
import dev.kaa.bytecode.marshal.MarshalList;
import dev.kaa.bytecode.marshal.MarshalSet;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Constants;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.KwOnly;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyByteArray;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyCode;
import dev.kaa.vm.objects.PyComplex;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyFrozenSet;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PySet;
import dev.kaa.vm.objects.PySingletons;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code marshal}: CPython 3.13's serialisation of code objects and the values they hold, over
 * the bytecode module's codec ({@link Marshal}), which also reads and writes Kaa's {@code .pyc}
 * files. Lists, dicts and sets, which code objects never hold, are marshallable too, as in
 * CPython; anything else is "unmarshallable object".
 *
 * <p>Thread safety: stateless.
 */
public final class MarshalModule {
    /** CPython's {@code MAX_MARSHAL_STACK_DEPTH}. */
    private static final int MAX_DEPTH = 2000;

    private MarshalModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("marshal");
        m.put("__doc__", PyStr.of("Python's internal serialisation of code objects and simple values,"
                + " as .pyc files use it.\n"
                + "The format is the same on every machine but may change between Python versions."));
        m.put("version", PyInt.of(Marshal.VERSION));
        Exposer.functions(MarshalModule.class, MethodHandles.lookup(), "marshal", m).forEach(m::put);
        return m;
    }

    @PyMethod(doc = "Encode value in marshal format, as bytes.")
    static Object dumps(Object value, @Opt("4") int version, @KwOnly @Opt("True") boolean allow_code) {
        return new PyBytes(write(value, version, allow_code));
    }

    @PyMethod(doc = "Encode value in marshal format onto a binary file.")
    static void dump(Object value, Object file, @Opt("4") int version, @KwOnly @Opt("True") boolean allow_code) {
        Abstract.callMethod(file, "write", new PyBytes(write(value, version, allow_code)));
    }

    @PyMethod(doc = "Rebuild a value from its marshal bytes; extra bytes after it are ignored.")
    static Object loads(Object bytes, @KwOnly @Opt("True") boolean allow_code) {
        byte[] data = dev.kaa.vm.modules.struct.Buffers.read(bytes);
        return new Rebuild(allow_code, parse(data, data.length)).run();
    }

    @PyMethod(doc = "Read the next marshalled value from a binary file.")
    static Object load(Object file, @KwOnly @Opt("True") boolean allow_code) {
        // As CPython does, read exactly the bytes each step needs (file.readinto), so that what
        // follows the value stays in the file for the next reader (gh-56500).
        Marshal.LoadedValue loaded;
        try {
            loaded = Marshal.loadValue(n -> readInto(file, n));
        } catch (MarshalFormatException e) {
            throw pythonError(e);
        }
        return new Rebuild(allow_code, loaded).run();
    }

    /** Up to {@code n} bytes from {@code file.readinto}. */
    private static byte[] readInto(Object file, int n) {
        PyByteArray buffer = new PyByteArray(new byte[n]);
        Object got = Abstract.callMethod(file, "readinto", buffer);
        long read = got == PyNone.NONE ? 0 : Abstract.asLong(got);
        if (read > n) {
            throw PyErr.valueError("read() returned too much data: %d bytes requested, %d returned", n, read);
        }
        return java.util.Arrays.copyOf(buffer.toByteArray(), (int) Math.max(read, 0));
    }

    private static Marshal.LoadedValue parse(byte[] data, int length) {
        try {
            return Marshal.loadsValue(data, 0, length);
        } catch (MarshalFormatException e) {
            throw pythonError(e);
        }
    }

    private static PyException pythonError(MarshalFormatException e) {
        PyType type = switch (e.pythonType()) {
            case "EOFError" -> Exceptions.EOFError;
            case "TypeError" -> Exceptions.TypeError;
            default -> Exceptions.ValueError;
        };
        return PyErr.format(type, "%s", e.reason());
    }

    private static byte[] write(Object value, int version, boolean allowCode) {
        Convert convert = new Convert(allowCode);
        Object model = convert.toModel(value, 0);
        try {
            return Marshal.dumpsValue(model, Math.max(0, Math.min(version, Marshal.VERSION)), convert.interned,
                    convert.heldOnce);
        } catch (IllegalArgumentException e) {
            throw PyErr.valueError(e.getMessage() != null && e.getMessage().startsWith("object too deeply")
                    ? e.getMessage() : "unmarshallable object");
        }
    }

    /**
     * Python values to the codec's model. Each Python object becomes one model object (a memo by
     * identity), so the writer's references follow Python identity and a list may hold itself.
     */
    private static final class Convert {
        private final boolean allowCode;
        private final Map<Object, Object> memo = new IdentityHashMap<>();
        final Set<Object> interned = Collections.newSetFromMap(new IdentityHashMap<>());
        /** The bytes made from buffer objects: a fresh object each, held by nothing else. */
        final Set<Object> heldOnce = Collections.newSetFromMap(new IdentityHashMap<>());

        Convert(boolean allowCode) {
            this.allowCode = allowCode;
        }

        Object toModel(Object o, int depth) {
            if (depth > MAX_DEPTH) {
                throw PyErr.valueError("object too deeply nested to marshal");
            }
            Object known = memo.get(o);
            if (known != null) {
                return known;
            }
            Object m = convert(o, depth + 1);
            memo.put(o, m);
            return m;
        }

        private Object convert(Object o, int depth) {
            if (o == PyNone.NONE || o == PySingletons.ELLIPSIS || o == Exceptions.StopIteration
                    || o instanceof PyBool) {
                return Constants.toJava(o);
            }
            Class<?> c = o.getClass();
            if (c == PyInt.class || c == PyFloat.class || c == PyBytes.class) {
                return Constants.toJava(o);
            }
            if (c == PyStr.class) {
                String s = ((PyStr) o).value();
                if (PyStr.isInterned((PyStr) o)) {
                    interned.add(s);
                }
                return s;
            }
            if (c == PyComplex.class) {
                return new Constant.Complex(((PyComplex) o).real(), ((PyComplex) o).imag());
            }
            if (c == PyCode.class) {
                if (!allowCode) {
                    throw PyErr.valueError("unmarshalling code objects is disallowed");
                }
                return ((PyCode) o).code;
            }
            if (c == PyTuple.class) {
                PyTuple t = (PyTuple) o;
                List<Object> items = new ArrayList<>(t.size());
                for (int i = 0; i < t.size(); i++) {
                    items.add(toModel(t.get(i), depth));
                }
                return new Constant.Tuple(items);
            }
            if (c == PyFrozenSet.class) {
                List<Object> items = new ArrayList<>();
                Abstract.forEach(o, x -> items.add(toModel(x, depth)));
                return new Constant.FrozenSet(items);
            }
            if (c == PyList.class) {
                MarshalList list = new MarshalList();
                memo.put(o, list);
                for (Object x : ((PyList) o).toArray()) {
                    list.add(toModel(x, depth));
                }
                return list;
            }
            if (c == PyDict.class) {
                MarshalDict dict = new MarshalDict();
                memo.put(o, dict);
                PyDict d = (PyDict) o;
                for (Object k : d.keys()) {
                    dict.put(toModel(k, depth), toModel(d.getItem(k), depth));
                }
                return dict;
            }
            if (c == PySet.class) {
                MarshalSet set = new MarshalSet();
                memo.put(o, set);
                Abstract.forEach(o, x -> set.add(toModel(x, depth)));
                return set;
            }
            // Any other object with a buffer (bytearray, memoryview, array) is written as bytes.
            byte[] buffer = o instanceof PyStr ? null : dev.kaa.vm.modules.struct.Buffers.contiguousOrNull(o);
            if (buffer != null) {
                Constant.Bytes bytes = new Constant.Bytes(buffer);
                heldOnce.add(bytes);
                return bytes;
            }
            throw PyErr.valueError("unmarshallable object");
        }
    }

    /** The codec's model back to Python objects, one per model object (a memo by identity). */
    private static final class Rebuild {
        private final boolean allowCode;
        private final Marshal.LoadedValue loaded;
        private final Map<Object, Object> memo = new IdentityHashMap<>();

        Rebuild(boolean allowCode, Marshal.LoadedValue loaded) {
            this.allowCode = allowCode;
            this.loaded = loaded;
        }

        Object run() {
            return fromModel(loaded.value());
        }

        private Object fromModel(Object m) {
            Object known = memo.get(m);
            if (known != null) {
                return known;
            }
            Object o = convert(m);
            memo.put(m, o);
            return o;
        }

        private Object[] rebuildAll(List<Object> models) {
            Object[] items = new Object[models.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = fromModel(models.get(i));
            }
            return items;
        }

        private Object convert(Object m) {
            switch (m) {
                case MarshalList l -> {
                    PyList out = new PyList();
                    memo.put(m, out);
                    for (Object x : l.items()) {
                        out.append(fromModel(x));
                    }
                    return out;
                }
                case MarshalDict d -> {
                    PyDict out = new PyDict();
                    memo.put(m, out);
                    for (MarshalDict.Entry e : d.entries()) {
                        out.setItem(fromModel(e.key()), fromModel(e.value()));
                    }
                    return out;
                }
                case MarshalSet s -> {
                    PySet out = new PySet();
                    memo.put(m, out);
                    for (Object x : s.items()) {
                        out.addItem(fromModel(x));
                    }
                    return out;
                }
                case Constant.Tuple t -> {
                    return PyTuple.of(rebuildAll(t.items()));
                }
                case Constant.FrozenSet f -> {
                    return PyFrozenSet.of(PyTuple.of(rebuildAll(f.items())));
                }
                case String s -> {
                    // Only the interned type codes intern: CPython's loads gives a new str otherwise.
                    return loaded.internedStrings().contains(s) ? PyStr.intern(s) : PyStr.of(s);
                }
                case dev.kaa.bytecode.CodeObject c when !allowCode ->
                    throw PyErr.valueError("unmarshalling code objects is disallowed");
                default -> {
                    return Constants.toPython(m);
                }
            }
        }
    }
}
