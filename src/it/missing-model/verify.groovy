def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] No threat model in the project directory (looked for threatmodel.yaml, threatmodel.yml, threatmodel.json); nothing to check. Start one with: mvn threatmodel:init')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/threatmodel.sarif').exists()
return true
