# Generates cases.txt: each line "<encoded call>\t<expected>", the expected text produced by
# CPython 3.13 (repr of the result, or "!Type: message"). Run: python3.13 gen.py > cases.txt
import sys

def enc(v):
    if v is None: return 'N'
    if v is True: return 'T'
    if v is False: return 'F'
    if isinstance(v, int): return 'i:%d' % v
    if isinstance(v, float): return 'f:' + repr(v)
    if isinstance(v, str): return 's:' + ','.join('%x' % ord(c) for c in v)
    if isinstance(v, bytes): return 'y:' + v.hex()
    if isinstance(v, bytearray): return 'Y:' + v.hex()
    if isinstance(v, tuple): return ' '.join(['t:%d' % len(v)] + [enc(x) for x in v])
    if isinstance(v, list): return ' '.join(['l:%d' % len(v)] + [enc(x) for x in v])
    if isinstance(v, slice): return ' '.join(['S', enc(v.start), enc(v.stop), enc(v.step)])
    if v is str: return 'C:str'
    if v is bytes: return 'C:bytes'
    if v is bytearray: return 'C:bytearray'
    if isinstance(v, dict): return ' '.join(['d:%d' % len(v)] + [enc(x) for kv in v.items() for x in kv])
    raise TypeError(v)

def outcome(f):
    try:
        return repr(f())
    except UnicodeError as e:
        return '!%s: %r' % (type(e).__name__, e.args)
    except Exception as e:
        return '!%s: %s' % (type(e).__name__, e)

OPS = {'+': lambda a, b: a + b, '*': lambda a, b: a * b, '%': lambda a, b: a % b,
       '<': lambda a, b: a < b, '==': lambda a, b: a == b, 'in': lambda a, b: a in b,
       '[]': lambda a, b: a[b]}
lines = []
ARITY = ('takes at most', 'takes at least', 'takes exactly', 'takes no arguments', 'expected at')
def m_random(recv, name, *args):
    # Random calls skip arity errors: their wording comes from the shared argument parser.
    if not any(a in outcome(lambda: getattr(recv, name)(*args)) for a in ARITY):
        m(recv, name, *args)
def m(recv, name, *args, **kw):
    lines.append(' '.join(['m', name, enc(recv), str(len(args))] + [enc(a) for a in args]
                          + [str(len(kw))] + [x for k, v in kw.items() for x in (k, enc(v))])
                 + '\t' + outcome(lambda: getattr(recv, name)(*args, **kw)))
def op(sym, a, b):
    lines.append(' '.join(['op', sym, enc(a), enc(b)]) + '\t' + outcome(lambda: OPS[sym](a, b)))
def new(tname, *args, **kw):
    t = {'str': str, 'bytes': bytes, 'bytearray': bytearray, 'memoryview': memoryview}[tname]
    lines.append(' '.join(['new', tname, 'N', str(len(args))] + [enc(a) for a in args]
                          + [str(len(kw))] + [x for k, v in kw.items() for x in (k, enc(v))])
                 + '\t' + outcome(lambda: t(*args, **kw)))
def fmt(v, spec):
    lines.append(' '.join(['fmt', 'format', enc(v), enc(spec)]) + '\t' + outcome(lambda: format(v, spec)))

exec(open(sys.argv[1] if len(sys.argv) > 1 else __file__.replace('gen.py', 'cases.py')).read())
print('\n'.join(lines))
