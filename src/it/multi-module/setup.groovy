// Both modules get the blog example with the stub sources it links; a .git directory makes this project the
// repository root, as in a checkout, so each module's links name paths from there (shop/src/..., blog/src/...).
def example = new File(exampleDir, 'blog')
def blog = new File(example, 'threatmodel.yaml').getText('UTF-8')
['shop', 'blog'].each { module ->
    new File(basedir, module + '/threatmodel.yaml').text = blog.replace('examples/blog/', module + '/')
    ['src', 'deploy'].each { dir ->
        new File(example, dir).eachFileRecurse(groovy.io.FileType.FILES) { file ->
            def copy = new File(basedir, module + '/' + example.toPath().relativize(file.toPath()).toString())
            copy.parentFile.mkdirs()
            copy.bytes = file.bytes
        }
    }
}
new File(basedir, '.git').mkdirs()
return true
