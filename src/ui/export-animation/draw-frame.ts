/**
 * One frame of an export, drawn into a 2D canvas: the basemap outlines and the day's shapes, projected with Web
 * Mercator from the view's bounds, then the title, the date in large type, the day's totals, a mini histogram with
 * the day's cursor, the legend and the credits. The same function draws the PNG and every video or GIF frame.
 */
import { fitProjection, type Projection } from '../../export/animation/projection';
import { attributionOf, type AnimationSource, type MapView, type SceneShape, type StrokeStyle } from '../../export/animation/scene';
import { drawChart } from './draw-chart';
import { FONT, MUTED, text, type Ctx } from './draw-text';

/** Outside the loaded outlines (neighbouring prefectures are not shipped to the browser). */
const BACKGROUND = '#e8eaed';
const PANEL = 'rgba(255, 255, 255, 0.9)';

/** Band heights in units of min(width, height) / 720, so every size has the same composition. */
const TOP_BAND = 104;
const BOTTOM_BAND = 170;

const pathCache = new Map<string, Path2D>();
const pathOf = (d: string) => {
  let found = pathCache.get(d);
  if (!found) pathCache.set(d, (found = new Path2D(d)));
  return found;
};

function applyStroke(ctx: Ctx, stroke: StrokeStyle, unit: number): void {
  ctx.strokeStyle = stroke.colour;
  ctx.globalAlpha = stroke.opacity;
  ctx.lineWidth = stroke.width * unit;
  ctx.setLineDash(stroke.dash ? stroke.dash.map((d) => d * unit) : []);
}

