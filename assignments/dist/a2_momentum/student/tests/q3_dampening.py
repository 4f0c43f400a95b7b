from otter.test_files import test_case

OK_FORMAT = False

name = "q3_dampening"
points = None

@test_case(points=1, hidden=False)
def test_dampening(sgd_step):
    from kernel_checks import check
    check('dampening', sgd_step)

