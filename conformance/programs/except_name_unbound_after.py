# tier: 1  area: exceptions
# The name bound by 'except ... as e' is deleted when the handler ends.
try:
    raise ValueError("v")
except ValueError as e:
    print("inside", e)
print("after")
print(e)
