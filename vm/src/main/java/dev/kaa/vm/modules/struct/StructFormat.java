package dev.kaa.vm.modules.struct;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyByteArray;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyErr;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled struct format: its byte order and size mode, and the items it packs, each at
 * its offset (native mode aligns items as the C compiler does on x86-64 Linux).
 *
 * <p>Thread safety: immutable.
 */
final class StructFormat {

    /** Native sizes and alignment, or standard sizes in little- or big-endian order. */
    enum Mode { NATIVE, LITTLE, BIG }

    /**
     * One packed field: format character, byte offset, item size and repeat count (for
     * {@code s} and {@code p} the size is the count and the repeat is one).
     */
    record Code(char c, long offset, int size, long repeat) {}

    final String text;
    final Mode mode;
    final Code[] codes;
    final long size;
    final long items;

    private StructFormat(String text, Mode mode, Code[] codes, long size, long items) {
        this.text = text;
        this.mode = mode;
        this.codes = codes;
        this.size = size;
        this.items = items;
    }

    /** The format of {@code Struct(format)}: a str (ASCII only) or bytes. */
    static StructFormat compile(Object format) {
        String text;
        if (format instanceof PyStr s) {
            text = s.value();
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) > 127) {
                    // Raises the UnicodeEncodeError CPython's conversion to bytes gives.
                    Abstract.callMethod(s, "encode", PyStr.of("ascii"));
                }
            }
        } else if (format instanceof PyBytes b) {
            text = new String(b.data(), StandardCharsets.ISO_8859_1);
        } else {
            throw PyErr.typeError("Struct() argument 1 must be a str or bytes object, not %T", format);
        }
        if (text.indexOf('\0') >= 0) {
            throw StructModule.error("embedded null character");
        }
        return parse(text);
    }

    /** Whether a format object is one {@link #compile} takes (for the cache's key). */
    static boolean acceptable(Object format) {
        return format instanceof PyStr || format instanceof PyBytes && !(format instanceof PyByteArray);
    }

    private static StructFormat parse(String text) {
        int i = 0;
        Mode mode = Mode.NATIVE;
        if (!text.isEmpty()) {
            switch (text.charAt(0)) {
                case '@' -> i = 1;
                case '=', '<' -> {
                    mode = Mode.LITTLE;
                    i = 1;
                }
                case '>', '!' -> {
                    mode = Mode.BIG;
                    i = 1;
                }
                default -> { }
            }
        }
        List<Code> codes = new ArrayList<>();
        long size = 0, items = 0;
        int n = text.length();
        try {
            while (i < n) {
                char c = text.charAt(i++);
                if (isSpace(c)) {
                    continue;
                }
                long num = 1;
                if (c >= '0' && c <= '9') {
                    num = c - '0';
                    while (true) {
                        if (i >= n) {
                            throw StructModule.error("repeat count given without format specifier");
                        }
                        c = text.charAt(i++);
                        if (c < '0' || c > '9') {
                            break;
                        }
                        num = Math.addExact(Math.multiplyExact(num, 10), c - '0');
                    }
                }
                int itemSize = itemSize(c, mode);
                if (itemSize < 0) {
                    throw StructModule.error("bad char in struct format");
                }
                if (mode == Mode.NATIVE) {
                    long align = c == 's' || c == 'p' || c == 'x' ? 1 : itemSize;
                    size = Math.addExact(size, align - 1) / align * align;
                }
                switch (c) {
                    case 'x' -> size = Math.addExact(size, num);
                    case 's', 'p' -> {
                        codes.add(new Code(c, size, (int) Math.min(num, Integer.MAX_VALUE), 1));
                        size = Math.addExact(size, num);
                        items++;
                    }
                    default -> {
                        if (num > 0) {
                            codes.add(new Code(c, size, itemSize, num));
                        }
                        size = Math.addExact(size, Math.multiplyExact(num, itemSize));
                        items += num;
                    }
                }
            }
        } catch (ArithmeticException e) {
            throw StructModule.error("total struct size too long");
        }
        return new StructFormat(text, mode, codes.toArray(new Code[0]), size, items);
    }

    /** Py_ISSPACE: the ASCII whitespace the format may contain between items. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    /** The size of one item of format character {@code c}, or -1 when the mode lacks it. */
    static int itemSize(char c, Mode mode) {
        return switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'q', 'Q', 'd' -> 8;
            case 'l', 'L' -> mode == Mode.NATIVE ? 8 : 4;
            case 'n', 'N', 'P' -> mode == Mode.NATIVE ? 8 : -1;
            default -> -1;
        };
    }
}
