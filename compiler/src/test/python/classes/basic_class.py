class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return f"{self.name} barks"
a = Animal("generic")
d = Dog("rex")
print(a.speak(), d.speak(), a.kind, d.kind, Animal.count)
print(repr(d), isinstance(d, Animal), type(d) is Dog, Dog.__bases__[0].__name__)
print([c.__name__ for c in Dog.__mro__])
print(Dog.speak(d), Animal.speak(d))
d.kind = "instance"
print(d.kind, Dog.kind)
del d.kind
print(d.kind)
