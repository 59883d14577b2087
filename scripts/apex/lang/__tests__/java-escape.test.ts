import * as E from '../java-escape';

describe('escaping', () => {
  it('escapes single quotes for SOQL', () => {
    expect(E.escapeSingleQuotes("O'Brien's")).toBe("O\\'Brien\\'s");
  });

  it('escapes and unescapes HTML 4 entities', () => {
    expect(E.escapeHtml4('<a href="x">Tom & Jerry</a>')).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&lt;/a&gt;',
    );
    expect(E.escapeHtml4("it's café © €")).toBe("it's caf&eacute; &copy; &euro;");
    expect(E.escapeHtml4('α Ω …')).toBe('&alpha; &Omega; &hellip;');
    expect(E.unescapeHtml4('&lt;b&gt; &amp;amp; &eacute; &#65;&#x42; &bogus; &')).toBe(
      '<b> &amp; é AB &bogus; &',
    );
  });

  it('escapes the five XML entities only', () => {
    expect(E.escapeXml(`<a b="c">'&'</a> é`)).toBe('&lt;a b=&quot;c&quot;&gt;&apos;&amp;&apos;&lt;/a&gt; é');
    expect(E.unescapeXml('&lt;&amp;&gt;&quot;&apos;&#233;')).toBe(`<&>"'é`);
  });

  it('escapes Java string literals', () => {
    expect(E.escapeJava('He said "hi"\n\t\\ é/')).toBe('He said \\"hi\\"\\n\\t\\\\ \\u00E9/');
    expect(E.escapeJava('\u0001')).toBe('\\u0001');
    expect(E.unescapeJava('He said \\"hi\\"\\n\\u00E9\\\\')).toBe('He said "hi"\né\\');
  });

  it('escapes CSV values', () => {
    expect(E.escapeCsv('plain')).toBe('plain');
    expect(E.escapeCsv('a,b')).toBe('"a,b"');
    expect(E.escapeCsv('say "x"')).toBe('"say ""x"""');
    expect(E.escapeCsv('line\nbreak')).toBe('"line\nbreak"');
    expect(E.unescapeCsv('"say ""x"""')).toBe('say "x"');
    expect(E.unescapeCsv('"plain"')).toBe('"plain"');
  });

  it('escapes non-ASCII as \\uXXXX', () => {
    expect(E.escapeUnicode('aé😀')).toBe('a\\u00E9\\uD83D\\uDE00');
    expect(E.unescapeUnicode('a\\u00E9\\uD83D\\uDE00')).toBe('aé😀');
  });
});
