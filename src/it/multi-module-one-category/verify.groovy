import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /Modules (shop and blog|blog and shop) would both write SARIF under the code-scanning category "threatmodel\/my-service"/
assert log.contains('BUILD FAILURE')
assert log.contains('BUILD SUCCESS')
['shop', 'blog'].each { module ->
    def run = new JsonSlurper().parse(new File(basedir, module + '/target/threatmodel.sarif')).runs[0]
    assert run.automationDetails.id == 'my-service/' + module + '/'
}
return true
