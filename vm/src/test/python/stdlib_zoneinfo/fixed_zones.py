# Zones of one offset: None arguments answer, Etc zones' inverted signs, time objects.
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

for key in ["UTC", "Etc/UTC", "Etc/GMT+5", "Etc/GMT-14", "Asia/Kolkata", "America/Phoenix",
            "Asia/Kathmandu", "Pacific/Chatham"]:
    z = ZoneInfo(key)
    now = datetime(2024, 6, 1, 12, 0, tzinfo=z)
    print(f"{key:16} None: {z.utcoffset(None)!s:>9} {z.dst(None)} {z.tzname(None)}"
          f" | 2024-06: {now.utcoffset()} {now.dst()} {now.tzname()} | {time(8, tzinfo=z).isoformat()}")

# Arithmetic across zones: the same instant, compared and subtracted.
ny = datetime(2024, 3, 10, 1, 59, tzinfo=ZoneInfo("America/New_York"))
after = ny + timedelta(minutes=2)
print(after, after.utcoffset(), after - ny, after.astimezone(timezone.utc) - ny.astimezone(timezone.utc))
tokyo = ny.astimezone(ZoneInfo("Asia/Tokyo"))
print(tokyo, tokyo == ny, hash(tokyo) == hash(ny), tokyo.tzinfo.key)
print(sorted([datetime(2024, 1, 1, tzinfo=ZoneInfo(k)) for k in ["Asia/Tokyo", "UTC", "America/Denver"]]))
print(datetime.fromtimestamp(0, ZoneInfo("Europe/Moscow")), datetime.fromtimestamp(2**31, ZoneInfo("Asia/Tehran")))
print(datetime(1, 1, 1, tzinfo=ZoneInfo("Asia/Tokyo")).utcoffset(), datetime.max.replace(tzinfo=ZoneInfo("America/Lima")).tzname())
print(datetime(2024, 6, 1, tzinfo=ZoneInfo("Europe/Berlin")).strftime("%Z %z"), ZoneInfo("UTC").fromutc(datetime(2024, 1, 1, tzinfo=ZoneInfo("UTC"))))
