package dev.kaa.vm.internal.eval;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyStr;

/**
 * {@code ascii()}, which the loop's {@code CONVERT_VALUE} needs.
 *
 * <p>Thread safety: stateless.
 */
public final class Builtins {
    private Builtins() {}

    /** {@code ascii(v)}: {@code repr(v)} with non-ASCII characters escaped. */
    public static PyStr ascii(Object v) {
        String r = Abstract.repr(v).value();
        StringBuilder sb = null;
        for (int i = 0; i < r.length(); ) {
            int c = r.codePointAt(i);
            int n = Character.charCount(c);
            if (c < 128) {
                if (sb != null) {
                    sb.append((char) c);
                }
            } else {
                if (sb == null) {
                    sb = new StringBuilder(r.substring(0, i));
                }
                if (c < 0x100) {
                    sb.append(String.format("\\x%02x", c));
                } else if (c < 0x10000) {
                    sb.append(String.format("\\u%04x", c));
                } else {
                    sb.append(String.format("\\U%08x", c));
                }
            }
            i += n;
        }
        return sb == null ? (PyStr) Abstract.repr(v) : PyStr.of(sb.toString());
    }
}
