#!/usr/bin/env python3.13
"""Writes the mapping tables of Kaa's CJK codecs (the _codecs_cn/_hk/_iso2022/_jp/_kr/_tw modules).

The tables are what CPython 3.13's codecs *do*, found by running them: every byte sequence of one
to three bytes (four for gb18030) is decoded, and every code point 0..0x10FFFF encoded, one at a
time. Nothing is read from CPython's sources. Run it with CPython 3.13:

    $(pyenv root)/versions/3.13.0/bin/python3.13 scripts/gen-cjk-tables.py

Output: stdlib/src/main/resources/dev/kaa/stdlib/cjk/NAME.bin, one zlib-compressed file per codec,
read by CjkTables.java. The format (big-endian):

  Multibyte codec (kind 1): the decoding trie, its pairs, the encoding exceptions, the pair
  encodings, and the codec's extras (gb18030's four-byte ranges, euc_kr's jamo bytes).
    u8 1
    i32 nodes, then 256 i32 per node: >= 0 a code point; -1..-8 an illegal sequence of that
        length; -20 gb18030's four-byte form; -21 euc_kr's eight-byte make-up form;
        <= -1000 and > -1000000: node (-1000 - entry); <= -1000000: pair (-1000000 - entry)
    i32 pairs, then (i32 cp1, i32 cp2) each
    i32 encoding exceptions, then (i32 cp, u8 n, n bytes) each; n = 0: not encodable. The
        encoding of a code point is the shortest byte sequence that decodes to it (the first in
        byte order among those),
        the codec's extras, and these exceptions over both.
    i32 pair encodings, then (i32 cp1, i32 cp2, u8 n, n bytes) each
    i32 gb18030 ranges, then (i32 first four-byte index, i32 first code point, i32 length) each
    i32 make-up jamo counts (3 x u8 n, n bytes: initial, medial, final jamo second bytes)
  ISO 2022 or HZ codec (kind 2): one table per graphic set the codec decodes.
    u8 2
    i32 sets, then per set: u8 mark (the final byte of its designation, | 0x80 for a double-byte
        set, or 'A'/'F' for iso2022_jp_2's ISO 8859-1/7 single shifts, or '~' for HZ's GB 2312),
        u8 width, then for width 2: 96 x 256 i32 (first byte 0x20..0x7f, second 0..255), for width
        1: 256 i32; each a code point, -1 unmapped, or <= -1000000 a pair
    u8 n, then n set indices: the order in which the encoder tries the sets. The encoding of a
        code point >= 0x80 is its first code in the first set (in that order) that has it, but
        for the exceptions that follow.
    i32 pairs, then (i32 cp1, i32 cp2) each
    i32 encoding exceptions, then (i32 cp, u8 set index or 255: not encodable, u16 code) each
    i32 pair encodings, then (i32 cp1, i32 cp2, u8 set index, u16 code) each
"""
import codecs
import os
import struct
import sys
import zlib

if sys.version_info[:2] != (3, 13):
    sys.exit("needs CPython 3.13")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "stdlib/src/main/resources/dev/kaa/stdlib/cjk")

MULTIBYTE = ("gb2312 gbk gb18030 big5 cp950 big5hkscs cp932 shift_jis euc_jp euc_jis_2004 "
             "euc_jisx0213 shift_jis_2004 shift_jisx0213 euc_kr cp949 johab").split()
ISO2022 = ("iso2022_jp iso2022_jp_1 iso2022_jp_2 iso2022_jp_2004 iso2022_jp_3 iso2022_jp_ext "
           "iso2022_kr hz").split()

NODE, PAIR = -1000, -1000000
GB18030_FOUR, MAKEUP = -20, -21


def decode(name, data):
    """('ok', text) or ('ill'|'inc', start, end)."""
    try:
        return ("ok", codecs.decode(data, name))
    except UnicodeDecodeError as e:
        return (e.reason[:3], e.start, e.end)


def encode(name, text):
    try:
        return codecs.encode(text, name)
    except UnicodeEncodeError:
        return None


