# Pickles of the C types' form (bytes state) and round trips at every protocol.
import copy
import pickle
import pickletools
from datetime import date, datetime, time, timedelta, timezone, tzinfo

print(date(2020, 1, 2).__reduce__(), time(1, 2, 3, 4).__reduce__(), timedelta(1, 2, 3).__reduce__())
print(datetime(2020, 1, 2, 3, 4, 5, 6, fold=1).__reduce_ex__(2), datetime(2020, 1, 2, fold=1).__reduce_ex__(4))
print(time(1, fold=1).__reduce_ex__(4), time(1, tzinfo=timezone.utc).__reduce_ex__(2))
print(timezone.utc.__reduce__(), timezone(timedelta(hours=1), "x").__reduce__())
print(date(2020, 1, 1).isocalendar().__reduce__())
print(pickle.dumps(date(2020, 1, 2), 2))
print(pickle.dumps(datetime(2020, 1, 2, 3, 4, 5, 6, fold=1), 4))
pickletools.dis(pickle.dumps(time(23, 59, tzinfo=timezone.utc), 3))

class Offset(tzinfo):
    def __init__(self, minutes=0):
        self.m = minutes
    def utcoffset(self, dt):
        return timedelta(minutes=self.m)
    def __repr__(self):
        return f"Offset({self.m})"

class Stamp(datetime):
    pass

values = [timedelta(-3, 5, 7), date(1, 1, 1), date(9999, 12, 31), time(23, 59, 59, 999999, fold=1),
          datetime(2020, 2, 29, 1, 2, 3, 4, tzinfo=timezone(timedelta(hours=-7), "PDT"), fold=1),
          timezone.utc, timezone.min, datetime(2000, 1, 1, tzinfo=Offset(90)),
          Stamp(2001, 2, 3, 4, 5), time(4, tzinfo=Offset(-60)), date(2020, 1, 1).isocalendar()]
for v in values:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(v, proto))
        assert back == v and type(back) is type(v) or type(v).__name__ == "IsoCalendarDate", (v, proto)
        if hasattr(v, "fold"):
            assert back.fold == (v.fold if proto >= 4 else 0), (v, proto)
    print(repr(pickle.loads(pickle.dumps(v))), repr(copy.copy(v)), repr(copy.deepcopy(v)))
print(pickle.loads(pickle.dumps(timezone.utc)) is timezone.utc)
print(repr(date(b"\x07\xe4\x01\x02")), repr(datetime(b"\x07\xe4\x81\x02\x03\x04\x05\x00\x00\x06")))
print(repr(time(b"\x81\x02\x03\x00\x00\x07", timezone.utc)), repr(date("\x07\xe4\x01\x02")))
for bad in (lambda: time(b"\x01\x02\x03\x00\x00\x07", 5), lambda: datetime(b"\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06", 1)):
    try:
        bad()
    except TypeError as e:
        print(e)
