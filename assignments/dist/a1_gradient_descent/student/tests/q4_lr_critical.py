from otter.test_files import test_case

OK_FORMAT = False

name = "q4_lr_critical"
points = None

@test_case(points=1, hidden=False)
def test_lr_critical(lr_critical):
    from kernel_checks import check_answer_format
    check_answer_format('lr_critical', lr_critical, 'number')

