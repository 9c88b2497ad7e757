import { useEffect, useState } from 'react'

interface Props {
  url: string
  strings: { label: string; copy: string; copied: string; notCopied: string }
}

/**
 * A page's address to share: a read-only field anyone can select, and once the island runs a
 * button that copies it (as the tract customiser's "copy the link"). No third-party script.
 */
export default function CopyLink({ url, strings }: Props) {
  const [hydrated, setHydrated] = useState(false)
  const [copied, setCopied] = useState<boolean | null>(null)
  useEffect(() => setHydrated(true), [])

  async function copy() {
    try {
      await navigator.clipboard.writeText(url)
      setCopied(true)
    } catch {
      setCopied(false)
    }
  }

  return (
    <div className="copy-link">
      <label htmlFor="copy-link-url">{strings.label}</label>
      <input id="copy-link-url" type="url" dir="ltr" readOnly value={url} onFocus={(event) => event.target.select()} />
      {hydrated && (
        <button type="button" className="button secondary" onClick={() => void copy()}>
          {strings.copy}
        </button>
      )}
      <p role="status">{copied === null ? '' : copied ? strings.copied : strings.notCopied}</p>
    </div>
  )
}
