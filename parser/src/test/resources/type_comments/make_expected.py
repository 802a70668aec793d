"""Writes CASE.expected beside each CASE.py of the folder given: what CPython 3.13 makes of it.

    python3.13 make_expected.py cases

The line is ast.dump(ast.parse(source, type_comments=True), include_attributes=True), or, when
that raises SyntaxError: ERR class msg lineno offset end_lineno end_offset.
"""
import ast
import os
import sys


def expected(source):
    try:
        return ast.dump(ast.parse(source, type_comments=True), include_attributes=True)
    except SyntaxError as e:
        return 'ERR %s %s %s %s %s %s' % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)


def main(folder):
    for name in sorted(os.listdir(folder)):
        if name.endswith('.py'):
            with open(os.path.join(folder, name), 'rb') as f:
                source = f.read()
            with open(os.path.join(folder, name[:-3] + '.expected'), 'w', encoding='utf-8', newline='\n') as f:
                f.write(expected(source) + '\n')


if __name__ == '__main__':
    main(sys.argv[1])
