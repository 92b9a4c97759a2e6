// The station console page: plain JavaScript, no library, nothing fetched from elsewhere.
// The map is the server's own SVG (/map.svg); routes and markers are drawn in one more SVG
// group in the map's page coordinates (millimetres), found from the map group's data-ground,
// data-frame, data-scale and data-scale-factor and from a lon/lat ↔ plane fit (below).
"use strict";

const TEXT = {
  zh: {
    title: "PatrolMap 值班台", dispatcher: "接警调度", chief: "所长视图", user: "用户名", password: "密码",
    login: "登录", logout: "退出", whole: "全图", searchHint: "姓名、门牌、编号或电话", post: "警务点",
    eta: "预计到达", distance: "距离", phone: "电话", printCard: "打印路线卡", toPhone: "发到手机",
    gpx: "下载 GPX", kml: "下载 KML", tryHint: "点击地图“在此设点”,查看增设警务点前后的覆盖变化。",
    minutes: "分钟", households: "户", residents: "人口", area: "面积", village: "村", before: "现状",
    after: "增设后", walk: "步行", noMatch: "没有匹配的地点", loading: "加载中…", members: "人",
    calls: "以往接警", blind: "盲区", km: "公里", m: "米", lanHint: "手机扫码下载路线(同一局域网)",
    badLogin: "用户名或密码错误", tryHere: "试设点", all: "全辖区",
  },
  en: {
    title: "PatrolMap station console", dispatcher: "Dispatcher", chief: "Chief", user: "user", password: "password",
    login: "Log in", logout: "Log out", whole: "All", searchHint: "name, house label, id or phone", post: "post",
    eta: "ETA", distance: "distance", phone: "phone", printCard: "Print route card", toPhone: "To phone",
    gpx: "GPX download", kml: "KML download", tryHint: "Click the map to try a post there and compare coverage before and after.",
    minutes: "min", households: "households", residents: "residents", area: "area", village: "village", before: "now",
    after: "with new post", walk: "walk", noMatch: "no place matches", loading: "loading…", members: "people",
    calls: "earlier calls", blind: "blind spots", km: "km", m: "m", lanHint: "scan with a phone on the station LAN",
    badLogin: "wrong user name or password", tryHere: "trial post", all: "whole patch",
  },
};
const MINUTES = [5, 10, 15, 30];
const SVGNS = "http://www.w3.org/2000/svg";

const state = {
  lang: localStorage.getItem("patrolmap.lang") === "en" ? "en" : "zh",
  mode: "dispatch", user: null, svg: null, overlay: null, page: null, fit: null,
  full: null, view: null, place: null, dispatch: null, trial: null, mapStyle: "",
};

const $ = (id) => document.getElementById(id);
const t = (key) => TEXT[state.lang][key] || key;

/** A request to the console API; rejects with the server's error message. */
async function api(path, options) {
  const response = await fetch(path, Object.assign({ credentials: "same-origin" }, options));
  const type = response.headers.get("content-type") || "";
  const body = type.includes("json") ? await response.json() : await response.text();
  if (!response.ok) {
    const error = new Error((body && body.error) || response.status);
    error.status = response.status;
    throw error;
  }
  return body;
}

/** A duration as m:ss or h:mm:ss to the nearest second, as the CLI prints it. */
function clock(seconds) {
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600), m = Math.floor((total % 3600) / 60), s = total % 60;
  const two = (n) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

function distance(metres) {
  return metres >= 1000 ? `${(metres / 1000).toFixed(1)} ${t("km")}` : `${Math.round(metres)} ${t("m")}`;
}

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) node.setAttribute(key, value);
  for (const child of children) node.append(child);
  return node;
}

