package dev.kaa.vm.objects;

/**
 * CPython's {@code PyObject_LengthHint}: {@code len(o)} where it has one, else
 * {@code o.__length_hint__()}, else a default; what {@code operator.length_hint} answers and what
 * {@code list(iterable)} asks before it fills the list.
 *
 * <p>Thread safety: stateless.
 */
public final class LengthHint {
    private LengthHint() {}

    private static final PyStr LENGTH_HINT = PyStr.intern("__length_hint__");

    /** The hint for {@code o}, or {@code dflt} where it gives none. */
    public static long of(Object o, long dflt) {
        if (Abstract.typeOf(o).unary(Slot.__len__) != null) {
            try {
                return Abstract.len(o);
            } catch (PyException e) {
                if (!e.matches(Exceptions.TypeError)) {
                    throw e;
                }
            }
        }
        Object hint = Abstract.lookupSpecial(o, LENGTH_HINT);
        if (hint == null) {
            return dflt;
        }
        Object r;
        try {
            r = Abstract.call(hint);
        } catch (PyException e) {
            if (e.matches(Exceptions.TypeError)) {
                return dflt;
            }
            throw e;
        }
        if (r == PySingletons.NOT_IMPLEMENTED) {
            return dflt;
        }
        if (!(r instanceof PyInt i)) {
            throw PyErr.typeError("__length_hint__ must be an integer, not %T", r);
        }
        if (i.signum() < 0) {
            throw PyErr.valueError("__length_hint__() should return >= 0");
        }
        if (!i.isLong()) {
            throw PyErr.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return i.longValue();
    }
}
