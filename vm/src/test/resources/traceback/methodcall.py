class C:
    def run(self, n):
        return 10 / n

obj = C()
result = obj.run(0)
