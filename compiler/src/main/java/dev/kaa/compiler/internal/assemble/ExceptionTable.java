package dev.kaa.compiler.internal.assemble;

import dev.kaa.compiler.internal.flowgraph.Handler;
import java.io.ByteArrayOutputStream;

/**
 * Writes 3.13's {@code co_exceptiontable}: for each run of code units protected by the same
 * handler, an entry of four varints (high 6-bit group first, bit 7 marking the entry's first
 * byte): start, length, handler target (all in code units), and {@code depth << 1 | lasti}.
 *
 * <p>Thread safety: stateless.
 */
final class ExceptionTable {
    private ExceptionTable() {}

    static byte[] encode(CodeLayout layout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Handler current = null;
        int start = 0;
        for (int k = 0; k < layout.count(); k++) {
            Handler h = layout.instr(k).handler();
            if (current != null && !current.sameAs(h)) {
                write(out, start, layout.offset(k), current);
            }
            if (h != null && !h.sameAs(current)) {
                start = layout.offset(k);
            }
            current = h;
        }
        if (current != null) {
            int last = layout.count() - 1;
            write(out, start, layout.offset(last) + layout.size(last), current);
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, int start, int end, Handler h) {
        Varint.writeBig(out, start, true);
        Varint.writeBig(out, end - start, false);
        Varint.writeBig(out, h.target().offset(), false);
        Varint.writeBig(out, (h.depth() << 1) | (h.lasti() ? 1 : 0), false);
    }
}
