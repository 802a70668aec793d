def gen_in_try():
    try:
        yield 1
        try:
            yield 2
            raise ValueError("inner")
        except ValueError as e:
            yield f"handled {e}"
        yield 3
    finally:
        yield "finally-yield"
print(list(gen_in_try()))
def handler_with_loop():
    out = []
    for i in range(3):
        try:
            try:
                1 / (i - 1)
            except ZeroDivisionError:
                for j in range(2):
                    try:
                        if j:
                            raise KeyError(j)
                    except KeyError as k:
                        out.append(f"k{k}")
                        continue
                    out.append(f"j{j}")
                raise
        except ZeroDivisionError:
            out.append("outer zde")
        else:
            out.append(f"ok{i}")
    return out
print(handler_with_loop())
def except_var_cleared():
    e = 5
    try:
        raise ValueError
    except ValueError as e:
        pass
    return "e" in locals()
print(except_var_cleared())
def return_in_except_in_finally():
    try:
        raise KeyError
    except KeyError:
        try:
            return "inner return"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(return_in_except_in_finally())
def with_in_except():
    from contextlib import nullcontext
    try:
        raise ValueError("x")
    except ValueError as e:
        with nullcontext(e) as v:
            return repr(v)
print(with_in_except())
