# Two interpreters pass shareable objects through an _interpqueues queue.
import _interpreters
import _interpqueues

SETUP = """
import _interpqueues

class Queue:
    def __init__(self, id):
        self._id = id

    @property
    def id(self):
        return self._id

class Empty(Exception):
    pass

class Full(Exception):
    pass

_interpqueues._register_heap_types(Queue, Empty, Full)
"""
exec(SETUP)

qid = _interpqueues.create(2, 0, 1)
_interpqueues.bind(qid)
print("defaults", _interpqueues.get_queue_defaults(qid), "maxsize", _interpqueues.get_maxsize(qid))

interp = _interpreters.create()
print(_interpreters.exec(interp, SETUP))
print(_interpreters.exec(interp, """
import _interpqueues
_interpqueues.put(q.id, ("hello", 42, 2.5, b"raw", None, True), 0, 1)
_interpqueues.put(q.id, type(q).__name__ + " " + str(q.id), 0, 1)
""", {"q": Queue(qid)}))

print("count", _interpqueues.get_count(qid), "full", _interpqueues.is_full(qid))
try:
    _interpqueues.put(qid, "one too many", 0, 1)
except Full as e:
    print("Full:", e)
print(_interpqueues.get(qid))
print(_interpqueues.get(qid))
try:
    _interpqueues.get(qid)
except Empty as e:
    print("Empty:", e)

try:
    _interpqueues.put(qid, [1, 2], 0, 1)
except _interpreters.NotShareableError as e:
    print("NotShareableError:", e)
try:
    _interpqueues.create(0, 0, 7)
except ValueError as e:
    print("ValueError:", e)

# A queue handle crosses as its id and arrives as the receiver's own class.
r = _interpreters.exec(interp, "raise RuntimeError(type(q).__module__ + ' ' + str(q.id == qid))",
                       {"q": Queue(qid), "qid": qid})
print(r.type.__name__, r.msg)

# What arrives is a new object, even in the interpreter that sent it.
orig = b"spam and eggs"
_interpqueues.put(qid, (orig, "text"), 0, 1)
got, fmt, unbound = _interpqueues.get(qid)
print(got == (orig, "text"), got[0] is orig)

_interpqueues.release(qid)
try:
    _interpqueues.get_count(qid)
except _interpqueues.QueueNotFoundError as e:
    print("QueueNotFoundError:", e)
unbound_qid = _interpqueues.create(0, 0, 3)
try:
    _interpqueues.release(unbound_qid)
except _interpqueues.QueueError as e:
    print("QueueError:", e)
print(issubclass(_interpqueues.QueueNotFoundError, _interpqueues.QueueError),
      issubclass(_interpqueues.QueueError, RuntimeError))
_interpreters.destroy(interp)
