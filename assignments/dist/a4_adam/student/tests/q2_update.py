from otter.test_files import test_case

OK_FORMAT = False

name = "q2_update"
points = None

@test_case(points=2, hidden=False)
def test_adam_update(adam_step):
    from kernel_checks import check
    check('adam_update', adam_step)

