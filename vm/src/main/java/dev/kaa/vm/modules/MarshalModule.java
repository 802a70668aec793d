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
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyCode;
import dev.kaa.vm.objects.PyComplex;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFrozenSet;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PySet;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code marshal}: CPython 3.13's serialisation of code objects and the values they hold, over
 * the bytecode module's codec ({@link Marshal}), which also reads and writes Kaa's {@code .pyc}
 * files. Lists, dicts and sets, which code objects never hold, are marshallable too, as in
 * CPython; anything else is "unmarshallable object".
 *
 * <p>Thread safety: stateless.
 */
public final class MarshalModule {
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
        return new PyBytes(write(value, allow_code));
    }

    @PyMethod(doc = "Encode value in marshal format onto a binary file.")
    static void dump(Object value, Object file, @Opt("4") int version, @KwOnly @Opt("True") boolean allow_code) {
        Abstract.callMethod(file, "write", new PyBytes(write(value, allow_code)));
    }

    @PyMethod(doc = "Rebuild a value from its marshal bytes; extra bytes after it are ignored.")
    static Object loads(Object bytes, @KwOnly @Opt("True") boolean allow_code) {
        return read(dev.kaa.vm.modules.struct.Buffers.read(bytes), allow_code);
    }

    @PyMethod(doc = "Read the next marshalled value from a binary file.")
    static Object load(Object file, @KwOnly @Opt("True") boolean allow_code) {
        // CPython reads what it needs from the file; Kaa reads the rest and parses the first value.
        Object data = Abstract.callMethod(file, "read");
        if (!(data instanceof PyBytes b)) {
            throw PyErr.typeError("file.read() returned not bytes but %T", data);
        }
        return read(b.data(), allow_code);
    }

    private static byte[] write(Object value, boolean allowCode) {
        Object model = toModel(value, allowCode);
        try {
            return Marshal.dumps(model);
        } catch (IllegalArgumentException e) {
            throw PyErr.valueError("unmarshallable object");
        }
    }

    private static Object read(byte[] data, boolean allowCode) {
        Object model;
        try {
            model = Marshal.loads(data, null);
        } catch (MarshalFormatException e) {
            PyType type = switch (e.pythonType()) {
                case "EOFError" -> Exceptions.EOFError;
                case "TypeError" -> Exceptions.TypeError;
                case "UnicodeDecodeError" -> Exceptions.ValueError;
                default -> Exceptions.ValueError;
            };
            throw PyErr.format(type, "%s", e.reason());
        }
        return fromModel(model, allowCode);
    }

    /** The codec's value of a Python object: {@link Constants#toJava} plus the containers of marshal alone. */
    private static Object toModel(Object o, boolean allowCode) {
        if (o instanceof PyCode && !allowCode) {
            throw PyErr.valueError("unmarshalling code objects is disallowed");
        }
        if (o.getClass() == PyList.class) {
            List<Object> items = new ArrayList<>();
            for (Object x : ((PyList) o).toArray()) {
                items.add(toModel(x, allowCode));
            }
            return new MarshalList(items);
        }
        if (o.getClass() == PyDict.class) {
            List<MarshalDict.Entry> entries = new ArrayList<>();
            PyDict d = (PyDict) o;
            for (Object k : d.keys()) {
                entries.add(new MarshalDict.Entry(toModel(k, allowCode), toModel(d.getItem(k), allowCode)));
            }
            return new MarshalDict(entries);
        }
        if (o.getClass() == PySet.class) {
            List<Object> items = new ArrayList<>();
            Abstract.forEach(o, x -> items.add(toModel(x, allowCode)));
            return new MarshalSet(items);
        }
        if (o instanceof PyComplex c) {
            return new Constant.Complex(c.real(), c.imag());
        }
        if (o instanceof PyTuple t && o.getClass() == PyTuple.class) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                items.add(toModel(t.get(i), allowCode));
            }
            return new Constant.Tuple(items);
        }
        if (o instanceof PyFrozenSet && o.getClass() == PyFrozenSet.class) {
            List<Object> items = new ArrayList<>();
            Abstract.forEach(o, x -> items.add(toModel(x, allowCode)));
            return new Constant.FrozenSet(items);
        }
        try {
            return Constants.toJava(o);
        } catch (dev.kaa.vm.objects.PyException e) {
            throw PyErr.valueError("unmarshallable object");
        }
    }

    private static Object fromModel(Object m, boolean allowCode) {
        if (m instanceof MarshalList l) {
            PyList out = new PyList();
            for (Object x : l.items()) {
                out.append(fromModel(x, allowCode));
            }
            return out;
        }
        if (m instanceof MarshalDict d) {
            PyDict out = new PyDict();
            for (MarshalDict.Entry e : d.entries()) {
                out.setItem(fromModel(e.key(), allowCode), fromModel(e.value(), allowCode));
            }
            return out;
        }
        if (m instanceof MarshalSet s) {
            PySet out = new PySet();
            for (Object x : s.items()) {
                out.addItem(fromModel(x, allowCode));
            }
            return out;
        }
        if (m instanceof dev.kaa.bytecode.CodeObject && !allowCode) {
            throw PyErr.valueError("unmarshalling code objects is disallowed");
        }
        return Constants.toPython(m);
    }
}
