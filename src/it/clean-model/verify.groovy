import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')

// a model with no error passes, its warnings logged: here the one stale-review warning (see setup.groovy)
def findings = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] threatmodel\.yaml:\d+:\d+: / }
assert findings.size() == 1 : findings
assert findings[0].startsWith('[WARNING] threatmodel.yaml:11:11: WARNING TM601 The model was last reviewed on ')
assert findings[0].endsWith(', 400 days ago, more than the 365 days allowed; it may no longer match the system:'
        + ' review it and update reviewed.')
assert log.contains('Threat model: 0 errors, 1 warning, 0 notes, 0 suppressed; 7 crossing flows checked.')
assert log.contains('BUILD SUCCESS')

def sarifFile = new File(basedir, 'target/threatmodel.sarif')
assert sarifFile.isFile()
def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
def run = sarif.runs[0]
assert run.tool.driver.name == 'threatmodel'
assert run.tool.driver.rules.size() >= 26 : 'every rule that ran is listed, even without results'
run.tool.driver.rules.each { rule ->
    // a string holding a number: GitHub rejects the whole upload for a JSON number
    assert rule.properties['security-severity'] instanceof String
    assert rule.properties['security-severity'] ==~ /\d+\.\d/
    assert rule.properties.tags.contains('security')
}
assert run.automationDetails.id == 'threatmodel/clean-model/'
assert run.invocations[0].executionSuccessful == true
assert run.results.size() == 1
def result = run.results[0]
assert result.ruleId == 'TM601'
assert result.level == 'warning'
assert run.tool.driver.rules[result.ruleIndex].id == 'TM601'
def location = result.locations[0].physicalLocation
assert location.artifactLocation.uri == 'threatmodel.yaml'
assert location.region.startLine == 11
assert location.region.startColumn == 11
assert run.results.every { it.level != 'error' || it.suppressions }
return true
