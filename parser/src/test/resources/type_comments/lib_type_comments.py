"""CPython's side of TypeCommentsTest: the .py files of a folder parsed with type comments.

    python3.13 lib_type_comments.py LIB
        For each .py file under LIB (sorted by relative path, '/'-separated) that mentions
        'type:' (no other file can hold a type comment) and that ast.parse accepts, one line:
          PATH<TAB>OK<TAB>base64 of ast.dump(tree, include_attributes=True) of
                          ast.parse(source, type_comments=True), when that tree differs
          PATH<TAB>SAME<TAB>sha256 of that dump (UTF-8), when the tree is the same
          PATH<TAB>ERR<TAB>exception class<TAB>lineno, when only the parse with type
                          comments raises
"""
import ast
import base64
import hashlib
import os
import sys


def files(lib):
    found = []
    for root, dirs, names in os.walk(lib):
        dirs.sort()
        for name in names:
            if name.endswith('.py'):
                found.append(os.path.relpath(os.path.join(root, name), lib).replace(os.sep, '/'))
    return sorted(found)


def main(lib):
    out = sys.stdout
    for rel in files(lib):
        with open(os.path.join(lib, rel), 'rb') as f:
            source = f.read()
        if b'type:' not in source:
            continue
        try:
            plain = ast.dump(ast.parse(source, rel), include_attributes=True)
        except Exception:
            continue
        try:
            typed = ast.dump(ast.parse(source, rel, type_comments=True), include_attributes=True)
        except SyntaxError as e:
            out.write('%s\tERR\t%s\t%s\n' % (rel, type(e).__name__, e.lineno))
            continue
        data = typed.encode('utf-8', 'surrogatepass')
        if typed != plain:
            out.write('%s\tOK\t%s\n' % (rel, base64.b64encode(data).decode('ascii')))
        else:
            out.write('%s\tSAME\t%s\n' % (rel, hashlib.sha256(data).hexdigest()))


if __name__ == '__main__':
    main(sys.argv[1])
