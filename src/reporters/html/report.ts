// The HTML report: one self-contained page (inline CSS and SVG, no script) to open, print on A4 or project.
import { htmlText } from '../../i18n/html.js';
import { VERSION } from '../../core/version.js';
import { collectiveSections } from './collective.js';
import { page } from './page.js';
import { coverageNotes, dimensionTable, footer, gateBanner, header, overview, prompts, recommendations } from './sections.js';
import type { Reporter } from '../types.js';
import { verdictSection } from './verdict.js';

export const report: Reporter = (report, ctx) =>
  page({
    lang: ctx.lang,
    title: htmlText[ctx.lang].docTitle(report.territory),
    generator: `impact-collectif ${VERSION}`,
    body: [
      header(report, ctx.lang),
      '<main>',
      gateBanner(report, ctx.lang),
      verdictSection(report, ctx.lang),
      overview(report, ctx),
      dimensionTable(report, ctx.lang),
      coverageNotes(report, ctx.lang),
      recommendations(report, ctx),
      collectiveSections(report, ctx),
      prompts(report, ctx.lang),
      '</main>',
      footer(report, ctx.lang),
    ]
      .filter(Boolean)
      .join('\n'),
  });
