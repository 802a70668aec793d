"""Writes cases.expected: what CPython 3.13's compile(src, '<case>', 'exec') does with each case.

Run with CPython 3.13 from this folder:  python3.13 gen_expected.py
The case format is described at the top of cases.txt; SyntaxErrorsTest reads it the same way.
Each output line is tab-separated: id, then OK, or the exception's type name, lineno, offset,
end_lineno, end_offset (None written as 0, as Kaa's PySyntaxError stores it) and msg (with
backslash, tab and newline escaped as \\\\, \\t, \\n).
"""
import re
import sys
import warnings

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"


def read_cases(path):
    cases = []
    current = None
    with open(path, encoding="utf-8", newline="\n") as f:
        for line in f.read().split("\n")[:-1]:
            if line.startswith("=== "):
                words = line[4:].split()
                current = [words[0], "noeol" in words[1:], []]
                cases.append(current)
            elif current is not None:
                current[2].append(line + "\n")
    for ident, noeol, lines in cases:
        text = "".join(lines)
        if noeol and text.endswith("\n"):
            text = text[:-1]
        text = text.replace("<TAB>", "\t").replace("<NUL>", "\0").replace("<CR>", "\r").replace("<FF>", "\f")
        yield ident, re.sub(rb"<BYTE:([0-9A-F]{2})>", lambda m: bytes([int(m.group(1), 16)]), text.encode("utf-8"))


def escape(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def num(v):
    return 0 if v is None else v


def main():
    warnings.simplefilter("ignore")
    out = []
    seen = set()
    for ident, source in read_cases("cases.txt"):
        assert ident not in seen, ident
        seen.add(ident)
        try:
            compile(source, "<case>", "exec")
            out.append(f"{ident}\tOK")
        except SyntaxError as e:
            out.append("\t".join([ident, type(e).__name__, str(num(e.lineno)), str(num(e.offset)),
                                  str(num(e.end_lineno)), str(num(e.end_offset)), escape(str(e.msg))]))
        except Exception as e:  # noqa: BLE001 - recorded, Kaa is expected to differ
            out.append(f"{ident}\t{type(e).__name__}\t0\t0\t0\t0\t{escape(str(e))}")
        if ident.startswith("valid-") and not out[-1].endswith("\tOK"):
            print("valid case rejected:", out[-1], file=sys.stderr)
    with open("cases.expected", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print(len(out), "cases,", sum(1 for o in out if o.endswith("\tOK")), "compile")


main()
