def f():
    s = "héllo wörld"; return s + 1
f()
