def model = new File(basedir, 'threatmodel.yaml')
assert model.isFile()
assert model.getText('UTF-8').contains('reviewed: ' + java.time.LocalDate.now(java.time.ZoneOffset.UTC))
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('It is a draft: the check fails until you describe your own system in it')
assert log =~ /\[ERROR\] threatmodel\.yaml:\d+:1: ERROR load the model is marked as a draft: This is the starter written by threatmodel:init/
assert log.contains('The threat model threatmodel.yaml cannot be loaded: 1 problem')
assert !new File(basedir, 'target/threatmodel.sarif').exists() : 'no report of a draft'
return true
