package dev.kaa.vm.objects;

/**
 * A {@code KeyError}: its {@code str()} is the {@code repr()} of a single argument, so that
 * {@code KeyError('')} does not print as an empty message.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class ExcKeyError extends PyBaseException {
    ExcKeyError(PyType type, PyTuple args) {
        super(type, args);
    }

    @PyMethod("__str__")
    Object strKeyError() {
        return args.size() == 1 ? Abstract.repr(args.get(0)) : strBaseException();
    }
}
