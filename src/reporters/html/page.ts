// The HTML document shell shared by the report and the comparison: one self-contained file, no script, no external request.
import type { Lang } from '../../questionnaire/schema.js';
import { CSS } from './css.js';
import { esc } from './escape.js';

/**
 * The Content-Security-Policy forbids every script and every request: the page needs neither, so
 * even a bug in escaping could neither run code nor call out when the file is opened.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** `css`: a stylesheet of the page's own (the paper questionnaire's), instead of the reports'. */
export function page(opts: { lang: Lang; title: string; generator: string; body: string; css?: string }): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${opts.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${esc(opts.generator)}">`,
    `<title>${esc(opts.title)}</title>`,
    `<style>${opts.css ?? CSS}</style>`,
    '</head>',
    '<body>',
    opts.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
