# tier: 1  area: errors
print("a")
missing_function(1, 2)
