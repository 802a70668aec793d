package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;
import java.math.BigInteger;
import java.lang.invoke.MethodHandles;

/**
 * {@code _stat}: the constants and mode tests {@code stat.py} replaces its pure-Python
 * definitions with, with Linux's values (the BSD and Solaris names are there with CPython's
 * values, 0 where Linux has no such file type).
 *
 * <p>Thread safety: stateless.
 */
public final class StatModule {
    private StatModule() {}

    static final long S_IFMT = 0170000, S_IFDIR = 0040000, S_IFCHR = 0020000, S_IFBLK = 0060000, S_IFREG = 0100000,
            S_IFIFO = 0010000, S_IFLNK = 0120000, S_IFSOCK = 0140000, S_ISUID = 04000, S_ISGID = 02000,
            S_ISVTX = 01000;

    private static final String CONSTANTS = "SF_APPEND=262144 SF_ARCHIVED=65536 SF_DATALESS=1073741824 "
            + "SF_FIRMLINK=8388608 SF_IMMUTABLE=131072 SF_NOUNLINK=1048576 SF_SETTABLE=4294901760 SF_SNAPSHOT=2097152 "
            + "ST_ATIME=7 ST_CTIME=9 ST_DEV=2 ST_GID=5 ST_INO=1 ST_MODE=0 ST_MTIME=8 ST_NLINK=3 ST_SIZE=6 ST_UID=4 "
            + "S_ENFMT=1024 S_IEXEC=64 S_IFBLK=24576 S_IFCHR=8192 S_IFDIR=16384 S_IFDOOR=0 S_IFIFO=4096 "
            + "S_IFLNK=40960 S_IFPORT=0 S_IFREG=32768 S_IFSOCK=49152 S_IFWHT=0 S_IREAD=256 S_IRGRP=32 S_IROTH=4 "
            + "S_IRUSR=256 S_IRWXG=56 S_IRWXO=7 S_IRWXU=448 S_ISGID=1024 S_ISUID=2048 S_ISVTX=512 S_IWGRP=16 "
            + "S_IWOTH=2 S_IWRITE=128 S_IWUSR=128 S_IXGRP=8 S_IXOTH=1 S_IXUSR=64 UF_APPEND=4 UF_COMPRESSED=32 "
            + "UF_DATAVAULT=128 UF_HIDDEN=32768 UF_IMMUTABLE=2 UF_NODUMP=1 UF_NOUNLINK=16 UF_OPAQUE=8 "
            + "UF_SETTABLE=65535 UF_TRACKED=64";

    private static final BigInteger ULONG_LIMIT = BigInteger.ONE.shiftLeft(64);

    public static PyModule create() {
        PyModule m = new PyModule("_stat");
        m.put("__doc__", PyStr.of("The bits of st_mode and st_flags, and tests on them:"
                + " S_IS*(mode) tell a file's kind,\n"
                + "S_IMODE and S_IFMT split a mode, filemode spells it as ls -l does.\n"));
        for (String pair : CONSTANTS.split(" ")) {
            int eq = pair.indexOf('=');
            m.put(pair.substring(0, eq), PyInt.of(Long.parseLong(pair.substring(eq + 1))));
        }
        Exposer.functions(StatModule.class, MethodHandles.lookup(), "_stat", m).forEach(m::put);
        return m;
    }

