// The legacy model: the blog example plus flow f10, which crosses into the web server with no threat.
// The blog links the example's code, which this project does not hold: its links are taken out (code) or made web
// addresses (references), or TM605 would rightly report each one.
def blog = new File(exampleDir, 'blog/threatmodel.yaml').getText('UTF-8').replaceAll(/(?m)^ +code: \[.*\]\n/, '').replace('reference: examples/blog/', 'reference: https://code.example/blog/')
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
