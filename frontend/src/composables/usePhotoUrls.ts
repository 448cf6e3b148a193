import { onBeforeUnmount, ref, watch, type Ref } from 'vue'
import { photoObjectUrl } from '@/api/casePhotos'
import { useLatestRequest } from './useLatestRequest'

/**
 * Object URLs of case photos, fetched with the session's token (an <img> cannot send it), for the references the
 * getter gives; reloaded when they change and released when the component goes. A photo the viewer may not see
 * is left out.
 */
export function usePhotoUrls(refs: () => readonly string[]): Ref<string[]> {
  const urls = ref<string[]>([])
  const { run } = useLatestRequest()

  function release(): void {
    urls.value.forEach((url) => URL.revokeObjectURL(url))
    urls.value = []
  }

  watch(
    () => refs().join(','),
    () => {
      release()
      return run(
        async () => {
          const loaded: string[] = []
          for (const ref of refs()) {
            try {
              loaded.push(await photoObjectUrl(ref))
            } catch {
              // not shown
            }
          }
          return loaded
        },
        { apply: (loaded) => (urls.value = loaded), stale: (loaded) => loaded.forEach((url) => URL.revokeObjectURL(url)) },
      )
    },
    { immediate: true },
  )
  onBeforeUnmount(release)
  return urls
}
