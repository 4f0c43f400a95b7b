from otter.test_files import test_case

OK_FORMAT = False

name = "q6_slows_down"
points = None

@test_case(points=0, hidden=False)
def test_slows_down(slows_down):
    from kernel_checks import check_answer_format
    check_answer_format('slows_down', slows_down, 'choice', {'adagrad', 'rmsprop'})

@test_case(points=1, hidden=True)
def test_slows_down_graded(slows_down):
    import importlib.util as iu, os, sys
    here = os.path.abspath(sys._getframe().f_code.co_filename)
    path = os.path.join(os.path.dirname(os.path.dirname(here)), 'kernel_checks.py')
    spec = iu.spec_from_file_location('_autograder_checks', path)
    kc = iu.module_from_spec(spec)
    spec.loader.exec_module(kc)
    kc.check_choice('slows_down', slows_down, 'adagrad', {'adagrad', 'rmsprop'}, 'which denominator is a sum that only grows, and which is a leaky average that forgets old gradients?')

