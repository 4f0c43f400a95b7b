from otter.test_files import test_case

OK_FORMAT = False

name = "q5_minibatches"
points = None

@test_case(points=1, hidden=False)
def test_minibatches(minibatch_indices):
    from kernel_checks import check_minibatches
    check_minibatches(minibatch_indices)

