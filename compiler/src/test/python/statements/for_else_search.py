def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    else:
        pass
    return True

print([n for n in range(40) if is_prime(n)])

def first_dup(seq):
    seen = []
    for x in seq:
        if x in seen:
            print("dup", x)
            break
        seen.append(x)
    else:
        print("no dup in", seq)

first_dup([1, 2, 3, 2])
first_dup("abc")
first_dup([])

for i in range(3):
    for j in range(3):
        if i + j == 3:
            print("found", i, j)
            break
    else:
        print("inner exhausted for", i)
        continue
    print("outer break at", i)
    break
