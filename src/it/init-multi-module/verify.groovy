def top = new File(basedir, 'threatmodel.yaml')
assert top.isFile() : 'init at the top writes the model there'
assert !new File(basedir, 'orders/threatmodel.yaml').exists() : 'init acts once, not in every module'
assert new File(basedir, 'billing/threatmodel.yaml').isFile() : 'threatmodel.init.module names the module'

def log = new File(basedir, 'build.log').getText('UTF-8')
// the module without a model says how to start one for it, from the top
assert log.contains('No threat model in orders (looked for threatmodel.yaml, threatmodel.yml, threatmodel.json);'
        + ' nothing to check. Start one with: mvn threatmodel:init -Dthreatmodel.init.module=orders')
// the starter is a draft: the check refuses it at its draft line, saying what to fill in
assert log =~ /\[ERROR\] billing\/threatmodel\.yaml:\d+:1: ERROR load the model is marked as a draft: This is the starter/
assert log.contains("Delete the 'draft' key once the model describes your system.")
return true
