import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
// The .tm7 file is one long line of XML: findings point at the column where the threat's or flow's element starts.
assert log.contains('[ERROR] design/MTMT_nested_tz_line.tm7:1:75919: ERROR TM102 Threat threat-7 "Spoofing the Main Application Process" on flow 95288a80-8458-4058-9fc1-d114bf0ed39d "Sandbox data" (crosses into a more trusted zone) is open')
assert log.contains('[ERROR] design/MTMT_nested_tz_line.tm7:1:61115: ERROR TM102 Threat threat-15 "Spoofing the Customer web client Process" on flow 282856be-f320-4a98-993f-b95fbf42d809 "HTTPS" (crosses between zones whose trust is not known')
// The flow drawn with a loose end.
assert log.contains('[ERROR] design/MTMT_nested_tz_line.tm7:1:46297: ERROR TM302 Flow 4c66cfc7-d886-48b2-8091-19fe3e125114 "Production data" has no source')
// The box boundary and the two line boundaries: two crossing flows.
assert log.contains('2 crossing flows checked.')
assert log.contains('BUILD FAILURE')

def run = new JsonSlurper().parse(new File(basedir, 'target/threatmodel.sarif')).runs[0]
def tm102 = run.results.findAll { it.ruleId == 'TM102' && it.level == 'error' }
assert tm102.size() == 16
tm102.each { assert it.locations[0].physicalLocation.artifactLocation.uri.endsWith('/design/MTMT_nested_tz_line.tm7') }
assert tm102*.locations*.getAt(0)*.physicalLocation*.region*.startLine.unique() == [1]
return true
