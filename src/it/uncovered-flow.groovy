// A closure that adds flow f10 to a model: a reader's request into the web server, crossing from the internet into a
// more trusted zone, with no threat aimed at it. Evaluated from a setup script:
//     def withUncoveredFlow = evaluate(new File(itDir, 'uncovered-flow.groovy'))
def f10 = '''  - id: f10
    number: 10
    name: Page request
    source: reader
    target: render-post
    data: [page address]
    protocol: HTTPS
    authenticated: false
    encrypted: true
'''
return { String model ->
    assert model.contains('\nthreats:\n')
    model.replace('\nthreats:\n', '\n' + f10 + '\nthreats:\n')
}
