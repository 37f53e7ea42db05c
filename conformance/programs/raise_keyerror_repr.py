# tier: 1  area: exceptions
# KeyError shows the repr of its one argument.
def lookup(k):
    if k != 1:
        raise KeyError("missing")
    return 10

print(lookup(1))
print(lookup(2))
