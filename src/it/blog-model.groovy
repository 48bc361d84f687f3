// The blog example's model as the integration tests copy it into a project of their own: the example's code is not
// there, so its code links are taken out and its references made web addresses (TM605 would rightly report each
// one). Evaluated from a setup script, whose exampleDir it reads: def blog = evaluate(new File(itDir, ...)).
return new File(exampleDir, 'blog/threatmodel.yaml').getText('UTF-8')
        .replaceAll(/(?m)^ +code: \[.*\]\n/, '')
        .replace('reference: examples/blog/', 'reference: https://code.example/blog/')
