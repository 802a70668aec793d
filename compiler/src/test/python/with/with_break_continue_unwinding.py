class CM:
    def __init__(self, n, log):
        self.n, self.log = n, log
    def __enter__(self):
        self.log.append(f"+{self.n}")
        return self.n
    def __exit__(self, *e):
        self.log.append(f"-{self.n}")
def loops():
    log = []
    total = 0
    for i in range(6):
        with CM(i, log) as v:
            if v == 1:
                continue
            if v == 4:
                break
            total += v
    log.append(f"total {total}")
    return log
print(loops())
def nested_loops():
    log = []
    for i in range(3):
        with CM(f"o{i}", log):
            for j in range(3):
                with CM(f"i{j}", log):
                    if j == 1:
                        break
            if i == 1:
                continue
            log.append(f"end {i}")
    return log
print(nested_loops())
def while_with():
    log = []
    n = 0
    while True:
        n += 1
        with CM(n, log):
            try:
                if n == 3:
                    break
            finally:
                log.append(f"f{n}")
    return log
print(while_with())
