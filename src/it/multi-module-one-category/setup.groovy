// Both modules get the blog example; a .git directory makes this project the repository root, as in a checkout.
// The blog links the example's code, which this project does not hold: its links are taken out (code) or made web
// addresses (references), or TM605 would rightly report each one.
def blog = new File(exampleDir, 'blog/threatmodel.yaml').getText('UTF-8').replaceAll(/(?m)^ +code: \[.*\]\n/, '').replace('reference: examples/blog/', 'reference: https://code.example/blog/')
['shop', 'blog'].each { new File(basedir, it + '/threatmodel.yaml').text = blog }
new File(basedir, '.git').mkdirs()
return true
