// The linked code changed after the review: see code-drift-history.groovy.
return evaluate(new File(itDir, 'code-drift-history.groovy'))
