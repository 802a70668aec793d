def outer():
    x = "outer x"
    class A:
        x = "A.x"
        class B:
            y = x
            def get(self):
                return x
        def get(self):
            return x
    return A.B.y, A.B().get(), A().get()
print(outer())
class G:
    val = 1
    class Inner:
        try:
            v = val
        except NameError as e:
            v = f"NameError: {e}"
print(G.Inner.v)
class H:
    items = [1, 2]
    def m(self, items=items):
        return items
    lam = lambda self, v=items: v
print(H().m(), H().lam())
