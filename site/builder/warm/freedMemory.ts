type MallocTrim = (pad: number) => number

let mallocTrim: MallocTrim | null | undefined

/**
 * Gives back to the system the memory a build freed. The C library keeps freed memory inside its
 * heaps for its own later use when it lies between blocks still in use (a build's many small
 * allocations: pages, records, Payload's reads): at 10,000 trainings the warm builder held some
 * 400 MB so between builds (1.58 GiB resident, 1.20 GiB after glibc's `malloc_trim(0)`). Node
 * has no binding for it: called through koffi, a foreign-function library with prebuilt binaries.
 * Where the C library is not glibc (musl, macOS), or koffi cannot load, there is nothing to call: false.
 */
export async function giveFreedMemoryBack(): Promise<boolean> {
  if (mallocTrim === undefined) {
    try {
      // Loaded here, not with the builder: without its binary (optional packages left out), the builder runs as before.
      const { default: koffi } = await import('koffi')
      mallocTrim = koffi.load('libc.so.6').func('int malloc_trim(size_t pad)') as MallocTrim
    } catch {
      mallocTrim = null
    }
  }
  // It holds the process for a few tens of milliseconds at 10,000 trainings: between builds, nobody waits.
  return mallocTrim ? mallocTrim(0) === 1 : false
}
