/** Light Markdown → printable blocks of text runs (bold kept, other markers stripped). */

export interface Run {
  text: string
  bold: boolean
}

export interface Block {
  kind: 'paragraph' | 'heading' | 'bullet' | 'ordered'
  runs: Run[]
  /** "1." for ordered items. */
  marker?: string
}

/** Inline Markdown → runs: `**bold**`/`__bold__` kept, italics/code/links reduced to text. */
export function inline(source: string): Run[] {
  const plain = source
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, (_, label: string, url: string) =>
      label.trim() === url || !/^https?:/.test(url) ? label : `${label} (${url.replace(/^https?:\/\//, '')})`,
    )
    .replace(/`([^`]+)`/g, '$1')
  const runs: Run[] = []
  for (const part of plain.split(/(\*\*[^*]+?\*\*|__[^_]+?__)/)) {
    if (!part) continue
    const bold = /^(\*\*|__).+\1$/s.test(part)
    const text = (bold ? part.slice(2, -2) : part)
      .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
      .replace(/\*\*/g, '')
      .replace(/\s+/g, ' ')
    if (text) runs.push({ text, bold })
  }
  return runs
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = []
  let open: Block | null = null
  const flush = () => {
    if (open && open.runs.length) blocks.push(open)
    open = null
  }
  const append = (block: Block, text: string) => {
    const runs = inline(text)
    if (block.runs.length && runs.length) block.runs.push({ text: ' ', bold: false })
    block.runs.push(...runs)
  }
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim()
    if (!line) {
      flush()
      continue
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line)
    const bullet = /^[-*+•]\s+(.*)$/.exec(line)
    const ordered = /^(\d+)[.)]\s+(.*)$/.exec(line)
    if (heading) {
      flush()
      blocks.push({ kind: 'heading', runs: inline(heading[1]!).map((r) => ({ ...r, bold: true })) })
    } else if (bullet) {
      flush()
      open = { kind: 'bullet', runs: [] }
      append(open, bullet[1]!)
    } else if (ordered) {
      flush()
      open = { kind: 'ordered', runs: [], marker: `${ordered[1]}.` }
      append(open, ordered[2]!)
    } else {
      const current = open as Block | null
      if (current && (current.kind === 'paragraph' || /^\s/.test(raw))) append(current, line)
      else {
        flush()
        open = { kind: 'paragraph', runs: [] }
        append(open, line)
      }
    }
  }
  flush()
  return blocks
}
