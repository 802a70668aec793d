package dev.kaa.vm.modules.socket;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.modules.FileDescriptors;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyByteArray;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Socket addresses between Python and Java: CPython's tuples ({@code (host, port)} for
 * {@code AF_INET}, {@code (host, port, flowinfo, scope_id)} for {@code AF_INET6}, a path for
 * {@code AF_UNIX}) and the JDK's {@link SocketAddress}es; and the text forms of IP addresses
 * ({@code inet_pton}/{@code inet_ntop}), written to print as glibc does.
 *
 * <p>Thread safety: stateless.
 */
final class SocketAddresses {
    private SocketAddresses() {}

    /** The JDK address for the Python address {@code addr} of a socket of {@code family}. */
    static SocketAddress parse(String func, int family, Object addr) {
        return switch (family) {
            case SocketConstants.AF_INET -> parseInet(func, addr, false);
            case SocketConstants.AF_INET6 -> parseInet(func, addr, true);
            case SocketConstants.AF_UNIX -> parseUnix(addr);
            default -> throw SocketErrors.error(SocketErrors.EAFNOSUPPORT);
        };
    }

    private static SocketAddress parseInet(String func, Object addr, boolean six) {
        String fam = six ? "AF_INET6" : "AF_INET";
        if (!(addr instanceof PyTuple t)) {
            throw PyErr.typeError("%s(): %s address must be tuple, not %T", func, fam, addr);
        }
        if (six ? t.size() < 2 || t.size() > 4 : t.size() != 2) {
            throw PyErr.typeError(six ? "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
                    : "AF_INET address must be a pair (host, port)");
        }
        String host = hostText(t.get(0));
        long port = Abstract.asLong(t.get(1));
        if (port < 0 || port > 65535) {
            throw PyErr.overflowError("%s(): port must be 0-65535.", func);
        }
        if (six && t.size() > 2) {
            long flow = Abstract.asLong(t.get(2));
            if (flow < 0 || flow > 0xfffff) {
                throw PyErr.overflowError("%s(): flowinfo must be 0-1048575.", func);
            }
        }
        InetAddress ia = resolve(host, six ? SocketConstants.AF_INET6 : SocketConstants.AF_INET);
        if (six && t.size() > 3 && ia instanceof Inet6Address) {
            int scope = Abstract.asInt(t.get(3));
            if (scope != 0) {
                try {
                    ia = Inet6Address.getByAddress(null, ia.getAddress(), scope);
                } catch (UnknownHostException e) {
                    throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
                }
            }
        }
        return new InetSocketAddress(ia, (int) port);
    }

    /** The host of an address tuple: str, bytes or bytearray. */
    static String hostText(Object host) {
        if (host instanceof PyStr s) {
            return s.value();
        }
        if (host instanceof PyBytes b) {
            return new String(b.data(), StandardCharsets.ISO_8859_1);
        }
        if (host instanceof PyByteArray b) {
            return new String(b.toByteArray(), StandardCharsets.ISO_8859_1);
        }
        throw PyErr.typeError("str, bytes or bytearray expected, not %T", host);
    }

    private static SocketAddress parseUnix(Object addr) {
        if (!(addr instanceof PyStr) && !(addr instanceof PyBytes) && !(addr instanceof PyByteArray)) {
            throw PyErr.typeError("a bytes-like object is required, not '%T'", addr);
        }
        Object p = addr instanceof PyByteArray ba ? new PyBytes(ba.toByteArray()) : addr;
        String given = p instanceof PyStr s ? s.value() : new String(((PyBytes) p).data(), StandardCharsets.UTF_8);
        if (given.isEmpty() || given.charAt(0) == '\0') {
            // An empty name asks Linux to pick an abstract one (autobind): no such names on NIO either.
            throw SocketErrors.error(SocketErrors.EOPNOTSUPP,
                    "Operation not supported: Java NIO has no abstract-namespace AF_UNIX addresses");
        }
        java.nio.file.Path path = FileDescriptors.resolve(p);
        if (path == null) {
            throw SocketErrors.error(SocketErrors.EINVAL,
                    "Invalid argument: the AF_UNIX path cannot be named on Java's file system");
        }
        // Linux takes the name as given, so a relative one may be long when made absolute; the
        // JDK resolves a relative name against the JVM's directory, which is right only while
        // os.chdir has not moved Kaa's.
        try {
            java.nio.file.Path relative = java.nio.file.Path.of(given);
            if (!relative.isAbsolute() && relative.toAbsolutePath().normalize().equals(path)) {
                path = relative;
            }
        } catch (java.nio.file.InvalidPathException e) {
            // Not a name the JDK can hold as given: the resolved one serves.
        }
        if (path.toString().getBytes(StandardCharsets.UTF_8).length >= 108) {
            throw SocketErrors.error(SocketErrors.EINVAL, "AF_UNIX path too long");
        }
        return UnixDomainSocketAddress.of(path);
    }

