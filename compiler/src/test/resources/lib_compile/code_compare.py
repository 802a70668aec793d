"""Compares the code objects Kaa wrote with the ones CPython 3.13 compiles, for LibCompileTest.

Usage: python3.13 code_compare.py LIBDIR MIRROR OUTFILE
For every MIRROR/x.pyc outside test/ and site-packages/, compiles LIBDIR/x.py with compile(source, realpath, 'exec') and walks
both code objects (nested code objects in co_consts included) field by field. Each line of
OUTFILE is tab-separated: the path relative to LIBDIR, then SAME, or DIFF followed by one
column per field that differs anywhere in the file, "field: qualname: detail" of its first
difference (depth first). A last line "#code objects<TAB>N<TAB>M" says how many code objects
were compared and how many equal CPython's in all their own fields.
"""
import marshal
import os
import sys
import warnings

FIELDS = ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_flags", "co_name", "co_qualname",
          "co_firstlineno", "co_varnames", "co_cellvars", "co_freevars", "co_names", "co_consts",
          "co_code", "co_stacksize", "co_exceptiontable", "co_linetable", "co_filename")


SKIPPED = ("test", "site-packages")


def differences(expected, got, found, tally):
    """Adds to found, per field not yet in it, (qualname, detail) of its first difference, depth first.

    Constants are compared as a multiset first and in order second ("co_consts order"), and
    instructions by their constant's value rather than its index, so one difference in the
    constants does not hide the others. tally counts code objects: [all, equal to CPython's].
    """
    tally[0] += 1
    own = {}
    for field in FIELDS:
        a, b = getattr(expected, field), getattr(got, field)
        if field == "co_consts":
            codes_a = [x for x in a if hasattr(x, "co_code")]
            codes_b = [y for y in b if hasattr(y, "co_code")]
            for x, y in zip(codes_a, codes_b):
                differences(x, y, found, tally)
            plain_a = [key(x) for x in a if not hasattr(x, "co_code")]
            plain_b = [key(y) for y in b if not hasattr(y, "co_code")]
            if len(codes_a) != len(codes_b) or sorted(plain_a) != sorted(plain_b):
                extra = sorted(set(plain_b) - set(plain_a))[:3]
                missing = sorted(set(plain_a) - set(plain_b))[:3]
                note(own, field, expected, f"{len(a)} constants, Kaa {len(b)}; Kaa lacks {missing} has extra {extra}")
            elif [key(x) for x in a] != [key(y) for y in b]:
                i = next(i for i, (x, y) in enumerate(zip(a, b)) if key(x) != key(y))
                note(own, "co_consts order", expected, f"[{i}] {short(a[i])} vs Kaa {short(b[i])}")
        elif field == "co_code":
            detail = first_instruction_diff(expected, got)
            if detail:
                note(own, field, expected, detail)
        elif field == "co_linetable":
            if list(expected.co_positions()) != list(got.co_positions()):
                note(own, field, expected, first_position_diff(expected, got))
        elif field == "co_exceptiontable":
            if a != b:
                note(own, field, expected, exception_table_diff(expected, got))
        elif a != b:
            note(own, field, expected, f"{short(a)} vs Kaa {short(b)}")
    if not own:
        tally[1] += 1
    for field, value in own.items():
        found.setdefault(field, value)


def note(found, field, code, detail):
    if field not in found:
        found[field] = (code.co_qualname, detail)


def key(v):
    if isinstance(v, frozenset):  # iteration order is not part of the value
        return "frozenset:" + repr(sorted(key(x) for x in v))
    if hasattr(v, "co_code"):
        return "code:" + v.co_qualname
    if isinstance(v, tuple):
        return "tuple:(" + ", ".join(key(x) for x in v) + ")"
    return type(v).__name__ + ":" + repr(v)


def first_instruction_diff(expected, got):
    import dis
    ea = list(dis.get_instructions(expected))
    try:
        ga = list(dis.get_instructions(got))
    except Exception as e:  # noqa: BLE001 - Kaa's bytes may not even decode
        return f"Kaa's code does not disassemble: {e}"
    for x, y in zip(ea, ga):
        if instruction_key(x) != instruction_key(y):
            return (f"at {x.offset} (line {x.positions.lineno}): {x.opname} {x.arg} {x.argrepr}"
                    f" vs Kaa {y.opname} {y.arg} {y.argrepr}")
    return None if len(ea) == len(ga) else f"{len(ea)} instructions, Kaa {len(ga)}"


def instruction_key(i):
    import dis
    if i.opcode not in dis.hasconst:
        return i.opname, i.arg
    return i.opname, (i.argval.co_qualname if hasattr(i.argval, "co_code") else key(i.argval))


def first_position_diff(expected, got):
    import dis
    ea, ga = list(dis.get_instructions(expected)), list(dis.get_instructions(got))
    for x, y in zip(ea, ga):
        if tuple(x.positions) != tuple(y.positions):
            return f"at {x.offset} {x.opname}: {tuple(x.positions)} vs Kaa {tuple(y.positions)}"
    return "same positions, different encoding"


def exception_table_diff(expected, got):
    import dis
    ea, ga = dis._parse_exception_table(expected), dis._parse_exception_table(got)
    for i, (x, y) in enumerate(zip(ea, ga)):
        if x != y:
            return f"entry {i}: {x} vs Kaa {y}"
    return f"{len(ea)} entries, Kaa {len(ga)}"


def short(v):
    r = repr(v)
    return r if len(r) <= 60 else r[:57] + "..."


def main(lib, mirror, outfile):
    warnings.simplefilter("ignore")
    lib = os.path.realpath(lib)
    lines = []
    tally = [0, 0]
    for root, dirs, files in os.walk(mirror):
        if os.path.realpath(root) == os.path.realpath(mirror):
            # CPython's tests and pip would double the run time and add little: leave them out.
            dirs[:] = [d for d in dirs if d not in SKIPPED]
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".pyc"):
                continue
            rel = os.path.relpath(os.path.join(root, name), mirror)[:-4] + ".py"
            path = os.path.join(lib, rel)
            try:
                with open(os.path.join(root, name), "rb") as f:
                    got = marshal.loads(f.read()[16:])
                with open(path, "rb") as f:
                    expected = compile(f.read(), path, "exec", dont_inherit=True)
                found = {}
                differences(expected, got, found, tally)
            except Exception as e:  # noqa: BLE001 - a bad .pyc is a difference too
                found = {"marshal": ("<module>", f"{type(e).__name__}: {e}")}
            rel = rel.replace(os.sep, "/")
            if not found:
                lines.append(f"{rel}\tSAME")
            else:
                parts = [f"{f}: {q}: {d}".replace("\t", " ") for f, (q, d) in found.items()]
                lines.append("\t".join([rel, "DIFF"] + parts))
    lines.append(f"#code objects\t{tally[0]}\t{tally[1]}")
    with open(outfile, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


main(sys.argv[1], sys.argv[2], sys.argv[3])
