package dev.kaa.vm.modules.socket;

import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.modules.PosixFdTable;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * {@code _socket}, on Java NIO: TCP and UDP over IPv4 and IPv6, and Unix-domain stream sockets.
 * What NIO cannot do raises {@code OSError} with the errno Linux gives for an unsupported
 * protocol: raw and {@code SOCK_SEQPACKET} sockets, Unix-domain datagrams, other families.
 * Name resolution goes through the JDK's resolver (which reads {@code /etc/hosts}); service
 * and protocol names through {@link SocketNames}. NIO passes no ancillary data, so
 * {@code CMSG_LEN}/{@code CMSG_SPACE} and {@code sendmsg} are absent (code tests for them with
 * {@code hasattr}); {@code recvmsg} receives data only.
 *
 * <p>Thread safety: the default timeout is per interpreter (a synchronized map); the rest is
 * GIL-guarded.
 */
public final class SocketModule {
    private SocketModule() {}

    private static final Map<Runtime, Long> DEFAULT_TIMEOUT = Collections.synchronizedMap(new WeakHashMap<>());

    public static PyModule create() {
        PyModule m = new PyModule("_socket");
        m.put("__doc__", PyStr.of("Sockets and name lookups beneath the socket module, which documents them."));
        Exposer.functions(SocketModule.class, MethodHandles.lookup(), "_socket", null).forEach(m::put);
        SocketConstants.install(m);
        m.put("socket", PySocket.TYPE);
        m.put("SocketType", PySocket.TYPE);
        m.put("error", Exceptions.OSError);
        m.put("timeout", Exceptions.TimeoutError);
        m.put("herror", SocketErrors.HERROR);
        m.put("gaierror", SocketErrors.GAIERROR);
        m.put("has_ipv6", PyBool.TRUE);
        return m;
    }

    /** A new socket's description, after CPython's checks of family, type and protocol. */
    static SocketDescription create(int family, int type, int proto) {
        if (family != SocketConstants.AF_INET && family != SocketConstants.AF_INET6
                && family != SocketConstants.AF_UNIX) {
            throw SocketErrors.error(SocketErrors.EAFNOSUPPORT);
        }
        switch (type) {
            case SocketConstants.SOCK_STREAM, SocketConstants.SOCK_DGRAM -> {
                // below
            }
            case SocketConstants.SOCK_RAW -> throw family == SocketConstants.AF_UNIX
                    ? SocketErrors.error(SocketErrors.ESOCKTNOSUPPORT)
                    : proto == 0 ? SocketErrors.error(SocketErrors.EPROTONOSUPPORT)
                    : SocketErrors.error(SocketErrors.EPERM, "Operation not permitted: Java NIO has no raw sockets");
            case SocketConstants.SOCK_SEQPACKET -> throw SocketErrors.error(SocketErrors.ESOCKTNOSUPPORT,
                    "Socket type not supported: Java NIO has no SOCK_SEQPACKET sockets");
            default -> throw SocketErrors.error(SocketErrors.EINVAL);
        }
        boolean stream = type == SocketConstants.SOCK_STREAM;
        if (family == SocketConstants.AF_UNIX) {
            if (!stream) {
                throw SocketErrors.error(SocketErrors.ESOCKTNOSUPPORT,
                        "Socket type not supported: Java NIO has no AF_UNIX datagram sockets");
            }
            if (proto != 0) {
                throw SocketErrors.error(SocketErrors.EPROTONOSUPPORT);
            }
        } else if (proto != 0 && proto != (stream ? SocketConstants.IPPROTO_TCP : SocketConstants.IPPROTO_UDP)) {
            throw SocketErrors.error(SocketErrors.EPROTONOSUPPORT);
        }
        try {
            return new SocketDescription(family, type, proto);
        } catch (IOException | UnsupportedOperationException e) {
            throw SocketErrors.error(SocketErrors.errnoOf(e));
        }
    }

    // ---- timeouts --------------------------------------------------------------------------------

    /** The interpreter's default timeout in nanoseconds, -1 for none. */
    static long defaultTimeout() {
        ThreadState ts = ThreadState.currentOrNull();
        Long t = ts == null ? null : DEFAULT_TIMEOUT.get(ts.runtime);
        return t == null ? -1 : t;
    }

