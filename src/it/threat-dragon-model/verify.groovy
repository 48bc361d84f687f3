import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
// Each finding names the JSON file with the line and column of the cell, then the rule.
assert log.contains('[ERROR] design/three-tier-web-app.json:503:11: ERROR TM101 The flow 76b24277-4066-42a3-b75f-6b3e2c5c9d28 from "Web UI" to "Web Service" (crosses ')
assert log.contains('[ERROR] design/three-tier-web-app.json:585:11: ERROR TM101 The flow d67a2468-f1c7-4097-8e4a-656ec9f055dc ')
assert log.contains('Threat model: 2 errors, ')
assert log.contains('The threat model design/three-tier-web-app.json has findings at error level or above')
assert log.contains('BUILD FAILURE')

def run = new JsonSlurper().parse(new File(basedir, 'target/threatmodel.sarif')).runs[0]
def tm101 = run.results.findAll { it.ruleId == 'TM101' }
assert tm101.size() == 2
assert tm101*.level.unique() == ['error']
tm101.each { assert it.locations[0].physicalLocation.artifactLocation.uri.endsWith('/design/three-tier-web-app.json') }
assert tm101*.locations*.getAt(0)*.physicalLocation*.region*.startLine.sort() == [503, 585]
assert run.results.every { it.locations[0].physicalLocation.artifactLocation.uri.endsWith('three-tier-web-app.json') }
return true