function svgElement(tag, attributes) {
  const node = document.createElementNS(SVGNS, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

// MARK: Coordinates

/** Least squares of a quadratic in (u, v) through samples [[u, v, value]]; returns f(u, v). */
function quadraticFit(samples) {
  const cu = samples.reduce((a, s) => a + s[0], 0) / samples.length;
  const cv = samples.reduce((a, s) => a + s[1], 0) / samples.length;
  const su = Math.max(...samples.map((s) => Math.abs(s[0] - cu))) || 1;
  const sv = Math.max(...samples.map((s) => Math.abs(s[1] - cv))) || 1;
  const terms = (u, v) => { const x = (u - cu) / su, y = (v - cv) / sv; return [1, x, y, x * x, x * y, y * y]; };
  const n = 6, a = Array.from({ length: n }, () => new Array(n + 1).fill(0));
  for (const [u, v, value] of samples) {
    const row = terms(u, v);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) a[i][j] += row[i] * row[j];
      a[i][n] += row[i] * value;
    }
  }
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = a[r][col] / a[col][col];
      for (let c = col; c <= n; c++) a[r][c] -= f * a[col][c];
    }
  }
  const coefficients = a.map((row, i) => row[n] / row[i]);
  return (u, v) => terms(u, v).reduce((sum, term, i) => sum + term * coefficients[i], 0);
}

/**
 * The lon/lat ↔ working-plane fit: the server places a 4 × 4 grid of plane points
 * (`/api/find?q=@x,y`), and a quadratic through them is good to centimetres over a township.
 */
async function fitProjection(ground) {
  const samples = [];
  const requests = [];
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      const x = ground.minX + ((ground.maxX - ground.minX) * i) / 3;
      const y = ground.minY + ((ground.maxY - ground.minY) * j) / 3;
      requests.push(api(`/api/find?q=${encodeURIComponent(`@${x.toFixed(2)},${y.toFixed(2)}`)}&limit=1`).then((found) => {
        const match = found.matches[0];
        samples.push({ x: match.working[0], y: match.working[1], lon: match.location[0], lat: match.location[1] });
      }));
    }
  }
  await Promise.all(requests);
  const east = quadraticFit(samples.map((s) => [s.lon, s.lat, s.x]));
  const north = quadraticFit(samples.map((s) => [s.lon, s.lat, s.y]));
  const lon = quadraticFit(samples.map((s) => [s.x, s.y, s.lon]));
  const lat = quadraticFit(samples.map((s) => [s.x, s.y, s.lat]));
  return {
    plane: (p) => ({ x: east(p[0], p[1]), y: north(p[0], p[1]) }),
    lonLat: (q) => [lon(q.x, q.y), lat(q.x, q.y)],
  };
}

/** The page position (mm) of a [lon, lat]. */
function toPage(lonLat) {
  const q = state.fit.plane(lonLat), g = state.page.ground, f = state.page.frame, k = state.page.k;
  return { x: f.x + (q.x - g.minX) * k, y: f.y + (g.maxY - q.y) * k };
}

/** The [lon, lat] of a page position (mm). */
function toLonLat(p) {
  const g = state.page.ground, f = state.page.frame, k = state.page.k;
  return state.fit.lonLat({ x: g.minX + (p.x - f.x) / k, y: g.maxY - (p.y - f.y) / k });
}

// MARK: The map

async function loadMap(style, extra) {
  const query = `style=${style}&lang=${state.lang}${extra || ""}`;
  if (query === state.mapStyle) return;
  state.mapStyle = query;
  $("map-status").textContent = t("loading");
  const text = await api(`/map.svg?${query}`);
  if (state.mapStyle !== query) return;
  const doc = new DOMParser().parseFromString(text, "image/svg+xml");
  const svg = document.importNode(doc.documentElement, true);
  svg.removeAttribute("width");
  svg.removeAttribute("height");
  svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
  const group = svg.querySelector("#map");
  const numbers = (name) => group.getAttribute(name).split(" ").map(Number);
  const [minX, minY, maxX, maxY] = numbers("data-ground");
  const [fx, fy, fw, fh] = numbers("data-frame");
  const k = 1000 / (Number(group.getAttribute("data-scale")) * Number(group.getAttribute("data-scale-factor")));
  state.page = { ground: { minX, minY, maxX, maxY }, frame: { x: fx, y: fy, w: fw, h: fh }, k };
  if (!state.fit) state.fit = await fitProjection(state.page.ground);
  state.overlay = svgElement("g", { id: "console-overlay", "clip-path": "url(#frame-clip)" });
  svg.append(state.overlay);
  $("mapbox").replaceChildren(svg);
  state.svg = svg;
  const sameFrame = state.full && state.full.x === fx && state.full.y === fy && state.full.w === fw && state.full.h === fh;
  state.full = { x: fx, y: fy, w: fw, h: fh };
  setView(sameFrame && state.view ? state.view : state.full);
  $("map-status").textContent = "";
  drawOverlay();
}

