from array import array
def err(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
def imul(x, y):
    x *= y
    return x
def iadd(x, y):
    x += y
    return x
err(lambda: imul(array('i', [1]), 'a')); err(lambda: imul(array('i', [1]), 1.5)); err(lambda: imul(array('i', [1]), 2))
err(lambda: iadd(array('i', [1]), 'a')); err(lambda: iadd(array('i', [1]), array('b')))
err(lambda: array('i', [1]) * 1.5); err(lambda: 1.5 * array('i', [1])); err(lambda: 'a' * array('i', [1]))
err(lambda: [1] * array('i', [1])); err(lambda: array('i', [1]) + (1,)); err(lambda: (1,) + array('i', [1]))
class R:
    def __rmul__(self, o): return 'rmul'
    def __radd__(self, o): return 'radd'
err(lambda: array('i', [1]) * R()); err(lambda: array('i', [1]) + R())
