package dev.kaa.vm.modules.socket;

import dev.kaa.vm.modules.struct.Buffers;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyNone;
import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketOption;
import java.net.StandardSocketOptions;

/**
 * {@code setsockopt}/{@code getsockopt} on what NIO offers: each (level, option) pair of Linux
 * that has a JDK {@link SocketOption} equivalent, and the options answered from the socket's
 * own state ({@code SO_TYPE}, {@code SO_ERROR}, {@code SO_DOMAIN}, {@code SO_PROTOCOL},
 * {@code SO_ACCEPTCONN}). Any other option fails with {@code ENOPROTOOPT}.
 *
 * <p>Thread safety: stateless.
 */
final class SocketOptions {
    private SocketOptions() {}

    private static final int SOL_SOCKET = 1, IPPROTO_IP = 0, IPPROTO_TCP = 6, IPPROTO_IPV6 = 41;
    private static final int SO_TYPE = 3, SO_ERROR = 4, SO_DOMAIN = 39, SO_PROTOCOL = 38, SO_ACCEPTCONN = 30,
            SO_LINGER = 13, IP_MULTICAST_IF = 32, IPV6_V6ONLY = 26;

    /** The JDK option for (level, name), or null. */
    private static SocketOption<?> option(int level, int name) {
        return switch (level) {
            case SOL_SOCKET -> switch (name) {
                case 2 -> StandardSocketOptions.SO_REUSEADDR;
                case 15 -> StandardSocketOptions.SO_REUSEPORT;
                case 9 -> StandardSocketOptions.SO_KEEPALIVE;
                case 6 -> StandardSocketOptions.SO_BROADCAST;
                case SO_LINGER -> StandardSocketOptions.SO_LINGER;
                case 8 -> StandardSocketOptions.SO_RCVBUF;
                case 7 -> StandardSocketOptions.SO_SNDBUF;
                default -> null;
            };
            case IPPROTO_TCP -> name == 1 ? StandardSocketOptions.TCP_NODELAY : null;
            case IPPROTO_IP -> switch (name) {
                case 1 -> StandardSocketOptions.IP_TOS;
                case 33 -> StandardSocketOptions.IP_MULTICAST_TTL;
                case 34 -> StandardSocketOptions.IP_MULTICAST_LOOP;
                case IP_MULTICAST_IF -> StandardSocketOptions.IP_MULTICAST_IF;
                default -> null;
            };
            case IPPROTO_IPV6 -> switch (name) {
                case 18 -> StandardSocketOptions.IP_MULTICAST_TTL;
                case 19 -> StandardSocketOptions.IP_MULTICAST_LOOP;
                default -> null;
            };
            default -> null;
        };
    }

    @SuppressWarnings("unchecked")
    static void set(SocketDescription d, int level, int name, Object value) {
        if (value == PyNone.NONE) {
            throw SocketErrors.error(SocketErrors.EINVAL);
        }
        byte[] raw = value instanceof PyInt ? null : Buffers.orNull(value);
        int n;
        if (raw == null) {
            n = Abstract.asInt(value);
        } else {
            n = raw.length >= 4 ? intAt(raw, 0) : raw.length > 0 ? raw[0] & 255 : 0;
        }
        if (level == IPPROTO_IPV6 && name == IPV6_V6ONLY) {
            if (d.family != SocketConstants.AF_INET6) {
                throw SocketErrors.error(SocketErrors.ENOPROTOOPT);
            }
            if (d.bound()) {
                throw SocketErrors.error(SocketErrors.EINVAL); // Linux fixes it at bind
            }
            d.v6only = n != 0; // see SocketDescription.v6only
            return;
        }
        SocketOption<?> opt = option(level, name);
        if (opt == null) {
            throw SocketErrors.error(SocketErrors.ENOPROTOOPT);
        }
        if (opt.type() == Boolean.class) {
            d.setOption((SocketOption<Boolean>) opt, n != 0);
        } else if (opt == StandardSocketOptions.SO_LINGER) {
            int onoff = raw != null && raw.length >= 8 ? intAt(raw, 0) : n;
            int secs = raw != null && raw.length >= 8 ? intAt(raw, 4) : 0;
            d.setOption(StandardSocketOptions.SO_LINGER, onoff == 0 ? -1 : Math.max(secs, 0));
        } else if (opt == StandardSocketOptions.IP_MULTICAST_IF) {
            d.setOption(StandardSocketOptions.IP_MULTICAST_IF, interfaceFor(raw, n));
        } else {
            d.setOption((SocketOption<Integer>) opt, n);
        }
    }

