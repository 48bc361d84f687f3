// Both modules get the blog example; a .git directory makes this project the repository root, as in a checkout.
def blog = evaluate(new File(itDir, 'blog-model.groovy'))
['shop', 'blog'].each { new File(basedir, it + '/threatmodel.yaml').text = blog }
new File(basedir, '.git').mkdirs()
return true
