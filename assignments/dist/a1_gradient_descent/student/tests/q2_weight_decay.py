from otter.test_files import test_case

OK_FORMAT = False

name = "q2_weight_decay"
points = None

@test_case(points=1, hidden=False)
def test_gd_weight_decay(sgd_step):
    from kernel_checks import check
    check('gd_weight_decay', sgd_step)

