// shop: the blog example (passes); blog: the example with threat T1 reopened (fails); broken: a model that cannot
// be loaded; docs: no model at all.
// The blog links the example's code, which this project does not hold: its links are taken out (code) or made web
// addresses (references), or TM605 would rightly report each one.
def blog = new File(exampleDir, 'blog/threatmodel.yaml').getText('UTF-8').replaceAll(/(?m)^ +code: \[.*\]\n/, '').replace('reference: examples/blog/', 'reference: https://code.example/blog/')
new File(basedir, 'shop/threatmodel.yaml').text = blog
def reopened = blog.replaceFirst('status: mitigated', 'status: open')
assert reopened != blog
new File(basedir, 'blog/threatmodel.yaml').text = reopened
new File(basedir, 'broken/threatmodel.yaml').text = 'name: x\nzones: [a\n'
new File(basedir, '.git').mkdirs()
return true
