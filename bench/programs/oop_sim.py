# oop_sim [TICKS]: a predator-prey world on a torus. Plants, rabbits and foxes are classes in a
# small hierarchy with properties (validated setters), super() calls, class attributes,
# classmethods, staticmethods, operator methods on a Vec value class (__add__, __eq__, __hash__)
# and polymorphic step() calls. Measures attribute and method lookup through inheritance,
# property descriptors, instance creation and dict-of-objects bookkeeping.
import sys

WIDTH, HEIGHT = 48, 48


class Random:
    """A linear congruential generator, so the run is the same everywhere."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 33) % bound


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x % WIDTH
        self.y = y % HEIGHT

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return self.x * 1000 + self.y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


DIRECTIONS = [Vec(1, 0), Vec(-1, 0), Vec(0, 1), Vec(0, -1)]


class Entity:
    kind = "entity"
    count = 0

    def __init__(self, world, pos):
        self.world = world
        self.pos = pos
        self.alive = True
        type(self).count += 1

    def step(self):
        pass

    def die(self):
        self.alive = False
        type(self).count -= 1


class Plant(Entity):
    kind = "plant"

    def __init__(self, world, pos):
        super().__init__(world, pos)
        self.size = 1

    def step(self):
        if self.size < 5:
            self.size += 1


class Animal(Entity):
    max_energy = 100
    birth_energy = 60
    food = ()

    def __init__(self, world, pos, energy):
        super().__init__(world, pos)
        self._energy = 0
        self.energy = energy
        self.age = 0

    @property
    def energy(self):
        return self._energy

    @energy.setter
    def energy(self, value):
        self._energy = value if value < self.max_energy else self.max_energy

    @property
    def hungry(self):
        return self._energy < self.max_energy // 2

    @staticmethod
    def cost_of_moving():
        return 2

    @classmethod
    def newborn(cls, world, pos):
        return cls(world, pos, cls.birth_energy // 2)

    def step(self):
        self.age += 1
        self.energy -= self.cost_of_moving()
        if self.energy <= 0:
            self.die()
            return
        self.move()
        if self.hungry:
            self.eat()
        if self.energy >= self.birth_energy and self.world.rng.next(4) == 0:
            self.energy -= self.birth_energy // 2
            self.world.spawn(self.newborn(self.world, self.pos + DIRECTIONS[self.world.rng.next(4)]))

    def move(self):
        self.pos = self.pos + DIRECTIONS[self.world.rng.next(4)]

    def eat(self):
        target = self.world.food_at(self.pos, self.food)
        if target is not None:
            self.energy += self.nutrition(target)
            target.die()

    def nutrition(self, target):
        raise NotImplementedError


class Rabbit(Animal):
    kind = "rabbit"
    max_energy = 40
    birth_energy = 30
    food = ("plant",)

    def nutrition(self, target):
        return 4 * target.size


class Fox(Animal):
    kind = "fox"
    max_energy = 120
    birth_energy = 80
    food = ("rabbit",)

    @staticmethod
    def cost_of_moving():
        return 2

    def nutrition(self, target):
        return 25 + target.energy // 2

    def eat(self):
        # Foxes smell prey on the neighbouring cells too.
        super().eat()
        if self.hungry:
            for d in DIRECTIONS:
                target = self.world.food_at(self.pos + d, self.food)
                if target is not None:
                    self.pos = target.pos
                    self.energy += self.nutrition(target)
                    target.die()
                    return


class World:
    def __init__(self, seed):
        self.rng = Random(seed)
        self.entities = []
        self.by_pos = {}
        self.born = 0

    def spawn(self, entity):
        self.entities.append(entity)
        self.born += 1

    def food_at(self, pos, kinds):
        for e in self.by_pos.get(pos, ()):
            if e.alive and e.kind in kinds:
                return e
        return None

    def reindex(self):
        index = {}
        for e in self.entities:
            index.setdefault(e.pos, []).append(e)
        self.by_pos = index

    def tick(self):
        for e in list(self.entities):
            if e.alive:
                e.step()
        self.entities = [e for e in self.entities if e.alive]
        for _ in range(25 if Plant.count < 1200 else 0):
            self.spawn(Plant(self, Vec(self.rng.next(WIDTH), self.rng.next(HEIGHT))))
        # Migrants arrive when a species is nearly gone, so every class stays busy.
        if Fox.count < 4:
            self.spawn(Fox(self, Vec(self.rng.next(WIDTH), 0), 80))
        if Rabbit.count < 20:
            self.spawn(Rabbit(self, Vec(0, self.rng.next(HEIGHT)), 30))
        self.reindex()

    def census(self):
        counts = {}
        for e in self.entities:
            counts[e.kind] = counts.get(e.kind, 0) + 1
        return counts


def main():
    ticks = int(sys.argv[1]) if len(sys.argv) > 1 else 1400
    world = World(2024)
    for i in range(300):
        world.spawn(Plant(world, Vec(world.rng.next(WIDTH), world.rng.next(HEIGHT))))
    for i in range(120):
        world.spawn(Rabbit(world, Vec(world.rng.next(WIDTH), world.rng.next(HEIGHT)), 30))
    for i in range(15):
        world.spawn(Fox(world, Vec(world.rng.next(WIDTH), world.rng.next(HEIGHT)), 80))
    world.reindex()
    history = 0
    for t in range(ticks):
        world.tick()
        c = world.census()
        history = (history * 31 + c.get("rabbit", 0) * 7 + c.get("fox", 0)) % 1000000007
    c = world.census()
    print("oop_sim(%d): plants %d, rabbits %d, foxes %d, born %d, history %d, live counts %d/%d/%d"
          % (ticks, c.get("plant", 0), c.get("rabbit", 0), c.get("fox", 0), world.born, history,
             Plant.count, Rabbit.count, Fox.count))


main()
