print(round(1e300))
print(round(float("inf")))
