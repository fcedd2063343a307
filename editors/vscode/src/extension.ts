// The VS Code client of `wgc lsp`: it starts the server for .wg files and
// gives them diagnostics as you type, completion, hover, go to definition,
// references, rename, quick fixes and the outline. The grammar and the
// problem matcher of package.json work without it.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

// The server's command: the `wgc.path` setting, else `wgc` from PATH.
function serverOptions(): ServerOptions {
  const path = vscode.workspace.getConfiguration('wgc').get<string>('path') || 'wgc';
  return { command: path, args: ['lsp'], transport: TransportKind.stdio };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'wg' }],
    initializationOptions: {
      rulesUrl: vscode.workspace.getConfiguration('wgc').get<string>('rulesUrl') || undefined,
    },
  };
  client = new LanguageClient('wgc', 'wgc language server', serverOptions(), clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('wgc.restartServer', async () => {
      await client?.restart();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
