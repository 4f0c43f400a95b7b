from otter.test_files import test_case

OK_FORMAT = False

name = "q1_step"
points = None

@test_case(points=2, hidden=False)
def test_gd_step(sgd_step):
    from kernel_checks import check
    check('gd_step', sgd_step)

