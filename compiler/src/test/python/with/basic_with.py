class CM:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} {et.__name__ if et else None}")
        return False
log = []
with CM("a", log) as a:
    log.append(f"body {a.name}")
print(log)
log = []
with CM("x", log), CM("y", log) as y:
    log.append("body " + y.name)
print(log)
log = []
try:
    with CM("err", log):
        raise ValueError("boom")
except ValueError as e:
    log.append(f"caught {e}")
print(log)
log = []
with CM("outer", log):
    with CM("inner", log):
        log.append("deep")
print(log)
log = []
with (CM("p1", log) as p1,
      CM("p2", log) as p2):
    log.append(p1.name + p2.name)
print(log)
