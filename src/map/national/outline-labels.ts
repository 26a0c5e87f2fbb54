/**
 * Names of the offline outline basemap on one canvas: each label at its point (inside its polygon), shown from
 * its zoom on, most important first; a label that would overlap one already placed is dropped, so names never
 * cover each other whatever the language. Placement is redone when the view settles (CanvasOverlay).
 */
import { CanvasOverlay, projectAll, type DrawView, type ProjectedPoints } from './canvas-overlay';

export interface OutlineLabel {
  /** WGS-84 label point, inside the unit's polygon. */
  lon: number;
  lat: number;
  zh: string;
  en: string;
  /** Shown from this zoom on. */
  minZoom: number;
  /** Placed first when labels compete (provinces before prefectures before counties). */
  rank: number;
}

export class OutlineLabelLayer extends CanvasOverlay {
  private projected: ProjectedPoints | null = null;
  private order: number[] = [];

  /** `labels` may grow (a province's counties arrive later): the layer re-sorts and re-projects when it does. */
  constructor(private readonly labels: readonly OutlineLabel[], private lang: 'zh' | 'en', pane: string) {
    super(pane, 0.1);
  }

  setLanguage(lang: 'zh' | 'en'): void {
    this.lang = lang;
    this.requestDraw();
  }

  protected draw(context: CanvasRenderingContext2D, view: DrawView): void {
    const crs = this._map.options.crs!;
    if (this.order.length !== this.labels.length) {
      this.order = this.labels.map((_, i) => i).sort((a, b) => this.labels[a].rank - this.labels[b].rank);
      this.projected = null;
    }
    if (this.projected?.crs !== crs) this.projected = projectAll(crs, this.labels.map((l) => l.lon), this.labels.map((l) => l.lat));
    const { x, y } = this.projected;
    const placed: Array<[number, number, number, number]> = [];
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.lineJoin = 'round';
    for (const i of this.order) {
      const label = this.labels[i];
      if (view.zoom < label.minZoom || !Number.isFinite(x[i])) continue;
      const cx = x[i] * view.scale - view.offsetX;
      const cy = y[i] * view.scale - view.offsetY;
      if (cx < 0 || cy < 0 || cx > view.width || cy > view.height) continue;
      const text = this.lang === 'en' ? label.en : label.zh;
      context.font = `${label.rank === 0 ? 600 : 400} ${label.rank === 0 ? 13 : 11}px system-ui, sans-serif`;
      const w = context.measureText(text).width + 6;
      const h = label.rank === 0 ? 17 : 15;
      const box: [number, number, number, number] = [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
      if (placed.some((p) => box[0] < p[2] && p[0] < box[2] && box[1] < p[3] && p[1] < box[3])) continue;
      placed.push(box);
      context.lineWidth = 3;
      context.strokeStyle = 'rgba(255,255,255,0.9)';
      context.strokeText(text, cx, cy);
      context.fillStyle = label.rank === 0 ? '#37474f' : '#546e7a';
      context.fillText(text, cx, cy);
    }
  }
}
