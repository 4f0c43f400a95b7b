from otter.test_files import test_case

OK_FORMAT = False

name = "q6_slows_down"
points = None

@test_case(points=1, hidden=False)
def test_slows_down(slows_down):
    from kernel_checks import check_answer_format
    check_answer_format('slows_down', slows_down, 'choice', {'adagrad', 'rmsprop'})

