def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('maven-shade-plugin:') == 2 || log.count(':shade ') == 2 : 'shade ran in both builds'
assert !log.contains('overlapping') : 'no class or resource is shaded twice, none is left to chance'
assert !(log =~ /(?m)^\[WARNING\]/) : 'a clean build prints no warning'
def jar = new java.util.jar.JarFile(new File(basedir, 'target/threatmodel-cli-0.1.0-SNAPSHOT.jar'))
assert jar.manifest.mainAttributes.getValue('Main-Class') == 'dev.threatmodel.cli.ThreatModelCli'
assert jar.getEntry('org/yaml/snakeyaml/Yaml.class') != null
return true
