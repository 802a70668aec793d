import warnings; warnings.simplefilter('ignore', DeprecationWarning)
from array import array
def err(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
a = array('i', [1, 2, 3])
err(lambda: a.index(2, 'x')); err(lambda: a.index(2, None)); err(lambda: a.pop('x')); err(lambda: a.insert('x', 1))
err(lambda: a.insert(0, 'x')); print(a); err(lambda: a.fromfile(None, 'x')); err(lambda: array('i', [1]) * (2**62))
err(lambda: array('i', [1]) * (2**100)); err(lambda: a.__reduce_ex__('x')); err(lambda: a.__reduce_ex__())
err(lambda: a.append()); err(lambda: a.extend()); err(lambda: array.typecode)
err(lambda: a.__getitem__(2**70)); err(lambda: a[-4]); err(lambda: a.__setitem__(-4, 1)); err(lambda: a.tolist(1))
err(lambda: array('i', iter([1, 2])))
err(lambda: array('i', (1, 2))); err(lambda: array('i', range(3))); err(lambda: array('d', {1.5: 0}))
err(lambda: array('i', [1, 2.0])); err(lambda: array('i', b'\x01\x00\x00\x00'))
err(lambda: array('b', bytearray(b'\x01'))); err(lambda: array('b', memoryview(b'\x01\x02')))
b = array('i', [1]); it = iter(b); b.append(2); print(list(it))
err(lambda: array('i', [True, False])); err(lambda: array('f', [True])); err(lambda: array('d', [1+2j]))
import bisect
z = array('i', [1, 3, 5]); bisect.insort(z, 4); print(z, bisect.bisect(z, 3))
err(lambda: a == 1); err(lambda: a.__eq__(1)); err(lambda: a.__lt__([1]))
print(array('i', [1]) == array('i', [1]), array('u', 'a') == array('i', [1]))
err(lambda: array('u', 'a') < array('i', [1]))
err(lambda: a.frombytes(memoryview(b'\x05\x00\x00\x00'))); print(a)
err(lambda: a.frombytes(array('b', [1, 0, 0, 0]))); print(a)
err(lambda: array('i', [1, 2]).__contains__(1.0))
err(lambda: array('b', [1, 2, 3]).index(2, -1)); err(lambda: array('b', [1, 2, 3]).remove(2.0))
for f in [lambda: array('i').extend(x=1), lambda: array('i').__reduce_ex__(x=1), lambda: array('i', [1]) * (-2**100), lambda: array('i').__reduce_ex__(True), lambda: array('i', [1,2]).index(2, 2**100), lambda: array('i', [1,2]).index(2, -2**100)]:
    err(f)
print(type(array.__doc__).__name__)  # the text is Kaa's own
