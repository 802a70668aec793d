π = 3.14159
变量 = "chinese name"
naïve = "accented"
ﬁle = "ligature normalised to file"
print(π, 变量, naïve, file)
def größe(länge, breite=2):
    return länge * breite
print(größe(3), größe(länge=2, breite=5))
class Ñandú:
    ñ = 1
    def método(self):
        return self.ñ + 1
print(Ñandú().método(), Ñandú.__name__)
ℌ = "script H"
print(H, "H" in globals(), "ℌ" in globals())
𝐱 = 5
print(x)
def f(**kw):
    return sorted(kw)
print(f(ﬁ=1, ﬀ=2))
