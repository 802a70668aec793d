package dev.kaa.vm.modules.interpreters;

import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code _interpreters.CrossInterpreterBufferView}: in CPython, what a {@code memoryview} sent
 * to another interpreter arrives as. Kaa does not share buffers between interpreters yet, so
 * no instance is ever made; the type is there for code that names it.
 *
 * <p>Thread safety: immutable.
 */
final class CrossInterpreterBufferView extends PyObject {
    static final PyType TYPE = PyType.builtin("_interpreters.CrossInterpreterBufferView",
            CrossInterpreterBufferView.class, MethodHandles.lookup(), 0);

    private CrossInterpreterBufferView() {}

    @Override public PyType type() {
        return TYPE;
    }
}
