/** Hands a file made in the page to the browser's downloads, as a link with `download` would. */

/** A download can still be reading the object URL after the click returns: it is released later. */
const releaseAfterMs = 60_000

export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  window.setTimeout(() => URL.revokeObjectURL(url), releaseAfterMs)
}
