// Generates the demo catalog's illustrations as small, deterministic SVG files:
//   public/images/products/<key>.svg          800×800 flat illustration of the object
//   public/images/ateliers/<key>-profile.svg  400×400 monogram emblem
//   public/images/ateliers/<key>-cover.svg    1600×600 banner in the atelier's palette
//   public/images/events/<key>.svg            1200×400 coupon event banner
//   public/images/og-default.svg              1200×630 default social card
// Run: npx tsx scripts/tools/generate-images.ts [out-dir]   (out-dir defaults to public/)
// Same input → same bytes: every random choice comes from a PRNG seeded by the item's key.
// A file is only rewritten when its content changed.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  ateliers,
  categories,
  couponEvents,
  products,
  type SeedAtelier,
  type SeedCouponEvent,
  type SeedProduct,
} from "../../prisma/seed-data.ts";

// An out-dir other than public/ lets the generator be checked without touching the committed images.
const PUBLIC = process.argv[2] ? path.resolve(process.argv[2]) : fileURLToPath(new URL("../../public/", import.meta.url));
const FONT = "'Apple SD Gothic Neo', 'Noto Sans KR', 'Malgun Gothic', sans-serif";
/** Where standing objects touch the floor in the 800×800 product space. */
const GROUND = 630;

// ---------------------------------------------------------------------------
// Deterministic randomness

