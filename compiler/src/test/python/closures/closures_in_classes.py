def make_class(prefix):
    class Greeter:
        def greet(self, name):
            return f"{prefix} {name}"
        @classmethod
        def pref(cls):
            return prefix
    return Greeter
G = make_class("Hello")
H = make_class("Howdy")
print(G().greet("a"), H().greet("b"), G.pref(), H.pref())
def counter_class():
    count = 0
    class C:
        def __init__(self):
            nonlocal count
            count += 1
        @staticmethod
        def total():
            return count
    return C
C = counter_class()
C(); C(); C()
print(C.total())
def class_in_closure_body():
    v = "outer"
    class K:
        v = "class attr"
        w = v
        def m(self):
            return v
    return K.w, K().m()
print(class_in_closure_body())
