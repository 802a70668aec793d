import _md5, _sha1, _sha3, _blake2, hashlib
def t(f, *a, **k):
    try: r = f(*a, **k)
    except Exception as e: r = '%s: %s' % (type(e).__name__, e)
    print(getattr(f, "__name__", "?"), a, k, "->", repr(r))
datas = [b'', b'abc', b'a' * 135, b'a' * 136, b'a' * 137, b'x' * 1000, bytes(range(256)) * 3]
for c in [_md5.md5, _sha1.sha1, _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s]:
    for d in datas:
        h = c(d); print(h.name, h.digest_size, h.block_size, h.hexdigest())
    h = c(); h.update(b'ab'); h2 = h.copy(); h2.update(b'c'); print(h.hexdigest()[:16], h2.hexdigest()[:16], c(b'abc').digest()[:8], type(h).__name__, type(h).__module__)
for c in [_sha3.shake_128, _sha3.shake_256]:
    for d in datas:
        h = c(d); print(h.name, h.digest_size, h.block_size, h.hexdigest(10), h.hexdigest(300)[-20:], h.digest(0))
    s = c(b'a'); t(s.digest); t(s.digest, -1); t(s.hexdigest, 0); t(s.digest, 2**40); t(s.digest, length=3)
for c in [_sha3.sha3_256, _sha3.shake_128]:
    h = c(b'a'); print(h._capacity_bits, h._rate_bits, h._suffix)
t(_md5.MD5Type); t(_sha1.SHA1Type); t(_md5.md5, 'x'); t(_md5.md5, string=b'abc'); t(_sha1.sha1, b'a', b'b')
t(_sha3.sha3_256, 'x'); t(_sha3.sha3_256, b'a', string=b'b'); t(_sha3.sha3_256, data=b'a'); t(_sha3.sha3_256, b'a', usedforsecurity=False)
B = _blake2
t(B.blake2b, digest_size=0); t(B.blake2b, digest_size=65); t(B.blake2b, key=b'x'*65); t(B.blake2b, salt=b'x'*17); t(B.blake2b, person=b'x'*17); t(B.blake2b, fanout=256); t(B.blake2b, depth=0); t(B.blake2b, leaf_size=-1); t(B.blake2b, node_offset=-1); t(B.blake2b, node_depth=256); t(B.blake2b, inner_size=65); t(B.blake2b, b'a', b'b'); t(B.blake2b, 'x')
t(B.blake2s, digest_size=33); t(B.blake2s, key=b'x'*33); t(B.blake2s, salt=b'x'*9); t(B.blake2s, inner_size=33)
t(B.blake2b, data=b'a'); t(B.blake2b, string=b'a'); t(B.blake2b, leaf_size=2**32); t(B.blake2s, node_offset=2**48); t(B.blake2b, node_offset=2**64)
for c in [B.blake2b, B.blake2s]:
    for kw in [dict(key=b'k'), dict(key=b'key' * 10), dict(salt=b's', person=b'p'), dict(digest_size=16), dict(fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=2, inner_size=16, last_node=True), dict(key=b'k', last_node=True)]:
        for d in [b'', b'abc', b'z' * 200]:
            print(c.__name__, kw, c(d, **kw).hexdigest())
print(B.blake2b.MAX_DIGEST_SIZE, B.blake2s.SALT_SIZE, B.BLAKE2S_PERSON_SIZE)
for n in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']:
    print(n, hashlib.new(n, b'hello').hexdigest(), getattr(hashlib, n)(b'hello').hexdigest())
print(hashlib.new('shake_128', b'x').hexdigest(12), hashlib.shake_256(b'x').hexdigest(5))
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.file_digest.__name__)
t(_sha3.sha3_256, b'a', b'b'); t(_sha3.shake_128, b'a', b'b'); t(_sha3.sha3_512, 5); t(_blake2.blake2b, key='k'); t(_blake2.blake2s, person=5)
t(lambda: _sha3.sha3_256(b'a').update()); t(lambda: _md5.md5().update(b'a', b'b')); t(lambda: _sha3.shake_256(b'').hexdigest('x'))