    private static NetworkInterface interfaceFor(byte[] raw, int n) {
        try {
            NetworkInterface ni = raw != null && raw.length >= 4
                    ? NetworkInterface.getByInetAddress(InetAddress.getByAddress(java.util.Arrays.copyOf(raw, 4)))
                    : NetworkInterface.getByIndex(n);
            if (ni == null) {
                throw SocketErrors.error(SocketErrors.EADDRNOTAVAIL);
            }
            return ni;
        } catch (IOException e) {
            throw SocketErrors.of(e);
        }
    }

    /** {@code getsockopt(level, name)} (buflen 0: an int) or the option's bytes, {@code buflen} long. */
    static Object get(SocketDescription d, int level, int name, int buflen) {
        if (buflen < 0 || buflen > 1024) {
            throw PyErr.format(dev.kaa.vm.objects.Exceptions.OSError, "getsockopt buflen out of range");
        }
        int[] words = words(d, level, name);
        if (buflen == 0) {
            return PyInt.of(words[0]);
        }
        byte[] out = new byte[buflen];
        for (int w = 0; w < words.length; w++) {
            for (int i = 0; i < 4 && 4 * w + i < buflen; i++) {
                out[4 * w + i] = (byte) (words[w] >> (8 * i));
            }
        }
        return new PyBytes(out);
    }

    /** The option's value as the C ints Linux would store. */
    private static int[] words(SocketDescription d, int level, int name) {
        if (level == SOL_SOCKET) {
            switch (name) {
                case SO_TYPE -> {
                    return new int[] {d.type};
                }
                case SO_ERROR -> {
                    return new int[] {d.takeError()};
                }
                case SO_DOMAIN -> {
                    return new int[] {d.family};
                }
                case SO_PROTOCOL -> {
                    return new int[] {d.proto != 0 || d.family == SocketConstants.AF_UNIX ? d.proto
                            : d.isStream() ? SocketConstants.IPPROTO_TCP : SocketConstants.IPPROTO_UDP};
                }
                case SO_ACCEPTCONN -> {
                    return new int[] {d.listening() ? 1 : 0};
                }
                default -> {
                    // an option NIO has, below
                }
            }
        }
        if (level == IPPROTO_IPV6 && name == IPV6_V6ONLY) {
            if (d.family != SocketConstants.AF_INET6) {
                throw SocketErrors.error(SocketErrors.ENOPROTOOPT);
            }
            return new int[] {d.v6only ? 1 : 0};
        }
        SocketOption<?> opt = option(level, name);
        if (opt == null) {
            throw SocketErrors.error(SocketErrors.ENOPROTOOPT);
        }
        Object v = d.getOption(opt);
        if (v instanceof Boolean b) {
            return new int[] {b ? 1 : 0};
        }
        if (opt == StandardSocketOptions.SO_LINGER) {
            int secs = (Integer) v;
            return secs < 0 ? new int[] {0, 0} : new int[] {1, secs};
        }
        if (v instanceof NetworkInterface ni) {
            return new int[] {ni.getIndex()};
        }
        return new int[] {v == null ? 0 : (Integer) v};
    }

    private static int intAt(byte[] b, int at) {
        return b[at] & 255 | (b[at + 1] & 255) << 8 | (b[at + 2] & 255) << 16 | (b[at + 3] & 255) << 24;
    }
}
