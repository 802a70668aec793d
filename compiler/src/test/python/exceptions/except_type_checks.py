try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print("TypeError:", e)
errors = (KeyError, IndexError)
for exc in [KeyError, IndexError, ValueError]:
    try:
        try:
            raise exc("x")
        except errors as e:
            print("tuple caught", type(e).__name__)
    except ValueError:
        print("fell through", exc.__name__)
def choose():
    return ZeroDivisionError
try:
    1 / 0
except choose() as e:
    print("dynamic except clause", type(e).__name__)
class Meta(type):
    def __subclasscheck__(cls, sub):
        return True
class Weird(Exception, metaclass=Meta):
    pass
try:
    raise ValueError
except Weird:
    print("metaclass subclasscheck ignored?")
except ValueError:
    print("except matched ValueError")
