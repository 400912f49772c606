import { describe, expect, it } from 'vitest';
import { boundsAround, distanceKm, drawMap, placeLabels } from '../../src/lib/world-map.ts';

const baku = { id: 'baku', name: 'Baku', lat: 40.41, lon: 49.87 };
const yerevan = { id: 'yerevan', name: 'Yerevan', lat: 40.18, lon: 44.51 };
const paris = { id: 'paris', name: 'Paris', lat: 48.86, lon: 2.35 };

describe('boundsAround', () => {
  it('widens a single point to the minimum span, centred on it', () => {
    expect(boundsAround([baku], 4)).toEqual([47.87, 38.41, 51.87, 42.41]);
  });

  it('encloses every point with a margin, and stays within the world', () => {
    const [west, south, east, north] = boundsAround([baku, yerevan, { id: 'x', name: 'X', lat: 79, lon: 179 }], 4);
    expect(west).toBeLessThan(44.51);
    expect(east).toBe(180);
    expect(north).toBe(80);
    expect(south).toBeLessThan(40.18);
  });
});

describe('drawMap', () => {
  it('marks the points inside the view and leaves out those outside it', () => {
    const view = drawMap(boundsAround([baku, yerevan], 5), [baku, yerevan, paris], 640, 400);
    expect(view.markers.map((m) => m.id)).toEqual(['baku', 'yerevan']);
    const [b, y] = view.markers;
    expect(b.x).toBeGreaterThan(y.x); // Baku lies east of Yerevan
    expect(Math.abs(b.y - y.y)).toBeLessThan(40); // at about the same latitude
    for (const m of view.markers) {
      expect(m.x).toBeGreaterThan(0);
      expect(m.x).toBeLessThan(640);
      expect(m.y).toBeGreaterThan(0);
      expect(m.y).toBeLessThan(400);
    }
  });

  it('draws land and borders clipped to the view, with coordinates rounded, and reuses the paths of a view', () => {
    const bounds = boundsAround([baku], 5);
    const first = drawMap(bounds, [baku]);
    expect(first.land).toMatch(/^M[\d.,-]+/);
    expect(first.borders.length).toBeGreaterThan(0);
    expect(first.land).not.toMatch(/\.\d{2}/);
    const numbers = first.land.match(/-?\d+(\.\d)?/g)!.map(Number);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(640);
    expect(drawMap(bounds, [yerevan]).land).toBe(first.land);
  });

  it('keeps a world view light: coarse data, under 60 KB of path data', () => {
    const view = drawMap(boundsAround([paris, baku, { id: 'us', name: 'United States', lat: 39.8, lon: -98.6 }], 24), []);
    expect(view.land.length + view.borders.length).toBeLessThan(60_000);
  });
});

describe('placeLabels', () => {
  it('names markers beside them, on the left near the right edge, and drops a name that would cover another', () => {
    const labels = placeLabels([
      { ...baku, x: 100, y: 100 },
      { ...yerevan, x: 110, y: 104 },
      { ...paris, x: 620, y: 300 },
    ], 640);
    expect(labels).toEqual([
      { id: 'baku', text: 'Baku', x: 109, y: 105, anchor: 'start' },
      { id: 'paris', text: 'Paris', x: 611, y: 305, anchor: 'end' },
    ]);
  });
});

describe('distanceKm', () => {
  it('gives the great-circle distance', () => {
    expect(Math.round(distanceKm(baku, yerevan))).toBeGreaterThan(440);
    expect(Math.round(distanceKm(baku, yerevan))).toBeLessThan(470);
  });
});
