from otter.test_files import test_case

OK_FORMAT = False

name = "q6_slows_down"
points = None

@test_case(points=1, hidden=False)
def test_slows_down(slows_down):
    from kernel_checks import check_choice
    check_choice('slows_down', slows_down, 'adagrad', {'adagrad', 'rmsprop'}, 'which denominator is a sum that only grows, and which is a leaky average that forgets old gradients?')

