package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.Ints;
import java.lang.invoke.MethodHandles;

/**
 * {@code _collections}: {@link DequeObject deque}, {@link DefaultDictObject defaultdict}, the
 * deque iterators, {@link CollectionsTupleGetter _tuplegetter} and {@code _count_elements}.
 * {@code OrderedDict} is left to the pure-Python class in {@code collections/__init__.py}.
 *
 * <p>Thread safety: stateless.
 */
public final class CollectionsModule {
    private CollectionsModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_collections");
        m.put("__doc__", PyStr.of("Fast containers for the collections module: deque (a double-ended queue)\n"
                + "and defaultdict (a dict that fills in missing keys from a factory).\n"));
        Exposer.functions(CollectionsModule.class, MethodHandles.lookup(), "_collections", m).forEach(m::put);
        m.put("deque", DequeObject.TYPE);
        m.put("defaultdict", DefaultDictObject.TYPE);
        m.put("_deque_iterator", DequeIterator.FORWARD);
        m.put("_deque_reverse_iterator", DequeIterator.REVERSE);
        m.put("_tuplegetter", CollectionsTupleGetter.TYPE);
        return m;
    }

    @PyMethod(doc = "Add 1 to mapping[item] for each item of the iterable (a helper for Counter).")
    static void _count_elements(Object mapping, Object iterable) {
        Object it = Abstract.iter(iterable);
        boolean exact = mapping.getClass() == PyDict.class;
        for (Object x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (exact) {
                PyDict d = (PyDict) mapping;
                Object old = d.getItem(x);
                d.setItem(x, old == null ? PyInt.ONE
                        : old instanceof PyInt i && i.getClass() == PyInt.class ? Ints.add(i, PyInt.ONE)
                        : Abstract.binaryOp(old, PyInt.ONE, dev.kaa.vm.objects.BinaryOp.ADD));
            } else {
                Object old = Abstract.callMethod(mapping, "get", x, PyInt.ZERO);
                Abstract.setItem(mapping, x, Abstract.binaryOp(old, PyInt.ONE, dev.kaa.vm.objects.BinaryOp.ADD));
            }
        }
    }
}
