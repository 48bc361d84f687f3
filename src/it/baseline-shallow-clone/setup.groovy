// A shallow clone, as GitHub's actions/checkout makes by default: a repository with two commits is cloned with
// --depth 1 and the clone's .git is moved into this project, so HEAD~1 is not in it.
def git(File dir, String... args) {
    def cmd = ['git', '-c', 'user.name=IT', '-c', 'user.email=it@example.com', '-c', 'commit.gpgsign=false',
               '-c', 'init.defaultBranch=main', '-c', 'protocol.file.allow=always'] + args.toList()
    def p = new ProcessBuilder(cmd).directory(dir).redirectErrorStream(true).start()
    def out = p.inputStream.getText('UTF-8')
    assert p.waitFor() == 0 : "git ${args.join(' ')} failed: ${out}"
    return out
}

def blog = evaluate(new File(itDir, 'blog-model.groovy'))
def origin = new File(basedir, 'target/origin')
origin.mkdirs()
new File(origin, 'threatmodel.yaml').text = blog
git(origin, 'init', '-q')
git(origin, 'add', 'threatmodel.yaml')
git(origin, 'commit', '-q', '-m', 'first')
new File(origin, 'threatmodel.yaml').text = '# second\n' + blog
git(origin, 'commit', '-q', '-a', '-m', 'second')

def clone = new File(basedir, 'target/clone')
git(basedir, 'clone', '-q', '--depth', '1', 'file://' + origin.absolutePath, clone.path)
assert new File(clone, '.git/shallow').isFile()
assert new File(clone, '.git').renameTo(new File(basedir, '.git'))
new File(basedir, 'threatmodel.yaml').text = new File(clone, 'threatmodel.yaml').getText('UTF-8')
return true
