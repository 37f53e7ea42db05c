# tier: 1  area: exceptions
# An exception kept after its handler and raised again keeps its traceback and gains the new raise.
def g():
    raise ValueError("v")

try:
    g()
except ValueError as e:
    err = e
print("saved")
raise err
