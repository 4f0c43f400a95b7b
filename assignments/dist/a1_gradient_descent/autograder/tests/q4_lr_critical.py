from otter.test_files import test_case

OK_FORMAT = False

name = "q4_lr_critical"
points = None

@test_case(points=1, hidden=False)
def test_lr_critical(lr_critical):
    from kernel_checks import check_value
    check_value('lr_critical', lr_critical, 0.5, 0.02, 'the y coordinate is multiplied by (1 − 4η) at every step; for which η does |1 − 4η| reach 1?')

