class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with BadExit():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
try:
    with BadExit():
        raise ValueError("body")
except RuntimeError as e:
    print("RuntimeError", e, "context", repr(e.__context__))
class BadEnter:
    def __enter__(self):
        raise KeyError("enter")
    def __exit__(self, *a):
        print("exit not called")
try:
    with BadEnter():
        print("body not run")
except KeyError as e:
    print("KeyError", e)
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
