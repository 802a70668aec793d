# Many small failing expressions, gathered in exception groups so that one traceback shows
# the location markers of each.
a, b, d, s, lst = 1, "x", {"k": {}}, "str", [1, 2]

def f(*args):
    return None

def s01():
    return lst[1:2][5]

def s02():
    return f(1)[0]

def s03():
    return (a +
            b)

def s04():
    return a  +  b

def s05():
    return a+b

def s06():
    return a**-b

def s07():
    return lst[
        'k'
    ]

def s08():
    x = 1 + f(
        2) + 3
    return x

def s09():
    return d['k']['missing']

def s10():
    return a + \
        b

def s11():
    return lst if not a else lst[3]

def s12():
    x = 1
    x += "a"

def s13():
    return 1 < 2 < "a"

def s14():
    return -"a"

def s15():
    result = f(1).missing
    return result

def s16():
    q, r = f(1)

def s17():
    t = "\N{MATHEMATICAL FRAKTUR CAPITAL U}" + 1

def s18():
    return "日本" [5]

def s19():
    return f(1,
             2,
             3,
             4,
             5)[0] + a

def s20():
    return (b
            *
            3.5)

def s21():
    x = {}; return x["a"]

def s22():
	return	lst	[	9	]

def s23():
    return d[  # comment here
        "nope"]

def s24():
    return f(lst[7], 2)

def s25():
    return a.bit_length()(3)

def s26():
    return lst[a:b]

def s27():
    return [x for x in lst][5]

def s28():
    return (lambda: 1/0)()

def s29():
    return d["k"]["a"] + d["k"]["b"]

def s30():
    return a // 0 if a else 2

fns = [v for k, v in sorted(globals().items()) if k.startswith("s") and k[1:].isdigit()]
groups = []
for start in range(0, len(fns), 10):
    excs = []
    for fn in fns[start:start + 10]:
        try:
            fn()
        except Exception as e:
            excs.append(e)
    groups.append(ExceptionGroup(f"chunk {start // 10}", excs))
raise ExceptionGroup("carets", groups)
