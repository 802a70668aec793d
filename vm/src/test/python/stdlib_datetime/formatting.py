# repr, str, isoformat / fromisoformat round trips, ctime, strftime and format().
from datetime import date, datetime, time, timedelta, timezone

dt = datetime(2021, 3, 4, 5, 6, 7, 8900, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
print(repr(dt), str(dt))
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    print(spec, dt.isoformat(timespec=spec), dt.time().isoformat(spec), datetime(2021, 1, 1).isoformat(" ", spec))
print(dt.isoformat(sep="_"), dt.timetz().isoformat(), repr(dt.timetz()))
print(repr(time(1)), repr(time(1, 2, 3)), repr(time(1, 2, 0, 4)), repr(time(1, fold=1)))
print(repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 0, 0, 5)), repr(datetime(1, 1, 1, fold=1)))
print(repr(date.min), repr(date.max), datetime.min, datetime.max, time.min, time.max)

samples = ["2020-01-02", "20200102", "2020-W01", "2020-W01-3", "2020W013", "2020-W53-7"]
for s in samples:
    print(s, date.fromisoformat(s))
samples = ["2020-01-02T03:04", "2020-01-02 03:04:05.6", "2020-01-02T03:04:05,123456789",
           "2020-01-02T03", "20200102T030405", "2020-01-02T03:04:05Z", "2020-01-02T03:04+05:30",
           "2020-01-02T03:04:05-0800", "2020-01-02T03:04:05.5+01:02:03.000004", "2020-01-02"]
for s in samples:
    v = datetime.fromisoformat(s)
    print(s, repr(v), datetime.fromisoformat(v.isoformat()) == v)
for s in ["12", "1230", "T12:30:45.5", "12:30:45+00:00", "12:30:45.123-02"]:
    print(s, repr(time.fromisoformat(s)))
for bad in ["2020-1-02", "2020-01-02T", "2020-01-02T03:04:05 ", "x", "2020-W54", "12:3"]:
    for cls in (date, datetime, time):
        try:
            cls.fromisoformat(bad)
        except ValueError as e:
            print(cls.__name__, e)
for bad in ["2020-13-01", "2020-01-01T25:00", "2020-01-01T12:00+24:00"]:
    try:
        datetime.fromisoformat(bad)
    except ValueError as e:
        print(e)

print(date(2002, 3, 11).ctime(), datetime(2002, 3, 1, 12, 5, 6).ctime())
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %z %:z %Z %j %a %A %b %B %p %%z %%f"))
print(date(2020, 5, 17).strftime("%d/%m/%y %z|%Z|%f %U %W %V %G"))
print(time(13, 5, 1, 20).strftime("%H %I %M %S %f %p %Y"))
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(seconds=5445, microseconds=6))).strftime("%z %:z"))
print(f"{dt:%Y %B}", format(date(2020, 1, 1), ""), format(time(5), "%H"), "{:%d}".format(date(1, 1, 9)))
print(datetime(2020, 1, 1, tzinfo=timezone.utc).strftime("%Z"), datetime(2020, 1, 1).strftime("%Z%z."))
tz = timezone(timedelta(hours=1), "A%B")
print(datetime(2020, 1, 1, tzinfo=tz).strftime("[%Z]"), str(tz), repr(tz))
print(d := date(2020, 1, 1), d.timetuple()[:], datetime(2020, 1, 1, 5, tzinfo=timezone.utc).utctimetuple()[:])
try:
    date(2020, 1, 1).__format__(1)
except TypeError as e:
    print(e)
