import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
// The customer's traffic enters the application network without a threat aimed at it.
assert log.contains('[ERROR] threagile.yaml:320:9: ERROR TM101 The flow customer-client>customer-traffic "Customer Traffic" (crosses into a more trusted zone) has no threat aimed at it')
// The admin client in the dev network reaches the database in the ERP DMZ, nested in the application network.
assert log.contains('[ERROR] threagile.yaml:459:9: ERROR TM101 The flow backend-admin-client>db-update-access "DB Update Access"')
assert log.contains('Threat model: 16 errors, ')
assert log.contains('16 crossing flows checked.')
assert log.contains('BUILD FAILURE')

def run = new JsonSlurper().parse(new File(basedir, 'target/threatmodel.sarif')).runs[0]
assert run.results.findAll { it.ruleId == 'TM101' && it.level == 'error' }.size() == 16
assert run.results.every { it.locations[0].physicalLocation.artifactLocation.uri.endsWith('/threagile.yaml') }
return true
