/**
 * An official address as the app shows it: the lists sometimes repeat a level ("上海市上海市浦东新区",
 * "金水区金水区经三路"); the repeat is dropped for reading. The address as published stays the record's (the area
 * panel shows it as the source's, the CSV exports it): this is display only. Pure.
 */

/**
 * A level (a name ending in 省/市/区/县/旗/盟/州) that starts the text or follows another level, written again right
 * after itself. Not when the repeat is the start of "X市辖区" (北京市北京市辖区: a different word).
 */
const REPEATED_LEVEL = /(?<=^|[省市区县旗盟州])([^省市区县旗盟]{1,12}?[省市区县旗盟州])\1+(?!辖)/gu;

export function displayAddress(address: string): string {
  return address.replace(REPEATED_LEVEL, '$1');
}
