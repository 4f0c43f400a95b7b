from otter.test_files import test_case

OK_FORMAT = False

name = "q5_minibatches"
points = None

@test_case(points=0, hidden=False)
def test_minibatches(minibatch_indices):
    from kernel_checks import check_minibatches
    check_minibatches(minibatch_indices)

@test_case(points=1, hidden=True)
def test_minibatches_graded(minibatch_indices):
    import importlib.util as iu, os, sys
    here = os.path.abspath(sys._getframe().f_code.co_filename)
    path = os.path.join(os.path.dirname(os.path.dirname(here)), 'kernel_checks.py')
    spec = iu.spec_from_file_location('_autograder_checks', path)
    kc = iu.module_from_spec(spec)
    spec.loader.exec_module(kc)
    kc.check_minibatches(minibatch_indices)

