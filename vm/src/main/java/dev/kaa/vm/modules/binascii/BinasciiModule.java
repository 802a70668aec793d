package dev.kaa.vm.modules.binascii;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.KwOnly;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code binascii}: conversions between binary data and ASCII encodings (hex, base64, uu,
 * quoted-printable) and the CRC-32 and CRC-CCITT checksums, with {@code binascii.Error}
 * (a {@code ValueError}) and {@code binascii.Incomplete}.
 *
 * <p>Thread safety: stateless.
 */
public final class BinasciiModule {
    private BinasciiModule() {}

    public static final PyType ERROR = PyType.builtin("binascii.Error", PyBaseException.class, null, Exceptions.ValueError);
    public static final PyType INCOMPLETE = PyType.builtin("binascii.Incomplete", PyBaseException.class, null,
            Exceptions.Exception);

    private static final byte[] HEX = "0123456789abcdef".getBytes();

    public static PyModule create() {
        PyModule m = new PyModule("binascii");
        m.put("__doc__", PyStr.of("Encode bytes as ASCII text (hex, base64, uuencode, quoted-printable)"
                + " and back, plus checksums."));
        Exposer.functions(BinasciiModule.class, MethodHandles.lookup(), "binascii", m).forEach(m::put);
        m.put("Error", ERROR);
        m.put("Incomplete", INCOMPLETE);
        return m;
    }

    static PyException error(String format, Object... args) {
        return PyErr.format(ERROR, format, args);
    }

    // ---- hex ----------------------------------------------------------------------------------------

    @PyMethod(positionalOnly = 0, doc = "Two hex digits for each byte of data, optionally grouped with a separator;"
            + " as bytes.")
    static Object b2a_hex(Object data, @Opt Object sep, @Opt("1") Object bytes_per_sep) {
        return new PyBytes(hex(BinasciiArgs.buffer(data), sep, bytes_per_sep));
    }

    @PyMethod(positionalOnly = 0, doc = "Two hex digits for each byte of data, optionally grouped with a separator;"
            + " as bytes.")
    static Object hexlify(Object data, @Opt Object sep, @Opt("1") Object bytes_per_sep) {
        return new PyBytes(hex(BinasciiArgs.buffer(data), sep, bytes_per_sep));
    }

    private static byte[] hex(byte[] data, Object sepArg, Object perSepArg) {
        int sep = -1;
        if (sepArg != null) {
            if (Abstract.len(sepArg) != 1) {
                throw PyErr.valueError("sep must be length 1.");
            }
            if (sepArg instanceof PyStr s) {
                sep = s.value().charAt(0);
                if (sep > 0xff) {
                    throw PyErr.valueError("sep must be ASCII.");
                }
            } else if (sepArg instanceof PyBytes b) {
                sep = b.data()[0] & 0xff;
            } else {
                throw PyErr.typeError("sep must be str or bytes.");
            }
        }
        int per = Abstract.asInt(perSepArg == null ? PyInt.ONE : perSepArg);
        int n = data.length;
        if (sep < 0 || per == 0 || n == 0) {
            byte[] out = new byte[2 * n];
            for (int i = 0; i < n; i++) {
                out[2 * i] = HEX[(data[i] >> 4) & 15];
                out[2 * i + 1] = HEX[data[i] & 15];
            }
            return out;
        }
        long group = Math.abs((long) per);
        int seps = (int) ((n - 1) / group);
        byte[] out = new byte[2 * n + seps];
        int o = 0;
        for (int i = 0; i < n; i++) {
            // Groups count from the right end for a positive size, from the left for a negative.
            boolean boundary = per > 0 ? i > 0 && (n - i) % group == 0 : i > 0 && i % group == 0;
            if (boundary) {
                out[o++] = (byte) sep;
            }
            out[o++] = HEX[(data[i] >> 4) & 15];
            out[o++] = HEX[data[i] & 15];
        }
        return out;
    }

    @PyMethod(doc = "The bytes spelled by a string of hex digit pairs (either case).")
    static Object a2b_hex(Object hexstr) {
        return new PyBytes(unhex(BinasciiArgs.ascii(hexstr)));
    }

    @PyMethod(doc = "The bytes spelled by a string of hex digit pairs (either case).")
    static Object unhexlify(Object hexstr) {
        return new PyBytes(unhex(BinasciiArgs.ascii(hexstr)));
    }

    private static byte[] unhex(byte[] s) {
        if (s.length % 2 != 0) {
            throw error("Odd-length string");
        }
        byte[] out = new byte[s.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = digit(s[2 * i]), lo = digit(s[2 * i + 1]);
            if (hi < 0 || lo < 0) {
                throw error("Non-hexadecimal digit found");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    private static int digit(byte b) {
        int c = b & 0xff;
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    // ---- base64, uu, quoted-printable ---------------------------------------------------------------

    @PyMethod(doc = "Turn base64 text back into the bytes it encodes.")
    static Object a2b_base64(Object data, @KwOnly @Opt("False") boolean strict_mode) {
        return new PyBytes(Base64Codec.decode(BinasciiArgs.ascii(data), strict_mode));
    }

    @PyMethod(doc = "Encode data as base64, ending with a newline unless newline is false.")
    static Object b2a_base64(Object data, @KwOnly @Opt("True") boolean newline) {
        return new PyBytes(Base64Codec.encode(BinasciiArgs.buffer(data), newline));
    }

    @PyMethod(doc = "Turn one uuencoded line back into bytes.")
    static Object a2b_uu(Object data) {
        return new PyBytes(UuCodec.decode(BinasciiArgs.ascii(data)));
    }

    @PyMethod(doc = "Encode up to 45 bytes as one uuencoded line.")
    static Object b2a_uu(Object data, @KwOnly @Opt("False") boolean backtick) {
        return new PyBytes(UuCodec.encode(BinasciiArgs.buffer(data), backtick));
    }

    @PyMethod(positionalOnly = 0, doc = "Turn quoted-printable text back into bytes.")
    static Object a2b_qp(Object data, @Opt("False") boolean header) {
        return new PyBytes(QuotedPrintable.decode(BinasciiArgs.ascii(data), header));
    }

    @PyMethod(positionalOnly = 0, doc = "Encode data as quoted-printable.\n"
            + "\n"
            + "quotetabs also encodes every space and tab; istext=False encodes CR and LF too\n"
            + "instead of keeping line breaks; header encodes spaces as underscores (RFC 2047).")
    static Object b2a_qp(Object data, @Opt("False") boolean quotetabs, @Opt("True") boolean istext,
            @Opt("False") boolean header) {
        return new PyBytes(QuotedPrintable.encode(BinasciiArgs.buffer(data), quotetabs, istext, header));
    }

    // ---- checksums ----------------------------------------------------------------------------------

    @PyMethod(doc = "The CRC-32 of data, continuing from crc if given.")
    static Object crc32(Object data, @Opt Object crc) {
        byte[] b = BinasciiArgs.buffer(data);
        int start = crc == null ? 0 : Abstract.index(crc).bigValue().intValue();
        return PyInt.of(Crc.crc32(b, start) & 0xffffffffL);
    }

    @PyMethod(doc = "The CRC-CCITT (XMODEM) of data, continuing from crc.")
    static Object crc_hqx(Object data, Object crc) {
        byte[] b = BinasciiArgs.buffer(data);
        int start = Abstract.index(crc).bigValue().intValue();
        return PyInt.of(Crc.crcHqx(b, start));
    }
}
