#!/usr/bin/env python3.13
"""Writes the Unicode Character Database tables of Kaa's ``unicodedata`` module.

Run with CPython 3.13 (its ``unicodedata`` is Unicode 15.1.0, the version Kaa answers for,
whatever Unicode version the JDK implements):

    $(pyenv root)/versions/3.13.0/bin/python3.13 scripts/gen-unicodedata.py

Every value comes from CPython's ``unicodedata`` and ``unicodedata.ucd_3_2_0``, asked for each
code point, except the name aliases and named sequences, which CPython cannot list: they are read
from the UCD's NameAliases.txt and NamedSequences.txt (Debian's ``unicode-data`` package, or
``--ucd DIR``) and each one is kept only if CPython's ``lookup`` agrees.

Outputs:
  vm/src/main/resources/dev/kaa/vm/modules/unicodedata/ucd.bin   properties, both versions
  vm/src/main/resources/dev/kaa/vm/modules/unicodedata/names.bin names, aliases, sequences
  vm/src/test/resources/dev/kaa/vm/modules/unicodedata/expected.txt   digests and samples

Both .bin files are gzip streams of big-endian data; UcdData.java and UcdNames.java read them.
"""
import argparse
import gzip
import hashlib
import io
import os
import random
import struct
import sys
import unicodedata

if unicodedata.unidata_version != "15.1.0":
    sys.exit(f"needs CPython 3.13 (Unicode 15.1.0), this is {unicodedata.unidata_version}")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RES = os.path.join(ROOT, "vm/src/main/resources/dev/kaa/vm/modules/unicodedata")
TEST_RES = os.path.join(ROOT, "vm/src/test/resources/dev/kaa/vm/modules/unicodedata")
MAX = 0x110000
FORMS = ("NFC", "NFD", "NFKC", "NFKD")
NEW = unicodedata
OLD = unicodedata.ucd_3_2_0
VERSIONS = (("15.1.0", NEW), ("3.2.0", OLD))


class Out:
    """Big-endian writer of the formats the Java side reads."""

    def __init__(self):
        self.buf = io.BytesIO()

    def u8(self, v):
        self.buf.write(struct.pack(">B", v))

    def i8(self, v):
        self.buf.write(struct.pack(">b", v))

    def u16(self, v):
        self.buf.write(struct.pack(">H", v))

    def i32(self, v):
        self.buf.write(struct.pack(">i", v))

    def text(self, s):
        b = s.encode("utf-8")
        self.u16(len(b))
        self.buf.write(b)

    def texts(self, items):
        self.u16(len(items))
        for s in items:
            self.text(s)

    def write(self, path):
        data = gzip.compress(self.buf.getvalue(), 9, mtime=0)
        with open(path, "wb") as f:
            f.write(data)
        print(f"{os.path.relpath(path, ROOT)}: {len(data)} bytes")


def record(ucd, c):
    return (ucd.category(c), ucd.bidirectional(c), ucd.combining(c), ucd.east_asian_width(c), ucd.mirrored(c))


def numbers(ucd, c):
    return (ucd.decimal(c, None), ucd.digit(c, None), ucd.numeric(c, None))


def numeric_text(x):
    """The numeric value as the fraction the UCD gives, which the Java side divides as CPython does."""
    if x is None:
        return ""
    if x == int(x):
        return str(int(x))
    for den in range(2, 1000):
        num = round(x * den)
        if num / den == x:
            return f"{num}/{den}"
    raise ValueError(x)


def property_records():
    """The distinct (category, bidi, combining, width, mirrored) records, and each version's runs of them."""
    index, records, runs = {}, [], {}
    for label, ucd in VERSIONS:
        rs = []
        for cp in range(MAX):
            r = record(ucd, chr(cp))
            if r not in index:
                index[r] = len(records)
                records.append(r)
            if not rs or rs[-1][1] != index[r]:
                rs.append((cp, index[r]))
        runs[label] = rs
    return records, runs


def decompositions(ucd):
    return {cp: d for cp in range(MAX) if (d := ucd.decomposition(chr(cp)))}


def primary_composites(new):
    """Canonical pairs that NFC puts back together: those not excluded from composition."""
    return [cp for cp, d in sorted(new.items())
            if not d.startswith("<") and len(d.split()) == 2 and NEW.normalize("NFC", chr(cp)) == chr(cp)]


def corrections_3_2_0(old):
    """Code points whose NFD in 3.2.0 is not that of their 3.2.0 mapping (NormalizationCorrections.txt)."""
    out = []
    for cp, d in sorted(old.items()):
        if d.startswith("<") or " " in d:
            continue
        got = OLD.normalize("NFD", chr(cp))
        if got != OLD.normalize("NFD", chr(int(d, 16))):
            assert len(got) == 1, hex(cp)
            out.append((cp, ord(got)))
    return out


