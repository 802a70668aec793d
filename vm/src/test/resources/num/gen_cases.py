"""Fills in the expected results of the number cases (cases-*.txt) by running them on CPython 3.13.

Each case line is `OP ARG... => EXPECTED`; this script recomputes EXPECTED for every line and
rewrites the file. Run: python3.13 gen_cases.py cases-int.txt ...  The encoding is decoded the
same way by NumCasesTest.java (see there).
"""
import sys, math, operator

IntSub = type('IntSub', (int,), {})
FloatSub = type('FloatSub', (float,), {})
ComplexSub = type('ComplexSub', (complex,), {})
TYPES = {'int': int, 'float': float, 'complex': complex, 'bool': bool,
         'IntSub': IntSub, 'FloatSub': FloatSub, 'ComplexSub': ComplexSub, 'bytes': bytes}

def unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\':
            n = s[i + 1]
            if n == 's': out.append(' '); i += 2
            elif n == '\\': out.append('\\'); i += 2
            elif n == 't': out.append('\t'); i += 2
            elif n == 'n': out.append('\n'); i += 2
            elif n == 'u': out.append(chr(int(s[i + 2:i + 6], 16))); i += 6
            elif n == 'U': out.append(chr(int(s[i + 2:i + 10], 16))); i += 10
            else: raise ValueError(s)
        else:
            out.append(c); i += 1
    return ''.join(out)

def value(tok):
    if tok == 'T': return True
    if tok == 'F': return False
    if tok == 'N': return None
    kind, _, text = tok.partition(':')
    if kind == 'i': return int(text)
    if kind == 'f': return float(text)
    if kind == 'c':
        re, im = text.split(',')
        return complex(float(re), float(im))
    if kind == 's': return unescape(text)
    if kind == 't': return TYPES[text]
    if kind == 'y': return unescape(text).encode('latin-1')
    if kind == 'ya': return bytearray(unescape(text).encode('latin-1'))
    if kind == 'l': return [int(x) for x in text.split(',') if x]
    if kind == 'is': return IntSub(int(text))
    if kind == 'fs': return FloatSub(float(text))
    raise ValueError(tok)

BIN = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv,
       '//': operator.floordiv, '%': operator.mod, '**': operator.pow, '<<': operator.lshift,
       '>>': operator.rshift, '&': operator.and_, '|': operator.or_, '^': operator.xor,
       'divmod': divmod, '==': operator.eq, '!=': operator.ne, '<': operator.lt,
       '<=': operator.le, '>': operator.gt, '>=': operator.ge}

def run(toks):
    op, args = toks[0], toks[1:]
    if op in ('meth', 'attr'):
        name, args = args[0], args[1:]
    pos = [value(a) for a in args if '=' not in a or a.startswith('s:')]
    kw = {a.split('=', 1)[0]: value(a.split('=', 1)[1]) for a in args if '=' in a and not a.startswith('s:')}
    if op in BIN: return BIN[op](*pos)
    if op == 'pow3': return pow(*pos)
    if op == 'neg': return -pos[0]
    if op == 'pos': return +pos[0]
    if op == 'abs': return abs(pos[0])
    if op == 'invert': return ~pos[0]
    if op == 'hash': return hash(pos[0])
    if op == 'repr': return repr(pos[0])
    if op == 'str': return str(pos[0])
    if op == 'bool': return bool(pos[0])
    if op == 'format': return format(pos[0], pos[1])
    if op == 'call': return pos[0](*pos[1:], **kw)
    if op == 'meth': return getattr(pos[0], name)(*pos[1:], **kw)
    if op == 'attr': return getattr(pos[0], name)
    raise ValueError(op)

def show(r):
    if isinstance(r, type): return 'type ' + r.__name__
    if isinstance(r, tuple): return 'tuple (' + ', '.join(show(x) for x in r) + ')'
    return type(r).__name__ + ' ' + repr(r)

def expect(line):
    toks = line.split(' ')
    try:
        return show(run(toks))
    except Exception as e:
        return '!' + type(e).__name__ + ': ' + str(e)

import warnings
warnings.simplefilter('ignore')
for path in sys.argv[1:]:
    out = []
    for line in open(path, encoding='utf-8').read().splitlines():
        if not line.strip() or line.startswith('#'):
            out.append(line); continue
        case = line.split(' => ')[0].rstrip()
        out.append(case + ' => ' + expect(case))
    open(path, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
