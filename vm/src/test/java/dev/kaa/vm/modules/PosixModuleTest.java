package dev.kaa.vm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code posix} through {@code os}, {@code os.path} and {@code stat}, run as Python on Kaa. Each
 * expected text is what CPython 3.13 printed on Linux for the same program; the programs print
 * nothing that depends on the machine (ids, paths, times), only comparisons of such values.
 *
 * <p>Until {@code sys.builtin_module_names} lists {@code posix} (it is {@code SysModule}'s), a
 * prelude adds it there, as {@code os.py} looks for it there.
 */
class PosixModuleTest {
    private static final String PRELUDE = """
            import sys
            if 'posix' not in sys.builtin_module_names:
                sys.builtin_module_names += ('posix',)
            """;

    /** Files, descriptors, directories, links, scandir and walk, in a fresh directory. */
    @Test
    void files(@TempDir Path tmp) throws IOException {
        Path base = tmp.toRealPath().resolve("work");
        String source = PRELUDE + FILES.replace("BASE", "'" + base + "'");
        assertEquals(FILES_EXPECTED, WeakrefModuleTest.runPython(source, "posix_files.py"));
        assertEquals(false, Files.exists(base));
    }

    /** The process, the environment, uname/times, wait statuses, umask, kill, exceptions. */
    @Test
    void process() {
        assertEquals(PROCESS_EXPECTED, WeakrefModuleTest.runPython(PRELUDE + PROCESS, "posix_process.py"));
    }

    /** pread/pwrite, short reads, process groups, chown's argument errors, non-blocking pipes, dup2. */
    @Test
    void extras(@TempDir Path tmp) throws IOException {
        Path base = tmp.toRealPath().resolve("extras");
        String source = PRELUDE + EXTRAS.replace("BASE", "'" + base + "'");
        assertEquals(EXTRAS_EXPECTED, WeakrefModuleTest.runPython(source, "posix_extras.py"));
    }

    /**
     * Where Kaa differs from CPython on purpose: the JVM cannot fork, {@code dir_fd} and
     * {@code lchmod} are not available, so {@code os.supports_*} list only what works.
     */
    @Test
    void jvmLimits() {
        assertEquals(KAA_ONLY_EXPECTED, WeakrefModuleTest.runPython(PRELUDE + KAA_ONLY, "posix_limits.py"));
    }

    private static final String EXTRAS = """
            import os
            base = BASE
            os.mkdir(base)
            f = base + '/w.txt'
            fd = os.open(f, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
            try: os.read(fd, 5)
            except OSError as e: print(e)
            os.write(fd, b'abc'); os.close(fd)
            fd = os.open(f, os.O_RDONLY); print(os.read(fd, 2**31), os.read(fd, 2**31)); os.close(fd)
            r, w = os.pipe(); os.write(w, b'x' * 100); print(len(os.read(r, 2**31))); os.close(w); print(os.read(r, 10)); os.close(r)
            os.unlink(f)
            print(os.getpgrp() >= 0, os.getpgid(0) == os.getpgrp(), os.getsid(0) >= 0, type(os.getgroups()))
            for c in [lambda: os.getpgid(999999), lambda: os.getsid(999999), lambda: os.ttyname(99), lambda: os.pread(99, 1, 0)]:
                try: print(c())
                except Exception as e: print(type(e).__name__, e)
            fd = os.open('/proc/self/status', 0); print(os.pread(fd, 5, 0), os.lseek(fd, 0, 1))
            try: os.pread(fd, 2, -1)
            except Exception as e: print(type(e).__name__, e)
            os.close(fd)
            r, w = os.pipe()
            try: os.pread(r, 2, 0)
            except Exception as e: print(type(e).__name__, e)
            os.close(r); os.close(w)
            f = base + '/pw.bin'; fd = os.open(f, os.O_RDWR | os.O_CREAT); print(os.pwrite(fd, b"abc", 5), os.fstat(fd).st_size, os.lseek(fd, 0, 1), os.pread(fd, 10, 0)); os.close(fd); os.unlink(f)
            for a in [("/nonexist", 0, 0), (99, 0, 0), ("/tmp", 2**40, 0), ("/tmp", "x", 0)]:
                try: print(os.chown(*a))
                except Exception as e: print(type(e).__name__, e)
            for u in [2**32, 2**64, 2**70, -2, -2**70]:
                try: print(os.chown("/nonexist", u, 0))
                except Exception as e: print(u, type(e).__name__, e)
            try: os.lchown("/nonexist", 0, 0)
            except Exception as e: print(type(e).__name__, e)
            try: os.fchown(99, 0, 0)
            except Exception as e: print(type(e).__name__, e)
            s = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1.5, 2.5, 3.5)); print(s.st_atime, s.st_mtime, s.st_ctime, s[7])
            try: os.stat_result((1,) * 9)
            except TypeError as e: print(e)
            print(type(os.stat('/')) is os.stat_result, isinstance(os.stat('/'), tuple))
            r, w = os.pipe(); os.set_blocking(r, False); print(os.get_blocking(r))
            try: os.read(r, 5)
            except BlockingIOError as e: print(type(e).__name__, e)
            os.dup2(w, 9); os.write(9, b'via9'); print(os.read(r, 10)); os.close(9); os.close(r); os.close(w)
            for c in [lambda: os.fchdir(99), lambda: os.fchmod(99, 0), lambda: os.sched_yield()]:
                try: print(c())
                except Exception as e: print(type(e).__name__, e)
            os.mkdir(base + '/fc'); fd = os.open(base + '/fc', 0); os.fchdir(fd); print(os.getcwd() == base + '/fc'); os.chdir('/')
            os.fchmod(fd, 0o700); print(oct(os.stat(base + '/fc').st_mode & 0o777)); os.close(fd); os.rmdir(base + '/fc')
            fd = os.open('/proc/self/status', 0)
            try: os.fchdir(fd)
            except OSError as e: print(e)
            os.close(fd)
            os.mkdir(base + '/gone'); os.chdir(base + '/gone'); os.rmdir(base + '/gone')
            try: os.getcwd()
            except Exception as e: print(type(e).__name__, e)
            os.chdir('/'); os.rmdir(base)
            """;

    private static final String EXTRAS_EXPECTED = """
            [Errno 9] Bad file descriptor
            b'abc' b''
            100
            b''
            True True True <class 'list'>
            ProcessLookupError [Errno 3] No such process
            ProcessLookupError [Errno 3] No such process
            OSError [Errno 9] Bad file descriptor
            OSError [Errno 9] Bad file descriptor
            b'Name:' 0
            OSError [Errno 22] Invalid argument
            OSError [Errno 29] Illegal seek
            3 8 0 b'\\x00\\x00\\x00\\x00\\x00abc'
            FileNotFoundError [Errno 2] No such file or directory: '/nonexist'
            OSError [Errno 9] Bad file descriptor: 99
            OverflowError uid is less than minimum
            TypeError uid should be integer, not str
            4294967296 OverflowError uid is less than minimum
            18446744073709551616 OverflowError uid is greater than maximum
            1180591620717411303424 OverflowError uid is greater than maximum
            -2 OverflowError uid is less than minimum
            -1180591620717411303424 OverflowError uid is less than minimum
            FileNotFoundError [Errno 2] No such file or directory: '/nonexist'
            OSError [Errno 9] Bad file descriptor
            1.5 2.5 3.5 8
            os.stat_result() takes an at least 10-sequence (9-sequence given)
            True True
            False
            BlockingIOError [Errno 11] Resource temporarily unavailable
            b'via9'
            OSError [Errno 9] Bad file descriptor
            OSError [Errno 9] Bad file descriptor
            None
            True
            0o700
            [Errno 20] Not a directory
            FileNotFoundError [Errno 2] No such file or directory
            """;

    private static final String KAA_ONLY = """
            import os
            try: os.fork()
            except OSError as e: print(type(e).__name__, e.errno, e)
            try: os.stat('x', dir_fd=3)
            except NotImplementedError as e: print(e)
            try: os.chmod('x', 0o644, follow_symlinks=False)
            except NotImplementedError as e: print(e)
            print(os.supports_dir_fd, sorted(f.__name__ for f in os.supports_fd), sorted(f.__name__ for f in os.supports_follow_symlinks))
            print(os.register_at_fork(before=print), os.get_inheritable(0), os.get_inheritable(os.open("/", 0)))
            """;

    private static final String KAA_ONLY_EXPECTED = """
            OSError 38 [Errno 38] fork() is not supported: Kaa runs on the JVM, which cannot fork
            dir_fd unavailable on this platform
            chmod: follow_symlinks unavailable on this platform
            set() ['chdir', 'chmod', 'listdir', 'scandir', 'stat', 'truncate', 'utime'] ['stat', 'utime']
            None True False
            """;

    /**
     * {@code _path_normpath} and {@code _path_splitroot_ex} on 2,000 generated paths (str and
     * bytes, with NUL, non-ASCII and astral characters): a checksum of every result and the first
     * five, as CPython printed them.
     */
    @Test
    void pathText() {
        assertEquals(PATH_TEXT_EXPECTED, WeakrefModuleTest.runPython(PRELUDE + PATH_TEXT, "posix_path_text.py"));
    }

    private static final String PATH_TEXT = """
            import posix, posixpath
            parts = ['', '/', '//', '///', 'a', 'b', '.', '..', 'a\\0b', 'é', '\\U0001F600']
            seed = 12345
            def rnd(n):
                global seed
                seed = (seed * 1103515245 + 12345) % 2**31
                return seed % n
            total = 0
            for i in range(2000):
                c = ''.join(parts[rnd(len(parts))] + ('/' if rnd(2) else '') for _ in range(rnd(6)))
                r = repr((posix._path_normpath(c), posix._path_splitroot_ex(c), posix._path_normpath(c.encode()), posix._path_splitroot_ex(c.encode())))
                total = (total * 31 + sum(ord(ch) for ch in r)) % 1000000007
                if i < 5: print(r)
            print(total)
            for a in [1, None, bytearray(b'x')]:
                for f in (posix._path_normpath, posix._path_splitroot_ex):
                    try: f(a)
                    except TypeError as e: print(e)
            class P:
                def __fspath__(self): return b"a//b/.."
            print(posix._path_normpath(P()), posix._path_splitroot_ex(P()), posixpath.normpath('x//y/../z'), posixpath.abspath('q/../r').endswith('/r'))
            print(posix._path_normpath(path='a/b/'), posix._path_splitroot_ex(path='//x'))
            """;

    private static final String PATH_TEXT_EXPECTED = """
            ('😀/b', ('', '', '😀/////b'), b'\\xf0\\x9f\\x98\\x80/b', (b'', b'', b'\\xf0\\x9f\\x98\\x80/////b'))
            ('a\\x00b/😀/b/😀', ('', '', 'a\\x00b/😀/b/😀/./'), b'a\\x00b/\\xf0\\x9f\\x98\\x80/b/\\xf0\\x9f\\x98\\x80', (b'', b'', b'a\\x00b/\\xf0\\x9f\\x98\\x80/b/\\xf0\\x9f\\x98\\x80/./'))
            ('a\\x00b....', ('', '', 'a\\x00b....//'), b'a\\x00b....', (b'', b'', b'a\\x00b....//'))
            ('a\\x00b', ('', '', 'a\\x00b/'), b'a\\x00b', (b'', b'', b'a\\x00b/'))
            ('.', ('', '', 'éa\\x00b///..'), b'.', (b'', b'', b'\\xc3\\xa9a\\x00b///..'))
            217083165
            _path_normpath: path should be string, bytes or os.PathLike, not int
            _path_splitroot_ex: path should be string, bytes or os.PathLike, not int
            _path_normpath: path should be string, bytes or os.PathLike, not NoneType
            _path_splitroot_ex: path should be string, bytes or os.PathLike, not NoneType
            _path_normpath: path should be string, bytes or os.PathLike, not bytearray
            _path_splitroot_ex: path should be string, bytes or os.PathLike, not bytearray
            b'a' (b'', b'', b'a//b/..') x/z True
            a/b ('', '//', 'x')
            """;

    private static final String FILES = """
            import os, stat, sys
            base = BASE

            def rmtree(p):
                for root, dirs, files in os.walk(p, topdown=False):
                    for f in files: os.unlink(os.path.join(root, f))
                    for d in dirs:
                        q = os.path.join(root, d)
                        os.unlink(q) if os.path.islink(q) else os.rmdir(q)
                os.rmdir(p)
            if os.path.exists(base): rmtree(base)
            os.makedirs(base + '/a/b/c')
            os.chdir(base)
            print(os.getcwd() == base, os.getcwdb() == base.encode())
            def show(f, *a, **k):
                try:
                    r = f(*a, **k)
                    print(f.__name__, 'ok', repr(r))
                except Exception as e:
                    print(f.__name__, type(e).__name__, e, getattr(e, 'errno', None), repr(getattr(e, 'filename', None)), repr(getattr(e, 'filename2', None)))
            fd = os.open('f.txt', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            print(os.write(fd, b'hello world\\n'), os.write(fd, bytearray(b'xyz')), os.write(fd, memoryview(b'12')))
            os.close(fd)
            show(os.close, fd)
            fd = os.open('f.txt', os.O_RDONLY)
            print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, -3, os.SEEK_END), os.read(fd, 100), os.read(fd, 10))
            show(os.write, fd, b'x')
            print(os.fstat(fd).st_size, stat.S_ISREG(os.fstat(fd).st_mode), os.isatty(fd), os.get_blocking(fd))
            fd2 = os.dup(fd); print(fd2 != fd); os.close(fd); print(os.lseek(fd2, 0, 0), os.read(fd2, 5)); os.close(fd2)
            fd = os.open('f.txt', os.O_WRONLY | os.O_APPEND); os.write(fd, b'END'); os.close(fd)
            fd = os.open('f.txt', os.O_RDONLY); print(os.read(fd, 100)); os.close(fd)
            show(os.open, 'nope.txt', os.O_RDONLY)
            show(os.open, 'f.txt', os.O_WRONLY | os.O_CREAT | os.O_EXCL)
            show(os.open, 'a', os.O_WRONLY)
            show(os.open, 'f.txt', os.O_RDONLY | os.O_DIRECTORY)
            r, w = os.pipe(); os.write(w, b'piped'); print(os.read(r, 10)); show(os.lseek, r, 0, 0); os.close(r); os.close(w)
            st = os.stat('f.txt'); print(oct(st.st_mode), st.st_size, st.st_nlink, len(st), type(st).__name__, st.st_mtime_ns // 10**9 == st[8])
            print(stat.filemode(os.stat('a').st_mode), stat.S_ISDIR(os.lstat('a').st_mode))
            os.symlink('f.txt', 'ln'); print(os.readlink('ln'), os.readlink(b'ln'), os.path.islink('ln'), stat.S_ISLNK(os.lstat('ln').st_mode), os.stat('ln').st_size)
            show(os.readlink, 'f.txt')
            show(os.symlink, 'x', 'ln')
            os.link('f.txt', 'hard'); print(os.stat('f.txt').st_nlink, os.path.samefile('f.txt', 'hard'))
            show(os.link, 'nope', 'hard2')
            os.rename('hard', 'hard2'); print(sorted(os.listdir('.')), sorted(os.listdir(b'.')), sorted(os.listdir()))
            show(os.rename, 'nope', 'x')
            os.replace('hard2', 'ln2'); print(os.path.exists('hard2'), os.path.exists('ln2'))
            show(os.rmdir, 'f.txt'); show(os.rmdir, 'a'); show(os.unlink, 'a'); show(os.remove, 'nope'); show(os.mkdir, 'a'); show(os.rmdir, 'nope')
            show(os.stat, 'f.txt/'); show(os.stat, ''); show(os.lstat, 'nope'); show(os.chdir, 'nope'); show(os.chdir, 'f.txt'); show(os.listdir, 'f.txt'); show(os.listdir, 'nope')
            show(os.stat, 1.5); show(os.lstat, 3); show(os.listdir, 3.0); show(os.mkdir, 5); show(os.stat, 'a\\0b'); show(os.fspath, 1); show(os.stat, bytearray(b'/'))
            show(os.rename, 'nope', b'x')
            class P:
                def __init__(self, p): self.p = p
                def __fspath__(self): return self.p
            print(os.stat(P('f.txt')).st_size, os.fspath(P(b'x')), os.path.exists(P('a')))
            show(os.stat, P(1)); show(os.fspath, P(1)); show(os.stat, P('nope'))
            os.chmod('f.txt', 0o600); print(oct(stat.S_IMODE(os.stat('f.txt').st_mode)))
            os.chmod('f.txt', 0o4755); print(oct(stat.S_IMODE(os.stat('f.txt').st_mode)))
            os.utime('f.txt', (1000000000, 1234567890)); s = os.stat('f.txt'); print(s.st_atime, s.st_mtime, s[7], s[8], s.st_mtime_ns)
            os.utime('f.txt', ns=(1500000000123456789, 1600000000987654321)); s = os.stat('f.txt'); print(s.st_atime_ns, s.st_mtime_ns, s.st_mtime)
            os.utime('f.txt', (1.5, 2.25)); s = os.stat('f.txt'); print(s.st_atime, s.st_mtime, s.st_mtime_ns)
            show(os.utime, 'f.txt', (1, 2), ns=(1, 2)); show(os.utime, 'f.txt', 5); show(os.utime, 'f.txt', ns=5)
            os.truncate('f.txt', 4); print(os.stat('f.txt').st_size); os.truncate('f.txt', 10); print(os.stat('f.txt').st_size)
            fd = os.open('f.txt', os.O_RDWR); os.ftruncate(fd, 2); print(os.fstat(fd).st_size); os.fsync(fd); os.close(fd)
            print(os.access('f.txt', os.F_OK), os.access('nope', os.F_OK), os.access('f.txt', os.R_OK | os.W_OK), os.access('a', os.X_OK))
            os.chdir('a'); print(os.getcwd() == base + '/a', os.path.abspath('b') == base + '/a/b', os.path.exists('b/c'), os.listdir('b')); os.chdir('..')
            os.chdir(base + '/ln2/..' if False else 'a/b/../..'); print(os.getcwd() == base)
            with os.scandir('.') as it:
                ents = sorted(it, key=lambda e: e.name)
            for e in ents:
                print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False), e.stat().st_size if e.is_file() else '-', e.inode() == os.lstat(e.path).st_ino, os.fspath(e))
            print(sorted(e.path for e in os.scandir(b'a')), sorted(e.path for e in os.scandir('a/')), sorted(e.path for e in os.scandir()))
            it = os.scandir('.'); it.close(); print(list(it), type(it).__name__)
            show(os.scandir, 'nope'); show(os.scandir, 1.0)
            print([(r[len(base):], sorted(d), sorted(f)) for r, d, f in os.walk(base)])
            print([(r[len(base):], sorted(d), sorted(f)) for r, d, f in os.walk(base, topdown=False)])
            os.makedirs('x/y/z', exist_ok=True); os.makedirs('x/y/z', exist_ok=True); show(os.makedirs, 'x/y/z'); os.removedirs('x/y/z'); print(os.path.exists('x'))
            print(os.path.realpath('ln') == base + '/f.txt', os.path.relpath(base + '/a/b', base), os.path.getsize('f.txt'), os.path.isfile('ln'), os.path.lexists('ln'))
            fd = os.open('a', os.O_RDONLY); print(sorted(os.listdir(fd)), stat.S_ISDIR(os.fstat(fd).st_mode)); show(os.read, fd, 1); os.close(fd)
            show(os.read, 99, 1); show(os.fstat, 99); show(os.stat, 99); show(os.write, 99, b'x'); show(os.lseek, 99, 0, 0); show(os.dup, 99)
            os.chdir('/')
            rmtree(base)
            print(os.path.exists(base))
            """;

    private static final String FILES_EXPECTED = """
            True True
            12 3 2
            close OSError [Errno 9] Bad file descriptor 9 None None
            b'hello' 5 14 b'z12' b''
            write OSError [Errno 9] Bad file descriptor 9 None None
            17 True False True
            True
            0 b'hello'
            b'hello world\\nxyz12END'
            open FileNotFoundError [Errno 2] No such file or directory: 'nope.txt' 2 'nope.txt' None
            open FileExistsError [Errno 17] File exists: 'f.txt' 17 'f.txt' None
            open IsADirectoryError [Errno 21] Is a directory: 'a' 21 'a' None
            open NotADirectoryError [Errno 20] Not a directory: 'f.txt' 20 'f.txt' None
            b'piped'
            lseek OSError [Errno 29] Illegal seek 29 None None
            0o100644 20 1 10 stat_result True
            drwxr-xr-x True
            f.txt b'f.txt' True True 20
            readlink OSError [Errno 22] Invalid argument: 'f.txt' 22 'f.txt' None
            symlink FileExistsError [Errno 17] File exists: 'x' -> 'ln' 17 'x' 'ln'
            2 True
            link FileNotFoundError [Errno 2] No such file or directory: 'nope' -> 'hard2' 2 'nope' 'hard2'
            ['a', 'f.txt', 'hard2', 'ln'] [b'a', b'f.txt', b'hard2', b'ln'] ['a', 'f.txt', 'hard2', 'ln']
            rename FileNotFoundError [Errno 2] No such file or directory: 'nope' -> 'x' 2 'nope' 'x'
            False True
            rmdir NotADirectoryError [Errno 20] Not a directory: 'f.txt' 20 'f.txt' None
            rmdir OSError [Errno 39] Directory not empty: 'a' 39 'a' None
            unlink IsADirectoryError [Errno 21] Is a directory: 'a' 21 'a' None
            remove FileNotFoundError [Errno 2] No such file or directory: 'nope' 2 'nope' None
            mkdir FileExistsError [Errno 17] File exists: 'a' 17 'a' None
            rmdir FileNotFoundError [Errno 2] No such file or directory: 'nope' 2 'nope' None
            stat NotADirectoryError [Errno 20] Not a directory: 'f.txt/' 20 'f.txt/' None
            stat FileNotFoundError [Errno 2] No such file or directory: '' 2 '' None
            lstat FileNotFoundError [Errno 2] No such file or directory: 'nope' 2 'nope' None
            chdir FileNotFoundError [Errno 2] No such file or directory: 'nope' 2 'nope' None
            chdir NotADirectoryError [Errno 20] Not a directory: 'f.txt' 20 'f.txt' None
            listdir NotADirectoryError [Errno 20] Not a directory: 'f.txt' 20 'f.txt' None
            listdir FileNotFoundError [Errno 2] No such file or directory: 'nope' 2 'nope' None
            stat TypeError stat: path should be string, bytes, os.PathLike or integer, not float None None None
            lstat TypeError lstat: path should be string, bytes or os.PathLike, not int None None None
            listdir TypeError listdir: path should be string, bytes, os.PathLike, integer or None, not float None None None
            mkdir TypeError mkdir: path should be string, bytes or os.PathLike, not int None None None
            stat ValueError stat: embedded null character in path None None None
            fspath TypeError expected str, bytes or os.PathLike object, not int None None None
            stat TypeError stat: path should be string, bytes, os.PathLike or integer, not bytearray None None None
            rename FileNotFoundError [Errno 2] No such file or directory: 'nope' -> b'x' 2 'nope' b'x'
            20 b'x' True
            stat TypeError expected P.__fspath__() to return str or bytes, not int None None None
            fspath TypeError expected P.__fspath__() to return str or bytes, not int None None None
            stat FileNotFoundError [Errno 2] No such file or directory: 'nope' 2 'nope' None
            0o600
            0o4755
            1000000000.0 1234567890.0 1000000000 1234567890 1234567890000000000
            1500000000123456789 1600000000987654321 1600000000.9876542
            1.5 2.25 2250000000
            utime ValueError utime: you may specify either 'times' or 'ns' but not both None None None
            utime TypeError utime: 'times' must be either a tuple of two ints or None None None None
            utime TypeError utime: 'ns' must be a tuple of two ints None None None
            4
            10
            2
            True False True True
            True True True ['c']
            True
            <DirEntry 'a'> a ./a True False False True - True ./a
            <DirEntry 'f.txt'> f.txt ./f.txt False True False False 2 True ./f.txt
            <DirEntry 'ln'> ln ./ln False True True False 2 True ./ln
            <DirEntry 'ln2'> ln2 ./ln2 False True False False 2 True ./ln2
            [b'a/b'] ['a/b'] ['./a', './f.txt', './ln', './ln2']
            [] ScandirIterator
            scandir FileNotFoundError [Errno 2] No such file or directory: 'nope' 2 'nope' None
            scandir TypeError scandir: path should be string, bytes, os.PathLike, integer or None, not float None None None
            [('', ['a'], ['f.txt', 'ln', 'ln2']), ('/a', ['b'], []), ('/a/b', ['c'], []), ('/a/b/c', [], [])]
            [('/a/b/c', [], []), ('/a/b', ['c'], []), ('/a', ['b'], []), ('', ['a'], ['f.txt', 'ln', 'ln2'])]
            makedirs FileExistsError [Errno 17] File exists: 'x/y/z' 17 'x/y/z' None
            False
            True a/b 2 True True
            ['b'] True
            read IsADirectoryError [Errno 21] Is a directory 21 None None
            read OSError [Errno 9] Bad file descriptor 9 None None
            fstat OSError [Errno 9] Bad file descriptor 9 None None
            stat OSError [Errno 9] Bad file descriptor: 99 9 99 None
            write OSError [Errno 9] Bad file descriptor 9 None None
            lseek OSError [Errno 9] Bad file descriptor 9 None None
            dup OSError [Errno 9] Bad file descriptor 9 None None
            False
            """;

    private static final String PROCESS = """
            import os, sys, stat
            print(os.getpid() > 0, os.getppid() > 0, os.geteuid() == os.stat('/proc/self').st_uid, os.getegid() == os.stat('/proc/self').st_gid, type(os.getuid()), type(os.getgid()))
            print(os.environ['HOME'] == os.environb[b'HOME'].decode(), 'PATH' in os.environ, os.getenv('NOPE_X', 'dflt'), os.environ.get('HOME') == os.environ['HOME'])
            print(list(os.environ)[:3] == [k.decode() for k in list(os.environb)[:3]])
            os.environ['KAA_T'] = 'v1'; print(os.environ['KAA_T'], os.getenv('KAA_T')); del os.environ['KAA_T']; print('KAA_T' in os.environ)
            for n, v in [("", "x"), ("a=b", "x"), ("a\\0", "x"), ("a", "x\\0")]:
                try: os.putenv(n, v)
                except Exception as e: print(type(e).__name__, e)
            try: os.unsetenv("a=b")
            except Exception as e: print(type(e).__name__, e)
            print(os.strerror(0), os.strerror(2), os.strerror(200), os.strerror(39))
            print(len(os.urandom(16)), type(os.urandom(0)))
            try: os.urandom(-1)
            except Exception as e: print(type(e).__name__, e)
            u = os.uname(); print(type(u).__name__, u.sysname, len(u), u.nodename == u[1], repr(u).startswith('posix.uname_result(sysname='))
            t = os.times(); print(type(t).__name__, len(t), repr(t).startswith('posix.times_result(user='))
            print(os.cpu_count() >= 1, os.process_cpu_count() == os.cpu_count())
            print([os.WIFEXITED(s) for s in (0, 256, 9, 0x7f, 0xffff)], [os.WEXITSTATUS(s) for s in (0, 256, 512)], [os.WIFSIGNALED(s) for s in (0, 9, 0x7f, 0x8b)], os.WTERMSIG(9), os.WCOREDUMP(0x8b), os.WIFSTOPPED(0x137f), os.WSTOPSIG(0x137f), os.WIFCONTINUED(0xffff))
            print([os.waitstatus_to_exitcode(s) for s in (0, 256, 9)])
            for s in (0x7f, 0xffff):
                try: os.waitstatus_to_exitcode(s)
                except ValueError as e: print(e)
            for a in [(), (1,), ("x",)]:
                try: os.register_at_fork(*a)
                except Exception as e: print(type(e).__name__, e)
            try: os.register_at_fork(before=1)
            except Exception as e: print(type(e).__name__, e)
            print(os.register_at_fork(before=lambda: None, after_in_child=print))
            print(os.kill(os.getpid(), 0))
            try: os.kill(999999, 0)
            except Exception as e: print(type(e).__name__, e)
            old = os.umask(0o077); print(type(old), oct(os.umask(old)))
            print(os.device_encoding(5), os.isatty(99))
            try: os.get_terminal_size(99)
            except OSError as e: print(e)
            ts = os.terminal_size((80, 24)); print(ts, ts.columns, ts.lines, type(ts).__module__)
            print(os.stat_result((1,)*10), os.stat_result((1,)*10).st_mode)
            print(sorted(os.sep + os.pathsep + os.curdir + os.pardir + os.extsep + os.linesep + os.devnull), os.defpath, os.altsep)
            print(os.fsencode('abc'), os.fsdecode(b'abc'))
            print(callable(os.fork), callable(os._exit), os.SEEK_SET, os.O_CREAT, os.F_OK, os.X_OK, os.WNOHANG, os.EX_OK)
            print(os.path.expanduser('~/x') == os.environ['HOME'] + '/x')
            print(os.error is OSError, os.name, os.curdir, os.linesep == '\\n')
            print(os.path.normpath('a//b/../c/./d'), os.path.split('/a/b'), os.path.dirname('/a/b/c'), os.path.isabs('/x'), os.path.commonpath(['/a/b', '/a/c']), os.path.splitdrive('/a'))
            print(os.path.getmtime('/etc/passwd') == os.stat('/etc/passwd').st_mtime, os.path.isdir('/nonexist'), os.path.isfile('/nonexist'), os.path.ismount('/'))
            print(stat.S_IFMT(0o100644), stat.S_IMODE(0o104755), stat.filemode(0o120777), stat.filemode(0o40755), stat.S_ISFIFO(0o10000))
            print(sorted(n for n in dir(os.DirEntry) if not n.startswith('__')), os.DirEntry[int])
            try: os.DirEntry()
            except TypeError as e: print(e)
            """;

    private static final String PROCESS_EXPECTED = """
            True True True True <class 'int'> <class 'int'>
            True True dflt True
            True
            v1 v1
            False
            OSError [Errno 22] Invalid argument
            ValueError illegal environment variable name
            ValueError embedded null byte
            ValueError embedded null byte
            OSError [Errno 22] Invalid argument
            Success No such file or directory Unknown error 200 Directory not empty
            16 <class 'bytes'>
            ValueError negative argument not allowed
            uname_result Linux 5 True True
            times_result 5 True
            True True
            [True, True, False, False, False] [0, 1, 2] [False, True, False, True] 9 True True 19 True
            [0, 1, -9]
            process stopped by delivery of signal 0
            invalid wait status: 65535
            TypeError At least one argument is required.
            TypeError register_at_fork() takes no positional arguments
            TypeError register_at_fork() takes no positional arguments
            TypeError 'before' must be callable, not int
            None
            None
            ProcessLookupError [Errno 3] No such process
            <class 'int'> 0o77
            None False
            [Errno 9] Bad file descriptor
            os.terminal_size(columns=80, lines=24) 80 24 os
            os.stat_result(st_mode=1, st_ino=1, st_dev=1, st_nlink=1, st_uid=1, st_gid=1, st_size=1, st_atime=1, st_mtime=1, st_ctime=1) 1
            ['\\n', '.', '.', '.', '.', '/', '/', '/', ':', 'd', 'e', 'l', 'l', 'n', 'u', 'v'] /bin:/usr/bin None
            b'abc' abc
            True True 0 64 0 1 1 0
            True
            True posix . True
            a/c/d ('/a', 'b') /a/b True /a ('', '/a')
            True False False True
            32768 2541 lrwxrwxrwx drwxr-xr-x True
            ['inode', 'is_dir', 'is_file', 'is_junction', 'is_symlink', 'name', 'path', 'stat'] posix.DirEntry[int]
            cannot create 'posix.DirEntry' instances
            """;
}
