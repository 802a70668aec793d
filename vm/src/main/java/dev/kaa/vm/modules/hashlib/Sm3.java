package dev.kaa.vm.modules.hashlib;

import dev.kaa.vm.modules.hashes.HashEngine;

/**
 * SM3 (GB/T 32905-2016), the Chinese national hash: 64 steps over big-endian words with a
 * 68-word message expansion, in SHA-256's frame.
 *
 * <p>Thread safety: not thread-safe (the owning object locks it).
 */
final class Sm3 extends MerkleDamgard {
    Sm3() {
        super(new int[] {0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d,
            0xb0fb0e4e});
    }

    private Sm3(Sm3 other) {
        super(other);
    }

    @Override public HashEngine copy() {
        return new Sm3(this);
    }

    @Override boolean bigEndian() {
        return true;
    }

    private static int p0(int x) {
        return x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
    }

    private static int p1(int x) {
        return x ^ Integer.rotateLeft(x, 15) ^ Integer.rotateLeft(x, 23);
    }

    @Override void compress(int[] v, byte[] block, int at) {
        int[] w = new int[68];
        for (int i = 0; i < 16; i++) {
            w[i] = word(block, at, i);
        }
        for (int j = 16; j < 68; j++) {
            w[j] = p1(w[j - 16] ^ w[j - 9] ^ Integer.rotateLeft(w[j - 3], 15)) ^ Integer.rotateLeft(w[j - 13], 7)
                    ^ w[j - 6];
        }
        int a = v[0], b = v[1], c = v[2], d = v[3], e = v[4], f = v[5], g = v[6], h = v[7];
        for (int j = 0; j < 64; j++) {
            int constant = j < 16 ? 0x79cc4519 : 0x7a879d8a;
            int a12 = Integer.rotateLeft(a, 12);
            int ss1 = Integer.rotateLeft(a12 + e + Integer.rotateLeft(constant, j % 32), 7);
            int ss2 = ss1 ^ a12;
            int ff = j < 16 ? a ^ b ^ c : (a & b) | (a & c) | (b & c);
            int gg = j < 16 ? e ^ f ^ g : (e & f) | (~e & g);
            int tt1 = ff + d + ss2 + (w[j] ^ w[j + 4]);
            int tt2 = gg + h + ss1 + w[j];
            d = c;
            c = Integer.rotateLeft(b, 9);
            b = a;
            a = tt1;
            h = g;
            g = Integer.rotateLeft(f, 19);
            f = e;
            e = p0(tt2);
        }
        v[0] ^= a;
        v[1] ^= b;
        v[2] ^= c;
        v[3] ^= d;
        v[4] ^= e;
        v[5] ^= f;
        v[6] ^= g;
        v[7] ^= h;
    }
}
