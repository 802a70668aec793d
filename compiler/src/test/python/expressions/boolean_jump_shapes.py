import itertools
log = []
def t(name, v):
    log.append(name)
    return v
shapes = {
    "a and b": lambda a, b, c: t("a", a) and t("b", b),
    "a or b": lambda a, b, c: t("a", a) or t("b", b),
    "not a and b": lambda a, b, c: not t("a", a) and t("b", b),
    "a and not b or c": lambda a, b, c: t("a", a) and not t("b", b) or t("c", c),
    "not (a or b) and c": lambda a, b, c: not (t("a", a) or t("b", b)) and t("c", c),
    "(a if b else c)": lambda a, b, c: t("a", a) if t("b", b) else t("c", c),
    "a and (b or c)": lambda a, b, c: t("a", a) and (t("b", b) or t("c", c)),
    "not (a and (b or not c))": lambda a, b, c: not (t("a", a) and (t("b", b) or not t("c", c))),
    "(a or b) and (b or c)": lambda a, b, c: (t("a", a) or t("b", b)) and (t("b2", b) or t("c", c)),
    "a < b < c": lambda a, b, c: t("a", a) < t("b", b) < t("c", c),
}
def in_if(shape):
    def run(a, b, c):
        if shape(a, b, c):
            return "T"
        else:
            return "F"
    return run
def in_while(shape):
    def run(a, b, c):
        n = 0
        while shape(a, b, c) and n < 1:
            n += 1
        return "T" if n else "F"
    return run
def in_not_if(shape):
    def run(a, b, c):
        if not shape(a, b, c):
            return "F"
        return "T"
    return run
for name, shape in shapes.items():
    rows = []
    for a, b, c in itertools.product([0, 1], repeat=3):
        log.clear()
        v = shape(a, b, c)
        trace_v = "".join(log)
        log.clear()
        r1 = in_if(shape)(a, b, c)
        trace_if = "".join(log)
        log.clear()
        r2 = in_while(shape)(a, b, c)
        log.clear()
        r3 = in_not_if(shape)(a, b, c)
        rows.append(f"{a}{b}{c}:{v!r}/{r1}{r2}{r3}/{trace_v}/{trace_if}")
    print(name, " ".join(rows))
