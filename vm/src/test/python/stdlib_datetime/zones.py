# tzinfo subclasses, timezone, aware arithmetic and comparison, astimezone with fixed offsets.
from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC

print(repr(timezone.utc), UTC is timezone.utc, timezone(timedelta(0)) is timezone.utc)
for tz in (timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(hours=5)), timezone.min, timezone.max,
           timezone(timedelta(seconds=-1)), timezone(timedelta(0), "Zulu"),
           timezone(timedelta(microseconds=-5))):
    print(repr(tz), str(tz), tz.utcoffset(None), tz.dst(None), tz.tzname(None), tz.__getinitargs__())
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "x"), timezone.utc == 0)
print(hash(timezone(timedelta(hours=1))) == hash(timedelta(hours=1)))

class Fixed(tzinfo):
    def __init__(self, minutes, name, dst=0):
        self.off = timedelta(minutes=minutes)
        self.name = name
        self.dstoff = timedelta(minutes=dst)
    def utcoffset(self, dt):
        return self.off
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return self.dstoff
    def __repr__(self):
        return f"Fixed({self.name})"

east = Fixed(120, "EAST")
west = Fixed(-300, "WEST", 60)
a = datetime(2020, 6, 1, 12, tzinfo=east)
b = datetime(2020, 6, 1, 5, tzinfo=west)
print(a, b, repr(a), a.utcoffset(), b.dst(), a.tzname(), b.timetuple().tm_isdst)
print(a - b, b - a, a == b, a < b, a == b.astimezone(UTC), hash(a) == hash(a.astimezone(UTC)))
print(a.astimezone(west), b.astimezone(east), a.astimezone(timezone(timedelta(hours=9))))
print(west.fromutc(datetime(2020, 1, 1, tzinfo=west)), a.timestamp(), b.utctimetuple()[:6])
print(time(12, tzinfo=east) == time(10, tzinfo=timezone.utc), time(12, tzinfo=east) < time(11, tzinfo=UTC))
print(time(1, tzinfo=east).utcoffset(), time(1, tzinfo=east).tzname(), time(1).utcoffset())
print(datetime.fromtimestamp(86400 * 365.25, UTC), datetime.fromtimestamp(1.0000005, timezone.utc))
print(datetime.fromtimestamp(-1.5, UTC), datetime.fromtimestamp(1e9, east))
print(datetime(1970, 1, 1, tzinfo=UTC).timestamp(), datetime(2000, 1, 1, 0, 0, 0, 5, east).timestamp())
print(a.replace(tzinfo=None), a.replace(tzinfo=UTC), a.astimezone(a.tzinfo) is a)

naive, aware = datetime(2020, 1, 1), datetime(2020, 1, 1, tzinfo=UTC)
print(naive == aware, naive != aware)
for op in (lambda: naive < aware, lambda: naive - aware, lambda: time(1) < time(1, tzinfo=UTC),
           lambda: timezone(timedelta(hours=24)), lambda: timezone(5), lambda: timezone(timedelta(0), 5),
           lambda: tzinfo().utcoffset(None), lambda: tzinfo().tzname(None), lambda: timezone.utc.utcoffset(5),
           lambda: datetime(2020, 1, 1, tzinfo=5), lambda: UTC.fromutc(naive), lambda: UTC.fromutc(5),
           lambda: east.fromutc(naive), lambda: naive.astimezone(5)):
    try:
        print(op())
    except (TypeError, ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)

class BadOffset(tzinfo):
    def __init__(self, off):
        self.v = off
    def utcoffset(self, dt):
        return self.v
    def tzname(self, dt):
        return self.v

for v in (timedelta(hours=24), 5, timedelta(hours=-25)):
    for op in (lambda: datetime(2020, 1, 1, tzinfo=BadOffset(v)).utcoffset(),
               lambda: datetime(2020, 1, 1, tzinfo=BadOffset(v)).tzname()):
        try:
            print(op())
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