class Pairs:
    def __init__(self):
        self.items, self.index = [], {}

    def ref(self, text):
        key = (ord(text[0]), ord(text[1]))
        if key not in self.index:
            self.index[key] = len(self.items)
            self.items.append(key)
        return PAIR - self.index[key]


def build_trie(name, pairs):
    nodes = []

    def probe(prefix):
        at = len(nodes)
        nodes.append(None)
        row = []
        for b in range(256):
            seq = prefix + bytes([b])
            r = decode(name, seq)
            if r[0] == "ok":
                row.append(ord(r[1]) if len(r[1]) == 1 else pairs.ref(r[1]))
            elif r[0] == "ill":
                assert r[1] == 0, (name, seq, r)
                row.append(-(r[2] - r[1]))
            else:
                if name == "gb18030" and len(seq) == 2:
                    row.append(GB18030_FOUR)
                elif name == "euc_kr" and seq == b"\xa4\xd4":
                    row.append(MAKEUP)
                else:
                    assert len(seq) < 3, (name, seq)
                    row.append(NODE - probe(seq))
        nodes[at] = row
        return at

    probe(b"")
    return nodes


def walk(nodes, pairs, i=0, prefix=b""):
    """(bytes, decoded) for each sequence of the trie, in byte order."""
    for b, e in enumerate(nodes[i]):
        seq = prefix + bytes([b])
        if e >= 0:
            yield seq, chr(e)
        elif e <= PAIR:
            yield seq, "".join(map(chr, pairs.items[PAIR - e]))
        elif e <= NODE:
            yield from walk(nodes, pairs, NODE - e, seq)