function setView(view) {
  state.view = view;
  state.svg.setAttribute("viewBox", `${view.x} ${view.y} ${view.w} ${view.h}`);
}

function zoom(factor, center) {
  const v = state.view, c = center || { x: v.x + v.w / 2, y: v.y + v.h / 2 };
  const w = Math.min(Math.max(v.w * factor, 2), state.full.w * 4), h = (w * v.h) / v.w;
  setView({ x: c.x - ((c.x - v.x) * w) / v.w, y: c.y - ((c.y - v.y) * h) / v.h, w, h });
}

function zoomTo(lonLat, width) {
  const p = toPage(lonLat), h = (width * state.view.h) / state.view.w;
  setView({ x: p.x - width / 2, y: p.y - h / 2, w: width, h });
}

/** The page position (mm) under a pointer event. */
function eventPoint(event) {
  const point = state.svg.createSVGPoint();
  point.x = event.clientX;
  point.y = event.clientY;
  return point.matrixTransform(state.svg.getScreenCTM().inverse());
}

function installPanZoom() {
  const box = $("mapbox"), pointers = new Map();
  let moved = 0, pinch = 0;
  box.addEventListener("wheel", (event) => {
    if (!state.svg) return;
    event.preventDefault();
    zoom(event.deltaY > 0 ? 1.25 : 0.8, eventPoint(event));
  }, { passive: false });
  box.addEventListener("pointerdown", (event) => {
    if (!state.svg) return;
    box.setPointerCapture(event.pointerId);
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    moved = 0;
  });
  box.addEventListener("pointermove", (event) => {
    const last = pointers.get(event.pointerId);
    if (!last) return;
    const scale = state.view.w / box.clientWidth;
    if (pointers.size === 1) {
      const dx = event.clientX - last.x, dy = event.clientY - last.y;
      moved += Math.abs(dx) + Math.abs(dy);
      setView({ ...state.view, x: state.view.x - dx * scale, y: state.view.y - dy * scale });
    }
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()], span = Math.hypot(a.x - b.x, a.y - b.y);
      if (pinch > 0) zoom(pinch / span, eventPoint({ clientX: (a.x + b.x) / 2, clientY: (a.y + b.y) / 2 }));
      pinch = span;
      moved = 100;
    }
  });
  const release = (event) => {
    if (pointers.delete(event.pointerId) && pointers.size === 0 && moved < 5 && state.mode === "chief") tryPost(eventPoint(event));
    if (pointers.size < 2) pinch = 0;
  };
  box.addEventListener("pointerup", release);
  box.addEventListener("pointercancel", (event) => { pointers.delete(event.pointerId); pinch = 0; moved = 100; });
  $("zoom-in").onclick = () => zoom(0.5);
  $("zoom-out").onclick = () => zoom(2);
  $("zoom-all").onclick = () => setView(state.full);
}

/** The route with its numbered forks, and the trial post, in the overlay group. */
function drawOverlay() {
  if (!state.overlay) return;
  state.overlay.replaceChildren();
  const route = state.mode === "dispatch" && state.dispatch && state.dispatch.route;
  if (route) {
    const lines = route.geometry.type === "MultiLineString" ? route.geometry.coordinates : [route.geometry.coordinates];
    for (const line of lines) {
      const d = line.map((c, i) => { const p = toPage(c); return `${i ? "L" : "M"}${p.x.toFixed(2)} ${p.y.toFixed(2)}`; }).join("");
      state.overlay.append(svgElement("path", { d, fill: "none", stroke: "#ffffff", "stroke-width": 1.6, "stroke-linejoin": "round", "stroke-linecap": "round" }));
      state.overlay.append(svgElement("path", { d, fill: "none", stroke: "#c0392b", "stroke-width": 0.9, "stroke-linejoin": "round", "stroke-linecap": "round" }));
    }
    route.steps.forEach((step, index) => {
      if (step.kind !== "fork") return;
      const p = toPage(step.location);
      const number = forkNumber(route, index);
      state.overlay.append(svgElement("circle", { cx: p.x, cy: p.y, r: 1.6, fill: "#c0392b", stroke: "#fff", "stroke-width": 0.3 }));
      const label = svgElement("text", { x: p.x, y: p.y + 0.8, "font-size": 2.2, "text-anchor": "middle", fill: "#fff", "font-weight": "bold" });
      label.textContent = String(number);
      state.overlay.append(label);
    });
    const end = toPage(route.geometry.type === "MultiLineString" ? lines[lines.length - 1].slice(-1)[0] : lines[0].slice(-1)[0]);
    state.overlay.append(svgElement("path", { d: `M${end.x} ${end.y}l-1.4 -3.2h2.8z`, fill: "#0b2f6b", stroke: "#fff", "stroke-width": 0.3 }));
  }
  if (state.mode === "chief" && state.trial) {
    const p = toPage(state.trial);
    state.overlay.append(svgElement("rect", { x: p.x - 1.5, y: p.y - 1.5, width: 3, height: 3, fill: "#1e7b1e", stroke: "#fff", "stroke-width": 0.4 }));
  }
}