function hashString(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

class Rng {
  private state: number;
  constructor(seed: string) {
    this.state = hashString(seed);
  }
  /** mulberry32 */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  range(min: number, max: number): number {
    return min + (max - min) * this.next();
  }
  int(min: number, max: number): number {
    return Math.floor(this.range(min, max + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ---------------------------------------------------------------------------
// SVG string helpers

/** Template tag that rounds every interpolated number to one decimal. */
function s(strings: TemplateStringsArray, ...values: (string | number)[]): string {
  let out = strings[0] ?? "";
  values.forEach((v, i) => {
    out += (typeof v === "number" ? String(Math.round(v * 10) / 10) : v) + (strings[i + 1] ?? "");
  });
  return out;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

type P = [number, number];

/** Catmull-Rom spline through pts as cubic segments; pts[0] is the current point. */
function spline(pts: P[]): string {
  let d = "";
  for (let i = 0; i < pts.length - 1; i++) {
    const p1 = pts[i] as P;
    const p2 = pts[i + 1] as P;
    const p0 = pts[i - 1] ?? p1;
    const p3 = pts[i + 2] ?? p2;
    d += s`C${p1[0] + (p2[0] - p0[0]) / 6} ${p1[1] + (p2[1] - p0[1]) / 6} ${p2[0] - (p3[0] - p1[0]) / 6} ${p2[1] - (p3[1] - p1[1]) / 6} ${p2[0]} ${p2[1]}`;
  }
  return d;
}

/** A body of revolution seen slightly from above: profile = [halfWidth, y] from top to bottom. */
function lathe(cx: number, profile: P[], persp = 0.2): string {
  const right = profile.map(([w, y]): P => [cx + w, y]);
  const left = profile.map(([w, y]): P => [cx - w, y]).reverse();
  const first = right[0] as P;
  const [wb, yb] = profile[profile.length - 1] as P;
  return s`M${first[0]} ${first[1]}` + spline(right) + s`A${wb} ${wb * persp} 0 0 1 ${cx - wb} ${yb}` + spline(left) + "Z";
}

function rrect(x: number, y: number, w: number, h: number, r: number): string {
  return s`M${x + r} ${y}H${x + w - r}A${r} ${r} 0 0 1 ${x + w} ${y + r}V${y + h - r}A${r} ${r} 0 0 1 ${x + w - r} ${y + h}H${x + r}A${r} ${r} 0 0 1 ${x} ${y + h - r}V${y + r}A${r} ${r} 0 0 1 ${x + r} ${y}Z`;
}

function ellipse(cx: number, cy: number, rx: number, ry: number, fill: string, extra = ""): string {
  return s`<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="${fill}"${extra ? " " + extra : ""}/>`;
}

function circle(cx: number, cy: number, r: number, fill: string, extra = ""): string {
  return s`<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"${extra ? " " + extra : ""}/>`;
}

function pathEl(d: string, fill: string, extra = ""): string {
  return `<path d="${d}" fill="${fill}"${extra ? " " + extra : ""}/>`;
}

function line(d: string, stroke: string, width: number, extra = ""): string {
  return s`<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${width}" stroke-linecap="round"${extra ? " " + extra : ""}/>`;
}

// ---------------------------------------------------------------------------
// Colours

function clamp(v: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, v));
}

function hsl(h: number, sat: number, light: number): string {
  const hh = ((h % 360) + 360) % 360;
  const sv = clamp(sat, 0, 100) / 100;
  const lv = clamp(light, 0, 100) / 100;
  const a = sv * Math.min(lv, 1 - lv);
  const channel = (n: number) => {
    const k = (n + hh / 30) % 12;
    const v = lv - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

function toHsl(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  const r = ((n >> 16) & 255) / 255;
  const g = ((n >> 8) & 255) / 255;
  const b = (n & 255) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l * 100];
  const d = max - min;
  const sat = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h: number;
  if (max === r) h = (g - b) / d + (g < b ? 6 : 0);
  else if (max === g) h = (b - r) / d + 2;
  else h = (r - g) / d + 4;
  return [h * 60, sat * 100, l * 100];
}

/** Lighter (dl > 0) or darker (dl < 0) version of a colour. */
function shade(hex: string, dl: number, ds = 0): string {
  const [h, sat, l] = toHsl(hex);
  return hsl(h, sat + ds, l + dl);
}

// ---------------------------------------------------------------------------
// Drawing context

/** Shared definitions, emitted once per document when referenced (see commonDefs). */
const COMMON_DEFS: Record<string, string> = {
  cy: '<linearGradient id="cy"><stop offset="0" stop-color="#fff" stop-opacity=".3"/><stop offset=".32" stop-color="#fff" stop-opacity="0"/><stop offset=".68" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity=".22"/></linearGradient>',
  sh: '<radialGradient id="sh"><stop offset="0" stop-color="#3a2a20" stop-opacity=".28"/><stop offset="1" stop-color="#3a2a20" stop-opacity="0"/></radialGradient>',
  fl: '<linearGradient id="fl" x1="0" y1="1" x2="0" y2="0"><stop offset="0" stop-color="#fff8de"/><stop offset=".4" stop-color="#ffd25c"/><stop offset="1" stop-color="#ff8f3f"/></linearGradient><radialGradient id="gl"><stop offset="0" stop-color="#ffd98a" stop-opacity=".6"/><stop offset="1" stop-color="#ffd98a" stop-opacity="0"/></radialGradient>',
  ms: '<linearGradient id="ms" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f7f8fa"/><stop offset=".45" stop-color="#aeb3bb"/><stop offset=".7" stop-color="#e6e8ec"/><stop offset="1" stop-color="#8d939c"/></linearGradient>',
  mg: '<linearGradient id="mg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fff1c2"/><stop offset=".45" stop-color="#caa04a"/><stop offset=".7" stop-color="#f3d88c"/><stop offset="1" stop-color="#a67c2e"/></linearGradient>',
  pe: '<radialGradient id="pe" cx=".35" cy=".3" r=".75"><stop offset="0" stop-color="#fff"/><stop offset=".55" stop-color="#f1ebe3"/><stop offset="1" stop-color="#cfc3b8"/></radialGradient>',
  kn: '<pattern id="kn" width="16" height="14" patternUnits="userSpaceOnUse"><path d="M1 1l7 10 7-10" fill="none" stroke="#000" stroke-opacity=".13" stroke-width="2.6"/></pattern>',
  rb: '<pattern id="rb" width="14" height="10" patternUnits="userSpaceOnUse"><path d="M3 0v10M10 0v10" stroke="#000" stroke-opacity=".12" stroke-width="3"/></pattern>',
  gs: '<linearGradient id="gs" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#fff" stop-opacity=".55"/><stop offset=".25" stop-color="#fff" stop-opacity=".08"/><stop offset=".8" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#fff" stop-opacity=".35"/></linearGradient>',
};

/** The shared definitions that `text` references, e.g. url(#cy). */
function commonDefs(text: string): string {
  return Object.entries(COMMON_DEFS)
    .filter(([id]) => text.includes(`#${id})`) || (id === "fl" && text.includes("#gl)")))
    .map(([, def]) => def)
    .join("");
}

class Ctx {
  readonly r: Rng;
  readonly title: string;
  readonly defs: string[] = [];
  private counter = 0;
  constructor(
    seed: string,
    title: string,
    private readonly prefix = "",
  ) {
    this.r = new Rng(seed);
    this.title = title;
  }
  /** Defines a userSpaceOnUse pattern tile and returns its id. */
  pattern(tile: string, w: number, h: number): string {
    const id = this.id("p");
    this.defs.push(s`<pattern id="${id}" width="${w}" height="${h}" patternUnits="userSpaceOnUse">${tile}</pattern>`);
    return id;
  }
  id(name: string): string {
    this.counter += 1;
    return `${this.prefix}${name}${this.counter}`;
  }
  has(re: RegExp): boolean {
    return re.test(this.title);
  }
  /** Defines a path once and returns ids for a <use> of it and a clip-path of it. */
  shape(d: string): { use: (fill: string, extra?: string) => string; clip: string } {
    const id = this.id("s");
    const clip = this.id("c");
    this.defs.push(`<path id="${id}" d="${d}"/><clipPath id="${clip}"><use href="#${id}"/></clipPath>`);
    return {
      use: (fill, extra = "") => `<use href="#${id}" fill="${fill}"${extra ? " " + extra : ""}/>`,
      clip,
    };
  }
  defsXml(): string {
    return this.defs.join("");
  }
}

interface Drawn {
  svg: string;
  /** Half-width of the contact shadow under a standing object (0 = none). */
  shadow: number;
  shadowX?: number;
  /** "room": wall + floor; "table": seen from above; "wall": hanging against a wall. */
  view: "room" | "table" | "wall";
  /** Scale applied around the floor centre (room) or the canvas centre. */
  zoom?: number;
}

function zoomed(d: Drawn, zoom: number): Drawn {
  return { ...d, zoom };
}

function standing(svg: string, shadow: number, shadowX = 400): Drawn {
  return { svg, shadow, shadowX, view: "room" };
}

// ---------------------------------------------------------------------------
// Palettes

const GLAZES = ["#f3efe6", "#e8dcc8", "#b7d0c0", "#a8c2d8", "#46454a", "#efd79f", "#e4b5ab", "#34548f", "#a9b99a", "#c98a6b", "#d6cbe4", "#7c9c9a"];
const CLAYS = ["#c69f7d", "#d9c4a6", "#8c6b56", "#b4876a"];
const LEATHERS = ["#b9773f", "#6e4227", "#2f2a28", "#7b2f35", "#6e6b3c", "#2f405f", "#c89a62", "#e3cfae", "#93b0c4", "#d39b93", "#4f6b55"];
const YARNS = ["#efe6d6", "#d9c6a5", "#d8a33c", "#b9583a", "#4d6b4f", "#2f3e5c", "#9a9a9e", "#e6a7b0", "#b8a6d4", "#c0392b", "#7fa7c4", "#e9cf8f"];
const FABRICS = ["#e9dfcf", "#c9d3bf", "#a9bfd6", "#e3b778", "#e6b9b4", "#d6d0e6", "#b9c9c2", "#f0e3b9"];
const WOODS = ["#6f4a33", "#a8653f", "#d9b98a", "#c49a6c", "#8c5a3a", "#b98652"];
const GLASS = ["#8fd3d6", "#e2b067", "#a7b6c2", "#a9d39d", "#c7b3e3", "#cfe6ee", "#7fb8e0", "#f0b7c4"];
const STONES = ["#6fc2d0", "#f2f0ea", "#b58ad6", "#e05d6f", "#5aa37a", "#3f6fcf", "#f2c14e", "#9ad1d4"];
const THREADS = ["#f4e8cc", "#e9d7a8", "#ffffff", "#d8c1a0"];

// ---------------------------------------------------------------------------
// Surface decorations (clipped to a body)

type Deco = "plain" | "speckle" | "stripes" | "dots" | "dip" | "band" | "wave";

function decorate(c: Ctx, kind: Deco, clip: string, x0: number, y0: number, x1: number, y1: number, accent: string): string {
  const r = c.r;
  const w = x1 - x0;
  const h = y1 - y0;
  let inner = "";
  switch (kind) {
    case "speckle": {
      let dots = "";
      for (let i = 0; i < 12; i++) dots += s`<circle cx="${r.range(0, 140)}" cy="${r.range(0, 140)}" r="${r.range(1.4, 3.4)}"/>`;
      inner = s`<rect x="${x0}" y="${y0}" width="${w}" height="${h}" fill="url(#${c.pattern(`<g fill="#3b2e26" fill-opacity=".5">${dots}</g>`, 140, 140)})"/>`;
      break;
    }
    case "stripes": {
      const n = r.int(3, 5);
      const t = r.range(7, 15);
      for (let i = 0; i < n; i++) inner += s`<rect x="${x0 - 5}" y="${y0 + (h * (i + 1)) / (n + 1) - t / 2}" width="${w + 10}" height="${t}"/>`;
      inner = `<g fill="${accent}">${inner}</g>`;
      break;
    }
    case "dots": {
      const gap = Math.round(r.range(30, 42));
      const rad = r.range(4, 7);
      const tile = s`<g fill="${accent}"><circle cx="${gap / 4}" cy="${gap / 4}" r="${rad}"/><circle cx="${(gap * 3) / 4}" cy="${(gap * 3) / 4}" r="${rad}"/></g>`;
      inner = s`<rect x="${x0}" y="${y0}" width="${w}" height="${h}" fill="url(#${c.pattern(tile, gap, gap)})"/>`;
      break;
    }
    case "dip": {
      const yd = y0 + h * r.range(0.5, 0.72);
      const pts: P[] = [];
      const n = 7;
      for (let i = 0; i <= n; i++) pts.push([x0 - 10 + ((w + 20) * i) / n, yd + r.range(-10, 10) + (i % 3 === 1 ? r.range(6, 22) : 0)]);
      const first = pts[0] as P;
      inner = `<path d="${s`M${first[0]} ${first[1]}`}${spline(pts)}${s`V${y1 + 40}H${x0 - 10}Z`}" fill="${accent}"/>`;
      break;
    }
    case "band": {
      inner = s`<g fill="${accent}"><rect x="${x0 - 5}" y="${y0 + h * 0.12}" width="${w + 10}" height="6"/><rect x="${x0 - 5}" y="${y0 + h * 0.12 + 12}" width="${w + 10}" height="3"/><rect x="${x0 - 5}" y="${y1 - h * 0.18}" width="${w + 10}" height="5"/></g>`;
      break;
    }
    case "wave": {
      const n = r.int(2, 4);
      const amp = r.range(6, 12);
      for (let i = 0; i < n; i++) {
        const y = y0 + (h * (i + 1)) / (n + 1);
        let d = s`M${x0 - 10} ${y}`;
        for (let x = x0 - 10; x < x1 + 10; x += 40) d += s`q10 ${-amp} 20 0t20 0`;
        inner += d;
      }
      inner = `<path d="${inner}" fill="none" stroke="${accent}" stroke-width="4"/>`;
      break;
    }
    case "plain":
      return "";
  }
  return `<g clip-path="url(#${clip})">${inner}</g>`;
}

// ---------------------------------------------------------------------------
// 도자기

interface CeramicLook {
  glaze: string;
  accent: string;
  deco: Deco;
}

function ceramicLook(c: Ctx): CeramicLook {
  const r = c.r;
  let glaze = r.pick(GLAZES);
  let deco: Deco = r.pick(["plain", "speckle", "stripes", "dots", "dip", "band", "speckle", "dip"] as const);
  if (c.has(/백자|달항아리/)) glaze = r.pick(["#f4f1ea", "#efe9dc", "#f6f3ee"]);
  if (c.has(/분청/)) glaze = r.pick(["#d8d0bf", "#cfc6b4"]);
  if (c.has(/연청|청자/)) glaze = r.pick(["#b5d3c6", "#a9cbc4"]);
  if (c.has(/스페클/)) deco = "speckle";
  if (c.has(/줄무늬/)) deco = "stripes";
  if (c.has(/물결/)) deco = "wave";
  if (c.has(/덤벙|흘러/)) deco = "dip";
  if (c.has(/백자|달항아리|연청/) && (deco === "stripes" || deco === "dots")) deco = "plain";
  const dark = toHsl(glaze)[2] < 45;
  const accent =
    deco === "dip" ? r.pick(CLAYS) : deco === "speckle" ? "#3b2e26" : dark ? shade(glaze, 30) : r.chance(0.5) ? "#34548f" : shade(glaze, -28, 10);
  return { glaze, accent, deco };
}

function mug(c: Ctx, cx: number, base: number, w: number, h: number, look: CeramicLook): string {
  const hw = w / 2;
  const top = base - h;
  const form = c.r.pick(["straight", "taper", "belly"] as const);
  const prof: P[] =
    form === "straight" ? [[hw, top], [hw, base]] : form === "taper" ? [[hw, top], [hw * 0.86, base]] : [[hw * 0.9, top], [hw, top + h * 0.58], [hw * 0.84, base]];
  const tw = (prof[0] as P)[0];
  const body = c.shape(lathe(cx, prof, 0.18));
  const hx = cx + hw - 8;
  const reach = h * c.r.range(0.36, 0.46);
  const handle = line(
    s`M${hx} ${top + h * 0.2}C${hx + reach} ${top + h * 0.08} ${hx + reach} ${top + h * 0.82} ${hx - 2} ${top + h * 0.74}`,
    shade(look.glaze, -8),
    h * 0.1,
  );
  return (
    handle +
    body.use(look.glaze) +
    decorate(c, look.deco, body.clip, cx - hw, top, cx + hw, base + hw * 0.2, look.accent) +
    body.use("url(#cy)") +
    ellipse(cx, top, tw, tw * 0.18, shade(look.glaze, -16), s`stroke="${shade(look.glaze, 6)}" stroke-width="5"`) +
    ellipse(cx, top + tw * 0.05, tw * 0.8, tw * 0.1, shade(look.glaze, -24), 'opacity=".6"')
  );
}

function bowl(c: Ctx, cx: number, base: number, w: number, h: number, look: CeramicLook, inside?: string): string {
  const hw = w / 2;
  const top = base - h;
  const body = c.shape(lathe(cx, [[hw, top], [hw * 0.96, top + h * 0.35], [hw * 0.68, top + h * 0.86], [hw * 0.4, base - 8]], 0.3));
  const foot = pathEl(s`M${cx - hw * 0.36} ${base - 14}L${cx - hw * 0.34} ${base}H${cx + hw * 0.34}L${cx + hw * 0.36} ${base - 14}Z`, shade(look.glaze, -22));
  return (
    foot +
    body.use(look.glaze) +
    decorate(c, look.deco, body.clip, cx - hw, top, cx + hw, base, look.accent) +
    body.use("url(#cy)") +
    ellipse(cx, top, hw, hw * 0.3, shade(look.glaze, -10), s`stroke="${shade(look.glaze, 8)}" stroke-width="5"`) +
    ellipse(cx, top + hw * 0.1, hw * 0.62, hw * 0.17, inside ?? shade(look.glaze, -18), 'opacity=".7"')
  );
}

function plate(c: Ctx, cx: number, cy: number, rx: number, ry: number, look: CeramicLook): string {
  const top = c.shape(s`M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${rx * 2} 0a${rx} ${ry} 0 1 0 ${-rx * 2} 0Z`);
  let rim = "";
  const style = c.r.pick(["line", "dots", "none", "deco"] as const);
  if (style === "line") rim = ellipse(cx, cy, rx * 0.9, ry * 0.9, "none", s`stroke="${look.accent}" stroke-width="5"`);
  if (style === "dots") {
    for (let i = 0; i < 24; i++) {
      const a = (i / 24) * Math.PI * 2;
      rim += s`<circle cx="${cx + Math.cos(a) * rx * 0.82}" cy="${cy + Math.sin(a) * ry * 0.82}" r="${ry * 0.05}"/>`;
    }
    rim = `<g fill="${look.accent}">${rim}</g>`;
  }
  if (style === "deco" && look.deco === "speckle") rim = decorate(c, "speckle", top.clip, cx - rx, cy - ry, cx + rx, cy + ry, look.accent);
  return (
    ellipse(cx, cy + ry * 0.14, rx * 0.98, ry, shade(look.glaze, -20)) +
    top.use(look.glaze) +
    rim +
    ellipse(cx, cy + ry * 0.04, rx * 0.6, ry * 0.58, shade(look.glaze, -7), s`stroke="${shade(look.glaze, -12)}" stroke-width="3"`) +
    ellipse(cx - rx * 0.3, cy - ry * 0.55, rx * 0.25, ry * 0.1, "#fff", 'opacity=".35"')
  );
}

function flowerStem(c: Ctx, x: number, y: number, height: number, lean: number): string {
  const r = c.r;
  const tx = x + lean;
  const ty = y - height;
  const green = r.pick(["#6f8f5a", "#5f7f64", "#86a06b"]);
  let svg = line(s`M${x} ${y}Q${x + lean * 0.1} ${y - height * 0.6} ${tx} ${ty}`, green, 5);
  const lx = x + lean * 0.3;
  const ly = y - height * 0.45;
  svg += s`<ellipse cx="${lx + 18}" cy="${ly}" rx="22" ry="9" fill="${green}" transform="rotate(-30 ${lx + 18} ${ly})"/>`;
  const petal = r.pick(["#f4f0e6", "#f2b8c6", "#f6d26b", "#c9b6f0", "#f08a6c", "#ffffff"]);
  const pr = r.range(13, 18);
  let petals = "";
  for (let i = 0; i < 5; i++) {
    const a = (i / 5) * Math.PI * 2 + 0.3;
    petals += s`<circle cx="${tx + Math.cos(a) * pr}" cy="${ty + Math.sin(a) * pr}" r="${pr * 0.85}"/>`;
  }
  return svg + `<g fill="${petal}">${petals}</g>` + circle(tx, ty, pr * 0.55, "#e9b949");
}

function ceramicsMugs(c: Ctx): Drawn {
  if (c.has(/커플|2인|세트/)) {
    const a = ceramicLook(c);
    const b = ceramicLook(c);
    a.glaze = "#f3efe6";
    b.glaze = "#46454a";
    b.accent = shade(b.glaze, 30);
    return standing(mug(c, 270, GROUND - 10, 210, 220, a) + mug(c, 500, GROUND + 10, 210, 220, b), 280);
  }
  const look = ceramicLook(c);
  const big = c.has(/라지|450/);
  const w = big ? c.r.range(280, 300) : c.r.range(235, 275);
  return zoomed(standing(mug(c, 370, GROUND, w, big ? c.r.range(270, 290) : c.r.range(235, 285), look), w * 0.72 + 40, 400), 1.1);
}

function ceramicsPlates(c: Ctx): Drawn {
  const look = ceramicLook(c);
  if (c.has(/밥공기/)) {
    const second = { ...look, deco: look.deco };
    return standing(bowl(c, 290, GROUND - 20, 230, 130, look) + bowl(c, 500, GROUND + 10, 280, 150, second), 300);
  }
  if (c.has(/볼/)) {
    const wide = c.has(/넓은|파스타/);
    return standing(bowl(c, 400, GROUND, wide ? 500 : 400, wide ? 150 : 210, look), wide ? 230 : 190);
  }
  if (c.has(/4P|앞접시/)) {
    let svg = "";
    const colors = [look.glaze, c.r.pick(GLAZES), c.r.pick(GLAZES), c.r.pick(GLAZES)];
    colors.forEach((g, i) => {
      svg += plate(c, 400, GROUND - 20 - i * 34, 230, 86, { ...look, glaze: g, deco: "plain" });
    });
    return standing(svg, 250);
  }
  const oval = c.has(/타원/);
  const rx = oval ? 300 : 270;
  return standing(plate(c, 400, GROUND - 70, rx, oval ? 88 : 104, look), rx * 0.95);
}

function ceramicsVases(c: Ctx): Drawn {
  const look = ceramicLook(c);
  const r = c.r;
  if (c.has(/인센스/)) {
    const dish = plate(c, 400, GROUND - 40, 170, 58, { ...look, deco: "plain" });
    const smoke = line(s`M520 300c-30-30 30-50 0-80s30-50 0-80`, "#9aa0a6", 4, 'opacity=".5"');
    return standing(
      dish +
        line(s`M400 ${GROUND - 50}L540 330`, "#5a4636", 6) +
        line(s`M${400 + 140 * 0.82} ${GROUND - 50 - (GROUND - 380) * 0.82}L540 330`, "#c0703e", 6) +
        circle(540, 330, 5, "#e06a2c") +
        smoke,
      180,
    );
  }
  let profile: P[];
  let k = c.has(/미니/) ? 0.8 : 1;
  let flowers = false;
  if (c.has(/달항아리/)) {
    profile = [[62, 0], [70, 20], [165, 110], [185, 200], [150, 300], [86, 375]];
  } else if (c.has(/호리병/)) {
    profile = [[16, 0], [20, 40], [58, 100], [36, 160], [120, 255], [118, 330], [70, 375]];
  } else if (c.has(/원통/)) {
    profile = [[96, 0], [98, 180], [94, 350]];
  } else {
    profile = r.pick([
      [[20, 0], [22, 60], [90, 170], [92, 230], [58, 290]],
      [[40, 0], [34, 50], [110, 170], [100, 260], [64, 320]],
    ] as P[][]);
    k = 1.05;
    flowers = true;
  }
  if (c.has(/꽃|화병/) && !c.has(/달항아리|원통/)) flowers = true;
  const last = profile[profile.length - 1] as P;
  const top = GROUND - last[1] * k;
  const prof = profile.map(([w, y]): P => [w * k, top + y * k]);
  const body = c.shape(lathe(400, prof, 0.2));
  const mouth = (prof[0] as P)[0];
  let stems = "";
  if (flowers) {
    stems = flowerStem(c, 400, top + 10, r.range(150, 200), r.range(-60, -20)) + flowerStem(c, 400, top + 10, r.range(110, 170), r.range(20, 70));
  }
  const maxW = Math.max(...prof.map((p) => p[0]));
  return standing(
    stems +
      body.use(look.glaze) +
      decorate(c, look.deco, body.clip, 400 - maxW, top, 400 + maxW, GROUND + 20, look.accent) +
      body.use("url(#cy)") +
      ellipse(400, top, mouth, mouth * 0.2, shade(look.glaze, -22), s`stroke="${shade(look.glaze, 6)}" stroke-width="4"`),
    Math.max(last[0] * k + 40, maxW * 0.8),
  );
}

function teapot(c: Ctx, cx: number, base: number, k: number, look: CeramicLook): string {
  const top = base - 200 * k;
  const body = c.shape(lathe(cx, [[78 * k, top], [140 * k, top + 70 * k], [130 * k, top + 160 * k], [80 * k, base]], 0.2));
  const spout = pathEl(
    s`M${cx - 110 * k} ${top + 80 * k}C${cx - 170 * k} ${top + 60 * k} ${cx - 180 * k} ${top + 10 * k} ${cx - 215 * k} ${top - 10 * k}L${cx - 200 * k} ${top - 22 * k}C${cx - 170 * k} ${top + 5 * k} ${cx - 150 * k} ${top + 30 * k} ${cx - 100 * k} ${top + 40 * k}Z`,
    shade(look.glaze, -6),
  );
  const handle = c.r.chance(0.5)
    ? line(s`M${cx - 70 * k} ${top + 5 * k}C${cx - 60 * k} ${top - 110 * k} ${cx + 60 * k} ${top - 110 * k} ${cx + 70 * k} ${top + 5 * k}`, "#9c7a52", 12 * k)
    : line(s`M${cx + 120 * k} ${top + 40 * k}C${cx + 200 * k} ${top + 30 * k} ${cx + 200 * k} ${top + 150 * k} ${cx + 110 * k} ${top + 140 * k}`, shade(look.glaze, -8), 22 * k);
  return (
    handle +
    spout +
    body.use(look.glaze) +
    decorate(c, look.deco, body.clip, cx - 140 * k, top, cx + 140 * k, base + 20, look.accent) +
    body.use("url(#cy)") +
    ellipse(cx, top, 80 * k, 16 * k, shade(look.glaze, -12)) +
    pathEl(s`M${cx - 66 * k} ${top}Q${cx} ${top - 46 * k} ${cx + 66 * k} ${top}Z`, shade(look.glaze, 4)) +
    circle(cx, top - 32 * k, 12 * k, shade(look.glaze, -14))
  );
}

function teacup(c: Ctx, cx: number, base: number, k: number, look: CeramicLook, withHandle: boolean, saucer: boolean): string {
  let svg = "";
  if (saucer) svg += plate(c, cx, base - 6 * k, 150 * k, 42 * k, { ...look, deco: "plain" });
  const cupBase = saucer ? base - 14 * k : base;
  if (withHandle) return svg + mug(c, cx - 15 * k, cupBase, 170 * k, 140 * k, look);
  return svg + bowl(c, cx, cupBase, 170 * k, 120 * k, look);
}

function ceramicsTeaware(c: Ctx): Drawn {
  const look = ceramicLook(c);
  if (c.has(/다기 세트|세트 \(/)) {
    return standing(teapot(c, 330, GROUND - 30, 0.85, look) + teacup(c, 520, GROUND + 10, 0.75, look, false, false) + teacup(c, 640, GROUND + 20, 0.7, look, false, false), 300);
  }
  if (c.has(/다관|티팟/)) return standing(teapot(c, 420, GROUND, 1.2, look), 200);
  if (c.has(/다완/)) return standing(bowl(c, 400, GROUND, 380, 220, look, "#8fae5a"), 180);
  if (c.has(/숙우/)) {
    const cup = bowl(c, 410, GROUND, 320, 200, look);
    const lip = pathEl(s`M262 ${GROUND - 200}L205 ${GROUND - 222}L258 ${GROUND - 176}Z`, look.glaze);
    return standing(cup + lip, 170);
  }
  if (c.has(/커피잔|잔받침/)) return standing(teacup(c, 400, GROUND, 1.5, look, true, true), 240);
  return standing(teacup(c, 300, GROUND - 20, 1.25, look, false, false) + teacup(c, 510, GROUND + 10, 1.25, look, false, false), 280);
}

// ---------------------------------------------------------------------------
// 가죽공예

function leatherLook(c: Ctx): { hide: string; thread: string; edge: string } {
  let hide = c.r.pick(LEATHERS);
  if (c.has(/탄 브라운|베지터블/)) hide = c.r.pick(["#b9773f", "#a8652f"]);
  if (c.has(/라떼/)) hide = "#c9a27a";
  const thread = toHsl(hide)[2] > 70 ? "#8a6a4a" : c.r.pick(THREADS);
  return { hide, thread, edge: shade(hide, -14) };
}

function stitch(d: string, color: string, width = 3): string {
  return s`<path d="${d}" fill="none" stroke="${color}" stroke-width="${width}" stroke-dasharray="9 7" stroke-linecap="round"/>`;
}

function slab(c: Ctx, x: number, y: number, w: number, h: number, r: number, color: string, thread: string): string {
  const body = c.shape(rrect(x, y, w, h, r));
  return body.use(color, s`stroke="${shade(color, -14)}" stroke-width="4"`) + stitch(rrect(x + 12, y + 12, w - 24, h - 24, Math.max(2, r - 10)), thread) + body.use("url(#cy)", 'opacity=".6"');
}

function leatherWallets(c: Ctx): Drawn {
  const { hide, thread } = leatherLook(c);
  const rot = c.r.range(-9, -3);
  const g = (svg: string) => s`<g transform="rotate(${rot} 400 420)">` + svg + "</g>";
  if (c.has(/장지갑/)) {
    const zip = s`<path d="${rrect(185, 300, 430, 230, 26)}" fill="none" stroke="#b8b1a6" stroke-width="10" stroke-dasharray="3 3"/>`;
    return standing(g(slab(c, 170, 285, 460, 260, 34, hide, thread) + zip + pathEl(rrect(560, 282, 18, 40, 5), "url(#mg)") + pathEl(rrect(556, 316, 26, 50, 8), shade(hide, -10))), 250);
  }
  if (c.has(/여권/)) {
    return standing(g(slab(c, 265, 215, 270, 380, 22, hide, thread) + circle(400, 360, 42, "none", s`stroke="${shade(hide, -18)}" stroke-width="5"`) + pathEl(s`M380 360l20-24 20 24-20 24z`, shade(hide, -18))), 170);
  }
  if (c.has(/동전/)) {
    const body = c.shape(s`M250 330H550V470C550 560 480 600 400 600S250 560 250 470Z`);
    return standing(
      body.use(hide, s`stroke="${shade(hide, -14)}" stroke-width="4"`) +
        stitch(s`M266 346H534V470C534 548 474 584 400 584S266 548 266 470Z`, thread) +
        pathEl(s`M240 300H560V380C560 420 520 440 480 440H320C280 440 240 420 240 380Z`, shade(hide, -6), s`stroke="${shade(hide, -16)}" stroke-width="4"`) +
        body.use("url(#cy)", 'opacity=".6"') +
        circle(400, 408, 20, "url(#ms)", 'stroke="#8d939c" stroke-width="2"'),
      190,
    );
  }
  if (c.has(/반지갑/)) {
    const cards = ["#e9c46a", "#8ab6d6", "#e76f51"];
    let peek = "";
    cards.forEach((col, i) => {
      peek += pathEl(rrect(250 + i * 95, 250 - i * 8, 140, 80, 8), col);
    });
    return standing(
      g(peek + slab(c, 200, 280, 400, 250, 20, hide, thread) + pathEl(s`M216 282C205 330 205 480 216 528`, "none", s`stroke="${shade(hide, -20)}" stroke-width="4"`)),
      220,
    );
  }
  // card wallet (optionally with a money clip)
  const card = c.r.pick(["#e9c46a", "#8ab6d6", "#e76f51", "#90be6d", "#f4f1de"]);
  const front = shade(hide, c.r.chance(0.5) ? 8 : -8);
  const pocket = c.shape(s`M230 390H350C360 430 440 430 450 390H570V560C570 576 556 590 540 590H260C244 590 230 576 230 560Z`);
  let clip = "";
  if (c.has(/머니클립/)) clip = pathEl(rrect(370, 250, 60, 170, 18), "url(#ms)", 'stroke="#8d939c" stroke-width="2"');
  return standing(
    g(
      slab(c, 230, 260, 340, 330, 24, hide, thread) +
        pathEl(rrect(270, 300, 260, 170, 12), card) +
        pathEl(rrect(270, 300, 260, 36, 12), shade(card, -12), 'opacity=".5"') +
        pocket.use(front, s`stroke="${shade(hide, -16)}" stroke-width="4"`) +
        stitch(s`M244 404H342M458 404H556M244 404V560M556 404V560M260 576H540`, thread) +
        clip,
    ),
    200,
  );
}

function bagHandle(x1: number, x2: number, y: number, height: number, color: string, width: number): string {
  return line(s`M${x1} ${y}C${x1} ${y - height} ${x2} ${y - height} ${x2} ${y}`, color, width);
}

function leatherBags(c: Ctx): Drawn {
  const { hide, thread, edge } = leatherLook(c);
  if (c.has(/토트/)) {
    const body = c.shape(s`M225 300H575L600 620H200Z`);
    return standing(
      bagHandle(300, 500, 310, 210, edge, 20) +
        body.use(hide, s`stroke="${edge}" stroke-width="4"`) +
        body.use("url(#cy)", 'opacity=".6"') +
        stitch(s`M232 322H568`, thread) +
        pathEl(rrect(282, 300, 36, 54, 6), edge) +
        pathEl(rrect(482, 300, 36, 54, 6), edge) +
        circle(300, 340, 6, "url(#mg)") +
        circle(500, 340, 6, "url(#mg)"),
      230,
    );
  }
  if (c.has(/버킷/)) {
    const body = c.shape(lathe(400, [[150, 290], [152, 420], [140, 620]], 0.22));
    return standing(
      bagHandle(260, 540, 300, 260, edge, 16) +
        body.use(hide) +
        body.use("url(#cy)") +
        ellipse(400, 290, 150, 33, shade(hide, -22)) +
        line(s`M252 312C320 350 480 350 548 312`, shade(hide, 18), 7) +
        line(s`M420 342l-20 90M430 342l10 86`, shade(hide, 18), 6),
      180,
    );
  }
  if (c.has(/반달/)) {
    const body = c.shape(s`M190 330H610C610 480 520 590 400 590S190 480 190 330Z`);
    return standing(
      bagHandle(230, 570, 335, 250, edge, 18) +
        body.use(hide, s`stroke="${edge}" stroke-width="4"`) +
        body.use("url(#cy)", 'opacity=".6"') +
        stitch(s`M206 346H594C590 470 510 572 400 572S210 470 206 346`, thread) +
        line(s`M230 358H570`, "#b8b1a6", 6, 'stroke-dasharray="3 3"') +
        pathEl(rrect(548, 348, 14, 46, 5), "url(#mg)"),
      190,
    );
  }
  if (c.has(/노트북/)) {
    return standing(
      slab(c, 180, 260, 440, 340, 26, hide, thread) +
        pathEl(s`M370 255H430V420C430 436 416 450 400 450S370 436 370 420Z`, shade(hide, -10), s`stroke="${edge}" stroke-width="3"`) +
        circle(400, 420, 11, "url(#mg)"),
      240,
    );
  }
  if (c.has(/미니백/)) {
    const body = c.shape(s`M250 380H550L570 610H230Z`);
    return standing(
      bagHandle(330, 470, 385, 150, edge, 16) +
        body.use(hide, s`stroke="${edge}" stroke-width="4"`) +
        body.use("url(#cy)", 'opacity=".6"') +
        stitch(s`M262 398H538`, thread) +
        circle(400, 420, 12, "url(#mg)"),
      200,
    );
  }
  // cross-body bag with a flap and a long strap (also the phone bag)
  const phone = c.has(/폰/);
  const w = phone ? 220 : 320;
  const h = phone ? 330 : 240;
  const x = 400 - w / 2;
  const y = GROUND - h;
  return standing(
    line(s`M${x + 14} ${y + 20}C${x - 40} ${y - 300} ${x + w + 40} ${y - 300} ${x + w - 14} ${y + 20}`, edge, 12) +
      slab(c, x, y, w, h, 26, hide, thread) +
      pathEl(s`M${x} ${y + 26}Q${x} ${y} ${x + 26} ${y}H${x + w - 26}Q${x + w} ${y} ${x + w} ${y + 26}V${y + h * 0.52}Q${400} ${y + h * 0.7} ${x} ${y + h * 0.52}Z`, shade(hide, 6), s`stroke="${edge}" stroke-width="4"`) +
      (phone ? pathEl(rrect(x + 40, y + h * 0.66, w - 80, h * 0.2, 10), shade(hide, -10)) : "") +
      circle(400, y + h * 0.58, 13, "url(#mg)"),
    w * 0.7,
  );
}

function leatherGoods(c: Ctx): Drawn {
  const { hide, thread, edge } = leatherLook(c);
  if (c.has(/키링|백참/)) {
    const heart = c.has(/하트/);
    const ring = circle(400, 190, 50, "none", 'stroke="url(#mg)" stroke-width="10"') + line(s`M400 240V290`, "#caa04a", 8);
    const tag = heart
      ? pathEl(s`M400 560C330 510 250 450 250 380C250 330 290 300 330 300C365 300 390 320 400 345C410 320 435 300 470 300C510 300 550 330 550 380C550 450 470 510 400 560Z`, hide, s`stroke="${edge}" stroke-width="4"`) +
        stitch(s`M400 536C340 492 268 440 268 382C268 342 298 318 330 318C362 318 386 340 400 372C414 340 438 318 470 318C502 318 532 342 532 382C532 440 460 492 400 536Z`, thread)
      : slab(c, 330, 280, 140, 320, 60, hide, thread) + circle(400, 330, 14, shade(hide, -25));
    return standing(ring + tag, 120);
  }
  if (c.has(/이어폰/)) {
    return standing(
      circle(400, 250, 40, "none", 'stroke="url(#mg)" stroke-width="9"') +
        pathEl(rrect(290, 290, 220, 300, 90), hide, s`stroke="${edge}" stroke-width="4"`) +
        line(s`M296 390H504`, shade(hide, -18), 4) +
        pathEl(rrect(290, 290, 220, 300, 90), "url(#cy)") +
        pathEl(rrect(380, 570, 40, 12, 5), shade(hide, -30)),
      150,
    );
  }
  if (c.has(/필통|안경/)) {
    const glasses = c.has(/안경/);
    const body = c.shape(rrect(170, 420, 460, glasses ? 180 : 170, glasses ? 84 : 40));
    return standing(
      body.use(hide, s`stroke="${edge}" stroke-width="4"`) +
        body.use("url(#cy)", 'opacity=".6"') +
        (glasses
          ? stitch(s`M230 436H570`, thread) + pathEl(s`M180 470Q400 510 620 470`, "none", s`stroke="${shade(hide, -16)}" stroke-width="4"`)
          : line(s`M190 434H610`, "#b8b1a6", 10, 'stroke-dasharray="3 3"') + pathEl(rrect(590, 424, 50, 22, 8), shade(hide, -12))),
      260,
    );
  }
  if (c.has(/케이블/)) {
    let svg = "";
    [0, 1, 2].forEach((i) => {
      const col = c.r.pick(LEATHERS);
      const x = 250 + i * 150;
      svg += s`<g transform="rotate(${c.r.range(-10, 10)} ${x} 430)">` + slab(c, x - 40, 300, 80, 260, 40, col, c.r.pick(THREADS)) + circle(x, 350, 14, "url(#ms)") + "</g>";
    });
    return standing(svg, 230);
  }
  // key case
  return standing(
    line(s`M360 300V250M400 300V230M440 300V255`, "#b9bec6", 10) +
      circle(360, 240, 16, "none", 'stroke="url(#mg)" stroke-width="6"') +
      circle(400, 222, 16, "none", 'stroke="url(#ms)" stroke-width="6"') +
      circle(440, 245, 16, "none", 'stroke="url(#mg)" stroke-width="6"') +
      slab(c, 280, 290, 240, 310, 60, hide, thread) +
      pathEl(s`M280 440H520V540C520 573 493 600 460 600H340C307 600 280 573 280 540Z`, shade(hide, -8), s`stroke="${edge}" stroke-width="4"`) +
      circle(400, 470, 14, "url(#mg)"),
    160,
  );
}

// ---------------------------------------------------------------------------
// 향수·캔들

function flame(c: Ctx, x: number, y: number, k: number, wide = false): string {
  const w = (wide ? 24 : 14) * k;
  const h = 62 * k;
  return (
    circle(x, y - h * 0.5, 110 * k, "url(#gl)") +
    pathEl(s`M${x} ${y}C${x - w * 1.3} ${y - h * 0.1} ${x - w} ${y - h * 0.6} ${x} ${y - h}C${x + w} ${y - h * 0.6} ${x + w * 1.3} ${y - h * 0.1} ${x} ${y}Z`, "url(#fl)")
  );
}

interface JarOpts {
  cx: number;
  base: number;
  hw: number;
  h: number;
  glass: string;
  wax: string;
  wick: "cotton" | "wood";
  label: boolean;
  layers?: string[];
  lit: boolean;
}

function jarCandle(c: Ctx, o: JarOpts): string {
  const top = o.base - o.h;
  const prof: P[] = [[o.hw, top], [o.hw, o.base]];
  const glass = c.shape(lathe(o.cx, prof, 0.2));
  const waxTop = top + o.h * 0.22;
  const wax = lathe(o.cx, [[o.hw - 7, waxTop], [o.hw - 7, o.base - 8]], 0.2);
  let layers = "";
  const bands = o.layers;
  if (bands) {
    bands.forEach((col, i) => {
      const y = waxTop + ((o.base - waxTop) * i) / bands.length;
      layers += pathEl(s`M${o.cx - o.hw} ${y}q${o.hw / 2} -12 ${o.hw} 0t${o.hw} 0V${o.base + 30}H${o.cx - o.hw}Z`, col);
    });
    layers = `<g clip-path="url(#${glass.clip})">${layers}</g>`;
  }
  let svg =
    glass.use(shade(o.glass, -10), 'opacity=".35"') +
    pathEl(wax, o.wax) +
    layers +
    ellipse(o.cx, waxTop, o.hw - 7, (o.hw - 7) * 0.2, shade(o.wax, 6)) +
    ellipse(o.cx, waxTop, (o.hw - 7) * 0.5, (o.hw - 7) * 0.09, shade(o.wax, -5));
  const wickH = o.lit ? 16 : 20;
  svg += o.wick === "wood" ? pathEl(s`M${o.cx - 12} ${waxTop - 12}h24v10h-24z`, "#4a3527") : line(s`M${o.cx} ${waxTop}v${-wickH}`, "#3a2d25", 4);
  svg += glass.use(o.glass, 'opacity=".28"') + glass.use("url(#gs)");
  if (o.label) {
    const ly = top + o.h * 0.5;
    svg += `<g clip-path="url(#${glass.clip})">${pathEl(s`M${o.cx - o.hw} ${ly}h${o.hw * 2}v${o.h * 0.26}h${-o.hw * 2}z`, c.r.pick(["#f7f1e3", "#d9bf94", "#ffffff", "#2f2f33"]))}</g>`;
    svg += circle(o.cx, ly + o.h * 0.13, o.h * 0.06, "none", s`stroke="${c.r.pick(["#b07a4f", "#7a8b6f", "#c06b6b"])}" stroke-width="3"`);
  }
  svg += glass.use("url(#cy)", 'opacity=".7"');
  svg += ellipse(o.cx, top, o.hw, o.hw * 0.2, "none", 'stroke="#fff" stroke-opacity=".75" stroke-width="4"');
  if (o.lit) svg += flame(c, o.cx, waxTop - wickH + 4, o.h / 260, o.wick === "wood");
  return svg;
}

function candlesCandles(c: Ctx): Drawn {
  const r = c.r;
  const wax = c.has(/라벤더/) ? "#ddd0ee" : c.has(/동백/) ? "#f3dfe0" : c.has(/귤/) ? "#f8e3bd" : r.pick(["#f5ecd9", "#f3e2cf", "#eef0e4", "#f6e7e9"]);
  const glass = c.has(/동백/) ? "#d9485a" : c.has(/우드윅|시더/) ? "#a0642e" : c.has(/무화과/) ? "#8aa37a" : r.pick(GLASS);
  if (c.has(/틴/)) {
    let svg = "";
    const tins: [number, number, string][] = [
      [400, GROUND - 60, "#ddd0ee"],
      [270, GROUND, "#f5ecd9"],
      [530, GROUND + 10, "#f3e2cf"],
    ];
    tins.forEach(([x, base, wax], i) => {
      const body = c.shape(lathe(x, [[95, base - 90], [95, base]], 0.22));
      svg +=
        body.use("url(#ms)") +
        pathEl(s`M${x - 95} ${base - 58}h190v34h-190z`, r.pick(["#f7f1e3", "#d9bf94", "#2f2f33"])) +
        body.use("url(#cy)", 'opacity=".5"') +
        ellipse(x, base - 90, 95, 21, "#9aa0a8") +
        ellipse(x, base - 88, 86, 17, wax) +
        line(s`M${x} ${base - 90}v-14`, "#3a2d25", 4);
      if (i === 0) svg = ellipse(590, GROUND - 120, 80, 100, "url(#ms)", 'stroke="#9aa0a8" stroke-width="8"') + svg + flame(c, x, base - 102, 0.7);
    });
    return standing(svg, 300);
  }
  if (c.has(/필라/)) {
    const body = c.shape(lathe(400, [[95, 290], [95, GROUND - 24]], 0.2));
    return standing(
      plate(c, 400, GROUND - 14, 170, 44, { glaze: r.pick(["#e8dcc8", "#46454a", "#f3efe6"]), accent: "#999", deco: "plain" }) +
        body.use(r.pick(["#c9d8bf", "#eadfcb", "#b9c7b0"])) +
        body.use("url(#cy)") +
        ellipse(400, 290, 95, 19, "#dfe8d6") +
        line("M400 290v-18", "#3a2d25", 4) +
        flame(c, 400, 276, 1),
      190,
    );
  }
  if (c.has(/세트/)) {
    return standing(
      jarCandle(c, { cx: 300, base: GROUND - 20, hw: 90, h: 170, glass: "#d9485a", wax: "#f3dfe0", wick: "cotton", label: true, lit: true }) +
        jarCandle(c, { cx: 500, base: GROUND + 10, hw: 90, h: 170, glass: "#e2a24a", wax: "#f8e3bd", wick: "cotton", label: true, lit: false }),
      260,
    );
  }
  const layers = c.has(/바다|레이어/) ? ["#e6d3ad", "#8cc9d8", "#4d9dbb"] : undefined;
  const hw = r.range(120, 150);
  const h = r.range(230, 280);
  let shells = "";
  if (layers) shells = pathEl(s`M360 ${GROUND - h - 6}q20-30 40 0z`, "#f7e7da") + pathEl(s`M420 ${GROUND - h - 2}q14-20 28 0z`, "#f2d2c4");
  return zoomed(
    standing(
      jarCandle(c, { cx: 400, base: GROUND, hw, h, glass: layers ? "#cfe6ee" : glass, wax, wick: c.has(/우드윅/) ? "wood" : "cotton", label: !layers && r.chance(0.75), layers, lit: true }) + shells,
      hw + 40,
    ),
    1.1,
  );
}

function reedBottle(c: Ctx, cx: number, glass: string, liquid: string, flowers: boolean): string {
  const r = c.r;
  const base = GROUND;
  const shape = r.pick(["square", "round"] as const);
  const prof: P[] =
    shape === "square"
      ? [[28, 300], [30, 330], [110, 360], [115, 400], [112, base]]
      : [[26, 300], [30, 340], [100, 390], [125, 480], [90, base]];
  const glassShape = c.shape(lathe(cx, prof, 0.2));
  const liquidTop = 450;
  let reeds = "";
  const n = r.int(6, 8);
  const tips: P[] = [];
  for (let i = 0; i < n; i++) {
    const tx = cx + (i - (n - 1) / 2) * r.range(28, 40) + r.range(-10, 10);
    const ty = r.range(90, 170);
    tips.push([tx, ty]);
    reeds += s`M${cx + (i - (n - 1) / 2) * 5} ${liquidTop}L${tx} ${ty}`;
  }
  let svg = `<path d="${reeds}" stroke="#b58a5a" stroke-width="6" stroke-linecap="round"/>`;
  if (flowers) {
    tips.slice(0, 4).forEach(([x, y], i) => {
      const col = i % 2 ? "#f4efe4" : r.pick(["#d9485a", "#f2b8c6", "#e9c46a"]);
      let petals = "";
      for (let j = 0; j < 6; j++) {
        const a = (j / 6) * Math.PI * 2;
        petals += s`<circle cx="${x + Math.cos(a) * 14}" cy="${y + Math.sin(a) * 14}" r="12"/>`;
      }
      svg += `<g fill="${col}">${petals}</g>` + circle(x, y, 8, "#c79a3e");
    });
  }
  svg +=
    `<g clip-path="url(#${glassShape.clip})">${pathEl(s`M${cx - 140} ${liquidTop}H${cx + 140}V${base + 40}H${cx - 140}Z`, liquid, 'opacity=".55"')}</g>` +
    glassShape.use(glass, 'opacity=".3"') +
    glassShape.use("url(#gs)") +
    glassShape.use("url(#cy)", 'opacity=".6"') +
    pathEl(rrect(cx - 34, 288, 68, 36, 8), r.pick(["url(#mg)", "url(#ms)", "#6f4a33", "#2f2f33"]));
  return svg;
}

function candlesDiffusers(c: Ctx): Drawn {
  const r = c.r;
  if (c.has(/귤/)) {
    const orange = (x: number, y: number, rad: number) =>
      circle(x, y, rad, "#f2a541") + circle(x, y, rad, "url(#cy)") + pathEl(s`M${x} ${y - rad}q20-34 52-24q-24 30-52 24z`, "#6f9a52") + circle(x, y - rad + 6, 6, "#c9812b");
    return standing(orange(310, GROUND - 95, 100) + orange(500, GROUND - 80, 85), 240);
  }
  if (c.has(/석고|차량/)) {
    const tab = r.pick([s`M400 310l110 64v128l-110 64-110-64V374Z`, s`M400 300a140 140 0 1 0 0.1 0Z`]);
    let petals = "";
    for (let i = 0; i < 7; i++) petals += s`<ellipse cx="${r.range(330, 470)}" cy="${r.range(400, 500)}" rx="14" ry="7" transform="rotate(${r.range(0, 180)} 400 450)"/>`;
    return {
      svg:
        line(s`M400 40V300`, "#c7a27a", 4) +
        pathEl(tab, "#f6f2ea", 'stroke="#e3ddd2" stroke-width="4"') +
        `<g fill="${r.pick(["#e56b6f", "#b5838d", "#e9c46a", "#8d99ae"])}" opacity=".8">${petals}</g>` +
        pathEl(tab, "url(#cy)", 'opacity=".5"') +
        circle(400, 330, 10, shade(r.pick(FABRICS), -30)),
      shadow: 0,
      view: "wall",
    };
  }
  if (c.has(/사쉐/)) {
    let svg = "";
    [250, 400, 550].forEach((x, i) => {
      const col = ["#f3dfe0", "#f8e3bd", "#d6e3cf"][i] ?? "#eee";
      const y = GROUND - (i === 1 ? 20 : 0);
      const bag = s`M${x - 75} ${y - 10}C${x - 100} ${y - 90} ${x - 60} ${y - 160} ${x - 26} ${y - 170}H${x + 26}C${x + 60} ${y - 160} ${x + 100} ${y - 90} ${x + 75} ${y - 10}Q${x} ${y + 12} ${x - 75} ${y - 10}Z`;
      const ribbon = ["#b5838d", "#c9812b", "#5f7f64"][i] ?? "#b5838d";
      svg +=
        pathEl(s`M${x - 26} ${y - 168}L${x - 62} ${y - 232}Q${x} ${y - 214} ${x + 62} ${y - 232}L${x + 26} ${y - 168}Z`, shade(col, -5)) +
        pathEl(bag, col) +
        pathEl(bag, "url(#kn)") +
        pathEl(bag, "url(#cy)") +
        line(s`M${x - 30} ${y - 168}H${x + 30}`, ribbon, 8) +
        pathEl(s`M${x} ${y - 168}l-34-18v36zM${x} ${y - 168}l34-18v36z`, ribbon) +
        line(s`M${x - 4} ${y - 164}l-16 44M${x + 4} ${y - 164}l14 40`, ribbon, 5);
    });
    return standing(svg, 260);
  }
  if (c.has(/스프레이/)) return candlesPerfumesBottle(c, true);
  const glass = c.has(/삼나무/) ? "#8a5a2b" : r.pick(GLASS);
  return standing(reedBottle(c, 400, glass, c.has(/삼나무/) ? "#5a3a1b" : shade(glass, -10), c.has(/플라워/)), 150);
}

function candlesPerfumesBottle(c: Ctx, spray: boolean): Drawn {
  const r = c.r;
  const glass = c.has(/바람|마린/) ? "#7fb8e0" : c.has(/무화과/) ? "#a9d39d" : r.pick(GLASS);
  const form = spray ? "tall" : r.pick(["square", "round", "tall"] as const);
  const w = form === "square" ? 260 : form === "round" ? 270 : 200;
  const h = form === "square" ? 260 : form === "round" ? 270 : 330;
  const x = 400 - w / 2;
  const y = GROUND - h;
  const d = form === "round" ? s`M400 ${y}a${w / 2} ${h / 2} 0 1 0 0.1 0Z` : rrect(x, y, w, h, form === "square" ? 30 : 40);
  const bottle = c.shape(d);
  const capColor = r.pick(["url(#mg)", "#2f2f33", "#f4efe6", "#6f4a33", "url(#ms)"]);
  const neckY = y - 30;
  const cap = spray
    ? pathEl(rrect(385, neckY - 40, 30, 70, 6), "#c9c4bb") +
      pathEl(rrect(362, neckY - 96, 76, 62, 14), "#8f8a82") +
      pathEl(rrect(438, neckY - 82, 30, 20, 5), "#8f8a82") +
      pathEl(rrect(362, neckY - 96, 76, 20, 10), "#fff", 'opacity=".25"')
    : r.pick([pathEl(rrect(350, neckY - 80, 100, 110, 14), capColor), circle(400, neckY - 36, 58, capColor), pathEl(rrect(365, neckY - 110, 70, 140, 30), capColor)]);
  return standing(
    `<g clip-path="url(#${bottle.clip})">${pathEl(s`M0 ${y + h * 0.28}H800V800H0Z`, shade(glass, -8), 'opacity=".6"')}</g>` +
      bottle.use(glass, 'opacity=".32"') +
      bottle.use("url(#gs)") +
      bottle.use("url(#cy)", 'opacity=".5"') +
      pathEl(rrect(372, y - 34, 56, 40, 6), "url(#mg)") +
      cap +
      (spray ? "" : pathEl(rrect(400 - w * 0.22, y + h * 0.44, w * 0.44, h * 0.2, 6), "#fff", 'opacity=".55"')),
    w * 0.6 + 20,
  );
}

function candlesPerfumes(c: Ctx): Drawn {
  if (c.has(/고체/)) {
    return standing(
      ellipse(540, GROUND - 150, 120, 26, "url(#ms)", 'transform="rotate(-75 540 480)"') +
        pathEl(lathe(360, [[150, GROUND - 70], [150, GROUND]], 0.22), "url(#ms)") +
        ellipse(360, GROUND - 70, 150, 33, "#aeb3bb") +
        ellipse(360, GROUND - 68, 136, 28, c.r.pick(["#f2c6c9", "#f7e3c6", "#e6d6f0"])) +
        ellipse(330, GROUND - 74, 40, 8, "#fff", 'opacity=".5"'),
      240,
    );
  }
  if (c.has(/미니어처|시향/)) {
    let svg = "";
    for (let i = 0; i < 5; i++) {
      const x = 200 + i * 100;
      const glass = c.r.pick(GLASS);
      const body = c.shape(rrect(x - 36, GROUND - 190, 72, 190, 14));
      svg +=
        `<g clip-path="url(#${body.clip})">${pathEl(s`M0 ${GROUND - 140}H800V800H0Z`, shade(glass, -10), 'opacity=".6"')}</g>` +
        body.use(glass, 'opacity=".35"') +
        body.use("url(#gs)") +
        pathEl(rrect(x - 20, GROUND - 240, 40, 54, 8), i % 2 ? "url(#mg)" : "#2f2f33");
    }
    return standing(svg, 280);
  }
  return candlesPerfumesBottle(c, false);
}

// ---------------------------------------------------------------------------
// 액세서리

function metal(c: Ctx): string {
  const gold = c.has(/골드|14K|금/) || (!c.has(/실버|은/) && c.r.chance(0.4));
  return gold ? "url(#mg)" : "url(#ms)";
}

function gem(c: Ctx, x: number, y: number, size: number, color: string, rough: boolean): string {
  if (rough) {
    const pts: string[] = [];
    for (let i = 0; i < 7; i++) {
      const a = (i / 7) * Math.PI * 2;
      const rr = size * c.r.range(0.75, 1.05);
      pts.push(s`${x + Math.cos(a) * rr} ${y + Math.sin(a) * rr}`);
    }
    return pathEl(`M${pts.join("L")}Z`, color) + pathEl(s`M${x - size * 0.5} ${y - size * 0.3}l${size * 0.4} ${-size * 0.3}l${size * 0.2} ${size * 0.4}z`, "#fff", 'opacity=".45"');
  }
  return (
    pathEl(s`M${x - size} ${y - size * 0.3}L${x - size * 0.5} ${y - size}H${x + size * 0.5}L${x + size} ${y - size * 0.3}L${x} ${y + size}Z`, color) +
    pathEl(s`M${x - size} ${y - size * 0.3}H${x + size}L${x} ${y + size}Z`, shade(color, -12)) +
    pathEl(s`M${x - size * 0.5} ${y - size}L${x - size * 0.2} ${y - size * 0.3}H${x + size * 0.2}L${x + size * 0.5} ${y - size}Z`, "#fff", 'opacity=".45"')
  );
}

function pearl(c: Ctx, x: number, y: number, rx: number, ry = rx): string {
  return ellipse(x, y, rx, ry, "url(#pe)");
}

function accessoriesRings(c: Ctx): Drawn {
  const m = metal(c);
  const band = (cx: number, cy: number, rad: number, width: number) =>
    circle(cx, cy + 4, rad, "none", s`stroke="#000" stroke-opacity=".12" stroke-width="${width}"`) + circle(cx, cy, rad, "none", s`stroke="${m}" stroke-width="${width}"`);
  if (c.has(/얇은|데일리/)) return standing(band(350, 420, 150, 12) + band(450, 440, 150, 12) + band(400, 460, 145, 8), 230);
  if (c.has(/커플/)) return standing(band(330, 430, 150, 24) + band(480, 460, 125, 18), 250);
  let svg = band(400, 440, 155, c.has(/망치/) ? 36 : 22);
  if (c.has(/망치/)) {
    let marks = "";
    for (let i = 0; i < 26; i++) {
      const a = (i / 26) * Math.PI * 2;
      const x = 400 + Math.cos(a) * 155;
      const y = 440 + Math.sin(a) * 155;
      marks += s`M${x - 5} ${y - 3}l10 6`;
    }
    svg += `<path d="${marks}" stroke="#fff" stroke-opacity=".7" stroke-width="4" stroke-linecap="round"/>`;
    return standing(svg, 180);
  }
  if (c.has(/진주/)) svg += pearl(c, 400, 268, 62, 56) + line(s`M350 270q50 -40 100 0`, m, 6);
  else if (c.has(/원석|아쿠아/)) svg += gem(c, 400, 262, 52, "#7fd0dd", true) + circle(400, 262, 54, "none", s`stroke="${m}" stroke-width="6"`);
  else svg += line(s`M370 290l10-40M430 290l-10-40`, m, 7) + gem(c, 400, 250, 42, c.r.pick(STONES), false);
  return standing(svg, 180);
}

function accessoriesEarrings(c: Ctx): Drawn {
  const m = metal(c);
  const pair = (make: (x: number) => string) => make(290) + make(510);
  if (c.has(/이어커프/)) {
    return standing(
      line(s`M330 300C230 330 230 520 330 560`, m, 16) + line(s`M400 280C280 320 280 540 400 580`, m, 16) + circle(330, 300, 9, m) + circle(330, 560, 9, m) + circle(400, 280, 9, m) + circle(400, 580, 9, m),
      150,
    );
  }
  const hook = (x: number) => line(s`M${x} 330V260C${x} 210 ${x + 60} 210 ${x + 60} 260V290`, m, 7);
  if (c.has(/구슬|미니/)) {
    // studs shown on a kraft earring card, the way they are sold
    const card = c.r.pick(["#d9bf94", "#f4efe6", "#c9d3bf"]);
    const stud = (x: number, y: number) => circle(x + 5, y + 7, 40, "#3a2a20", 'opacity=".15"') + circle(x, y, 40, m) + ellipse(x - 13, y - 14, 11, 8, "#fff", 'opacity=".75"');
    return standing(
      pathEl(rrect(250, 200, 300, 420, 22), card, s`stroke="${shade(card, -12)}" stroke-width="3"`) +
        pathEl(rrect(268, 218, 264, 384, 14), "none", s`stroke="${shade(card, -16)}" stroke-width="3" stroke-dasharray="10 8"`) +
        pathEl(s`M380 246h40`, "none", s`stroke="${shade(card, -26)}" stroke-width="12" stroke-linecap="round"`) +
        stud(340, 430) +
        stud(460, 430),
      180,
    );
  }
  if (c.has(/링 귀걸이|링/)) return standing(pair((x) => s`<path d="M${x - 12} 250a130 130 0 1 0 24 0" fill="none" stroke="${m}" stroke-width="20" stroke-linecap="round"/>`), 290);
  if (c.has(/진주/)) return standing(pair((x) => hook(x) + line(s`M${x} 330v40`, m, 5) + pearl(c, x, 420, 52)), 240);
  if (c.has(/조개/)) {
    return standing(
      pair((x) => {
        let ribs = "";
        for (let i = -2; i <= 2; i++) ribs += s`M${x} 470L${x + i * 28} 345`;
        return hook(x) + pathEl(s`M${x} 470L${x - 80} 380C${x - 60} 320 ${x + 60} 320 ${x + 80} 380Z`, m) + `<path d="${ribs}" stroke="#a67c2e" stroke-width="4" opacity=".6"/>`;
      }),
      240,
    );
  }
  // drop
  return standing(pair((x) => hook(x) + pathEl(s`M${x} 330C${x + 10} 380 ${x + 60} 420 ${x + 60} 470A60 60 0 0 1 ${x - 60} 470C${x - 60} 420 ${x - 10} 380 ${x} 330Z`, m) + ellipse(x - 22, 460, 12, 22, "#fff", 'opacity=".55"')), 240);
}

function accessoriesNecklaces(c: Ctx): Drawn {
  const m = metal(c);
  const chain = s`M150 40C170 330 320 440 400 450C480 440 630 330 650 40`;
  let pendant: string;
  if (c.has(/초승달/)) pendant = pathEl(s`M400 470a70 70 0 1 0 60 100a56 56 0 1 1 -60 -100Z`, m);
  else if (c.has(/코인|이니셜/)) pendant = circle(400, 530, 70, m) + circle(400, 530, 56, "none", 'stroke="#fff" stroke-opacity=".6" stroke-width="3"');
  else if (c.has(/진주/)) pendant = pearl(c, 400, 515, 52);
  else if (c.has(/물결/)) pendant = line(s`M320 520c25-40 55-40 80 0s55 40 80 0`, m, 14);
  else pendant = gem(c, 400, 530, 64, c.r.pick(["#5b6f9c", "#6a8caf", "#4f6d7a"]), true) + pathEl(s`M350 520l40 -40 30 50z`, "#7fd0dd", 'opacity=".45"');
  return {
    svg:
      line(chain, m, 9) +
      line(chain, "#000", 3, 'stroke-opacity=".25" stroke-dasharray="7 7"') +
      circle(400, 458, 14, "none", s`stroke="${m}" stroke-width="6"`) +
      `<g transform="translate(400 458) scale(1.35) translate(-400 -458)">${pendant}</g>`,
    shadow: 0,
    view: "table",
  };
}

function accessoriesBracelets(c: Ctx): Drawn {
  const m = metal(c);
  const cx = 400;
  const cy = 460;
  const rx = 210;
  const ry = 100;
  if (c.has(/비즈/)) {
    const beads: { y: number; svg: string }[] = [];
    const n = 22;
    for (let i = 0; i < n; i++) {
      const a = (i / n) * Math.PI * 2;
      const x = cx + Math.cos(a) * rx;
      const y = cy + Math.sin(a) * ry;
      const depth = (Math.sin(a) + 1) / 2;
      const rad = 22 + depth * 8;
      const col = c.r.pick([...STONES, "#f2f0ea", "#9ad1d4"]);
      beads.push({ y, svg: col === "#f2f0ea" ? pearl(c, x, y, rad) : circle(x, y, rad, col) + circle(x - rad * 0.35, y - rad * 0.35, rad * 0.3, "#fff", 'opacity=".5"') });
    }
    beads.sort((a, b) => a.y - b.y);
    return zoomed(standing(beads.map((b) => b.svg).join(""), 240), 1.1);
  }
  if (c.has(/뱅글/)) {
    let marks = "";
    for (let i = 0; i < 30; i++) {
      const a = (i / 30) * Math.PI * 2;
      marks += s`M${cx + Math.cos(a) * rx - 6} ${cy + Math.sin(a) * ry}h12`;
    }
    return standing(
      s`<path d="M${cx - 60} ${cy - ry + 4}A${rx} ${ry} 0 1 0 ${cx + 60} ${cy - ry + 4}" fill="none" stroke="${m}" stroke-width="34" stroke-linecap="round"/>` +
        `<path d="${marks}" stroke="#fff" stroke-opacity=".6" stroke-width="4"/>`,
      240,
    );
  }
  let charms = "";
  const pearls = c.has(/진주/);
  const count = pearls ? 5 : 3;
  for (let i = 0; i < count; i++) {
    const a = Math.PI * (0.25 + (0.5 * i) / (count - 1));
    const x = cx + Math.cos(a) * rx;
    const y = cy + Math.sin(a) * ry;
    charms += pearls ? pearl(c, x, y, 26) : circle(x, y, 28, m) + circle(x - 9, y - 9, 8, "#fff", 'opacity=".6"');
  }
  return standing(
    ellipse(cx, cy, rx, ry, "none", s`stroke="${m}" stroke-width="12"`) + ellipse(cx, cy, rx, ry, "none", 'stroke="#000" stroke-opacity=".3" stroke-width="4" stroke-dasharray="6 6"') + charms,
    240,
  );
}

// ---------------------------------------------------------------------------
// 목공예

function woodTone(c: Ctx): string {
  if (c.has(/월넛|먹감/)) return "#6f4a33";
  if (c.has(/체리/)) return "#a8653f";
  if (c.has(/메이플/)) return "#ddbf8f";
  if (c.has(/오크|애쉬/)) return "#c49a6c";
  return c.r.pick(WOODS);
}

function grain(c: Ctx, clip: string, x0: number, y0: number, x1: number, y1: number, color: string, vertical = true): string {
  let d = "";
  const n = 7;
  for (let i = 0; i < n; i++) {
    const t = (i + c.r.range(0.2, 0.8)) / n;
    if (vertical) {
      const x = x0 + (x1 - x0) * t;
      d += s`M${x} ${y0}C${x + c.r.range(-25, 25)} ${y0 + (y1 - y0) * 0.33} ${x + c.r.range(-25, 25)} ${y0 + (y1 - y0) * 0.66} ${x + c.r.range(-10, 10)} ${y1}`;
    } else {
      const y = y0 + (y1 - y0) * t;
      d += s`M${x0} ${y}C${x0 + (x1 - x0) * 0.33} ${y + c.r.range(-20, 20)} ${x0 + (x1 - x0) * 0.66} ${y + c.r.range(-20, 20)} ${x1} ${y + c.r.range(-8, 8)}`;
    }
  }
  return `<g clip-path="url(#${clip})"><path d="${d}" fill="none" stroke="${shade(color, -14)}" stroke-width="3" opacity=".55"/></g>`;
}

/** A flat-lay object with a soft offset shadow. */
function flatShadow(d: string): string {
  return `<path d="${d}" fill="#3a2a20" opacity=".13" transform="translate(12 16)"/>`;
}

function utensil(c: Ctx, kind: "spoon" | "spatula" | "knife" | "chopstick" | "serving", wood: string): string {
  let d: string;
  switch (kind) {
    case "spoon":
      d = `M400 130C450 130 470 200 468 250C466 300 430 330 412 345L418 660Q400 676 382 660L388 345C370 330 334 300 332 250C330 200 350 130 400 130Z`;
      break;
    case "serving":
      d = `M400 90C470 90 500 180 498 250C496 320 440 355 414 370L420 690Q400 706 380 690L386 370C360 355 304 320 302 250C300 180 330 90 400 90Z`;
      break;
    case "spatula":
      d = `M340 120H460L470 330Q430 360 416 380L420 680Q400 696 380 680L384 380Q370 360 330 330Z`;
      break;
    case "knife":
      d = `M370 170Q400 110 430 170L434 400Q434 424 414 432L418 650Q400 666 382 650L386 432Q366 424 366 400Z`;
      break;
    case "chopstick":
      d = `M393 100H407L404 680H396Z`;
      break;
  }
  const body = c.shape(d);
  let svg = flatShadow(d) + body.use(wood) + grain(c, body.clip, 330, 90, 500, 700, wood);
  if (kind === "spoon" || kind === "serving") {
    const k = kind === "serving" ? 1.15 : 1;
    const cy = kind === "serving" ? 240 : 245;
    svg += ellipse(400, cy, 52 * k, 80 * k, shade(wood, -10), 'opacity=".8"') + ellipse(388, cy - 20 * k, 16 * k, 30 * k, "#fff", 'opacity=".25"');
  }
  return svg;
}

function woodworkKitchen(c: Ctx): Drawn {
  const wood = woodTone(c);
  const place = (svg: string, x: number, rot: number, k = 1) => s`<g transform="translate(${x - 400} 0) rotate(${rot} 400 400) translate(${400 * (1 - k)} ${400 * (1 - k)}) scale(${k})">` + svg + "</g>";
  let svg: string;
  if (c.has(/젓가락 2벌/)) svg = place(utensil(c, "chopstick", wood), 310, -8) + place(utensil(c, "chopstick", wood), 350, -6) + place(utensil(c, "chopstick", "#3b2a20"), 450, 6) + place(utensil(c, "chopstick", "#3b2a20"), 490, 8);
  else if (c.has(/수저|숟가락/)) svg = place(utensil(c, "spoon", wood), 340, -6) + place(utensil(c, "chopstick", wood), 470, 4) + place(utensil(c, "chopstick", wood), 505, 6);
  else if (c.has(/주걱|뒤집개/)) svg = place(utensil(c, "spatula", wood), 400, -20);
  else if (c.has(/버터나이프/)) svg = place(utensil(c, "knife", "#6f4a33"), 340, -12) + place(utensil(c, "knife", "#ddbf8f"), 460, 10);
  else if (c.has(/서빙/)) svg = place(utensil(c, "serving", wood), 400, -28);
  else svg = place(utensil(c, "spoon", wood), 320, -14, 0.8) + place(utensil(c, "spoon", shade(wood, 10)), 480, 12, 0.8);
  return { svg, shadow: 0, view: "table" };
}

function woodworkBoards(c: Ctx): Drawn {
  const wood = woodTone(c);
  const r = c.r;
  const rotG = (rot: number, svg: string) => s`<g transform="rotate(${rot} 400 400)">` + svg + "</g>";
  if (c.has(/트레이/)) {
    const oval = c.has(/타원/);
    const outer = oval ? s`M100 400a300 200 0 1 0 600 0a300 200 0 1 0 -600 0Z` : rrect(110, 200, 580, 400, 30);
    const inner = oval ? s`M140 400a260 164 0 1 0 520 0a260 164 0 1 0 -520 0Z` : rrect(146, 236, 508, 328, 16);
    const body = c.shape(inner);
    let lattice = "";
    if (c.has(/창살/)) {
      let d = "";
      for (let x = 200; x < 660; x += 56) d += s`M${x} 236V564`;
      for (let y = 290; y < 564; y += 56) d += s`M146 ${y}H654`;
      lattice = `<g clip-path="url(#${body.clip})"><path d="${d}" stroke="${shade(wood, -18)}" stroke-width="5"/></g>`;
    }
    return {
      svg: rotG(r.range(-8, 8), flatShadow(outer) + pathEl(outer, shade(wood, 6)) + body.use(shade(wood, -8)) + grain(c, body.clip, 146, 236, 654, 564, wood, false) + lattice + pathEl(inner, "none", s`stroke="${shade(wood, -20)}" stroke-width="4"`)),
      shadow: 0,
      view: "table",
    };
  }
  if (c.has(/엔드그레인/)) {
    const id = c.id("p");
    c.defs.push(s`<pattern id="${id}" width="120" height="120" patternUnits="userSpaceOnUse"><rect width="120" height="120" fill="${wood}"/><rect width="60" height="60" fill="${shade(wood, -18)}"/><rect x="60" y="60" width="60" height="60" fill="${shade(wood, -10)}"/></pattern>`);
    const d = rrect(160, 190, 480, 420, 22);
    return { svg: rotG(r.range(-10, -4), flatShadow(d) + pathEl(rrect(160, 206, 480, 420, 22), shade(wood, -28)) + pathEl(d, `url(#${id})`)), shadow: 0, view: "table" };
  }
  if (c.has(/원형/)) {
    const d = s`M200 420a200 200 0 1 0 400 0a200 200 0 1 0 -400 0Z`;
    const body = c.shape(d);
    return {
      svg: flatShadow(d) + line(s`M400 220C360 140 440 140 400 220`, "#6e4227", 8) + circle(400, 432, 200, shade(wood, -22)) + body.use(wood) + grain(c, body.clip, 200, 220, 600, 620, wood) + circle(400, 238, 10, shade(wood, -30)),
      shadow: 0,
      view: "table",
    };
  }
  if (c.has(/바게트|빵/)) {
    const d = rrect(320, 80, 160, 640, 40);
    const body = c.shape(d);
    const bread = pathEl(s`M360 170C380 120 420 120 440 170L440 620C420 670 380 670 360 620Z`, "#d99a4e") + `<path d="M365 220l60 30M365 320l60 30M365 420l60 30M365 520l60 30" stroke="#f3d49b" stroke-width="10" stroke-linecap="round"/>`;
    return { svg: rotG(-35, flatShadow(d) + body.use(wood) + grain(c, body.clip, 320, 80, 480, 720, wood) + pathEl(rrect(334, 94, 132, 612, 30), "none", s`stroke="${shade(wood, -14)}" stroke-width="4"`) + bread), shadow: 0, view: "table" };
  }
  if (c.has(/미니|2P/)) {
    const board = (x: number, col: string, rot: number) => {
      const d = rrect(x - 100, 250, 200, 330, 26) + s`M${x - 28} 250V200A28 28 0 0 1 ${x + 28} 200V250Z`;
      const body = c.shape(d);
      return rotG(rot, flatShadow(d) + body.use(col) + grain(c, body.clip, x - 100, 180, x + 100, 580, col) + circle(x, 205, 10, shade(col, -30)));
    };
    return { svg: board(320, "#6f4a33", -10) + board(490, "#ddbf8f", 8), shadow: 0, view: "table" };
  }
  // paddle board with a handle and a hanging hole
  const d = rrect(220, 260, 360, 440, 40) + s`M350 262V180A50 50 0 0 1 450 180V262Z`;
  const body = c.shape(d);
  return {
    svg: rotG(r.range(-14, -6), flatShadow(d) + body.use(wood) + grain(c, body.clip, 220, 120, 580, 700, wood) + circle(400, 180, 18, shade(wood, -35))),
    shadow: 0,
    view: "table",
  };
}

function leg(x1: number, y1: number, x2: number, y2: number, w: number, color: string): string {
  return pathEl(s`M${x1 - w / 2} ${y1}L${x2 - w * 0.35} ${y2}H${x2 + w * 0.35}L${x1 + w / 2} ${y1}Z`, color);
}

function woodworkFurniture(c: Ctx): Drawn {
  const wood = woodTone(c);
  const dark = shade(wood, -14);
  if (c.has(/선반/)) {
    const vase = pathEl(lathe(260, [[16, 300], [18, 320], [48, 360], [36, 400]], 0.2), "#e4b5ab");
    const books = pathEl("M420 260h40v140h-40z", "#34548f") + pathEl("M462 280h34v120h-34z", "#e9c46a") + pathEl("M498 250h44v150h-44z", "#a9b99a") + pathEl("M548 300l30 -8 30 108 -30 8z", "#c98a6b");
    return {
      svg:
        flowerStem(c, 260, 302, 90, -20) +
        vase +
        books +
        pathEl("M150 400h500v30h-500z", wood) +
        pathEl("M150 430h500v10h-500z", dark) +
        pathEl("M200 440h30l-30 90z", dark) +
        pathEl("M570 440h30v90z", dark),
      shadow: 0,
      view: "wall",
    };
  }
  if (c.has(/독서대|북스탠드/)) {
    return standing(
      pathEl(s`M240 ${GROUND}L300 ${GROUND - 40}H560L580 ${GROUND}Z`, dark) +
        pathEl(s`M260 ${GROUND - 60}L330 230H590L540 ${GROUND - 60}Z`, wood) +
        pathEl(s`M250 ${GROUND - 70}H560V${GROUND - 40}H250Z`, dark) +
        pathEl(s`M300 ${GROUND - 80}L360 260Q420 250 440 280L400 ${GROUND - 80}Q350 ${GROUND - 90} 300 ${GROUND - 80}Z`, "#fbf7ee") +
        pathEl(s`M400 ${GROUND - 80}L440 280Q480 250 540 262L500 ${GROUND - 80}Q450 ${GROUND - 90} 400 ${GROUND - 80}Z`, "#f4eee0") +
        line(s`M345 340l60 4M340 380l58 4M335 420l56 4M455 330l50 -2M450 370l50 -2M445 410l50 -2`, "#cfc6b4", 4),
      240,
    );
  }
  if (c.has(/협탁|소반/)) {
    return standing(
      line(s`M260 330C250 420 300 470 270 ${GROUND}M540 330C550 420 500 470 530 ${GROUND}`, dark, 22) +
        line(s`M330 340C325 420 350 470 335 ${GROUND - 30}M470 340C475 420 450 470 465 ${GROUND - 30}`, shade(dark, -8), 16) +
        pathEl(s`M250 360H550L540 400H260Z`, dark) +
        ellipse(400, 334, 230, 56, dark) +
        ellipse(400, 318, 230, 56, wood) +
        ellipse(400, 318, 206, 46, "none", s`stroke="${shade(wood, 8)}" stroke-width="6"`),
      250,
    );
  }
  const kids = c.has(/의자/);
  const low = c.has(/미니|발받침/);
  const seatY = low ? GROUND - 200 : kids ? GROUND - 230 : GROUND - 330;
  const back = kids
    ? pathEl(s`M270 ${seatY - 230}h22v240h-22zM508 ${seatY - 230}h22v240h-22z`, dark) + pathEl(rrect(262, seatY - 240, 276, 50, 18), wood) + pathEl(rrect(272, seatY - 160, 256, 30, 12), wood)
    : "";
  return standing(
    back +
      leg(330, seatY, 300, GROUND - 40, 26, shade(dark, -10)) +
      leg(470, seatY, 500, GROUND - 40, 26, shade(dark, -10)) +
      leg(300, seatY, 250, GROUND, 30, dark) +
      leg(500, seatY, 550, GROUND, 30, dark) +
      (low ? "" : pathEl(s`M${270} ${seatY + (GROUND - seatY) * 0.6}H530V${seatY + (GROUND - seatY) * 0.6 + 16}H270Z`, dark)) +
      ellipse(400, seatY + 22, 180, 44, shade(wood, -18)) +
      pathEl(s`M220 ${seatY}V${seatY + 22}H580V${seatY}Z`, shade(wood, -18)) +
      ellipse(400, seatY, 180, 44, wood) +
      ellipse(400, seatY, 150, 32, "none", s`stroke="${shade(wood, 8)}" stroke-width="4"`),
    220,
  );
}

// ---------------------------------------------------------------------------
// 뜨개

function yarn(c: Ctx): string {
  if (c.has(/오트밀/)) return "#dccbb0";
  if (c.has(/치즈/)) return "#f0b44c";
  return c.r.pick(YARNS);
}

function knitScarves(c: Ctx): Drawn {
  const col = yarn(c);
  if (c.has(/스누드|넥워머/)) {
    const body = c.shape(lathe(400, [[170, 330], [180, 450], [170, GROUND]], 0.24));
    return standing(body.use(col) + body.use("url(#rb)") + body.use("url(#cy)") + ellipse(400, 330, 170, 41, shade(col, -16)) + ellipse(400, 338, 140, 28, shade(col, -26)), 200);
  }
  const panel = (x: number, w: number, bottom: number) => s`M${x} 200H${x + w}L${x + w + 6} ${bottom}H${x - 6}Z`;
  const back = panel(250, 150, 600);
  const front = panel(360, 150, 680);
  const backS = c.shape(back);
  const frontS = c.shape(front);
  const stripes = (clip: string) => {
    if (!c.has(/줄무늬/)) return "";
    const a = c.r.pick(YARNS);
    const b = c.r.pick(YARNS);
    let d = "";
    for (let y = 240, i = 0; y < 700; y += 50, i++) d += pathEl(s`M200 ${y}H600V${y + 25}H200Z`, i % 2 ? a : b);
    return `<g clip-path="url(#${clip})">${d}</g>`;
  };
  const cable = (x: number, clip: string) => {
    if (!c.has(/꽈배기/)) return "";
    let d = "";
    for (let y = 230; y < 680; y += 44) d += s`M${x - 22} ${y}C${x - 22} ${y + 30} ${x + 22} ${y + 14} ${x + 22} ${y + 44}M${x + 22} ${y}C${x + 22} ${y + 20} ${x + 6} ${y + 20} ${x + 2} ${y + 20}`;
    return `<g clip-path="url(#${clip})"><path d="${d}" fill="none" stroke="${shade(col, -14)}" stroke-width="9" stroke-linecap="round"/></g>`;
  };
  let fringe = "";
  for (let x = 356; x <= 516; x += 14) fringe += s`M${x} 680v34`;
  const ends = c.has(/방울/)
    ? circle(325, 612, 34, shade(col, 8)) + circle(435, 692, 38, shade(col, 8))
    : `<path d="${fringe}" stroke="${col}" stroke-width="7" stroke-linecap="round"/>`;
  return {
    svg:
      line("M150 196H650", "#a8653f", 16) +
      circle(150, 196, 14, "#8c5a3a") +
      circle(650, 196, 14, "#8c5a3a") +
      backS.use(shade(col, -10)) +
      stripes(backS.clip) +
      cable(325, backS.clip) +
      backS.use("url(#kn)") +
      ends +
      frontS.use(col) +
      stripes(frontS.clip) +
      cable(435, frontS.clip) +
      frontS.use("url(#kn)") +
      pathEl(s`M250 200C250 160 510 160 510 200Z`, shade(col, 6)),
    shadow: 0,
    view: "wall",
  };
}

function pompom(x: number, y: number, rad: number, col: string): string {
  let puffs = "";
  for (let i = 0; i < 10; i++) {
    const a = (i / 10) * Math.PI * 2;
    puffs += s`<circle cx="${x + Math.cos(a) * rad * 0.7}" cy="${y + Math.sin(a) * rad * 0.7}" r="${rad * 0.42}"/>`;
  }
  return `<g fill="${col}">${puffs}</g>` + circle(x, y, rad * 0.75, shade(col, 4));
}

function knitHats(c: Ctx): Drawn {
  const col = yarn(c);
  if (c.has(/버킷/)) {
    const crown = c.shape(s`M260 480C260 300 300 260 400 260S540 300 540 480Z`);
    return standing(
      pathEl(s`M150 560C180 470 620 470 650 560C600 600 200 600 150 560Z`, shade(col, -8)) +
        pathEl(s`M150 560C180 470 620 470 650 560C600 600 200 600 150 560Z`, "url(#kn)") +
        crown.use(col) +
        crown.use("url(#kn)") +
        crown.use("url(#cy)") +
        line("M262 470Q400 500 538 470", shade(col, -16), 8),
      280,
    );
  }
  const dome = c.shape(s`M240 470C240 300 300 200 400 200S560 300 560 470Z`);
  let fair = "";
  if (c.has(/페어아일/)) {
    const a = c.r.pick(YARNS.filter((y) => y !== col));
    let zig = s`M230 370`;
    for (let x = 230; x < 580; x += 30) zig += s`l15 -20 15 20`;
    fair = `<g clip-path="url(#${dome.clip})"><path d="M200 340h400v60h-400z" fill="${a}"/><path d="${zig}" fill="none" stroke="${col}" stroke-width="8"/><path d="${zig.replace("M230 370", "M230 420")}" fill="none" stroke="${a}" stroke-width="8"/></g>`;
  }
  const earflaps = c.has(/귀달이/) ? pathEl(s`M250 480H340V560Q295 620 250 560Z`, shade(col, -8)) + pathEl(s`M460 480H550V560Q505 620 460 560Z`, shade(col, -8)) + line("M295 590V680M505 590V680", shade(col, -20), 6) : "";
  const brim = pathEl(rrect(226, 440, 348, 110, 30), shade(col, -6));
  const top = c.has(/방울|귀달이/) || c.r.chance(0.4) ? pompom(400, 196, 58, c.has(/페어아일/) ? "#f4efe4" : shade(col, 6)) : "";
  return standing(earflaps + dome.use(col) + fair + dome.use("url(#kn)") + dome.use("url(#cy)") + brim + pathEl(rrect(226, 440, 348, 110, 30), "url(#rb)") + top, 210);
}

function knitBags(c: Ctx): Drawn {
  const col = c.has(/라피아/) ? c.r.pick(["#e2c98f", "#d8b878"]) : yarn(c);
  if (c.has(/네트|장바구니/)) {
    const id = c.id("p");
    c.defs.push(s`<pattern id="${id}" width="40" height="40" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><path d="M0 0h40v40" fill="none" stroke="${col}" stroke-width="6"/></pattern>`);
    const body = s`M230 330H570C600 480 560 620 400 630C240 620 200 480 230 330Z`;
    return standing(
      line("M440 340L520 130", "#6f9a52", 26) +
        line("M440 340L470 200", "#e9f0d8", 22) +
        circle(330, 520, 70, "#f2a541") +
        circle(460, 540, 64, "#f2a541") +
        pathEl(body, `url(#${id})`) +
        bagHandle(280, 520, 335, 220, col, 16) +
        line("M230 335H570", col, 14),
      200,
    );
  }
  if (c.has(/그래니/)) {
    let squares = "";
    const palette = [c.r.pick(YARNS), c.r.pick(YARNS), c.r.pick(YARNS)];
    for (let i = 0; i < 9; i++) {
      const x = 250 + (i % 3) * 100;
      const y = 330 + Math.floor(i / 3) * 100;
      const [a, b, d] = [palette[i % 3], palette[(i + 1) % 3], palette[(i + 2) % 3]] as string[];
      squares += pathEl(rrect(x + 2, y + 2, 96, 96, 8), "#f4efe4") + pathEl(rrect(x + 14, y + 14, 72, 72, 6), a ?? col) + pathEl(rrect(x + 28, y + 28, 44, 44, 5), b ?? col) + circle(x + 50, y + 50, 12, d ?? col);
    }
    return zoomed(standing(bagHandle(262, 538, 335, 240, shade(palette[0] ?? col, -10), 16) + squares + pathEl(rrect(250, 330, 300, 300, 10), "url(#kn)"), 180), 1.12);
  }
  if (c.has(/동글|나무 손잡이/)) {
    let rings = "";
    for (let rr = 30; rr < 190; rr += 24) rings += s`<circle cx="400" cy="460" r="${rr}"/>`;
    return standing(
      circle(330, 270, 60, "none", 'stroke="#b98652" stroke-width="16"') +
        circle(470, 270, 60, "none", 'stroke="#b98652" stroke-width="16"') +
        circle(400, 460, 180, col) +
        `<g fill="none" stroke="${shade(col, -12)}" stroke-width="5">${rings}</g>` +
        circle(400, 460, 180, "url(#cy)"),
      160,
    );
  }
  if (c.has(/폰/)) {
    return standing(
      line("M320 300C250 40 550 40 480 300", shade(col, -10), 10) +
        pathEl(rrect(300, 290, 200, 320, 40), col) +
        pathEl(rrect(300, 290, 200, 320, 40), "url(#kn)") +
        pathEl(rrect(300, 290, 200, 320, 40), "url(#cy)") +
        pathEl(s`M300 330Q300 290 340 290H460Q500 290 500 330V400Q400 440 300 400Z`, shade(col, -8)) +
        circle(400, 414, 16, c.r.pick(YARNS)),
      130,
    );
  }
  // raffia tote
  const body = c.shape(s`M210 330H590L560 620H240Z`);
  let rows = "";
  for (let y = 350; y < 620; y += 22) rows += s`M200 ${y}H600`;
  return standing(
    bagHandle(300, 500, 340, 200, shade(col, -12), 18) +
      body.use(col) +
      `<g clip-path="url(#${body.clip})"><path d="${rows}" stroke="${shade(col, -14)}" stroke-width="4"/></g>` +
      body.use("url(#kn)") +
      body.use("url(#cy)", 'opacity=".6"'),
    210,
  );
}

function knitDolls(c: Ctx): Drawn {
  const col = yarn(c);
  if (c.has(/코스터|데이지/)) {
    let svg = "";
    const spots: P[] = [[290, 300], [510, 300], [290, 520], [510, 520]];
    spots.forEach(([x, y], i) => {
      const petalCol = i % 2 ? "#fbf7ee" : c.r.pick(["#f2b8c6", "#c9b6f0", "#a9c3d6", "#f6d26b"]);
      let petals = "";
      for (let j = 0; j < 10; j++) {
        const a = (j / 10) * 360;
        petals += s`<ellipse cx="${x}" cy="${y - 58}" rx="24" ry="46" transform="rotate(${a} ${x} ${y})"/>`;
      }
      svg += s`<g fill="#3a2a20" opacity=".12" transform="translate(8 10)"><circle cx="${x}" cy="${y}" r="100"/></g>` + `<g fill="${petalCol}">${petals}</g>` + circle(x, y, 42, "#e9b949") + circle(x, y, 100, "url(#kn)");
    });
    return { svg, shadow: 0, view: "table" };
  }
  const mini = c.has(/미니|키링/);
  const k = mini ? 0.8 : 1;
  const cy = mini ? 60 : 0;
  const tr = (x: number, y: number) => [400 + (x - 400) * k, 340 + cy + (y - 340) * k] as const;
  const parts: string[] = [];
  const add = (x: number, y: number, rx: number, ry: number, fill: string) => {
    const [px, py] = tr(x, y);
    parts.push(ellipse(px, py, rx * k, ry * k, fill));
  };
  const light = shade(col, 12);
  const bunny = c.has(/토끼/);
  const cat = c.has(/고양이|냥/);
  if (bunny) {
    add(340, 150, 34, 110, col);
    add(460, 150, 34, 110, col);
    add(340, 160, 16, 80, "#f2b8c6");
    add(460, 160, 16, 80, "#f2b8c6");
  } else if (!cat) {
    add(315, 235, 44, 44, col);
    add(485, 235, 44, 44, col);
    add(315, 235, 24, 24, light);
    add(485, 235, 24, 24, light);
  }
  add(400, 500, 120, 130, col); // body
  add(300, 610, 50, 40, col);
  add(500, 610, 50, 40, col);
  add(290, 460, 38, 70, shade(col, -6));
  add(510, 460, 38, 70, shade(col, -6));
  add(400, 320, 125, 112, col); // head
  add(400, 520, 70, 80, light);
  add(400, 360, 52, 40, light);
  const shapes = parts.join("");
  const clip = c.id("c");
  c.defs.push(`<clipPath id="${clip}">${shapes.replace(/ fill="[^"]*"/g, "")}</clipPath>`);
  let extra = "";
  const [ex1, ey] = tr(355, 315);
  const [ex2] = tr(445, 315);
  const [nx, ny] = tr(400, 350);
  if (cat) {
    const [a1, a2] = [tr(300, 280), tr(500, 280)];
    const [t1, t2] = [tr(330, 175), tr(470, 175)];
    const [b1, b2] = [tr(370, 220), tr(430, 220)];
    extra += pathEl(s`M${a1[0]} ${a1[1]}L${t1[0]} ${t1[1]}L${b1[0]} ${b1[1]}ZM${a2[0]} ${a2[1]}L${t2[0]} ${t2[1]}L${b2[0]} ${b2[1]}Z`, col);
    const [s1, s2] = [tr(400, 210), tr(400, 250)];
    extra += line(s`M${s1[0]} ${s1[1]}V${s2[1]}M${s1[0] - 30 * k} ${s1[1] + 8}l8 36M${s1[0] + 30 * k} ${s1[1] + 8}l-8 36`, shade(col, -18), 8 * k);
    const [tx, ty] = tr(520, 590);
    extra = pathEl(s`M${tx - 10} ${ty}C${tx + 90 * k} ${ty - 10} ${tx + 80 * k} ${ty - 140 * k} ${tx + 40 * k} ${ty - 150 * k}`, "none", s`stroke="${col}" stroke-width="${26 * k}" stroke-linecap="round"`) + extra;
  }
  let ring = "";
  if (mini) {
    const [rx, ry] = tr(400, 200);
    ring = circle(rx, ry - 70, 40, "none", 'stroke="url(#ms)" stroke-width="8"') + line(s`M${rx} ${ry - 30}V${ry + 10}`, "#aeb3bb", 6);
  }
  return standing(
    ring +
      extra +
      shapes +
      `<g clip-path="url(#${clip})"><rect width="800" height="800" fill="url(#kn)"/></g>` +
      circle(ex1, ey, 9 * k, "#2f2a28") +
      circle(ex2, ey, 9 * k, "#2f2a28") +
      ellipse(nx, ny - 6 * k, 14 * k, 9 * k, "#2f2a28") +
      ellipse(ex1 - 18 * k, ey + 34 * k, 16 * k, 9 * k, "#f2a0a8", 'opacity=".6"') +
      ellipse(ex2 + 18 * k, ey + 34 * k, 16 * k, 9 * k, "#f2a0a8", 'opacity=".6"'),
    170 * k,
  );
}

// ---------------------------------------------------------------------------
// 패브릭

function fabricPattern(c: Ctx, base: string): string {
  const id = c.id("p");
  const ink = c.r.pick(["#34548f", "#b9583a", "#4d6b4f", "#2f2f33", "#c06b6b"]);
  let tile: string;
  if (c.has(/체크/)) tile = s`<rect width="60" height="60" fill="${base}"/><rect width="30" height="60" fill="${ink}" opacity=".25"/><rect width="60" height="30" fill="${ink}" opacity=".25"/>`;
  else if (c.has(/들꽃|꽃/)) {
    let petals = "";
    for (let i = 0; i < 5; i++) {
      const a = (i / 5) * Math.PI * 2;
      petals += s`<circle cx="${20 + Math.cos(a) * 8}" cy="${20 + Math.sin(a) * 8}" r="6"/>`;
    }
    tile = s`<rect width="70" height="70" fill="${base}"/><g fill="${ink}">${petals}</g><circle cx="20" cy="20" r="4" fill="#e9b949"/><path d="M52 50q8-16 14 0" fill="none" stroke="${ink}" stroke-width="3"/>`;
  } else if (c.has(/리넨|워싱/)) tile = s`<rect width="12" height="12" fill="${base}"/><path d="M0 6h12M6 0v12" stroke="#000" stroke-opacity=".05" stroke-width="2"/>`;
  else tile = s`<rect width="40" height="40" fill="${base}"/><circle cx="20" cy="20" r="5" fill="${ink}" opacity=".5"/>`;
  const size = c.has(/체크/) ? 60 : c.has(/들꽃|꽃/) ? 70 : c.has(/리넨|워싱/) ? 12 : 40;
  c.defs.push(s`<pattern id="${id}" width="${size}" height="${size}" patternUnits="userSpaceOnUse">${tile}</pattern>`);
  return `url(#${id})`;
}

function fabricPouches(c: Ctx): Drawn {
  const base = c.r.pick(FABRICS);
  const d = s`M190 330Q185 320 200 320H600Q615 320 610 330L630 590Q632 610 610 610H190Q168 610 170 590Z`;
  const body = c.shape(d);
  let fill = fabricPattern(c, base);
  let patches = "";
  if (c.has(/패치워크/)) {
    fill = base;
    for (let i = 0; i < 8; i++) patches += pathEl(rrect(170 + (i % 4) * 115, 320 + Math.floor(i / 4) * 145, 115, 145, 0), c.r.pick(FABRICS)) + pathEl(rrect(178 + (i % 4) * 115, 328 + Math.floor(i / 4) * 145, 99, 129, 0), "none", 'stroke="#fff" stroke-opacity=".7" stroke-width="2" stroke-dasharray="6 5"');
    patches = `<g clip-path="url(#${body.clip})">${patches}</g>`;
  }
  const quilt = c.has(/누빔/) ? `<g clip-path="url(#${body.clip})"><path d="M100 300l400 400M200 300l400 400M300 300l400 400M0 300l400 400M700 300l-400 400M600 300l-400 400M500 300l-400 400M800 300l-400 400" stroke="#fff" stroke-opacity=".6" stroke-width="3" stroke-dasharray="8 6"/></g>` : "";
  return standing(
    body.use(fill) +
      patches +
      quilt +
      body.use("url(#cy)", 'opacity=".5"') +
      pathEl("M192 322H608V352H192Z", shade(base, -12)) +
      line("M200 337H600", "#c7c2b8", 8, 'stroke-dasharray="3 3"') +
      pathEl(rrect(540, 330, 24, 56, 6), "url(#ms)") +
      circle(552, 392, 10, "none", 'stroke="#aeb3bb" stroke-width="4"') +
      pathEl(rrect(170, 326, 26, 22, 6), shade(base, -20)),
    240,
  );
}

function fabricTotes(c: Ctx): Drawn {
  const base = c.has(/캔버스|에코백/) ? "#efe6d2" : c.r.pick(FABRICS);
  const ink = c.r.pick(["#34548f", "#b9583a", "#4d6b4f", "#2f2f33"]);
  if (c.has(/도시락/)) {
    const body = c.shape(rrect(230, 360, 340, 270, 30));
    return standing(
      bagHandle(330, 470, 365, 120, shade(base, -16), 18) + body.use(fabricPattern(c, base)) + body.use("url(#cy)", 'opacity=".5"') + line("M240 390H560", "#c7c2b8", 8, 'stroke-dasharray="3 3"') + pathEl(rrect(470, 380, 20, 44, 6), "url(#ms)"),
      210,
    );
  }
  const w = c.has(/장바구니/) ? 400 : 340;
  const x = 400 - w / 2;
  const body = c.shape(s`M${x} 270H${x + w}V${GROUND}H${x}Z`);
  let print = "";
  if (c.has(/언덕|해방촌/)) {
    print =
      pathEl(s`M${x + 30} 540Q${x + 110} 440 ${x + 190} 500T${x + w - 30} 470V560H${x + 30}Z`, ink, 'opacity=".85"') +
      pathEl(s`M${x + 90} 470h40v-40l20-20 20 20v40h30v-60l25-25 25 25v60`, "none", s`stroke="${ink}" stroke-width="6"`) +
      circle(x + w - 80, 360, 30, "none", s`stroke="${ink}" stroke-width="6"`);
  } else {
    print = pathEl(s`M${x + w / 2 - 60} 470a60 60 0 1 0 120 0a60 60 0 1 0 -120 0Z`, ink, 'opacity=".8"') + pathEl(s`M${x + w / 2} 470c-10-40 30-70 60-60-10 30-30 60-60 60Z`, "#6f9a52");
  }
  return standing(
    bagHandle(x + w * 0.25, x + w * 0.75, 280, 250, shade(base, -10), 20) +
      body.use(c.has(/리넨/) ? fabricPattern(c, base) : base) +
      print +
      body.use("url(#cy)", 'opacity=".4"') +
      line(s`M${x} 292H${x + w}`, shade(base, -14), 3, 'stroke-dasharray="8 6"'),
    w * 0.6,
  );
}

function fabricLiving(c: Ctx): Drawn {
  const base = c.r.pick(FABRICS);
  if (c.has(/러너/)) {
    const d = s`M140 180L660 520L600 640L80 300Z`;
    let flowers = "";
    for (let i = 0; i < 6; i++) {
      const t = (i + 0.5) / 6;
      const x = 130 + 520 * t;
      const y = 215 + 340 * t;
      flowers += circle(x, y, 9, c.r.pick(["#e56b6f", "#e9c46a", "#8d6bb5", "#6d9dc5"])) + line(s`M${x - 14} ${y + 6}l-12 8`, "#6f9a52", 4);
    }
    let fringe = "";
    for (let i = 0; i <= 10; i++) fringe += s`M${80 + i * 6} ${300 - i * 12}l-16 -10M${600 + i * 6} ${640 - i * 12}l16 10`;
    return {
      svg: flatShadow(d) + pathEl(d, fabricPattern(c, base)) + `<path d="${fringe}" stroke="${shade(base, -10)}" stroke-width="4" stroke-linecap="round"/>` + flowers,
      shadow: 0,
      view: "table",
    };
  }
  if (c.has(/앞치마/)) {
    const d = s`M310 150H490L500 330C560 340 600 360 610 380L640 690H160L190 380C200 360 240 340 300 330Z`;
    const body = c.shape(d);
    return {
      svg:
        line("M310 160C250 60 550 60 490 160", shade(base, -14), 14) +
        line("M190 390L90 470M610 390L710 470", shade(base, -14), 14) +
        body.use(fabricPattern(c, base)) +
        body.use("url(#cy)", 'opacity=".4"') +
        pathEl(rrect(230, 470, 150, 130, 10), shade(base, -6)) +
        pathEl(rrect(420, 470, 150, 130, 10), shade(base, -6)) +
        stitch(rrect(238, 478, 134, 114, 6), "#fff") +
        stitch(rrect(428, 478, 134, 114, 6), "#fff"),
      shadow: 0,
      view: "wall",
    };
  }
  const d = s`M200 220Q400 250 600 220Q570 420 600 620Q400 590 200 620Q230 420 200 220Z`;
  const body = c.shape(d);
  const id = c.id("g");
  c.defs.push(`<radialGradient id="${id}"><stop offset=".5" stop-color="#fff" stop-opacity=".15"/><stop offset="1" stop-color="#000" stop-opacity=".15"/></radialGradient>`);
  return standing(body.use(fabricPattern(c, base)) + body.use(`url(#${id})`) + pathEl(d, "none", s`stroke="${shade(base, -14)}" stroke-width="5"`) + circle(400, 420, 16, shade(base, -20)), 230);
}

// ---------------------------------------------------------------------------
// 유리공예

function glassBody(c: Ctx, d: string, tint: string, liquid?: { top: number; color: string }): string {
  const body = c.shape(d);
  let svg = body.use(tint, 'opacity=".34"');
  if (liquid) svg += `<g clip-path="url(#${body.clip})">${pathEl(s`M0 ${liquid.top}H800V800H0Z`, liquid.color, 'opacity=".35"')}</g>`;
  let bubbles = "";
  for (let i = 0; i < 6; i++) bubbles += s`<circle cx="${c.r.range(300, 500)}" cy="${c.r.range(420, 600)}" r="${c.r.range(2, 6)}"/>`;
  svg += `<g clip-path="url(#${body.clip})" fill="none" stroke="#fff" stroke-opacity=".7" stroke-width="2">${bubbles}</g>`;
  svg += body.use("url(#gs)") + body.use("url(#cy)", 'opacity=".5"') + body.use("none", s`stroke="${shade(tint, -22)}" stroke-opacity=".6" stroke-width="3"`);
  return svg;
}

function caustic(tint: string, x = 430, rx = 170): string {
  return ellipse(x + 40, GROUND + 18, rx, 26, tint, 'opacity=".35"');
}

function glassCups(c: Ctx): Drawn {
  const tint = c.has(/바다|윤슬/) ? "#7fc4d6" : c.r.pick(GLASS);
  const liquid = c.r.chance(0.5) ? { top: 0, color: c.r.pick(["#e2b067", "#f4d35e", "#c0392b", "#8fd3d6"]) } : undefined;
  const cup = (cx: number, base: number, w: number, h: number, t: string, form: "tumbler" | "tall" | "round") => {
    const hw = w / 2;
    const top = base - h;
    const prof: P[] = form === "round" ? [[hw * 0.78, top], [hw, top + h * 0.45], [hw * 0.8, base]] : [[hw, top], [hw * 0.86, base]];
    if (liquid) liquid.top = top + h * 0.35;
    let ribs = "";
    if (form === "tall") {
      let d = "";
      for (let x = cx - hw + 14; x < cx + hw; x += 22) d += s`M${x} ${top + 6}V${base - 6}`;
      ribs = `<path d="${d}" stroke="#fff" stroke-opacity=".45" stroke-width="5"/>`;
    }
    return (
      glassBody(c, lathe(cx, prof, 0.2), t, liquid) +
      ribs +
      ellipse(cx, base - 10, (prof[prof.length - 1] as P)[0] * 0.9, 12, shade(t, -10), 'opacity=".3"') +
      ellipse(cx, top, (prof[0] as P)[0], (prof[0] as P)[0] * 0.2, "none", 'stroke="#fff" stroke-opacity=".85" stroke-width="4"')
    );
  };
  if (c.has(/2P/)) return zoomed(standing(caustic("#7fc4d6", 260, 120) + caustic("#e2c08f", 470, 120) + cup(300, GROUND - 10, 190, 240, "#7fc4d6", "tumbler") + cup(500, GROUND + 10, 190, 240, "#e2c08f", "tumbler"), 260), 1.12);
  if (c.has(/하이볼/)) return standing(caustic(tint) + cup(400, GROUND, 210, 380, tint, "tall"), 130);
  if (c.has(/와인/)) return zoomed(standing(caustic(tint) + cup(400, GROUND, 270, 300, tint, "round"), 150), 1.12);
  return zoomed(standing(caustic(tint) + cup(400, GROUND, 250, 290, tint, "tumbler"), 150), 1.15);
}

function glassVases(c: Ctx): Drawn {
  const tint = c.has(/회청/) ? "#a7b6c2" : c.r.pick(GLASS);
  let prof: P[];
  if (c.has(/롱넥/)) prof = [[22, 150], [20, 300], [110, 500], [90, GROUND]];
  else if (c.has(/어항|둥근/)) prof = [[110, 300], [100, 320], [190, 460], [110, GROUND]];
  else prof = [[30, 360], [34, 390], [120, 480], [80, GROUND]];
  const top = (prof[0] as P)[1];
  const stems = flowerStem(c, 400, top + 60, c.r.range(160, 220), c.r.range(-60, -20)) + (c.has(/어항|둥근/) ? flowerStem(c, 420, top + 60, 140, 60) + flowerStem(c, 380, top + 60, 120, -90) : "");
  const body = glassBody(c, lathe(400, prof, 0.2), tint, { top: top + (GROUND - top) * 0.5, color: "#bfe3ef" });
  return standing(caustic(tint) + stems + body + ellipse(400, top, (prof[0] as P)[0], (prof[0] as P)[0] * 0.2, "none", 'stroke="#fff" stroke-opacity=".85" stroke-width="4"'), 140);
}

function glassSuncatchers(c: Ctx): Drawn {
  if (c.has(/조약돌/)) {
    let svg = "";
    [[280, 40, "#7fc4d6"], [450, 0, "#a9d39d"], [560, 50, "#e2b067"]].forEach(([x, dy, t]) => {
      const xx = x as number;
      const base = GROUND + (dy as number) - 30;
      const d = s`M${xx - 90} ${base}C${xx - 100} ${base - 90} ${xx + 90} ${base - 100} ${xx + 95} ${base - 10}C${xx + 90} ${base + 30} ${xx - 80} ${base + 30} ${xx - 90} ${base}Z`;
      svg += caustic(t as string, xx - 40, 80) + glassBody(c, d, t as string);
    });
    return zoomed(standing(svg, 0), 1.3);
  }
  if (c.has(/프리즘/)) {
    let svg = line("M400 0V520", "#d8d8de", 3);
    for (let y = 130; y < 480; y += 58) svg += circle(400, y, 22, c.r.pick(GLASS)) + circle(392, y - 7, 7, "#fff", 'opacity=".8"');
    svg += pathEl("M400 500L470 575L400 760L330 575Z", "#e8f4f8", 'stroke="#9fb8c8" stroke-width="3"') + pathEl("M400 500L435 575L400 760Z", "#c9e4ef") + line("M330 575H470", "#9fb8c8", 3);
    const rainbow = ["#ff6b6b", "#ffb347", "#fff176", "#81c784", "#64b5f6", "#9575cd"];
    for (let i = 0; i < 7; i++) {
      const x = c.r.range(120, 680);
      const y = c.r.range(120, 700);
      if (Math.abs(x - 400) < 80) continue;
      rainbow.forEach((col, j) => {
        svg += s`<rect x="${x + j * 6}" y="${y}" width="6" height="34" fill="${col}" opacity=".45" transform="rotate(-20 ${x} ${y})"/>`;
      });
    }
    return { svg, shadow: 0, view: "wall" };
  }
  const disc = c.shape(s`M230 420a170 170 0 1 0 340 0a170 170 0 1 0 -340 0Z`);
  const blues = ["#cfe9f2", "#8fd3e0", "#4fa3c7", "#2f6f9f", "#f3e3b3"];
  let waves = "";
  blues.forEach((col, i) => {
    const y = 300 + i * 60;
    waves += pathEl(s`M200 ${y}q40 -40 80 0t80 0 80 0 80 0 80 0V700H200Z`, col);
  });
  let lead = "";
  for (let i = 1; i < 5; i++) lead += s`M200 ${300 + i * 60}q40 -40 80 0t80 0 80 0 80 0 80 0`;
  return {
    svg:
      line("M400 0V250", "#d8d8de", 3) +
      circle(400, 250, 12, "none", 'stroke="#9aa0a6" stroke-width="5"') +
      `<g clip-path="url(#${disc.clip})">${waves}<path d="${lead}" fill="none" stroke="#5b5f66" stroke-width="6"/></g>` +
      disc.use("none", 'stroke="#7b8088" stroke-width="12"') +
      ellipse(640, 650, 60, 20, "#4fa3c7", 'opacity=".25"') +
      ellipse(180, 680, 50, 16, "#8fd3e0", 'opacity=".3"'),
    shadow: 0,
    view: "wall",
  };
}

// ---------------------------------------------------------------------------
// Product composition

const DRAWERS: Record<string, (c: Ctx) => Drawn> = {
  "ceramics-mugs": ceramicsMugs,
  "ceramics-plates": ceramicsPlates,
  "ceramics-vases": ceramicsVases,
  "ceramics-teaware": ceramicsTeaware,
  "leather-wallets": leatherWallets,
  "leather-bags": leatherBags,
  "leather-goods": leatherGoods,
  "candles-candles": candlesCandles,
  "candles-diffusers": candlesDiffusers,
  "candles-perfumes": candlesPerfumes,
  "accessories-rings": accessoriesRings,
  "accessories-earrings": accessoriesEarrings,
  "accessories-necklaces": accessoriesNecklaces,
  "accessories-bracelets": accessoriesBracelets,
  "woodwork-kitchen": woodworkKitchen,
  "woodwork-boards": woodworkBoards,
  "woodwork-furniture": woodworkFurniture,
  "knitting-scarves": knitScarves,
  "knitting-hats": knitHats,
  "knitting-bags": knitBags,
  "knitting-dolls": knitDolls,
  "fabric-pouches": fabricPouches,
  "fabric-totes": fabricTotes,
  "fabric-living": fabricLiving,
  "glass-cups": glassCups,
  "glass-vases": glassVases,
  "glass-suncatchers": glassSuncatchers,
};

/** Pastel hues for backgrounds: peach, butter, sage, mint, sky, periwinkle, lilac, rose. */
const BG_HUES = [22, 44, 95, 150, 200, 228, 268, 340];

function drawProduct(p: Pick<SeedProduct, "key" | "title" | "categorySlug">, prefix = ""): { c: Ctx; drawn: Drawn; hue: number } {
  const c = new Ctx(p.key, p.title, prefix);
  const hue = c.r.pick(BG_HUES) + c.r.range(-8, 8);
  const draw = DRAWERS[p.categorySlug];
  if (!draw) throw new Error(`no drawer for category ${p.categorySlug}`);
  return { c, drawn: draw(c), hue };
}

/** The object and its contact shadow, zoomed as the drawer asked. */
function objectEl(drawn: Drawn): string {
  const shadow = drawn.shadow > 0 ? ellipse(drawn.shadowX ?? 400, GROUND + 6, drawn.shadow, Math.max(18, drawn.shadow * 0.14), "url(#sh)") : "";
  const zoom = drawn.zoom ?? 1;
  if (zoom === 1) return shadow + drawn.svg;
  const cy = drawn.view === "room" ? GROUND : 400;
  return s`<g transform="translate(${400 * (1 - zoom)} ${cy * (1 - zoom)}) scale(${zoom})">` + shadow + drawn.svg + "</g>";
}

function backdrop(view: Drawn["view"], hue: number, id: string): { defs: string; svg: string } {
  const wallA = hsl(hue, 52, 92);
  const wallB = hsl(hue, 44, 87);
  if (view === "table") {
    return {
      defs: `<linearGradient id="${id}" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${wallA}"/><stop offset="1" stop-color="${hsl(hue + 12, 40, 84)}"/></linearGradient>`,
      svg: `<rect width="800" height="800" fill="url(#${id})"/>`,
    };
  }
  const floorA = hsl(hue + 8, 34, 84);
  const floorB = hsl(hue + 8, 30, 79);
  return {
    defs:
      `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${wallA}"/><stop offset="1" stop-color="${wallB}"/></linearGradient>` +
      `<linearGradient id="${id}f" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${floorA}"/><stop offset="1" stop-color="${floorB}"/></linearGradient>`,
    svg:
      `<rect width="800" height="800" fill="url(#${id})"/>` +
      (view === "room" ? `<rect y="${GROUND - 70}" width="800" height="${800 - GROUND + 70}" fill="url(#${id}f)"/>` : "") +
      circle(400, view === "room" ? 380 : 400, 300, "#fff", 'opacity=".28"'),
  };
}

function svgDoc(w: number, h: number, defs: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}"><defs>${defs}</defs>${body}</svg>\n`;
}

function productSvg(p: SeedProduct): string {
  const { c, drawn, hue } = drawProduct(p);
  const bg = backdrop(drawn.view, hue, "bg");
  const defs = bg.defs + c.defsXml();
  const body = bg.svg + objectEl(drawn);
  return svgDoc(800, 800, commonDefs(defs + body) + defs, body);
}

/** A product illustration scaled into a circular vignette, for covers and the OG card. */
function vignette(p: SeedProduct, prefix: string, x: number, y: number, radius: number, ring: string): { defs: string; svg: string } {
  const { c, drawn, hue } = drawProduct(p, prefix);
  const k = (radius * 2) / 800;
  const clip = `${prefix}v`;
  const bg = backdrop(drawn.view, hue, `${prefix}bg`);
  return {
    defs: c.defsXml() + bg.defs + s`<clipPath id="${clip}"><circle cx="400" cy="400" r="400"/></clipPath>`,
    svg:
      circle(x + 6, y + 10, radius + 8, "#3a2a20", 'opacity=".1"') +
      circle(x, y, radius + 8, ring) +
      s`<g transform="translate(${x - radius} ${y - radius}) scale(${k})"><g clip-path="url(#${clip})">` +
      bg.svg +
      objectEl(drawn) +
      "</g></g>",
  };
}

// ---------------------------------------------------------------------------
// Ateliers

const CATEGORY_HUES: Record<string, number> = {
  ceramics: 28,
  leather: 24,
  candles: 330,
  accessories: 250,
  woodwork: 90,
  knitting: 10,
  fabric: 200,
  glass: 185,
};

function atelierHue(a: SeedAtelier): number {
  const r = new Rng(`${a.key}:hue`);
  return (CATEGORY_HUES[a.categorySlug] ?? 0) + r.range(-18, 18);
}

const MONOGRAMS: Record<string, string> = { ob: "오", pogeun: "포" };

function profileSvg(a: SeedAtelier): string {
  const r = new Rng(`${a.key}:profile`);
  const hue = atelierHue(a);
  const main = hsl(hue, 38, r.range(48, 58));
  // First syllable after the place name, unless the brand word is elsewhere.
  const syllable = escapeXml(MONOGRAMS[a.key] ?? Array.from(a.name.replace(/^\S+\s/, ""))[0] ?? "공");
  let dots = "";
  const n = r.pick([12, 16, 20]);
  for (let i = 0; i < n; i++) {
    const ang = (i / n) * Math.PI * 2;
    dots += s`<circle cx="${200 + Math.cos(ang) * 160}" cy="${200 + Math.sin(ang) * 160}" r="4"/>`;
  }
  return svgDoc(
    400,
    400,
    "",
    `<rect width="400" height="400" fill="${hsl(hue, 45, 92)}"/>` +
      circle(200, 200, 180, main) +
      circle(200, 200, 142, "none", `stroke="#fff" stroke-opacity=".55" stroke-width="3"`) +
      `<g fill="#fff" fill-opacity=".6">${dots}</g>` +
      `<text x="200" y="${200 + 150 * 0.36}" text-anchor="middle" font-family="${FONT}" font-size="150" font-weight="700" fill="#fff">${syllable}</text>`,
  );
}

function coverSvg(a: SeedAtelier): string {
  const r = new Rng(`${a.key}:cover`);
  const hue = atelierHue(a);
  const own = products.filter((p) => p.atelierKey === a.key);
  let defs = `<linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${hsl(hue, 50, 91)}"/><stop offset="1" stop-color="${hsl(hue + 24, 42, 83)}"/></linearGradient>`;
  defs += `<pattern id="d" width="36" height="36" patternUnits="userSpaceOnUse"><circle cx="18" cy="18" r="3" fill="${hsl(hue, 40, 70)}" opacity=".5"/></pattern>`;
  let body = `<rect width="1600" height="600" fill="url(#g)"/><rect width="1600" height="600" fill="url(#d)" opacity=".6"/>`;
  for (let i = 0; i < 5; i++) body += circle(r.range(0, 1600), r.range(0, 600), r.range(80, 220), "#fff", 'opacity=".22"');
  const hillA = hsl(hue, 32, 76);
  const hillB = hsl(hue + 10, 28, 68);
  body += pathEl(s`M0 470C260 ${r.range(360, 420)} 520 ${r.range(500, 540)} 820 470S1380 ${r.range(380, 430)} 1600 450V600H0Z`, hillA, 'opacity=".8"');
  body += pathEl(s`M0 540C300 ${r.range(480, 510)} 700 ${r.range(580, 600)} 1000 530S1450 ${r.range(490, 520)} 1600 520V600H0Z`, hillB, 'opacity=".8"');
  const slots: [number, number, number][] = [
    [930, 250, 150],
    [1200, 330, 165],
    [1460, 220, 125],
  ];
  const ring = hsl(hue, 40, 97);
  slots.forEach(([x, y, rad], i) => {
    const p = own[(i * 3) % Math.max(1, own.length)];
    if (!p) return;
    const v = vignette(p, `v${i}`, x, y, rad, ring);
    defs += v.defs;
    body += v.svg;
  });
  return svgDoc(1600, 600, commonDefs(defs + body) + defs, body);
}

// ---------------------------------------------------------------------------
// Events and OG card

function ticketPath(x: number, y: number, w: number, h: number, r: number, notch: number): string {
  const cy = y + h / 2;
  return s`M${x + r} ${y}H${x + w - r}Q${x + w} ${y} ${x + w} ${y + r}V${cy - notch}A${notch} ${notch} 0 0 0 ${x + w} ${cy + notch}V${y + h - r}Q${x + w} ${y + h} ${x + w - r} ${y + h}H${x + r}Q${x} ${y + h} ${x} ${y + h - r}V${cy + notch}A${notch} ${notch} 0 0 0 ${x} ${cy - notch}V${y + r}Q${x} ${y} ${x + r} ${y}Z`;
}

/**
 * An event banner's artwork: colour, confetti and a blank ticket, no words. Its copy (title,
 * discount, minimum order, quantity) is printed over it from the event's own terms
 * (components/coupon-events/event-banner.tsx), so no banner can promise other terms than its
 * event's, whichever event a marketer picks it for.
 */
function eventSvg(e: SeedCouponEvent): string {
  const r = new Rng(`${e.key}:event`);
  const hue = r.pick([12, 28, 150, 200, 260, 335]) + r.range(-6, 6);
  const deep = hsl(hue, 40, 24);
  let defs = `<linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${hsl(hue, 78, 93)}"/><stop offset="1" stop-color="${hsl(hue + 28, 70, 85)}"/></linearGradient>`;
  defs += `<filter id="b" x="-10%" y="-10%" width="130%" height="140%"><feGaussianBlur stdDeviation="10"/></filter>`;
  let body = `<rect width="1200" height="400" fill="url(#g)"/>`;
  const confetti = [hsl(hue, 70, 60), hsl(hue + 40, 70, 65), hsl(hue - 40, 60, 70), "#ffffff", hsl(50, 90, 65)];
  for (let i = 0; i < 28; i++) {
    const x = r.range(0, 1200);
    const y = r.range(0, 400);
    if (x > 40 && x < 760 && y > 50 && y < 350) continue; // keep the text area calm
    const col = r.pick(confetti);
    body += r.chance(0.5) ? circle(x, y, r.range(4, 11), col, 'opacity=".7"') : s`<rect x="${x}" y="${y}" width="${r.range(10, 22)}" height="${r.range(5, 9)}" rx="3" fill="${col}" opacity=".7" transform="rotate(${r.range(0, 180)} ${x} ${y})"/>`;
  }
  body += circle(r.range(100, 400), r.range(300, 420), 160, "#fff", 'opacity=".25"');
  const tx = 800;
  const ty = 80;
  const tw = 330;
  const th = 240;
  body += pathEl(ticketPath(tx + 8, ty + 14, tw, th, 24, 20), deep, 'opacity=".25" filter="url(#b)"');
  body += pathEl(ticketPath(tx, ty, tw, th, 24, 20), "#fff");
  body += line(s`M${tx + 24} ${ty + th / 2 + 52}H${tx + tw - 24}`, hsl(hue, 30, 80), 3, 'stroke-dasharray="8 8"');
  return svgDoc(1200, 400, defs, body);
}

function ogSvg(): string {
  let defs = `<linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fdf1e4"/><stop offset="1" stop-color="#f3dcd0"/></linearGradient>`;
  let body = `<rect width="1200" height="630" fill="url(#g)"/>`;
  body += circle(1040, 90, 220, "#fff", 'opacity=".35"') + circle(120, 600, 200, "#fff", 'opacity=".3"');
  body += `<text x="90" y="250" font-family="${FONT}" font-size="132" font-weight="800" fill="#3b2a22">컴공방</text>`;
  body += `<text x="94" y="320" font-family="${FONT}" font-size="40" font-weight="600" fill="#a0522d">손으로 만든 것들의 작은 장터</text>`;
  body += `<text x="94" y="372" font-family="${FONT}" font-size="26" fill="#6b5548">도자기 · 가죽 · 캔들 · 액세서리 · 목공예 · 뜨개</text>`;
  const picks = ["ceramics-mugs", "candles-candles", "accessories-rings", "knitting-hats", "woodwork-boards"];
  const spots: [number, number, number][] = [
    [780, 200, 105],
    [1010, 250, 95],
    [880, 440, 110],
    [1100, 480, 90],
    [640, 470, 80],
  ];
  picks.forEach((slug, i) => {
    const p = products.find((x) => x.categorySlug === slug);
    const spot = spots[i];
    if (!p || !spot) return;
    const v = vignette(p, `o${i}`, spot[0], spot[1], spot[2], "#fffaf4");
    defs += v.defs;
    body += v.svg;
  });
  return svgDoc(1200, 630, commonDefs(defs + body) + defs, body);
}

// ---------------------------------------------------------------------------
// Output

let written = 0;
let unchanged = 0;
let totalBytes = 0;
const oversized: string[] = [];

function emit(relPath: string, content: string, budget?: number): void {
  const file = path.join(PUBLIC, relPath);
  const bytes = Buffer.byteLength(content);
  totalBytes += bytes;
  if (budget !== undefined && bytes > budget) oversized.push(`${relPath} (${bytes} B)`);
  if (existsSync(file) && readFileSync(file, "utf8") === content) {
    unchanged += 1;
    return;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  written += 1;
}

function publicPath(webPath: string): string {
  if (!webPath.startsWith("/images/")) throw new Error(`unexpected image path ${webPath}`);
  return webPath.slice(1);
}

function main(): void {
  const childSlugs = new Set(categories.flatMap((cat) => cat.children.map((ch) => ch.slug)));
  for (const p of products) {
    if (!childSlugs.has(p.categorySlug)) throw new Error(`${p.key}: unknown category ${p.categorySlug}`);
    emit(publicPath(p.image), productSvg(p), 6144);
  }
  for (const a of ateliers) {
    emit(publicPath(a.profileImage), profileSvg(a));
    emit(publicPath(a.coverImage), coverSvg(a));
  }
  for (const e of couponEvents) emit(publicPath(e.banner), eventSvg(e));
  emit("images/og-default.svg", ogSvg());
  const total = written + unchanged;
  console.log(`generate-images: ${total} files, ${written} written, ${unchanged} unchanged, ${(totalBytes / 1024).toFixed(1)} KiB in total`);
  if (oversized.length > 0) console.warn(`over the 6 KiB product budget: ${oversized.join(", ")}`);
}

main();
