package dev.kaa.vm.modules;

import java.io.FileDescriptor;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.nio.channels.Channel;
import java.nio.channels.FileChannel;

/**
 * The operating system's descriptors behind the JDK's channels, and JDK channels over
 * descriptors the C library made ({@code openpty}'s). The JDK keeps them private: a
 * {@code FileChannel}'s {@code java.io.FileDescriptor} in a field, the number in that object's
 * {@code fd} field; pipe and socket channels answer {@code sun.nio.ch.SelChImpl.getFDVal()}.
 * They are reached once, through private lookups, which work only when {@code java.base} opens
 * its packages to Kaa:
 * <pre>
 *   --add-opens java.base/sun.nio.ch=dev.kaa.vm --add-opens java.base/java.io=dev.kaa.vm
 * </pre>
 * (the {@code kaa} launcher passes them; code on the class path needs {@code =ALL-UNNAMED}). A
 * host that did not open them still runs Kaa: every channel then has no native descriptor (-1),
 * so {@code fcntl} and {@code termios} reach only the standard streams, and {@code os.openpty}
 * raises OSError (ENOSYS). The logger {@code dev.kaa.vm.modules.NativeDescriptors} says so once,
 * at DEBUG level.
 *
 * <p>Thread safety: immutable (the handles are resolved when the class initialises).
 */
public final class NativeDescriptors {
    private NativeDescriptors() {}

    private static final System.Logger LOG = System.getLogger(NativeDescriptors.class.getName());

    /**
     * The JDK's internals: {@code FileChannelImpl.fd} (a {@code FileDescriptor}), that object's
     * {@code fd} number, {@code SelChImpl} with its {@code getFDVal()}, {@code new FileDescriptor(int)}
     * and {@code FileChannelImpl.open(fd, path, readable, writable, sync, direct, parent)}.
     */
    private record Access(VarHandle channelFd, VarHandle fdNumber, Class<?> selectable, MethodHandle selectableFd,
            MethodHandle newFd, MethodHandle openChannel) {}

    /** Null without the opens. */
    private static final Access ACCESS = resolve();

    private static Access resolve() {
        try {
            MethodHandles.Lookup io = MethodHandles.privateLookupIn(FileDescriptor.class, MethodHandles.lookup());
            Class<?> fileChannel = Class.forName("sun.nio.ch.FileChannelImpl");
            Class<?> selectable = Class.forName("sun.nio.ch.SelChImpl");
            MethodHandles.Lookup nio = MethodHandles.privateLookupIn(fileChannel, MethodHandles.lookup());
            return new Access(nio.findVarHandle(fileChannel, "fd", FileDescriptor.class),
                    io.findVarHandle(FileDescriptor.class, "fd", int.class),
                    selectable, nio.findVirtual(selectable, "getFDVal", MethodType.methodType(int.class)),
                    io.findConstructor(FileDescriptor.class, MethodType.methodType(void.class, int.class)),
                    nio.findStatic(fileChannel, "open", MethodType.methodType(FileChannel.class, FileDescriptor.class,
                            String.class, boolean.class, boolean.class, boolean.class, boolean.class,
                            java.io.Closeable.class)));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // IllegalAccessException (java.base not opened to Kaa) or a JDK whose internals differ.
            LOG.log(System.Logger.Level.DEBUG, "no native descriptors for Java channels (run with --add-opens"
                    + " java.base/sun.nio.ch and java.base/java.io to dev.kaa.vm): {0}", e.toString());
            return null;
        }
    }

    /** Whether the JDK's internals could be reached: without them every answer is -1. */
    public static boolean available() {
        return ACCESS != null;
    }

    /** The operating system's descriptor of an open channel, or -1 when it has none Kaa can reach. */
    static int of(Channel channel) {
        if (!available() || channel == null || !channel.isOpen()) {
            return -1;
        }
        try {
            if (channel instanceof FileChannel && channel.getClass().getName().equals("sun.nio.ch.FileChannelImpl")) {
                FileDescriptor fd = (FileDescriptor) ACCESS.channelFd().get(channel);
                return fd == null ? -1 : (int) ACCESS.fdNumber().get(fd);
            }
            if (ACCESS.selectable().isInstance(channel)) {
                return (int) ACCESS.selectableFd().invoke(channel);
            }
        } catch (Throwable t) {
            // getFDVal throws nothing; anything else is a JDK we do not know: no descriptor.
        }
        return -1;
    }

    /**
     * A channel that owns {@code fd}, a descriptor the C library made: reads and writes are
     * {@code read(2)} and {@code write(2)} on it, and closing the channel closes it.
     *
     * @throws IOException (ENOSYS) without access to the JDK's internals
     */
    static FileChannel adopt(int fd, String name, boolean readable, boolean writable) throws IOException {
        if (!available()) {
            throw new PosixFdTable.PosixFailure(PosixErrors.ENOSYS);
        }
        try {
            FileDescriptor descriptor = (FileDescriptor) ACCESS.newFd().invoke(fd);
            return (FileChannel) ACCESS.openChannel().invoke(descriptor, name, readable, writable, false, false, null);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IOException(t);
        }
    }
}
