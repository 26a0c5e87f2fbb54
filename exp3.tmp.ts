import fs from 'node:fs';
import { readCountyPolygons } from './scripts/sources/county-polygons';
const polys = readCountyPolygons();
const fc = { type: 'FeatureCollection', features: polys.map((p, i) => ({ type: 'Feature', properties: { i, name: p.name, file: p.file }, geometry: { type: p.feature.geometry.type, coordinates: p.feature.geometry.coordinates } })) };
fs.writeFileSync('/tmp/counties-gcj.json', JSON.stringify(fc));
