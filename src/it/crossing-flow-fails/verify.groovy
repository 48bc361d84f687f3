import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')

// flow f10's entry in the model: the finding points at its first key, "id", in column 5
def model = new File(basedir, 'threatmodel.yaml').readLines('UTF-8')
int line = model.findIndexOf { it == '  - id: f10' } + 1
assert line > 0
int column = 5

def message = 'The flow f10 "Page request" (crosses into a more trusted zone) has no threat aimed at it: add a threat' +
        ' whose target is f10.'
def findings = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] threatmodel\.yaml:\d+:\d+: / }
assert findings == [
        "[ERROR] threatmodel.yaml:${line}:${column}: ERROR TM101 ${message}".toString(),
        "[WARNING] threatmodel.yaml:${line}:${column}: WARNING TM501 The flow f10 \"Page request\" (crosses into a more".toString() +
                ' trusted zone) is named by no abuse or misuse story: add a story whose flows list f10.'
]
assert log.contains('[ERROR] Threat model: 1 error, 1 warning, 0 notes, 0 suppressed; 8 crossing flows checked.')
assert log.contains('The threat model threatmodel.yaml has findings at error level or above: Threat model: 1 error,'
        + ' 1 warning, 0 notes, 0 suppressed; 8 crossing flows checked. The 1 finding that fails the build is logged'
        + ' above as an error line.')
assert log.contains('BUILD FAILURE')

// the SARIF is written even though the build fails, and points at the same place
def run = new JsonSlurper().parse(new File(basedir, 'target/threatmodel.sarif')).runs[0]
assert run.results.size() == 2
assert run.results*.ruleId == ['TM101', 'TM501']
def result = run.results[0]
assert result.level == 'error'
assert result.message.text == message
assert result.locations.size() == 1
def location = result.locations[0].physicalLocation
assert location.region.startLine == line
assert location.region.startColumn == column
def uri = location.artifactLocation.uri
assert uri.endsWith('threatmodel.yaml') && !uri.startsWith('/') && !uri.contains(':') && !uri.contains('\\')
assert run.tool.driver.rules[result.ruleIndex].id == 'TM101'
assert result.partialFingerprints.primaryLocationLineHash
// a string holding a number: GitHub rejects the whole upload for a JSON number such as 8.0
def severity = run.tool.driver.rules[result.ruleIndex].properties['security-severity']
assert severity instanceof String && severity ==~ /\d+\.\d/
assert run.tool.driver.rules.every { it.properties['security-severity'] instanceof String }
return true
