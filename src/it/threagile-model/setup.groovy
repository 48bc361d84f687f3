// Copies Threagile's own demo model (provenance: threatmodel-rules/src/test/resources/samples/threagile/SOURCES.tsv)
// into the project, unchanged; it uses YAML merge keys, which the Threagile reader takes.
def sample = new File(samplesDir, 'threagile/threagile.yaml')
new File(basedir, 'threagile.yaml').bytes = sample.bytes
return true
