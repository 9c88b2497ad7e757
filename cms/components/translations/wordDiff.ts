export interface DiffPart {
  kind: 'same' | 'removed' | 'added'
  text: string
}

/** Words with the spaces after them, so that joining the parts gives the texts back. */
const tokens = (text: string): string[] => text.match(/\s+|[^\s]+\s*/g) ?? []

const push = (parts: DiffPart[], kind: DiffPart['kind'], text: string) => {
  const last = parts.at(-1)
  if (last?.kind === kind) last.text += text
  else parts.push({ kind, text })
}

/**
 * What changed between two texts, word by word (longest common subsequence on the words between
 * the common start and end). Joining the `same` and `removed` parts gives `before` back; the `same`
 * and `added` parts give `after`.
 */
export const wordDiff = (before: string, after: string): DiffPart[] => {
  const a = tokens(before)
  const b = tokens(after)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const middleA = a.slice(start, endA)
  const middleB = b.slice(start, endB)
  // common[i][j]: length of the longest common subsequence of middleA[i..] and middleB[j..].
  const common = Array.from({ length: middleA.length + 1 }, () => new Uint32Array(middleB.length + 1))
  for (let i = middleA.length - 1; i >= 0; i--) {
    for (let j = middleB.length - 1; j >= 0; j--) {
      common[i]![j] = middleA[i] === middleB[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!)
    }
  }
  const parts: DiffPart[] = []
  if (start > 0) push(parts, 'same', a.slice(0, start).join(''))
  let i = 0
  let j = 0
  while (i < middleA.length || j < middleB.length) {
    if (i < middleA.length && j < middleB.length && middleA[i] === middleB[j]) {
      push(parts, 'same', middleA[i++]!)
      j++
    } else if (i < middleA.length && (j === middleB.length || common[i + 1]![j]! >= common[i]![j + 1]!)) {
      // On a tie the old words come first: read as "this, replaced by that".
      push(parts, 'removed', middleA[i++]!)
    } else {
      push(parts, 'added', middleB[j++]!)
    }
  }
  if (endA < a.length) push(parts, 'same', a.slice(endA).join(''))
  return parts
}
