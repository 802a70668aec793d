# complex repr/str corner cases and format() presentation types.
zs = [complex(0, 0), complex(-0.0, -0.0), complex(0, -0.0), complex(1, 0), complex(-1, 0), complex(1e-5, 1e5), complex(1e16, 1),
      complex(float("nan"), 1), complex(1, float("inf")), complex(2.5, -3.25), 1j ** 0.5]
for z in zs:
    print(repr(z), str(z), format(z), format(z, ".2f"), format(z, "e"), format(z, "g"), format(z, "^30"), format(z, "+"))
for spec in ("=10", "010", "d", "%", "c", "x"):
    try:
        print(spec, format(1 + 2j, spec))
    except ValueError as e:
        print(spec, "ValueError", e)
print(format(1 + 2j, "<20") + "|", format(-1 - 2j, ">20") + "|", format(3j, ".0f"), format(1.5 + 0j, ""))
print(f"{1 + 2j!r}", f"{1 + 2j!s:>12}", "{:.1f}".format(3.14 + 2.72j), "%s %r" % (1j, 2j))
print(complex("1e-3+1e3j"), complex("-1.5J"), complex(" +1-1j "), complex("infj"), complex("-nan+0j"))
print(repr(complex(1, 2) * complex(3, -4)), repr((1 + 2j) / (3 - 4j)), repr((1e308 + 1e308j) * 2))
print(abs(complex(3e200, 4e200)), abs(complex(1e-200, 1e-200)) > 0)
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print("OverflowError", e)
print(complex(0.1, 0.2) + complex(0.2, 0.1), complex(1, 1) ** 10, complex(2, 0) ** 0.5)