    /** A timeout argument in nanoseconds: None is -1; negative values are refused. */
    static long timeoutNanos(Object value) {
        if (value == PyNone.NONE) {
            return -1;
        }
        double secs;
        if (value instanceof PyFloat f) {
            secs = Abstract.asDouble(f);
            if (Double.isNaN(secs)) {
                throw PyErr.valueError("Invalid value NaN (not a number)");
            }
        } else {
            secs = Abstract.asLong(value);
        }
        if (secs < 0) {
            throw PyErr.valueError("Timeout value out of range");
        }
        if (secs > 9.2e9) {
            throw PyErr.overflowError("timestamp too large to convert to C _PyTime_t");
        }
        return (long) Math.ceil(secs * 1e9);
    }

    @PyMethod(doc = "The timeout new sockets start with, in seconds, or None.")
    static Object getdefaulttimeout() {
        long t = defaultTimeout();
        return t < 0 ? PyNone.NONE : new PyFloat(t / 1e9);
    }

    @PyMethod(doc = "Choose the timeout new sockets start with (seconds, or None).")
    static void setdefaulttimeout(Object timeout) {
        long t = timeoutNanos(timeout);
        DEFAULT_TIMEOUT.put(ThreadState.current().runtime, t);
    }

    // ---- descriptors -----------------------------------------------------------------------------

    @PyMethod(doc = "Give a new descriptor number for the same socket.")
    static int dup(int fd) {
        PosixFdTable t = PosixFdTable.current();
        return t.add(t.get(fd));
    }

    @PyMethod(doc = "Close a socket given by its descriptor number.")
    static void close(int fd) {
        try {
            PosixFdTable.current().close(fd);
        } catch (IOException e) {
            int errno = SocketErrors.errnoOf(e);
            if (errno != SocketErrors.ECONNRESET) {
                throw SocketErrors.error(errno);
            }
        }
    }

    @PyMethod(doc = "Create a pair of connected socket objects (AF_UNIX stream sockets on Kaa).")
    static Object socketpair(@Opt("-1") int family, @Opt("-1") int type, @Opt("0") int proto) {
        int f = family == -1 ? SocketConstants.AF_UNIX : family;
        int t = type == -1 ? SocketConstants.SOCK_STREAM : type;
        int bare = t & ~(SocketConstants.SOCK_NONBLOCK | SocketConstants.SOCK_CLOEXEC);
        if (f != SocketConstants.AF_UNIX) {
            throw SocketErrors.error(f == SocketConstants.AF_INET || f == SocketConstants.AF_INET6
                    ? SocketErrors.EOPNOTSUPP : SocketErrors.EAFNOSUPPORT);
        }
        create(f, bare, proto); // the checks of socket(); the pair itself is made below
        SocketDescription[] pair = unixPair(proto);
        PosixFdTable table = PosixFdTable.current();
        int a = table.open(pair[0]);
        int b = table.open(pair[1]);
        return PyTuple.of(wrap(a, f, t, proto), wrap(b, f, t, proto));
    }

    private static Object wrap(int fd, int family, int type, int proto) {
        return Abstract.call(PySocket.TYPE, PyInt.of(family), PyInt.of(type), PyInt.of(proto), PyInt.of(fd));
    }

