# NameError with a suggestion for a similar local name, in a nested function.
def make_counter(start):
    counter_value = start
    def step(by):
        nonlocal counter_value
        counter_value += by
        return counter_value
    return step
def run():
    stepper = make_counter(10)
    results = []
    for i in range(3):
        results.append(stepper(i))
    print(results)
    total_results = sum(results)
    print(total_result)
print("start")
values = [1, 2, 3]
print(values)
print(len(values))
print(max(values))
print(min(values))
print("running")
run()
