"""Writes NAME.expected beside each NAME.cases: CPython 3.13's result for each case.

A case is one line of Python (the two characters backslash-n stand for a line break). Its result
is the repr of the value of its last statement when that is an expression, else None, or
"Type: message" when it raises. Run with CPython 3.13:  python3.13 gen_expected.py
Also regenerates the seeded set_random, slice_random and dict_random cases before computing the expected results.
"""
import ast
import glob
import os
import random
import types
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))


def run(src):
    tree = ast.parse(src)
    ns = {"__name__": "__main__", "MappingProxyType": types.MappingProxyType, "identity": lambda x: x}
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
    try:
        exec(compile(tree, "<case>", "exec"), ns)
        value = eval(compile(last, "<case>", "eval"), ns) if last else None
        return repr(value)
    except Exception as e:
        return f"{type(e).__name__}: {e}"


def random_set_cases(rng, count):
    """Seeded sequences of set operations on ints, whose printed order tests the hash table."""
    out = []
    for _ in range(count):
        n = rng.randrange(0, 40)
        span = rng.choice([10, 50, 1000, 10**6, 2**40])
        neg = rng.random() < 0.3
        elems = [rng.randrange(-span if neg else 0, span) for _ in range(n)]
        stmts = ["s = set(%r)" % (elems,)]
        for _ in range(rng.randrange(0, 12)):
            k = rng.random()
            x = rng.randrange(-span if neg else 0, span)
            if k < 0.35:
                stmts.append("s.add(%d)" % x)
            elif k < 0.55:
                stmts.append("s.discard(%d)" % (rng.choice(elems) if elems and rng.random() < 0.7 else x))
            elif k < 0.62:
                stmts.append("s.pop() if s else 0")
            elif k < 0.7:
                stmts.append("s |= set(%r)" % ([rng.randrange(0, span) for _ in range(rng.randrange(0, 8))],))
            elif k < 0.78:
                stmts.append("s -= set(%r)" % (rng.sample(elems, min(len(elems), 3)) if elems else [],))
            elif k < 0.84:
                stmts.append("s = s & set(%r)" % (elems[: rng.randrange(0, len(elems) + 1)],))
            elif k < 0.9:
                stmts.append("s ^= {%d, %d}" % (x, x + 1))
            elif k < 0.95:
                stmts.append("s = s.copy()")
            else:
                stmts.append("s.update(range(%d, %d))" % (x, x + rng.randrange(0, 20)))
        stmts.append("(s, list(frozenset(s)), hash(frozenset(s)))")
        out.append("\\n".join(stmts))
    return out


def random_slice_cases(rng, count):
    """Seeded slicing, slice assignment and deletion on lists, tuples and ranges."""
    def bound():
        return rng.choice(["", "None", str(rng.randrange(-12, 13)), str(rng.randrange(-40, 41))])

    def sl():
        step = rng.choice(["", "", "1", "-1", "2", "-2", "3", "-3", "5", "0"])
        return "%s:%s%s" % (bound(), bound(), ":" + step if step else "")

    out = []
    for _ in range(count):
        n = rng.randrange(0, 12)
        k = rng.random()
        if k < 0.3:
            out.append("l = list(range(%d))\\nl[%s] = list(range(100, %d))\\nl" % (n, sl(), 100 + rng.randrange(0, 6)))
        elif k < 0.55:
            out.append("l = list(range(%d))\\ndel l[%s]\\nl" % (n, sl()))
        elif k < 0.75:
            out.append("(list(range(%d))[%s], tuple(range(%d))[%s])" % (n, sl(), n, sl()))
        else:
            out.append("r = range(%d, %d, %d)[%s]\\n(r, list(r))" % (rng.randrange(-20, 20), rng.randrange(-20, 20),
                                                               rng.choice([1, 2, 3, -1, -2, -5, 7]), sl()))
    return out


def random_dict_cases(rng, count):
    """Seeded insertions, deletions, pops and view algebra on dicts of ints."""
    out = []
    for _ in range(count):
        keys = [rng.randrange(-30, 60) for _ in range(rng.randrange(0, 25))]
        stmts = ["d = dict.fromkeys(%r, 0)" % (keys,)]
        for _ in range(rng.randrange(0, 15)):
            k = rng.random()
            x = rng.randrange(-30, 60)
            if k < 0.4:
                stmts.append("d[%d] = %d" % (x, rng.randrange(100)))
            elif k < 0.6:
                stmts.append("d.pop(%d, None)" % (rng.choice(keys) if keys else x))
            elif k < 0.7:
                stmts.append("d.popitem() if d else 0")
            elif k < 0.8:
                stmts.append("d.setdefault(%d, -1)" % x)
            elif k < 0.9:
                stmts.append("d.update({%d: 1, %d: 2})" % (x, x + 7))
            else:
                stmts.append("d = {k: v for k, v in d.items() if k % 3}")
        stmts.append("(d, list(reversed(d.items()))[:4], d.keys() & set(range(0, 60, 4)), "
                     "d.keys() - {%d}, d.keys() ^ {1, 2})" % rng.randrange(-30, 60))
        out.append("\\n".join(stmts))
    return out


def main():
    warnings.simplefilter("ignore")
    rng = random.Random(20261125)
    with open(os.path.join(HERE, "set_random.cases"), "w") as f:
        f.write("# generated by gen_expected.py (seeded); do not edit\n")
        for c in random_set_cases(rng, 400):
            f.write(c + "\n")
    with open(os.path.join(HERE, "slice_random.cases"), "w") as f:
        f.write("# generated by gen_expected.py (seeded); do not edit\n")
        for c in random_slice_cases(random.Random(7), 600):
            f.write(c + "\n")
    with open(os.path.join(HERE, "dict_random.cases"), "w") as f:
        f.write("# generated by gen_expected.py (seeded); do not edit\n")
        for c in random_dict_cases(random.Random(11), 300):
            f.write(c + "\n")
    for path in sorted(glob.glob(os.path.join(HERE, "*.cases"))):
        results = []
        with open(path) as f:
            for line in f:
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                results.append(run(line.replace("\\n", "\n")))
        with open(path[: -len(".cases")] + ".expected", "w") as f:
            for r in results:
                f.write(r.replace("\\", "\\\\").replace("\n", "\\n") + "\n")


if __name__ == "__main__":
    main()
