package dev.kaa.vm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@code _stat}: its constants, the mode tests, {@code filemode}, and the errors for bad modes, run as Python on Kaa. The expected text is what CPython 3.13 printed for the
 * same program on Linux.
 */
class StatModuleTest {
    @Test
    void module() {
        assertEquals(EXPECTED, WeakrefModuleTest.runPython(SOURCE, "stat_module.py"));
    }

    private static final String SOURCE = """
            import _stat, stat
            print(stat.S_ISDIR is _stat.S_ISDIR, stat.filemode is _stat.filemode)
            print(sorted(n for n in dir(_stat) if not n.startswith('__')))
            print([(n, getattr(_stat, n)) for n in sorted(dir(_stat)) if isinstance(getattr(_stat, n), int)])
            for a in ["x", -1, 2**70, 1.5, 2**40, 2**32, 2**32-1, True, 0o170777, 0o777777, 0o100644, 0o40755, 0o120777, 0o20666, 0o60660, 0o10644, 0o140755, 0o104755, 0o102754, 0o1777, 0o1776, 0o6644]:
                try: print(_stat.filemode(a), _stat.S_IMODE(a), _stat.S_IFMT(a), [f(a) for f in (_stat.S_ISDIR, _stat.S_ISCHR, _stat.S_ISBLK, _stat.S_ISREG, _stat.S_ISFIFO, _stat.S_ISLNK, _stat.S_ISSOCK, _stat.S_ISDOOR, _stat.S_ISPORT, _stat.S_ISWHT)])
                except Exception as e: print(type(e).__name__, e)
            for c in [lambda: _stat.S_ISDIR(), lambda: _stat.filemode(), lambda: _stat.S_ISDIR(1, 2)]:
                try: c()
                except Exception as e: print(type(e).__name__, e)
            print(_stat.S_ISDIR.__doc__, _stat.filemode.__doc__, _stat.S_IMODE.__doc__, _stat.S_IFMT.__doc__, sep="|")
            """;

