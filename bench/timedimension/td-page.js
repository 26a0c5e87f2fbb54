/*
 * Leaflet.TimeDimension side of the browser bench. Loads the TD-format data (bench/td-data.ts), draws it with
 * the plugin's GeoJSON time layer on Leaflet's canvas renderer, in a map of the same size and bounds as the
 * app's, and exposes window.__tdStep(i) for the bench to step through the days. Plain JS, plain Leaflet globals.
 */
(async () => {
  const params = new URLSearchParams(location.search);
  const element = document.getElementById('map');
  if (params.get('w')) element.style.width = `${params.get('w')}px`;
  if (params.get('h')) element.style.height = `${params.get('h')}px`;
  const data = await (await fetch(params.get('data'))).json();

  // TimeDimension slices a Polygon's rings by time index as if they were a track's coordinates, which breaks
  // outlines with two times; keep polygon geometry whole and leave the rest of its per-step work as it is.
  const original = L.TimeDimension.Layer.GeoJson.prototype._getFeatureBetweenDates;
  L.TimeDimension.Layer.GeoJson.prototype._getFeatureBetweenDates = function (feature, minTime, maxTime) {
    const result = original.call(this, feature, minTime, maxTime);
    if (result && /Polygon/.test(feature.geometry.type)) result.geometry.coordinates = feature.geometry.coordinates;
    return result;
  };

  // Same colours as the app (src/map/style.ts STATUS_COLOURS), passed in with the data.
  const colours = data.colours;
  const style = (feature) => {
    const { status, phase } = feature.properties;
    const ended = phase === 'ended';
    return { color: colours[status], weight: 1.5, opacity: ended ? 0.4 : 0.9, fillColor: colours[status], fillOpacity: ended ? 0.05 : 0.18 };
  };
  const map = L.map(element, {
    preferCanvas: true, zoomControl: true,
    timeDimension: true, timeDimensionOptions: { times: data.times, currentTime: data.times[0] },
  });
  const bounds = params.get('bounds').split(',').map(Number);
  map.fitBounds([[bounds[0], bounds[1]], [bounds[2], bounds[3]]]);
  const base = L.geoJSON(data, {
    style,
    pointToLayer: (feature, latlng) => L.circleMarker(latlng, { ...style(feature), radius: 6, fillOpacity: feature.properties.phase === 'ended' ? 0.3 : 0.8 }),
  });
  // duration just under a day: a feature shows on the days from its first to its last time, inclusive.
  const layer = L.timeDimension.layer.geoJson(base, { duration: 'PT23H', updateTimeDimension: false }).addTo(map);

  const bench = window.__bench;
  bench.info = () => ({ visible: layer._currentLayer && map.hasLayer(layer._currentLayer) ? layer._currentLayer.getLayers().length : 0, time: map.timeDimension.getCurrentTime() });
  // timeload fires synchronously after the layer has rebuilt itself (its listener was registered first).
  map.timeDimension.on('timeload', () => bench.endUpdate());
  window.__tdStep = (index) => {
    const count = bench.steps.length + 1;
    bench.begin();
    map.timeDimension.setCurrentTimeIndex(index);
    return bench.waitSteps(count).then(() => bench.info());
  };
  window.__tdReady = { features: data.features.length, zoom: map.getZoom() };
})();
