def model = new File(basedir, 'threatmodel.yaml')
assert model.isFile()
assert model.getText('UTF-8').contains('reviewed: ' + java.time.LocalDate.now(java.time.ZoneOffset.UTC))
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Threat model: 0 errors, ')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/threatmodel.sarif').isFile()
return true
