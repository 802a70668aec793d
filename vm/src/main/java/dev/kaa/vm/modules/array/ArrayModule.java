package dev.kaa.vm.modules.array;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * The {@code array} module: the {@link PyArray} type (also {@code ArrayType}), {@code typecodes}
 * and {@code _array_reconstructor}, through which arrays unpickle from their machine format.
 *
 * <p>Thread safety: the module's function object is created once per module; arrays are
 * GIL-guarded.
 */
public final class ArrayModule {
    private ArrayModule() {}

    private static volatile Object reconstructor;

    public static PyModule create() {
        PyModule m = new PyModule("array");
        m.put("__doc__", PyStr.of("This module defines an object type which can efficiently represent\n"
                + "an array of basic values: characters, integers, floating-point numbers.\n"
                + "Arrays are sequence types that behave much like lists, except that the type of\n"
                + "their items is fixed; the type code given on creation names it.\n"));
        Exposer.functions(ArrayModule.class, MethodHandles.lookup(), "array", m).forEach(m::put);
        reconstructor = m.dict().getItem(PyStr.of("_array_reconstructor"));
        m.put("array", PyArray.TYPE);
        m.put("ArrayType", PyArray.TYPE);
        m.put("typecodes", PyStr.of(TypeCode.ALL));
        registerMutableSequence();
        return m;
    }

    /** As CPython's module does: {@code collections.abc.MutableSequence.register(array)}. */
    private static void registerMutableSequence() {
        var ts = dev.kaa.vm.internal.eval.ThreadState.current();
        Object abc = ts.runtime.services.importName(ts, "collections.abc", null,
                dev.kaa.vm.objects.PyTuple.of(PyStr.of("MutableSequence")), 0);
        Abstract.callMethod(Abstract.getAttr(abc, "MutableSequence"), "register", PyArray.TYPE);
    }

    /** The {@code _array_reconstructor} function that {@code __reduce_ex__} names. */
    static Object reconstructor() {
        Object r = reconstructor;
        if (r == null) {
            r = Abstract.getAttr(Abstract.call(Abstract.getAttr(
                    dev.kaa.vm.internal.eval.ThreadState.current().runtime.builtinsModule, "__import__"),
                    PyStr.of("array")), "_array_reconstructor");
            reconstructor = r;
        }
        return r;
    }

    @PyMethod(doc = "Internal. Used for pickling support.")
    static Object _array_reconstructor(Object arraytype, Object typecode, int mformat, Object items) {
        if (!(arraytype instanceof PyType t)) {
            throw PyErr.typeError("first argument must be a type object, not %T", arraytype);
        }
        if (!t.isSubtypeOf(PyArray.TYPE)) {
            throw PyErr.typeError("%s is not a subtype of array.array", t.name());
        }
        if (!(typecode instanceof PyStr s) || s.length() != 1) {
            throw PyErr.typeError("_array_reconstructor() argument 2 must be a unicode character, not %T", typecode);
        }
        TypeCode tc = TypeCode.of(s.codePointAt(0));
        if (tc == null) {
            throw PyErr.valueError("second argument must be a valid type code");
        }
        if (mformat < 0 || mformat > MachineFormat.MAX) {
            throw PyErr.valueError("third argument must be a valid machine format code.");
        }
        if (!(items instanceof PyBytes b)) {
            throw PyErr.typeError("fourth argument should be bytes, not %T", items);
        }
        if (mformat == MachineFormat.of(tc)) {
            return Abstract.call(t, typecode, items);
        }
        byte[] raw = b.toByteArray();
        if (raw.length % MachineFormat.size(mformat) != 0) {
            throw PyErr.valueError("string length not a multiple of item size");
        }
        if (MachineFormat.isUnicode(mformat)) {
            return Abstract.call(t, typecode, PyStr.of(MachineFormat.decodeText(mformat, raw)));
        }
        Object[] values = MachineFormat.decodeNumbers(mformat, raw);
        // Floats keep the given type code; integers take the code of their size and signedness.
        TypeCode chosen = tc;
        if (!MachineFormat.isFloat(mformat)) {
            TypeCode.Kind kind = MachineFormat.isSigned(mformat) ? TypeCode.Kind.SIGNED : TypeCode.Kind.UNSIGNED;
            for (TypeCode c : TypeCode.all()) {
                if (c.kind == kind && c.size == MachineFormat.size(mformat)) {
                    chosen = c; // the last match, as CPython picks 'Q' over 'L'
                }
            }
        }
        return Abstract.call(t, PyStr.of(String.valueOf(chosen.code)), new PyList(values));
    }
}
