// Copies examples/open-threat, the README's example of a finding, unchanged.
new File(basedir, 'threatmodel.yaml').text = new File(exampleDir, 'open-threat/threatmodel.yaml').getText('UTF-8')
return true
