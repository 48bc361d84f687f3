import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('Threat model: 0 errors, ')
assert log.contains('7 crossing flows checked.')
assert log.contains('BUILD SUCCESS')

def sarifFile = new File(basedir, 'target/threatmodel.sarif')
assert sarifFile.isFile()
def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
def run = sarif.runs[0]
assert run.tool.driver.name == 'threatmodel'
assert !run.tool.driver.rules.isEmpty() : 'every rule that ran is listed, even without results'
run.tool.driver.rules.each { rule ->
    assert rule.properties['security-severity'] instanceof String
    assert rule.properties.tags.contains('security')
}
assert run.automationDetails.id == 'threatmodel/clean-model/'
assert run.invocations[0].executionSuccessful == true
assert run.results != null
assert run.results.every { it.level != 'error' || it.suppressions }
return true
