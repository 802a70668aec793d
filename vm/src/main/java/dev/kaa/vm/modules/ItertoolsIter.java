package dev.kaa.vm.modules;

import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyType;

/**
 * The common base of the itertools iterators: each may be subclassed in Python, so it carries
 * its type ({@link CollectionsSubclassable}).
 *
 * <p>Thread safety: GIL-guarded.
 */
abstract class ItertoolsIter extends CollectionsSubclassable {
    ItertoolsIter(PyType cls) {
        super(cls, false);
    }

    /** The {@code StopIteration} that ends an iterator. */
    static PyException exhausted() {
        return PyErr.stopIteration(null);
    }
}