    /**
     * The IP address a host name stands for in a socket call of {@code family}: '' is the
     * wildcard, {@code '<broadcast>'} the broadcast address, literals parse without the
     * resolver, other names go to it (with the GIL released).
     */
    static InetAddress resolve(String host, int family) {
        boolean six = family == SocketConstants.AF_INET6;
        try {
            if (host.isEmpty()) {
                return InetAddress.getByAddress(new byte[six ? 16 : 4]);
            }
            if (host.equals("<broadcast>") && !six) {
                return InetAddress.getByAddress(new byte[] {-1, -1, -1, -1});
            }
            byte[] lit = six ? pton6(host) : pton4(host);
            if (lit != null) {
                return InetAddress.getByAddress(lit);
            }
            if (!six && pton6(host) != null || six && pton4(host) != null) {
                throw SocketErrors.gaierror(SocketErrors.EAI_ADDRFAMILY);
            }
            for (InetAddress a : lookup(host)) {
                if (six == (a instanceof Inet6Address)) {
                    return a;
                }
            }
            if (six) {
                for (InetAddress a : lookup(host)) {
                    return mapped(a);
                }
            }
            throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
        } catch (UnknownHostException e) {
            throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
        }
    }

    private static InetAddress mapped(InetAddress v4) throws UnknownHostException {
        byte[] b = new byte[16];
        b[10] = -1;
        b[11] = -1;
        System.arraycopy(v4.getAddress(), 0, b, 12, 4);
        return Inet6Address.getByAddress(null, b, -1);
    }

    /** Every address the resolver knows for {@code host}; the GIL is released while it works. */
    static InetAddress[] lookup(String host) throws UnknownHostException {
        if (host.indexOf('\0') >= 0) {
            throw new UnknownHostException(host);
        }
        try (var unlocked = ThreadState.releaseGil()) {
            return InetAddress.getAllByName(host);
        } catch (IllegalArgumentException | SecurityException e) {
            throw new UnknownHostException(host);
        }
    }

    /** The Python form of a socket's address, as CPython's {@code makesockaddr} returns it. */
    static Object format(int family, SocketAddress a) {
        if (a instanceof InetSocketAddress isa) {
            InetAddress ia = isa.getAddress();
            if (family == SocketConstants.AF_INET6 || ia instanceof Inet6Address) {
                byte[] b = ia.getAddress();
                if (b.length == 4) {
                    byte[] m = new byte[16];
                    m[10] = -1;
                    m[11] = -1;
                    System.arraycopy(b, 0, m, 12, 4);
                    b = m;
                }
                int scope = ia instanceof Inet6Address i6 ? i6.getScopeId() : 0;
                return PyTuple.of(PyStr.of(ntop6(b)), PyInt.of(isa.getPort()), PyInt.ZERO, PyInt.of(scope));
            }
            return PyTuple.of(PyStr.of(ntop4(ia.getAddress())), PyInt.of(isa.getPort()));
        }
        if (a instanceof UnixDomainSocketAddress u) {
            return PyStr.of(u.getPath().toString());
        }
        return PyStr.EMPTY;
    }

    /** The address a socket of {@code family} reports before it is bound. */
    static Object unbound(int family) {
        return switch (family) {
            case SocketConstants.AF_INET -> PyTuple.of(PyStr.of("0.0.0.0"), PyInt.ZERO);
            case SocketConstants.AF_INET6 -> PyTuple.of(PyStr.of("::"), PyInt.ZERO, PyInt.ZERO, PyInt.ZERO);
            default -> PyStr.EMPTY;
        };
    }

    // ---- text forms of IP addresses -------------------------------------------------------------

