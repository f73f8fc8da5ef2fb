// write-excel-file's writer under a name: bundled on its own (dist/vendor/xlsxwrite.cjs), where a default export would be lost.
export { default as writeXlsxFile } from 'write-excel-file/node';
