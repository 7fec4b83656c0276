import { describe, expect, it } from 'vitest';
import { groomingAnalysis, quietAnalysis } from './fixture-analysis.ts';
import { buildReportModel } from './report-model.ts';
import { renderSummaryText } from './summary-text.ts';

describe(renderSummaryText.name, () => {
  it('says what is happening, who is who, since when, the stages with dates and the evidence', () => {
    const text = renderSummaryText(buildReportModel(groomingAnalysis(), { language: 'en', country: 'KH' }), {
      color: false,
    });
    expect(text).toContain('Risk: CRITICAL');
    expect(text).toContain('Raksa read 10 messages, from 2 Mar 2024 to 9 Mar 2024.');
    expect(text).toContain(
      'The person who is most likely doing harm is Kevin Lim. The person most likely at risk is Sophea.',
    );
    expect(text).toContain('The danger became high at message 7 (5 Mar 2024, 22:47).');
    expect(text).toMatch(
      /Kevin Lim — Likely offender: 6 messages; says they are 19; 67% of messages sent late at night/u,
    );
    expect(text).toContain('4. Asking for pictures (Grooming of a child) — 9 Mar 2024, 23:15, message 9, Kevin Lim');
    expect(text).toContain('[this is our secret] ok, [don');
    expect(text).toContain('Child Helpline Cambodia: 1280');
    expect(text).toContain('Nothing was uploaded');
  });

  it('is in Khmer with Khmer numerals for --lang km', () => {
    const text = renderSummaryText(buildReportModel(groomingAnalysis(), { language: 'km' }), { color: false });
    expect(text).toContain('Raksa បានអានសារចំនួន ១០ ចាប់ពី ២ មីនា ២០២៤ ដល់ ៩ មីនា ២០២៤។');
    expect(text).toContain('គ្រោះថ្នាក់បានឡើងដល់កម្រិតខ្ពស់នៅសារទី ៧');
    expect(text).toContain('ប្រាប់ថាខ្លួនអាយុ ១៣ឆ្នាំ');
    expect(text).not.toMatch(/What to do|Who is who/u);
    expect(text).toContain('សូមប្រាប់ប្រទេសរបស់អ្នកដោយ --country');
  });

  it('never passes terminal escape sequences from a message through', () => {
    const analysis = groomingAnalysis();
    analysis.keyMessages[0] = { ...analysis.keyMessages[0]!, text: 'hi \u001B]0;owned\u0007 \u001B[2J there' };
    const text = renderSummaryText(buildReportModel(analysis, { language: 'en' }), { color: false });
    expect(text).not.toContain('\u001B');
    expect(text).toContain('⟦U+001B⟧[2J');
  });

  it('says nothing was found without claiming the chat is safe', () => {
    const text = renderSummaryText(buildReportModel(quietAnalysis(), { language: 'en' }), { color: false });
    expect(text).toContain('Risk: NONE');
    expect(text).toContain('That does not prove it is safe');
    expect(text).toContain('(the export gives no dates)');
  });
});