    /**
     * Two connected Unix stream sockets: NIO has no {@code socketpair(2)}, so a server on a
     * fresh temporary path accepts one connection, and the path is removed at once.
     */
    private static SocketDescription[] unixPair(int proto) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("kaa-socketpair");
            UnixDomainSocketAddress addr = UnixDomainSocketAddress.of(dir.resolve("s"));
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(addr, 1);
                SocketChannel client = SocketChannel.open(StandardProtocolFamily.UNIX);
                SocketChannel accepted;
                try (var unlocked = ThreadState.releaseGil()) {
                    client.connect(addr);
                    accepted = server.accept();
                }
                SocketDescription a = new SocketDescription(SocketConstants.AF_UNIX, proto, client);
                SocketDescription b = new SocketDescription(SocketConstants.AF_UNIX, proto, accepted);
                a.unnamed = true;
                b.unnamed = true;
                return new SocketDescription[] {a, b};
            }
        } catch (IOException e) {
            throw SocketErrors.of(e);
        } finally {
            if (dir != null) {
                try {
                    Files.deleteIfExists(dir.resolve("s"));
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    // A leftover empty directory in the temporary directory harms nobody.
                }
            }
        }
    }

    // ---- byte order ------------------------------------------------------------------------------

    private static long unsigned(Object x, int bits, String func) {
        PyInt i = Abstract.index(x);
        if (i.signum() < 0) {
            throw bits == 16 ? PyErr.overflowError("%s: can't convert negative Python int to C 16-bit unsigned integer",
                    func) : PyErr.overflowError("can't convert negative value to unsigned int");
        }
        if (!i.isLong() || i.longValue() >= 1L << bits) {
            throw bits == 16 ? PyErr.overflowError("%s: Python int too large to convert to C 16-bit unsigned integer",
                    func) : PyErr.overflowError("int larger than 32 bits");
        }
        return i.longValue();
    }

    @PyMethod(doc = "Swap a 16-bit value from this machine's byte order to big-endian.")
    static int htons(Object x) {
        return Short.reverseBytes((short) unsigned(x, 16, "htons")) & 0xffff;
    }

    @PyMethod(doc = "Swap a 16-bit value from big-endian to this machine's byte order.")
    static int ntohs(Object x) {
        return Short.reverseBytes((short) unsigned(x, 16, "ntohs")) & 0xffff;
    }

    @PyMethod(doc = "Swap a 32-bit value from this machine's byte order to big-endian.")
    static long htonl(Object x) {
        return Integer.reverseBytes((int) unsigned(x, 32, "htonl")) & 0xffffffffL;
    }

    @PyMethod(doc = "Swap a 32-bit value from big-endian to this machine's byte order.")
    static long ntohl(Object x) {
        return Integer.reverseBytes((int) unsigned(x, 32, "ntohl")) & 0xffffffffL;
    }

    // ---- address text ----------------------------------------------------------------------------

    @PyMethod(doc = "Convert an IP address in string format (123.45.67.89) to the 32-bit packed binary format.")
    static Object inet_aton(Object string) {
        if (!(string instanceof PyStr s)) {
            throw PyErr.typeError("inet_aton() argument 1 must be str, not %T", string);
        }
        byte[] b = SocketAddresses.aton(s.value());
        if (b == null) {
            throw PyErr.format(Exceptions.OSError, "illegal IP address string passed to inet_aton");
        }
        return new PyBytes(b);
    }

    @PyMethod(doc = "Turn 4 packed bytes into dotted IPv4 text.")
    static Object inet_ntoa(Object packed) {
        byte[] b = dev.kaa.vm.modules.struct.Buffers.read(packed);
        if (b.length != 4) {
            throw PyErr.format(Exceptions.OSError, "packed IP wrong length for inet_ntoa");
        }
        return PyStr.of(SocketAddresses.ntop4(b));
    }

    @PyMethod(doc = "Turn address text of the given family into its packed bytes.")
    static Object inet_pton(int af, Object ip) {
        if (!(ip instanceof PyStr s)) {
            throw PyErr.typeError("inet_pton() argument 2 must be str, not %T", ip);
        }
        byte[] b = switch (af) {
            case SocketConstants.AF_INET -> SocketAddresses.pton4(s.value());
            case SocketConstants.AF_INET6 -> SocketAddresses.pton6(s.value());
            default -> throw SocketErrors.error(SocketErrors.EAFNOSUPPORT);
        };
        if (b == null) {
            throw PyErr.format(Exceptions.OSError, "illegal IP address string passed to inet_pton");
        }
        return new PyBytes(b);
    }

    @PyMethod(doc = "Turn the packed bytes of an address of the given family into text.")
    static Object inet_ntop(int af, Object packed) {
        byte[] b = dev.kaa.vm.modules.struct.Buffers.read(packed);
        switch (af) {
            case SocketConstants.AF_INET -> {
                if (b.length != 4) {
                    throw PyErr.valueError("invalid length of packed IP address string");
                }
                return PyStr.of(SocketAddresses.ntop4(b));
            }
            case SocketConstants.AF_INET6 -> {
                if (b.length != 16) {
                    throw PyErr.valueError("invalid length of packed IP address string");
                }
                return PyStr.of(SocketAddresses.ntop6(b));
            }
            default -> throw PyErr.valueError("unknown address family %d", af);
        }
    }

    // ---- names -----------------------------------------------------------------------------------

    @PyMethod(doc = "Return the current host's name.")
    static Object gethostname() {
        return PyStr.of(SocketNames.hostname());
    }

    @PyMethod(doc = "Set the host name.")
    static void sethostname(Object name) {
        throw SocketErrors.error(SocketErrors.EPERM);
    }

    @PyMethod(doc = "Look up a host name and give one IPv4 address for it, as dotted text.")
    static Object gethostbyname(Object hostname) {
        return SocketNames.gethostbyname(SocketNames.hostArg("gethostbyname", hostname));
    }

    @PyMethod(doc = "Look up a host: gives (canonical name, alias list, address list).")
    static Object gethostbyname_ex(Object hostname) {
        return SocketNames.gethostbynameEx(SocketNames.hostArg("gethostbyname_ex", hostname));
    }

    @PyMethod(doc = "Look up a host: gives (canonical name, alias list, address list).")
    static Object gethostbyaddr(Object ip_address) {
        return SocketNames.gethostbyaddr(SocketNames.hostArg("gethostbyaddr", ip_address));
    }

    @PyMethod(positionalOnly = 0, doc = "Look up a host and port: a list of (family, type, proto, canonname,"
            + " sockaddr) tuples.")
    static Object getaddrinfo(Object host, Object port, @Opt("0") int family, @Opt("0") int type,
            @Opt("0") int proto, @Opt("0") int flags) {
        return SocketNames.getaddrinfo(host, port, family, type, proto, flags);
    }

    @PyMethod(doc = "Look up the (host, port) names of a socket address.")
    static Object getnameinfo(Object sockaddr, int flags) {
        return SocketNames.getnameinfo(sockaddr, flags);
    }

    @PyMethod(doc = "Look up the port number of a named service.")
    static int getservbyname(Object servicename, @Opt("None") Object protocolname) {
        return SocketNames.getservbyname(str(servicename, "getservbyname"), optStr(protocolname, "getservbyname"));
    }

    @PyMethod(doc = "Look up the service name of a port number.")
    static Object getservbyport(int port, @Opt("None") Object protocolname) {
        if (port < 0 || port > 65535) {
            throw PyErr.overflowError("getservbyport: port must be 0-65535.");
        }
        return PyStr.of(SocketNames.getservbyport(port, optStr(protocolname, "getservbyport")));
    }

    @PyMethod(doc = "Look up the number of a named protocol.")
    static int getprotobyname(Object protocolname) {
        return SocketNames.getprotobyname(str(protocolname, "getprotobyname"));
    }

    @PyMethod(doc = "The machine's network interfaces, as (index, name) pairs.")
    static Object if_nameindex() {
        return SocketNames.ifNameIndex();
    }

    @PyMethod(doc = "The index of the named network interface.")
    static int if_nametoindex(Object oname) {
        return SocketNames.ifNameToIndex(SocketAddresses.hostText(oname));
    }

    @PyMethod(doc = "The name of the network interface with the given index.")
    static Object if_indextoname(Object if_index) {
        if (!(if_index instanceof PyInt i)) {
            throw PyErr.typeError("'%T' object cannot be interpreted as an integer", if_index);
        }
        if (i.signum() < 0) {
            throw PyErr.overflowError("can't convert negative value to unsigned int");
        }
        if (!i.isLong()) {
            throw PyErr.overflowError("Python int too large to convert to C unsigned long");
        }
        return PyStr.of(SocketNames.ifIndexToName(i.longValue()));
    }

    private static String str(Object o, String func) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("%s() argument 1 must be str, not %T", func, o);
        }
        return s.value();
    }

    private static String optStr(Object o, String func) {
        if (o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("%s() argument 2 must be str or None, not %T", func, o);
        }
        return s.value();
    }
}
