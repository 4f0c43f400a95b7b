from otter.test_files import test_case

OK_FORMAT = False

name = "q5_rmsprop_centered"
points = None

@test_case(points=1, hidden=False)
def test_rmsprop_centered(rmsprop_step):
    from kernel_checks import check
    check('rmsprop_centered', rmsprop_step)