def write_decomposition(out, tags, d):
    parts = d.split()
    tag = parts[0] if parts[0].startswith("<") else ""
    cps = [int(x, 16) for x in (parts[1:] if tag else parts)]
    out.u8(tags.index(tag))
    out.u8(len(cps))
    for x in cps:
        out.i32(x)


def write_numerics(out, ucd):
    """Decimal, digit (-1 for none) and the numeric value as a fraction, for the code points with any."""
    entries = [(cp, numbers(ucd, chr(cp))) for cp in range(MAX)]
    entries = [(cp, n) for cp, n in entries if n != (None, None, None)]
    out.i32(len(entries))
    for cp, (dec, dig, num) in entries:
        out.i32(cp)
        out.i8(-1 if dec is None else dec)
        out.i8(-1 if dig is None else dig)
        out.text(numeric_text(num))


def write_properties():
    records, runs = property_records()
    new, old = decompositions(NEW), decompositions(OLD)
    tags = [""] + sorted({d.split()[0] for d in list(new.values()) + list(old.values()) if d.startswith("<")})
    out = Out()
    out.buf.write(b"KUCD")
    out.u16(1)
    tables = [sorted({r[i] for r in records}) for i in (0, 1, 3)]
    for table in tables + [tags]:
        out.texts(table)
    out.u16(len(records))
    for cat, bidi, ccc, eaw, mirrored in records:
        out.u8(tables[0].index(cat))
        out.u8(tables[1].index(bidi))
        out.u8(ccc)
        out.u8(tables[2].index(eaw))
        out.u8(mirrored)
    for label, _ in VERSIONS:
        out.i32(len(runs[label]))
        for start, rec in runs[label]:
            out.i32(start)
            out.u16(rec)
    # Decompositions of 15.1, then those of 3.2.0 that differ (an empty one where 3.2.0 has none).
    out.i32(len(new))
    for cp in sorted(new):
        out.i32(cp)
        write_decomposition(out, tags, new[cp])
    delta = sorted(cp for cp in set(new) | set(old) if new.get(cp) != old.get(cp))
    out.i32(len(delta))
    for cp in delta:
        out.i32(cp)
        if cp in old:
            write_decomposition(out, tags, old[cp])
        else:
            out.u8(0)
            out.u8(0)
    composites = primary_composites(new)
    out.i32(len(composites))
    for cp in composites:
        out.i32(cp)
    corrections = corrections_3_2_0(old)
    out.i32(len(corrections))
    for cp, to in corrections:
        out.i32(cp)
        out.i32(to)
    for _, ucd in VERSIONS:
        write_numerics(out, ucd)
    out.write(os.path.join(RES, "ucd.bin"))
    print(f"  {len(records)} records, runs {[len(r) for r in runs.values()]}, "
          f"{len(new)} decompositions, {len(delta)} 3.2.0 deltas, {len(composites)} composites, "
          f"corrections {[(hex(a), hex(b)) for a, b in corrections]}")


def is_cjk(cp, name):
    return name == f"CJK UNIFIED IDEOGRAPH-{cp:X}"


def is_hangul(cp):
    return 0xAC00 <= cp < 0xAC00 + 11172


def ranges(cps):
    out = []
    for cp in cps:
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def read_ucd_file(ucd_dir, name):
    with open(os.path.join(ucd_dir, name), encoding="utf-8") as f:
        return [line.split("#")[0].strip().split(";") for line in f if line.split("#")[0].strip()]


def write_names(ucd_dir):
    out = Out()
    out.buf.write(b"KUCN")
    out.u16(1)
    names = []
    cjk = []
    for cp in range(MAX):
        n = NEW.name(chr(cp), None)
        if n is None:
            continue
        if is_cjk(cp, n):
            cjk.append(cp)
        elif is_hangul(cp):
            assert n.startswith("HANGUL SYLLABLE "), hex(cp)
        else:
            names.append((cp, n))
    cjk_ranges = ranges(cjk)
    out.u16(len(cjk_ranges))
    for a, b in cjk_ranges:
        out.i32(a)
        out.i32(b)
    # Names in code point order, each as the length it shares with the one before and the rest.
    out.i32(len(names))
    prev_cp, prev = -1, ""
    for cp, n in names:
        shared = 0
        while shared < min(len(n), len(prev), 255) and n[shared] == prev[shared]:
            shared += 1
        out.i32(cp - prev_cp)
        out.u8(shared)
        out.text(n[shared:])
        prev_cp, prev = cp, n
    aliases = []
    for cp, alias, kind in read_ucd_file(ucd_dir, "NameAliases.txt"):
        if NEW.lookup(alias) == chr(int(cp, 16)):
            aliases.append((int(cp, 16), alias))
        else:
            print(f"  alias not in CPython: {cp} {alias}")
    out.i32(len(aliases))
    for cp, alias in aliases:
        out.i32(cp)
        out.text(alias)
    sequences = []
    for name, cps in read_ucd_file(ucd_dir, "NamedSequences.txt"):
        seq = [int(x, 16) for x in cps.split()]
        if NEW.lookup(name) == "".join(map(chr, seq)):
            sequences.append((name, seq))
        else:
            print(f"  named sequence not in CPython: {name}")
    out.i32(len(sequences))
    for name, seq in sequences:
        out.text(name)
        out.u8(len(seq))
        for x in seq:
            out.i32(x)
    out.write(os.path.join(RES, "names.bin"))
    print(f"  {len(names)} names, CJK ranges {[(hex(a), hex(b)) for a, b in cjk_ranges]}, "
          f"{len(aliases)} aliases, {len(sequences)} named sequences")


