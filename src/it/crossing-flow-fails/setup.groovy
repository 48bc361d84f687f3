// Copies the blog example and adds flow f10: a reader's request into the web server, crossing from the internet
// into a more trusted zone, with no threat aimed at it. The model is marked reviewed on the day of the run, so that
// f10's finding is the only one whatever day it runs on.
import java.time.LocalDate
import java.time.ZoneOffset

def blog = new File(exampleDir, 'blog/threatmodel.yaml').getText('UTF-8')
def f10 = '''  - id: f10
    number: 10
    name: Page request
    source: reader
    target: render-post
    data: [page address]
    protocol: HTTPS
    authenticated: false
    encrypted: true
'''
assert blog.contains('\nthreats:\n')
assert blog.contains('\nreviewed: 2026-11-02\n')
new File(basedir, 'threatmodel.yaml').text = blog.replace('\nthreats:\n', '\n' + f10 + '\nthreats:\n')
        .replace('\nreviewed: 2026-11-02\n', '\nreviewed: ' + LocalDate.now(ZoneOffset.UTC) + '\n')
return true
