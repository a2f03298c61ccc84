/**
 * A `Painter` that writes SVG elements instead of drawing on a canvas, so the art can be used
 * as SVG strings (DOM overlays, the title image) and checked in tests without a browser.
 */
import type { Painter } from './painter';
import { hex } from './colour';

/** Escapes text for use in SVG content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const num = (value: number): string => String(Math.round(value * 100) / 100);

export interface SvgTextOptions {
  readonly size: number;
  readonly color: number;
  readonly family: string;
  readonly weight?: number;
  readonly anchor?: 'start' | 'middle' | 'end';
  readonly letterSpacing?: number;
}

export class SvgPainter implements Painter {
  private readonly parts: string[] = [];
  private fill = { color: 0x000000, alpha: 1 };
  private line = { width: 1, color: 0x000000, alpha: 1 };
  private path: string[] = [];

  private fillAttrs(): string {
    const opacity = this.fill.alpha < 1 ? ` fill-opacity="${num(this.fill.alpha)}"` : '';
    return `fill="${hex(this.fill.color)}"${opacity}`;
  }

  private strokeAttrs(): string {
    const opacity = this.line.alpha < 1 ? ` stroke-opacity="${num(this.line.alpha)}"` : '';
    return `fill="none" stroke="${hex(this.line.color)}" stroke-width="${num(this.line.width)}"${opacity}`;
  }

  fillStyle(color: number, alpha = 1): this {
    this.fill = { color, alpha };
    return this;
  }

  lineStyle(lineWidth: number, color: number, alpha = 1): this {
    this.line = { width: lineWidth, color, alpha };
    return this;
  }

  fillRect(x: number, y: number, width: number, height: number): this {
    this.parts.push(
      `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" ${this.fillAttrs()}/>`,
    );
    return this;
  }

  strokeRect(x: number, y: number, width: number, height: number): this {
    this.parts.push(
      `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" ${this.strokeAttrs()}/>`,
    );
    return this;
  }

  fillRoundedRect(x: number, y: number, width: number, height: number, radius = 20): this {
    this.parts.push(
      `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" rx="${num(radius)}" ${this.fillAttrs()}/>`,
    );
    return this;
  }

  strokeRoundedRect(x: number, y: number, width: number, height: number, radius = 20): this {
    this.parts.push(
      `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" rx="${num(radius)}" ${this.strokeAttrs()}/>`,
    );
    return this;
  }

  fillCircle(x: number, y: number, radius: number): this {
    this.parts.push(
      `<circle cx="${num(x)}" cy="${num(y)}" r="${num(radius)}" ${this.fillAttrs()}/>`,
    );
    return this;
  }

  strokeCircle(x: number, y: number, radius: number): this {
    this.parts.push(
      `<circle cx="${num(x)}" cy="${num(y)}" r="${num(radius)}" ${this.strokeAttrs()}/>`,
    );
    return this;
  }

  fillEllipse(x: number, y: number, width: number, height: number): this {
    this.parts.push(
      `<ellipse cx="${num(x)}" cy="${num(y)}" rx="${num(width / 2)}" ry="${num(height / 2)}" ${this.fillAttrs()}/>`,
    );
    return this;
  }

  strokeEllipse(x: number, y: number, width: number, height: number): this {
    this.parts.push(
      `<ellipse cx="${num(x)}" cy="${num(y)}" rx="${num(width / 2)}" ry="${num(height / 2)}" ${this.strokeAttrs()}/>`,
    );
    return this;
  }

  fillTriangle(x0: number, y0: number, x1: number, y1: number, x2: number, y2: number): this {
    const points = [x0, y0, x1, y1, x2, y2].map(num).join(' ');
    this.parts.push(`<polygon points="${points}" ${this.fillAttrs()}/>`);
    return this;
  }

  lineBetween(x1: number, y1: number, x2: number, y2: number): this {
    this.parts.push(
      `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" ${this.strokeAttrs()} stroke-linecap="round"/>`,
    );
    return this;
  }

  beginPath(): this {
    this.path = [];
    return this;
  }

  moveTo(x: number, y: number): this {
    this.path.push(`M${num(x)} ${num(y)}`);
    return this;
  }

  lineTo(x: number, y: number): this {
    this.path.push(`${this.path.length === 0 ? 'M' : 'L'}${num(x)} ${num(y)}`);
    return this;
  }

  arc(
    x: number,
    y: number,
    radius: number,
    startAngle: number,
    endAngle: number,
    anticlockwise = false,
  ): this {
    let sweep = anticlockwise ? startAngle - endAngle : endAngle - startAngle;
    if (sweep < 0) sweep += Math.PI * 2;
    const full = sweep >= Math.PI * 2 - 1e-6;
    const end = full ? startAngle + (anticlockwise ? -1 : 1) * (Math.PI * 2 - 1e-3) : endAngle;
    const sx = x + radius * Math.cos(startAngle);
    const sy = y + radius * Math.sin(startAngle);
    const ex = x + radius * Math.cos(end);
    const ey = y + radius * Math.sin(end);
    this.path.push(`${this.path.length === 0 ? 'M' : 'L'}${num(sx)} ${num(sy)}`);
    const large = sweep > Math.PI ? 1 : 0;
    this.path.push(
      `A${num(radius)} ${num(radius)} 0 ${large} ${anticlockwise ? 0 : 1} ${num(ex)} ${num(ey)}`,
    );
    return this;
  }

  closePath(): this {
    this.path.push('Z');
    return this;
  }

  fillPath(): this {
    if (this.path.length > 0)
      this.parts.push(`<path d="${this.path.join(' ')}" ${this.fillAttrs()}/>`);
    return this;
  }

  strokePath(): this {
    if (this.path.length > 0)
      this.parts.push(
        `<path d="${this.path.join(' ')}" ${this.strokeAttrs()} stroke-linejoin="round"/>`,
      );
    return this;
  }

  /** Text (SVG output only; in Phaser the scenes add Text objects with the theme's styles). */
  text(x: number, y: number, content: string, options: SvgTextOptions): this {
    const weight = options.weight ? ` font-weight="${options.weight}"` : '';
    const spacing = options.letterSpacing ? ` letter-spacing="${num(options.letterSpacing)}"` : '';
    this.parts.push(
      `<text x="${num(x)}" y="${num(y)}" font-family="${escapeXml(options.family)}" font-size="${num(options.size)}"${weight}${spacing} text-anchor="${options.anchor ?? 'start'}" dominant-baseline="central" fill="${hex(options.color)}">${escapeXml(content)}</text>`,
    );
    return this;
  }

  /** The finished SVG document; `label` becomes its accessible name. */
  toSvg(width: number, height: number, label: string): string {
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" role="img" aria-label="${escapeXml(label)}">`,
      `<title>${escapeXml(label)}</title>`,
      ...this.parts,
      '</svg>',
    ].join('\n');
  }
}
