// A tiny markup reader for the HTML and SVG tests: checks that tags balance, builds a tree, and prints an outline for golden files.
import { expect } from 'vitest';

export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: (El | string)[];
}

const VOID = new Set(['meta', 'br', 'hr', 'img', 'input', 'link', 'col', 'source', 'wbr', 'area', 'base', 'embed', 'track']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

export const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => ENTITIES[e]!);

/**
 * Parses markup made by our reporters into a tree, failing the test on any unbalanced tag, unknown
 * entity or stray "<" in text: in our output every "<" of a text is escaped, so this also catches
 * a string that escaped escaping. The content of <style> is kept as text without being read.
 */
export function parse(markup: string): El {
  const root: El = { tag: '#root', attrs: {}, children: [] };
  const stack: El[] = [root];
  const re = /<!DOCTYPE[^>]*>|<\?xml[^>]*\?>|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+(?:="[^"<>]*")?)*)\s*(\/?)>/g;
  let last = 0;
  const text = (s: string) => {
    if (!s) return;
    expect(s, 'text holds no raw "<"').not.toMatch(/</);
    expect(s.replace(/&(amp|lt|gt|quot|#39);/g, ''), 'text holds no other entity').not.toMatch(/&[a-zA-Z#0-9]+;/);
    stack[stack.length - 1]!.children.push(decode(s));
  };
  for (let m = re.exec(markup); m; m = re.exec(markup)) {
    text(markup.slice(last, m.index));
    last = re.lastIndex;
    if (!m[2]) continue;
    const [, close, rawTag, rawAttrs, selfClose] = m;
    const tag = rawTag!;
    if (close) {
      const open = stack.pop();
      expect(open?.tag, `closing </${tag}>`).toBe(tag);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of rawAttrs!.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) attrs[a[1]!] = decode(a[2] ?? '');
    const el: El = { tag, attrs, children: [] };
    stack[stack.length - 1]!.children.push(el);
    if (tag === 'style') {
      const end = markup.indexOf('</style>', last);
      el.children.push(markup.slice(last, end));
      last = end + '</style>'.length;
      re.lastIndex = last;
      continue;
    }
    if (!selfClose && !VOID.has(tag)) stack.push(el);
  }
  text(markup.slice(last).trim());
  expect(stack.map((e) => e.tag), 'every element is closed').toEqual(['#root']);
  return root;
}

export function* walk(el: El): Generator<El> {
  yield el;
  for (const c of el.children) if (typeof c !== 'string') yield* walk(c);
}

export const all = (root: El, pred: (e: El) => boolean) => [...walk(root)].filter(pred);
export const byClass = (root: El, cls: string) => all(root, (e) => (e.attrs.class ?? '').split(' ').includes(cls));
export const byTag = (root: El, tag: string) => all(root, (e) => e.tag === tag);

/** Text content as a person reads it: an SVG other than the radar counts as its label. */
export function textOf(el: El | string): string {
  if (typeof el === 'string') return el;
  if (el.tag === 'svg' && el.attrs['aria-label'] !== undefined) return `[${el.attrs['aria-label']}]`;
  if (el.tag === 'title' || el.tag === 'desc' || el.tag === 'style') return '';
  return el.children.map(textOf).join('');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The radar in a few lines: axes, polygons with their point counts, gap markers, labels, legend. */
function radarOutline(svg: El, indent: string): string[] {
  const polygons = byTag(svg, 'polygon').map((p) => `${p.attrs.class}(${(p.attrs.points ?? '').split(' ').filter(Boolean).length})`);
  const labels = byClass(svg, 'radar-label').map((l) => squash(l.children.filter((c) => typeof c !== 'string' && c.tag === 'tspan').map(textOf).join(' / ')));
  return [
    `${indent}radar: ${byClass(svg, 'radar-axis').length} axes, ${byClass(svg, 'radar-ring').length} rings, polygons ${polygons.join(' ')}, ${byClass(svg, 'radar-gap').length} gap markers`,
    `${indent}  title: ${squash(textOf(byTag(svg, 'title')[0]!.children[0] ?? ''))}`,
    ...labels.map((l) => `${indent}  axis: ${l}`),
    ...byClass(svg, 'radar-vertex').map((v) => `${indent}  vertex: ${squash(String(byTag(v, 'title')[0]?.children[0] ?? ''))}`),
    `${indent}  legend: ${squash(byClass(svg, 'radar-legend').map(textOf).join(''))}`,
  ];
}

/** An outline of the page's structure and texts, for golden files that do not move with the stylesheet. */
export function outline(el: El, depth = 0): string[] {
  const indent = '  '.repeat(depth);
  const cls = el.attrs.class ? `.${el.attrs.class.split(' ').join('.')}` : '';
  const id = el.attrs.id ? `#${el.attrs.id}` : '';
  const kids = (d: number) => el.children.flatMap((c) => (typeof c === 'string' ? [] : outline(c, d)));
  switch (el.tag) {
    case '#root':
    case 'html':
    case 'body':
    case 'div':
    case 'figure':
    case 'tbody':
    case 'thead':
    case 'dl':
      return kids(depth);
    case 'head':
      return [`title: ${squash(byTag(el, 'title')[0]!.children.join(''))}`];
    case 'header':
    case 'main':
    case 'footer':
    case 'section':
    case 'table':
    case 'ol':
    case 'ul':
    case 'blockquote':
      return [`${indent}${el.tag}${id}${cls}`, ...kids(depth + 1)];
    case 'svg':
      return (el.attrs.class ?? '').includes('radar') ? radarOutline(el, indent) : [`${indent}svg: ${el.attrs['aria-label'] ?? ''}`];
    case 'tr':
      return [`${indent}tr${cls}: ${el.children.map((c) => squash(textOf(c))).join(' | ')}`];
    case 'h1':
    case 'h2':
    case 'h3':
    case 'caption':
    case 'p':
    case 'li':
    case 'dt':
    case 'dd':
    case 'figcaption':
      return [`${indent}${el.tag}${cls}: ${squash(textOf(el))}`];
    default:
      return kids(depth);
  }
}
