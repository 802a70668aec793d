# timedelta normalisation and arithmetic; date and datetime arithmetic.
from datetime import date, datetime, time, timedelta, timezone

td = timedelta(days=1, hours=25, minutes=-1, seconds=3.5, microseconds=-7, weeks=1)
print(repr(td), str(td), td.days, td.seconds, td.microseconds)
print(repr(timedelta(-1)), str(timedelta(microseconds=-1)), repr(timedelta()))
print(timedelta(seconds=1.5e-6), timedelta(seconds=2.5e-6), timedelta(microseconds=-0.5))
print(timedelta(milliseconds=0.0015), timedelta(days=0.1, hours=0.3))
print(timedelta.min, timedelta.max, timedelta.resolution)
a, b = timedelta(hours=5, microseconds=3), timedelta(minutes=7)
print(a + b, a - b, b - a, -a, +a, abs(-a))
print(a * 3, 3 * a, a * 0.5, a / 2, a / 3, a / 2.5, a // 7, a // b, a / b)
print(a % b, divmod(a, b), divmod(-a, b))
print(timedelta(microseconds=3) / 2, timedelta(microseconds=5) / 2, timedelta(1) * 1.1)
print(a.total_seconds(), timedelta(days=10**6).total_seconds())
print(a == timedelta(seconds=18000, microseconds=3), a != b, a > b, a <= b, bool(timedelta(0)))
print(hash(a) == hash(timedelta(0, 18000, 3)), a == 5, a != "x")

d = date(2020, 2, 28)
print(d + timedelta(1), d + timedelta(2), timedelta(days=400) + d, d - timedelta(59))
print(d - date(2019, 2, 28), date(2021, 1, 1) - d, d + timedelta(hours=47))
print(d.toordinal(), date.fromordinal(737483), d.weekday(), d.isoweekday())
print(d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week)
print(date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar(), date(2026, 1, 1).isocalendar())
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2004, 1, 1))

dt = datetime(2020, 12, 31, 23, 59, 59, 999999)
print(dt + timedelta(microseconds=1), dt - timedelta(days=366, microseconds=-1))
print(dt - datetime(2020, 1, 1), datetime(2020, 1, 1) - dt)
print(datetime.combine(d, time(12, 30)), datetime.combine(d, time(1, tzinfo=timezone.utc)))
print(dt.date(), dt.time(), dt.timetz(), dt.toordinal())
print(max(date(2020, 1, 1), date(2019, 5, 5)), sorted([time(3), time(1, 59), time(2)]))
print(date(2020, 1, 1) == datetime(2020, 1, 1), date(2020, 1, 1) != datetime(2020, 1, 1))

class MyDate(date):
    pass

class MyDateTime(datetime):
    pass

m = MyDate(2020, 1, 1)
print(type(m + timedelta(1)).__name__, type(m - timedelta(1)).__name__, type(m.replace(day=9)).__name__)
print(repr(m), repr(MyDateTime(2020, 1, 1, 5) + timedelta(hours=1)))
print(type(MyDateTime.fromordinal(5)).__name__, type(MyDate.fromisoformat("2020-01-01")).__name__)
for op in (lambda: date.max + timedelta(1), lambda: datetime.min - timedelta(1),
           lambda: timedelta.max + timedelta(1), lambda: timedelta(1) / 0,
           lambda: timedelta(1) // 0, lambda: timedelta(1) % timedelta(0),
           lambda: date(2020, 1, 1) + date(2020, 1, 1), lambda: timedelta(1) + 1,
           lambda: datetime(2020, 1, 1) - date(2020, 1, 1), lambda: timedelta(1) < 1,
           lambda: date(2020, 1, 1) < datetime(2020, 1, 1)):
    try:
        print(op())
    except (TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
