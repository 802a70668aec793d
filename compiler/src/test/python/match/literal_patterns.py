def m(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and half"
        case 2j:
            return "imag"
        case -1 + 2j:
            return "complex"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case True:
            return "true"
        case None:
            return "none"
        case _:
            return "other"
for v in [0, 2, -1, 1.5, 2j, -1+2j, "hello", b"raw", True, None, 99, False, 1.0]:
    print(repr(v), m(v))
