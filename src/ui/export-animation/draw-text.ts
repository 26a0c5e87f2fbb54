/** The frames' type: the font stack (CJK first, the fonts-noto-cjk of Debian and the phones' own) and one text call. */

export type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';
export const INK = '#1f2933';
export const MUTED = '#52606d';

export function text(ctx: Ctx, value: string, x: number, y: number, px: number, options: { weight?: number; colour?: string; align?: CanvasTextAlign; maxWidth?: number } = {}): void {
  ctx.font = `${options.weight ?? 400} ${Math.round(px)}px ${FONT}`;
  ctx.fillStyle = options.colour ?? INK;
  ctx.textAlign = options.align ?? 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(value, x, y, options.maxWidth);
}
