import { describe, expect, it } from 'vitest';
import { chamberBackdropSvg } from './chamber';
import { previewSvgs } from './previews';
import { namePlateSvg } from './nameplate';
import { SvgPainter, escapeXml } from './svg-painter';
import { voteMarkSvg } from './vote-style';
import { xmlProblem } from './well-formed';

describe('the well-formedness check', () => {
  it('accepts good XML and names what is wrong with bad XML', () => {
    expect(xmlProblem('<svg a="1"><g><rect/></g><text>a &amp; b</text></svg>')).toBeNull();
    expect(xmlProblem('<svg><g></svg>')).toMatch(/closes/);
    expect(xmlProblem('<svg a=1/>')).toMatch(/bad attributes/);
    expect(xmlProblem('<svg a="1" a="2"/>')).toMatch(/duplicate/);
    expect(xmlProblem('<svg>R&D</svg>')).toMatch(/bare &/);
    expect(xmlProblem('<a/><b/>')).toMatch(/more than one root/);
    expect(xmlProblem('<svg>')).toMatch(/unclosed/);
  });
});

describe('the SVG art', () => {
  it.each(Object.entries(previewSvgs()))('%s is well-formed SVG with content', (_name, svg) => {
    expect(xmlProblem(svg)).toBeNull();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(
      svg.match(/<(rect|circle|ellipse|path|polygon|line|text) /g)?.length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('escapes names that contain markup characters', () => {
    const svg = namePlateSvg('Bosnia & <Herzegovina> "BiH"');
    expect(xmlProblem(svg)).toBeNull();
    expect(svg).toContain('BOSNIA &amp; &lt;HERZEGOVINA&gt; &quot;BIH&quot;');
    expect(escapeXml(`'&'`)).toBe('&apos;&amp;&apos;');
    expect(xmlProblem(voteMarkSvg('no', 24, '&'))).toBeNull();
  });

  it('draws the same picture every time (seeded, no flicker between redraws)', () => {
    expect(chamberBackdropSvg(800, 450)).toBe(chamberBackdropSvg(800, 450));
    expect(previewSvgs().title).toBe(previewSvgs().title);
  });

  it('scales with the size it is given', () => {
    const small = chamberBackdropSvg(640, 360);
    expect(small).toContain('viewBox="0 0 640 360"');
    const widths = [...small.matchAll(/<rect x="0" y="[\d.]+" width="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(widths.length).toBeGreaterThan(0);
    expect(Math.max(...widths)).toBeLessThanOrEqual(640);
  });

  it('turns full-circle arcs into drawable paths', () => {
    const g = new SvgPainter();
    g.beginPath()
      .arc(50, 50, 20, 0, Math.PI * 2)
      .fillPath();
    const svg = g.toSvg(100, 100, 'circle');
    expect(xmlProblem(svg)).toBeNull();
    expect(svg).toMatch(/<path d="M70 50 A20 20 0 1 1 /);
  });
});
