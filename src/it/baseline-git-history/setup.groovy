// A project with a git history: the legacy model (the blog example plus flow f10, which crosses into the web server
// with no threat) is committed, then committed again with a comment. grown.yaml, not committed, adds flow f11, a new
// unmitigated crossing. git is run as a process here; the plugin itself reads the history with JGit.
def git(String... args) {
    def cmd = ['git', '-c', 'user.name=IT', '-c', 'user.email=it@example.com', '-c', 'commit.gpgsign=false',
               '-c', 'init.defaultBranch=main'] + args.toList()
    def p = new ProcessBuilder(cmd).directory(basedir).redirectErrorStream(true).start()
    def out = p.inputStream.getText('UTF-8')
    assert p.waitFor() == 0 : "git ${args.join(' ')} failed: ${out}"
    return out
}

def crossing(String model, String id, String source) {
    def flow = "  - id: ${id}\n    number: ${id.substring(1)}\n    name: Page request ${id}\n    source: ${source}\n" +
            "    target: render-post\n    data: [page address]\n    protocol: HTTPS\n    authenticated: false\n" +
            "    encrypted: true\n"
    assert model.contains('\nthreats:\n')
    return model.replace('\nthreats:\n', '\n' + flow + '\nthreats:\n')
}

def legacy = crossing(evaluate(new File(itDir, 'blog-model.groovy')), 'f10', 'reader')
def model = new File(basedir, 'threatmodel.yaml')
model.text = legacy
git('init', '-q')
git('add', 'threatmodel.yaml', 'pom.xml')
git('commit', '-q', '-m', 'legacy model')
model.text = '# reviewed again, nothing changed\n' + legacy
git('commit', '-q', '-a', '-m', 'a comment')
new File(basedir, 'grown.yaml').text = crossing(legacy, 'f11', 'author')
return true
