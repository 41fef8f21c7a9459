// Loads, checks, compiles and caches the Handlebars templates of one templates directory. A kind's
// template comes from its own folder, else from its family's folder, else from `_shared/`, so a
// template several kinds use is written once. Every render stats the files it uses, so a
// template edited, added or removed on disk shows in the next render without a restart;
// unchanged files are never read or compiled again.
import fs from 'node:fs'
import path from 'node:path'

import Handlebars from 'handlebars'

import { htmlEscapesToText, registerHelpers } from './helpers'

/** `<name>.html.hbs` is escaped for HTML; `<name>.txt.hbs` is escaped, then turned back into plain text. */
export type TemplateMode = 'html' | 'text'

export type KindTemplates = {
  has(name: string): boolean
  /** Renders the kind's `<name>.hbs` (e.g. 'body.html', 'title.txt') with the kind's, its family's and the shared partials. */
  render(name: string, context: object): string
}

/** Kind → the folder of templates it shares with kinds built alike (e.g. douyin → '_short-video'). */
export type TemplateFamilies = Readonly<Record<string, string>>

type Compiled = { mtimeMs: number; size: number; mode: TemplateMode; fn: Handlebars.TemplateDelegate }
type Listing = { mtimeMs: number; files: string[] }

/** Templates and partials every kind may use; its partials sit at the top, beside its templates. */
export const SHARED_DIR = '_shared'

const modeOf = (file: string): TemplateMode => (file.endsWith('.txt.hbs') ? 'text' : 'html')

/** `<name>.html.hbs` and `<name>.txt.hbs` are templates; any other `.hbs` is a partial. */
const isTemplateFile = (file: string): boolean => /\.(html|txt)\.hbs$/.test(file)

/** A triple-stash is only for HTML our own code produced (context keys ending in `Html`), and only in HTML templates. */
const RAW_ALLOWED = /^[A-Za-z0-9_.]*Html$/

// A mustache's path is a PathExpression (a string) or a literal (string, number, boolean, null, undefined).
type AstNode = {
  type?: string
  escaped?: boolean
  path?: { original?: string | number | boolean | null }
  loc?: { start?: { line?: number } }
}

const lint = (file: string, source: string, mode: TemplateMode, handlebars: typeof Handlebars): void => {
  const problems: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    if (Array.isArray(node)) return node.forEach(walk)
    const n = node as AstNode
    if (n.type === 'MustacheStatement' && n.escaped === false) {
      const name = String(n.path?.original ?? '')
      if (mode !== 'html' || !RAW_ALLOWED.test(name)) problems.push(`line ${n.loc?.start?.line ?? '?'}: {{{${name}}}}`)
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'loc' && key !== 'strip') walk(value)
  }
  walk(handlebars.parse(source))
  if (problems.length) {
    throw new Error(
      `模板 ${file} 使用了不转义的输出（只允许 HTML 模板里的 {{{…Html}}}）：${problems.join('；')} / unescaped output is only allowed for *Html values in HTML templates`,
    )
  }
}

export const createTemplateStore = ({
  templatesDir,
  timeZone,
  families = {},
}: {
  templatesDir: string
  timeZone: string
  families?: TemplateFamilies
}) => {
  // Isolated: helpers and partials registered here are invisible to any other Handlebars user.
  const handlebars = Handlebars.create()
  registerHelpers(handlebars, { timeZone })
  const compiled = new Map<string, Compiled>()
  const listings = new Map<string, Listing>()

  /** The .hbs files of a directory; re-read only when the directory's mtime moved (a file added or removed). */
  const list = (dir: string): string[] => {
    let stat: fs.Stats
    try {
      stat = fs.statSync(dir)
    } catch {
      listings.delete(dir)
      return []
    }
    const cached = listings.get(dir)
    if (cached && cached.mtimeMs === stat.mtimeMs) return cached.files
    const files = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.hbs'))
      .map((e) => e.name)
      .sort()
    listings.set(dir, { mtimeMs: stat.mtimeMs, files })
    return files
  }

  /** One file, compiled: from the cache when its mtime and size are those we compiled. */
  const load = (file: string): Compiled => {
    const stat = fs.statSync(file)
    const cached = compiled.get(file)
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached
    const source = fs.readFileSync(file, 'utf8')
    const mode = modeOf(file)
    lint(path.relative(templatesDir, file), source, mode, handlebars)
    // preventIndent: a partial on its own line must not have its lines re-indented in text output.
    const entry: Compiled = {
      mtimeMs: stat.mtimeMs,
      size: stat.size,
      mode,
      fn: handlebars.compile(source, { preventIndent: true }),
    }
    compiled.set(file, entry)
    return entry
  }

  // `_shared/` keeps its partials at the top beside its templates, told apart by name; the other
  // folders keep theirs in `partials/`, and every `.hbs` file at their top is a template.
  const partialsDir = (folder: string) =>
    folder === SHARED_DIR ? path.join(templatesDir, folder) : path.join(templatesDir, folder, 'partials')

  /** The kind's templates as they are on disk now: one listing per folder it may use and one stat per file. */
  const forKind = (kind: string): KindTemplates => {
    // Nearest first: the kind's own folder, its family's, then the shared one.
    const family = Object.hasOwn(families, kind) ? families[kind] : undefined
    const folders = [kind, ...(family ? [family] : []), SHARED_DIR]
    // Nearest last, so that a kind's own partial overrides its family's, which overrides the shared one.
    const partials: Record<string, Handlebars.TemplateDelegate> = {}
    for (const folder of [...folders].reverse()) {
      const dir = partialsDir(folder)
      for (const file of list(dir))
        if (folder !== SHARED_DIR || !isTemplateFile(file))
          partials[file.replace(/\.hbs$/, '')] = load(path.join(dir, file)).fn
    }
    // Each template name → its file in the nearest folder that has one.
    const files = new Map<string, string>()
    for (const folder of folders) {
      const dir = path.join(templatesDir, folder)
      for (const file of list(dir)) {
        const name = file.replace(/\.hbs$/, '')
        if (!files.has(name) && (folder !== SHARED_DIR || isTemplateFile(file))) files.set(name, path.join(dir, file))
      }
    }
    // Stat each file once per render, however often the kind uses it (a shot list renders one per shot).
    const loaded = new Map<string, Compiled>()
    return {
      has: (name) => files.has(name),
      render: (name, context) => {
        const file = files.get(name)
        if (!file) {
          const places = folders.map((folder) => `templates/${folder}/${name}.hbs`)
          throw new Error(`缺少模板，已查找：${places.join('、')} / missing template, looked in: ${places.join(', ')}`)
        }
        let template = loaded.get(name)
        if (!template) {
          template = load(file)
          loaded.set(name, template)
        }
        const out = template.fn(context, { partials })
        return template.mode === 'text' ? htmlEscapesToText(out) : out
      },
    }
  }

  return { forKind }
}

export type TemplateStore = ReturnType<typeof createTemplateStore>
