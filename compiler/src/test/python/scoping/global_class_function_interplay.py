counter = 0
class Tracker:
    counter = 100
    def bump(self):
        global counter
        counter += 1
        return counter, Tracker.counter
    def local_shadow(self):
        counter = "local"
        return counter
    @staticmethod
    def reads():
        return counter
t = Tracker()
print(t.bump(), t.bump(), t.local_shadow(), Tracker.reads(), counter)
def factory():
    counter = "enclosing"
    class K:
        counter = "class"
        def get(self):
            return counter
        def get_global(self):
            return globals()["counter"]
    return K()
k = factory()
print(k.get(), k.get_global())
def make():
    global made_class
    class made_class:
        value = "made"
    return made_class
print(make().value, made_class.value)
class Holder:
    global gfunc
    def gfunc():
        return "global function defined in class body"
print(gfunc(), hasattr(Holder, "gfunc"))
