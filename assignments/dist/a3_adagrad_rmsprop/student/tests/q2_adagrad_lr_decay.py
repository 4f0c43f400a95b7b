from otter.test_files import test_case

OK_FORMAT = False

name = "q2_adagrad_lr_decay"
points = None

@test_case(points=1, hidden=False)
def test_adagrad_lr_decay(adagrad_step):
    from kernel_checks import check
    check('adagrad_lr_decay', adagrad_step)

