// Copies the blog example, the contract of the native format, into this project.
def blog = new File(exampleDir, 'blog/threatmodel.yaml')
new File(basedir, 'threatmodel.yaml').text = blog.getText('UTF-8')
return true
