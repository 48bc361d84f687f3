// Copies the blog example and adds flow f10, which crosses into the web server with no threat.
def withUncoveredFlow = evaluate(new File(itDir, 'uncovered-flow.groovy'))
new File(basedir, 'threatmodel.yaml').text = withUncoveredFlow(new File(exampleDir, 'blog/threatmodel.yaml')
        .getText('UTF-8'))
return true
