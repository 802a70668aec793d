#!/usr/bin/env python3.13
"""Writes the Unicode name aliases the parser resolves in ``\\N{...}`` escapes.

The parser looks names up in the JDK's character names, which have no aliases (``BYTE ORDER
MARK``, ``ZWJ``, ``LATIN CAPITAL LETTER GHA`` ...), and cannot use the VM's ``unicodedata``
tables (the parser depends on no other stage). This script reads the aliases from the UCD's
NameAliases.txt (Debian's ``unicode-data`` package, or ``--file PATH``) and keeps each one that
CPython 3.13's ``unicodedata.lookup`` resolves, with the code point it gives. Run it with
CPython 3.13:

    $(pyenv root)/versions/3.13.0/bin/python3.13 scripts/gen-name-aliases.py

Output: parser/src/main/resources/dev/kaa/parser/internal/tokenize/name-aliases.txt, one
``ALIAS;HEX`` per line, read by UnicodeNames.java.
"""
import argparse
import os
import sys
import unicodedata

if unicodedata.unidata_version != "15.1.0":
    sys.exit(f"needs CPython 3.13 (Unicode 15.1.0), this is {unicodedata.unidata_version}")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "parser/src/main/resources/dev/kaa/parser/internal/tokenize/name-aliases.txt")


def aliases(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            _, alias, _ = line.split(";")
            yield alias


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--file", default="/usr/share/unicode/NameAliases.txt")
    args = ap.parse_args()
    rows = []
    for alias in aliases(args.file):
        try:
            ch = unicodedata.lookup(alias)
        except KeyError:
            continue  # an alias newer than CPython's Unicode version
        rows.append(f"{alias};{ord(ch):04X}\n")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="ascii", newline="\n") as f:
        f.write("# Unicode 15.1.0 name aliases as CPython 3.13 resolves them; scripts/gen-name-aliases.py\n")
        f.writelines(rows)
    print(f"{len(rows)} aliases -> {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
