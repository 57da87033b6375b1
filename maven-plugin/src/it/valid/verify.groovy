def out = new File(basedir, 'target/govmodel')
assert new File(out, 'docs/cordoba/index.html').isFile()
assert new File(out, 'diagrams/cordoba-governance.svg').isFile()
assert new File(out, 'scorecards/y2023.html').isFile()
assert new File(out, 'json/model.json').isFile()
// <language>es</language>: the site and its home are in Spanish
assert new File(out, 'index.html').text.contains('<html lang="es">')
assert new File(out, 'docs/cordoba/index.html').getText('UTF-8').contains('gobernanza de la transformaci')
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/main/govmodel/cordoba-2023.govmodel:38:17:')
assert log.contains('[GOV-TIER-006]')
return true
