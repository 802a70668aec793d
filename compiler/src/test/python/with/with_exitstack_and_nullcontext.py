from contextlib import ExitStack, nullcontext, closing, redirect_stdout
import io
class Res:
    def __init__(self, n):
        self.n = n
    def close(self):
        print("closed", self.n)
with closing(Res(1)) as r:
    print("using", r.n)
with nullcontext("value") as v:
    print(v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
print("buffer:", repr(buf.getvalue()))
def exits_in_order():
    with ExitStack() as st:
        for i in range(3):
            st.callback(print, "callback", i)
        print("body")
exits_in_order()
with ExitStack() as outer:
    inner = outer.enter_context(ExitStack())
    inner.callback(print, "inner cb")
    outer.callback(print, "outer cb")
    kept = inner.pop_all()
print("after with, kept pending")
kept.close()
