/** Readable outbreak files (tools and the review panel write the same bytes): properties indented for review and diffs, each geometry kept on one line. */
export function formatOutbreakJson(collection: { features: Array<{ geometry: unknown }> }): string {
  const geometries: string[] = [];
  const withTokens = {
    ...collection,
    features: collection.features.map((feature) => {
      geometries.push(JSON.stringify(feature.geometry));
      return { ...feature, geometry: `@@geometry${geometries.length - 1}@@` };
    }),
  };
  return `${JSON.stringify(withTokens, null, 2).replace(/"@@geometry(\d+)@@"/g, (_, i: string) => geometries[Number(i)])}\n`;
}
