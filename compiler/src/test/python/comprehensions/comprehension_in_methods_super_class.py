class Base:
    def items(self):
        return [1, 2, 3]
    def name(self):
        return "base"
class Child(Base):
    def items(self):
        return [x * 10 for x in super().items()]
    def names(self):
        return [super().name() + str(i) for i in range(2)]
    def cls_names(self):
        return [__class__.__name__ for _ in range(2)]
    def gen(self):
        try:
            return list(super().name() for _ in range(1))
        except TypeError as e:
            return "TypeError: " + str(e)
    def nested(self):
        return [[__class__.__name__, super().name()] for _ in range(1)]
c = Child()
print(c.items(), c.names(), c.cls_names(), c.gen(), c.nested())
class K:
    def m(self):
        return {k: __class__ for k in range(1)}[0] is K
print(K().m())
class WithTypeParams[T]:
    def m(self):
        return [T.__name__ for _ in range(2)]
print(WithTypeParams().m())
