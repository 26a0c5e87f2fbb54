/*
 * The per-day rebuild peer (the design of CovidRiskAreaMap, the map that exists of the official record): on every
 * date step it fetches that day's high and medium GeoJSON files (`YYYYMMDD_h.geojson`, `YYYYMMDD_m.geojson`, as in
 * ../shared/official-risk-areas/points/), drops the markercluster group and builds a new one from them. Same
 * colours, map size and bounds as the national map; circle markers on the canvas renderer. Exposes
 * window.__perDayStep(i) (day i of the list in ?days=), timed by bench/step-probe.js with the frame awaited after
 * the asynchronous update. Plain JS, plain Leaflet globals.
 */
(() => {
  const params = new URLSearchParams(location.search);
  const element = document.getElementById('map');
  if (params.get('w')) element.style.width = `${params.get('w')}px`;
  if (params.get('h')) element.style.height = `${params.get('h')}px`;
  const days = params.get('days').split(',');
  const base = params.get('files');
  const colours = { h: params.get('high'), m: params.get('medium') };
  // maxZoom: markercluster needs one; CovidRiskAreaMap's tile layer sets it, and no tiles are loaded here.
  const map = L.map(element, { preferCanvas: true, zoomControl: true, maxZoom: 18 });
  const bounds = params.get('bounds').split(',').map(Number);
  map.fitBounds([[bounds[0], bounds[1]], [bounds[2], bounds[3]]]);

  let group = null;
  let shown = 0;
  let shownDay = '';
  const fetchDay = async (day, level) => (await fetch(`${base}${day}_${level}.geojson`)).json();
  const show = async (index) => {
    const day = days[index];
    const [high, medium] = await Promise.all([fetchDay(day, 'h'), fetchDay(day, 'm')]);
    if (group) map.removeLayer(group);
    group = L.markerClusterGroup();
    const layers = [];
    for (const [level, data] of [['h', high], ['m', medium]]) {
      L.geoJSON(data, {
        pointToLayer: (feature, latlng) => L.circleMarker(latlng, { radius: 6, color: colours[level], weight: 1.5, fillColor: colours[level], fillOpacity: 0.8 }),
      }).eachLayer((layer) => layers.push(layer));
    }
    group.addLayers(layers);
    map.addLayer(group);
    shown = layers.length;
    shownDay = day;
  };

  const bench = window.__bench;
  bench.info = () => ({ visible: shown, date: shownDay });
  window.__perDayStep = (index) => {
    const count = bench.steps.length + 1;
    bench.begin({ deferFrame: true });
    show(index).then(() => bench.endUpdate());
    return bench.waitSteps(count).then(() => bench.info());
  };
  show(0).then(() => { window.__perDayReady = { days: days.length, zoom: map.getZoom() }; });
})();
