import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './bridge';

// Only the bridge crosses into the page: never ipcRenderer itself, which would let it send on any channel.
contextBridge.exposeInMainWorld(
  'seve',
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);
