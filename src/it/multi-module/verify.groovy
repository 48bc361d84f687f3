import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('No threat model in the project directory') : 'the parent has no model and says so once'
assert log.count('Threat model: 0 errors, ') == 2
['shop', 'blog'].each { module ->
    def run = new JsonSlurper().parse(new File(basedir, module + '/target/threatmodel.sarif')).runs[0]
    assert run.automationDetails.id == 'threatmodel/' + module + '/' : 'each module uploads under its own category'
    run.results.each { assert it.locations[0].physicalLocation.artifactLocation.uri == module + '/threatmodel.yaml' }
}
assert log.contains('Threat model sarif report: shop/target/threatmodel.sarif')
assert log.contains('Threat model sarif report: blog/target/threatmodel.sarif')
return true
