calls = []
def d(name):
    calls.append(f"factory {name}")
    def deco(f):
        calls.append(f"apply {name} to {getattr(f, '__name__', type(f).__name__)}")
        return f
    return deco
@d("1")
@d("2")
@d("3")
def target():
    pass
print(calls)
calls.clear()
class K:
    @d("m")
    def method(self):
        pass
    @d("s")
    @staticmethod
    def sm():
        pass
    @d("p")
    @property
    def prop(self):
        return 1
print(calls)
calls.clear()
@d("cls")
class Decorated:
    calls.append("class body")
print(calls)
