// The legacy model: the blog example plus flow f10, which crosses into the web server with no threat.
def withUncoveredFlow = evaluate(new File(itDir, 'uncovered-flow.groovy'))
new File(basedir, 'threatmodel.yaml').text = withUncoveredFlow(evaluate(new File(itDir, 'blog-model.groovy')))
return true
