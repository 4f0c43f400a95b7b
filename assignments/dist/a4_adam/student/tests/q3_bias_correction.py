from otter.test_files import test_case

OK_FORMAT = False

name = "q3_bias_correction"
points = None

@test_case(points=2, hidden=False)
def test_adam_bias_correction(adam_step):
    from kernel_checks import check
    check('adam_bias_correction', adam_step)

