# tier: 1  area: exceptions
print("before")
raise
