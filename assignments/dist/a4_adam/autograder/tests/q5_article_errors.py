from otter.test_files import test_case

OK_FORMAT = False

name = "q5_article_errors"
points = None

@test_case(points=1, hidden=False)
def test_article_errors(article_errors):
    from kernel_checks import Hint
    if article_errors is None or article_errors is Ellipsis:
        raise Hint('`article_errors` has no value yet: replace the `...`.')
    got = {str(e).strip().lower() for e in article_errors}
    want = {'square', 'sqrt', 'bias_correction'}
    if got != want:
        raise Hint(f"{len(got & want)} of your {len(got)} choices are right and {len(want - got)} error(s) are missing.  Compare the article's v update and its denominator with the formulas at the top, term by term, and ask what m and v are at t = 1.")

