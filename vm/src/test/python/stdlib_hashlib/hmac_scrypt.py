# hmac over several digests (names, constructors, copies), scrypt with RFC 7914's vectors, pbkdf2 with
# RFC 6070's, OpenSSL-style names in _hashlib.new, and the errors of the key derivation functions.
import _hashlib
import hashlib
import hmac

key, msg = b"Jefe", b"what do ya want for nothing?"
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = hmac.new(key, msg, name)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest()[:24])
print(hmac.new(key, msg, hashlib.sha256).hexdigest() == hmac.digest(key, msg, "sha256").hex())
print(hmac.new(b"k" * 200, b"long key", "sha1").hexdigest())
h = hmac.new(b"key", digestmod="sha512")
h.update(b"part one ")
c = h.copy()
c.update(b"and two")
h.update(b"and two")
print(h.hexdigest() == c.hexdigest(), c.name, type(h._hmac).__name__)
print(hmac.new(b"key", b"x" * 5000, "md5").hexdigest(), _hashlib.hmac_digest(b"", b"", "sha1").hex())

# scrypt (RFC 7914, section 12; the fourth vector needs 1 GiB)
vectors = [(b"", b"", 16, 1, 1, 64), (b"password", b"NaCl", 1024, 8, 16, 64),
           (b"pleaseletmein", b"SodiumChloride", 16384, 8, 1, 64)]
for password, salt, n, r, p, dklen in vectors:
    out = hashlib.scrypt(password, salt=salt, n=n, r=r, p=p, dklen=dklen)
    print(out.hex()[:32], out.hex()[-16:])
print(hashlib.scrypt(b"pw", salt=bytearray(b"s"), n=2, r=1, p=1, dklen=10).hex())

# pbkdf2 (RFC 6070 for sha1) and sha512
for password, salt, rounds, dklen in [(b"password", b"salt", 1, 20), (b"password", b"salt", 2, 20),
                                      (b"password", b"salt", 4096, 20), (b"pass\0word", b"sa\0lt", 4096, 16)]:
    print(hashlib.pbkdf2_hmac("sha1", password, salt, rounds, dklen).hex())
print(hashlib.pbkdf2_hmac("sha512", b"password", b"salt", 2).hex()[:40])
print(hashlib.pbkdf2_hmac("sha3_256", b"pw", b"salt", 3, dklen=50).hex()[-20:])

# OpenSSL's names for digests, and what hashlib makes of them
for name in ["SHA256", "sha-256", "sha512_224", "SHA512-256", "md5-sha1", "BLAKE2b512", "SHAKE128", "RMD160", "sm3"]:
    h = _hashlib.new(name, b"abc")
    out = h.hexdigest(8) if h.digest_size == 0 else h.hexdigest()
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__, out[:16])
print(hashlib.new("SHA1", b"abc").hexdigest(), hashlib.md5 is _hashlib.openssl_md5)
print(sorted(_hashlib._constructors.values())[:4], issubclass(_hashlib.UnsupportedDigestmodError, ValueError))
x = _hashlib.openssl_shake_256(b"abc")
print(x.hexdigest(10), x.copy().digest(length=4).hex(), x.digest_size, x.block_size)

bad = [lambda: hashlib.scrypt(b"p", n=2, r=1, p=1), lambda: hashlib.scrypt(b"p", salt=b"s", n=3, r=1, p=1),
       lambda: hashlib.scrypt(b"p", salt=b"s", n=2, r=0, p=1),
       lambda: hashlib.scrypt(b"p", salt=b"s", n=2**20, r=8, p=1),
       lambda: hashlib.scrypt(b"p", salt=b"s", n=2, r=1), lambda: hashlib.scrypt(b"p", salt=b"s", n=2.0, r=1, p=1),
       lambda: hashlib.scrypt(b"p", salt=b"s", n=2, r=1, p=1, dklen=0),
       lambda: hashlib.pbkdf2_hmac("sha1", b"p", b"s", 0), lambda: hashlib.pbkdf2_hmac("sha1", b"p", b"s", 1, 0),
       lambda: hashlib.pbkdf2_hmac("nope", b"p", b"s", 1), lambda: hashlib.pbkdf2_hmac("sha1", "p", b"s", 1),
       lambda: _hashlib.hmac_new(b"k"), lambda: _hashlib.hmac_new(b"k", digestmod=len),
       lambda: _hashlib.new("sha1", "text"), lambda: _hashlib.HASH(), lambda: hmac.new("key", b"", "md5"),
       lambda: _hashlib.compare_digest(1, 2), lambda: _hashlib.compare_digest(b"a", "a")]
for f in bad:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
