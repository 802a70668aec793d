package dev.kaa.vm.objects;

/**
 * What {@code staticmethod} and {@code classmethod} copy from the function they wrap, as
 * {@code functools.update_wrapper} would: {@code __module__}, {@code __name__},
 * {@code __qualname__}, {@code __doc__} and {@code __annotations__} ({@code __wrapped__} is a member).
 *
 * <p>Thread safety: stateless.
 */
final class Wrapping {
    private Wrapping() {}

    private static final String[] COPIED = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};

    static void copyAttributes(Object wrapped, PyDict into) {
        for (String name : COPIED) {
            Object v;
            try {
                v = Abstract.lookupAttr(wrapped, PyStr.intern(name));
            } catch (PyException e) {
                continue;
            }
            if (v != null) {
                into.setItem(PyStr.intern(name), v);
            }
        }
    }
}
