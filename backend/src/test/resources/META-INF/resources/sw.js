// Test stand-in for the phone app's service worker, which the SPA build (frontend/dist) puts here in -Pspa packages.
self.addEventListener('install', () => self.skipWaiting())
