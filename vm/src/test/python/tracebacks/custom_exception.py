# A user-defined exception class with __str__ and extra attributes escapes.
class HTTPError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
    def __str__(self):
        return f"{self.status} {self.reason}"
class NotFound(HTTPError):
    def __init__(self, path):
        super().__init__(404, f"Not Found: {path}")
routes = {"/": "index", "/about": "about page"}
def handle(path):
    if path not in routes:
        raise NotFound(path)
    return routes[path]
for p in ("/", "/about"):
    print(p, "->", handle(p))
try:
    handle("/missing")
except HTTPError as e:
    print("handled:", e, e.status)
print("unhandled next")
handle("/nowhere")
