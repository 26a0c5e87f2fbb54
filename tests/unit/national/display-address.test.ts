import { describe, expect, it } from 'vitest';
import { displayAddress } from '../../../src/national/display-address';

describe('an official address as shown', () => {
  it('drops a level the list repeats', () => {
    expect(displayAddress('上海市上海市浦东新区周浦镇')).toBe('上海市浦东新区周浦镇');
    expect(displayAddress('河南省郑州市金水区金水区经三路68号')).toBe('河南省郑州市金水区经三路68号');
    expect(displayAddress('河南省郑州市郑州市金水区')).toBe('河南省郑州市金水区');
    expect(displayAddress('重庆市重庆市重庆市渝中区')).toBe('重庆市渝中区');
    expect(displayAddress('吉林省延边朝鲜族自治州延边朝鲜族自治州延吉市')).toBe('吉林省延边朝鲜族自治州延吉市');
  });

  it('keeps everything else as the list writes it', () => {
    for (const address of ['北京市北京市辖区朝阳区', '北京市市辖区朝阳区', '河南省安阳市汤阴县城关镇杨孔村', '广东省广州市天河区天河路', '浙江省杭州市西湖区西湖街道']) {
      expect(displayAddress(address)).toBe(address);
    }
  });
});
