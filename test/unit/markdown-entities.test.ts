// markdown-it's `entities` import resolves to the package's decoder alone
// (scripts/bundle-plugins.mjs), which keeps the encoder's 23 KB table out of every bundle. The
// decoding must stay the full HTML one: the panel renders a user's `&rarr;` as an arrow.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { inlineHtml } from '../../src/webview/markdown';
import { reportMarkdownIt } from '../../src/core/view/report-html';

describe('HTML entities in markdown-it', () => {
  it('decodes named, numeric and hexadecimal entities in text, as HTML does', () => {
    assert.equal(inlineHtml('&copy; &notin; &rarr; &#169; &#x2192; &nbsp;'), '© ∉ → © → \u00a0');
    // Text takes only whole names with their semicolon: "ampxyz" is no entity, so it stays.
    assert.equal(inlineHtml('R&ampxyz; and &unknownname;'), 'R&amp;ampxyz; and &amp;unknownname;');
  });

  it('decodes a link title the legacy way, as HTML reads an attribute-free text', () => {
    // "&notit;" is no entity, but "&not" is one of the old names that needs no semicolon.
    assert.equal(inlineHtml('[a](https://example.com "t&notit; &lt;x&gt;")'), '<a href="https://example.com" title="t¬it; &lt;x&gt;">a</a>');
  });

  it('renders the same in the reports, which share the engine’s markdown-it', () => {
    assert.equal(reportMarkdownIt().renderInline('&eacute;t&eacute; &amp; &#8364;'), 'été &amp; €');
  });

  it('leaves the encoder’s table out of the bundles that ship', () => {
    // "&NewLine;" is a key of the encoder's table only (the decoder's is packed binary).
    for (const f of ['dist/webview/main.js', 'dist/web/extension.js', 'dist/engine.js', 'dist/cli.js', 'dist/lsp.js']) {
      assert.ok(!readFileSync(f, 'utf8').includes('&NewLine;'), `${f} holds the entity encoder`);
    }
  });
});
