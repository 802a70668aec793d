CPYTHON_GZ = bytes.fromhex('1f8b08000000000002ff3d96cb4d04301403ef544109b1f3af0a890bed83e2795c72cb68d99d71f8fefaf96c1fdf7fa7dee977f6778e77ce77ae77ee779e77dedce2726e2bd795fb0a4021280885a140148a43319f211487e2501c8a4371280ec5a1f4507a289d3f25941e4a0fa587d243e9a1f4504628239411cae01b096584324219a18c504628339419ca0c658632f9624399a1cc506628339415ca0a6585b24259a12c7e9f5056282b9415ca0e6587b243d9a1ec5076289b9f39941dca0ee584724239a19c504e28279413cac196504e2837941bca0de5867243b9a1dc506e2817e9ca3ab46b78d710af615e43bd867b0df91af635f46bf0fe3586572297c9a572b95c3297cda5333e0ba1e5ea021e4e0ba985d5426be1b5105b982dd4166eab5768f0d05bf82d0417860bc585e3427261b9d05ca3ca8587e94275e1ba905dd82e7417be0be185f19a3505f0905e582fb417de0bf185f9427de1be905fabb6051efe8b0044012201d1808840542032101d68d758c12305d1828841d42072103d8820441122099d5a3f785421b2105d88304419220dd1868843d4a15b735a7bcaa0d287e9c3f461fa307d983e4c1fa60fd38755030d8f3e4c1fa60fd387e9c3f461fa70ed7d0dfeffe2c3abcdafd1afd5afd9afddafe1a70fd387e9c3bd9e1078f461fa307d983e4c1fa60fd387e9c3f4e1516f123cfa307d983e4c1fa60fd387e9c3f461faf0ac470e1e7d983e4c1fa60fd387e9c3f461fa307d78d5ab098f3e4c1fa60fd387e9c3f461fa307d983ebceb1986471fa60fd387e9c3f461fa307d983e4c1f3ef5aec3a30fd387e9c3f461fa307d983e4c1fa60fdffa47e17efc02f5e896bdf2080000')
import gzip, zipfile, tempfile, os, io, zlib
data = b"".join(b"line %d\n" % i for i in range(2000))
g = gzip.compress(data, mtime=0)
print(len(g), g[:16].hex(), gzip.decompress(g) == data)
print(gzip.decompress(CPYTHON_GZ)[:20])
with gzip.GzipFile(fileobj=io.BytesIO(CPYTHON_GZ)) as f:
    print(f.readline(), len(f.read()))
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "t.gz")
    with gzip.open(p, "wt", encoding="utf-8") as f:
        f.write("hello gzip\n" * 100)
    with gzip.open(p, "rt", encoding="utf-8") as f:
        print(repr(f.read()[:22]))
    z = os.path.join(d, "t.zip")
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.txt", data)
        zf.writestr("b/c.txt", "hi there" * 10)
    with zipfile.ZipFile(z) as zf:
        print(zf.namelist(), [i.compress_size for i in zf.infolist()], zf.read("a.txt") == data, zf.read("b/c.txt")[:10])
        print(zf.testzip())
    with zipfile.ZipFile(z) as zf, zf.open("a.txt") as f:
        print(f.read(10), len(f.read()))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(data[:5000]); f.flush(); f.write(data[5000:])
print(len(buf.getvalue()), gzip.decompress(buf.getvalue()) == data)
