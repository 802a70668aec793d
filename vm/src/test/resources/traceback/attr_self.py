class Engine:
    def __init__(self):
        self._speed = 0
        self.speedy = 1

    def go(self):
        return self.speed

Engine().go()
