package dev.kaa.vm.modules;

import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyTuple;
import java.io.IOException;

/**
 * {@code os.openpty}: a pseudo-terminal pair from the C library's {@code openpty}
 * ({@link PosixNative}), its two descriptors adopted into Kaa's table
 * ({@link PosixFdTable#adopt}), which needs the opens {@link NativeDescriptors} names; without
 * them {@code openpty} raises OSError (ENOSYS) before making a pair. {@code os.forkpty} and
 * {@code os.login_tty} are absent: the JVM cannot fork, and making a terminal the controlling
 * one is what a child does after forking ({@code pty.fork} raises what {@code os.fork} does).
 *
 * <p>Thread safety: stateless.
 */
final class PosixTerminals {
    private PosixTerminals() {}

    @PyMethod(doc = "Open a pseudo-terminal pair: gives (master, slave), two new non-inheritable descriptors.")
    static Object openpty() {
        if (!NativeDescriptors.available()) {
            throw PosixErrors.error(PosixErrors.ENOSYS, null);
        }
        int[] pair;
        try {
            pair = PosixNative.openpty();
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
        return PyTuple.of(PyInt.of(FileDescriptors.adopt(pair[0])), PyInt.of(FileDescriptors.adopt(pair[1])));
    }
}
