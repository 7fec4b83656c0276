import { escapeHtml } from './escape-html.ts';
import type { Segment } from './highlight.ts';
import type { ReportModel } from './report-model.ts';
import { REPORT_CSS } from './report-styles.ts';
import { riskChartSvg } from './risk-chart-svg.ts';
import { localDigits } from './strings.ts';

/** The only policy the report runs under: no scripts, no requests; inline styles and data: images only. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function segmentsHtml(segments: readonly Segment[], gap: string): string {
  return segments
    .map((segment) => {
      if (segment.kind === 'gap') return `<span class="gap"> … (${escapeHtml(gap)}) … </span>`;
      if (segment.kind === 'evidence') return `<mark>${escapeHtml(segment.text)}</mark>`;
      return escapeHtml(segment.text);
    })
    .join('');
}

/** A hotline's link, only for http(s) addresses from the engine's directory, never message text. */
function hotlineLink(url: string): string {
  const safeUrl = /^https:\/\/[\w.-]+(?:\/[\w./%-]*)?$/u.test(url) ? url : undefined;
  return safeUrl === undefined ? escapeHtml(url) : `<a href="${escapeHtml(safeUrl)}">${escapeHtml(url)}</a>`;
}

/**
 * One self-contained HTML file: inline CSS and SVG only, no script, no font, no image or link to
 * load, under a Content-Security-Policy that forbids any request. Every piece of text that came
 * from the chat is escaped, its control and direction characters made visible.
 */
export function renderHtmlReport(model: ReportModel): string {
  const { strings, language } = model;
  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(strings.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(strings.title)}</h1>`,
  );
  if (model.title !== null) out.push(`<p class="subtitle">${escapeHtml(model.title)}</p>`);
  out.push(
    `<p><span class="risk risk-${model.risk}">${escapeHtml(strings.risk)}${escapeHtml(strings.colon)}${escapeHtml(model.riskLabel)}</span></p>`,
  );
  for (const note of model.notes) out.push(`<p class="note">${escapeHtml(note)}</p>`);
  out.push('</header>');

  out.push(`<section class="summary"><h2>${escapeHtml(strings.whatIsHappening)}</h2>`);
  for (const sentence of model.narrative) out.push(`<p>${escapeHtml(sentence)}</p>`);
  if (model.harms.length > 0) {
    out.push('<ul class="harms">');
    for (const harm of model.harms)
      out.push(
        `<li>${escapeHtml(harm.label)} <span class="muted">(${localDigits(Math.round(harm.score * 100), language)}%)</span></li>`,
      );
    out.push('</ul>');
  }
  out.push(`<p class="note">${escapeHtml(strings.notProof)}</p></section>`);

  out.push(`<section class="people"><h2>${escapeHtml(strings.whoIsWho)}</h2><table><tbody>`);
  for (const person of model.people)
    out.push(
      `<tr><th><bdi>${escapeHtml(person.name)}</bdi></th><td class="role-${person.role}">${escapeHtml(person.roleLabel)}</td><td>${person.details.map(escapeHtml).join('<br>')}</td></tr>`,
    );
  out.push('</tbody></table></section>');

  out.push(`<section class="timeline"><h2>${escapeHtml(strings.timeline)}</h2><div class="chart-block">`);
  out.push(riskChartSvg(model.analysis, strings, language));
  out.push(`<p class="note">${escapeHtml(strings.chartDescription)}</p></div>`);
  out.push(`<h2>${escapeHtml(strings.stages)}</h2>`);
  if (model.stages.length === 0) out.push(`<p>${escapeHtml(strings.noStages)}</p>`);
  else {
    out.push('<ol class="stages">');
    for (const stage of model.stages) {
      const when = stage.when === '' ? '' : `${escapeHtml(stage.when)}, `;
      out.push(
        `<li><strong>${escapeHtml(stage.stageLabel)}</strong> <span class="muted">(${escapeHtml(stage.harmLabel)})</span> — ${when}${escapeHtml(strings.message(stage.messageNumber))}, <bdi>${escapeHtml(stage.author)}</bdi>`,
      );
      if (stage.evidence.length > 0)
        out.push(
          `<br><span class="evidence-quotes">${stage.evidence.map((text) => `“<bdi>${escapeHtml(text)}</bdi>”`).join(', ')}</span>`,
        );
      out.push('</li>');
    }
    out.push('</ol>');
  }
  out.push('</section>');

  if (model.keyMessages.length > 0) {
    out.push(`<section class="messages"><h2>${escapeHtml(strings.keyMessages)}</h2>`);
    out.push(`<p class="note">${escapeHtml(strings.evidenceLegend)}</p>`);
    for (const message of model.keyMessages) {
      const when = message.when === '' ? '' : ` · ${escapeHtml(message.when)}`;
      const labels =
        message.labels.length > 0 ? ` <span class="labels">(${message.labels.map(escapeHtml).join(', ')})</span>` : '';
      out.push(
        `<article class="message"><header><strong>${escapeHtml(strings.message(message.messageNumber))}</strong>${when} · <bdi>${escapeHtml(message.author)}</bdi>${labels}</header>`,
        `<p class="text" dir="auto">${segmentsHtml(message.segments, strings.truncatedNote)}</p></article>`,
      );
    }
    out.push('</section>');
  }

  out.push(`<section class="help"><h2>${escapeHtml(strings.whatToDo)}</h2><ol class="steps">`);
  for (const step of model.steps) out.push(`<li>${escapeHtml(step)}</li>`);
  out.push('</ol>');
  if (model.advice.length > 0) {
    out.push(`<p>${escapeHtml(strings.engineAdvice)}</p><ul class="steps">`);
    for (const step of model.advice) out.push(`<li>${escapeHtml(step)}</li>`);
    out.push('</ul>');
  }
  if (model.hotlines.length > 0 || model.hotlineNote !== null) {
    out.push(`<h2>${escapeHtml(strings.whoCanHelp)}</h2>`);
    if (model.hotlines.length > 0) {
      out.push('<table class="hotlines"><tbody>');
      for (const hotline of model.hotlines) {
        const contact = [
          hotline.number !== undefined ? `<strong>${escapeHtml(hotline.number)}</strong>` : '',
          hotline.url !== undefined ? hotlineLink(hotline.url) : '',
        ]
          .filter((part) => part !== '')
          .join('<br>');
        const where = hotline.country === 'ZZ' ? '🌐' : escapeHtml(hotline.country);
        const hours = hotline.hours !== undefined ? ` <span class="muted">(${escapeHtml(hotline.hours)})</span>` : '';
        out.push(`<tr><td>${where}</td><td>${escapeHtml(hotline.name)}${hours}</td><td>${contact}</td></tr>`);
      }
      out.push('</tbody></table>');
    }
    if (model.hotlineNote !== null) out.push(`<p class="note">${escapeHtml(model.hotlineNote)}</p>`);
  }
  out.push('</section>');
  out.push(`<footer><p>${escapeHtml(strings.footer)}</p></footer>`, '</body>', '</html>', '');
  return out.join('\n');
}
