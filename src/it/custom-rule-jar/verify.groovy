import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[ERROR\] threatmodel\.yaml:\d+:\d+: ERROR ACME101 Threat T1 .* has no severity/
assert log.contains('Threat model: 1 error, ')
assert log.contains('BUILD FAILURE')
def run = new JsonSlurper().parse(new File(basedir, 'target/threatmodel.sarif')).runs[0]
assert run.tool.driver.rules.any { it.id == 'ACME101' }
def acme = run.results.findAll { it.ruleId == 'ACME101' }
assert acme.size() == 1
assert acme[0].level == 'error'
assert acme[0].locations[0].physicalLocation.artifactLocation.uri.endsWith('/threatmodel.yaml')
return true
