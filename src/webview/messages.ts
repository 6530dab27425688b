// The messages of src/shared/messages.ts with the panel model filled in. The model's type
// comes from core, as a type only: it is erased at build time, so the webview bundle still
// holds nothing of core but what src/shared gives it.
import type { PanelModel } from '../core/view/canvas';
import type * as Shared from '../shared/messages';

export type HostToWebview = Shared.HostToWebview<PanelModel>;
export type WebviewToHost = Shared.WebviewToHost;
