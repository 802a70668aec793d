# frame.f_locals in 3.13 (PEP 667): a write-through proxy in functions; snapshot semantics of locals().
import sys
def proxy_demo():
    x = 1
    f = sys._getframe()
    proxy = f.f_locals
    proxy["x"] = 2
    snapshot = locals()
    snapshot["x"] = 3
    return x, sorted(proxy), type(snapshot).__name__
print(proxy_demo())
def sees_updates():
    a = 1
    proxy = sys._getframe().f_locals
    a = 5
    return proxy["a"], "a" in proxy, len([k for k in proxy if k == "a"])
print(sees_updates())
def outer():
    v = "cell"
    def inner():
        return v
    proxy = sys._getframe().f_locals
    return proxy["v"], inner()
print(outer())
def delete_missing():
    proxy = sys._getframe().f_locals
    try:
        del proxy["nonexistent"]
    except (KeyError, TypeError) as e:
        return f"{type(e).__name__} {e}"
print(delete_missing())
module_locals = sys._getframe().f_locals
print(module_locals is globals())
class K:
    inside = sys._getframe().f_locals is not None
print(K.inside)
def extra_key():
    proxy = sys._getframe().f_locals
    proxy["brand_new"] = 42
    return proxy["brand_new"], "brand_new" in proxy
print(extra_key())
