/** Which seed in ../shared/seeds/ each outbreak's report text comes from, and whether it needs the mojibake repair. */
export const SEED_OF_OUTBREAK: Record<string, { seed: string; repairMojibake: boolean }> = {
  anyang: { seed: '000_83317e7fcb4ee734.txt', repairMojibake: false },
  fengtai: { seed: '001_4233413e716f2bf2.txt', repairMojibake: true },
  heze: { seed: '002_4afb8df7e9faef9e.txt', repairMojibake: false },
  shifeng: { seed: '003_9493cdc9735a9e33.txt', repairMojibake: false },
  kaihua: { seed: '004_7c661ba4963fe351.txt', repairMojibake: false },
};
