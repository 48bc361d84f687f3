// Makes the project a git repository whose linked code changed after the model's review date: one commit before
// 2026-03-01 (the review) adds src/auth/Login.java, one after it changes the file. Uses the git command line.
// Evaluated from the setup script of each code-drift IT: return evaluate(new File(itDir, 'code-drift-history.groovy'))
def git(String... args) {
    def env = ['GIT_AUTHOR_NAME=Dev', 'GIT_AUTHOR_EMAIL=dev@example.com', 'GIT_COMMITTER_NAME=Dev',
               'GIT_COMMITTER_EMAIL=dev@example.com', 'GIT_CONFIG_NOSYSTEM=1', 'HOME=' + basedir]
    return { String date ->
        def p = new ProcessBuilder(['git'] + args.toList()).directory(basedir).redirectErrorStream(true)
        p.environment().putAll(env.collectEntries { it.split('=', 2) as List })
        if (date != null) {
            p.environment().put('GIT_AUTHOR_DATE', date)
            p.environment().put('GIT_COMMITTER_DATE', date)
        }
        def proc = p.start()
        def out = proc.inputStream.text
        assert proc.waitFor() == 0 : "git ${args.join(' ')} failed: ${out}"
    }
}
def login = new File(basedir, 'src/auth/Login.java')
login.parentFile.mkdirs()
git('init', '-q', '-b', 'main').call(null)
login.text = 'class Login {}\n'
git('add', '-A').call(null)
git('commit', '-q', '-m', 'Login, as reviewed').call('2026-02-01T10:00:00+00:00')
login.text = 'class Login { void skipChecks() {} }\n'
git('add', '-A').call(null)
git('commit', '-q', '-m', 'Change login after the review').call('2026-03-10T10:00:00+00:00')
return true
