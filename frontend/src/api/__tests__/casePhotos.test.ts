import { describe, expect, it } from 'vitest'
import { dataUrlToBlob, photoId, scaledSize } from '../casePhotos'

describe('scaledSize', () => {
  it('shrinks the longer side to the limit and keeps the shape', () => {
    expect(scaledSize(4000, 3000)).toEqual({ width: 1600, height: 1200 })
    expect(scaledSize(3000, 4000)).toEqual({ width: 1200, height: 1600 })
    expect(scaledSize(1000, 500, 400)).toEqual({ width: 400, height: 200 })
  })

  it('never enlarges a small picture', () => {
    expect(scaledSize(800, 600)).toEqual({ width: 800, height: 600 })
    expect(scaledSize(0, 0)).toEqual({ width: 0, height: 0 })
  })
})

describe('dataUrlToBlob', () => {
  it('gives back the bytes and the type of a base64 data URL', async () => {
    const blob = dataUrlToBlob('data:image/jpeg;base64,/9j/2Q==')
    expect(blob.type).toBe('image/jpeg')
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([0xff, 0xd8, 0xff, 0xd9])
  })

  it('refuses what is not a data URL', () => {
    expect(() => dataUrlToBlob('https://example.org/x.jpg')).toThrow()
  })
})

describe('photoId', () => {
  it('takes the id out of a photo reference', () => {
    expect(photoId('photo:0f8fad5b-d9cb-469f-a165-70867728950e')).toBe('0f8fad5b-d9cb-469f-a165-70867728950e')
  })
})
