from otter.test_files import test_case

OK_FORMAT = False

name = "q4_weight_decay"
points = None

@test_case(points=1, hidden=False)
def test_adam_weight_decay(adam_step):
    from kernel_checks import check
    check('adam_weight_decay', adam_step)