function forkNumber(route, index) {
  return route.steps.slice(0, index + 1).filter((step) => step.kind === "fork").length;
}

// MARK: QR code

/**
 * A QR code encoder (ISO/IEC 18004) for the "to phone" link: byte mode, error correction
 * level M, versions 1–10 (up to 213 bytes), the mask with the lowest penalty unless one is
 * given. `encode(text)` returns { version, mask, modules } with modules[row][column] true
 * for dark. The browser test checks it module for module against Python's qrcode package.
 */
const QRCode = (() => {
  // Per version: error correction codewords per block, and the blocks' data codeword counts.
  const BLOCKS = [null, [10, [16]], [16, [28]], [26, [44]], [18, [32, 32]], [24, [43, 43]], [16, [27, 27, 27, 27]],
    [18, [31, 31, 31, 31]], [22, [38, 38, 39, 39]], [22, [36, 36, 36, 37, 37]], [26, [43, 43, 43, 43, 44]]];
  const ALIGNMENT = [null, [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50]];
  const REMAINDER_BITS = [0, 0, 7, 7, 7, 7, 7, 0, 0, 0, 0];
  const MASKS = [
    (x, y) => (x + y) % 2 === 0, (x, y) => y % 2 === 0, (x) => x % 3 === 0, (x, y) => (x + y) % 3 === 0,
    (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0, (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
    (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0, (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
  ];

  /** Multiplication in GF(256) modulo x⁸ + x⁴ + x³ + x² + 1. */
  function multiply(a, b) {
    let product = 0;
    for (let bit = 7; bit >= 0; bit--) {
      product = (product << 1) ^ ((product >>> 7) * 0x11d);
      if ((b >>> bit) & 1) product ^= a;
    }
    return product;
  }

  /** The Reed–Solomon error correction codewords of a block. */
  function correction(data, degree) {
    const generator = new Array(degree).fill(0);
    generator[degree - 1] = 1;
    let root = 1;
    for (let i = 0; i < degree; i++) {
      for (let j = 0; j < degree; j++) generator[j] = multiply(generator[j], root) ^ (j + 1 < degree ? generator[j + 1] : 0);
      root = multiply(root, 2);
    }
    const remainder = new Array(degree).fill(0);
    for (const byte of data) {
      const factor = byte ^ remainder.shift();
      remainder.push(0);
      for (let j = 0; j < degree; j++) remainder[j] ^= multiply(generator[j], factor);
    }
    return remainder;
  }

  /** The data and correction codewords of `bytes` in `version`, interleaved. */
  function codewords(bytes, version) {
    const [ecLength, blockSizes] = BLOCKS[version];
    const capacity = blockSizes.reduce((a, b) => a + b, 0);
    const bits = [];
    const put = (value, length) => { for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1); };
    put(0b0100, 4);
    put(bytes.length, version < 10 ? 8 : 16);
    for (const byte of bytes) put(byte, 8);
    put(0, Math.min(4, capacity * 8 - bits.length));
    put(0, (8 - (bits.length % 8)) % 8);
    const data = [];
    for (let i = 0; i < bits.length; i += 8) data.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));
    for (let pad = 0xec; data.length < capacity; pad ^= 0xec ^ 0x11) data.push(pad);
    const blocks = [];
    let offset = 0;
    for (const size of blockSizes) {
      const block = data.slice(offset, offset + size);
      blocks.push({ data: block, ec: correction(block, ecLength) });
      offset += size;
    }
    const result = [];
    for (let i = 0; i < Math.max(...blockSizes); i++) for (const block of blocks) if (i < block.data.length) result.push(block.data[i]);
    for (let i = 0; i < ecLength; i++) for (const block of blocks) result.push(block.ec[i]);
    return result;
  }

  /** The grid with the function patterns drawn and marked reserved. */
  function functionPatterns(version) {
    const size = 17 + 4 * version;
    const dark = Array.from({ length: size }, () => new Array(size).fill(false));
    const reserved = Array.from({ length: size }, () => new Array(size).fill(false));
    const set = (x, y, value) => { dark[y][x] = value; reserved[y][x] = true; };
    for (let i = 0; i < size; i++) { set(6, i, i % 2 === 0); set(i, 6, i % 2 === 0); }
    for (const [cx, cy] of [[3, 3], [size - 4, 3], [3, size - 4]]) {
      for (let dy = -4; dy <= 4; dy++) {
        for (let dx = -4; dx <= 4; dx++) {
          const x = cx + dx, y = cy + dy, ring = Math.max(Math.abs(dx), Math.abs(dy));
          if (x >= 0 && x < size && y >= 0 && y < size) set(x, y, ring !== 2 && ring !== 4);
        }
      }
    }
    const centres = ALIGNMENT[version];
    for (const cy of centres) {
      for (const cx of centres) {
        if ((cx === 6 && cy === 6) || (cx === 6 && cy === size - 7) || (cx === size - 7 && cy === 6)) continue;
        for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) set(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
      }
    }
    formatBits(set, size, 0);
    if (version >= 7) {
      let remainder = version;
      for (let i = 0; i < 12; i++) remainder = (remainder << 1) ^ ((remainder >>> 11) * 0x1f25);
      const bits = (version << 12) | remainder;
      for (let i = 0; i < 18; i++) {
        const bit = ((bits >>> i) & 1) === 1, a = size - 11 + (i % 3), b = Math.floor(i / 3);
        set(a, b, bit);
        set(b, a, bit);
      }
    }
    return { size, dark, reserved };
  }

  /** Both copies of the format information (level M, `mask`) and the dark module. */
  function formatBits(set, size, mask) {
    const data = mask; // level M is 00
    let remainder = data;
    for (let i = 0; i < 10; i++) remainder = (remainder << 1) ^ ((remainder >>> 9) * 0x537);
    const bits = ((data << 10) | remainder) ^ 0x5412;
    const bit = (i) => ((bits >>> i) & 1) === 1;
    for (let i = 0; i <= 5; i++) set(8, i, bit(i));
    set(8, 7, bit(6));
    set(8, 8, bit(7));
    set(7, 8, bit(8));
    for (let i = 9; i < 15; i++) set(14 - i, 8, bit(i));
    for (let i = 0; i < 8; i++) set(size - 1 - i, 8, bit(i));
    for (let i = 8; i < 15; i++) set(8, size - 15 + i, bit(i));
    set(8, size - 8, true);
  }

  /** The penalty of a finished symbol (the standard's four rules). */
  function penalty(dark) {
    const size = dark.length;
    let score = 0;
    const lines = [];
    for (let i = 0; i < size; i++) { lines.push(dark[i]); lines.push(dark.map((row) => row[i])); }
    for (const line of lines) {
      let run = 1;
      for (let i = 1; i <= size; i++) {
        if (i < size && line[i] === line[i - 1]) { run++; continue; }
        if (run >= 5) score += run - 2;
        run = 1;
      }
      const text = line.map((d) => (d ? "1" : "0")).join("");
      for (const pattern of ["10111010000", "00001011101"]) for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) score += 40;
    }
    let count = 0;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        if (dark[y][x]) count++;
        if (x + 1 < size && y + 1 < size && dark[y][x] === dark[y][x + 1] && dark[y][x] === dark[y + 1][x] && dark[y][x] === dark[y + 1][x + 1]) score += 3;
      }
    }
    return score + 10 * Math.floor(Math.abs((count * 20) / (size * size) - 10));
  }

  function encode(text, fixedMask) {
    const bytes = [...new TextEncoder().encode(text)];
    let version = 1;
    while (version <= 10 && 4 + (version < 10 ? 8 : 16) + 8 * bytes.length > 8 * BLOCKS[version][1].reduce((a, b) => a + b, 0)) version++;
    if (version > 10) throw new Error(`QR code: ${bytes.length} bytes is more than 213`);
    const words = codewords(bytes, version);
    let best = null;
    for (const mask of fixedMask === undefined ? [0, 1, 2, 3, 4, 5, 6, 7] : [fixedMask]) {
      const { size, dark, reserved } = functionPatterns(version);
      let index = 0;
      const total = words.length * 8 + REMAINDER_BITS[version];
      for (let right = size - 1; right >= 1; right -= 2) {
        if (right === 6) right = 5;
        const upward = ((right + 1) & 2) === 0;
        for (let step = 0; step < size; step++) {
          const y = upward ? size - 1 - step : step;
          for (const x of [right, right - 1]) {
            if (reserved[y][x] || index >= total) continue;
            const bit = index < words.length * 8 && ((words[index >>> 3] >>> (7 - (index & 7))) & 1) === 1;
            dark[y][x] = bit !== MASKS[mask](x, y);
            index++;
          }
        }
      }
      formatBits((x, y, value) => { dark[y][x] = value; }, size, mask);
      const score = fixedMask === undefined ? penalty(dark) : 0;
      if (!best || score < best.score) best = { version, mask, modules: dark, score };
    }
    return { version: best.version, mask: best.mask, modules: best.modules };
  }

  return { encode };
})();

