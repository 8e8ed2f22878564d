import { PNG } from 'pngjs';
import { CAP_HEIGHT, GLYPH_WIDTH, glyph } from './pixel-font.ts';

/** `#rrggbb` */
export type Colour = `#${string}`;

/** Physical pixels per CSS pixel: sharp on high-DPI screens, still small as an attachment. */
export const CHART_DENSITY = 2;
/** Physical pixels per pixel-font dot. */
const FONT_DOT = 3;

/**
 * A tiny RGBA raster in pure JavaScript, encoded with pngjs: charts are bars, lines and labels,
 * so rectangles and a pixel font are all that is needed, and the Lambda needs no native canvas.
 * Coordinates are in CSS pixels; `density` physical pixels per CSS pixel keep it sharp on
 * high-DPI screens (the HTML shows it at `width` CSS pixels).
 */
export class Raster {
  readonly #pixels: Buffer;
  readonly #physicalWidth: number;
  readonly #physicalHeight: number;

  constructor(
    readonly width: number,
    readonly height: number,
    readonly density = CHART_DENSITY,
    background: Colour = '#ffffff',
  ) {
    this.#physicalWidth = Math.round(width * density);
    this.#physicalHeight = Math.round(height * density);
    this.#pixels = Buffer.alloc(this.#physicalWidth * this.#physicalHeight * 4);
    this.fillRect(0, 0, width, height, background);
  }

  fillRect(x: number, y: number, width: number, height: number, colour: Colour): void {
    const left = Math.max(0, Math.round(x * this.density));
    const top = Math.max(0, Math.round(y * this.density));
    const right = Math.min(this.#physicalWidth, Math.round((x + width) * this.density));
    const bottom = Math.min(this.#physicalHeight, Math.round((y + height) * this.density));
    this.#fillPhysical(left, top, right, bottom, colour);
  }

  /** Width in CSS pixels that `text` takes. */
  textWidth(text: string): number {
    const characters = [...text].length;
    return characters === 0 ? 0 : ((characters * (GLYPH_WIDTH + 1) - 1) * FONT_DOT) / this.density;
  }

  /** Cap height of the font in CSS pixels, for vertical centring. */
  get textHeight(): number {
    return (CAP_HEIGHT * FONT_DOT) / this.density;
  }

  /** Draws `text` with its top at `y`; `align` says whether `x` is its left, centre or right. */
  text(x: number, y: number, text: string, colour: Colour, align: 'left' | 'center' | 'right' = 'left'): void {
    const width = this.textWidth(text);
    const start = align === 'left' ? x : align === 'center' ? x - width / 2 : x - width;
    let penX = Math.round(start * this.density);
    const penY = Math.round(y * this.density);
    for (const character of text) {
      glyph(character).forEach((row, rowIndex) =>
        row.forEach((on, column) => {
          if (!on) return;
          const left = penX + column * FONT_DOT;
          const top = penY + rowIndex * FONT_DOT;
          this.#fillPhysical(left, top, left + FONT_DOT, top + FONT_DOT, colour);
        }),
      );
      penX += (GLYPH_WIDTH + 1) * FONT_DOT;
    }
  }

  toPng(): Buffer {
    const png = new PNG({ width: this.#physicalWidth, height: this.#physicalHeight });
    this.#pixels.copy(png.data);
    // Flat colours: the Sub filter alone compresses them well, far faster than trying all five.
    return PNG.sync.write(png, { colorType: 2, filterType: 1, deflateLevel: 6 });
  }

  #fillPhysical(left: number, top: number, right: number, bottom: number, colour: Colour): void {
    const [red, green, blue] = rgb(colour);
    const pixel = Buffer.from([red, green, blue, 255]);
    const x0 = Math.max(0, left);
    const x1 = Math.min(this.#physicalWidth, right);
    if (x1 <= x0) return;
    for (let row = Math.max(0, top); row < Math.min(this.#physicalHeight, bottom); row += 1) {
      const rowStart = row * this.#physicalWidth * 4;
      this.#pixels.fill(pixel, rowStart + x0 * 4, rowStart + x1 * 4);
    }
  }
}

function rgb(colour: Colour): [number, number, number] {
  const value = Number.parseInt(colour.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
