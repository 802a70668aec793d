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
        m.put("__doc__", PyStr.of("S_IFMT_: file type bits\nS_IFDIR: directory\nS_IFCHR: character device\n"
                + "S_IFBLK: block device\nS_IFREG: regular file\nS_IFIFO: fifo (named pipe)\nS_IFLNK: symbolic link\n"
                + "S_IFSOCK: socket file\nS_IFDOOR: door\nS_IFPORT: event port\nS_IFWHT: whiteout\n"));
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

    @PyMethod(doc = "S_ISDIR(mode) -> bool\n\nReturn True if mode is from a directory.")
    static boolean S_ISDIR(Object[] args, String[] kwnames) {
        long mode = arg("S_ISDIR", args, kwnames);
        return (mode & S_IFMT) == S_IFDIR;
    }

    @PyMethod(doc = "S_ISCHR(mode) -> bool\n\nReturn True if mode is from a character special device file.")
    static boolean S_ISCHR(Object[] args, String[] kwnames) {
        long mode = arg("S_ISCHR", args, kwnames);
        return (mode & S_IFMT) == S_IFCHR;
    }

    @PyMethod(doc = "S_ISBLK(mode) -> bool\n\nReturn True if mode is from a block special device file.")
    static boolean S_ISBLK(Object[] args, String[] kwnames) {
        long mode = arg("S_ISBLK", args, kwnames);
        return (mode & S_IFMT) == S_IFBLK;
    }

    @PyMethod(doc = "S_ISREG(mode) -> bool\n\nReturn True if mode is from a regular file.")
    static boolean S_ISREG(Object[] args, String[] kwnames) {
        long mode = arg("S_ISREG", args, kwnames);
        return (mode & S_IFMT) == S_IFREG;
    }

    @PyMethod(doc = "S_ISFIFO(mode) -> bool\n\nReturn True if mode is from a FIFO pipe.")
    static boolean S_ISFIFO(Object[] args, String[] kwnames) {
        long mode = arg("S_ISFIFO", args, kwnames);
        return (mode & S_IFMT) == S_IFIFO;
    }

    @PyMethod(doc = "S_ISLNK(mode) -> bool\n\nReturn True if mode is from a symbolic link.")
    static boolean S_ISLNK(Object[] args, String[] kwnames) {
        long mode = arg("S_ISLNK", args, kwnames);
        return (mode & S_IFMT) == S_IFLNK;
    }

    @PyMethod(doc = "S_ISSOCK(mode) -> bool\n\nReturn True if mode is from a socket.")
    static boolean S_ISSOCK(Object[] args, String[] kwnames) {
        long mode = arg("S_ISSOCK", args, kwnames);
        return (mode & S_IFMT) == S_IFSOCK;
    }

    @PyMethod(doc = "S_ISDOOR(mode) -> bool\n\nReturn True if mode is from a door.")
    static boolean S_ISDOOR(Object[] args, String[] kwnames) {
        long mode = arg("S_ISDOOR", args, kwnames);
        // Linux has no such file type.
        return false;
    }

    @PyMethod(doc = "S_ISPORT(mode) -> bool\n\nReturn True if mode is from an event port.")
    static boolean S_ISPORT(Object[] args, String[] kwnames) {
        long mode = arg("S_ISPORT", args, kwnames);
        // Linux has no such file type.
        return false;
    }

    @PyMethod(doc = "S_ISWHT(mode) -> bool\n\nReturn True if mode is from a whiteout.")
    static boolean S_ISWHT(Object[] args, String[] kwnames) {
        long mode = arg("S_ISWHT", args, kwnames);
        // Linux has no such file type.
        return false;
    }

    @PyMethod(doc = "Return the portion of the file's mode that can be set by os.chmod().")
    static long S_IMODE(Object[] args, String[] kwnames) {
        long mode = arg("S_IMODE", args, kwnames);
        return mode & 07777;
    }

    @PyMethod(doc = "Return the portion of the file's mode that describes the file type.")
    static long S_IFMT(Object[] args, String[] kwnames) {
        long mode = arg("S_IFMT", args, kwnames);
        return mode & S_IFMT;
    }

    @PyMethod(value = "filemode", doc = "Convert a file's mode to a string of the form '-rwxrwxrwx'")
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
