package dev.kaa.vm.modules.socket;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyByteArray;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The name services of {@code _socket}: host names through the JDK's resolver, service and
 * protocol names from {@code /etc/services} and {@code /etc/protocols} (a few well-known ones
 * when those files are missing), network interfaces from {@link NetworkInterface}.
 *
 * <p>Thread safety: the tables are immutable once read (a lazy holder); the rest is stateless.
 */
final class SocketNames {
    private SocketNames() {}

    private static final int AI_PASSIVE = 1, AI_CANONNAME = 2, AI_NUMERICHOST = 4, AI_NUMERICSERV = 1024;
    private static final int NI_NUMERICHOST = 1, NI_NUMERICSERV = 2, NI_NAMEREQD = 8, NI_DGRAM = 16;

    /** A service entry: name, port, protocol. */
    private record Service(String name, int port, String proto) {}

    /** The system's tables, read once. */
    private static final class Tables {
        static final List<Service> SERVICES = readServices();
        static final Map<String, Integer> PROTOCOLS = readProtocols();
    }

    private static List<Service> readServices() {
        List<Service> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of("/etc/services"))) {
                String[] f = uncomment(line);
                if (f.length < 2 || f[1].indexOf('/') < 0) {
                    continue;
                }
                int slash = f[1].indexOf('/');
                int port = Integer.parseInt(f[1].substring(0, slash));
                String proto = f[1].substring(slash + 1);
                out.add(new Service(f[0], port, proto));
                for (int i = 2; i < f.length; i++) {
                    out.add(new Service(f[i], port, proto));
                }
            }
        } catch (IOException | RuntimeException e) {
            // No services file: the well-known few.
            Object[][] known = {{"ftp", 21}, {"ssh", 22}, {"telnet", 23}, {"smtp", 25}, {"domain", 53}, {"http", 80},
                    {"pop3", 110}, {"imap", 143}, {"https", 443}};
            for (Object[] k : known) {
                out.add(new Service((String) k[0], (Integer) k[1], "tcp"));
                if (k[0].equals("domain")) {
                    out.add(new Service("domain", 53, "udp"));
                }
            }
        }
        return List.copyOf(out);
    }

    private static Map<String, Integer> readProtocols() {
        Map<String, Integer> out = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("/etc/protocols"))) {
                String[] f = uncomment(line);
                if (f.length < 2) {
                    continue;
                }
                int n = Integer.parseInt(f[1]);
                out.putIfAbsent(f[0], n);
                for (int i = 2; i < f.length; i++) {
                    out.putIfAbsent(f[i], n);
                }
            }
        } catch (IOException | RuntimeException e) {
            out.put("ip", 0);
            out.put("icmp", 1);
            out.put("tcp", 6);
            out.put("udp", 17);
            out.put("ipv6", 41);
        }
        return Map.copyOf(out);
    }

    private static String[] uncomment(String line) {
        int hash = line.indexOf('#');
        String s = (hash >= 0 ? line.substring(0, hash) : line).trim();
        return s.isEmpty() ? new String[0] : s.split("\\s+");
    }

    static int getservbyname(String name, String proto) {
        for (Service s : Tables.SERVICES) {
            if (s.name.equals(name) && (proto == null || s.proto.equals(proto))) {
                return s.port;
            }
        }
        throw PyErr.format(Exceptions.OSError, "service/proto not found");
    }

    static String getservbyport(int port, String proto) {
        for (Service s : Tables.SERVICES) {
            if (s.port == port && (proto == null || s.proto.equals(proto))) {
                return s.name;
            }
        }
        throw PyErr.format(Exceptions.OSError, "port/proto not found");
    }

    static int getprotobyname(String name) {
        Integer n = Tables.PROTOCOLS.get(name);
        if (n == null) {
            throw PyErr.format(Exceptions.OSError, "protocol not found");
        }
        return n;
    }

    // ---- hosts -----------------------------------------------------------------------------------

    static String hostname() {
        try {
            String h = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
            if (!h.isEmpty()) {
                return h;
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: ask the JDK.
        }
        try (var unlocked = ThreadState.releaseGil()) {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    static String hostArg(String func, Object o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyBytes || o instanceof PyByteArray) {
            return SocketAddresses.hostText(o);
        }
        throw PyErr.typeError("%s() argument 1 must be str, bytes or bytearray, not %T", func, o);
    }

    /** The addresses of {@code host}, literals without the resolver; gaierror when unknown. */
    private static InetAddress[] addresses(String host) {
        try {
            byte[] lit = SocketAddresses.pton4(host);
            if (lit == null) {
                lit = SocketAddresses.pton6(host);
            }
            if (lit != null) {
                return new InetAddress[] {InetAddress.getByAddress(lit)};
            }
            return SocketAddresses.lookup(host);
        } catch (UnknownHostException e) {
            throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
        }
    }

    static Object gethostbyname(String host) {
        return PyStr.of(SocketAddresses.ntop4(SocketAddresses.resolve(host, SocketConstants.AF_INET).getAddress()));
    }

    static Object gethostbynameEx(String host) {
        PyList ips = new PyList();
        for (InetAddress a : addresses(host)) {
            if (a instanceof Inet4Address) {
                ips.append(PyStr.of(SocketAddresses.ntop4(a.getAddress())));
            }
        }
        if (Abstract.len(ips) == 0) {
            throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
        }
        return PyTuple.of(PyStr.of(host), new PyList(), ips);
    }

    static Object gethostbyaddr(String host) {
        InetAddress a = addresses(host)[0];
        String name;
        try (var unlocked = ThreadState.releaseGil()) {
            name = InetAddress.getByAddress(a.getAddress()).getHostName();
        } catch (UnknownHostException e) {
            throw SocketErrors.unknownHost();
        }
        String ip = text(a);
        if (name.equals(ip) || name.equals(a.getHostAddress())) {
            throw SocketErrors.unknownHost();
        }
        PyList ips = new PyList();
        ips.append(PyStr.of(ip));
        return PyTuple.of(PyStr.of(name), new PyList(), ips);
    }

    private static String text(InetAddress a) {
        byte[] b = a.getAddress();
        return a instanceof Inet6Address ? SocketAddresses.ntop6(b) : SocketAddresses.ntop4(b);
    }

    // ---- getaddrinfo / getnameinfo ---------------------------------------------------------------

    static Object getaddrinfo(Object hostArg, Object portArg, int family, int type, int proto, int flags) {
        String host = hostArg == PyNone.NONE ? null : hostArg instanceof PyStr s ? s.value()
                : hostArg instanceof PyBytes || hostArg instanceof PyByteArray ? SocketAddresses.hostText(hostArg)
                : null;
        if (host == null && hostArg != PyNone.NONE) {
            throw PyErr.typeError("getaddrinfo() argument 1 must be string or None");
        }
        String service = null;
        int port = 0;
        if (portArg instanceof PyInt) {
            port = (int) Abstract.asLong(portArg);
            service = Integer.toString(port);
        } else if (portArg instanceof PyStr) {
            // UTF-8, strictly: a lone surrogate raises UnicodeEncodeError, as in CPython.
            Abstract.callMethod(portArg, "encode", PyStr.of("utf-8"));
            service = ((PyStr) portArg).value();
        } else if (portArg instanceof PyBytes) {
            service = SocketAddresses.hostText(portArg);
        } else if (portArg != PyNone.NONE) {
            throw PyErr.format(Exceptions.OSError, "Int or String expected");
        }
        if (host == null && service == null) {
            throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
        }
        if (family != 0 && family != SocketConstants.AF_INET && family != SocketConstants.AF_INET6) {
            throw SocketErrors.gaierror(SocketErrors.EAI_FAMILY);
        }
        if (type != 0 && type != SocketConstants.SOCK_STREAM && type != SocketConstants.SOCK_DGRAM
                && type != SocketConstants.SOCK_RAW) {
            throw SocketErrors.gaierror(-7);
        }
        // The socket types, each with its protocol and port.
        List<int[]> kinds = new ArrayList<>();
        int[][] all = {{SocketConstants.SOCK_STREAM, SocketConstants.IPPROTO_TCP},
                {SocketConstants.SOCK_DGRAM, SocketConstants.IPPROTO_UDP}, {SocketConstants.SOCK_RAW, 0}};
        boolean numeric = service == null || service.chars().allMatch(Character::isDigit) && !service.isEmpty();
        if (!numeric && (flags & AI_NUMERICSERV) != 0) {
            throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
        }
        for (int[] k : all) {
            boolean raw = k[0] == SocketConstants.SOCK_RAW;
            if (type != 0 && k[0] != type || proto != 0 && k[1] != proto && !(raw && type == SocketConstants.SOCK_RAW)
                    || raw && type == 0 && proto != 0) {
                continue;
            }
            int p = port;
            if (service != null && numeric) {
                p = Integer.parseInt(service.length() > 6 ? "99999999" : service) & 0xffff;
            } else if (service != null) {
                if (k[0] == SocketConstants.SOCK_RAW) {
                    if (type == SocketConstants.SOCK_RAW) {
                        throw SocketErrors.gaierror(SocketErrors.EAI_SERVICE);
                    }
                    continue;
                }
                p = -1;
                for (Service s : Tables.SERVICES) {
                    if (s.name.equals(service) && s.proto.equals(k[0] == SocketConstants.SOCK_STREAM ? "tcp" : "udp")) {
                        p = s.port;
                        break;
                    }
                }
                if (p < 0) {
                    continue;
                }
            }
            kinds.add(new int[] {k[0], proto != 0 ? proto : k[1], p});
        }
        if (kinds.isEmpty()) {
            throw SocketErrors.gaierror(SocketErrors.EAI_SERVICE);
        }
        List<InetAddress> addrs = hostAddresses(host, family, flags);
        PyList out = new PyList();
        boolean first = true;
        for (InetAddress a : addrs) {
            int fam = a instanceof Inet6Address ? SocketConstants.AF_INET6 : SocketConstants.AF_INET;
            for (int[] k : kinds) {
                String canon = first && (flags & AI_CANONNAME) != 0 ? (host == null ? "" : host) : "";
                first = false;
                out.append(PyTuple.of(PyInt.of(fam), PyInt.of(k[0]), PyInt.of(k[1]), PyStr.of(canon),
                        SocketAddresses.format(fam, new InetSocketAddress(a, k[2]))));
            }
        }
        return out;
    }

    private static List<InetAddress> hostAddresses(String host, int family, int flags) {
        List<InetAddress> out = new ArrayList<>();
        try {
            if (host == null) {
                boolean passive = (flags & AI_PASSIVE) != 0;
                InetAddress v4 = InetAddress.getByAddress(passive ? new byte[4] : new byte[] {127, 0, 0, 1});
                byte[] six = new byte[16];
                if (!passive) {
                    six[15] = 1;
                }
                InetAddress v6 = Inet6Address.getByAddress(null, six, -1);
                // glibc's order: the wildcard addresses IPv4 first, the loopback ones IPv6 first.
                for (InetAddress a : passive ? new InetAddress[] {v4, v6} : new InetAddress[] {v6, v4}) {
                    if (family == 0 || family == (a instanceof Inet6Address ? 10 : 2)) {
                        out.add(a);
                    }
                }
                return out;
            }
            byte[] v4 = SocketAddresses.pton4(host);
            byte[] v6 = v4 == null ? SocketAddresses.pton6(host) : null;
            if (v4 != null || v6 != null) {
                boolean wrong = family == SocketConstants.AF_INET ? v6 != null
                        : family == SocketConstants.AF_INET6 && v4 != null;
                if (wrong) {
                    throw SocketErrors.gaierror(SocketErrors.EAI_ADDRFAMILY);
                }
                out.add(v4 != null ? InetAddress.getByAddress(v4) : Inet6Address.getByAddress(null, v6, -1));
                return out;
            }
            if ((flags & AI_NUMERICHOST) != 0) {
                throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
            }
            for (InetAddress a : SocketAddresses.lookup(host)) {
                if (family == 0 || family == (a instanceof Inet6Address ? 10 : 2)) {
                    out.add(a);
                }
            }
        } catch (UnknownHostException e) {
            throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
        }
        if (out.isEmpty()) {
            throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
        }
        return out;
    }

    static Object getnameinfo(Object sockaddr, int flags) {
        if (!(sockaddr instanceof PyTuple t)) {
            throw PyErr.typeError("getnameinfo() argument 1 must be a tuple");
        }
        if (t.size() < 2 || t.size() > 4) {
            throw PyErr.typeError("getnameinfo(): illegal sockaddr argument");
        }
        String host = hostArg("getnameinfo", t.get(0));
        long port = Abstract.asLong(t.get(1));
        if (port < 0 || port > 65535) {
            throw PyErr.overflowError("getnameinfo(): port must be 0-65535.");
        }
        if (t.size() > 2) {
            long flow = Abstract.asLong(t.get(2));
            if (flow < 0 || flow > 0xfffff) {
                throw PyErr.overflowError("getnameinfo(): flowinfo must be 0-1048575.");
            }
        }
        int scope = t.size() > 3 ? Abstract.asInt(t.get(3)) : 0;
        InetAddress[] found = addresses(host);
        if (found.length != 1) {
            throw PyErr.format(Exceptions.OSError, "sockaddr resolved to multiple addresses");
        }
        InetAddress a = found[0];
        String name = text(a);
        if (a instanceof Inet6Address i6 && (scope != 0 || i6.getScopeId() != 0)) {
            // A scoped address prints its interface, by name when there is one (glibc's way).
            int id = scope != 0 ? scope : i6.getScopeId();
            String ifName = String.valueOf(id);
            try {
                NetworkInterface ni = NetworkInterface.getByIndex(id);
                if (ni != null) {
                    ifName = ni.getName();
                }
            } catch (SocketException e) {
                // The number, then.
            }
            name = name + "%" + ifName;
        }
        if ((flags & NI_NUMERICHOST) == 0) {
            String rev;
            try (var unlocked = ThreadState.releaseGil()) {
                rev = InetAddress.getByAddress(a.getAddress()).getHostName();
            } catch (UnknownHostException e) {
                rev = name;
            }
            if (rev.equals(text(a)) || rev.equals(a.getHostAddress())) {
                if ((flags & NI_NAMEREQD) != 0) {
                    throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
                }
            } else {
                name = rev;
            }
        }
        String serv = Long.toString(port);
        if ((flags & NI_NUMERICSERV) == 0) {
            String proto = (flags & NI_DGRAM) != 0 ? "udp" : "tcp";
            for (Service s : Tables.SERVICES) {
                if (s.port == port && s.proto.equals(proto)) {
                    serv = s.name;
                    break;
                }
            }
        }
        return PyTuple.of(PyStr.of(name), PyStr.of(serv));
    }

    // ---- interfaces ------------------------------------------------------------------------------

    /**
     * Index and name of every interface: from {@code /sys/class/net} on Linux (which lists the
     * interfaces that are down too, as {@code if_nameindex(3)} does), else from the JDK.
     */
    private static List<Object[]> indexAndName() {
        List<Object[]> out = new ArrayList<>();
        Path sys = Path.of("/sys/class/net");
        if (Files.isDirectory(sys)) {
            try (var dir = Files.list(sys)) {
                for (Path p : dir.toList()) {
                    try {
                        int index = Integer.parseInt(Files.readString(p.resolve("ifindex")).trim());
                        out.add(new Object[] {index, p.getFileName().toString()});
                    } catch (IOException | NumberFormatException e) {
                        // Not an interface directory.
                    }
                }
            } catch (IOException e) {
                out.clear();
            }
        }
        if (out.isEmpty()) {
            for (NetworkInterface ni : interfaces()) {
                out.add(new Object[] {ni.getIndex(), ni.getName()});
            }
        }
        out.sort((x, y) -> Integer.compare((Integer) x[0], (Integer) y[0]));
        return out;
    }

    private static List<NetworkInterface> interfaces() {
        try {
            List<NetworkInterface> l = new ArrayList<>(NetworkInterface.networkInterfaces().toList());
            l.sort((x, y) -> Integer.compare(x.getIndex(), y.getIndex()));
            return l;
        } catch (SocketException e) {
            throw SocketErrors.of(e);
        }
    }

    static Object ifNameIndex() {
        PyList out = new PyList();
        for (Object[] i : indexAndName()) {
            out.append(PyTuple.of(PyInt.of((Integer) i[0]), PyStr.of((String) i[1])));
        }
        return out;
    }

    static int ifNameToIndex(String name) {
        for (Object[] i : indexAndName()) {
            if (i[1].equals(name)) {
                return (Integer) i[0];
            }
        }
        throw PyErr.format(Exceptions.OSError, "no interface with this name");
    }

    static String ifIndexToName(long index) {
        for (Object[] i : indexAndName()) {
            if ((Integer) i[0] == index) {
                return (String) i[1];
            }
        }
        throw SocketErrors.error(SocketErrors.ENXIO);
    }
}
