def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)], (255).bit_count())
def is_pow2(n):
    return n > 0 and n & (n - 1) == 0
print([i for i in range(70) if is_pow2(i)])
def gray(n):
    return n ^ (n >> 1)
print([format(gray(i), "03b") for i in range(8)])
def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print(reverse_bits(0b00010110), bin(reverse_bits(1, 16)))
x = 0xDEADBEEF
print(hex(x & 0xFFFF), hex(x >> 16), hex(~x & 0xFFFFFFFF), x.bit_length(), (-x) >> 4, -x & 0xFF)
print(int.from_bytes(b"\x01\x02", "little"), (1024).to_bytes(4, "big"), (-1).to_bytes(2, "big", signed=True))
