# Arithmetic between complex and int/float/bool/complex operands; division by zero messages; equality with floats.
operands = [2, 2.5, True, 1 + 1j, -1j, 0j]
z = 3 - 4j
for o in operands:
    row = [z + o, z - o, o - z, z * o]
    for f in (lambda: z / o, lambda: o / z, lambda: z ** 2 if o == 0 else z ** o):
        try:
            row.append(f())
        except ZeroDivisionError as e:
            row.append(f"ZeroDivisionError({e})")
    print(repr(o), row)
print(1j == 1j, 1 + 0j == 1, 1 + 0j == 1.0, 1 + 0j == True, 1j != 1, hash(2 + 0j) == hash(2.0))
print(complex(1, 2).conjugate(), (1 + 2j).real + (1 + 2j).imag, abs(-3j), abs(complex(-3, 4)))
for bad in ("1j < 2j", "1j > 1", "1j // 1", "1j % 1", "divmod(1j, 1)", "int(1j)", "round(1j)"):
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, "TypeError", e)
print(complex.__eq__(1j, 1j), complex.__eq__(1j, "x"), (1j).__ne__(2j), (2 + 0j).__hash__() == hash(2))
print([complex(i, -i) * 1j for i in range(3)], sum([1j, 2, 3.5]), (1 + 1j) ** 0, 0j ** 0)
