# _uuid and uuid.uuid1: time-based UUIDs from libuuid (shapes only: the values change).
import _uuid
import uuid

print(_uuid.has_uuid_generate_time_safe)
raw, safe = _uuid.generate_time_safe()
print(type(raw).__name__, len(raw), safe in (0, -1))
u = uuid.UUID(bytes=raw)
print(u.version, u.variant)
a, b = uuid.uuid1(), uuid.uuid1()
print(a != b, a.version, b.version, a.is_safe in (uuid.SafeUUID.safe, uuid.SafeUUID.unsafe))
print(a.node == b.node, isinstance(uuid.getnode(), int), 0 <= uuid.getnode() < 2 ** 48)
c = uuid.uuid1(node=0x123456789ABC, clock_seq=0x1234)
print(hex(c.node), hex(c.clock_seq), c.version)
try:
    _uuid.generate_time_safe(1)
except TypeError:
    print("TypeError")
