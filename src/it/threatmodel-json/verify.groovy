import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
// "reviewed" is on line 5 of threatmodel.json; its value starts in column 15
def findings = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] threatmodel\.json:\d+:\d+: / }
assert findings.size() == 1 : findings
assert findings[0].startsWith('[WARNING] threatmodel.json:5:15: WARNING TM601 The model was last reviewed on ')
assert log.contains('Threat model: 0 errors, 1 warning, 0 notes, 0 suppressed; 7 crossing flows checked.')
assert log.contains('BUILD SUCCESS')
def run = new JsonSlurper().parse(new File(basedir, 'target/threatmodel.sarif')).runs[0]
assert run.automationDetails.id == 'threatmodel/threatmodel-json/'
assert run.results.size() == 1
def result = run.results[0]
assert result.ruleId == 'TM601'
def location = result.locations[0].physicalLocation
assert location.artifactLocation.uri == 'threatmodel.json'
assert location.region.startLine == 5
assert location.region.startColumn == 15
return true
