/**
 * Stripe's form encoding, read back: the SDK sends nested parameters as `a[b][0][c]=value` (brackets
 * left readable), in bodies and query strings alike. Objects whose keys are all indices become arrays.
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue }
export type FormParams = { [key: string]: FormValue }

const isParams = (value: FormValue | undefined): value is FormParams => typeof value === 'object' && !Array.isArray(value)

const withArrays = (value: FormValue): FormValue => {
  if (!isParams(value)) return value
  const entries = Object.entries(value).map(([key, item]) => [key, withArrays(item)] as const)
  if (entries.length > 0 && entries.every(([key]) => /^\d+$/.test(key))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, item]) => item)
  }
  return Object.fromEntries(entries)
}

export const decodeStripeForm = (encoded: string): FormParams => {
  const root: FormParams = {}
  for (const [name, value] of new URLSearchParams(encoded)) {
    const [head = '', ...rest] = name.split('[')
    const path = [head, ...rest.map((segment) => segment.replace(/]$/, ''))]
    const last = path.pop() ?? ''
    let node = root
    for (const key of path) {
      const child = node[key]
      node = isParams(child) ? child : (node[key] = {})
    }
    node[last] = value
  }
  return withArrays(root) as FormParams
}

const nodeAt = (params: FormParams, path: string[]): FormValue | undefined => {
  let node: FormValue | undefined = params
  for (const key of path) node = isParams(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined
  return node
}

/** A parameter at a path, if it is a plain value. */
export const textAt = (params: FormParams, ...path: string[]): string | undefined => {
  const node = nodeAt(params, path)
  return typeof node === 'string' ? node : undefined
}

/** A nested group of parameters (`metadata[…]`), if present. */
export const groupAt = (params: FormParams, ...path: string[]): FormParams | undefined => {
  const node = nodeAt(params, path)
  return isParams(node) ? node : undefined
}

/** A list of parameters (`line_items[0]…`), if present. */
export const listAt = (params: FormParams, ...path: string[]): FormValue[] | undefined => {
  const node = nodeAt(params, path)
  return Array.isArray(node) ? node : undefined
}
