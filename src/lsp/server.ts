// The language server (`cbo lsp --stdio`): a thin adapter over the engine in src/core, a peer of
// the extension and the CLI that imports neither. Any LSP client (Neovim, Helix, Zed, Emacs,
// Sublime, ...) gets what the extension gives: diagnostics on open and change, hover, completion
// of CBO YAML keys and values, and the same quick fixes as code actions. Settings come with
// workspace/didChangeConfiguration under `cbo` (the extension's keys); the nearest `.cborc.yaml`
// applies per document (a document its `ignore:` leaves out is not linted, as by `cbo check`), and
// is read again when the client reports it changed (watched for a client that takes the
// registration); the workspace folders follow workspace/didChangeWorkspaceFolders.
import { CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, DidChangeWorkspaceFoldersNotification, MessageType, ShowMessageNotification, TextDocuments, TextDocumentSyncKind, type Connection, type Position } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAMES } from '../core/config-discovery';
import { SettingsWarnings } from './client-settings';
import { codeActionsFor } from './code-actions';
import { completeAt } from './completion';
import { LspDiagnostics } from './diagnostics';
import { DocumentSync, lostWarning } from './document-sync';
import { documentSymbols } from './outline';
import { hoverAt } from './hover';
import { initialSettings, leftOutLine } from './initialize-params';
import { Lifecycle } from './lifecycle';
import { LspSettings } from './settings';
import { changedFolders, initialFolders } from './workspace-folders';

/** What `cbo lsp` was started with besides `--stdio`. */
export interface ServerOptions {
  /** `--today`: the day deadlines are judged against, unless the client's `today` setting names another. */
  today?: string;
}

