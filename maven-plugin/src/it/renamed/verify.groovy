def out = new File(basedir, 'target/govmodel')
def renamed = new File(out, 'docs/cordoba/bodies/secretariaGD.html')
def old = new File(out, 'docs/cordoba/bodies/secGD.html')
assert renamed.isFile() : 'the second build wrote the renamed body\'s page'
assert old.isFile() : 'the old address is kept'
def text = old.getText('UTF-8')
// a redirect to the new page (refresh for browsers, canonical link, visible link), not the old page left behind
assert text.contains('http-equiv="refresh"') && text.contains('url=secretariaGD.html') : text
assert text.contains('rel="canonical" href="secretariaGD.html"') : text
assert !text.contains('Secretaría General de Gobierno Digital</h1>') : 'the old page is not kept as it was'
assert new File(out, 'pages.json').getText('UTF-8').contains('secretariaGD.html')
return true
