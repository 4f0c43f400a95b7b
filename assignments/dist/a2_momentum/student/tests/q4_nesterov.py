from otter.test_files import test_case

OK_FORMAT = False

name = "q4_nesterov"
points = None

@test_case(points=1, hidden=False)
def test_nesterov(sgd_step):
    from kernel_checks import check
    check('nesterov', sgd_step)

