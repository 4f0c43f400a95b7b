from otter.test_files import test_case

OK_FORMAT = False

name = "q4_rmsprop_momentum"
points = None

@test_case(points=1, hidden=False)
def test_rmsprop_momentum(rmsprop_step):
    from kernel_checks import check
    check('rmsprop_momentum', rmsprop_step)

