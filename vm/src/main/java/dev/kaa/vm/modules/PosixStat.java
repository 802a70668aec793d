package dev.kaa.vm.modules;

import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.StructSeq;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

/**
 * {@code os.stat_result} and the calls that make one: {@code stat}, {@code lstat},
 * {@code fstat}. The values come from the JDK's {@code unix:*} attributes (Linux's
 * {@code struct stat}).
 *
 * <p>Items 7 to 9 of the tuple are the times as whole seconds; the attributes
 * {@code st_atime} … are floats and {@code st_atime_ns} … exact nanoseconds, as in CPython.
 * The JDK does not report {@code st_blksize}: {@link PosixBlockSize} finds it. Nor does it report
 * {@code st_blocks}, which has no other source short of native code, so that one is missing.
 *
 * <p>Thread safety: immutable.
 */
final class PosixStat {
    private PosixStat() {}

    static final StructSeq.Kind STAT_RESULT = StructSeq.newType("os", "stat_result", new String[] {
        "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
        "st_atime", "st_mtime", "st_ctime",
        "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_rdev"}, 10);

    private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);

    /** {@code stat_result} for {@code path}, following symbolic links or not. */
    static StructSeq of(Path path, boolean follow) throws IOException {
        Map<String, Object> a = follow ? Files.readAttributes(path, "unix:*")
                : Files.readAttributes(path, "unix:*", LinkOption.NOFOLLOW_LINKS);
        return make(a, PosixBlockSize.of(path, a));
    }

    /** The values of {@code os.stat_result} from the JDK's {@code unix:*} attributes and {@code st_blksize}. */
    static StructSeq make(Map<String, Object> a, int blksize) {
        Instant at = ((FileTime) a.get("lastAccessTime")).toInstant();
        Instant mt = ((FileTime) a.get("lastModifiedTime")).toInstant();
        Instant ct = ((FileTime) a.get("ctime")).toInstant();
        return STAT_RESULT.make(
                PyInt.of(((Number) a.get("mode")).longValue()),
                PyInt.of(((Number) a.get("ino")).longValue()),
                unsigned(((Number) a.get("dev")).longValue()),
                PyInt.of(((Number) a.get("nlink")).longValue()),
                PyInt.of(Integer.toUnsignedLong(((Number) a.get("uid")).intValue())),
                PyInt.of(Integer.toUnsignedLong(((Number) a.get("gid")).intValue())),
                PyInt.of(((Number) a.get("size")).longValue()),
                PyInt.of(at.getEpochSecond()), PyInt.of(mt.getEpochSecond()), PyInt.of(ct.getEpochSecond()),
                seconds(at), seconds(mt), seconds(ct), nanos(at), nanos(mt), nanos(ct), PyInt.of(blksize),
                unsigned(((Number) a.get("rdev")).longValue()));
    }

    private static PyInt unsigned(long v) {
        return v >= 0 ? PyInt.of(v) : PyInt.of(new BigInteger(Long.toUnsignedString(v)));
    }

    /** The float time as CPython computes it: seconds plus nanoseconds times 1e-9. */
    private static PyFloat seconds(Instant t) {
        return new PyFloat((double) t.getEpochSecond() + (double) t.getNano() * 1e-9);
    }

    private static PyInt nanos(Instant t) {
        return PyInt.of(BigInteger.valueOf(t.getEpochSecond()).multiply(BILLION).add(BigInteger.valueOf(t.getNano())));
    }

    /** Raises NotADirectoryError when a path written with a trailing slash is not a directory. */
    static void checkTrailingSlash(PosixPaths.Arg p, Path path) {
        if (p.trailingSlash() && Files.exists(path) && !Files.isDirectory(path)) {
            throw PosixErrors.error(PosixErrors.ENOTDIR, p.object());
        }
    }

    /** {@code fstat(fd)} through the descriptor table. */
    static StructSeq fstat(PosixFdTable.Handle h) throws IOException {
        if (h.path == null) {
            if (h.channel instanceof java.nio.channels.Pipe.SourceChannel
                    || h.channel instanceof java.nio.channels.Pipe.SinkChannel) {
                return pipe();
            }
            throw new PosixFdTable.PosixFailure(PosixErrors.ENOSYS);
        }
        return of(h.path, true);
    }

    /**
     * {@code fstat} of an {@code os.pipe()} end: the JDK does not tell which inode its pipe has, so
     * this gives what Linux reports for any pipe: a FIFO of mode 0600, owned by the process, empty,
     * with the page as block size ({@code _pyio.FileIO} and {@code stat.S_ISFIFO} need the mode).
     */
    private static StructSeq pipe() throws IOException {
        Map<String, Object> a = new java.util.HashMap<>(Files.readAttributes(Path.of("/proc/self"), "unix:*"));
        a.put("mode", 0010600);
        a.put("ino", 0L);
        a.put("nlink", 1);
        a.put("size", 0L);
        a.put("rdev", 0L);
        return make(a, 4096);
    }

    /** Rejects {@code dir_fd} other than None: Kaa has no directory descriptors to resolve against. */
    static void noDirFd(String func, Object dirFd) {
        if (dirFd != null && dirFd != dev.kaa.vm.objects.PyNone.NONE) {
            throw PyErr.notImplementedError("dir_fd unavailable on this platform");
        }
    }
}
