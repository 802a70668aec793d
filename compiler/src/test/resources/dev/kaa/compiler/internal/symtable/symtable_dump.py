"""Dumps, for each Python file named in the file argv[2] (one path a line), CPython's AST and symbol tables.

Used by SymbolTableLibTest: one CPython process serves all files. For each file it writes one
line of JSON to the output file named by argv[1]:
  {"file": path, "ast": NODE, "tables": [TABLE, ...]}            or
  {"file": path, "error": "SyntaxError: ..."}
NODE is [class_name, field values in _fields order..., [lineno, col, end_lineno, end_col]] (the
position only for nodes with attributes); enum-like nodes (Load, Add, ...) are their class name;
constants are ["$const", type, text] (a list of constants for tuple and frozenset). With a
third argument "opt", "opt" holds the tree compile(..., ast.PyCF_OPTIMIZED_AST) gives and "code"
each code object compiled: [co_name, co_firstlineno, sorted cells, sorted free, co_varnames]. TABLE is [type, name, lineno, depth, [[symbol, flags]...]]
in depth-first order, flags as CPython stores them (scope bits included).
"""
import ast
import json
import symtable
import sys

ENUMS = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)


def const(v):
    if v is None:
        return ["$const", "None", ""]
    if v is Ellipsis:
        return ["$const", "Ellipsis", ""]
    if isinstance(v, bool):
        return ["$const", "bool", str(v)]
    if isinstance(v, int):
        return ["$const", "int", str(v)]
    if isinstance(v, float):
        return ["$const", "float", v.hex()]
    if isinstance(v, complex):
        return ["$const", "complex", v.real.hex() + " " + v.imag.hex()]
    if isinstance(v, str):
        return ["$const", "str", v]
    if isinstance(v, bytes):
        return ["$const", "bytes", v.hex()]
    if isinstance(v, tuple):
        return ["$const", "tuple", [const(x) for x in v]]
    if isinstance(v, frozenset):
        return ["$const", "frozenset", [const(x) for x in v]]
    raise TypeError(type(v))


def node(n):
    if isinstance(n, ENUMS):
        return type(n).__name__
    out = [type(n).__name__]
    for f in n._fields:
        v = getattr(n, f, None)
        if isinstance(n, (ast.Constant, ast.MatchSingleton)) and f == "value":
            out.append(const(v))
        else:
            out.append(value(v))
    if "end_col_offset" in n._attributes:
        out.append([n.lineno, n.col_offset, n.end_lineno, n.end_col_offset])
    return out


def value(v):
    if isinstance(v, ast.AST):
        return node(v)
    if isinstance(v, list):
        return ["$list"] + [value(x) for x in v]
    return v


def tables(t, depth, out):
    out.append([t.get_type().value, t.get_name(), t.get_lineno(), depth,
                [[s.get_name(), s._Symbol__flags] for s in t.get_symbols()]])
    for c in t.get_children():
        tables(c, depth + 1, out)
    return out


def codes(co, out):
    """Each code object: name, first line, cells and free variables (as sets), varnames."""
    out.append([co.co_name, co.co_firstlineno, sorted(co.co_cellvars), sorted(co.co_freevars),
                list(co.co_varnames)])
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            codes(c, out)
    return out


def main():
    with open(sys.argv[1], "w", encoding="utf-8", errors="surrogatepass") as out:
        with open(sys.argv[2], encoding="utf-8") as f:
            paths = f.read().splitlines()
        for path in paths:
            try:
                with open(path, "rb") as f:
                    src = f.read()
                tree = ast.parse(src, path)
                st = symtable.symtable(src, path, "exec")
                rec = {"file": path, "ast": node(tree), "tables": tables(st, 0, [])}
                if len(sys.argv) > 3 and sys.argv[3] == "opt":
                    # From the parsed tree: one parse of the source serves all three.
                    opt = compile(tree, path, "exec", ast.PyCF_OPTIMIZED_AST, dont_inherit=True, optimize=0)
                    rec["opt"] = node(opt)
                    try:
                        rec["code"] = codes(compile(tree, path, "exec", dont_inherit=True, optimize=0), [])
                    except SyntaxError:
                        pass  # rejected by the compiler after the symbol table
            except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
                rec = {"file": path, "error": type(e).__name__ + ": " + str(e)}
            out.write(json.dumps(rec, ensure_ascii=True) + "\n")


if __name__ == "__main__":
    main()
