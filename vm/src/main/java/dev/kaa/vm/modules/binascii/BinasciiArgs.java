package dev.kaa.vm.modules.binascii;

import dev.kaa.vm.modules.struct.Buffers;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyStr;

/**
 * The two kinds of data argument of {@code binascii}: the decoders take a buffer or an ASCII
 * str, the encoders a buffer only.
 *
 * <p>Thread safety: stateless.
 */
final class BinasciiArgs {
    private BinasciiArgs() {}

    /** A decoder's input: bytes-like, or a str of ASCII characters. */
    static byte[] ascii(Object o) {
        if (o instanceof PyStr s) {
            String v = s.value();
            byte[] b = new byte[v.length()];
            for (int i = 0; i < b.length; i++) {
                char c = v.charAt(i);
                if (c > 127) {
                    throw PyErr.valueError("string argument should contain only ASCII characters");
                }
                b[i] = (byte) c;
            }
            return b;
        }
        byte[] b = Buffers.contiguousOrNull(o);
        if (b == null) {
            throw PyErr.typeError("argument should be bytes, buffer or ASCII string, not '%T'", o);
        }
        return b;
    }

    /** An encoder's input: bytes-like only. */
    static byte[] buffer(Object o) {
        return Buffers.read(o);
    }
}