    /** The one mode argument of a function of this module. */
    private static long arg(String name, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("_stat.%s() takes no keyword arguments", name);
        }
        if (args.length != 1) {
            throw PyErr.typeError("_stat.%s() takes exactly one argument (%d given)", name, args.length);
        }
        return mode(args[0]);
    }

    @PyMethod(doc = "Whether the mode is that of a directory.")
    static boolean S_ISDIR(Object[] args, String[] kwnames) {
        long mode = arg("S_ISDIR", args, kwnames);
        return (mode & S_IFMT) == S_IFDIR;
    }

    @PyMethod(doc = "Whether the mode is that of a character device.")
    static boolean S_ISCHR(Object[] args, String[] kwnames) {
        long mode = arg("S_ISCHR", args, kwnames);
        return (mode & S_IFMT) == S_IFCHR;
    }

    @PyMethod(doc = "Whether the mode is that of a block device.")
    static boolean S_ISBLK(Object[] args, String[] kwnames) {
        long mode = arg("S_ISBLK", args, kwnames);
        return (mode & S_IFMT) == S_IFBLK;
    }

    @PyMethod(doc = "Whether the mode is that of a regular file.")
    static boolean S_ISREG(Object[] args, String[] kwnames) {
        long mode = arg("S_ISREG", args, kwnames);
        return (mode & S_IFMT) == S_IFREG;
    }

    @PyMethod(doc = "Whether the mode is that of a FIFO (named pipe).")
    static boolean S_ISFIFO(Object[] args, String[] kwnames) {
        long mode = arg("S_ISFIFO", args, kwnames);
        return (mode & S_IFMT) == S_IFIFO;
    }

    @PyMethod(doc = "Whether the mode is that of a symbolic link.")
    static boolean S_ISLNK(Object[] args, String[] kwnames) {
        long mode = arg("S_ISLNK", args, kwnames);
        return (mode & S_IFMT) == S_IFLNK;
    }

    @PyMethod(doc = "Whether the mode is that of a socket.")
    static boolean S_ISSOCK(Object[] args, String[] kwnames) {
        long mode = arg("S_ISSOCK", args, kwnames);
        return (mode & S_IFMT) == S_IFSOCK;
    }

    @PyMethod(doc = "Whether the mode is that of a door (Solaris; never here).")
    static boolean S_ISDOOR(Object[] args, String[] kwnames) {
        long mode = arg("S_ISDOOR", args, kwnames);
        // Linux has no such file type.
        return false;
    }

    @PyMethod(doc = "Whether the mode is that of an event port (Solaris; never here).")
    static boolean S_ISPORT(Object[] args, String[] kwnames) {
        long mode = arg("S_ISPORT", args, kwnames);
        // Linux has no such file type.
        return false;
    }

    @PyMethod(doc = "Whether the mode is that of a whiteout (BSD; never here).")
    static boolean S_ISWHT(Object[] args, String[] kwnames) {
        long mode = arg("S_ISWHT", args, kwnames);
        // Linux has no such file type.
        return false;
    }

    @PyMethod(doc = "The permission bits of a mode (what os.chmod() sets), without the file kind.")
    static long S_IMODE(Object[] args, String[] kwnames) {
        long mode = arg("S_IMODE", args, kwnames);
        return mode & 07777;
    }

    @PyMethod(doc = "The file-kind bits of a mode (compare with S_IFREG, S_IFDIR ...).")
    static long S_IFMT(Object[] args, String[] kwnames) {
        long mode = arg("S_IFMT", args, kwnames);
        return mode & S_IFMT;
    }

    @PyMethod(value = "filemode", doc = "Spell a mode as ls -l does, e.g. 'drwxr-xr-x'.")
    static String filemodeFunction(Object[] args, String[] kwnames) {
        return filemode(arg("filemode", args, kwnames));
    }

    /** A mode argument as CPython's {@code _PyLong_AsMode_t} reads it (an int, no {@code __index__}). */
    static long mode(Object o) {
        if (!(o instanceof PyInt i)) {
            throw PyErr.typeError("an integer is required");
        }
        if (i.signum() < 0) {
            throw PyErr.overflowError("can't convert negative value to unsigned int");
        }
        BigInteger v = i.bigValue();
        if (v.compareTo(ULONG_LIMIT) >= 0) {
            throw PyErr.overflowError("Python int too large to convert to C unsigned long");
        }
        if (v.bitLength() > 32) {
            throw PyErr.overflowError("mode out of range");
        }
        return v.longValue();
    }

    /** {@code ls -l}'s ten characters for a mode. */
    static String filemode(long mode) {
        char type = switch ((int) (mode & S_IFMT)) {
            case (int) S_IFLNK -> 'l';
            case (int) S_IFSOCK -> 's';
            case (int) S_IFREG -> '-';
            case (int) S_IFBLK -> 'b';
            case (int) S_IFDIR -> 'd';
            case (int) S_IFCHR -> 'c';
            case (int) S_IFIFO -> 'p';
            default -> '?';
        };
        StringBuilder sb = new StringBuilder(10).append(type);
        triple(sb, mode >> 6, (mode & S_ISUID) != 0, 's');
        triple(sb, mode >> 3, (mode & S_ISGID) != 0, 's');
        triple(sb, mode, (mode & S_ISVTX) != 0, 't');
        return sb.toString();
    }

    private static void triple(StringBuilder sb, long bits, boolean special, char specialChar) {
        sb.append((bits & 4) != 0 ? 'r' : '-').append((bits & 2) != 0 ? 'w' : '-');
        boolean x = (bits & 1) != 0;
        sb.append(special ? (x ? specialChar : Character.toUpperCase(specialChar)) : x ? 'x' : '-');
    }
}
