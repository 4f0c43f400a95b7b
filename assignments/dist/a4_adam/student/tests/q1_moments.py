from otter.test_files import test_case

OK_FORMAT = False

name = "q1_moments"
points = None

@test_case(points=2, hidden=False)
def test_adam_moments(adam_step):
    from kernel_checks import check
    check('adam_moments', adam_step)

