package dev.kaa.vm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@code errno}, run as Python on Kaa. Each expected text is what CPython 3.13 printed for the same
 * program (with {@code collect = gc.collect}; here {@code collect} is
 * {@link Weakrefs#collect}).
 */
class ErrnoModuleTest {
    @Test
    void errnoBasic() {
        String source = """
                import errno
                print(errno.ENOENT, errno.EAGAIN, errno.EWOULDBLOCK, errno.ERFKILL, errno.EDEADLOCK, errno.ENOTSUP, errno.EOPNOTSUPP)
                print(len(errno.errorcode), errno.errorcode[11], errno.errorcode[35], errno.errorcode[95], errno.errorcode[2])
                print(list(errno.errorcode.items())[:6])
                print(sorted(n for n in dir(errno) if not n.startswith('__'))[:10], len([n for n in dir(errno) if n.startswith('E')]))
                print(all(errno.errorcode[getattr(errno, n)] in dir(errno) for n in dir(errno) if n.startswith('E')))
                """;
        String expected = """
                2 11 11 132 35 95 95
                130 EAGAIN EDEADLOCK ENOTSUP ENOENT
                [(19, 'ENODEV'), (50, 'ENOCSI'), (113, 'EHOSTUNREACH'), (42, 'ENOMSG'), (117, 'EUCLEAN'), (45, 'EL2NSYNC')]
                ['E2BIG', 'EACCES', 'EADDRINUSE', 'EADDRNOTAVAIL', 'EADV', 'EAFNOSUPPORT', 'EAGAIN', 'EALREADY', 'EBADE', 'EBADF'] 133
                True
                """;
        assertEquals(expected, WeakrefModuleTest.runPython(source, "errno_basic.py"));
    }
}
