# tier: 1  area: exceptions
# raise ... from None hides the exception being handled.
try:
    pass
except Exception:
    pass
try:
    1 // 0
except ZeroDivisionError:
    raise RuntimeError("hidden") from None
