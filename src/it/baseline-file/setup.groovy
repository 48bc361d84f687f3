// The legacy model: the blog example plus flow f10, which crosses into the web server with no threat.
def blog = evaluate(new File(itDir, 'blog-model.groovy'))
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
