# __exit__ raising while handling an exception from the with-body: both appear, chained by context.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)
        if exc_type is not None:
            raise RuntimeError(f"cleanup of {self.name} failed")
        return False
with Resource("first"):
    print("working")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
with Resource("second") as r:
    data = {"k": 1}
    print(data["missing"])
print("never")
