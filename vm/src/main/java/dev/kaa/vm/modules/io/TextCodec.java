package dev.kaa.vm.modules.io;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import java.util.Arrays;
import java.util.Locale;

/**
 * The incremental encoders and decoders a {@link TextIOWrapper} uses: Java ones for UTF-8,
 * ASCII and Latin-1 (which decode whole chunks with {@code bytes.decode}, holding back an
 * incomplete UTF-8 sequence at the end of a chunk), and for every other codec the objects
 * {@code codecs.getincrementaldecoder(encoding)(errors)} and
 * {@code codecs.getincrementalencoder(encoding)(errors)} return, called as CPython calls them.
 *
 * <p>Thread safety: confined to the stream that owns it.
 */
final class TextCodec {
    private TextCodec() {}

    /** An incremental decoder; state is {@code (pending bytes, flags)} as codecs' getstate says. */
    abstract static class Decoder {
        abstract String decode(byte[] input, boolean fin);

        abstract Object getstate();

        abstract void setstate(Object state);

        abstract void reset();

        /** The Python object, for {@code IncrementalNewlineDecoder(decoder)} and introspection. */
        abstract Object pyObject();
    }

    /** An incremental encoder. */
    abstract static class Encoder {
        abstract byte[] encode(String text);

        abstract void reset();

        abstract void setstate(Object state);
    }

    /** The canonical fast-path name for an encoding, or null when it goes through codecs. */
    static String fastName(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (e) {
            case "utf_8", "utf8", "u8", "utf", "cp65001" -> "utf-8";
            case "ascii", "us_ascii", "646" -> "ascii";
            case "latin_1", "latin1", "iso_8859_1", "iso8859_1", "l1", "latin", "8859", "cp819", "iso_ir_100" ->
                    "latin-1";
            default -> null;
        };
    }

    static Object codecs() {
        ThreadState ts = ThreadState.current();
        return ts.runtime.services.importName(ts, "codecs", null, PyNone.NONE, 0);
    }

    /** {@code codecs.lookup(encoding)}, checked to be a text encoding (LookupError otherwise). */
    static Object lookupText(String encoding) {
        if (fastName(encoding) != null) {
            return PyNone.NONE;
        }
        Object info = Abstract.callMethod(codecs(), "lookup", PyStr.of(encoding));
        Object isText = Abstract.lookupAttr(info, PyStr.intern("_is_text_encoding"));
        if (isText != null && !Abstract.isTrue(isText)) {
            throw PyErr.lookupError("'%s' is not a text encoding; use codecs.open() to handle arbitrary codecs", encoding);
        }
        return info;
    }

    static Decoder decoder(String encoding, String errors) {
        String fast = fastName(encoding);
        if (fast != null) {
            return new FastDecoder(fast, errors);
        }
        Object info = lookupText(encoding);
        Object factory = Abstract.getAttr(info, "incrementaldecoder");
        return new PyDecoder(Abstract.call(factory, PyStr.of(errors)));
    }

    static Encoder encoder(String encoding, String errors) {
        String fast = fastName(encoding);
        if (fast != null) {
            return new FastEncoder(fast, errors);
        }
        Object info = lookupText(encoding);
        Object factory = Abstract.getAttr(info, "incrementalencoder");
        return new PyEncoder(Abstract.call(factory, PyStr.of(errors)));
    }

    /** Decodes with {@code bytes.decode}: UTF-8 (incomplete tails held back), ASCII, Latin-1. */
    static final class FastDecoder extends Decoder {
        final String encoding, errors;
        private byte[] pending = new byte[0];

        FastDecoder(String encoding, String errors) {
            this.encoding = encoding;
            this.errors = errors;
        }

