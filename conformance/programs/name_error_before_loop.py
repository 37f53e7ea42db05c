# tier: 1  area: errors
# Regression (found by the JIT fuzzing engine): code after an op that always raises was lowered
# with missing values and crashed py-to-arith; the loop after the NameError is unreachable.
print(m48)
for i1 in range(1):
    pass
