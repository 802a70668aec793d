import _sha2
def t(f, *a, **k):
    try: r = f(*a, **k)
    except Exception as e: r = '%s: %s' % (type(e).__name__, e)
    print(getattr(f, "__name__", "?"), a, k, "->", repr(r))
h = _sha2.sha256(b'abc'); print(type(h), type(h).__module__, h.name, h.digest_size, h.block_size, h.hexdigest())
print(_sha2.sha256(string=b'abc').hexdigest(), _sha2.sha256(b'a', usedforsecurity=False).hexdigest()[:8])
t(_sha2.sha256, 'abc'); t(_sha2.sha256, b'a', string=b'b'); t(_sha2.sha256, 1); t(_sha2.sha256, b'a', b'b'); t(h.update, 'x'); t(h.update); t(_sha2.sha256, x=1); t(type(h)); t(_sha2.sha256, None); t(_sha2.sha256, string=None); t(h.update, 1); t(h.update, b'a', b'b')
for c in (_sha2.sha224, _sha2.sha256, _sha2.sha384, _sha2.sha512):
    for d in (b'', b'abc', b'x' * 1000, bytearray(b'ba'), memoryview(b'mv')):
        o = c(d); print(o.name, o.digest_size, o.block_size, o.hexdigest(), o.digest()[:4], type(o).__name__)
    o = c(); o.update(b'a'); o2 = o.copy(); o2.update(b'b'); print(o.hexdigest()[:16], o2.hexdigest()[:16], c(b'ab').hexdigest()[:16])
print(sorted(k for k in dir(_sha2) if k != "__file__"))
print(sorted(k for k in dir(_sha2.SHA256Type) if not k.startswith('__')))
