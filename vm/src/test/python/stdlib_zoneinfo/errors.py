# The errors ZoneInfo raises: bad keys, missing zones, bad files, fromutc's checks.
import io
from datetime import datetime, time, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

for key in ["../etc/passwd", "/usr/share/zoneinfo/UTC", "", "Europe/../UTC", "No/Such_Zone", "Europe"]:
    try:
        ZoneInfo(key)
        print(repr(key), "found")
    except ZoneInfoNotFoundError as e:
        print(repr(key), "ZoneInfoNotFoundError", e, isinstance(e, KeyError))
    except ValueError as e:
        print(repr(key), "ValueError", e)
    except (IsADirectoryError, PermissionError) as e:
        print(repr(key), type(e).__name__)

for data in [b"", b"TZif", b"NOPE" + bytes(40)]:
    try:
        ZoneInfo.from_file(io.BytesIO(data))
    except Exception as e:
        print(type(e).__name__, e)

z = ZoneInfo("America/Chicago")
for arg in [None, 0, "2024-01-01", datetime(2024, 1, 1), datetime(2024, 1, 1, tzinfo=timezone.utc),
            datetime(2024, 1, 1, tzinfo=ZoneInfo("UTC"))]:
    try:
        print(z.fromutc(arg))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(z.fromutc(datetime(2024, 1, 1, tzinfo=z)))
print(z.utcoffset(None), z.dst(None), z.tzname(None))
t = time(12, 0, tzinfo=z)
print(t.utcoffset(), t.dst(), t.tzname())
u = time(12, 0, tzinfo=ZoneInfo("Etc/GMT+5"))
print(u.utcoffset(), u.dst(), u.tzname(), u.isoformat())
try:
    z.utcoffset(0)
except AttributeError as e:
    print("AttributeError", e)
try:
    ZoneInfo.from_file(io.BytesIO(b""), "k", "extra")
except TypeError:
    print("TypeError for too many arguments")
try:
    ZoneInfo.clear_cache(["Europe/Paris"])
except TypeError:
    print("TypeError: only_keys is keyword-only")
