// Copies the blog example and adds flow f10: a reader's request into the web server, crossing from the internet
// into a more trusted zone, with no threat aimed at it.
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
new File(basedir, 'threatmodel.yaml').text = blog.replace('\nthreats:\n', '\n' + f10 + '\nthreats:\n')
return true
