package dev.kaa.vm.internal.eval;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Structural pattern matching ({@code match}): the checks of {@code MATCH_MAPPING},
 * {@code MATCH_SEQUENCE}, {@code MATCH_KEYS} and {@code MATCH_CLASS}.
 *
 * <p>Thread safety: stateless; runs under the GIL.
 */
final class Matching {
    private Matching() {}

    private static final PyStr MATCH_ARGS = PyStr.intern("__match_args__");

    static boolean isMapping(Object o) {
        return Abstract.typeOf(o).collectionFlag() == PyType.MAPPING;
    }

    static boolean isSequence(Object o) {
        return Abstract.typeOf(o).collectionFlag() == PyType.SEQUENCE;
    }

    /** {@code MATCH_KEYS}: the values of {@code keys} in {@code subject}, or None if one is missing. */
    static Object matchKeys(Object subject, Object keys) {
        PyTuple ks = (PyTuple) keys;
        if (ks.size() == 0) {
            return PyTuple.EMPTY;
        }
        Object get = Abstract.getAttr(subject, "get");
        PyObject dummy = new PyDict();
        Object[] values = new Object[ks.size()];
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < values.length; i++) {
            Object k = ks.get(i);
            if (!seen.add(new HashKey(k))) {
                throw PyErr.valueError("mapping pattern checks duplicate key (%R)", k);
            }
            Object v = Abstract.call(get, k, dummy);
            if (v == dummy) {
                return PyNone.NONE;
            }
            values[i] = v;
        }
        return PyTuple.of(values);
    }

    /** Python-equality key for duplicate checks. */
    private record HashKey(Object o) {
        @Override public boolean equals(Object other) {
            return other instanceof HashKey h && Abstract.equals(o, h.o);
        }

        @Override public int hashCode() {
            return Long.hashCode(Abstract.hash(o));
        }
    }

    /** {@code MATCH_CLASS}: the attributes a class pattern extracts, or None when it does not match. */
    static Object matchClass(Object subject, Object cls, Object names, int nargs) {
        if (!(cls instanceof PyType type)) {
            throw PyErr.typeError("called match pattern must be a class");
        }
        if (!dev.kaa.vm.objects.TypeChecks.isInstance(subject, type)) {
            return PyNone.NONE;
        }
        List<Object> attrs = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        if (nargs > 0) {
            Object matchArgs = Abstract.lookupAttr(type, MATCH_ARGS);
            if (matchArgs == null) {
                if (selfMatching(type)) {
                    if (nargs > 1) {
                        throw PyErr.typeError("%s() accepts 1 positional sub-pattern (%d given)", type.name(), nargs);
                    }
                    attrs.add(subject);
                } else {
                    throw PyErr.typeError("%s() accepts 0 positional sub-patterns (%d given)", type.name(), nargs);
                }
            } else {
                if (!(matchArgs instanceof PyTuple ma)) {
                    throw PyErr.typeError("%s.__match_args__ must be a tuple (got %T)", type.name(), matchArgs);
                }
                if (nargs > ma.size()) {
                    throw PyErr.typeError("%s() accepts %d positional sub-pattern%s (%d given)", type.name(), ma.size(),
                            ma.size() == 1 ? "" : "s", nargs);
                }
                for (int i = 0; i < nargs; i++) {
                    Object n = ma.get(i);
                    if (!(n instanceof PyStr name)) {
                        throw PyErr.typeError("__match_args__ elements must be strings (got %T)", n);
                    }
                    if (!taken.add(name.value())) {
                        throw PyErr.typeError("%s() got multiple sub-patterns for attribute %R", type.name(), name);
                    }
                    Object v = Abstract.lookupAttr(subject, name);
                    if (v == null) {
                        return PyNone.NONE;
                    }
                    attrs.add(v);
                }
            }
        }
        for (Object n : ((PyTuple) names).items()) {
            PyStr name = (PyStr) n;
            if (!taken.add(name.value())) {
                throw PyErr.typeError("%s() got multiple sub-patterns for attribute %R", type.name(), name);
            }
            Object v = Abstract.lookupAttr(subject, name);
            if (v == null) {
                return PyNone.NONE;
            }
            attrs.add(v);
        }
        return PyTuple.of(attrs.toArray());
    }

    /** The built-in classes whose single positional sub-pattern matches the subject itself. */
    private static boolean selfMatching(PyType type) {
        for (PyType t : type.mro()) {
            if (t.isHeapType()) {
                continue;
            }
            String n = t.name();
            if (t.moduleName().equals("builtins") && switch (n) {
                case "bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple" -> true;
                default -> false;
            }) {
                return true;
            }
            break;
        }
        return false;
    }

}
