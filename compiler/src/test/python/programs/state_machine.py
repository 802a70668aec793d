from enum import Enum, auto
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()
TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "finish"): State.DONE,
}
class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.history = [self.state.name]
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise ValueError(f"cannot {event} while {self.state.name}")
        self.state = TRANSITIONS[key]
        self.history.append(self.state.name)
        return self
m = Machine()
m.fire("start").fire("pause").fire("resume").fire("finish")
print(m.history)
try:
    m.fire("start")
except ValueError as e:
    print("ValueError:", e)
print([s.name for s in State], State.RUNNING.value, State(3), State["DONE"])
print(State.IDLE is State.IDLE, isinstance(State.IDLE, State), len(State))
