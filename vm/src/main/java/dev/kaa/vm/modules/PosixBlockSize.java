package dev.kaa.vm.modules;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code st_blksize}, which the JDK's {@code unix:*} attributes leave out. Linux gives a file the
 * block size of the file system holding it; the JDK reports that file system's {@code statvfs}
 * {@code f_bsize} through {@link FileStore#getBlockSize()}, the same number on disk and memory file
 * systems (ext4, xfs, btrfs, tmpfs, devtmpfs, sysfs). Two kinds differ and are named here:
 * {@code proc} and {@code devpts} files report 1024 while their {@code statfs} reports the page
 * size, and pipes and sockets (no mount point to ask) report the page size, 4096 on the machines
 * Kaa runs on. A lookup that fails also gives 4096, Linux's usual value.
 *
 * <p>Finding a file's store reads the mount table (about 0.2 ms), so the answer is kept per
 * device number ({@code st_dev} names one mounted file system).
 *
 * <p>Thread safety: self-locking (a concurrent map of facts about the machine, which every
 * interpreter of the process shares because they are the same for all).
 */
public final class PosixBlockSize {
    private PosixBlockSize() {}

    private static final int PAGE = 4096;
    private static final int S_IFMT = 0170000, S_IFIFO = 0010000, S_IFSOCK = 0140000;
    private static final Map<Long, Integer> BY_DEVICE = new ConcurrentHashMap<>();

    /** {@code st_blksize} for the file at {@code path}, whose {@code unix:*} attributes are {@code a}. */
    static int of(Path path, Map<String, Object> a) {
        int type = ((Number) a.get("mode")).intValue() & S_IFMT;
        if (type == S_IFIFO || type == S_IFSOCK) {
            return PAGE;
        }
        long dev = ((Number) a.get("dev")).longValue();
        Integer known = BY_DEVICE.get(dev);
        if (known != null) {
            return known;
        }
        int size;
        try {
            FileStore store = Files.getFileStore(path);
            String kind = store.type();
            long bs = store.getBlockSize();
            size = kind.equals("proc") || kind.equals("devpts") ? 1024
                    : bs > 0 && bs <= Integer.MAX_VALUE ? (int) bs : PAGE;
        } catch (IOException | RuntimeException e) {
            return PAGE; // not cached: a later call may find the store
        }
        BY_DEVICE.put(dev, size);
        return size;
    }

    /** {@code os.fstat(fd).st_blksize} for a descriptor of this interpreter's table; -1 when it has none. */
    public static long ofFd(int fd) {
        try {
            PosixFdTable.Handle h = PosixState.current().fds.get(fd);
            if (h.channel instanceof java.nio.channels.Pipe.SourceChannel
                    || h.channel instanceof java.nio.channels.Pipe.SinkChannel) {
                return PAGE;
            }
            if (h.path == null) {
                return -1;
            }
            return of(h.path, Files.readAttributes(h.path, "unix:*"));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
