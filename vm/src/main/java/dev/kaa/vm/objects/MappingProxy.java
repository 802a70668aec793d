package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * {@code types.MappingProxyType}: a read-only view of a mapping, as {@code cls.__dict__} gives.
 * Reads, comparisons, {@code |}, {@code str} and {@code hash} go to the mapping.
 *
 * <p>Thread safety: GIL-guarded (reads the underlying mapping).
 */
public final class MappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("mappingproxy", MappingProxy.class, MethodHandles.lookup(),
            PyType.MAPPING);

    private final Object mapping;

    public MappingProxy(Object mapping) {
        this.mapping = mapping;
    }

    @Override public PyType type() {
        return TYPE;
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > 1) {
            throw PyErr.typeError("mappingproxy() takes at most 1 argument (%d given)", args.length);
        }
        if (npos == 0 && (nkw != 1 || !kwnames[0].equals("mapping"))) {
            throw PyErr.typeError("mappingproxy() missing required argument 'mapping' (pos 1)");
        }
        if (nkw > 0 && npos == 1) {
            throw PyErr.typeError("mappingproxy() got an unexpected keyword argument '%s'", kwnames[0]);
        }
        Object mapping = args[0];
        if (mapping instanceof PyList || mapping instanceof PyTuple
                || Abstract.typeOf(mapping).slot(Slot.__getitem__) == null) {
            throw PyErr.typeError("mappingproxy() argument must be a mapping, not %T", mapping);
        }
        return new MappingProxy(mapping);
    }

    @PyMethod
    Object __getitem__(Object key) {
        return Abstract.getItem(mapping, key);
    }

    @PyMethod
    long __len__() {
        return Abstract.lenLong(mapping);
    }

    @PyMethod
    Object __contains__(Object key) {
        return PyBool.of(Abstract.contains(mapping, key));
    }

    @PyMethod
    Object __iter__() {
        return Abstract.iter(mapping);
    }

    @PyMethod
    Object __reversed__() {
        return Abstract.callMethod(mapping, "__reversed__");
    }

    @PyMethod
    Object get(Object key, @Opt("None") Object dflt) {
        return Abstract.callMethod(mapping, "get", key, dflt);
    }

    @PyMethod
    Object keys() {
        return Abstract.callMethod(mapping, "keys");
    }

    @PyMethod
    Object values() {
        return Abstract.callMethod(mapping, "values");
    }

    @PyMethod
    Object items() {
        return Abstract.callMethod(mapping, "items");
    }

    @PyMethod
    Object copy() {
        return Abstract.callMethod(mapping, "copy");
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("mappingproxy(" + Abstract.repr(mapping) + ")");
    }

    @PyMethod
    Object __str__() {
        return Abstract.str(mapping);
    }

    @PyMethod
    long __hash__() {
        return Abstract.hash(mapping);
    }

    private static Object unwrap(Object o) {
        return o instanceof MappingProxy p ? p.mapping : o;
    }

    @PyMethod
    Object __or__(Object other) {
        return Abstract.binaryOp(mapping, unwrap(other), BinaryOp.OR);
    }

    @PyMethod
    Object __ror__(Object other) {
        return Abstract.binaryOp(unwrap(other), mapping, BinaryOp.OR);
    }

    @PyMethod
    Object __ior__(Object other) {
        throw PyErr.typeError("'|=' is not supported by mappingproxy; use '|' instead");
    }

    @PyMethod
    Object __eq__(Object other) {
        return Abstract.richCompare(mapping, other, CompareOp.EQ);
    }

    @PyMethod
    Object __ne__(Object other) {
        return Abstract.richCompare(mapping, other, CompareOp.NE);
    }

    @PyMethod
    Object __lt__(Object other) {
        return Abstract.richCompare(mapping, other, CompareOp.LT);
    }

    @PyMethod
    Object __le__(Object other) {
        return Abstract.richCompare(mapping, other, CompareOp.LE);
    }

    @PyMethod
    Object __gt__(Object other) {
        return Abstract.richCompare(mapping, other, CompareOp.GT);
    }

    @PyMethod
    Object __ge__(Object other) {
        return Abstract.richCompare(mapping, other, CompareOp.GE);
    }

    @ClassMethod
    static Object __class_getitem__(PyType cls, Object item) {
        return GenericAlias.of(cls, item);
    }
}
