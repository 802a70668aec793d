package dev.kaa.vm.objects;

import dev.kaa.bytecode.Constant;

/**
 * Constants of the types written beside the kernel ({@code bytes}, {@code frozenset},
 * {@code complex}). {@code complex} is looked up by name until its class lands; a complex
 * constant stops with a clear error before that.
 */
final class ConstantsPending {
    private ConstantsPending() {}

    static Object toPython(Object c) {
        if (c instanceof Constant.Bytes b) {
            return new PyBytes(b.value());
        }
        if (c instanceof Constant.FrozenSet f) {
            Object[] items = new Object[f.items().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = Constants.toPython(f.items().get(i));
            }
            return PyFrozenSet.of(PyTuple.of(items));
        }
        if (c instanceof Constant.Complex z) {
            return new PyComplex(z.real(), z.imag());
        }
        throw PyErr.systemError("Kaa cannot load a constant of this kind: %s", c.getClass().getSimpleName());
    }
}
