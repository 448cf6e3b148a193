import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { Role } from '@/api/generated/graphql'
import type { Me } from '@/api/org'

/** The signed-in user (当前用户) as the backend describes them: name, unit and roles. */
export const useSessionStore = defineStore('session', () => {
  const me = shallowRef<Me | null>(null)
  /** The phone app opened with no network, as the user last signed in on it: nothing reaches the server. */
  const offline = ref(false)

  const roles = computed<readonly Role[]>(() => me.value?.roles ?? [])
  const unit = computed(() => me.value?.unit ?? null)
  const isGridWorker = computed(() => roles.value.includes(Role.GRID_WORKER))

  function setMe(value: Me): void {
    me.value = value
  }

  return { me, offline, roles, unit, isGridWorker, setMe }
})
