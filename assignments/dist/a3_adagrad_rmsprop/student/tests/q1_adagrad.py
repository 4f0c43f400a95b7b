from otter.test_files import test_case

OK_FORMAT = False

name = "q1_adagrad"
points = None

@test_case(points=2, hidden=False)
def test_adagrad(adagrad_step):
    from kernel_checks import check
    check('adagrad', adagrad_step)

