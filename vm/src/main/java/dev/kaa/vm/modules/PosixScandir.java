package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.ClassMethod;
import dev.kaa.vm.objects.GenericAlias;
import dev.kaa.vm.objects.KwOnly;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.StructSeq;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * {@code os.scandir}: the {@code posix.ScandirIterator} (an iterator and context manager over a
 * directory, read lazily in {@code readdir} order) and its {@code posix.DirEntry} items.
 *
 * <p>The JDK does not give the entry's type and inode from {@code readdir}, so a {@code DirEntry}
 * reads those two (CPython's {@code d_type} and {@code d_ino}) as the iterator yields it, and
 * answers {@code is_dir()}, {@code is_file()}, {@code is_symlink()} and {@code inode()} from them
 * even after the file is gone, as CPython does; {@code stat()} is a real {@code lstat}/{@code stat}
 * made when first asked, then cached.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class PosixScandir {
    private PosixScandir() {}

    @PyMethod(positionalOnly = 0, doc = "Iterate over a directory, one DirEntry per entry (no '.' or '..').")
    static Object scandir(@Opt Object path) {
        PosixPaths.Arg p = PosixPaths.convert("scandir", "path", path == null ? PyNone.NONE : path, true, true);
        Path dir = PosixFiles.directoryOf(p);
        try {
            DirectoryStream<Path> ds = Files.newDirectoryStream(dir);
            String prefix = p.isFd() ? "" : p.text().endsWith("/") ? p.text() : p.text() + "/";
            return new ScandirIterator(ds, p, prefix);
        } catch (IOException e) {
            throw PosixErrors.of(e, p.isFd() ? null : p.object());
        }
    }

    /** {@code posix.ScandirIterator}. */
    static final class ScandirIterator extends PyObject {
        static final PyType TYPE = PyType.builtin("posix.ScandirIterator", ScandirIterator.class,
                MethodHandles.lookup(), PyType.DISALLOW_INSTANTIATION);
        private DirectoryStream<Path> stream;
        private final Iterator<Path> it;
        private final PosixPaths.Arg arg;
        private final String prefix;

        ScandirIterator(DirectoryStream<Path> stream, PosixPaths.Arg arg, String prefix) {
            this.stream = stream;
            this.it = stream.iterator();
            this.arg = arg;
            this.prefix = prefix;
        }

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        Object __iter__() {
            return this;
        }

        @PyMethod
        Object __next__() {
            if (stream == null) {
                throw PyErr.stopIteration(null);
            }
            try {
                if (it.hasNext()) {
                    Path entry = it.next();
                    String name = entry.getFileName().toString();
                    return new DirEntry(arg.name(name), arg.name(prefix + name), entry);
                }
            } catch (java.nio.file.DirectoryIteratorException e) {
                close();
                throw PosixErrors.of(e.getCause(), arg.isFd() ? null : arg.object());
            }
            close();
            throw PyErr.stopIteration(null);
        }

        @PyMethod(doc = "Close the scandir iterator.")
        void close() {
            if (stream != null) {
                try {
                    stream.close();
                } catch (IOException e) {
                    // Closing a directory stream cannot usefully fail.
                }
                stream = null;
            }
        }

        @PyMethod
        Object __enter__() {
            return this;
        }

        @PyMethod
        boolean __exit__(Object[] args, String[] kwnames) {
            close();
            return false;
        }

        @PyMethod
        Object __repr__() {
            return PyStr.of("<posix.ScandirIterator object at " + Abstract.idHex(this) + ">");
        }
    }

    /** {@code posix.DirEntry}. */
    static final class DirEntry extends PyObject {
        static final PyType TYPE = PyType.builtin("posix.DirEntry", DirEntry.class, MethodHandles.lookup(),
                PyType.DISALLOW_INSTANTIATION);
        private final Object name, path;
        private final Path file;
        /** Cached lstat and stat results; null until asked. */
        private StructSeq lstat, stat;
        /** The type bits and inode read with the entry, as readdir gives them; -1 when unknown. */
        private final int dType;
        private final long dIno;

        DirEntry(Object name, Object path, Path file) {
            this.name = name;
            this.path = path;
            this.file = file;
            int type = -1;
            long ino = -1;
            try {
                var attrs = Files.readAttributes(file, "unix:ino,mode", java.nio.file.LinkOption.NOFOLLOW_LINKS);
                type = ((Integer) attrs.get("mode")) & 0170000;
                ino = (Long) attrs.get("ino");
            } catch (IOException | RuntimeException e) {
                // Gone already, or no unix view: learnt from lstat when asked.
            }
            this.dType = type;
            this.dIno = ino;
        }

        @Override public PyType type() {
            return TYPE;
        }

        @PyGetter("name")
        Object nameAttr() {
            return name;
        }

        @PyGetter("path")
        Object pathAttr() {
            return path;
        }

        private StructSeq lstatCached() throws IOException {
            if (lstat == null) {
                lstat = PosixStat.of(file, false);
            }
            return lstat;
        }

        @PyMethod(positionalOnly = 0, doc = "The entry's stat_result (following symlinks unless told not to); cached.")
        Object stat(@KwOnly @Opt("True") boolean follow_symlinks) {
            try {
                if (!follow_symlinks) {
                    return lstatCached();
                }
                if (stat == null) {
                    StructSeq l = lstatCached();
                    stat = isLink(l) ? PosixStat.of(file, true) : l;
                }
                return stat;
            } catch (IOException e) {
                throw PosixErrors.of(e, path);
            }
        }

        private static int mode(StructSeq s) {
            return Abstract.asInt(s.get(0));
        }

        private static boolean isLink(StructSeq s) {
            return (mode(s) & 0170000) == 0120000;
        }

        /** The file type bits, or -1 when the entry (or a link's target) is gone. */
        private int type(boolean follow) {
            if (dType >= 0 && (!follow || dType != 0120000)) {
                return dType;
            }
            try {
                StructSeq l = lstatCached();
                if (follow && isLink(l)) {
                    return mode((StructSeq) stat(true)) & 0170000;
                }
                return mode(l) & 0170000;
            } catch (IOException e) {
                return -1;
            } catch (dev.kaa.vm.objects.PyException e) {
                if (Abstract.typeOf(e.value()) == dev.kaa.vm.objects.Exceptions.FileNotFoundError) {
                    return -1;
                }
                throw e;
            }
        }

        @PyMethod(positionalOnly = 0, doc = "Whether the entry is a directory (following symlinks unless told not"
                + " to); cached.")
        boolean is_dir(@KwOnly @Opt("True") boolean follow_symlinks) {
            return type(follow_symlinks) == 0040000;
        }

        @PyMethod(positionalOnly = 0, doc = "Whether the entry is a regular file (following symlinks unless told not"
                + " to); cached.")
        boolean is_file(@KwOnly @Opt("True") boolean follow_symlinks) {
            return type(follow_symlinks) == 0100000;
        }

        @PyMethod(doc = "Whether the entry itself is a symbolic link; cached.")
        boolean is_symlink() {
            return type(false) == 0120000;
        }

        @PyMethod(doc = "Always False: POSIX has no junctions.")
        boolean is_junction() {
            return false;
        }

        @PyMethod(doc = "The entry's inode number; cached.")
        Object inode() {
            if (dIno >= 0) {
                return dev.kaa.vm.objects.PyInt.of(dIno);
            }
            try {
                return lstatCached().get(1);
            } catch (IOException e) {
                throw PosixErrors.of(e, path);
            }
        }

        @PyMethod(doc = "The entry's path, for os.fspath().")
        Object __fspath__() {
            return path;
        }

        @PyMethod
        Object __repr__() {
            return PyStr.of("<DirEntry " + Abstract.repr(name).value() + ">");
        }

        @ClassMethod
        static Object __class_getitem__(PyType cls, Object item) {
            return GenericAlias.of(cls, item);
        }
    }
}
