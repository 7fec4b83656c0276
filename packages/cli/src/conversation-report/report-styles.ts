/**
 * Fonts that can show Khmer, tried in order (the report cannot embed a font: it must stay one small
 * file that makes no request). Noto Sans Khmer and Khmer OS are what Linux and Khmer-localised
 * systems ship; Khmer UI and Leelawadee UI are Windows', Khmer Sangam MN is Apple's.
 */
export const FONT_STACK =
  '"Noto Sans Khmer", "Noto Sans", "Khmer OS System", "Khmer OS", "Khmer UI", "Khmer Sangam MN", "Leelawadee UI", "Kantumruy Pro", "Battambang", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** The report's whole style sheet: light colours only, readable on screen and on paper. */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 1.5rem; background: #fff; color: #1a1a1a;
  font-family: ${FONT_STACK}; font-size: 16px; line-height: 1.6; }
body:lang(km) { line-height: 1.9; }
ol:lang(km) { list-style-type: khmer; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #ddd; padding-bottom: .2rem; }
.subtitle, .note, .muted { color: #555; }
.note { font-size: .9rem; }
.risk { display: inline-block; padding: .2rem .6rem; border: 2px solid currentColor; border-radius: .4rem; font-weight: bold; }
.risk-none { color: #1b6e20; } .risk-low, .risk-medium { color: #8a5a00; } .risk-high, .risk-critical { color: #b00020; }
.harms li { margin: .1rem 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #e2e2e2; }
th { font-weight: 600; }
.role-likely_offender { color: #b00020; font-weight: bold; }
.role-likely_target { color: #0b4f8a; font-weight: bold; }
.chart { width: 100%; height: auto; max-height: 18rem; }
.chart .plot { fill: #fafafa; stroke: #ccc; }
.chart .grid { stroke: #e0e0e0; stroke-width: 1; }
.chart .tick, .chart .axis { font-size: 11px; fill: #555; font-family: ${FONT_STACK}; }
.chart .line { fill: none; stroke: #b00020; stroke-width: 2; stroke-linejoin: round; }
.chart .area { fill: #b00020; fill-opacity: .08; stroke: none; }
.chart .stage { stroke: #0b4f8a; stroke-width: 1; stroke-dasharray: 4 3; }
.chart .stage-number { font-size: 11px; font-weight: bold; fill: #0b4f8a; font-family: ${FONT_STACK}; }
.chart .alert { stroke: #b00020; stroke-width: 2; }
.chart .alert-label { font-size: 11px; fill: #b00020; font-weight: bold; font-family: ${FONT_STACK}; }
ol.stages li { margin: .3rem 0; }
.evidence-quotes { color: #555; font-size: .9rem; }
.message { border: 1px solid #ddd; border-left: 4px solid #b00020; border-radius: .3rem; padding: .5rem .75rem; margin: .75rem 0; }
.message header { font-size: .9rem; color: #444; }
.message .labels { color: #8a5a00; }
.message .text { white-space: pre-wrap; overflow-wrap: anywhere; margin: .3rem 0 0; unicode-bidi: isolate; }
mark { background: #fff2a8; color: inherit; text-decoration: underline 2px #b00020; text-underline-offset: 2px; padding: 0 .05em; }
.gap { color: #777; font-style: italic; }
.steps li { margin: .35rem 0; }
.hotlines td:first-child { white-space: nowrap; }
footer { margin-top: 2.5rem; padding-top: .75rem; border-top: 2px solid #ddd; color: #444; font-size: .9rem; }
@media print {
  @page { margin: 15mm; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .message, tr, ol.stages li, .chart-block { break-inside: avoid; page-break-inside: avoid; }
  section.help { break-before: page; page-break-before: always; }
  mark { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { color: inherit; }
}
`;