/** `lifecycle` is the message strategy of `connection` (main.ts): it sees every message first. */
export function startLanguageServer(connection: Connection, version: string, lifecycle: Lifecycle, options: ServerOptions = {}): Promise<void> {
  const documents = new TextDocuments(TextDocument);
  let settings = new LspSettings('en', options.today);
  let diagnostics = new LspDiagnostics(connection, settings);
  let snippets = false;
  let pullConfig = false;
  let registerConfig = false;
  let watchConfigs = false;
  const warn = (message: string) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(() => undefined);
  const sync = new DocumentSync(
    (message) => connection.console.error(message),
    (uri) => {
      diagnostics.forget(uri);
      warn(lostWarning(uri, settings.lang()));
    },
    () => settings.lang(),
  );
  lifecycle.accept = (method, params) => sync.accept(method, params);
  /** An open document the server holds the client's text of (see document-sync.ts). */
  const docOf = (uri: string) => (sync.inSync(uri) ? documents.get(uri) : undefined);

  // Settings the server cannot use are named in one warning (client-settings.ts says when).
  const notices = new SettingsWarnings(warn, () => settings.lang());
  function applySettings(value: unknown): void {
    notices.took(settings.update(value));
  }

  // `params` were checked field by field (lifecycle.ts, initialize-params.ts): what is left is
  // of the protocol's types at the top level; what was left out is named in one log line.
  connection.onInitialize((params) => {
    settings = new LspSettings(params.locale ?? 'en', options.today);
    lifecycle.lang = () => settings.lang();
    const start = initialFolders(params.workspaceFolders, params.rootUri);
    settings.folders = start.folders;
    const dropped = [...lifecycle.initProblems, ...start.refused];
    if (dropped.length) connection.console.warn(leftOutLine({ en: 'initialize: left out what the server cannot use (the rest applies)', ko: 'initialize: 서버가 쓸 수 없는 것을 뺐습니다(나머지는 적용합니다)' }, dropped, settings.lang()));
    // Registered here, after the library's own handler (which it registers in `initialize` for a
    // client that declares workspaceFolders, and which reads params unchecked): this one wins,
    // and serves a client that sends the notification without declaring it too.
    connection.onNotification(DidChangeWorkspaceFoldersNotification.type, (change: unknown) => changeFolders(change));
    diagnostics = new LspDiagnostics(connection, settings);
    const initial = initialSettings(params.initializationOptions);
    if (initial !== undefined && initial !== null) applySettings({ cbo: initial });
    snippets = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    pullConfig = params.capabilities.workspace?.configuration === true;
    // Only a client that says it takes this registration gets it, as the spec asks: eglot 1.9
    // asks for it to be sent only for file watching, and warned of it at every connect.
    registerConfig = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    // A client watches files for the server only when asked (LSP has no static registration for
    // it): without this, a `.cborc.yaml` changed on disk (a pull, a checkout, another editor)
    // went unread until it was saved from this client or the server restarted.
    watchConfigs = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      serverInfo: { name: 'cbo', version },
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', ' '] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentSymbolProvider: { label: 'CBO Guide' },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
    };
  });

  connection.onInitialized(() => {
    notices.start();
    if (registerConfig) connection.client.register(DidChangeConfigurationNotification.type, { section: 'cbo' }).catch(() => undefined);
    if (watchConfigs) connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_FILE_NAMES.map((name) => ({ globPattern: `**/${name}` })) }).catch(() => undefined);
    if (pullConfig) refreshFromClient().catch(() => undefined);
  });

  /** Clients that answer workspace/configuration are asked; the others push their settings. */
  async function refreshFromClient(): Promise<void> {
    try {
      const [cbo] = (await connection.workspace.getConfiguration([{ section: 'cbo' }])) as unknown[];
      if (cbo !== null && cbo !== undefined) {
        applySettings({ cbo });
        diagnostics.relintAll(syncedDocuments());
      }
    } catch {
      // the client keeps its settings to itself: the pushed ones (or none) apply
    }
  }

  connection.onDidChangeConfiguration((change) => {
    const pushed = change.settings as { cbo?: unknown } | null | undefined;
    if (pushed && typeof pushed === 'object' && 'cbo' in pushed) applySettings(pushed);
    else if (pullConfig) return void refreshFromClient();
    else applySettings({});
    diagnostics.relintAll(syncedDocuments());
  });

  /** Folders added or removed: globs, the configs found and the "Allow" boundary follow them. */
  function changeFolders(change: unknown): void {
    const next = changedFolders(settings.folders, change);
    if ('en' in next) return connection.console.error(settings.lang() === 'ko' ? `cbo: workspace/didChangeWorkspaceFolders 알림을 무시했습니다: ${next.ko}.` : `cbo: workspace/didChangeWorkspaceFolders ignored: ${next.en}.`);
    settings.folders = next.folders;
    if (next.refused.length) connection.console.warn(leftOutLine({ en: 'workspace/didChangeWorkspaceFolders: folders left out', ko: 'workspace/didChangeWorkspaceFolders: 뺀 폴더' }, next.refused, settings.lang()));
    // The client watched no file of a folder before it was added: what was found there is stale.
    settings.forgetFiles();
    diagnostics.relintAll(syncedDocuments());
  }

  // A `.cborc.yaml` created, changed or deleted: configs are read again and open documents
  // checked with them (those it comes to ignore have their diagnostics cleared).
  connection.onDidChangeWatchedFiles(() => {
    settings.forgetFiles();
    diagnostics.relintAll(syncedDocuments());
  });

  // Opening a document also fires a content change: lint at once then, debounced after.
  documents.onDidChangeContent((e) => diagnostics.schedule(e.document, diagnostics.known(e.document.uri) ? undefined : 0));
  documents.onDidClose((e) => diagnostics.forget(e.document.uri));
  documents.onDidSave((e) => {
    // An edited `.cborc.yaml` changes how every open document is checked.
    if (/\/\.cborc\.ya?ml$/.test(e.document.uri)) {
      settings.forgetFiles();
      diagnostics.relintAll(syncedDocuments());
    }
  });
  connection.onShutdown(() => diagnostics.stop());

  function syncedDocuments(): TextDocument[] {
    return documents.all().filter((d) => sync.inSync(d.uri));
  }

  // Params were checked (lifecycle.ts, message-params.ts): a position is whole numbers from 0,
  // yet may lie past the end of its line or of the document. It is clamped to it, as the spec
  // says of a character past the end of its line: a completion at line 99 of a three-line file
  // got edits at line 99, which a client cannot apply.
  const clamped = (doc: TextDocument, position: Position) => doc.positionAt(doc.offsetAt(position));

  // Hover and completion give the schema's help only (no verdict on the statement, unlike the
  // extension's title hover), so they stay on a file ignore: leaves out: a draft is still written.
  connection.onHover(({ textDocument, position }) => {
    const doc = docOf(textDocument.uri);
    const kind = doc && settings.kindOf(doc.uri, doc.languageId);
    return doc && kind ? hoverAt(doc, clamped(doc, position), kind, settings.lang(), settings.today()) : null;
  });

  connection.onCompletion(({ textDocument, position }) => {
    const doc = docOf(textDocument.uri);
    return doc && settings.kindOf(doc.uri, doc.languageId) === 'yaml' ? completeAt(doc, clamped(doc, position), snippets) : [];
  });

  connection.onDocumentSymbol(async ({ textDocument }) => {
    const doc = docOf(textDocument.uri);
    if (!doc || settings.kindOf(doc.uri, doc.languageId) !== 'yaml') return [];
    const config = await settings.resolve(doc.uri);
    const version = doc.version;
    return documentSymbols(doc, config.lang, config.maxFileBytes, () => docOf(textDocument.uri)?.version !== version);
  });

  connection.onCodeAction(async ({ textDocument, context }) => {
    const doc = docOf(textDocument.uri);
    const kind = doc && settings.kindOf(doc.uri, doc.languageId);
    // A file ignore: leaves out is not judged: no fix, even for a finding the client still holds
    // from before the pattern was added.
    if (!doc || !kind || (await settings.ignoredBy(doc.uri))) return [];
    // Findings of the text the client sees: lint first if the last result is older.
    const result = diagnostics.resultFor(doc.uri) && diagnostics.versionOf(doc.uri) === doc.version ? diagnostics.resultFor(doc.uri) : await diagnostics.lintNow(doc);
    const config = await settings.resolve(doc.uri);
    // `context` is required by the protocol, yet a client may send null: no diagnostics, no actions.
    return codeActionsFor((context as { diagnostics?: unknown } | null | undefined)?.diagnostics, { doc, kind, result, lang: config.lang, configFile: await settings.configFileFor(doc.uri) });
  });

  const closed = new Promise<void>((resolve) => connection.onExit(() => resolve()));
  documents.listen(connection);
  connection.listen();
  return closed;
}
