/** A few real division records (from geo/sources/admin-divisions.json) for the chain and precision tests. */
import { AdminDivisions, type AdminDivision } from '../../../src/data/admin-divisions';

export const DIVISIONS: AdminDivision[] = [
  { code: '110000', name: '北京市', level: 'province', parent: null },
  { code: '110105', name: '朝阳区', level: 'county', parent: '110000', centreGcj02: [116.486409, 39.921489], centre: [116.48033, 39.92021], polygon: true },
  { code: '370000', name: '山东省', level: 'province', parent: null },
  { code: '371700', name: '菏泽市', level: 'prefecture', parent: '370000', centreGcj02: [115.469381, 35.246531], centre: [115.46347, 35.24687] },
  { code: '371721', name: '曹县', level: 'county', parent: '371700', centreGcj02: [115.542328, 34.825508], centre: [115.53673, 34.82651], polygon: true },
  { code: '410000', name: '河南省', level: 'province', parent: null },
  { code: '410500', name: '安阳市', level: 'prefecture', parent: '410000', centreGcj02: [114.352482, 36.103442], centre: [114.34643, 36.10332] },
  { code: '410502', name: '文峰区', level: 'county', parent: '410500', centreGcj02: [114.357082, 36.090468], centre: [114.35103, 36.09034], polygon: true },
  { code: '410523', name: '汤阴县', level: 'county', parent: '410500', centreGcj02: [114.357763, 35.924514], centre: [114.35173, 35.92443], polygon: true },
  { code: '410527', name: '内黄县', level: 'county', parent: '410500', centreGcj02: [114.901452, 35.971704], centre: [114.8959, 35.97192], polygon: true },
  { code: '430000', name: '湖南省', level: 'province', parent: null },
  { code: '430200', name: '株洲市', level: 'prefecture', parent: '430000', centreGcj02: [113.151737, 27.835806], centre: [113.14592, 27.83897] },
  { code: '430202', name: '荷塘区', level: 'county', parent: '430200', centreGcj02: [113.173487, 27.855928], centre: [113.16771, 27.85913], polygon: true },
  { code: '430204', name: '石峰区', level: 'county', parent: '430200', centreGcj02: [113.117731, 27.875445], centre: [113.11188, 27.87857], polygon: true },
  { code: '500000', name: '重庆市', level: 'province', parent: null },
  { code: '500101', name: '万州区', level: 'county', parent: '500000', centreGcj02: [108.380246, 30.807807], centre: [108.37567, 30.81008], polygon: true },
];

export const TOWNSHIPS: Record<string, Array<[string, string]>> = {
  '110105': [['110105001', '建外街道'], ['110105010', '双井街道']],
  '371721': [['371721101', '庄寨镇'], ['371721123', '楼庄镇']],
  '410523': [['410523100', '城关镇'], ['410523108', '古贤镇'], ['410523203', '瓦岗乡']],
  '410527': [['410527201', '六村乡']],
  '430204': [['430204006', '学林街道'], ['430204005', '井龙街道']],
  '500101': [['500101006', '周家坝街道']],
};

export const divisions = new AdminDivisions(DIVISIONS, TOWNSHIPS);
