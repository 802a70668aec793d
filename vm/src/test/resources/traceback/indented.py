class A:
    def method(self):
        if True:
            for i in range(1):
                return self.items[i]

A().method()
