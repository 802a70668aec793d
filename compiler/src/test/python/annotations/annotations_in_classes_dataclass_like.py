class Schema:
    id: int
    name: str = "anon"
    tags: "list[str]"
    def __init_subclass__(cls):
        cls.fields = list(cls.__annotations__)
class User(Schema):
    email: str
    age: int = 0
print(Schema.__annotations__)
print(User.fields, User.__annotations__, User.age)
def f(x: "int > 0", *, y: int | None = None) -> "result":
    pass
print(f.__annotations__)
import inspect
print(inspect.signature(f))
class Gen:
    value: list[int] = []
    other: dict[str, tuple[int, ...]]
print(Gen.__annotations__)
