package dev.kaa.vm.objects;

/**
 * {@code hash(str)} and {@code hash(bytes)}. Python randomizes these hashes per process, so no
 * program may depend on their values; Kaa computes a 64-bit FNV-1a over the UTF-16 code units
 * (or the bytes) with a final mix (a 32-bit Java {@code hashCode} would collide far more often
 * in big dicts), keeping -1 out (CPython reserves it). As in CPython, a str of code points below
 * 256 hashes as the bytes of the same values: {@code hash("abc") == hash(b"abc")}.
 *
 * <p>Thread safety: stateless.
 */
final class StrHash {
    private StrHash() {}

    static long of(String s) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0, n = s.length(); i < n; i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        return mix(h);
    }

    static long of(byte[] a, int n) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < n; i++) {
            h = (h ^ (a[i] & 0xFF)) * 0x100000001B3L;
        }
        return mix(h);
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return h == -1 ? -2 : h;
    }
}
