# tier: 1  area: errors
print("before")
print(undefined_name)
