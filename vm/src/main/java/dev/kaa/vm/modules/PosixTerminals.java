package dev.kaa.vm.modules;

import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyTuple;
import java.io.IOException;

/**
 * {@code os.openpty}, {@code os.posix_openpt}, {@code grantpt}, {@code unlockpt} and
 * {@code ptsname}: pseudo-terminals from the C library ({@link PosixNative}), the descriptors it
 * makes adopted into Kaa's table ({@link PosixFdTable#adopt}), which needs the opens
 * {@link NativeDescriptors} names; without them these raise OSError (ENOSYS). {@code os.forkpty} and
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

    @PyMethod(doc = "Open a pseudo-terminal master with the given O_* flags (O_RDWR, O_NOCTTY); gives a new"
            + " non-inheritable descriptor.")
    static int posix_openpt(int oflag) {
        if (!NativeDescriptors.available()) {
            throw PosixErrors.error(PosixErrors.ENOSYS, null);
        }
        try {
            return FileDescriptors.adopt(PosixNative.posixOpenpt(oflag | FileDescriptors.O_CLOEXEC));
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    @PyMethod(doc = "Grant access to the slave of the pseudo-terminal master fd.")
    static void grantpt(Object fd) {
        try {
            PosixNative.grantpt(nativeOf(fd));
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    @PyMethod(doc = "Unlock the slave of the pseudo-terminal master fd, so that it can be opened.")
    static void unlockpt(Object fd) {
        try {
            PosixNative.unlockpt(nativeOf(fd));
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    @PyMethod(doc = "The path of the slave of the pseudo-terminal master fd.")
    static String ptsname(Object fd) {
        try {
            return PosixNative.ptsname(nativeOf(fd));
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    /** The native descriptor of a descriptor argument (an int or an object with fileno()); ENOSYS if none. */
    private static int nativeOf(Object fd) {
        int n = PosixState.current().fds.get(PosixFds.fileno(fd)).nativeDescriptor();
        if (n < 0) {
            throw PosixErrors.error(PosixErrors.ENOSYS, null);
        }
        return n;
    }
}
