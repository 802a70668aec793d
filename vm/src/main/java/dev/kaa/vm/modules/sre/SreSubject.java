package dev.kaa.vm.modules.sre;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyByteArray;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyMemoryView;
import dev.kaa.vm.objects.PyStr;

/**
 * The string a pattern runs over, seen as a sequence of integer characters: the code points of
 * a {@code str} (its chars when it has no surrogate pairs, else its cached code point array), or
 * the bytes of a bytes-like object. Positions are indices into that sequence.
 *
 * <p>Thread safety: immutable once made (a bytearray's bytes are copied when the call starts).
 */
final class SreSubject {
    /** The object given, kept for {@code Match.string}. */
    final Object obj;
    final boolean isStr;
    /** Exactly one of these holds the characters. */
    final String bmp;
    final int[] cps;
    final byte[] bytes;
    final int length;

    private SreSubject(Object obj, boolean isStr, String bmp, int[] cps, byte[] bytes, int length) {
        this.obj = obj;
        this.isStr = isStr;
        this.bmp = bmp;
        this.cps = cps;
        this.bytes = bytes;
        this.length = length;
    }

    /** The subject for {@code obj}, with CPython's errors for non-strings and for the wrong kind. */
    static SreSubject of(Object obj, boolean patternIsStr) {
        SreSubject s = ofOrNull(obj);
        if (s == null) {
            throw PyErr.typeError("expected string or bytes-like object, got '%T'", obj);
        }
        if (patternIsStr && !s.isStr) {
            throw PyErr.typeError("cannot use a string pattern on a bytes-like object");
        }
        if (!patternIsStr && s.isStr) {
            throw PyErr.typeError("cannot use a bytes pattern on a string-like object");
        }
        return s;
    }

    static SreSubject ofOrNull(Object obj) {
        if (obj instanceof PyStr s) {
            if (s.isBmp()) {
                return new SreSubject(obj, true, s.value(), null, null, s.value().length());
            }
            int[] cps = s.codePoints();
            return new SreSubject(obj, true, null, cps, null, cps.length);
        }
        byte[] b = null;
        if (obj instanceof PyBytes pb) {
            b = pb.data();
        } else if (obj instanceof PyByteArray ba) {
            b = ba.toByteArray();
        } else if (obj instanceof PyMemoryView) {
            b = ((PyBytes) Abstract.callMethod(obj, "tobytes")).data();
        } else {
            // Any other buffer (array.array, mmap): matched against a copy of its bytes.
            b = dev.kaa.vm.modules.struct.Buffers.contiguousOrNull(obj);
        }
        return b == null ? null : new SreSubject(obj, false, null, null, b, b.length);
    }

    /** The character at {@code i} (0 ≤ i < length). */
    int at(int i) {
        if (bmp != null) {
            return bmp.charAt(i);
        }
        if (cps != null) {
            return cps[i];
        }
        return bytes[i] & 0xFF;
    }

    /** The slice {@code [from, to)} as a str or bytes. */
    Object slice(int from, int to) {
        if (bmp != null) {
            return PyStr.of(bmp.substring(from, to));
        }
        if (cps != null) {
            return PyStr.of(new String(cps, from, to - from));
        }
        byte[] r = new byte[to - from];
        System.arraycopy(bytes, from, r, 0, r.length);
        return new PyBytes(r);
    }

    /** The slice as {@code Match.group} gives it: the str itself, or bytes for any buffer. */
    Object group(int from, int to) {
        if (from == 0 && to == length && obj.getClass() == PyStr.class) {
            return obj;
        }
        if (from == 0 && to == length && obj.getClass() == PyBytes.class) {
            return obj;
        }
        return slice(from, to);
    }

    /** Appends the slice to a str or bytes builder. */
    void appendTo(SreBuilder out, int from, int to) {
        if (bmp != null) {
            out.text.append(bmp, from, to);
        } else if (cps != null) {
            for (int i = from; i < to; i++) {
                out.text.appendCodePoint(cps[i]);
            }
        } else {
            out.bytes.write(bytes, from, to - from);
        }
    }
}
