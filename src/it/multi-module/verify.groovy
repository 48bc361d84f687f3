import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.count('No threat model in the project directory') == 1 : 'the parent has no model and says so once'
assert log.count('Threat model: 0 errors, 1 warning, 0 notes, 0 suppressed; 7 crossing flows checked.') == 2
// console paths are relative to the top of the build, so each names its module
assert log.readLines().count { it.startsWith('[WARNING] shop/threatmodel.yaml:11:11: WARNING TM601 ') && it.contains(', 400 days ago,') } == 1
assert log.readLines().count { it.startsWith('[WARNING] blog/threatmodel.yaml:11:11: WARNING TM601 ') && it.contains(', 500 days ago,') } == 1
[shop: 400, blog: 500].each { module, days ->
    def run = new JsonSlurper().parse(new File(basedir, module + '/target/threatmodel.sarif')).runs[0]
    assert run.automationDetails.id == 'threatmodel/' + module + '/' : 'each module uploads under its own category'
    assert run.results.size() == 1
    def result = run.results[0]
    assert result.ruleId == 'TM601'
    assert result.message.text.contains(', ' + days + ' days ago,')
    // SARIF paths are relative to the repository root (the directory holding .git), not to the module
    assert result.locations[0].physicalLocation.artifactLocation.uri == module + '/threatmodel.yaml'
    assert result.locations[0].physicalLocation.region.startLine == 11
}
assert log.contains('Threat model sarif report: shop/target/threatmodel.sarif')
assert log.contains('Threat model sarif report: blog/target/threatmodel.sarif')
return true
