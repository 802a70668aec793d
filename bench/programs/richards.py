# richards [COUNT]: an operating-system task scheduler in the manner of Martin Richards' benchmark:
# an idle task, a worker, two handlers and two devices pass packets through priority-ordered
# task queues. Measures attribute access, method calls, virtual dispatch and linked lists.
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        """Put this packet at the end of queue (a chain of packets, or None); return the head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.waiting = queue is None
        self.next = None
        scheduler.add(self)

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take(self):
        packet = self.queue
        self.queue = packet.link
        self.waiting = False
        return packet

    def run(self, packet):
        raise NotImplementedError


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.first = None
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def add(self, task):
        self.tasks[task.ident] = task
        # Keep the chain ordered by falling priority.
        if self.first is None or task.priority > self.first.priority:
            task.next = self.first
            self.first = task
            return
        t = self.first
        while t.next is not None and t.next.priority >= task.priority:
            t = t.next
        task.next = t.next
        t.next = task

    def run(self):
        task = self.first
        while task is not None:
            if not task.runnable():
                task = task.next
                continue
            packet = task.take() if task.waiting else None
            self.current = task
            task = task.run(packet)

    # The system calls a task makes; each answers the task to run next.
    def wait(self):
        self.current.waiting = True
        return self.current

    def hold(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        return task if task.priority > self.current.priority else self.current

    def send(self, packet):
        target = self.tasks[packet.ident]
        self.queue_count += 1
        packet.ident = self.current.ident
        was_empty = target.queue is None
        target.queue = packet.append_to(target.queue)
        if was_empty and target.priority > self.current.priority:
            return target
        return self.current


class IdleTask(Task):
    def __init__(self, scheduler, count):
        super().__init__(scheduler, IDLE, 0, None)
        self.waiting = False
        self.count = count
        self.seed = 1

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold()
        # A linear-feedback shift register picks which device to wake.
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.scheduler.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, queue):
        super().__init__(scheduler, WORKER, 1000, queue)
        self.destination = HANDLER_B
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.scheduler.wait()
        self.destination = HANDLER_A if self.destination == HANDLER_B else HANDLER_B
        packet.ident = self.destination
        packet.datum = 0
        for i in range(4):
            self.letter = self.letter % 26 + 1
            packet.data[i] = self.letter
        return self.scheduler.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            if work.datum >= 4:
                self.work = work.link
                return self.scheduler.send(work)
            device = self.devices
            if device is not None:
                self.devices = device.link
                device.datum = work.data[work.datum]
                work.datum += 1
                return self.scheduler.send(device)
        return self.scheduler.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None)
        self.pending = None
        self.output = 0

    def run(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.scheduler.wait()
            self.pending = None
            return self.scheduler.send(pending)
        self.pending = packet
        self.output = (self.output * 31 + packet.datum) % 1000003
        return self.scheduler.hold()


def simulate(count):
    s = Scheduler()
    IdleTask(s, count)
    work = Packet(None, WORKER, KIND_WORK)
    work = Packet(work, WORKER, KIND_WORK)
    WorkerTask(s, work)
    queue = None
    for _ in range(3):
        queue = Packet(queue, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, queue)
    queue = None
    for _ in range(3):
        queue = Packet(queue, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, queue)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.run()
    return s.queue_count, s.hold_count, s.tasks[DEVICE_A].output, s.tasks[DEVICE_B].output


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
    queued, held, out_a, out_b = simulate(count)
    print("richards(%d): %d packets queued, %d holds, device outputs %d %d" % (count, queued, held, out_a, out_b))


main()
