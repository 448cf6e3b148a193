import { downloadWithToken, uploadWithToken } from './index'

/** Longest side of a photo as the phone sends it: sharp enough for evidence, small enough to keep offline. */
export const PHOTO_MAX_SIDE = 1600
export const PHOTO_QUALITY = 0.8

/** The size a picture is scaled to so that its longer side is at most `max` (never enlarged). */
export function scaledSize(width: number, height: number, max = PHOTO_MAX_SIDE): { width: number; height: number } {
  const longer = Math.max(width, height)
  if (longer <= max || longer === 0) return { width, height }
  const factor = max / longer
  return { width: Math.round(width * factor), height: Math.round(height * factor) }
}

/** A data: URL back to its bytes. */
export function dataUrlToBlob(dataUrl: string): Blob {
  const match = /^data:([^;,]+)?(;base64)?,(.*)$/s.exec(dataUrl)
  if (!match) throw new Error('not a data URL')
  const type = match[1] ?? 'application/octet-stream'
  const payload = match[3] ?? ''
  if (!match[2]) return new Blob([decodeURIComponent(payload)], { type })
  const binary = atob(payload)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return new Blob([bytes], { type })
}

/**
 * Re-encodes a picture as a JPEG no larger than PHOTO_MAX_SIDE, as a data URL: small enough to wait in the phone's
 * outbox, and without the camera's EXIF data (location, device).
 */
export async function downscale(file: Blob): Promise<string> {
  const bitmap = await createImageBitmap(file)
  const size = scaledSize(bitmap.width, bitmap.height)
  const canvas = document.createElement('canvas')
  canvas.width = size.width
  canvas.height = size.height
  const context = canvas.getContext('2d')
  if (!context) throw new Error('no canvas')
  context.drawImage(bitmap, 0, 0, size.width, size.height)
  bitmap.close()
  return canvas.toDataURL('image/jpeg', PHOTO_QUALITY)
}

/** Uploads a photo; the reference to name in a report or reply. The same picture twice gives the same reference. */
export async function uploadCasePhoto(photo: Blob, name = 'photo.jpg'): Promise<string> {
  const form = new FormData()
  form.append('file', photo, name)
  const body = await uploadWithToken<{ ref: string }>('/api/cases/photos', form, {}, () => undefined)
  return body.ref
}

/** The photo's id in its reference (photo:<id>). */
export function photoId(ref: string): string {
  return ref.startsWith('photo:') ? ref.slice('photo:'.length) : ref
}

/** An object URL of the photo for an <img>; revoke it when done. */
export async function photoObjectUrl(ref: string): Promise<string> {
  const { blob } = await downloadWithToken(`/api/cases/photos/${encodeURIComponent(photoId(ref))}`, 'photo')
  return URL.createObjectURL(blob)
}
