# strptime through _strptime, constructor checks and their messages.
from datetime import date, datetime, time, timedelta, timezone

print(repr(datetime.strptime("2021-07-04 13:14:15.5", "%Y-%m-%d %H:%M:%S.%f")))
print(repr(datetime.strptime("04/07/21 +0530", "%d/%m/%y %z")), repr(datetime.strptime("UTC 2020", "%Z %Y")))
print(repr(datetime.strptime("2020 10 3", "%Y %W %w")), repr(datetime.strptime("Mar 1 2024", "%b %d %Y")))
try:
    datetime.strptime("2020-13", "%Y-%m")
except ValueError as e:
    print(e)

checks = [
    lambda: date(0, 1, 1), lambda: date(2020, 13, 1), lambda: date(2019, 2, 29), lambda: date(2020, 1, 0),
    lambda: date(2.0, 1, 1), lambda: date("2020", 1, 1), lambda: date(2020), lambda: date(2020, 1, 1, 1),
    lambda: date(2020, 1, x=1), lambda: date(2020, 1, 2**40), lambda: time(24), lambda: time(0, 60),
    lambda: time(0, 0, 60), lambda: time(0, 0, 0, 10**6), lambda: time(fold=2), lambda: time(tzinfo=1),
    lambda: time(1, 2, 3, 4, None, 5), lambda: datetime(2020, 1), lambda: datetime(2020, 1, 1, -1),
    lambda: timedelta(days=1e9), lambda: timedelta(days=10**20), lambda: timedelta(days="1"),
    lambda: timedelta(seconds=float("nan")), lambda: timedelta(hours=float("inf")),
    lambda: timedelta(days=-999999999, microseconds=-1), lambda: date.fromordinal(0),
    lambda: date.fromordinal(3652060), lambda: date.fromisoformat(5), lambda: date.fromisocalendar(2020, 54, 1),
    lambda: date.fromisocalendar(2020, 5, 8), lambda: date.fromisocalendar(0, 5, 1),
    lambda: date.fromisocalendar(2020, 2**40, 1), lambda: date(2020, 1, 1).replace(month=13),
    lambda: date(2020, 1, 1).replace(1, 2, 3, 4), lambda: time(1).replace(x=1), lambda: time(1).isoformat("x"),
    lambda: datetime(2020, 1, 1).isoformat(timespec="days"), lambda: datetime.combine(1, time()),
    lambda: datetime.combine(date.today(), 1), lambda: datetime.fromtimestamp(float("nan")),
    lambda: datetime.fromtimestamp(1e20), lambda: datetime.fromtimestamp(0, 1),
    lambda: date.fromtimestamp("x"), lambda: date(2020, 1, 1).strftime(5),
    lambda: timedelta(1) * "x", lambda: timedelta(1) / "x",
]
for check in checks:
    try:
        print(repr(check()))
    except Exception as e:
        print(type(e).__name__, e)
print(date.today() <= date.today() + timedelta(1), isinstance(datetime.now(), date))
print(type(datetime.now(timezone.utc).tzinfo).__name__, datetime.now(timezone(timedelta(hours=3))).utcoffset())
