"""CPython's side of LibAstTest: what ast.parse and ast.dump make of every .py file of a folder.

    python3.13 ast_digests.py digests LIB
        One line per .py file under LIB (sorted by relative path, '/'-separated):
          PATH<TAB>OK<TAB>sha256 of ast.dump(tree, include_attributes=True), UTF-8
          PATH<TAB>ERR<TAB>exception class<TAB>lineno<TAB>offset<TAB>message
                                                           ast.parse raised (message with
                                                           backslash escapes for tabs and
                                                           line ends)
          PATH<TAB>DUMPERR<TAB>exception class             ast.dump raised (e.g. ValueError
                                                           for an int of more than 4300 digits)
    python3.13 ast_digests.py snippets FILE
        For each (mode, source) of the list SNIPPETS in FILE, one line: the mode, then base64 of
        the source, then base64 of ast.dump with attributes and indent=3, plain, and with
        indent=2 (or of 'ERR ' and the message when ast.parse raises SyntaxError), TAB-separated.
    python3.13 ast_digests.py dumps LIB OUT INDENT ATTRIBUTES PATH...
        Writes ast.dump(tree, include_attributes=ATTRIBUTES, indent=INDENT) of each LIB/PATH
        to OUT/N.txt (N counting from 0 in argument order); ATTRIBUTES is 0 or 1.
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
            msg = getattr(e, 'msg', None) or str(e)
            msg = msg.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n').replace('\r', '\\r')
            out.write('%s\tERR\t%s\t%s\t%s\t%s\n' % (rel, type(e).__name__, getattr(e, 'lineno', None),
                                                 getattr(e, 'offset', None), msg))
            continue
        try:
            text = ast.dump(tree, include_attributes=True)
        except (ValueError, RecursionError) as e:
            out.write('%s\tDUMPERR\t%s\n' % (rel, type(e).__name__))
            continue
        digest = hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()
        out.write('%s\tOK\t%s\n' % (rel, digest))


def dumps(lib, out_dir, indent, attributes, rels):
    for n, rel in enumerate(rels):
        try:
            text = ast.dump(parse(lib, rel), include_attributes=attributes, indent=indent)
        except Exception as e:
            text = '%s: %s' % (type(e).__name__, e)
        with open(os.path.join(out_dir, '%d.txt' % n), 'w', encoding='utf-8', errors='surrogatepass') as f:
            f.write(text)


def snippets(path):
    def b64(text):
        return base64.b64encode(text.encode('utf-8', 'surrogatepass')).decode('ascii')

    scope = {}
    with open(path, encoding='utf-8') as f:
        exec(f.read(), scope)
    for mode, source in scope['SNIPPETS']:
        try:
            tree = ast.parse(source, mode=mode)
            texts = [ast.dump(tree, include_attributes=True, indent=3), ast.dump(tree), ast.dump(tree, indent=2)]
        except SyntaxError as e:
            texts = ['ERR ' + e.msg]
        print('\t'.join([mode, b64(source)] + [b64(t) for t in texts]))


if __name__ == '__main__':
    # ast.dump recurses for every level of the tree: deep (fuzzed) input should give a dump to
    # compare, not a RecursionError. No file of Lib needs it today.
    sys.setrecursionlimit(10000)
    # An error message may quote a lone surrogate; it must not stop the report.
    sys.stdout.reconfigure(errors='backslashreplace')
    if sys.argv[1] == 'digests':
        digests(sys.argv[2])
    elif sys.argv[1] == 'snippets':
        snippets(sys.argv[2])
    elif sys.argv[1] == 'dumps':
        dumps(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5] == '1', sys.argv[6:])
    else:
        sys.exit('usage: ast_digests.py digests LIB | snippets FILE | dumps LIB OUT INDENT ATTRIBUTES PATH...')
