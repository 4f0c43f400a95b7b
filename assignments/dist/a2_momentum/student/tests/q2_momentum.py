from otter.test_files import test_case

OK_FORMAT = False

name = "q2_momentum"
points = None

@test_case(points=2, hidden=False)
def test_momentum(sgd_step):
    from kernel_checks import check
    check('momentum', sgd_step)

