log = []
def v(x):
    log.append(x)
    return x
def f(*a, **k):
    return a, k
f(v(1), *v([2, 3]), v(4), k1=v(5), **v({"k2": 6}), k3=v(7))
print(log)
log.clear()
def it():
    log.append("iter start")
    yield "a"
    log.append("iter end")
f(*it(), v("after"))
print(log)
log.clear()
class Obj:
    def method(self, *a):
        return a
def get_obj():
    log.append("obj")
    return Obj()
print(get_obj().method(v(1), v(2)), log)