function drawShape(ctx: Ctx, shape: SceneShape, projection: Projection, unit: number): void {
  ctx.save();
  if (shape.type === 'polygon') {
    ctx.beginPath();
    for (const ring of shape.rings) {
      ring.forEach(([lon, lat], i) => {
        const [x, y] = projection.toPixel(lon, lat);
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      });
      ctx.closePath();
    }
    if (shape.fill) {
      ctx.fillStyle = shape.fill;
      ctx.globalAlpha = shape.fillOpacity;
      ctx.fill('evenodd');
    }
    if (shape.stroke) {
      applyStroke(ctx, shape.stroke, unit);
      ctx.stroke();
    }
  } else if (shape.type === 'circle' || shape.type === 'ring') {
    const [x, y] = projection.toPixel(shape.at[0], shape.at[1]);
    const radius = shape.type === 'ring' ? shape.radiusPx * unit : shape.radiusMetres * projection.pixelsPerMetre(shape.at[1]);
    ctx.beginPath();
    ctx.arc(x, y, radius, 0, Math.PI * 2);
    if (shape.fill) {
      ctx.fillStyle = shape.fill;
      ctx.globalAlpha = shape.fillOpacity;
      ctx.fill();
    }
    applyStroke(ctx, shape.stroke, unit);
    ctx.stroke();
  } else {
    const [x, y] = projection.toPixel(shape.at[0], shape.at[1]);
    const size = (shape.type === 'marker' ? 16 : shape.radiusPx * 2) * unit;
    ctx.globalAlpha = shape.opacity;
    if (shape.dashedRing) {
      ctx.beginPath();
      ctx.arc(x, y, size * 0.85, 0, Math.PI * 2);
      ctx.strokeStyle = shape.colour;
      ctx.lineWidth = 1.5 * unit;
      ctx.setLineDash([3 * unit, 3 * unit]);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    ctx.fillStyle = shape.colour;
    if (shape.type === 'marker') {
      ctx.translate(x - size / 2, y - size / 2);
      ctx.scale(size / 20, size / 20);
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 2;
      const path = pathOf(shape.path);
      ctx.stroke(path);
      ctx.fill(path, 'evenodd');
    } else {
      ctx.beginPath();
      ctx.arc(x, y, size / 2, 0, Math.PI * 2);
      ctx.fill();
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 1.5 * unit;
      ctx.stroke();
      if (shape.label) {
        ctx.globalAlpha = 1;
        ctx.font = `700 ${Math.round(Math.max(9, size * 0.45))}px ${FONT}`;
        ctx.fillStyle = '#fff';
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.fillText(shape.label, x, y);
      }
    }
  }
  ctx.restore();
}

function drawHistogram(ctx: Ctx, source: AnimationSource, day: number, box: { x: number; y: number; w: number; h: number }, unit: number): void {
  const values = source.histogram;
  const max = Math.max(1, ...values.map((v) => v ?? 0));
  const step = box.w / Math.max(1, values.length);
  ctx.save();
  ctx.fillStyle = '#f0f3f6';
  ctx.fillRect(box.x, box.y, box.w, box.h);
  values.forEach((value, i) => {
    const x = box.x + i * step;
    if (value === null) {
      // No list that day: a hatch mark, never a zero bar.
      ctx.fillStyle = '#cbd2d9';
      ctx.fillRect(x, box.y + box.h - 3 * unit, Math.max(1, step - 1), 3 * unit);
      return;
    }
    const h = (Math.sqrt(value) / Math.sqrt(max)) * (box.h - 2 * unit);
    ctx.fillStyle = source.period.first + i <= day ? '#7b8794' : '#cbd2d9';
    ctx.fillRect(x, box.y + box.h - h, Math.max(1, step - (step > 3 ? 1 : 0)), h);
  });
  const cursor = box.x + (day - source.period.first + 0.5) * step;
  ctx.fillStyle = '#d32f2f';
  ctx.fillRect(cursor - unit, box.y - 3 * unit, 2 * unit, box.h + 6 * unit);
  ctx.restore();
}

/** The legend in rows of at most `maxX - x` px, at most `rows` rows (what does not fit is left out). */
function drawLegend(ctx: Ctx, source: AnimationSource, x: number, y: number, maxX: number, unit: number, rows: number): void {
  const px = 13 * unit;
  ctx.font = `400 ${Math.round(px)}px ${FONT}`;
  let at = x;
  let row = 0;
  for (const entry of source.legend) {
    const width = 16 * unit + ctx.measureText(entry.label).width + 12 * unit;
    if (at + width > maxX) {
      row += 1;
      if (row >= rows) break;
      at = x;
      y += 20 * unit;
    }
    ctx.save();
    ctx.fillStyle = entry.colour;
    if (entry.path) {
      ctx.translate(at, y - 11 * unit);
      ctx.scale((12 * unit) / 20, (12 * unit) / 20);
      ctx.fill(pathOf(entry.path), 'evenodd');
    } else {
      ctx.fillRect(at, y - 11 * unit, 12 * unit, 12 * unit);
    }
    ctx.restore();
    text(ctx, entry.label, at + 16 * unit, y, px, { colour: MUTED });
    at += width;
  }
}

/**
 * Draws the frame of `day` into `ctx` at `width`×`height`. A map source is framed on `view` (the whole view's bounds,
 * or the map's pan and zoom on screen) and asked for its shapes at the view's zoom; a chart source draws its chart.
 */
/** The frame's bands and the box the map (or chart) is fitted in, in px: `unit` scales everything with the size. */
export function frameLayout(width: number, height: number, withHistogram: boolean) {
  const unit = Math.min(width, height) / 720;
  const margin = 24 * unit;
  const top = TOP_BAND * unit;
  const bottom = (withHistogram ? BOTTOM_BAND : BOTTOM_BAND - 46) * unit;
  return { unit, margin, top, bottom, mapInset: { top: top + 8 * unit, right: margin, bottom: bottom + 8 * unit, left: margin } };
}

export function drawFrame(ctx: Ctx, width: number, height: number, source: AnimationSource, day: number, view: MapView | null): void {
  const { unit, margin, top, bottom, mapInset } = frameLayout(width, height, source.histogram.length > 0);
  ctx.save();
  ctx.fillStyle = source.kind === 'chart' ? '#ffffff' : BACKGROUND;
  ctx.fillRect(0, 0, width, height);
  if (source.kind === 'chart') {
    drawChart(ctx, source.chart(day), { x: margin, y: top + 8 * unit, w: width - 2 * margin, h: height - top - bottom - 16 * unit }, unit);
  } else {
    // Shapes beyond the map's box stay out of the bands (the bands are translucent).
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, top, width, height - top - bottom);
    ctx.clip();
    const bounds = view?.bounds ?? source.bounds;
    const projection = fitProjection(bounds, width, height, mapInset);
    for (const shape of source.basemap.shapes) drawShape(ctx, shape, projection, unit);
    for (const shape of source.scene(day, { bounds, zoom: view?.zoom ?? projection.zoom })) drawShape(ctx, shape, projection, unit);
    ctx.restore();
  }

  ctx.fillStyle = PANEL;
  ctx.fillRect(0, 0, width, top);
  ctx.fillRect(0, height - bottom, width, bottom);
  text(ctx, source.title, margin, 34 * unit, 22 * unit, { weight: 600, maxWidth: width - 2 * margin });
  text(ctx, source.dateLabel(day), margin, 86 * unit, 44 * unit, { weight: 700, maxWidth: width - 2 * margin });

  let y = height - bottom + 28 * unit;
  text(ctx, source.totals(day), margin, y, 18 * unit, { weight: 600, maxWidth: width - 2 * margin });
  if (source.histogram.length) {
    drawHistogram(ctx, source, day, { x: margin, y: y + 14 * unit, w: width - 2 * margin, h: 36 * unit }, unit);
    y += 76 * unit;
  } else {
    y += 30 * unit;
  }
  drawLegend(ctx, source, margin, y, width - margin, unit, 2);
  const credits = [...source.sources, attributionOf(source)].filter(Boolean).join(' · ');
  text(ctx, credits, margin, height - 16 * unit, 11 * unit, { colour: MUTED, maxWidth: width - 2 * margin });
  ctx.restore();
}
