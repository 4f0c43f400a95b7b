from otter.test_files import test_case

OK_FORMAT = False

name = "q5_article_errors"
points = None

@test_case(points=0, hidden=False)
def test_article_errors(article_errors):
    from kernel_checks import check_answer_format
    check_answer_format('article_errors', article_errors, 'set', {'square', 'sqrt', 'bias_correction', 'eps', 'beta1'})

@test_case(points=1, hidden=True)
def test_article_errors_graded(article_errors):
    import importlib.util as iu, os, sys
    here = os.path.abspath(sys._getframe().f_code.co_filename)
    path = os.path.join(os.path.dirname(os.path.dirname(here)), 'kernel_checks.py')
    spec = iu.spec_from_file_location('_autograder_checks', path)
    kc = iu.module_from_spec(spec)
    spec.loader.exec_module(kc)
    Hint = kc.Hint
    if article_errors is None or article_errors is Ellipsis:
        raise Hint('`article_errors` has no value yet: replace the `...`.')
    got = {str(e).strip().lower() for e in article_errors}
    want = {'square', 'sqrt', 'bias_correction'}
    if got != want:
        raise Hint(f"{len(got & want)} of your {len(got)} choices are right and {len(want - got)} error(s) are missing.  Compare the article's v update and its denominator with the formulas at the top, term by term, and ask what m and v are at t = 1.")

