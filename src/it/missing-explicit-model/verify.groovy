def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('The threat model file security/threatmodel.yaml (threatmodel.modelFile) does not exist.')
assert log.contains('BUILD FAILURE')
return true
