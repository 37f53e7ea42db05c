# tier: 1  area: exceptions
# An exception raised while handling another carries it as context ("During handling ...").
def cleanup():
    raise RuntimeError("cleanup failed")

try:
    raise KeyError("first")
except KeyError:
    print("handling")
    cleanup()
