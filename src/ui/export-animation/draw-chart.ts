/**
 * The chart of a chart source (the comparison view) in a frame: axes with their ticks, one line per series in its
 * colour and dash, the day's cursor with a dot where each series crosses it, and a readout per series beside the
 * plot (its name, date and value on the cursor's day), as the view shows its chart and its table.
 */
import type { ChartScene } from '../../export/animation/scene';
import { MUTED, text, type Ctx } from './draw-text';

const GRID = '#e4e7eb';
const CURSOR = '#d32f2f';

interface Box { x: number; y: number; w: number; h: number }

export function drawChart(ctx: Ctx, chart: ChartScene, box: Box, unit: number): void {
  // The readouts take the right third on a wide frame, the bottom of the box on a tall one.
  const wide = box.w > box.h * 1.2;
  const rowH = 22 * unit;
  const readoutH = wide ? 0 : chart.readouts.length * rowH + 8 * unit;
  const readoutW = wide ? Math.min(box.w * 0.36, 420 * unit) : 0;
  const left = 52 * unit;
  const plot = { x: box.x + left, y: box.y + 26 * unit, w: box.w - left - readoutW - 12 * unit, h: box.h - 56 * unit - readoutH };
  const px = (share: number) => plot.x + share * plot.w;
  const py = (share: number) => plot.y + share * plot.h;
  ctx.save();
  ctx.lineWidth = unit;
  for (const tick of chart.yTicks) {
    ctx.strokeStyle = GRID;
    ctx.beginPath();
    ctx.moveTo(plot.x, py(tick.at));
    ctx.lineTo(plot.x + plot.w, py(tick.at));
    ctx.stroke();
    text(ctx, tick.label, plot.x - 6 * unit, py(tick.at) + 4 * unit, 12 * unit, { colour: MUTED, align: 'right' });
  }
  for (const tick of chart.xTicks) text(ctx, tick.label, px(tick.at), plot.y + plot.h + 16 * unit, 12 * unit, { colour: MUTED, align: 'center' });
  text(ctx, chart.xLabel, plot.x + plot.w, plot.y + plot.h + 32 * unit, 12 * unit, { colour: MUTED, align: 'right' });
  text(ctx, chart.yLabel, plot.x, plot.y - 12 * unit, 12 * unit, { colour: MUTED });
  ctx.lineJoin = 'round';
  for (const line of chart.lines) {
    ctx.strokeStyle = line.colour;
    ctx.lineWidth = 2.5 * unit;
    ctx.setLineDash(line.dash.map((d) => d * unit));
    ctx.beginPath();
    let pen = false;
    for (const point of line.points) {
      if (!point) {
        pen = false;
        continue;
      }
      if (pen) ctx.lineTo(px(point[0]), py(point[1]));
      else ctx.moveTo(px(point[0]), py(point[1]));
      pen = true;
    }
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.fillStyle = CURSOR;
  ctx.fillRect(px(chart.cursor.x) - unit, plot.y, 2 * unit, plot.h);
  chart.cursor.dots.forEach((dot) => {
    if (!dot) return;
    ctx.beginPath();
    ctx.arc(px(chart.cursor.x), py(dot.y), 5 * unit, 0, Math.PI * 2);
    ctx.fillStyle = dot.colour;
    ctx.fill();
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 1.5 * unit;
    ctx.stroke();
  });
  const readX = wide ? plot.x + plot.w + 24 * unit : box.x;
  const readY = wide ? plot.y + 14 * unit : plot.y + plot.h + 48 * unit;
  chart.readouts.forEach((readout, i) => {
    const y = readY + i * rowH;
    ctx.strokeStyle = readout.colour;
    ctx.lineWidth = 3 * unit;
    ctx.setLineDash(readout.dash.map((d) => d * unit));
    ctx.beginPath();
    ctx.moveTo(readX, y - 5 * unit);
    ctx.lineTo(readX + 22 * unit, y - 5 * unit);
    ctx.stroke();
    ctx.setLineDash([]);
    text(ctx, readout.text, readX + 30 * unit, y, 14 * unit, { maxWidth: (wide ? readoutW : box.w) - 36 * unit });
  });
  ctx.restore();
}
