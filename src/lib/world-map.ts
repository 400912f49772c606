/**
 * Static maps drawn at build time from Natural Earth (world-atlas) with d3-geo: the land and the
 * borders of a view around some points, as SVG path data clipped to the view and rounded to
 * whole-ish pixels, and the points as markers. Nothing is fetched when the page is read.
 * The TopoJSON is decoded once per build, and the paths of a view once per distinct view.
 */
import { geoMercator, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import coarse from 'world-atlas/countries-110m.json';
import detailed from 'world-atlas/countries-50m.json';

export interface MapPoint {
  id: string;
  name: string;
  /** Degrees north. */
  lat: number;
  /** Degrees east. */
  lon: number;
}

/** West, south, east, north in degrees. */
export type Bounds = [number, number, number, number];

export interface MapMarker extends MapPoint {
  x: number;
  y: number;
}

export interface MapView {
  width: number;
  height: number;
  land: string;
  borders: string;
  markers: MapMarker[];
}

/** A polygon of land or a line of border, with its extent in degrees, to skip it when it is out of view. */
interface Piece<G> {
  geometry: G;
  bounds: Bounds;
}

interface Shapes {
  land: Piece<Polygon>[];
  borders: Piece<LineString>[];
}

function extentOf(rings: readonly Position[][]): Bounds {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [lon, lat] of ring) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  }
  return [west, south, east, north];
}

const shapes = new Map<string, Shapes>();
function worldShapes(level: '110m' | '50m'): Shapes {
  let found = shapes.get(level);
  if (!found) {
    const topology = (level === '110m' ? coarse : detailed) as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
    const land = feature(topology, topology.objects.land) as FeatureCollection<Polygon | MultiPolygon>;
    const polygons = land.features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates));
    const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
    found = {
      land: polygons.map((coordinates) => ({ geometry: { type: 'Polygon', coordinates }, bounds: extentOf(coordinates) })),
      borders: borders.coordinates.map((coordinates) => ({ geometry: { type: 'LineString', coordinates }, bounds: extentOf([coordinates]) })),
    };
    shapes.set(level, found);
  }
  return found;
}

/** What a projection shows of the globe, in degrees, with a margin; the whole world when it cannot tell. */
function visibleBounds(projection: GeoProjection, width: number, height: number): Bounds {
  const corners = [[0, 0], [width / 2, 0], [width, 0], [width, height / 2], [width, height], [width / 2, height], [0, height], [0, height / 2]] as const;
  const lonLats = corners.map(([x, y]) => projection.invert?.([x, y]) ?? null);
  if (lonLats.some((p) => p === null || !Number.isFinite(p[0]) || !Number.isFinite(p[1]))) return [-180, -90, 180, 90];
  const [west, south, east, north] = extentOf([lonLats as [number, number][]]);
  return east - west > 90 ? [-180, -90, 180, 90] : [west - 1, south - 1, east + 1, north + 1];
}

const overlaps = (a: Bounds, b: Bounds) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** The smallest box around the points, at least `minSpan` degrees each way, kept off the poles. */
export function boundsAround(points: readonly Pick<MapPoint, 'lat' | 'lon'>[], minSpan: number): Bounds {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    west = Math.min(west, p.lon);
    east = Math.max(east, p.lon);
    south = Math.min(south, p.lat);
    north = Math.max(north, p.lat);
  }
  if (points.length === 0) [west, south, east, north] = [-180, -60, 180, 80];
  const widen = (lo: number, hi: number, min: number, max: number) => {
    const pad = Math.max(0, minSpan - (hi - lo)) / 2 + (hi - lo) * 0.1;
    return [Math.max(min, lo - pad), Math.min(max, hi + pad)];
  };
  [west, east] = widen(west, east, -180, 180);
  [south, north] = widen(south, north, -60, 80);
  return [west, south, east, north];
}

/** Mercator reads naturally for a region; a world view needs a projection that keeps the poles small. */
function projectionFor([west, south, east, north]: Bounds, width: number, height: number): GeoProjection {
  const projection = east - west > 90 ? geoNaturalEarth1() : geoMercator();
  const edge: [number, number][] = [];
  for (let i = 0; i <= 4; i++) {
    const lon = west + ((east - west) * i) / 4;
    const lat = south + ((north - south) * i) / 4;
    edge.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  const margin = 12;
  projection.fitExtent([[margin, margin], [width - margin, height - margin]], { type: 'MultiPoint', coordinates: edge });
  return projection.clipExtent([[0, 0], [width, height]]);
}

const views = new Map<string, Omit<MapView, 'markers'> & { projection: GeoProjection }>();

/** The map of `bounds` at `width` × `height`, with the points inside it as markers. */
export function drawMap(bounds: Bounds, points: readonly MapPoint[], width = 640, height = 400): MapView {
  const key = `${bounds.map((n) => n.toFixed(2)).join(',')}:${width}x${height}`;
  let view = views.get(key);
  if (!view) {
    const projection = projectionFor(bounds, width, height);
    // A world view needs no 50m detail; a region does (the Caucasus at 110m is a few lines).
    // A country or wider needs no 50m detail (Europe at 50m alone is 30 KB); a region does (the Caucasus at 110m is a few lines).
    const { land, borders } = worldShapes(bounds[2] - bounds[0] > 16 ? '110m' : '50m');
    const path = geoPath(projection).digits(1);
    // Only the pieces in view are projected: a regional map costs a few polygons, not the world's.
    const seen = visibleBounds(projection, width, height);
    const draw = <G extends Polygon | LineString>(pieces: readonly Piece<G>[]) =>
      pieces.filter((p) => overlaps(p.bounds, seen)).map((p) => path(p.geometry) ?? '').join('');
    view = { width, height, land: draw(land), borders: draw(borders), projection };
    views.set(key, view);
  }
  const { projection, ...drawn } = view;
  const markers: MapMarker[] = [];
  for (const point of points) {
    const xy = projection([point.lon, point.lat]);
    if (!xy || xy[0] < 0 || xy[0] > width || xy[1] < 0 || xy[1] > height) continue;
    markers.push({ ...point, x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10 });
  }
  return { ...drawn, markers };
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: Pick<MapPoint, 'lat' | 'lon'>, b: Pick<MapPoint, 'lat' | 'lon'>): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export interface MapLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

/** Width of a label in map units, from an average character width of the map's 15px text. */
const labelWidth = (text: string) => text.length * 8.5;

/**
 * Names beside markers, the first-listed first (put the focus first); a name that would cover
 * one already placed is left out (its marker keeps a hover title, and the caption names it).
 */
export function placeLabels(markers: readonly MapMarker[], width: number): MapLabel[] {
  const placed: { label: MapLabel; box: [number, number, number, number] }[] = [];
  for (const m of markers) {
    const w = labelWidth(m.name);
    const right = m.x + 9 + w <= width;
    const label: MapLabel = { id: m.id, text: m.name, x: right ? m.x + 9 : m.x - 9, y: m.y + 5, anchor: right ? 'start' : 'end' };
    const box: [number, number, number, number] = right ? [m.x + 9, m.y - 8, m.x + 9 + w, m.y + 8] : [m.x - 9 - w, m.y - 8, m.x - 9, m.y + 8];
    const overlaps = placed.some(({ box: b }) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]);
    if (!overlaps) placed.push({ label, box });
  }
  return placed.map((p) => p.label);
}