    private static final String EXPECTED = """
            True True
            ['SF_APPEND', 'SF_ARCHIVED', 'SF_DATALESS', 'SF_FIRMLINK', 'SF_IMMUTABLE', 'SF_NOUNLINK', 'SF_SETTABLE', 'SF_SNAPSHOT', 'ST_ATIME', 'ST_CTIME', 'ST_DEV', 'ST_GID', 'ST_INO', 'ST_MODE', 'ST_MTIME', 'ST_NLINK', 'ST_SIZE', 'ST_UID', 'S_ENFMT', 'S_IEXEC', 'S_IFBLK', 'S_IFCHR', 'S_IFDIR', 'S_IFDOOR', 'S_IFIFO', 'S_IFLNK', 'S_IFMT', 'S_IFPORT', 'S_IFREG', 'S_IFSOCK', 'S_IFWHT', 'S_IMODE', 'S_IREAD', 'S_IRGRP', 'S_IROTH', 'S_IRUSR', 'S_IRWXG', 'S_IRWXO', 'S_IRWXU', 'S_ISBLK', 'S_ISCHR', 'S_ISDIR', 'S_ISDOOR', 'S_ISFIFO', 'S_ISGID', 'S_ISLNK', 'S_ISPORT', 'S_ISREG', 'S_ISSOCK', 'S_ISUID', 'S_ISVTX', 'S_ISWHT', 'S_IWGRP', 'S_IWOTH', 'S_IWRITE', 'S_IWUSR', 'S_IXGRP', 'S_IXOTH', 'S_IXUSR', 'UF_APPEND', 'UF_COMPRESSED', 'UF_DATAVAULT', 'UF_HIDDEN', 'UF_IMMUTABLE', 'UF_NODUMP', 'UF_NOUNLINK', 'UF_OPAQUE', 'UF_SETTABLE', 'UF_TRACKED', 'filemode']
            [('SF_APPEND', 262144), ('SF_ARCHIVED', 65536), ('SF_DATALESS', 1073741824), ('SF_FIRMLINK', 8388608), ('SF_IMMUTABLE', 131072), ('SF_NOUNLINK', 1048576), ('SF_SETTABLE', 4294901760), ('SF_SNAPSHOT', 2097152), ('ST_ATIME', 7), ('ST_CTIME', 9), ('ST_DEV', 2), ('ST_GID', 5), ('ST_INO', 1), ('ST_MODE', 0), ('ST_MTIME', 8), ('ST_NLINK', 3), ('ST_SIZE', 6), ('ST_UID', 4), ('S_ENFMT', 1024), ('S_IEXEC', 64), ('S_IFBLK', 24576), ('S_IFCHR', 8192), ('S_IFDIR', 16384), ('S_IFDOOR', 0), ('S_IFIFO', 4096), ('S_IFLNK', 40960), ('S_IFPORT', 0), ('S_IFREG', 32768), ('S_IFSOCK', 49152), ('S_IFWHT', 0), ('S_IREAD', 256), ('S_IRGRP', 32), ('S_IROTH', 4), ('S_IRUSR', 256), ('S_IRWXG', 56), ('S_IRWXO', 7), ('S_IRWXU', 448), ('S_ISGID', 1024), ('S_ISUID', 2048), ('S_ISVTX', 512), ('S_IWGRP', 16), ('S_IWOTH', 2), ('S_IWRITE', 128), ('S_IWUSR', 128), ('S_IXGRP', 8), ('S_IXOTH', 1), ('S_IXUSR', 64), ('UF_APPEND', 4), ('UF_COMPRESSED', 32), ('UF_DATAVAULT', 128), ('UF_HIDDEN', 32768), ('UF_IMMUTABLE', 2), ('UF_NODUMP', 1), ('UF_NOUNLINK', 16), ('UF_OPAQUE', 8), ('UF_SETTABLE', 65535), ('UF_TRACKED', 64)]
            TypeError an integer is required
            OverflowError can't convert negative value to unsigned int
            OverflowError Python int too large to convert to C unsigned long
            TypeError an integer is required
            OverflowError mode out of range
            OverflowError mode out of range
            ?rwsrwsrwt 4095 61440 [False, False, False, False, False, False, False, False, False, False]
            ?--------x 1 0 [False, False, False, False, False, False, False, False, False, False]
            ?rwxrwxrwx 511 61440 [False, False, False, False, False, False, False, False, False, False]
            ?rwsrwsrwt 4095 61440 [False, False, False, False, False, False, False, False, False, False]
            -rw-r--r-- 420 32768 [False, False, False, True, False, False, False, False, False, False]
            drwxr-xr-x 493 16384 [True, False, False, False, False, False, False, False, False, False]
            lrwxrwxrwx 511 40960 [False, False, False, False, False, True, False, False, False, False]
            crw-rw-rw- 438 8192 [False, True, False, False, False, False, False, False, False, False]
            brw-rw---- 432 24576 [False, False, True, False, False, False, False, False, False, False]
            prw-r--r-- 420 4096 [False, False, False, False, True, False, False, False, False, False]
            srwxr-xr-x 493 49152 [False, False, False, False, False, False, True, False, False, False]
            -rwsr-xr-x 2541 32768 [False, False, False, True, False, False, False, False, False, False]
            -rwxr-sr-- 1516 32768 [False, False, False, True, False, False, False, False, False, False]
            ?rwxrwxrwt 1023 0 [False, False, False, False, False, False, False, False, False, False]
            ?rwxrwxrwT 1022 0 [False, False, False, False, False, False, False, False, False, False]
            ?rwSr-Sr-- 3492 0 [False, False, False, False, False, False, False, False, False, False]
            TypeError _stat.S_ISDIR() takes exactly one argument (0 given)
            TypeError _stat.filemode() takes exactly one argument (0 given)
            TypeError _stat.S_ISDIR() takes exactly one argument (2 given)
            Whether the mode is that of a directory.|Spell a mode as ls -l does, e.g. 'drwxr-xr-x'.|The permission bits of a mode (what os.chmod() sets), without the file kind.|The file-kind bits of a mode (compare with S_IFREG, S_IFDIR ...).
            """;
}
