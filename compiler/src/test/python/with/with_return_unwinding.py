class CM:
    def __init__(self, tag, log):
        self.tag, self.log = tag, log
    def __enter__(self):
        self.log.append("in " + self.tag)
        return self.tag
    def __exit__(self, et, ev, tb):
        self.log.append("out " + self.tag + (" exc" if et else ""))
        return False
def ret_value(log):
    with CM("a", log) as a:
        return a * 3
def ret_nested(log):
    with CM("o", log):
        with CM("i", log) as i:
            return [i, len(log)]
def ret_in_loop(log):
    for n in range(5):
        with CM(str(n), log):
            if n == 2:
                return n * 100
def ret_from_try_in_with(log):
    with CM("t", log):
        try:
            return "from try"
        finally:
            log.append("finally")
def ret_from_except_in_with(log):
    with CM("e", log):
        try:
            raise ValueError("v")
        except ValueError as e:
            return f"handled {e}"
def ret_with_in_except(log):
    try:
        raise KeyError("k")
    except KeyError as e:
        with CM("x", log) as x:
            return x + repr(e)
def ret_tuple_expr(log):
    with CM("p", log) as p, CM("q", log) as q:
        return (p, q, p + q)
for fn in (ret_value, ret_nested, ret_in_loop, ret_from_try_in_with, ret_from_except_in_with, ret_with_in_except, ret_tuple_expr):
    log = []
    print(fn.__name__, repr(fn(log)), log)
