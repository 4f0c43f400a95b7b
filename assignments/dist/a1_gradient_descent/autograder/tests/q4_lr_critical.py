from otter.test_files import test_case

OK_FORMAT = False

name = "q4_lr_critical"
points = None

@test_case(points=0, hidden=False)
def test_lr_critical(lr_critical):
    from kernel_checks import check_answer_format
    check_answer_format('lr_critical', lr_critical, 'number')

@test_case(points=1, hidden=True)
def test_lr_critical_graded(lr_critical):
    import importlib.util as iu, os, sys
    here = os.path.abspath(sys._getframe().f_code.co_filename)
    path = os.path.join(os.path.dirname(os.path.dirname(here)), 'kernel_checks.py')
    spec = iu.spec_from_file_location('_autograder_checks', path)
    kc = iu.module_from_spec(spec)
    spec.loader.exec_module(kc)
    kc.check_value('lr_critical', lr_critical, 0.5, 0.02, 'the y coordinate is multiplied by (1 − 4η) at every step; for which η does |1 − 4η| reach 1?')

