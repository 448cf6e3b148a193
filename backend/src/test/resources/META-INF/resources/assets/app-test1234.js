// Test stand-in for a content-hashed bundle of the SPA build.
export const hashed = true
