#!/usr/bin/env python3.13
"""Writes the constants of the ``termios`` module for Linux on x86-64.

They are the values of the C headers (<termios.h>, <sys/ioctl.h>) of this platform, which Kaa
cannot read at run time; CPython 3.13's ``termios`` module exposes exactly the set a Linux build
has, so this script takes names and values from it. Run it with CPython 3.13 on Linux x86-64:

    $(pyenv root)/versions/3.13.0/bin/python3.13 scripts/gen-termios-constants.py

Output: stdlib/src/main/resources/dev/kaa/stdlib/termios/constants.txt, one ``NAME VALUE`` per
line, read by TermiosModule.java.
"""
import os
import platform
import sys
import termios

if sys.version_info[:2] != (3, 13) or sys.platform != "linux" or platform.machine() != "x86_64":
    sys.exit("needs CPython 3.13 on Linux x86-64")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "stdlib/src/main/resources/dev/kaa/stdlib/termios/constants.txt")

names = sorted(n for n in dir(termios) if n.isupper() and isinstance(getattr(termios, n), int))
os.makedirs(os.path.dirname(OUT), exist_ok=True)
tmp = OUT + ".tmp"
with open(tmp, "w", encoding="ascii") as f:
    f.write("# termios constants of Linux x86-64, from CPython 3.13 (scripts/gen-termios-constants.py)\n")
    for n in names:
        f.write(f"{n} {getattr(termios, n)}\n")
os.replace(tmp, OUT)
print(f"wrote {len(names)} constants to {os.path.relpath(OUT, ROOT)}")
