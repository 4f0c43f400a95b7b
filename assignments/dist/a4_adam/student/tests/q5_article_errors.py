from otter.test_files import test_case

OK_FORMAT = False

name = "q5_article_errors"
points = None

@test_case(points=1, hidden=False)
def test_article_errors(article_errors):
    from kernel_checks import check_answer_format
    check_answer_format('article_errors', article_errors, 'set', {'square', 'sqrt', 'bias_correction', 'eps', 'beta1'})

