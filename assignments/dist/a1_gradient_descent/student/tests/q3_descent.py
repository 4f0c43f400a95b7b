from otter.test_files import test_case

OK_FORMAT = False

name = "q3_descent"
points = None

@test_case(points=1, hidden=False)
def test_descent(gradient_descent):
    from kernel_checks import check_descent
    check_descent(gradient_descent)

