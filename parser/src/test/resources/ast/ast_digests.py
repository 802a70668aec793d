"""CPython's side of LibAstTest: what ast.parse and ast.dump make of every .py file of a folder.

    python3.13 ast_digests.py digests LIB
        One line per .py file under LIB (sorted by relative path, '/'-separated):
          PATH<TAB>OK<TAB>sha256 of ast.dump(tree, include_attributes=True), UTF-8
          PATH<TAB>ERR<TAB>exception class<TAB>lineno      ast.parse raised
          PATH<TAB>DUMPERR<TAB>exception class             ast.dump raised (e.g. ValueError
                                                           for an int of more than 4300 digits)
    python3.13 ast_digests.py dumps LIB OUT PATH...
        Writes ast.dump(tree, include_attributes=True, indent=1) of each LIB/PATH to OUT/N.txt
        (N counting from 0 in argument order), for readable differences.
"""
import ast
import hashlib
import os
import sys


def files(lib):
    found = []
    for root, dirs, names in os.walk(lib):
        dirs.sort()
        for name in names:
            if name.endswith('.py'):
                path = os.path.join(root, name)
                found.append(os.path.relpath(path, lib).replace(os.sep, '/'))
    return sorted(found)


def parse(lib, rel):
    with open(os.path.join(lib, rel), 'rb') as f:
        source = f.read()
    return ast.parse(source, rel)


def digests(lib):
    out = sys.stdout
    for rel in files(lib):
        try:
            tree = parse(lib, rel)
        except (SyntaxError, ValueError, UnicodeError, MemoryError, RecursionError) as e:
            out.write('%s\tERR\t%s\t%s\n' % (rel, type(e).__name__, getattr(e, 'lineno', None)))
            continue
        try:
            text = ast.dump(tree, include_attributes=True)
        except (ValueError, RecursionError) as e:
            out.write('%s\tDUMPERR\t%s\n' % (rel, type(e).__name__))
            continue
        digest = hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()
        out.write('%s\tOK\t%s\n' % (rel, digest))


def dumps(lib, out_dir, rels):
    for n, rel in enumerate(rels):
        try:
            text = ast.dump(parse(lib, rel), include_attributes=True, indent=1)
        except Exception as e:
            text = '%s: %s' % (type(e).__name__, e)
        with open(os.path.join(out_dir, '%d.txt' % n), 'w', encoding='utf-8', errors='surrogatepass') as f:
            f.write(text)


if __name__ == '__main__':
    sys.setrecursionlimit(10000)
    if sys.argv[1] == 'digests':
        digests(sys.argv[2])
    elif sys.argv[1] == 'dumps':
        dumps(sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        sys.exit('usage: ast_digests.py digests LIB | dumps LIB OUT PATH...')
