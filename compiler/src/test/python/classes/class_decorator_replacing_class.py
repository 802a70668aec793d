def replace(cls):
    class Replacement(cls):
        def who(self):
            return "replacement of " + super().who()
    return Replacement
@replace
class Original:
    def who(self):
        return "original " + __class__.__name__
    def cls_cell(self):
        return __class__
o = Original()
print(o.who(), type(o).__name__, Original.__name__)
print(o.cls_cell().__name__, o.cls_cell() is Original, o.cls_cell() is Original.__mro__[1])
class Meta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        return cls
class WithCell(metaclass=Meta):
    def get(self):
        return __class__
print(WithCell().get() is WithCell)
class NoCell:
    def plain(self):
        return 1
print("__classcell__" in vars(NoCell), hasattr(NoCell.plain, "__closure__") and NoCell.plain.__closure__)
