# hashlib and hmac: md5, sha1, sha2, sha3, shake, blake2 with keys and salts; incremental updates,
# copies, pbkdf2, and errors.
import hashlib
import hmac

data = b"The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384",
             "sha3_512", "blake2b", "blake2s"]:
    h = hashlib.new(name, data)
    print(name, h.digest_size, h.block_size, h.hexdigest()[:32], h.name)
print(hashlib.shake_128(data).hexdigest(16), hashlib.shake_256(b"").hexdigest(8))
h = hashlib.sha256()
for i in range(0, len(data), 7):
    h.update(data[i:i + 7])
c = h.copy()
c.update(b"!")
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), c.hexdigest()[:16])
print(hashlib.blake2b(data, digest_size=16, key=b"k", salt=b"salty", person=b"me").hexdigest())
print(hashlib.blake2s(b"", digest_size=8, key=b"secret").hexdigest())
print(hashlib.md5(memoryview(data)[4:9]).hexdigest(), hashlib.sha1(bytearray(b"abc")).hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000, dklen=20).hex())
print(hmac.new(b"key", data, "sha256").hexdigest()[:32], hmac.digest(b"key", b"msg", "md5").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("a", "b"))
print(sorted(n for n in hashlib.algorithms_guaranteed))
print(hashlib.file_digest(__import__("io").BytesIO(data), "sha1").hexdigest())
for bad in [lambda: hashlib.new("nope"), lambda: hashlib.sha256("text"), lambda: hashlib.blake2b(digest_size=65),
            lambda: hashlib.sha256().update(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
