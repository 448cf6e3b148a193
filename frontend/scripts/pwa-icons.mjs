// Draws the phone app's home-screen icons (public/icons/*.png): a white tick in a white ring on the app's blue.
// Run `node scripts/pwa-icons.mjs` after changing the design; the PNGs are committed, so builds need no image tool.
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const BLUE = [25, 137, 250]
const WHITE = [255, 255, 255]

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes) {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** Distance from p to the segment a–b. */
function toSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax
  const dy = by - ay
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(px - ax - t * dx, py - ay - t * dy)
}

/** 0..1: how white the pixel centre (x, y) of a unit square is. The mark stays inside the maskable safe zone. */
function whiteness(x, y, edge) {
  const r = Math.hypot(x - 0.5, y - 0.5)
  const ring = Math.abs(r - 0.3) - 0.025
  const tick = Math.min(toSegment(x, y, 0.37, 0.51, 0.46, 0.6), toSegment(x, y, 0.46, 0.6, 0.64, 0.41)) - 0.03
  const inside = Math.min(ring, tick)
  return Math.max(0, Math.min(1, 0.5 - inside / edge))
}

function icon(size) {
  const rows = []
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3)
    for (let x = 0; x < size; x++) {
      const w = whiteness((x + 0.5) / size, (y + 0.5) / size, 1 / size)
      for (let c = 0; c < 3; c++) row[1 + x * 3 + c] = Math.round(BLUE[c] * (1 - w) + WHITE[c] * w)
    }
    rows.push(row)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // RGB
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
  writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), png)
}

for (const size of [180, 192, 512]) icon(size)
