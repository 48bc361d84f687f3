// Copies the blog example and adds flow f10: a reader's request into the web server, crossing from the internet
// into a more trusted zone, with no threat aimed at it. The model is marked reviewed on the day of the run, so that
// f10's finding is the only one whatever day it runs on.
import java.time.LocalDate
import java.time.ZoneOffset

// Its code links are taken out (this project does not hold the example's code) and its acceptance runs 180 days
// from the run.
def today = LocalDate.now(ZoneOffset.UTC)
def blog = evaluate(new File(itDir, 'blog-model.groovy'))
def withUncoveredFlow = evaluate(new File(itDir, 'uncovered-flow.groovy'))
assert blog =~ /(?m)^reviewed: \d{4}-\d{2}-\d{2}$/
new File(basedir, 'threatmodel.yaml').text = withUncoveredFlow(blog)
        .replaceFirst(/(?m)^reviewed: .*$/, 'reviewed: ' + today)
        .replaceAll(/(?m)^( +expires: ).*$/, '$1' + today.plusDays(180))
return true