    /** A strict dotted quad (what {@code inet_pton(AF_INET)} accepts), or null. */
    static byte[] pton4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')
                    || p.length() > 1 && p.charAt(0) == '0') {
                return null;
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                return null;
            }
            out[i] = (byte) v;
        }
        return out;
    }

    /** An IPv6 address in text ({@code inet_pton(AF_INET6)}), or null. */
    static byte[] pton6(String s) {
        if (s.isEmpty() || s.length() > 45) {
            return null;
        }
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
            return null;
        }
        String head = dbl >= 0 ? s.substring(0, dbl) : s;
        String tail = dbl >= 0 ? s.substring(dbl + 2) : "";
        int[] hw = groups(head);
        int[] tw = groups(tail);
        if (hw == null || tw == null) {
            return null;
        }
        int total = hw.length + tw.length;
        if (dbl < 0 ? total != 8 : total > 7) {
            return null;
        }
        byte[] out = new byte[16];
        for (int i = 0; i < hw.length; i++) {
            out[2 * i] = (byte) (hw[i] >> 8);
            out[2 * i + 1] = (byte) hw[i];
        }
        for (int i = 0; i < tw.length; i++) {
            int at = 8 - tw.length + i;
            out[2 * at] = (byte) (tw[i] >> 8);
            out[2 * at + 1] = (byte) tw[i];
        }
        return out;
    }

    /** 16-bit groups of one side of "::"; a dotted quad at the end counts as two. */
    private static int[] groups(String s) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] parts = s.split(":", -1);
        int n = parts.length;
        boolean quad = parts[n - 1].contains(".");
        int[] out = new int[quad ? n + 1 : n];
        for (int i = 0; i < n; i++) {
            String p = parts[i];
            if (quad && i == n - 1) {
                byte[] q = pton4(p);
                if (q == null) {
                    return null;
                }
                out[i] = (q[0] & 255) << 8 | q[1] & 255;
                out[i + 1] = (q[2] & 255) << 8 | q[3] & 255;
                break;
            }
            if (p.isEmpty() || p.length() > 4) {
                return null;
            }
            int v = 0;
            for (char c : p.toCharArray()) {
                int d = Character.digit(c, 16);
                if (d < 0) {
                    return null;
                }
                v = v << 4 | d;
            }
            out[i] = v;
        }
        return out;
    }

    static String ntop4(byte[] b) {
        return (b[0] & 255) + "." + (b[1] & 255) + "." + (b[2] & 255) + "." + (b[3] & 255);
    }

    /**
     * An IPv6 address as glibc's {@code inet_ntop} prints it: the longest run of two or more zero
     * groups (the first of equal runs) becomes "::"; an IPv4-compatible or -mapped address ends
     * in a dotted quad.
     */
    static String ntop6(byte[] b) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = (b[2 * i] & 255) << 8 | b[2 * i + 1] & 255;
        }
        int bestBase = -1, bestLen = 0;
        for (int i = 0; i < 8;) {
            if (w[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && w[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestBase = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestLen < 2) {
            bestBase = -1;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLen) {
                if (i == bestBase) {
                    sb.append(':');
                }
                continue;
            }
            if (i != 0) {
                sb.append(':');
            }
            if (i == 6 && bestBase == 0 && (bestLen == 6 || bestLen == 5 && w[5] == 0xffff)) {
                sb.append(ntop4(new byte[] {b[12], b[13], b[14], b[15]}));
                break;
            }
            sb.append(Integer.toHexString(w[i]));
        }
        if (bestBase >= 0 && bestBase + bestLen == 8) {
            sb.append(':');
        }
        return sb.toString();
    }

    /** {@code inet_aton}: the forms a.b.c.d, a.b.c, a.b and a, each part decimal, octal or hex; or null. */
    static byte[] aton(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length > 4 || s.isEmpty()) {
            return null;
        }
        long[] v = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long n = atonPart(parts[i]);
            if (n == null) {
                return null;
            }
            v[i] = n;
        }
        int last = parts.length - 1;
        long max = last == 0 ? 0xffffffffL : last == 1 ? 0xffffff : last == 2 ? 0xffff : 0xff;
        for (int i = 0; i < last; i++) {
            if (v[i] > 255) {
                return null;
            }
        }
        if (v[last] > max) {
            return null;
        }
        long addr = 0;
        for (int i = 0; i < last; i++) {
            addr |= v[i] << (24 - 8 * i);
        }
        addr |= v[last];
        return new byte[] {(byte) (addr >> 24), (byte) (addr >> 16), (byte) (addr >> 8), (byte) addr};
    }

    private static Long atonPart(String p) {
        if (p.isEmpty()) {
            return null;
        }
        int radix = 10;
        String digits = p;
        if (p.startsWith("0x") || p.startsWith("0X")) {
            radix = 16;
            digits = p.substring(2);
            if (digits.isEmpty()) {
                return 0L;
            }
        } else if (p.length() > 1 && p.charAt(0) == '0') {
            radix = 8;
            digits = p.substring(1);
        }
        long v = 0;
        for (char c : digits.toCharArray()) {
            int d = Character.digit(c, radix);
            if (d < 0) {
                return null;
            }
            v = v * radix + d;
            if (v > 0xffffffffL) {
                return null;
            }
        }
        return v;
    }
}