// MARK: Dispatcher

let searchTimer = 0;
let searchSerial = 0;

function placeQuery(place) {
  if (place.type === "household") return place.id;
  if (place.type === "coordinate") return place.label;
  return place.name;
}

function describePlace(place) {
  const main = place.type === "household" ? `${place.label}${place.head ? "  " + place.head : ""}` : place.name || place.label;
  const detail = [];
  if (place.type === "household") {
    detail.push(place.id, `${place.members} ${t("members")}`);
    if (place.phone) detail.push(place.phone);
  } else if (place.kind) detail.push(place.kind);
  const item = element("li", { "data-test": "result" }, element("div", {}, main), element("div", { class: "muted" }, detail.join(" · ")));
  for (const tag of place.tags || []) item.firstChild.append(" ", element("span", { class: "tag" }, tag));
  return item;
}

async function search() {
  const text = $("search").value.trim();
  const serial = ++searchSerial;
  if (!text) { $("results").replaceChildren(); return; }
  let found;
  try {
    found = await api(`/api/find?q=${encodeURIComponent(text)}&limit=10`);
  } catch (error) {
    if (serial === searchSerial) $("results").replaceChildren(element("li", { class: "muted" }, error.message));
    return;
  }
  if (serial !== searchSerial) return;
  const items = found.matches.map((place) => {
    const item = describePlace(place);
    item.onclick = () => choose(place).catch(report);
    return item;
  });
  $("results").replaceChildren(...(items.length ? items : [element("li", { class: "muted" }, t("noMatch"))]));
}

