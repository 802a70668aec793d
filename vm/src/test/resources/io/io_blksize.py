# st_blksize and the buffer sizes open() derives from it; printed as relations, not numbers,
# wherever the number depends on the machine's file system.
import os, io
with open('data.bin', 'wb') as f:
    f.write(b'x' * 100)
    print('raw blksize is fstat st_blksize:', f.raw._blksize == os.fstat(f.fileno()).st_blksize)
s = os.stat('data.bin')
print('power of two:', s.st_blksize > 1 and s.st_blksize & (s.st_blksize - 1) == 0)
print('same as its directory:', s.st_blksize == os.stat('.').st_blksize)
print('lstat agrees:', os.lstat('data.bin').st_blksize == s.st_blksize)
print('attribute listed:', 'st_blksize' in dir(s), type(s.st_blksize).__name__)
print('not in the tuple:', len(tuple(s)), s.st_blksize not in tuple(s)[:1])
with open('data.bin', 'rb') as f:
    print('read:', f.read(3), f.raw._blksize == s.st_blksize)
with open('data.bin', 'rb', buffering=0) as f:
    print('unbuffered raw:', type(f).__name__, f._blksize == s.st_blksize)
# Devices: /dev/null lives on devtmpfs, whose block size Linux reports as the page size.
print('/dev/null:', os.stat('/dev/null').st_blksize, open('/dev/null', 'rb').raw._blksize)
w = open('/dev/null', 'wb')
print('/dev/null write:', w.raw._blksize, w.write(b'abc'))
w.close()
# procfs reports 1024 for its files, not its statfs block size.
print('/proc:', os.stat('/proc/self/status').st_blksize)
print('n_fields missing st_blocks only:', 'st_rdev' in dir(s))
