# The script BytesMutationTest mirrors step by step; bytes_mutation.expected is its CPython 3.13 output.
b=bytearray(b'hello')
b.append(33); print(b)
b.extend(b' w'); b.extend([111, 114]); b.extend(iter([108,100])); print(b)
b.insert(0, 62); b.insert(-1, 95); b.insert(100, 60); print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(108); print(b)
b.reverse(); print(b)
c=b.copy(); b.clear(); print(b, c)
c[0:2]=b'XYZ'; print(c)
c[::2]=bytes(len(c[::2])); print(c)
del c[1:3]; print(c)
del c[::3]; print(c)
del c[::-2]; print(c)
c[1]=65; print(c)
c[-1:]=[66,67]; print(c)
c[5:2]=b'--'; print(c)
c+=b'++'; print(c)
c*=2; print(c)
d=bytearray(b'abc'); d[::-1]=b'xyz'; print(d)
d[0:0]=d; print(d)
e=bytearray(b'abc'); m=memoryview(e); m.__enter__()
def err(f):
    try: f()
    except Exception as x: print(type(x).__name__, x)
err(lambda: e.append(1))
def iadd():
    global e
    e += b'x'
err(iadd)
m[1]=66; print(e); m.release(); e.append(100); print(e)
err(lambda: c.pop(99))
err(lambda: bytearray().pop())
err(lambda: c.remove(300))
err(lambda: c.remove(0))
err(lambda: c.extend(5))
err(lambda: c.extend('ab'))
def setx(): c[::2]=b'x'
err(setx)
def set5(): c[0:1]=5
err(set5)
mv=memoryview(b'abcdef')
print(len(mv), mv[1], mv[-1], mv[1:4].tobytes(), mv[::2].tolist(), mv[::-1].tobytes(), mv.readonly, mv.format, mv.itemsize, mv.nbytes, mv.ndim, mv.shape, mv.strides, mv == b'abcdef', mv[1:3] == b'bc', mv == bytearray(b'abcdef'), mv != b'x', mv.hex(), mv[::2].nbytes, list(mv[4:]))
with memoryview(bytearray(b'xy')) as q: print(q.tobytes(), q.readonly)
err(lambda: len(q))
def mv0(): mv[0]=1
err(mv0)
err(lambda: mv[10])
mm=memoryview(bytearray(b'abc'))
mm[0:2]=b'XY'; print(mm.tobytes(), bytes(mm), bytearray(mm), str(bytes(mm[::-1]),'ascii'))
def mm256(): mm[0]=256
err(mm256)
def mmb(): mm[0]=b'a'
err(mmb)
def mmab(): mm[0:1]=b'ab'
err(mmab)
err(lambda: hash(mm))
print(hash(memoryview(b'abc')) == hash(b'abc'), mm.toreadonly().readonly, mm.obj)
