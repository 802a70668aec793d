def f(n):
    try:
        try:
            try:
                if n == 0:
                    raise ValueError("v")
                if n == 1:
                    raise KeyError("k")
                if n == 2:
                    raise TypeError("t")
                return "none"
            except ValueError:
                return "inner ValueError"
            finally:
                print("finally 1")
        except KeyError:
            return "middle KeyError"
        finally:
            print("finally 2")
    except TypeError:
        return "outer TypeError"
    finally:
        print("finally 3")
for n in range(4):
    print(f(n))
def handler_raises():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise KeyError("b")
    except KeyError as e:
        return repr(e), repr(e.__context__)
print(handler_raises())
