/**
 * Options for the one application window. Every renderer-facing switch is set
 * explicitly, even where Electron's default already matches, so a future
 * default change cannot loosen it silently.
 */

export interface SecureWebPreferences {
  readonly preload: string;
  readonly contextIsolation: true;
  readonly sandbox: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly nodeIntegrationInSubFrames: false;
  readonly webSecurity: true;
  readonly allowRunningInsecureContent: false;
  readonly experimentalFeatures: false;
  readonly webviewTag: false;
  readonly navigateOnDragDrop: false;
  readonly safeDialogs: true;
  readonly devTools: boolean;
}

export interface MainWindowOptions {
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly minWidth: number;
  readonly minHeight: number;
  /** Shown once the first paint is ready, to avoid a white flash. */
  readonly show: false;
  readonly backgroundColor: string;
  readonly webPreferences: SecureWebPreferences;
}

export interface MainWindowSettings {
  /** Absolute path of the built preload script (CommonJS). */
  readonly preloadPath: string;
  /** `app.isPackaged`: DevTools exist only in unpackaged (developer) runs. */
  readonly isPackaged: boolean;
}

export function createMainWindowOptions(settings: MainWindowSettings): MainWindowOptions {
  if (settings.preloadPath.trim() === '') {
    throw new Error('The main window needs the path of its preload script');
  }
  return {
    title: 'Alignment Desk',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: settings.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: !settings.isPackaged,
    },
  };
}
