"""Writes cases.tsv: repr() of floats, complexes, strs and bytes as CPython 3.13 prints them,
and nonprintable.txt: the ranges of code points for which str.isprintable() is false.

Run with CPython 3.13 from this folder: python3.13 generate.py > cases.tsv
Each line is KIND, TAB, INPUT, TAB, EXPECTED; inputs are hex so that the file is plain text:
  float    the IEEE bits (16 hex digits)
  complex  real bits, a comma, imaginary bits
  str      code points in hex, separated by spaces
  bytes    the bytes in hex
"""
import math
import random
import struct

rnd = random.Random(20261125)


def bits(x):
    return struct.unpack('<Q', struct.pack('<d', x))[0]


def floats():
    specials = [0.0, -0.0, 1.0, -1.0, 1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, math.pi, math.e,
                math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
                2.225073858507201e-308, 1.7976931348623157e308, 123456789012345678.0,
                9007199254740992.0, 9007199254740993.0, 0.5, 100.0, 1e22, 1e23, 4.35, 2.675,
                0.3, 1.1, 1e-7, 12345.6789]
    for e in range(-330, 310):
        specials.append(10.0 ** e if -308 <= e <= 308 else float('1e%d' % e))
        specials.append(float('1.5e%d' % e))
        specials.append(float('9.999999999999999e%d' % e) if e < 308 else 1e308)
    for x in specials:
        yield x
    for _ in range(300):
        yield struct.unpack('<d', struct.pack('<Q', rnd.getrandbits(64)))[0]
    for _ in range(200):
        yield round(rnd.uniform(-1e6, 1e6), rnd.randint(0, 8))
    for _ in range(100):
        yield rnd.random() * 10.0 ** rnd.randint(-8, 20)


def complexes():
    parts = [0.0, -0.0, 1.0, -1.0, 2.5, 1e16, 1e-5, math.inf, -math.inf, math.nan, -math.nan, 1e300,
             123.456]
    for r in parts:
        for i in parts:
            yield complex(r, i)


def strings():
    yield ''
    yield "'"
    yield '"'
    yield '\'"'
    yield 'it\'s "x"'
    yield '\\'
    yield '\t\n\r\x00\x7f\x80\x9f\xa0\xad\xff'
    ranges = [(0, 0x80), (0x80, 0x800), (0x800, 0x10000), (0xd800, 0xe000), (0x10000, 0x110000),
              (0xe0000, 0xe0100), (0x2000, 0x2070), (0x1f300, 0x1fbff)]
    for _ in range(300):
        n = rnd.randint(1, 12)
        cps = []
        for _ in range(n):
            lo, hi = rnd.choice(ranges)
            cps.append(rnd.randrange(lo, hi))
        # Two lone surrogates side by side would be one code point in Java's UTF-16.
        s = ''.join(chr(c) for c in cps)
        if any(0xd800 <= ord(a) < 0xdc00 and 0xdc00 <= ord(b) < 0xe000 for a, b in zip(s, s[1:])):
            continue
        yield s


def bytes_values():
    yield b''
    yield b"'"
    yield b'"'
    yield b'\'"'
    yield bytes(range(256))
    for _ in range(100):
        yield bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 10)))


def nonprintable_ranges():
    start = None
    for cp in range(0x110001):
        printable = cp == 0x110000 or chr(cp).isprintable()
        if not printable and start is None:
            start = cp
        elif printable and start is not None:
            yield start, cp - 1
            start = None


with open('nonprintable.txt', 'w') as f:
    for first, last in nonprintable_ranges():
        f.write('%x %x\n' % (first, last))

for x in floats():
    print('float\t%016x\t%r' % (bits(x), x))
for c in complexes():
    print('complex\t%016x,%016x\t%r' % (bits(c.real), bits(c.imag), c))
for s in strings():
    print('str\t%s\t%s' % (' '.join('%x' % ord(ch) for ch in s), repr(s).encode('utf-8', 'surrogatepass').decode('utf-8')))
for b in bytes_values():
    print('bytes\t%s\t%r' % (b.hex(), b))