async function choose(place) {
  state.place = place;
  $("results").replaceChildren(describePlace(place));
  $("results").firstChild.classList.add("active");
  // The premise history first, so the call this dispatch records is not among the earlier ones.
  if (state.user && place.type === "household") await showHistory(place);
  else $("history").hidden = true;
  state.dispatch = null;
  $("ranking").hidden = $("route-summary").hidden = $("route-actions").hidden = true;
  $("steps").replaceChildren();
  drawOverlay();
  const target = encodeURIComponent(placeQuery(place));
  state.dispatch = await api(`/api/dispatch?to=${target}&lang=${state.lang}`);
  showDispatch();
  zoomToRoute(state.dispatch.route);
}

/** Shows the whole route, with a margin. */
function zoomToRoute(route) {
  const lines = route.geometry.type === "MultiLineString" ? route.geometry.coordinates : [route.geometry.coordinates];
  const points = lines.flat().map(toPage);
  const xs = points.map((p) => p.x), ys = points.map((p) => p.y);
  const box = { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
  const aspect = state.full.h / state.full.w, margin = 1.25;
  const w = Math.max(box.w * margin, (box.h * margin) / aspect, 20), h = w * aspect;
  setView({ x: box.x + box.w / 2 - w / 2, y: box.y + box.h / 2 - h / 2, w, h });
}

function showDispatch() {
  const plan = state.dispatch;
  if (!plan) return;
  const rows = plan.ranking.map((entry, i) =>
    element("tr", { class: i === 0 ? "best" : "" }, element("td", {}, String(i + 1)), element("td", {}, state.lang === "en" ? entry.post_en : entry.post),
      element("td", { class: "num" }, entry.duration_s == null ? "—" : clock(entry.duration_s)),
      element("td", { class: "num" }, entry.distance_m == null ? "—" : distance(entry.distance_m)), element("td", {}, entry.phone || "")));
  $("ranking").tBodies[0].replaceChildren(...rows);
  $("ranking").hidden = false;
  const route = plan.route;
  const ends = state.lang === "en" ? `${route.from_en} → ${route.to_en}` : `${route.from} → ${route.to}`;
  const summary = `${ends}: ${t("eta")} ${clock(route.duration_s)}, ${distance(route.distance_m)}` +
    (route.walk_m > 0 ? `, ${t("walk")} ${distance(route.walk_m)}` : "");
  $("route-summary").textContent = summary;
  $("route-summary").hidden = false;
  const steps = route.steps.map((step, index) => {
    const item = element("li", { "data-test": "step", class: step.kind === "fork" ? "fork" : "" });
    const prefix = step.kind === "fork" ? `[${forkNumber(route, index)}] ` : "";
    item.append(prefix + (state.lang === "en" ? step.instruction_en : step.instruction));
    item.append(element("span", { class: "muted" }, `  ${clock(step.elapsed_s)}`));
    item.onclick = () => zoomTo(step.location, 12);
    return item;
  });
  $("steps").replaceChildren(...steps);
  const query = `from=${encodeURIComponent(route.from)}&to=${encodeURIComponent(placeQuery(state.place))}&lang=${state.lang}`;
  $("gpx").href = `/api/route.gpx?${query}`;
  $("kml").href = `/api/route.kml?${query}`;
  $("print-card").onclick = () => window.open(`/card.svg?${query}`, "_blank");
  $("to-phone").onclick = () => showPhone(`${location.origin}/api/route.gpx?${query}`);
  $("phone-box").hidden = true;
  $("route-actions").hidden = false;
  drawOverlay();
}

function showPhone(url) {
  $("phone-box").hidden = false;
  $("lan-url").textContent = `${t("lanHint")}: ${url}`;
  const canvas = $("qr");
  const modules = QRCode.encode(url).modules, cell = 4, quiet = 4, size = (modules.length + 2 * quiet) * cell;
  canvas.width = canvas.height = size;
  const g = canvas.getContext("2d");
  g.fillStyle = "#fff";
  g.fillRect(0, 0, size, size);
  g.fillStyle = "#000";
  modules.forEach((row, y) => row.forEach((dark, x) => { if (dark) g.fillRect((x + quiet) * cell, (y + quiet) * cell, cell, cell); }));
  canvas.hidden = false;
}

async function showHistory(place) {
  let history;
  try { history = await api(`/api/calls?household=${encodeURIComponent(place.id)}`); } catch { return; }
  const box = $("history");
  box.replaceChildren();
  for (const tag of history.tags) box.append(element("span", { class: "tag" }, tag));
  if (history.calls.length) {
    box.append(element("div", {}, `${t("calls")}:`));
    for (const call of history.calls) box.append(element("div", { class: "muted" }, `${call.time} · ${call.post} · ${clock(call.eta_s)} · ${call.dispatcher}`));
  }
  box.hidden = box.childNodes.length === 0;
}

// MARK: Chief

function coverageQuery() {
  return `minutes=${MINUTES.join(",")}` + (state.trial ? `&with=${state.trial[0].toFixed(7)},${state.trial[1].toFixed(7)}` : "");
}

async function showCoverage() {
  const query = coverageQuery();
  const mapShown = loadMap("coverage", `&${query}`);
  const study = await api(`/api/coverage?${query}`);
  const percent = (x) => `${(x * 100).toFixed(1)}%`;
  const head = element("tr", {}, element("th", {}, t("minutes")), element("th", { class: "num" }, t("households")), element("th", { class: "num" }, t("residents")), element("th", { class: "num" }, t("area")));
  const rows = study.thresholds.map((after, i) => {
    const before = study.baseline && study.baseline.thresholds[i];
    const cell = (key) => {
      const td = element("td", { class: "num" }, percent(after[key]));
      if (before) td.prepend(`${percent(before[key])} → `), td.classList.toggle("up", after[key] > before[key]);
      return td;
    };
    return element("tr", {}, element("td", {}, `≤ ${after.minutes}`), cell("households_share"), cell("residents_share"), cell("area_share"));
  });
  const title = element("tr", {}, element("th", { colspan: 4 }, state.trial ? `${t("before")} → ${t("after")} (${t("tryHere")})` : t("all")));
  $("coverage-total").tHead.replaceChildren(title, head);
  $("coverage-total").tBodies[0].replaceChildren(...rows);
  $("blind-spots").textContent = `${t("blind")}: ` + (study.blind_spots.map((s) => `${s.village || "—"} ${s.area_km2} km² (${s.households} ${t("households")})`).join("; ") || "—");
  $("villages").tHead.replaceChildren(element("tr", {}, element("th", {}, t("village")), element("th", { class: "num" }, t("households")),
    ...study.thresholds.map((x) => element("th", { class: "num" }, `≤ ${x.minutes}`))));
  $("villages").tBodies[0].replaceChildren(...study.villages.map((v) => element("tr", {}, element("td", {}, v.name),
    element("td", { class: "num" }, String(v.households)), ...v.thresholds.map((x) => element("td", { class: "num" }, percent(x.households_share))))));
  await mapShown;
}

function tryPost(pagePoint) {
  state.trial = toLonLat(pagePoint);
  drawOverlay();
  showCoverage().catch(report);
}

// MARK: Session, language, mode

async function refreshUser() {
  try { state.user = await api("/api/me"); } catch { state.user = null; }
  $("login").hidden = state.user !== null;
  $("session").hidden = state.user === null;
  $("session-user").textContent = state.user ? `${state.user.user} (${state.user.role})` : "";
}

async function login(event) {
  event.preventDefault();
  $("login-error").textContent = "";
  try {
    await api("/api/login", { method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ user: $("login-user").value, password: $("login-password").value }) });
    $("login-password").value = "";
  } catch (error) {
    $("login-error").textContent = error.status === 401 ? t("badLogin") : error.message;
  }
  await refreshUser();
  search();
}

