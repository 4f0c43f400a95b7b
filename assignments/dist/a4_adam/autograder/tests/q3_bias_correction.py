from otter.test_files import test_case

OK_FORMAT = False

name = "q3_bias_correction"
points = None

@test_case(points=0, hidden=False)
def test_adam_bias_correction(adam_step):
    from kernel_checks import check
    check('adam_bias_correction', adam_step)

@test_case(points=2, hidden=True)
def test_adam_bias_correction_graded(adam_step):
    import importlib.util as iu, os, sys
    here = os.path.abspath(sys._getframe().f_code.co_filename)
    path = os.path.join(os.path.dirname(os.path.dirname(here)), 'kernel_checks.py')
    spec = iu.spec_from_file_location('_autograder_checks', path)
    kc = iu.module_from_spec(spec)
    spec.loader.exec_module(kc)
    kc.grade('adam_bias_correction', adam_step)