def gb18030_ranges():
    """Runs of the four-byte forms below the supplementary planes that map to consecutive code points."""
    ranges = []
    for idx in range(0, 39420):
        b = bytes([0x81 + idx // 12600, 0x30 + idx // 1260 % 10, 0x81 + idx // 10 % 126, 0x30 + idx % 10])
        r = decode("gb18030", b)
        if r[0] != "ok":
            continue
        cp = ord(r[1])
        if ranges and ranges[-1][0] + ranges[-1][2] == idx and ranges[-1][1] + ranges[-1][2] == cp:
            ranges[-1][2] += 1
        else:
            ranges.append([idx, cp, 1])
    return ranges


def makeup_jamo():
    """The second bytes of the jamo euc_kr's make-up sequences use (initial, medial, final), by jamo index."""
    def syllable(c1, c2, c3):
        r = decode("euc_kr", bytes([0xA4, 0xD4, 0xA4, c1, 0xA4, c2, 0xA4, c3]))
        return ord(r[1]) - 0xAC00 if r[0] == "ok" else None
    initial = {syllable(b, 0xBF, 0xD4) // 588: b for b in range(0xA1, 0xFF) if syllable(b, 0xBF, 0xD4) is not None}
    medial = {syllable(0xA1, b, 0xD4) // 28 % 21: b for b in range(0xA1, 0xFF) if syllable(0xA1, b, 0xD4) is not None}
    final = {syllable(0xA1, 0xBF, b) % 28: b for b in range(0xA1, 0xFF) if syllable(0xA1, 0xBF, b) is not None}
    assert (len(initial), len(medial), len(final)) == (19, 21, 28), (initial, medial, final)
    return [initial[i] for i in range(19)], [medial[i] for i in range(21)], [final[i] for i in range(28)]


def gb18030_four(cp, ranges):
    if cp >= 0x10000:
        idx = cp - 0x10000 + 189000
    else:
        for first, start, n in ranges:
            if start <= cp < start + n:
                idx = first + cp - start
                break
        else:
            return None
    return bytes([0x81 + idx // 12600, 0x30 + idx // 1260 % 10, 0x81 + idx // 10 % 126, 0x30 + idx % 10])


def multibyte(name):
    pairs = Pairs()
    nodes = build_trie(name, pairs)
    inverse, pair_enc = {}, {}
    for seq, text in sorted(walk(nodes, pairs), key=lambda st: (len(st[0]), st[0])):
        if len(text) == 1:
            inverse.setdefault(ord(text), seq)
    ranges = gb18030_ranges() if name == "gb18030" else []
    jamo = makeup_jamo() if name == "euc_kr" else ([], [], [])
    exceptions = []
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        want = encode(name, chr(cp))
        have = inverse.get(cp)
        if have is None and ranges:
            have = gb18030_four(cp, ranges)
        if have is None and jamo[0] and 0xAC00 <= cp <= 0xD7A3:
            s = cp - 0xAC00
            have = bytes([0xA4, 0xD4, 0xA4, jamo[0][s // 588], 0xA4, jamo[1][s // 28 % 21], 0xA4, jamo[2][s % 28]])
        if want != have:
            exceptions.append((cp, want or b""))
    for cp1, cp2 in pairs.items:
        got = encode(name, chr(cp1) + chr(cp2))
        if got is not None and decode(name, got) == ("ok", chr(cp1) + chr(cp2)) and len(got) <= 4:
            pair_enc[(cp1, cp2)] = got
    out = [struct.pack(">Bi", 1, len(nodes))]
    for row in nodes:
        out.append(struct.pack(">256i", *row))
    out.append(struct.pack(">i", len(pairs.items)))
    for a, b in pairs.items:
        out.append(struct.pack(">ii", a, b))
    out.append(struct.pack(">i", len(exceptions)))
    for cp, b in exceptions:
        out.append(struct.pack(">iB", cp, len(b)) + b)
    out.append(struct.pack(">i", len(pair_enc)))
    for (a, b), seq in sorted(pair_enc.items()):
        out.append(struct.pack(">iiB", a, b, len(seq)) + seq)
    out.append(struct.pack(">i", len(ranges)))
    for r in ranges:
        out.append(struct.pack(">iii", *r))
    for j in jamo:
        out.append(struct.pack(">B", len(j)) + bytes(j))
    return b"".join(out), len(exceptions)


# The graphic sets of the ISO 2022 codecs: designation escape, mark, width.
SETS = [
    (b"\x1b(J", ord("J"), 1), (b"\x1b(I", ord("I"), 1),
    (b"\x1b$@", ord("@") | 0x80, 2), (b"\x1b$B", ord("B") | 0x80, 2), (b"\x1b$A", ord("A") | 0x80, 2),
    (b"\x1b$(C", ord("C") | 0x80, 2), (b"\x1b$(D", ord("D") | 0x80, 2), (b"\x1b$(O", ord("O") | 0x80, 2),
    (b"\x1b$(P", ord("P") | 0x80, 2), (b"\x1b$(Q", ord("Q") | 0x80, 2), (b"\x1b$)C", ord("C") | 0x80, 2),
]


def inverse(sets, order):
    """Code point to (set, code): the first code of the first set, in the encoder's order, that decodes to it."""
    inv = {}
    for i in order:
        esc, mark, width, table = sets[i]
        for index, cp in enumerate(table):
            if cp >= 0x80 and cp not in inv:
                inv[cp] = (i, index + 0x2000 if width == 2 else index)
    return inv


def encoding_order(sets, actual):
    """The order of the sets that leaves the fewest exceptions, and those exceptions."""
    import itertools
    used = sorted({i for i, code in actual.values()})
    best = None
    for order in itertools.permutations(used):
        inv = inverse(sets, order)
        exceptions = [(cp, actual.get(cp, (255, 0))) for cp in sorted(set(inv) | set(actual))
                      if inv.get(cp) != actual.get(cp)]
        if best is None or len(exceptions) < len(best[1]):
            best = (list(order), exceptions)
    return best


def iso2022(name):
    pairs = Pairs()
    sets = []
    if name == "hz":
        candidates = [(b"~{", ord("~"), 2)]
    else:
        candidates = SETS
    seen = set()
    for esc, mark, width in candidates:
        if mark in seen or decode(name, esc)[0] != "ok":
            continue
        if name == "iso2022_kr" and esc != b"\x1b$)C":
            continue
        if name != "iso2022_kr" and esc == b"\x1b$)C":
            continue
        shift = b"\x0e" if name == "iso2022_kr" else b""
        table = []
        if width == 2:
            for c1 in range(0x20, 0x80):
                for c2 in range(256):
                    if name == "hz" and c1 == 0x7e:
                        table.append(-1)
                        continue
                    r = decode(name, esc + shift + bytes([c1, c2]))
                    table.append(-1 if r[0] != "ok" else ord(r[1]) if len(r[1]) == 1 else pairs.ref(r[1]))
        else:
            for c in range(256):
                r = decode(name, esc + bytes([c]))
                table.append(ord(r[1]) if 0x20 <= c < 0x80 and r[0] == "ok" and len(r[1]) == 1 else -1)
        seen.add(mark)
        sets.append((esc, mark, width, table))
    if name == "iso2022_jp_2":
        for g2, mark in ((b"\x1b.A", ord("A")), (b"\x1b.F", ord("F"))):
            table = []
            for c in range(256):
                r = decode(name, g2 + b"\x1bN" + bytes([c]))
                table.append(ord(r[1]) if r[0] == "ok" and len(r[1]) == 1 else -1)
            sets.append((g2, mark, 1, table))
    pair_enc = []

    def parse(out):
        """The (set index, code) one character encoded to, from the bytes of its encoding."""
        if name == "hz":
            assert out[:2] == b"~{" and out[-2:] == b"~}" and len(out) == 6, out
            return 0, out[2] << 8 | out[3]
        if name == "iso2022_kr":
            assert out[:5] == b"\x1b$)C\x0e" and out[-1:] == b"\x0f" and len(out) == 8, out
            return 0, out[5] << 8 | out[6]
        for esc in (out[:3], out[:4]):
            mark = esc[-1] | (0x80 if esc[1:2] == b"$" else 0)
            i = next((i for i, st in enumerate(sets) if st[1] == mark and st[0][:2] != b"\x1b."), None)
            if i is not None and esc[1:2] in (b"$", b"(") and (len(esc) == 3 or esc[2:3] == b"("):
                body = out[len(esc):-3]
                if out[-3:] == b"\x1b(B" and len(body) == sets[i][2]:
                    return i, int.from_bytes(body, "big")
        raise AssertionError(out)

    actual = {}
    for cp in range(0x80, 0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        out = encode(name, chr(cp))
        if out is not None:
            actual[cp] = parse(out)
    for cp1, cp2 in pairs.items:
        out = encode(name, chr(cp1) + chr(cp2))
        if out is not None and len(out) <= 9 and decode(name, out) == ("ok", chr(cp1) + chr(cp2)):
            i, code = parse(out)
            pair_enc.append((cp1, cp2, i, code))
    order, exceptions = encoding_order(sets, actual)
    out = [struct.pack(">Bi", 2, len(sets))]
    for esc, mark, width, table in sets:
        out.append(struct.pack(">BB", mark, width))
        out.append(struct.pack(">%di" % len(table), *table))
    out.append(struct.pack(">B", len(order)) + bytes(order))
    out.append(struct.pack(">i", len(pairs.items)))
    for a, b in pairs.items:
        out.append(struct.pack(">ii", a, b))
    out.append(struct.pack(">i", len(exceptions)))
    for cp, (i, code) in exceptions:
        out.append(struct.pack(">iBH", cp, i, code))
    out.append(struct.pack(">i", len(pair_enc)))
    for a, b, i, code in pair_enc:
        out.append(struct.pack(">iiB", a, b, i) + struct.pack(">H", code))
    return b"".join(out), ([chr(s[1] & 0x7f) + ("*" if s[2] == 2 else "") for s in sets], order, len(exceptions))


def main():
    os.makedirs(OUT, exist_ok=True)
    names = sys.argv[1:] or MULTIBYTE + ISO2022
    for name in names:
        data, info = multibyte(name) if name in MULTIBYTE else iso2022(name)
        packed = zlib.compress(data, 9)
        with open(os.path.join(OUT, name + ".bin"), "wb") as f:
            f.write(packed)
        print(f"{name}: {len(data)} bytes, {len(packed)} compressed, {info}")


if __name__ == "__main__":
    main()
