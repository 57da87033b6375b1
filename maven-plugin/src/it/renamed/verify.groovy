// the generate goal's output and the project site's GovModel folder: in each, the renamed body's old page leads to the new one
def check(File out, String where) {
	def renamed = new File(out, 'docs/cordoba/bodies/secretariaGD.html')
	def old = new File(out, 'docs/cordoba/bodies/secGD.html')
	assert renamed.isFile() : "the second build wrote the renamed body's page in $where"
	assert old.isFile() : "the old address is kept in $where"
	def text = old.getText('UTF-8')
	// a redirect to the new page (refresh for browsers, canonical link, visible link), not the old page left behind
	assert text.contains('http-equiv="refresh"') && text.contains('url=secretariaGD.html') : "$where: $text"
	assert text.contains('rel="canonical" href="secretariaGD.html"') : "$where: $text"
	assert !text.contains('Secretaría General de Gobierno Digital</h1>') : "the old page is not kept as it was in $where"
	def pages = new File(out, 'pages.json').getText('UTF-8')
	assert pages.contains('secretariaGD.html') : "$where: $pages"
}
check(new File(basedir, 'target/govmodel'), 'the generate goal\'s output')
check(new File(basedir, 'target/site/govmodel'), 'the project site')
// and the site's GovModel page was written by the second build too
assert new File(basedir, 'target/site/govmodel.html').getText('UTF-8').contains('href="govmodel/docs/cordoba/index.html"')
return true
