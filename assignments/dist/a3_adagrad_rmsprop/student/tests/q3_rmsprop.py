from otter.test_files import test_case

OK_FORMAT = False

name = "q3_rmsprop"
points = None

@test_case(points=2, hidden=False)
def test_rmsprop(rmsprop_step):
    from kernel_checks import check
    check('rmsprop', rmsprop_step)

