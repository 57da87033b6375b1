// <outputs> with print: the PNG of every drawing and one A4 PDF per assessment, beside the site asked for
def out = new File(basedir, 'target/govmodel')
def bytes = { String path -> def f = new File(out, path); assert f.isFile() : path + ' was not written'; f.bytes }

def png = bytes('print/diagrams/cordoba-governance.png')
assert png[1..3] == 'PNG'.bytes as List : 'not a PNG image'
assert bytes('print/scorecards/y2023-radar.png').length > 10_000

def pdf = bytes('print/cordoba-y2023.pdf')
assert new String(pdf, 0, 5, 'ISO-8859-1') == '%PDF-' : 'not a PDF document'
assert pdf.length > 50_000

// only the families named: the site, not the SVG diagrams or the JSON
assert new File(out, 'docs/cordoba/index.html').getText('UTF-8').contains('lang="pt-BR"')
assert !new File(out, 'diagrams').exists()
assert !new File(out, 'json').exists()
return true
