package dev.kaa.bytecode.pyc;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.marshal.EncodingTrace;
import dev.kaa.bytecode.marshal.Marshal;
import dev.kaa.bytecode.marshal.MarshalFormatException;
import dev.kaa.bytecode.marshal.Unmarshalled;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A CPython 3.13 {@code .pyc} file: a {@link PycHeader} and the module's code object in
 * {@code marshal} format.
 *
 * <p>A file read with {@link #read(Path)} keeps the {@link EncodingTrace} of its code object, so
 * {@link #toBytes()} gives back the bytes that were read. A file made with
 * {@link #of(PycHeader, CodeObject)} chooses its encodings as CPython would.
 *
 * <p>Writes are atomic: the bytes go to a temporary file in the same directory, which is forced
 * to disk and then moved over the target, so a reader (Kaa or CPython) sees the old file or the
 * whole new one, never a part.
 *
 * @param header the header
 * @param code the module's code object
 * @param trace how the code object was encoded when read, or null
 *
 * <p>Thread safety: immutable.
 */
public record PycFile(PycHeader header, CodeObject code, EncodingTrace trace) {
    private static final System.Logger LOG = System.getLogger("dev.kaa.bytecode.pyc");

    /** A file to write, its encodings chosen afresh. */
    public static PycFile of(PycHeader header, CodeObject code) {
        return new PycFile(header, code, null);
    }

    /**
     * Reads and checks a {@code .pyc} file.
     *
     * @throws PycFormatException if the file is not a valid CPython 3.13 {@code .pyc}
     * @throws IOException if it cannot be read
     */
    public static PycFile read(Path path) throws IOException {
        return parse(Files.readAllBytes(path), path.getFileName() == null ? path.toString()
                : path.getFileName().toString());
    }

    /**
     * Checks and decodes the bytes of a {@code .pyc}; {@code name} names the file in messages.
     *
     * @throws PycFormatException if the bytes are not a valid CPython 3.13 {@code .pyc}
     */
    public static PycFile parse(byte[] data, String name) throws PycFormatException {
        PycHeader header = PycHeader.parse(data, name);
        Unmarshalled body;
        try {
            body = Marshal.loadsFaithful(data, PycHeader.SIZE, data.length - PycHeader.SIZE, name);
        } catch (MarshalFormatException e) {
            throw new PycFormatException(e.pythonType(), e.getMessage(), e.offset(), e);
        }
        if (!(body.value() instanceof CodeObject code)) {
            throw new PycFormatException("ImportError", "Non-code object in '" + name + "'", PycHeader.SIZE);
        }
        return new PycFile(header, code, body.trace());
    }

    /** The bytes of the file: header, then the code object (replaying the trace if there is one). */
    public byte[] toBytes() {
        byte[] head = header.toBytes();
        byte[] body = Marshal.dumps(code, trace);
        byte[] out = new byte[head.length + body.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }

    /** Writes a new {@code .pyc} for {@code code} atomically (see the class comment). */
    public static void write(Path path, PycHeader header, CodeObject code) throws IOException {
        of(header, code).writeTo(path);
    }

    /** Writes this file to {@code path} atomically (see the class comment). */
    public void writeTo(Path path) throws IOException {
        writeAtomically(path, toBytes());
    }

    /**
     * Writes {@code bytes} to {@code path} through a temporary file in the same directory, forced
     * to disk before it replaces the target; the temporary file is removed if anything fails.
     */
    static void writeAtomically(Path path, byte[] bytes) throws IOException {
        Path target = path.toAbsolutePath();
        Path dir = target.getParent();
        // Not Files.createTempFile: its file is private to the owner (0600), and the cache
        // should get the ordinary permissions (0666 less the umask), as CPython's does.
        Path temp = dir.resolve(target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1)
                + ".tmp");
        boolean created = false;
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                created = true;
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
            LOG.log(System.Logger.Level.DEBUG, "wrote {0} ({1} bytes)", target, bytes.length);
        } catch (IOException | RuntimeException e) {
            if (created && !moved) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw e;
        }
        forceDirectory(dir);
    }

    /** Makes the rename durable where the platform allows opening a directory (not on Windows). */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the rename is already visible; durability across a crash is best effort here
        }
    }
}
