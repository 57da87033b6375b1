def site = new File(basedir, 'target/site')
def page = new File(site, 'govmodel.html')
assert page.isFile() : 'the GovModel page of the site'
def html = page.text
assert html.contains('1 model file checked: 0 errors, 6 warnings, 0 notes.')
assert html.contains('Maturity')
assert html.contains('href="govmodel/scorecards/y2023.html"') : 'the assessment links to its scorecard'
assert html.contains('GOV-TIER-006') : 'the findings are listed'
assert html.contains('href="govmodel/docs/cordoba/index.html"')
assert new File(site, 'govmodel/scorecards/y2023.html').isFile()
assert new File(site, 'govmodel/docs/cordoba/index.html').isFile()
assert new File(site, 'govmodel/diagrams/cordoba-governance.svg').isFile()
return true
