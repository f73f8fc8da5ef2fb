// write-excel-file's writer under a name, for report --format xlsx and survey export --to xlsform: bundled on its own
// (dist/vendor/write-excel-file.cjs), where a default export would be lost.
export { default as writeXlsxFile } from 'write-excel-file/node';