function applyLanguage() {
  document.documentElement.lang = state.lang;
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-placeholder]")) node.placeholder = t(node.dataset.i18nPlaceholder);
  $("lang").textContent = state.lang === "zh" ? "EN" : "中文";
  document.title = t("title");
}

function setMode(mode) {
  state.mode = mode;
  $("mode-dispatch").classList.toggle("active", mode === "dispatch");
  $("mode-chief").classList.toggle("active", mode === "chief");
  $("dispatch-panel").hidden = mode !== "dispatch";
  $("chief-panel").hidden = mode !== "chief";
  $("mapbox").style.cursor = mode === "chief" ? "crosshair" : "grab";
  (mode === "chief" ? showCoverage() : loadMap("wall").then(drawOverlay)).catch(report);
}

/** Shows a failure (for example "unreachable" from the server) where the answer would be. */
function report(error) {
  const message = String(error.message || error);
  $("map-status").textContent = message;
  if (state.mode === "dispatch" && state.place) {
    $("route-summary").textContent = message;
    $("route-summary").hidden = false;
  }
}

window.addEventListener("DOMContentLoaded", () => {
  applyLanguage();
  installPanZoom();
  $("search").addEventListener("input", () => { clearTimeout(searchTimer); searchTimer = setTimeout(search, 150); });
  $("login").addEventListener("submit", login);
  $("logout").onclick = async () => { await api("/api/logout", { method: "POST" }); await refreshUser(); search(); };
  $("mode-dispatch").onclick = () => setMode("dispatch");
  $("mode-chief").onclick = () => setMode("chief");
  $("lang").onclick = () => {
    state.lang = state.lang === "zh" ? "en" : "zh";
    localStorage.setItem("patrolmap.lang", state.lang);
    applyLanguage();
    setMode(state.mode);
    if (state.place) choose(state.place).catch(report);
  };
  refreshUser();
  loadMap("wall").catch(report);
});
