from collections import deque
import random
rng = random.Random(12345)
queue = deque()
served = []
waits = []
clock = 0
for tick in range(30):
    if rng.random() < 0.6:
        queue.append(tick)
    if tick % 2 == 0 and queue:
        arrived = queue.popleft()
        served.append(arrived)
        waits.append(tick - arrived)
print("served", len(served), "left", len(queue))
print("max wait", max(waits), "avg wait", round(sum(waits) / len(waits), 3))
print(rng.randint(1, 100), rng.choice("abcdef"), rng.sample(range(10), 3))
lst = list(range(8))
rng.shuffle(lst)
print(lst)
