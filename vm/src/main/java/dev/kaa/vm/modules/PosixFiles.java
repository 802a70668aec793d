package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.KwOnly;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The {@code posix} functions on paths: {@code stat}, {@code listdir}, {@code mkdir},
 * {@code rename}, {@code chdir} … Relative paths are resolved against the interpreter's
 * current directory ({@link PosixState}); {@code dir_fd} other than None is not available.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class PosixFiles {
    private PosixFiles() {}

    private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};
    private static final LinkOption[] FOLLOW = {};

    @PyMethod(positionalOnly = 0, doc = "Status of path, as a stat_result.")
    static Object stat(Object path, @KwOnly @Opt Object dir_fd, @Opt("True") boolean follow_symlinks) {
        PosixStat.noDirFd("stat", dir_fd);
        PosixPaths.Arg p = PosixPaths.convert("stat", "path", path, true, false);
        if (p.isFd()) {
            PosixFdTable.Handle h = PosixState.current().fds.get(p.fd(), p.object());
            try {
                return PosixStat.fstat(h);
            } catch (IOException e) {
                throw PosixErrors.of(e, null);
            }
        }
        return statPath(p, follow_symlinks);
    }

    static Object statPath(PosixPaths.Arg p, boolean follow) {
        Path path = p.path();
        try {
            Object r = PosixStat.of(path, follow);
            PosixStat.checkTrailingSlash(p, path);
            return r;
        } catch (IOException e) {
            throw PosixErrors.of(e, p.object());
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Status of path itself (a symbolic link is not followed), as a stat_result.")
    static Object lstat(Object path, @KwOnly @Opt Object dir_fd) {
        PosixStat.noDirFd("lstat", dir_fd);
        return statPath(PosixPaths.convert("lstat", "path", path, false, false), false);
    }

    @PyMethod(positionalOnly = 0, doc = "Status of the file open on fd, as a stat_result.")
    static Object fstat(int fd) {
        PosixFdTable.Handle h = PosixState.current().fds.get(fd);
        try {
            return PosixStat.fstat(h);
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Whether the real user may access path in the given mode (F_OK, R_OK, W_OK,"
            + " X_OK).")
    static boolean access(Object path, int mode, @KwOnly @Opt Object dir_fd, @Opt("False") boolean effective_ids,
            @Opt("True") boolean follow_symlinks) {
        PosixStat.noDirFd("access", dir_fd);
        if (effective_ids) {
            throw PyErr.notImplementedError("access: effective_ids unavailable on this platform");
        }
        PosixPaths.Arg p = PosixPaths.convert("access", "path", path, false, false);
        if (p.text().isEmpty()) {
            return false;
        }
        Path f = p.path();
        LinkOption[] opts = follow_symlinks ? FOLLOW : NOFOLLOW;
        if (!Files.exists(f, opts) || p.trailingSlash() && !Files.isDirectory(f)) {
            return false;
        }
        return ((mode & 4) == 0 || Files.isReadable(f)) && ((mode & 2) == 0 || Files.isWritable(f))
                && ((mode & 1) == 0 || Files.isExecutable(f));
    }

    @PyMethod(doc = "The working directory, as str.")
    static Object getcwd() {
        return PyStr.of(checkedCwd().toString());
    }

    /** The current directory, which must still exist, as getcwd(3) requires. */
    private static Path checkedCwd() {
        Path cwd = PosixState.current().cwd;
        if (!Files.isDirectory(cwd)) {
            throw PosixErrors.error(PosixErrors.ENOENT, null);
        }
        return cwd;
    }

    @PyMethod(doc = "The working directory, as bytes.")
    static Object getcwdb() {
        return new PyBytes(checkedCwd().toString().getBytes(StandardCharsets.UTF_8));
    }

    @PyMethod(positionalOnly = 0, doc = "Make path the working directory.\n"
            + "\n"
            + "Kaa keeps the current directory per interpreter (the JVM cannot change its own).")
    static void chdir(Object path) {
        PosixState st = PosixState.current();
        PosixPaths.Arg p = PosixPaths.convert("chdir", "path", path, true, false);
        Path dir;
        if (p.isFd()) {
            PosixFdTable.Handle h = st.fds.get(p.fd(), p.object());
            if (!h.directory) {
                throw PosixErrors.error(PosixErrors.ENOTDIR, p.object());
            }
            dir = h.path;
        } else {
            dir = p.path();
        }
        Object name = p.object();
        if (!Files.exists(dir)) {
            throw PosixErrors.error(PosixErrors.ENOENT, name);
        }
        if (!Files.isDirectory(dir)) {
            throw PosixErrors.error(PosixErrors.ENOTDIR, name);
        }
        if (!Files.isExecutable(dir)) {
            throw PosixErrors.error(PosixErrors.EACCES, name);
        }
        try {
            st.cwd = dir.toRealPath();
        } catch (IOException e) {
            throw PosixErrors.of(e, name);
        }
    }

    /** The directory a listdir/scandir argument names: a path or a directory descriptor. */
    static Path directoryOf(PosixPaths.Arg p) {
        if (p.isFd()) {
            PosixFdTable.Handle h = PosixState.current().fds.get(p.fd());
            if (!h.directory) {
                throw PosixErrors.error(PosixErrors.ENOTDIR, p.object());
            }
            return h.path;
        }
        return p.path();
    }

    @PyMethod(positionalOnly = 0, doc = "The names of the entries of a directory (without '.' and '..'), in no set"
            + " order.")
    static Object listdir(@Opt Object path) {
        PosixPaths.Arg p = PosixPaths.convert("listdir", "path", path == null ? PyNone.NONE : path, true, true);
        Path dir = directoryOf(p);
        List<Object> names = new ArrayList<>();
        // DirectoryStream reads the directory in readdir(3) order, as CPython's listdir does.
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path e : ds) {
                names.add(p.name(e.getFileName().toString()));
            }
        } catch (IOException e) {
            throw PosixErrors.of(e, p.isFd() ? null : p.object());
        }
        return new PyList(names.toArray());
    }

    /** The permissions in {@code mode}'s low nine bits, as a creation attribute. */
    static FileAttribute<Set<PosixFilePermission>> permissions(int mode) {
        return PosixFilePermissions.asFileAttribute(permissionSet(mode));
    }

    static Set<PosixFilePermission> permissionSet(int mode) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] all = PosixFilePermission.values(); // OWNER_READ … OTHERS_EXECUTE
        for (int i = 0; i < 9; i++) {
            if ((mode & (0400 >> i)) != 0) {
                s.add(all[i]);
            }
        }
        return s;
    }

    /** After creating {@code f}: applies a umask set with os.umask (the kernel applied the process's). */
    static void applyUmask(Path f, int mode) throws IOException {
        PosixState st = PosixState.current();
        if (st.umaskOverridden()) {
            Files.setPosixFilePermissions(f, permissionSet(mode & ~st.umask() & 0777));
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Create a directory.")
    static void mkdir(Object path, @Opt("511") int mode, @KwOnly @Opt Object dir_fd) {
        PosixStat.noDirFd("mkdir", dir_fd);
        PosixPaths.Arg p = PosixPaths.convert("mkdir", "path", path, false, false);
        Path f = p.path();
        try {
            Files.createDirectory(f, permissions(mode));
            applyUmask(f, mode);
        } catch (IOException e) {
            throw PosixErrors.of(e, p.object());
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Remove a directory.")
    static void rmdir(Object path, @KwOnly @Opt Object dir_fd) {
        PosixStat.noDirFd("rmdir", dir_fd);
        PosixPaths.Arg p = PosixPaths.convert("rmdir", "path", path, false, false);
        Path f = p.path();
        if (Files.exists(f, NOFOLLOW) && !Files.isDirectory(f, NOFOLLOW)) {
            throw PosixErrors.error(PosixErrors.ENOTDIR, p.object());
        }
        try {
            Files.delete(f);
        } catch (IOException e) {
            throw PosixErrors.of(e, p.object());
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Delete the file at path (an alias of remove()).")
    static void unlink(Object path, @KwOnly @Opt Object dir_fd) {
        removeFile("unlink", path, dir_fd);
    }

    @PyMethod(positionalOnly = 0, doc = "Delete the file at path (an alias of unlink()).")
    static void remove(Object path, @KwOnly @Opt Object dir_fd) {
        removeFile("remove", path, dir_fd);
    }

    private static void removeFile(String func, Object path, Object dirFd) {
        PosixStat.noDirFd(func, dirFd);
        PosixPaths.Arg p = PosixPaths.convert(func, "path", path, false, false);
        Path f = p.path();
        if (Files.isDirectory(f, NOFOLLOW)) {
            throw PosixErrors.error(PosixErrors.EISDIR, p.object());
        }
        if (p.trailingSlash() && Files.exists(f, NOFOLLOW)) {
            throw PosixErrors.error(PosixErrors.ENOTDIR, p.object());
        }
        try {
            Files.delete(f);
        } catch (IOException e) {
            throw PosixErrors.of(e, p.object());
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Move src to dst.")
    static void rename(Object src, Object dst, @KwOnly @Opt Object src_dir_fd, @Opt Object dst_dir_fd) {
        move("rename", src, dst, src_dir_fd, dst_dir_fd);
    }

    @PyMethod(positionalOnly = 0, doc = "Move src to dst, replacing dst if it exists.")
    static void replace(Object src, Object dst, @KwOnly @Opt Object src_dir_fd, @Opt Object dst_dir_fd) {
        move("replace", src, dst, src_dir_fd, dst_dir_fd);
    }

    private static void move(String func, Object src, Object dst, Object srcDirFd, Object dstDirFd) {
        PosixStat.noDirFd(func, srcDirFd);
        PosixStat.noDirFd(func, dstDirFd);
        PosixPaths.Arg s = PosixPaths.convert(func, "src", src, false, false);
        PosixPaths.Arg d = PosixPaths.convert(func, "dst", dst, false, false);
        try {
            // An atomic move is rename(2) itself: it replaces an existing target as POSIX says.
            Files.move(s.path(), d.path(), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw PosixErrors.error(PosixErrors.EXDEV, s.object(), d.object());
        } catch (IOException e) {
            throw PosixErrors.of(e, s.object(), d.object());
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Make dst a new name (hard link) for the file src.")
    static void link(Object src, Object dst, @KwOnly @Opt Object src_dir_fd, @Opt Object dst_dir_fd,
            @Opt("True") boolean follow_symlinks) {
        PosixStat.noDirFd("link", src_dir_fd);
        PosixStat.noDirFd("link", dst_dir_fd);
        PosixPaths.Arg s = PosixPaths.convert("link", "src", src, false, false);
        PosixPaths.Arg d = PosixPaths.convert("link", "dst", dst, false, false);
        try {
            Path target = s.path();
            if (follow_symlinks && Files.isSymbolicLink(target)) {
                target = target.toRealPath();
            }
            Files.createLink(d.path(), target);
        } catch (IOException e) {
            throw PosixErrors.of(e, s.object(), d.object());
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Make dst a symbolic link whose target is src.")
    static void symlink(Object src, Object dst, @Opt("False") boolean target_is_directory, @KwOnly @Opt Object dir_fd) {
        PosixStat.noDirFd("symlink", dir_fd);
        PosixPaths.Arg s = PosixPaths.convert("symlink", "src", src, false, false);
        PosixPaths.Arg d = PosixPaths.convert("symlink", "dst", dst, false, false);
        try {
            // The link's text is stored as given: a relative target stays relative to the link.
            Files.createSymbolicLink(d.path(), Path.of(s.text()));
        } catch (IOException e) {
            throw PosixErrors.of(e, s.object(), d.object());
        } catch (java.nio.file.InvalidPathException e) {
            throw PosixErrors.error(PosixErrors.EINVAL, s.object(), d.object());
        }
    }

    @PyMethod(positionalOnly = 0, doc = "The target of the symbolic link path.")
    static Object readlink(Object path, @KwOnly @Opt Object dir_fd) {
        PosixStat.noDirFd("readlink", dir_fd);
        PosixPaths.Arg p = PosixPaths.convert("readlink", "path", path, false, false);
        try {
            return p.name(Files.readSymbolicLink(p.path()).toString());
        } catch (IOException e) {
            throw PosixErrors.of(e, p.object());
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Set the permission bits of path to mode.")
    static void chmod(Object path, int mode, @KwOnly @Opt Object dir_fd, @Opt("True") boolean follow_symlinks) {
        PosixStat.noDirFd("chmod", dir_fd);
        PosixPaths.Arg p = PosixPaths.convert("chmod", "path", path, true, false);
        if (!follow_symlinks) {
            // Linux has no lchmod.
            throw PyErr.notImplementedError("chmod: follow_symlinks unavailable on this platform");
        }
        PosixState st = PosixState.current();
        Path f = p.isFd() ? st.fds.get(p.fd(), p.object()).path : p.path();
        try {
            Files.setAttribute(f, "unix:mode", mode & 07777);
        } catch (IOException e) {
            throw PosixErrors.of(e, p.isFd() ? null : p.object());
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            try {
                Files.setPosixFilePermissions(f, permissionSet(mode));
            } catch (IOException e2) {
                throw PosixErrors.of(e2, p.isFd() ? null : p.object());
            }
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Give path the owner uid and the group gid (-1 leaves one unchanged).")
    static void chown(Object path, Object uid, Object gid, @KwOnly @Opt Object dir_fd,
            @Opt("True") boolean follow_symlinks) {
        PosixStat.noDirFd("chown", dir_fd);
        PosixPaths.Arg p = PosixPaths.convert("chown", "path", path, true, false);
        Path f = p.isFd() ? PosixState.current().fds.get(p.fd(), p.object()).path : p.path();
        setOwner(f, id("uid", uid), id("gid", gid), follow_symlinks, p.object());
    }

    @PyMethod(positionalOnly = 0, doc = "Give path itself (a symbolic link is not followed) the owner uid and group"
            + " gid.")
    static void lchown(Object path, Object uid, Object gid) {
        PosixPaths.Arg p = PosixPaths.convert("lchown", "path", path, false, false);
        setOwner(p.path(), id("uid", uid), id("gid", gid), false, p.object());
    }

    @PyMethod(positionalOnly = 0, doc = "Give the file open on fd the owner uid and the group gid (-1 leaves one"
            + " unchanged).")
    static void fchown(int fd, Object uid, Object gid) {
        Path f = PosixState.current().fds.get(fd).path;
        long u = id("uid", uid), g = id("gid", gid);
        if (f == null) {
            throw PosixErrors.error(PosixErrors.EINVAL, null);
        }
        setOwner(f, u, g, true, null);
    }

    /** A uid or gid argument: -1 (or its unsigned form) for "unchanged", with CPython's range errors. */
    private static long id(String what, Object o) {
        if (!(o instanceof dev.kaa.vm.objects.PyInt i)) {
            throw PyErr.typeError("%s should be integer, not %T", what, o);
        }
        java.math.BigInteger v = i.bigValue();
        if (v.bitLength() > 64 && v.signum() > 0) {
            throw PyErr.overflowError("%s is greater than maximum", what);
        }
        long n = v.longValue();
        if (n == -1 || n == 0xffffffffL) {
            return -1;
        }
        // CPython reports values above uid_t's range as "less than minimum" too.
        if (n < -1 || v.signum() > 0 && v.bitLength() > 32 || v.bitLength() > 63) {
            throw PyErr.overflowError("%s is less than minimum", what);
        }
        return n;
    }

    private static void setOwner(Path f, long uid, long gid, boolean follow, Object name) {
        LinkOption[] opts = follow ? FOLLOW : NOFOLLOW;
        try {
            if (uid != -1) {
                Files.setAttribute(f, "unix:uid", (int) uid, opts);
            }
            if (gid != -1) {
                Files.setAttribute(f, "unix:gid", (int) gid, opts);
            }
            if (uid == -1 && gid == -1) {
                Files.readAttributes(f, "unix:mode", opts); // chown(2) still reports a missing file
            }
        } catch (IOException e) {
            throw PosixErrors.of(e, name);
        }
    }

    @PyMethod(doc = "Make the directory open on fd the working directory.")
    static void fchdir(Object fd) {
        PosixState st = PosixState.current();
        PosixFdTable.Handle h = st.fds.get(PosixFds.fileno(fd));
        if (!h.directory) {
            throw PosixErrors.error(PosixErrors.ENOTDIR, null);
        }
        try {
            st.cwd = h.path.toRealPath();
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Set the permission bits of the file open on fd to mode.")
    static void fchmod(int fd, int mode) {
        Path f = PosixState.current().fds.get(fd).path;
        if (f == null) {
            throw PosixErrors.error(PosixErrors.EINVAL, null); // a pipe
        }
        try {
            Files.setAttribute(f, "unix:mode", mode & 07777);
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Change the access and modification times of path (to now by default).")
    static void utime(Object path, @Opt Object times, @KwOnly @Opt Object ns, @Opt Object dir_fd,
            @Opt("True") boolean follow_symlinks) {
        PosixStat.noDirFd("utime", dir_fd);
        PosixPaths.Arg p = PosixPaths.convert("utime", "path", path, true, false);
        boolean haveTimes = times != null && times != PyNone.NONE;
        if (haveTimes && ns != null) {
            throw PyErr.valueError("utime: you may specify either 'times' or 'ns' but not both");
        }
        FileTime atime, mtime;
        if (haveTimes) {
            if (!(times instanceof PyTuple t) || t.size() != 2) {
                throw PyErr.typeError("utime: 'times' must be either a tuple of two ints or None");
            }
            atime = secondsTime(t.get(0));
            mtime = secondsTime(t.get(1));
        } else if (ns != null) {
            if (!(ns instanceof PyTuple t) || t.size() != 2) {
                throw PyErr.typeError("utime: 'ns' must be a tuple of two ints");
            }
            atime = nanosTime(t.get(0));
            mtime = nanosTime(t.get(1));
        } else {
            atime = mtime = FileTime.from(java.time.Instant.now());
        }
        Path f = p.isFd() ? PosixState.current().fds.get(p.fd(), p.object()).path : p.path();
        try {
            Files.getFileAttributeView(f, BasicFileAttributeView.class, follow_symlinks ? FOLLOW : NOFOLLOW)
                    .setTimes(mtime, atime, null);
        } catch (IOException e) {
            throw PosixErrors.of(e, p.isFd() ? null : p.object());
        }
    }

    private static FileTime secondsTime(Object v) {
        if (v instanceof dev.kaa.vm.objects.PyFloat) {
            // As CPython: the fraction alone is scaled, then rounded towards minus infinity.
            double d = Abstract.asDouble(v);
            double whole = d < 0 ? Math.ceil(d) : Math.floor(d);
            double frac = Math.floor((d - whole) * 1e9);
            long sec = (long) whole;
            if (frac >= 1e9) {
                frac -= 1e9;
                sec++;
            } else if (frac < 0) {
                frac += 1e9;
                sec--;
            }
            return FileTime.from(java.time.Instant.ofEpochSecond(sec, (long) frac));
        }
        return FileTime.from(Abstract.asLong(Abstract.index(v)), TimeUnit.SECONDS);
    }

    private static FileTime nanosTime(Object v) {
        java.math.BigInteger[] qr = Abstract.index(v).bigValue().divideAndRemainder(java.math.BigInteger.valueOf(1_000_000_000L));
        long sec = qr[0].longValue(), nano = qr[1].longValue();
        if (nano < 0) {
            sec--;
            nano += 1_000_000_000L;
        }
        return FileTime.from(java.time.Instant.ofEpochSecond(sec, nano));
    }

    @PyMethod(positionalOnly = 0, doc = "Cut or extend the file at path to length bytes.")
    static void truncate(Object path, long length) {
        PosixPaths.Arg p = PosixPaths.convert("truncate", "path", path, true, false);
        if (p.isFd()) {
            PosixFds.ftruncate(p.fd(), length);
            return;
        }
        if (length < 0) {
            throw PosixErrors.error(PosixErrors.EINVAL, p.object());
        }
        Path f = p.path();
        if (Files.isDirectory(f)) {
            throw PosixErrors.error(PosixErrors.EISDIR, p.object());
        }
        try (FileChannel fc = FileChannel.open(f, StandardOpenOption.WRITE)) {
            setLength(fc, length);
        } catch (IOException e) {
            throw PosixErrors.of(e, p.object());
        }
    }

    /** {@code ftruncate(2)}: shrinks, or grows with zeros. */
    static void setLength(FileChannel fc, long length) throws IOException {
        long size = fc.size();
        if (length < size) {
            fc.truncate(length);
        } else if (length > size) {
            fc.write(ByteBuffer.wrap(new byte[1]), length - 1);
        }
    }
}