        @Override String decode(byte[] input, boolean fin) {
            byte[] all = input;
            if (pending.length > 0) {
                all = Arrays.copyOf(pending, pending.length + input.length);
                System.arraycopy(input, 0, all, pending.length, input.length);
            }
            int keep = fin || !encoding.equals("utf-8") ? 0 : incompleteTail(all);
            pending = keep == 0 ? new byte[0] : Arrays.copyOfRange(all, all.length - keep, all.length);
            if (all.length - keep == 0) {
                return "";
            }
            byte[] body = keep == 0 ? all : Arrays.copyOf(all, all.length - keep);
            if (isAscii(body)) {
                return new String(body, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            if (encoding.equals("latin-1")) {
                return new String(body, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            Object s = Abstract.callMethod(new PyBytes(body), "decode", PyStr.of(encoding), PyStr.of(errors));
            return ((PyStr) s).value();
        }

        private static boolean isAscii(byte[] b) {
            for (byte x : b) {
                if (x < 0) {
                    return false;
                }
            }
            return true;
        }

        /** How many bytes at the end start a UTF-8 sequence that more input could complete. */
        static int incompleteTail(byte[] b) {
            int n = b.length;
            for (int back = 1; back <= 3 && back <= n; back++) {
                int c = b[n - back] & 0xFF;
                if ((c & 0xC0) == 0x80) {
                    continue; // a continuation byte: look further back for the lead
                }
                int need = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
                if (need <= back) {
                    return 0;
                }
                if (back >= 2) {
                    int c2 = b[n - back + 1] & 0xFF;
                    boolean ok = switch (c) {
                        case 0xE0 -> c2 >= 0xA0;
                        case 0xED -> c2 <= 0x9F;
                        case 0xF0 -> c2 >= 0x90;
                        case 0xF4 -> c2 <= 0x8F;
                        default -> true;
                    };
                    if (!ok) {
                        return 0;
                    }
                }
                return back;
            }
            return 0;
        }

        @Override Object getstate() {
            return PyTuple.of(new PyBytes(pending), PyInt.ZERO);
        }

        @Override void setstate(Object state) {
            Object[] st = stateItems(state);
            pending = IoArgs.bytesOf(st[0], "state[0] must be bytes, not %T").clone();
        }

        @Override void reset() {
            pending = new byte[0];
        }

        @Override Object pyObject() {
            return PyNone.NONE;
        }
    }

    static Object[] stateItems(Object state) {
        if (!(state instanceof PyTuple t) || t.size() != 2) {
            throw PyErr.typeError("state argument must be a tuple");
        }
        return new Object[] {t.get(0), t.get(1)};
    }

    /** A codec's Python incremental decoder. */
    static final class PyDecoder extends Decoder {
        final Object dec;

        PyDecoder(Object dec) {
            this.dec = dec;
        }

        @Override String decode(byte[] input, boolean fin) {
            Object r = Abstract.callMethod(dec, "decode", new PyBytes(input), PyBool.of(fin));
            if (!(r instanceof PyStr s)) {
                throw PyErr.typeError("decoder should return a string result, not '%T'", r);
            }
            return s.value();
        }

        @Override Object getstate() {
            Object st = Abstract.callMethod(dec, "getstate");
            if (!(st instanceof PyTuple t) || t.size() != 2) {
                throw PyErr.typeError("illegal decoder state");
            }
            return st;
        }

        @Override void setstate(Object state) {
            Abstract.callMethod(dec, "setstate", state);
        }

        @Override void reset() {
            Abstract.callMethod(dec, "reset");
        }

        @Override Object pyObject() {
            return dec;
        }
    }

    static final class FastEncoder extends Encoder {
        final String encoding, errors;

        FastEncoder(String encoding, String errors) {
            this.encoding = encoding;
            this.errors = errors;
        }

        @Override byte[] encode(String text) {
            boolean ascii = true;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) >= 0x80) {
                    ascii = false;
                    break;
                }
            }
            if (ascii) {
                return text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            Object b = Abstract.callMethod(PyStr.of(text), "encode", PyStr.of(encoding), PyStr.of(errors));
            return ((PyBytes) b).data();
        }

        @Override void reset() {
        }

        @Override void setstate(Object state) {
        }
    }

    static final class PyEncoder extends Encoder {
        final Object enc;

        PyEncoder(Object enc) {
            this.enc = enc;
        }

        @Override byte[] encode(String text) {
            Object r = Abstract.callMethod(enc, "encode", PyStr.of(text));
            if (!(r instanceof PyBytes b)) {
                throw PyErr.typeError("encoder should return a bytes object, not '%T'", r);
            }
            return b.data();
        }

        @Override void reset() {
            Abstract.callMethod(enc, "reset");
        }

        @Override void setstate(Object state) {
            Abstract.callMethod(enc, "setstate", state);
        }
    }
}
