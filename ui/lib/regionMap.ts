/**
 * The region the Play tab's map draws: Natural Earth's 1:110m countries (via world-atlas,
 * TopoJSON decoded by topojson-client) for the summit's members, neighbours and the West's
 * nearest capitals. Loaded with the play engine, not with the first screen.
 */
import atlas from 'world-atlas/countries-110m.json';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';

/** ISO 3166 numeric codes of the countries the map draws (world-atlas ids), by alpha-3. */
const NUMERIC: Record<string, string> = {
  RUS: '643',
  ARM: '051',
  BLR: '112',
  KAZ: '398',
  KGZ: '417',
  TJK: '762',
  UZB: '860',
  CHN: '156',
  GEO: '268',
  AZE: '031',
  UKR: '804',
  TUR: '792',
  IRN: '364',
  AFG: '004',
  TKM: '795',
  MNG: '496',
  POL: '616',
  LTU: '440',
  LVA: '428',
  FIN: '246',
  EST: '233',
};

export interface MapCountry {
  readonly iso3: string;
  readonly name: string;
  readonly feature: Feature<Geometry>;
}

/** The region's countries as GeoJSON, from Natural Earth (1:110m) via world-atlas. */
export function regionCountries(): MapCountry[] {
  const topo = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = feature(topo, topo.objects.countries);
  const byNumeric = new Map(Object.entries(NUMERIC).map(([a3, n]) => [n, a3]));
  return all.features.flatMap((f) => {
    const iso3 = byNumeric.get(String(f.id));
    return iso3 ? [{ iso3, name: f.properties?.name ?? iso3, feature: f }] : [];
  });
}
