/**
 * How the city-zoom canvas (points-layer.ts) draws its marks: the pre-drawn sprite of each kind of mark, the light
 * tint of the uncertainty circles, and the outline of the selected areas. Drawing only: which areas to draw, and
 * where, is the layer's.
 */
import { STATUS_COLOURS } from '../style';
import type { DrawView } from './canvas-overlay';

/**
 * The mark of a bucket (level × approximate) at a radius, drawn once at the canvas's pixel ratio and kept. Bucket:
 * odd = high risk, ≥ 4 = approximate (the point is a fallback).
 */
export class MarkSprites {
  private readonly cache = new Map<string, HTMLCanvasElement>();

  get(bucket: number, radius: number, ratio: number): HTMLCanvasElement {
    const key = `${bucket % 2}|${bucket >= 4}|${radius}|${ratio}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const colour = bucket % 2 === 1 ? STATUS_COLOURS['high-risk'] : STATUS_COLOURS['medium-risk'];
    const side = Math.ceil((radius + 2) * 2);
    const sprite = document.createElement('canvas');
    sprite.width = sprite.height = Math.ceil(side * ratio);
    const g = sprite.getContext('2d')!;
    g.scale(ratio, ratio);
    g.beginPath();
    g.arc(side / 2, side / 2, radius, 0, Math.PI * 2);
    if (bucket >= 4) {
      // The approximate mark: a dashed ring, as a report place's marker known only to its parent.
      g.fillStyle = '#ffffff';
      g.fill();
      g.setLineDash([2, 2]);
      g.lineWidth = 2;
      g.strokeStyle = colour;
      g.stroke();
    } else {
      g.fillStyle = colour;
      g.fill();
      g.lineWidth = 0.75;
      g.strokeStyle = '#ffffff';
      g.stroke();
    }
    this.cache.set(key, sprite);
    return sprite;
  }
}

/**
 * One light tint over the union of the uncertainty circles (nonzero: overlaps do not darken). Drawn opaque on a
 * quarter-resolution canvas, then copied once with low alpha: the soft edge loses nothing, and rasterising
 * thousands of large arcs at 1/16 of the pixels keeps it off the step's budget. Hundreds of dashed outlines in a
 * big city would hide the areas; only the selected area's circle is outlined (drawSelection).
 */
export class UncertaintyTint {
  private canvas: HTMLCanvasElement | null = null;

  /** `circles`: [x, y, radius] in canvas pixels. */
  draw(context: CanvasRenderingContext2D, view: DrawView, circles: Iterable<[number, number, number]>): void {
    const scale = 0.25;
    this.canvas ??= document.createElement('canvas');
    const tint = this.canvas;
    const [w, h] = [Math.ceil(view.width * scale), Math.ceil(view.height * scale)];
    if (tint.width !== w || tint.height !== h) [tint.width, tint.height] = [w, h];
    const g = tint.getContext('2d')!;
    g.clearRect(0, 0, w, h);
    g.beginPath();
    for (const [cx, cy, r] of circles) {
      g.moveTo((cx + r) * scale, cy * scale);
      g.arc(cx * scale, cy * scale, r * scale, 0, Math.PI * 2);
    }
    g.fillStyle = 'rgb(69, 90, 100)';
    g.fill('nonzero');
    context.globalAlpha = 0.1;
    context.drawImage(tint, 0, 0, view.width, view.height);
    context.globalAlpha = 1;
  }
}

/** What drawSelection reads of the layer: projected points (world pixels at zoom 0), uncertainty radii, latitudes. */
export interface SelectionMarks {
  x: Float64Array;
  y: Float64Array;
  uncertaintyMetres: Float32Array;
  lat: Float64Array;
  /** Radius of a mark at the view's zoom (px). */
  radius: number;
  pixelsPerMetreAtEquator: number;
}

/** The selected areas: a dashed outline of an approximate area's uncertainty circle, and a dark ring round each mark. */
export function drawSelection(context: CanvasRenderingContext2D, view: DrawView, marks: SelectionMarks, selected: Iterable<number>): void {
  const { x, y, uncertaintyMetres, lat, radius, pixelsPerMetreAtEquator } = marks;
  context.beginPath();
  for (const id of selected) {
    if (uncertaintyMetres[id] <= 0) continue;
    const r = (uncertaintyMetres[id] * pixelsPerMetreAtEquator) / Math.cos((lat[id] * Math.PI) / 180);
    const cx = x[id] * view.scale - view.offsetX;
    const cy = y[id] * view.scale - view.offsetY;
    context.moveTo(cx + r, cy);
    context.arc(cx, cy, r, 0, Math.PI * 2);
  }
  context.setLineDash([3, 5]);
  context.lineWidth = 1.5;
  context.strokeStyle = 'rgba(38, 50, 56, 0.9)';
  context.stroke();
  context.setLineDash([]);
  context.lineWidth = 2.5;
  context.strokeStyle = '#111111';
  context.beginPath();
  for (const id of selected) {
    const cx = x[id] * view.scale - view.offsetX;
    const cy = y[id] * view.scale - view.offsetY;
    context.moveTo(cx + radius + 3, cy);
    context.arc(cx, cy, radius + 3, 0, Math.PI * 2);
  }
  context.stroke();
}
