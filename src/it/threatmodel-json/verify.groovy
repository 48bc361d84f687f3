import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Threat model: 0 errors, ')
assert log.contains('7 crossing flows checked.')
assert log.contains('BUILD SUCCESS')
def run = new JsonSlurper().parse(new File(basedir, 'target/threatmodel.sarif')).runs[0]
assert run.automationDetails.id == 'threatmodel/threatmodel-json/'
run.results.each { assert it.locations[0].physicalLocation.artifactLocation.uri.endsWith('threatmodel.json') }
return true
