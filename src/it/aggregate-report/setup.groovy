// shop: the blog example (passes); blog: the example with threat T1 reopened (fails); broken: a model that cannot
// be loaded; docs: no model at all.
def blog = evaluate(new File(itDir, 'blog-model.groovy'))
new File(basedir, 'shop/threatmodel.yaml').text = blog
def reopened = blog.replaceFirst('status: mitigated', 'status: open')
assert reopened != blog
new File(basedir, 'blog/threatmodel.yaml').text = reopened
new File(basedir, 'broken/threatmodel.yaml').text = 'name: x\nzones: [a\n'
new File(basedir, '.git').mkdirs()
return true
