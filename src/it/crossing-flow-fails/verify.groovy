import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')

// the lines of flow f10's entry in the model
def model = new File(basedir, 'threatmodel.yaml').readLines('UTF-8')
int first = model.findIndexOf { it == '  - id: f10' } + 1
int last = model.findIndexOf(first) { it.startsWith('threats:') }
assert first > 0 && last > first

// one console line names the file, the line and column inside f10's entry, the level and a catalogue rule
def finding = log.readLines().find { it =~ /threatmodel\.yaml:\d+:\d+: ERROR TM1\d\d / && it.contains('f10') && it.contains('crosses') }
assert finding != null : 'no finding line for f10'
def m = finding =~ /threatmodel\.yaml:(\d+):(\d+): ERROR (TM1\d\d) /
assert m.find()
int line = m.group(1) as int
assert line >= first && line <= last : "line ${line} is not inside f10 (${first}..${last})"
def ruleId = m.group(3)
assert log =~ /Threat model: [1-9]\d* errors?, /
assert log.contains('has findings at error level or above')
assert log.contains('BUILD FAILURE')

// the SARIF is written even though the build fails, and points at the same place
def run = new JsonSlurper().parse(new File(basedir, 'target/threatmodel.sarif')).runs[0]
def result = run.results.find { it.ruleId == ruleId && it.message.text.contains('f10') }
assert result != null
assert result.level == 'error'
assert result.locations.size() == 1
def location = result.locations[0].physicalLocation
assert location.region.startLine == line
assert location.region.startColumn >= 1
def uri = location.artifactLocation.uri
assert uri.endsWith('threatmodel.yaml') && !uri.startsWith('/') && !uri.contains(':') && !uri.contains('\\')
assert run.tool.driver.rules[result.ruleIndex].id == ruleId
assert result.partialFingerprints.primaryLocationLineHash
assert run.tool.driver.rules.every { it.properties['security-severity'] ==~ /\d+\.\d/ }
return true
