# ast.dump(ast.parse(f), include_attributes=True) of standard library files, as md5 digests:
# the same for Kaa and CPython when every node, field and position agrees.
# The JUnit test defines SOURCES (name -> base64 of the file, read from the class path, where
# Kaa's standard library is); run directly, the script reads the files next to os.py.
import ast, hashlib, base64, os
def key(code):
    """What a code object is made of (code objects compare so on CPython, not yet on Kaa)."""
    consts = tuple(key(c) if hasattr(c, "co_code") else (type(c).__name__, repr(c)) for c in code.co_consts)
    return (code.co_name, code.co_qualname, code.co_code, consts, code.co_names, code.co_varnames,
            code.co_freevars, code.co_cellvars, code.co_linetable, code.co_exceptiontable,
            code.co_firstlineno, code.co_flags, code.co_argcount, code.co_kwonlyargcount, code.co_stacksize)

names = ["json", "json.decoder", "json.encoder", "json.scanner", "json.tool", "collections", "collections.abc",
         "asyncio.base_events", "asyncio.tasks", "email._header_value_parser", "ast", "inspect", "dataclasses",
         "typing", "enum", "functools", "argparse", "re._parser", "pathlib._local", "string", "textwrap",
         "tokenize", "fractions"]
for name in names:
    if "SOURCES" in globals():
        src = base64.b64decode(SOURCES[name]).decode("utf-8")
    else:
        path = os.path.join(os.path.dirname(os.__file__), *name.split("."))
        path = os.path.join(path, "__init__.py") if os.path.isdir(path) else path + ".py"
        with open(path, encoding="utf-8") as f:
            src = f.read()
    t = ast.parse(src, name, type_comments=True)
    s = ast.dump(t, include_attributes=True)
    same = key(compile(t, name, "exec")) == key(compile(src, name, "exec"))
    print(name, hashlib.md5(s.encode()).hexdigest(), len(s), "compiled from the tree as from the text:", same)
    if name == "fractions":
        back = ast.unparse(t)
        print("unparse round trip", ast.dump(ast.parse(back)) == ast.dump(ast.parse(src)))
        code = compile(t, name, "exec")
        print("compiled", type(code).__name__, code.co_name)
