# tier: 1  area: exceptions
# A bare raise in a function called from a handler re-raises the handled exception; its frame adds no traceback entry.
def helper():
    raise

def f():
    try:
        1 / 0
    except ZeroDivisionError:
        helper()

f()
