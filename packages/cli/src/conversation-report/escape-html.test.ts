import { describe, expect, it } from 'vitest';
import { escapeHtml, revealControls } from './escape-html.ts';

describe(escapeHtml.name, () => {
  it('escapes markup and both kinds of quotes', () => {
    expect(escapeHtml(`<script>alert("x")</script></style>'&`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;/style&gt;&#39;&amp;',
    );
  });

  it('shows direction overrides and control characters instead of obeying them', () => {
    expect(revealControls('pay \u202Egnp.exe\u202C now\u0007')).toBe('pay ⟦U+202E⟧gnp.exe⟦U+202C⟧ now⟦U+0007⟧');
    expect(escapeHtml('\u001B[31mred')).toBe('⟦U+001B⟧[31mred');
  });

  it('keeps line breaks, emoji and Khmer, and replaces lone surrogates', () => {
    expect(escapeHtml('សួស្តី\n😊\tok')).toBe('សួស្តី\n😊\tok');
    expect(escapeHtml('bad \uD83D end')).toBe('bad \uFFFD end');
  });
});
