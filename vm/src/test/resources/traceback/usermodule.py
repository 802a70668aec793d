class CustomError(Exception):
    pass
CustomError.__module__ = "pkg.errors"
raise CustomError("custom", 42)
