import { type Instrument, ZInstrument } from "./schema";

/** Bump the version when items are added or removed; scans record the version they used. */
export const instrument: Instrument = ZInstrument.parse({
  id: "samenwerkingsscan",
  version: 1,
  name: { nl: "Samenwerkingsscan", en: "Collaboration scan" },
});
