from collections import defaultdict
class EventBus:
    def __init__(self):
        self.handlers = defaultdict(list)
        self.log = []
    def on(self, event, *, priority=0):
        def register(fn):
            self.handlers[event].append((priority, fn))
            self.handlers[event].sort(key=lambda p: -p[0])
            return fn
        return register
    def emit(self, event, **payload):
        results = []
        for prio, fn in self.handlers.get(event, []):
            try:
                r = fn(**payload)
            except StopProcessing as s:
                self.log.append(f"{event}: stopped by {fn.__name__} ({s})")
                break
            except Exception as e:
                self.log.append(f"{event}: {fn.__name__} failed with {type(e).__name__}")
                continue
            results.append(r)
        return results
class StopProcessing(Exception):
    pass
bus = EventBus()
@bus.on("save", priority=10)
def validate(doc):
    if not doc.get("title"):
        raise StopProcessing("no title")
    return "valid"
@bus.on("save")
def store(doc):
    return f"stored {doc['title']}"
@bus.on("save", priority=5)
def broken(doc):
    return doc["missing"]
print(bus.emit("save", doc={"title": "T"}))
print(bus.emit("save", doc={}))
print(bus.emit("unknown"))
print(bus.log)