def float_bits(x):
    return "" if x is None else struct.pack(">d", x).hex()


def props_line(ucd, cp):
    c = chr(cp)
    cat, bidi, ccc, eaw, mirrored = record(ucd, c)
    dec, dig, num = numbers(ucd, c)
    return (f"{cp:X};{cat};{bidi};{ccc};{eaw};{mirrored};{ucd.decomposition(c)};"
            f"{'' if dec is None else dec};{'' if dig is None else dig};{float_bits(num)}\n")


def hexes(s):
    return " ".join(f"{ord(x):X}" for x in s)


def digests():
    """Lines the JUnit test recomputes from Kaa's tables and hashes the same way."""
    lines = []
    for label, ucd in VERSIONS:
        props = hashlib.sha256()
        names = hashlib.sha256()
        norm = hashlib.sha256()
        for cp in range(MAX):
            props.update(props_line(ucd, cp).encode())
            n = ucd.name(chr(cp), None)
            if n is not None:
                names.update(f"{cp:X};{n}\n".encode())
            for form in FORMS:
                r = ucd.normalize(form, chr(cp))
                if r != chr(cp):
                    norm.update(f"{cp:X};{form};{hexes(r)}\n".encode())
        lines.append(f"digest {label} properties {props.hexdigest()}")
        lines.append(f"digest {label} names {names.hexdigest()}")
        lines.append(f"digest {label} normalization {norm.hexdigest()}")
    return lines


def samples():
    rnd = random.Random(1513)
    cps = sorted(set([0, 0x41, 0xA0, 0xB2, 0xBD, 0xC5, 0x300, 0x345, 0x3A9, 0x660, 0x958, 0x1E9B, 0x2155,
                      0x2163, 0x3000, 0x3405, 0x4E00, 0x5146, 0x9FBB, 0xAC00, 0xD7A3, 0xD800, 0xE000,
                      0xF900, 0xF951, 0xFB1D, 0xFDFA, 0xFEFF, 0xFFFD, 0x1D15E, 0x1F10C, 0x1F600, 0x2F868,
                      0x2EBF0, 0x31350, 0xE0001, 0x10FFFF]
                     + [rnd.randrange(0x30000) for _ in range(250)] + [rnd.randrange(MAX) for _ in range(50)]))
    lines = []
    for label, ucd in VERSIONS:
        for cp in cps:
            n = ucd.name(chr(cp), None)
            lines.append(f"sample {label} {props_line(ucd, cp).strip()};{'' if n is None else n}")
    # Strings mixing starters, combining marks (in and out of order), jamo and composites.
    pool = [0x41, 0x61, 0x45, 0x4F, 0x55, 0x300, 0x301, 0x302, 0x308, 0x316, 0x323, 0x327, 0x328, 0x345,
            0x35C, 0x1100, 0x1161, 0x11A8, 0xAC00, 0xAC01, 0xC5, 0x212B, 0xFB01, 0x1E9B, 0x3B1, 0x313,
            0x342, 0x915, 0x93C, 0x9C7, 0x9BE, 0x1B05, 0x1B35, 0x110A5, 0x110BA, 0x2126, 0xF951, 0x2F868,
            0x0FB2, 0x0F80, 0x0F71, 0x0F72, 0x1D15E, 0x1D165, 0x1D16E, 0x5C, 0x20, 0x350]
    for i in range(400):
        s = "".join(chr(rnd.choice(pool)) for _ in range(rnd.randrange(1, 7)))
        for label, ucd in VERSIONS:
            forms = " | ".join(hexes(ucd.normalize(f, s)) for f in FORMS)
            lines.append(f"normalize {label} {hexes(s)} | {forms}")
    return lines


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--ucd", default="/usr/share/unicode",
                   help="folder with NameAliases.txt and NamedSequences.txt (default: %(default)s)")
    args = p.parse_args()
    os.makedirs(RES, exist_ok=True)
    os.makedirs(TEST_RES, exist_ok=True)
    write_properties()
    write_names(args.ucd)
    lines = ["# Generated by scripts/gen-unicodedata.py from CPython "
             + sys.version.split()[0] + "'s unicodedata " + NEW.unidata_version + "; do not edit."]
    lines += digests()
    lines += samples()
    path = os.path.join(TEST_RES, "expected.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{os.path.relpath(path, ROOT)}: {len(lines)} lines")


if __name__ == "__main__":
    main()
