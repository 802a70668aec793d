"""Prints CPython 3.13's verdict on every .py file under a folder, for LibCompileTest.

Usage: python3.13 lib_verdicts.py LIBDIR OUTFILE
Each line of OUTFILE is tab-separated: the path relative to LIBDIR (with /), then OK, or the
exception type name and its lineno (0 if none). Files are read as bytes and compiled as
compile(source, path, 'exec') does, with warnings ignored, as Kaa compiles them.
"""
import os
import sys
import warnings


def main(lib, outfile):
    warnings.simplefilter("ignore")
    lines = []
    for root, dirs, files in os.walk(lib):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, lib).replace(os.sep, "/")
            with open(path, "rb") as f:
                source = f.read()
            try:
                compile(source, path, "exec", dont_inherit=True)
                lines.append(f"{rel}\tOK")
            except SyntaxError as e:
                lines.append(f"{rel}\t{type(e).__name__}\t{e.lineno or 0}")
            except Exception as e:  # noqa: BLE001 - a verdict too (e.g. ValueError)
                lines.append(f"{rel}\t{type(e).__name__}\t0")
    with open(outfile, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


main(sys.argv[1], sys.argv[2])
