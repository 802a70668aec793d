# tarfile, zipfile and shutil with bzip2 and xz compression: the archives' bytes are CPython's.
import hashlib
import io
import os
import shutil
import tarfile
import tempfile
import zipfile

files = {"a.txt": b"alpha\n" * 500, "dir/b.bin": bytes(range(256)) * 40, "empty": b""}


def digest(b):
    return hashlib.sha256(b).hexdigest()[:20]


for mode in ("w:bz2", "w:xz", "w|bz2", "w|xz"):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode, format=tarfile.USTAR_FORMAT) as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(data), 1_700_000_000, 0o644
            tar.addfile(info, io.BytesIO(data))
    packed = buf.getvalue()
    buf.seek(0)
    with tarfile.open(fileobj=buf, mode="r:*" if ":" in mode else "r|*") as tar:
        back = {m.name: tar.extractfile(m).read() for m in tar if m.isfile()}
    print(mode, len(packed), digest(packed), back == files)

for method in (zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=method) as zf:
        for name, data in files.items():
            zf.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 2, 3, 4, 6)), data, compress_type=method)
    packed = buf.getvalue()
    with zipfile.ZipFile(io.BytesIO(packed)) as zf:
        back = {i.filename: zf.read(i) for i in zf.infolist()}
        print(method, len(packed), digest(packed), back == files, zf.testzip(),
              [i.compress_size for i in zf.infolist()])

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "src")
    for name, data in files.items():
        path = os.path.join(src, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
    for fmt in ("bztar", "xztar"):
        archive = shutil.make_archive(os.path.join(tmp, "out"), fmt, root_dir=src)
        dest = os.path.join(tmp, "unpacked-" + fmt)
        shutil.unpack_archive(archive, dest)
        got = sorted(os.path.relpath(os.path.join(d, f), dest) for d, _, fs in os.walk(dest) for f in fs)
        print(fmt, os.path.basename(archive), got)
