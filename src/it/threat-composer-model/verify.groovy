import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
// A link to an assumption the file does not have, at the id in the link.
assert log.contains("[ERROR] design/ThreatComposer.tc.json:336:23: ERROR TM703 a link names the assumption 'c1cf71ce-6162-44cd-ae44-b55a81b74675', which the file does not have")
// Threats marked resolved whose mitigations are not.
assert log.findAll(/ERROR TM704 threat [^\n]* is marked resolved, but/).size() == 5
// No diagram: said once, as a note.
assert log.contains('TM708 This AWS Threat Composer model cannot record a data-flow diagram')
// One problem, one finding: the format has no diagram, so TM310 leaves it to TM708's note (18 TM703, 5 TM704).
assert !log.contains('TM310')
assert log.contains('Threat model: 23 errors, ')
assert log.contains('BUILD FAILURE')

def run = new JsonSlurper().parse(new File(basedir, 'target/threatmodel.sarif')).runs[0]
assert run.results.findAll { it.ruleId == 'TM703' }.size() == 18
assert run.results.findAll { it.ruleId == 'TM704' }.size() == 5
assert run.results.every { it.locations[0].physicalLocation.artifactLocation.uri.endsWith('/design/ThreatComposer.tc.json') }
return true
