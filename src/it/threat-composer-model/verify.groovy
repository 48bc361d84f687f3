import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
// A link to an assumption the file does not have, at the id in the link.
assert log.contains("[ERROR] design/ThreatComposer.tc.json:336:23: ERROR TM703 a link names the assumption 'c1cf71ce-6162-44cd-ae44-b55a81b74675', which the file does not have")
// Threats marked resolved whose mitigations are not.
assert log.findAll(/ERROR TM704 threat [^\n]* is marked resolved, but/).size() == 5
// No diagram: said once, as a note.
assert log.contains('TM708 This AWS Threat Composer model cannot record a data-flow diagram')
// No diagram also fails the build (TM310, fail closed): 18 TM703, 5 TM704 and the one TM310.
assert log.contains('ERROR TM310 The model has no elements, no data flows and no trust zones')
assert log.contains('Threat model: 24 errors, ')
assert log.contains('BUILD FAILURE')

def run = new JsonSlurper().parse(new File(basedir, 'target/threatmodel.sarif')).runs[0]
assert run.results.findAll { it.ruleId == 'TM703' }.size() == 18
assert run.results.findAll { it.ruleId == 'TM704' }.size() == 5
assert run.results.every { it.locations[0].physicalLocation.artifactLocation.uri.endsWith('/design/ThreatComposer.tc.json') }
return true
