// Copies the blog example with threat T1 reopened: the report shows an error, and the goal still succeeds.
def blog = new File(exampleDir, 'blog/threatmodel.yaml').getText('UTF-8')
def reopened = blog.replaceFirst('status: mitigated', 'status: open')
assert reopened != blog
new File(basedir, 'threatmodel.yaml').text = reopened
return true
